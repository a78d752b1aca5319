"""Read casualty counts (killed, injured) out of a sentence.

Numbers come as digits ("15", "1,200", "25+"), words ("Thirty-four", "two", "a dozen")
or vague amounts ("dozens", "scores", "hundreds"), with bounds ("more than", "at least",
"up to"). Vague amounts keep their phrase and get a documented low/best/high, in the
spirit of ACLED's and UCDP's conservative coding:

==================  ====  ====  =====
phrase              low   best  high
==================  ====  ====  =====
a few, a handful    2     3     5
several, a number   3/2   10    19
many                3     10    99
an unknown number   1     10    99
a dozen             12    12    12
a score (of)        20    20    20
a hundred           100   100   100
dozens              12    12    99
scores, tens        20    20    99
hundreds            100   100   999
==================  ====  ====  =====

"best" is what goes into ``killed``: ACLED's convention (10 for an unknown or "several",
12 for "dozens", 100 for "hundreds"), so that our tolls add up like theirs; low/high
bound what the phrase allows. Explicit zeros ("No fatalities
were reported", "Neither injuries nor fatalities") give 0. This module reads one sentence
and knows nothing of places or dates.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from geo.patterns import Gate, any_in, gate_words, gated

__all__ = ["VAGUE_AMOUNTS", "Count", "find_counts", "find_groups", "parse_number"]

_UNITS = {
    "zero": 0,
    "no": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Vague amounts: phrase -> (low, best, high).
VAGUE_AMOUNTS = {
    "several": (3, 10, 19),
    "a dozen": (12, 12, 12),
    "a score": (20, 20, 20),
    "a hundred": (100, 100, 100),
    "dozens": (12, 12, 99),
    "scores": (20, 20, 99),
    "hundreds": (100, 100, 999),
    "a number": (2, 10, 19),
    "a few": (2, 3, 5),
    "a handful": (2, 3, 5),
    # "tens of people", as translations from Arabic write "dozens"
    "tens": (20, 20, 99),
    "many": (3, 10, 99),
    "an unknown number": (1, 10, 99),
}  # (low, best, high)
#: Not days of a month after a range: "between 19 and 24 September".
#: Month names, whole and cut short: a number after one is a day or a year.
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_NOT_DAYS = rf"(?!(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b)"
_NUM = (
    # "two dozen", "half a dozen" first: "two" alone would stop short
    r"(?:(?:half a|two|three|four|five)\s+dozen|"
    # ("20-odd", "thirty-odd": some more than the tens told)
    r"\d{1,3}(?:,\d{3})+|\d+(?:-odd\b|\+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|odd\b))?|"
    r"one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|dozens|scores|hundreds|"
    r"several|a handful|tens(?=\s+of\b)|a score(?=\s+of\b)|"
    # (not "How many died?": a question)
    r"a number|a few|(?<!how )(?<!How )(?<!so )many|an unknown number)(?:\s+hundred)?"
    # ("one hundred and twenty", "a hundred and five": after a hundred only)
    r"(?:(?<=hundred)\s+and\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)\b)?"
)
_DOZEN = gated(r"(half a|two|three|four|five)\s+dozen")
_BOUND = (
    r"(?:(no more than|not more than|no fewer than|not fewer than|no less than|"
    r"not less than|fewer than|less than|as many as|as high as|"
    r"more than|over|at least|up to|almost|nearly|about|around|some|"
    r"approximately|an estimated|another|a further|a total of|upwards of|"
    r"in excess of|well over)\s+)?"
)
# a noun phrase for victims: "people", "civilians", "Free Syrian Army fighters"
_VICTIMS = (
    r"(?:(?!(?:and|or)\s+(?:\d|wounded|injured|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|scores|hundreds|several|a dozen|a few)|"
    r"but\b|while\b|whilst\b|whereas\b|when\b|as\b|"
    r"killed\b|slain\b|"
    # "On 4 October, at least 16 people were killed": a date's day, then the toll
    r"(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|"
    # what killed is no victim: "three explosions killed at least 100 people"
    r"(?:explosions?|blasts?|bombs?|bombings?|shells?|rockets?|missiles?|strikes?|"
    r"air ?strikes?|raids?|attacks?|mortars?|barrels?)\b|"
    r"which\b|who\b|that\b|where\b|with\b|"
    # "the death toll rose to 5 and the number of wounded to 20": a count of its own
    r"number\s+of\s+(?:the\s+)?(?:wounded|injured|injuries|dead|deaths|martyrs)\b|"
    r"toll\b|"
    # "three children were among six people killed": the six are the toll (not
    # "among the dead", "among those killed": a part of the dead told)
    r"among\b(?!\s+(?:the\s+)?(?:dead|victims|those\s+killed|killed|fatalities)\b)|"
    # a span of time or of ground is no victim: "strikes in the past 24 hours killed"
    r"(?:hours?|days?|weeks?|months?|years?|minutes?|kilometres?|kilometers?|km|"
    r"miles?)\b|"
    r"died\b|dead\b|injured\b|wounded\b|"
    # "Eight staff members are missing and believed dead": missing, not counted dead
    r"missing\b|"
    # another figure: "12 villages liberated, 47 mercenaries killed" (not an age:
    # "Three men in their 20s")
    r"\d(?!0s\b))"
    r"[\w’'#-]+,?\s+){0,10}?"
)
_KILLED = (
    r"(?:killed|slain|dead|died|martyred|executed|beheaded|assassinated|massacred|"
    r"murdered|perished|lost their lives|starved to death|"
    # "Four civilians succumbed to their injuries"
    r"succumbed\s+to\s+(?:their|his|her)\s+(?:[\w-]+\s+)?(?:wounds|injuries))"
)
# "dozens were treated for", "70 people were treated in field hospitals"
# ("adding that at least 80 people were treated.")
_INJURED = (
    r"(?:injured|wounded|hurt|treated\s+(?:for|in|at)|treated(?=\s*(?:[,.;]|$))|"
    # "11 others sustained injuries"
    r"(?:sustained|suffered)\s+(?:[\w-]+\s+)?(?:injuries|wounds))"
)
#: A part of the dead that is no side's: "2 women", "three children", "a child".
_CIVILIAN_PART = (
    r"(?:[\w-]+\s+){0,2}?(?:women|children|girls|boys|infants|babies|elderly|woman|"
    r"child|girl|boy|infant|baby|journalists?|doctors?|nurses?|teachers?|rescuers?|"
    r"medics?)"
)
# "27 people, including three children and six medical staff, were killed": the
# parts told between the toll and its verb
_PARTS_ASIDE = (
    r"(?:(?<=, )(?:(?:including|among them)\s+[^.;,]{1,80}"
    # "Thirty-two civilians, 12 of them children, were killed"; "Two children, aged
    # 4 and 7, were killed"
    r"|(?:\d{1,3}|[a-z]+)\s+of\s+them\s+[^.;,]{1,40}|aged\s+[^.;,]{1,20}"
    # "Two members of the Syria Civil Defence, also known as the White Helmets,"
    r"|(?:also\s+)?known\s+as\s+[^.;,]{1,40}"
    # "the other two, both farmers, were killed"
    r"|(?:both|all|all\s+of\s+them|each)\s+(?:[\w-]+\s+){0,2}?[\w-]+),\s+)?"
    # ("10 people including 2 women and 3 children were killed": the parts, no commas;
    # of the civilians only: "8 regime fighters - including a colonel- and 14 Islamist
    # faction fighters" tells another side)
    rf"(?:(?<=\s)(?:including|among\s+them)\s+{_CIVILIAN_PART}"
    rf"(?:\s+and\s+{_CIVILIAN_PART})?\s+(?=(?:were|was|have|has|had)\s))?"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "Two of the injured later died of their wounds": dead, not wounded
    (
        "killed",
        gated(
            rf"\b{_BOUND}({_NUM})\s+of\s+(?:the|them|those)\s+(?:[\w-]+\s+)?"
            r"(?:injured|wounded)\s+(?:later\s+|subsequently\s+|have\s+|had\s+|also\s+)?"
            r"(?:died|succumbed|perished)\b",
            re.I,
        ),
    ),
    # "15 people have been killed", "Another 14 died", "40 civilians ... were slain"
    (
        "killed",
        gated(
            # (not "clashes between the two killed more than 500": the two sides)
            rf"(?<!between )(?<!between the )"
            # ("the other two, both farmers, were killed": the aside next to it)
            rf"\b{_BOUND}({_NUM})(?:,(?=\s+(?:both|all|each)\s))?\s+{_VICTIMS}{_PARTS_ASIDE}"
            r"(?:(?:have|has|had)\s+been\s+|"
            rf"were\s+|was\s+|are\s+(?:believed|reported|said)\s+to\s+have"
            rf"\s+(?:been\s+)?|reportedly\s+)?"
            # (not "blew up two temples and beheaded its chief": a deed of theirs)
            rf"(?<! and ){_KILLED}\b",
            re.I,
        ),
    ),
    (
        "injured",
        gated(
            # (not "a number of the injured are in critical condition": some of them)
            rf"\b{_BOUND}({_NUM})(?!\s+of\s+(?:the|them|those)\s+(?:injured|wounded)\b)"
            # ("more than 20 others who were injured")
            # (not "1,000 people, including dozens of wounded": the wounded among
            # those carried, told apart)
            r"(?![^.;]{0,100}?\bincluding\s+(?:dozens|scores|hundreds|a\s+number|some|many|"
            r"\d+)\s+of\s+(?:the\s+)?(?:wounded|injured)\b)"
            rf"\s+{_VICTIMS}{_PARTS_ASIDE}(?:(?:who\s+)?(?:have|has|had)\s+"
            rf"been\s+|(?:who\s+)?were\s+|was\s+)?{_INJURED}\b",
            re.I,
        ),
    ),
    # "killing five civilians", "Kills 25+", "wounded five"
    (
        "killed",
        gated(
            rf"\b(?:killing|killed|kills|kill|slaying|claimed the lives of|eliminated|"
            # "claiming the lives of three civilians", "martyring two civilians"
            rf"claiming the lives of|claim the lives of|martyring|"
            rf"eliminating|"
            rf"executed|executing|execute|beheaded|beheading|gunned down|shot dead|"
            rf"murdered|murdering|assassinated|assassinating)\s+"
            # "killing its two pilots"
            # ("killing its two-man crew")
            r"(?:(?:its|their|his|her)\s+(?=[\w-]+\s+(?:pilots?|crew|members|"
            r"soldiers|fighters|children|sons|daughters|passengers|occupants)\b))?"
            # 'the strikes killed "no more than 10 of our fighters"'
            rf"[\"“]?{_BOUND}({_NUM})\b"
            # (not "five people killed two days ago")
            r"(?!\s+(?:days?|hours?|weeks?|months?|years?)\s+(?:ago|earlier|before|"
            r"later)\b)",
            re.I,
        ),
    ),
    # "destroyed a command post and up to 30 militants": fighters a military claims
    # to have destroyed are its dead
    (
        "killed",
        gated(
            rf"\b(?:destroyed|destroying|destroys|wiped out)\s+"
            rf"(?:(?:an?|the)\s+(?:[\w-]+\s+){{1,8}}?and\s+)?{_BOUND}({_NUM})\s+"
            r"(?:[\w-]+\s+)?(?:militants|terrorists|fighters|gunmen|jihadists|"
            r"insurgents|mercenaries|members)\b(?!['’])",
            re.I,
        ),
    ),
    (
        "injured",
        gated(
            rf"\b(?:injuring|injured|wounding|wounded|injures)\s+{_BOUND}"
            rf"({_NUM})\b",
            re.I,
        ),
    ),
    # "Medics treated at least 70 people for breathing difficulties": the hurt
    (
        "injured",
        gated(
            rf"\b(?:treated|treating|treat)\s+{_BOUND}({_NUM})\s+(?:[\w-]+\s+){{0,2}}?"
            r"(?:people|persons|civilians|patients|children|victims|cases)\s+(?:for|after)\b",
            re.I,
        ),
    ),
    # "the army lost three soldiers": its dead
    (
        "killed",
        gated(
            rf"\b(?:lost|losing)\s+{_BOUND}({_NUM})\s+(?:of\s+(?:its|their)\s+)?"
            r"(?:[\w-]+\s+)?"
            r"(?:soldiers|fighters|members|men|troops|personnel|militants)\b",
            re.I,
        ),
    ),
    # "51 deaths", "the deaths of another 67 people", "killing of 127 people"
    (
        "killed",
        gated(
            # "7 martyrs including 2 children"
            rf"\b{_BOUND}({_NUM})\s+(?:civilian\s+)?(?:deaths|fatalities|"
            rf"dead|martyrs|"
            # a caption's "35 victims including 20 children" (not "victims were
            # wounded")
            rf"victims(?!\s+(?:were\s+|was\s+|who\s+were\s+)?(?:wounded|injured|hurt|"
            rf"treated|rescued|evacuated)))\b",
            re.I,
        ),
    ),
    (
        "killed",
        gated(
            # "resulted in the martyrdom of two soldiers" (state media)
            rf"\b(?:deaths|death|killing|killings|martyrdom)\s+of\s+{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    ("injured", gated(rf"\b{_BOUND}({_NUM})\s+(?:injuries|wounded)\b", re.I)),
    # "and the injury of seven others"
    (
        "injured",
        gated(
            rf"\b(?:injury|injuries|injuring|wounding)\s+of\s+{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    (
        "killed",
        gated(
            rf"\b(?:(?:death |casualty )?toll|(?:fatality|death|casualty) "
            rf"(?:count|figure|tally)|number of (?:the )?"
            rf"(?:dead|deaths|victims|fatalities|martyrs|"
            # ("the highest death toll, with 547 civilians")
            rf"those killed))(?:,?\s+(?:\w+\s+){{0,3}}?(?:(?:to|of|at|with|was|is)\s+|"
            # "Death toll: 14", a report's labelled field
            rf"(?=as high as))|\s*:\s*){_BOUND}"
            rf"({_NUM})\b",
            re.I,
        ),
    ),
    # "the death toll of the people killed yesterday in X rose to 11", "fatalities
    # rose to 25"
    (
        "killed",
        gated(
            rf"\b(?:(?:death |casualty )?toll|fatalities|deaths|"
            # "the number of civilians killed in Latamneh has risen to 9"
            # (or "the number of people who were killed in the massacre ... rose to
            # 14", "the number of martyrs rose to 14", as translations write it)
            rf"number of (?:the )?(?:[\w-]+\s+){{0,2}}?(?:(?:who|that)\s+(?:were|was|"
            rf"have\s+been|had\s+been)\s+)?(?:killed|dead|deaths|victims|"
            rf"fatalities|martyrs))\b[^.;:]{{0,120}}?\b"
            rf"(?:rose|risen|climbed|"
            rf"increased|jumped|"
            # a headline's or a post's present: "death toll in Maarat al-Numan rises
            # to 11"
            rf"rises|climbs|increases|jumps|reaches|"
            # "the death toll from Friday's car bomb in Qamishli now stands at 48"
            rf"reached|stands\s+at|stood\s+at)\s+(?:to\s+)?{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    # "the number of wounded rose to 60", "the number of injured people reached 60"
    (
        "injured",
        gated(
            rf"\bnumber\s+of\s+(?:the\s+)?(?:wounded|injured|injuries)(?:\s+people)?"
            rf"(?:\b[^.;:]{{0,80}}?\b(?:rose|risen|climbed|increased|jumped|rises|"
            rf"climbs|increases|jumps|reaches|reached|stands\s+at|stood\s+at)\s+"
            # ("the death toll rose to 5 and the number of injured to 20")
            rf"(?:to\s+)?|\s+to\s+){_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    # ACLED's own convention in its notes: "Unknown number of fatalities coded as 10"
    (
        "killed",
        gated(
            rf"\bfatalities\s+(?:\w+\s+){{0,2}}?coded\s+(?:as|to)\s+{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    # "killing between 30 and 34 civilians": the lower figure, as ACLED does (not
    # "killed between 19 and 24 September": days)
    (
        "killed",
        gated(
            rf"\b(?:killing(?:\s+of)?|killed|deaths? of|death toll of)\s+(between)\s+"
            rf"({_NUM})\s+and\s+({_NUM})\b{_NOT_DAYS}",
            re.I,
        ),
    ),
    (
        "injured",
        gated(
            rf"\b(?:injuring|injured|wounding|wounded)\s+(between)\s+"
            rf"({_NUM})\s+and\s+({_NUM})\b{_NOT_DAYS}",
            re.I,
        ),
    ),
    (
        "killed",
        gated(rf"\b{_BOUND}({_NUM})\s+(?:\w+\s+)?fatalit(?:y|ies)\b", re.I),
    ),
    # (not bodies handed back: "exchanged the bodies of 12 fighters")
    (
        "killed",
        gated(
            r"(?<!exchanged )(?<!exchanging )(?<!exchange )(?<!swapped )"
            r"(?<!returned )(?<!handed over )(?<!repatriated )"
            rf"\b(?:the\s+)?"
            r"(?<!exchanged the )(?<!exchanging the )(?<!exchange the )"
            r"(?<!swapped the )(?<!returned the )(?<!handed over the )"
            r"(?<!repatriated the )"
            rf"bodies\s+of\s+{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    # "Eight bodies were recovered from the rubble"
    (
        "killed",
        gated(
            rf"\b{_BOUND}({_NUM})\s+(?:[\w-]+\s+)?bodies\s+"
            r"(?:were|have been|had been)\s+"
            r"(?:recovered|found|pulled|retrieved|discovered)\b",
            re.I,
        ),
    ),
    # "Rescuers pulled 23 bodies from the rubble"
    (
        "killed",
        gated(
            r"\b(?:recovered|found|pulled|retrieved|discovered|pulling|recovering)\s+"
            rf"{_BOUND}({_NUM})\s+(?:[\w-]+\s+)?bodies\b",
            re.I,
        ),
    ),
    # "Of the casualties, 67 were in Aleppo Province and 44 in Idlib Province"
    (
        "killed",
        gated(
            rf"(?:of the (?:dead|casualties|victims|deaths)),?\s+{_BOUND}"
            rf"({_NUM})\b",
            re.I,
        ),
    ),
    # "The dead included 5 in Douma and 3 in Harasta"
    (
        "killed",
        gated(
            rf"\bthe (?:dead|victims) (?:included|include),?\s+{_BOUND}({_NUM})"
            # "The dead included nine members of one family in the town of Anadan"
            r"(?=\s+(?:[\w-]+\s+){0,6}?in\b)",
            re.I,
        ),
    ),
    # "Seven were killed in Arbeen and six in Zamalka", "and 5 others in strikes on
    # Saraqeb"
    (
        "killed",
        gated(
            rf"\b(?:and|,)\s+{_BOUND}({_NUM})\s+(?:others\s+|more\s+)?(?:were\s+)?in\b",
            re.I,
        ),
    ),
    # SOHR's parts of a toll: "they are 17 civilians including 4 children who were
    # killed in Douma, 11 civilians including 3 children in Hamouriyah, 8 civilians
    # in Saqba"
    (
        "killed",
        gated(
            rf"(?:\bthey\s+are|\band|,)\s+{_BOUND}({_NUM})\s+(?:other\s+|more\s+)?"
            r"(?:civilians|people|persons|children|women|men|fighters|soldiers|members)"
            rf"\s+(?:(?:including|among\s+them)\s+{_NUM}\s+[\w-]+\s+)?"
            r"(?:(?:who\s+)?(?:were|was)\s+killed\s+)?in\s+(?:the\s+(?:town|village|city|"
            r"neighbou?rhood|district)\s+of\s+)?(?-i:[A-Z])",
            re.I,
        ),
    ),
    # a gas attack's harmed: "causing dozens of suffocation cases", "left 11 people
    # suffering breathing difficulties"
    (
        "injured",
        gated(
            # (a count, not "dozens": the figures medics give come after)
            rf"\b{_BOUND}(?!(?:dozens|scores|hundreds|several|a handful|tens|a number|"
            rf"a few|many|an unknown)\b)({_NUM})\s+(?:of\s+)?(?:(?:cases\s+of\s+)?"
            r"(?:suffocation|asphyxiation)"
            r"(?:\s+cases)?|(?:people|persons|civilians|children|others)\s+"
            r"(?:suffering|suffered|with|treated\s+for)\s+(?:from\s+)?(?:breathing\s+"
            r"(?:difficulties|problems)|respiratory\s+(?:problems|symptoms)|suffocation|"
            r"asphyxiation))\b",
            re.I,
        ),
    ),
    # "shot down a helicopter, killing its crew of four"
    (
        "killed",
        gated(
            rf"\b(?:killing|killed|kills|kill)\s+(?:its|the|their|a|all)\s+"
            rf"(?:[\w-]+\s+)?crew\s+of\s+{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    # "killing all four crew members", "killing all 12 people on board"
    (
        "killed",
        gated(
            rf"\b(?:killing|killed|kills|kill)\s+all\s+{_BOUND}({_NUM})\s+(?:[\w-]+\s+)?"
            r"(?:crew|people|persons|passengers|soldiers|fighters|members|occupants|"
            r"civilians|men|on\s+board)\b",
            re.I,
        ),
    ),
    # "killed a family of six"
    (
        "killed",
        gated(
            rf"\b(?:killing|killed|kills|kill)\s+(?:a|an|one|the)\s+(?:[\w-]+\s+)?"
            rf"family\s+of\s+{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    # "A family of six, including four children, died in the attack"
    (
        "killed",
        gated(
            rf"\b(?:a|an|one|the)\s+(?:[\w-]+\s+)?family\s+of\s+{_BOUND}({_NUM})\b"
            r"(?:,[^,.;]{1,40},)?\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)"
            r"\s+)?(?:killed|died|perished|slain|massacred|wiped\s+out|annihilated)\b",
            re.I,
        ),
    ),
    # "17 more deceased civilians were pulled from the rubble"
    (
        "killed",
        gated(
            rf"\b{_BOUND}({_NUM})\s+(?:more\s+|other\s+)?deceased\s+(?:[\w-]+\s+)?"
            r"(?:civilians|people|persons|bodies|fighters|soldiers|children|women|men)\b",
            re.I,
        ),
    ),
    # "the blast claimed 12 lives"
    (
        "killed",
        gated(
            rf"\b(?:claimed|claiming|claims|claim|cost)\s+{_BOUND}({_NUM})\s+"
            rf"(?:[\w-]+\s+)?lives\b",
            re.I,
        ),
    ),
    # a tally by place: "the highest toll, with 523 killed, followed by Idlib with 257
    # and Rural Damascus with 198"
    (
        "killed",
        gated(
            rf"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\s+with\s+{_BOUND}({_NUM})\b"
            r"(?![\w-]| (?:[\w-]+ )?(?:trucks?|vehicles?|tanks?|fighters|rockets?|"
            r"missiles?|shells?|bombs?|barrel|airstrikes?|raids?|people|civilians|"
            r"children|women|members|men)\b)",
        ),
    ),
    # "three people are missing", "leaving 20 others unaccounted for"
    (
        "missing",
        gated(
            rf"\b{_BOUND}({_NUM})\s+(?:(?!and\b|but\b)[A-Za-z’'-]+\s+){{0,3}}?"
            rf"(?:(?:are|were|is|was|remain|remained)"
            rf"\s+(?:still\s+)?)?(?:missing|unaccounted for)\b",
            re.I,
        ),
    ),
    # a report's labelled fields: "Killed: 12", "Civilians reported killed: 3-7"
    (
        "killed",
        gated(
            # (or a table's row read as fields: "Location: Saraqeb | Killed: 3")
            rf"(?:^|[;|]\s)\s*(?:[A-Za-z]+\s+){{0,3}}?(?:killed|dead|deaths|fatalities)"
            rf"\s*:\s*"
            rf"{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    (
        "injured",
        gated(
            rf"(?:^|[;|]\s)\s*(?:[A-Za-z]+\s+){{0,3}}?(?:injured|wounded|injuries)"
            rf"\s*:\s*"
            rf"{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    # "Two brothers aged 8 and 10 lost their legs": maimed, so many wounded
    (
        "injured",
        gated(
            rf"\b{_BOUND}({_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:brothers|sisters|siblings|"
            r"children|boys|girls|men|women|people|civilians|fighters|soldiers)\b"
            r"[^.;]{0,30}?\blost\s+(?:their|both\s+their)\s+(?:legs|arms|hands|feet|"
            r"eyes|limbs|sight)\b",
            re.I,
        ),
    ),
    # "The dead numbered 14 in Saturday's attack"
    (
        "killed",
        gated(
            rf"\bthe\s+(?:dead|victims|fatalities|deaths|martyrs)\s+numbered\s+"
            rf"{_BOUND}({_NUM})\b",
            re.I,
        ),
    ),
    # a military's claim: "up to 70 militants were eliminated", "more than 300
    # terrorists have been liquidated" (fighters only: "three positions were
    # eliminated" are none)
    (
        "killed",
        gated(
            rf"\b{_BOUND}({_NUM})\s+(?:[\w-]+\s+){{0,2}}?(?:militants|terrorists|"
            r"fighters|gunmen|jihadists|insurgents|mercenaries|extremists|members|"
            r"soldiers|troops|personnel)\s+(?:(?:have|has|had)\s+been\s+|were\s+)"
            r"(?:eliminated|liquidated)\b",
            re.I,
        ),
    ),
]
#: Words (lower case) one of which every match of the pattern of the same rank holds;
#: an empty tuple: always try the pattern.
_GATES: list[Gate] = [
    gate_words(words)
    for words in [
        ("died", "succumbed", "perished"),
        (
            "kill",
            "slain",
            "dead",
            "died",
            "martyr",
            "execut",
            "behead",
            "massacr",
            "perish",
            "lives",
            "assassin",
            "murder",
            "starved to death",
            "succumbed",
        ),
        ("injur", "wound", "hurt", "treated"),
        (
            "kill",
            "slay",
            "eliminat",
            "the lives of",
            "martyr",
            "execut",
            "behead",
            "gunned down",
            "shot dead",
            "murder",
            "assassin",
        ),
        ("destroy", "wiped out"),
        ("injur", "wound"),
        ("treat",),
        ("lost ", "losing "),
        ("deaths", "fatalities", "dead", "martyrs", "victims"),
        ("death", "killing", "martyrdom"),
        ("injuries", "wounded"),
        ("injur", "wounding"),
        ("toll", "number of", " count", " figure", " tally"),
        ("toll", "fatalities", "deaths", "number of"),
        ("number of",),
        ("coded",),
        ("between",),
        ("between",),
        ("fatalit",),
        ("bodies",),
        ("bodies",),
        ("bodies",),
        ("of the",),
        ("the dead", "the victims"),
        (),
        (
            "civilians",
            "people",
            "persons",
            "children",
            "men",
            "fighters",
            "soldiers",
            "members",
        ),
        ("suffocation", "asphyxiation", "breathing", "respiratory"),
        ("crew of",),
        ("all ",),
        ("family of",),
        ("family of",),
        ("deceased",),
        ("lives",),
        ("toll",),
        ("missing", "unaccounted"),
        (":",),
        (":",),
        ("lost their", "lost both"),
        ("numbered",),
        ("eliminated", "liquidated"),
    ]
]
_ZERO_KILLED = gated(
    r"\b(no|neither|without)\b[^.;]{0,40}\b(fatalities|deaths|"
    r"casualties|killed|dead)\b|\bnone\b[^.;]{0,10}\bkilled\b"
    r"|\b(?:nobody|no one)\s+(?:was|were|has been|had been)\s+(?:killed|hurt|harmed)\b"
    # a table's field: "Casualties: none"
    r"|\b(?:casualties|fatalities|deaths|killed|dead)\s*:\s*(?:none|nil|no|zero|0)\b"
    r"(?!\s*(?:known|reported\s+yet|information))",
    re.I,
)
#: The side a zero toll is told of: "(no casualties) on the Israeli side", "among
#: the medical staff" (of one side or group: not all).
_ONE_SIDE_AFTER = gated(
    r"\s+(?:on|among|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:side|"
    r"ranks|forces|troops|soldiers|army)\b",
    re.I,
)
_NO_NEWS = gated(
    # ("no immediate reports of casualties": none yet known; "there were no reports of
    # casualties" is none)
    r"\b(information|word|details|news|data|mention|figures?|estimates?|immediate)\b",
    re.I,
)
_ZERO_INJURED = gated(
    r"\b(no|neither)\b[^.;]{0,20}\b(injuries|injured|wounded|"
    r"casualties)\b"
    r"|\b(?:no one|nobody|none)\s+(?:was|were)\s+(?:hurt|injured|wounded)\b"
    # a table's field: "Casualties: none"
    r"|\b(?:casualties|injuries|injured|wounded)\s*:\s*(?:none|nil|no|zero|0)\b",
    re.I,
)
_SINGLE_KILLED = gated(
    # ("Khatib's brother was killed": a named man's kin)
    r"\b(?:(?:a|an|another|one|the|my|his|her|their|our|(?-i:[A-Z])[\w-]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    # ("My neighbour's daughter, Rama, aged 7, was also killed")
    r"(?:man|woman|boy|girl|child|son|daughter|husband|wife|brother|sister|"
    r"civilian|citizen|resident|fighter|soldier|commander|officer|colonel|general|"
    r"journalist|doctor|medic|activist|leader|member|pilot|driver|person|shepherd|teenager|"
    r"farmer|volunteer|minister|official|rescuer|nurse|paramedic|student|teacher|"
    r"pupil|worker|photographer|cameraman|imam|elder|patient|policeman|guard|rebel|"
    # ("a strike that killed a cleaner")
    r"cleaner|janitor|baker|vendor|shopkeeper|merchant|engineer|lawyer|judge|priest|"
    r"mayor|midwife|pharmacist|surgeon|infant|baby|toddler|mother|father|"
    r"grandmother|grandfather|youth|defector|dissident|detainee|prisoner)"
    # "A man from Tiba town in Dar'a countryside was killed"
    r"(?:\s+(?:from|of)(?:\s+[\w'’-]+){1,6}?)?"
    # "A senior commander of Jabhat Fateh al-Sham, Abu Faraj al-Masri, was killed"
    r"(?:,\s+(?:[A-Z][\w'’-]*\s+){0,4}?(?:al-|el-)?[A-Z][\w'’-]*"
    r"(?:,\s+aged\s+\d{1,3})?,)?"
    r"|one of (?:its|his|their|the)\s+"
    # "Abu Jandal al-Kuwaiti was killed": a man named, particles and all
    # ("Dr al-Araj, 43, was killed": and his age)
    r"\w+|(?:(?:al-|el-)?[A-Z][a-z]+\s+){1,3}(?:al-|el-)?[A-Z][a-z]+"
    # ("Khaled Omar Harah, the White Helmets volunteer famous for ..., was killed")
    r"(?:,\s+(?:aged\s+)?\d{1,3},|,\s+(?:the|a|an)\s+[^,;.()]{3,90}?,|,)?)\s+"
    r"(?:(?:has|had)\s+been|was|is)\s+"
    r"(?:reportedly\s+|also\s+|severely\s+|seriously\s+|critically\s+|badly\s+|"
    r"lightly\s+|"
    r"slightly\s+|found\s+|shot\s+and\s+)?"
    r"(killed|slain|martyred|executed|beheaded|assassinated|murdered|wounded|injured|"
    r"shot dead)\b"
    r"|\b(?:kills?|killing(?: of)?|killed|executed|executing|beheaded|beheading|"
    r"assassinated|assassinating|assassinates?|murdered|murdering|martyring|"
    r"death of|martyrdom of|shot dead|shooting dead|gunned down|stoned|stoning)\s+"
    # "publicly executed by gunshot a child": how, before whom
    r"(?:(?:publicly\s+)?by\s+(?:gunshot|gunfire|firing\s+squad|beheading|hanging|"
    r"stoning)\s+)?(?:a|an|another|"
    # a headline's, without an article: "gunmen assassinate former FSA commander"
    r"one|the|its|his|her|their|former|senior|prominent)\s+(?:[\w-]+\s+){0,4}?(?:man|woman|boy|girl|child|"
    r"civilian|citizen|resident|fighter|soldier|commander|member|officer|teenager|person|"
    r"shepherd|farmer|elder|volunteer|rescuer|worker|nurse|paramedic|student|teacher|"
    r"pupil|patient|journalist|doctor|pilot|driver|photographer|cameraman|activist|imam|"
    # ("a strike that killed a cleaner")
    r"cleaner|janitor|baker|vendor|shopkeeper|merchant|engineer|lawyer|judge|priest|"
    r"mayor|midwife|pharmacist|surgeon|medic|guard|policeman|infant|baby|toddler|"
    r"mother|father|grandmother|grandfather|youth|defector|dissident|detainee|"
    # ("a US drone strike killed a senior al-Qaeda leader")
    r"prisoner|leader|official|emir|militant|jihadist|minister|colonel|"
    r"general(?!\s+(?:population|public|staff|command|secretary|assembly)))\b(?!-)"
    r"|\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|civilian|"
    r"doctor|medic|nurse|soldier)\s+(wounded|injured)\b"
    # "wounding a nurse"; "killed a child and wounded his mother"
    r"|\b(wounding|injuring|wounded|injured)\s+(?:(?:a|an|another|one)\s+|"
    r"(?:his|her|their)\s+(?=(?:mother|father|wife|husband|son|daughter|brother|"
    r"sister|child|baby)\b))"
    r"(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|civilian|citizen|resident|"
    r"fighter|soldier|nurse|doctor|medic|paramedic|rescuer|worker|volunteer|student|teacher|"
    r"pupil|patient|journalist|photographer|driver|farmer|shepherd|teenager|person|"
    r"mother|father|"
    r"wife|husband|son|daughter|brother|sister|baby)\b(?!-)"
    r"|\b(?:the\s+death\s+of\s+(?:a|an|one)\b|led\s+to\s+(?:his|her)\s+(?:immediate\s+)?"
    r"death|killed\s+(?:him|her)\b|the\s+body\s+of\s+(?:a|an|one)\b"
    r"|(?:a|an|one|another|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:man|woman|boy|girl|child|civilian|citizen|person|fighter|soldier|detainee|"
    r"prisoner)"
    # "a man from Hayyan town died of wounds"
    r"(?:\s+(?:from|of)(?:\s+[\w'’-]+){1,4}?)?"
    r"\s+(?:has\s+)?died|in\s+one\s+fatality)"
    # "A drone strike killed Abu Faraj al-Masri, a senior commander of": a man named
    r"|\b(?:killed|killing|kills|assassinated|assassinating|executed|executing)\s+"
    r"(?-i:(?:[A-Z][\w'’-]*\s+){1,3}?(?:al-|el-)?[A-Z][\w'’-]*),\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:commander|leader|member|official|emir|head|chief|"
    r"spokesman|doctor|journalist|activist|pilot|officer|cleric|judge)\b"
    # "The shelling left a man dead", "A sniper shot a woman dead"
    r"|\b(?:left|leaving|shot|shooting|shoots)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:man|woman|boy|girl|child|civilian|person|fighter|soldier|resident|teenager)"
    r"\s+dead\b"
    # "a man lost a leg when he stepped on a landmine": wounded
    r"|\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|child|"
    r"civilian|person|fighter|soldier|resident|teenager|shepherd|farmer)\s+"
    r"(?:(lost)\s+(?:a|an|one|his|her|both)\s+(?:legs?|arms?|hands?|feet|foot|eyes?)"
    r"|had\s+(?:a|his|her|both)\s+(?:legs?|arms?|hands?|feet|foot)\s+amputated)\b"
    # "Syrian journalist Khaled al-Essa died of wounds": one named by his calling
    r"|\b(?:journalist|activist|photographer|cameraman|doctor|Dr\.?|nurse|paramedic|"
    r"volunteer|rescuer|commander)\s+(?-i:(?:(?:al-|el-)?[A-Z][a-z]+\s+){0,3}"
    r"(?:al-|el-)?[A-Z][a-z]+)\s+(?:has\s+)?died\b",
    re.I,
)
# A sentence without any of these (lower-case) words has no toll: skip the patterns.
_HINT_WORDS = gate_words(
    (
        "kill",
        "amputat",
        "lost their",
        "lost both",
        "destroy",
        "wiped out",
        "eliminat",
        "liquidat",
        "dead",
        "death",
        "died",
        "dies",
        "slain",
        "wound",
        "injur",
        "fatalit",
        "casualt",
        "execut",
        "behead",
        "assassin",
        "murder",
        "martyr",
        "hurt",
        "lives",
        "massacr",
        "perish",
        "bodies",
        "missing",
        "unaccounted",
        "gunned down",
        "lost ",
        "losing ",
        "toll",
        "fatality count",
        "deceased",
        "death count",
        "casualty count",
        "body of",
        "treated",
        "suffocat",
        "asphyxiat",
        "breathing",
        "respiratory",
        "stoned",
        "stoning",
        "victims",
    )
)
# The numbered patterns need a digit, a number word or a vague amount (words of _NUM).
_DIGIT = gated(r"\d")
_NUMBER_WORDS = gate_words(
    (
        *_UNITS,
        *_TENS,
        "dozen",
        "scores",
        "score of",
        "hundred",
        "several",
        "number",
        "few",
        "many",
        "handful",
        "tens of",
    )
)
#: A verb right before a toll's number says which kind it is.
_VERB_BEFORE = gated(
    r"\b(kill(?:ed|ing|s)?|injur(?:ed|ing|es)?|wound(?:ed|ing|s)?)\s+"
    r"(?:(?:more than|over|at least|up to|almost|nearly|about|around|some)\s+)?$",
    re.I,
)
_YEAR_BEFORE = gated(
    rf"(?:^\s*|\b(?:in|since|during|of|by|until|early|late|{_MONTHS})\.?\s+)$",
    re.I,
)
#: What follows a year, not a toll: "August 2013 - Hundreds of people are killed"
_ELLIPTIC_TOLL = gated(
    rf";\s+(?:and\s+)?in\s+(?:the\s+)?[A-Z][\w'’ -]{{1,40}},\s+({_NUM})\s*(?=[.;]|$)"
    # "In Idlib province 46 civilians died, and in Rural Damascus 38."
    rf"|,\s+and\s+in\s+(?:the\s+)?[A-Z][\w'’ -]{{1,40}}?,?\s+({_NUM})\s*(?=[.;]|$)"
)
_THINGS_AFTER = gated(
    r"\s+(?:(?:regime|government|army|rebel|russian|turkish|military|armou?red|enemy|"
    r"other|more|heavy|t-\d+)\s+)?(?:tanks?|vehicles?|trucks?|bulldozers?|rockets?|"
    r"missiles?|shells?|barrel bombs?|raids?|air ?strikes?|sorties|buildings?|"
    r"positions?|checkpoints?|aircraft|jets?|helicopters?|drones?|launchers?|houses?|"
    r"homes|shops?|depots?|warehouses?|bridges?|cars?|buses)\b",
    re.I,
)
_PERCENT_AFTER = gated(r"\s*(?:%|percent\b|per cent\b)", re.I)
_YEAR_AFTER = gated(r"\s*[-–—:,]?\s*(?:hundreds|thousands|dozens|scores|\d)", re.I)
#: The lower figure of a range told before a number: "between 10 and ", "10 to ".
_RANGE_BEFORE = gated(
    rf"(?:\bbetween\s+({_NUM})\s+and|(?<![\w,])(\d+)\s*(?:to|-|–|"
    # "at least 20 and possibly 30 people"
    rf",?\s*(?:and|or)\s+(?:as\s+many\s+as|possibly|perhaps|up\s+to),?))\s*$",
    re.I,
)
#: A toll right after a verb of killing: its object ("killed at least 24 people").
_TOLL_AFTER_VERB = gated(
    r"\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|"
    r"as\s+many\s+as)\s+)?(?:dozens|scores|hundreds|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b"
    # (not "were killed over a 48 hour period")
    r"(?!\s+(?:hours?|days?|weeks?|months?|years?)\b)(?![-\s]hour)",
    re.I,
)
_RANGE_AFTER = gated(
    # "10 to 15", "at least 5 and as many as 9"
    r"\s*(?:to|-|–|,?\s*(?:and|or)\s+(?:as\s+many\s+as|possibly|perhaps|up\s+to))\s*"
    r"(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty)\b(?![-–])",
    re.I,
)
#: A part of a whole told with it: "Two of the 15 people killed" (group 1: the whole).
_PART_OF_WHOLE = gated(rf"{_NUM}\s+of\s+the\s+({_NUM})\b", re.I)
#: A word that a number names, not counts: "near Brigade 80", "Hill 1154".
DESIGNATORS = (
    "Brigade",
    "Division",
    "Regiment",
    "Battalion",
    "Corps",
    "Hill",
    "Route",
    "Highway",
    "Road",
    "Base",
    "Point",
    "Checkpoint",
    "Station",
    "Sector",
    "Building",
    "Block",
    "Tower",
    "Resolution",
    "Gate",
    "Unit",
)
_MONTH_BEFORE = gated(rf"\b(?:{_MONTHS})\.?\s+$")
_PEOPLE_AFTER = gated(
    r"\s+(?:people|persons|civilians|children|women|men|soldiers|fighters|rebels|"
    r"militants|members|others|troops|residents|militiamen|policemen|workers)\b",
    re.I,
)
_DESIGNATOR_BEFORE = gated(rf"\b(?:{'|'.join(DESIGNATORS)})\s+$")
_PRONOUN = gated(r"^\s*(he|she|they|it)\s+(died|was killed|were killed)\b", re.I)


@dataclass(frozen=True, slots=True)
class Count:
    """One count of victims found in a sentence."""

    kind: str  # "killed", "injured" or "missing"
    value: int  # best estimate
    low: int
    high: int | None  # None: no upper bound given ("more than 25")
    text: str
    start: int
    end: int
    each: bool = False  # "Seven each were slain in A and in B"
    more: bool = False  # "4 other civilians", "another five": beyond a toll told


def parse_number(text: str) -> tuple[int, int, int | None] | None:
    """Parse a number phrase into (best, low, high); None when it is no number.

    Examples
    --------
    >>> parse_number("Thirty-four")
    (34, 34, 34)
    >>> parse_number("25+")
    (25, 25, None)
    >>> parse_number("dozens")
    (12, 12, 99)
    """
    phrase = text.lower().strip()
    if phrase in VAGUE_AMOUNTS:
        low, best, high = VAGUE_AMOUNTS[phrase]
        return best, low, high
    dozen = _DOZEN.fullmatch(phrase)
    if dozen:  # "two dozen": 24; "half a dozen": 6
        dozens = 6 if dozen.group(1) == "half a" else 12 * _UNITS[dozen.group(1)]
        return dozens, dozens, dozens
    rest = 0
    if " hundred and " in phrase:  # "one hundred and twenty": 120
        phrase, tail = phrase.split(" hundred and ", 1)
        told = parse_number(tail)
        if told is None:
            return None
        rest = told[0]
        phrase = "one hundred" if phrase == "a" else phrase + " hundred"
    hundred = phrase.endswith(" hundred")
    if hundred:
        phrase = phrase[: -len(" hundred")].strip()
    odd = phrase.endswith(("-odd", " odd"))  # "20-odd": 20 to 29
    if odd:
        phrase = phrase[:-4]
    value: int | None = None
    if phrase.rstrip("+").replace(",", "").isdigit():
        value = int(phrase.rstrip("+").replace(",", ""))
    elif phrase in _UNITS:
        value = _UNITS[phrase]
    else:
        parts = re.split(r"[- ]", phrase)
        if parts[0] in _TENS:
            value = _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    if value is None:
        return None
    if hundred:
        value = value * 100 + rest
    if phrase.endswith("+"):
        return value, value, None
    if odd:
        return value, value, value + 9
    return value, value, value


def _bounded(
    kind: str, m: re.Match[str], bound: str | None, number: str
) -> Count | None:
    parsed = parse_number(number)
    if parsed is None:
        return None
    best, low, high = parsed
    bound = (bound or "").lower()
    if bound == "between":  # the lower figure, as ACLED does; the upper one bounds it
        upper = parse_number(m.group(3)) if m.re.groups >= 3 else None
        high = upper[2] if upper is not None else None
        return Count(kind, best, low, high, m.group(0), m.start(), m.end())
    if (
        bound
        in (
            "more than",
            "over",
            "at least",
            "upwards of",
            "in excess of",
            "well over",
            "no fewer than",
            "not fewer than",
            "no less than",
            "not less than",
        )
        # "30+ people", "100-plus people": at least so many
        or m.string.startswith(("+", "-plus", " plus"), m.end(2))
    ):
        high = None
    elif bound in ("up to", "no more than", "not more than", "fewer than", "less than"):
        low = 0
    elif bound in ("almost", "nearly"):
        low, high = int(best * 0.9), best
    return Count(kind, best, low, high, m.group(0), m.start(), m.end())


#: Two tolls told one after the other, of places told "respectively": "Seven and
#: four civilians were killed in Kafr Nabl and Saraqib, respectively".
_RESPECTIVE = gated(
    rf"\b({_NUM})\s+and\s+({_NUM})\s+(?:[\w-]+\s+){{0,3}}?(?:were\s+|have\s+been\s+|"
    r"had\s+been\s+)?(killed|wounded|injured|died)\b(?=[^.;]*\brespectively\b)",
    re.I,
)


#: Three tolls or more told of places "respectively": "killed 3, 4 and 5 people in
#: Saraqib, Binnish and Sarmin respectively" (the list, then each of its numbers).
_RESPECTIVE_LIST = gated(
    # (a list of ten at most, "respectively" soon after: a long text stays linear)
    rf"\b(?P<v1>killing|killed|wounding|wounded|injuring|injured)\s+"
    rf"(?P<list>(?:{_NUM}\s*,\s*){{1,8}}{_NUM}\s*,?\s+and\s+{_NUM})\b"
    r"(?=[^.;]{0,160}\brespectively\b)"
    rf"|\b(?P<list2>(?:{_NUM}\s*,\s*){{1,8}}{_NUM}\s*,?\s+and\s+{_NUM})\s+"
    r"(?:[\w-]+\s+){0,3}?(?:were\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?P<v2>killed|wounded|injured|died)\b(?=[^.;]{0,160}\brespectively\b)",
    re.I,
)
_ONE_NUMBER = gated(rf"\b{_NUM}\b", re.I)
#: The same, the verb first: "killing seven and four people respectively".
_RESPECTIVE_AFTER_VERB = gated(
    rf"\b(killing|killed|wounding|wounded|injuring|injured)\s+({_NUM})\s+and\s+"
    rf"({_NUM})\b(?=[^.;]*\brespectively\b)",
    re.I,
)


class _Spans:
    """The spans of a text taken so far, kept as their union (disjoint, in order):
    whether a new one overlaps any is found by bisection, so a long text of thousands
    of tolls stays near-linear."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span taken."""
        # the last span beginning before this one ends (disjoint: ends in order too)
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``, merged with the spans it overlaps."""
        lo = bisect.bisect_left(self.ends, start + 1)  # first that may overlap
        hi = bisect.bisect_left(self.starts, end)  # past the last that may
        if lo < hi:
            start = min(start, self.starts[lo])
            end = max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]


def find_counts(sentence: str) -> list[Count]:
    """Return the killed and injured counts of a sentence.

    Parameters
    ----------
    sentence : str
        One sentence.

    Returns
    -------
    list of Count
        In order of appearance. A pronoun-led toll ("He died on Monday") is left out:
        it retells a victim already counted.

    Examples
    --------
    >>> [(c.kind, c.value) for c in find_counts(
    ...     "At least 15 people have been killed and dozens injured")]
    [('killed', 15), ('injured', 12)]
    """
    low = sentence.lower()
    if not any_in(low, _HINT_WORDS) or _PRONOUN.match(sentence):
        return []
    couple = "husband and wife" in low  # "A husband and wife were killed"
    if not _DIGIT.search(sentence) and not any_in(low, _NUMBER_WORDS) and not couple:
        # "No fatalities were reported."
        return sorted(_special_counts(sentence, []), key=lambda c: c.start)
    found: list[Count] = []
    taken = _Spans()
    for (kind, pattern), gate in zip(_PATTERNS, _GATES, strict=True):
        if gate and not any_in(low, gate):
            continue  # cheap: a substring test instead of a regex scan
        pos = 0
        while (m := pattern.search(sentence, pos)) is not None:
            pos = max(m.end(), pos + 1)
            span = m.span(2)
            if taken.overlaps(*span):
                continue
            count = _bounded(kind, m, m.group(1), m.group(2))
            if count is None or count.value > 100_000:
                continue
            rng = _RANGE_BEFORE.search(sentence, max(0, span[0] - 30), span[0])
            first = rng and (1 if rng.group(1) else 2)
            if rng and first and (lower := parse_number(rng.group(first))) is not None:
                # "between 10 and 15 people were killed", "10 to 15 people": the
                # lower figure, as ACLED does; the upper one bounds it
                if lower[0] < count.value:
                    span = (rng.start(first), span[1])
                    count = Count(
                        kind, lower[0], lower[1], count.high, count.text, *span
                    )
            upper = _RANGE_AFTER.match(sentence, span[1])
            if (
                upper is not None
                and (
                    count.high is not None
                    # "at least 5 and as many as 9": the bound told after the least
                    or upper.group(0).lstrip(" ,")[:3].lower() in ("and", "or ")
                )
            ):
                # "10 to 15 people were killed": the upper figure bounds the toll
                top = parse_number(upper.group(1))
                if top is not None and top[0] > count.value:
                    count = dataclasses.replace(count, high=top[0])
            whole = _PART_OF_WHOLE.match(sentence, span[0])
            if whole is not None and (total := parse_number(whole.group(1))):
                # "Two of the 15 people killed in Douma were children": 15 killed
                span = whole.span(1)
                count = Count(kind, *total, count.text, *span)
            if sentence[max(0, span[0] - 3) : span[0]].lower() == "no ":
                continue  # "no one was hurt": none, read below as a zero
            if _PERCENT_AFTER.match(sentence, span[1]) or _THINGS_AFTER.match(
                sentence, span[1]
            ):
                # "destroyed three tanks and killed a dozen soldiers": things, not dead
                # "taken back more than 85 percent of the east": a share, not a toll
                pos = span[1]
                continue
            if _DESIGNATOR_BEFORE.search(sentence, max(0, span[0] - 14), span[0]) or (
                count.value <= 31
                and _MONTH_BEFORE.search(sentence, max(0, span[0] - 11), span[0])
                # "In May 25 people were killed": a toll after all
                and not _PEOPLE_AFTER.match(sentence, span[1])
            ):
                # "Brigade 80", "Hill 1154", "Route 4": a name, not a toll; "Oct. 3":
                # a day; a toll may follow ("near Brigade 80, leaving 7 fighters
                # dead", "the attack on Oct. 3 killed 11")
                pos = span[1]
                continue
            if (
                (
                    1900 <= count.value <= 2099
                    and sentence[span[0] : span[1]].isdigit()  # "2,013 people": a toll
                )
                and (
                    _YEAR_BEFORE.search(sentence[max(0, span[0] - 12) : span[0]])
                    or _YEAR_AFTER.match(sentence, span[1])
                )
            ):
                # "a chemical attack in 2017 killed 89", "August 2013 - Hundreds of
                # people are killed": a year, not a toll (one may follow it)
                pos = span[1]
                continue
            if (
                kind == "killed"
                and m.group(0).lower().endswith(("killed", "kill", "kills"))
                and _TOLL_AFTER_VERB.match(sentence, m.end())
            ):
                # "two suicide bombers killed at least 24 people": who killed, not
                # who died
                continue
            other = _VERB_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
            if other is not None and other.group(1).lower()[:3] != kind[:3]:
                continue  # "killed 12 civilians ... injured": the verb before decides
            taken.add(*span)
            # "Seven each were slain", "killed two people each in Douma and Harasta"
            each = _EACH_AFTER.match(sentence, m.end(2)) is not None
            found.append(
                Count(
                    kind,
                    count.value,
                    count.low,
                    count.high,
                    count.text,
                    span[0],
                    span[1],
                    each,
                )
            )
    if "respectively" in low:
        # "Seven and four civilians were killed in Kafr Nabl and Saraqib,
        # respectively": the first toll too, told before the second
        # (and, the verb first, "killing seven and four people respectively": the
        # second toll): (pattern, the toll's group, the verb's group)
        for pattern, toll, verb in (
            (_RESPECTIVE, 1, 3),
            (_RESPECTIVE_AFTER_VERB, 3, 1),
        ):
            for m in pattern.finditer(sentence):
                parsed = parse_number(m.group(toll))
                if parsed is None or taken.overlaps(*m.span(toll)):
                    continue
                kind = "injured" if m.group(verb).lower()[:1] in "wi" else "killed"
                taken.add(*m.span(toll))
                found.append(Count(kind, *parsed, m.group(0), *m.span(toll)))
        for m in _RESPECTIVE_LIST.finditer(sentence):
            # (three or more: "killed 3, 4 and 5 people in A, B and C respectively")
            told = "list" if m.group("list") else "list2"
            said = (m.group("v1") or m.group("v2")).lower()
            kind = "injured" if said[:1] in "wi" else "killed"
            for n in _ONE_NUMBER.finditer(sentence, *m.span(told)):
                parsed = parse_number(n.group(0))
                if parsed is None or taken.overlaps(*n.span()):
                    continue
                taken.add(*n.span())
                found.append(Count(kind, *parsed, m.group(0), *n.span()))
    if len(found) > 1 and ("includ" in low or "among" in low):
        # "A family of six, including four children, died": the four are of the six
        found = [
            c
            for c in found
            if not (
                _PARTS_BEFORE.search(sentence, max(0, c.start - 20), c.start)
                and any(
                    o.kind == c.kind and o.end <= c.start and o.value >= c.value
                    for o in found
                )
            )
        ]
    if couple or (
        " and " in low and any(map(low.__contains__, ("his ", "her ", "their ")))
    ):
        found = _family(sentence, found)
    if " and " in low and any(
        " and " in low[max(0, c.start - 40) : c.end + 40] for c in found
    ):
        found = _pairs(sentence, found)
    if "along with" in low and found:
        found = _along_with(sentence, found)
    if (
        " and " in low
        and ("kill" in low or "slain" in low or "wound" in low or "injur" in low)
        and _one_beside_and(low)
    ):
        found = _one_and_group(sentence, found)
    if found and (" or " in low or ", injured " in low or ", wounded " in low):
        # "Dozens of people were killed or wounded": casualties, no count of the dead
        found = [c for c in found if not _or_hurt(sentence, c)]
    if len(found) > 1 and any_in(low, _OTHER_SOURCE_WORDS):
        found = _other_sources(sentence, found)
    special = _special_counts(sentence, found)
    found += special
    if (
        " each " in low
        and (alike := _IN_EACH.search(sentence)) is not None
        and (share := parse_number(alike.group(1))) is not None
    ):
        # "killed 12 people on Monday, six in each town": so many at each place
        all_told = next(
            (c for c in found if c.kind == "killed" and c.end <= alike.start()), None
        )
        if all_told is not None and share[0] < all_told.value:
            a, b = alike.span(1)
            found = [
                c
                for c in found
                if c is not all_told and not (c.start < b and a < c.end)
            ]
            found.append(
                Count(
                    "killed",
                    *share,
                    alike.group(0).strip(" ,"),
                    *alike.span(1),
                    each=True,
                )
            )
    if (
        (
            "killing " in low
            or "killed " in low
            or "identified" in low
            or "victims " in low
        )
        and not any(c.kind == "killed" for c in found)
        and (named := _named_victims(sentence)) is not None
    ):
        # "killing Ahmad al-Hamoud, 12, his brother Mohammad, 9, and their mother,
        # Fatima": the dead, by name
        found.append(named)
    if "along with" in low and any(c.kind == "killed" and c.value for c in special):
        # "Abu Jandal al-Kuwaiti was killed in the strike along with two other
        # militants": the one man and the others, 3 dead
        found = _along_with(sentence, found, verb_told=True)
    if (";" in sentence or ", and in " in sentence) and any(
        c.kind == "killed" for c in found
    ):
        # "In Douma, 5 were killed; in Harasta, 3.": the same verb, left out
        for m in _ELLIPTIC_TOLL.finditer(sentence):
            group = 1 if m.group(1) is not None else 2
            span = m.span(group)
            if any(c.start < span[1] and span[0] < c.end for c in found):
                continue
            parsed = parse_number(m.group(group))
            if parsed is not None:
                value, least, most = parsed
                phrase = m.group(0).strip()
                found.append(Count("killed", value, least, most, phrase, *span))
    if (
        (" a " in low or " another " in low)
        and ("wound" in low or "injur" in low or "hurt" in low)
        and not any(c.kind == "injured" for c in found)
        and (hurt := _ONE_MORE_HURT.search(sentence)) is not None
    ):
        # "Two members of the White Helmets were killed and a third was injured"
        found.append(
            Count("injured", 1, 1, 1, hurt.group(0).strip(" ,"), *hurt.span(1))
        )
    if (
        (" a " in low or " another " in low)
        and ("died" in low or "succumb" in low)
        and (died := _ONE_MORE_DIED.search(sentence)) is not None
    ):
        # "Two were killed instantly and a third died later in hospital": one more
        before = [
            c for c in found if c.kind == "killed" and c.end <= died.start() and c.value
        ]
        if before:
            c = max(before, key=lambda c: c.end)
            at, end = _phrase_span(sentence, c)
            found[found.index(c)] = dataclasses.replace(
                c,
                value=c.value + 1,
                low=c.low + 1,
                high=None if c.high is None else c.high + 1,
                text=sentence[at : died.end()] if end <= died.end() else c.text,
            )
    found = [
        dataclasses.replace(c, more=True)
        if (
            _MORE_AFTER.match(sentence, c.end)
            or _MORE_BEFORE.search(sentence, max(0, c.start - 14), c.start)
        )
        # "and reports about the death of another one": not told as fact
        and not _REPORTED_BEFORE.search(sentence, max(0, c.start - 40), c.start)
        else c
        for c in found
    ]
    return sorted(found, key=lambda c: c.start)


#: More victims than those told: "killing 4 other civilians", "2 more people",
#: "another five", "a further 3".
_MORE_AFTER = gated(r"\s+(?:other|more)\b", re.I)
_MORE_BEFORE = gated(r"\b(?:another|a further|an additional)\s+$", re.I)
_REPORTED_BEFORE = gated(r"\breports?\b", re.I)


_KIN = (
    r"(?:children|sons|daughters|brothers|sisters|kids|relatives|grandchildren|"
    r"grandsons|granddaughters|nephews|nieces|cousins|wives)"
)
#: "claimed the lives of a woman and her three children"
_TOOK_LIVES = r"(?:claimed|claiming|claims|took|taking|takes)\s+the\s+lives\s+of"
#: What befell a family told before the verb: "a woman and her son died".
_FAMILY_DEAD = (
    r"(?P<after>\s+(?:(?:were|have been|had been)\s+(?:killed|slain|martyred)|died|"
    r"perished))?"
)
#: "killed a woman and her three children", "A father and his two sons were killed",
#: "a woman and three of her children", "A man and his wife were killed"
_FAMILY_BODY = (
    r"\b(?:(?:a|an|one)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:man|woman|father|mother|boy|girl|child|civilian|farmer|teacher|doctor|"
    r"husband|wife|shepherd|driver|worker|nurse|resident|baker|pharmacist)"
    # "her husband and two of her sons were killed"
    r"|(?:his|her|their)\s+(?:husband|wife|father|mother|son|daughter|brother|sister))"
    # "a man, his wife and their four children"
    r"(?P<spouse>,\s+(?:his|her)\s+(?:wife|husband),?)?\s+and\s+"
    # ("A husband and wife were killed")
    rf"(?:(?<=husband and )wife\b|(?:his|her|their)\s+(?:(?P<n>{_NUM})\s+(?:[\w-]+\s+)?{_KIN}|"
    r"(?:[\w-]+\s+)?(?:wife|husband|son|daughter|brother|sister|mother|father|child|"
    # ("a 4-year-old girl and her grandfather")
    r"baby|grandson|granddaughter|nephew|niece|cousin|grandfather|grandmother|uncle|"
    r"aunt))"
    rf"|(?P<n2>{_NUM})\s+of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?{_KIN})\b"
)
_FAMILY = gated(
    # ("The bodies of a man and his son were pulled from the rubble")
    rf"(?P<v>\b(?:killing|killed|kills|kill|{_TOOK_LIVES}|bodies\s+of)\s+)?"
    + _FAMILY_BODY
    + _FAMILY_DEAD,
    re.I,
)
#: "wounding a woman and her son", "A man and his wife were injured"
_FAMILY_WOUNDED = gated(
    r"(?P<v>\b(?:wounding|wounded|wounds|injuring|injured|injures)\s+)?"
    + _FAMILY_BODY
    + r"(?P<after>\s+(?:were|have been|had been)\s+(?:wounded|injured|hurt))?",
    re.I,
)


#: "Three children and their mother were killed", "killing two boys and their parents"
_FAMILY_REVERSED = gated(
    rf"(?P<v>\b(?:killing|killed|kills|kill|{_TOOK_LIVES})\s+)?\b(?P<n>{_NUM})\s+"
    r"(?:[\w-]+\s+)?"
    rf"(?:{_KIN}|boys|girls)\s+and\s+(?:their|his|her)\s+"
    # ("two brothers and their cousin")
    r"(?P<parent>mother|father|parents|grandmother|grandfather|grandparents|uncle|"
    r"aunt|cousin|sister|brother)\b" + _FAMILY_DEAD,
    re.I,
)


def _family_size(m: re.Match[str]) -> int | None:
    """How many a family match counts: the relatives told, plus the one or two
    named beside them ("a woman and her three children", "two boys and their
    parents")."""
    if m.re is _FAMILY_REVERSED:
        parsed = parse_number(m.group("n"))
        extra = 2 if m.group("parent").lower() in ("parents", "grandparents") else 1
    else:
        number = m.group("n") or m.group("n2")
        parsed = parse_number(number) if number else (1, 1, 1)  # "and his wife"
        extra = 2 if m.group("spouse") else 1
    return None if parsed is None else parsed[0] + extra


def _family(sentence: str, found: list[Count]) -> list[Count]:
    """One victim and their N relatives are N + 1 killed (or wounded), not one or
    N."""
    matches = [
        *(("killed", m) for m in _FAMILY_REVERSED.finditer(sentence)),
        *(("killed", m) for m in _FAMILY.finditer(sentence)),
    ]
    if "wound" in sentence or "injur" in sentence:
        matches += [("injured", m) for m in _FAMILY_WOUNDED.finditer(sentence)]
    for kind, m in matches:
        if not (m.group("v") or m.group("after")):
            continue  # "three children and their mother fled"
        value = _family_size(m)
        if value is None:
            continue
        if any(c.kind == kind and c.value > value for c in found):
            continue  # part of a larger toll told beside it
        found = [
            c for c in found if not (c.kind == kind and m.start() <= c.start < m.end())
        ]
        found.append(Count(kind, value, value, value, m.group(0), m.start(), m.end()))
    return found


_GROUP_NOUN = (
    r"(?:people|persons|civilians|soldiers|troops|rebels|fighters|militants|"
    r"jihadists|militiamen|members|men|women|children|policemen|officers|guards|"
    r"residents|others|teachers|students|pupils|doctors|nurses|patients|medics|"
    r"workers|rescuers|journalists|volunteers|customers|shoppers|passers-by|"
    r"passersby|worshippers|farmers|relatives|guests|"
    # "seven mercenaries and two fighters were killed"
    r"mercenaries|terrorists|gunmen|insurgents|conscripts|combatants|"
    # "20 civilians and one SARC staff member"
    r"member|person|civilian|soldier|fighter|officer|worker|volunteer|rescuer|"
    r"journalist|doctor|nurse|medic|child|woman|man)"
)
#: "12 soldiers and eight rebels": two groups that add up (unless "including"
#: makes them parts of a toll told before them)
_OPEN_BOUND_BEFORE = gated(r"\b(?:more than|over|at least)\s+$", re.I)
_PAIR = gated(
    # "seven civilians and three Operation Olive Branch soldiers", "36 IS fighters
    # and 164 regime and allied fighters"; not "10 people including 2 women and 3
    # children" (parts of a toll)
    rf"\b({_NUM})\s+(?:of\s+(?:its|their|his|her)\s+)?"
    rf"(?:(?!(?:including|among|and|or|of)\b)[a-z][\w-]*\s+){{0,3}}?"
    # ("three of its fighters and two civilians")
    rf"{_GROUP_NOUN}"
    # ("19 soldiers and allied militiamen and 24 insurgents": one side of two nouns)
    rf"(?:\s+and\s+(?:(?!(?:including|among|of)\b)[a-z][\w-]*\s+){{0,2}}?"
    rf"{_GROUP_NOUN})?"
    # ("Eight civilians, including three children, and four fighters": a part aside)
    r"(?:,\s+(?:including|among\s+them)\s+[^,.;]{1,40},)?"
    rf"\s+and\s+({_NUM})\s+"
    rf"(?:(?!(?:including|among|of)\b)[a-z][\w-]*\s+){{0,3}}?{_GROUP_NOUN}\b",
    re.I,
)
#: One more of the group told, hurt: "(two were killed) and a third was injured".
_ONE_MORE_HURT = gated(
    r"(?:\s+and|\s+while|,)\s+(a\s+(?:second|third|fourth|fifth|sixth)|another)\s+"
    r"(?:(?:man|woman|child|boy|girl|person|one|member|soldier|fighter|rescuer|worker|"
    r"volunteer|civilian|brother|sister)\s+)?(?:was\s+)?(?:seriously\s+|critically\s+|"
    r"badly\s+|lightly\s+)?(?:wounded|injured|hurt)\b",
    re.I,
)
#: One more of the group told, dead: "(two were killed) and a third died later".
_ONE_MORE_DIED = gated(
    r"(?:\s+and|\s+while|,)\s+(a\s+(?:second|third|fourth|fifth|sixth)|another)\s+"
    r"(?:(?:man|woman|child|boy|girl|person|one|member|soldier|fighter|rescuer|worker|"
    r"volunteer|civilian|brother|sister)\s+)?(?:later\s+|subsequently\s+)?"
    r"(?:died|succumbed)\b",
    re.I,
)
#: Two groups, the second told by whose it was alone: "Eight fighters from the Free
#: Syrian Army and three from Ahrar al-Sham", "Eight FSA fighters and three of Jaysh
#: al-Islam".
_PAIR_FROM = gated(
    rf"\b({_NUM})\s+(?:[\w-]+\s+){{0,3}}?{_GROUP_NOUN}"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|al-[\w'’-]+)\s+){1,5}?|\s+)"
    rf"and\s+({_NUM})\s+(?:from|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:al-)?(?-i:[A-Z])[\w'’-]*){0,4}",
    re.I,
)
#: One victim, named by a singular noun ("a teacher").
_ONE_NOUNS = frozenset(
    """
man woman boy girl child civilian soldier fighter rebel teacher student pupil doctor
nurse medic paramedic journalist officer commander policeman worker volunteer rescuer
resident driver guard patient member baker cleaner vendor shopkeeper farmer shepherd
general mother father
""".split()
)
_ONE_NOUN = "(?:" + "|".join(sorted(_ONE_NOUNS, key=lambda w: (-len(w), w))) + ")"
#: "killing a teacher and two pupils", "two pupils and a teacher were killed": one
#: victim and a group, told together
_ONE_AND_GROUP = gated(
    rf"(?P<v>\b(?:killing|killed|kills|kill|wounding|wounded|injuring|injured)\s+"
    rf"{_BOUND})?\b(?:"
    rf"(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUN}\s+and\s+(?P<n>{_NUM})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUN}"
    rf"|(?P<n2>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUN}\s+and\s+(?:a|an|one)\s+"
    # ("20 civilians and a Syrian Arab Red Crescent staff member")
    rf"(?:[\w-]+\s+){{0,5}}?{_ONE_NOUN})\b"
    r"(?P<after>\s+(?:were|have been|had been)\s+(?:killed|slain|wounded|injured))?",
    re.I,
)
#: What every match of _ONE_AND_GROUP holds (lower case): cheap to look for first.


def _one_beside_and(low: str) -> bool:
    """Whether one victim stands beside an "and" ("a teacher and", "and a teacher"):
    cheap to find first."""
    at = low.find(" and ")
    while at >= 0:
        before = low[max(0, at - 12) : at].rsplit(" ", 1)[-1]
        after = low[at + 5 : at + 9].split(" ", 1)[0]
        if before in _ONE_NOUNS or after in ("a", "an", "one"):
            return True
        at = low.find(" and ", at + 5)
    return False


_PARTS_BEFORE = gated(
    r"\b(?:including|among them|among whom|of whom|of them|mostly|mainly|"
    r"among the dead|among the victims)\W*$",
    re.I,
)


def _pairs(sentence: str, found: list[Count]) -> list[Count]:
    """A toll told as two groups ("left 12 soldiers and eight rebels dead", "killed
    12 soldiers and eight rebels") is their sum, not the one a pattern caught."""
    pairs = list(_PAIR.finditer(sentence))
    if " from " in sentence or " of " in sentence:
        pairs += _PAIR_FROM.finditer(sentence)
    for m in pairs:
        if _PARTS_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue
        spans = (m.span(1), m.span(2))
        inside = [c for c in found if any(c.start <= a < c.end + 1 for a, _ in spans)]
        if len(inside) != 1:
            continue  # none, or each group already counted on its own
        first, second = parse_number(m.group(1)), parse_number(m.group(2))
        if first is None or second is None:
            continue
        c = inside[0]
        start, end = min(c.start, m.start()), max(c.end, m.end())
        found = [x for x in found if x is not c]
        # "more than 25 soldiers and eight rebels", "25+ soldiers and ...": a
        # bound on a group bounds the sum
        open_ended = (
            first[2] is None
            or second[2] is None
            or c.high is None
            # "at least 25 rebels and 17 pro-Assad fighters": the bound is the sum's
            or _OPEN_BOUND_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
            is not None
        )
        found.append(
            Count(
                c.kind,
                first[0] + second[0],
                first[1] + second[1],
                None if open_ended else first[2] + second[2],  # type: ignore[operator]
                sentence[start:end],
                start,
                end,
            )
        )
    return found


_ALONG_WITH = gated(
    rf"\s+along\s+with\s+{_BOUND}({_NUM})\s+(?:[\w-]+\s+){{0,3}}?{_GROUP_NOUN}\b",
    re.I,
)


def _along_with(
    sentence: str, found: list[Count], *, verb_told: bool = False
) -> list[Count]:
    """ "26 regime fighters died along with 9 Islamic State fighters": 35 dead
    (``verb_told``: the counts' phrases hold their verb, "the commander was killed")."""
    out = list(found)
    for m in _ALONG_WITH.finditer(sentence):
        before = [
            c
            for c in out
            if c.kind == "killed" and c.end <= m.start() and m.start() - c.end <= 160
        ]
        parsed = parse_number(m.group(2))
        if not before or parsed is None:
            continue
        c = before[-1]
        # the verb of the dead stands between the toll and "along with", near both
        # ("18 soldiers were killed in the assault, led by former Al-Qaeda affiliate
        # Jund al-Aqsa, along with 11 rebels")
        verbs = list(
            _KILLED_WORD.finditer(
                sentence, c.start if verb_told else c.end, m.start() + 1
            )
        )
        verb = verbs[-1] if verbs else None
        if verb is None or verb.start() - c.end > 60 or m.start() - verb.end() > 70:
            continue
        open_ended = c.high is None or parsed[2] is None or m.group(1) is not None
        out[out.index(c)] = Count(
            "killed",
            c.value + parsed[0],
            c.low + parsed[1],
            None if open_ended else c.high + parsed[2],  # type: ignore[operator]
            sentence[c.start : m.end()],
            c.start,
            m.end(),
        )
    return out


_KILLED_WORD = gated(r"\b(?:died|killed|dead|slain|perished|lost their lives)\b", re.I)


def _one_and_group(sentence: str, found: list[Count]) -> list[Count]:
    """ "killing a teacher and two pupils" is three killed, not one ("wounding four
    pupils and a teacher": five wounded)."""
    for m in _ONE_AND_GROUP.finditer(sentence):
        if not (m.group("v") or m.group("after")) or _PARTS_BEFORE.search(
            sentence, max(0, m.start() - 20), m.start()
        ):
            continue  # "a man and two children fled"; "including a doctor and..."
        parsed = parse_number(m.group("n") or m.group("n2"))
        inside = [c for c in found if m.start() <= c.start < m.end()]
        verb = (m.group("v") or m.group("after")).lower()
        kind = "injured" if ("wound" in verb or "injur" in verb) else "killed"
        if parsed is None or len(inside) > 1 or any(c.kind != kind for c in inside):
            continue
        found = [c for c in found if c not in inside]
        found.append(
            Count(
                kind,
                parsed[0] + 1,
                parsed[1] + 1,
                parsed[2] + 1 if parsed[2] is not None else None,
                m.group(0),
                m.start(),
                m.end(),
            )
        )
    return found


#: Another source's toll of the same dead: "12 were killed, but activists put the
#: toll at 15", "4 were killed, while the Observatory gave a toll of 6".
_OTHER_SOURCE = gated(
    r"^[^.;]{0,60}?(?:\bbut\b|\bwhile\b|\bwhereas\b|;)[^.;]{0,60}?\b(?:said|says|put|"
    r"puts|gave|gives|reported|reports|counted|according to)\b[^.;]{0,40}$",
    re.I,
)
_OTHER_SOURCE_WORDS = gate_words(("but ", "while ", "whereas ", ";"))
_EVENT_BETWEEN = gated(
    r"\b(?:kill\w*|struck|strik\w*|shell\w*|bomb\w*|raid\w*|attack\w*|clash\w*|"
    r"explo\w*|blast\w*|fire[ds]?|hit)\b",
    re.I,
)


def _other_sources(sentence: str, found: list[Count]) -> list[Count]:
    """One toll as a range where a second source gives another figure for it."""
    out: list[Count] = []
    for c in found:
        first = next(
            (o for o in reversed(out) if o.kind == c.kind and o.end <= c.start), None
        )
        between = (
            sentence[_phrase_span(sentence, first)[1] : _phrase_span(sentence, c)[0]]
            if first is not None
            else ""
        )
        if (
            first is not None
            and c.kind == "killed"
            and not c.more
            and c.value != first.value
            and _OTHER_SOURCE.search(between)
            # not another event told by another source: "..., while activists said
            # shelling killed 3 in Harasta"
            and not _EVENT_BETWEEN.search(between)
        ):
            out[out.index(first)] = dataclasses.replace(
                first,
                low=min(first.low, c.low),
                high=None
                if first.high is None or c.high is None
                else max(first.high, c.high),
                text=f"{first.text}; {c.text}",
            )
            continue
        out.append(c)
    return out


#: A toll told place by place alike: ", six in each town".
_IN_EACH = gated(
    rf",\s+({_NUM})\s+(?:(?:people|civilians|of\s+them)\s+)?in\s+each\s+(?:town|village|"
    r"city|district|neighbou?rhood|area|place|camp|of\s+(?:the\s+)?(?:two|three|four|"
    r"them|those))\b",
    re.I,
)
_EACH_AFTER = gated(
    r"\s+(?:(?:people|civilians|fighters|soldiers|children)\s+)?each\b", re.I
)
_OR_HURT = gated(
    r"\s+or\s+(?:were\s+)?(?:wounded|injured|hurt|maimed)\b"
    # "left tens of dead, injured and missing": one count of all the casualties
    r"|,\s+(?:wounded|injured)\s+(?:and|or)\s+(?:missing|wounded|injured)\b",
    re.I,
)


def _phrase_span(sentence: str, count: Count) -> tuple[int, int]:
    """Where the phrase of a count (its number and the words telling it) stands."""
    at = sentence.find(count.text, max(0, count.start - len(count.text)))
    if at < 0 or at > count.start:
        return count.start, count.end
    return at, at + len(count.text)


#: The head of a list of the dead by name: "killing", "The victims were identified as".
_NAMES_HEAD = gated(
    r"\b(?:killing|killed|(?:the\s+)?(?:dead|victims|those\s+killed)\s+(?:were|are|have\s+"
    r"been)\s+(?:identified\s+as\s+|named\s+as\s+)?)\s*(?=[A-Z]|(?:his|her|their)\s)",
    re.I,
)
#: One of the dead by name: "Ahmad al-Hamoud, 12", "his brother Mohammad, 9", "their
#: mother, Fatima" (a kin word, a name, an age, each told or not, a name or kin first).
_NAMED_ONE = (
    r"(?:(?:his|her|their)\s+(?:([a-z-]+)\s+)?(?:(?:brother|sister|son|daughter|cousin|"
    r"nephew|niece|grand(?:son|daughter))s?|children|wife|husband|father|mother|uncle|"
    r"aunt|grand(?:father|mother))\b"
    r"(?:,?\s+(?-i:[A-Z][a-z'’]+)(?:\s+(?:al-|el-)?(?-i:[A-Z][a-z'’-]+)){0,3})?"
    r"|(?-i:[A-Z][a-z'’]+)(?:\s+(?:(?:al|el|bin|ibn|abu)[- ])?(?-i:[A-Z][a-z'’-]+)){0,3})"
    r"(?:,\s+(?:aged\s+)?\d{1,3}\b)?"
)
_NAMED_LIST = gated(
    rf"(?i:{_NAMED_ONE})(?:,\s+(?i:{_NAMED_ONE}))*,?\s+and\s+(?i:{_NAMED_ONE})"
)
_ONE_NAMED = gated(rf"(?i:{_NAMED_ONE})")
_AGE_OR_KIN = gated(
    r",\s+(?:aged\s+)?\d{1,3}\b|\b(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:brother|sister|"
    r"son|daughter|wife|husband|father|mother|cousin|uncle|aunt|nephew|niece|grand)",
    re.I,
)


def _named_victims(sentence: str) -> Count | None:
    """The dead told by name, two or more, at least one with an age or as kin (so
    people, not places): "killing Ahmad al-Hamoud, 12, his brother Mohammad, 9, and
    their mother, Fatima" (3)."""
    for head in _NAMES_HEAD.finditer(sentence):
        names = _NAMED_LIST.match(sentence, head.end())
        if names is None or not _AGE_OR_KIN.search(names.group(0)):
            continue
        told = names.group(0)
        # each one, or so many told of a kin ("their two daughters": 2)
        n = sum(
            (parse_number(m.group(1)) or (1,))[0] if m.group(1) else 1
            for m in _ONE_NAMED.finditer(told)
        )
        if n < 2:
            continue
        return Count("killed", n, n, n, told, names.start(), names.end())
    return None


def _or_hurt(sentence: str, count: Count) -> bool:
    """Whether a toll counts the killed and wounded together ("killed or wounded")."""
    return (
        count.kind == "killed"
        and _OR_HURT.match(sentence, _phrase_span(sentence, count)[1]) is not None
    )


#: Where a clause of its own begins: "..., and two men were killed by shells".
_CLAUSE_TURN = gated(r"[;,]\s+(?:and|while|whereas|but)\s|;")


def _clause_of_its_own(
    sentence: str, m: re.Match[str], counts: list[Count], kind: str
) -> bool:
    """Whether one victim told ("a child was killed by sniper fire in Salah al-Din")
    stands in a clause apart from every count of its kind ("..., and two men were
    killed by shells on al-Midan"), not as a part of one."""
    others = [c for c in counts if c.kind == kind]
    return bool(others) and all(
        not (c.start < m.end() and m.start() < c.end)
        and _CLAUSE_TURN.search(sentence, min(c.end, m.end()), max(c.start, m.start()))
        is not None
        for c in others
    )


def _special_counts(sentence: str, found: list[Count]) -> list[Count]:
    extra: list[Count] = []
    kinds = {c.kind for c in found}
    low = sentence.lower()
    if not any(
        w in low
        for w in (
            "kill",
            "slain",
            "martyr",
            "execut",
            "behead",
            "assassin",
            "murder",
            "wound",
            "injur",
            "death",
            "died",
            "fatalit",
            "shot dead",
            "shooting dead",
            "gunned down",
            "body of",
            " dead",
            " lost ",
            "amputat",
        )
    ):
        singles: Iterable[re.Match[str]] = ()
    else:
        singles = _SINGLE_KILLED.finditer(sentence)
    for m in singles:
        said = m.group(0).lower()
        if (
            said.startswith(("no one", "nobody"))
            # "an attack in which no one was killed"
            or " no one " in said
            or " nobody " in said
            or sentence[max(0, m.start() - 3) : m.start()].lower() in ("no ",)
        ):
            continue  # "No one was killed": a zero, read below
        if " anyone " in said or "whether" in said:
            continue  # "they could not say whether anyone had been killed": unknown
        verb = (m.group(1) or m.group(2) or m.group(3) or "killed").lower()
        if m.group(4) or "amputated" in m.group(0):
            verb = "wounded"  # "a man lost a leg"
        kind = (
            "injured"
            if verb in ("wounded", "injured", "wounding", "injuring")
            else "killed"
        )
        if kind not in kinds or _clause_of_its_own(sentence, m, [*found, *extra], kind):
            value, end = 1, m.end()
            if kind == "killed" and (escort := _ESCORT_AFTER.match(sentence, end)):
                # "a car bomb killed a Jaish al-Islam commander and his driver": the
                # one and those with him
                more = parse_number(escort.group("n")) if escort.group("n") else None
                value += more[0] if more else 1
                end = escort.end()
            extra.append(
                Count(
                    kind, value, value, value, sentence[m.start() : end], m.start(), end
                )
            )
            kinds.add(kind)
    if not any(map(low.__contains__, ("no", "neither", "without"))):
        return extra  # no zero either
    zero = _ZERO_KILLED.search(sentence)
    if zero and (
        _NO_NEWS.search(zero.group(0)) or _ONE_SIDE_AFTER.match(sentence, zero.end())
    ):
        # "no information about casualties": unknown, not none; "no reports of
        # casualties on the Israeli side": none of one side's
        zero = None
    if "killed" not in kinds and zero:
        extra.append(Count("killed", 0, 0, 0, zero.group(0), zero.start(), zero.end()))
    zero = _ZERO_INJURED.search(sentence)
    if zero and (
        _NO_NEWS.search(zero.group(0)) or _ONE_SIDE_AFTER.match(sentence, zero.end())
    ):
        zero = None
    if "injured" not in kinds and zero:
        extra.append(Count("injured", 0, 0, 0, zero.group(0), zero.start(), zero.end()))
    return extra


#: Who died with the one told: "(killed a commander) and his driver", "and his two
#: bodyguards".
_ESCORT_AFTER = gated(
    r"\s+and\s+(?:his|her)\s+(?:(?P<n>two|three|four|five|\d)\s+)?(?:driver|bodyguard|"
    r"companion|aide|escort|son|daughter|wife|brother|guard)s?\b",
    re.I,
)


#: "..., 31 of them in Aleppo Province", "including 20 in Douma", "and 12 in
#: neighbouring Idlib": a part of a toll just told, ending where its place begins.
_PART_IN = gated(
    rf"(?:,|:|\bincluding|\band|\bwith|\bamong\s+(?:them|whom)|\bthey\s+are)\s+"
    rf"{_BOUND}({_NUM})\s+"
    r"(?:of\s+(?:them|whom)\s+)?"
    # "including five members of one family in Bab al-Nairab", "five children in"
    r"(?:(?:members\s+of\s+(?:one|a|the\s+same)\s+family|people|civilians|children|"
    r"women|men|fighters|soldiers)\s+)?"
    # SOHR's "they are 17 civilians including 4 children who were killed in Douma"
    rf"(?:(?:including|among\s+them)\s+{_NUM}\s+[\w-]+\s+)?"
    r"(?:(?:who\s+)?(?:were|was)\s+(?:killed\s+)?|(?:died|killed)\s+)?"
    # "14 of them in the massacre committed by Russian warplanes in the town of"
    # ("8 in a single strike on the al-Ansari neighborhood")
    r"(?:in\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:massacre|attack|strike|air\s?strike|"
    r"bombing|shelling|raid)s?\s+(?:[\w-]+\s+){0,5}?(?:in|on|at)|in)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|northern|southern|eastern|western|central)\s+)?"
    r"(?:(?:town|village|city|neighbou?rhood|district)\s+of\s+)?$",
    re.I,
)


def part_before(sentence: str, at: int) -> Count | None:
    """The part of a toll told right before a place (at offset ``at``), if any.

    Examples
    --------
    >>> s = "58 people were killed across Syria, 31 of them in Aleppo Province."
    >>> part_before(s, s.index("Aleppo")).value
    31
    >>> part_before(s, s.index("Syria")) is None
    True
    """
    m = _PART_IN.search(sentence, max(0, at - 100), at)
    if m is None:
        # "..., they are 3 in Douma, 2 in Kafr Batna, a child in Harasta and a woman
        # in Saqba": one victim, a part too
        one = _ONE_PART_IN.search(sentence, max(0, at - 40), at)
        if one is None:
            return None
        return Count("killed", 1, 1, 1, one.group(0).strip(" ,"), *one.span(1))
    return _bounded("killed", m, m.group(1), m.group(2))


#: One victim told as a part of a toll, before its place: ", a child in", "and a woman
#: in".
_ONE_PART_IN = gated(
    r"(?:,|\band)\s+((?:a|an|one)\s+(?:child|boy|girl|woman|man|civilian|fighter|"
    r"soldier|person))\s+in\s+(?:the\s+)?(?:(?:town|village|city|neighbou?rhood|"
    r"district)\s+of\s+)?$",
    re.I,
)


_GROUP = gated(
    # "11 children", "five young women", "six of them children"
    rf"\b({_NUM})\s+(?:of\s+(?:them|whom)\s+|\w+\s+)?(children|child|kids|women|woman)\b",
    re.I,
)


def find_groups(text: str) -> dict[str, int]:
    """Victims by group: "including 11 children and five women" -> children 11, women 5.

    Examples
    --------
    >>> find_groups("including 23 children and 17 women")
    {'children': 23, 'women': 17}
    """
    groups: dict[str, int] = {}
    low = text.lower()
    if "child" not in low and "wom" not in low and "kids" not in low:
        return groups
    for m in _GROUP.finditer(text):
        parsed = parse_number(m.group(1))
        if parsed is None:
            continue
        key = (
            "children"
            if m.group(2).lower() in ("children", "child", "kids")
            else "women"
        )
        groups.setdefault(key, parsed[0])
    if ":" in text:
        # a table's row or a record's field: "Killed: 12 | Of whom children: 3"
        for m in _GROUP_FIELD.finditer(text):
            key = "women" if m.group(1).lower() == "women" else "children"
            groups.setdefault(key, int(m.group(2)))
    return groups


#: The dead of a group in a table's row or a record's field: "| Of whom children: 3",
#: "Children killed: 3", "Women: 2" (not "Children injured: 3").
_GROUP_FIELD = gated(
    r"(?:^|\|)\s*(?:(?:of\s+whom|among\s+them|including|incl\.)\s+)?"
    r"(children|child|kids|women)(?:\s+(?:killed|dead))?\s*:\s*(\d{1,5})\b",
    re.I | re.M,
)
