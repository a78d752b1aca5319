"""Find place phrases in a sentence: names the gazetteer knows, with their qualifiers.

A name is a run of capitalised tokens (or ``al-``/``ash-``... prefixed, or Arabic script)
whose folded key is in the gazetteer. Around it, the phrase may say "Province",
"countryside", "city", "district", "eastern ...", "near ...", "northwest of ..." or
"5 km southeast of ...": these become :class:`~geo.schema.Mention` fields. A mention that
only situates another one ("Hass in Idlib Province", "Oweijel, west of Aleppo") is
marked ``context_for``. This module assigns no coordinates.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from geo.names import ARTICLES, QUALIFIER_KEYS, name_key
from geo.patterns import any_in, gate_words, gated
from geo.schema import Mention
from geo.tolls import DESIGNATORS, parse_number

__all__ = [
    "DIRECTIONS",
    "NAME_HEADS",
    "STOPWORDS",
    "find_mentions",
    "parse_place_query",
]

DIRECTIONS = {
    "north": "N",
    "northern": "N",
    "south": "S",
    "southern": "S",
    "east": "E",
    "eastern": "E",
    "west": "W",
    "western": "W",
    "northeast": "NE",
    "north-east": "NE",
    "northeastern": "NE",
    "north-eastern": "NE",
    "northwest": "NW",
    "north-west": "NW",
    "northwestern": "NW",
    "north-western": "NW",
    "southeast": "SE",
    "south-east": "SE",
    "southeastern": "SE",
    "south-eastern": "SE",
    "southwest": "SW",
    "south-west": "SW",
    "southwestern": "SW",
    "south-western": "SW",
}
_DIR = "|".join(sorted((re.escape(d) for d in DIRECTIONS), key=len, reverse=True))
_TOKEN_CHAR = r"\w'’`ʿ\-\u0600-\u06ff"  # what may follow a token's first letter
_TOKEN = gated(
    rf"[#@]?([0-9]+|[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0600-\u06ff][{_TOKEN_CHAR}]*)"
)


def _trie(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, as a trie: faster to fail than a flat
    alternation (it is tried at every position of every sentence)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [
            re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if ends else body

    return build(tree)


#: "ez-Zor", "esh-Shughur"; and Syria Direct's "a-Shaar", "Deir e-Zor"
_ARTICLES_RE = f"(?:{_trie(ARTICLES)}|a|e)"
_ARTICLE_PREFIX = gated(rf"^(?:{_ARTICLES_RE})[-‑]", re.I)
_CONNECTORS = {
    "al",
    "el",
    "ash",
    "as",
    "ad",
    "ar",
    "at",
    "az",
    "an",
    "bin",
    "ibn",
    "abu",
    "umm",
    "um",
    "de",
    "wadi",
    "tal",
    "tell",
    # the article as French and other transliterations write it apart: "Rasm ech
    # Cheikh", "Kharabat et Tin"
    *ARTICLES,
    "ech",
    "ej",
    "ett",
    "enn",
    "ess",
    "edd",
    "err",
    "ezz",
}
#: "Abu Malek", "Umm Ahmad": a person called after a child, when the whole is no
#: place's name ("Abu Kamal" is one, and is found whole first).
_KUNYA = frozenset({"abu", "umm", "um"})
#: Auxiliary verbs, which English never capitalises after a preposition: there they
#: are names ("a school complex in Has").
_AUXILIARIES = frozenset({"Has", "Had", "Is", "Was", "Were", "Are", "Did", "Does"})
_PREPOSITION_BEFORE = gated(
    r"\b(?:in|of|on|at|near|from|to|into|towards|around|outside|hit)\s+$"
)
#: What may stand between two words of one name: "Tall `Ajar" marks the ayn.
_GAPS = frozenset({" ", "-", " `", " ‘", " ʿ"})
#: Connectors that, written apart and in lower case, are also English words: they
#: may join a name ("Tall as Sakhr") but do not begin one ("at Bab al-Hawa").
_ENGLISH_CONNECTORS = frozenset({"as", "at", "an", "de"})
# The tokens of _TOKEN that may be part of a name: not starting a lower-case word
# (unless an article "al-..." or a connector), and not inside another token.
_CANDIDATE = gated(
    r"(?<![\w\u0600-\u06ff])(?<![\w\u0600-\u06ff][-'’`ʿ])[#@]?("
    r"[0-9]+"
    rf"|[A-Z\u00c0-\u024f\u1e00-\u1eff\u0600-\u06ff][{_TOKEN_CHAR}]*"
    rf"|(?i:{_ARTICLES_RE})-[{_TOKEN_CHAR}]*"
    rf"|{_trie(_CONNECTORS)}"
    rf"(?![{_TOKEN_CHAR}]))"
)
_QUALIFIER_AFTER = gated(
    r"^(?:['’]s)?\s*(?:(?P<d>north|south|east|west|northern|southern|eastern|western|"
    r"north-?(?:eastern|western)|south-?(?:eastern|western)|central)\s+"
    r"(?=countryside|suburbs))?"  # "Idleb southern countryside"
    r"(?P<q>provinces?|governorates?|countrysides?|suburbs|city|districts?|"
    r"neighbou?rhoods?|quarters?|areas?|regions?|countryside|villages?|towns?)\b",
    re.I,
)
#: A square or a roundabout named after its name: "(al-Naim) square".
_LANDMARK_AFTER = gated(r"\s+(?:square|roundabout)\b", re.I)
_QUALIFIER_BEFORE = gated(
    rf"\b(?:(?P<rel>(?P<km>\d+(?:\.\d+)?)\s*(?P<unit>km|kilometers|kilometres|miles?)\s*"
    rf"(?:\([^)]*\)\s*)?(?P<dir>{_DIR})\s+of|(?P<dir2>{_DIR})\s+of|near|outside|"
    # "advanced to within 20 km (12 miles) of Raqqa": near it, not in it
    rf"within\s+\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles?)\s*"
    rf"(?:\([^)]*\)\s*)?of|"
    # "the farms of Hosh al-Farah, 3 kilometres from Douma": near it, not in it
    rf"(?:about\s+|some\s+|around\s+|just\s+|only\s+)?(?P<fkm>\d+(?:\.\d+)?|a\s+few|"
    rf"several|two|three|four|five|six|seven|eight|nine|ten)\s*(?P<funit>km|kilometers|"
    rf"kilometres|miles?)\s*(?:\([^)]*\)\s*)?(?:away\s+)?from|"
    rf"close to|outskirts of|vicinity of|around)\s+(?:the\s+)?(?:(?:(?:Syrian|border|"
    rf"nearby|besieged|small|strategic|[\w-]+-held)\s+)?(?:town|village|city|"
    rf"area|district)\s+of\s+)?"
    # "the northern countryside of Homs": a side of it
    rf"|(?:(?P<side>{_DIR})\s+)?(?P<part>{_DIR}|central|rural|countryside of|"
    rf"provinces? of|governorate of|city of|suburbs of|town of|village of)\s+(?:the\s+)?"
    # "the eastern part of Aleppo city", "the western districts of Aleppo"
    rf"|(?P<pdir>{_DIR})\s+(?:part|half|side|districts|neighbou?rhoods|quarters|"
    rf"sector)\s+of\s+(?:the\s+)?"
    # "the besieged east of Aleppo", "the north of Idlib province": a side of it,
    # not a point out of it ("the town east of Aleppo" is)
    # (not "lands to the north of Khan Shaykhun": out of it)
    rf"|(?<!to )(?<!To )\bthe\s+(?:(?:besieged|embattled|far|[a-z]+-(?:held|"
    rf"controlled))\s+)?"
    rf"(?P<tdir>{_DIR})\s+of\s+(?:the\s+)?)$",
    re.I,
)
#: Every match of _QUALIFIER_BEFORE without a distance has one of these words.
_DIGIT = gated(r"\d")
_BEFORE_WORDS = frozenset(
    """near outside close around outskirts vicinity central rural countryside
    province provinces governorate city suburbs km kilometres kilometers mile
    miles""".split()
    + list(DIRECTIONS)
)
# "Hezzeh town in the Eastern Ghouta", "al-Qaterji in Aleppo": the second situates
_IN_GLUE = gated(
    r"\s+(?:(?:town|village|city|area|neighbou?rhood|district|camp|quarter|front|"
    r"hill|hilltop|hills|mountain|heights|dam|airbase|airport|crossing|valley|plain)"
    r"\s+)?in\s+(?:the\s+)?"
    r"|\s+(?:area|neighbou?rhood|district|quarter|suburb|village|town)\s+of\s+"
    r"(?:the\s+)?"
    # "Eastern Ghouta countryside of the capital Damascus"
    r"|\s+(?:countryside|suburbs|outskirts)\s+of\s+(?:the\s+)?(?:Syrian\s+)?"
    r"(?:capital,?\s+)?"
    # "the Eastern Ghouta region near the Syrian capital, Damascus"
    r"|\s+(?:(?:town|village|city|area|region|neighbou?rhood|district|camp)\s+)?"
    r"(?:near|outside)\s+(?:the\s+)?(?:Syrian\s+)?(?:capital,?\s+)?",
    re.I,
)
_NEAR_GLUE = gated(
    # "the town of Erbin, near Damascus" (not a list: "Hosh Qbebat, the vicinity of
    # Beit Sawa")
    # ("Tokhar, near the northern Syrian city of Manbij")
    r"\s*,\s+near\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:town|city|village)\s+of\s+)?"
    r"|\s+(?:(?:town|village|area|region|neighbou?rhood|district|camp|airbase|"
    r"air base|airport|base|castle|dam)\s+)?"
    r"(?:,\s*)?(?:which is\s+|that is\s+)?(?:(?:in|on|at)\s+)?(?:the\s+)?"
    r"(?:(?:vicinity|outskirts)\s+of\s+|near\s+)(?:the\s+)?"
    # "Tokhar near the Islamic State-held town of Manbij"
    r"(?:(?:[\w-]+\s+)?[\w-]+-(?:held|controlled)\s+)?(?:(?:town|city|village)\s+of\s+)?"
    # "Douma, a rebel-held town near Damascus"
    r"|\s*,\s*an?\s+(?:[\w-]+\s+)?(?:town|village|city|suburb|district)\s+near\s+"
    r"(?:the\s+)?"
    # "Hosh al-Farah, 3 kilometres from Douma"
    r"|\s*,\s*(?:about\s+|some\s+|around\s+|just\s+|only\s+)?(?:\d+(?:\.\d+)?|a\s+few|"
    r"several|two|three|four|five|six|seven|eight|nine|ten)\s*(?:km|kilometers|"
    r"kilometres|miles?)\s*(?:\([^)]*\)\s*)?(?:away\s+)?from\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?",
    re.I,
)
_FACILITY_AFTER = gated(
    # "near al-Omar field": an oil field named so, not a village of the name
    r"\s+(?:hospital|clinic|school|mosque|church|bakery|university|stadium|"
    r"(?:oil\s+|gas\s+)?fields?|"
    # "the al-Sabahiya bridge over the Euphrates"
    r"bridge)\b",
    re.I,
)
#: A facility told, then named in apposition: "the last functioning hospital,
#: (al-Hakim),".
_FACILITY_APPOSED_BEFORE = gated(
    r"\b(?:hospital|clinic|school|mosque|church|bakery)\s*,\s+(?:the\s+)?$", re.I
)
_FACILITY_GLUE = gated(
    r"\s+(?:hospital|mosque|school|market|church|bakery|clinic|prison|university|"
    r"stadium|hotel|medical cent(?:er|re))s?\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w-]+-(?:held|controlled)\s+)?"  # "in government-held western Aleppo"
    # "the Kamouna camp, near the town of Sarmada": what stands near a town
    r"|\s+(?:camp|hospital|school|market|prison|base|airbase|air\s+base|airport|"
    r"dam|checkpoint|crossing)s?,?\s+(?:near|outside|close\s+to)\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?",
    re.I,
)
_BETWEEN_GLUE = gated(
    r"^,?\s+(?:(?:in|on|along)\s+the\s+(?:[\w-]+\s+){0,2}?)?(?:halfway\s+)?between"
    r"\s+(?:the\s+)?$"
)
_KIND_OF_GLUE = gated(
    r"\s+(?:suburb|district|neighbou?rhood|quarter|town|village)\s+of\s+(?:the\s+)?",
    re.I,
)
_APPOSITIVE_OF = gated(
    r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:suburb|town|village|city|district|"
    r"neighbou?rhood|quarter)\s+(?:of|in)\s+(?:the\s+)?"
    # "Jabal Tharda, a mountain overlooking the Deir ez-Zor airport": what it looks over
    r"|\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:mountain|hill|hilltop|height|heights|"
    r"ridge|position|base|town|village)\s+(?:that\s+)?(?:overlooking|overlooks|"
    r"dominating|dominates)\s+(?:the\s+)?"
    # "the hills of Bursaya overlooking the town of Azaz"
    r"|\s+(?:overlooking|overlooks|dominating|dominates)\s+(?:the\s+)?(?:(?:town|"
    r"village|city)\s+of\s+)?",
    re.I,
)
#: An apposition that tells where the place before it lies, by a side of another:
#: ", the Islamic State's key position on the Euphrates ".
_APPOSITIVE_SIDE = gated(r"\s*,\s*(?:an?|the|its)\s+[^,.;:()]{0,70}?\s*", re.I)
_BETWEEN_BEFORE = gated(r"\bbetween\s+(?:the\s+)?$")
#: A place told as near the one before it: " and the nearby village of ".
_NEARBY_GLUE = gated(
    r"\s*,?\s+and\s+(?:the\s+)?nearby\s+(?:(?:village|town|hamlet|hill)\s+of\s+)?"
    r"(?:the\s+)?"
)
#: Between two places of a list: ", ", " and ", ", and nearby ".
_LIST_ITEM_GLUE = gated(
    r"\s*(?:\([^()]{1,30}\))?"
    r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:nearby\s+)?(?:the\s+)?"
)
#: (a count or a gloss may stand after an item: "the provinces of Damascus (5), Hama
#: (2) and Aleppo (1)", "Ras al-Ain (Serekaniye) and Tal Abyad")
_LIST_GLUE = gated(
    r"^\s*(?:\([^()]{1,30}\))?(,\s*(and\s+)?|\s+and\s+|\s+or\s+)"
    # "in Idlib and northern Hama governorates": the side of the next item
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"ern\s+)?$"
)
_CONTEXT_GLUE = gated(
    # "the Tal Sukayk hilltop in northern Hama"
    r"^(\s+((town|village|city|area|neighbou?rhood|district|camp|quarter|hill|"
    r"hilltop|hills|mountain|heights|dam|airbase|airport|crossing|valley|plain)\s+)?"
    r"in\s+"
    r"(the\s+)?(neighbou?ring\s+)?|\s*,\s*|"
    # "the villages of Qermani and Kerbesan in the countryside of Dirbesiye": a list
    # item the gazetteer does not know between them
    r"\s+and\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+in\s+(the\s+)?|"
    # "the al-Zahra district of (eastern) Mosul": the city whose quarter it is
    r"\s+(?:district|neighbou?rhood|quarter)\s+of\s+(the\s+)?|"
    r"\s*,\s*(in\s+|the\s+(town|village|city|area)\s+|"
    # "Douma, a rebel-held town near Damascus"
    r"an?\s+(?:[\w-]+\s+)?(?:suburb|town|village|city|district|neighbou?rhood)\s+"
    r"(?:in\s+(?:the\s+)?)?|"
    r"on the \w+\s+)?)$",
    re.I,
)
_SPEAKS = gated(
    r"\s+(?:also\s+|has\s+|had\s+|later\s+)?(?:said|says|reported|reports|claimed|"
    r"claims|announced|announces|quoted|stated|added|denied|denies)\b"
)
#: A place's name before a verb of speaking is no speaker ("Damascus said") when it
#: is where the speakers are: "rebels in the town of Talbiseh said ..."
_WHERE_BEFORE = gated(
    r"\b(?:in|from|of|near)\s+(?:the\s+)?(?:(?:besieged\s+)?(?:town|village|city|"
    r"district|neighbou?rhood|area)\s+of\s+)?$"
)
#: One who speaks, named after the verb: '"...," said Mahmoud, 34', "said Ahmad, a
#: resident"
_SPEAKER_AFTER_SAID = gated(r"\b(?:said|says|added|told)\s+$")
_PERSON_AFTER = gated(r",\s+(?:\d{1,2}\b|an?\s+[a-z]|the\s+[a-z])")
#: A person's age told after the name: ", aged 7", ", 34, told".
_AGE_AFTER = gated(
    r",\s+(?:aged\s+\d{1,3}\b|\d{1,2},\s+(?:told|said|says|was|who|a|an|the|and|"
    r"his|her)\b"
    # "Abu Mahmoud, a 45-year-old vendor"
    r"|an?\s+\d{1,3}-year-old\b)"
)
#: A wire dateline: "DAMASCUS, Syria (AP) —", "BEIRUT, July 27 (Reuters) -",
#: "(Beirut) –", "Aleppo, SANA –", "GENEVA/BEIRUT —"
_DATELINE = gated(
    # "BEIRUT", "SERÊKANIYÊ", "DEIR EZ-ZOR"
    r"(?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de\u0100-\u017f'’./ -]{2,40}"
    r"(?:,[^—–\n()]{1,30}?)?(?:\s*\([^)\n]{1,25}\))?"
    r"|\([A-Z][\w'’ .-]{1,30}\)"
    # "Douma (Syria) (AFP) -"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?(?:\s*\([^)\n]{1,25}\)){1,2}"
    r"|[A-Z][\w'’ .-]{1,30},\s*(?:SANA|AFP|AP|Reuters|ANHA|Hawar|QNA|Xinhua|UPI)"
    # "Douma, Eastern Ghouta – At least 71 civilians...": a place and its region
    r"|(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s+[A-Z][\w'’.-]+"
    r"(?:\s+[A-Z][\w'’.-]+){0,2})(?=\s+[—–]\s))"
    r"\s*(?:[—–]|-{1,2})\s*"
)
_LISTENS = gated(r"\b(?:told|tells|telling)\s+(?:the\s+)?$", re.I)
#: Where a missile left from: "fired from inside Israeli-occupied territory near Lake
#: Tiberias", "launched from Turkish territory"
#: Where people were taken, fled or were heading: "a deal to evacuate the fighters
#: to Idlib", "residents fled to the Sheikh Maqsoud neighbourhood", "buses heading to
#: Jarablus".
_TAKEN_TO = gated(
    r"\b(?:evacuat\w+|transferr\w+|bus(?:s)?ed|fled|flee(?:ing)?|displaced|heading|"
    r"headed|relocat\w+|deport\w+|escaped|transport\w+|left for|leave for|"
    r"departed for|withdr[ae]wn?|retreated|fell back|bound|"
    # "carrying ammunition to a Turkish observation post in Morek"
    r"carrying|delivering|resupply\w*|"
    # "The Mi-8 was returning to the Hmeimim air base when it was hit"
    r"returning|returned|en\s+route|on\s+(?:its|their|his|her)\s+way|flying|"
    r"travell?ing|"
    # "in exchange for safe passage to Idlib"
    r"passage)\b[^.;:]{0,60}?"
    r"\b(?:to|for|into|towards?)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:towns?|city|cities|villages?|province|countryside|area|"
    r"neighbou?rhoods?|districts?)\s+of\s+"
    r"|an?\s+(?:[\w-]+\s+){0,2}?(?:observation\s+)?(?:post|base|outpost|point|"
    r"position)\s+(?:in|at|near)\s+)?(?:[\w-]+-held\s+)?"
    # "withdrew toward the T4 (Tiyas) Airbase": a name glossed
    r"(?:[\w-]+\s+\(\s*)?$"
    # "the last rebels left Ain al-Fijeh for Idlib under a deal": where they went
    # ("300 fighters and their families leaving for Jarablus")
    r"|\b(?:left|leaving|leave|leaves)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?for\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+)?(?:province|countryside|town|city|area)\s+of\s+)?"
    r"(?:[\w-]+-held\s+)?$"
    # "700 fighters agreed to leave for Idlib and the civilians for government
    # shelters in Kisweh": where the others went, the verb left out
    r"|\b(?:leave|leaving|left|evacuated|bused|bussed|taken|transferred)\s+(?:for|to)\s+"
    r"[^.;:]{1,40}?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:for|to)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:in\s+|at\s+|near\s+)?$"
    # "the Tiger Forces are now just 4 kilometers away from the strategic town of
    # Kafr Zita": how near they stand, no place of a deed
    r"|\b(?:are|is|were|was|stand|stands|stood|now)\s+(?:now\s+)?(?:just\s+|only\s+|"
    r"about\s+|some\s+|around\s+|roughly\s+|less\s+than\s+)?(?:[\d.]+|a\s+few)\s*"
    r"(?:km|kilomet(?:er|re)s?|miles?)\s+(?:\([^()]{1,20}\)\s+)?(?:away\s+)?from\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$"
    # "pushing the jihadists east towards Uqayribat": where the beaten were driven
    # (not "forces pushed towards the airbase": their own advance)
    r"|\b(?:pushing|pushed|driving|drove|chasing|chased)\s+(?:them|the\s+(?:[\w-]+\s+)?"
    r"(?:jihadists|militants|fighters|rebels|terrorists|insurgents|enemy|group|"
    r"army|troops|forces))\b[^.;:]{0,40}?\btowards?\s+"
    r"(?:the\s+)?(?:(?:town|city|village|stronghold)\s+of\s+)?$"
    # "29 patients arrived at its hospitals in Saraqeb and nearby Sarmin": where the
    # wounded were treated
    r"|\b(?:arrived|brought|taken|rushed|admitted|transferred)\s+(?:at|to|in|into)\s+"
    r"(?:its\s+|the\s+|a\s+|local\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|"
    r"clinics?|medical\s+(?:centres?|centers?|points?))\s+in\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]+\s+){1,3}(?:and|or)\s+)?(?:nearby\s+|neighbouring\s+)?$",
    re.I,
)
#: Every match of _TAKEN_TO holds one of these (a cheap test first).
_TAKEN_TO_WORDS = gate_words(
    (
        "kilomet",  # "are now just 4 kilometers away from"
        "km",
        "mile",
        "arrived",
        "brought",
        "taken",
        "rushed",
        "admitted",
        "bound ",  # "buses bound for Jarablus"
        "evacuat",
        "transferr",
        "bused",
        "bussed",
        "fled",
        "flee",
        "displaced",
        "heading",
        "headed",
        "relocat",
        "deport",
        "escaped",
        "transport",
        "carrying",
        "delivering",
        "resupply",
        "return",
        "en route",
        " way ",
        "flying",
        "travel",
        "left ",
        "leave",
        "leaving",
        "departed for",
        "withdr",
        "retreated",
        "fell back",
        "passage",
        "pushing",
        "pushed",
        "driving",
        "drove",
        "chasing",
        "chased",
    )
)
#: What protesters ask for: "called for the Turkish army to enter", "demanding".
_DEMAND_WORDS = r"\b(?:call(?:ed|ing|s)?\s+(?:for|on)|demand(?:ed|ing|s)?)\b"
DEMAND = gated(_DEMAND_WORDS, re.I)
#: A place in what protesters asked for: "demonstrators called for the Turkish army
#: to enter Tadef" protested where they were, not in Tadef.
_ASKED_FOR = gated(_DEMAND_WORDS + r"[^.;:]{0,80}?$", re.I)
#: Places listed: "the cities of", "the villages of".
_PLACES_OF_BEFORE = gated(
    r"\b(?:cities|towns|villages|neighbou?rhoods|districts|areas)\s+of\s+$", re.I
)
#: A man's origin after his kunya: "Abu Faraj al-Masri", "Abu Mohammad al-Julani".
_NISBA_AFTER = gated(r"\s+(?:al|el)-([A-Z][a-z]+i)\b")
_LAUNCHED_FROM = gated(
    r"(?:\b(?:fired|launched)\s+(?:(?:the|an?|its|their)\s+)?(?:(?:[\w-]+\s+)?"
    r"(?:assault|attack|offensive|rockets?|missiles?|shells?)\s+)?"
    # "mortar shells fired by rebels from the Jobar district"
    r"(?:by\s+(?:[\w'’-]+\s+){1,3}?)?"
    # "the shells came from": where fire came from, not where fighters did
    r"|\b(?:shells?|rockets?|missiles?|mortars?|fire|shelling)\s+(?:came|had come|"
    r"come|coming)\s+"
    # "Russian jets, which have flown from Hmeimim air base": where the planes are
    # based, not where they struck
    r"|\b(?:flown|flew|fly|flies|flying|took\s+off|takes?\s+off|taking\s+off|"
    r"taken\s+off|operat(?:e|es|ed|ing))\s+(?:(?:missions|sorties|raids)\s+)?"
    # "a convoy heading from Raqqa towards Palmyra": whence it came, not where it
    # was struck
    r"|\b(?:heading|headed|travell?ing|moving|en\s+route)\s+)"
    r"from\s+(?:(?!(?:on|at|in|into|onto|fell|hit|landed|"
    r"struck|targeted|towards?|bombed|shelled|raided|pounded|attacked)\b)[\w'’-]+\s+){0,5}?"
    # "the shells came from the regime's positions in the Mahatta neighbourhood"
    r"(?:(?:positions|posts|bases|checkpoints?)\s+(?:in|at|near)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,2})?$"
    # "stormed the hilltop from the direction of the village of Kinsabba": whence
    r"|\bfrom\s+the\s+direction\s+of\s+(?:the\s+)?(?:(?:village|town|city|area)\s+of\s+)?$",
    re.I,
)
#: The ends of a road: "the M5 highway linking Damascus and Aleppo"
_ROAD_END = gated(
    r"\b(?:linking|connecting)\s+(?:the\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:and|to|with)\s+(?:the\s+)?)?$"
)
#: A road's course, told of it: "which runs north from the Bani Zeid district past the
#: Layramoun roundabout" (no place of a deed).
_COURSE = gated(
    r"\b(?:which|that)\s+(?:runs|ran|stretches|stretched)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:from|past|through|between|along|to)\b[^,;.]*"
)
#: Whom a facility serves, told of it: "the pumping station, which supplies
#: (Damascus) with most of its water" (not where it is).
_SUPPLIES = gated(
    r"\b(?:which|that)\s+(?:also\s+)?(?:supplies|supplied|serves|served|feeds|fed|"
    r"provides|provided)\s+(?:water\s+to\s+|power\s+to\s+|electricity\s+to\s+)?"
    r"(?:the\s+)?(?:city\s+of\s+|capital\s+)?$"
    r"|\b(?:supplying|serving|feeding)\s+(?:water\s+to\s+|power\s+to\s+)?(?:the\s+)?$"
    # "cutting water to more than five million people in Damascus": whom it served
    r"|\b(?:cutting|cut)\s+(?:off\s+)?(?:the\s+)?(?:water|power|electricity)\s+"
    r"(?:supplies\s+|supply\s+)?(?:to|for)\s+(?:[\w,.-]+\s+){0,6}?(?:in\s+)?(?:the\s+)?$",
    re.I,
)
#: The title of a group or campaign: "Raqqa is Being Slaughtered Silently"
#: A side written after a village's name, ending the phrase ("Al Ghariya eastern:"),
#: not one that begins a part of it ("Aleppo eastern countryside", "eastern Ghouta").
_SIDE_AFTER = gated(
    r"\s+(eastern|western|northern|southern)(?=\s*(?:[:,.;|]|$|\s+(?:the\s+)?moment\b))",
    re.I,
)
#: One who speaks, after his name: ", told", " said", ", who".
_SPEAKS_AFTER = gated(r",?\s+(?:told|said|says|tells|recalled|added|who)\b")
_ROLE_AFTER = gated(
    r",\s+(?:(?:a|an|the)\s+)?"
    # not "Kafr Nabl, a town whose head of council said"
    r"(?:(?!(?:town|village|city|district|suburb|neighbou?rhood|area|region|province|"
    r"camp|whose)\b)[\w-]+\s+){0,2}?(?:head|director|chief|"
    r"spokes(?:man|woman|person)|official|activist|journalist|reporter|commander|"
    r"leader|doctor|nurse|volunteer|founder|chairman|minister|envoy|coordinator|"
    r"manager|researcher|analyst|photographer|surgeon|paramedic)\b",
    re.I,
)
_FAMILY_AFTER = gated(r"\s+(?:family|families|clan|tribe)\b")
_TITLE_AFTER = gated(r"\s+(?:is|are)\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
#: Where one who speaks is: "according to a military source in Latakia", "our
#: correspondent in Aleppo"
_SPEAKER_IN = gated(
    # ("ANHA's correspondent in Shehba reported")
    r"\b(?:an?|one|our|its|their|[\w-]+['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:source|correspondent|reporter)\s+"
    r"(?:in|from)\s+$",
    re.I,
)
#: A body that tells, where it sits: "according to the Russian Center for
#: Reconciliation in (Hmeymim)", "the Russian reconciliation centre at (Hmeimim) said"
#: (not "struck a command center in Atareb", "said its centre in Hanano was hit": what
#: was hit).
_SEATED_IN = gated(
    r"\baccording\s+to\b[^.;]{0,60}?\bcent(?:er|re)\s+"
    r"(?:for\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?(?:in|at|based\s+in)\s+(?:the\s+)?$"
    r"|\b(?:reconciliation|monitoring|coordination)\s+cent(?:er|re)\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
#: A body speaking from its branch: "The Civil Defense in (Idlib) said".
_BRANCH_IN = gated(
    r"\b(?:civil\s+defen[cs]e|(?:health\s+)?directorate)\s+(?:in|of)\s+(?:the\s+)?$",
    re.I,
)
#: Those who speak, where they are: "Kurdish officials in (Afrin) said".
_SPEAKERS_IN = gated(
    r"\b(?:officials?|activists?|sources?|residents?|doctors?|medics?|rescuers?|"
    r"journalists?|spokes(?:man|woman|person)|monitors?|witness(?:es)?|council|"
    r"authorities|leaders?|commanders?)\s+(?:in|from)\s+(?:the\s+)?$",
    re.I,
)
#: A title before a person's name: "injuring Mr. Darwish", "General Suheil"
_TITLES = gate_words(("President ", "Minister ", "General ", "Colonel ", "Commander "))
_TITLE_BEFORE = gated(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Brig|Lt|Capt|Maj|President|Minister|General|Colonel|"
    r"Commander)\.?\s+$"
)
#: A lower-case particle inside a person's name: "Staffan de Mistura"
_PARTICLES = gate_words(
    tuple(f" {p} " for p in "de da di van von der del della du dos le la".split())
)
_PARTICLE_BEFORE = gated(
    r"\b[A-Z][\w'’-]+ (?:de|da|di|van|von|der|del|della|du|dos|le|la) $"
)
_KIND_GLUE = gated(
    r"^\s*(?:(?:military|main|old|new|central|national|international|grand)\s+)?"
    r"(?:(?:town|village|city|suburb|area|neighbou?rhood|district|camp|quarter|shrine|"
    r"mosque|hospital|school|market|airport|airbase|air base|base|crossing|"
    r"checkpoint|bridge|dam|road|highway|farms?|plain|hills?|mountains?|prison|"
    r"factory|station|oil ?fields?|gas ?fields?|refinery|square|roundabout|valley|"
    r"region|plains?)\s*)?$",
    re.I,
)
#: (and after a name ending in s: "Homs' Old City", "Idlib's")
_POSSESSIVE = gated(r"(['’]s|(?<=[a-z]s)['’])$")
#: what _POSSESSIVE finds, in a token (no newline)
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_LOWER_RUN = gated(r"[a-z]+")
#: The word before a name, past an article of its own: "Ashbal al Ma'ara" (a group
#: named after its town).
_WORD_BEFORE = gated(r"([A-Z][\w-]*) (?:[Aa]l[- ]|[Ee]l[- ])?$")
_WORD_AFTER = gated(r" ([A-Z][\w-]*)")
#: Unit words that make the name before them a group's ("Al Rahman corps"), and an
#: office's or an outlet's ("the Aleppo Health Directorate", "Aleppo Media Center",
#: "al-Manar television").
_UNIT_AFTER = gated(
    r" (corps?|brigades?|battalions?|movement|legion|regiment|"
    # ("a judge of the Sharia court in Sarmada")
    r"television|tv|channel|news agency|newspaper|governor|mayor|party|courts?)\b"
    r"|(?-i:(?: [A-Z][a-z]+){0,2} (?:Directorate|Council|Committee|Authority|"
    r"Department|Center|Centre|Network|Agency|Radio))\b"
    # an armed group named after its land: "the Afrin Liberation Forces"
    r"|(?-i: Liberation (?:Forces|Front|Army))\b"
    # "the Idlib health directorate put the death toll at 100": who counts, named
    # after its town
    r"| (?:health|media|local|coordination|provincial|civil\s+defen[cs]e|police|"
    r"security)\s+(?:directorate|council|committee|department|cent(?:er|re)|office|"
    r"command|authority)\b",
    re.I,
)
_SIDE_BEFORE = gated(r"\b(Eastern|Western|Northern|Southern|East|West|North|South) $")
#: Stop words that a village may still be named by, when the text says it is one
#: ("the town of Has", "Ayon Hussein village"): personal names, and "has".
_NAMING_WORDS = frozenset(
    """
mohammad mohammed muhammad ahmad ahmed ali hassan hussein omar abdullah khaled sergei
igor john vladimir donald barack hillary boris bashar hafez maher recep staffan has
""".split()
)
#: Nouns a title-case headline capitalises ("Regime Kills Dozens in Aleppo Assault"):
#: never a name, yet no sign of an organisation's name beside a place either.
_HEADLINE_NOUNS = frozenset(
    """
assault offensive battle battles fighting ceasefire truce talks deal crisis massacre
bombardment onslaught
""".split()
)
_ENGLISH_ENDING = gated(r"[a-z](?:ing|tion|tions|ment|ments|ness)$")
_FACILITY_WORDS = frozenset(
    "mosque hospital school market church bakery clinic university stadium".split()
)
#: Stop words that begin a group's or a person's name ("Ahrar Al Sham", "Mohammad
#: al-Mowwil"), even as a sentence's first word.
_NAME_PARTS = (
    frozenset(
        """
ahrar jaysh jaish faylaq failaq liwa liwaa harakat haraka hayat tahrir jabhat suqour
suquor suqur ansar katibat kataib firqat jund alwiya tajammu nusra fatah sham free
hezbollah ashbal quwat sanadid fawj
""".split()
    )
    | _NAMING_WORDS
)
#: Capitalised nouns of a kind of place, which follow its name ("Hmeimim Military
#: Airbase", "Shalaf Castle"): no part of a person's name.
_KIND_NOUNS = frozenset(
    """
military airbase airport air base castle citadel district neighbourhood neighborhood
village town city
""".split()
)
#: Landmarks named after the place beside them ("Maydanky Dam", "Jisr Bridge").
#: Words that go before a facility's kind in its name: "Surgical Hospital".
_FACILITY_ADJECTIVES = frozenset(
    "surgical general specialized specialised central national main public field "
    "children's".split()
)
#: What a place names after itself, told right after its name: "the Aleppo
#: University", "the Damascus Opera House", "the Idlib Central Prison".
_NAMED_AFTER_NOUNS = frozenset(
    "university stadium fair opera museum hotel library citadel prison "
    "sports international".split()
)
_LANDMARK_NOUNS = frozenset(
    "dam bridge roundabout crossing checkpoint hill mountain".split()
)
#: Words that begin compound place names ("Kafr Aleppo", "Tall Abyad", "Deir Hafer").
NAME_HEADS = frozenset(
    """
kafr kfar tal tall tel tell deir dayr dair ain ayn ein beit bayt jabal jebel khirbet
khirbat umm um abu bab jisr maarat maaret ma'arat qasr mazraat sheikh shaykh bir wadi
ras hosh hawsh marj arab tal'at qalaat qalat nahr
""".split()
)
#: Capitalised words that are never place names here, whatever the gazetteer says.
STOPWORDS = (
    frozenset(
        """
the a an and or of in on at to for from by with as but if it its this that these those
he she they we you i his her their our my your who what when where which while after
before since during until about against between into through over under near also just
not no yes all any some more most many much few other another such only own same than
too very can will would could should may might must has have had having do does did
is are was were be been being said says say told report reports reported according
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
january february march april may june july august september october november december
jan feb apr jun jul aug sep sept oct nov dec
update original entry photo video image latest breaking read more related posts
province provinces governorate city district countryside suburbs area region village
town neighbourhood neighborhood camp north south east west northern southern eastern
western central syria syrian syrians russia russian russians iran iranian iraq iraqi
turkey turkish israel israeli lebanon lebanese jordan jordanian us usa american
americans america un eu uk britain british france french german germany europe
qatar qatari saudi saudis arabia kuwait kuwaiti bahrain emirates emirati uae oman
yemen yemeni egypt egyptian libya libyan tunisia tunisian afghanistan afghan pakistan
china chinese
european arab arabs kurdish kurds kurd islamic islam state isis isil daesh nusra
jabhat fatah sham hezbollah assad regime rebel rebels opposition army forces force
free coalition pentagon kremlin moscow washington ministry minister president
defense defence foreign secretary council committee committees local coordination
observatory human rights watch amnesty international white helmets civil defense
gmt am pm mr dr local national general god allah drone drones kills kill killed
attack attacks strike strikes bombing bombs siege besieged dies die dead footage
reports report claims claim says warplanes jets helicopters planes war crimes
sea mediterranean shells shell shelling clashes clash airstrikes airstrike raids raid
corps brigade brigades battalion battalions movement division legion faction factions
first second third fourth fifth sixth seventh eighth ninth tenth
neither nor either both each every none several there here then however meanwhile
although though because instead later earlier again once now still yet almost nearly
elsewhere separately additionally overall recently previously initially finally
around among amid across along behind beyond within without upon onto whose whom how
why thus hence therefore furthermore moreover besides unless whether nobody nothing
something someone everyone anyone one two three four five six seven eight nine ten
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty
thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
dozen dozens scores tens militia militias regiment idp idps humvee humvees
ahrar jaysh jaish faylaq failaq liwa liwaa harakat haraka hayat tahrir jabhat suqour
suquor suqur ansar katibat kataib firqat jund alwiya tajammu armed gunmen unidentified
ashbal quwat sanadid fawj
unknown masked russain shi'a shia shi'ite shi'ites shi’a shi’ite shi’ites sunni alawite
alawites christian christians druze
shiite shiites sunnis yazidi yazidis ismaili ismailis turkmen armenian armenians
assyrian assyrians circassian
nusayri nusayris nusairi nusairis nusayriyya rafidi rafida rafidis rawafid
majority minority
hours minutes days weeks months years moments
mission missions head chief director coordinator spokesman spokeswoman spokesperson
envoy ambassador representative chairman deputy official officials office agency
katyusha katyushas grad kornet konkurs fagot hellfire tomahawk tomahawks kalibr sukhoi
mig pantsir scud scuds
convention conventions treaty munition munitions
roman romans byzantine ottoman ottomans greek hellenistic crusader crusaders umayyad
abbasid mamluk persian
""".split()
    )
    | _NAMING_WORDS
    | _HEADLINE_NOUNS
)
#: Stop-listed words that may stand next to a place name without making it part of
#: an organisation's or a person's name ("Aleppo Province", "eastern Ghouta").
#: Which country's a place is, told before its name: "the Syrian Qalamoun region",
#: "the Lebanese Arsal".
_COUNTRY_ADJECTIVES = frozenset(("syrian", "lebanese", "turkish", "iraqi", "jordanian"))
_BENIGN_NEIGHBOURS = (
    frozenset(
        """
province provinces governorate city district countryside suburbs area region village
town neighbourhood neighborhood camp north south east west northern southern eastern
western central the and of in on at to for from by with as near
alawite sunni shiite shia christian druze turkmen armenian assyrian ismaili
""".split()
    )
    | _HEADLINE_NOUNS
)


_HELD = gated(
    r"-(controlled|held|backed|led|run|affiliated|allied|aligned|supported|funded|"
    r"linked|based|operated|sponsored)$",
    re.I,
)


@lru_cache(maxsize=100_000)
def _token_info(token: str) -> tuple[str, bool, bool, bool, bool]:
    """(lower-cased token, never a name, acronym, article-prefixed, capitalised)."""
    bare = _POSSESSIVE.sub("", token)
    low = bare.lower()
    never = (
        low in STOPWORDS
        or bool(_HELD.search(low))  # "IS-controlled Baghuz"
        or (
            "-" in low and all(p in STOPWORDS for p in low.split("-"))
        )  # "Syrian-Turkish"
    )
    # SANA, SOHR, HTS; not "T4", a name with a figure in it
    acronym = bare.isupper() and len(bare) <= 6 and not _DIGIT.search(bare)
    article = bool(_ARTICLE_PREFIX.match(bare))
    if article:
        capitalised = _ARTICLE_PREFIX.sub("", bare)[:1].isupper()
    else:
        capitalised = bare[:1].isupper() or "\u0600" <= bare[:1] <= "\u06ff"
    return low, never, acronym, article, capitalised


_NAME_TOKENS: dict[tuple[str, bool], bool] = {}  # for the words of _NAME_TOKENS_OF
_NAME_TOKENS_OF: list[frozenset[str]] = [frozenset()]


#: The acronyms of armed groups, which go on no place's name.
_GROUP_ACRONYMS = frozenset(
    "IS ISIS ISIL HTS SDF YPG YPJ FSA SAA NDF QSD PYD PKK JFS AAS TIP IRGC JTS NLF "
    "SNA HXP".split()
)


def _is_name_token(
    token: str, lower_vocab: frozenset[str], *, continuing: bool = False
) -> bool:
    """Whether a token may be (or go on) a name (memoised for one article's words)."""
    if lower_vocab is not _NAME_TOKENS_OF[0]:
        _NAME_TOKENS.clear()
        _NAME_TOKENS_OF[0] = lower_vocab
    key = (token, continuing)
    found = _NAME_TOKENS.get(key)
    if found is None:
        found = _NAME_TOKENS[key] = _name_token(token, lower_vocab, continuing)
    return found


def _name_token(token: str, lower_vocab: frozenset[str], continuing: bool) -> bool:
    low, never, acronym, article, capitalised = _token_info(token)
    if never or (acronym and (not continuing or token in _GROUP_ACRONYMS)):
        # (nor does a group's acronym go on one: "In Deir ez-Zor IS shelling")
        return False
    if low in _FACILITY_WORDS and not continuing:
        return False  # "a Mosque in Mamar": ends a name ("Al-Hal Market"), begins none
    if article and not continuing and _ARTICLE_PREFIX.sub("", low) in STOPWORDS:
        return False  # "al-Nusra", "al-Assad" begin no place ("Dahiyat al-Assad" does)
    if low in lower_vocab and not article and not continuing:
        return False
    # "Maart al-noman": an article-prefixed word goes on a name in any case
    return capitalised or (article and continuing)


def _spans(
    sentence: str, lower_vocab: frozenset[str]
) -> tuple[list[list[re.Match[str]]], bool]:
    """Maximal runs of name-like tokens separated by single spaces, and whether a
    capitalised word that is not name-like (a stop word, an acronym, a possessive...)
    stands beside another capitalised word.

    Only tokens that may belong to a name are visited (capitalised, Arabic, digits,
    ``al-``-prefixed, connectors); a lower-case word between two of them shows as a
    gap that is not a single space, and ends the run.
    """
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    odd = False
    previous: tuple[int, bool] | None = None  # the last capitalised word: end, odd?
    for m in _CANDIDATE.finditer(sentence):
        token = m.group(1)
        gap_ok = bool(current) and (
            (gap := sentence[current[-1].end() : m.start()]) in _GAPS
            # "Tal 'Adah": an apostrophe marks the ayn after a word names begin with
            or (gap in (" '", " ’") and current[-1].group(1).lower() in NAME_HEADS)
        )
        if token[0] in "0123456789":
            following = _TOKEN.search(sentence, m.end())
            named = False
            digit_lead = (
                following is not None
                and token.isdigit()
                and _is_name_token(following.group(1), lower_vocab)
            )
        else:
            name_like = _is_name_token(token, lower_vocab, continuing=gap_ok)
            named = name_like or (
                token in _AUXILIARIES
                and _PREPOSITION_BEFORE.search(
                    sentence, max(0, m.start() - 12), m.start()
                )
                is not None
            )  # "a school in Has": a capitalised auxiliary after "in" is a name
            digit_lead = False
            if "A" <= token[0] <= "Z" and not odd:
                alone = _is_name_token(token, lower_vocab) if gap_ok else name_like
                this_odd = not alone or token.endswith(_POSSESSIVE_ENDS)
                # odd matters only inside a run of capitalised words ("Old City")
                if (
                    previous is not None
                    and (this_odd or previous[1])
                    and sentence[previous[0] : m.start()] == " "
                ):
                    odd = True
                previous = (m.end(), this_odd)
        if (named or digit_lead) and (gap_ok or not current):
            current.append(m)
        elif named or digit_lead:
            runs.append(current)
            current = [m]
        elif token.lower() in _CONNECTORS and current and gap_ok:
            current.append(m)
        else:
            if current:
                runs.append(current)
            current = []
        if current and token.endswith(_POSSESSIVE_ENDS):
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    out = []
    for run in runs:
        while run and run[-1].group(1).lower() in _CONNECTORS:
            run = run[:-1]
        if run:
            out.append(run)
    return out, odd


def _beside_governorate(
    name: str,
    other: str,
    names_governorate: Callable[[str], bool],
    has_light_key: Callable[[str], bool],
) -> bool:
    """Whether two capitalised words side by side are a place and its governorate
    ("Idlib Saraqib", "Mare Aleppo countryside"), not a person's two names."""
    if name.lower() in NAME_HEADS or other.lower() in NAME_HEADS:
        return False  # "Kafr Aleppo" is one name
    if names_governorate(other):
        return not names_governorate(name) and has_light_key(name)
    return names_governorate(name) and has_light_key(other)


_LOWER_WORD_AFTER = gated(r" ([a-z][a-z'’-]{3,})\b")


def _lowercase_rest(
    sentence: str, token: re.Match[str], has_key: Callable[[str], bool]
) -> tuple[int, int, str] | None:
    """ "Sheikh meskin", as captions write it: a capitalised word no place is named,
    and the lower-case word after it, that together spell a place's name (loosely)."""
    after = _LOWER_WORD_AFTER.match(sentence, token.end(1))
    if after is None:
        return None
    word = after.group(1)
    if word in STOPWORDS or _ENGLISH_ENDING.search(word) or word.endswith("ed"):
        return None
    name = f"{token.group(1)} {word}"
    if not has_key(name):
        return None
    return token.start(1), after.end(1), name


def _extend_lowercase(
    sentence: str,
    end: int,
    name: str,
    has_key: Callable[[str], bool],
    has_word: Callable[[str], bool] | None = None,
) -> tuple[str, int]:
    """'Mezzeh' + ' military base' when the gazetteer knows the longer name."""
    if sentence[end : end + 1] != " ":
        return name, end  # no lower-case word follows
    words = list(_LOWER_RUN.finditer(sentence[end : end + 40]))
    best = (name, end)
    for n in range(1, min(3, len(words)) + 1):
        if sentence[end : end + words[n - 1].end()].strip(" ") != " ".join(
            w.group(0) for w in words[:n]
        ):
            break
        if (
            has_word is not None
            and words[n - 1].group(0) not in _CONNECTORS
            and not has_word(words[n - 1].group(0))
        ):
            break  # "Douma with": no name goes on with "with"
        longer = name + " " + " ".join(w.group(0) for w in words[:n])
        if words[n - 1].group(0) not in _CONNECTORS and has_key(longer):
            best = (longer, end + words[n - 1].end())
        elif " military " in longer and has_key(longer.replace(" military ", " ")):
            # "Abu Dhuhur military airbase": the Abu Dhuhur airbase
            best = (longer.replace(" military ", " "), end + words[n - 1].end())
    return best


#: Villages and towns told of in the plural: a countryside's.
_RURAL = gated(r"\b(?:villages|hamlets|towns)\b")


def _qualify(sentence: str, start: int, end: int, name: str) -> Mention:
    after = _QUALIFIER_AFTER.match(sentence[end:])
    window = sentence[max(0, start - 60) : start]
    tail = window[-50:].lower().split()[-7:]
    before = (
        _QUALIFIER_BEFORE.search(window)
        # the costly pattern needs one of these words, or a distance
        if any(w in _BEFORE_WORDS for w in tail)
        or _DIGIT.search(window)
        or "town of" in window[-16:]
        or "village of" in window[-16:]
        else None
    )
    qualifier = relation = direction = ""
    distance = None
    p_start, p_end = start, end
    if after:
        word = after.group("q").lower()
        qualifier = {
            "provinces": "province",
            "governorate": "province",
            "governorates": "province",
            "neighborhood": "district",
            "neighbourhood": "district",
            "neighborhoods": "district",
            "neighbourhoods": "district",
            "quarter": "district",
            "area": "district",
            "districts": "district",
            "quarters": "district",
            "areas": "district",
            # "the Afrin region": the district, as "the Afrin area"
            "region": "district",
            "regions": "district",
            "villages": "village",
            "towns": "town",
            "countrysides": "countryside",
        }.get(word, word)
        p_end = end + after.end()
        if after.group("d") and after.group("d").lower() in DIRECTIONS:
            direction = DIRECTIONS[after.group("d").lower()]
    if before:
        p_start = max(0, start - 60) + before.start()
        if before.group("km"):
            relation, direction = "offset", DIRECTIONS[before.group("dir").lower()]
            distance = float(before.group("km"))
            if before.group("unit").lower().startswith("mile"):
                distance *= 1.609344
        elif before.group("dir2"):
            relation, direction = "direction", DIRECTIONS[before.group("dir2").lower()]
        elif before.group("pdir"):
            qualifier, direction = "part", DIRECTIONS[before.group("pdir").lower()]
        elif before.group("tdir"):
            qualifier, direction = "part", DIRECTIONS[before.group("tdir").lower()]
        elif before.group("part"):
            part = before.group("part").lower()
            if part in DIRECTIONS or part == "central":
                # "Western Ghariyeh village": a side first
                if qualifier in ("", "village", "town"):
                    qualifier = "part"
                direction = DIRECTIONS.get(part, "")
            elif part.startswith(("province", "governorate")):
                qualifier = "province"
            elif part in ("rural", "countryside of"):
                qualifier = "countryside"
            elif part == "city of":
                qualifier = "city"
            elif part in ("town of", "village of"):
                qualifier = part[:-3]  # "the town of al-Thawra": no quarter
            elif part == "suburbs of":
                # "the northern suburbs of Daraa governorate": SNHR's word for its
                # countryside (the governorate has no suburbs)
                qualifier = "countryside" if qualifier == "province" else "suburbs"
            side = before.group("side")
            if side and qualifier in ("countryside", "suburbs"):
                direction = DIRECTIONS[side.lower()]
        else:
            relation = "near"
            told = (before.group("fkm") or "").lower()
            if told:  # "3 kilometres from Douma": near it, this far
                words = None if told[0].isdigit() else parse_number(told)
                distance = (
                    float(told)
                    if told[0].isdigit()
                    # ("a few kilometres from": near, no distance told)
                    else float(words[0])
                    if words is not None and words[1] == words[2]
                    else None
                )
                if distance is not None and before.group("funit").lower()[0] == "m":
                    distance *= 1.609344
    if (
        not qualifier
        and sentence[end : end + 1] in ("'", "’")
        and (side := _SIDE_OF_POSSESSIVE.match(sentence, end)) is not None
        and side.group(1).lower() in DIRECTIONS
    ):
        # "Aleppo's eastern districts": a side of the city
        qualifier, direction = "part", DIRECTIONS[side.group(1).lower()]
    elif not qualifier and (side := _SIDE_AFTER.match(sentence, end)) is not None:
        # "Al Ghariya eastern: the moment of targeting the town": the eastern one
        qualifier, direction = "part", DIRECTIONS[side.group(1).lower()]
    if (
        qualifier == "part"
        and direction
        and ("villages" in sentence or "hamlets" in sentence or "towns" in sentence)
        and _RURAL.search(sentence) is not None
    ):
        # "liberated nine villages in eastern Hama": the east of its countryside,
        # not of the city
        qualifier = "countryside"
    if (
        not qualifier
        and not relation
        and "villages" in window
        and _VILLAGES_OF.search(window) is not None
        and _LIST_GOES_ON.match(sentence, end) is None
    ):
        # "Turkish army targets villages of Dirbesiye": the villages around the town
        # (not "the villages of Qermani and Kerbesan", a list)
        p_start = max(0, start - 60) + window.rindex("villages")
        qualifier = "countryside"
    if (
        not qualifier
        and (
            (
                (not before or relation == "near")  # "near al-Omar field"
                and _FACILITY_AFTER.match(sentence, end)
            )
            # "the last functioning hospital, al-Hakim,": the hospital's name
            or (
                not relation
                and _FACILITY_APPOSED_BEFORE.search(sentence, max(0, start - 30), start)
                and sentence[end : end + 1] in (",", ".", ";", "")
            )
        )
    ):
        qualifier = "facility"  # "al-Quds hospital": named after a place, maybe
    if not qualifier and not relation and _LANDMARK_AFTER.match(sentence, end):
        qualifier = "landmark"  # "the al-Naim square", "al-Naim roundabout"
    if (
        not qualifier
        and not relation
        and (
            _HILL_AFTER.match(sentence, end) is not None
            or _HILL_BEFORE.search(sentence, max(0, start - 6), start) is not None
        )
    ):
        # "the strategic Tal Khalsa hilltop in southern Aleppo": a hill out of town,
        # no quarter of the city (as a village is not)
        qualifier = "village"
    return Mention(
        name=name,
        start=start,
        end=end,
        phrase=sentence[p_start:p_end],
        qualifier=qualifier,
        relation=relation,
        direction=direction,
        distance_km=distance,
    )


#: A hill told after its name ("the Tal Khalsa hilltop"), or its "Tal" left before
#: the name the gazetteer knows ("Tal Khalsa": Khalsa).
_HILL_AFTER = gated(r"\s+(?:hilltop|hill|hills|heights|mountain)\b", re.I)
_HILL_BEFORE = gated(r"\b(?:Tal|Tall|Tell|Tel)\s+$")
#: "villages of" just before a name: the villages around it, when it ends no list.
_VILLAGES_OF = gated(r"\bvillages\s+of\s+(?:the\s+)?$", re.I)
_LIST_GOES_ON = gated(
    r"\s*(?:,|/|\s(?:and|or)\s)\s*(?:(?:nearby|neighbou?ring|the)\s+)?"
    r"(?:(?:al|el|ad|as|ash|ar|az)-)?[A-Z\u00c0-\u024f\u1e00-\u1eff\u0600-\u06ff]"
)


#: A side of a place told with its possessive: "Aleppo's eastern districts".
_SIDE_OF_POSSESSIVE = gated(
    r"['’]s\s+(?:(?:rebel|opposition|government|regime)-(?:held|controlled)\s+)?"
    r"([a-z-]+)\s+(?:districts|neighbou?rhoods|parts?|half|quarters|areas|suburbs|"
    r"outskirts|countryside)\b",
    re.I,
)
_GLOSS_BEFORE = gated(r"\s*\(\s*")
_GLOSS_AFTER = gated(r"\s*\)")
#: A gloss after a name, left out of what joins it to the next: "Ḥarastā (حرستا) in".
_GLOSS = gated(r"^\s*\([^()]{1,40}\)")


#: "Daraa city's al-Mahatta", "Aleppo province's Atareb": the city holds what follows.
_KIND_POSSESSIVE = gated(r"\s+(?:city|town|province|governorate)['’]s\s+(?:the\s+)?")
#: "the al-Mahatta district of Daraa city": a part of what follows.
_PART_OF_GLUE = gated(r"\s+(?:district|neighbou?rhood|quarter|area)\s+of\s+(?:the\s+)?")
#: The same, of one part or more: "(Bab al-Hadid and Aqyol) districts of".
_PARTS_OF_GLUE = gated(
    r"\s+(?:districts?|neighbou?rhoods?|quarters?|areas?)\s+of\s+(?:the\s+)?"
)


#: Places told by where they lie before they are named: "two villages south of".
_PLACES_BY = gated(
    r"\b(?:villages|towns|areas|neighbou?rhoods|districts)\s+(?:just\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|near|"
    r"outside|around)\s+(?:the\s+(?:town|city)\s+of\s+)?$",
    re.I,
)


def _link(
    sentence: str,
    mentions: list[Mention],
    names_governorate: Callable[[str], bool] | None = None,
) -> list[Mention]:
    """Mark mentions that only situate the one before them, and share list qualifiers."""
    out = list(mentions)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        glue = sentence[prev.end : cur.start]
        if glue[:2] == " (" and (gloss := _GLOSS.match(glue)):
            glue = glue[gloss.end() :]
        phrase_offset = cur.phrase and sentence.find(cur.phrase, prev.end)
        head = (
            sentence[prev.end : phrase_offset]
            if phrase_offset and phrase_offset >= prev.end
            else glue
        )
        scale = cur.qualifier in (
            "province",
            "city",
            "countryside",
            "suburbs",
            "part",
        ) or cur.relation in ("direction", "offset")
        if glue == ", " and _PLACES_BY.search(
            sentence, max(0, prev.start - 50), prev.start
        ):
            # "in two villages south of Jarabulus, Jeb al-Kussa and al-Amarneh": the
            # town only says where the villages named after it are
            out[i - 1] = _replace(prev, context_for=i)
        elif (
            (
                _POSSESSIVE.search(sentence[prev.start : prev.end + 2].rstrip())
                and len(glue.strip()) <= 2
            )
            # "Daraa city's al-Mahatta district"
            or _KIND_POSSESSIVE.fullmatch(glue) is not None
        ) or (
            # "the Damascus suburb of Daraya": the city situates what follows
            names_governorate is not None
            and _KIND_OF_GLUE.fullmatch(glue)
            and names_governorate(prev.name)
            and not names_governorate(cur.name)
        ):
            if (
                i >= 2
                and _PARTS_OF_GLUE.fullmatch(sentence[out[i - 2].end : prev.start])
                and _POSSESSIVE.search(sentence[prev.start : prev.end + 2].rstrip())
            ):
                # "the Bab al-Hadid district of Aleppo's Old City": the Old City, too,
                # says where the district is
                out[i] = _replace(cur, context_for=i - 2)
            out[i - 1] = _replace(prev, context_for=i)
            if "suburb" in glue.lower() and not prev.qualifier:
                # "the Damascus suburb of Daraya": in the Damascus suburbs
                out[i - 1] = _replace(out[i - 1], qualifier="suburbs")
        elif (
            # "the Old City of Homs", "the al-Mahatta district of Daraa city": the
            # city situates what it holds
            names_governorate is not None
            and (glue == " of " or _PART_OF_GLUE.fullmatch(glue) is not None)
            and not cur.relation
            and names_governorate(cur.name)
            and not names_governorate(prev.name)
        ):
            out[i] = _replace(cur, context_for=i - 1)
        elif _APPOSITIVE_OF.fullmatch(glue) and not cur.relation:
            # "Douma, a suburb of Damascus": the second says where the first is
            out[i] = _replace(cur, context_for=i - 1)
        elif (
            cur.relation == "direction"
            and prev.context_for is None
            and _APPOSITIVE_SIDE.fullmatch(head)
        ):
            # "the Tabqa Dam, the Islamic State's key position on the Euphrates west
            # of Raqqa": the apposition says where the dam is, no place of its own
            out[i] = _replace(cur, context_for=i - 1)
        elif (
            prev.context_for is None
            and not prev.relation
            and not cur.relation
            and prev.qualifier in ("", "town", "village", "city")
            and cur.qualifier in ("", "town", "village", "city")
            and glue.strip() == "and"
            and _BETWEEN_BEFORE.search(sentence, max(0, prev.start - 14), prev.start)
            and (
                i + 1 == len(out)
                or not _LIST_GLUE.match(sentence[cur.end : out[i + 1].start])
            )
        ):
            # "a car on the road between Saraqib and Maarat al-Numan": near both,
            # at neither
            out[i - 1] = _replace(prev, relation="near")
            out[i] = _replace(cur, relation="near")
        elif _BETWEEN_GLUE.search(glue) or (
            prev.context_for is not None
            and glue.strip() == "and"
            and _BETWEEN_BEFORE.search(sentence, max(0, prev.start - 14), prev.start)
        ):
            # "Madaya, in the mountains between Damascus and the Lebanese border":
            # both only say where Madaya is
            situated = i - 1 if prev.context_for is None else prev.context_for
            out[i] = _replace(cur, context_for=situated)
        elif (
            _FACILITY_GLUE.fullmatch(glue) or _FACILITY_GLUE.fullmatch(head)
        ) and prev.qualifier in ("", "facility"):
            # "al-Quds hospital in the al-Sukkari neighborhood": the first names the
            # hospital (maybe after a place, maybe not), the second where it stands
            out[i - 1] = _replace(prev, qualifier="facility")
            out[i] = _replace(cur, context_for=i - 1)
        elif (
            scale
            # "Twenty-six of the dead were in the Damascus suburbs, 19 in Idlib
            # Province": a tally of its own, not where the suburbs are
            and not _DIGIT.search(head)
        ) and (
            _CONTEXT_GLUE.match(head)
            # not the last of a list, after its comma: "in Aleppo, Idlib, Hama, and
            # Deir ez-Zor Provinces"
            or (
                len(head) <= 20
                and "," in head
                and head.strip() not in (", and", ", or")
            )
            # "the al-Sabboura area west of Damascus"
            or (cur.relation in ("direction", "offset") and _KIND_GLUE.match(head))
        ):
            out[i] = _replace(cur, context_for=i - 1)
        elif (
            # "Hawran village in northern Afrin, Aleppo,": the governorate of the
            # place before it (not one of a list: "Douma, Aleppo and Homs")
            names_governorate is not None
            and glue.strip() == ","
            and not cur.qualifier
            and not cur.relation
            and names_governorate(cur.name)
            and not names_governorate(prev.name)
            and not (
                i + 1 < len(out)
                and _LIST_GLUE.match(sentence[cur.end : out[i + 1].start])
            )
            and not (i >= 2 and _LIST_GLUE.match(sentence[out[i - 2].end : prev.start]))
        ):
            out[i] = _replace(cur, context_for=i - 1)
        elif (
            cur.qualifier in ("", "district")  # "Taqad town in the Atareb area"
            and not cur.relation
            and (_IN_GLUE.fullmatch(glue) or _IN_GLUE.fullmatch(head))
        ) or (
            (cur.relation == "near" or (not cur.relation and " near " in glue))
            and prev.qualifier not in ("part", "province", "countryside", "suburbs")
            and _NEAR_GLUE.fullmatch(glue)
        ):
            # "Kastan in the vicinity of Bsanqul", "Hosh Banin on the outskirts of
            # Jabal al-Zawiya": the second only says where the first is
            out[i] = _replace(cur, context_for=i - 1)
    if names_governorate is not None:
        # "the villages of Tall al-Sakhr and nearby al-Karkour in northwest Hama": the
        # governorate situates every place of the list it ends
        for i, m in enumerate(out):
            if m.context_for is None or not names_governorate(m.name):
                continue
            listed: list[int] = []
            k = m.context_for
            while (
                k > 0
                and out[k - 1].context_for is None
                and _LIST_ITEM_GLUE.fullmatch(sentence, out[k - 1].end, out[k].start)
            ):
                k -= 1
                listed.append(k)
            if listed:
                out[i] = _replace(m, also_for=tuple(listed))
    # "the town of Qalaat al-Madiq and the nearby village of Karkat": the town says
    # where the village lies
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (
            "nearby" in sentence[prev.end : cur.start]
            and prev.context_for is None
            and cur.context_for is None
            # (not when another place situates the first: "Tall al-Sakhr and nearby
            # al-Karkour in northwest Hama", where Hama tells which Tall al-Sakhr)
            and not any(m.context_for == i - 1 or i - 1 in m.also_for for m in out)
            and _NEARBY_GLUE.fullmatch(sentence, prev.end, cur.start) is not None
        ):
            out[i - 1] = _replace(prev, also_for=(*prev.also_for, i))
    # "Idlib and Homs Provinces", "the provinces of Idlib and Homs"
    for i in range(len(out) - 1, 0, -1):
        prev, cur = out[i - 1], out[i]
        if _LIST_GLUE.match(sentence[prev.end : cur.start]):
            if cur.qualifier == "province" and not prev.qualifier:
                out[i - 1] = _replace(prev, qualifier="province")
            elif (
                # "the al-Marjeh and al-Sukkari districts": both are districts;
                # "Daraa and Hama countrysides": both countrysides
                cur.qualifier in ("district", "village", "town", "countryside")
                and not prev.qualifier
                and not prev.relation
                and _PLURAL_KIND.match(sentence, cur.end)
            ):
                out[i - 1] = _replace(prev, qualifier=cur.qualifier)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (
            _LIST_GLUE.match(sentence[prev.end : cur.start])
            and prev.qualifier == "province"
            and not cur.qualifier
        ):
            out[i] = _replace(cur, qualifier="province")
        elif (
            # "the countryside of Derik and Til Kocer": both countrysides
            prev.qualifier == "countryside"
            and not cur.qualifier
            and not cur.relation
            and prev.phrase.endswith(prev.name)
            and "countryside of " in prev.phrase.lower()
            and _LIST_GLUE.match(sentence[prev.end : cur.start])
        ):
            out[i] = _replace(cur, qualifier="countryside")
    if (
        len(out) > 1
        and out[0].context_for is None
        and not out[0].relation
        and out[0].qualifier in ("", "city", "town")
        and sentence.startswith(", ", out[0].end)
        and _SCENE_IN.fullmatch(sentence, 0, out[0].start)
        and ";" not in sentence[out[0].end : out[1].start]
        # (no count of its own: "In Afrin, 5 died ..."; a year may be told)
        and not _SMALL_NUMBER.search(sentence, out[0].end, out[1].start)
        and _KIND_OF_BEFORE.search(sentence, max(0, out[1].start - 30), out[1].start)
    ):
        # "In Kobani, a Turkish drone struck a house in the village of Boraz": the
        # town only sets the scene of the village's deed
        out[0] = _replace(out[0], context_for=1)
    return out


#: A number, not a year.
_SMALL_NUMBER = gated(r"(?<!\d)\d{1,3}(?![\d,])")
#: The scene a sentence opens with: "In ", "Meanwhile, in ".
_SCENE_IN = gated(
    r"\s*(?:(?:Meanwhile|Elsewhere|Separately|Also|And),?\s+)?[Ii]n\s+(?:the\s+)?"
)
#: A place named by its kind: "the village of ", "the town of ".
_KIND_OF_BEFORE = gated(
    r"\b(?:village|town|hamlet|neighbou?rhood|district|quarter|farms?)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)


#: A kind in the plural after the last of a list: "... and al-Sukkari districts".
_PLURAL_KIND = gated(
    r"\s+(?:districts|neighbou?rhoods|quarters|areas|villages|towns|countrysides)\b",
    re.I,
)


def _replace(m: Mention, **changes: object) -> Mention:
    return dataclasses.replace(m, **changes)  # type: ignore[arg-type]


#: A facility named after a place, with a word that may name a group between:
#: "(Maarat al-Numan) National Hospital".
_NAMED_FACILITY_AFTER = gated(
    r"\s+(?:National|Central|Surgical|General|Public|Children's|Specialized|Main)\s+"
    r"(?:Hospital|Clinic|School|Mosque|University|Stadium|Bakery|Market)\b"
)


def _in_organisation(sentence: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(sentence[max(0, start - 30) : start])
    if (
        before is not None
        and start - len(before.group(0)) == 0
        and before.group(1).lower() not in _NAME_PARTS
    ):
        before = None  # "Besieged al-Wa'er": capitalised only as the sentence's first
    if before is not None and before.group(1).lower() in _FUNCTION_WORDS:
        before = None  # "Analysis: Why Aleppo matters": a word of English, no group's
    if _UNIT_AFTER.match(sentence, end):
        return True
    after = _WORD_AFTER.match(sentence[end : end + 30])
    if after is not None and _NAMED_FACILITY_AFTER.match(sentence, end):
        after = None  # "the Maarat al-Numan National Hospital": a place's hospital
    if after is not None and after.group(1) in _GROUP_ACRONYMS:
        after = None  # "In Deir ez-Zor IS shelling killed five": the group acts there
    if before is not None and before.group(1).lower() in _COUNTRY_ADJECTIVES:
        before = None  # "the Syrian Qalamoun region": which country's, no group's
    for m in (before, after):
        if m is None:
            continue
        word = m.group(1).lower()
        if (
            word in STOPWORDS
            and word not in _BENIGN_NEIGHBOURS
            and word not in DIRECTIONS
        ):
            return True
    return False


_KIND_WORDS = gate_words(
    (
        "village",
        "town",
        "city",
        "neighbo",
        "district",
        "suburb",
        "area",
        "camp",
        "quarter",
    )
)  # one of these is in every match of _KIND_OF and _NAME_KIND
_KIND_OF = gated(
    r"\b(?:(?:village|town|city|neighbou?rhood|district|suburb|area|quarter)s? of "
    # a caption's "the bombing of the village al-Zeiniyah"
    r"|(?<=the )(?:village|town) )"
    r"((?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑])?[A-Z][\w'’-]+"
    r"(?: (?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑ ])?[A-Z][\w'’-]+)?)"
)


# "shelled Neimeh", "raids on Hezzeh": a capitalised word after these is a place
_AFTER_VERB = gated(
    r"\b(?:shelled|shelling|bombed|bombarded|raided|struck|targeted|"
    r"raids on|strikes on|shells on|attack on|attacks on|fire on|"
    r"fired on|shelling of|bombardment of|outskirts of|vicinity of|"
    r"control of|control over|entered|captured|(?<!the )town of|"
    r"(?<!the )village of|city of)\s+"
    r"((?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑])?[A-Z][\w'’-]+"
    r"(?: (?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑ ])?[A-Z][\w'’-]+)?)"
)
#: One of these is in every match of _AFTER_VERB.
_VERB_WORDS = gate_words(
    (
        "shell",
        "bomb",
        "raid",
        "struck",
        "target",
        "strike",
        "attack",
        "fire",
        "outskirts",
        "vicinity",
        "control",
        "entered",
        "captured",
        "town of",
        "village of",
        "city of",
    )
)
_NAME_KIND = gated(
    r"\b((?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑])?[A-Z][\w'’-]+"
    r"(?: (?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑ ])?[A-Z][\w'’-]+)?)"
    r" (?:village|town|city|area|neighbou?rhood|district|camp|quarter)\b"
)


#: A landmark named by its kind: "the Jazal oil field", "the Tabqa air base".
_LANDMARK_KIND_WORDS = gate_words(
    ("field", "base", "airport", "dam", "crossing", "hill", "mountain")
)
_NAME_LANDMARK = gated(
    r"\b((?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑])?[A-Z][\w'’-]+"
    r"(?: (?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑ ])?[A-Z][\w'’-]+)?)"
    r" (?:oil field|gas field|oilfield|gasfield|air ?base|airport|military airport|"
    r"dam|border crossing|crossing|hill|mountain)\b"
)
_GLUED_GOVERNORATE = gated(r"([A-Z][a-z]+)[-–](?=[A-Z])")
_ARTICLE_START = gated(rf"^(?:{_ARTICLES_RE})[ \-‑]+", re.I)
_ARTICLE_WORD = gated(rf" (?:{_ARTICLES_RE})$", re.I)  # "Nour Al", "Dar'a Al"
_CAPITALISED_RUN = gated(r"(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+")
_RUN_WORD = gated(r"[\w'’-]+")


def _stopword_names(
    sentence: str,
    known: list[Mention],
    has_key: Callable[[str], bool],
    loose_key: Callable[[str], bool] | None = None,
) -> list[Mention]:
    """Names made of words that are stop-listed alone: "Old City", "Free Zone"; and
    with ``loose_key`` (loose matching), those that begin with a word that begins
    compound names ("Arab Hassan" is `Arab Hasan Kabir)."""
    out: list[Mention] = []
    for m in _CAPITALISED_RUN.finditer(sentence):
        if _UNIT_AFTER.search(m.group(0)) or _UNIT_AFTER.match(sentence, m.end()):
            continue  # "Nour Al Din Al Zinki Movement", "Al Rahman corps": a group
        words = list(_RUN_WORD.finditer(m.group(0)))
        # the names already found that the run overlaps (only its parts can)
        taken = [k for k in known if k.start < m.end() and m.start() < k.end]
        for n in range(len(words), 1, -1):
            for i in range(len(words) - n + 1):
                start = m.start() + words[i].start()
                end = m.start() + words[i + n - 1].end()
                if any(k.start < end and start < k.end for k in taken):
                    continue
                name = sentence[start:end]
                if (
                    (
                        has_key(name)
                        or (
                            loose_key is not None
                            and name[: name.find(" ")].lower() in NAME_HEADS
                            # "Abu Ahmad", "Umm Ali": a person, however spelled
                            and name[: name.find(" ")].lower() not in _KUNYA
                            and loose_key(name)
                        )
                    )
                    and len(_ARTICLE_START.sub("", name)) >= 3  # not "An IS", "At IS"
                    and not _ARTICLE_WORD.search(name)
                    and not _in_organisation(sentence, start, end)
                ):
                    out.append(_qualify(sentence, start, end, name))
                    taken.append(out[-1])
    return out


#: "south of the capital", "the Syrian capital's suburbs": Damascus, in Syrian news
#: (not "the Lebanese capital", "the de facto capital", "the capital of the province",
#: nor one named: "the capital, Damascus" is Damascus already)
_THE_CAPITAL = gated(
    r"\bthe\s+(?:Syrian\s+)?(capital)\b(?!\s+(?:of|city\s+of)\b)(?!\s*,?\s+[A-Z])"
    # "the capital's water" is no place; "the capital's eastern suburbs" is
    r"(?!['’]s\s+(?!(?:[\w-]+\s+)?(?:suburbs?|outskirts|neighbou?rhoods?|districts?|"
    r"streets?|centre|center|countryside)\b))"
)


def _the_capital(sentence: str, known: list[Mention]) -> list[Mention]:
    return [
        _qualify(sentence, m.start(1), m.end(1), "Damascus")
        for m in _THE_CAPITAL.finditer(sentence)
        if not any(k.start < m.end() and m.start() < k.end for k in known)
        # "explosions were heard across the capital": not where it struck
        and _HEARD_ACROSS.search(sentence, max(0, m.start() - 40), m.start(1)) is None
    ][:1]


_PREPOSITION_NAME = gated(
    r"\b(?:on|in|at|near|into|towards|over)\s+(?:the\s+)?"
    r"((?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑])?[A-Z][a-z][\w'’-]+"
    r"(?: (?:(?:al|el|ash|as|ad|ar|at|az|an)[-‑])?[A-Z][a-z][\w'’-]+){0,2})\b"
    r"(?!\s+[A-Z])"
)


_LOWER_AFTER_PREPOSITION = gated(
    r"\b(?:on|in|at|near|into|towards|over)\s+(?:the\s+)?([a-z][a-z'’-]{4,})\b"
)


def _lowercase_after_preposition(
    sentence: str, has_light_key: Callable[[str], bool]
) -> list[Mention]:
    """A lower-case word after "in", "on"... that is a place's name as spelled (its
    light key), and no English word: "dropped in latamneh"."""
    for m in _LOWER_AFTER_PREPOSITION.finditer(sentence):
        word = m.group(1)
        if (
            word in STOPWORDS
            or word in _KIND_NOUNS
            or _ENGLISH_ENDING.search(word)
            or not has_light_key(word)
        ):
            continue
        return [Mention(name=word, start=m.start(1), end=m.end(1), phrase=word)]
    return []


def _after_preposition(sentence: str) -> list[Mention]:
    """Capitalised words (one to three) after "on", "in"... in a sentence naming
    nothing else: "raids on Hezzeh", "explosives on Mlihet Elatash"."""
    out = []
    for m in _PREPOSITION_NAME.finditer(sentence):
        word = _POSSESSIVE.sub("", m.group(1))
        if m.start(1) == 0 or any(_token_info(w)[1] for w in word.split()):
            continue
        start = m.start(1)
        mention = Mention(name=word, start=start, end=start + len(word), phrase=word)
        if _FACILITY_AFTER.match(sentence, mention.end):
            # "near al-Omar field": an oil field named so, maybe after a place
            mention = _replace(mention, qualifier="facility")
        out.append(mention)
        break
    return out


_QUARTER_WORD = gated(r"\b(?:neighbou?rhood|quarter)\b", re.I)


def _unknown_names(
    sentence: str,
    known: list[Mention],
    has_key: Callable[[str], bool] | None = None,
) -> list[Mention]:
    """ "the village of X", "X village" name a place even when the gazetteer does not
    know X; so does "the X oil field" (a landmark), when it knows no X (``has_key``)."""
    out: list[Mention] = []
    kinds = any_in(sentence, _KIND_WORDS)
    for m in [
        *(_KIND_OF.finditer(sentence) if kinds else ()),
        *(_NAME_KIND.finditer(sentence) if kinds else ()),
        *(_AFTER_VERB.finditer(sentence) if any_in(sentence, _VERB_WORDS) else ()),
        *(
            _NAME_LANDMARK.finditer(sentence)
            if any_in(sentence, _LANDMARK_KIND_WORDS)
            else ()
        ),
    ]:
        start, end = m.span(1)
        if any(k.start < end and start < k.end for k in [*known, *out]):
            continue
        words = [_POSSESSIVE.sub("", w).lower() for w in m.group(1).split()]
        if (
            any(
                (w in STOPWORDS and (w not in _NAMING_WORDS or m.re is _AFTER_VERB))
                or (w not in STOPWORDS and _token_info(w)[1])  # "Syrian-Turkish border"
                for w in words
            )
            or _token_info(m.group(1).split()[0])[2]
        ):  # "attacks on AAS": a group
            continue
        if m.re is _NAME_LANDMARK:
            if has_key is not None and has_key(m.group(1)):
                continue  # "the Sha'er gas field": a facility of a place known
            # "the Jazal oil field": a facility no gazetteer knows, by its kind
            phrase, kind = m.group(0), "facility"
        else:
            # "Abtaa town in central Dar'a": a town, not a quarter of the city
            qualified = _qualify(sentence, start, end, m.group(1))
            phrase = m.group(1)
            kind = (
                qualified.qualifier
                if qualified.qualifier in ("village", "town")
                # "the Jub al-Quba neighbourhood": a quarter, of the city told
                or (
                    qualified.qualifier == "district"
                    and _QUARTER_WORD.search(qualified.phrase)
                )
                else ""
            )
        out.append(
            Mention(
                name=m.group(1), start=start, end=end, phrase=phrase, qualifier=kind
            )
        )
    return out


def find_mentions(
    sentence: str,
    has_key: Callable[[str], bool],
    *,
    has_light_key: Callable[[str], bool] | None = None,
    lower_vocab: frozenset[str] = frozenset(),
    offset: int = 0,
    names_governorate: Callable[[str], bool] | None = None,
    has_word: Callable[[str], bool] | None = None,
    longest: int | None = None,
) -> list[Mention]:
    """Return the place phrases of one sentence.

    Parameters
    ----------
    sentence : str
        One sentence.
    has_key : callable
        ``has_key(name) -> bool``: whether the gazetteer knows a name
        (:meth:`geo.gazetteer.Gazetteer.has_key`).
    has_light_key : callable, optional
        The same, without loose (consonant-skeleton) matching; used to extend a name
        with lower-case words ("Mezzeh military base"). Defaults to ``has_key``.
    lower_vocab : frozenset of str
        Words the article also writes in lower case: a capitalised "Besieged" in a
        headline is then an English word, not a village.
    offset : int
        Added to the spans, to make them article offsets.
    names_governorate : callable, optional
        ``names_governorate(name) -> bool``: whether a name is a governorate's. A
        place named beside its governorate ("Dara Bosra", "Idlib Saraqib", as
        captions write them) is then no person's name.
    has_word : callable, optional
        ``has_word(word) -> bool``: whether some place's name holds the word; a name
        is lengthened with lower-case words only while they do (a shortcut).
    longest : int, optional
        The most words of any folded name the gazetteer knows
        (:attr:`geo.gazetteer.Gazetteer.longest_name_words`). A run of capitalised
        words is then tried only in phrases that could fold to such a name (each
        word, and the article before it), so a long run costs time in proportion to
        its length, not to its square.

    Returns
    -------
    list of Mention
        In order of appearance; spans are offsets into the article.
    """
    if names_governorate is not None and (glued := _GLUED_GOVERNORATE.match(sentence)):
        if names_governorate(glued.group(1)):
            # "Hama-South Hirbnafsah:", "Homs-Almakrameh": a caption's governorate
            # glued to its place (a space of the same length keeps the offsets)
            sentence = sentence[: glued.end(1)] + " " + sentence[glued.end(1) + 1 :]
    mentions: list[Mention] = []
    # governorates named beside a place ("Homs Talbiseh"): (mention, the place's span)
    beside: list[tuple[Mention, tuple[int, int]]] = []
    runs, odd = _spans(sentence, lower_vocab)
    titled: bool | None = None  # whether the sentence is a title-case headline
    for run in runs:
        i = 0
        while i < len(run):
            if run[i].group(1) in _ENGLISH_CONNECTORS:
                i += 1  # "Destruction at Bab al-Hawa": the place begins at "Bab"
                continue
            found = None
            side = _SIDE_BEFORE.search(
                sentence[max(0, run[i].start(1) - 9) : run[i].start(1)]
            )
            # a folded name drops articles: a phrase of n words folds to n/2 at least
            last = len(run) if longest is None else min(len(run), i + 2 * longest + 2)
            for j in range(last, i, -1):
                start, end = run[i].start(1), run[j - 1].end(1)
                name = _POSSESSIVE.sub("", sentence[start:end])
                if side and has_key(f"{side.group(1)} {name}"):
                    # "Eastern Ghouta": a region's name, not a direction
                    found = (
                        j,
                        start - len(side.group(0)),
                        start + len(name),
                        f"{side.group(1)} {name}",
                    )
                    break
                if has_key(name) and name.lower() not in _KIND_NOUNS:
                    # (not "Airbase" alone, which folds to "Al Al airbase")
                    found = (j, start, start + len(name), name)
                    break
            if found is None and i == len(run) - 1 and run[i].group(1)[:1].isupper():
                rest = _lowercase_rest(sentence, run[i], has_key)
                found = None if rest is None else (i + 1, *rest)
            if found is None:
                i += 1
                continue
            j, start, end, name = found
            single = j - i == 1
            # the run's other proper words, when the name is one word: none, one
            # (a governorate beside it?) or more (a person's name?); two are enough
            proper_rest: list[str] = []
            if single:
                light_known = (has_light_key or has_key)(name)
                for k, token in enumerate(run):
                    t = token.group(1)
                    if (
                        not i <= k < j
                        and t.lower() not in lower_vocab
                        and t.lower() not in _CONNECTORS
                        # "Analysis: Why Aleppo matters": no one is called Why
                        and t.lower() not in _FUNCTION_WORDS
                        # "Hmeimim Military Airbase", when "Hmeimim" is spelled as known
                        and not (t.lower() in _KIND_NOUNS and light_known)
                        # "the Maydanky Dam": a landmark the place names, no surname
                        # (nor "the Aleppo University": a facility named after it)
                        and not (
                            k == j
                            and (
                                t.lower() in _LANDMARK_NOUNS
                                or t.lower() in _NAMED_AFTER_NOUNS
                            )
                        )
                        # (and the words after it: "the Damascus Opera House")
                        and not (
                            k > j and run[j].group(1).lower() in _NAMED_AFTER_NOUNS
                        )
                        # "the Latamneh Surgical Hospital": a facility the place
                        # names, no surname
                        and not (
                            k >= j
                            and t.lower() in _FACILITY_ADJECTIVES
                            and k + 1 < len(run)
                            and run[k + 1].group(1).lower() in _FACILITY_WORDS
                        )
                        and not (
                            k > j
                            and t.lower() in _FACILITY_WORDS
                            and run[k - 1].group(1).lower() in _FACILITY_ADJECTIVES
                        )
                        # capitalised: "Douma al-sharqiya" is Douma
                        and _token_info(t)[4]
                        # an English word capitalised: "Coordinating Palmyra - a video"
                        and not _ENGLISH_ENDING.search(t)
                    ):
                        proper_rest.append(t)
                        if len(proper_rest) == 2:
                            break
            paired = (
                single
                and names_governorate is not None
                and len(proper_rest) == 1
                and _beside_governorate(
                    name, proper_rest[0], names_governorate, has_light_key or has_key
                )
            )
            kunya = i > 0 and run[i - 1].group(1).lower() in _KUNYA
            if (
                single
                and proper_rest
                and not paired
                # "Jets Hit Douma": a headline capitalises its verbs, no first names
                and not (
                    all(t.lower() in _HEADLINE_WORDS for t in proper_rest)
                    and (
                        titled := titled if titled is not None else _headline(sentence)
                    )
                )
                # "bombed the cities of Al-Lataminah Mork and Kafr Zita": a list of
                # places with a comma left out, no person
                and not (
                    _PLACES_OF_BEFORE.search(
                        sentence, max(0, run[0].start(1) - 30), run[0].start(1)
                    )
                    and all((has_light_key or has_key)(t) for t in proper_rest)
                )
            ) or kunya:
                # "Hatem Hamadeh", "Fatima al-Abed": a person, not the village; and
                # "said Abu Malek": a man known as Malek's father
                i = j
                continue
            if single and len(name) < 3:
                # too short to be taken alone, unless the words after it complete a
                # known name ("T4 airbase")
                longer, longer_end = _extend_lowercase(
                    sentence, end, name, has_light_key or has_key, has_word
                )
                if longer_end == end:
                    i = j
                    continue
                name, end = longer, longer_end
            after = _WORD_AFTER.match(sentence, end)
            if (
                after is not None
                and after.group(1).lower() in STOPWORDS
                and has_key(f"{name} {after.group(1)}")
            ):
                # "Bosra Sham": a word that names groups ("Ahrar al-Sham") ends the
                # place's name; the name may go on ("Tall Muhammad Diyab")
                name, end = f"{name} {after.group(1)}", after.end(1)
                for _ in range(2):
                    after = _WORD_AFTER.match(sentence, end)
                    if after is None or not has_key(f"{name} {after.group(1)}"):
                        break
                    name, end = f"{name} {after.group(1)}", after.end(1)
            if _in_organisation(sentence, start, end) or _UNIT_AFTER.match(
                sentence, run[-1].end(1)
            ):
                i = j  # "Fatah Halab", "Aleppo Local Council": a group, not a place
                continue
            article = _ARTICLE_WORD.search(name)
            if article:  # "Dar'a Al Balad": Dar'a, then an unknown "Al Balad"
                name, end = name[: article.start()], end - len(article.group(0))
                while j < len(run) and run[j].group(1)[:1].isupper():
                    j += 1
            name, end = _extend_lowercase(
                sentence, end, name, has_light_key or has_key, has_word
            )
            mentions.append(_qualify(sentence, start, end, name))
            if paired and names_governorate is not None and names_governorate(name):
                other = next(t for k, t in enumerate(run) if not i <= k < j)
                beside.append((mentions[-1], other.span(1)))
            i = j
    for governorate, span in beside:
        # it only says where the place beside it is; without that place, nothing
        at = next((k for k, m in enumerate(mentions) if m.start == span[0]), None)
        k = mentions.index(governorate)
        if at is None:
            del mentions[k]
        else:
            mentions[k] = _replace(governorate, context_for=at)
    if odd:  # else every capitalised run was tried whole and in parts above
        mentions += _stopword_names(
            sentence,
            mentions,
            has_light_key or has_key,
            has_key if has_light_key is not None else None,
        )
    mentions += _unknown_names(sentence, mentions, has_key)
    if not mentions:  # last resort: "raids with napalm bombs on Hezzeh"
        mentions += _after_preposition(sentence)
    if (
        has_light_key is not None
        and len(sentence) < 200  # a caption's length
        and "\u0600" > sentence[:1]
        and (
            not mentions
            # "the bombing on anadan countryside of Aleppo": only the governorate
            or (
                names_governorate is not None
                and all(names_governorate(m.name) for m in mentions)
            )
        )
    ):
        # a caption written in lower case: "Cluster munition that was dropped in
        # latamneh", a place's name as spelled, not an English word
        mentions += _lowercase_after_preposition(sentence, has_light_key)
    # "Al Mayadeen also said": a channel, or a government, speaks; "told Al Jazeera":
    # one listens; "Staffan de Mistura": a person; "DAMASCUS, Syria (AP) -": where the
    # reporter files from. None is where something happened
    if mentions:
        mentions = _not_places(sentence, mentions)
    if (
        mentions
        and has_light_key is not None
        and (lead := _LEAD.match(sentence)) is not None
    ):
        # "Twin blasts killed 48": a word capitalised because it begins the sentence,
        # spelled like no place (only loosely like At Tawani), is an English word; so
        # is one of the English words that name villages ("Mine explosion killed 3",
        # "Hit by shells, the hospital closed")
        # (the label's first word too: "Summary: At least three civilians")
        opening = (lead.end(), len(sentence) - len(sentence.lstrip(_OPENERS)))
        mentions = [
            m
            for m in mentions
            if not (
                m.start in opening
                and _ONE_WORD.fullmatch(m.name)
                and (
                    not has_light_key(m.name)
                    or (
                        m.name.lower() in _ENGLISH_NAMES
                        and not m.qualifier
                        and sentence[m.end : m.end + 2][1:2].islower()
                    )
                )
            )
        ]
    if (
        mentions
        and any(
            m.name.lower() in _ENGLISH_NAMES or _ENGLISH_ENDING.search(m.name)
            for m in mentions
        )
        and _title_case(sentence)
    ):
        # "Opposition-Held Areas Hit by Chlorine", "Airstrikes Hit Douma Market,
        # Killing 20": a title-case headline capitalises every word; an English word
        # there is no village (Hit, Kul Kilinjah)
        mentions = [
            m
            for m in mentions
            if m.name.lower() not in _ENGLISH_NAMES
            and not (_ONE_WORD.fullmatch(m.name) and _ENGLISH_ENDING.search(m.name))
        ]
    if mentions and any(m.name.lower() in _ENGLISH_NAMES for m in mentions):
        # "on Thanksgiving Day", "Army Day": an English word, the end of a name of
        # no place the gazetteer knows, is no village (Ad Dayy)
        mentions = [
            m
            for m in mentions
            if not (
                m.name.lower() in _ENGLISH_NAMES
                and not m.qualifier
                and _NAME_WORD_BEFORE.search(sentence, max(0, m.start - 24), m.start)
                is not None
            )
        ]
    if mentions and (
        "airport of " in sentence
        or "base of " in sentence
        or "airport in " in sentence
        or "base in " in sentence
        or "airfield " in sentence
    ):
        mentions = [_airfield_of(sentence, m, has_key) for m in mentions]
    if "capital" in sentence and not any(
        name_key(m.name) == "damascus" for m in mentions
    ):
        mentions += _the_capital(sentence, mentions)
    mentions.sort(key=lambda m: m.start)
    if "(" in sentence and len(mentions) > 1:
        bracketed: list[Mention] = []
        for i, m in enumerate(mentions):
            prev = mentions[i - 1]
            if (
                i
                and _GLOSS_BEFORE.fullmatch(sentence, prev.end, m.start)
                and _GLOSS_AFTER.match(sentence, m.end)
            ):
                if (
                    not m.name[:1].isascii()
                    or not prev.name[:1].isascii()
                    or name_key(m.name) == name_key(prev.name)
                ):
                    continue  # "Ḥarastā (حرستا)": a name glossed is one mention
                if (
                    names_governorate is not None
                    and names_governorate(m.name)
                    and not names_governorate(prev.name)
                ):
                    # "Kafr Zita (Hama)": the governorate, told after in brackets,
                    # says where the place is
                    m = _replace(m, context_for=len(bracketed) - 1)
                elif bracketed and bracketed[-1] is prev and prev.context_for is None:
                    # "Idlib (Khan Shaykhun)", "Homs (al-Waer)": a place in the
                    # governorate or city told first, as casualty logs write it
                    bracketed[-1] = _replace(prev, context_for=len(bracketed))
            bracketed.append(m)
        mentions = bracketed
    mentions = _link(sentence, mentions, names_governorate)
    if ("road" in sentence or "highway" in sentence) and (
        "-" in sentence or "linking " in sentence or "connecting " in sentence
    ):
        mentions = _road_between(sentence, mentions, has_key)
    if not offset:
        return mentions
    return [_shifted(m, offset) for m in mentions]


#: A road named by the towns it links: "the Saraqib-Idlib road", "the Aleppo-Damascus
#: highway".
_ROAD_BETWEEN = gated(
    r"\b((?:(?:al|el|ar|as|ash|ad|az)-)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)[-–]"
    r"((?:(?:al|el|ar|as|ash|ad|az)-)?[A-Z][\w'’]+(?:\s+(?:al-)?[A-Z][\w'’]+)?)\s+"
    r"(?:road|highway|motorway|route)\b"
)


#: A road told by the towns it links, in words: "the road linking Kobani and Sirrin"
#: (what lies "between" two towns is near both: see _BETWEEN_BEFORE).
_ROAD_LINKING = gated(
    r"\b(?:road|highway|motorway|route)\s+(?:linking|connecting)\s+"
    r"((?:(?:al|el|ar|as|ash|ad|az)-)?[A-Z][\w'’]+(?:\s+(?:al-)?[A-Z][\w'’]+)?)\s+"
    r"(?:and|to|with)\s+"
    r"((?:(?:al|el|ar|as|ash|ad|az)-)?[A-Z][\w'’]+(?:\s+(?:al-)?[A-Z][\w'’]+)?)"
)


def _road_between(
    sentence: str, mentions: list[Mention], has_key: Callable[[str], bool]
) -> list[Mention]:
    """ "Jets struck the Saraqib-Idlib road": near the first town the road links,
    which the second only situates (a road's span replaces the mentions in it)."""
    roads = list(_ROAD_BETWEEN.finditer(sentence))
    if "linking " in sentence or "connecting " in sentence:
        roads += _ROAD_LINKING.finditer(sentence)
    for m in roads:
        first, second = m.group(1), m.group(2)
        if not (has_key(first) and has_key(second)):
            continue
        kept = [x for x in mentions if x.end <= m.start() or x.start >= m.end(2)]
        at = sum(1 for x in kept if x.end <= m.start())
        if any(
            (x.context_for is not None and x.context_for >= at)
            or any(k >= at for k in x.also_for)
            for x in mentions
        ):
            continue  # links past the road would move: left as found
        if any(0 <= x.start - m.end() <= 40 for x in kept):
            continue  # "on the Damascus-Daraa highway near Khirbet Ghazaleh": there
        road = [Mention(first, m.start(1), m.end(1), m.group(0), relation="near")]
        if m.re is _ROAD_BETWEEN:
            # ("the Saraqib-Idlib road": the second situates the first; "the road
            # linking Menbij and Aleppo" only says where it leads)
            road.append(
                Mention(
                    second,
                    m.start(2),
                    m.end(2),
                    second,
                    relation="near",
                    context_for=at,
                )
            )
        mentions = [*kept[:at], *road, *kept[at:]]
    return mentions


#: News outlets written like places ("Al Jazeera's Zeina Khodr" is no village
#: Jazrah). Only names far more often the outlet's than a place's: "Al Mayadeen" is
#: also the town, and is left to the verbs and words around it ("Al Mayadeen TV said").
#: A man's name, then the name he goes by: "Ali Fayyad, known as".
_NICKNAME_BEFORE = gated(
    r"(?<![\w'’-])(?-i:[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){1,3}),\s+"
    r"(?:also\s+)?(?:known\s+as|nicknamed|dubbed)\s+$",
    re.I,
)
#: A deed done by a government, named by its capital: "attack by Damascus".
_AGENT_BY = gated(
    r"\b(?:attacks?|strikes?|air ?strikes?|raids?|offensive|assault|bombing|"
    r"bombardment|escalation|move|decision)\s+by\s+$",
    re.I,
)
_CAPITALS = frozenset({"Damascus", "Ankara", "Moscow", "Washington", "Tehran"})
_CAPITAL_NAMES = "|".join(sorted(_CAPITALS))
#: Two capitals told together: "Moscow and Damascus".
_CAPITAL_AND = gated(rf"\s+and\s+(?:{_CAPITAL_NAMES})\b")
_AND_CAPITAL = gated(rf"\b(?:{_CAPITAL_NAMES})\s+and\s+$")
#: A government told to, or of, by its capital: "accused Damascus of".
_ADDRESSED = gated(
    r"\b(?:accused|accuses|accusing|blamed|blames|blaming|urged|urges|urging|warned|"
    r"warns|called\s+on|calls\s+on|pressed|condemned|condemns)\s+$"
)
#: A government telling, by its capital: "Ankara has accused", "Damascus denied".
_ADDRESSING = gated(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:accused|accuses|blamed|blames|denied|denies|"
    r"condemned|condemns|warned|warns|urged|urges|rejected|rejects|insisted|insists|"
    r"demanded|demands)\b"
)
#: What an outlet is, told before its name: "state news agency Sana".
_OUTLET_BEFORE = gated(
    r"\b(?:news agency|press agency|state media|state TV|state television)\s+$"
    # a caption's credit: "Agency Qassioun | The moment ..."
    r"|^\s*(?:Agency|News|Network|Media Center|Media Centre)\s+$"
)
_OUTLETS = frozenset(
    name_key(n)
    for n in (
        "Al Jazeera",
        "Aljazeera",
        "Al Arabiya",
        "Al Manar",
        "Al Masdar",
        "Al Akhbar",
        "Al Hayat",
        "Asharq Al-Awsat",
        "Enab Baladi",
        "Orient News",
        "Sky News Arabia",
    )
)


_NUMBER_AFTER = gated(r"\s+\d")
#: English words capitalised after a colon or in a title, never part of a name.
_FUNCTION_WORDS = frozenset(
    "the a an why how what who when where as after before inside while amid despite "
    "since for from with without into over under between behind beyond".split()
)
#: What may come before a sentence's first word: quotes, bullets, brackets.
#: English words that are also the one-word name of a Syrian village: in a title-case
#: headline, where every word is capitalised, they are the English words.
_ENGLISH_NAMES = frozenset(
    "hit same man war day base able mass name core mine hill bid".split()
)
_TITLE_WORD = gated(r"\b[A-Za-z][a-z]{3,}\b")
#: A capitalised word just before: "Thanksgiving (Day)".
_NAME_WORD_BEFORE = gated(r"\b[A-Z][a-z]{2,} $")


#: English words a headline capitalises beside a place: "Jets Hit Douma Market".
_HEADLINE_WORDS = frozenset(
    {
        *("hit", "hits", "pound", "pounds", "shell", "shells", "strike", "strikes"),
        *("bomb", "bombs", "kill", "kills", "raid", "raids", "target", "targets"),
        *("seize", "seizes", "take", "takes", "capture", "captures", "retake"),
        *("retakes", "storm", "storms", "attack", "attacks", "enter", "enters"),
        *("jets", "warplanes", "planes", "rebels", "regime", "army", "troops"),
        *("forces", "airstrikes", "strikes", "shelling", "bombing", "dead", "killed"),
        *("market", "hospital", "school", "mosque", "town", "city", "village"),
    }
)


def _headline(line: str) -> bool:
    """Whether a sentence is a headline written in title case: short, no full stop."""
    return len(line) <= 120 and not line.rstrip().endswith(".") and _title_case(line)


def _title_case(line: str) -> bool:
    """Whether most words of four letters or more are capitalised (a headline)."""
    words = _TITLE_WORD.findall(line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_LEAD = gated(
    r"[\s\"“‘'(\[•*-]*"
    # a timeline's date label: "- 21 February: Twin bombings ..."
    r"(?:(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})(?:,? \d{4})?\s*[:–—]\s*"
    # a headline's label: "Syria conflict: Twin blasts hit Homs"
    r"|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s+)?"
)
_ONE_WORD = gated(r"[A-Z][a-z]+")
#: What may come before a sentence's first word (as _LEAD reads them).
_OPENERS = " \t\n\"“‘'([•*-"


_RIVER_AFTER = gated(r"\s+river\b", re.I)
#: An apposition that says who a group is: ", the largest rebel faction in the".
_GROUP_OF_PLACE = gated(
    r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:factions?|groups?|militias?|"
    r"coalition|alliance|brigades?|organi[sz]ations?|movement)\s+(?:based\s+in|"
    r"operating\s+in|active\s+in|in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
    re.I,
)
#: An armed group named after a place: "the Liberation Forces of Afrin", "the
#: Revolutionaries of Raqqa Brigade".
_GROUP_OF_BEFORE = gated(
    r"\b(?:Forces|Brigades?|Battalions?|Division|Army|Front|Movement|Shield|Falcons|"
    r"Lions|Knights|Revolutionaries|Units|Regiment|Corps|Hawks|Guards|Mujahideen|"
    r"Free\s+Men|Martyrs)\s+of\s+(?:the\s+)?$"
)
#: Where someone came from: "a recently-displaced male IDP from", "originally from".
_ORIGIN_BEFORE = gated(
    # (not "civilians were displaced from the village of Makbes due to shelling":
    # the place they fled is told)
    r"\b(?:(?<!were )(?<!was )(?<!been )(?<!are )(?<!is )(?<!being )"
    r"(?:displaced|IDPs?|refugees?|evacuees)(?:\s+[\w-]+){0,3}?\s+from|"
    # "A fighter from the Eastern Ghouta opened fire on ... in Hweijeh": whence he came
    # (one man's: "civilians from Duma evacuated the city" tell where they left)
    r"(?:\b(?:a|an|one)\s+(?:[\w-]+\s+)?(?:fighter|man|woman|youth|resident|member)"
    r"\s+from)|"
    r"originally\s+from|natives?\s+of|hailing\s+from)\s+(?:the\s+)?"
    r"(?:(?:town|village|city|district|neighbou?rhood)\s+of\s+)?$",
    re.I,
)
#: An office named after the place it serves: "the governor of", "the mayor of".
_OFFICE_OF_BEFORE = gated(
    r"\b(?:governor|mayor|bishop|mufti|archbishop|patriarch|police\s+chief|"
    r"head\s+of\s+the\s+local\s+council|local\s+council)\s+of\s+(?:the\s+)?$",
    re.I,
)
#: Where an advance was heading: "pressed toward the", "advancing towards".
_HEADING_TOWARD_BEFORE = gated(
    r"\b(?:press(?:ed|ing|es)?|push(?:ed|ing|es)?|advanc(?:ed|ing|es?)|mov(?:ed|ing|es?)|"
    r"head(?:ed|ing|s)?|march(?:ed|ing|es)?|clos(?:ed|ing|es?)\s+in)\s+"
    r"(?:on\s+)?towards?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$",
    re.I,
)
#: The war someone had fled, told before its places: "had fled fighting in (Aleppo
#: and Homs)".
_FLED_FIGHTING_BEFORE = gated(
    r"\bfled\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|violence|bombing|bombardment|"
    r"battles?|clashes|war|shelling|offensive|siege)\s+(?:in|from|around)\s+(?:the\s+)?"
    r"(?:[\w'’-]+(?:,\s+|\s+and\s+|\s+)){0,4}?$",
    re.I,
)
#: A person's kin after a name: "Khatib's brother", "Abu Omar's eldest son".
_KIN_AFTER = gated(
    r"['’]s?\s+(?:late\s+|elder\s+|younger\s+|eldest\s+|youngest\s+|little\s+|"
    r"baby\s+|only\s+|\w+-year-old\s+)?(?:brother|sister|son|daughter|wife|husband|"
    r"father|mother|cousin|uncle|aunt|nephew|niece|grand(?:son|daughter|father|"
    r"mother)|fianc[ée]e?|brothers-in-law|brother-in-law|sons|daughters|brothers|"
    r"sisters|parents)\b",
    re.I,
)
#: Kin named before their name: "their mother, (Fatima)", "his brother (Mohammad)".
_KIN_BEFORE = gated(
    r"\b(?:his|her|their|my|our)\s+(?:late\s+|elder\s+|younger\s+|eldest\s+|"
    r"youngest\s+|little\s+|baby\s+|only\s+|\w+-year-old\s+)?(?:brother|sister|son|"
    r"daughter|wife|husband|father|mother|cousin|uncle|aunt|nephew|niece|"
    r"grand(?:son|daughter|father|mother))\s*,?\s+$",
    re.I,
)
_HOLDINGS_AFTER = gated(
    r"['’]s?\s+(?:drinking\s+)?(?:water|electricity|power|fuel|bread|food|economy|"
    r"governor|government|mayor)\b(?!-)(?!\s+"
    r"(?:station|plant|network|pipelines?|main|supply\s+station))",
    re.I,
)


#: Who fired, told where they are: "Rebels in the", "militants based in".
_SHOOTERS_IN = gated(
    r"\b(?:rebels?|militants?|fighters|insurgents|jihadists|gunmen|forces|troops)\s+"
    r"(?:based\s+|holed\s+up\s+)?in\s+(?:the\s+)?(?:[\w-]+-held\s+)?$",
    re.I,
)
#: Where a force is posted: "forces stationed in the", "troops positioned at".
_STATIONED_IN = gated(
    r"\b(?:stationed|positioned|deployed|based|entrenched|garrisoned)\s+(?:in|at|on|"
    r"inside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_STATIONED_WORDS = gate_words(
    ("tationed ", "ositioned ", "eployed ", "ntrenched ", "arrisoned ")
)
#: Their fire, told right after where they are: "(camp) targeted the town".
_FIRE_AFTER = gated(
    # (not "forces stationed in Hama were attacked": fire they took)
    r"(?:\s+(?!(?:were|was|are|is|been|being|get|got)\b)[\w'’-]+){0,3}?,?\s+"
    r"(?:have\s+|had\s+)?(?:targeted|shelled|fired|"
    r"bombarded|struck|attacked|pounded|opened\s+fire|launched)\b",
    re.I,
)
#: What they fired at, told next: "... fired rockets at", "shelled".
_FIRED_AT = gated(
    r"[^.;]{0,30}?\b(?:fired|launched)\b[^.;]{0,40}?\b(?:at|on|into|towards?)\s+"
    r"(?:the\s+)?(?:[\w-]+-held\s+)?$",
    re.I,
)


#: Rivers named alone, which no gazetteer of places names (a dam or a district named
#: after one is named so: "Euphrates Dam").
_RIVERS = frozenset(
    {"Euphrates", "Orontes", "Tigris", "Euphrates River", "Orontes River"}
)


_KIN_WORDS = gate_words(
    (
        "brother",
        "sister",
        " son",
        "daughter",
        "wife",
        "husband",
        "father",
        "mother",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
    )
)


def _not_places(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Leave out names that speak, listen, belong to a person or file the report."""
    appositions = ", " in sentence  # tested once: a sentence may be very long
    outlets = (
        "agency " in sentence
        or "media " in sentence
        or "TV " in sentence
        or sentence[:1] in "AMN"  # a caption's credit: "Agency Qassioun | ..."
    )
    agent = " by " in sentence
    nicknamed = "known as " in sentence or "nicknamed " in sentence
    heading = "toward" in sentence
    fled = "fled " in sentence
    # (each found once: a test of the whole sentence per mention would make a text
    # of one sentence quadratic)
    of = " of " in sentence
    of_or_from = of or " from " in sentence
    kin = any_in(sentence, _KIN_WORDS)
    mentions = [
        m
        for m in mentions
        if name_key(_POSSESSIVE.sub("", m.name)) not in _OUTLETS
        # "Hill 1154", "Route 4": a numbered position or road, no village Hillah
        and not (m.name in DESIGNATORS and _NUMBER_AFTER.match(sentence, m.end))
        # "near the Sajur river": a river the gazetteer does not name, no village
        # (Es-Sajer) spelled like it
        and not _RIVER_AFTER.match(sentence, m.end)
        # "a bridge over the Euphrates": a river named alone, no place of the deed
        and m.name not in _RIVERS
        # "the source of most of Damascus's water": what the city has, not where
        # anything happened
        and not _HOLDINGS_AFTER.match(sentence, m.end)
        # "Khatib's brother was killed by a sniper": a family's name
        and not _KIN_AFTER.match(sentence, m.end)
        # "and their mother, Fatima": a woman's name, no village Fatimah
        and not (kin and _KIN_BEFORE.search(sentence, max(0, m.start - 40), m.start))
        # "the positions of the Liberation Forces of Afrin": a group's name
        and not (
            of and _GROUP_OF_BEFORE.search(sentence, max(0, m.start - 40), m.start)
        )
        # "killing 3 people, including a displaced man from the Eastern Ghouta":
        # where a victim came from, beside the place told
        and not (
            of_or_from
            and _ORIGIN_BEFORE.search(sentence, max(0, m.start - 50), m.start)
            # another place told apart from it, not just its own governorate after
            # it ("A man from Tiba town in Dar'a countryside was killed": Tiba)
            and any(o.start < m.start or o.start > m.end + 30 for o in mentions)
        )
        # "the governor of Homs said civilians were among the dead": an office, named
        # after the place it governs
        and not (
            of and _OFFICE_OF_BEFORE.search(sentence, max(0, m.start - 30), m.start)
        )
        # "seized several villages west of Raqqa as they pressed toward the Tabqa
        # dam": where an advance was heading, beside where it took ground
        and not (
            heading
            and _HEADING_TOWARD_BEFORE.search(sentence, max(0, m.start - 40), m.start)
            and any(o is not m and o.end <= m.start for o in mentions)
        )
        # "most of the victims had fled fighting in Aleppo and Homs": the war they
        # had fled, not where they fell
        and not (
            fled
            and _FLED_FIGHTING_BEFORE.search(sentence, max(0, m.start - 60), m.start)
        )
        # "according to state news agency Sana": an outlet, named after what it is
        and not (
            outlets and _OUTLET_BEFORE.search(sentence, max(0, m.start - 30), m.start)
        )
        # "Ali Fayyad, known as Hajj Alaa, was killed": the name a man goes by
        and not (
            nicknamed
            and _NICKNAME_BEFORE.search(sentence, max(0, m.start - 60), m.start)
        )
        # "the first such attack by Damascus on Kurdish forces": a capital for its
        # government, the doer, not where it was done
        and not (
            agent
            and m.name in _CAPITALS
            and _AGENT_BY.search(sentence, max(0, m.start - 30), m.start)
        )
        # "the first time that Ankara has accused Damascus of killing Turkish
        # troops": a government, accused or accusing
        and not (
            m.name in _CAPITALS
            and (
                _ADDRESSED.search(sentence, max(0, m.start - 30), m.start)
                or _ADDRESSING.match(sentence, m.end)
                # "as Moscow and Damascus pressed the bombing": two governments
                or _CAPITAL_AND.match(sentence, m.end)
                or _AND_CAPITAL.search(sentence, max(0, m.start - 20), m.start)
            )
        )
        # "Jaish al-Islam, the largest rebel faction in the Ghouta, said": who a
        # group is, not where it acted
        and not (
            appositions
            and _GROUP_OF_PLACE.search(sentence, max(0, m.start - 70), m.start)
            and sentence[m.end : m.end + 2].startswith(",")
        )
    ]
    if any_in(sentence, _STATIONED_WORDS):
        # "the regime forces stationed in the Wadi al-Deif camp targeted the town":
        # where the shooters were, not where their fire fell
        mentions = [
            m
            for m in mentions
            if not (
                _STATIONED_IN.search(sentence, max(0, m.start - 60), m.start)
                and _FIRE_AFTER.match(sentence, m.end)
            )
        ]
    if len(mentions) > 1 and " in " in sentence and " fired " in sentence:
        # "Rebels in the Eastern Ghouta fired rockets at Damascus's Old City": where
        # the shooters were, when the sentence names where their fire fell
        mentions = [
            m
            for k, m in enumerate(mentions)
            if not (
                k + 1 < len(mentions)
                and _SHOOTERS_IN.search(sentence, max(0, m.start - 40), m.start)
                and _FIRED_AT.match(sentence, m.end, mentions[k + 1].start)
            )
        ]
    head = sentence[:70]
    dateline = (
        _DATELINE.match(sentence)
        if "—" in head or "–" in head or " -" in head
        else None
    )
    listens = "tell" in sentence or "told" in sentence
    speaker = any(
        map(sentence.__contains__, ("source ", "correspondent ", "reporter "))
    )
    # "according to the Russian Center for Reconciliation in Hmeymim": where a body
    # that tells sits
    seated = ("enter " in sentence or "entre " in sentence) and (
        "according to " in sentence or " said" in sentence
    )
    # "fired from", "launched the assault from"
    launched = " from " in sentence and (
        "direction of " in sentence
        or "fired " in sentence
        or "launched " in sentence
        or "came " in sentence
        or "coming " in sentence
        or "fl" in sentence
        or " off " in sentence
        or "operat" in sentence
        or "head" in sentence
        or "travel" in sentence
        or "moving " in sentence
        or "en route " in sentence
    )
    linking = "linking " in sentence or "connecting " in sentence
    # "The road, which runs north from the Bani Zeid district past the Layramoun
    # roundabout, had been under fire": the places of a road's course
    course = (
        [c.span() for c in _COURSE.finditer(sentence)]
        if (" runs " in sentence or " ran " in sentence or " stretches " in sentence)
        else []
    )
    supplying = (
        "suppl" in sentence
        or "serv" in sentence
        or "feed" in sentence
        or "cut" in sentence
    )
    heard = "heard " in sentence or "felt " in sentence
    based = any_in(sentence, _BASE_WORDS)
    taken_to = any_in(sentence, _TAKEN_TO_WORDS)
    asked = ("emonstrat" in sentence or "rotest" in sentence) and (
        "call" in sentence or "demand" in sentence
    )
    said = "said " in sentence or "says " in sentence or "added " in sentence
    titled = "." in sentence or any_in(sentence, _TITLES)
    # "who asked to be identified only as Abu Adnan": a person's name
    identified = " as " in sentence and "identified" in sentence
    particle = any_in(sentence, _PARTICLES)
    kept = [
        m
        for m in mentions
        if (dateline is None or m.start >= dateline.end())
        and not (
            _SPEAKS.match(sentence, m.end)
            and not _WHERE_BEFORE.search(sentence, max(0, m.start - 40), m.start)
        )
        and not (
            said
            and _SPEAKER_AFTER_SAID.search(sentence, max(0, m.start - 8), m.start)
            and (
                m.end == len(sentence.rstrip(" ."))
                or _PERSON_AFTER.match(sentence, m.end)
            )
        )
        and not _TITLE_AFTER.match(sentence, m.end)
        # "Abu Omar: On Saturday, regime forces fired ...": who speaks, in an
        # interview's transcript
        and not (
            m.start <= 2
            and sentence[m.end : m.end + 1] == ":"
            and m.name.split(" ", 1)[0].lower() in _KUNYA
        )
        # "A shopkeeper, Abu Mahmoud, told Amnesty": a man known by his son's name,
        # who speaks
        and not (
            m.name[:4] in ("Abu ", "Umm ")
            and _SPEAKS_AFTER.match(sentence, m.end) is not None
        )
        # "Abu Faraj al-Masri": a man known by his son's name and his origin
        and not (
            m.name[:4] in ("Abu ", "Umm ")
            and (nisba := _NISBA_AFTER.match(sentence, m.end)) is not None
            and name_key(nisba.group(1)) not in QUALIFIER_KEYS
        )
        # "8 martyrs, including the Maleeh family": a family's or a tribe's name
        and not _FAMILY_AFTER.match(sentence, m.end)
        # "My neighbour's daughter, Rama, aged 7": a person, by her age
        and not _AGE_AFTER.match(sentence, m.end)
        # "Raed Saleh, head of the White Helmets, said": a person, described
        and not (" " in m.name and _ROLE_AFTER.match(sentence, m.end))
        and not (listens and _LISTENS.search(sentence, max(0, m.start - 25), m.start))
        and not (
            speaker and _SPEAKER_IN.search(sentence, max(0, m.start - 45), m.start)
        )
        and not (seated and _SEATED_IN.search(sentence, max(0, m.start - 120), m.start))
        and not (
            launched and _LAUNCHED_FROM.search(sentence, max(0, m.start - 60), m.start)
        )
        and not (linking and _ROAD_END.search(sentence, max(0, m.start - 50), m.start))
        and not any(a <= m.start < b for a, b in course)
        and not (
            supplying
            and _SUPPLIES.search(sentence, max(0, m.start - 80), m.start) is not None
        )
        and not (
            heard and _HEARD_ACROSS.search(sentence, max(0, m.start - 40), m.start)
        )
        and not (based and _BESIDE_BASE.search(sentence, max(0, m.start - 70), m.start))
        and not (
            taken_to and _TAKEN_TO.search(sentence, max(0, m.start - 110), m.start)
        )
        and not (asked and _ASKED_FOR.search(sentence, max(0, m.start - 90), m.start))
        and not (
            particle
            and _PARTICLE_BEFORE.search(sentence, max(0, m.start - 30), m.start)
        )
        and not (
            titled and _TITLE_BEFORE.search(sentence, max(0, m.start - 12), m.start)
        )
        and not (
            identified
            and _IDENTIFIED_AS.search(sentence, max(0, m.start - 40), m.start)
        )
    ]
    if taken_to and 1 < len(mentions) != len(kept):
        # "buses heading to the villages of Foah and Kefraya": the names listed after
        # a place people went to went with it
        kept_ids = {id(m) for m in kept}
        gone: Mention | None = None  # the last name listed of where people went
        for m in sorted(mentions, key=lambda m: m.start):
            if id(m) not in kept_ids:
                if gone is not None and _LIST_GLUE.match(sentence[gone.end : m.start]):
                    gone = m
                elif _TAKEN_TO.search(sentence, max(0, m.start - 110), m.start):
                    gone = m
                else:
                    gone = None
            elif gone is not None and _LIST_GLUE.match(sentence[gone.end : m.start]):
                kept_ids.discard(id(m))
                gone = m
            else:
                gone = None
        kept = [m for m in kept if id(m) in kept_ids]
    if said and kept and ("efen" in sentence or "irectorate" in sentence):
        # "The Civil Defense in Idlib said that its teams pulled out the bodies": a
        # body with a branch in each governorate speaks from its branch, not from
        # where the deed was
        kept = [
            m
            for m in kept
            if not (
                _SPEAKS.match(sentence, m.end)
                and _BRANCH_IN.search(sentence, max(0, m.start - 40), m.start)
            )
        ]
    if said and len(kept) > 1:
        # "Kurdish officials in Afrin said Turkish air strikes on the town of Jinderes
        # killed seven": where the speakers are, when the deed they tell of is told
        # at a place of its own
        kept = [
            m
            for m in kept
            if not (
                _SPEAKS.match(sentence, m.end)
                and _SPEAKERS_IN.search(sentence, max(0, m.start - 40), m.start)
                and any(o.start > m.end for o in kept)
            )
        ]
    return kept


#: Where a side's base lies, told to say where the place beside it is: "took over
#: Sheikh Fares, a district adjacent to their base in Sheikh Maqsoud".
_BESIDE_BASE = gated(
    r"\b(?:adjacent\s+to|next\s+to|bordering|neighbou?ring|close\s+to|near)\s+"
    r"(?:their|its|his|the\s+group['’]s)\s+(?:[\w-]+\s+)?(?:base|stronghold|enclave|"
    r"bastion|heartland|headquarters)\s+(?:in|at|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_BASE_WORDS = gate_words(
    ("base ", "stronghold", "enclave", "bastion", "heartland", "headquarters")
)
#: Where a blast was heard all over: "explosions were heard across the capital" (not
#: where it struck).
_HEARD_ACROSS = gated(
    r"\b(?:heard|felt)\s+(?:\w+\s+){0,2}?(?:across|throughout|all\s+over|around)\s+"
    r"(?:the\s+|much\s+of\s+(?:the\s+)?)?$",
    re.I,
)


_IDENTIFIED_AS = gated(
    r"\b(?:identified|identify|identifying)\s+(?:\w+\s+){0,2}?as\s+$", re.I
)


_AIRFIELD_OF = gated(
    r"\b(?:military\s+)?(airport|air\s?base|airbase|airfield)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:city\s+of\s+)?$",
    re.I,
)


def _airfield_of(sentence: str, m: Mention, has_key: Callable[[str], bool]) -> Mention:
    """ "the military airport of Deir al-Zour", "the military airbase in Hama": the
    airfield, when the gazetteer knows it by "Deir al-Zour airport" (not "an airbase
    in Homs province": which, it does not say)."""
    before = _AIRFIELD_OF.search(sentence, max(0, m.start - 40), m.start)
    if before is None or m.qualifier in ("province", "countryside"):
        return m
    for kind in (before.group(1), "airport", "air base"):
        name = f"{m.name} {kind.lower()}"
        if has_key(name):
            return _replace(m, name=name, phrase=sentence[before.start() : m.end])
    return m


def _shifted(m: Mention, offset: int) -> Mention:
    """The mention with its span moved by ``offset`` (cheaper than dataclasses.replace)."""
    return Mention(
        m.name,
        m.start + offset,
        m.end + offset,
        m.phrase,
        m.qualifier,
        m.relation,
        m.direction,
        m.distance_km,
        m.context_for,
        m.also_for,
    )


def parse_place_query(query: str) -> tuple[Mention, list[str]]:
    """Parse a ``geo resolve`` query: "Sakhour, Aleppo", "5 km southeast of Dabiq".

    Returns
    -------
    (Mention, list of str)
        The mention of the main name, and the context names after the first comma.

    Examples
    --------
    >>> m, ctx = parse_place_query("Sakhour, Aleppo")
    >>> m.name, ctx
    ('Sakhour', ['Aleppo'])
    >>> m, _ = parse_place_query("5 km southeast of Dabiq")
    >>> m.name, m.relation, m.direction, m.distance_km
    ('Dabiq', 'offset', 'SE', 5.0)
    """
    head, *rest = [p.strip() for p in query.split(",")]
    context = [p for p in rest if p]
    core = head
    after = re.search(
        r"\s+(provinces?|governorate|countryside|suburbs|city|district)$", core, re.I
    )
    if after:
        core = core[: after.start()]
    lead = re.match(
        rf"^\s*(?:the\s+)?(?:(\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|"
        rf"miles?)\s*(?:\([^)]*\)\s*)?(?:{_DIR})\s+of|(?:{_DIR})\s+of|near|"
        rf"within\s+\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles?)\s*"
        rf"(?:\([^)]*\)\s*)?of|"
        rf"outside|close to|outskirts of|{_DIR}|central|rural|countryside of|"
        rf"provinces? of|governorate of|city of|suburbs of)\s+(?:the\s+)?)",
        core,
        re.I,
    )
    name = core[lead.end() :] if lead else core
    name = re.sub(r"^the\s+", "", name, flags=re.I).strip() or core.strip()
    start = query.find(name)
    mention = _qualify(query, start, start + len(name), name)
    return mention, context
