"""Turn an article into per-sentence incident cues: places, dates, tolls, who and what.

For every sentence of every section (see :mod:`geo.text`) this module finds the place
phrases (:mod:`geo.mentions`), date phrases (:mod:`geo.dates`), casualty counts
(:mod:`geo.tolls`), and the words that say something violent happened, by whom, and to
what. It never assigns coordinates; :mod:`geo.geocoding` does, and :mod:`geo.incidents`
turns cues into incidents.

Event types (mapped onto ACLED's event_type / sub_event_type):

=================  =====================================================
event_type         ACLED
=================  =====================================================
airstrike          Explosions/Remote violence - Air/drone strike
barrel bomb        Explosions/Remote violence - Air/drone strike
missile strike     Explosions/Remote violence - Shelling/artillery/missile
shelling           Explosions/Remote violence - Shelling/artillery/missile
chemical           Explosions/Remote violence - Chemical weapon
IED                Explosions/Remote violence - Remote explosive/landmine/IED
sniper             Violence against civilians - Attack
siege              Violence against civilians - Attack (starvation, malnutrition)
armed clash        Battles - Armed clash
territory change   Battles - Government regains territory / NSA takes territory
attack             Violence against civilians - Attack (unspecified means)
protest            Protests - Peaceful protest
strategic devel.   Strategic developments (evacuations, agreements, arrests...)
=================  =====================================================
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from geo.dates import DatePhrase, find_dates
from geo.mentions import DEMAND, find_mentions
from geo.names import name_key
from geo.patterns import Gate, any_in, found_in, gate_words, gated
from geo.schema import Article, Mention
from geo.text import Sentence, normalize_spacing, split_sections
from geo.tolls import Count, find_counts, parse_number

__all__ = [
    "ACLED_EVENT_TYPES",
    "AIR_FORCES",
    "SentenceCues",
    "actor_of",
    "event_type_of",
    "extract_cues",
]

ACLED_EVENT_TYPES = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "barrel bomb": ("Explosions/Remote violence", "Air/drone strike"),
    "missile strike": (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "sniper": ("Violence against civilians", "Attack"),
    # ACLED has no siege type: deaths of hunger under siege are violence against
    # civilians by other means
    "siege": ("Violence against civilians", "Attack"),
    "armed clash": ("Battles", "Armed clash"),
    "territory change": ("Battles", "Non-state actor overtakes territory"),
    "attack": ("Violence against civilians", "Attack"),
    "protest": ("Protests", "Peaceful protest"),
    "strategic development": ("Strategic developments", "Other"),
}
# First match wins: the more specific means before the generic ones.
_EVENT_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "chemical",
        gated(
            r"\b(chlorine|chemical|sarin|toxic gas|incendiary|napalm|thermite|"
            r"white phosphorus|phosphorous|phosphorus|suffocation)\b",
            re.I,
        ),
    ),
    ("barrel bomb", gated(r"\bbarrel[- ]?bomb", re.I)),
    (
        "IED",
        gated(
            r"\b(improvised explosive|IEDs?|car bomb|suicide bomb(?:ers?)?|"
            r"explosive device|"
            r"landmines?|booby|booby-trapped|VBIED|bomb blast|"
            # what an earlier strike left: "an unexploded cluster bomblet exploded"
            r"unexploded|UXOs?)\b",
            re.I,
        ),
    ),
    ("sniper", gated(r"\bsnipers?\b", re.I)),
    ("missile strike", gated(r"\b(missiles?|rockets?)\b", re.I)),
    (
        "airstrike",
        gated(
            r"\b(air ?strikes?|air raids?|raids?|raided|warplanes?|jets?|bombers?|"
            r"bomb(ing|ings|ed|s)?|bombardments?|bombarded|bunker|"
            r"helicopters?|drones?|aerial|sorties|aircrafts?|aviation|planes|"
            r"aerospace|"
            # "a double-tap strike hit their centre": a second strike from the air on
            # the rescuers of the first
            r"double-tap|"
            # air-dropped: "thermobaric munitions were used in an attack on Douma"
            r"thermobaric|"
            # the aircraft by name: "British Tornados struck IS positions" (with a
            # number: _AIRCRAFT)
            r"tornados|tornadoes|rafales?|reapers?)\b",
            re.I,
        ),
    ),
    (
        "shelling",
        gated(
            r"\b(shell(ing|ed|s)?|artillery|mortars?|cannon|howitzers?|"
            r"bombard(ments?|ed|ing|s)?)\b",
            re.I,
        ),
    ),
    (
        "siege",
        gated(
            r"\b(starv(ation|ed|ing|e)|malnutrition|malnourish(ed|ment)|hunger|"
            r"famine)\b",
            re.I,
        ),
    ),
    (
        "armed clash",
        gated(
            r"\b(clash(es|ed)?|fighting|battles?|battled|fought|counter-?attack(?:s|ed|ing)?|"
            r"offensive|ambush(ed)?|repelled|infiltrat(ed|ion)|storm(ed|ing)|"
            r"assaults?|assaulted|"
            # Turkey's word for fighters it killed, wounded or took in battle
            r"neutrali[sz](ed|ing))\b",
            re.I,
        ),
    ),
    (
        "territory change",
        gated(
            r"\b(recaptur(ed|e|es|ing)|captur(ed|e|es|ing)|seiz(e|ed|es|ing)|"
            r"took control|"
            r"retak(e|en|es|ing)|retook|reclaim(ed|s|ing)?|"
            r"taken control|claiming control|regain(ed|ing)?|moved into|overran|"
            r"overruns|overrunning|"
            r"took over|taking|advanced|advances|advance|withdr[ae]w|withdrawn|secured|"
            r"liberat(e|ed|es|ing)|expell(ed|ing)|"
            r"control|controlled|controlling)\b",
            re.I,
        ),
    ),
    (
        "attack",
        gated(
            r"\b(attack(s|ed|ing)?|struck|striking|strikes?|hit|target(ed|ing|s)|"
            r"pound(ed|ing|s)?|killed|kills|kill|"
            r"killing|slain|died|dead|deaths|massacre|destruction|"
            r"destroyed|damaged?|aftermath|devastated|executed|behead(ed|ing)|"
            r"explosions?|blast|shot|shooting|gunmen|gunfire|assassinat(ed|ion)|"
            r"abduct(ed|ion)|kidnap(ped|ping)|tortured?|exchanged|"
            r"detonat(ed|ion|es)|dropped|fired|fire|injur(ed|ing|ies)|wound(ed|ing))\b",
            re.I,
        ),
    ),
    (
        "protest",
        gated(
            r"\b(demonstrat(ion|ions|ors|ed)|protest(s|ed|ers)?|rall(y|ies|ied)|"
            r"sit-in)\b",
            re.I,
        ),
    ),
    (
        "strategic development",
        gated(
            r"\b(evacuat(ed|ion|ions|e|ing|es)|displacement|agreement|negotiations?|"
            r"transferred|surrender(ed)?|arrest(ed|s)?|detain(ed)?|looted|looting|"
            r"reconciliation|handed over|deployed|convoy|reinforcements?|"
            r"checkpoints?|defus(ed|al)|entered|dismantled)\b",
            re.I,
        ),
    ),
]
_ACTORS: list[tuple[str, re.Pattern[str]]] = [
    (
        "Russia/regime",
        gated(
            r"\bRussian?[- ]regime\b|\bregime[- ]Russian?\b"
            # ACLED's "Syrian or Russian warplanes": one of the two
            # ("Government and Russian jets carried out dozens of strikes")
            r"|\b(?:Syrian|regime|government|pro-government)\s+(?:and/or|or|and)\s+"
            r"Russian\b"
            r"|\bRussian\s+(?:and/or|or|and)\s+(?:Syrian|regime|government)\b",
            re.I,
        ),
    ),
    (
        "US-led coalition",
        # "Coalition warplanes", not the opposition's "National Coalition"
        gated(
            # not the Saudi-led coalition in Yemen
            r"\b(US-led|(?<!National )(?<!opposition )(?<!Saudi-led )(?<!Arab )"
            r"[Cc]oalition|American|"
            r"United States|"
            # "US special forces raided a village": not the pronoun "us"
            # ("Suspected US Drone Kills ...": a headline's capitals)
            r"US\s+(?i:special\s+forces|troops|forces|soldiers|commandos|marines|military|"
            r"warplanes|jets|aircraft|planes|drones?|air\s?strikes?|strikes?)|"
            # the coalition's members' aircraft: "French warplanes struck Raqqa"
            r"(?:French|British|RAF|Jordanian|Australian|Belgian|Dutch|Danish|"
            r"Canadian)\s+(?:(?:(?:Rafale|Tornado|Typhoon|Mirage|F-16|F-35|F/A-18|Reaper)\s+)?"
            r"(?:war)?(?:planes|jets|aircraft|air force|drones?|bombers?)|Rafales?|"
            # ("a Jordanian F-16 struck IS positions")
            r"Tornados?|Tornadoes|Typhoons?|Mirages?|F-16s?|F-35s?|Reapers?))\b"
            # "a U.S. drone strike" ("U.S." ends in a full stop: no word boundary)
            r"|\bU\.S\.(?!\w)"
        ),
    ),
    ("Israel", gated(r"\b(Israeli?|Zionist|IDF|Israel Defen[cs]e Forces)\b")),
    # Turkey's operations, fought with the rebels it backs
    (
        "Turkey",
        # (and its armed forces' acronym: "the TSK said its jets destroyed ...")
        gated(
            r"\bTurk(ish|ey)\b(?!-backed)|\b(?i:Olive Branch|Euphrates Shield)\b|"
            # "Ankara's tanks", "Erdogan's army": the country by its capital, its leader
            r"\bTSK\b|\b(?:Ankara|Erdogan|Erdoğan)['’]s\b"
        ),
    ),
    (
        "Islamic State",
        gated(
            r"\b(Islamic State|ISIS|ISIL|Daesh|IS"
            # its news agency speaks for it alone: "Amaq said its fighters killed"
            r"|Amaq"
            # its affiliate in the Yarmouk basin of Dar'a, 2016-2018
            # ("Jaish Khalid claimed the attack")
            r"|Ja[iy]sh\s+Kh[ae]l[ie]d(?!\s+(?:[Ii]bn|[Bb]in)\b)"
            r"|Kh[ae]l[ie]d\s+(?:[Ii]bn|[Bb]in)\s+(?:[Aa]l[- ]?)?Walid"
            # not the street, mosque or school named after the companion
            r"(?!\s+(?:Street|Road|Avenue|Square|Mosque|School|Stadium|Hospital|"
            r"Neighbou?rhood|District)\b))\b"
        ),
    ),
    # (and what its own and allied media call it: "the Syrian Army and the
    # Resistance liberated Qara", "the Islamic Resistance in Lebanon")
    (
        "Hezbollah",
        gated(
            r"\bHezbollah\b|\bIslamic Resistance in Lebanon\b|"
            r"\b(?:the|The) Resistance\b(?!\s+(?:Movement|Front|Council|Party|of)\b)"
        ),
    ),
    (
        "Kurdish YPG/SDF",
        # "Kurdish fighters", not "a Kurdish wedding" nor "Kurdish officials"
        gated(
            r"\b(YPG|YPJ|SDF|QSD|PYD|Asayish|Syrian Democratic Forces|"
            # the groups under them ("the Afrin Liberation Forces (HRE)")
            r"Afrin Liberation Forces|HRE|Manbij Military Council|"
            # the SDF's Arab component, and Turkey's name for them all
            r"Jaysh al-Thuwar|Jaish al-Thuwar|(?-i:PKK)|"
            r"People['’]s Protection Units|Women['’]s Protection Units|"
            r"Kurdish(?:-led)? (?:forces|fighters|militias?|units|troops|gunmen|"
            r"snipers?|artillery|police|YPG|SDF)|"
            # the SDF, as the press called them from 2016 ("US-backed forces
            # attacked Raqqa"; not "US-backed rebels")
            r"U\.?S\.?-(?:backed|allied) (?:Kurdish-led |Arab-Kurdish |"
            r"Kurdish-Arab |Syrian )?(?:forces|fighters|militias?|alliance|troops))\b"
        ),
    ),
    # (and its private army, Wagner)
    # and the aircraft only Russia flies in Syria ("Su-34 bombers", "Tu-22M3
    # long-range bombers")
    (
        "Russia",
        gated(
            r"\bRussian?s?\b|\bMoscow\b|\bWagner\b|"
            # "Putin's jets": the country by its leader
            r"\bPutin['’]s\b|"
            r"\b(?:Su-3[45]|Tu-(?:22(?:M3)?|95(?:MS)?|160))\b"
        ),
    ),
    (
        "regime",
        gated(
            r"\b(regime|pro-Assad|Assad forces|"
            r"Assad['’]s\s+(?:forces|troops|army|regime|government|militias|loyalists|"
            r"air\s+force|warplanes|jets|helicopters|aircraft|artillery)|"
            r"(?<!Free )(?<!free )Syrian (Arab )?(army|military|troops|"
            r"soldiers|air force|government|warplanes|jets|helicopters|artillery)|"
            r"(pro-)?government (forces|troops|helicopters|warplanes|jets|aircraft|"
            r"artillery|militias?|militiamen|shelling|bombardment|air ?strikes?|"
            # ("a government rocket struck a crowded street")
            r"barrel bombs?|rockets?|snipers?|shells|mortars?|missiles?|planes|raids?|"
            # ("killed in a government attack", "the government offensive")
            r"attacks?|offensives?|counter-?offensives?|assaults?|sieges?|blockade|"
            r"advances?|bombing|strikes?|fire)\b"
            r"|(?-i:SAA)|loyalist|"
            # "pro-government fighters captured the Hanano district"
            r"pro-government (?:fighters|gunmen|units|paramilitar(?:y|ies)|"
            r"armed groups)|"
            # in Syrian news "the army" unqualified is the government's
            r"(?-i:[Tt]he army)|"
            # and "the government and its allies launched a fresh offensive"
            r"(?-i:[Tt]he) government(?:['’]s)? (?:and its allies|and allied "
            r"(?:forces|militias|fighters))|"
            # who an inquiry blamed: "blamed the government for chlorine attacks",
            # "found the government responsible", "the government was responsible"
            r"(?:(?<=blamed )|(?<=blames )|(?<=blaming )|(?<=found ))(?-i:the) "
            r"government\b(?!\s+of\b)|"
            r"(?-i:[Tt]he) government (?:was|is|were) (?:also |directly )?responsible\b|"
            # ("Army air force carried out concentrated sorties", as SANA writes)
            r"army units?|(?-i:[Aa]rmy) air force|Military Forces of Syria|"
            # the regime's allies' men: "Iran-backed militias shelled Douma"
            r"(?:Iran(?:ian)?|Tehran|Russian?|Moscow|Kremlin)-backed (?:forces|"
            r"militias?|militiamen|fighters|troops|gunmen|paramilitar(?:y|ies))|"
            r"NDF|National Defen[cs]e Forces?|Tiger Forces|"
            # the UN's words: "Government of Syria (GoS) forces"
            r"Government of Syria|(?-i:GoS)|"
            # "Security forces opened fire on demonstrators" (not another country's)
            r"(?<!Kurdish )(?<!Turkish )(?<!Lebanese )(?<!Iraqi )(?<!Jordanian )"
            r"(?<!Israeli )(?<!Asayish )(?<!Kurdish-led )security forces|"
            # the army's named units: "the Republican Guard continued its advance"
            r"Republican Guards?|(?:4th|Fourth) (?:Armou?red )?Division|Desert Hawks|"
            r"Suqur al-Sahraa?|Qalamoun Shield|"
            # the Tiger Forces' later name
            r"(?:25th )?Special (?:Mission|Tasks) Forces(?: Division)?|"
            # Iran's and its allied militias fight on the regime's side
            r"Iranian(-backed)? (\w+ )?(forces|militias?|fighters|troops)|IRGC|"
            r"Revolutionary Guards?|Shiite militias?|Fatemiyoun|Liwa al-Quds|"
            # ("Iraqi Shia militias advanced", "Afghan Shia fighters")
            r"Iraqi (Shi(?:ite|a|['’]ite) )?militias?|Shia militias?|Nujaba|"
            r"Afghan (?:Shi(?:ite|a) )?(?:fighters|militias?|militiamen)|Zainabiyoun|"
            r"Popular Mobili[sz]ation (?:Forces|Units)|"
            r"Hashd al-Shaabi)\b",
            re.I,
        ),
    ),
    (
        "rebels",
        gated(
            r"\b(rebels?|FSA|Free (?:Syrian|Idlib|Idleb) Army|opposition fighters|"
            # Turkey's proxies, the Syrian National Army: "the Turkish-backed
            # fighters seized Tal Abyad"
            r"Turk(?:ish|ey)-backed (?:Syrian )?(?:fighters|factions|forces|militias?|"
            r"groups|militants|gunmen)|"
            r"insurgents|Jabhat|Nusra|HTS|Tahrir[- ]al[- ]Sham|Ahrar|(?-i:AAS)|"
            r"Syria Liberation Front|Islamist militias?|"
            # the coalitions of 2018: in Idlib, and Turkey's in the north
            r"National Liberation Front|NLF|Syrian National Army|(?-i:SNA)|"
            # the government's word for the armed opposition
            r"terrorist (?:organi[sz]ations?|groups?|factions?|attacks?)|"
            r"Jaysh al-Islam|Army of Islam|Islam Army|"
            r"Jaish al-Islam|Faylaq al-Rahman|Al[- ]Rahman Corps?|Suq[uo]+r al-Sham|"
            # (SOHR's "the fighters of the Islamic factions", "Islamic battalions")
            r"Islamist factions?|Islamic factions?|Islami(?:c|st) battalions|factions|"
            r"faction fighters|"
            r"Jaish al-Fatah|Jaysh al-Fatah|Jaish al-Fateh|Jaysh al-Fateh|"
            r"Army of Conquest|JFS|Fateh al-Sham|Fatah al-Sham|"
            # (the whole name: "a commander of the Nour al-Din al-Zinki movement")
            r"N[ou]+r[ -](?:al|el|ad)?-?[ -]?Din[ -](?:al|el)?-?[ -]?Z[ie]nki|Zinki|Zenki|"
            r"Failaq al-Sham|Faylaq al-Sham|Sultan Murad|Hamza Division|"
            r"Southern Front|Jaish al-Izza|Jaysh al-Izza|al-Qaeda|al-Qaida|"
            r"Jund al-Aqsa|"
            r"Levant Front|Shamiya Front|Jaish al-Nasr|Jaysh al-Nasr|"
            r"Mu['’]?tasim (?:Brigade|Division)|"
            # the UN's words for them ("shelling ... by non-state armed groups")
            r"non-state armed (?:opposition )?groups?|NSAGs?|armed opposition groups?|"
            # the UN's and the Commission of Inquiry's word for them, unqualified
            r"(?<!government )(?<!kurdish )(?<!iraqi )(?<!shia )(?<!shiite )"
            r"(?<!palestinian )(?<!iranian )(?<!foreign )(?<!regime )(?<!loyalist )"
            r"(?<!Government )(?<!Kurdish )(?<!Iraqi )(?<!Shia )(?<!Shiite )"
            r"(?<!Palestinian )(?<!Iranian )(?<!Foreign )(?<!Regime )(?<!Loyalist )"
            r"armed groups|"
            # Russia's word for the rebels it bombs
            r"(?:so-called )?moderate opposition|"
            # Russia's military's words for them ("illegal armed formations
            # shelled the settlements of Jobar and Harasta")
            r"illegal armed (?:formations?|groups?)|"
            # Syrian state media's word for the armed opposition
            r"terrorists)\b",
            re.I,
        ),
    ),
]
_TARGETS = gated(
    r"\b(field hospital|hospitals?|medical facilit(y|ies)|health facilit(y|ies)|"
    r"health cent(?:re|er)s?|medical (?:cent(?:re|er)|point)s?|clinics?|blood banks?|"
    r"schools?|kindergartens?|universit(?:y|ies)|mosques?|markets?|bakery|bakeries|"
    r"aid convoy|convoys?|bus (?:station|stop)s?|"
    # rescuers and what keeps a town alive
    r"civil defen[cs]e (?:cent(?:re|er)|headquarters|station|team)s?|"
    r"White Helmets (?:cent(?:re|er)|headquarters|base|station)s?|ambulances?|"
    # (not the oil pipeline's "T2 pumping station", a landmark that names a place)
    r"water (?:station|plant|pumping station)s?|(?<![Tt]\d )pumping stations?|"
    r"power (?:station|plant)s?|churche?s?|"
    r"homes|houses|residential|camp|"
    # "a barrel bomb hit their home"
    # (not "the Damascus Opera House": the a of "Opera" is no article)
    r"(?:(?<=their )|(?<=his )|(?<=her )|(?<=\ba )|(?<=family )|(?<=family's ))"
    r"(?:home|house))\b",
    re.I,
)
#: A home left, not hit: "fled her home", "returned to their house".
_LEFT_HOME = gated(
    r"\b(?:fled|flee|fleeing|left|leave|leaving|abandoned|returned\s+to|return\s+to|"
    r"back\s+to|stayed\s+(?:in|at)|at)\s+(?:their|his|her|a|the\s+family's)\s+$",
    re.I,
)
# Hypothetical, denied or future events are not incidents.
_NOT_EVENT = gated(
    r"\b(threaten(ed|s|ing)?|would|will|could|might|must|(?:un)?likely to|plans? to|"
    # "A UN convoy ... has been waiting for permission for two weeks": nothing yet
    r"(?:waiting|waited|awaiting|awaits|wait)\s+(?:for\s+)?(?:permission|approval|"
    r"clearance|authori[sz]ation|the\s+green\s+light)|"
    # "Jund al-Aqsa was accused of assassinating several Ahrar commanders": alleged
    r"(?:was|were|is|are|been|being)\s+(?:widely\s+)?(?:accused|suspected)\s+of\s+"
    r"[a-z]+ing|"
    # "Kafranbel is known for the banners its residents carried in the protests"
    r"(?:is|was|are|were|became)\s+(?:best\s+|widely\s+)?(?:known|famous|renowned)\s+"
    r"for|"
    r"called for|"
    r"calls? for|"
    # "demanded that all parties stop attacks in Aleppo": what was asked for
    r"(?:demand(?:ed|s|ing)?|urg(?:ed|es|ing)|insist(?:ed|s|ing)?)\s+that\b|"
    r"scrambled|"
    # "A car packed with explosives was defused near the hospital": none went off
    r"(?:was|were|been|being)\s+(?:safely\s+)?(?:defused|dismantled|disarmed)|"
    r"denied|denies|deny|pause|ceasefire|cease-fire|warned|if|planning|preparing|"
    r"stalled|stopped|halted|ceased|cease|calls? to|expected to|set to|poised to|"
    r"about to|(?:is|are|was|were) due to (?!(?:the|a|an|its|their|his|her)\b)|"
    # "said it had suspended its airstrikes on Aleppo for a tenth day": none flown
    r"suspend(?:ed|s|ing)?\s+(?:its\s+|their\s+|the\s+|all\s+)?(?:[\w-]+\s+)?"
    r"(?:air\s?strikes|raids|bombing|bombardment|strikes|flights|sorties|shelling)|"
    r"vow(s|ed)? to|intends? to|intended to|"
    # "They want to starve us into surrender": what is sought, not done
    r"wants? to|wanted to|seeks? to|sought to|aims? to|hopes? to|hoped to|"
    # "the bombing of hospitals in eastern Aleppo is not acceptable": deeds judged
    # in general
    r"(?:is|are)\s+(?:not\s+acceptable|unacceptable|intolerable|inexcusable))\b"
    # '"Attacking a busy market in broad daylight is a war crime," said': a deed of
    # a kind, judged (its subject a gerund), no event
    r"|^\W*(?:deliberately\s+|indiscriminately\s+)?(?:attacking|bombing|targeting|"
    r"shelling|besieging|starving|killing)\b[^.;]{0,80}?\b(?:is|are)\s+(?:a\s+|an\s+)?"
    r"(?:clear\s+|flagrant\s+|blatant\s+)?(?:war\s+crimes?|crimes?|unlawful|illegal|"
    r"prohibited|violations?)\b"
    # '"The cluster attacks on Idlib show contempt for civilian lives," said': deeds
    # told before, judged (their subject a noun), no event
    r"|^\W*the\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|air ?strikes|raids|bombings|"
    r"bombardment|shelling)\s+(?:on|of|in|against)\s+[^.;,\d]{1,60}?\s+(?:show|showed|"
    r"shows|demonstrates?|demonstrated|reveals?|revealed|proves?|proved|amounts?\s+to|"
    r"amounted\s+to|constitutes?|constituted|(?:is|are|was|were)\s+(?:a\s+|an\s+)?"
    r"(?:clear\s+|flagrant\s+|blatant\s+)?(?:war\s+crimes?|crimes?|unlawful|illegal|"
    r"violations?|breach(?:es)?))\b"
    # "The advance brings the jihadists to within 5 km of Qomhana": how near a deed
    # told before brought them, no deed of its own
    r"|^\W*(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?(?:advance|offensive|push|"
    r"gains?|assault|attack|capture)\s+(?:brings|brought|puts|put|leaves|left|takes|"
    r"took)\s+(?:[\w-]+\s+){1,3}?(?:to\s+)?within\b"
    # "the bodies of 4 fighters were returned to their families in Tartus": where the
    # dead were brought, not where they fell
    r"|\bbod(?:y|ies)\s+of\s+[^.;]{0,50}?\b(?:were|was|have\s+been|had\s+been|"
    r"being)\s+(?:returned|handed\s+over|delivered|repatriated|buried|laid\s+to\s+rest|"
    r"exchanged|received)\b"
    r"|\bfunerals?\s+(?:of|for)\b[^.;]{0,60}?\b(?:was|were|will\s+be)\s+held\b"
    # "the coalition had resumed air support for its offensive on Raqqa": help given
    # or withheld, no deed of a day
    r"|\b(?:resum(?:ed|es|ing)|provid(?:ed|es|ing)|offer(?:ed|s|ing)|end(?:ed|s|ing)|"
    r"halt(?:ed|s|ing)|cut|cutting|stepp(?:ed|ing)\s+up)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:air\s+|military\s+|logistical\s+)?support\s+(?:for|to)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:offensive|campaign|operations?|advance|push|assault|"
    r"fight)\b"
    # "On the Ground News speaks to a resident about the offensive — including
    # constant shelling and bombing, and chlorine attack": a talk about them
    r"|\b(?:speaks|spoke|speaking|talks|talked|talking)\s+(?:to|with)\s+[^.;]{1,60}?"
    r"\babout\b"
    # "Aleppo is being subjected to daily bombings": what keeps happening, no event
    r"|\b(?:subjected to|suffering|suffers|suffer|enduring|endures|endure|facing|faces)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:daily|nightly|constant|continuous|relentless|regular)\b"
    # "Residents fear a massacre in Aleppo": what may come
    r"|\b(?:fear|fears|feared)\s+(?:of\s+)?(?:a|an|another|new|more|further)\b"
    # "Every day we hear the planes": what keeps happening, no event
    r"|\bevery\s+(?:single\s+)?(?:day|night|morning|evening)\s+(?:we|they|i|you|"
    r"people|residents)\b"
    # (not "It is not clear who carried out Tuesday's airstrike": who did it is
    # unknown, not whether it was done)
    r"|\b(not|never)\s+(?!(?:immediately\s+|yet\s+)?(?:clear|known|certain)\s+"
    r"(?:who|which|whose)\b)(\w+\s+){0,2}(flown|approached|struck|attacked|bombed|hit|"
    r"targeted|carried out|launched|restarted|strike|attack|bomb|target|shell|"
    r"shelled|kill|killed)\b"
    # the deed just told, counted: "It was the third suspected chemical attack on the
    # Eastern Ghouta this year", "It was the second time the hospital had been hit"
    r"|^\s*(?:It|This|That)\s+(?:was|is|marks|marked)\s+the\s+(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\b"
    # a denial: "No Russian aircraft carried out missions near Damascus"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:aircraft|warplanes?|jets?|planes?|helicopters?)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:carried\s+out|conducted|flew|flown|struck|hit|"
    r"attacked|bombed|took\s+part|participated)\b",
    re.I,
)
#: Whom or what a deed stopped: "stopped a convoy", "halted two buses".
_STOPPED_WHOM = gated(
    r"\s+(?:a|an|the|two|three|four|five|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:convoys?|bus|buses|cars?|vehicles?|trucks?|ambulances?|people|civilians|men|"
    r"women|evacuees|families)\b",
    re.I,
)
#: A whole battle's toll, told with no day: "More than 430 civilians were killed during
#: the battle" (not "killed during the offensive on Khan Tuman on Monday").
_WHOLE_BATTLE = gated(r"\bduring the (\w+[- ])?(battle|offensive|siege|campaign)\b")
#: A battle told as one deed: "following a fierce battle with the jihadist rebels";
#: "during the battle" after it is that one ("over 25 jihadists were killed during the
#: battle"), not a campaign's whole.
_A_BATTLE = gated(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?battle\b(?!\s+(?:for|of|over)\b)", re.I
)
_THE_BATTLE_TOLD = gated(r"\bduring the battle\b(?!\s+(?:for|of|over|to)\b)")
# Running totals ("have killed more than 600 since September 19") are not incidents.
#: The months' names, and those cut short too ("Oct.", "Sept").
_MONTH_LIST = (
    r"January|February|March|April|May|June|July|August|September|October|"
    r"November|December"
)
_MONTH_NAMES = rf"(?:{_MONTH_LIST})"
_MONTH_OR_ABBR = (
    rf"(?:{_MONTH_LIST}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_CUMULATIVE = gated(
    # (not a place: "Throughout the country, at least 112 people died on Tuesday")
    r"\b(since|throughout(?!\s+(?:the\s+)?(?:country|Syria|province|governorate|"
    r"region|city|north|south|east|west|northern|southern|eastern|western)\b)|"
    r"so far|in total|to date|"
    # "over the past 24 hours" is a day's news, not a running total
    r"(over|in) the (past|last)(?! (24|48|twenty-four|few|several) hours| day\b|"
    r" (two|three|2|3) days\b)|"
    r"in recent (days|weeks|months)|the conflict|"
    # "The regime has killed 400 people in the Ghouta this month alone"
    r"(?:this|last) (?:week|month|year) alone|"
    r"the war|stopped counting)\b"
    # a toll of a long stretch of violence: "the death toll from a week of
    # bombardment had risen to 225", "in three days of air strikes", "the month-long
    # offensive"
    r"|\b(?:from|in|over|during|after|followed|follows|following|ended|ends|capped|"
    r"caps)\s+(?:(?:a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many|\d+)\s+(?:weeks?|months?)|(?:three|four|five|six|"
    r"seven|eight|nine|ten|several|many|[3-9]|\d\d)\s+days)\s+of\b"
    r"|\b(?:week|month)-long\b"
    # "in the three-week offensive", "a two-month campaign"
    r"|\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)-(?:week|month)|"
    r"(?:three|four|five|six|seven|eight|nine|ten|several|[3-9]|\d\d)-day)\s+"
    r"(?:[\w-]+\s+)?(?:offensive|campaign|battle|assault|siege|operation|bombardment|"
    r"fight|fighting)\b"
    # "killing at least 70 people over the weekend": the toll of two days and more
    r"|\b(?:over|during|throughout)\s+the\s+(?:past\s+|last\s+)?weekend\b"
    # a rate: "on average one Syrian had been killed every 25 minutes"
    r"|\bon\s+average\b|\bevery\s+(?:\d+|two|three|four|five|six|ten|twelve|"
    r"fifteen|twenty|[a-z]+-[a-z]+|few)\s+(?:seconds|minutes|hours|days)\b"
    # a span of days: "Between 1 and 15 March, ... recorded 214 deaths", "from 19 to
    # 22 September"
    # (or across months: "Between 29 April and 13 May")
    r"|\b(?:between|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
    rf"(?:\s+(?:of\s+)?{_MONTH_NAMES})?\s+(?:and|to|-|–)\s+"
    rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAMES}\b"
    # "between October 1 and 7", "from March 3 to March 9"
    rf"|\b(?:between|from)\s+{_MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:and|to|-|–)\s+(?:{_MONTH_NAMES}\s+)?\d{{1,2}}\b",
    re.I,
)
_NATIONAL = gated(
    # ("Across the country, at least 112 people died": a sentence's first word too)
    r"\b((?i:across|throughout) Syria|in Syria|(?i:nationwide)|"
    r"(?i:across|throughout) the country|(?i:countrywide)|"
    # "across northern Syria": a part of the country, no place
    r"across\s+(?:(?:north|south|east|west)(?:ern)?|north-?(?:east|west)(?:ern)?|"
    r"south-?(?:east|west)(?:ern)?|central)\s+Syria)\b"
    # (not "in Syria's rebel-held northwest": a part of the country)
    r"(?!['’]s\b)"
)
# Monitors' tallies with no place are national when large ("the LCC recorded the
# killing of 127 people on Tuesday"); a small one tells of the story's own place.
_MONITOR = gated(
    r"\b(Local Coordination Committees|LCC|Syrian Observatory|SOHR|"
    r"Violations Documentation|Syrian Network for Human Rights|SNHR|"
    # ("The report also documented the killing of 127 people": a sentence's start)
    r"(?i:the\s+report\s+(?:said|(?:also\s+)?(?:documented|recorded))))\b"
)
NATIONAL_TALLY_MIN = 50
_LOWER_WORD = gated(r"(?<![\w'’-])[a-z][a-z'’-]+\b")


class _Names(Protocol):
    def has_key(self, name: str) -> bool: ...
    def has_light_key(self, name: str) -> bool: ...
    def names_governorate(self, name: str) -> bool: ...
    def has_name_word(self, word: str) -> bool: ...


@dataclass(slots=True)
class SentenceCues:
    """Everything one sentence says towards an incident."""

    article_id: str
    section: int
    section_kind: str
    sentence: Sentence
    mentions: list[Mention]
    dates: list[DatePhrase]  # only where something happened (a trigger or a count)
    counts: list[Count]  # empty for running totals ("600 killed since September")
    event_type: str | None
    trigger: str | None
    actor: str | None
    target: str | None
    hedged: bool  # threatened, denied, negated, future
    national: bool  # a national tally ("across Syria", "the LCC documented")
    headline: bool = False
    section_time: str = ""  # "1245 GMT" for a live-blog update
    extra: dict[str, object] = field(default_factory=dict)


_PRIORITY = {event_type: i for i, (event_type, _) in enumerate(_EVENT_WORDS)}
_TERRITORY = _PRIORITY["territory change"]
_WORD = gated(r"[a-z][a-z-]*")
_word_types: dict[str, str | None] = {}
_TYPED_WORDS: dict[str, int] = {}  # the words of _word_types that tell a type: rank


_CHEMICAL_WORD = gated(
    r"chlorine|chemical|sarin|incendiary|napalm|phosphorous|phosphorus"
)


def _type_of_word(word: str) -> str | None:
    """The most specific event type a single word triggers (memoised)."""
    if word not in _word_types:
        found = next((t for t, p in _EVENT_WORDS if p.fullmatch(word)), None)
        if found is None and "-" in word:
            # "chlorine-filled barrels", "napalm-laden": the weapon in a compound
            found = next(
                (
                    "chemical"
                    for part in word.split("-")
                    if _CHEMICAL_WORD.fullmatch(part)
                ),
                None,
            )
        _word_types[word] = found
        if found is not None:
            _TYPED_WORDS[word] = _PRIORITY[found]
    return _word_types[word]


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_TOKEN_CHARS = _LETTERS | {"-"}


def _token_at(low: str, word: str) -> int:
    """Where ``word`` is first one of the tokens ``_WORD`` finds in ``low`` (which holds
    it): a letter begins a token unless a letter, or hyphens after one, come before."""
    at = low.find(word)
    while at >= 0:
        end = at + len(word)
        if end == len(low) or low[end] not in _TOKEN_CHARS:
            before = at
            while before > 0 and low[before - 1] == "-":
                before -= 1
            if before == 0 or low[before - 1] not in _LETTERS:
                return at
        at = low.find(word, at + 1)
    return low.find(word)  # not reached: the word is one of the tokens of low


def event_type_of(text: str) -> tuple[str | None, str | None]:
    """The event type of a text (a sentence or a clause) and the words that tell it.

    Examples
    --------
    >>> event_type_of("warplanes carried out 3 airstrikes on Khan Sheikhoun")
    ('airstrike', 'warplanes')
    """
    return _event(text)


def actor_of(text: str) -> str | None:
    """Who acted, as a text (a sentence or a clause) tells it; None when it names none.

    Examples
    --------
    >>> actor_of("as Russian warplanes struck al-Latamna")
    'Russia'
    """
    return _actor(text)


def side_of(text: str) -> str | None:
    """The first belligerent a text names, whatever it did or suffered; None when it
    names none.

    Examples
    --------
    >>> side_of("nine Islamic State fighters were killed"), side_of("five civilians")
    ('Islamic State', None)
    """
    low = text.lower()
    found = [
        (m.start(), actor)
        for actor, pattern, case, words in _GATED_ACTORS
        if any_in(text if case else low, words)
        and (m := pattern.search(text)) is not None
    ]
    return min(found)[1] if found else None


def _event(sentence: str) -> tuple[str | None, str | None]:
    """The event type of a sentence: its most specific trigger word or phrase; what
    backed the deed is not it ("The FSA, backed by Turkish artillery, took control
    of Sosyan": ground taken, not shelling), unless nothing else happened."""
    low = sentence.lower()
    if any_in(low, _HABIT_WORDS):
        # "the Nusra Front, which has frequently clashed with the FSA there": what
        # happens now and then is no event
        low = _HABIT.sub(lambda m: " " * len(m.group(0)), low)
    if ("pause" in low or "lull" in low or "halt" in low or "suspension" in low) and (
        lull := _LULL.search(low)
    ) is not None:
        # "renewed the ground offensive following a three-week pause in airstrikes":
        # what paused is not what was done
        found = _event_in(
            sentence,
            low[: lull.start()] + " " * (lull.end() - lull.start()) + low[lull.end() :],
        )
        if found[0] is not None:
            return found
    if (
        ("drop" in low or "scatter" in low or "shower" in low)
        and any_in(low, _DROPPED_THINGS)
        and (leaflets := _LEAFLETS.search(low)) is not None
    ):
        # "Warplanes dropped leaflets on eastern Aleppo urging residents to leave":
        # the aircraft struck nothing (unless the sentence tells a strike besides)
        return _event_in(
            sentence,
            low[: leaflets.start()]
            + " " * (leaflets.end() - leaflets.start())
            + low[leaflets.end() :],
        )
    if "came" in low and (came := _CAME_AS.match(low)) is not None:
        # "The bombings came as the US and Russia announced a truce": the deeds told
        # before, and when; "The advance came a day after fighters captured
        # Hanano": the deed it came after
        return _event_in(sentence, " " * came.end() + low[came.end() :])
    if (
        low[:6].lstrip().startswith("since")
        and (began := _SINCE_BEGAN.match(low)) is not None
    ):
        # "Since the offensive to isolate Raqqa began in November, the SDF has taken
        # more than 2,000 square kilometres": the offensive only says since when
        return _event_in(sentence, " " * began.end() + low[began.end() :])
    if (anchor := _FRONTED_ANCHOR.match(low)) is not None:
        # "Hours after the bombing, Turkish troops fired on protesters": the event
        # told to say when is not the sentence's, unless nothing else happened
        found = _event_in(sentence, " " * anchor.end() + low[anchor.end() :])
        if found[0] is not None:
            return found
    if ("after" in low or "following" in low) and (
        prepared := _AFTER_MEANS.search(low)
    ) is not None:
        # "Regime forces advanced on the Marj area after heavy shelling, taking the
        # villages of Bala and Zebdin": ground taken, the shelling that prepared it
        # told to say how
        found = _event_in(
            sentence,
            low[: prepared.start()]
            + " " * (prepared.end() - prepared.start())
            + low[prepared.end() :],
        )
        if found[0] == "territory change":
            return found
    if any_in(low, _SUPPORT_WORDS) and _backing_that_killed(low) is None:
        unbacked = _SUPPORT.sub(lambda m: " " * len(m.group(0)), low)
        if unbacked != low:
            found = _event_in(sentence, unbacked)
            if found[0] is not None:
                return found
    return _event_in(sentence, low)


#: What aircraft drop that strikes no one (every match of _LEAFLETS holds one).
_DROPPED_THINGS = gate_words(
    (
        "leaflets",
        "food",
        "aid",
        "medicine",
        "supplies",
        "rations",
        "provisions",
        "humanitarian",
    )
)
#: Quarters of a city told: "the neighbourhoods of al-Mashhad, al-Sukkari", "the
#: Salaheddine neighbourhood".
_CITY_QUARTERS_TOLD = gated(
    r"\b(?:neighbou?rhoods?|districts?|quarters?)\s+of\b|\s(?:neighbou?rhood|quarter)\b",
    re.I,
)
#: Leaflets dropped, and the aircraft that dropped them: "Warplanes dropped leaflets".
_LEAFLETS = gated(
    r"(?:\b(?:[\w-]+\s+){0,2}?(?:warplanes?|jets?|aircraft|planes?|helicopters?|"
    r"drones?)\s+(?:[\w-]+\s+)?)?\b(?:dropped|dropping|drop|drops|scattered|showered|"
    r"airdropped|air-dropped)\s+"
    # ("Government planes dropped food aid over the besieged districts")
    r"(?:(?!(?:cluster\s+)?(?:bombs?|barrels?|missiles?|rockets?|shells?|munitions|"
    r"explosives|bombs)\b)[\w,-]+\s+){0,4}?"
    r"(?:leaflets|food|aid|medicine|medical\s+supplies|supplies|"
    r"rations|provisions|humanitarian)\b"
)
#: Deeds told before, come back to say when: "The bombings came as", "The attack came
#: a day after".
_CAME_AS = gated(
    r"\s*(?:the|this|these|that|those|its|their)\s+(?:[\w-]+\s+){0,2}?(?:bombings?|"
    r"attacks?|strikes?|air ?strikes?|blasts?|explosions?|killings?|massacres?|"
    r"offensive|assault|advance|raids?|shelling|violence|fighting|clashes"
    # "The fall of Palmyra came as pro-government forces pushed deeper into Aleppo"
    r"|(?:fall|capture|recapture|loss|seizure)\s+of\s+[^,.;:]{1,60}?)\s+"
    r"(?:came|come|comes)\b"
)
#: A base set up: "established a headquarters", "set up an observation post".
_BASE_SET_UP = gated(
    r"\b(?:established|establishing|establishes|set\s+up|setting\s+up|sets\s+up)\s+"
    r"(?:a|an|its|their|new|a\s+new)\s+(?:[\w-]+\s+){0,2}?(?:headquarters|base|"
    r"observation\s+(?:post|point)s?|military\s+posts?|outposts?|checkpoints?)\b",
    re.I,
)
#: A pause in deeds, told to say when: "following a three-week pause in airstrikes".
_LULL = gated(
    r"\b(?:following|after|ending|ended)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:pause|lull|halt|suspension)\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:air ?strikes|"
    r"bombing|bombardment|raids|shelling|fighting|attacks)\b"
)
#: An event told first to say when the sentence's happened: "Hours after the bombing,",
#: "Shortly before the attack,".
_FRONTED_ANCHOR = gated(
    r"\s*(?:[\w-]+\s+){0,2}?(?:after|before|following)\s+(?:the|that|this)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:bombings?|attacks?|strikes?|air ?strikes?|raids?|"
    r"explosions?|blasts?|massacre|shelling)\s*,"
    # "Following the capture of Tal al-Kabani, the air force struck Jisr al-Shughour"
    r"|\s*(?:[\w-]+\s+){0,2}?(?:after|following)\s+(?:the|its|their)\s+(?:capture|"
    r"fall|liberation|seizure|recapture|loss)\s+of\s+[^,;:.]{1,60},"
)
#: When a stretch of time began, told first: "Since the offensive to isolate Raqqa
#: began in November," (what it tells is no deed of the sentence's).
_SINCE_BEGAN = gated(
    r"\s*since\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:offensive|campaign|"
    r"operation|assault|battle|siege|war|uprising|bombing|bombardment)\b[^,;:.]{0,60}?"
    r"\s(?:began|started|was\s+launched|was\s+imposed|opened)\b[^,;:.]{0,30},"
)


def _backing_that_killed(low: str) -> re.Match[str] | None:
    """What backed the deed, when it killed of itself: "The regime's advance was backed
    by Russian airstrikes, which killed at least 16 civilians" (the strikes are the
    event)."""
    if "which " not in low and "that " not in low:
        return None
    for m in _SUPPORT.finditer(low):
        if _KILLED_AFTER.match(low, m.end()):
            return m
    return None


#: Who works at a place named next: "a surgeon at (a field hospital)", "the director
#: of (the hospital)".
_WORKPLACE_BEFORE = gated(
    r"\b(?:surgeon|doctor|physician|nurse|director|manager|head|staff(?:\s+member)?|"
    r"worker|employee|teacher|principal|volunteer|paramedic|spokesman|spokeswoman|"
    r"official|pharmacist|imam)s?\s+(?:at|of|in|from)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$"
    # "Medecins Sans Frontieres, which supports a local clinic": who runs it
    r"|\b(?:supports|supported|runs|ran|operates|operated|funds|funded|manages|"
    r"managed)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
#: Where the hurt were cared for, no target: "we received 35 wounded and 11 dead at
#: our hospital", "were taken to a nearby field hospital".
_CARED_FOR_BEFORE = gated(
    r"\b(?:(?:received|receiving|treated|treating|admitted)\b[^.;]{0,60}?\s(?:at|in|to)|"
    r"(?:taken|brought|rushed|transferred|evacuated|transported|carried|admitted)\s+"
    r"to|arrived\s+at|"
    # "died in a Turkish hospital of wounds sustained in a bomb attack"
    r"(?:died|dies|succumbed\s+to\s+(?:his|her|their)\s+wounds)\s+(?:later\s+)?in)\s+"
    r"(?:an?\s+|the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
#: What a hospital that cared for the hurt did: "(Hospitals in Aleppo's east)
#: received 45 wounded".
_CARED_FOR_AFTER = gated(
    r"(?:\s+(?:in|of)\s+(?-i:[A-Z][\w'’-]*(?:\s+[a-z]+)?|the\s+[a-z]+))?\s+"
    r"(?:have\s+|had\s+|has\s+)?(?:received|admitted|took\s+in|are\s+treating|"
    r"were\s+treating)\b",
    re.I,
)
#: The day a span of fighting began, told aside: "(clashes) that began on".
_SPAN_BEGAN_BEFORE = gated(
    r"\b(?:that|which)\s+(?:began|started|erupted|broke\s+out)\s+(?:late\s+|early\s+)?"
    r"(?:on\s+)?$",
    re.I,
)
#: A day's dead told within a running total: "including 11 on Monday (alone)".
_DAY_OF_THE_TOTAL = gated(
    r"\bincluding\s+(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|a\s+dozen|dozens)\s+(?:people\s+|civilians\s+|children\s+)?"
    r"(?:killed\s+)?(?:on|late\s+on|early\s+on)\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}\s+"
    rf"{_MONTH_NAMES}|{_MONTH_NAMES}\s+\d{{1,2}})\b",
    re.I,
)
#: Fire told by whose ground it came from: "fired from the rebel-held (Daraya)".
_FIRED_FROM_HELD = gated(
    r"\b(?:fired|launched)\s+from\s+(?:the\s+)?(?:nearby\s+)?(rebel|opposition|regime|"
    r"government|Islamic\s+State|IS|ISIS|Kurdish|YPG|SDF|jihadist)-(?:held|controlled)\b",
    re.I,
)
#: An aircraft that crashed: "a Russian Su-24 bomber crashed near Hmeimim".
_CRASHED = gated(
    r"\b(?:jet|plane|aircraft|helicopter|bomber|warplane|drone|fighter)\s+"
    r"(?:had\s+|has\s+)?(?:crashed|crash-landed)\b",
    re.I,
)
#: What brought an aircraft down: "shot down", "downed", "hit by a missile".
_BROUGHT_DOWN = gated(
    # ("rebels said they shot it down")
    r"\b(?:shot\s+(?:it\s+|them\s+)?down|shooting\s+(?:it\s+|them\s+)?down|downed|"
    r"downing|brought\s+(?:it\s+|them\s+)?down|hit\s+by|struck\s+by|"
    r"targeted|missile|anti-aircraft|fire\s+from)\b",
    re.I,
)
#: A day told: "on Wednesday", "yesterday", "overnight".
_A_DAY = gated(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"overnight|last\s+night|this\s+morning)\b",
    re.I,
)
#: A deed told as what the telling came after: ", a day after airstrikes killed 26
#: people in the town".
_DEED_DAYS_BEFORE = gated(
    r",\s+(?P<n>a|one|two|three|\d)\s+days?\s+after\s+(?:[\w-]+\s+){1,6}?"
    r"(?:killed|struck|hit|bombed|shelled|pounded)\b",
    re.I,
)
#: A sentence that opens on the days a deed came before the one just told: "a day
#: after coalition aircraft struck ...".
_DAYS_BEFORE_OPENING = gated(r"(?P<n>a|one|two|three|\d)\s+days?\s+after\s", re.I)
#: A relative clause of the dead: ", which killed at least 16".
_KILLED_AFTER = gated(
    r",?\s+(?:which|that)\s+(?:have\s+|has\s+|had\s+)?(?:killed|left|claimed)\b"
)
#: Fighters moved out of a place: "rebels and their families left the al-Waer
#: district", "fighters were evacuated from Madaya".
_EVACUATED = gated(
    # (or the buses that carried them: "the last buses left Daraya on Saturday")
    # ("The last fighters and civilians left Daraya on Saturday")
    r"\b(?:rebels|fighters|militants|gunmen|jihadists|buses)\b(?:\s+and\s+(?:their\s+|"
    r"the\s+)?(?:families|relatives|civilians|residents|wounded))?\s+"
    r"(?:have\s+|had\s+|began\s+(?:to\s+)?)?"
    r"(left|leave|leaving|departed|were\s+evacuated|evacuated)\b"
    # "a first convoy of 13 ambulances and 20 buses carrying about 1,000 people ...
    # has left eastern Aleppo"
    r"|\bconvoys?\s+of\s+[^.;]{1,120}?\s(?:has\s+|have\s+|had\s+)?(left|departed)\b",
    re.I,
)
#: What backed the deed: "backed by Turkish artillery", "with the support of Russian
#: air strikes", "under the cover of heavy shelling", "with Russian air support".
_SUPPORT = gated(
    # ("backed by the Russian Aerospace Forces": Russia's air force)
    r"\b(?:backed|supported|aided|assisted|covered|helped)\s+by\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:air\s*strikes|air\s+power|air\s+force|aerospace\s+forces|warplanes|jets|"
    r"aircraft|artillery|helicopters|drones|shelling|bombardment|raids|fire)\b"
    r"|\b(?:with|under)\s+(?:the\s+)?(?:support|backing|help|cover|aid)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:air\s*strikes|air\s+power|air\s+force|aerospace\s+forces|"
    r"warplanes|jets|aircraft|artillery|helicopters|drones|shelling|bombardment|raids|"
    r"fire)\b"
    r"|\bwith\s+(?:[\w'’-]+\s+){0,2}?(?:air|aerial|artillery)\s+(?:support|cover|backing)\b"
)
#: Means told before ground was taken: "after heavy shelling", "following days of
#: air strikes".
_AFTER_MEANS = gated(
    r"\b(?:after|following)\s+(?:days\s+of\s+|weeks\s+of\s+|a\s+wave\s+of\s+|"
    r"an?\s+)?(?:(?:heavy|intense|intensive|fierce|relentless|massive)\s+)?"
    r"(?:shelling|bombardment|air\s*strikes|air\s+raids|raids|bombing)\b"
)
#: Every match of _SUPPORT holds one of these (a cheap test first).
_SUPPORT_WORDS = gate_words(
    (
        "backed by",
        "supported by",
        "aided by",
        "assisted by",
        "covered by",
        "helped by",
        "support of",
        "backing of",
        "help of",
        "cover of",
        "aid of",
        " support",
        " cover",
    )
)
#: What happens now and then: "has frequently clashed", "have often shelled".
_HABIT = gated(
    r"\b(?:has|have|had)\s+(?:also\s+)?(?:frequently|often|routinely|regularly|"
    r"occasionally|sometimes)\s+(?:been\s+)?[a-z]+\b"
    # "have fought each other as often as they have fought the regime"
    r"|\b(?:has|have|had)\s+[a-z]+\s+(?:each\s+other\s+|one\s+another\s+)?as\s+"
    r"often\s+as\s+[^.;]*"
    # "Hospitals have been bombed so often that doctors now work underground"
    r"|\b(?:has|have|had)\s+been\s+[a-z]+\s+(?:so\s+often|so\s+many\s+times|"
    r"repeatedly|again\s+and\s+again|time\s+and\s+again)\b"
)
_HABIT_WORDS = gate_words(
    (
        "as often as",
        "repeatedly",
        "so many times",
        "again and again",
        "time and again",
        "frequently",
        "often",
        "routinely",
        "regularly",
        "occasionally",
        "sometimes",
    )
)


#: Deaths by weather, fire or accident: "died of cold", "a fire broke out",
#: "a traffic accident".
_MISHAP = gated(
    r"\b(?:died|dies|froze)\s+(?:of|from)\s+(?:the\s+)?(?:cold|hypothermia|"
    r"exposure|frostbite|heat|disease|illness|cholera|covid|coronavirus|"
    r"natural causes)\b"
    r"|\bfroze\s+to\s+death\b|\b(?:a|the)\s+fire\s+(?:broke\s+out|swept|"
    r"ripped\s+through)\b|\b(?:traffic|road|car)\s+accident\b|\bdrowned\b"
    r"|\b(?:earthquake|floods?|flooding|storm|avalanche|landslide)\s+"
    r"(?:killed|kills|left)\b"
    # "died and 30 were hurt in a stampede at the Bab al-Hawa crossing"
    r"|\b(?:in|during)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:stampede|crush)\b",
    re.I,
)
_MISHAP_WORDS = gate_words(
    (
        "died of",
        "died from",
        "dies of",
        "froze",
        "fire",
        "accident",
        "drowned",
        "earthquake",
        "flood",
        "storm",
        "avalanche",
        "landslide",
        "stampede",
        "crush",
    )
)
#: Means of war named beside a mishap: "a fire broke out after an airstrike".
_MEANS_NAMED = gated(
    r"\b(?:air ?strikes?|strikes?|shell(?:s|ing|ed)?|bomb(?:s|ing|ed)?|barrel|"
    r"missiles?|rockets?|raids?|artillery|mortars?|explosions?|blasts?|warplanes?|"
    r"jets?|attack(?:s|ed)?|gunmen|sniper)\b",
    re.I,
)


#: A strike that is a protest: "a general strike", "a hunger strike".
_LABOUR_STRIKE = gated(
    r"\b(?:general|hunger|labou?r|workers['’]?|commercial|shopkeepers['’]?)\s+strikes?\b"
)


def without_noun_uses(low: str) -> str:
    """A sentence in lower case with the words of violence it uses as names of other
    things blanked out: people ("a deal to evacuate the wounded"), arms destroyed ("a
    mortar system"), places ("the artillery academy"). Same length, so offsets hold.

    Examples
    --------
    >>> without_noun_uses("a strike destroyed a mortar system.")
    'a strike destroyed a              .'
    """
    if any_in(low, _NOUN_USE_GATES):
        return _NOUN_USE.sub(lambda m: " " * len(m.group(0)), low)
    return low


#: The wounded or the dead carried to care: "transferred to the hospital".
_TO_HOSPITAL = gated(
    r"\btransferred\s+to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?|"
    r"medical|health|field)\b"
)


#: A place that fell: "Basima fell on January 2", "the town fell to Islamic State"
#: (not "shells fell on the town").
_PLACE_FELL = gated(
    r"(?:\b(?-i:(?!(?:Shells?|Bombs?|Rockets?|Missiles?|Mortars?|Barrels?|Prices?|"
    r"Temperatures?|Snow|Rain|The|A|An)\b)[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)"
    r"{0,2})|\b(?:the|that|this)\s+(?:city|town|village|district|base|airport|airbase|"
    r"hill|neighbou?rhood))\s+(fell)\s+(?:to|on|in|after|at|within|shortly|late|early)\b",
    re.I,
)
#: A place's fall told as a noun, on a day told with it: "followed the fall of al-Shaar
#: district a day earlier" (not "since the fall of Aleppo": a time, no event).
_FALL_OF = gated(
    r"\bthe\s+fall\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:a|one|two|three|[1-3])\s+days?\s+(?:earlier|before|ago)|the\s+day\s+before|"
    r"the\s+previous\s+day|yesterday|last\s+night|on\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday))\b",
    re.I,
)
#: Warplanes named by their type: "F-16s", "Su-34 bombers", "a MiG-23".
_AIRCRAFT = gated(
    r"\b(?:f-16|f-35|su-(?:22|24|25|30|34|35)|mig-(?:21|23|29)|b-52|tu-(?:22m3|95|160))s?\b"
)
#: Forces moving into a place, a word or two between: "moved yesterday into".
_MOVED_INTO = gated(
    r"\b(?:moved|swept|stormed|broke|burst)\s+(?!(?:deeper|further|farther)\b)"
    r"(?:[a-z]+\s+){1,2}?"
    r"into\b(?!\s+(?:a|an|the)?\s*(?:ambush|trap|minefield|talks|negotiations)\b)",
    re.I,
)


def _event_in(sentence: str, low: str) -> tuple[str | None, str | None]:
    """The event type of a sentence, read in ``low`` (the sentence in lower case,
    with parts blanked out)."""
    low = without_noun_uses(low)
    if "transferred" in low:
        # "The wounded were transferred to the hospital": care, no development
        low = _TO_HOSPITAL.sub(lambda m: " " * len(m.group(0)), low)
    if "strike" in low and _LABOUR_STRIKE.search(low) is not None:
        # "shopkeepers staged a general strike": a protest, the same length
        low = _LABOUR_STRIKE.sub(lambda m: "protest".ljust(len(m.group(0))), low)
    best: tuple[int, str] | None = None
    rank: int | None = None
    word = ""
    tokens = _WORD.findall(low)
    for token in set(tokens).difference(_word_types):
        _type_of_word(token)  # words not met before
    typed = _TYPED_WORDS.keys() & tokens
    if typed:  # the first word of the most specific type
        rank = min(_TYPED_WORDS[t] for t in typed)
        word = next(t for t in tokens if t in typed and _TYPED_WORDS[t] == rank)
    if rank is not None:
        at = _token_at(low, word)
        best = (rank, sentence[at : at + len(word)])
    present = found_in(low, _PHRASE_WORDS)  # triggers of several words
    for event_type, phrase in _PHRASES if present else ():
        if phrase in present and (
            best is None
            or _PRIORITY[event_type] < best[0]
            # "The YPG took over Sheikh Fares ... as opposition fighters withdrew":
            # the taking, whose doer acted, over the withdrawal
            or (
                _PRIORITY[event_type] == best[0] == _TERRITORY
                and best[1].lower().startswith(("withdr", "lost "))
                and not phrase.startswith(("lost", "rebels lose", "withdr"))
            )
        ):
            i = low.index(phrase)
            best = (_PRIORITY[event_type], sentence[i : i + len(phrase)])
    if ("took " in low or "taken " in low or "take" in low) and (
        best is None
        or _TERRITORY < best[0]
        # "fighters had taken the town ... as the jihadists withdrew": the taking,
        # whose doer acted, over the withdrawal
        or (best[0] == _TERRITORY and best[1].lower().startswith(("withdr", "lost ")))
    ):
        took = next(  # "took the districts of Sheikh Saeed"
            (
                m
                for m in _TOOK.finditer(sentence)
                # "demanding that the army take Tal Refaat": wanted, not taken
                # (not "said that they had taken 12 villages": done)
                if not m.group(0).lower().startswith(("take ", "takes "))
                or not _TAKE_WANTED.search(sentence, max(0, m.start() - 80), m.start())
            ),
            None,
        )
        if took:
            best = (_TERRITORY, took.group(0))
    if (
        ("f-" in low or "su-" in low or "mig-" in low or "b-52" in low or "tu-" in low)
        and (best is None or _PRIORITY["airstrike"] < best[0])
        and (plane := _AIRCRAFT.search(low)) is not None
    ):
        # "Turkish F-16s struck YPG positions": the aircraft by its name
        best = (_PRIORITY["airstrike"], sentence[plane.start() : plane.end()])
    if "air force" in low and (best is None or _PRIORITY["airstrike"] < best[0]):
        # "the Syrian Air Force targeted gatherings"
        force = _AIR_FORCE.search(sentence)
        if force:
            best = (_PRIORITY["airstrike"], force.group(0))
    if "siege" in low and (best is None or _TERRITORY < best[0]):
        broke = _SIEGE_BROKEN.search(sentence)  # "broke the siege of Nubl and Zahraa"
        if broke:
            best = (_TERRITORY, broke.group(0))
    if (
        "cleared " in low or "drove " in low or "driven " in low or " out of " in low
    ) and (best is None or _TERRITORY < best[0]):
        cleared = _CLEARED.search(sentence)  # "cleared Daesh from the town of al-Rai"
        if cleared:
            best = (
                _TERRITORY,
                cleared.group(1) or cleared.group(2) or cleared.group(3),
            )
    if best is None and ("establish" in low or "set up" in low or "setting up" in low):
        # "established a headquarters in Zur Shummar", "set up an observation post":
        # a base set up, a strategic development
        base = _BASE_SET_UP.search(sentence)
        if base:
            best = (_PRIORITY["strategic development"], base.group(0))
    if best is None and (
        "left " in low or "leav" in low or "depart" in low or "evacuat" in low
    ):
        # "The last batch of rebels and their families left the al-Waer district":
        # fighters moved out under a deal, a strategic development
        evacuated = _EVACUATED.search(sentence)
        if evacuated:
            best = (
                _PRIORITY["strategic development"],
                evacuated.group(1) or evacuated.group(2),
            )
    if best is None and " fell " in low and (fell := _PLACE_FELL.search(sentence)):
        # "Basima fell on January 2", "the town fell to Islamic State": ground lost
        best = (_TERRITORY, fell.group(1))
    if best is None and "fall of " in low and (fall := _FALL_OF.search(sentence)):
        best = (_TERRITORY, fall.group(0).split()[1])  # ("fall")
    if best is None and " into " in low and (into := _MOVED_INTO.search(sentence)):
        # "the regime and its allies moved yesterday into Jabal Badro": ground taken
        best = (_TERRITORY, into.group(0))
    if best is None:
        return None, None
    event_type = _EVENT_WORDS[best[0]][0]
    if event_type == "territory change" and best[1].lower().endswith("entered"):
        at = low.find(best[1].lower()) + len(best[1])
        if _INTO_THE_COUNTRY.match(sentence, at):
            # "Turkish troops entered Syria and set up new positions": troops moved,
            # no ground taken
            return "strategic development", best[1]
    if (
        event_type == "armed clash"
        and ("after " in low or "following " in low)
        and (taken := _TAKEN_AFTER_CLASHES.search(sentence))
    ):
        # "rebels took control of al-Ghandoura after clashes with the SDF": what
        # changed is who holds it
        return "territory change", taken.group(1)
    if event_type == "armed clash" and (capture := _CAPTURING.search(sentence)):
        # "pressed an offensive into eastern Aleppo, capturing the Masaken Hanano
        # district", "captured Dabiq, ... which had predicted an apocalyptic battle"
        return "territory change", capture.group(0)
    if (
        event_type == "IED"
        and best[1].lower().startswith("bomb ")
        and ("cluster bomb" in low or "incendiary bomb" in low)
    ):
        # "cluster bomb attacks in Salaheen": dropped from the air, not set off
        return "airstrike", best[1]
    if event_type == "airstrike" and best[1].lower().startswith("bomb"):
        mortar = _MORTAR_BOMB.search(sentence) or _BOMBED_WITH_SHELLS.search(sentence)
        if mortar:  # "a mortar bomb hit the Old City": shelling, not from the air
            return "shelling", mortar.group(0)
    elif (
        event_type == "airstrike"
        and ("fl" in low or "hover" in low)
        and _FLYING.search(sentence)
        and not _AIR_ACTS.search(sentence)
    ):
        # "Turkish drones flew over Tel Rifaat", "a Russian helicopter flying in the
        # skies of Aleppo province": aircraft seen, nothing struck
        return None, None
    elif event_type == "missile strike" and (moved := _ARMS_MOVED.search(sentence)):
        if moved.group(1) is None and _FIRED_AT_AIR.search(sentence):
            # "Rebels shot down a regime jet with an anti-aircraft missile": an
            # attack on the aircraft, as a jet shot down is
            return "attack", moved.group(0)
        # "moved S-300 anti-aircraft missiles to its base in Tartus": no strike
        return "strategic development", moved.group(0)
    elif event_type == "missile strike" and (air := _AIR_MISSILES.search(sentence)):
        # "Israeli warplanes fired several missiles at the Mezzeh airport"
        return "airstrike", next(g for g in air.groups() if g)
    elif (
        event_type == "airstrike"
        and ("down" in low)
        and (downed := _SHOT_DOWN.search(sentence))
        and not _STRUCK_FROM_AIR.search(sentence)
    ):
        # "militants shot down a jet near Palmyra": an attack on the aircraft
        return "attack", downed.group(0)
    elif (
        event_type == "territory change"
        and best[1].lower().startswith(("captur", "seiz"))
        and (person := _PERSON_TAKEN.search(sentence))
    ):
        # "shot down a jet and captured its pilot": a person taken, not a place
        blank = " " * (person.end() - person.start())
        return _event(sentence[: person.start()] + blank + sentence[person.end() :])
    elif event_type == "territory change" and (
        attempt := _ATTEMPT_BEFORE.search(
            low, max(0, low.find(best[1].lower()) - 24), low.find(best[1].lower())
        )
    ):
        # "Regime forces tried to advance on Aidoun but were beaten back": ground
        # sought, not taken, is a fight, unless the sentence tells more
        start = low.find(best[1].lower())
        blank = " " * len(best[1])
        other = _event(sentence[:start] + blank + sentence[start + len(best[1]) :])
        if other[0] not in (None, "attack"):
            return other  # "... killed 25 as they tried to advance": a fight
        return "armed clash", sentence[attempt.start() : start + len(best[1])]
    elif event_type == "territory change" and best[1].lower() in (
        "control",
        "controlled",
    ):
        if _STATE.search(sentence):  # "government forces control pockets of the city"
            # what else the sentence tells ("civilians evacuated the city towards
            # areas controlled by regime forces")
            start = low.find(best[1].lower())
            blank = " " * len(best[1])
            return _event(sentence[:start] + blank + sentence[start + len(best[1]) :])
        fight = _FIGHT_FOR_CONTROL.search(sentence)
        if fight is not None:  # "continued to fight for control of the base"
            return "armed clash", fight.group(0)
    elif (
        event_type == "airstrike"
        and best[1].lower().startswith("raid")
        and (arrest := _ARRESTS.search(sentence))
    ):
        # "forces arrested 35 young men in a raid": a security raid, not from the air
        return "strategic development", arrest.group(0)
    elif (
        event_type == "attack"
        and best[1].lower().startswith(("attack", "storm"))
        and (assault := _ASSAULT_ON_POSTS.search(sentence)) is not None
    ):
        # "Rebels attacked regime positions around the town of Sheikh Maskin": an
        # assault on armed men is a battle, not an attack on civilians
        return "armed clash", assault.group(0)
    elif (
        event_type == "attack"
        and (
            "protest" in low or "demonstrat" in low or "sit-in" in low or "rall" in low
        )
        and (protest := _PROTESTERS.search(sentence))
    ):
        # "Protesters gathered in Saraqib to denounce the attack", "held a
        # demonstration to denounce the attacks"
        return "protest", protest.group(0)
    elif event_type == "attack" and best[1].lower().startswith(("strik", "struck")):
        air = _AIR_STRIKE.search(sentence)
        if air:  # "a US-led coalition strike near Raqqa"
            return "airstrike", air.group(0)
    return event_type, best[1]


#: A burial of the dead: "buried two of its fighters", "laid to rest the victims".
_BURIED = gated(
    r"\b(?:buried|bury|buries|burying|laid\s+to\s+rest|mourned|mourning)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:fighters|soldiers|members|men|commanders?|"
    r"victims|dead|bodies|martyrs)\b",
    re.I,
)
#: Deeds done again and again: "several times", "repeatedly", "on many occasions".
_REPEATED = gated(
    r"\b(?:several|many|multiple|numerous|dozens\s+of|hundreds\s+of|countless)\s+"
    r"times\b|\brepeatedly\b|\bon\s+(?:several|many|multiple|numerous)\s+occasions\b"
    # "Throughout the reporting period, armed groups shelled western Aleppo"
    r"|\bthroughout\s+(?:the\s+)?(?:reporting\s+period|period|year|months?|weeks|"
    r"conflict|war|siege|offensive|campaign|summer|autumn|winter|spring|(?:19|20)\d\d)\b"
    # "Islamic State has carried out similar bombings against rebel groups in recent
    # months": deeds like the one told, done before
    r"|\b(?:has|have|had)\s+(?:\w+\s+)?(?:carried\s+out|conducted|staged|claimed|"
    r"launched|mounted)\s+(?:several\s+|many\s+|numerous\s+|a\s+series\s+of\s+|"
    r"dozens\s+of\s+)?similar\b[^.;]{0,80}?\b(?:in\s+recent|over\s+the\s+(?:past|last))"
    r"\s+(?:weeks|months|years)\b",
    re.I,
)
#: An assault on armed men: "attacked regime positions", "attacked an army checkpoint".
_ASSAULT_ON_POSTS = gated(
    r"\b(?:attacked|attacking|attacks|attack\s+on|stormed|storming)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:positions?|checkpoints?|military\s+posts?|posts?|"
    r"bases?|barracks|outposts?|headquarters|fortifications)\b",
    re.I,
)
_TAKEN_AFTER_CLASHES = gated(
    r"\b(captured|recaptured|seized|took control|took over|retook|overran|controlled|"
    r"taken|took|"
    r"regained (?:full |complete )?control|liberated|managed to (?:take )?control|"
    r"established (?:full )?control)\b[^.;]*?\b(?:after|following)\s+(?:\w+\s+){0,3}?"
    r"(?:clash(?:es)?|fighting|battles?)\b",
    re.I,
)
#: A place taken, told with the fighting: the capture is what changed.
_CAPTURING = gated(
    # not "tried to capture", nor fighters "were captured in" a village
    r"(?<!to )(?<!were )(?<!was )(?<!been )\b(?:captured|capturing|seized|seizing|"
    r"recaptured|recapturing|retook|retaking|overran|overrunning|"
    # "reportedly taking control of a number of towns and villages including Halfaya"
    r"(?:taking|took|taken)\s+control\s+of)\s+"
    # ("captured at least 10 villages", not "captured at a checkpoint")
    r"(?!in\b|at\b(?!\s+least\b)|by\b|near\b|during\b|on\b)(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:towns?|villages?|city|district|neighbou?rhood|hill|base|"
    r"airbase|area|areas|[A-Z][a-z][\w'’-]*)",
)
_SHOT_DOWN = gated(
    r"\b(?:shot|shoot|shoots|shooting)\s+(?:it\s+|them\s+)?down\b|\bdowned\b|"
    r"\bdowning\s+of\b",
    re.I,
)
#: An aircraft told downed, after whose it was: "(A Russian) military helicopter was
#: shot down", "(Syrian) jet downed".
_DOWNED_AFTER = gated(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:helicopters?|jets?|warplanes?|planes?|drones?|"
    r"aircraft)\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+(?:\w+\s+)?)?"
    r"(?:shot\s+down|downed|brought\s+down)\b",
    re.I,
)
#: What aircraft do when they strike (not "fired", which a downing may tell).
_STRUCK_FROM_AIR = gated(
    r"\b(?:struck|bombed|bombing|raids?|air ?strikes?|dropped|pounded)\b", re.I
)
_PERSON_TAKEN = gated(
    r"\b(?:captured|seized|capturing|seizing)\s+(?:(?:an?|the|its|their|his|two|three|"
    r"several|dozens of|\d+)\s+)?(?:[\w-]+\s+)?(?:pilots?|soldiers?|fighters?|officers?|"
    r"militants?|members?|civilians?|journalists?|commanders?|him|her|them)\b"
    # "4 Syrian soldiers it had captured near the T4 airbase": the persons before
    r"|\b(?:pilots?|soldiers|fighters|officers|militants|members|civilians|"
    r"journalists|commanders|troops|hostages|prisoners)\s+(?:it|they|that|whom|which)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:captured|seized)\b",
    re.I,
)
_FLYING = gated(
    r"\b(?:flew|flying|flies|fly|hovered|hovering|hovers|circled|circling)\s+"
    r"(?:over|above|in the skies?|in the airspace|around)\b",
    re.I,
)
#: What aircraft do that is an air strike.
_AIR_ACTS = gated(
    r"\b(?:struck|strikes?|striking|bomb\w*|raids?|shell\w*|fired|firing|dropp\w*|"
    r"target\w*|hit|hitting|attack\w*|launched|kill\w*|destroy\w*|downed|"
    r"shot down)\b",
    re.I,
)
_TOOK = gated(
    # "took", and as timelines tell it, "take" ("Nov. 28 - The army takes Sakhour")
    r"\b(?:[Tt]ook|taken|[Tt]akes?)\s+(?:(?:at least|more than|some|about)\s+)?"
    r"(?:(?:the|a|several|two|three|four|five|six|seven|eight|nine|ten|dozens of|"
    r"\d{1,3})\s+)?"
    r"(?:(?:strategic|nearby|key|rebel-held|regime-held|IS-held|opposition-held|"
    r"border|frontier|ancient|besieged|northern|southern|eastern|western)\s+)?"
    r"(?:towns?|"
    r"villages?|cit(?:y|ies)|districts?|neighbou?rhoods?|areas?|hills?|bases?|"
    r"airport|positions?|quarters?)\b"
    r"|\b(?:[Tt]ook|taken|[Tt]akes?)\s+(?:control of\s+)?"
    # "said it had taken the Haydariya roundabout"
    r"(?:the\s+(?!(?:US|UN|Syrian|Russian|Turkish|Islamic|Kurdish|Free|Iranian|Iraqi|"
    r"Lebanese|Israeli|American|British|French)\b))?(?:al-|el-)?[A-Z][a-z][\w'’-]*"
)
#: What a present "take" follows when it is wanted, not done: "demanding that the
#: army take", "in order to take", "will take".
_TAKE_WANTED = gated(
    r"\b(?:that|to|demand\w*|urg\w*|call\w*|will|would|could|might|may|must|should|"
    r"can|cannot)\b[^.;:]*$",
    re.I,
)
#: An air force that acts (not "the chief of the Air Force Intelligence").
_AIR_FORCE = gated(r"\bair force\b(?!\s+intelligence)", re.I)
#: Ground sought, not taken: "trying to advance", "in a bid to retake".
_ATTEMPT_BEFORE = gated(
    r"\b(?:try|tries|tried|trying|attempts?|attempted|attempting|seek|seeks|seeking|"
    r"sought|aim|aims|aimed|aiming|bid|push|pushing|hope|hopes|hoping|want|wants|"
    r"wanted|effort|efforts|fail|fails|failed|failing)\s+to\s+$"
)
#: "broke the three-year siege of Nubl and Zahraa", "have broken the siege of Aleppo":
#: the ring around a place opened by force (not "an attempt to break the siege")
_SIEGE_BROKEN = gated(
    # (a timeline's present: "Rebels break the siege through Ramouseh")
    r"\b(?:broke|broken|(?<!to )break|breaks|breaking)\s+(?:the|a|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?siege\b",
    re.I,
)
#: "cleared Daesh from the town of al-Rai", "drove IS out of Manbij"
_CLEARED = gated(
    r"\b(?:(cleared)\s+(?:[\w'’-]+\s+){1,4}?(?:from|out of)|(drove|driven|"
    # "pushed IS fighters out of two villages, Kafr Ghan and Yahmoul"
    r"pushed|forced|chased|kicked)\s+(?:[\w'’-]+\s+){1,4}?out of)\s+"
    r"(?:the\s+|(?:two|three|four|five|six|several|a\s+string\s+of|\d+)\s+)?"
    r"(?:(?:(?:[a-z]+ern|strategic|key|nearby|border)\s+)?"
    r"(?:towns?|villages?|city|district|neighbou?rhoods?)\b|"
    r"(?-i:[A-Z]|al-[A-Z]))"
    # "the villages of Kafr Jana and Bulbul were cleared of PYD/PKK terrorists" (not
    # "cleared of mines")
    r"|\b(?:were|was|been|being)\s+(cleared)\s+of\s+(?!(?:the\s+)?(?:mines|landmines|"
    r"rubble|debris|explosives|unexploded|ordnance|snow|charges|wrongdoing)\b)",
    re.I,
)
_NOUN_USE = gated(
    r"\b(?:the|our|their|its|his|her) (?:wounded|injured|dead)\b"
    # "destroying 14 fighting positions, 3 vehicles and 2 car bombs": bombs struck
    # before they went off, no bombing
    r"|\b(?:destroying|destroyed|destroys|engaging|engaged|struck|striking)\s+"
    r"(?:[\w,-]+\s+){0,8}?(?:\d+|an?|two|three|four|five|several)\s+(?:car|truck|"
    r"vehicle)[- ]?bombs?\b"
    # "saying the bomber had targeted a gathering": a man, no aircraft
    r"|\bthe (?:suicide )?bomber\b(?!s|-| jets?\b| planes?\b| aircraft\b)"
    # "buses carrying 1,000 people, including dozens of wounded": people carried
    r"|\bincluding (?:dozens|scores|hundreds|a number|some|many|\d+) of (?:the )?"
    r"(?:wounded|injured|sick)\b"
    # "the first convoy of wounded reached Khan al-Asal": people carried
    r"|\b(?:convoys?|buses|busload|ambulances?|evacuation|transfer|group|batch)\s+of\s+"
    r"(?:the\s+)?(?:sick\s+and\s+)?(?:wounded|injured)\b"
    # a place named after arms: "the Ramouseh artillery academy", "the Missile Base"
    r"|\b(?:artillery|armou?r|missile|rocket) (?:academy|school|college|base|battalion|"
    r"brigade|regiment|division)\b"
    # "an exodus taking place", "taking refuge": no territory taken
    r"|\b(?:take|takes|taking|took|taken) (?:place|part|refuge|shelter|cover)\b"
    # a ship, not a strike: "Moscow's flagship aircraft carrier"
    r"|\baircraft carriers?\b"
    # an illness: "died of a heart attack"
    r"|\bheart attacks?\b"
    # what was hit, not fighting: "destroying 4 ISIL fighting positions"
    r"|\bfighting (?:positions?|vehicles?|age)\b"
    # aid on its way, no force moving: "a UN cross-border convoy of 30 trucks crossed"
    r"|\b(?:un|u\.n\.|aid|humanitarian|relief|cross-border|sarc|red crescent|icrc|"
    r"food|medical)\s+(?:[\w-]+\s+){0,2}?convoys?\b"
    # arms destroyed or found: "destroyed a mortar system and a vehicle bomb factory",
    # "struck surface-to-air missile batteries"
    r"|\b(?:mortar|rocket|artillery|missile|anti-aircraft|rocket-propelled grenade) "
    r"systems?\b"
    r"|\b(?:surface-to-air |anti-aircraft |air defen[cs]e )?(?:missile|rocket) "
    r"(?:batteries|battery|depots?|sites?|stores?)\b"
    # (launchers only as what was taken or hit: "captured a handful of rocket
    # launchers"; "shelled the town with rocket launchers" is how)
    r"|\b(?:captured|capturing|seized|seizing|destroyed|destroying|targeted|struck|"
    r"hit)\s+(?:[\w-]+\s+){0,4}?(?:rocket|missile)\s+launchers?\b"
    # money, not war: "the pound hit a record low", "people are shelling out a month's
    # salary"
    r"|\bhit\s+(?:a\s+|an\s+)?(?:new\s+|record\s+|all-time\s+|historic\s+)+"
    r"(?:low|high|lows|highs)\b"
    r"|\bshell(?:s|ed|ing)?\s+out\b"
    r"|\b(?:syrian|lebanese|turkish|egyptian|british|the)\s+pounds?\b(?!\s+(?:on|of|at)\b)"
    # a dismissal: "Assad fired Prime Minister Imad Khamis"
    r"|\b(?:fired|sacked|dismissed)\s+(?:the\s+)?(?:prime\s+minister|minister|governor|"
    r"mayor|director|head\s+of|chief\s+of)\b"
    # what lingers after: "The smell of chlorine lingered in the streets"
    r"|\b(?:smell|stench|odou?r|traces?)\s+of\s+(?:chlorine|gas|sarin|toxic\s+gas)\b"
    # what a deed answered: "in response to a barrage of four rockets fired at the
    # Golan Heights" (the deed is the main clause's)
    r"|\bin (?:response|retaliation) (?:to|for)\b[^.;,]*"
    r"|\b(?:car |vehicle |truck |)bomb[- ]?(?:factory|factories|workshops?|"
    r"facilit(?:y|ies)|making|makers?|storage)\b"
    # "discovered a YPG IED workshop", "a cache of IEDs": arms found, no blast
    r"|\b(?:ieds?|explosives?|landmines?|mines)\s+(?:factory|factories|workshops?|"
    r"facilit(?:y|ies)|making|makers?|storage|caches?|depots?|stores?|warehouses?)\b"
    # (unless it blew up: "An IED factory exploded during the transport")
    r"(?![^.;]{0,100}\b(?:exploded|blew\s+up|went\s+off|detonated)\b)"
    r"|\b(?:caches?|depots?|stores?|stockpiles?)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ieds|explosives|landmines|mines)\b"
    # arms, not a fight: "armed with assault rifles"
    r"|\bassault (?:rifles?|weapons?|guns?)\b"
    # who a group is, not what it did: "a Palestinian militia fighting alongside the
    # regime"
    r"|\bfighting (?:alongside|on behalf of|under the banner of)\b"
    # no violence: "dropped leaflets urging residents to leave", "exchanged prisoners"
    r"|\b(?:dropped|dropping|drop|drops)\s+(?:[\w-]+\s+)?leaflets\b"
    # "A cargo plane dropped 21 tonnes of food and medicine over al-Joura": aid
    r"|\b(?:dropped|dropping|drop|drops|airdropped|air-dropped)\s+(?:[\w,.-]+\s+){0,4}?"
    r"(?:food|aid|medicine|medical\s+supplies|supplies|rations|provisions|"
    r"humanitarian)\b"
    r"|\b(?:exchanged|exchanging|exchange|swapped)\s+(?:[\w-]+\s+)?(?:prisoners|"
    r"detainees|bodies)\b"
    # what a move was meant to stop: "deployed armoured vehicles ... to deter further
    # fighting"
    r"|\bto\s+(?:deter|prevent|stop|avoid|halt|end|head\s+off)\s+(?:any\s+|further\s+|"
    r"more\s+|new\s+)?(?:fighting|clashes|attacks?|violence|bloodshed|strikes)\b"
    # how a clash was fought: "clashes continued in the vicinity of Ma'ardes, amid
    # mutual shelling between the two sides" (a clash, not a shelling)
    r"|\bamid\s+(?:the\s+)?(?:mutual|reciprocal)\s+(?:shelling|bombardment)\b"
    # a car bomb destroyed before it went off: "destroyed eight fighting positions,
    # three vehicles, a VBIED and an ISIS headquarters"
    r"|\b(?:destroyed|destroying)\s+(?:[\w-]+[,\s]+){0,12}?(?:an?|one|two|three|four|"
    r"five|\d+)\s+vbieds?\b(?!\s+(?:exploded|detonated|went|hit|struck|killed|rammed))"
)
#: Every match of _NOUN_USE holds one of these words (a cheap test first).
_NOUN_USE_GATES = gate_words(
    (
        "car bomb",
        "truck bomb",
        "vehicle bomb",
        "car-bomb",
        "heart attack",
        "the bomber",
        "the suicide bomber",
        "including ",
        "vbied",
        "mutual ",
        "reciprocal ",
        " pound",
        "fired the",
        "fired prime",
        "fired minister",
        "fired governor",
        "sacked",
        "dismissed",
        " new low",
        " new high",
        "record low",
        "record high",
        "all-time",
        "historic low",
        "historic high",
        "shelling out",
        "shell out",
        "shells out",
        "shelled out",
        "smell of",
        "stench of",
        "odor of",
        "odour of",
        "trace of",
        "traces of",
        "missile batter",
        "rocket batter",
        " launcher",
        "missile depot",
        "rocket depot",
        "missile site",
        "rocket site",
        "missile store",
        "rocket store",
        "in response",
        "in retaliation",
        "convoy",
        "of wounded",
        "of the wounded",
        "of injured",
        "of the injured",
        "of sick",
        "of the sick",
        " system",
        "ied ",
        "ieds ",
        "explosives ",
        "explosive ",
        "mines ",
        "cache",
        "depot",
        "stockpile",
        "bomb factor",
        "bomb workshop",
        "bomb facilit",
        "bomb-making",
        "bomb making",
        "bombmak",
        "bomb storage",
        "assault rifle",
        "assault weapon",
        "assault gun",
        "to deter",
        "to prevent",
        "to stop ",
        "to avoid",
        "to halt",
        "to end ",
        "to head off",
        "carrier",
        "fighting ",
        "leaflets",
        "food",
        " aid",
        "medicine",
        "supplies",
        "rations",
        "provisions",
        "humanitarian",
        "prisoners",
        "detainees",
        "bodies",
        " place",
        " part",
        " refuge",
        " shelter",
        " cover",
        "wounded",
        "injured",
        "dead",
        "academy",
        "school",
        "college",
        "base",
        "battalion",
        "brigade",
        "regiment",
        "division",
    )
)
#: Into the country, not into a place held by others: "troops entered Syria".
_INTO_THE_COUNTRY = gated(
    r"\s+(?:(?:northern|southern|eastern|western|north|south)\s+)?(?:Syria|Syrian\s+"
    r"territory|the\s+country)\b"
)
#: Control fought for, not yet taken: "continued to fight for control of the base".
_FIGHT_FOR_CONTROL = gated(
    r"\b(?:fight|fights|fighting|fought|battle|battles|battling|battled|struggle|"
    r"struggling|clash|clashing|clashed|vie|vying|vied)\s+for\s+(?:the\s+)?control\b",
    re.I,
)
#: Who holds what, told as a state, not a change: "is held mostly by the YPG".
_STATE = gated(
    r"\b(is|are)\s+(\w+\s+){0,2}(held|controlled)\b|"  # "is almost entirely held"
    r"\b(forces|militias?|troops|rebels|fighters|allies|groups|factions)\s+"
    r"(?:still\s+|now\s+)?control\b|"
    # "control a strip of land between Azaz, Jarablus and al-Bab"
    r"\bcontrol\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:strip|pocket|swathe|band|corridor|"
    r"stretch|chunk|slice|enclave)\b|"
    # "Rebel groups, the strongest of them HTS, control most of Idlib province", "IS
    # controls Raqqa": what a side holds now
    r"\bcontrols\b(?!\s+(?:on|over)\b)|"
    r"(?<!took )(?<!take )(?<!taken )(?<!seized )(?<!gained )(?<!regained )"
    r"\bcontrol\s+(?:most|much|all|parts?|large\s+parts|swathes|pockets?|the\s+(?:rest|"
    r"bulk|whole|north|south|east|west|northeast|northwest|southeast|southwest))\b|"
    r"\b(under|in)\s+(\w+\s+){0,2}control\b"  # "the last town under rebel control"
    # "in an area controlled by a rebel alliance"
    r"|\b(?:area|areas|territory|territories|region|zone|parts?|pockets?|enclave|"
    r"neighbou?rhoods?|districts?|towns?|villages?)\s+(?:[\w-]+\s+){0,4}?controlled\s+"
    r"by\b",
    re.I,
)
_ARMS_MOVED = gated(
    r"\b(moved|deployed|delivered|shipped|sent|supplied|supplying|installed)\b"
    r"[^.;]{0,60}\b(missiles?|rockets?)\b"
    r"|\b(anti-aircraft|air[- ]defen[cs]e) missiles?\b|\bS-[34]00\b",
    re.I,
)
#: An air-defence missile used: "fired an anti-aircraft missile at a helicopter".
_FIRED_AT_AIR = gated(
    r"\b(?:fired|firing|launched|shot|shooting|hit|struck|downed|targeted|"
    r"brought down)\b",
    re.I,
)
_AIR_MISSILES = gated(
    # ("A warplane fired two missiles at a school")
    # ("warplanes believed to be Russian fired missiles at a school complex")
    r"\b(warplanes?|jets?|aircraft|planes?|helicopters?|drones?)\s+"
    r"(?:(?:believed|thought|suspected|said)\s+to\s+be\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:fired|launched|shot)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?)\b"
    # "the warplanes of the Russian side targeted with vacuum missiles the town",
    # "jets struck the town with cluster missiles": the aircraft's arms, in its clause
    r"|\b(warplanes?|(?:fighter\s+)?jets?|aircraft|helicopters?|drones?)\b"
    r"(?:(?!\b(?:while|as|and|but|whereas)\b)[^.;:]){0,60}?"
    r"\b(?:targeted|targeting|struck|striking|hit|hitting|bombed|bombing|attacked|"
    # ("targeted the market in the city of Maarat al-Numan with four missiles")
    r"pounded|raided)\b[^.;:]{0,60}?\bwith\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?)\b"
    # "a missile fired by a warplane", "rockets launched from helicopters"
    r"|\b(?:missiles?|rockets?)\s+(?:[\w-]+\s+){0,2}?(?:fired|launched|dropped)\s+"
    r"(?:by|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(warplanes?|jets?|aircraft|planes?|helicopters?|drones?)\b",
    re.I,
)
_ARRESTS = gated(
    r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|round(?:ed)? up|conscript\w*)\b", re.I
)
_PROTESTERS = gated(
    r"\b(?:protesters|demonstrators)\b[^.;]{0,40}\b(?:gathered|marched|rallied|took to|"
    r"denounc\w*|condemn\w*)\b"
    r"|\b(?:protests?|demonstrations?|sit-ins?)\s+(?:took place|were held|was held|"
    r"broke out|erupted)\b"
    r"|\b(?:demonstrat\w*|protest\w*|rall(?:y|ies|ied))\b[^.;]{0,40}?\b(?:to\s+)?"
    r"(?:denounc\w*|condemn\w*|against)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|shelling|bombing|massacres?|killings?)\b",
    re.I,
)
_MORTAR_BOMB = gated(r"\bmortar (?:bombs?|rounds?)\b", re.I)
#: Bombing done with guns: "bombed the villages ... with artillery shells".
_BOMBED_WITH_SHELLS = gated(
    r"\bwith\s+(?:heavy\s+)?(?:artillery|mortar|tank|rocket)\s+(?:shells|fire|rounds)\b"
    r"|\bwith\s+(?:artillery|mortars|shells|heavy\s+weapons)\b"
    # "the army on the border bombed the village, the shells fell on the houses"
    r"|\b(?:the\s+)?shells\s+(?:fell|landed)\b",
    re.I,
)
_AIR_STRIKE = gated(
    r"\b(?:coalition|US-led|U\.S\.|US|American|Russian|Israeli|Turkish|"
    r"allied) (?:air ?)?(?:strikes?|struck)\b"
    r"|\b[Aa]ir [Ff]orce\b[^.;]{0,60}\b(?:strik(?:e|es|ing)|struck)\b"
)


#: A strike's aftermath, as a video's caption tells it: "Retrieving a victim from the
#: national hospital in Maarat al-Numan", "a little girl came out from under the
#: rubble alive" (a story's photograph of it tells no deed of its own).
_AFTERMATH_PHRASES = frozenset(
    (
        "retrieving a victim",
        "retrieving victims",
        "retrieving the victims",
        "retrieving the bodies",
        "from under the rubble",
        "from the rubble",
    )
)
_PHRASES = [
    *(("attack", phrase) for phrase in sorted(_AFTERMATH_PHRASES)),
    # the siege's dead: "many died because we had no medicine"
    ("siege", "no medicine"),
    ("siege", "lack of medicine"),
    ("siege", "shortage of medicine"),
    ("siege", "lack of medical care"),
    ("chemical", "toxic gas"),
    ("chemical", "poison gas"),
    ("chemical", "poisonous gas"),
    ("chemical", "nerve gas"),
    ("chemical", "nerve agent"),
    ("chemical", "mustard gas"),
    ("chemical", "sulfur mustard"),
    ("chemical", "sulphur mustard"),
    ("chemical", "unknown gas"),
    ("chemical", "gas attack"),
    # chlorine, as witnesses see it
    ("chemical", "yellow gas"),
    ("chemical", "yellowish gas"),
    ("chemical", "white phosphorus"),
    ("barrel bomb", "barrel bomb"),
    ("barrel bomb", "barrel-bomb"),
    # dropped from the air, as most were in Syria ("cluster munitions hit Kafr Hamra")
    ("airstrike", "cluster munition"),
    ("airstrike", "cluster attack"),
    ("airstrike", "cluster strike"),
    ("barrel bomb", "barrels packed with explosives"),
    ("barrel bomb", "explosive barrels"),
    ("barrel bomb", "barrels of explosives"),
    # "a helicopter dropped a barrel containing a yellow gas"
    ("barrel bomb", "dropped a barrel"),
    ("barrel bomb", "dropped barrels"),
    ("IED", "improvised explosive"),
    ("IED", "car bomb"),
    # "a mine exploded", "a mine blast" (not "a gold mine")
    ("IED", "a mine exploded"),
    ("IED", "mine explosion"),
    ("IED", "mine blast"),
    # ("mines planted by IS killed 3 returning residents")
    ("IED", "mines planted"),
    ("IED", "mines laid"),
    ("IED", "mines left"),
    ("IED", "planted mines"),
    ("IED", "suicide bomb"),
    ("IED", "explosive device"),
    ("IED", "bomb blast"),
    # "two bomb attacks in the government-controlled city of Homs": bombs set off on
    # the ground, not dropped
    ("IED", "bomb attack"),
    # "a bombing at a rebel checkpoint": a bomb set off there, not dropped
    ("IED", "bombing at a"),
    ("IED", "bombing at the"),
    ("IED", "bomb explosion"),
    ("IED", "double bombing"),
    ("IED", "twin bombing"),
    # bombs set off on the ground ("a wave of bombings killed 148 in Jableh", "a bomb
    # went off near a checkpoint")
    ("IED", "bomb went off"),
    ("IED", "bomb exploded"),
    # "a motorbike rigged with explosives went off", "an explosive belt"
    ("IED", "rigged with explosives"),
    ("IED", "laden with explosives"),
    # "a truck packed with explosives blew up" (barrels so packed: barrel bombs,
    # told first)
    ("IED", "packed with explosives"),
    ("IED", "filled with explosives"),
    ("IED", "explosive belt"),
    ("IED", "explosive vest"),
    ("IED", "suicide vest"),
    ("IED", "suicide belt"),
    ("IED", "motorbike bomb"),
    ("IED", "motorcycle bomb"),
    ("IED", "bomb detonated"),
    ("IED", "bombs went off"),
    # "Seven explosions ripped through Jableh and Tartous": bombs on the ground
    *(
        ("IED", f"{blast} {verb} through")
        for blast in ("explosion", "explosions", "blast", "blasts", "bombs", "bombings")
        for verb in ("ripped", "tore", "rips", "tears")
    ),
    ("IED", "bombs exploded"),
    ("IED", "car-bomb"),
    # "a truck bomb claimed by Islamic State", "a motorcycle bomb"
    ("IED", "truck bomb"),
    ("IED", "truck-bomb"),
    ("IED", "lorry bomb"),
    ("IED", "motorcycle bomb"),
    ("IED", "series of explosions"),
    ("IED", "twin explosions"),
    ("IED", "twin blasts"),
    ("IED", "explosion rocked"),
    ("IED", "blast rocked"),
    ("IED", "wave of bombings"),
    ("IED", "series of bombings"),
    ("IED", "string of bombings"),
    ("IED", "coordinated bombings"),
    ("IED", "series of blasts"),
    ("IED", "suicide bomber"),
    ("IED", "blew himself up"),
    ("IED", "blew themselves up"),
    ("IED", "suicide attack"),
    ("IED", "explosive belt"),
    # explosives dug under a position: "a tunnel bomb destroyed the building"
    ("IED", "tunnel bomb"),
    # bombs planted by a road or on a car: "a roadside bomb killed three soldiers"
    ("IED", "roadside bomb"),
    ("IED", "road-side bomb"),
    ("IED", "sticky bomb"),
    ("IED", "explosive-laden"),
    ("IED", "bomb-laden"),
    ("IED", "tunnel explosion"),
    # "pro-government forces broke through the last rebel lines in Sheikh Saeed"
    ("armed clash", "broke through"),
    ("armed clash", "broken through"),
    ("armed clash", "breaking through"),
    ("IED", "tunnel bomb"),
    # "Rebels blew up a tunnel under army positions in Jobar"
    ("IED", "blew up a tunnel"),
    ("IED", "detonated a tunnel"),
    # a remnant of a strike, gone off: "a cluster bomblet exploded in Hayyan"
    ("IED", "bomblet exploded"),
    ("IED", "bomblet went off"),
    # "a cluster bomb left over from earlier strikes exploded": what the strikes left
    ("IED", "left over from"),
    ("IED", "leftover"),
    ("IED", "remnants of war"),
    ("airstrike", "air strike"),
    ("airstrike", "air raid"),
    # the UN's words for shelling: "ground-based strikes killed two women"
    ("shelling", "ground-based strike"),
    ("shelling", "ground based strike"),
    ("shelling", "ground strikes"),
    # a tank's gun is artillery: "Tank fire hit the mosque"
    ("shelling", "tank fire"),
    ("shelling", "tank shell"),
    ("shelling", "tank round"),
    ("territory change", "took control"),
    ("territory change", "taken control"),
    ("territory change", "claiming control"),
    ("territory change", "moved into"),
    ("territory change", "take town"),
    ("territory change", "takes town"),
    ("territory change", "take the town"),
    ("territory change", "take back the "),
    ("territory change", "takes back the "),
    # ("government forces took back the village of Kafr Hamra from rebels")
    ("territory change", "took back the "),
    ("territory change", "taken back the "),
    ("territory change", "taking back the "),
    ("territory change", "won back the "),
    # ("government troops recovered the village of Kafr Hamra"; not "recovered the
    # bodies")
    ("territory change", "recovered the village"),
    ("territory change", "recovered the town"),
    ("territory change", "recovered the city"),
    ("territory change", "recovered the district"),
    ("territory change", "recovered the neighbourhood"),
    ("territory change", "recovered the neighborhood"),
    ("territory change", "recovered the hill"),
    ("territory change", "recovered control"),
    # "FSA fighters cleared the villages of Qabasin and Bza'a of Daesh terrorists"
    *(
        ("territory change", f"{verb} the {kind}")
        for verb in ("cleared", "purged", "cleansed")
        for kind in (
            "village",
            "villages",
            "town",
            "towns",
            "city",
            "area",
            "district",
            "neighbourhood",
            "neighborhood",
            "hill",
            "region",
        )
    ),
    # "cutting the last route into the rebel-held east of Aleppo": a siege closed
    *(
        ("territory change", f"{verb} the {kind}")
        for verb in ("cut", "cutting", "cuts", "severed", "severing")
        for kind in (
            "last route",
            "last road",
            "only route",
            "only road",
            "last supply",
            "main supply",
            "supply route",
            "supply line",
        )
    ),
    ("territory change", "take key "),
    ("territory change", "take strategic "),
    ("territory change", "pushed deeper into"),
    ("territory change", "pushed further into"),
    ("territory change", "pushed into"),
    ("territory change", "pushing deeper into"),
    ("territory change", "pushing into"),
    ("territory change", "pressed deeper into"),
    ("territory change", "drove deeper into"),
    ("territory change", "took over"),
    # "the town was reportedly taken over by Government of Syria forces"
    ("territory change", "taken over"),
    ("territory change", "takes over"),
    # "Army units restored security and stability to the neighborhoods of": SANA's
    # word for a capture
    ("territory change", "restored security"),
    ("territory change", "restored stability"),
    ("territory change", "restored control"),
    # "rebels lost the Haydariya district" (not "lost their lives")
    ("territory change", "lost control"),
    ("territory change", "lost the "),
    # a timeline's present: "28 November: Rebels lose the whole northern part"
    ("territory change", "rebels lose the "),
    ("territory change", "loses control"),
    ("territory change", "lose control"),
    # "the opposition had lost all districts north of the road"
    ("territory change", "lost all "),
    ("territory change", "lost most of "),
    ("strategic development", "handed over"),
    # "A reconciliation agreement was signed in the town of Moadamiyeh"
    *(
        ("strategic development", f"{deal} {done}")
        for deal in ("agreement was", "deal was", "agreement has been", "deal has been")
        for done in ("signed", "reached", "struck", "concluded")
    ),
    ("strategic development", "reached an agreement"),
    ("strategic development", "reached a deal"),
    ("strategic development", "signed an agreement"),
    ("strategic development", "signed a deal"),
    # "began handing over their heavy weapons", "boarded green buses bound for Idlib"
    ("strategic development", "handing over"),
    ("strategic development", "boarded buses"),
    ("strategic development", "boarded green buses"),
    ("strategic development", "boarded the buses"),
    ("strategic development", "boarded the green buses"),
    # "raised the national flag over the Omari mosque": the place is theirs
    ("territory change", "raised the national flag"),
    ("territory change", "raised the syrian flag"),
    ("territory change", "raised the flag"),
    ("territory change", "raised their flag"),
    ("territory change", "raised its flag"),
    # "began leaving Qudsaya and al-Hameh under a deal with the regime"
    ("strategic development", "under a deal"),
    ("strategic development", "under an agreement"),
    # troops arriving, not the displaced ("where the newly displaced have arrived")
    *(
        ("strategic development", f"{who} {have}arrived")
        for who in (
            "troops",
            "forces",
            "fighters",
            "soldiers",
            "militias",
            "militiamen",
        )
        for have in ("", "have ", "had ")
    ),
    # "Turkey-backed rebels have entered the Islamic State-held city of al-Bab":
    # fighters entering a place others held take ground (a convoy entering brings aid)
    *(
        ("territory change", f"{who} {have}entered")
        for who in (
            "rebels",
            "troops",
            "forces",
            "fighters",
            "soldiers",
            "militants",
            "jihadists",
            "militias",
        )
        for have in ("", "have ", "had ", "has ")
    ),
    # "IS fighters re-entered Palmyra as government troops fled"
    *(
        ("territory change", f"{who} {have}re-entered")
        for who in ("rebels", "troops", "forces", "fighters", "militants", "jihadists")
        for have in ("", "have ", "had ", "has ")
    ),
    # "Rebels pulled out of the Old City under the deal": ground given up
    ("territory change", "pulled out of"),
    ("territory change", "pulled out from"),
    # "were displaced", not "a camp for displaced people"
    ("strategic development", "were displaced"),
    ("strategic development", "been displaced"),
    ("armed clash", "counter attack"),
    # a siege laid, not a town called besieged ("the besieged town of Madaya")
    ("siege", "laid siege"),
    ("siege", "imposed a siege"),
    ("siege", "tightened the siege"),
    ("siege", "tightened their siege"),
    ("siege", "tightening the siege"),
    ("siege", "besieged the"),
    # "regime forces closed the Castello Road, the last supply line, and the siege
    # began" (not "encircled the city of Manbij": an advance, told so)
    ("siege", "siege began"),
    # "Government forces cut the Castello Road, besieging eastern Aleppo"
    ("siege", "besieging"),
    ("armed clash", "exchanged fire"),
    ("armed clash", "to storm"),  # "tried to storm the neighbourhood"
    ("armed clash", "exchange of fire"),
]


_PHRASE_WORDS = gate_words(phrase for _, phrase in _PHRASES)

_TRUCE = frozenset({"pause", "ceasefire", "cease-fire"})
_BREACH = gated(
    r"\b(violat\w*|breach\w*|broke|break(s|ing)?|despite|collaps\w*)\b"
    # "a day after the army declared a week-long ceasefire over": it had ended
    r"|\b(ceasefire|cease-fire|truce)\s+((was|is|had|has)\s+)?(over|expired)\b",
    re.I,
)
#: ", a charge that threatens the fragile truce": said of the news, not of the event
_APPOSITIVE = gated(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:that|which)\s+[^,;]*"
    # "the YPG said Turkish jets had killed 12 of its fighters, a claim Ankara
    # denied": the other side's word on the claim, told aside
    r"|,\s+(?:a|an)\s+(?:claim|charge|accusation|allegation|account|report)\s+"
    r"[^,;]{0,60}?\b(?:denied|denies|rejected|rejects|dismissed|disputed|disputes)\b"
    r"[^,;]*"
)


#: A truce named only to say when: "hours before the ceasefire", "on the second day of
#: the truce".
_TRUCE_TIME = gated(
    r"\b(before|after|following|ahead of|during|since|into|day of|days of|hours of|"
    r"start of|"
    # "a day after a weeklong cease-fire", "since the US-Russia ceasefire"
    r"eve of)\s+(the\s+|an?\s+)?([\w-]+\s+){0,2}$",
    re.I,
)


#: A clause told aside after the deed: "..., as Russia claims", "while talks".
_AS_ASIDE = gated(
    r"(?:,\s+|\s)(?:as|while|even as|amid)\s+(?:[\w'’\"“-]+\s+){0,6}?[\"“']?"
    r"(?:[\w-]+\s+)?$",
    re.I,
)


_TOOK_EFFECT = gated(
    r"\b(went|came|entered|comes|goes) into (effect|force)\b|\btook effect\b|"
    r"\b(was|were) (signed|reached|agreed)\b",
    re.I,
)
_MODALS = frozenset({"will", "would", "could", "might"})
_LATER_CLAUSE = gated(
    r",\s+(?:and|but|while)\s|;"
    # ", as the evacuation of eastern Aleppo stalled": what went on meanwhile
    r"|,\s+as\s+(?!well\b|part\b|much\b|many\b|far\b|of\b|if\b|though\b|long\b)"
)
#: A relative clause the modal stands in: "that will", "under which rebels will".
_RELATIVE_BEFORE = gated(
    r"\b(that|which|who)\s+$"
    r"|\b(?:under|by)\s+which\s+(?:(?:the\s+|their\s+)?[\w-]+\s+){0,2}$",
    re.I,
)


#: What a toll may do, no doubt of the deed: "the death toll could rise", "was likely
#: to rise", "is expected to climb".
_TOLL_MAY_RISE = gated(
    r"\btoll\b[^.;]{0,30}?\b(?:could|would|might|will|may|is\s+expected\s+to|"
    r"was\s+expected\s+to|is\s+likely\s+to|was\s+likely\s+to)\s+(?:\w+\s+)?"
    r"(?:rise|climb|increase|grow)\b",
    re.I,
)
#: The caveat of a report: "could not be independently verified".
_UNVERIFIED = gated(
    r"could\s+not\s+(?:immediately\s+|independently\s+|yet\s+)?be\s+"
    r"(?:independently\s+|immediately\s+)?(?:confirmed|verified)\b"
    # "The Observatory could not confirm reports that 30 people were killed in strikes
    # on Kafr Nabl": the reports stand, unconfirmed
    r"|could\s+not\s+(?:immediately\s+|independently\s+)?(?:confirm|verify)\s+"
    r"(?:the\s+)?reports?\s+(?:that|of)\b",
    re.I,
)


#: A clause told beside the one before: ", as air strikes killed at least 40".
_AS_CLAUSE = gated(r", as ")


def _hedged(
    sentence: str,
    low: str,
    event_type: str | None = None,
    trigger: str | None = None,
    counts: list[Count] | None = None,
) -> bool:
    """Threatened, denied, negated or future; a truce is talk, not an event, unless the
    sentence says it was broken ("bombed the village, violating the ceasefire"), names
    it only to say when ("shelled the town hours before the ceasefire"), or tells an
    agreement that took effect (a strategic development)."""
    if _found(_NOT_EVENT, sentence, low) is None:
        return False
    breach = _BREACH.search(sentence) is not None
    aside = (
        [a.span() for a in _APPOSITIVE.finditer(sentence)] if ", " in sentence else []
    )
    # ", a day after the United States warned Ankara of sanctions": told to say when
    anchor = _trailing_anchor(sentence, low)
    hedges = list(_NOT_EVENT.finditer(sentence))
    # the clauses told with ", as ", and whether the dead stand in one
    dead_after_as = bool(
        counts
        and ", as " in sentence
        and any(c.kind == "killed" and c.value > 0 for c in counts)
    )
    as_at = [a.start() for a in _AS_CLAUSE.finditer(sentence)] if dead_after_as else []
    last_hedge = hedges[-1].start() if hedges else 0
    for m in hedges:
        if any(start <= m.start() < end for start, end in aside):
            continue
        if anchor is not None and m.start() > anchor.start():
            continue
        if m.group(0).lower() in _MODALS and _RELATIVE_BEFORE.search(
            sentence, max(0, m.start() - 30), m.start()
        ):
            continue  # "under a deal that will see them bused out": not the event
        if (
            m.group(0).lower() not in _TRUCE
            and (later := _LATER_CLAUSE.search(sentence, 0, m.start())) is not None
            # the deed told before that clause ("... is unlikely to help the rebels
            # retake lost ground": the deed is the clause's own), with its dead ("A
            # UN convoy carrying food for Madaya ..., and for Foua, has been waiting
            # for permission": a list goes on, no clause)
            and (trigger is None or 0 <= sentence.find(trigger) < later.start())
            # ("five barrel bombs fell on Bab al-Nairab, but they could not say
            # whether anyone had been killed": no toll told, the deed stands)
            and (not counts or any(c.start < later.start() for c in counts))
        ):
            # "Jets struck Douma, killing 5, and are expected to return"; "140 were
            # wounded in the blast, and officials warned that the toll would rise"
            continue
        if (
            m.group(0).lower() in ("stopped", "halted")
            and _STOPPED_WHOM.match(sentence, m.end()) is not None
            and counts is not None
            and any(c.value > 0 and c.start > m.end() for c in counts)
        ):
            # "militiamen stopped a convoy at a checkpoint and shot dead three
            # evacuees": who was stopped, and what was done to them
            continue
        if m.group(0).lower().startswith("den") and _TOLL_STANDS.search(
            sentence, m.end()
        ):
            continue  # who did it is denied, not the dead: see _TOLL_STANDS
        where = sentence.find(", where ", m.end())
        if (
            where > 0
            and counts
            and any(c.kind == "killed" and c.value > 0 for c in counts)
            and all(c.start > where for c in counts)
            # (of a day: not "where scores of residents have starved to death")
            and _A_DAY.search(sentence, where) is not None
        ):
            # "The army said it had not targeted civilians in Douma, where activists
            # said 22 people were killed in airstrikes": the dead, told of the place
            # in a clause of their own, stand
            continue
        if (
            dead_after_as
            and (k := bisect.bisect_right(as_at, m.start())) < len(as_at)
            and all(c.start > as_at[k] for c in counts or ())
            and as_at[k] >= last_hedge
        ):
            # "De Mistura warned that eastern Aleppo could be totally destroyed by the
            # end of the year, as air strikes killed at least 40 people in the
            # enclave": what is feared, and beside it the dead, who stand
            continue
        if (
            trigger is not None
            and _INTENT.fullmatch(m.group(0))
            and (at := sentence.find(trigger, m.end())) > 0
            and _CLAUSE_BREAK.search(sentence, m.end(), at) is not None
        ):
            # "Rebels said they wanted to avenge the massacre, and shelled
            # Hamdaniyeh, killing 3": what they sought, then what they did
            continue
        if (
            trigger is not None
            and m.group(0).lower() in ("stalled", "stopped", "halted", "ceased")
            and (with_at := sentence.find(", with ", m.end())) > 0
            and sentence.find(trigger, with_at) > 0
        ):
            # "The regime's offensive has stalled, with rebels retaking the village of
            # al-Hader on Monday night": what stalled it, done
            continue
        if event_type == "protest" and m.group(0).lower().startswith(
            ("call", "demand", "urg", "insist")
        ):
            continue  # "demonstrators called for the army to enter": what they asked
        if m.group(0).lower() == "could" and _UNVERIFIED.match(sentence, m.start()):
            continue  # "but the figures could not be confirmed": a caveat, no doubt
        if "toll" in low and _TOLL_MAY_RISE.search(
            sentence, max(0, m.start() - 40), m.end() + 40
        ):
            continue  # "The death toll could rise as more than 50 were wounded"
        if m.group(0).lower() not in _TRUCE:
            return True
        if event_type == "strategic development" and _TOOK_EFFECT.search(sentence):
            continue  # "a ceasefire and evacuation agreement went into effect"
        if (
            not breach
            and not _TRUCE_TIME.search(sentence[max(0, m.start() - 30) : m.start()])
            # "Regime Airstrikes Kill 30 in Douma as Russia Claims 'Humanitarian
            # Pause'": the truce told aside, after the deed
            and not (
                m.start() > 20
                and _AS_ASIDE.search(sentence, max(0, m.start() - 80), m.start())
            )
        ):
            return True
    return False


#: What a side sought or meant to do, told of a deed to come.
_INTENT = gated(
    r"(?:plans?|vow(?:s|ed)?|intends?|intended|wants?|wanted|seeks?|sought|aims?|"
    r"hopes?|hoped) to",
    re.I,
)
#: Where a clause of its own begins: ", and shelled", "; then".
_CLAUSE_BREAK = gated(r",\s+(?:and|then|before|but)\s|;")
#: A toll a denial does not deny: "Russia denied that its jets had struck a market in
#: the Fardous district, where the death toll from Wednesday's attack rose to 43".
#: The event stands; who did it is left unsaid.
_TOLL_STANDS = gated(
    r"\b(?:where|in which|after which)\s+the\s+(?:death\s+)?toll\b[^.;]{0,60}?"
    r"\b(?:rose|has risen|had risen|climbed|reached|stood at|stands at)\b"
    # "denied shelling Douma, where activists said 5 people were killed"
    r"|\b(?:where|in which)\s+(?:[\w-]+\s+){0,3}?(?:said|say|says|reported)\s+"
    r"(?:that\s+)?[^.;]{0,40}?\b(?:were|was|had been|have been)\s+(?:killed|wounded|"
    r"injured)\b"
    # "denied that its aircraft bombed a school in Hass, killing 35 people": the
    # attack and its dead stand; who did it is denied
    r"|,\s+(?:killing|which\s+killed|that\s+killed)\s+(?:at\s+least\s+|more\s+than\s+|"
    r"some\s+|about\s+|nearly\s+)?[\w,-]+\s+(?:people|persons|civilians|children|"
    r"women|students|pupils|patients|residents)\b",
    re.I,
)


#: A state that has lasted, not an event: "has been on the offensive in the Eastern
#: Ghouta since last year", "has been besieged since 2013".
_STANDING = gated(
    r"\b(?:has|have|had)\s+been\b[^.;:]{0,80}?\bsince\s+(?:last\s+(?:year|summer|"
    r"winter|spring|autumn|fall)\b|(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\b|"
    r"the\s+(?:start|beginning|outbreak)\b)"
    # "Rebels have lost more than 90% of the territory they held in eastern Aleppo
    # since the offensive began": ground changed hands over weeks, no deed of a day
    r"|\b(?:has|have|had)\s+(?:lost|gained|taken|captured|retaken|recaptured|seized)\s+"
    r"(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+)?(?:\d+\s*%|"
    r"(?:\d+\s+per\s*cent|half|most|a\s+third|two-thirds|three-quarters|much)\b)"
    r"[^.;]{0,100}?\bsince\b"
    # "Saraqeb has been bombed almost daily since Russia began its air campaign in
    # September 2015" (not "Madaya, which has been besieged since July 2015": a state
    # of the place, beside the event)
    r"|(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwhere\s)\b(?:has|have)\s+been\s+\w+\s+"
    r"(?:(?:almost\s+|nearly\s+)?(?:daily|every\s+day|nightly|regularly|repeatedly|"
    r"constantly)\b|since\s+[^.;:]{0,60}?\b(?:19|20)\d\d\b)"
    # "For weeks the town had been loud with shelling"
    r"|\bfor\s+(?:weeks|months|years)\b[^.;:]{0,80}?\b(?:has|have|had)\s+been\b"
    r"|\b(?:has|have|had)\s+been\b[^.;:]{0,80}?\bfor\s+(?:weeks|months|years)\b"
    # "Since late November, government forces have retaken three-quarters of ..."
    r"|^\s*since\s+(?:late\s+|early\s+|mid-?)?(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december|last\s+\w+|the\s+"
    r"(?:start|beginning))\b[^.;]{0,150}?\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en)\b"
    # "Kurdish-led forces have been advancing on Raqqa since Nov. 6": an offensive
    # going on for weeks, no deed of a day
    r"|(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwhere\s)(?<!\bwho\s)\b(?:has|have)\s+been\s+"
    r"\w+ing\b[^.;:]{0,60}?\bsince\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|"
    r"oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|(?:early|late|mid-?)\s*[a-z]+\b|last\s+[a-z]+\b)",
    re.I,
)


#: How the event just told compares: "The offensive is the biggest in the area since
#: 2015", "The attack was one of the deadliest this year".
_EVALUATION = gated(
    r"\s*(?:The|This|That|It|Its)\s+(?:[\w-]+\s+){0,2}?(?:is|was|has\s+been|"
    r"had\s+been|marks|marked)\s+(?:one\s+of\s+|among\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:biggest|largest|deadliest|worst|heaviest|bloodiest|fiercest|most\s+\w+)\b"
)
#: A count of attacks, not one: "has documented eight chemical attacks on Aleppo
#: between November 17 and December 13", "a series of attacks on medical facilities".
_SUMMARY = gated(
    r"(?:\b(?:has|have|had)\s+(?:also\s+|now\s+)?"
    # "Amnesty documented at least six attacks ... between 19 and 29 September": a
    # count over days, told in the past simple
    r"|(?=[^.;]*\bbetween\s+\d{1,2}\s+and\s+\d{1,2}\s+[A-Z][a-z]+))"
    r"(?:documented|recorded|counted|verified|confirmed|monitored|registered)\s+"
    r"(?:at least\s+|more than\s+|some\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|several|dozens of|hundreds of|scores of|a series of|"
    r"a number of)\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|airstrikes|air strikes|"
    r"raids|incidents|violations|bombings|massacres)\b",
    re.I,
)


#: A deed of one day told in a clause of a state that has lasted: "has been bombed
#: since the beginning of the month, which also targeted the town's hospital on
#: November 19".
_DEED_OF_A_DAY = gated(
    r",\s+(?:which|that|and)\s+(?:also\s+)?(?:targeted|hit|struck|destroyed|shelled|"
    r"bombed)\b[^.;:]{0,80}?\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    rf"{_MONTH_OR_ABBR}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH_OR_ABBR}\b)"
)


def _standing(sentence: str, low: str, counts: list[Count]) -> bool:
    """A state that has lasted, a count of attacks, or a measure of the event told:
    not one event."""
    if counts:
        return False
    if ("est " in low or "most " in low) and _EVALUATION.match(sentence):
        # "The offensive is the biggest in the area since the rebels were pushed back
        # from Morek in 2015": how the event told compares, not another
        return True
    if (
        "since" in low
        or "for weeks" in low
        or "for months" in low
        or "for years" in low
        or "daily" in low
        or "every day" in low
        or "nightly" in low
        or "regularly" in low
        or "repeatedly" in low
        or "constantly" in low
    ) and _STANDING.search(sentence) is not None:
        # (but "..., which also targeted the town's hospital on November 19": a deed
        # of a day, told within the state)
        return _DEED_OF_A_DAY.search(sentence) is None
    return (
        ("has " in low or "have " in low or "had " in low or "between " in low)
        and any_in(low, _SUMMARY_WORDS)
        and _SUMMARY.search(sentence) is not None
    )


_SUMMARY_WORDS = gate_words(
    (
        "documented",
        "recorded",
        "counted",
        "verified",
        "confirmed",
        "monitored",
        "registered",
    )
)


def _is_national(sentence: str, counts: list[Count]) -> bool:
    if _NATIONAL.search(sentence):
        return True
    if "sides" in sentence and _BOTH_SIDES.search(sentence):
        return False  # "73 fighters on both sides died": a battle's toll
    killed = max((c.value for c in counts if c.kind == "killed"), default=0)
    return (
        killed >= NATIONAL_TALLY_MIN
        and bool(_MONITOR.search(sentence))
        # "the Observatory put the death toll at 71": the toll of the event just told
        and not _THE_TOLL.search(sentence)
        # "killed in the battle for the city": the city just told
        and not _THE_PLACE.search(sentence)
    )


#: A report's item by governorate: "Idlib: 23 martyrs", "Aleppo: 65 killed".
_GOVERNORATE_LABEL = gated(
    r"\s*([A-Z][\w'’ -]{2,25}?):\s+(?:\d|(?i:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|dozens|scores)\b)"
)
#: Where most of a national toll fell: "most of them in", "the majority in".
_MOST_OF_THEM_IN = gated(
    r"\b(?:most|many|the\s+majority|the\s+bulk)\s+(?:of\s+(?:them|whom|those)\s+)?"
    r"(?:were\s+|died\s+|killed\s+)?in\s+(?:the\s+)?$|\bmostly\s+in\s+(?:the\s+)?$",
    re.I,
)
_BOTH_SIDES = gated(r"\b(?:on|from|of)\s+(?:both|all|the two)\s+sides\b", re.I)
_THE_PLACE = gated(
    r"\b(?:for|in|of|around|near|inside)\s+the\s+(?:city|town|village|area|"
    r"neighbou?rhood)\b"
    # "were killed in the battle": the battle just told, of a place
    # ("were killed in the fighting on Sunday, the Syrian Observatory said")
    r"|\bkilled\s+in\s+the\s+(?:battle|offensive|fighting|clashes|assault|"
    # ("at least 135 people were killed in the attack, which began on Saturday")
    r"attacks?|bombings?|bombardment|shelling|raids?|strikes|air ?strikes|massacre|"
    r"blasts?|explosions?|"
    r"counter-?(?:offensive|attack))(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|\s+(?:yesterday|today))?\s*(?:[.,;]|$)",
    re.I,
)


_THE_TOLL = gated(r"\bthe (?:death |casualty )?toll\b", re.I)


#: actor -> (case-sensitive?, words): every match of the actor's pattern holds one.
_ACTOR_GATES: dict[str, tuple[bool, tuple[str, ...]]] = {
    "Russia/regime": (False, ("russia",)),
    "US-led coalition": (
        True,
        (
            "US-led",
            "US ",
            "coalition",
            "Coalition",
            "American",
            "U.S.",
            "United States",
            "French",
            "British",
            "RAF",
            "Jordanian",
            "Australian",
            "Belgian",
            "Dutch",
            "Danish",
            "Canadian",
        ),
    ),
    "Israel": (True, ("Israel", "Zionist", "IDF")),
    "Turkey": (
        False,
        ("turk", "olive branch", "euphrates shield", "tsk", "ankara", "erdo"),
    ),
    "Islamic State": (
        True,
        (
            "Islamic State",
            "IS",
            "Daesh",
            "Walid",
            "Amaq",
            "Jaish Khalid",
            "Jaysh Khalid",
        ),
    ),
    "Hezbollah": (True, ("Hezbollah", "Resistance")),
    "Kurdish YPG/SDF": (
        True,
        (
            "YPG",
            "YPJ",
            "SDF",
            "QSD",
            "PYD",
            "Asayish",
            "Syrian Democratic",
            "Kurdish",
            "Afrin Liberation",
            "HRE",
            "Manbij Military",
            "al-Thuwar",
            "PKK",
            "Protection Units",
            "US-",
            "U.S.-",
        ),
    ),
    "Russia": (True, ("Russia", "Moscow", "Wagner", "Su-3", "Tu-", "Putin")),
    "regime": (
        False,
        (
            "regime",
            "pro-assad",
            "assad forces",
            "assad's",
            "assad’s",
            "syrian",
            "government ",
            "saa",
            "loyalist",
            "military forces of syria",
            "army unit",
            "army air force",
            "iran-backed",
            "iranian-backed",
            "tehran-backed",
            "russia-backed",
            "russian-backed",
            "moscow-backed",
            "kremlin-backed",
            "the army",
            "ndf",
            "national defen",
            "tiger forces",
            "special mission",
            "special tasks",
            "republican guard",
            "4th ",
            "fourth ",
            "desert hawks",
            "suqur al-sahra",
            "qalamoun shield",
            "iranian",
            "irgc",
            "revolutionary guard",
            "shiite militia",
            "shia militia",
            "afghan",
            "zainabiyoun",
            "fatemiyoun",
            "liwa al-quds",
            "iraqi",
            "nujaba",
            "popular mobili",
            "hashd",
            "government of syria",
            "gos",
            "security forces",
        ),
    ),
    "rebels": (
        False,
        (
            "rebel",
            "fsa",
            "free syrian army",
            "free idl",
            "opposition fighters",
            "-backed",
            "insurgent",
            "jabhat",
            "nusra",
            "hts",
            "tahrir al",
            "aas",
            "syria liberation",
            "national liberation",
            "nlf",
            "national army",
            "sna",
            "islamist militia",
            "battalions",
            "terrorist ",
            "ahrar",
            "jaysh al-islam",
            "jaish al-islam",
            "army of islam",
            "islam army",
            "rahman",
            "sham",
            "faction",
            "fatah",
            "fateh",
            "army of conquest",
            "jfs",
            "zinki",
            "zenki",
            "sultan murad",
            "hamza division",
            "southern front",
            "izza",
            "al-qa",
            "jund al-aqsa",
            "terrorists",
            "illegal armed",
            "levant front",
            "shamiya front",
            "al-nasr",
            "tasim",
            "non-state armed",
            "nsag",
            "armed opposition group",
            "moderate opposition",
            "armed groups",
        ),
    ),
}
#: (actor, pattern, case-sensitive gate?, gate words), in the order they are tried
_GATED_ACTORS = [
    (actor, pattern, case, gate_words(words))
    for actor, pattern in _ACTORS
    for case, words in [_ACTOR_GATES[actor]]
]


#: What makes an actor's word describe a place instead: who holds it, whose border.
_NOT_ACTOR_AFTER = gated(
    r"-(held|controlled|run|besieged)\b|\s+(border|frontier)\b(?!\s+guard)"
    # where, not who: "in the Turkish city of Gaziantep", "the Lebanese town of Arsal"
    r"|\s+(?:city|town|village|province|capital|port|side\s+of\s+the\s+border)\s+of\b"
    # who backs them is not who acts: "Russian-backed pro-government militias"
    r"|-backed\s+(?=\S)"
    # who suffered it: "the terrorists were neutralized", "two Turkish soldiers were
    # killed"
    r"|\)?(?:\s+[\w-]+){0,3}?(?:\s+\([\w-]{2,12}\))?(?:,[^,.;]{1,40},)?"
    # "Turkish troops stationed in Afrin were attacked"
    r"(?:\s+(?:stationed|positioned|deployed|based)\s+(?:in|at|near)\s+(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:were|was|"
    r"have\s+been|had\s+been|has\s+been)\s+"
    # "members of the Popular Protection Units (YPG) were "neutralised""
    r"(?:\w+\s+)?[\"“']?(?:killed|neutrali[sz]ed|wounded|injured|captured|arrested|"
    r"executed|targeted|hit|struck|ambushed|besieged|attacked)\b"
    r"|\s+(areas?|territor(y|ies)|districts|neighbou?rhoods)\b"  # "in rebel areas"
    # "in the regime strongholds of Jableh and Tartous": whose land was hit
    r"|\s+(?:[\w-]+\s+)?(strongholds?|heartlands?|bastions?|enclaves?)\b"
    # what was hit: "a car bomb exploded near a rebel checkpoint", "outside an Ahrar
    # al-Sham office"
    r"|(?-i:(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,2})\s+(checkpoints?|positions?|bases?|"
    r"headquarters|outposts?|posts?|offices?)\b"
    # whose land it is: "in the regime's coastal heartland"
    r"|['’]s\s+(?:[\w-]+\s+)?(?:heartland|stronghold|territory|areas|enclave|"
    r"bastion|fiefdom)\b"
    # an organisation, not a belligerent: "the Syrian American Medical Society"
    r"|\s+(Medical|Red Crescent|Embassy|embassy|University|Society|Relief|"
    r"Reconciliation (Center|Centre))\b"
    # who speaks: "Kurdish officials accused Turkey", "a Turkish military statement"
    r"|\s+(blamed|blames|accused|accuses)\b"  # "an attack Turkey blamed on IS"
    # who gave way: "saying rebels withdrew after heavy bombardment overnight"
    r"|\s+(?:had\s+|have\s+)?(withdrew|withdrawn|retreated|pulled\s+out|pulled\s+back|"
    r"fled)\b"
    # who lost it: "The rebels' losses followed the fall of al-Shaar"
    r"|['’]s?\s+(?:[\w-]+\s+)?(?:losses|loss|defeat|retreat|withdrawal|setbacks?|"
    r"collapse)\b"
    # "the YPG, which Turkey regards as a terrorist group"
    r"|\s+(regards|considers|views|designates|deems)\b"
    # who reacts: "Russia, which has an air base near Jableh, condemned the attacks"
    r"|(?:,[^,.;]{1,60},)?\s+(?:condemned|condemns|denounced|denounces)\b"
    r"|(\s+military)?\s+(officials?|sources?|statement|spokes(man|woman|person)|"
    r"media|news agency|agency|activists?|outlets?|television|TV|channel|newspaper|"
    r"website)\b"
    # unless they tell of their own: "Hezbollah television said its fighters"
    r"(?!(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|reported|announced)\s+(?:that\s+)?"
    r"(?:it|its|their|the\s+group['’]s)\b)"
    # who died: "Two Turkish soldiers were killed", "two government militiamen were
    # killed"
    r"|\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|martyred)\b"
    # a headline's dead, told without "was": "Senior Hezbollah Commander Killed in
    # Aleppo" (not "Russian Jets Killed 20": jets are no victims)
    r"|(?:\s+[\w-]+)?\s+(?:commanders?|soldiers?|fighters?|officers?|generals?|"
    r"leaders?|members?|troops|militants?|pilots?|colonels?|advisers?|advisors?|"
    r"officials?)\s+(?:killed|dies|died|wounded|injured|slain)\b"
    # passive, not "fighters killed 2 children": a place, a time or the end follows
    r"(?=\s+(?:in|at|near|on|by|as|during|after|while|when)\b|\s*[,.;:]|\s*$)"
    r"|\s+(soldiers?|troops|civilians?|fighters?|militants?|militiamen|personnel|"
    r"officers?|policem[ae]n|pilots?|members?|commanders?)\s+"
    r"(were|was|had been|have been)\s+"
    r"(\w+\s+)?"
    r"(killed|wounded|injured|hurt|shot|martyred)\b",
    re.I,
)
_TARGET_BEFORE = gated(
    r"\b(?:(against|on|at|with|of|fighting|targeting|from|bound for|destined for)\s+"
    # "an IED targeted Coalition forces"; not "targeted by Russian warplanes"
    # "the Kurdish militia that leads the SDF": whom it leads, no actor
    r"|(targeted|targets|attacked|ambushed|downed|shot down|leads|heads|dominates|"
    # "protested the regime's arrest campaign": what was protested
    r"protested|protesting|denounced|denouncing|condemned|condemning)\s+"
    r"(?!by\b)(?:an?\s+)?)"
    # (not "fighting between regime forces and rebels": two sides, the first named;
    # nor "On Wednesday the army retook Maardes": a day, then who acted)
    r"(the\s+)?(?!between\s)(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|dawn|dusk|midnight|noon|night|daybreak|first\s+light)\s)([\w/-]+\s+)?$"
    # "a deal to evacuate civilians and rebels": whom it moves
    r"|\b(?:evacuate|evacuated|evacuating|evacuation\s+of|relocate|relocating)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:[\w-]+\s+(?:and|or)\s+)?$"
    # "Jordanian jets hit IS targets", "gunmen killed an HTS commander", "killing 2
    # Coalition forces"; not "killed in Russian bombing", "killed when regime forces"
    r"|\b(?:hit|hits|struck|bombed|bombs?|shelled|shells?|pounded|pounds?|killed|kills?|"
    r"killing|stormed|storms?|assassinated|assassinating|assassinates?|executed|"
    r"executes|executing|"
    # "wounding three SDF fighters"
    r"wounding|injuring|"
    # "a strike destroyed an ISIS oil wellhead", "engaged 10 ISIS tactical units"
    r"destroyed|destroying|engaged|engaging|"
    r"kidnapped|abducted|arrested|detained)\s+"
    # "killed a senior al-Qaeda leader": a word may stand between article and name
    r"(?:(?:an?|the)\s+(?:[a-z]+\s+)?|(?:former|senior|prominent)\s+|"
    r"(?:\d+|several|dozens of|scores of|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?$"
    # "the border crossing between Syria and Turkey": a country as a place
    r"|\bbetween\s+syria\s+and\s+$"
    # "an ammunition depot belonging to Syrian government forces": whose it was
    r"|\b(?:depots?|positions?|posts?|bases?|headquarters|warehouses?|convoys?|"
    r"vehicles?|trucks?|sites?|buildings?|barracks|checkpoints?|stores?|camps?|cars?|"
    r"buses|bus|motorcycles?|offices?|houses?|homes?)\s+"
    r"(?:belonging|belonged|belongs)\s+to\s+(?:the\s+)?$"
    # "carrying ammunition to a Turkish observation post": whose post it was bound
    # for (not "loyal to the regime", "attributed to Russian jets")
    r"|\bto\s+an?\s+$"
    # "the deadliest single loss for Moscow": who lost
    r"|\b(?:loss|losses|blow|setback|defeat|humiliation)\s+(?:for|to)\s+(?:the\s+)?$"
    # "killing at least eight people, including three rebel fighters": among the dead
    r"|\b(?:including|among\s+them|among\s+whom(?:\s+were)?)\s+(?:\d+|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+$"
)
#: Whose the fighters are: "the fighters of the Olive Branch operation controlled"
#: A side's command, speaking for it: "the General Command of (the SDF) said".
_COMMAND_OF = gated(
    r"\b(?:command|leadership|media\s+office)\s+of\s+(?:the\s+)?$", re.I
)
_SPEAKS_AFTER = gated(
    r"(?:\s+\([\w .-]{1,20}\))?\s+(?:said|says|announced|announces|stated|reported|"
    r"confirmed)\b"
)
_OWNER_OF = gated(
    r"\b(?:fighters|forces|members|troops|units|factions|militants|soldiers|jets|"
    r"warplanes|aircraft|militiamen|gunmen|mercenaries|elements)\s+(?:of|from)\s+"
    # "Forces of the Assad regime advanced"
    r"(?:the\s+)?(?:so-called\s+|Assad\s+|Syrian\s+)?$",
    re.I,
)
#: Means, then whose: "sniper fire from (regime forces)", "shelling from (the)".
_FIRE_FROM_BEFORE = gated(
    r"\b(?:fire|gunfire|shelling|shells|strikes?|air ?strikes?|rockets?|missiles?|"
    r"bullets?|bombardment|barrel\s+bombs?|snipers?)\s+from\s+(?:the\s+)?"
    r"([\w-]+\s+)?$",
    re.I,
)
_FROM_BEFORE = gated(
    # "from Russian missile strikes", "Aftermath of Russian airstrike on ...": the cause
    r"\b(?:from|(?:aftermath|wake|victims?|result)\s+of)\s+(?:the\s+|an?\s+)?$",
    re.I,
)
#: Means told as some side's: "the shelling of (the regime forces)", a translation's
#: way of saying whose.
_MEANS_OF_BEFORE = gated(
    r"\b(?:shelling|shells|fire|gunfire|bombardment|bombing|air ?strikes?|strikes|"
    r"raids|bullets|missiles|rockets)\s+of\s+(?:the\s+)?$",
    re.I,
)
#: An armed force as the name of a side goes on: "(regime) forces", "(Russian) jets".
_FORCES_WORD = gated(
    # ("the bombing of Russian planes on Anadan", "the shelling of regime artillery")
    r"(?:\s+|\b)(?:forces|troops|army|militias?|(?:war)?planes?|jets?|aircraft|"
    r"artillery|helicopters?|drones?|aviation|air\s+force|snipers?)\b",
    re.I,
)
_MEANS_AFTER = gated(
    r"\s+(?:(?:missile|rocket|artillery|air|aerial)\s+)?(?:air ?strikes?|strikes?|"
    r"bombing|bombardment|shelling|raids?|warplanes?|jets?|aircraft|helicopters?|"
    r"artillery|shells|rockets|missiles|attacks|clashes|fire|gunfire|snipers?)\b",
    re.I,
)
_COUNTED_OWNER = gated(
    r"(?:\b(?:killing|killed|death|deaths|injury|injuries|wounding|loss|losses|"
    r"bodies)\s+of\s+(?:[\w-]+\s+){0,3}?|\b(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|scores|several)\s+(?:[\w-]+\s+)?)"
    r"(?:fighters|forces|members|troops|units|factions|militants|soldiers|"
    r"militiamen|gunmen)\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
_COUNTRIES = frozenset({"Turkey", "Israel", "Russia", "Iran", "Jordan", "Lebanon"})
#: A country's place, after its adjective: "in a Turkish (hospital)".
_A_COUNTRYS_PLACE = gated(
    r"\s+(?:hospitals?|border\s+towns?|towns?|cit(?:y|ies)|territory|soil|side\s+of|"
    r"camps?|villages?)\b"
)
_IN_BEFORE = gated(r"\b(?:in|to|into|at|inside)\s+(?:a|an|the)?\s*$", re.I)
#: A town, then its country: "lives in Urfa, (Turkey)".
_PLACE_BEFORE_COUNTRY = gated(
    r"\b(?:in|to|from|at|near)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+$"
)
#: Whom victims were said to serve: "accused of spying for the".
_SERVED_BEFORE = gated(
    r"\b(?:spying|working|collaborating|informing|fighting|dealing)\s+(?:for|with)\s+"
    r"(?:the\s+)?$"
    r"|\b(?:agents?|spies|informants?|collaborators?)\s+(?:of|for)\s+(?:the\s+)?$"
)
#: One who speaks for a side: "spokesman for the (Manbij Military Council)".
_SPEAKS_FOR_BEFORE = gated(
    r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
_BLAMED_ON = gated(
    r"\b(?:blamed|blames|blaming|attributed)\s+(?:it\s+)?(?:on|to)\s+(?:the\s+)?$"
    # "the faction controlling the town blamed Islamic State": who it blames
    r"|\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?:the\s+)?$"
)
#: Who speaks is not who acted: "the SDF said 20 civilians died in the strikes",
#: "rebels in the town of Talbiseh said government artillery killed a child",
#: "according to the SDF"; up to six words, none a verb of acting, before the verb.
_SPEAKER_AFTER = gated(
    r"\)?(?:\s+\([\w .-]{1,20}\))?"  # "The Syrian Democratic Forces (SDF) said"
    r"(?:['’]s)?"  # "Turkey's Dogan news agency said"
    r"(?:\s+(?!(?:struck|hit|shot|fired|dropped|launched|bombed|shelled|killed|"
    r"attacked|carried|targeted|stormed|seized|captured|took|are|is|was|were|be|"
    r"been)\b)[\w'’-]+){0,6}?"
    # "The YPG, which Turkey regards as a terrorist group, said"
    r"(?:,\s+(?:which|who)\b[^,.;]{1,60},)?"
    r"\s+(?:said|says|say|told|has\s+confirmed|confirmed|confirms|stated|"
    # ("Amaq reported that Russian jets killed 12", not "shelled by regime forces
    # with no injuries or fatalities reported.")
    r"(?<!fatalities\s)(?<!injuries\s)(?<!casualties\s)(?<!deaths\s)"
    r"(?:reported|reports)(?=\s+\w))\b"
    r"(?!\s+to\b)"
    # "the SDF said it had captured six villages": who tells of itself acted (not
    # "said two of its fighters were killed": its dead)
    # ("said in a statement that its fighters had killed 30 soldiers")
    # (but "said Turkish tanks had shelled its positions": its, the object)
    r"(?!(?:\s+(?!(?:shelled|struck|hit|bombed|targeted|attacked|fired|killed|shot|"
    r"raided|stormed|ambushed)\b)[\w'’-]+){0,5}?\s+(?<!\bof\s)(?:it|its|they|their|"
    r"we|our|the\s+group['’]s)\b)"
)
#: "Kurdish-led forces came under Turkish artillery fire": who fired is named after
#: "under", and who was fired on before it.
_BY_AFTER = gated(r"\s+(?:by|from)\s+")
_UNDER_FIRE = gated(
    r"\b(?:came|come|comes|coming)\s+under\s+(?:(?:heavy|intense|renewed)\s+)?"
    r"(?P<who>(?:[\w-]+\s+){0,3}?)(?:artillery\s+|rocket\s+|mortar\s+)?"
    r"(?:fire|attack|shelling|bombardment|air ?strikes|bombing)\b",
    re.I,
)
#: An operation's name is not who acts: "the operation, called Euphrates Shield"
_NAMED_BEFORE = gated(
    # ("the so-called Islamic State attacked": a name disowned, still who acted)
    r"\b(?<!so-)(?<!so )(?:called|dubbed|named|codenamed|code-named)\s+$"
    # "the YPG, which Turkey regards as a terrorist group": a label, not who acted
    r"|\b(?:regards?|regarded|considers?|considered|views?|viewed|brands?|branded|"
    r"labels?|labell?ed|designates?|designated)\s+(?:\w+\s+)?as\s+(?:an?\s+|the\s+)?$"
)
_SOURCE_BEFORE = gated(
    # "according to the SDF's Manbij Military Council"
    r"\baccording to\s+(?:the\s+)?(?:[\w-]+(?:['’]s)?\s+)?$",
    re.I,
)
#: Who holds a place is not who acted there: "villages held by the SDF".
_HOLDER_BEFORE = gated(
    r"\b(?:(held|controlled|run|manned)\s+by|"
    # "a headquarters used by the terrorist group": whose the place was (not "the
    # weapons used by the regime": whose hand)
    r"(?:headquarters|bases?|buildings?|positions?|depots?|warehouses?|facilit(?:y|ies)|"
    r"compounds?|camps?|checkpoints?|posts?|offices?|prisons?|hospitals?|schools?)"
    r"\s*,?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:used|occupied|operated)\s+by)\s+"
    r"(the\s+|an?\s+)?"
    # ("controlled by opposition factions")
    r"([\w.-]+-(?:led|backed|allied|aligned|supported)\s+|(?:opposition|armed|rebel|"
    r"Islamist|jihadist|Kurdish|government|regime|loyalist)\s+)?$",
    re.I,
)


#: "allowing for the capture of the town by Turkish and Olive Branch forces": who
#: took it is named after "by".
#: An attack fought off, and who made it: "repelled an attack by".
_REPELLED_BY = gated(
    r"\b(?:repelled|repulsed|thwarted|foiled|fended\s+off|beat\s+back|beaten\s+back)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|offensive|advance|attempt|"
    r"incursion)\s+by\s+",
    re.I,
)
#: Who fought an attack off, told before it: "Rebels said they had repelled an".
_DEFENDER_AFTER = gated(
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:said\s+(?:that\s+)?(?:they|it)\s+)?(?:had\s+|have\s+|"
    r"has\s+)?(?:managed\s+to\s+|were\s+able\s+to\s+)?(?:repelled|repel|repulsed|"
    r"repulse|fended\s+off|beat\s+back)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|assault|offensive|advance|attempt|incursion)\b"
    r"(?!\s+by\b)",
    re.I,
)
_CAPTURED_BY = gated(
    r"\b(?:capture|control|takeover)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"by\s+"
    # "the key town of Khan Touman, which was captured by Jaysh al-Fateh in May"
    r"|\b(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:captured|seized|"
    r"taken|overrun|stormed|retaken|recaptured)\s+by\s+",
    re.I,
)


def _actor(sentence: str) -> str | None:
    if (
        sentence.find(": ", 0, 34) >= 0
        and (label := _LEAD_LABEL.match(sentence)) is not None
    ):
        # "Turkey: 3 Soldiers Killed in Regime Airstrike Near al-Bab": what the item
        # is about, labelled, is not who did it, when the rest names a hand
        told = _actor(sentence[label.end() :])
        if told is not None:
            return told
    found = []
    speakers: list[str] = []
    low = sentence.lower()
    if (
        " from " in low
        and "-" in low
        and (held := _FIRED_FROM_HELD.search(sentence)) is not None
        and (side := _actor(f"{held.group(1)} fighters")) is not None
    ):
        # "The shell was fired from the rebel-held Daraya": whose ground it came from
        return side
    if (
        " by " in low
        and (
            "capture of" in low
            or "control of" in low
            or "over of" in low
            or "which " in low
            or "that " in low
        )
        and (by := _CAPTURED_BY.search(sentence)) is not None
    ):
        who = _actor(sentence[by.end() : by.end() + 50])
        if who is not None:
            return who
    if (
        " by " in low
        and ("repel" in low or "repuls" in low or "thwart" in low or "foil" in low)
        and (by := _REPELLED_BY.search(sentence)) is not None
    ):
        # "rebels said they had repelled an attack by the Syrian army": who attacked
        who = _actor(sentence[by.end() : by.end() + 50])
        if who is not None:
            return who
    if "respon" in low and (response := _RESPONSE_TO.search(sentence)) is not None:
        # "Rebels said they were responding to government airstrikes on the eastern
        # districts, where eight people were killed": the strikes told are theirs
        who = _actor(sentence[response.end() : response.end() + 60])
        if who is not None and _MEANS_AFTER.search(
            sentence, response.end(), response.end() + 60
        ):
            return who
    if "under " in low and (under := _UNDER_FIRE.search(sentence)) is not None:
        who = _actor(sentence[under.start("who") : under.end()])
        by = _BY_AFTER.match(sentence, under.end())
        if by is not None:  # "came under attack by Islamic State"
            who = _actor(sentence[by.end() : by.end() + 40]) or who
        if who is not None:
            return who
    # ", days after the army drove Islamic State out": what came before, told to say
    # when; who did it did not do the sentence's deed
    anchor = _trailing_anchor(sentence, low)
    # (tested once: a sentence may be very long, with many actors named)
    defended = "repel" in low or "repuls" in low or "fended" in low or "beat" in low
    accusing = "accuse" in low or "blame" in low
    finding = "found" in low or "discover" in low or "uncover" in low
    downed = "down" in low
    for actor, pattern, case, words in _GATED_ACTORS:
        if not any_in(sentence if case else low, words):
            continue  # cheap: a substring test instead of a regex scan
        victims_end = -1  # where the last target of this actor's words ends
        served_end = -1  # where the last name of whom victims served ends
        for m in pattern.finditer(
            sentence, 0, anchor.start() if anchor is not None else len(sentence)
        ):
            # "against the Islamic State", "on Turkish-backed rebels": targets, not actors
            before = sentence[max(0, m.start() - 25) : m.start()].lower()
            if (
                victims_end >= 0
                and (
                    _APPOSITION_GLUE.fullmatch(sentence, victims_end, m.start())
                    # "destroyed three ISIS oil stills, two wellheads and an ISIS
                    # vehicle": the list of what was hit goes on
                    or _TARGET_LIST_GLUE.fullmatch(sentence, victims_end, m.start())
                    # "a commander of Jabhat Fateh al-Sham (JFS)": its acronym
                    or sentence[victims_end : m.start()].strip() == "("
                    # "a command post of the Jabhat al-Nusra terrorist group": the
                    # rest of the target's name
                    or _NAME_GLUE.fullmatch(sentence, victims_end, m.start())
                )
            ):
                # "neutralized 27 members of the YPG, the Kurdish militia": the
                # target told again
                victims_end = m.end()
                continue
            if _BLAMED_ON.search(before):
                # "an attack Turkey blamed on the Islamic State": who it is blamed on
                found.append((-1, 0, actor))
                continue
            if m.group(0) in _COUNTRIES and _PLACE_BEFORE_COUNTRY.search(
                sentence, max(0, m.start() - 40), m.start()
            ):
                continue  # "a teacher who now lives in Urfa, Turkey": where, not who
            if _A_COUNTRYS_PLACE.match(sentence, m.end()) and _IN_BEFORE.search(
                sentence, max(0, m.start() - 12), m.start()
            ):
                continue  # "died in a Turkish hospital": where, not who
            if _SPEAKS_FOR_BEFORE.search(before):
                # "said Sherwan Darwish, spokesman for the Manbij Military Council":
                # who speaks for them, not who acted
                continue
            if _SERVED_BEFORE.search(before) or (
                served_end >= 0 and not sentence[served_end : m.start()].strip()
            ):
                # "beheaded two men accused of spying for the US-led coalition" (and
                # the rest of the name)
                served_end = m.end()
                continue
            if _TARGET_BEFORE.search(before) and not (
                # "destruction from Russian missile strikes": the cause, not a target
                (_FROM_BEFORE.search(before) and _MEANS_AFTER.match(sentence, m.end()))
                # "killed by sniper fire from regime forces": whose fire
                or _FIRE_FROM_BEFORE.search(before)
                # "killed by the sniper fire of the regime forces": whose fire
                or (
                    _MEANS_OF_BEFORE.search(before)
                    and (
                        _FORCES_WORD.search(m.group(0))
                        or _FORCES_WORD.match(sentence, m.end())
                    )
                )
                or (
                    _OWNER_OF.search(sentence, max(0, m.start() - 40), m.start())
                    # "the killing of 5 fighters of the Syrian Army", "2 fighters of
                    # the rebel factions were injured": whose dead they were
                    and not _COUNTED_OWNER.search(
                        sentence, max(0, m.start() - 70), m.start()
                    )
                )
                # "The General Command of the Syrian Democratic Forces said its
                # fighters liberated Khneiz": the side its command speaks for
                or (
                    _COMMAND_OF.search(sentence, max(0, m.start() - 30), m.start())
                    and _SPEAKS_AFTER.match(sentence, m.end()) is not None
                )
            ):
                victims_end = m.end()
                continue
            if defended and _DEFENDER_AFTER.match(sentence, m.end()):
                # "Rebels said they had repelled an attack on Basima": who held it
                # off did not attack
                continue
            if _SPEAKER_AFTER.match(sentence, m.end()):
                speakers.append(actor)
                continue  # who told it
            if (
                _SOURCE_BEFORE.search(before)
                or _NAMED_BEFORE.search(before)
                # "Kurdish-led forces, who have been advancing, accused Turkey of
                # bombing their positions": who accuses, not who bombed
                or (accusing and _ACCUSER_AFTER.match(sentence, m.end()) is not None)
            ):
                continue  # who told it, or what something is called
            if _NOT_ACTOR_AFTER.match(sentence, m.end()) or _HOLDER_BEFORE.search(
                before
            ):
                continue  # "the rebel-held town", "near the Turkish border"
            if finding and _FINDER_AFTER.match(sentence, m.end()):
                continue  # "Syrian troops have found a mass grave": who found them
            if downed and _DOWNED_AFTER.match(sentence, m.end()):
                continue  # "A Russian helicopter was shot down": whose aircraft fell
            # the first named; of two there, the longer ("Russian-regime", not
            # "Russian")
            found.append((m.start(), m.start() - m.end(), actor))
    if (
        not found
        and speakers
        and (" its " in sentence or " their " in sentence)
        and _OWN_MEANS.search(sentence)
    ):
        # "Turkey's military said 16 fighters were neutralized, and that its jets hit
        # 29 targets": who tells of its own jets acted
        return speakers[0]
    return min(found)[2] if found else None


#: A table's row that tells an attack by its fields: "Facility: ... | Perpetrator:".
_ROW_OF_ATTACKS = gated(
    r"\b(?:Perpetrators?|Attackers?|Weapons?|Munitions?|Facility|Target|Type of attack)"
    r"\s*:",
    re.I,
)
#: A label an item or a headline begins with: "Turkey: ", "Russia: ".
_LEAD_LABEL = gated(r"\s*[A-Z][\w'’ -]{1,30}:\s+")
#: A clause that says when by what came before or after: ", days after the army
#: drove Islamic State fighters out of the ancient city" (after the last semicolon,
#: to the end).
_TRAILING_ANCHOR = gated(
    r",\s+(?:only\s+|just\s+)?(?:hours|days|weeks|months|a\s+day|a\s+week|a\s+month|"
    r"one\s+day|two\s+days|three\s+days)\s+(?:after|before)\s",
    re.I,
)


def _trailing_anchor(sentence: str, low: str) -> re.Match[str] | None:
    """The clause after the last semicolon that says when by what came before or
    after (``low`` is the sentence in lower case), or None."""
    if " after " not in low and " before " not in low:
        return None
    return _TRAILING_ANCHOR.search(sentence, sentence.rfind(";") + 1)


#: What follows those who found the dead, not those who killed them: "(Syrian troops)
#: have found a mass grave containing the bodies of at least 40 people".
_FINDER_AFTER = gated(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:have\s+|has\s+|had\s+)?(?:found|discovered|"
    r"uncovered|unearthed)\s+(?:a\s+|the\s+|two\s+|several\s+)?(?:mass\s+graves?|"
    r"bodies|corpses|remains)\b",
    re.I,
)
#: Who tells of its own means striking: "that its jets hit 29 targets".
_OWN_MEANS = gated(
    r"\b(?:its|their)\s+(?:own\s+)?(?:jets|warplanes|aircraft|planes|artillery|drones|"
    r"helicopters|forces|troops|fighters|soldiers)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:hit|struck|bombed|shelled|targeted|destroyed|killed|carried out|launched)\b",
    re.I,
)
#: What a side says it answers: "responding to government airstrikes".
_RESPONSE_TO = gated(
    # (not "shelled Douma in response to rebel rocket fire": the shelling is told)
    r"\b(?:were|was|are|is)\s+(?:responding|retaliating)\s+(?:to|for|against)\s+"
    r"(?:the\s+)?",
    re.I,
)
#: What joins a target to its description: "the YPG, the Kurdish militia".
#: What joins the words of one group's name: "Jabhat al-Nusra", "Nusra terrorist".
_NAME_GLUE = gated(r"\s*(?:[Aa]l-|[Aa]l\s+|[Ee]l-|/\s*)?")
_APPOSITION_GLUE = gated(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?")
#: What joins the targets of a list: "(ISIS) oil stills, two wellheads and an (ISIS
#: vehicle)": a few words, commas, and the last "and" with an article or a number.
_TARGET_LIST_GLUE = gated(
    r"(?:\s+[\w'’-]+){0,3}(?:,(?:\s+[\w'’-]+){1,4}){0,4}?,?\s+and\s+"
    # (counted or with an article: not "clashes with regime and loyalist militias",
    # both sides of a fight)
    r"(?:an?\s+|the\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|several\s+)"
)
#: What follows an accuser: "Kurdish-led forces, who have been advancing from the
#: east, accused Turkey of ...".
_ACCUSER_AFTER = gated(
    r"(?:['’]s)?(?:\s+[\w'’-]+){0,5}?(?:,[^,.;]{1,60},)?\s+(?:have\s+|has\s+)?"
    # (not "beheaded two men accused of spying": whom they accused, a participle)
    r"(?:accused|accuses|accuse|blamed|blames|blame)\b(?!\s+(?:of|for|on)\b)"
)


#: Lower-case words one of which every match of a pattern holds: a sentence without
#: any is not scanned with the pattern (a substring test costs far less).
_GATES: dict[re.Pattern[str], Gate] = {
    pattern: gate_words(words)
    for pattern, words in {
        _CUMULATIVE: (
            "since",
            "throughout",
            "so far",
            "in total",
            "to date",
            "over the past",
            "in the past",
            "in recent",
            "the conflict",
            "the war",
            "stopped counting",
            " alone",
            "days of",
            "weeks of",
            "week of",
            "months of",
            "month of",
            "-long",
            "weekend",
            "-week ",
            "-month ",
            "-day ",
            "between ",
            "from ",
        ),
        _TARGETS: (
            "hospital",
            "medical facilit",
            "health facilit",
            "health cent",
            "clinic",
            "blood bank",
            "school",
            "mosque",
            "market",
            "baker",
            "convoy",
            "home",
            "house",
            "residential",
            "camp",
            "civil defen",
            "ambulance",
            "water ",
            "pumping",
            "power ",
            "church",
            "medical ",
            "kindergarten",
            "universit",
            "bus",
            "white helmets",
        ),
        _NOT_EVENT: (
            "acceptable",
            "intolerable",
            "inexcusable",
            "crime",
            "unlawful",
            "illegal",
            "prohibited",
            "violation",
            "show",
            "demonstrat",
            "reveal",
            "prove",
            "amount",
            "constitut",
            "breach",
            "within",
            "support for",
            "support to",
            "demand",
            "urg",
            "insist",
            "bodies",
            "body of",
            "funeral",
            "suspend",
            "fear",
            "every",
            "subjected",
            "suffer",
            "endur",
            "facing",
            "faces",
            "spea",
            "spoke",
            "talk",
            "scrambled",
            "threaten",
            "would",
            "will",
            "could",
            "might",
            "must",
            "likely to",
            "wait",
            "accused of",
            "suspected of",
            "defused",
            "dismantled",
            "disarmed",
            "known for",
            "famous for",
            "renowned for",
            "plan",
            "preparing",
            "stalled",
            "stopped",
            "halted",
            "cease",
            "expected",
            "set to",
            "poised",
            "about to",
            "due to",
            "vow",
            "intend",
            "want",
            "seek",
            "sought",
            "aims to",
            "aim to",
            "hope",
            "call",
            "denied",
            "denies",
            "deny",
            "pause",
            "cease",
            "warned",
            "if",
            "not",
            "never",
            "no russian ",
            "no syrian ",
            "no turkish ",
            "no israeli ",
            "no coalition ",
            "no american ",
            "no u.s. ",
            "no us ",
            "no aircraft",
            "no warplane",
            "no jets",
            "no planes",
            "no helicopter",
            "it was the ",
            "it is the ",
            "this was the ",
            "this is the ",
            "that was the ",
            "it marks the ",
            "it marked the ",
            "this marks the ",
            "this marked the ",
        ),
    }.items()
}


#: "its deadliest day since the intervention began": a comparison, not a running total
_SUPERLATIVE_BEFORE = gated(
    r"\b(deadliest|bloodiest|worst|heaviest|biggest|largest|highest|first|most \w+)"
    r"\b[\w ,'’-]{0,30}$",
    re.I,
)


#: A sentence that tells tallies by governorate: "By province, the toll was highest
#: in Aleppo".
_BY_PROVINCE = gated(r"\s*(?:Broken\s+down\s+)?[Bb]y\s+province\b")
#: Deeds told going on, of a span: "strikes have been reported", "have intensified".
_GOING_ON_SINCE = gated(
    r"\b(?:have|has)\s+(?:been\s+(?:reported|recorded|documented|ongoing|continuing)|"
    r"continued|intensified|escalated|persisted)\b"
)
_WAR_WORDS = frozenset("battle battles fighting war conflict campaign".split())
#: "since Monday": the fighting of the days told, not the war's
_SINCE_A_DAY = gated(
    r"\bsince\s+(?:(?:early|late|last)\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|yesterday|dawn|daybreak|midnight|this\s+morning|"
    r"the\s+morning|last\s+night)\b",
    re.I,
)
_DEATH_WORDS = frozenset("killed killing slain died dead deaths death killings".split())
_WOUND_WORDS = frozenset("wounded injured wounding injuring injuries".split())


_DATE_FIELD = gated(
    r"\s*(?:(?i:incident\s+|event\s+|attack\s+)?(?i:date)\s*:"
    # a field whose value begins with a day: "Alleged incident: March 22, 2017 -
    # Tabqa", "Reported: 12 June 2016"
    r"|[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_OR_ABBR}|{_MONTH_OR_ABBR}\s+\d{{1,2}}\b"
    r"|\d{4}-\d{2}-\d{2}\b))"
)


#: A sentence that sets the time of what follows without telling a deed: "Violence
#: flared across Syria on Thursday despite the truce."
_TIME_SET = gated(
    r"\b(?:violence|unrest|tensions?|hostilities)\s+(?:\w+\s+){0,2}?(?:flared|"
    r"erupted|escalated|intensified|spiked|surged|raged|resumed)\b",
    re.I,
)


def sets_the_time(sentence: str) -> bool:
    """Whether a sentence that tells no deed sets the time of those told after it
    ("Violence flared across Syria on Thursday").

    Examples
    --------
    >>> sets_the_time("Violence flared across Syria on Thursday despite the truce.")
    True
    """
    low = sentence.lower()
    return (
        any_in(low, _TIME_SET_WORDS) and _TIME_SET.search(sentence) is not None
    ) or (
        # "The table below lists the deaths recorded on Wednesday": the time of the
        # table or the list it heads
        ("below" in low or "following" in low) and _HEADS_BELOW.search(low) is not None
    )


#: A sentence that heads a table or a list told after it.
_HEADS_BELOW = gated(
    r"\b(?:(?:table|list|chart|figures?|map|breakdown)\s+below|(?:listed|shown|"
    r"given|set out|detailed|broken down)\s+below|(?:the\s+)?following\s+(?:table|list|"
    r"figures|breakdown|incidents|attacks|deaths|casualties|tolls?))\b"
)


#: Every match of _TIME_SET holds one of these (a cheap test first).
_TIME_SET_WORDS = gate_words(("violence", "unrest", "tension", "hostilities"))


#: A line that tells only a day: "Monday, 10 October", "October 11, 2016", "Tuesday".
_WEEKDAY_WORD = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues?|Wed|Thu(?:rs?)?|"
    r"Fri|Sat|Sun)\.?)"
)
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
#: A line of a day and nothing else: "Monday, 10 October", and of two ("Saturday and
#: Sunday (Nov 26-27)").
_DATE_ONLY = gated(
    rf"\s*(?:{_WEEKDAY_WORD}(?:\s+(?:and|&|to)\s+{_WEEKDAY_WORD}|\s*[-–]\s*"
    rf"{_WEEKDAY_WORD})?,?\s*)?"
    rf"\(?(?:(?:{_DAY_NUMBER}\s+(?:of\s+)?{_MONTH_OR_ABBR}|{_MONTH_OR_ABBR}\s+"
    rf"{_DAY_NUMBER})(?:,?\s+\d{{4}})?)?\)?\s*[.:]?\s*"
)


#: A day a sentence opens with: "On Wednesday,", "On the morning of 5 October,".
_FRONTED_DAY = gated(
    r"On\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\d{1,2}\s+[A-Z][a-z]+\b|[A-Z][a-z]+\s+\d{1,2}\b)[^,.;:]{0,30},\s"
)


def opens_with_day(sentence: str) -> bool:
    """Whether a sentence opens with a day ("On Wednesday, attention turned to the
    Eastern Ghouta."): the day of what it goes on to tell, whatever it tells.

    Examples
    --------
    >>> opens_with_day("On Wednesday, attention turned to the Ghouta.")
    True
    >>> opens_with_day("On the ground, rebels held their lines.")
    False
    """
    return sentence[:2] == "On" and _FRONTED_DAY.match(sentence) is not None


def date_heading(sentence: str) -> bool:
    """Whether a line tells nothing but a day ("Monday, 10 October"): as a heading,
    the day of what its section tells.

    Examples
    --------
    >>> date_heading("Monday, 10 October"), date_heading("Jets hit Hass on Monday")
    (True, False)
    """
    if "|" in sentence and len(sentence) <= 100:
        # "Ben Hubbard | Monday 15 February 2016": a byline's day
        sentence = sentence[sentence.rfind("|") + 1 :]
    return (
        len(sentence) <= 40
        and any(c.isalpha() for c in sentence)
        and _DATE_ONLY.fullmatch(sentence) is not None
    )


def dated_title(sentence: str) -> bool:
    """Whether a title ends on the day it reports ("Syria Civil Defence daily report:
    Wednesday 16 November 2016"): the day of what the report tells below it.

    Examples
    --------
    >>> dated_title("Daily report: Wednesday 16 November 2016")
    True
    >>> dated_title("Syria Daily, Oct 5: Regime Presses Ground Assault")
    False
    """
    at = max(sentence.rfind(":"), sentence.rfind(" – "), sentence.rfind(" — "))
    return (
        at > 0
        and len(sentence) - at <= 40
        and any(c.isdigit() for c in sentence[at:])
        and any(c.isalpha() for c in sentence[at + 1 :])
        and _DATE_ONLY.fullmatch(sentence, at + 1 if sentence[at] == ":" else at + 3)
        is not None
    )


#: Who is blamed for a deed just told, and where they are: "blamed 'terrorists' in
#: Jobar for the attack".
_BLAMED_FOR = gated(
    r"\bblam(?:ed|es|ing)\s+[^.;:]{1,60}?\s+for\s+(?:the|this|that|these|those)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|shelling|bombings?|bombardment|strikes?|air ?strikes?|"
    r"raids?|blasts?|explosions?|massacre|killings?)\b",
    re.I,
)
#: What went on meanwhile, no deed of violence: ", as the evacuation of the last rebel
#: enclave in eastern Aleppo stalled for a second day" (its places are not the deed's;
#: a headline's comma may be left out).
_MEANWHILE = gated(
    r",?\s+as\s+(?:(?!(?:shell|bomb|strik|struck|kill|attack|fight|clash|raid|hit|"
    r"fir|captur|advanc|storm|seiz|took|tak|shot|shoot|kidnap|execut|behead)\w*\b)"
    r"[\w'’-]+\s+){1,12}?(?:stalled|stalls|faltered|dragged\s+on|dragged\s+out|"
    # ", as the regime's offensive on east Aleppo enters its third day": when
    r"(?:enters|entered|entering)\s+its\s+\w+\s+(?:day|week|month|year))\b"
    r"[^,.;:]*"
)
#: Why a deed was done: "in retaliation for a chemical attack on Khan Sheikhoun".
_ANSWERED = gated(
    r"\bin\s+(?:retaliation|response|revenge)\s+(?:for|to)\s+[^,.;:]*", re.I
)


def _outside(
    mentions: list[Mention],
    spans: list[tuple[int, int]],
    offset: int,
    *,
    or_all: bool = True,
) -> list[Mention]:
    """The mentions outside ``spans`` (offsets within the sentence, which begins at
    ``offset``), their links renumbered; when none lies outside, all of them (or
    none, if not ``or_all``)."""
    gone = {
        i
        for i, m in enumerate(mentions)
        if any(a <= m.start - offset < b for a, b in spans)
    }
    if len(gone) == len(mentions) and not or_all:
        return []
    if not gone or len(gone) == len(mentions):
        return mentions
    index: dict[int, int] = {}
    for i in range(len(mentions)):
        if i not in gone:
            index[i] = len(index)
    return [
        dataclasses.replace(
            m,
            context_for=None if m.context_for is None else index.get(m.context_for),
            also_for=tuple(index[k] for k in m.also_for if k in index),
        )
        for i, m in enumerate(mentions)
        if i not in gone
    ]


def date_field(sentence: str) -> bool:
    """Whether a sentence is a report's labelled date ("Incident date: October 17,
    2016"): its date is the date of what the report tells below it."""
    return _DATE_FIELD.match(sentence) is not None


def _cumulative(sentence: str, low: str) -> bool:
    """Whether a sentence tells a running total ("have killed 600 since September")."""
    if (
        low[:1] in "idt"
        and _A_YEARS_WORTH.match(sentence) is not None
        and _COUNTED_TARGETS.search(sentence) is not None
    ):
        # "In 2015, 94 airstrikes and shellings hit 63 MSF-supported hospitals and
        # clinics in Syria, killing 23 MSF staff members": a year's total
        return True
    if _found(_CUMULATIVE, sentence, low) is None:
        return False
    return any(
        not (
            # "possibly the deadliest attack on a school since the war began": how
            # bad the day's event was, not a running total
            (
                m.group(0).lower() in ("the war", "the conflict")
                and (
                    _SUPERLATIVE_BEFORE.search(
                        sentence, max(0, m.start() - 51), m.start()
                    )
                    is not None
                    # "the Observatory, which tracks the war, said", "the war
                    # monitor said": who tells, not a running total
                    or _TRACKS_BEFORE.search(
                        sentence, max(0, m.start() - 40), m.start()
                    )
                    is not None
                    or _MONITOR_AFTER.match(sentence, m.end()) is not None
                )
            )
            or (
                m.group(0).lower() == "since"
                and (
                    _SUPERLATIVE_BEFORE.search(
                        sentence, max(0, m.start() - 45), m.start()
                    )
                    # "killed since this morning": the day's toll, not a total
                    or _SINCE_TODAY.match(sentence, m.end())
                    # "three more people have died of starvation since Friday":
                    # more dead of days, told beside the running total, not it
                    or (
                        _SINCE_A_WEEKDAY.match(sentence, m.end())
                        and _MORE_DEAD.search(sentence, 0, m.start()) is not None
                    )
                    # "died in strikes on Bustan al-Qasr, near the front line that
                    # has divided the city since 2012": how long a place has been
                    # so, told of the place, not of the dead
                    or _STATE_SINCE.search(sentence, max(0, m.start() - 70), m.start())
                    # "the body of a journalist who had been missing since August":
                    # how long a person was held or missing, not a running total
                    or _HELD_SINCE.search(sentence, max(0, m.start() - 30), m.start())
                )
            )
            # "targeted four hospitals between November 13 and 16, including one in
            # Kafr Takharim on November 13 that killed two": a day of the span,
            # told with its own toll
            or (
                m.group(0)[:1] in "bBfF"
                and m.group(0).lower().startswith(("between", "from"))
                and _ON_A_DAY.search(sentence, m.end()) is not None
            )
            # "warplanes struck the towns of Maarat al-Numan, Kafr Nabl and Hass on
            # Tuesday, killing 14 people in total": the day's dead of its places,
            # summed
            or (
                m.group(0).lower() == "in total"
                and _IN_TOTAL_OF_A_DAY.search(sentence) is not None
            )
            # "A second strike hit rescuers ... In total, 22 people were killed,
            # according to the local council": the dead of the deeds just told
            or (
                m.group(0).lower() == "in total"
                and m.start() <= 2
                and _A_SPAN_TOLD.search(sentence) is None
            )
            # "and no information about casualties so far": none told yet, no
            # running total
            or (
                m.group(0).lower() == "so far"
                and _NONE_YET_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
                is not None
            )
        )
        for m in _CUMULATIVE.finditer(sentence)
    )


#: A span of time a total may be of: a month, a year, a week, "since".
_A_SPAN_TOLD = gated(
    rf"\b(?:{_MONTH_NAMES}|month|months|year|years|week|weeks|since|(?:19|20)\d\d)\b",
    re.I,
)
#: A day's dead summed, told with the day: "On Tuesday, ... killing 14 people in
#: total".
_IN_TOTAL_OF_A_DAY = gated(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|"
    r"yesterday|this\s+morning|last\s+night)\b[^.;]*\b(?:killing|killed|kills|"
    r"leaving|left)\s+(?:at\s+least\s+)?\S+\s+(?:people\s+|civilians\s+)?in\s+total\b"
    r"|\b(?:killing|killed|kills|leaving|left)\s+(?:at\s+least\s+)?\S+\s+(?:people\s+|"
    r"civilians\s+)?in\s+total\b[^.;]*\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|today|yesterday|this\s+morning|last\s+night)\b",
    re.I,
)
#: What is not known yet, told before "so far": "no information about casualties".
_NONE_YET_BEFORE = gated(
    r"\b(?:no\s+(?:information|news|word|reports?|details)|not\s+(?:yet\s+)?known|"
    r"unknown|unclear)\b[^.;]*$",
    re.I,
)


#: A monitor described: "(the Observatory,) which tracks (the war)".
_TRACKS_BEFORE = gated(
    r"\b(?:which|that|who)\s+(?:has\s+)?(?:closely\s+)?(?:tracks?|tracked|monitors?|"
    r"monitored|documents?|documented|covers?|covered|reports\s+on)\s+$",
    re.I,
)
#: "the war monitor": who tells.
_MONITOR_AFTER = gated(r"\s+monitor", re.I)


#: How long a person was missing or held, told before "since": "(who had been)
#: missing".
_HELD_SINCE = gated(
    r"\b(?:missing|detained|held|imprisoned|abducted|kidnapped|disappeared|jailed|"
    r"captive|in\s+custody)\s+$",
    re.I,
)
#: One day told: "on November 13", "on 13 November".
_ON_A_DAY = gated(
    rf"\bon\s+(?:{_MONTH_NAMES}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_NAMES})\b"
)


#: A relative clause, after a comma, that tells how long a place has been in a
#: state: ", which has been besieged", ", near the front line that has divided".
_STATE_SINCE = gated(
    # ("in the Qalamoun mountains, where Hezbollah has fought since 2013")
    r",[^,;:]*?\b(?:that|which|where(?:\s+[\w-]+){1,3}?)\s+(?:has|have|had)\s+"
    r"(?:been\s+)?"
    r"(?!(?:killed|died|dead|wounded|injured|left|claimed|hit|struck|bombed|shelled|"
    r"targeted|attacked|seen|witnessed|suffered|recorded|documented|lost|carried|"
    r"launched|conducted)\b)[a-z]+\b[^,;:]*$"
    # "regime shelling of Madaya, besieged since July 2015": told of the place
    r"|,\s+(?:besieged|encircled|surrounded|held|controlled|occupied|blockaded)\s*$"
)


_SINCE_A_WEEKDAY = gated(
    r"\s+(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_MORE_DEAD = gated(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s+(?:more|"
    r"other)\b|\b(?:another|a further)\s+(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten)\b",
    re.I,
)
_SINCE_TODAY = gated(
    r"\s+(?:this\s+morning|dawn|daybreak|midnight|noon|last\s+night|early\s+(?:this\s+)?"
    r"morning|the\s+early\s+hours|the\s+morning|"
    # SOHR's "since the dawn of today", "since the early morning of today"
    r"the\s+(?:dawn|early\s+morning|morning|beginning|start)\s+of\s+(?:today|this\s+day)|"
    r"today)\b",
    re.I,
)


#: What came before the event told: "stormed al-Waer on Wednesday, after weeks of
#: bombardment that killed dozens of civilians".
_BACKGROUND = gated(
    r"\b(?:after|following|amid)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|\d+)\s+)?(?:days|weeks|months|years|hours|nights|"
    # "advanced in Sheikh Saeed on Friday, after a night of heavy shelling"
    r"(?:a|an|one)\s+(?:[\w-]+\s+)?(?:night|day|week|month|year))\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:bombardment|bombing|shelling|air ?strikes|strikes|raids|"
    r"fighting|siege|clashes)\b(?:\s+(?:that|which)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:killed|left)\b[^,.;:]*"
    # "after three weeks of fighting, in which about 400 militants were killed"
    r"|,?\s+in\s+which\b[^.;:]*)?"
    # who backed the event is not the event: "troops backed by Russian air strikes
    # recaptured Palmyra"
    r"|\b(?:backed|supported|aided|covered)\s+by\s+(?:[\w-]+\s+){0,3}?(?:air ?strikes|"
    r"air ?power|warplanes|jets|aircraft|air support|air cover)\b"
    # "retook the mountain with the help of Russian jets"
    r"|\bwith\s+the\s+(?:help|support|backing|cover)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:air ?strikes|air ?power|warplanes|jets|aircraft|air support|air cover)\b"
    # why it was done: "in retaliation for a deadly chemical weapons attack"
    r"|\bin\s+(?:retaliation|response|revenge)\s+(?:for|to)\s+[^,.;:]*"
    # how it was done, not a deed of its own: "retook the village after rebels
    # withdrew under heavy Russian bombardment" (not "came under heavy bombardment")
    r"|(?<!came )(?<!come )(?<!comes )(?<!coming )\bunder\s+(?:heavy\s+|intense\s+|"
    r"fierce\s+|constant\s+)?(?:[\w-]+\s+){0,2}?(?:bombardment|air ?strikes|shelling|"
    r"fire)\b"
    # what failed to stop it: "retook Palmyra on Sunday, despite Russian air strikes",
    # "bombarded heavily, despite an agreement in September in which several hundred
    # rebels left"
    r"|\bdespite\s+(?:[\w-]+\s+){0,3}?(?:air ?strikes|raids|bombardment|shelling|"
    r"strikes)\b"
    r"|\bdespite\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|truce|"
    r"ceasefire|cease-fire|accord)\b[^.;,]*"
    # the running total a toll brings: "Five more died in Madaya, bringing to 28 the
    # number of deaths from hunger since December 1"
    r"|,\s+(?:bringing|raising|taking|pushing)\s+(?:the|to|its|their)\s+[^.;:]*"
    # when it was done: "executed 13 people ... as troops advanced through the area"
    r"|,?\s+as\s+(?:the\s+)?(?:troops|forces|fighters|rebels|army|militants)\s+"
    r"(?:advanced|pushed|moved|swept)\b[^,.;:]*"
    # the deed just told, called back to date another: "The bombardment came a day
    # after rebels launched an offensive on the Manshiyeh neighbourhood"
    r"|^\s*The\s+(?:[\w-]+\s+){0,2}?(?:bombardment|strikes|air ?strikes|attacks?|"
    r"shelling|raids|bombings?|escalation|assault|massacre)\s+(?:came|comes)\s+"
    r"(?:(?:(?:a|one|two|three|several|\d+)\s+)?(?:days?|hours?|weeks?|minutes)\s+|"
    r"(?:only\s+|just\s+)?shortly\s+|only\s+|just\s+)?after\b"
    # another deed's toll, risen meanwhile: "killing nearly two dozen civilians, as
    # the death toll from rebel rocket fire on the government-held west rose to 15"
    r"|,?\s+as\s+the\s+(?:death\s+)?toll\s+(?:from|of|in)\s+[^,.;:]*?"
    r"\b(?:rose|climbed|reached|increased|jumped)\s+to\b[^,.;:]*"
    # a running total told beside the day's toll: "documented the death of 4 people
    # in al-Sukkari, while the number of people killed by the airstrikes on the city
    # since the 15th of November rose to 212"
    # (a running total: not "while the death toll of those killed yesterday in
    # airstrikes on Kafr Nabl rose to 11", another day's toll)
    r"|,?\s+while\s+the\s+(?:overall\s+|total\s+|death\s+)?(?:number|toll|tally|count)"
    # (bounded: a long text of such clauses stays linear)
    r"\s+of\s+[^;:]{0,120}?\bsince\b[^;:]{0,80}?\b(?:rose|has\s+risen|had\s+risen|"
    r"climbed|reached|increased|jumped|mounted)\s+to\b[^,.;:]*"
    # what the event is measured against: "the deadliest chemical attack in Syria
    # since the sarin attack on Ghouta in August 2013, which killed hundreds"
    r"|\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+(?:deadly|"
    r"violent|intense|serious))\b[^.;:,]{0,60}?\bsince\s+[^.;:,]*"
    r"(?:,\s+(?:which|that|when|in\s+which)\b[^.;:]*)?"
    # what the event ended: ", ending a two-month offensive against the YPG"
    r"|,\s+(?:ending|concluding|capping|culminating)\s+(?:a|an|the|its|their)\s+"
    r"[^,.;:]*"
    # what happened another day: ", a day after the army declared the truce over"
    r"|,\s+(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|hours?)\s+"
    r"(?:after|before)\s+[^,.;:]*"
    # "A week after the strike on Kafr Nabl, residents were still digging": the
    # strike is told of as past
    r"|^\s*(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"after\s+the\s+[^,.;:]*,",
    re.I,
)
_BACKGROUND_WORDS = gate_words(
    (
        "under heavy",
        "under intense",
        "under fierce",
        "under constant",
        "under russian",
        "under regime",
        "under government",
        " while the ",
        "deadliest",
        "worst",
        "bloodiest",
        "biggest",
        "largest",
        "heaviest",
        "most deadly",
        "most violent",
        "most intense",
        "most serious",
        " as troops ",
        " came a ",
        " came one ",
        " came two ",
        " came three ",
        " came several ",
        " came hours ",
        " came days ",
        " came after ",
        " as the death toll ",
        " as the toll ",
        " as forces ",
        " as fighters ",
        " as rebels ",
        " as the army ",
        " as the troops ",
        " as the forces ",
        " as militants ",
        ", ending ",
        ", concluding ",
        ", capping ",
        ", culminating ",
        "days of",
        "weeks of",
        "months of",
        "years of",
        "hours of",
        "nights of",
        "night of",
        "day of",
        "week of",
        "month of",
        "year of",
        "backed by",
        "supported by",
        "help of",
        "support of",
        "backing of",
        "cover of",
        "aided by",
        "covered by",
        "retaliation for",
        "response for",
        "revenge for",
        "response to",
        "retaliation to",
        "despite ",
        ", bringing ",
        ", raising ",
        ", taking ",
        ", pushing ",
        "day after",
        "days after",
        "hours after",
        "week after",
        "weeks after",
        "month after",
        "months after",
        "day before",
        "days before",
        "hours before",
        "week before",
        "weeks before",
    )
)


#: A sentence that opens on what a place went through: "After three weeks of ...".
_WEEKS_OF = gated(
    r"\s*(?:After|Following|Amid)\s+(?:[\w-]+\s+)?(?:days|weeks|months|years)\s+of\b",
    re.I,
)

#: The head a coder's note opens with to say which kind of development it tells, as
#: ACLED's notes do ("Recruitment: 120 fighters graduated in ...", "Agreement: ...").
_DEVELOPMENT_HEAD = re.compile(
    r"\s*(Agreement|Arrests?|Displacement|Looting|Movement of forces|Non-violent "
    r"activity|Recruitment|Formation of (?:an? )?armed group|Headquarters or base "
    r"established|Change to group(?:/activity)?|Non-violent transfer of territory|"
    r"Weapons seizure|Defusal)\s*:\s",
    re.I,
)


#: A place's past told beside it: ", the first neighborhood the rebels took when they
#: stormed the city in 2012".
_PAST_APPOSITION = gated(
    r",\s+(?:the|a|an)\s+(?:first|last|only|former|same)\s+[^,.;:]{0,90}?\b"
    r"(?:in|since)\s+(?:19|20)\d\d\b"
    # "the town of Dabiq, the site of a prophesied apocalyptic battle,": what the
    # place is known for
    r"|,\s+(?:the\s+)?(?:site|scene)\s+of\s+(?:an?|the)\s+[^,.;:]{0,60}?"
    r"(?:battle|massacre|attack|siege)(?=,)",
    re.I,
)


#: What a sentence opens with to tell what the deeds told before came to: "With these
#: advances, the army is now less than 10 km from Uqayribat".
_WITH_THESE = gated(
    r"\s*With\s+(?:these|this|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:advances?|gains?|"
    r"captures?|progress|victory|victories)\s*,",
    re.I,
)


def _without_background(sentence: str, low: str) -> str:
    """The sentence with its background blanked out (same length: offsets hold)."""
    if (
        sentence[:2].isupper()
        and ("—" in sentence[:50] or " -" in sentence[:50] or "–" in sentence[:50])
        and (head := _DATELINE.match(sentence)) is not None
    ):
        # "GAZIANTEP, Turkey — The surgeon had just finished": where the story was
        # filed from, not who acted
        sentence = " " * head.end() + sentence[head.end() :]
    if low.startswith("with") and (lead := _WITH_THESE.match(sentence)) is not None:
        sentence = " " * lead.end() + sentence[lead.end() :]
    if (", the " in low or ", a" in low or ", site " in low or ", scene " in low) and (
        past := _PAST_APPOSITION.search(sentence)
    ) is not None:
        sentence = (
            sentence[: past.start()]
            + " " * (past.end() - past.start())
            + sentence[past.end() :]
        )
    if (", which " in low or " that " in low) and (
        gone := _past_of_place(sentence)
    ) is not None:
        # "near the ancient city of Palmyra, which the army recaptured from the
        # jihadists in March": the place's past, months before
        sentence = sentence[: gone[0]] + " " * (gone[1] - gone[0]) + sentence[gone[1] :]
    if not (
        # cheap: most have none
        (
            "s of " in low
            or "d by " in low
            or " the help of " in low
            or " the support of " in low
            or " the backing of " in low
            or " the cover of " in low
            or " for " in low
            or "response to " in low
            or "retaliation to " in low
            or "despite " in low
            or "under " in low
            or " after " in low
            or " before " in low
            or ", bringing " in low
            or ", raising " in low
            or ", taking " in low
            or ", pushing " in low
            or ", ending " in low
            or ", concluding " in low
            or ", capping " in low
            or ", culminating " in low
            or " as " in low
            or " since " in low
            or " while the " in low
        )
        and any_in(low, _BACKGROUND_WORDS)
    ):
        return sentence
    killed = _backing_that_killed(low) if "d by " in low else None
    return _BACKGROUND.sub(
        lambda m: (
            m.group(0)
            # "backed by Russian airstrikes, which killed 16": the strikes are told
            if killed is not None and m.start() == killed.start()
            else " " * len(m.group(0))
        ),
        sentence,
    )


#: A list of tolls by place: its head ("documented the killing of 47 civilians on
#: Sunday:"), and its items ("- Aleppo: 19, including 5 children").
_LIST_HEAD = gated(r"\b(?:killing|killed|deaths|dead|victims|fatalities)\b")
_LIST_ITEM = gated(
    r"^\s*(?:[-•*·–]\s*|\d{1,2}[.)]\s+)?(?P<name>[A-Z][\w'’ -]{1,40}?)"
    # ("Idlib (Khan Shaykhun): 2 civilians": the place in brackets, in the one before)
    r"(?:\s*\((?P<sub>[^()]{2,40})\))?:\s*"
    r"(?P<n>\d{1,3}(?:,\d{3})*)\b(?![:.]\d)"
)


#: What comes before a day that dates a statement: "the United Nations said on
#: Tuesday".
SPOKEN_BEFORE = gated(
    r"\b(?:said|says|announced|reported|claimed|confirmed|denied|stated)\s+"
    r"(?:late\s+|early\s+)?(?:on\s+)?$",
    re.I,
)
#: A sentence opening on a whole year: "In 2015,", "Throughout 2016,".
_A_YEARS_WORTH = gated(
    r"\s*(?:In|During|Throughout|Over)\s+(?:the\s+(?:whole\s+)?year\s+(?:of\s+)?)?"
    r"(?:19|20)\d\d\s*,",
    re.I,
)
#: Places or attacks counted: "at least six hospitals", "dozens of schools".
_COUNTED_TARGETS = gated(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|"
    r"dozens of|scores of|hundreds of)\s+(?:[\w-]+\s+)?(?:hospitals|medical facilities|"
    r"clinics|schools|markets|bakeries|mosques|times|attacks|strikes|"
    # "the regime dropped more than 600 barrel bombs on Daraya": arms counted
    r"air ?strikes|raids|sorties|barrel\s+bombs|bombs|missiles|rockets|shells)\b",
    re.I,
)
#: A campaign, whose toll told over months is no event of its own.
_CAMPAIGN_WORDS = frozenset(
    {"offensive", "campaign", "air campaign", "bombing campaign", "battle", "siege"}
)
#: An item of a list of tolls told in one sentence: "...as follows: 32 in Aleppo,
#: including 11 children; 14 in Idlib; 8 in Rural Damascus".
_INLINE_ITEM = gated(
    r"(?:^|[:;,]\s*|\s+and\s+)(?P<n>\d{1,4})\s+in\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})"
)


def _item_text(item: re.Match[str]) -> str:
    """ "32 in Aleppo" of "; 32 in Aleppo", ", and 4 in Homs" or " and 4 in Homs"."""
    text = item.group(0).lstrip(":;, ")
    return text[4:] if text.startswith("and ") else text


#: :data:`_GATES` by the pattern's identity: hashing a compiled pattern walks all of
#: its code (microseconds for a long one), an ``id`` costs nothing.
_GATE_OF = {id(pattern): gate for pattern, gate in _GATES.items()}


def _found(pattern: re.Pattern[str], sentence: str, low: str) -> re.Match[str] | None:
    if not any_in(low, _GATE_OF[id(pattern)]):
        return None
    return pattern.search(sentence)


#: A running total's span, told aside: "bringing the number of dead in the district
#: this month to 41" dates no event, of the sentence or after it.
_RUNNING_TOTAL_BEFORE = gated(
    r"\b(?:bringing|brings|raising|taking|pushing|putting)\s+(?:the\s+)?(?:overall\s+|"
    r"total\s+)?(?:death\s+)?(?:toll|number|total|tally|count)\b[^.;]{0,60}$",
    re.I,
)


#: When a truce begins or ends: "a ceasefire from midnight on".
_TRUCE_FROM = gated(
    r"\b(?:ceasefire|cease-fire|truce|pause|cessation\s+of\s+hostilities)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:from|starting|beginning|until|till|ending|expiring)\s+"
    r"(?:(?:at\s+)?(?:midnight|noon|dawn|sunset|sundown)\s+)?(?:on\s+)?$",
    re.I,
)
#: A time told of a noun, not of the sentence's deed: "the rebel gains of (last
#: month)".
_TIME_OF_NOUN = gated(
    r"\b(?:gains|advances|losses|offensive|offensives|campaign|push|victories|"
    r"defeats?|talks|deal|agreement|truce|ceasefire)\s+of\s+$"
)
#: The deeds of a running total just told: "killed in them", "in those strikes".
_IN_THEM = gated(
    r"\b(?:killed|died|dead|wounded|injured)\s+(?:in|by)\s+(?:them|those|these)\b"
)
#: A state told of a place since a deed began it: "where the council has been fighting
#: rebels since Turkey launched its operation (on August 24)".
_STATE_SINCE_BEFORE = gated(
    r"\b(?:has|have|had)\s+been\s+[^.;:]{0,60}?\bsince\s+[^.;:,]{0,60}?$",
    re.I,
)
#: Ground lost, told by who lost it: "lost control of", "lose control over".
_LOST_CONTROL = gated(
    r"\b(?:lost|lose|loses|losing)\s+(?:full\s+)?control\s+(?:of|over)\b"
)
#: Those who fired, where they are: "Rebels in the Houla plain north of Homs (shelled)".
_FIRED_FROM_IN = gated(
    r"\W*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:rebels|fighters|forces|militants|troops|"
    r"gunmen|jihadists|insurgents|militias?)\s+(?:based\s+|stationed\s+|besieged\s+)?"
    r"in\s+(?:the\s+)?[^,;]{1,60}?(?=\s+(?:shelled|fired|launched|attacked|bombarded|"
    r"targeted|struck|pounded)\b)",
    re.I,
)
#: A span of months or years a state lasted: "for about a year", "for two years".
_FOR_A_SPAN = gated(
    r"\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|"
    r"some\s+)?(?:a|one|two|three|four|five|six|several|many|\d+)\s+(?:years?|months?)\b",
    re.I,
)
#: A story's dateline: "GAZIANTEP, Turkey — ", "BEIRUT (Reuters) - ".
_DATELINE = gated(
    r"[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+){0,3}(?:,\s*[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)?"
    r"\s*(?:\([^()]{1,30}\)\s*)?[-–—]\s"
)
#: Where a dateline's day follows: "Geneva/Brussels, ", "BEIRUT, ".
_DATELINE_HEAD = gated(r"[A-Z][\w'’.]*(?:[ /-][A-Z][\w'’.]*){0,3},\s*")
#: What follows a dateline's day: " - ", " (Reuters) -".
_DATELINE_TAIL = gated(r"\s*(?:\([^()]{1,30}\)\s*)?[-–—]\s")


#: When a span began, told after "since": "since the offensive began on January 20".
_SPAN_BEGAN = gated(
    r"\b(?:began|begun|begin|begins|started|starts|launched|erupted|collapsed|"
    r"broke\s+down|came\s+into|took\s+effect|went\s+into)\b",
    re.I,
)
#: A clause that tells from when a state has held: "since the regime took Maydaa".
_SINCE_CLAUSE = gated(r"\bsince\s+(?=(?:it|they|he|she|the|a|an)\s)", re.I)


def _since_clause_dates(
    sentence: str, low: str, trigger: str | None, published: dt.date | None
) -> list[DatePhrase]:
    """The dates of a clause after "since", when the deed told is its own: "Food
    prices have tripled since the regime took Maydaa in April" (the capture is
    April's; a date after "since" bounds what the main clause tells, and so is
    left out of the sentence's dates)."""
    if trigger is None or "since " not in low:
        return []
    since = _SINCE_CLAUSE.search(sentence)
    if (
        since is None
        or low.find(trigger.lower()) < since.end()
        # "since the offensive began on January 20": when a span began
        or _SPAN_BEGAN.search(sentence, since.end()) is not None
    ):
        return []
    return [
        dataclasses.replace(d, start=d.start + since.end(), end=d.end + since.end())
        for d in find_dates(sentence[since.end() :], published)
    ]


#: A sentence that opens years after or before the year just told: "A year later,",
#: "Two years earlier,".
_YEARS_SHIFT = gated(
    r"\s*(?P<n>a|one|two|three|four|five|[1-5])\s+years?\s+"
    r"(?P<way>later|earlier|after(?:wards)?|before)\b",
    re.I,
)


def _years_after(
    text: str, sentence: Sentence, before: list[SentenceCues]
) -> list[DatePhrase]:
    """ "In 2012, shelling on Houla killed 108 people. A year later, a sarin attack
    killed hundreds": the year told in the sentence before, in its paragraph, shifted
    (none if it told no year)."""
    shift = _YEARS_SHIFT.match(text) if "year" in text else None
    if shift is None or not before:
        return []
    last = before[-1]
    if last.sentence.paragraph != sentence.paragraph or not last.dates:
        return []
    told = last.dates[-1]
    if told.precision not in ("year", "month"):
        return []
    parsed = parse_number(shift.group("n"))
    years = parsed[0] if parsed else 1
    later = shift.group("way").lower().startswith(("later", "after"))
    year = told.date.year + (years if later else -years)
    return [
        DatePhrase(
            shift.group(0).strip(),
            shift.start("n"),
            shift.end(),
            dt.date(year, 1, 1),
            "year",
            f"years-shift from {told.text!r}",
        )
    ]


def _told_dates(sentence: str, published: dt.date | None) -> list[DatePhrase]:
    """The dates a sentence tells, but the span of a running total told aside, and
    the day of a dateline ("Geneva/Brussels, 16 February 2016 - A hospital ... was
    destroyed on Monday morning": the day it was told)."""
    found = find_dates(sentence, published)
    if found and found[0].start <= 45 and _DATELINE_HEAD.match(sentence):
        first = found[0]
        if _DATELINE_TAIL.match(sentence, first.end) and _DATELINE_HEAD.fullmatch(
            sentence, 0, first.start
        ):
            found = found[1:]
    if found and (
        "bring" in sentence
        or "rais" in sentence
        or "tak" in sentence
        or "push" in sentence
        or "putting" in sentence
    ):
        found = [
            d
            for d in found
            if not _RUNNING_TOTAL_BEFORE.search(sentence, max(0, d.start - 80), d.start)
        ]
    if found and (
        "ceasefire" in sentence or "truce" in sentence or "cease" in sentence
    ):
        # "Despite Moscow's declaration of a ceasefire from midnight on Friday,
        # warplanes continued to bomb ... on Saturday": the truce's time
        found = [
            d
            for d in found
            if not _TRUCE_FROM.search(sentence, max(0, d.start - 50), d.start)
        ]
    if len(found) > 1 and (
        "began" in sentence or "started" in sentence or "erupted" in sentence
    ):
        # "Clashes that began on Thursday ... continued for a third day on Saturday,
        # killing 18": the span's first day, when a later one is the deed's
        begun = [
            d
            for d in found
            if _SPAN_BEGAN_BEFORE.search(sentence, max(0, d.start - 40), d.start)
        ]
        if begun and len(begun) < len(found):
            found = [d for d in found if d not in begun]
    if found and " since " in sentence and " been " in sentence:
        # "the villages ..., where the council has been fighting Turkish-backed rebels
        # since Turkey launched its operation on August 24": when a state began, told
        # of a place, no day of the deed
        found = [
            d
            for d in found
            if not _STATE_SINCE_BEFORE.search(sentence, max(0, d.start - 130), d.start)
        ]
    if found and " who " in sentence:
        # "UN monitors who reached the village on Saturday said the attack appeared
        # to have targeted rebels": the day of the teller's visit, not of the deed
        found = [
            d
            for d in found
            if not _TELLER_WENT_BEFORE.search(sentence, max(0, d.start - 70), d.start)
        ]
    if found and (", the " in sentence or ", a" in sentence):
        # "captured the Hanano district, the first neighborhood the rebels took when
        # they stormed the city in 2012": the place's past
        past = [m.span() for m in _PAST_APPOSITION.finditer(sentence)]
        found = [d for d in found if not any(a <= d.start < b for a, b in past)]
    if (
        found
        and (", which " in sentence or " that " in sentence)
        and (gone := _past_of_place(sentence))
    ):
        # "rebels recaptured the village of Minyan, which they lost to government
        # forces last month": the place's past, told of it
        found = [d for d in found if not gone[0] <= d.start < gone[1]]
    if found and " of " in sentence:
        # "reversing some of the rebel gains of last month": the time of what is
        # named, not of what the sentence tells
        found = [
            d
            for d in found
            if not _TIME_OF_NOUN.search(sentence, max(0, d.start - 30), d.start)
        ]
    return found


@lru_cache(maxsize=64)  # (asked of one sentence for its deed and for its dates)
def _past_of_place(sentence: str) -> tuple[int, int] | None:
    """The span of what became of a place months before, told of it in a which-clause
    ("recaptured the village of Minyan, which they lost to government forces last
    month"), where the rest of the sentence tells a deed of its own; else None (not
    "struck Kafr Hamra, which rebels captured on Monday": a deed of days before; nor
    "Islamic State still holds the desert around Palmyra, which it recaptured in
    December": the past is the news)."""
    past = _PLACE_PAST.search(sentence)
    if past is None:
        return None
    clause = sentence[past.start() : past.end()]
    # (any day of publication resolves its dates: only how precise they are counts)
    if not any(d.precision in ("month", "year") for d in find_dates(clause, _ANY_DAY)):
        return None
    blanked = (
        sentence[: past.start()]
        + " " * (past.end() - past.start())
        + sentence[past.end() :]
    )
    return past.span() if _event(blanked)[1] is not None else None


#: What became of a place before, in a relative clause told of it: "(the village of
#: Minyan), which they lost to government forces (last month)".
_PLACE_PAST_VERB = (
    # (or "al-Qaryatain, a town 100 km to the south-west that the militants seized in
    # August")
    r",\s+(?:which|an?\s+(?:[\w'’-]+\s+){1,6}?that)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:had\s+|has\s+|have\s+)?(?:lost|captured|"
    r"recaptured|seized|took|retook|taken|retaken|won|fell|overran|overrun|liberated|"
    r"regained|abandoned|(?:was|were)\s+(?:captured|recaptured|seized|taken|retaken|"
    r"lost|liberated))\b"
)
#: A day to resolve a phrase's date against, where only its precision is asked.
_ANY_DAY = dt.date(2016, 1, 1)
#: The same clause whole, to its end: "(Palmyra), which the army recaptured from the
#: jihadists in March with Russian support".
_PLACE_PAST = gated(_PLACE_PAST_VERB + r"[^,.;:]*", re.I)
#: What a teller did before telling, in a relative clause: "monitors who reached the
#: village on (Saturday) said".
_TELLER_WENT_BEFORE = gated(
    r"\b(?:monitors|inspectors|investigators|journalists|reporters|observers|"
    r"correspondents?|team|delegation|officials|experts)\s+who\s+(?:had\s+)?"
    r"(?:reached|visited|arrived\s+(?:in|at)|entered|toured|inspected|went\s+to)"
    r"\b[^.;,]{0,50}?(?:\bon\s+|\bin\s+)?$",
    re.I,
)


def _clause_actor(sentence: str, trigger: str | None) -> str | None:
    """Who acted, as the clause between semicolons that tells what happened names it:
    "The government blames rebels for contaminating the spring; the rebels say regime
    airstrikes destroyed the pumping station" (the regime); else as the sentence
    does."""
    at = sentence.find(trigger) if trigger is not None and ";" in sentence else -1
    if at >= 0:
        end = sentence.find(";", at)
        clause = sentence[sentence.rfind(";", 0, at) + 1 : None if end < 0 else end]
        who = _actor(clause)
        if who is not None:
            return who
    if trigger is not None and ", when " in sentence:
        # "Government forces have been trying to recapture the area since August,
        # when rebels seized Halfaya": who did the deed its clause tells
        at = sentence.find(trigger)
        when = sentence.rfind(", when ", 0, at)
        if when >= 0 and "," not in sentence[when + 7 : at]:
            who = _actor(sentence[when + 2 : at + len(trigger)])
            if who is not None:
                return who
    for opener in (", with ", " after "):
        # "The regime's offensive has stalled, with rebels retaking the village";
        # "the Tiger Forces stormed Tal Sukayk after the Russian Air Force carried out
        # over 30 airstrikes": who did the deed its clause tells
        if trigger is not None and opener in sentence:
            at = sentence.find(trigger)
            begins = sentence.rfind(opener, 0, at)
            clause = sentence[begins + len(opener) : at + len(trigger)]
            if begins >= 0 and "," not in clause and ";" not in clause:
                who = _actor(clause)
                if who is not None:
                    return who
    return _actor(sentence)


#: Who ground was lost to: "lost the village to (government forces)".
_LOST_TO = gated(r"\s+to\s+((?:the\s+)?[^,.;]{2,50})", re.I)


def _gainer(sentence: str, trigger: str | None) -> str | None:
    """Who took the ground a side lost ("Rebels lost Sheikh Najjar to government
    forces": the regime), when the sentence says."""
    if not trigger or (at := sentence.find(trigger)) < 0:
        return None
    end = min(len(sentence), at + len(trigger) + 80)
    for m in _LOST_TO.finditer(sentence, at + len(trigger), end):
        if (who := _actor(m.group(1))) is not None:
            return who
    return None


def _before_demand(sentence: str) -> str:
    """The sentence up to what protesters asked for: whom they asked is no actor."""
    demand = DEMAND.search(sentence)
    return sentence if demand is None else sentence[: demand.start()]


#: What rescuers did, told right after them: "(civil defense teams) rushed to".
_RESCUERS_AT_WORK = gated(
    r"\s+(?:[\w-]+\s+)?(?:rushed|raced|arrived|pulled|rescued|retrieved|recovered|"
    r"evacuated|worked|searched|dug|helped|transported|ferried)\b",
    re.I,
)


def extract_cues(article: Article, names: _Names) -> list[SentenceCues]:
    """Return the incident cues of every sentence of an article.

    Parameters
    ----------
    article : Article
        The article.
    names : Gazetteer
        Anything with ``has_key(name)``, ``has_light_key(name)``,
        ``names_governorate(name)`` and ``has_name_word(word)``: tells which
        capitalised words are place names.

    Returns
    -------
    list of SentenceCues
        In reading order, boilerplate (reader comments, "Related Posts") left out.
    """
    text = normalize_spacing(article.text)  # same length: spans hold in the original
    lower_vocab = frozenset(_LOWER_WORD.findall(text))  # already lower case
    longest = getattr(names, "longest_name_words", None)  # a Gazetteer's
    out: list[SentenceCues] = []
    for index, section in enumerate(split_sections(text)):
        listing = False  # in a list of tolls by place, after "...the killing of 47:"
        dead_before = False  # whether the sentence before told of the dead
        total_before = False  # whether the sentence before told a running total
        battle_told = False  # whether the section told a battle as one deed
        for sentence in section.sentences:
            s = sentence.text
            low = s.lower()
            if "battle" in low and _A_BATTLE.search(low):
                battle_told = True
            told = _without_background(s, low)
            event_type, trigger = _event(told)
            if (
                trigger is None
                and told is not s
                and _WEEKS_OF.match(s)
                and not any(ch.isdigit() for ch in s)
            ):
                # "After three weeks of continuous Russian bombardment Ghariyah
                # al-Gharbiyah is almost depopulated": what the place went through is
                # all the sentence tells of
                event_type, trigger = _event(s)
            days_after = None
            if (
                trigger is None
                and told is not s
                and " after " in low
                and (days_after := _DEED_DAYS_BEFORE.search(s)) is not None
            ):
                # "Syria Direct spoke with a surgeon in Douma on Wednesday, a day after
                # airstrikes killed 26 people in the town": the telling is no event;
                # the deed it came after is the news
                told = s
                event_type, trigger = _event(s)
            if (
                trigger is not None
                and section.kind == "caption"
                and trigger.lower() in _AFTERMATH_PHRASES
            ):
                # "A child is pulled from the rubble in al-Kalasa": a photograph of
                # what the story tells, no deed of its own
                event_type = trigger = None
            if trigger is None and (head := _DEVELOPMENT_HEAD.match(s)) is not None:
                # "Recruitment: 120 fighters graduated in Sur": the note's head says
                # what kind of development it tells, where nothing else does
                event_type, trigger = "strategic development", head.group(1)
            adding = low.find(", adding")
            if adding > 0 and trigger is not None:
                # "Nine fighters were killed in the fighting, the army said, adding
                # that jets had struck 17 targets": the event is the main clause's
                main = _event(told[:adding])
                if main[1] is not None:
                    event_type, trigger = main
            as_at = low.find(", as ")
            if (
                as_at > 0
                and trigger is not None
                and told.find(trigger) > as_at
                and (main := _event(told[:as_at]))[1] is not None
                and not find_counts(told[as_at:])
            ):
                # "27 people died when al-Quds hospital was hit, as fighting across
                # the divided city leaves the truce close to collapse": the deed is
                # the main clause's; what went on meanwhile, of no toll, is not it
                event_type, trigger = main
            # a running total told aside ("..., bringing the toll to 28 since
            # December") leaves the day's toll standing
            told_low = low if told is s else told.lower()
            cumulative = (
                _cumulative(told, told_low)
                or (
                    "during the" in low
                    and _WHOLE_BATTLE.search(low) is not None
                    and not (battle_told and _THE_BATTLE_TOLD.search(low))
                    and not any(
                        d.precision == "day" for d in find_dates(s, article.published)
                    )
                )
                # "The coalition says it has carried out more than 100 strikes around
                # Raqqa since November. Activists say at least 80 civilians have been
                # killed in them": the running total's dead
                or (
                    total_before
                    and (" them" in low or " those " in low or " these " in low)
                    and _IN_THEM.search(low) is not None
                )
            )
            counts = [] if cumulative else find_counts(told)
            if (
                cumulative
                and "including" in low
                and (day_part := _DAY_OF_THE_TOTAL.search(s)) is not None
                and (day_dead := parse_number(day_part.group(1))) is not None
            ):
                # "At least 30 people have been killed in Douma since Friday,
                # including 11 on Monday alone": the day's dead, of the running total
                counts = [
                    Count("killed", *day_dead, day_part.group(0), *day_part.span(1))
                ]
                cumulative = False
            if (
                trigger is None
                and counts
                and " | " in s
                and all(c.value == 0 for c in counts)
                and _ROW_OF_ATTACKS.search(s) is not None
            ):
                # "Date: Nov 16 | Facility: Children's hospital | ... | Casualties:
                # none": a table's row of an attack that harmed no one
                event_type, trigger = "attack", counts[0].text
            item = _LIST_ITEM.match(s) if listing else None
            if item is not None and not (
                names.has_key(item.group("name"))
                or (item.group("sub") and names.has_key(item.group("sub")))
            ):
                item = None  # "Talks resumed in Geneva: 3 delegations": no place
            if item is not None and not any(c.kind == "killed" for c in counts):
                # "- Daraa: 6, in the town of Sheikh Maskin.": killed, as the list's
                # head says
                value = int(item.group("n").replace(",", ""))
                counts = [
                    Count(
                        "killed", value, value, value, item.group("n"), *item.span("n")
                    ),
                    *counts,
                ]
                event_type, trigger = event_type or "attack", trigger or item.group("n")
            if (
                trigger is None
                # "...: 32 in Aleppo; 14 in Idlib"; "as follows: 22 in Idlib, 17 in
                # Aleppo ... and 4 in Homs" (whose last item a toll pattern reads)
                and (
                    (not counts and ";" in s)
                    or (
                        "follows" in low
                        and ":" in s
                        and all(c.kind == "killed" for c in counts)
                    )
                )
                and (listing or "follows" in low or "distributed" in low)
                # of the dead: told just before, or in the sentence itself
                and (dead_before or bool(_LIST_HEAD.search(low)))
            ):
                # "The civilians were distributed as follows: 32 in Aleppo; 14 in
                # Idlib; 8 in Rural Damascus": the dead, place by place
                items = [
                    m
                    for m in _INLINE_ITEM.finditer(s)
                    if names.has_key(m.group("name"))
                ]
                if len(items) >= 2:
                    counts = [
                        Count("killed", v, v, v, _item_text(m), *m.span("n"))
                        for m in items
                        if (v := int(m.group("n"))) > 0
                    ]
                    event_type, trigger = "attack", items[0].group("n")
            listing = item is not None or (
                s.rstrip().endswith(":") and bool(_LIST_HEAD.search(low))
            )
            dead_before = any(c.kind == "killed" and c.value > 0 for c in counts)
            total_before = bool(cumulative)
            if (
                cumulative
                and trigger is not None
                and (
                    (
                        (
                            trigger.lower() in _DEATH_WORDS
                            or "have killed" in low
                            # "The offensive in Idlib has killed more than 400
                            # civilians since December 25"
                            or "has killed" in low
                            # "more than 100 civilians have been killed in strikes
                            # on the Manbij area since the offensive began"
                            or "have been killed" in low
                            or "has been killed" in low
                            # "At least 23 people have died of starvation in Madaya
                            # since December": the siege's running total
                            or "have died" in low
                            or "has died" in low
                        )
                        and any(
                            c.kind == "killed" and c.value > 1
                            for c in find_counts(told)
                        )
                    )
                    # "the town's main hospital had received 45 wounded since
                    # Wednesday": a running count of the wounded
                    or (
                        trigger.lower() in _WOUND_WORDS
                        and any(
                            c.kind == "injured" and c.value > 1
                            for c in find_counts(told)
                        )
                    )
                )
            ):
                # "more than 400 people have been killed in eastern Aleppo since the
                # truce collapsed", "airstrikes have killed 27 children since
                # Tuesday": a running total tells no event
                event_type = trigger = None
            elif (
                cumulative
                and trigger is not None
                and _COUNTED_TARGETS.search(told) is not None
                # "12 other attacks since December 2015, including one on the Kafr
                # Zeita cave hospital on December 23": that one is an event
                and "including" not in low
                and "among them" not in low
            ):
                # "have struck at least six hospitals in eastern Aleppo since the
                # ceasefire collapsed": a count of attacks over time, no event
                event_type = trigger = None
            elif (
                cumulative
                and trigger is not None
                and trigger.lower() in _WAR_WORDS
                and not _SINCE_A_DAY.search(s)
            ):
                # "key events in the battle for Aleppo since the truce collapsed",
                # "fighting has raged there since 2012": a war told whole, no event
                event_type = trigger = None
            elif (
                cumulative
                and trigger is not None
                and low.lstrip().startswith("since ")
                and _GOING_ON_SINCE.search(told) is not None
                and not find_counts(told)
            ):
                # "Since 28 April, intense air and ground strikes have been reported
                # across southern Idleb": a campaign told of its days so far, no event
                event_type = trigger = None
            elif (
                cumulative
                and event_type == "strategic development"
                and trigger is not None
                and "displace" in trigger.lower()
                # (not "10,000 civilians fled on March 17th for a total of more than
                # 50,000 since March 14th": that day's)
                and not any(
                    d.precision == "day"
                    # ("The UN said on Friday that 40,000 had been displaced in the
                    # past two weeks": the day of the telling)
                    and SPOKEN_BEFORE.search(told, max(0, d.start - 30), d.start)
                    is None
                    for d in find_dates(told, article.published)
                )
            ):
                # "Some 9,000 people have been displaced from Hama since 1 October",
                # "operations since 20 January have resulted in displacement": a
                # running total of the displaced, no event of its own
                event_type = trigger = None
            elif (
                cumulative
                and event_type == "territory change"
                and trigger is not None
                and trigger.lower() in ("controlled", "held", "control", "controls")
                and " since " in low
            ):
                # "Turkish-backed rebels have controlled Azaz since the start of the
                # war": who has held a place, no event
                event_type = trigger = None
            if (
                trigger is not None
                and (
                    # "Hezbollah buried two of its fighters killed in Syria": a
                    # funeral, of dead killed on no day told
                    (
                        (
                            "buri" in low
                            or "bury" in low
                            or " rest" in low
                            or "mourn" in low
                        )
                        and _BURIED.search(told) is not None
                    )
                    # "Israel has carried out strikes on Hezbollah convoys near
                    # Damascus several times since 2013": deeds done again and again
                    or (
                        (
                            "times" in low
                            or "repeatedly" in low
                            or "occasions" in low
                            or "throughout" in low
                            or "similar" in low
                        )
                        and _REPEATED.search(told) is not None
                    )
                )
                # (but "struck the town several times on Monday" is an event)
                and not any(
                    d.precision == "day" for d in find_dates(s, article.published)
                )
            ):
                event_type = trigger = None
                counts = []
            if (
                event_type in (None, "attack")
                and counts
                and any_in(low, _MISHAP_WORDS)
                and _MISHAP.search(told) is not None
                and not _MEANS_NAMED.search(told)
            ):
                # "Two children died of cold in a camp near Azaz", "a fire broke out
                # in the camp, killing a woman": a death by weather or mishap, no deed
                # of war (unless a strike started it)
                event_type = trigger = None
                counts = []
            if (
                "crash" in low
                and _CRASHED.search(s) is not None
                and _BROUGHT_DOWN.search(s) is None
            ):
                # "A Russian Su-24 bomber crashed near the Hmeimim airbase; both
                # pilots were killed": an aircraft lost, brought down by no one told
                event_type = trigger = None
                counts = []
            if (
                trigger is not None
                and trigger.lower() in _CAMPAIGN_WORDS
                and any(c.kind == "killed" and c.value > 1 for c in counts)
                and (told_dates := find_dates(s, article.published))
                and all(d.precision in ("month", "year") for d in told_dates)
            ):
                # "after the ceasefire collapsed in September, the offensive on east
                # Aleppo killed more than 500 people": a campaign's toll over months
                event_type = trigger = None
                counts = []
            if (
                event_type == "siege"
                and not counts
                and " for " in low
                and _FOR_A_SPAN.search(told) is not None
            ):
                # "has besieged the government-held part of the city for about a
                # year": a state that lasts, no event of a day
                event_type = trigger = None
            eventful = trigger is not None or bool(counts)
            target = _found(_TARGETS, s, low) if eventful else None
            while target is not None and (
                _WORKPLACE_BEFORE.search(s, max(0, target.start() - 40), target.start())
                or _CARED_FOR_BEFORE.search(
                    s, max(0, target.start() - 90), target.start()
                )
                # "Hospitals in Aleppo's east received 45 wounded": they cared for them
                or _CARED_FOR_AFTER.match(s, target.end()) is not None
                # "The civil defense teams rushed to the targeted places": rescuers
                # at work, no target
                or _RESCUERS_AT_WORK.match(s, target.end()) is not None
            ):
                # "a surgeon at a field hospital in Douma": where a witness works, no
                # target (one told after it may be)
                target = _TARGETS.search(s, target.end())
            if (
                target is not None
                and trigger is not None
                and target.group(0).endswith("s")
                and (at := s.find(trigger)) >= 0
                and target.end() <= at
                and (hit := _TARGETS.search(s, at)) is not None
                and not hit.group(0).endswith("s")
            ):
                # "suspended all aid convoys after an attack on a convoy near Aleppo":
                # what the deed hit, told after it, not the kind told before
                target = hit
            if (
                target is not None
                and target.group(0).lower() in ("home", "house")
                and _LEFT_HOME.search(s, max(0, target.start() - 24), target.start())
            ):
                target = None  # "fled her home in Qusair": no target hit
            hedged = eventful and (
                _hedged(s, low, event_type, trigger, counts)
                or _standing(s, low, counts)
            )
            if (
                hedged
                and s[:10].lower().startswith("agreement")
                and (head := _DEVELOPMENT_HEAD.match(s)) is not None
                and not counts
            ):
                # "Agreement: ... it was decided that the town of Tall Refaat would
                # be handed over": what was agreed is to come; the agreement is told
                event_type, trigger, hedged = (
                    "strategic development",
                    head.group(1),
                    False,
                )
            # an all-capitals line ("BREAKING: AIRSTRIKES KILL 12 IN SARAQIB"): its
            # names read as a title's (same length, so spans hold)
            # (and a roundup's heading of a place, "ALEPPO", "IDLIB", however short)
            shouting = (
                s.isupper()
                and (len(s) > 12 or s == section.heading)
                and len(s.title()) == len(s)
            )
            # (a sentence in capitals is read as titled: "RUSSIAN JETS STRUCK")
            told_as = told.title() if shouting else told
            trigger_as = trigger.title() if shouting and trigger else trigger
            mentions = find_mentions(
                s.title() if shouting else s,
                names.has_key,
                has_light_key=names.has_light_key,
                names_governorate=names.names_governorate,
                has_word=names.has_name_word,
                longest=longest,
                lower_vocab=lower_vocab,
                offset=sentence.start,
            )
            if mentions and "by province" in low and _BY_PROVINCE.match(s):
                # "By province, the toll was highest in Aleppo, where 87 civilians were
                # killed": a governorate's tally
                mentions = [
                    dataclasses.replace(m, qualifier="province")
                    if not m.qualifier
                    and not m.relation
                    and names.names_governorate(m.name)
                    else m
                    for m in mentions
                ]
            if (
                len(mentions) > 1
                and ("retaliat" in low or "in response" in low or "revenge" in low)
                and (answered := [m.span() for m in _ANSWERED.finditer(s)])
            ):
                # "fired 59 missiles at the Shayrat air base, in retaliation for a
                # chemical attack on Khan Sheikhoun": where the deed answered
                # happened is no place of the deed told
                mentions = _outside(mentions, answered, sentence.start)
            if (
                mentions
                and "blam" in low
                and (blamed := [m.span() for m in _BLAMED_FOR.finditer(s)])
            ):
                # "SANA blamed 'terrorists' in Jobar for the attack": where those
                # blamed are, not where the attack fell
                mentions = _outside(mentions, blamed, sentence.start, or_all=False)
            if (
                len(mentions) > 1
                and ("after" in low[:40] or "following" in low[:40])
                and (fronted := _FRONTED_ANCHOR.match(low)) is not None
            ):
                # "Following the capture of Tal al-Kabani, the air force struck Jisr
                # al-Shughour": the deed told to say when is no place of this one
                mentions = _outside(mentions, [fronted.span()], sentence.start)
            if (
                len(mentions) > 1
                and " in " in low[:40]
                and (based := _FIRED_FROM_IN.match(s)) is not None
            ):
                # "Rebels in the Houla plain north of Homs shelled the Alawite village
                # of Fallah": where those who fired are, not where the shells fell
                mentions = _outside(mentions, [based.span()], sentence.start)
            if (
                len(mentions) > 1
                and "came" in low
                and (came := _CAME_AS.match(low)) is not None
                and " of " in came.group(0)
            ):
                # "The fall of Palmyra came as pro-government forces pushed deeper
                # into eastern Aleppo": the fall was told before; the advance is new
                mentions = _outside(mentions, [came.span()], sentence.start)
            if (
                len(mentions) > 1
                and (
                    "stall" in low
                    or "faltered" in low
                    or "dragged" in low
                    or "enter" in low
                )
                and (meanwhile := [m.span() for m in _MEANWHILE.finditer(s)])
            ):
                # "Air strikes killed 14 in Maarat al-Numan, as the evacuation of
                # eastern Aleppo stalled": where nothing violent went on meanwhile
                mentions = _outside(mentions, meanwhile, sentence.start)
            national = eventful and _is_national(s, counts)
            if national and (
                mentions and ("most" in low or "many of" in low or "majority" in low)
            ):
                # "The toll of martyrs in Syria today reached 112, most of them in
                # Aleppo": where most fell says nothing of the toll's place
                mentions = [
                    m
                    for m in mentions
                    if not _MOST_OF_THEM_IN.search(
                        s,
                        max(0, m.start - sentence.start - 40),
                        m.start - sentence.start,
                    )
                ]
            if (
                item is None
                and mentions
                and not mentions[0].qualifier
                and mentions[0].start - sentence.start <= 2
                and (label := _GOVERNORATE_LABEL.match(s)) is not None
                and names.names_governorate(label.group(1))
                and name_key(label.group(1)) == name_key(mentions[0].name)
                # (not "Aleppo: 23 civilians were killed in raids on the neighbourhoods
                # of al-Mashhad, al-Sukkari and Bab al-Nayrab": its city's quarters)
                and not (
                    ("neighbo" in low or "district" in low or "quarter" in low)
                    and _CITY_QUARTERS_TOLD.search(s) is not None
                )
            ):
                # "Idlib: 23 martyrs, 14 of them in Kafr Takharim": a daily report's
                # item by governorate names the governorate, not its city
                mentions = [
                    dataclasses.replace(mentions[0], qualifier="province"),
                    *mentions[1:],
                ]
            if (
                item is not None
                and len(mentions) == 1
                and not mentions[0].qualifier
                and names.names_governorate(item.group("name"))
            ):
                # "- Hama: 4.": an item of a list by governorate names the
                # governorate, not its city
                mentions = [dataclasses.replace(mentions[0], qualifier="province")]
            out.append(
                SentenceCues(
                    article_id=article.id,
                    section=index,
                    section_kind=section.kind,
                    sentence=sentence,
                    mentions=mentions,
                    # a date matters only where something happened
                    # and where a list of what happened begins ("documented the
                    # following violations on Tuesday:"), or an interviewer asks
                    # of it ("Q: What happened on Thursday?")
                    dates=(
                        # (a sentence in capitals is read as titled: "ON MONDAY")
                        _told_dates(s.title() if shouting else s, article.published)
                        or _since_clause_dates(s, low, trigger, article.published)
                        or _years_after(s, sentence, out)
                    )
                    if eventful
                    # (and a clause split off before the deed of the days before
                    # it: "...spoke with a surgeon in Douma on Wednesday, | a day
                    # after airstrikes killed 26 people in the town")
                    or s.endswith((":", "?", ","))
                    or date_field(s)
                    or sets_the_time(s)
                    or date_heading(s)
                    or opens_with_day(s)
                    or (index == 0 and s == section.heading and dated_title(s))
                    else [],
                    counts=counts,
                    event_type=event_type,
                    trigger=trigger,
                    # "Islamic State claimed responsibility" names who did it
                    # who backed it is not who did it: "the army, supported by
                    # Russian aircraft, has liberated Palmyra"
                    # "rebels lost the Haydariya district": who lost it did not act
                    actor=(
                        (
                            _actor(_before_demand(told_as))
                            if event_type == "protest"
                            # "backed by Russian airstrikes, which killed 16": the
                            # backers' hand
                            else _actor(told_as[backing.start() : backing.end()])
                            or _clause_actor(told_as, trigger_as)
                            if (backing := _backing_that_killed(told_low)) is not None
                            else _clause_actor(told_as, trigger_as)
                        )
                        # only the regime's helicopters drop barrel bombs
                        # ("chlorine-filled barrel bombs hit Kafr Zita" too)
                        or (
                            "regime"
                            if event_type == "barrel bomb"
                            # "a helicopter dropped a barrel containing a yellow gas"
                            or (event_type == "chemical" and "barrel" in low)
                            else None
                        )
                    )
                    if (eventful or "responsib" in low)
                    and not ("denie" in low and _TOLL_STANDS.search(s))
                    and not (trigger or "")
                    .lower()
                    .startswith(("lost ", "withdr", "lose ", "loses ", "rebels lose "))
                    # ("Rebels lost control of the town to Kurdish forces")
                    and not (" control" in low and _LOST_CONTROL.search(low))
                    # "Rebels lost the village of Sheikh Najjar to government
                    # forces": who won it
                    else _gainer(told, trigger)
                    if eventful
                    else None,
                    target=target.group(0).lower() if target else None,
                    hedged=hedged,
                    # the head of a list of tolls by place, naming none, tells
                    # the total of them all
                    national=national
                    or (eventful and listing and not mentions and bool(counts)),
                    headline=bool(section.heading) and s == section.heading,
                    section_time=section.time,
                )
            )
            cue = out[-1]
            if days_after is not None:
                cue.extra["days before"] = days_after.group("n").lower()
            elif (
                s[:1].islower()
                and (before := _DAYS_BEFORE_OPENING.match(s)) is not None
            ):
                # "..., a day after US-led coalition aircraft struck army positions on
                # Tharda mountain, killing 62 soldiers" (a sentence of its own): the
                # deed of the days before the day told
                cue.extra["days before"] = before.group("n").lower()
                cue.extra["carried back"] = True
            if cumulative and _COUNTED_TARGETS.search(told) is not None:
                # "dropped more than 600 barrel bombs on Daraya": deeds counted
                # over time, at a place
                cue.extra["running total"] = True
            if (
                cue.event_type == "attack"
                and cue.actor in AIR_FORCES
                and (trigger or "").lower() in ("strike", "strikes")
            ):
                # "Coalition military forces conducted 17 strikes": who strikes only
                # from the air in Syria struck from the air
                cue.event_type = "airstrike"
    return out


#: Who fought in Syria from the air only: their "strikes" are air strikes, and so is
#: an attack of theirs told with no other means (:mod:`geo.incidents`).
AIR_FORCES = frozenset({"Russia", "Russia/regime", "US-led coalition"})
