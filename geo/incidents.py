"""Assemble incidents from resolved sentence cues, and hold them in a GeoDataFrame.

Rules, in order (each incident keeps the ones that fired in ``date_rule``/``geo_rule``):

1. A sentence makes incidents when it says something violent happened (or gives a
   toll) at a place, and is not hedged (threatened, denied, negated, future).
2. Places that only situate another ("Hass in Idlib Province") are context, not
   incidents. With a precise place in the sentence, governorate-level places and the
   city that contains it are context too, unless the sentence pairs them with tolls
   ("67 were in Aleppo Province and 44 in Idlib Province").
3. A governorate-level place makes an incident only with a toll (a provincial
   tally, ``geo_precision`` 3), or when it alone tells where a strike of a given day
   by a named actor fell ("Israeli jets struck positions in the Quneitra
   countryside on Saturday"). "a village in Idlib Province" is refined by a place of
   that governorate named in the next sentences of the section.
4. A sentence with a toll or a date but no place ("He was hit by a sniper's bullet on
   Saturday") completes the nearest incident of its section that lacks it; a toll with
   no such incident starts one at the last place its section named. National tallies
   ("across Syria", "the LCC documented") are not scattered onto places.
5. Dates: the sentence's own phrase, else the last one of its section (carried), else
   the publication date (``date_precision`` "unknown").
6. One incident once: incidents of an article at the same place merge when their dates
   agree or one of them only carried or defaulted its date; quotes are kept.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import gc
import hashlib
import logging
import multiprocessing as mp
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from geo.dates import DatePhrase, find_dates
from geo.extraction import (
    ACLED_EVENT_TYPES,
    AIR_FORCES,
    SPOKEN_BEFORE,
    SentenceCues,
    actor_of,
    date_field,
    date_heading,
    dated_title,
    event_type_of,
    extract_cues,
    opens_with_day,
    sets_the_time,
    side_of,
    without_noun_uses,
)
from geo.gazetteer import Gazetteer
from geo.geocoding import (
    Context,
    Resolution,
    abroad_as_told,
    abroad_in,
    at_point_told,
    distance_km,
    points_told,
    resolve_mention,
    resolve_query,
    resolve_sentences,
    theatre_context,
    told_off_a_place,
)
from geo.names import name_key
from geo.patterns import any_in, gate_words, gated
from geo.schema import INCIDENT_COLUMNS, INT_COLUMNS, WGS84, Article, Mention
from geo.tolls import Count, find_counts, find_groups, parse_number, part_before

logger = logging.getLogger(__name__)

if TYPE_CHECKING:  # imported when a frame is built: workers never need them
    import geopandas as gpd

__all__ = [
    "EXTRA_COLUMNS",
    "Draft",
    "build_incidents",
    "extract_incidents",
    "to_geodataframe",
]

_VAGUE_PLACE = gated(
    r"\b(a|an|one)\s+(?:(?:rebel|opposition|government|regime)-(?:held|controlled)\s+)?"
    r"(village|town|city|area|neighbou?rhood|district|camp)\s+(in|of|near)\s+"
    r"(the\s+)?"
    # "a town in Syria's rebel-held Idlib province", "a village in northwestern
    # Syria's Idlib province"
    r"(?:(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+)?Syria['’]s\s+)?"
    r"(?:(?:rebel|opposition|government|regime|insurgent|jihadist|militant)-"
    r"(?:held|controlled|run)\s+)?$",
    re.I,
)
#: A quarter of a city told before it is named: "a rebel-held district of".
_VAGUE_QUARTER = gated(
    r"\b(?:a|an|one)\s+(?:(?:rebel|opposition|government|regime)-(?:held|controlled)"
    r"\s+)?(?:neighbou?rhood|district|quarter)\s+(?:in|of)\s+(?:the\s+)?$",
    re.I,
)


@dataclass(slots=True)
class Draft:
    """An incident being assembled (mutable until it becomes a record)."""

    article: Article
    cue: SentenceCues
    place: Resolution
    place_text: str
    killed: int | None = None
    killed_low: int | None = None
    killed_high: int | None = None
    injured: int | None = None
    missing: int | None = None
    toll_text: str = ""
    date: dt.date | None = None
    date_precision: str = "unknown"
    date_text: str = ""
    date_rule: str = "publication date (no date in the text)"
    explicit_date: bool = False
    carried: DatePhrase | None = None  # the phrase of an earlier sentence it took
    quotes: list[str] = field(default_factory=list)
    event_type: str | None = None
    actor: str | None = None
    target: str | None = None
    start: int = 0
    end: int = 0


def _new_draft(
    article: Article, cue: SentenceCues, place: Resolution, text: str
) -> Draft:
    """A draft incident from one sentence, at ``place`` (written ``text``)."""
    return Draft(
        article=article,
        cue=cue,
        place=place,
        place_text=text,
        quotes=[cue.sentence.text],
        event_type=cue.event_type,
        actor=cue.actor,
        target=cue.target,
        start=cue.sentence.start,
        end=cue.sentence.end,
    )


def _placeless_draft(
    article: Article, cue: SentenceCues, carried: DatePhrase | None
) -> Draft:
    """An incident the text tells at no place it names, with its day and toll."""
    nowhere = Resolution(query="", reason="the text names no place")
    draft = _new_draft(article, cue, nowhere, "")
    _set_date(draft, cue, carried, article.published)
    _set_toll(draft, cue.counts)
    return draft


#: A day told from the day told before: "A day earlier", "the following day".
_DAY_SHIFT = gated(
    r"\b(?P<n>a|one|two|three|four|five|six|[1-6])\s+(?P<unit>days?|weeks?)\s+"
    r"(earlier|before|later)\b"
    # ("The following morning, another airstrike hit a school": the next day too)
    r"|\bthe\s+(?:day\s+(before)|(previous)\s+(?:day|morning|evening|afternoon|night)|"
    r"(next)\s+(?:day|morning|evening|afternoon)|"
    r"(following)\s+(?:day|morning|evening|afternoon|night))\b",
    re.I,
)


def _day_shift(text: str, d: DatePhrase) -> tuple[re.Match[str], int] | None:
    """The phrase of a sentence that tells a day from day ``d`` ("a day earlier",
    "the following morning", "a week before") and the days it moves (negative:
    back), if any."""
    if d.precision != "day" or not _shift_told(text):
        return None
    shift = _DAY_SHIFT.search(text)
    if shift is None:
        return None
    if (
        text[d.start : d.end] == d.text
        and 0 <= shift.start() - d.end <= 3
        and text[d.end : shift.start()].strip() == ","
    ):
        # "a boy who died on Sunday, the day before the convoy arrived": the day
        # told again, not a day from it
        return None
    word = next(g for g in shift.groups()[2:] if g).lower()
    parsed = parse_number(shift.group("n")) if shift.group("n") else None
    days = parsed[0] if parsed else 1  # "a day", "the day before"
    if (shift.group("unit") or "").startswith("week"):
        days *= 7  # "A week earlier, an air strike on a market"
    return shift, days if word in ("later", "next", "following") else -days


def _shift_told(text: str) -> bool:
    """Whether a sentence may tell a day from the day told before (cheap, before
    :data:`_DAY_SHIFT`)."""
    return (
        "day" in text
        or "week" in text
        or "morning" in text
        or "evening" in text
        or "night" in text
    )


_RIGHT_AFTER = gated(r"\s*,?\s*(?:(?:in|on|during)\s+)?")
#: The rest of a list of places, then a day: ", Haydariya and Sheikh Khodr districts on".
_LIST_TO_THE_DAY = gated(
    r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:(?:al|el)[-‑])?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:al|el)[-‑])?[A-Z][\w'’-]*){0,3})*"
    r"\s+(?:(?:districts?|neighbou?rhoods?|villages?|towns?|areas?)\s+)?(?:on|in)\s+"
)
_AFTER_EVENT = gated(
    r"\s(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|"
    r"air ?strike|bombing|raid|explosion|blast|shelling|ambush)\b"
    # "agreed to a deal on December 13 after pro-regime forces seized al-Sukkari on
    # December 12": the seizure told with its own day
    r"|\s(?:after|once)\s+(?:[\w-]+\s+){1,3}?(?:had\s+)?(?:seized|captured|took|"
    r"stormed|overran|entered|retook|recaptured)\b",
    re.I,
)
#: What a deed answered, told before a date: "in response to a barrage of four
#: rockets fired at the Golan Heights on (Tuesday evening)".
_ANSWERED_BEFORE = gated(
    r"\b(?:in\s+response\s+to|in\s+retaliation\s+for|responding\s+to|"
    r"retaliating\s+for)\b[^.;]{0,100}$",
    re.I,
)
#: Another deed told in a clause of its own: ", after surrounding it".
_OTHER_DEED = gated(r",\s+(?:after|following|before)\s+(?:[\w-]+\s+)?\w+ing\b", re.I)
_CLAUSE_BREAK = gated(
    r";|,\s+(?:and|but|while|whereas|despite|although|though)\s|\s(?:while|whereas|but)\s"
)


#: A speaker's second deed: "..., the Observatory said, adding that rebels had
#: shelled Fuaa".
_ADDING = gated(r",\s+adding\s+(?:that\s+)?")
#: A deed told first in a clause of its own, to its comma: "After air strikes killed
#: 12 people in Saraqib on Tuesday,".
_LEADING_CLAUSE = gated(
    r"^\W*(?:After|While|Following|Hours\s+after|Shortly\s+after|A\s+day\s+after)\s"
    r"[^,;]{10,160},"
)
#: Where a sentence turns to other means: "..., while warplanes carried out 3
#: airstrikes on Khan Sheikhoun", "shelled Kafr Zeita as warplanes struck Latamna".
_MEANS_BREAK = gated(
    _CLAUSE_BREAK.pattern
    + r"|,?\sas\s+(?=(?:the\s+)?(?:regime|Russian|Syrian|government|"
    r"coalition|Turkish|Israeli|(?:war)?planes|jets|helicopters|rebels?|IS|Islamic "
    r"State|artillery|warplanes)\b)"
    # "are fighting for Sheikh Saeed, after seizing the Sakhour district": what was
    # done before, a clause of its own
    r"|,\s+after\s+(?=[a-z]+ing\b)"
    # "..., the Observatory said, adding that rebels had shelled the nearby town of
    # Fuaa": a speaker's second deed
    + "|"
    + _ADDING.pattern
    # "After air strikes killed 12 people in Saraqib on Tuesday, rebels shelled Fuaa":
    # a deed told first in a clause of its own
    + "|"
    + _LEADING_CLAUSE.pattern
)


#: Words of ground taken, in a clause.
_TAKING = gated(
    r"\b(?:control|captur\w*|seiz\w*|took|taken|overr[au]n\w*|liberat\w*|retook|"
    r"retak\w*|recaptur\w*)",
    re.I,
)


#: Words of a deed whose means they do not tell: "a strike on a market".
_STRIKE_NOUNS = frozenset(
    {"strike", "strikes", "attack", "attacks", "raid", "raids", "bombing", "bombings"}
)


def _clause_at(cue: SentenceCues, at: int) -> tuple[int, int] | None:
    """The bounds of the clause of a sentence holding offset ``at``, between the
    breaks where it turns to other means (:data:`_MEANS_BREAK`); None when it has
    none."""
    text = cue.sentence.text
    breaks = cast("list[int] | None", cue.extra.get("means breaks"))
    if breaks is None:  # found once for all the places of a sentence
        breaks = [m.end() for m in _MEANS_BREAK.finditer(text)]
        cue.extra["means breaks"] = breaks
    if not breaks:
        return None
    start, end = 0, len(text)
    for b in breaks:
        if b <= at:
            start = b
        else:
            end = b
            break
    return start, end


def _target_of_clause(cue: SentenceCues, at: int) -> str | None:
    """The sentence's target, when the clause that tells the place at offset ``at``
    names it or no clause break parts them."""
    target = cue.target
    if target is None:
        return None
    clause = _clause_at(cue, at)
    if clause is None:
        return target
    low = cue.sentence.text.lower()
    if target in low[clause[0] : clause[1]] or target not in low:
        return target
    return None


#: A deed that downs an aircraft, and the aircraft it may down.
_DOWNED = frozenset({"shot down", "downed", "shoot down", "shooting down"})
_AIRCRAFT_NOUNS = frozenset(
    "helicopter helicopters jet jets warplane warplanes plane planes aircraft drone "
    "drones mig-21 mig-23 su-22 su-24 l-39".split()
)


#: The event type and the actor of a clause, asked again for each place a sentence
#: names (the same clause for all those of a long sentence: asked once each).
_type_of_clause = lru_cache(maxsize=256)(event_type_of)
_actor_of_clause = lru_cache(maxsize=256)(actor_of)
#: Means of those who fight on the ground.
_ON_THE_GROUND = frozenset({"shelling", "sniper", "IED"})


def _means_of_clause(cue: SentenceCues, at: int) -> tuple[str | None, str | None]:
    """The event type and actor of the clause that tells the place at offset ``at``,
    when it has means (and an actor) of its own; else the sentence's."""
    text = cue.sentence.text
    clause = _clause_at(cue, at)
    if clause is None:
        return cue.event_type, cue.actor
    start, end = clause
    own, word = _type_of_clause(text[start:end])
    if (
        own == "attack"
        and (word or "").lower() in _STRIKE_NOUNS
        and cue.event_type in _MEANS
        and _type_of_clause(text[:start] + text[end:])[0] == cue.event_type
    ):
        # "a strike on a market in Saraqeb killed five people, and two people died
        # in shelling of Khan Shaykhun": the shelling is the other clause's
        # (and so is its doer, named after: "..., while rebel shelling of the
        # government-held Hamdaniyeh district killed four")
        own_actor = _actor_of_clause(text[start:end])
        if own_actor is None and _actor_of_clause(text[:end]) is None:
            return own, None
        return own, own_actor or cue.actor
    if (
        own in _MEANS
        and cue.event_type == "attack"
        and (cue.trigger or "").lower() in _DOWNED
        and (word or "").lower() in _AIRCRAFT_NOUNS
    ):
        # "Rebels have shot down several regime aircraft, including ... a helicopter
        # near Saraqeb that killed five Russians on board": the aircraft was downed
        return cue.event_type, cue.actor
    if own in _MEANS:
        actor = _actor_of_clause(text[start:end])
        if actor is None and _actor_of_clause(text[:end]) is None and end < len(text):
            # "Airstrikes killed 17 in eastern Aleppo, while rebel shelling of the
            # west killed 8": the rebels are the next clause's, with means of its own
            # (or ground taken: "8 were killed in the air strikes on Jindires, and
            # Turkish-backed rebels had captured two villages")
            later = text[end:]
            if (
                (then := _type_of_clause(later)[0]) in _MEANS
                or then == "territory change"
            ) and _actor_of_clause(later) == cue.actor:
                return own, None
        if actor is None and own in _ON_THE_GROUND and cue.actor in AIR_FORCES:
            # "9 civilians were killed in Russian airstrikes on Kafr Nubl, and 2
            # others died of wounds sustained in earlier shelling on Ma'arat
            # al-Nu'man": who fights only from the air did not shell
            return own, None
        return own, actor or cue.actor
    if own == "territory change" and cue.event_type in _MEANS:
        # "took control of Basima, while helicopters dropped barrel bombs on Ain
        # al-Fijeh": the capture is not the bombing
        return own, cue.actor
    if (
        own == "armed clash"
        and cue.event_type in _MEANS
        and not _named_outside(cue, at, start, end)
    ):
        # "Turkish jets had struck Jindires, and its fighters had repelled a Turkish
        # attack on the village of Qastal Jindo": a fight on the ground, no strike
        # (but "clashed in Arbin as warplanes carried out raids on Arbin": one
        # battle, fought both ways)
        return own, _actor_of_clause(text[start:end]) or cue.actor
    if (
        own == "armed clash"
        and cue.event_type == "territory change"
        and _TAKING.search(text, start, end) is None
        # (the taking told after the clause, not before it as in a list going on)
        and cue.trigger is not None
        and text.find(cue.trigger) >= end
    ):
        # "Pro-Assad forces are fighting for Sheikh Saeed, after seizing the Sakhour
        # district": a fight for the one, the other taken (not "managed to control
        # Ein Laruz after clashes with HTS")
        return own, _actor_of_clause(text[start:end]) or cue.actor
    if (
        own is not None
        and start > 0
        # a clause of its own ("and" may join the two sides of a fight: "between
        # regime forces ..., and Jaysh al-Islam fighters")
        and text[:start].rstrip().endswith(("while", "whereas", ";", "but"))
        and (who := _actor_of_clause(text[start:end])) is not None
        and who != cue.actor
    ):
        # "the Islamic State executed a man in al-Mayadin, while two IS members were
        # killed in a US-led coalition strike on al-Bukamal": the clause's own deed,
        # by its own hand
        return own, who
    if own is None and start > 0:
        # "Regime forces shelled Kafr Zeita ..., and areas in the villages of
        # al-Tamanah ..., while warplanes raided Jisr al-Shughour": a clause without a
        # verb of its own goes on with the one before it
        breaks = cast("list[int]", cue.extra["means breaks"])  # (_clause_at's)
        before = [b for b in breaks if b < start]
        back, _ = _type_of_clause(text[before[-1] if before else 0 : start])
        if back in _MEANS:
            told = text[before[-1] if before else 0 : start]
            return back, _actor_of_clause(told) or cue.actor
    if (
        own in (None, "attack")
        and cue.event_type in _MEANS
        and cue.trigger is not None
        and text.find(cue.trigger) >= end
        and text[start:end]
        .rstrip()
        .endswith((", and", "; and", ", while", ", whereas", ";"))
    ):
        # "Three more people died in Inkhil, and a woman was killed by a sniper in
        # Daraa al-Balad": the sniper is the later clause's; the dead of the first
        # are of no means told there (the strike told before may give them one)
        return own, _actor_of_clause(text[start:end])
    return cue.event_type, cue.actor


def _named_outside(cue: SentenceCues, at: int, start: int, end: int) -> bool:
    """Whether the place named at offset ``at`` is named again outside the clause
    ``start:end`` of its sentence."""
    here = next((m for m in cue.mentions if m.start - cue.sentence.start == at), None)
    if here is None:
        return False
    key = name_key(here.name)
    return any(
        name_key(m.name) == key and not start <= m.start - cue.sentence.start < end
        for m in cue.mentions
    )


#: What follows a day that dates an event outright: "Wednesday's attack".
_EVENT_OF_DAY = gated(
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|bombings?|raids?|"
    r"assault|massacre|shelling|blast|explosion))",
    re.I,
)
#: What a day of telling is followed by when the deed was done before it: "said on
#: Friday they had foiled", "announced on Monday that it had captured".
#: Said of a date that is when a deed was told, done before it.
TOLD_ON = "(the day it was told, of what had happened)"
_TOLD_THEN_DONE = gated(
    r"(?:\s+(?:that|it|they|he|she|its|their)\b)?(?:\s+[\w'’-]+){0,4}?\s+had\s+"
    r"(?:been\s+)?(?:only\s+|already\s+|also\s+|just\s+)?(?:\w+(?:ed|en|ht|ck|un|ew|ok)|"
    r"gone|done)\b",
    re.I,
)


def _day_of_telling(text: str, d: DatePhrase) -> bool:
    """Whether a day a sentence names is the day a deed done before it was told: "said
    on Friday they had foiled an attack"."""
    return _TOLD_THEN_DONE.match(text, d.end) is not None and (
        SPOKEN_BEFORE.search(text, max(0, d.start - 30), d.start) is not None
    )


#: What a time to come is told after: "starting at sundown on", "to take effect on".
_TO_COME_BEFORE = gated(
    r"\b(?:starting|beginning|begins|starts|effective|due|scheduled|set|expires?|"
    r"expiring|take\s+effect|takes\s+effect|until|till)\s+(?:for\s+)?(?:at\s+"
    r"(?:sundown|sunset|dawn|noon|midnight|\d{1,2}(?:[.:]\d\d)?\s*(?:a\.?m\.?|"
    r"p\.?m\.?)?)\s+)?(?:on\s+)?$",
    re.I,
)
_PLUPERFECT_BEFORE = gated(
    r"\b(?:which|that|who)\s+had\b[^,;]*$"
    # "It had already been damaged in attacks on February 3 and February 9"
    r"|\bhad\s+(?:already|previously|earlier)\s+been\b[^,;]*$",
    re.I,
)
#: Wounds of an earlier day: "a woman died of wounds she sustained in shelling on Jisr
#: al-Shughur last week" (the day of the wounding, not of what the story tells next).
_WOUNDED_BEFORE = gated(
    r"\b(?:wounds|injuries)\s+(?:(?:he|she|they|which|that)\s+)?(?:had\s+)?"
    r"(?:sustained|suffered|received)\b[^,;]*$",
    re.I,
)
#: What follows a day that dates a statement, not an event: "on Thursday denied",
#: or a wire's dateline ("BEIRUT, Oct 13 (Reuters) -").
_SPOKEN_AFTER = gated(
    r"\s+(?:denied|said|says|announced|reported|claimed|told|confirmed|accused)\b"
    r"|\s*\([A-Z][\w ]{1,30}\)\s*[-–—]",
    re.I,
)


_THAT_AFTER = gated(r"\s+that\b")


def _date_for(cue: SentenceCues, at: int | None) -> DatePhrase | None:
    """The date phrase of a sentence that dates the place told at offset ``at``
    (sentence-relative): one told right after it ("in Talmenes in 2014 and Sarmin in
    2015"), else the nearest before it in its clause ("attacks in 2014 and 2015, in
    Talmenes", not "concluded in August"), else the nearest after it in its clause
    ("30 in Idlib on Monday"), else the sentence's first, unless all its dates lie in
    other clauses ("X was hit, while the toll of those killed yesterday in Y rose":
    None, and X takes the date told before)."""
    if at is None:
        return _first_date(cue.dates)
    text = cue.sentence.text
    if len(cue.dates) > 1 and ("’s" in text or "'s" in text):
        owned = [d for d in cue.dates if _EVENT_OF_DAY.match(text, d.end)]
        if owned and all(
            d in owned or _SPOKEN_AFTER.match(text, d.end) for d in cue.dates
        ):
            # "the ministry on Thursday denied that its jets had struck the market,
            # where the toll from Wednesday's attack rose": the attack's day, not
            # the day it was spoken of
            return owned[0]
    before = [d for d in cue.dates if d.end <= at]
    after = [d for d in cue.dates if d.start >= at]
    end = next(
        (
            m.end - cue.sentence.start
            for m in cue.mentions
            if m.start - cue.sentence.start == at
        ),
        None,
    )
    if after and end is not None and _RIGHT_AFTER.fullmatch(text, end, after[0].start):
        return after[0]
    if (
        after
        and end is not None
        and before
        and _LIST_TO_THE_DAY.fullmatch(text, end, after[0].start)
    ):
        # "seized Masaken Hanano on November 26 and the Sakhour, Haydariya and Sheikh
        # Khodr districts on November 27": a list told with the day after its last
        return after[0]
    in_clause = bool(after) and not _CLAUSE_BREAK.search(text, at, after[0].start)
    if (
        before
        and ("after " in text or "following " in text)
        and _AFTER_EVENT.search(text, before[-1].end, at)
    ):
        # "suspended all aid convoys on Tuesday after an attack on a convoy near
        # Aleppo": Tuesday is the suspension's; the attack's day is told elsewhere
        if in_clause:
            return after[0]
        # "closed the crossing in June after a suicide bombing": a month or a year
        # holds the event that led to what was done in it, as a day may not
        return before[-1] if before[-1].precision in ("month", "year") else None
    if before and not any(
        # "into Jabal Badro, Ard al-Hamra, and Haydariya": the last of a list, not a
        # clause of its own
        m.end() != at
        for m in _CLAUSE_BREAK.finditer(text, before[-1].end, at)
    ):
        if in_clause:
            if (
                " that " in text
                and SPOKEN_BEFORE.search(
                    text, max(0, before[-1].start - 30), before[-1].start
                )
                and _THAT_AFTER.match(text, before[-1].end)
            ):
                # "MSF said on Tuesday that a hospital in Maarat al-Numan was struck
                # on Monday morning": the deed's day, not the day it was told
                return after[0]
            # "Earlier this month, the army captured the town on Jan. 9": the day
            return _first_date([before[-1], after[0]])
        return before[-1]
    if (
        after
        and after[0].precision in ("week", "month", "year")
        and _OTHER_DEED.search(text, at, after[0].start)
    ):
        # "entered the city of Tabqa, after surrounding it last week, a spokesman said
        # on Monday": last week is the surrounding's; the entry is told by Monday (a
        # day told so, "after capturing Basima on Saturday", may well be the event's)
        return after[1] if len(after) > 1 else None
    if in_clause:
        return after[0]
    if len(cue.dates) == 1 and not before and _CLAUSE_BREAK.search(text, at):
        return None  # the one date is told of another clause, after this place
    return _first_date(cue.dates)


def _first_date(dates: list[DatePhrase]) -> DatePhrase:
    """A sentence's first date, or the day told after it within it: "Earlier this
    month, the army ... captured Abu al-Duhur on Jan. 9" (the day of the month told)."""
    first = dates[0]
    if first.precision not in ("week", "month", "year"):
        return first
    for d in dates[1:]:
        if d.precision == "day" and (
            (first.precision == "year" and d.date.year == first.date.year)
            or (
                first.precision == "month"
                and (d.date.year, d.date.month) == (first.date.year, first.date.month)
            )
            or (first.precision == "week" and 0 <= (d.date - first.date).days < 7)
        ):
            return d
    return first


def _set_date(
    draft: Draft,
    cue: SentenceCues,
    carried: DatePhrase | None,
    published: dt.date | None,
    at: int | None = None,
) -> None:
    own = _date_for(cue, at) if cue.dates else None
    if (
        own is not None
        and own is not cue.dates[-1]
        and _day_of_telling(cue.sentence.text, own)
    ):
        # "the ministry said on Monday that Russian jets had struck targets in Hama
        # over the weekend": the day told of the deed, not of the telling
        own = next(x for x in cue.dates if x.start >= own.end)
    if own is not None:
        d = own
        draft.date, draft.date_precision, draft.date_text = d.date, d.precision, d.text
        draft.date_rule = f"{d.rule}: {d.text!r}"
        # "Kurdish-led forces said on Friday they had foiled an attack": the day it
        # was told, by when it happened; a day told of the event itself ("late on
        # Thursday") is its day
        told = _day_of_telling(cue.sentence.text, d)
        draft.explicit_date = not told
        if told:
            draft.date_rule += f" {TOLD_ON}"
        if told or (
            d.precision == "day"
            and SPOKEN_BEFORE.search(cue.sentence.text, max(0, d.start - 30), d.start)
        ):
            # ("Warplanes struck a school in Hass a day earlier, Russia said on
            # Thursday": the day told after, of the telling)
            shifted = _day_shift(cue.sentence.text, d)
            if shifted is not None and (shifted[0].group(3) or "").lower() in (
                "earlier",
                "before",
            ):
                # "Russia denied on Thursday that its warplanes had struck a school
                # in Hass a day earlier": the day before the telling
                shift, days = shifted
                draft.date = d.date + dt.timedelta(days=days)
                draft.date_text = shift.group(0)
                draft.date_rule = f"{shift.group(0)!r}, from {d.text!r} (the telling)"
                draft.explicit_date = True
    elif carried is not None:
        d = carried
        draft.date, draft.date_precision, draft.date_text = d.date, d.precision, d.text
        draft.date_rule = f"carried from {d.text!r} earlier in the section"
        draft.carried = d
        if _shift_told(cue.sentence.text) and _THAT_DAY.search(cue.sentence.text):
            # "On that day, regime forces attacked Basima": the day told, told again
            draft.date_rule = f"'that day': {d.text!r} told before"
            draft.explicit_date = True
        shifted = _day_shift(cue.sentence.text, d)
        if shifted is not None:  # "A day earlier, warplanes struck Bidama"
            shift, days = shifted
            draft.date = d.date + dt.timedelta(days=days)
            draft.date_text = shift.group(0)
            draft.date_rule = f"{shift.group(0)!r}, from {d.text!r} told before"
            draft.explicit_date = True
    elif cue.section_time and published is not None:
        # "UPDATE 1430 GMT:" a live blog's update is posted on its publication day
        draft.date, draft.date_precision = published, "day"
        draft.date_text = cue.section_time
        draft.date_rule = f"live-blog update at {cue.section_time}: the publication day"
    else:
        draft.date = published
        draft.date_precision = "unknown"


#: The day told before, told again: "On that day", "the same day".
_THAT_DAY = gated(
    # ("That night, militiamen went house to house": the night of the day told)
    r"\b(?:that|the\s+same)\s+(?:day|night|evening|morning|afternoon)\b",
    re.I,
)
#: Where a sentence turns to other dead: "..., while two fighters were martyred".
_WHILE_BETWEEN = gated(r"[,;]\s+(?:while|whereas)\s+(?!\w+\s+of\s+them\b)")
#: A count told with its own verb of death ("two fighters were martyred").
_OWN_DEATH_VERB = gated(
    r"\b(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:killed|martyred|slain)\b"
    r"|\bdied\b"
)


#: The dead of the side telling: "3 of our fighters were martyred" (those of the side
#: it fights, as it calls them, are :data:`_ENEMY_DEAD`: "23 mercenaries were killed").
_OUR_DEAD = gated(
    r"\b(?:our|its)\s+(?:[\w-]+\s+)?(?:fighters|forces|comrades|men|"
    r"soldiers|members|heroes)\b",
    re.I,
)


def _side_told(text: str) -> str | None:
    """The side a count of dead is of: the belligerent it names; else the teller's own
    ("our fighters") or its enemy ("mercenaries"), told so."""
    side = side_of(text)
    if side is not None:
        return side
    if _OUR_DEAD.search(text):
        return "(the teller's)"
    if _ENEMY_DEAD.search(text):
        return "(the enemy's)"
    return None


def _apart_by_while(killed: list, *cues: SentenceCues | None) -> bool:
    """Whether two counts, of the sentence of one of ``cues``, stand in clauses
    joined by "while"."""
    for cue in cues:
        text = cue.sentence.text if cue is not None else ""
        if all(c.text in text for c in killed):
            return (
                _WHILE_BETWEEN.search(text, killed[0].end, killed[1].start) is not None
            )
    return False


#: The dead a deed made, told after it: "killing 7 mercenaries" (the first words
#: after the count).
_KILLING = gated(r"\s*(?:killing|killed)\s+\S+\s*$", re.I)


def _enemy_killed(count: Count, *cues: SentenceCues | None) -> bool:
    """Whether a count is of the enemy's dead a deed made: "killing 7 mercenaries"."""
    for cue in cues:
        text = cue.sentence.text if cue is not None else ""
        if count.text in text and _KILLING.match(count.text):
            return _ENEMY_DEAD.search(text[count.end : count.end + 16]) is not None
    return False


def _set_toll(
    draft: Draft,
    counts: list,
    *,
    killed_index: int | None = None,
    later: SentenceCues | None = None,
) -> None:
    killed = [c for c in counts if c.kind == "killed"]
    injured = [c for c in counts if c.kind == "injured"]
    if killed:
        index = killed_index if killed_index is not None else 0
        c = killed[index] if index < len(killed) else killed[0]
        draft.killed, draft.killed_low, draft.killed_high = c.value, c.low, c.high
        draft.toll_text = c.text
        if killed_index is None:
            # "killing 2 people ... barrel bombs killing 4 other civilians": 6; "nine
            # Islamic State fighters were killed ... and two Free Syrian Army fighters
            # died": 11, the dead of both sides
            both = False
            if len(killed) == 2 and not killed[1].more:
                sides = {_side_told(c.text) for c in killed}
                both = (None not in sides and len(sides) == 2) or (
                    # "Seven mercenaries were killed ..., while two fighters of
                    # Jaysh al-Thuwar were martyred": each clause its own dead
                    len(sides) == 2
                    and _apart_by_while(killed, draft.cue, later)
                    and _OWN_DEATH_VERB.search(killed[1].text) is not None
                    and (
                        _OWN_DEATH_VERB.search(killed[0].text) is not None
                        # "..., killing 7 mercenaries, while a fighter of Jaish
                        # al-Thuwar was martyred"
                        or _enemy_killed(killed[0], draft.cue, later)
                    )
                )
            for more in killed[1:]:
                if more.more or both:
                    _add_dead(draft, more)
    if injured and killed_index in (None, 0):
        draft.injured = injured[0].value
        draft.toll_text = "; ".join(t for t in (draft.toll_text, injured[0].text) if t)
    missing = [c for c in counts if c.kind == "missing"]
    if missing and killed_index in (None, 0):
        draft.missing = missing[0].value
        draft.toll_text = "; ".join(t for t in (draft.toll_text, missing[0].text) if t)


#: A clause that tells of a truce or talks beside the event: ", as a fragile truce
#: around Aleppo came under strain", ", as talks in Geneva resumed".
_TRUCE_ASIDE = gated(
    r",\s+(?:as|while|even as|just as|amid)\s+(?:[\w'’-]+\s+){0,6}?(?:truce|ceasefire|"
    r"cease-fire|cessation of hostilities|talks|negotiations|peace conference)\b"
    r"(?![^.;]*\b(?:killed|killing|struck|shelled|bombed|hit)\b)",
    re.I,
)


#: The ends of a supply line: "supply lines between Daraa and Quneitra".
_LINES_BETWEEN = gated(
    r"\b(?:supply\s+(?:lines?|routes?)|routes?|corridors?)\s+between\s+[^,.;]{1,80}?"
    r"\s+and\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)",
    re.I,
)
#: How near a force came to a place: "within 2 km of the Islamic State-held city of".
_WITHIN_REACH = gated(
    r"\bwithin\s+(?:about\s+|some\s+|less\s+than\s+)?[\d.]+\s*(?:km|kms|kilometres|"
    r"kilometers|miles|metres|meters|m)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?$"
    # "are now about 40 km from Albu Kamal": how far they still were
    r"|\b(?:are|is|were|was|now|still|stood|stand|stands)\s+(?:now\s+|still\s+)?"
    r"(?:about|some|around|roughly|nearly|almost|only|just|less\s+than|more\s+than)\s+"
    r"[\d.]+\s*(?:km|kms|kilometres|kilometers|miles)\s+(?:from|away\s+from|short\s+of)"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?$",
    re.I,
)
#: The far end of a road the event was on: "at a checkpoint on the road between
#: Azaz and the Bab al-Salameh border crossing" (up to the far end's name).
_ROAD_BETWEEN = gated(
    r"\b(?:road|highway|motorway)\s+between\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Za-z][\w'’-]*){0,3}?\s+and\s+(?:the\s+)?"
    # ("on the road between Manbij and the village of Arima")
    r"(?:(?:town|village|city)\s+of\s+)?$"
)


def _not_after(
    cue: SentenceCues,
    places: list[tuple[int, Resolution]],
    pattern: re.Pattern[str],
    reach: int,
) -> list[tuple[int, Resolution]]:
    """The places whose mention ``pattern`` does not end just before (within
    ``reach`` characters)."""
    text, offset = cue.sentence.text, cue.sentence.start
    return [
        (i, r)
        for i, r in places
        if not pattern.search(
            text,
            max(0, cue.mentions[i].start - offset - reach),
            cue.mentions[i].start - offset,
        )
    ]


def _places_of(
    cue: SentenceCues, resolved: list[Resolution]
) -> list[tuple[int, Resolution]]:
    """The places a sentence makes incidents at (rule 2)."""
    places = [
        (i, r)
        for i, r in enumerate(resolved)
        if r.place_id is not None and cue.mentions[i].context_for is None
    ]
    aside = _TRUCE_ASIDE.search(cue.sentence.text) if len(places) > 1 else None
    if aside is not None:
        # "Air strikes killed 18 in Maarat al-Numan, as a fragile truce around Aleppo
        # came under strain": the truce's place is no place of the strikes
        at = cue.sentence.start + aside.start()
        before = [(i, r) for i, r in places if cue.mentions[i].start < at]
        if before:
            places = before
    text = cue.sentence.text
    if (
        len(places) > 1
        and ", which " in text
        and cue.trigger is not None
        and text.find(cue.trigger) > (which := text.find(", which "))
        and event_type_of(text[:which])[0] is None
    ):
        # "Islamic State still holds Raqqa, most of Deir ez-Zor province and the
        # desert around Palmyra, which it recaptured in December": the deed is told
        # of the place just before "which"; the others are only held
        before = [
            (i, r)
            for i, r in places
            if cue.mentions[i].start - cue.sentence.start < which
        ]
        if before:
            places = before[-1:]
    if len(places) > 1 and ("within " in text or " km " in text or " miles " in text):
        # "rebels are within 2 km of al-Bab after taking the villages of Qabasin and
        # Kaljibrin": how near they came, not where anything happened
        places = _not_after(cue, places, _WITHIN_REACH, 60) or places
    if (
        len(places) > 1
        and "between " in text
        and (lines := _LINES_BETWEEN.search(text))
    ):
        # "an offensive to cut rebel supply lines between Daraa and Quneitra": the
        # ends of what was cut, not where anything happened
        at, end = cue.sentence.start + lines.start(), cue.sentence.start + lines.end()
        inside = [(i, r) for i, r in places if not at <= cue.mentions[i].start < end]
        if inside:
            places = inside
    if len(places) > 1 and "between " in text and ("road" in text or "highway" in text):
        # "on the road between Azaz and the Bab al-Salameh border crossing": told at
        # the first end, once; the other only helps to find it
        nearer = _not_after(cue, places, _ROAD_BETWEEN, 70)
        if any(r.geo_precision == 1 for _, r in nearer):
            places = nearer
    precise = [r for _, r in places if r.geo_precision in (1, 2) and r.kind != "city"]
    tallies = [r for _, r in places if r.geo_precision == 3]
    killed = [c for c in cue.counts if c.kind == "killed"]
    pairing = len(tallies) >= 2 and (len(killed) >= 2 or any(c.each for c in killed))
    keep = []
    for i, r in places:
        if r.geo_precision == 3 and precise and not pairing:
            continue
        if (
            r.kind == "city"
            # (not "12 people in Idlib city and eight in Saraqeb, ... three in Jisr
            # al-Shughur": a toll told at each place)
            and not (
                len(places) > 2
                and len(killed) == len(places)
                and _interleaved(cue, [j for j, _ in places], killed)
            )
            # (nor "2 civilians were killed and 5 wounded in Idlib city; another 3
            # were wounded in Binnish": the city told as such, in a clause of its own)
            and not (";" in text and cue.mentions[i].qualifier == "city")
            and any(
                # "left Daraya, the town southwest of Damascus": the countryside of a
                # city is its Rural governorate
                p.admin1 in (r.admin1, f"Rural {r.admin1}")
                for p in precise
            )
        ):
            continue
        if r.kind == "region" and any(
            # "retaken Kinsabba, the last significant town held by rebels in the
            # Jabal al-Akrad area": the region only says where the town is
            p.geo_precision == 1 and _km(p, r) <= _INSIDE_KM["region"]
            for p in precise
        ):
            continue
        if r.kind == "region" and any(
            # "an assault on the Marj area of the Eastern Ghouta": the larger region
            # only says where the smaller one is
            q.kind == "region"
            and q.place_id != r.place_id
            and _OF_THE_REGION.fullmatch(
                text[
                    cue.mentions[j].end - cue.sentence.start : cue.mentions[i].start
                    - cue.sentence.start
                ]
            )
            is not None
            and _km(q, r) <= _INSIDE_KM["region"]
            for j, q in places
        ):
            continue
        keep.append((i, r))
    return keep


#: What joins a region to the larger one it lies in: "(the Marj area) of the (Eastern
#: Ghouta)".
_OF_THE_REGION = gated(r"\s+(?:area\s+|region\s+)?(?:of|in)\s+(?:the\s+)?", re.I)


def _refine(
    cues: list[SentenceCues],
    resolutions: list[list[Resolution]],
    k: int,
    r: Resolution,
    mention_start: int,
) -> tuple[Resolution, str] | None:
    """'a village in Idlib Province' -> the village of that governorate named next."""
    cue = cues[k]
    before = cue.sentence.text[: mention_start - cue.sentence.start]
    city = r.kind == "city"
    # "a rebel-held district of Aleppo" -> the quarter of the city named next
    vague = _VAGUE_QUARTER if city else _VAGUE_PLACE
    if not vague.search(re.sub(r"\s*$", " ", before[-60:])):
        return None
    for j in range(k + 1, min(k + 4, len(cues))):
        if cues[j].section != cue.section:
            break
        for m, other in zip(cues[j].mentions, resolutions[j], strict=True):
            if (
                other.admin1 == r.admin1
                and other.geo_precision in (1, 2)
                and other.kind not in ("city", "governorate", "district")
                and (
                    not city
                    or (other.kind == "neighbourhood" and _km(r, other) <= _CITY_KM)
                )
            ):
                return other, cues[j].sentence.text[
                    m.start - cues[j].sentence.start : m.end - cues[j].sentence.start
                ]
    return None


_LOCATIVE_BEFORE = gated(
    r"\b(?:in|at|on|near|into|around|outside|inside)\s+(?:the\s+)?$", re.I
)


def _governorate_head(
    article: Article,
    cue: SentenceCues,
    resolved: list[Resolution],
    carried: DatePhrase | None,
) -> Draft | None:
    """ "24 people were killed in Idlib province over the two days: 10 in Saraqeb and
    Binnish and 14 in other towns": the toll told of a governorate before a colon is
    the governorate's; what the colon lists after it, with no toll of its own for a
    place, only breaks it down (and the towns' dead were told before)."""
    colon = cue.sentence.text.find(": ")  # the caller found one
    offset = cue.sentence.start
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    before = [
        (m, r)
        for m, r in zip(cue.mentions, resolved, strict=True)
        if m.start - offset < colon and r.place_id is not None
    ]
    after = [
        (m, r)
        for m, r in zip(cue.mentions, resolved, strict=True)
        if m.start - offset > colon and r.place_id is not None
    ]
    if (
        not killed
        or killed[0].end > colon
        or len(before) != 1
        or before[0][1].geo_precision != 3
        or not after
        or any(r.geo_precision == 3 for _, r in after)
        # "...: 10 in Saraqeb, 14 in Binnish": a toll for each place told is a tally
        or len(killed) > len(after)
    ):
        return None
    m, r = before[0]
    text = cue.sentence.text[m.start - offset : m.end - offset]
    draft = _new_draft(article, cue, r, text)
    _set_date(draft, cue, carried, article.published, m.start - offset)
    _set_toll(draft, [killed[0]])
    return draft


#: A deed told before, named again: "repelled the assault".
_THE_DEED = gated(
    r"\bthe\s+(?:[\w-]+\s+)?(?:assault|attack|offensive|raid|strikes?|bombing|"
    r"shelling|bombardment|advance|incursion)\b",
    re.I,
)


def _toll_told_apart(cue: SentenceCues) -> bool:
    """Whether a sentence's counts lie in a clause that names no place and tells of a
    deed told before ("repelled the assault, killing 60"), and every place lies in
    another clause ("while rebels said they had captured Minyan")."""
    text = cue.sentence.text
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    if not breaks:
        return False
    offset = cue.sentence.start
    placed = {
        bisect.bisect_left(breaks, m.start - offset)
        for m in cue.mentions
        if m.context_for is None
    }
    counted = {bisect.bisect_left(breaks, c.start) for c in cue.counts}
    if len(counted) != 1 or counted & placed or not placed:
        return False
    (n,) = counted
    start = breaks[n - 1] if n else 0
    end = breaks[n] if n < len(breaks) else len(text)
    if any(
        back.search(text, start, end) is not None
        and _KIND_WORDS[noun].search(text, 0, start) is not None
        for noun, back in _CALLED_BACK.items()
    ):
        # "shelled the town of Qurqzaniyeh, and later the shelling of the town killed
        # a woman": the town the sentence names
        return False
    return _THE_DEED.search(text, start, end) is not None


def _tolls_by_clause(cue: SentenceCues, indices: list[int]) -> list[list] | None:
    """The counts of each place's clause between semicolons, when every place has a
    clause of its own and every count lies in a clause with a place; else None."""
    text = cue.sentence.text
    offset = cue.sentence.start
    bounds = [i for i, ch in enumerate(text) if ch == ";"]
    clauses = [
        bisect.bisect_left(bounds, cue.mentions[i].start - offset) for i in indices
    ]
    if len(set(clauses)) != len(clauses) or not cue.counts:
        return None
    of_count = [bisect.bisect_left(bounds, c.start) for c in cue.counts]
    if any(n not in clauses for n in of_count):
        return None
    return [
        [c for c, n in zip(cue.counts, of_count, strict=True) if n == clause]
        for clause in clauses
    ]


def _told_in_other_clause(cue: SentenceCues) -> bool:
    """ "The regime and its Russian allies said they were fighting terrorists; the
    people of Sakhour and Bustan al-Qasr knew better": the places lie in a clause
    between semicolons that tells no deed and no toll, the deed in another."""
    text = cue.sentence.text
    offset = cue.sentence.start
    # the semicolons' offsets: a clause is numbered by how many lie before it
    bounds = [i for i, ch in enumerate(text) if ch == ";"]
    placed = {bisect.bisect_left(bounds, m.start - offset) for m in cue.mentions}
    if len(placed) != 1 or any(
        # "contaminating the spring in Wadi Barada; ... airstrikes destroyed the
        # pumping station": where the deed's object lies
        _LOCATIVE_BEFORE.search(text, max(0, m.start - offset - 12), m.start - offset)
        for m in cue.mentions
    ):
        return False
    (n,) = placed
    start = bounds[n - 1] + 1 if n else 0
    end = bounds[n] if n < len(bounds) else len(text)
    trigger = text.find(cue.trigger) if cue.trigger else -1
    return (
        trigger >= 0
        and not start <= trigger < end
        and event_type_of(text[start:end])[1] is None
        and not any(start <= c.start < end for c in cue.counts)
    )


def _sentence_drafts(
    article: Article,
    cues: list[SentenceCues],
    resolutions: list[list[Resolution]],
    k: int,
    carried: DatePhrase | None,
    governorates: dict[str, Resolution],
) -> list[Draft]:
    cue = cues[k]
    if ";" in cue.sentence.text and _told_in_other_clause(cue):
        return []
    tally: Draft | None = None
    if ": " in cue.sentence.text:
        head = _governorate_head(article, cue, resolutions[k], carried)
        if head is not None:
            return [head]
        tally = _governorate_item(article, cue, resolutions[k], carried, governorates)
        if tally is not None:
            # "Aleppo: 65 martyrs ... on the neighborhoods of al-Shaar, al-Sakhour and
            # Masaken Hanano, and the towns of Kafr Naha and Urum al-Kubra": the
            # governorate's toll; the places it lists struck, each without one
            cue = dataclasses.replace(cue, counts=[])
            cues = [*cues[:k], cue, *cues[k + 1 :]]
    drafts = _sentence_drafts_of(article, cues, resolutions, k, carried, governorates)
    return drafts if tally is None else [tally, *drafts]


#: The last word of a landmark's name ("the Grand Mosque", "Clock Square"): an
#: unknown name ending so is no settlement.
_LANDMARK_WORDS = frozenset(
    "mosque hospital school market church bakery clinic university stadium square "
    "roundabout".split()
)


def _unknown_landmark(mention: Mention, resolution: Resolution) -> bool:
    """Whether a mention is a landmark no gazetteer knows ("warplanes struck a
    residential area near the Grand Mosque"): a landmark of the town told before, or
    of none, that names no place of its own."""
    return resolution.place_id is None and (
        mention.qualifier == "landmark"  # ("the al-Naim square")
        or mention.name.rsplit(None, 1)[-1].lower() in _LANDMARK_WORDS
    )


#: A toll told of a whole governorate: "killed across the province".
_ACROSS_THE_PROVINCE = gated(
    r"\bacross\s+the\s+(?:province|governorate|countryside)\b", re.I
)


def _governorate_item(
    article: Article,
    cue: SentenceCues,
    resolved: list[Resolution],
    carried: DatePhrase | None,
    governorates: dict[str, Resolution],
) -> Draft | None:
    """ "Aleppo: 65 martyrs, among them 10 children, due to airstrikes on al-Shaar,
    al-Sakhour, Masaken Hanano, Kafr Naha and Urum al-Kubra": a daily report's item
    by governorate, its toll told before three places or more, is the governorate's
    tally."""
    text = cue.sentence.text
    colon = text.find(": ")
    offset = cue.sentence.start
    if colon > 30 or not cue.mentions or cue.mentions[0].start - offset > 2:
        return None
    first = resolved[0]
    area = governorates.get(first.admin1 or "")
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    after = [
        r
        for m, r in zip(cue.mentions[1:], resolved[1:], strict=True)
        if m.start - offset > colon and r.place_id is not None and r.geo_precision != 3
    ]
    if (
        area is None
        or first.kind not in ("city", "governorate")
        or cue.mentions[0].end - offset > colon
        or len(killed) != 1
        or killed[0].start < colon
        or killed[0].start - colon > 12
        or len(after) < 3
    ):
        return None
    if first.kind == "city" and all(r.kind == "neighbourhood" for r in after):
        # "Aleppo: 23 civilians were killed in raids on the neighbourhoods of
        # al-Mashhad, al-Sukkari and Bab al-Nayrab": the toll of the city's quarters,
        # the city's (its governorate's point lies in the desert east of it)
        area = dataclasses.replace(
            first, geo_precision=2, rule=f"part of {first.name}: its quarters told"
        )
    draft = _new_draft(article, cue, area, cue.mentions[0].name)
    _set_date(draft, cue, carried, article.published, 0)
    _set_toll(draft, cue.counts)
    return draft


def _sentence_drafts_of(
    article: Article,
    cues: list[SentenceCues],
    resolutions: list[list[Resolution]],
    k: int,
    carried: DatePhrase | None,
    governorates: dict[str, Resolution],
) -> list[Draft]:
    cue = cues[k]
    places = _places_of(cue, resolutions[k])
    unresolved = [
        (i, r)
        for i, r in enumerate(resolutions[k])
        if r.place_id is None
        and cue.mentions[i].context_for is None
        and not _unknown_landmark(cue.mentions[i], r)
    ]
    abroad = [(i, r) for i, r in unresolved if r.abroad]
    if abroad and len(abroad) < len(unresolved) + len(places):
        # "(Beirut) - Jets struck Aleppo": a dateline abroad, or a place abroad told
        # beside Syrian ones, is not where a Syrian incident happened
        unresolved = [u for u in unresolved if u not in abroad]
    areas = [
        r
        for r in resolutions[k]
        if r.place_id and (r.geo_precision == 3 or r.rule.startswith("part "))
    ]
    if unresolved and all(
        r.geo_precision == 3 or r.rule.startswith("part ") for _, r in places
    ):
        # "Hasraya village in northern Hama": the village is not in the gazetteer, the
        # governorate is; the incident is Hasraya's, placed at governorate level
        i, _ = unresolved[0]
        governorate = next(
            (
                governorates.get(r.admin1 or "", r) if r.geo_precision != 3 else r
                for r in areas
            ),
            None,
        )
        if governorate is not None:
            note = f"unresolved {cue.mentions[i].name!r}; governorate from the sentence"
            places = [(i, dataclasses.replace(governorate, rule=note))]
        else:
            places = []
    if not places:
        if (
            unresolved
            and not cue.counts
            and _REACTION.search(cue.sentence.text)
            and _REACTION_ABROAD.search(cue.sentence.text)
        ):
            # "The U.S. State Department condemned the attacks, calling them a
            # violation of the truce agreed in Munich": a reaction abroad, no incident
            return []
        # named, but nowhere the gazetteer can put it: reported without a point
        places = unresolved[:1]
    killed_counts = [c for c in cue.counts if c.kind == "killed"]
    provinces = sum(1 for _, r in places if r.geo_precision == 3)
    tally = (
        provinces >= 2
        or (
            provinces == 1
            and len(places) >= 2
            and all(r.geo_precision == 3 or r.kind == "city" for _, r in places)
        )
        # "22 in Idlib, 17 in Aleppo, 12 in Deir Ezzor, 6 in Daraa and 4 in Homs":
        # three or more governorates' cities, a toll each, are the governorates
        or (
            len(places) >= 3
            and len(killed_counts) == len(places)
            and all(r.kind == "city" and r.admin1 in governorates for _, r in places)
        )
    ) and len(killed_counts) >= 2
    if tally:
        # a tally by governorate: "followed by Idlib with 257" is the governorate,
        # not the city of its name
        places = [
            (i, governorates.get(r.admin1 or "", r) if r.kind == "city" else r)
            for i, r in places
        ]
    # "jets struck Saraqeb, killing five; in Hama, shells hit Mhardeh, wounding three;
    # and in Daraa, clashes left four fighters dead": each clause its place and toll
    by_clause = (
        _tolls_by_clause(cue, [i for i, _ in places])
        if ";" in cue.sentence.text and len(places) >= 2 and not tally
        else None
    )
    pairing = tally or _interleaved(cue, [i for i, _ in places], killed_counts)
    receiver = 0 if pairing else _toll_place(cue, [i for i, _ in places], killed_counts)
    # "shelled Kafr Batna, injuring five, and a woman was killed by sniper fire in
    # Zamalka": the wounded are told with the place before them, not with the dead
    elsewhere = {} if pairing else _wounded_elsewhere(cue, places, receiver)
    drafts = []
    for n, (i, r) in enumerate(places):
        mention = cue.mentions[i]
        text = cue.sentence.text[
            mention.start - cue.sentence.start : mention.end - cue.sentence.start
        ]
        if (
            r.geo_precision == 3
            or (
                r.kind == "city"
                and r.geo_precision == 1
                and " of " in cue.sentence.text
            )
        ) and not r.rule.startswith("unresolved"):
            refined = _refine(cues, resolutions, k, r, mention.start)
            if refined is not None:
                r, text = refined
        draft = _new_draft(article, cue, r, text)
        _set_date(
            draft, cue, carried, article.published, mention.start - cue.sentence.start
        )
        if cue.event_type is not None and (
            len(places) > 1
            or len(killed_counts) > 1
            # "Car bomb kills 48 near al-Bab as Turkish-backed forces take town": the
            # forces took the town; the bomb's hand is not told
            or (cue.headline and " as " in cue.sentence.text)
        ):
            # "air strikes hit a clinic in Marjeh and killed two, and shells fired by
            # rebels killed 14": the means and hand of the place's own clause
            draft.event_type, draft.actor = _means_of_clause(
                cue, mention.start - cue.sentence.start
            )
            if draft.target is not None and len(places) > 1:
                # "a strike on a market in Saraqeb killed five, and two died in
                # shelling of Khan Shaykhun": the market is the first clause's
                draft.target = _target_of_clause(
                    cue, mention.start - cue.sentence.start
                )
        if by_clause is not None:
            _set_toll(draft, by_clause[n])
        elif pairing:
            _set_toll(draft, cue.counts, killed_index=n)
        elif (
            len(places) == 1
            and killed_counts
            and (part := _strike_part(cue, mention)) is not None
            and any(c.value > part.value for c in killed_counts)
        ):
            # "20 were killed on Sunday, while 26 died on Monday, including 8 in a
            # single strike on the al-Ansari neighborhood": the one strike's dead
            _set_toll(draft, [part, *(c for c in cue.counts if c.kind != "killed")])
        elif n == receiver or any(c.each for c in killed_counts):
            moved = {id(c) for counts in elsewhere.values() for c in counts}
            _set_toll(draft, [c for c in cue.counts if id(c) not in moved])
        elif n in elsewhere:
            _set_toll(draft, elsewhere[n])
        drafts.append(draft)
    if (
        len(drafts) == 1
        and "twice" in cue.sentence.text
        and len(days := [d for d in cue.dates if d.precision == "day"]) == 2
        and drafts[0].date == days[0].date
        and _TWICE_ON.search(cue.sentence.text) is not None
    ):
        # "the Kafr Takharim hospital was hit twice, on November 2 and November 5":
        # two strikes, each of its day (the toll told, if any, left with the first)
        d = days[1]
        drafts.append(
            dataclasses.replace(
                drafts[0],
                quotes=list(drafts[0].quotes),
                date=d.date,
                date_text=d.text,
                date_rule=f"{d.rule}: {d.text!r}, the second of two",
                killed=None,
                killed_low=None,
                killed_high=None,
                injured=None,
                missing=None,
                toll_text="",
            )
        )
    if (
        len(drafts) >= 2
        and " across " in cue.sentence.text
        and (across := _ACROSS_THE_PROVINCE.search(cue.sentence.text)) is not None
        and any(c.end <= across.start() for c in killed_counts)
        and len({d.place.admin1 for d in drafts}) == 1
        and (area := governorates.get(drafts[0].place.admin1 or "")) is not None
    ):
        # "airstrikes on Khan Shaykhun, Kafr Nabl, and Maarat al-Numan, with at least
        # 9 people killed across the province": the governorate's toll, the towns
        # struck, each without one
        whole = _new_draft(article, cue, area, across.group(0).strip())
        _set_date(whole, cue, carried, article.published, 0)
        whole.event_type, whole.actor = drafts[0].event_type, drafts[0].actor
        _set_toll(whole, cue.counts)
        for struck in drafts:
            struck.killed = struck.killed_low = struck.killed_high = None
            struck.injured = None
            struck.toll_text = ""
        drafts.append(whole)
    return drafts


#: Two deeds, each of its day: "was hit twice, on November 2 and November 5".
_TWICE_ON = gated(r"\btwice\b,?\s+(?:on\s+)?[^.;]{0,12}?\d[^.;]{0,25}?\band\b")


#: Who reacts from abroad: governments and bodies far from the events.
_REACTION_ABROAD = gated(
    r"\b(?:State Department|White House|Pentagon|Kremlin|Foreign Ministry|Foreign "
    r"Office|foreign minister|Secretary of State|United Nations|UN|Security Council|"
    r"European Union|EU|NATO|Arab League|Ankara|Washington|Moscow|Paris|London|"
    r"Tehran|Riyadh|Doha|Amnesty|Human Rights Watch|MSF|Doctors Without Borders)\b"
)
#: A reaction to events: "condemned the attacks", "denounced the strikes".
_REACTION = gated(
    r"\b(?:condemn|denounc|deplor|criticis|criticiz|welcom|protest)\w*\s+(?:the|these|"
    r"those|such|its|their)\b",
    re.I,
)


def _wounded_elsewhere(
    cue: SentenceCues, places: list[tuple[int, Resolution]], receiver: int
) -> dict[int, list[Count]]:
    """The wounded (and missing) told with another place than the one that takes the
    dead: told right before it ("wounded 10 in Qaboun"), or after it and before the
    place of the dead. By place number."""
    if len(places) < 2:
        return {}
    offset = cue.sentence.start
    starts = [cue.mentions[i].start - offset for i, _ in places]
    ends = [cue.mentions[i].end - offset for i, _ in places]
    out: dict[int, list[Count]] = {}
    text = cue.sentence.text
    # "Another six died in air raids on Hamouriyeh and Saqba, and four in the town of
    # Arbin": of two tolls or more, one told with the place right after it is its own
    several = sum(1 for c in cue.counts if c.kind == "killed") >= 2
    for c in cue.counts:
        if c.kind == "killed" and not several:
            continue
        # where the phrase of the count ends ("3 people including a child were
        # wounded"), past its number
        found = text.find(c.text, max(0, c.start - len(c.text)))
        phrase_end = found + len(c.text) if found >= 0 else c.end
        # "killed 4 people in Jobar and wounded 10 in Qaboun", "3 people were wounded
        # by shells that targeted al-Mashhad": told with the place right after them
        after = next(
            (
                n
                for n in range(len(places))
                if starts[n] > c.end
                and (
                    _TOLL_IN.match(text[c.end : starts[n]])
                    or (
                        starts[n] >= phrase_end
                        and _TOLL_IN.match(text[phrase_end : starts[n]])
                    )
                )
            ),
            None,
        )
        if after is not None:
            if after != receiver:
                out.setdefault(after, []).append(c)
            continue
        if c.kind == "killed" and (
            c.start < ends[receiver]
            or not _CLAUSE_BREAK.search(text, ends[receiver], c.start)
        ):
            continue  # (the dead told otherwise stay with the place that takes them)
        if (
            c.kind == "killed"
            and (
                following := next(
                    (
                        n
                        for n in range(len(places))
                        if starts[n] > c.end
                        and not _CLAUSE_BREAK.search(text, c.end, starts[n])
                    ),
                    None,
                )
            )
            is not None
        ):
            # "..., whereas a woman was killed by shells fired by the regime forces on
            # Jisr al-Shughur": a toll of a clause of its own, at the place it names
            if following != receiver:
                out.setdefault(following, []).append(c)
            continue
        later = [n for n in range(receiver + 1, len(places)) if ends[n] <= c.start]
        if later:
            # "an attack on a school in Kafr Takharim in which no one was killed, and
            # two attacks on schools in Maarat al-Numan that wounded eight": told in
            # the clause of a later place, which tells its own deed
            n = later[-1]
            breaks = list(_CLAUSE_BREAK.finditer(text, ends[receiver], starts[n]))
            tail = text[breaks[-1].end() : starts[n]].lstrip() if breaks else ""
            if (
                tail[:1].islower()
                and not tail.startswith(("al-", "el-"))
                and event_type_of(tail)[0] is not None
                and not _CLAUSE_BREAK.search(text, ends[n], c.start)
            ):
                out.setdefault(n, []).append(c)
                continue
        if c.end > starts[receiver] or c.kind == "killed":
            continue
        before = [n for n in range(len(places)) if ends[n] <= c.start]
        if before and before[-1] != receiver:
            out.setdefault(before[-1], []).append(c)
    return out


#: What may stand between a toll and the place it is told in: "killing three
#: civilians in Arima", "killed 12 people in the village of Tadef".
_TOLL_IN = gated(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:town|village|city|neighbou?rhood|district)\s+of\s+)?$"
    # "3 people were wounded by shells that targeted al-Mashhad neighborhood"
    r"|^\s+(?:by|from)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+(?:hit|targeted|struck|"
    r"fell\s+on|fell\s+in|landed\s+on|landed\s+in)\s+(?:the\s+)?$"
    # "a dozen people were wounded in raids on Maarat Misrin"
    r"|^\s+(?:in|by)\s+(?:[\w-]+\s+){0,2}?(?:raids?|strikes?|air ?strikes?|attacks?|"
    r"shelling|bombing|bombardment)\s+(?:on|in)\s+(?:the\s+)?"
    r"(?:(?:town|village|city|neighbou?rhood|district)\s+of\s+)?$"
    # "a man was killed by the regime sniper fire in the town of Da'el"
    r"|^\s+(?:by|from)\s+(?:[\w-]+\s+){0,3}?(?:sniper|fire|gunfire|shots?|bullets?|"
    r"shells?|shelling|bombing|explosion|blast|landmine|mine)\s+(?:fire\s+)?(?:in|at)\s+"
    r"(?:the\s+)?(?:(?:town|village|city|neighbou?rhood|district)\s+of\s+)?$",
    re.I,
)


def _toll_place(cue: SentenceCues, places: list[int], killed: list) -> int:
    """Which of a sentence's places takes its toll: the first, unless the toll is told
    with another ("shelling villages west of Manbij, killing three civilians in
    Arima")."""
    if len(places) < 2 or len(killed) != 1:
        return 0
    end = killed[0].end
    text = cue.sentence.text
    for n, i in enumerate(places):
        start = cue.mentions[i].start - cue.sentence.start
        if start > end and _TOLL_IN.match(text[end:start]):
            return n
    # "a strike damaged the hospital in Kafr Nabl, and on Sunday missiles struck a
    # hospital in Maarat al-Numan, killing three": the toll is told in the clause of
    # the place before it, when a clause break parts it from the first place
    begin = killed[0].start
    first = cue.mentions[places[0]].end - cue.sentence.start
    breaks = list(_CLAUSE_BREAK.finditer(text, first, begin)) if first < begin else []
    tail = text[breaks[-1].end() : begin].lstrip() if breaks else ""
    if (
        killed[0].value
        and tail[:1].islower()
        and not tail.startswith(("al-", "el-"))  # ", and al-Mohafza": a list
        and event_type_of(tail)[0] is not None  # a clause that tells its own event
    ):
        for n in range(len(places) - 1, 0, -1):
            at = cue.mentions[places[n]].end - cue.sentence.start
            if at <= begin and not _CLAUSE_BREAK.search(text, at, begin):
                return n
    return 0


def _interleaved(cue: SentenceCues, places: list[int], killed: list) -> bool:
    """ "Nine were killed in Bustan al-Qasr, and five in al-Sukkari": as many tolls as
    places, each told just before its place; or each just after it ("Khan Shaykhun,
    killing seven people, and Kafranbel, where three were killed")."""
    if len(places) < 2 or len(places) != len(killed):
        return False
    if "respectively" in cue.sentence.text and all(
        killed[n].start < killed[n + 1].start for n in range(len(killed) - 1)
    ):
        # "killed seven and four civilians in Kafr Nabl and Saraqib respectively":
        # the tolls in the order of the places
        return True
    starts = [cue.mentions[i].start - cue.sentence.start for i in places]
    last = len(starts) - 1
    before = all(
        killed[n].start < starts[n] and (n == last or starts[n] < killed[n + 1].start)
        for n in range(len(starts))
    )
    return (
        before
        or all(
            starts[n] < killed[n].start
            and (n == last or killed[n].start < starts[n + 1])
            for n in range(len(starts))
        )
        or _clause_by_clause(cue, starts, killed)
    )


def _clause_by_clause(cue: SentenceCues, starts: list[int], killed: list) -> bool:
    """ "Airstrikes killed 17 in eastern Aleppo, while rebel shelling of western
    Aleppo killed 8": each clause tells one place and its toll, in either order."""
    text = cue.sentence.text
    # "After air strikes killed 12 people in Saraqib on Tuesday, rebels shelled Fuaa,
    # killing two": the clause told first is one
    leading = _LEADING_CLAUSE.match(text) if text[:1] in "AWFHS" else None
    if (
        ";" not in text
        and "while" not in text
        and " but " not in text
        # "Suicide bombers killed 57 in Homs, and a separate attack near Damascus
        # killed more than 80"
        and ", and " not in text
        and leading is None
        # "..., the Observatory said, adding that rebels had shelled Fuaa, killing two"
        and ", adding" not in text
    ):
        return False
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    if leading is not None:
        breaks.append(leading.end())
    if ", adding" in text:
        breaks += [m.end() for m in _ADDING.finditer(text)]
    breaks.sort()
    if len(breaks) + 1 < len(starts):
        return False
    places = [bisect.bisect_right(breaks, at) for at in starts]
    tolls = [bisect.bisect_right(breaks, c.start) for c in killed]
    return places == tolls and len(set(places)) == len(places)


_GENERIC_TYPES = (None, "attack", "strategic development")
_REMOTE = ("airstrike", "barrel bomb", "missile strike", "shelling", "chemical", "IED")


def _compatible(draft: Draft, cue: SentenceCues) -> bool:
    """A toll told with shelling does not belong to a capture told before it; one told
    of the assault does ("30 jihadists were killed during the assault, while vehicles
    were destroyed by the Air Force")."""
    if draft.event_type in _GENERIC_TYPES or cue.event_type in _GENERIC_TYPES:
        return True
    if (
        draft.event_type not in _REMOTE
        and cue.event_type in _REMOTE
        and _found_once(cue, "in the fight", _IN_THE_FIGHT)
    ):
        return True
    if (
        draft.event_type == "IED"
        and cue.event_type == "armed clash"
        and _found_once(draft.cue, "offensive", _OFFENSIVE)
    ):
        # "IS launched an offensive on Deir ez-Zor, with suicide bombers and car
        # bombs ... 35 soldiers and 20 IS fighters were killed in the first day of
        # fighting": the offensive's dead
        return True
    return (draft.event_type in _REMOTE) == (cue.event_type in _REMOTE)


def _found_once(cue: SentenceCues, key: str, pattern: re.Pattern[str]) -> bool:
    """Whether a sentence holds a pattern, searched once a sentence (drafts are
    compared pairwise: a long sentence of many drafts would be searched again each
    time)."""
    told = cue.extra.get(key)
    if told is None:
        told = cue.extra[key] = pattern.search(cue.sentence.text) is not None
    return bool(told)


#: An offensive told, whatever arms it opened with.
_OFFENSIVE = gated(r"\b(?:offensive|assault|onslaught)\b", re.I)
#: A toll told of the fight just told: "were killed during the assault".
_IN_THE_FIGHT = gated(
    r"\b(?:killed|died|dead|martyred|wounded|injured)\s+(?:in|during)\s+the\s+"
    r"(?:[\w-]+\s+)?"
    # ("killed in the first day of fighting")
    r"(?:(?:days?|hours?|weeks?)\s+of\s+(?:the\s+)?)?"
    r"(?:assault|battle|fighting|clashes|offensive|advance|attack|operation)\b",
    re.I,
)


_RESTATED = gated(r"\bcoded (?:as|to)\b", re.I)
#: A note's total over the incidents it tells: "Total fatalities coded to 7".
_TOTAL_CODED = gated(r"\btotal\b[^.;]{0,30}\bcoded (?:as|to)\b", re.I)
#: An event named as one already told: "in the Sayyida Zeinab bombing".
_THE_EVENT = gated(
    r"\b(?:killed|died|dead)\s+(?:in|by|after|from)\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:bombings?|"
    r"attacks?|strikes?|air ?strikes?|blasts?|explosions?|massacres?|raids?)\b",
    re.I,
)
#: A toll told again as it grew: "the death toll ... has risen to 19".
_TOLL_ROSE = gated(
    r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:killed|dead|deaths|"
    r"victims|fatalities))\b[^.;]{0,80}?\b(?:has\s+|had\s+)?(?:risen|rose|climbed|"
    r"jumped|increased|grown|grew|"
    # a feed's present: "Death toll in Khan Shaykhun rises to 58"
    r"rises|rising|climbs|climbing|jumps|increases)\s+to\b"
    # "SANA now puts the death toll at 148"
    r"|\bnow\s+(?:puts|put|says|gives|sets)\s+the\s+(?:death\s+)?toll\b",
    re.I,
)


def _by_toll(a: Draft, b: Draft) -> tuple[Draft, Draft]:
    """Two drafts, the one with the higher toll first."""
    return (a, b) if (a.killed or 0) > (b.killed or 0) else (b, a)


def _first_tolled(drafts: list[Draft]) -> dict[str | None, int]:
    """Where the first incident with a toll of each governorate is told."""
    first: dict[str | None, int] = {}
    for d in drafts:
        if d.killed and d.start < first.get(d.place.admin1, d.start + 1):
            first[d.place.admin1] = d.start
    return first


def _updated_since(a: Draft, b: Draft) -> bool:
    """Whether one of two drafts is dated only by the update that tells it, up to two
    days after the other's day ("UPDATE 1315 GMT: the number of civilians killed in
    Latamneh has risen to 9", of Sunday's strikes told before)."""
    early, late = sorted((a, b), key=lambda d: (d.date or dt.date.min, d.start))
    return (
        early.date is not None
        and late.date is not None
        and not late.explicit_date
        # (a live blog puts its latest update first, above what it updates)
        and (late.start > early.start or bool(late.cue.section_time))
        and 0 <= (late.date - early.date).days <= 2
    )


def _toll_grew(a: Draft, b: Draft) -> bool:
    """Whether the higher toll of two is told as the lower one grown."""
    high, low = _by_toll(a, b)
    return any(_rose_in(q) for q in high.quotes) and not any(
        _rose_in(q) for q in low.quotes
    )


def _rose_in(quote: str) -> bool:
    return ("toll" in quote or "number of" in quote) and bool(_TOLL_ROSE.search(quote))


#: Bodies recovered: "rescuers had pulled 17 bodies from the rubble".
_BODIES = gated(
    r"\b(?:pulled|recovered|retrieved|found|dug out)\s+(?:[\w-]+\s+){0,2}?"
    r"bod(?:y|ies)\b",
    re.I,
)


#: Bodies recovered, told the other way round: "the bodies of two more people were
#: recovered".
_BODIES_FOUND = gated(
    r"\bbod(?:y|ies)\b[^.;]{0,40}?\b(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:pulled|recovered|retrieved|found|dug\s+out)\b",
    re.I,
)


def _bodies_of(a: Draft, b: Draft) -> bool:
    """Whether the lower toll of two is of bodies recovered, of the higher's dead."""
    high, low = _by_toll(a, b)
    return all("bod" in q and _BODIES.search(q) for q in low.quotes[:1]) and not any(
        "bod" in q and _BODIES.search(q) for q in high.quotes[:1]
    )


#: An event told as another of its kind: "a second bomb", "another air strike".
_SECOND_EVENT = gated(
    # (not "two bombers blew themselves up and a third detonated a car bomb": a verb
    # after "a third" tells one more of the attackers)
    r"\b(?:(?:a|the)\s+(?:second|third|separate)|another|a\s+(?:new|fresh))[\s,]+"
    r"(?:(?!(?!suspected\b|booby-trapped\b)[a-z]+ed\b)[\w-]+[\s,]+){0,2}?"
    r"(?:bomb|blast|explosion|strike|air ?strike|attack|raid|car bomb|shell|bombing|"
    r"suicide bomber|massacre)"
    # "Separately, the Coalition said a Nov. 22 strike near Raqqah killed two"
    r"|^\s*(?:Separately|In\s+a\s+separate\s+(?:incident|attack|development))\b"
    # "The attack came hours after a Russian helicopter was shot down near Saraqeb":
    # what it came after is another event
    r"|^\s*The\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|bombings?|"
    r"bombardment|shelling|raids?|massacre|assault)\s+(?:came|comes)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:after|before)\b"
    # a strike on those who came to help: "killed while rescuing victims when
    # warplanes struck the same site again 20 minutes after the first strike"
    r"|\b(?:struck|hit|targeted|bombed|shelled|raided)\s+(?:the\s+same\s+(?:site|"
    r"place|spot|area|location|building|street|neighbou?rhood)|it|them)\s+again\b"
    r"|\bafter\s+the\s+first\s+(?:strike|air ?strike|raid|attack|bomb|blast|"
    r"explosion|barrel)\b|\bdouble[- ]tap\b",
    re.I,
)
_ANOTHER = gated(
    r"\s*(?:In addition|Separately|Meanwhile|Elsewhere|Also|Later|Earlier)\b", re.I
)


def _told_as_second(cue: SentenceCues) -> bool:
    """Whether a sentence tells its event as another of its kind (found once a
    sentence: one sentence may hold hundreds of drafts)."""
    return _found_once(cue, "second event", _SECOND_EVENT)


#: The toll of the incident just told, told again: "put the death toll at 71".
_THE_TOLL_AGAIN = gated(
    r"\b(?:put|puts|putting|raised|raising|gave|gives|revised)\s+the\s+"
    r"(?:death |casualty )?toll\b|\bthe (?:total |final )?(?:(?:death |casualty )?toll|"
    r"(?:fatality|death|casualty) (?:count|figure|tally)|"
    r"number of (?:the )?(?:dead|deaths|victims|fatalities|those killed))\s+"
    r"(?:(?:later|since|then|has since|had since|subsequently)\s+)?"
    r"(?:rose|has risen|had risen|climbed|increased|reached|stood at|stands at)\b"
    # "The Aleppo Media Center said the toll was 13": another count of the same dead
    r"|\bthe (?:death |casualty )?toll (?:was|is)\b"
    # "Later reports indicate that fatalities rose to 25"
    r"|\b(?:fatalities|deaths)\s+(?:later\s+|since\s+|then\s+|had\s+|have\s+|has\s+)?"
    r"(?:rose|risen|climbed|increased)\s+to\b"
    # a post's or a headline's: "UPDATE: death toll in Maarat al-Numan rises to 11"
    r"|\b(?:death |casualty )?toll\s+(?:in|at|from|of)\s+[^.;:]{1,60}?\s+"
    r"(?:rises|climbs|jumps|rose|has risen|climbed)\s+to\b",
    re.I,
)
#: The told toll replaces the first one: it rose, or it is the total.
_OTHER_SOURCE = gated(
    r"\b(?:Observatory|SOHR|monitor|monitoring group|activists|rescuers|White Helmets|"
    r"Civil Defen[cs]e|medics|doctors|residents|state media|SANA|news agency|Amaq|"
    r"Local Coordination Committees|LCCs?)\b"
    r"[^.;]{0,60}?\b(?:said|says|reported|"
    r"put|counted|documented|recorded)\s+(?:that\s+)?(?:at least\s+|more than\s+)?"
    # "said at least 11 YPG fighters had been killed"
    r"[\w-]+\s+(?:(?:people|civilians|[A-Z]{2,5}\s+fighters|fighters|soldiers|"
    r"militants|rebels)\s+)?(?:(?:were|had been|have been)\s+killed|had died|"
    r"have died|died)\b"
    # a side's own claim: "Amaq said its fighters had killed more than 100 soldiers"
    r"|\b(?:said|says|claimed|claims)\s+(?:that\s+)?(?:its|their)\s+(?:fighters|"
    r"forces|troops|jets|men)\s+(?:had\s+|have\s+)?killed\b",
    re.I,
)
_ANOTHER_EVENT = gated(
    # (not "more than 100": a bound)
    r"\b(?:separate|another|other|more(?!\s+than\b)|further|additional|elsewhere)\b",
    re.I,
)
_ROSE = gated(
    r"\b(rose|risen|rises|climbed|climbs|increased|raised|raising|total)\b", re.I
)
_CONFLICTING = gated(
    r"\b(conflicting|other sources?|another source|sources differ|"
    r"other reports?|according to others)\b"
    # an earlier count of the same dead: "At the time, it had reported 38 dead",
    # "an earlier toll of 38", "up from 38"
    r"|\b(?:at the time|earlier|previously|initially|at first)\b[^.;]{0,30}?\b"
    r"(?:had\s+)?"
    r"(?:reported|put|given|gave|said|counted)\b"
    r"|\b(?:an earlier|a previous|the initial|the earlier) (?:death )?toll\b"
    r"|\bup from\b",
    re.I,
)


def _last_told(
    cue: SentenceCues,
    drafts: list[Draft],
    *,
    paragraphs: int | None = None,
    tolled: bool = False,
) -> Draft | None:
    """The incident told last before ``cue``'s sentence in its section (at most
    ``paragraphs`` back; with a toll when ``tolled``), or None."""
    here = cue.sentence
    before = [
        d
        for d in drafts
        if d.cue.section == cue.section
        and d.start < here.start
        and (
            paragraphs is None
            or here.paragraph - d.cue.sentence.paragraph <= paragraphs
        )
        and (not tolled or d.killed is not None)
    ]
    # the latest sentence; of its incidents, the last one told
    return max(reversed(before), key=lambda d: d.start) if before else None


def _restate_toll(cue: SentenceCues, drafts: list[Draft]) -> bool:
    """ "Unknown number of fatalities coded as 10", "Conflicting sources indicate that
    44 civilians were killed": the same incident's toll again, not another incident."""
    killed = [c for c in cue.counts if c.kind == "killed"]
    text = cue.sentence.text
    # "the Observatory put the death toll at 71", "the number of people killed in the
    # strikes rose to 11"
    again = _THE_TOLL_AGAIN.search(text) or _TOLL_ROSE.search(text)
    # "The Observatory said 17 were killed": another source's toll of the same event
    other = (
        killed
        and not cue.dates
        and _OTHER_SOURCE.search(text)
        and not _ANOTHER_EVENT.search(text)
    )
    if not killed or not (
        _RESTATED.search(text) or _CONFLICTING.search(text) or again or other
    ):
        return False
    if (
        again
        and " th" in text
        and _THAT_EVENT.search(text) is not None
        and (last := _last_told(cue, drafts, paragraphs=0)) is not None
        and last.killed is None
    ):
        # "rockets fired by rebels on Friday hit the Hamdaniyeh and New Aleppo
        # districts. The Observatory said the toll from that barrage had risen to 15":
        # the toll of the deed just told, whatever was counted before it
        first = min((d for d in drafts if d.cue is last.cue), key=lambda d: d.start)
        _set_toll(first, cue.counts, later=cue)
        first.quotes.append(text)
        return True
    draft = (
        # "Turkish warplanes struck ..., killing 160. The strikes hit 18 targets in
        # Maarrat Umm Hawsh. The Observatory said 11 YPG fighters had been killed":
        # the toll told two paragraphs back
        # (or another source's toll of it: "The Syrian Observatory put the death toll
        # at 57", a paragraph after the claim that followed the toll)
        _last_told(cue, drafts, paragraphs=3 if again else 2, tolled=True)
        if other or again
        else _last_told(cue, drafts)
    )
    if other and draft is None:
        return False
    if (
        draft is not None
        and draft.place.geo_precision != 3
        and " the " in text
        and _THE_PROVINCES_TOLL.search(text) is not None
    ):
        # "In Maarat al-Numan, four people were killed ... The Observatory put the
        # day's toll in the province at 28": the province's toll told before
        draft = max(
            (
                d
                for d in drafts
                if d.cue.section == cue.section
                and d.start < cue.sentence.start
                and d.place.geo_precision == 3
                and d.killed is not None
            ),
            key=lambda d: d.start,
            default=draft,
        )
    if draft is None or (again and draft.killed is None):
        return False
    value = killed[0].value
    if "otal" in text and _TOTAL_CODED.search(text):
        # "... killed five civilians. ... barrel bombs killed two civilians. Total
        # fatalities coded to 7": the note's total, already told in its parts
        told = [
            d.killed
            for d in drafts
            if d.cue.section == cue.section and d.killed is not None
        ]
        if len(told) >= 2 and sum(told) == value:
            return True
    if _RESTATED.search(text) or draft.killed is None:
        draft.killed, draft.killed_low, draft.killed_high = (
            value,
            killed[0].low,
            killed[0].high,
        )
    else:  # sources differ: the toll becomes a range
        vague = (  # "dozens", "scores": a count within it is the better figure
            draft.killed_high is not None
            and draft.killed_low is not None
            and draft.killed_low < draft.killed_high
            and draft.killed_low <= value <= draft.killed_high
            and killed[0].low == killed[0].high == value
        )
        draft.killed_low = min(draft.killed_low or draft.killed, value)
        draft.killed_high = max(draft.killed_high or draft.killed, value)
        for c in killed[1:]:
            if not c.more and _WHILE_ANOTHER_SAID.match(text[killed[0].end : c.start]):
                # "put the toll at 28, while the Local Coordination Committees said 34
                # people had died": a third source's count
                draft.killed_low = min(draft.killed_low, c.value)
                draft.killed_high = max(draft.killed_high, c.value)
        if (again and _ROSE.search(text)) or vague:
            # "the death toll rose to 40": the new toll; "killed dozens of
            # militants ... The Observatory put the toll at 11 soldiers and 19
            # jihadists": the count, within the vague amount
            draft.killed = value
    draft.toll_text = "; ".join(t for t in (draft.toll_text, killed[0].text) if t)
    if draft.injured is None:
        # "The Idlib health directorate put the death toll at 100 and said more than
        # 400 people were injured": the hurt, told with the toll again
        hurt = [c for c in cue.counts if c.kind == "injured" and c.value > 0]
        if len(hurt) == 1:
            draft.injured = hurt[0].value
    draft.quotes.append(text)
    return True


#: A toll told again of the whole province: "the day's toll in the province".
_THE_PROVINCES_TOLL = gated(
    r"\b(?:in|across|throughout|for)\s+the\s+(?:whole\s+|entire\s+)?"
    r"(?:province|governorate)\b",
    re.I,
)
#: Another source's count after a first: ", while the Local Coordination Committees
#: said".
_WHILE_ANOTHER_SAID = gated(
    r"[^.;]{0,12}?,?\s+(?:while|whereas|but)\s+(?:the\s+)?[^.;]{0,60}?\b(?:said|says|"
    r"put|puts|gave|gives|reported|counted|recorded|documented)\b[^.;]{0,30}?$",
    re.I,
)


#: The deed just told, called back: "the toll from that barrage".
_THAT_EVENT = gated(
    r"\b(?:that|this|these|those)\s+(?:barrage|attacks?|strikes?|air ?strikes?|raids?|"
    r"bombings?|shelling|assault|blast|explosions?|massacre|rockets|shells)\b",
    re.I,
)


def _same_dead_again(cue: SentenceCues, drafts: list[Draft]) -> bool:
    """ "... killed at least 17 civilians. ... A paramedic said his team pulled 17
    bodies from the rubble and took more than 40 injured people to hospitals": the
    dead just told, told again by another witness (no day or place of its own), with
    what it adds."""
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    if (
        len(killed) != 1
        or killed[0].value < 3  # (one or two dead may well be others)
        or killed[0].more
        or any(d.precision == "day" for d in cue.dates)
        or _ANOTHER_EVENT.search(cue.sentence.text)
    ):
        return False
    draft = _last_told(cue, drafts, paragraphs=3, tolled=True)
    if (
        draft is None
        or draft.killed != killed[0].value
        or draft.cue.headline
        or not _compatible(draft, cue)
    ):
        return False
    wounded = [c for c in cue.counts if c.kind == "injured" and c.value > 0]
    if wounded and draft.injured is None:
        draft.injured = wounded[0].value
    # "seven civilians were killed ... when jets struck a residential street"
    draft.target = draft.target or cue.target
    draft.quotes.append(cue.sentence.text)
    return True


#: Who the dead of a toll already told were: "Four children were among the dead".
_AMONG = gated(
    r"\b(among|of) (?:the|those) (dead|victims|killed|casualties|fatalities)\b"
    r"|\bthe (dead|victims) (included|include|were)\b",
    re.I,
)


#: One of the dead told as among a toll, however many: "was among the 20 people
#: killed".
_AMONG_THE_TOLD = gated(
    r"\bamong\s+(?:the|those)\s+(?:[\w-]+\s+){0,3}?(?:dead|victims|killed|"
    r"casualties|fatalities)\b",
    re.I,
)
_AMONG_NAMED = gated(
    # "three Iranian advisers were among those killed at the base"
    r"\bamong (?:the|those) (dead|victims|killed|fatalities)\b"
    r"|\bthe (dead|victims) "
    r"(included|include)\b",
    re.I,
)


_TREATED = gated(
    r"\b(?:brought|taken|transferred|evacuated|rushed|admitted|treated)\b[^.;]{0,60}?"
    r"\b(?:hospitals?|clinics?|medical (?:centres?|centers?|facilities))\b",
    re.I,
)


def _treated_abroad(cue: SentenceCues, resolved: list[Resolution]) -> bool:
    """Whether a sentence tells only where victims were treated, abroad."""
    text = cue.sentence.text
    if "ospital" not in text and "linic" not in text and "medical" not in text:
        return False  # cheap: most name no place of care
    return bool(_TREATED.search(text)) and all(
        r.abroad
        for r, m in zip(resolved, cue.mentions, strict=True)
        if m.context_for is None
    )


#: Where the wounded were cared for: "in a hospital in", "at a clinic in".
_CARED_IN = gated(
    r"\b(?:hospitals?|clinics?|medical\s+(?:centres?|centers?|points?))\s+(?:in|at)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)


def _toll_risen_at(
    cue: SentenceCues, resolved: list[Resolution], drafts: list[Draft]
) -> bool:
    """ "At least 27 people were killed when an airstrike destroyed the al-Quds
    Hospital in eastern Aleppo. ... the toll had risen to 50, as rescuers pulled more
    bodies from nearby buildings in Sukkari": the toll of the incident just told,
    risen; the place it names, inside the one told before, says where it was."""
    text = cue.sentence.text
    killed = [c for c in cue.counts if c.kind == "killed"]
    if not killed or not (_THE_TOLL_AGAIN.search(text) and _ROSE.search(text)):
        return False
    last = _last_told(cue, drafts, paragraphs=2, tolled=True)
    named = [
        r.place_id
        for r, m in zip(resolved, cue.mentions, strict=True)
        if m.context_for is None and r.place_id is not None
    ]
    if len(named) == 1 and (last is None or last.place.place_id != named[0]):
        # "4/ UPDATE: death toll in Maarat al-Numan rises to 11", after a post on
        # another strike: the toll of the incident told there, a few paragraphs back
        there = [
            d
            for d in drafts
            if d.place.place_id == named[0]
            and d.killed is not None
            and d.cue.section == cue.section
            and d.start < cue.sentence.start
            and cue.sentence.paragraph - d.cue.sentence.paragraph <= 4
        ]
        last = max(reversed(there), key=lambda d: d.start) if there else last
    if last is not None and last.cue.headline:
        # "Death toll from Maarat al-Numan market strike rises to 22 ... The death
        # toll from Monday's air strikes on a market in Maarat al-Numan rose to 22":
        # the story tells the incident its title retells
        return False
    # "Two of the injured later died ..., raising the toll to 30": the toll is the
    # greatest figure told, the running total told aside too
    killed = sorted(
        [*killed, *(c for c in find_counts(text) if c.kind == "killed")],
        key=lambda c: -c.value,
    )
    if last is None or last.killed is None or killed[0].value < last.killed:
        return False
    places = [
        r
        for r, m in zip(resolved, cue.mentions, strict=True)
        if m.context_for is None
        and r.place_id is not None
        # "died of their wounds in a hospital in Maarat al-Numan": where they died
        and not _CARED_IN.search(
            text,
            max(0, m.start - cue.sentence.start - 30),
            m.start - cue.sentence.start,
        )
    ]
    if len(places) > 1 or any(
        r.place_id != last.place.place_id
        and not (
            (last.place.kind == "city" or last.place.geo_precision in (2, 3))
            and r.geo_precision == 1
            and r.admin1 == last.place.admin1
            and _km(last.place, r) <= _CITY_KM
        )
        for r in places
    ):
        return False  # another place: another incident
    if places and places[0].place_id != last.place.place_id:
        mention = next(
            m for r, m in zip(resolved, cue.mentions, strict=True) if r is places[0]
        )
        last.place, last.place_text = places[0], mention.name
    value = killed[0]
    last.killed_low = min(last.killed_low or last.killed, value.low)
    last.killed_high = (
        None
        if value.high is None or last.killed_high is None
        else max(last.killed_high, value.high)
    )
    last.killed = value.value
    last.toll_text = "; ".join(t for t in (last.toll_text, value.text) if t)
    last.quotes.append(text)
    return True


def _among_the_dead(
    cue: SentenceCues, drafts: list[Draft], *, paragraphs: int = 1, named: bool = False
) -> bool:
    """ "Four children were among the dead": who the last toll's dead were, not
    another toll; kept as that incident's source (its group counts). With a place
    (``named``), only "among the dead": "Thirty-four of the dead were in Aleppo
    Province" is a tally of its own."""
    if not (_AMONG_NAMED if named else _AMONG).search(cue.sentence.text):
        return False
    last = _last_told(cue, drafts, paragraphs=paragraphs, tolled=True)
    if last is None and not named and _killed(cue) > 0:
        # "The convoy was struck on Monday evening ... The Observatory said 12 aid
        # workers and drivers were among the dead": at least these, of the incident
        # told last, whose toll no sentence gave
        last = _last_told(cue, drafts, paragraphs=3)
        if last is None or last.killed is not None:
            return False
        _set_toll(last, cue.counts, later=cue)
        last.quotes.append(cue.sentence.text)
        return True
    if last is None or (last.killed or 0) < _killed(cue):
        return False
    last.quotes.append(cue.sentence.text)
    wounded = [c for c in cue.counts if c.kind == "injured" and c.value > 0]
    if wounded and last.injured is None:
        # "women and children were among the dead and at least 30 were wounded"
        last.injured = wounded[0].value
        last.toll_text = "; ".join(t for t in (last.toll_text, wounded[0].text) if t)
    return True


#: A part of a toll told before, at a place: "Nine of the dead were in Hamouria".
_PART_AT = gated(
    r"^\s*(?:[\w-]+\s+){1,2}?of\s+(?:the|them|those)\s+(?:dead|killed|victims)\s+"
    r"(?:were|was)\s+(?:in|from)\b",
    re.I,
)


def _part_of_joint(
    cue: SentenceCues, resolved: list[Resolution], drafts: list[Draft]
) -> bool:
    """ "Airstrikes hit the towns of Hamouria, Saqba and Kafr Batna, killing 17
    civilians. Nine of the dead were in Hamouria": the town's part of the toll the
    list's first town held for all; the rest stays with the other towns of the list,
    with the next of them. Returns whether it was."""
    killed = [c for c in cue.counts if c.kind == "killed"]
    if len(killed) != 1 or not _PART_AT.search(cue.sentence.text):
        return False
    places = {
        r.place_id
        for r, m in zip(resolved, cue.mentions, strict=True)
        if m.context_for is None and r.place_id is not None
    }
    last = _last_told(cue, drafts, paragraphs=1, tolled=True)
    if last is None or len(places) != 1 or last.place.place_id not in places:
        return False
    group = [d for d in drafts if d.cue is last.cue]
    others = [d for d in group if d is not last and d.killed is None]
    part = killed[0].value
    if not others or last.killed is None or part >= last.killed:
        return False
    rest = others[0]
    rest.killed = rest.killed_low = rest.killed_high = last.killed - part
    rest.toll_text = (
        f"{last.toll_text} ({last.killed - part} of them elsewhere than "
        f"{last.place_text})"
    )
    last.killed, last.killed_low, last.killed_high = part, part, part
    last.toll_text = "; ".join(t for t in (last.toll_text, killed[0].text) if t)
    last.quotes.append(cue.sentence.text)
    return True


def _within(day: dt.date | None, told: DatePhrase) -> bool:
    """Whether a day falls in the time a date phrase names."""
    return _in_time(day, told.date, told.precision)


def _in_time(day: dt.date | None, date: dt.date | None, precision: str) -> bool:
    """Whether a day falls in the time a date of that precision names: that day, the
    week around it ("last week"), its month or its year; any, when either is unknown."""
    if day is None or date is None:
        return True
    if precision == "month":
        return (day.year, day.month) == (date.year, date.month)
    if precision == "week":
        return abs((day - date).days) <= 3
    if precision == "year":
        return day.year == date.year
    if precision == "day":
        return day == date
    return True


#: Another attack told beside one: "was also dropped nearby".
_ALSO = gated(
    r"\b(?:was|were|had been|has been)\s+also\b|\balso\s+(?:hit|struck|dropped)\b"
)


#: The incidents told last, that a sentence telling of the last ones may complete
#: (those of its paragraph and the two before, in any text but one of thousands of
#: incidents a paragraph, which then stays linear).
_RECENT = 80


class _Nearby:
    """The drafts of each paragraph of each section, in text order: those told near a
    sentence, found without a scan of them all."""

    #: At most this many drafts on each side of a sentence, in a paragraph of more.
    MOST = 40

    def __init__(self, drafts: list[Draft]) -> None:
        self._by: dict[tuple[int, int], tuple[list[int], list[Draft]]] = {}
        for d in drafts:
            self.add(d)

    def add(self, d: Draft) -> None:
        starts, listed = self._by.setdefault(
            (d.cue.section, d.cue.sentence.paragraph), ([], [])
        )
        j = bisect.bisect_right(starts, d.start)
        starts.insert(j, d.start)
        listed.insert(j, d)

    def around(self, cue: SentenceCues) -> list[Draft]:
        """The drafts from three paragraphs before the sentence's to two after it."""
        out: list[Draft] = []
        here = cue.sentence.paragraph
        for p in range(here - 3, here + 3):
            found = self._by.get((cue.section, p))
            if not found:
                continue
            starts, listed = found
            if len(listed) > 2 * self.MOST:
                j = bisect.bisect_left(starts, cue.sentence.start)
                listed = listed[max(0, j - self.MOST) : j + self.MOST]
            out += listed
        return out


#: A speaker telling of their own: "my neighbor's son", "we lost", "our house".
_FIRST_PERSON = gated(r"\b(?:my|our|we|us|I)\b")


def _attach_orphan(
    cue: SentenceCues,
    drafts: list[Draft],
    carried: DatePhrase | None = None,
    body_tolls: frozenset[int] = frozenset(),
    own_day: bool = False,
) -> bool:
    """Rule 4: complete the nearest incident of the section that lacks what it gives
    (not one told after it of another time than the one the story is at, nor one of
    another paragraph when ``own_day``: the day ``carried`` was told in the orphan's
    own paragraph)."""
    if "same" in cue.sentence.text and _AGAIN_AT_SAME.search(cue.sentence.text):
        # "The following day, another airstrike on the same market killed three
        # more": a strike of its own at the place just told, completing none
        return False
    if (
        _restate_toll(cue, drafts)
        or _among_the_dead(cue, drafts)
        or _vague_told_again(cue, drafts)
        or _target_told_again(cue, drafts)
        or _shot_one_died(cue, drafts)
        or _other_strike(cue, drafts)
        or _also_dead(cue, drafts)
        or _other_sides_dead(cue, drafts)
        or _target_of_the_strike(cue, drafts)
    ):
        return True
    # ("At least 20 of the dead were civilians ..., and more than 60 people were
    # wounded": a part of the dead told, no toll; the wounded are given)
    has_toll = any(
        c.kind == "killed" and not _PART_OF_TOLD.match(c.text) for c in cue.counts
    )
    has_wounded = not has_toll and any(
        c.kind == "injured" and c.value > 0 for c in cue.counts
    )
    # "Eight staff members are missing and believed dead"
    has_missing = (
        not has_toll
        and not has_wounded
        and any(c.kind == "missing" and c.value > 0 for c in cue.counts)
    )
    has_date = any(d.precision in ("day", "week") for d in cue.dates)
    if cue.headline and has_toll:
        if any(c.kind == "killed" and c.value in body_tolls for c in cue.counts):
            # "12 villages liberated, 47 mercenaries killed": the body tells the 47
            # where they fell; the lead gets nothing
            return True
        # "Suicide bombings kill dozens in Syrian coastal cities": the story's lead
        # tells the toll again; the headline's goes only to a lead without one
        lead = next(
            (
                d
                for d in drafts
                if not d.cue.headline
                and d.cue.section == cue.section
                and d.start > cue.sentence.start
            ),
            None,
        )
        if lead is None or lead.killed is not None:
            return False
        drafts = [lead]
    near = [
        d
        for d in drafts
        if d.cue.section == cue.section
        and abs(d.cue.sentence.paragraph - cue.sentence.paragraph) <= 2
        # "In Iraq, the offensive on Mosul began. Peshmerga fighters took nine
        # villages, and dozens were killed": the paragraph is telling of abroad
        and (not d.place.abroad or d.cue.sentence.paragraph == cue.sentence.paragraph)
        # a headline folds into its story: what it is given would be lost
        and (not d.cue.headline or cue.headline)
        # what a speaker recalled ("'My house in Qara was destroyed by barrel
        # bombs,' said Umm Khaled") is completed by no later paragraph
        and not (
            d.cue.sentence.text[:1] in _QUOTE_MARKS
            and d.cue.sentence.paragraph != cue.sentence.paragraph
        )
        # nor does a speaker's own loss complete an incident of another paragraph
        # ('"My neighbor's son was killed by a sniper in front of us"')
        and not (
            cue.sentence.text[:1] in _QUOTE_MARKS
            and d.cue.sentence.paragraph != cue.sentence.paragraph
            and _FIRST_PERSON.search(cue.sentence.text) is not None
        )
    ]
    if any(c.more for c in cue.counts):
        # "Rescuers said dozens more were wounded": more of the incident told before
        near = [d for d in near if d.start < cue.sentence.start] or near
    if "among" in cue.sentence.text and _AMONG.search(cue.sentence.text):
        # "The Observatory said 12 aid workers and drivers were among the dead": the
        # dead of an incident told before, never of one told after
        near = [d for d in near if d.start < cue.sentence.start]
    # the same paragraph first, then the nearest paragraph; at equal distance, the one
    # before, then the nearest
    near.sort(
        key=lambda d: (
            abs(d.cue.sentence.paragraph - cue.sentence.paragraph)
            # one told after it that names no place it can be put at comes after
            # those before it ("...were killed in the first day of fighting. The
            # jihadists captured the Tharda mountain")
            + (
                d.start > cue.sentence.start
                and (
                    d.place.lat is None
                    # nor one told after it, when the dead are told of the fight told
                    # before ("killed in the first day of fighting")
                    or _IN_THE_FIGHT.search(cue.sentence.text) is not None
                )
            ),
            d.start > cue.sentence.start,
            abs(d.start - cue.sentence.start),
        )
    )
    told = next((d for d in cue.dates if d.precision in ("day", "week", "month")), None)
    year = next((d for d in cue.dates if d.precision == "year"), None)
    if (
        year is not None
        and told is None
        and has_toll
        and _THE_EVENT.search(cue.sentence.text) is not None
    ):
        # "a teacher whose brother was killed in the 2012 massacre": one of the dead
        # of the massacre told of that year
        dead = max(c.value for c in cue.counts if c.kind == "killed")
        of_then = next(
            (
                d
                for d in near
                if d.date is not None
                and d.date.year == year.date.year
                and d.killed is not None
                and d.killed >= dead
            ),
            None,
        )
        if of_then is not None:
            of_then.quotes.append(cue.sentence.text)
            return True
    if (
        has_toll
        and not any(d.killed is None and d.start < cue.sentence.start for d in near)
        and _same_dead_again(cue, drafts)
    ):
        # "Eight civilians were killed ... in Khan Shaykhun. The Civil Defense said
        # its teams pulled out the bodies of eight civilians": the dead just told,
        # told again, not those of a strike told after ("also targeted the villages
        # of Tah and al-Tamanah, without causing casualties")
        return True
    first: dict[str | None, int] | None = None  # found once, when needed
    # "A day earlier, 45 people were killed": the dead of another day than the day
    # told before
    shifted = (
        not cue.dates
        and _shift_told(cue.sentence.text)
        and _DAY_SHIFT.search(cue.sentence.text) is not None
    )
    for draft in near:
        if shifted and draft.explicit_date:
            continue
        if (
            year is not None
            and told is None
            and draft.date is not None
            and draft.date.year != year.date.year
        ):
            # "a teacher whose brother was killed in the 2012 massacre": not of the
            # shelling told in 2017
            continue
        if (
            told is not None
            and (draft.explicit_date or draft.date_rule.startswith("carried"))
            and (
                not _within(draft.date, told)
                if draft.date_precision == "day"
                # "IS first captured Palmyra in May 2015. ... 30 soldiers were killed
                # in the fighting on Saturday": not of that month
                else told.precision == "day"
                and draft.date_precision in ("week", "month", "year")
                and not _in_time(told.date, draft.date, draft.date_precision)
            )
        ):
            continue  # told of another day: another event
        if (
            draft.event_type in _MEANS
            and cue.event_type in _MEANS
            and (draft.event_type == "IED") != (cue.event_type == "IED")
        ):
            # "suicide bombers blew themselves up during the raid, wounding seven
            # soldiers": bombs on the ground are not the barrel bombs told before
            continue
        if (
            told is None
            and carried is not None
            and (
                draft.start > cue.sentence.start
                # "September 28: Strikes put two hospitals out of service. November
                # 15: Strikes resume on the east. At least 21 people are killed": of
                # the day its paragraph tells, not of the day of another
                or (own_day and draft.cue.sentence.paragraph != cue.sentence.paragraph)
            )
            and draft.explicit_date
            and not _within(draft.date, carried)
        ):
            # "A second bomb exploded hours later, wounding several. In March, twin
            # bombings killed three": the wounded are not March's
            continue
        wants_toll = (
            (
                has_toll
                and draft.killed is None
                # "Welcome to our coverage of the evacuation of Aleppo. Yesterday,
                # militiamen shot dead three evacuees": a deed's dead are not a deal's
                # or a move's
                and not (
                    draft.event_type == "strategic development"
                    and (cue.event_type in _MEANS or cue.event_type == "attack")
                    and any(c.kind == "killed" and c.value > 0 for c in cue.counts)
                )
                # "Turkish jets struck 51 IS targets around al-Bab. Two Turkish
                # soldiers were killed in IS attacks near the city": the strikes
                # killed none of their own side
                and not _own_dead(draft, cue)
                # "The raids hit a market in the al-Jubaila district": the attack
                # just told, told again where, whose toll is told (not a claim told
                # after it, "the army had eliminated dozens of terrorists")
                and not (
                    draft.start < cue.sentence.start
                    and _ANAPHORA.match(draft.cue.sentence.text)
                    and (
                        first := _first_tolled(drafts) if first is None else first
                    ).get(draft.place.admin1, draft.start)
                    < draft.start
                )
            )
            # "Two more people were wounded": the wounded of the incident just told
            # (an arrest or a deal wounds no one)
            or (
                has_wounded
                and draft.injured is None
                and draft.event_type != "strategic development"
            )
            or (
                has_missing
                and draft.missing is None
                and draft.event_type != "strategic development"
            )
        ) and _compatible(draft, cue)
        # a date from a neighbouring sentence only replaces a publication-date default
        # "It said a chlorine bomb was also dropped nearby late Tuesday": another
        # attack, of its own day
        wants_date = (
            has_date
            and (
                draft.date_rule.startswith("publication")
                or TOLD_ON in draft.date_rule
                # "24 September 2016" under the headline, then "At least 25 people
                # were killed on Saturday": the same day, now told of the deed
                or (
                    draft.date_rule.startswith("carried")
                    and told is not None
                    and told.precision == "day"
                    and told.date == draft.date
                )
                # "hit by air strikes for the third time this month ... The strikes
                # late on Sunday killed a nurse": the day within the month told
                or (
                    draft.date_precision in ("week", "month", "year")
                    and told is not None
                    and told.precision == "day"
                    and _in_time(told.date, draft.date, draft.date_precision)
                    # (not "The faction said on Monday that 11 of its fighters had
                    # been killed": the day of the telling, after the weekend's deed)
                    and not _day_of_telling(cue.sentence.text, told)
                )
            )
            and not (" also " in cue.sentence.text and _ALSO.search(cue.sentence.text))
            # "The regime launched the offensive on December 23. ... In Deir ez-Zor,
            # Islamic State seized part of the Panorama area": a day told in a
            # paragraph before is not the day of an event told in a later one
            and not (
                draft.start > cue.sentence.start
                and draft.cue.sentence.paragraph != cue.sentence.paragraph
            )
            # "The regime and Hezbollah have escalated their assault on Wadi Barada
            # ... regime airstrikes damaged the pumping station on December 23": the
            # day of other means is not the assault's
            and _compatible(draft, cue)
            # nor the day told two paragraphs after a lead ("Air strikes on a
            # hospital in Idlib have killed three ... On November 2, barrel bombs
            # damaged its generator": an earlier attack)
            and abs(draft.cue.sentence.paragraph - cue.sentence.paragraph) <= 1
        )
        # a report's details tell how its victims, counted in a field before, died
        # ("Victims: 5 civilians killed. Details: Artillery shells fell near a
        # school")
        wants_means = (
            cue.section_kind == "record"
            and not has_toll
            and cue.event_type not in (None, "attack")
            and draft.event_type in (None, "attack")
            and draft.start < cue.sentence.start
        )
        if (
            wants_toll
            and cue.trigger is not None
            and cue.actor is not None
            and draft.actor is not None
            and _SIDES.get(cue.actor, cue.actor) != _SIDES.get(draft.actor, draft.actor)
            and cue.event_type in ("armed clash", "attack", "territory change")
            # (who did the deed, named before it and before the dead it counts: not
            # "20 rebels and 11 soldiers were killed in the fighting")
            and (at := cue.sentence.text.find(cue.trigger)) > 0
            and all(c.start >= at for c in cue.counts)
            and actor_of(cue.sentence.text[:at]) == cue.actor
        ):
            # "Kurdish-led forces have encircled Manbij ... Islamic State
            # counter-attacked south-west of the city, killing 15 SDF fighters": a
            # deed of the other side, not the toll of the one told
            wants_toll = False
        if not (wants_toll or wants_means or (wants_date and not has_toll)):
            continue
        if wants_means or (wants_toll and has_toll):
            # "... seven civilians were killed when jets struck a residential street"
            draft.target = draft.target or cue.target
        if wants_toll:
            _set_toll(
                draft,
                cue.counts
                if has_toll
                # (the wounded only, not a part of the dead told: "20 of the dead")
                else [c for c in cue.counts if c.kind != "killed"],
                later=cue,
            )
        if wants_date:
            _set_date(draft, cue, None, draft.article.published)
        draft.quotes.append(cue.sentence.text)
        if draft.event_type in (None, "attack") or (
            # "conducted four airstrikes on Khan Shaykhun. One of the bombs released
            # sarin, killing at least 83": what killed them
            cue.event_type == "chemical" and draft.event_type in _MEANS and wants_toll
        ):
            draft.event_type = cue.event_type or draft.event_type
        draft.actor = draft.actor or cue.actor
        return True
    # none near lacks it: the dead just told, told again ("A paramedic said his team
    # pulled 17 bodies from the rubble")
    return _same_dead_again(cue, drafts)


def _own_dead(draft: Draft, cue: SentenceCues) -> bool:
    """Whether the dead a sentence tells are of the side whose strikes, shelling or
    bombs a draft tells (so not that draft's dead)."""
    actor = draft.actor or draft.cue.actor
    if actor is None or draft.event_type not in _REMOTE:
        return False
    if cue.event_type == "armed clash" and _OFFENSIVE.search(draft.cue.sentence.text):
        # "Insurgents launched an offensive, pounding positions with car bombs and
        # artillery. At least 29 rebels were killed in the fighting": an offensive's
        # own dead fell in the battle it opened
        return False
    side = _SIDES.get(actor, actor)
    return any(
        c.kind == "killed"
        and (who := side_of(c.text)) is not None
        and _SIDES.get(who, who) == side
        for c in cue.counts
    )


_CLAIM = gated(
    r"^(?!.*\b(not|no|denied|denies|deny)\b).*\bclaim(ed|s)?\s+"
    r"(the\s+)?(responsibility|the (attack|bombing|blast))",
    re.I,
)


#: Who did what was just told: "Syrian or Russian jets carried out the raids",
#: "it was not clear whether Syrian or Russian jets were behind the strikes".
_WHO_DID = gated(
    r"\b(?:carried out|conducted|were behind|was behind|responsible for)\s+(?:the|"
    r"these|those|both)\s+(?:[\w-]+\s+)?(?:raids?|strikes?|air ?strikes?|attacks?|"
    r"bombings?|bombardment|shelling)\b"
    # "the strike was carried out by Russian jets"
    r"|\b(?:the|these|those|both)\s+(?:[\w-]+\s+)?(?:raids?|strikes?|air ?strikes?|"
    r"attacks?|bombings?|bombardment|shelling)\s+(?:was|were)\s+(?:\w+\s+)?"
    r"(?:carried out|conducted|launched)\s+by\b"
    # "Local activists said Russian jets were responsible"
    r"|\b(?:jets|warplanes|planes|aircraft|helicopters|forces|troops|artillery)\s+"
    r"(?:were|was)\s+(?:(?:solely|directly|likely|probably)\s+)?responsible\b"
    # "The shell was fired from the rebel-held Daraya"
    r"|\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:shells?|rockets?|mortars?|missiles?)\s+"
    r"(?:was|were|had\s+been)\s+fired\s+(?:by|from)\b"
    # "The rebel faction controlling the town blamed Islamic State"
    r"|\bblam(?:ed|es)\s+[\"“‘']?(?:the\s+)?(?:(?-i:[A-Z])|terrorists?\b|militants\b|"
    r"jihadists\b|insurgents\b|gunmen\b|armed\s+groups\b)"
    # not who is blamed for backing the attackers: "blamed Saudi Arabia, Turkey and
    # Qatar for supporting the militants"
    r"(?![^.;]*\bfor\s+(?:supporting|backing|funding|arming|sponsoring|harbou?ring|"
    r"helping|aiding)\b)",
    re.I,
)


def _attach_claim(cue: SentenceCues, drafts: list[Draft]) -> None:
    """ "Islamic State claimed responsibility": the actor of the incident just told
    (the nearest one before it in its section, at most two paragraphs back: "Two car
    bombs exploded in Homs ... The Observatory said the death toll was at least 46
    ... Islamic State claimed responsibility for the attack")."""
    last = _last_told(cue, drafts, paragraphs=2)
    if (
        last is not None
        and last.actor is not None
        and cue.actor is not None
        and _SIDES.get(last.actor, last.actor) != _SIDES.get(cue.actor, cue.actor)
    ):
        # "A car bomb killed 48 in Sousian. The bombing came a day after rebels
        # captured al-Bab. Islamic State claimed responsibility": the last deed told
        # with no hand, not the other side's
        last = next(
            (
                d
                for d in reversed(drafts[-_RECENT:])
                if d.actor is None
                and d.cue.section == cue.section
                and d.start < cue.sentence.start
                and 0 <= cue.sentence.paragraph - d.cue.sentence.paragraph <= 2
                and d.event_type not in (None, "strategic development", "protest")
            ),
            last,
        )
    if (
        last is not None
        and cue.event_type in _MEANS
        and last.event_type in _MEANS
        and last.event_type != cue.event_type
        and not {last.event_type, cue.event_type} <= _AIR_MEANS
        and not {last.event_type, cue.event_type} <= _GROUND_FIRE
    ):
        # "A boy was killed by a landmine near Manbij ... Two of the 23 strikes were
        # carried out by French jets": whose strikes, not whose landmine
        last = next(
            (
                d
                for d in reversed(drafts[-_RECENT:])
                if d.event_type == cue.event_type
                and d.cue.section == cue.section
                and d.start < cue.sentence.start
            ),
            None,
        )
    if last is None and cue.section_time:
        # "UPDATE 1200 GMT: The Syrian Observatory says the strike was carried out by
        # Russian jets": a live blog's update tells of the one strike the blog is
        # about, told in another update
        open_ = [
            d
            for d in drafts
            if d.actor is None
            and d.cue.section != cue.section
            and (cue.event_type is None or d.event_type in (cue.event_type, "attack"))
        ]
        same = [d for d in open_ if d.event_type == cue.event_type]
        last = same[0] if len(same) == 1 else open_[0] if len(open_) == 1 else None
    if last is not None and last.actor is None:
        last.actor = cue.actor
        last.quotes.append(cue.sentence.text)
    if last is not None and _BOTH_ATTACKS.search(cue.sentence.text):
        # "... A second explosion at a restaurant killed 25 more. ISIL claimed
        # responsibility for both attacks": the one told before it in its paragraph
        # too
        earlier = [
            d
            for d in drafts
            if d.cue.section == last.cue.section
            and d.cue.sentence.paragraph == last.cue.sentence.paragraph
            and d.start < last.start
            and d.place.place_id != last.place.place_id
        ]
        if earlier:
            other = max(reversed(earlier), key=lambda d: d.start)
            if other.actor is None:
                other.actor = cue.actor
                other.quotes.append(cue.sentence.text)
    elif last is not None and _THE_ATTACKS.search(cue.sentence.text):
        # "Bombings ripped through Jableh and Tartus ... At least 73 were killed in
        # Jableh. In Tartus, a car bomb killed 48. IS claimed responsibility for the
        # attacks": every one of them told that day, by the same means
        for d in drafts:
            if (
                d.actor is None
                and d is not last
                and d.cue.section == cue.section
                and d.start < cue.sentence.start
                and 0 <= cue.sentence.paragraph - d.cue.sentence.paragraph <= 3
                and d.date == last.date
                and d.event_type == last.event_type
            ):
                d.actor = cue.actor
                d.quotes.append(cue.sentence.text)


#: A claim or a hand told of the deeds just told: "claimed responsibility for the
#: attacks".
_THE_ATTACKS = gated(
    r"\b(?:the|these|those|all|all\s+the)\s+(?:[\w-]+\s+)?(?:attacks|bombings|blasts|"
    r"explosions)\b",
    re.I,
)
#: A claim or a hand told of two deeds: "claimed responsibility for both attacks".
_BOTH_ATTACKS = gated(
    r"\b(?:both|the two|the twin)\s+(?:attacks|bombings|blasts|explosions|strikes)\b",
    re.I,
)


NATIONAL_RULE = "national tally: no point"


def _killed(cue: SentenceCues) -> int:
    return max((c.value for c in cue.counts if c.kind == "killed"), default=0)


def _deaths_of_one_event(cue: SentenceCues) -> bool:
    """Whether a sentence tells deaths that may be one event's: a number, not a mass
    ("killed thousands in the east"), nor a part of a group told before ("Eight of
    them are missing and believed dead")."""
    return any(
        c.kind == "killed"
        and c.value > 0
        and (not _MASS.search(c.text) or _IN_ONE_EVENT.search(cue.sentence.text))
        and not _PART_OF_TOLD.match(c.text)
        for c in cue.counts
    )


_PART_OF_TOLD = gated(
    # (not "nine civilians, four of them children, were killed": the whole, and a
    # part of it told aside)
    r"[^,]*?\bof (?:them|whom|those|the dead|the victims|the killed|the fatalities)\b",
    re.I,
)
#: A mass of dead told of one event: "Hundreds of people were killed there in a
#: massacre by government troops in August 2012".
_IN_ONE_EVENT = gated(
    r"\b(?:killed|died|dead)\s+(?:there\s+)?(?:in|during)\s+(?:a|the|one)\s+"
    r"(?:single\s+)?(?:massacre|chemical attack|gas attack)\b",
    re.I,
)


def _national(
    article: Article,
    cue: SentenceCues,
    carried: DatePhrase | None,
    counts: list[Count] | None = None,
) -> Draft:
    """ "The deaths of another 67 people across Syria were documented on Sunday": kept,
    as a country-wide tally without a point, never scattered onto a place."""
    place = Resolution(query="Syria", name="Syria", kind="country", rule=NATIONAL_RULE)
    draft = _new_draft(article, cue, place, "Syria")
    _set_date(draft, cue, carried, article.published)
    _set_toll(draft, cue.counts if counts is None else counts)
    return draft


def _parts_by_place(
    article: Article,
    cue: SentenceCues,
    resolved: list[Resolution],
    carried: DatePhrase | None,
    governorates: dict[str, Resolution],
) -> list[Draft]:
    """ "58 people were killed across Syria today, 31 of them in Aleppo Province and
    12 in Idlib", "28 people were killed today in east Aleppo, 11 of them in the Shaar
    district": the whole toll kept where it is told (the country's, without a point;
    or the one place named without a part), and each part at its place. Empty unless
    some place is told with its part and the rest of the sentence leaves no doubt
    where the whole belongs. A part of the country's toll told at a governorate's
    city ("87 killed across Syria, 41 of them in Idlib") is the governorate's."""
    text = cue.sentence.text
    parts: list[tuple[int, Count]] = []
    others: list[int] = []
    for i, mention in enumerate(cue.mentions):
        if mention.context_for is None:
            part = part_before(text, mention.start - cue.sentence.start)
            if part is None:
                others.append(i)
            else:
                parts.append((i, part))
    whole = [
        c
        for c in cue.counts
        if not any(c.start < p.end and p.start < c.end for _, p in parts)
    ]
    if (
        len(parts) >= 2
        and not others
        and not cue.national
        and (dead := [c for c in whole if c.kind == "killed"])
        and sum(p.value for _, p in parts) == dead[0].value
    ):
        # "the death toll at 148: 100 in Jableh and 48 in Tartus": the whole told
        # place by place is counted once, at its places
        return [
            _draft_at(article, cue, resolved, i, carried, [part]) for i, part in parts
        ]
    areas = {resolved[i].admin1 for i, _ in parts}
    if (
        len(parts) >= 2
        and not others
        and not cue.national
        and len(areas) == 1
        and (area := governorates.get(next(iter(areas)) or "")) is not None
        and (dead := [c for c in whole if c.kind == "killed"])
        and dead[0].value > sum(p.value for _, p in parts)
    ):
        # "At least 21 people were killed in the area on Saturday, including 8 in
        # Saqba and 5 in Kafr Batna": the parts at their places, the whole kept as
        # their governorate's tally (the area it was told of is named no finer)
        tally = _new_draft(article, cue, area, "")
        _set_date(tally, cue, carried, article.published)
        _set_toll(tally, whole)
        return [tally] + [
            _draft_at(article, cue, resolved, i, carried, [part]) for i, part in parts
        ]
    if (
        not parts
        or len(others) > 1
        or (cue.national and others and not _in_it(cue))
        # "killed 12 people, including 5 in Douma": the 12 stay with Douma, where
        # the sentence puts them, rather than nowhere
        or not (others or cue.national)
    ):
        return []
    if not any(c.kind == "killed" for c in whole):
        return []
    drafts = []
    if others:
        city = resolved[others[0]]
        if (
            city.kind == "city"
            and cue.mentions[others[0]].qualifier != "city"
            and (area := governorates.get(city.admin1 or "")) is not None
            and any(
                resolved[i].lat is not None
                and resolved[i].admin1 == city.admin1
                and _km(resolved[i], city) > _INSIDE_KM["city"]
                for i, _ in parts
            )
        ):
            # "30 people were killed in Idlib, 12 in airstrikes on Saraqib and 18 in
            # shelling on Binnish": parts in towns of the governorate, not in the
            # city: the whole is the governorate's
            resolved = list(resolved)
            resolved[others[0]] = area
        dead = [c for c in whole if c.kind == "killed"]
        if (
            len(parts) >= 2
            # (or one of the counts before, the total the new dead brought it to:
            # "documented the death of a man ..., and thereby the number of people
            # killed ... rose to 7, they are 3 in Douma, 2 in Kafr Batna, ...")
            and any(
                sum(p.value for _, p in parts) == d.value
                and (
                    len(dead) == 1
                    or any(w in d.text for w in (" rose ", " risen ", " reached "))
                )
                for d in dead
            )
            and resolved[others[0]].geo_precision in (2, 3)
        ):
            # "44 killed in the Eastern Ghouta, 17 in Douma, 11 in Hamouriyah, ...":
            # the area's dead told place by place are counted once, at their places;
            # the area keeps the rest of its toll (the wounded)
            whole = [c for c in whole if c.kind != "killed"]
        if whole:
            drafts.append(_draft_at(article, cue, resolved, others[0], carried, whole))
    elif cue.national:
        drafts.append(_national(article, cue, carried, whole))
        resolved = [
            governorates.get(r.admin1 or "", r)
            if r.kind == "city" and m.qualifier != "city"
            else r
            for r, m in zip(resolved, cue.mentions, strict=True)
        ]
    for i, part in parts:
        drafts.append(_draft_at(article, cue, resolved, i, carried, [part]))
    return drafts


#: A part of a toll told of one strike: "8 in a single strike on".
_STRIKE_PART = gated(
    r"\bin\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:massacre|attack|strike|air\s?strike|"
    r"bombing|shelling|raid)\b",
    re.I,
)


def _strike_part(cue: SentenceCues, mention: Mention) -> Count | None:
    """The part of a toll told of one strike right before a place ("8 in a single
    strike on the al-Ansari neighborhood"), if any."""
    text = cue.sentence.text
    at = mention.start - cue.sentence.start
    if " in " not in text or _STRIKE_PART.search(text, max(0, at - 100), at) is None:
        return None
    part = part_before(text, at)
    if part is None or _STRIKE_PART.search(part.text) is None:
        return None
    return part


def _in_it(cue: SentenceCues) -> bool:
    """Whether a national sentence's toll is told of its one place ("100 people were
    killed in Jableh ..., and 48 in Tartous") rather than of the country ("58 were
    killed across Syria, 31 of them in Aleppo")."""
    return _NATIONAL_WORDS.search(cue.sentence.text) is None


_NATIONAL_WORDS = gated(
    r"\b(?:across|in|throughout) (?:Syria|the country)\b|\bnationwide\b", re.I
)


def _quarter_of_the_whole(
    article: Article,
    cue: SentenceCues,
    resolved: list[Resolution],
    carried: DatePhrase | None,
    city: tuple[Resolution, str] | None,
) -> list[Draft]:
    """ "More than 30 people were killed in air strikes on the remaining rebel areas,
    including 12 in the Kallaseh district": a city's dead told at no place, a part of
    them at one of its quarters: the whole in the city told before (precision 2), the
    part at the quarter. Empty otherwise."""
    if (
        city is None
        or cue.national
        or len(cue.mentions) != 1
        or cue.mentions[0].context_for is not None
        or resolved[0].kind != "neighbourhood"
        or resolved[0].admin1 != city[0].admin1
        or _km(resolved[0], city[0]) > _CITY_KM
        or " in " not in cue.sentence.text
    ):
        return []
    part = part_before(cue.sentence.text, cue.mentions[0].start - cue.sentence.start)
    if part is None:
        return []
    whole_counts = [
        c for c in cue.counts if not (c.start < part.end and part.start < c.end)
    ]
    dead = [c for c in whole_counts if c.kind == "killed"]
    if not dead or dead[0].value <= part.value:
        return []  # ("killed 12 people, including 5 in Douma": the 12 are Douma's)
    at_city = dataclasses.replace(
        city[0], geo_precision=2, rule=f"part of {city[0].name}, the city told before"
    )
    whole = _new_draft(article, cue, at_city, city[1])
    _set_date(whole, cue, carried, article.published)
    _set_toll(whole, whole_counts)
    return [whole, _draft_at(article, cue, resolved, 0, carried, [part])]


def _draft_at(
    article: Article,
    cue: SentenceCues,
    resolved: list[Resolution],
    i: int,
    carried: DatePhrase | None,
    counts: list[Count],
) -> Draft:
    """A draft at the sentence's i-th place, with the toll of ``counts``."""
    mention = cue.mentions[i]
    at = mention.start - cue.sentence.start
    draft = _new_draft(
        article, cue, resolved[i], cue.sentence.text[at : at + len(mention.name)]
    )
    _set_date(draft, cue, carried, article.published, at)
    _set_toll(draft, counts)
    return draft


def _where_it_fell(a: Draft, b: Draft) -> bool:
    """ "Shelling killed nine in Douma on Tuesday. ... The shelling targeted the area
    around the Grand Mosque and the al-Hajjariyeh neighbourhood": the deed just told at
    the town, told again where in it it fell."""
    whole, part = (a, b) if b.place.rule.startswith("part of") else (b, a)
    return (
        not whole.place.rule.startswith("part of")
        and part.article is whole.article
        and part.start > whole.start
        and part.killed is None
        and part.cue.section == whole.cue.section
        and part.date == whole.date
        and _THE_STRIKES_HIT.match(part.cue.sentence.text.lstrip()) is not None
    )


def _same_event(a: Draft, b: Draft) -> bool:
    if a.place.place_id != b.place.place_id:
        return False
    if (
        a.place.place_id is None
        and a.place_text
        and b.place_text
        and name_key(a.place_text) != name_key(b.place_text)
        and (a.cue.section, a.cue.sentence.paragraph)
        != (b.cue.section, b.cue.sentence.paragraph)
    ):
        # Sanaa and Diyarbakir, both unplaced, told in paragraphs of their own, are
        # two places
        return False
    if (
        (a.place.rule.startswith("part of") or b.place.rule.startswith("part of"))
        and name_key(a.place_text) != name_key(b.place_text)
        # "The destroyed al-Quds Hospital in the Sukkari district" over "an airstrike
        # destroyed the al-Quds Hospital": one hospital of the quarter
        and not (a.target and a.target == b.target)
        and not _where_it_fell(a, b)
    ):
        return False  # two unknown quarters of one city are two places
    if (a.event_type == "strategic development") != (
        b.event_type == "strategic development"
    ) and ((a.killed or 0) > 0 or (b.killed or 0) > 0):
        # "A boy has died of starvation in Madaya" is not the aid convoy that
        # entered it: a death is no arrival, a deal or a move
        return False
    if (
        a.killed is not None
        and b.killed is not None
        and a.killed != b.killed
        and not (
            # "Activists said 71 were killed in the Sayyida Zeinab bombing": the
            # bombing told before, its toll told otherwise (a range, below)
            b.cue.section == a.cue.section
            and a.killed > 0
            and b.killed > 0
            and _THE_EVENT.search(b.cue.sentence.text)
            and not _ANOTHER.match(b.cue.sentence.text)
        )
        and not (
            # "More than 150 people were killed in Tremseh on Thursday, activists
            # said. The government said its forces had clashed with armed groups in
            # Tremseh, killing dozens of them, and denied that civilians had been
            # targeted": the other side's account of the same event
            a.article is b.article
            and a.date == b.date
            and a.cue.section == b.cue.section
            and abs(a.cue.sentence.paragraph - b.cue.sentence.paragraph) <= 2
            and any(_COUNTER_ACCOUNT.search(d.cue.sentence.text) for d in (a, b))
        )
        and not (
            # "at least seven people were killed when missiles struck Maarat
            # al-Nu'man ... UPDATE: The death toll from this morning's airstrikes on
            # Maarat al-Nu'man has risen to 19": one event, its toll told as it grew
            a.article is b.article
            and (a.date == b.date or _updated_since(a, b))
            and (
                _toll_grew(a, b)
                or _bodies_of(a, b)
                # "UPDATE: six people have died after the chlorine attack on
                # Sarmin", of the attack an earlier update gave four dead
                or _THE_EVENT.search(_by_toll(a, b)[0].cue.sentence.text) is not None
            )
        )
    ):
        return False
    if not _compatible(a, b.cue):  # a capture and a shelling are two events
        return False
    if (
        a.cue is not b.cue
        and a.event_type != b.event_type
        and "IED" in (a.event_type, b.event_type)
        and (fired := a if a.event_type in _FIRED else b).event_type in _FIRED
        # ("killed in the Sayyida Zeinab bombing": the car bomb told again)
        and not (fired.cue.trigger or "").lower().startswith("bomb")
    ):
        # "The coalition conducted 23 air strikes near Manbij ... three people were
        # killed by a landmine near Manbij on Tuesday": a mine is no strike
        return False
    if (
        a.cue is not b.cue
        and a.article is b.article
        and (_told_as_second(b.cue) or _told_as_second(a.cue))
    ):
        return False  # "A second, smaller bomb exploded near a hospital in the city"
    if (
        a.cue is not b.cue
        and a.article is b.article
        and a.event_type != b.event_type
        and a.event_type in _MEANS
        and b.event_type in _MEANS
        and _LATER.match(max(a, b, key=lambda d: d.start).cue.sentence.text)
    ):
        # "A chemical attack killed 58 in Khan Shaykhun. Hours later, rockets hit a
        # hospital there": another strike, by other means, after the one told
        return False
    if (
        a.event_type == b.event_type == "territory change"
        and a.actor is not None
        and b.actor is not None
        and _SIDES.get(a.actor, a.actor) != _SIDES.get(b.actor, b.actor)
    ):
        return False  # "rebels took Maardes ... regime forces retook it a day later"
    if (
        a.cue is not b.cue
        and a.actor is not None
        and b.actor is not None
        and _SIDES.get(a.actor, a.actor) != _SIDES.get(b.actor, b.actor)
        and (
            a.event_type in _REMOTE
            or b.event_type in _REMOTE
            or "territory change" in (a.event_type, b.event_type)
        )
        and "armed clash" not in (a.event_type, b.event_type)
    ):
        # "Turkish jets struck 51 IS targets around al-Bab ... Two Turkish soldiers
        # were killed in IS attacks near the city": two sides' strikes, two events
        return False
    if a.date == b.date:
        return True
    if (
        (a.cue.section_kind == "caption") != (b.cue.section_kind == "caption")
        and a.article is b.article
        and a.date_precision == b.date_precision == "day"
        and a.date is not None
        and b.date is not None
        and abs((a.date - b.date).days) <= 2
    ):
        # "PHOTO: Civilians flee Masaken Hanano after the regime advance, November
        # 27, 2016" over the story's capture on Saturday the 26th: the day the photo
        # was taken, of the event the story tells
        return True
    if (
        (a.cue.section_kind == "caption") != (b.cue.section_kind == "caption")
        and a.article is b.article
        and a.date is not None
        and b.date is not None
        and {a.date_precision, b.date_precision} == {"day", "month"}
        and (a.date.year, a.date.month) == (b.date.year, b.date.month)
    ):
        # "Photo: Smoke rises over Daraya after a barrel bomb attack, May 2016" over
        # the story's barrel bombs on Thursday the 19th: the month of the day told
        return True
    # a live-blog update tells what happened by the time it was posted: the
    # update's day is as told as a named one ("UPDATE 1130 GMT: A boy has died of
    # starvation in Madaya" is not the woman a sniper shot there on Wednesday)
    # (unless it tells a toll told before, grown: "UPDATE 1315 GMT: the number of
    # civilians killed in Latamneh has risen to 9")
    a_told = a.explicit_date or a.date_rule.startswith("live-blog")
    b_told = b.explicit_date or b.date_rule.startswith("live-blog")
    if not (a_told and b_told):
        return True
    if (
        a.article is b.article
        and a.cue.section == b.cue.section
        and (a.date is not None and b.date is not None)
        and (
            (b.date < a.date and _said_on(a) and _THE_EVENT.search(b.cue.sentence.text))
            or (
                a.date < b.date
                and _said_on(b)
                and _THE_EVENT.search(a.cue.sentence.text)
            )
        )
    ):
        # "A U.S. drone strike near Raqqa killed a senior commander, the Pentagon said
        # on Thursday. ... was killed in the strike on Tuesday": the day it was said,
        # and the day of the strike it told
        return True
    return not (a.explicit_date and b.explicit_date) and (
        _toll_grew(a, b)
        # "UPDATE 2030 GMT: six people have died after the chlorine attack on
        # Sarmin": the attack told before, its dead told again
        or any(_THE_EVENT.search(d.cue.sentence.text) for d in (a, b))
    )


#: Means from the air, often told one for another ("barrel bombs", "air strikes"), and
#: fire from the ground ("shells", "rockets").
_AIR_MEANS = frozenset({"airstrike", "barrel bomb", "chemical"})
_GROUND_FIRE = frozenset({"shelling", "missile strike", "chemical"})
#: Means fired or dropped from afar, none a bomb planted.
_FIRED = frozenset({"airstrike", "barrel bomb", "shelling", "missile strike", "sniper"})
#: One side's account that denies the other's: "and denied that civilians had been
#: targeted".
_COUNTER_ACCOUNT = gated(
    r"\b(?:denied|denies|dismissed|rejected)\s+(?:that\s+|reports\s+that\s+|"
    r"claims\s+that\s+)?(?:any\s+)?(?:civilians|its\s+(?:forces|jets|troops)|it)\s+"
    r"(?:had\s+|have\s+|were\s+|was\s+)?(?:been\s+)?(?:targeted|killed|hit|"
    r"involved|struck|carried out)\b",
    re.I,
)


def _said_on(d: Draft) -> bool:
    """Whether a draft's day is the day a source spoke of it ("the Pentagon said on
    Thursday"), not one told of the deed."""
    if not d.date_text or d.date_precision != "day":
        return False
    text = d.cue.sentence.text
    at = text.find(d.date_text)
    return at > 0 and SPOKEN_BEFORE.search(text, max(0, at - 30), at) is not None


def _inside(e: Draft, d: Draft, reach: float | None) -> bool:
    """Whether ``e``'s place lies within ``reach`` km of ``d``'s, apart from it."""
    return (
        reach is not None
        and e.place.place_id != d.place.place_id
        and e.place.geo_precision == 1
        and _km(d.place, e.place) <= reach
    )


#: How far the parts of a toll, and the place "the city" names, are looked for: a
#: paragraph of thousands of sentences stays linear.
_AHEAD_DRAFTS = 40
_BACK_SENTENCES = 30


def _told_in_parts(drafts: list[Draft]) -> list[Draft]:
    """ "...including nine in Idlib city. In Idlib city, a strike hit a building,
    killing a family of seven. Two other people died in the Hay al-Qusour
    neighbourhood": a place's toll told again in parts, each a sentence of its own at
    that place, is their sum; it is not counted again."""
    gone: set[int] = set()
    for n, d in enumerate(drafts):
        if not d.killed or d.place.place_id is None or id(d) in gone:
            continue
        parts: list[Draft] = []
        total = 0
        # ("The number killed in the airstrikes on Eastern Ghouta has risen to 31. The
        # Observatory documented the death of 12 in Douma, 9 in Saqba, 6 in Hamouriya
        # and 4 in Kafr Batna": an area's toll told again town by town, in one
        # sentence)
        area = d.place.kind in ("region", "governorate")
        # a bounded look ahead: a paragraph of thousands of drafts stays linear
        for e in drafts[n + 1 : n + 1 + _AHEAD_DRAFTS]:
            if (
                e.cue.section != d.cue.section
                or e.cue.sentence.paragraph - d.cue.sentence.paragraph > 2
                or total >= d.killed
            ):
                break
            if e.cue is d.cue or (
                e.place.place_id != d.place.place_id
                and not (area and e.place.place_id is not None and _holds(d, e))
            ):
                continue
            if not e.killed or (not area and any(p.cue is e.cue for p in parts)):
                break
            parts.append(e)
            total += e.killed
        if len(parts) >= 2 and total == d.killed:
            parts[0].quotes += [q for q in d.quotes if q not in parts[0].quotes]
            for part in parts if area else parts[:1]:
                # (an area's toll, of one hand: each town's dead are by it)
                part.actor = part.actor or d.actor
            gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]


#: A place's share of a toll told just before: "In the Bab al-Nairab neighbourhood
#: alone, 18 people died".
_ALONE = gated(r"\b(?:in|at)\s+(?:the\s+)?[^,.;]{1,60}?\balone\b", re.I)


#: The Syrian army named as such: "the Syrian army", "Assad's forces", "the regime".
_SYRIAN_ARMY_NAMED = gated(
    r"\b(?:Syrian|Assad|regime|pro-government|government|loyalist)", re.I
)


def _armies_abroad(drafts: list[Draft]) -> None:
    """ "In Lebanon, the army said it arrested 11 suspected militants near Arsal": an
    army told unqualified abroad is that country's, not the Syrian government's (which
    "the army" means in Syrian news)."""
    for d in drafts:
        if (
            d.actor == "regime"
            and d.place.abroad
            and _SYRIAN_ARMY_NAMED.search(d.cue.sentence.text) is None
        ):
            d.actor = None


def _alone_parts(drafts: list[Draft]) -> None:
    """ "At least 45 civilians were killed across the east on Friday ... In the Bab
    al-Nairab neighbourhood alone, 18 people died": the quarter's dead are part of the
    toll told of the area holding it (a city, a part of one, a region or a
    governorate), which keeps the rest, so that none is counted twice."""
    last: Draft | None = None  # the last draft with a toll, in reading order
    others = False  # whether another incident was told since
    for e in drafts:
        if (
            e.killed
            and last is not None
            and last.cue is not e.cue
            and "alone" in e.cue.sentence.text
            and _ALONE.search(e.cue.sentence.text)
            and last.cue.section == e.cue.section
            # (or one paragraph further, told of the same toll: "Twenty children
            # were among those killed")
            and e.cue.sentence.paragraph - last.cue.sentence.paragraph
            <= (1 if others else 2)
            and last.killed is not None
            and last.killed > e.killed
            and last.date == e.date
            and _holds(last, e)
        ):
            part = e.killed
            last.killed -= part
            if last.killed_low is not None:
                last.killed_low = max(0, last.killed_low - part)
            if last.killed_high is not None:
                last.killed_high -= part
            last.toll_text = f"{last.toll_text} ({part} of them in {e.place_text})"
        if e.killed:
            last, others = e, False
        elif last is not None and e.cue is not last.cue:
            others = True


def _holds(area: Draft, e: Draft) -> bool:
    """Whether the area a draft is placed at holds the place of another."""
    if area.place.geo_precision == 3:
        return area.place.admin1 == e.place.admin1
    reach = _INSIDE_KM.get(area.place.kind or "")
    return reach is not None and _km(area.place, e.place) <= reach


def _recap(
    d: Draft, group: set[str], last_told: dict[tuple[str, dt.date | None], Draft]
) -> bool:
    """ "In Jableh, 100 were killed ... In Tartus, 48 ... - 23 May: Jableh and Tartus
    bombings kill 148": a toll told for several places at once, after the tolls told
    of each on that day, that is their sum, is told again; its toll goes (the draft
    stays, to merge with the places' incidents)."""
    parts = [last_told.get((place_id, d.date)) for place_id in group]
    told = [p for p in parts if p is not None and p.killed and p.cue is not d.cue]
    if len(told) < len(group) or sum(p.killed or 0 for p in told) != d.killed:
        return False
    d.killed = d.killed_low = d.killed_high = None
    d.toll_text = ""
    return True


def _joint_tolls(drafts: list[Draft]) -> list[Draft]:
    """ "Bombings ripped through Jableh and Tartus, killing 148. ... In Jableh, ...
    killing 100. In Tartus, ... killing 48": a toll told for several places at once,
    then place by place, is the sum of the tolls told after it; it is not counted
    again. So is a governorate's toll told town by town ("airstrikes in Idlib
    province killed 44 ... 38 in Ariha ... Six others in Maarzaf")."""
    gone: set[int] = set()
    # indexes, so that a long text of many tolls stays linear: the places of each
    # sentence, and the drafts of each paragraph of each section
    places_of: dict[int, set[str]] = {}
    in_paragraph: dict[tuple[int, int], list[Draft]] = {}
    for e in drafts:
        if e.place.place_id:
            places_of.setdefault(id(e.cue), set()).add(e.place.place_id)
        key = (e.cue.section, e.cue.sentence.paragraph)
        in_paragraph.setdefault(key, []).append(e)
    # the last toll told of each place, on each day, before the draft at hand
    last_told: dict[tuple[str, dt.date | None], Draft] = {}
    for d in drafts:
        if d.killed is None or not d.killed:
            continue
        group = places_of.get(id(d.cue), set())
        if len(group) >= 2 and _recap(d, group, last_told):
            continue
        if d.place.place_id is not None:
            last_told[(d.place.place_id, d.date)] = d
        province = len(group) == 1 and d.place.geo_precision == 3
        # "Nine civilians were killed in the Eastern Ghouta ... five in Hamouria, two
        # in Saqba and two in Kafr Batna": a region's (or a city's) toll, told town by
        # town (or quarter by quarter)
        reach = (
            (
                # ("villages south of Jarablus": the villages about a town, told next)
                _AROUND_KM
                if told_off_a_place(d.place)
                else _INSIDE_KM.get(d.place.kind or "")
            )
            if group <= {d.place.place_id}
            else None
        )  # a region may have no id
        area = (
            not province
            and reach is not None
            and d.place.lat is not None
            and d.place.lon is not None
        )
        if len(group) < 2 and not province and not area:
            continue
        later: dict[str, int] = {}
        paragraph = d.cue.sentence.paragraph
        for e in (
            e
            for p in range(paragraph + 1, paragraph + 4)
            for e in in_paragraph.get((d.cue.section, p), ())
        ):
            if (
                e.cue is not d.cue
                and e.cue.section == d.cue.section
                and e.start > d.start
                and 0 < e.cue.sentence.paragraph - d.cue.sentence.paragraph <= 3
                and e.place.place_id is not None
                and (
                    e.place.admin1 == d.place.admin1
                    if province
                    else _inside(e, d, reach)
                    if area
                    else e.place.place_id in group
                )
                and e.killed is not None
            ):
                # a place's toll told in parts: their sum ("a family of seven ...
                # two other people in the Hay al-Qusour neighbourhood")
                later[e.place.place_id] = later.get(e.place.place_id, 0) + e.killed
                if area and sum(later.values()) >= 0.9 * d.killed:
                    break  # the places told next, up to the toll
        told = len(later) >= 2 if province or area else len(later) == len(group)
        # (every place of the group told with its own toll: theirs, though their sum
        # may fall short of the toll told at once, "more than 140" of 73 and 48,
        # the sources differing or some dead placed nowhere)
        share = 0.9 if province or area else 0.75
        if told and share * d.killed <= sum(later.values()) <= 1.1 * d.killed:
            d.killed = d.killed_low = d.killed_high = None
            d.toll_text = ""
            if province or area:  # a governorate without a toll is no incident
                first = next(e for e in drafts if e.place.place_id in later)
                first.quotes += [q for q in d.quotes if q not in first.quotes]
                first.target = first.target or d.target
                for e in drafts:
                    if e.place.place_id in later and e.start > d.start:
                        e.actor = e.actor or d.actor  # "in regime air raids"
                        if e.event_type in (None, "attack"):
                            e.event_type = d.event_type or e.event_type
                gone.add(id(d))
        elif told and province and d.actor and sum(later.values()) < 0.9 * d.killed:
            # "At least 39 people were killed across Idlib Province in Russian and
            # regime airstrikes. ... Kafr Nabl, where 13 died ... Another 9 in Maarat
            # al-Numan": some of the province's dead, told town by town, by its hand;
            # the province's toll stands
            for e in drafts:
                if e.place.place_id in later and e.start > d.start and not e.actor:
                    e.actor = d.actor
    return [d for d in drafts if id(d) not in gone]


#: How far from the area told first the place of the same target, told again, may lie.
_TARGET_PLACED_KM = 30.0


def _target_placed(drafts: list[Draft]) -> list[Draft]:
    """ "The attack on an aid convoy near Aleppo on Monday night killed about 20
    people. ... On Monday, 18 of the convoy's 31 trucks were destroyed at a warehouse
    in Urum al-Kubra, west of Aleppo": the target told again ("the convoy") on its
    day, at a place within the area told first, places the incident told of it."""
    last: dict[str, Draft] = {}  # the last draft told of each target
    gone: set[int] = set()
    for d in drafts:
        if d.target is None:
            continue
        # (by its head noun: "an aid convoy", "the convoy's trucks")
        target = d.target.split()[-1].rstrip("s")
        first = last.get(target)
        last[target] = d
        if (
            first is None
            # "strikes on hospitals in Idlib province killed 23 ... the hospital in
            # Maarat al-Numan": one of several told first holds not all their dead
            or (first.target or "").endswith("s")
            or first.article is not d.article
            or first.cue is d.cue
            or first.cue.section != d.cue.section
            or not 0 < d.cue.sentence.paragraph - first.cue.sentence.paragraph <= 4
            or (first.place.geo_precision or 9) < 2
            or d.place.geo_precision != 1
            or first.date != d.date
            or (d.killed is not None and d.killed != first.killed)
            or _km(first.place, d.place) > _TARGET_PLACED_KM  # (inf: no point)
            or not _told_as_the(target, d.cue.sentence.text)
        ):
            continue
        first.place, first.place_text = d.place, d.place_text
        first.quotes += [q for q in d.quotes if q not in first.quotes]
        first.actor = first.actor or d.actor
        if first.injured is None:
            first.injured = d.injured
        gone.add(id(d))
        last[target] = first
    return [d for d in drafts if id(d) not in gone] if gone else drafts


def _merge(drafts: list[Draft]) -> list[Draft]:
    merged: list[Draft] = []
    # by place: only drafts of one place can be one event (see _same_event), and a
    # long text of thousands of drafts stays linear
    by_place: dict[str | None, list[Draft]] = {}
    for draft in drafts:
        if _told_as_second(draft.cue):
            merged.append(draft)  # "a second bomb": another event, merged with none
            continue
        same_place = by_place.setdefault(draft.place.place_id, [])
        # (the recent ones: a text that names one place thousands of times, each a
        # draft, stays linear)
        twin = next((m for m in same_place[-_RECENT:] if _same_event(m, draft)), None)
        if twin is None:
            merged.append(draft)
            same_place.append(draft)
            continue
        if draft.explicit_date and (
            not twin.explicit_date
            # the story's day over a photo's
            or (twin.cue.section_kind == "caption" != draft.cue.section_kind)
            # the strike's day over the day a source spoke of it
            or (
                _said_on(twin)
                and not _said_on(draft)
                and twin.date is not None
                and draft.date is not None
                and draft.date < twin.date
            )
        ):
            twin.date, twin.date_precision = draft.date, draft.date_precision
            twin.date_text, twin.date_rule = draft.date_text, draft.date_rule
            twin.explicit_date = True
        if draft.killed is not None:
            if twin.killed is None:
                twin.killed, twin.toll_text = draft.killed, draft.toll_text
                twin.killed_low, twin.killed_high = draft.killed_low, draft.killed_high
            else:
                highs = [
                    x for x in (twin.killed_high, draft.killed_high) if x is not None
                ]
                differ = twin.killed != draft.killed
                twin.killed = max(twin.killed, draft.killed)
                twin.killed_low = min(
                    x for x in (twin.killed_low, draft.killed_low) if x is not None
                )
                if differ and highs:  # sources differ: the toll is a range
                    twin.killed_high = max([*highs, twin.killed])
        if twin.injured is None:
            twin.injured = draft.injured
        if twin.missing is None:
            twin.missing = draft.missing
        if (
            twin.place.geo_precision
            and draft.place.geo_precision
            and draft.place.geo_precision < twin.place.geo_precision
        ):
            twin.place = draft.place
        twin.event_type = (
            twin.event_type
            if twin.event_type not in (None, "attack")
            # "hunger under siege ... a regime sniper killed a boy": the siege is the
            # town's state; the deed that killed, the event
            and not (
                twin.event_type == "siege"
                and draft.killed
                and draft.event_type not in (None, "attack", "siege")
            )
            else draft.event_type or twin.event_type
        )
        twin.actor = twin.actor or draft.actor
        twin.target = twin.target or draft.target
        twin.quotes += [q for q in draft.quotes if q not in twin.quotes]
    return merged


#: A timeline's entry, opening with its day: "November 15: Russia and the regime
#: resume air strikes", "19 Sept 2016 - An aid convoy is bombed".
_DATED_ITEM = gated(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
    r"(?:,?\s+\d{4})?\s*[:–—-]\s"
)


def build_incidents(
    article: Article,
    cues: list[SentenceCues],
    resolutions: list[list[Resolution]],
    *,
    governorates: dict[str, Resolution] | None = None,
    dateline: tuple[Resolution, str] | None = None,
) -> list[Draft]:
    """Assemble an article's incidents from its cues and their resolved places.

    Parameters
    ----------
    article : Article
        The article the cues come from.
    cues : list of SentenceCues
        From :func:`geo.extraction.extract_cues`.
    resolutions : list of list of Resolution
        From :func:`geo.geocoding.resolve_sentences`, aligned with ``cues``.
    governorates : dict, optional
        The governorates' resolutions by name, for tallies told by governorate.
    dateline : (Resolution, str), optional
        The Syrian place the story is filed from ("MAARAT AL-NUMAN, Syria —"): what
        happened with no place named, before any other place, happened there.

    Returns
    -------
    list of Draft
        One per incident, in reading order.
    """
    # a report's fields of place, by cue ("Place: Hass, Idlib countryside")
    field_places: dict[int, tuple[Resolution, str]] = {}
    if ":" in article.text and any(
        _RECORD_FIELD.match(line) for line in article.text.split("\n") if ":" in line
    ):  # (line by line: a search of the whole text tries every position for a "^")
        cues, resolutions, field_places = _record_fields(cues, resolutions)
    drafts: list[Draft] = []
    orphans: list[
        tuple[SentenceCues, tuple[Resolution, str] | None, DatePhrase | None]
    ] = []
    claims: list[SentenceCues] = []
    # orphans that complete no incident and say where by nothing
    unplaced: list[tuple[SentenceCues, DatePhrase | None]] = []
    # deeds told with no toll nor day of their own, that completed no incident yet
    # ("A: At around 11am, a barrel bomb hit the market"): the incident told right
    # after them, with its dead ("We received 14 dead"), is theirs
    pending: list[SentenceCues] = []
    items: set[tuple[int, int]] = set()  # (section, paragraph) of a timeline's entries
    carried: DatePhrase | None = None
    told_in: dict[int, int] = {}  # id of each date phrase carried -> its paragraph
    # the paragraphs that are items of a bulleted list ("* Homs: A car bomb ...")
    bulleted = {c.sentence.paragraph for c in cues if _BULLET.match(c.sentence.text)}
    summary = _summary_items(cues, bulleted) if bulleted else set()
    labelled: DatePhrase | None = None  # the date of a report's "Date:" field
    unlisted: DatePhrase | None = None  # the last day told outside a bulleted list
    last_place: tuple[Resolution, str] | None = None
    # the scene a sentence of history set, and the story's before it
    history_scene: (
        tuple[tuple[Resolution, str], tuple[Resolution, str] | None] | None
    ) = None
    quoted_at: int | None = None  # the paragraph of the quote last_place is from
    placed_at: int | None = None  # the paragraph last_place is from, told of an event
    last_city: tuple[Resolution, str] | None = None  # the city last named
    # the city last named, as a place or to say where one is ("of Aleppo")
    city_told: tuple[Resolution, str] | None = None
    headlined = {  # the places the story's headline names
        r.place_id
        for r in (resolutions[0] if cues and cues[0].headline else [])
        if r.place_id
    }
    # the one place the headline names, precisely
    headline_place = (
        next(
            (
                (r, m.name)
                for r, m in zip(resolutions[0], cues[0].mentions, strict=True)
                if r.place_id and r.geo_precision == 1 and m.context_for is None
            ),
            None,
        )
        if cues and cues[0].headline and len(resolutions[0]) == 1
        else None
    )
    headline_names = {  # and its names, which may mean the city or its governorate
        name_key(m.name)
        for m in (cues[0].mentions if cues and cues[0].headline else [])
    }
    seen: list[tuple[Resolution, str]] = []  # the places of events, in reading order
    dated_records = {  # the records that tell their date ("Date: 2 April 2017")
        c.section
        for c in cues
        if c.section_kind == "record" and date_field(c.sentence.text)
    }
    anchored: set[int] = set()  # ids of orphans told "there", at a place named before
    headed: set[int] = set()  # ids of orphans told under a heading that names a place
    heading: tuple[Resolution, str] | None = None  # the place a section's heading names
    section: int | None = None
    for k, cue in enumerate(cues):
        if cue.section != section:
            # a report's labelled date ("Incident date: October 17, 2016") holds for
            # what it tells below it, whatever the section
            # a heading that only says which country ("Strikes in Syria", "Strikes
            # in Iraq") goes on with the story: its time holds
            goes_on = (
                section is not None
                and cue.headline
                and _COUNTRY_TOLD.fullmatch(cue.sentence.text.strip()) is not None
            ) or (
                # a table's row amid a story ("Town: Douma | Killed: 12"), a record
                # with no date of its own: the time of the story it sits in
                section is not None
                and cue.section_kind == "record"
                and cue.section not in dated_records
            )
            section, last_place, seen, placed_at = cue.section, None, [], None
            carried = carried if goes_on else labelled
            unlisted = carried
            last_city = city_told = None
            latest: DatePhrase | None = None  # the latest day the section tells
            heading = _place_heading(cue, resolutions[k]) if cue.headline else None
            if heading is not None:
                # a roundup's heading that names a place ("Idlib"): what its section
                # tells without a place happened there
                last_place = heading
        if (
            k
            and cue.section == cues[k - 1].section
            and cue.sentence.paragraph != cues[k - 1].sentence.paragraph
            and cue.sentence.text[:1].isalnum()
            and _DATED_ITEM.match(cue.sentence.text) is not None
        ):
            # "November 15: Russia and the regime resume air strikes on the east": a
            # timeline's entry, a story of its own; the entry before does not set its
            # scene
            last_place, placed_at, quoted_at = heading, None, None
            items.add((cue.section, cue.sentence.paragraph))
        if (where := field_places.get(k)) is not None:
            # a report's field of place ("Place: Hass, Idlib countryside"): what the
            # report tells without a place happened there, as under a heading
            heading = last_place = where
        if (
            history_scene is not None
            and last_place is history_scene[0]
            and article.published is not None
            and any(
                d.precision == "day"
                and abs((article.published - d.date).days) <= _RECENT_DAYS
                for d in cue.dates
            )
        ):
            # "In 1982, soldiers crushed an uprising in Hama. On Tuesday, engineers
            # found a mass grave on the edge of the city": back from history, the
            # scene is the story's again
            last_place = history_scene[1]
            history_scene = None
        event = cue.trigger is not None or any(c.value > 0 for c in cue.counts)
        # "The regime launched the offensive on December 23 ... In Deir ez-Zor, jets
        # struck IS positions": a day weeks before the story, told in a paragraph
        # before, is background, not the day of what is told now
        fresh = (
            None
            if carried is not None
            # (a report's labelled date holds however long before it came out)
            and carried is not labelled
            and told_in.get(id(carried), cue.sentence.paragraph)
            != cue.sentence.paragraph
            and article.published is not None
            # ("Two days later, a missile struck a bakery": dated from the day told;
            # "On that day, regime forces attacked Basima": the day told)
            and not (
                _shift_told(cue.sentence.text)
                and (
                    _DAY_SHIFT.search(cue.sentence.text)
                    or _THAT_DAY.search(cue.sentence.text)
                )
            )
            and (
                (
                    # (or a week: "captured al-Mayadin two weeks ago")
                    carried.precision in ("day", "week")
                    and (article.published - carried.date).days > 7
                )
                # "The regime had lost the base in September 2015": a month or a year
                # before the story's
                or (
                    carried.precision in ("month", "year")
                    and (carried.date.year, carried.date.month)
                    < (article.published.year, article.published.month)
                    and (article.published - carried.date).days > 31
                )
            )
            else carried
        )
        if (
            latest is not None
            and fresh is not None
            and fresh is not latest
            and told_in.get(id(fresh), cue.sentence.paragraph) != cue.sentence.paragraph
            and _MEANWHILE.match(cue.sentence.text)
        ):
            # "Meanwhile, in northern Syria, rebels were fighting IS near al-Bab",
            # after a paragraph of what happened a week earlier: the time of the
            # story, the latest day it tells; and what follows goes on from it
            fresh = carried = latest
        if (
            latest is not None
            and fresh is not None
            and fresh.precision in ("month", "year")
            and not cue.dates
            and _shift_told(cue.sentence.text)
            and _DAY_SHIFT.match(cue.sentence.text) is not None
        ):
            # "...shelled it heavily in February. A day earlier, a roadside bomb killed
            # two soldiers": a day from the latest day the story told (Saturday's
            # evacuation), not from a month
            fresh = carried = latest
        if (
            fresh is not None
            and fresh is not labelled
            and cue.sentence.paragraph in bulleted
            and (item_at := told_in.get(id(fresh), cue.sentence.paragraph))
            != cue.sentence.paragraph
            and item_at in bulleted
        ):
            # "* Al-Bab: ... a Russian jet bombed their position on Thursday. * Homs:
            # A car bomb exploded near a checkpoint": an item of a digest tells its
            # own news; another item's day is not its (the day told before the list
            # is)
            fresh = unlisted
        zero_toll = not event and bool(cue.counts)  # "No fatalities were reported."
        named = any(
            m.context_for is None and not _unknown_landmark(m, r)
            for m, r in zip(cue.mentions, resolutions[k], strict=True)
        )
        if (
            named
            and cue.counts
            and "among th" in cue.sentence.text
            and _among_the_dead(cue, drafts[-_RECENT:], paragraphs=2, named=True)
        ):
            continue  # "Five children were among the dead in Hamouriyeh"
        if (
            named
            and cue.counts
            and " of " in cue.sentence.text
            and _part_of_joint(cue, resolutions[k], drafts[-_RECENT:])
        ):
            continue  # "Nine of the dead were in Hamouria": the town's part
        if (
            named
            and cue.counts
            and "toll" in cue.sentence.text
            and _toll_risen_at(cue, resolutions[k], drafts[-_RECENT:])
        ):
            continue  # "the toll had risen to 50, as rescuers pulled bodies in Sukkari"
        if named and event and _treated_abroad(cue, resolutions[k]):
            # "25 wounded people had been brought across the border to hospitals in
            # Kilis": the wounded of the attack just told, treated abroad
            orphans.append((cue, None, fresh))
            continue
        if "came " in cue.sentence.text and _DAY_RETOLD.match(cue.sentence.text):
            # "Sunday's attack came as the UN envoy was in Damascus": the day of the
            # attack just told; where the envoy was is no incident
            orphans.append((cue, None, fresh))
            continue
        if (
            cue.actor
            and not named
            and not cue.counts
            and (
                ("claim" in cue.sentence.text and _CLAIM.search(cue.sentence.text))
                or _WHO_DID.search(cue.sentence.text)
            )
        ):
            # "IS claimed responsibility for the attack", "It was not clear whether
            # Syrian or Russian jets carried out the raids": who did the last one
            claims.append(cue)
        elif event and not cue.hedged:
            # "the regime continues to advance": ongoing, of the day it is told, not
            # of a date told before
            ongoing = "continu" in cue.sentence.text and _ONGOING.search(
                cue.sentence.text
            )
            if (
                ongoing
                # ("clashes continued", not "continued to fight": still going on)
                and "continued" in ongoing.group(0).lower()
                and not ongoing.group(0).lower().endswith(" to")
                and fresh is not None
                and fresh.precision == "day"
                and article.published is not None
                and 0 <= (article.published - fresh.date).days <= 1
            ):
                # "clashes continued near Taybat al-Imam", in a report of Thursday's
                # dead published on Friday: the story's day
                ongoing = None
            now: DatePhrase | None = None if ongoing else fresh
            found = (
                (
                    _parts_by_place(
                        article, cue, resolutions[k], now, governorates or {}
                    )
                    if ((named and len(cue.mentions) > 1) or cue.national)
                    # ("killed seven and four in Kafr Nabl and Saraqib respectively":
                    # no part told with its place, but the tolls in the order of the
                    # places)
                    and "respectively" not in cue.sentence.text
                    else []
                )
                or _quarter_of_the_whole(article, cue, resolutions[k], now, city_told)
                or _sentence_drafts(
                    article, cues, resolutions, k, now, governorates or {}
                )
            )
            if found and cue.counts and _toll_told_apart(cue):
                # "The army said it had repelled the assault, killing 60 militants,
                # while rebels said they had captured Minyan": the toll is the
                # assault's, told before; the places are of the other clause's deed
                last = _last_told(cue, drafts, paragraphs=1)
                if last is not None and last.killed is None:
                    _set_toll(last, cue.counts, later=cue)
                    last.quotes.append(cue.sentence.text)
                for d in found:
                    d.killed = d.killed_low = d.killed_high = d.injured = None
                    d.toll_text = ""
            if last_city is not None:
                _facilities_in_the_city(cue, found, last_city)
            if last_city is not None and len(found) == 1:
                found = _the_city_first(article, cue, found, last_city, now)
                found += _held_areas_after(article, cue, found, last_city, now)
            if found and not cue.dates and now is not None and now.precision == "day":
                _days_before(cue, found, now)
            if len(found) > 1 and " after " in cue.sentence.text:
                _taken_days_before(cue, found)
            if found and "days before" in cue.extra:
                _deed_days_before(cue, found)
            if (
                len(found) == 1
                and cue.trigger is None
                and cue.counts
                and all(c.kind == "missing" for c in cue.counts)
                and found[0].place.place_id is not None
                and (
                    searched := next(
                        (
                            d
                            for d in reversed(drafts)
                            if d.place.place_id == found[0].place.place_id
                            and d.cue.section == cue.section
                            and d.missing is None
                        ),
                        None,
                    )
                )
                is not None
            ):
                # "Today, the Civil Defense is still searching the rubble in Darat
                # Izza for three missing people": the missing of the strike told there
                searched.missing = found[0].missing
                searched.quotes.append(cue.sentence.text)
                found = []
            drafts += found
            same = (
                _SAME_PLACE.search(cue.sentence.text)
                if not named and "same " in cue.sentence.text
                else None
            )
            if (
                same is None
                and not named
                and " the " in cue.sentence.text
                and cue.event_type in _MEANS
                and _SEPARATE.search(cue.sentence.text)
                # "killing 2 more people": more dead of the incident told, not another
                and not any(c.more for c in cue.counts)
            ):
                # "A second, smaller bomb exploded near a hospital in the city hours
                # later": another attack, in the city just told
                same = _THE_PLACE_AGAIN.search(cue.sentence.text)
            if same and not found and not cue.national:
                # "killed 48 people in the same city": there, whatever lacks a toll
                if same.lastindex == 2:  # the same building: the last incident's
                    last = drafts[-1] if drafts else None
                    place = (
                        (last.place, last.place_text)
                        if last is not None and last.cue.section == cue.section
                        else None
                    )
                else:
                    place = _same_place(same.group(1), seen)
                if place is not None:
                    draft = _new_draft(article, cue, *place)
                    _set_date(draft, cue, carried, article.published)
                    _set_toll(draft, cue.counts)
                    drafts.append(draft)
                    continue
            if (
                not found
                and not named
                and not cue.national
                and last_city is not None
                and "capital" in cue.sentence.text
                and _PROVINCIAL_CAPITAL.search(cue.sentence.text) is not None
                and last_city[0].kind == "city"
                # (the city the section is headed by, or the last the story named)
                and (heading is None or heading[0].place_id == last_city[0].place_id)
            ):
                # "IDLIB ... A car bomb exploded near a rebel headquarters in the
                # provincial capital": the governorate's city, told before
                draft = _new_draft(article, cue, *last_city)
                _set_date(draft, cue, carried, article.published)
                _set_toll(draft, cue.counts)
                drafts.append(draft)
                continue
            if (
                not found
                and not named
                and last_city is not None
                and (
                    last_city[0].place_id in headlined
                    or name_key(last_city[1]) in headline_names
                    # (or the city a roundup's section is headed by: "ALEPPO")
                    or (
                        heading is not None
                        and heading[0].place_id == last_city[0].place_id
                    )
                )
                and (
                    _deaths_of_one_event(cue)
                    # "its fighters had captured several government positions in the
                    # city's south": ground taken in a part of the city, said so
                    or (
                        cue.event_type == "territory change"
                        and "city's " in cue.sentence.text
                    )
                    # "Rebels seized the eastern districts in July 2012": ground taken,
                    # a part of the city told
                    or (
                        cue.event_type == "territory change"
                        and not cue.hedged
                        and _PART_TAKEN.search(cue.sentence.text) is not None
                    )
                    # "November 15: Russia and the regime resume air strikes on the
                    # east": a timeline entry's strike, of no scene told before
                    or (
                        (cue.section, cue.sentence.paragraph) in items
                        and last_place is None
                        and cue.event_type in _MEANS
                    )
                )
            ):
                # "Why Aleppo matters ... at least 96 people were killed in strikes on
                # the east": the east of the city the story is about
                found = _city_part(article, cue, last_city, carried)
                drafts += found
            if not found and not named and not cue.national:
                there = _there_place(cues, resolutions, k) if k else None
                if there is not None or (heading is not None and last_place is heading):
                    # "...neared victory in Aleppo. Bombardment killed at least 40
                    # people there": the place the sentence before named last
                    anchored.add(id(cue))
                if there is None and heading is not None and last_place is heading:
                    headed.add(id(cue))
                orphans.append(
                    (
                        cue,
                        there
                        or (
                            # "'My house in Qara was destroyed by barrel bombs,' said
                            # Umm Khaled ... Lebanese troops raided two camps": what
                            # a speaker recalled sets no scene for later paragraphs
                            None
                            if (
                                quoted_at is not None
                                and quoted_at != cue.sentence.paragraph
                            )
                            # nor does the place of another paragraph set the scene
                            # of a speaker's own loss ('"My neighbor's son was
                            # killed by a sniper in front of us"')
                            or (
                                placed_at is not None
                                and placed_at != cue.sentence.paragraph
                                and cue.sentence.text[:1] in _QUOTE_MARKS
                                and _FIRST_PERSON.search(cue.sentence.text) is not None
                            )
                            # "In a separate development, at least 20 SDF fighters
                            # were killed in an IS counter-attack": elsewhere than
                            # the place told before
                            or _SEPARATELY.match(cue.sentence.text) is not None
                            else _city_of_parts(
                                cue,
                                last_place,
                                last_city,
                                drafts[-1].cue.sentence.text if drafts else None,
                                city_told,
                            )
                        ),
                        fresh,
                    )
                )
            elif not found and not named and _killed(cue) > 0:
                drafts.append(_national(article, cue, carried))
        elif zero_toll and not named:
            orphans.append((cue, None, fresh))
        elif cue.actor and _CLAIM.search(cue.sentence.text):
            claims.append(cue)
        # (not a city of history: "In 1982, Hafez al-Assad's soldiers crushed an
        # uprising in Hama. ... a mass grave on the northern edge of the city")
        told_then = cue.dates
        if (
            not told_then
            and article.published is not None
            and any(r.kind == "city" for r in resolutions[k])
            and _A_YEAR.search(cue.sentence.text) is not None
        ):
            # (a sentence of no deed keeps no dates: "In 1982, Hafez al-Assad's
            # soldiers crushed an uprising in Hama")
            told_then = find_dates(cue.sentence.text, article.published)
        historic = (
            bool(told_then)
            and article.published is not None
            and all(
                (article.published - d.date).days > _HISTORY_DAYS for d in told_then
            )
        )
        for r, m in zip(resolutions[k], cue.mentions, strict=True):
            if r.place_id and r.kind == "city" and not historic:
                city_told = (r, m.name)
                if m.context_for is None:
                    last_city = (r, m.name)
        # where something happened, not where people fled to or officials met; or
        # the scene a sentence opens with ("In the Eastern Ghouta, Jaysh al-Islam and
        # Faylaq al-Rahman have fought each other as often as ...")
        opening = not event and _SCENE.match(cue.sentence.text) is not None
        # "In the last month alone, the regime dropped more than 600 barrel bombs on
        # Daraya. On August 19, napalm bombs set the hospital on fire": the place a
        # running total tells of is the paragraph's scene
        scene = (
            opening
            or (not event and "running total" in cue.extra)
            # "I am in Maarat Misrin, near Idlib city. Yesterday, a strike hit the
            # market here": where the speaker is, what "here" is
            or (
                not event
                and " in " in cue.sentence.text
                and _SPEAKER_IS_IN.search(cue.sentence.text) is not None
            )
        )
        scene_before = last_place
        for r, m in zip(resolutions[k], cue.mentions, strict=True):
            if opening and m.start - cue.sentence.start > 12:
                break
            if (
                (event or scene)
                and r.place_id
                and r.geo_precision in (1, 2)
                and m.context_for is None
            ):
                last_place = (r, m.name)
                placed_at = cue.sentence.paragraph
                quoted_at = (
                    cue.sentence.paragraph
                    if cue.sentence.text[:1] in _QUOTE_MARKS
                    else None
                )
                seen.append(last_place)
                if cue.hedged:
                    # "Saraqeb, a town on the highway between Aleppo and Damascus, has
                    # been bombed almost daily": a sentence told of no event sets the
                    # scene with its subject, not with every place it names
                    break
        if historic and last_place is not scene_before and last_place is not None:
            history_scene = (last_place, scene_before)
        # a hedged sentence still tells the time ("the airstrikes had stopped on
        # Tuesday. It documented only 12 deaths": on Tuesday)
        if (
            (
                event
                # (and a clause split off before the deed of the day before it)
                or cue.sentence.text.endswith((":", "?", ","))
                or date_field(cue.sentence.text)
                or sets_the_time(cue.sentence.text)
                # a roundup's heading of a day ("Monday, 10 October"): the day of
                # what its section tells
                or (cue.headline and date_heading(cue.sentence.text))
                or (k == 0 and cue.headline and dated_title(cue.sentence.text))
                # "On Wednesday, attention turned to the Eastern Ghouta": the day a
                # sentence opens with is the day of what it goes on to tell
                or opens_with_day(cue.sentence.text)
            )
            and cue.dates
            and cue.dates[-1].precision != "year"
        ):
            # the day of what happened, not of who told it ("struck on Monday
            # evening, ..., the United Nations said on Tuesday": Monday goes on)
            said = cue.sentence.text
            told_of = [
                d
                for d in cue.dates
                # "the carrier, which had been deployed ... last week": earlier than
                # the story, told aside
                if not _PLUPERFECT_BEFORE.search(said, max(0, d.start - 80), d.start)
                # "died of wounds sustained ... last week": the day of the wounding
                and not (
                    ("wounds" in said or "injuries" in said)
                    and _WOUNDED_BEFORE.search(said, max(0, d.start - 100), d.start)
                )
                # "a nationwide truce starting at sundown on Monday": a time to come
                and not _TO_COME_BEFORE.search(said, max(0, d.start - 40), d.start)
                # "struck overnight, in response to rockets fired on Tuesday
                # evening": the day of what they answered
                and not (
                    ("respon" in said or "retaliat" in said)
                    and _ANSWERED_BEFORE.search(said, max(0, d.start - 120), d.start)
                )
            ]
            carried = next(
                (
                    d
                    for d in reversed(told_of)
                    if not SPOKEN_BEFORE.search(said, max(0, d.start - 30), d.start)
                ),
                # the day of a telling, when it tells of a place ("A UN spokesman
                # said on Thursday that the targeting of water supplies was a war
                # crime": no deed's day for what follows)
                told_of[-1] if told_of and cue.mentions else carried,
            )
            if carried is not None and id(carried) not in told_in:
                told_in[id(carried)] = cue.sentence.paragraph
            if carried is not None and told_in[id(carried)] not in bulleted:
                unlisted = carried
            if (
                carried is not None
                and carried.precision == "day"
                and (latest is None or carried.date > latest.date)
            ):
                latest = carried
            if carried is not None and (
                date_field(cue.sentence.text)
                # a roundup's heading of a day ("Monday 14 November 2016") holds for
                # the sections below it, each headed by a place, until another
                or (cue.headline and date_heading(cue.sentence.text))
                # a report's title ending on its day ("Syria Civil Defence daily
                # report: Wednesday 16 November 2016"): the day of all it tells
                or (k == 0 and cue.headline and dated_title(cue.sentence.text))
            ):
                labelled = carried
    body_tolls = frozenset(  # the figures of the dead the story tells below its title
        c.value
        for cue in cues
        if not cue.headline
        for c in cue.counts
        if c.kind == "killed" and c.value > 0
    )
    subject = _subject_place(cues, resolutions)
    if dateline is not None and (
        subject is None or subject[1][0].place_id == dateline[0].place_id
    ):
        # ("'The sky rained fire': survivors recall the Saraqeb market strike ...
        # SARAQEB, Syria —": the story is of its dateline from its first line)
        subject = (0, dateline)
    if _ABROAD_DATELINE.match(article.text, 0, 200):
        # "ARSAL, Lebanon - ... Lebanese troops raided two camps": a story told from
        # abroad; what it tells without a place did not happen in the Syrian place
        # its title names
        subject = None
    nearby = _Nearby(drafts) if orphans else None
    index_of = {id(c): k for k, c in enumerate(cues)} if orphans else {}
    for cue, place, carried_then in orphans:
        storied = (
            place is None and subject is not None and subject[0] < cue.sentence.start
        )
        # the incidents told near the sentence (all an orphan may complete): a text
        # of thousands of sentences in one paragraph stays linear
        near = nearby.around(cue) if nearby is not None else drafts
        if storied:  # told where the story is, it completes no incident told after it
            candidates = [d for d in near if d.start < cue.sentence.start]
        elif place is not None and id(cue) in anchored:  # told "there": of that place
            candidates = [
                d
                for d in near
                if d.place.place_id == place[0].place_id
                # (a place the gazetteer does not know: by its name)
                and (place[0].place_id is not None or d.place_text == place[1])
            ]
        else:
            candidates = near
        if cue.sentence.paragraph in summary and (
            summed := _summarised(cue, drafts, summary)
        ):
            # "Key points: - At least 15 civilians were killed by rebel shelling of
            # government-held areas": the story's toll told below, summed up
            summed.quotes.append(cue.sentence.text)
            summed.actor = summed.actor or cue.actor
            continue
        if (denied := _denied_deed(cue, cues, resolutions, index_of)) is not None:
            # "Russia denied that its aircraft struck the hospital in Darat Izza on
            # November 19. Doctors said 5 people were wounded when missiles struck
            # the hospital's entrance": who did it is denied; the deed stands
            j, resolution, text = denied
            draft = _new_draft(article, cue, resolution, text)
            _set_date(draft, cues[j], carried_then, article.published)
            _set_toll(draft, cue.counts)
            draft.quotes.insert(0, cues[j].sentence.text)
            drafts.append(draft)
            if nearby is not None:
                nearby.add(draft)
            continue
        if _attach_orphan(
            cue,
            candidates,
            carried_then,
            body_tolls,
            own_day=carried_then is not None
            and told_in.get(id(carried_then)) == cue.sentence.paragraph,
        ):
            continue
        if (
            storied
            and subject is not None
            # ('"My cousin and my neighbour's two boys died next to me"': a
            # survivor's own dead, of the strike the story tells, no incident of
            # their own)
            and not (
                cue.sentence.text[:1] in _QUOTE_MARKS
                and _FIRST_PERSON.search(cue.sentence.text) is not None
            )
        ):
            # "life and death in besieged Madaya ... Umm Khaled has not left her
            # basement in Madaya. When the shells fell on her street on Tuesday, her
            # neighbour's two sons were killed": the story's one place
            place = subject[1]
        if (
            place is None
            and headline_place is not None
            and cue.section_kind == "update"
            and _TOLL_ROSE.search(cue.sentence.text)
        ):
            # "UPDATE: the death toll from today's airstrikes on the town's market
            # has risen to 30": the place the headline names, whose story is below
            place = headline_place
        if place is None:
            if (
                cue.event_type in _MEANS
                and not cue.hedged
                and (
                    (cue.section, cue.sentence.paragraph) in items
                    # "On Sunday, a government rocket struck a crowded street near
                    # the Fourth Island housing blocks, killing six people": a deed
                    # of its own day, means and toll, at a place no gazetteer knows
                    or (
                        any(d.precision == "day" for d in cue.dates)
                        and _deaths_of_one_event(cue)
                    )
                )
            ):
                # "Sept. 28 - Two hospitals are put out of service by bombing": a
                # timeline entry's strike, at no place told (what the entry tells
                # after it completes it)
                draft = _placeless_draft(article, cue, carried_then)
                drafts.append(draft)
                if nearby is not None:
                    nearby.add(draft)
                continue
            unplaced.append((cue, carried_then))
            continue
        if _more_dead(cue, near, place[0]) or _part_of_told(cue, near, place[0]):
            continue
        again: re.Match[str] | None = None
        told = (
            _deaths_of_one_event(cue)
            or (
                # "helicopters dropped incendiary bombs on the town's last hospital on
                # August 19": a strike of its own day at the place last named
                (
                    cue.event_type in _MEANS
                    # "Palmyra — Islamic State fighters seized the city on Sunday": a
                    # capture of its own day, where the heading or "there" puts it
                    or (cue.event_type == "territory change" and id(cue) in anchored)
                    # "On Tuesday, the strikes also hit the town's main hospital"
                    or (
                        cue.event_type == "attack"
                        and cue.target is not None
                        and _TARGET_HIT.search(cue.sentence.text) is not None
                    )
                    # "It was hit again on 1 October": the target just told, again
                    or (again := _HIT_AGAIN.match(cue.sentence.text)) is not None
                )
                and (
                    any(d.precision == "day" for d in cue.dates)
                    # "The last time the hospital was hit, two weeks ago, no one was
                    # killed": the target hit on a week of its own
                    or (
                        cue.target is not None
                        and any(d.precision == "week" for d in cue.dates)
                    )
                    # "On Monday, a boy was shot dead by a sniper ... Two days later, a
                    # man lost a leg when he stepped on a landmine": a day told from
                    # the day told before
                    or (
                        not cue.dates
                        and carried_then is not None
                        and carried_then.precision == "day"
                        and _shift_told(cue.sentence.text)
                        and _DAY_SHIFT.search(cue.sentence.text) is not None
                    )
                )
            )
            or (
                # "Hours later, rockets hit a hospital in the town": a strike of its
                # own, after the one told, at the place called back ("About an hour
                # later, a second hospital in the town was also hit")
                (
                    cue.event_type in _MEANS
                    or (
                        cue.event_type == "attack"
                        and cue.target is not None
                        and _TARGET_HIT.search(cue.sentence.text) is not None
                    )
                )
                and id(cue) in anchored
                and _LATER.match(cue.sentence.text) is not None
            )
            # "RAQQA / A coalition air strike hit a bridge over the Euphrates": a
            # roundup's item, under the heading of its place
            or (
                cue.event_type in _MEANS
                and id(cue) in headed
                and not cue.hedged
                and place is not None
                and place[0].place_id is not None
            )
        )
        if told:
            resolution, text = place
            draft = _new_draft(article, cue, resolution, text)
            _set_date(draft, cue, carried_then, article.published)
            _set_toll(draft, cue.counts)
            if draft.target is None and again is not None:
                last = _last_told(cue, near, paragraphs=0)
                if last is not None and last.place.place_id == resolution.place_id:
                    draft.target = last.target
            for before in reversed(pending):  # (the nearest first)
                if (
                    before.section == cue.section
                    and 0 <= cue.sentence.paragraph - before.sentence.paragraph <= 1
                    # (no day told by either: "warplanes bombed the road to the
                    # hospital the same day ... The following day, a helicopter
                    # dropped two barrel bombs, killing a woman": two days, two deeds)
                    and not cue.dates
                    and not before.dates
                    and not _shift_told(cue.sentence.text)
                    and not _shift_told(before.sentence.text)
                ):
                    draft.quotes.append(before.sentence.text)
                    draft.target = draft.target or before.target
                    if draft.event_type in (None, "attack"):
                        draft.event_type = before.event_type
                    draft.actor = draft.actor or before.actor
            pending.clear()
            drafts.append(draft)
            if nearby is not None:
                nearby.add(draft)
        elif cue.event_type in _MEANS and not cue.hedged and not cue.counts:
            # (the few told last, of this paragraph or the one before: a long text
            # of such deeds stays linear)
            pending[:] = [
                p
                for p in pending[-_PENDING_MAX:]
                if p.section == cue.section
                and cue.sentence.paragraph - p.sentence.paragraph <= 1
            ] + [cue]
    # "A person died from injuries sustained from a barrel bomb attack" (the only
    # incident told), "regime forces shelled the town which killed a woman" (a town
    # whose name did not resolve): an incident whose place the text does not name,
    # completing none told, is still reported, without a point
    for cue, carried_then in unplaced:
        if (
            cue.event_type is not None
            and not cue.hedged
            and _deaths_of_one_event(cue)
            and (
                not drafts
                or _THE_KIND.search(cue.sentence.text) is not None
                # "In a separate development, 20 SDF fighters were killed in an IS
                # counter-attack": an incident of its own, at no place told
                or _SEPARATELY.match(cue.sentence.text) is not None
                # "November 15: Strikes resume on the east. At least 21 people are
                # killed": an entry of a timeline, a story of its own
                or (cue.section, cue.sentence.paragraph) in items
                # "UPDATE 1615 GMT: Gunmen attacked and burned five buses. One driver
                # was killed": a live blog's update, a story of its own, that told
                # no incident at a place
                or (
                    cue.section_kind == "update"
                    and not any(d.cue.section == cue.section for d in drafts)
                    # (not the dead of a deed told elsewhere: "its director was
                    # among the 20 people killed in the attack")
                    and _AMONG_THE_TOLD.search(cue.sentence.text) is None
                    and _IN_THE_STRIKES.search(cue.sentence.text) is None
                    and not any(
                        d.killed == c.value
                        for d in drafts
                        for c in cue.counts
                        if c.kind == "killed"
                    )
                )
            )
        ):
            draft = _placeless_draft(article, cue, carried_then)
            if cue.section_kind == "update":
                # (and the deed its update told before the dead, at no place either)
                deeds = [
                    c
                    for c, _ in unplaced
                    if c.section == cue.section
                    and c.sentence.start < cue.sentence.start
                    and c.event_type is not None
                    and not c.hedged
                ]
                draft.quotes += [c.sentence.text for c in deeds]
                if deeds and draft.event_type == "attack":
                    draft.event_type = deeds[-1].event_type
            drafts.append(draft)
    drafts.sort(key=lambda d: d.start)
    for draft in drafts:
        if (
            not draft.explicit_date
            and draft.carried is not None
            and told_in.get(id(draft.carried)) == draft.cue.sentence.paragraph
        ):
            # "Sept. 22 - The army announces an offensive. Air strikes kill 45.": the
            # day a paragraph begins with is its events' own, as if told with them
            draft.explicit_date = True
            draft.date_rule = f"carried from {draft.carried.text!r} in the paragraph"
    _carried_back(drafts)
    _again_at_the_site(drafts)
    for cue in claims:
        _attach_claim(cue, drafts)
    # rule 3: a governorate without a toll is no incident (unless it stands in for a
    # place the gazetteer does not know)
    drafts = [
        d
        for d in drafts
        # "In Geneva, Lavrov met Kerry, but the talks ended without agreement": talks
        # abroad that hurt no one are no incident of the war
        if not (
            d.place.abroad
            and d.event_type == "strategic development"
            and d.killed is None
            and d.injured is None
        )
    ]
    drafts = [
        d
        for d in drafts
        if d.place.geo_precision != 3
        or d.killed is not None
        or d.place.rule.startswith("unresolved")
        # "Israeli jets struck army positions in the Quneitra countryside on
        # Saturday": a strike of a day, by someone, told of the governorate alone
        or (
            d.explicit_date
            and d.date_precision == "day"
            and d.actor is not None
            and d.event_type in _STRIKES
            and not any(e.cue is d.cue and e.place.geo_precision != 3 for e in drafts)
            # (not strikes told across several: "performed 64 combat sorties in the
            # provinces of Aleppo, Idlib, Hama, Homs and Deir ez-Zor")
            and sum(e.cue is d.cue for e in drafts) < 3
        )
    ]
    _at_points_told(drafts)
    _the_occupation(cues, drafts)
    _inherit_means(cues, drafts)
    _items_of_a_head(cues, drafts)
    _by_air_forces(drafts)
    _air_war_told_after(cues, drafts)
    _casualties_from(cues, drafts)
    _dead_of_the_attacks_told(cues, drafts)
    _they_did(cues, drafts)
    _other_coalitions(cues, drafts)
    # one incident once: a toll told jointly then place by place, an event told again
    # at a finer place, inside a city or region, or by a witness
    _alone_parts(drafts)
    _armies_abroad(drafts)
    drafts = _corrected(drafts)
    drafts = _told_again_precisely(_joint_tolls(_told_in_parts(drafts)))
    drafts = _retold(_told_again_inside(_placed_again(_placed_after(drafts))))
    return _toll_put_inside(
        _merge(
            _target_placed(
                _city_lead_at_its_quarter(
                    _lead_told_in_places(
                        _province_lead_at_its_target(
                            _fold_headlines(_told_in_detail(_summed_up(drafts)))
                        )
                    )
                )
            )
        )
    )


def _toll_put_inside(drafts: list[Draft]) -> list[Draft]:
    """ "IS killed at least 135 people in an assault on Deir Ezzor ... SANA put the
    toll at 300, saying IS had carried out a massacre in the Baghaliyeh district":
    another source's toll of the event told at a city, told where inside it fell, is
    that event (its toll a range), not another."""
    removed: set[int] = set()
    for n, e in enumerate(drafts):
        if (
            not e.killed
            or e.place.lat is None
            or e.place.geo_precision not in (1, 2)
            or _coarse(e)
            or "toll" not in e.cue.sentence.text
            or _PUT_THE_TOLL.search(e.cue.sentence.text) is None
        ):
            continue
        for d in reversed(drafts[max(0, n - _PUT_BACK) : n]):
            reach = _INSIDE_KM.get(d.place.kind or "")
            if (
                id(d) in removed
                or reach is None
                or not d.killed
                or d.killed == e.killed
                or d.article is not e.article
                or d.cue.section != e.cue.section
                or not 0 < e.cue.sentence.paragraph - d.cue.sentence.paragraph <= 2
                or d.place.lat is None
                or d.place.lon is None
                or distance_km(
                    d.place.lat,
                    d.place.lon,
                    cast("float", e.place.lat),
                    cast("float", e.place.lon),
                )
                > reach
                or not _compatible(e, d.cue)
            ):
                continue
            low = min(x for x in (d.killed_low, e.killed_low, d.killed, e.killed) if x)
            high = max(
                x for x in (d.killed_high, e.killed_high, d.killed, e.killed) if x
            )
            _fold_into(d, e)
            e.killed = max(cast("int", e.killed), cast("int", d.killed))
            e.killed_low, e.killed_high = low, high
            if d.explicit_date and not _said_on(d) and d.date != e.date:
                e.date, e.date_precision, e.date_text = (
                    d.date,
                    d.date_precision,
                    d.date_text,
                )
                e.date_rule, e.explicit_date = d.date_rule, True
            removed.add(id(d))
            break
    return [d for d in drafts if id(d) not in removed]


#: The city told before, as a whole: "around the city", "on the outskirts of the city"
#: (not "the city of Homs", another named).
_AROUND_THE_CITY = gated(
    r"\b(?:around|across|throughout|outside|surrounding|near|outskirts\s+of|"
    r"edges?\s+of)\s+the\s+city\b(?!\s+of\b)"
)
#: How long before the story a sentence tells of history: its city is not "the city"
#: the story goes on to tell of.
_HISTORY_DAYS = 2 * 365
#: A year told: "In 1982".
_A_YEAR = gated(r"\b(?:19|20)\d\d\b")
#: How near the story's day a day is, to be of the story's present.
_RECENT_DAYS = 60
#: How many drafts before a toll put by another source its event is looked for.
_PUT_BACK = 8


#: Quarters counted, not named: "in four neighbourhoods", "across several districts".
_QUARTERS_COUNTED = gated(
    r"\b(?:in|across|of)\s+(?:at\s+least\s+)?(?:several|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d{1,2}|a\s+number\s+of|many|various)\s+(?:of\s+(?:its|the\s+"
    r"city's)\s+)?(?:[\w-]+\s+)?(?:neighbou?rhoods|districts|quarters)\b",
    re.I,
)
#: A part of the city last named: "strikes on the east", "the rebel-held east", "the
#: city's western districts".
_CITY_PART = gated(
    r"\b(?:on|in|of|across|to|seized|captured|took|retook|recaptured|stormed|overran|"
    r"entered)\s+(?:the\s+)?(?:city's\s+)?(?:(?:rebel|opposition|"
    r"government|regime)-(?:held|controlled)\s+|besieged\s+)?"
    r"(east|west|north|south)(?:ern\s+(?:districts|neighbou?rhoods|part|half|"
    # (not "west of Aleppo", outside it; but "the west of the city")
    r"quarters))?\b(?!\s+of\b(?!\s+the\s+city\b))",
    re.I,
)


#: A governorate's city, called so: "in the provincial capital".
_PROVINCIAL_CAPITAL = gated(
    r"\bthe\s+(?:provincial|province['’]s)\s+capital\b(?!\s+of\b)", re.I
)
#: A part of the city taken: "seized the eastern districts", "captured the west".
_PART_TAKEN = gated(
    r"\b(?:seized|captured|took|retook|recaptured|stormed|overran|entered)\s+the\s+"
    r"(?:city's\s+)?(?:east|west|north|south)(?:ern\s+(?:districts|neighbou?rhoods|"
    r"part|half|quarters))?\b(?!\s+of\b)",
    re.I,
)
#: Parts of the city told, not one of them: "struck neighbourhoods of the city".
_PARTS_OF_THE_CITY = gated(
    r"\b(?:neighbou?rhoods|districts|quarters|areas|parts)\s+of\s+the\s+city\b"
    r"|\bthe\s+city['’]s\s+(?:[\w-]+\s+)?(?:neighbou?rhoods|districts|quarters)\b"
    # "At least 20 people were killed in shelling and air strikes on the shrinking
    # enclave": the part of the city a side holds, more than the quarter just taken
    r"|\bthe\s+(?:shrinking|besieged|remaining|rebel-held|opposition-held)\s+"
    r"(?:rebel(?:-held)?\s+)?(?:enclave|pocket|areas|districts|neighbou?rhoods)\b",
    re.I,
)


def _city_of_parts(
    cue: SentenceCues,
    last_place: tuple[Resolution, str] | None,
    last_city: tuple[Resolution, str] | None,
    last_told: str | None = None,
    city_told: tuple[Resolution, str] | None = None,
) -> tuple[Resolution, str] | None:
    """The place an orphan is told at: the place told before, or the city told before
    when the orphan tells parts of the city ("warplanes then struck Kurdish-held
    neighbourhoods of the city" after a quarter was named: the city, at precision 2)
    or a facility of its own, another than the one told at the quarter before
    (``last_told``: "the Omar Abdulaziz hospital in the al-Maadi district was hit
    ... an air strike destroyed the al-Bayan hospital": somewhere in the city)."""
    if (
        city_told is not None
        and last_place is not None
        and last_place[0].place_id != city_told[0].place_id
        and " the city" in cue.sentence.text
        and _AROUND_THE_CITY.search(cue.sentence.text) is not None
    ):
        # "SANA said IS carried out a massacre in the Baghaliyeh district of Deir
        # Ezzor ... Russian warplanes carried out 20 strikes on IS positions around
        # the city": the city (told last, as a place or to say where one is)
        return city_told
    if (
        last_city is None
        or last_place is None
        or last_place[0].place_id == last_city[0].place_id
        or last_place[0].kind != "neighbourhood"
    ):
        return last_place
    text = cue.sentence.text
    if not (
        (
            (
                " city" in text
                or "the shrinking" in text
                or "the besieged" in text
                or "the remaining" in text
                or "-held " in text
            )
            and _PARTS_OF_THE_CITY.search(text) is not None
        )
        or (
            last_told is not None
            and (own := _named_facility(text)) is not None
            and (before := _named_facility(last_told)) is not None
            and own != before
        )
    ):
        return last_place
    city, name = last_city
    part = dataclasses.replace(
        city,
        geo_precision=2,
        rule=f"part of {city.name}, the city told before",
    )
    return part, name


def _facilities_in_the_city(
    cue: SentenceCues, found: list[Draft], city: tuple[Resolution, str]
) -> None:
    """A hospital, school or mosque named by a name no gazetteer knows ("On Friday, the
    last functioning hospital, al-Hakim, took a direct hit") stands in the city the
    story is telling of: there, at precision 2."""
    facilities = {
        m.name for m in cue.mentions if m.qualifier == "facility" and not m.context_for
    }
    if not facilities:
        return
    resolution = city[0]
    for d in found:
        if (
            d.place.place_id is None
            and not d.place.abroad
            and d.place_text in facilities
        ):
            d.place = dataclasses.replace(
                resolution,
                query=d.place.query,
                geo_precision=max(resolution.geo_precision or 2, 2),
                rule=f"part of {resolution.name}, the city told before; "
                f"{d.place.reason}",
            )


#: A facility named: "the al-Bayan hospital", "the Omar Abdulaziz Hospital".
_NAMED_FACILITY = gated(
    r"\b((?:(?:al|el|Al|El)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]*){0,3})"
    r"\s+(?:[Hh]ospital|[Cc]linic|[Ss]chool|[Mm]osque|[Bb]akery)\b"
)


def _named_facility(text: str) -> str | None:
    """The name of the first facility a sentence names by its own name, if any."""
    found = _NAMED_FACILITY.search(text)
    if found is None or found.group(1) in ("The", "A", "An", "This", "That"):
        return None
    return name_key(found.group(1))


def _city_part(
    article: Article,
    cue: SentenceCues,
    city: tuple[Resolution, str],
    carried: DatePhrase | None,
) -> list[Draft]:
    """An incident in a part of the city last named ("the east"), placed at the city
    with precision 2, as "eastern Aleppo" is; none when the sentence names no part."""
    text = cue.sentence.text
    part = (
        _CITY_PART.search(text)
        if any(w in text for w in ("east", "west", "north", "south"))
        else None
    )
    # "pro-government forces had killed 82 civilians in four neighbourhoods": some
    # quarters of the city, counted, not named
    quarters = (
        _QUARTERS_COUNTED.search(text)
        if part is None
        and ("neighbo" in text or "district" in text or "quarter" in text)
        else None
    )
    if part is None and quarters is None:
        return []
    r, name = city
    told = (
        f"the {part.group(1).lower()} of the city named before"
        if part is not None
        else "quarters of the city named before"
    )
    where = dataclasses.replace(r, geo_precision=2, rule=f"part {r.name}; {told}")
    draft = _new_draft(article, cue, where, name)
    _set_date(draft, cue, carried, article.published)
    _set_toll(draft, cue.counts)
    return [draft]


#: A sentence that opens with a time after the last told: "Hours later,", "Later
#: that day,", "Shortly afterwards,".
_LATER = gated(
    r"\s*(?:(?:about|around|some|nearly|less\s+than|more\s+than|barely)\s+)?"
    r"(?:(?:a\s+few|several|two|three|some|an?|one|half\s+an)\s+)?(?:hours?|minutes)"
    r"\s+later\b"
    r"|\s*later(?:\s+(?:that|the\s+same)\s+(?:day|night|evening|morning)|\s+on)?\s*,"
    r"|\s*(?:shortly\s+)?afterwards?\b|\s*shortly\s+after(?:\s+that)?\s*,",
    re.I,
)
#: What was hit again, named by a pronoun: "It was hit again on 1 October".
_HIT_AGAIN = gated(
    r"^\s*(?:It|They)\s+(?:was|were)\s+(?:\w+\s+)?(?:hit|struck|targeted|shelled|"
    r"bombed|attacked)\s+again\b"
)
#: A target told hit: "the strikes also hit the town's main hospital".
_TARGET_HIT = gated(
    r"\b(?:hit|struck|targeted|shelled|bombed|destroyed)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:hospital|clinic|school|mosque|market|bakery|convoy|camp)\b"
    # "The hospital was hit again on 1 October", "The spring's pumping station, which
    # supplies Damascus, was badly damaged on Thursday"
    r"|\b(?:hospital|clinic|school|mosque|market|bakery|convoy|camp|station),?\s+"
    r"(?:[^.;]{0,60}?,\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:hit|struck|targeted|shelled|bombed|destroyed|damaged)\b",
    re.I,
)


#: "The strikes came a day after rebels shelled ...": what the rest tells happened
#: days before the event just told.
_CAME_DAYS_AFTER = gated(
    r"^(?:The|That|This|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:came|come|"
    r"followed)\s+(?P<n>a|one|two|three|\d)\s+days?\s+after\b"
)
_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


#: The city just told, named again by its noun: "in rebel-held areas of the city".
_THE_CITY = gated(r"\b(?:of|in|on)\s+the\s+city\b(?!['’]s)", re.I)


def _the_city_first(
    article: Article,
    cue: SentenceCues,
    found: list[Draft],
    city: tuple[Resolution, str],
    carried: DatePhrase | None,
) -> list[Draft]:
    """ "At least 20 civilians were killed in bombing on rebel-held areas of the city
    on Saturday, and another 15 in the nearby countryside, including in the town of
    Atareb": the first toll is the city's just told, the rest the place named after
    it. Returns the drafts of the sentence."""
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    text = cue.sentence.text
    draft = found[0]
    at = text.find(draft.place_text) if draft.place_text else -1
    if (
        len(killed) != 2
        or "the city" not in text
        or not killed[0].end <= killed[1].start < at
        or _THE_CITY.search(text, killed[0].end, killed[1].start) is None
        or draft.place.place_id == city[0].place_id
    ):
        return found
    first = _new_draft(article, cue, *city)
    _set_date(first, cue, carried, article.published)
    _set_toll(first, [killed[0]])
    draft.killed = draft.killed_low = draft.killed_high = None
    _set_toll(draft, [dataclasses.replace(killed[1], more=False)])
    return [first, draft]


#: The areas of a city one side holds, named by what they are: "on government-held
#: districts", "in rebel-controlled neighbourhoods".
_HELD_AREAS = gated(
    r"\b(?:on|in|at|into)\s+(?:the\s+)?(?:city's\s+)?(?:government|regime|rebel|"
    r"opposition)[- ](?:held|controlled)\s+(?:districts|neighbou?rhoods|areas|"
    r"quarters|parts)\b(?!\s+of\b)",
    re.I,
)


def _held_areas_after(
    article: Article,
    cue: SentenceCues,
    found: list[Draft],
    city: tuple[Resolution, str],
    carried: DatePhrase | None,
) -> list[Draft]:
    """ "Air strikes hit a clinic in the Marjeh district and killed two people, and
    shells fired by rebels on government-held districts killed 14": a later clause
    with means, a hand and a toll of its own, told of the areas of the city that a
    side holds, is another incident, in that city (precision 2)."""
    text = cue.sentence.text
    if "-held" not in text and "controlled" not in text:
        return []
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    draft = found[0]
    r, name = city
    if (
        len(killed) != 2
        or draft.killed != killed[0].value
        or draft.place.place_id == r.place_id
        or _km(draft.place, r) > _INSIDE_KM["city"]
    ):
        return []
    held = _HELD_AREAS.search(text, killed[0].end)
    if held is None:
        return []
    breaks = [
        m.end() for m in _CLAUSE_BREAK.finditer(text, killed[0].end, held.start())
    ]
    if not breaks:
        return []
    later = text[breaks[0] :]
    means, _ = event_type_of(later)
    actor = actor_of(later)
    if means not in _MEANS or actor is None or actor == draft.actor:
        return []
    areas = held.group(0).split(None, 1)[1]  # "government-held districts"
    where = dataclasses.replace(
        r, geo_precision=2, rule=f"part {r.name}; {areas} of the city named before"
    )
    other = _new_draft(article, cue, where, name)
    _set_date(other, cue, carried, article.published)
    _set_toll(other, [killed[1]])
    other.event_type, other.actor, other.target = means, actor, None
    return [other]


def _days_before(cue: SentenceCues, found: list[Draft], now: DatePhrase) -> None:
    """Date what a sentence tells as "a day after" the event before it."""
    if " after" not in cue.sentence.text:
        return
    came = _CAME_DAYS_AFTER.match(cue.sentence.text)
    if came is None:
        return
    n = came.group("n").lower()
    days = _DAY_COUNTS.get(n) or int(n)
    for draft in found:
        draft.date = now.date - dt.timedelta(days=days)
        draft.date_precision = "day"
        draft.date_text = came.group(0)
        draft.date_rule = f"{days} day(s) before {now.text!r}, told before"
        draft.explicit_date = True


#: ", a day after seizing the Masaken Hanano housing complex": the places told after
#: it were taken that many days before the day of the sentence.
_DAYS_AFTER_TAKING = gated(
    r",\s+(?P<n>a|one|two|three|\d)\s+days?\s+after\s+(?:(?:it|they|the\s+army|"
    r"troops|rebels|government\s+forces|the\s+militants)\s+)?(?:seizing|capturing|"
    r"taking|retaking|recapturing|storming|overrunning|seized|captured|took|retook|"
    r"recaptured|stormed|overran)\b",
    re.I,
)


def _deed_days_before(cue: SentenceCues, found: list[Draft]) -> None:
    """ "spoke with a surgeon on Wednesday, a day after airstrikes killed 26 people in
    the town": the deed, the day before the day the sentence tells."""
    if cue.extra.get("carried back"):
        return  # dated when all are dated (see :func:`_carried_back`)
    days = _days_before_told(cue)
    for d in found:
        if d.date is not None and d.date_precision == "day" and d.explicit_date:
            d.date -= dt.timedelta(days=days)
            d.date_rule = f"{days} day(s) before {d.date_text!r}: the deed told after"


def _carried_back(drafts: list[Draft]) -> None:
    """ "...spoke with a surgeon in Douma on Wednesday, | a day after airstrikes killed
    26 people in the town": the deed of a clause opening "a day after", told with no
    day of its own, is of the days before the day carried to it."""
    for d in drafts:
        if (
            not d.cue.extra.get("carried back")
            or d.cue.dates
            or d.date is None
            or d.date_precision != "day"
        ):
            continue
        days = _days_before_told(d.cue)
        d.date -= dt.timedelta(days=days)
        d.date_rule = f"{days} day(s) before {d.date_text!r}: the deed told after it"


def _days_before_told(cue: SentenceCues) -> int:
    """How many days before the day told the sentence's deed was ("a day after")."""
    n = cast("str", cue.extra["days before"])
    return _DAY_COUNTS.get(n) or int(n)


#: A strike on the site of one just told: "struck the same site again 20 minutes after
#: the first strike".
_AGAIN_AT_THE_SITE = gated(
    r"\b(?:struck|hit|targeted|bombed|shelled|raided)\s+the\s+same\s+(?:site|place|spot|"
    r"area|location|building|street|neighbou?rhood)\s+again\b"
    r"|\b(?:minutes|an?\s+hour|hours)\s+after\s+the\s+first\s+(?:strike|air ?strike|"
    r"raid|attack|bomb|blast|explosion|barrel)\b",
    re.I,
)


def _again_at_the_site(drafts: list[Draft]) -> None:
    """ "Our volunteer was killed in Kafr Nabl when warplanes struck the same site again
    20 minutes after the first strike": a strike of its own, told with no day, on the
    day of the strike at that place told before it."""
    for k, d in enumerate(drafts):
        if (
            d.cue.dates
            or d.place.place_id is None
            or (
                "again" not in d.cue.sentence.text
                and "first" not in d.cue.sentence.text
            )
            or not _AGAIN_AT_THE_SITE.search(d.cue.sentence.text)
        ):
            continue
        first = next(
            (
                e
                for e in reversed(drafts[max(0, k - _RECENT) : k])
                if e.place.place_id == d.place.place_id
                and e.cue is not d.cue
                and e.date is not None
            ),
            None,
        )
        if first is not None and first.date != d.date:
            d.date, d.date_precision = first.date, first.date_precision
            d.date_text = first.date_text
            d.date_rule = f"the day of the first strike at the site: {first.date_rule}"


def _taken_days_before(cue: SentenceCues, found: list[Draft]) -> None:
    """ "The army captured Jabal Badro on Sunday, a day after seizing Masaken
    Hanano": what was taken after the phrase was taken the day before."""
    text = cue.sentence.text
    after = _DAYS_AFTER_TAKING.search(text)
    if after is None:
        return
    n = after.group("n").lower()
    days = _DAY_COUNTS.get(n) or int(n)
    told_at = [text.find(d.place_text) for d in found]
    if not any(0 <= at < after.start() for at in told_at):
        return  # nothing taken on the day itself, before the phrase
    for d, at in zip(found, told_at, strict=True):
        if at < after.end() or d.date is None or d.date_precision != "day":
            continue
        d.date -= dt.timedelta(days=days)
        d.date_rule = f"{days} day(s) before {d.date_text!r}: {after.group(0)[2:]!r}"
        d.date_text = after.group(0)[2:]


#: A report's field that says where or who: "Location: Raqqa city", "Suspected
#: belligerent: US-led Coalition".
_RECORD_FIELD = gated(
    r"^[ \t]*(?:(?P<where>location|place|area)|(?P<who>(?:suspected |alleged )?"
    r"(?:belligerents?|perpetrators?|actors?)))[ \t]*:",
    re.I | re.M,
)


def _field_place(
    cue: SentenceCues, resolved: list[Resolution]
) -> tuple[Resolution, str] | None:
    """The place a report's field of place names first ("Place: Kafr Hamra village,
    western Aleppo countryside": Kafr Hamra), with the name it goes by."""
    return next(
        (
            (r, m.name)
            for r, m in zip(resolved, cue.mentions, strict=True)
            if r.place_id is not None and m.context_for is None
        ),
        None,
    )


def _record_fields(
    cues: list[SentenceCues], resolutions: list[list[Resolution]]
) -> tuple[
    list[SentenceCues], list[list[Resolution]], dict[int, tuple[Resolution, str]]
]:
    """A report's fields of place and actor hold for what the report tells: a
    place its summary names that the gazetteer does not know lies in the field's
    ("Location: Raqqa city ... a strike hit a bakery in the al-Mashlab district":
    in Raqqa), and its deeds with no actor told are the field's ("Suspected
    belligerent: US-led Coalition"). Also returns the place of each field of place,
    by the index of its cue."""
    cues, resolutions = list(cues), list(resolutions)
    field_places: dict[int, tuple[Resolution, str]] = {}
    where: Resolution | None = None
    who: str | None = None
    section = None
    for k, cue in enumerate(cues):
        if cue.section != section:
            section, where, who = cue.section, None, None
        text = cue.sentence.text
        field = _RECORD_FIELD.match(text) if ":" in text[:40] else None
        if field is not None and field.group("where"):
            placed = _field_place(cue, resolutions[k])
            where = placed[0] if placed is not None else None
            if placed is not None:
                field_places[k] = placed
            continue
        if field is not None:
            who = actor_of(text[field.end() :])
            # the summary may come before the field
            for j in range(k - 1, -1, -1):
                if cues[j].section != section:
                    break
                if cues[j].trigger is not None and cues[j].actor is None:
                    cues[j] = dataclasses.replace(cues[j], actor=who)
            continue
        if who is not None and cue.trigger is not None and cue.actor is None:
            cues[k] = dataclasses.replace(cue, actor=who)
        if where is not None and any(
            r.place_id is None and not r.abroad for r in resolutions[k]
        ):
            resolutions[k] = [
                dataclasses.replace(
                    where,
                    query=r.query,
                    geo_precision=max(where.geo_precision or 2, 2),
                    rule=f"part of {where.name}, the report's location; {r.reason}",
                )
                if r.place_id is None and not r.abroad
                else r
                for r in resolutions[k]
            ]
    return cues, resolutions, field_places


def _place_heading(
    cue: SentenceCues, resolved: list[Resolution]
) -> tuple[Resolution, str] | None:
    """The place a heading is no more than the name of ("Idlib", "Eastern Ghouta")."""
    if len(cue.mentions) != 1 or resolved[0].place_id is None or resolved[0].abroad:
        return None
    mention = cue.mentions[0]
    # (by its span: a heading in capitals, "ALEPPO", is read as "Aleppo")
    at = mention.start - cue.sentence.start
    rest = (
        cue.sentence.text[:at] + cue.sentence.text[mention.end - cue.sentence.start :]
    )
    if resolved[0].geo_precision not in (1, 2, 3):
        return None
    # ("Aleppo: 32 Killed in Strikes on East": the section's place, as its label)
    labelled = mention.start - cue.sentence.start <= 3 and rest.lstrip().startswith(":")
    if rest.strip(" :-–—") and not labelled:
        return None
    return resolved[0], mention.name


#: Ground taken back, told by a pronoun: "retook it", "recaptured them".
_RETOOK_IT = gated(
    r"\b(?:retook|recaptured|regained|retaken|reclaimed|took\s+back)\s+(?:it|them)\b",
    re.I,
)
#: "killed 40 people there": there, a place (not "there were", "There is").
_THERE = gated(
    r"(?<=[a-z,] )there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|"
    r"must|could|should|seems?|appears?|remains?|be|being|'s|’s)\b)"
)


#: The kinds of place a text calls back by kind alone, and how each is spelled.
_KIND_SPELLINGS = (
    ("town", "town"),
    ("city", "city"),
    ("village", "village"),
    ("district", "district"),
    ("neighbourhood", "neighbou?rhood"),
    ("camp", "camp"),
)
#: A sentence that calls back a place by its kind alone: "enter the town on Monday"
#: (not "the town of Madaya").
_CALLED_BACK = {
    noun: gated(rf"\bthe\s+{word}\b(?!\s+of\b)(?!['’]s)", re.I)
    for noun, word in _KIND_SPELLINGS
}
#: The word of each kind of place, told anywhere ("the town of Qurqzaniyeh").
_KIND_WORDS = {noun: gated(rf"\b{word}\b", re.I) for noun, word in _KIND_SPELLINGS}
#: "shelled the district", "in the town": a place of that kind, told just before.
_THE_KIND = gated(
    r"\b(?:shelled|struck|hit|bombed|targeted|stormed|attacked|raided|besieged|"
    r"pounded|in|on|at|into|near|outside|"
    # "counter-attacked at dawn south-west of the city"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+the\s+"
    # "on the edge of the town"
    r"(?:(?:edge|edges|outskirts|entrance|centre|center|heart|south|north|east|west)\s+"
    r"of\s+the\s+)?(district|neighbou?rhood|town|city|"
    r"village|"
    r"camp)\b(?:(?!['’]s)"
    # "on the town's southern edge": a part of the place
    r"|(?=['’]s\s+(?:[a-z]+ern\s+)?(?:edges?|outskirts|entrance|centre|center|heart|"
    r"side|suburbs?|fringes?)\b)"
    # "fired missiles at the town's market": what was hit, in the town
    r"|(?=['’]s\s+(?:main\s+|only\s+|central\s+|old\s+|busy\s+|crowded\s+)?"
    r"(?:market|hospital|school|mosque|bakery|clinic|square)\b))",
    re.I,
)
#: The place of a kind, told as what underwent the deed: "The following day, the
#: town was reportedly taken over by Government of Syria forces".
_THE_KIND_UNDERWENT = gated(
    r"(?:^|,\s+)[Tt]he\s+(district|neighbou?rhood|town|city|village|camp)\s+"
    r"(?:was|had\s+been|has\s+been|fell)\b"
)


def _there_place(
    cues: list[SentenceCues], resolutions: list[list[Resolution]], k: int
) -> tuple[Resolution, str] | None:
    """The place a sentence telling what happened "there" means: the last the
    sentence before it named, in the same paragraph; for "the city" ("the town"...),
    the last place called so in the three paragraphs before, else the last of that kind
    the sentence before named."""
    cue, before, resolved = cues[k], cues[k - 1], resolutions[k - 1]
    kinds: tuple[str, ...] | None = None
    if ("there" not in cue.sentence.text or not _THERE.search(cue.sentence.text)) and (
        # "Rebels took Maardes on Friday, but regime forces retook it two days
        # later": the place just taken, taken back
        " it" not in cue.sentence.text or not _RETOOK_IT.search(cue.sentence.text)
    ):
        # "...the besieged district of al-Waer in Homs. Regime forces shelled the
        # district on Wednesday": the district the sentence before named
        the = (
            _THE_KIND.search(cue.sentence.text)
            if " the " in cue.sentence.text
            else None
        ) or _THE_KIND_UNDERWENT.search(cue.sentence.text)
        if the is None:
            return None
        noun = the.group(1).lower().replace("neighborhood", "neighbourhood")
        kinds = _SAME_KINDS.get(noun)
        kind_before: tuple[Resolution, str] | None = None
        # "the Islamic State-held city of al-Bab ... Two soldiers were killed near
        # the city": the place the story called a city
        story, headed, after_caption = cue.section, cue.headline, False
        for j in range(k - 1, max(-1, k - 1 - _BACK_SENTENCES), -1):
            earlier = cues[j]
            if earlier.section_kind == "caption" and cue.section_kind != "caption":
                after_caption = True  # a caption amid the story: the story goes on
                continue
            if after_caption and not headed and earlier.section != story:
                # before the caption, the same story (its part after the caption
                # has no heading of its own)
                story = earlier.section
            after_caption = False
            headed = headed or earlier.headline
            if (
                earlier.section != story
                or cue.sentence.paragraph - earlier.sentence.paragraph > 3
            ):
                break
            called = [
                # (a town or village as a name said after its kind: "Kafr Nabudah
                # town"; "the town of Zabadani" is weighed as any town named)
                (
                    m.qualifier == noun
                    and not (
                        noun in ("town", "village")
                        and m.phrase.lower().startswith(f"{noun} of ")
                    ),
                    m.start,
                    r,
                    m.name,
                )
                for m, r in zip(earlier.mentions, resolutions[j], strict=True)
                if (m.qualifier == noun or (kinds is not None and r.kind in kinds))
                and m.context_for is None
                and r.place_id is not None
                and r.geo_precision in (1, 2)
                and not r.abroad
            ]
            if any(c[0] for c in called):
                _called, _start, r, name = max(c for c in called if c[0])
                return r, name
            unknown = [
                (r, m.name)
                for m, r in zip(earlier.mentions, resolutions[j], strict=True)
                if r.place_id is None
                and not r.abroad
                and m.context_for is None
                and (
                    m.qualifier == noun
                    or earlier.sentence.text[
                        : m.start - earlier.sentence.start
                    ].endswith(f"{noun} of ")
                )
            ]
            if kind_before is None and unknown:
                # "Regime forces advanced towards the town of Zzyqa. Two civilians
                # were killed by shells on the town": a town the gazetteer does not
                # know, not another town told before it
                return unknown[-1]
            if called and kind_before is None and _CALLED_BACK.get(noun) is not None:
                back = _CALLED_BACK[noun].search(earlier.sentence.text)
                if back is not None:
                    # "A UN convoy was due to enter the town on Monday, along with
                    # Foua and Kefraya": it too meant the town told before
                    continue
            if called and kind_before is None and not earlier.hedged:
                # (not "A UN convoy was due to enter the town, along with Foua and
                # Kefraya": places told of what did not happen)
                _called, _start, r, name = max(called, key=lambda c: c[1])
                kind_before = (r, name)
    if kinds is None:
        # "Zahraa has been hit repeatedly. In December, twin bombings in the district
        # killed 16. In January, two suicide bombers killed 24 at a checkpoint
        # there": the last place the paragraph named, past sentences that name none
        j = k - 1
        while (
            j > 0
            and k - j < 3
            and not any(r.place_id is not None for r in resolutions[j])
            and cues[j - 1].section == cue.section
            and cues[j - 1].sentence.paragraph == cue.sentence.paragraph
        ):
            j -= 1
        before, resolved = cues[j], resolutions[j]
    if before.section != cue.section or before.sentence.paragraph != (
        cue.sentence.paragraph
    ):
        # "The regime has besieged Moadamiya since 2012. ... On Monday, a sniper
        # killed a boy on the edge of the town": the last place of that kind told
        return kind_before if kinds is not None else None
    named = [
        (m.start, r, m.name)
        for m, r in zip(before.mentions, resolved, strict=True)
        if r.place_id is not None
        and r.geo_precision in (1, 2)
        and m.context_for is None
        and not r.abroad
        and (kinds is None or r.kind in kinds)
    ]
    if not named:
        return kind_before if kinds is not None else None
    first = min(named, key=lambda x: x[0])
    at = first[0] - before.sentence.start
    if (
        kinds is None
        and at <= 4
        and before.sentence.text[at:].startswith(first[2] + ",")
    ):
        # "Daraya, a few kilometres from the Mezzeh military airport, was one of the
        # first towns to rise ... Hundreds were killed there": the subject, not what
        # its apposition names
        return first[1], first[2]
    _start, r, name = max(named, key=lambda x: x[0])
    return r, name


def _more_dead(cue: SentenceCues, drafts: list[Draft], place: Resolution) -> bool:
    """ "Regime forces shelled al-Latamna, killing two. In addition, warplanes carried
    out raids on the town, killing 2 more people": more dead at the place just told,
    added to its toll. Returns whether they were."""
    text = cue.sentence.text
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    if len(killed) != 1 or not killed[0].more:
        return False
    if (
        ("day" in text or "week" in text)
        and _DAY_SHIFT.search(text)
        and _SECOND_EVENT.search(text)
    ):
        # "The following day, another airstrike on the same market killed three
        # more": more dead of the place, by another strike on another day (not "17
        # more bodies were pulled from the rubble the following day")
        return False
    bodies = "bod" in text and (
        _BODIES.search(text) is not None or _BODIES_FOUND.search(text) is not None
    )
    # ("The bodies of two more people were recovered this morning": of the strike
    # told two paragraphs up, after its dead were told of)
    last = _last_told(cue, drafts, paragraphs=2 if bodies else 1, tolled=True)
    if last is None or last.place.place_id != place.place_id or last.killed is None:
        return False
    _add_dead(last, killed[0])
    last.quotes.append(text)
    return True


#: Another strike told at the place just told: "another airstrike on the same
#: market", "a second attack on the same hospital".
_AGAIN_AT_SAME = gated(
    r"\b(?:another|a\s+(?:second|third|new|fresh|further))\s+(?:[\w-]+\s+)?"
    r"(?:air\s*strike|strike|raid|attack|bombing|barrel\s+bomb|shell|missile|rocket)s?"
    r"\b[^.;]{0,40}?\bthe\s+same\s+(?:market|hospital|clinic|school|mosque|bakery|"
    r"town|village|city|neighbou?rhood|district|area|spot|place|site|building|camp)\b",
    re.I,
)
#: The other strike of the attack just told: "The first strike had killed a family of
#: five", "An earlier raid on the same spot killed three".
_OTHER_STRIKE = gated(
    r"^\s*(?:(?:but|and|meanwhile|earlier),?\s+)?(?:the|an?)\s+(?:first|second|third|"
    r"earlier|initial|previous|other|later)\s+(?:air\s*)?(?:strikes?|raids?|attacks?|"
    r"blasts?|explosions?|bombs?|shells?|missiles?|rockets?|barrel bombs?)\b",
    re.I,
)


def _other_strike(cue: SentenceCues, drafts: list[Draft]) -> bool:
    """ "Two rescuers were killed when a second air strike hit the same spot in
    Sakhour. The first strike had killed a family of five": the dead of the other
    strike of the attack just told, added to its toll (a double tap is one
    incident). Returns whether they were."""
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    if len(killed) != 1 or not _OTHER_STRIKE.match(cue.sentence.text):
        return False
    last = _last_told(cue, drafts, paragraphs=1)
    if last is None:
        return False
    if last.killed is None:
        _set_toll(last, cue.counts, later=cue)
    else:
        _add_dead(last, killed[0])
    last.quotes.append(cue.sentence.text)
    return True


#: Dead told as well as those just told: "At least 18 Islamic State militants also
#: died", "two rescuers were also killed".
_ALSO_DIED = gated(
    # (not "Shelling also killed 14": a deed of its own, by its own means)
    r"\b(?:also\s+(?:died|perished|lost their lives)|"
    r"(?:were|was|had been|have been)\s+also\s+killed)\b",
    re.I,
)


#: Words that tell dead beside those told: "other", "more", "a second strike".
_BESIDE_TOLD = gated(
    r"\b(?:other|others|more|another|further|additional|second|third|also|separate)\b",
    re.I,
)


def _vague_told_again(cue: SentenceCues, drafts: list[Draft]) -> bool:
    """ "... killing between 20 and 22 people. Many were killed when Russian planes
    then bombed the shelter": a vague amount of dead, told of no place after a toll
    told in the paragraph, is among those dead, not more of them. Returns whether it
    was."""
    killed = [c for c in cue.counts if c.kind == "killed"]
    if (
        not killed
        or any(c.more or c.low >= (c.high or c.low) for c in killed)
        or _BESIDE_TOLD.search(cue.sentence.text)
    ):
        return False
    last = _last_told(cue, drafts, paragraphs=0, tolled=True)
    if last is None or last.killed is None or last.killed < max(c.low for c in killed):
        return False
    last.quotes.append(cue.sentence.text)
    return True


#: One victim shot or hit, told with no toll: "snipers shot a 12-year-old boy".
_ONE_SHOT = gated(
    r"\b(?:shot|wounded|injured|hit|struck)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:boy|girl|man|woman|child|civilian|teenager|youth|farmer|shepherd|driver|"
    r"student|worker|nurse|doctor|volunteer)\b",
    re.I,
)
#: The victim's death told by a pronoun at the head of the sentence: "He died".
_HE_DIED_HEAD = gated(
    r"^\s*(?:He|She)\s+(?:later\s+)?(?:died|succumbed|was\s+pronounced\s+dead)\b"
)


def _shot_one_died(cue: SentenceCues, drafts: list[Draft]) -> bool:
    """ "Hezbollah snipers shot a 12-year-old boy on Sunday ... He died on the way to
    the clinic": the one victim told, dead; one killed. Returns whether it was."""
    if not _HE_DIED_HEAD.match(cue.sentence.text):
        return False
    last = _last_told(cue, drafts, paragraphs=0)
    if (
        last is None
        or last.killed is not None
        or _ONE_SHOT.search(last.cue.sentence.text) is None
    ):
        return False
    last.killed = last.killed_low = last.killed_high = 1
    if last.injured == 1:
        last.injured = None  # the wounded one died
    last.toll_text = "; ".join(t for t in (last.toll_text, cue.sentence.text) if t)
    last.quotes.append(cue.sentence.text)
    return True


def _denied_deed(
    cue: SentenceCues,
    cues: list[SentenceCues],
    resolutions: list[list[Resolution]],
    index_of: dict[int, int],
) -> tuple[int, Resolution, str] | None:
    """The sentence just before, denying who struck a target at a place, whose target
    a toll of no place tells again ("... denied that its aircraft struck the last
    hospital in the town of Darat Izza. Doctors said 5 people were wounded when
    missiles struck the hospital's entrance"): its index, place and place name."""
    if (
        cue.target is None
        or cue.event_type not in _MEANS
        or not any(c.value > 0 for c in cue.counts)
    ):
        return None
    j = index_of.get(id(cue), 0) - 1
    if j < 0:
        return None
    denial = cues[j]
    if (
        not denial.hedged
        or denial.section != cue.section
        or cue.sentence.paragraph - denial.sentence.paragraph > 1
        or denial.target != cue.target
        or "denie" not in denial.sentence.text.lower()
        or not _told_as_the(cue.target, cue.sentence.text)
    ):
        return None
    for r, m in zip(resolutions[j], denial.mentions, strict=True):
        if r.place_id and r.geo_precision in (1, 2) and m.context_for is None:
            at = m.start - denial.sentence.start
            return j, r, denial.sentence.text[at : at + len(m.name)]
    return None


def _told_as_the(target: str, text: str) -> bool:
    """Whether a text calls a target back ("the convoy", "that hospital"), not
    another of its kind ("a convoy")."""
    return (
        re.search(
            rf"\b(?:the|that|this)\s+(?:[\w-]+\s+)?{re.escape(target)}", text, re.I
        )
        is not None
    )


#: One more of a kind: "a second hospital", "another school".
_ANOTHER_OF_KIND = gated(
    r"\b(?:an?\s+(?:second|third|fourth|separate|different|new)|another)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:hospitals?|clinics?|schools?|mosques?|markets?|bakery|"
    r"bakeries|convoys?|camps?)\b",
    re.I,
)


def _target_told_again(cue: SentenceCues, drafts: list[Draft]) -> bool:
    """ "A convoy of 31 trucks was attacked in Urum al-Kubra ... The Commission finds
    that Syrian air forces attacked the convoy using barrel bombs": the target told
    again, of no place or toll of its own, is the incident told of it; the sentence
    says who struck it and how. Returns whether it was."""
    if cue.target is None or cue.counts or cue.dates:
        return False
    target = cue.target.rstrip("s")
    text = cue.sentence.text
    if not _told_as_the(target, text):
        return False  # "a convoy": another one
    if _ANOTHER_OF_KIND.search(text) is not None and target in text.lower():
        return False  # "a second hospital in the town, the national hospital": another
    told = next(
        (
            d
            # (the recent ones: a long text of thousands of drafts stays linear)
            for d in reversed(drafts[-_RECENT:])
            if d.cue.section == cue.section
            and d.start < cue.sentence.start
            and 0 <= cue.sentence.paragraph - d.cue.sentence.paragraph <= 2
            and d.target is not None
            and d.target.rstrip("s") == target
        ),
        None,
    )
    if told is None:
        return False
    if (
        told.event_type in (None, "attack")
        and cue.event_type is not None
        # ("The convoy later continued": it moved on, no means of the attack)
        and (cue.event_type != "strategic development" or told.event_type is None)
    ):
        told.event_type = cue.event_type
    told.actor = told.actor or cue.actor
    told.quotes.append(text)
    return True


#: Deeds that hit a target: "a vegetable market was hit twice".
_HIT_WORDS = frozenset(
    "hit struck targeted targeting bombed shelled destroyed damaged attacked".split()
)


#: The deed just told, called back, hitting: "The strikes hit", "The raid also struck".
_THE_DEED_HIT = gated(
    r"\s*(?:the|these|those)\s+(?:air\s*)?(?:strikes?|raids?|attacks?|bombs?|bombing|"
    r"shells?|missiles?|rockets?|barrel\s+bombs?)\s+(?:also\s+)?(?:hit|struck|"
    r"targeted|destroyed|damaged)\b",
    re.I,
)


def _target_of_the_strike(cue: SentenceCues, drafts: list[Draft]) -> bool:
    """ "Air strikes killed 19 people in Maarat al-Numan on Tuesday. Rescuers said a
    vegetable market was hit twice": what the strike just told hit, told after it, of
    no place, day or toll of its own. Returns whether it was."""
    if (
        cue.target is None
        or cue.counts
        or cue.dates
        or cue.hedged
        or cue.event_type not in (None, "attack", *_MEANS)
        # (not "He died on the way to the clinic": a deed that hit it)
        or not (
            (cue.trigger or "").lower() in _HIT_WORDS
            # "The strikes hit a market street in the town centre": the deed just
            # told, called back, and what it hit
            or _THE_DEED_HIT.match(cue.sentence.text) is not None
        )
    ):
        return False
    told = next(
        (
            d
            for d in reversed(drafts[-_RECENT:])
            if d.cue.section == cue.section and d.start < cue.sentence.start
        ),
        None,
    )
    if (
        told is None
        or told.target is not None
        or not 0 <= cue.sentence.paragraph - told.cue.sentence.paragraph <= 2
        or told.event_type not in ("attack", *_MEANS)
        # ("Rebels shelled Hamdaniya. A car bomb hit a market": other means)
        or cue.event_type not in (None, "attack", told.event_type)
    ):
        return False
    told.target = cue.target
    told.quotes.append(cue.sentence.text)
    return True


def _also_dead(cue: SentenceCues, drafts: list[Draft]) -> bool:
    """ "...killing at least 30 soldiers. At least 18 Islamic State militants also
    died": more dead of the incident just told (the attackers', the rescuers'),
    added to its toll, not a toll for the next incident told. Returns whether they
    were."""
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    if len(killed) != 1 or "also" not in cue.sentence.text:
        return False
    if not _ALSO_DIED.search(cue.sentence.text):
        return False
    # ("two of its soldiers were also killed in the attack": the one told, a
    # paragraph further back)
    back = 2 if _THE_DEED_AGAIN.search(cue.sentence.text) else 1
    last = _last_told(cue, drafts, paragraphs=back, tolled=True)
    if last is None:
        return False
    _add_dead(last, killed[0])
    last.quotes.append(cue.sentence.text)
    return True


#: A side's own dead, told by what it suffered: "IS suffered (4 fatalities)".
_SUFFERED_BEFORE = gated(
    r"\b(?:suffered|sustained|incurred|took)\s+(?:at\s+least\s+|some\s+|about\s+)?$",
    re.I,
)


#: A toll of the other side: "killing 7 of them", "20 mercenaries were killed".
_ENEMY_DEAD = gated(
    r"\bof\s+them\b|\b(?:mercenaries|militants|terrorists|attackers|assailants|"
    r"gunmen|jihadists)\b",
    re.I,
)


def _other_sides_dead(cue: SentenceCues, drafts: list[Draft]) -> bool:
    """ "...repelled an attack on Um Hosh, killing 7 of them. Two fighters were
    martyred in the clashes": the dead of the other side of the clash just told,
    whose toll was of the attackers, are added to it (not given to the next incident
    told). Returns whether they were."""
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    if (
        len(killed) == 1
        and cue.trigger is None
        and cue.actor is not None
        and (
            killed[0].text.lower().startswith(("lost ", "lose "))
            # "IS suffered 4 fatalities"
            or _SUFFERED_BEFORE.search(
                cue.sentence.text, max(0, killed[0].start - 40), killed[0].start
            )
            is not None
        )
    ):
        # "Islamic State fighters ambushed a regime convoy, killing 7 soldiers. IS
        # lost 3 fighters": the attackers' own dead, of the same fight
        last = _last_told(cue, drafts, paragraphs=0, tolled=True)
        if (
            last is not None
            and last.event_type in ("armed clash", "attack")
            and last.actor is not None
            and _SIDES.get(last.actor, last.actor) == _SIDES.get(cue.actor, cue.actor)
            # (not when the toll told was of the attackers themselves: "repelled an
            # attack by the army, killing 15 attackers. Pro-government media said
            # the NDF had lost 4 men": the same dead, told by their side)
            and _ENEMY_DEAD.search(_toll_told(last)) is None
        ):
            _add_dead(last, killed[0])
            last.quotes.append(cue.sentence.text)
            return True
    if (
        len(killed) == 1
        # (no deed but the deaths: "15 militants were killed")
        and (cue.trigger is None or cue.trigger.lower() in killed[0].text.lower())
        and not cue.mentions
        and _ENEMY_DEAD.search(killed[0].text) is not None
    ):
        # "IS counterattacked near Mazraat al-Tawila, killing 4 SDF fighters. The SDF
        # said 15 militants were killed": the attackers' dead, told by the other side,
        # of the same fight
        last = _last_told(cue, drafts, paragraphs=0, tolled=True)
        if (
            last is not None
            and last.event_type in ("armed clash", "attack")
            and last.actor is not None
            and last.killed
            and _ENEMY_DEAD.search(_toll_told(last)) is None
        ):
            _add_dead(last, killed[0])
            last.quotes.append(cue.sentence.text)
            return True
    if len(killed) != 1 or _IN_THE_FIGHT.search(cue.sentence.text) is None:
        return False
    last = _last_told(cue, drafts, paragraphs=0, tolled=True)
    if last is None or last.event_type != "armed clash" or not last.toll_text:
        return False
    toll = _toll_told(last)
    if _ENEMY_DEAD.search(toll) is None or _ENEMY_DEAD.search(killed[0].text):
        return False
    _add_dead(last, killed[0])
    last.quotes.append(cue.sentence.text)
    return True


def _toll_told(draft: Draft) -> str:
    """A draft's toll as its sentence tells it, with the words after it that say whose
    dead they were ("killing 7 of them")."""
    told = draft.cue.sentence.text
    at = told.find(draft.toll_text or "")
    if at < 0 or not draft.toll_text:
        return draft.toll_text or ""
    return told[at : at + len(draft.toll_text) + 30]


def _add_dead(draft: Draft, more: Count) -> None:
    """Add dead told as more than a draft's toll ("4 other civilians") to it."""
    draft.killed = (draft.killed or 0) + more.value
    draft.killed_low = (draft.killed_low or 0) + more.low
    draft.killed_high = (
        None
        if draft.killed_high is None or more.high is None
        else draft.killed_high + more.high
    )
    draft.toll_text = "; ".join(t for t in (draft.toll_text, more.text) if t)


def _part_of_told(cue: SentenceCues, drafts: list[Draft], place: Resolution) -> bool:
    """ "Warplanes bombed a market in Kafr Nabl, killing 25. 'We pulled 14 bodies from
    under one building,' a volunteer said": fewer dead, told with no place of their
    own after a toll at the place just told, are some of its dead. The sentence is
    kept as that incident's source. Returns whether it was."""
    killed = [c for c in cue.counts if c.kind == "killed" and c.value > 0]
    if (
        len(killed) != 1
        or cue.trigger is not None  # an event of its own: "pounded IS positions"
        or _ANOTHER_EVENT.search(cue.sentence.text)  # "also", "In addition"
        or _ROSE.search(cue.sentence.text)  # "30 total fatalities coded on this day"
    ):
        return False
    last = _last_told(cue, drafts, paragraphs=1, tolled=True)
    if (
        last is None
        or last.place.place_id != place.place_id
        or last.killed is None
        or killed[0].value >= last.killed
        or (
            cue.dates
            and not any(
                _in_time(d.date, last.date, last.date_precision) for d in cue.dates
            )
        )
    ):
        return False
    last.quotes.append(cue.sentence.text)
    return True


def _subject_place(
    cues: list[SentenceCues], resolutions: list[list[Resolution]]
) -> tuple[int, tuple[Resolution, str]] | None:
    """The one place a story of one section is about: the only place its headline
    names, named again in its body. A toll told with no place, before any place of
    an event, is told of it. Returns where the body names it first, and the place."""
    if not cues or not cues[0].headline or any(c.section != 0 for c in cues):
        return None
    places = {
        r.place_id: (r, m.name)
        for r, m in zip(resolutions[0], cues[0].mentions, strict=True)
        if r.place_id and m.context_for is None
    }
    inner = [p for p in places.values() if p[0].kind == "neighbourhood"]
    if len(places) > 1 and len(inner) == 1:
        # "Homs' last rebel district: life in al-Waer": the quarter, in its city
        cities = [p for p in places.values() if p[0].kind in ("city", "town")]
        if len(cities) + 1 == len(places) and all(
            _km(c[0], inner[0][0]) <= _INSIDE_KM["city"] for c in cities
        ):
            places = {k: p for k, p in places.items() if p is inner[0]}
    if len(places) != 1:
        return None
    ((place_id, place),) = places.items()
    if place[0].geo_precision not in (1, 2) or place[0].kind == "governorate":
        return None
    for cue, found in zip(cues[1:], resolutions[1:], strict=True):
        if any(r.place_id == place_id for r in found):
            return cue.sentence.start, place
    return None


#: "Barrel bombs killed thousands in the east, while rebel shells killed hundreds in
#: the west": a mass told with no place is a tally of years, not the last place's
_MASS = gated(r"\b(?:hundreds|thousands)\b", re.I)
#: Events by means that hit somewhere: told of a governorate and a day, an incident.
_STRIKES = frozenset(
    {"airstrike", "shelling", "missile strike", "barrel bomb", "chemical"}
)
_DAY_RETOLD = gated(
    r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:’s|'s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|bombings?|raids?|assault|"
    r"massacre|shelling|blast|explosion)\s+came\s+(?:as|amid|while|during|hours|"
    r"shortly|just|days\s+before|a\s+day\s+before|ahead)\b"
)
_SAME_PLACE = gated(
    r"\b(?:in|on|at|near)\s+the\s+same\s+(city|town|village|neighbou?rhood|district|"
    r"area|camp)\b"
    # "The same centre was struck last Friday": where the incident just told was
    r"|^\s*the\s+same\s+(?:[\w-]+\s+)?(centre|center|hospital|clinic|school|building|"
    r"market|mosque|bakery|facility|base|headquarters|office|camp|checkpoint)\s+"
    r"(?:was|were|had\s+been|has\s+been)\b",
    re.I,
)
#: "in the city", "in the town": the one just told, when another attack is told there.
_THE_PLACE_AGAIN = gated(
    r"\b(?:in|on|at|near)\s+the\s+(city|town|village)\b(?!['’]s)", re.I
)
_SEPARATE = gated(r"\b(?:second|another|separate|new)\b|^In addition\b", re.I)
#: What "the same city" may refer back to.
_SAME_KINDS = {
    "city": ("city", "town"),
    "town": ("town", "city", "village"),
    "village": ("village", "town"),
    "neighborhood": ("neighbourhood",),
    "neighbourhood": ("neighbourhood",),
    "district": ("neighbourhood", "district"),
    "camp": ("camp",),
}


def _same_place(
    noun: str, seen: list[tuple[Resolution, str]]
) -> tuple[Resolution, str] | None:
    """The last place told of the kind "the same <noun>" names (any kind for "area")."""
    kinds = _SAME_KINDS.get(noun.lower())
    return next(
        (p for p in reversed(seen) if kinds is None or p[0].kind in kinds), None
    )


_ONGOING = gated(
    r"\b(continues?|continuing|continued) to\b|\b(is|are) continuing\b"
    # "Elsewhere, clashes continued in the Latakia countryside": of the story's time
    r"|\b(?:clashes|fighting|battles|bombing|bombardment|shelling|strikes|air ?strikes|"
    r"raids)\s+(?:also\s+)?(?:continued|continue|continues)\b"
    # "Islamic State continued its assault on the regime enclave"
    r"|\b(?:continued|continues|continue)\s+(?:on\s+with\s+)?"
    r"(?:its|their|the|a|an)\s+(?:[\w-]+\s+)?(?:assault|offensive|attack|advance|push|"
    r"bombardment|bombing|shelling|campaign|siege)\b",
    re.I,
)

_ANAPHORA = gated(
    r"^(?:The|These|Those|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|"
    r"air ?strikes?|raids?|bombings?|shelling|bombardment|assault|massacre|"
    r"bombs|blasts?|explosions?)\b"
)


#: The rule of a place told as a direction from another: "10 km N of Aleppo".
_OFFSET_RULE = re.compile(r"[\d.]+ km [NSEW]{1,2} of ")
#: A sentence that opens with its scene: "In the Eastern Ghouta, ".
_SCENE = gated(
    r"In\s+(?:the\s+)?[A-Z][\w'’ -]{2,40}?,\s"
    # "Kafr Takharim, a town of some 15,000 people, has been bombed repeatedly since
    # 2015. In January, strikes on its main market killed 11": the place the
    # paragraph is about, introduced as its subject
    r"|(?:[A-Z][\w'’-]*(?:\s+(?:al-|el-|ash-|as-|ad-)?[A-Z][\w'’-]*){0,3}),\s+(?:a|the)\s+"
    r"(?:[\w,-]+\s+){0,3}?(?:town|village|city|district|neighbou?rhood|suburb)\b"
)
#: Where a speaker is: "I am in Maarat Misrin", "we now live in Azaz".
_SPEAKER_IS_IN = gated(
    r"\b(?:I|[Ww]e)(?:\s+(?:now|still))?(?:\s+(?:am|are|live|stay|have\s+been|were|"
    r"was)|['’](?:m|re))\s+"
    r"(?:now\s+|still\s+)?(?:living\s+|staying\s+)?in\s+(?=[A-Z])"
)
_QUOTE_MARKS = frozenset("\"“‘'")
#: One victim just told, told again: "he died in clashes near".
_HE_DIED = gated(
    r"\b(?:he|she)\s+(?:had\s+)?(?:died|was\s+killed|was\s+shot\s+dead)\b", re.I
)


def _told_he_died(cue: SentenceCues, told: dict[int, bool]) -> bool:
    """Whether a sentence tells of one victim's death by a pronoun, found once."""
    if id(cue) not in told:
        told[id(cue)] = _HE_DIED.search(cue.sentence.text) is not None
    return told[id(cue)]


def _told_again_precisely(drafts: list[Draft]) -> list[Draft]:
    """ "Air strikes on a school in Idlib province killed 28. The attacks in the village
    of Hass on Wednesday...": the second sentence places the toll told at governorate
    level; one incident, at Hass."""
    removed: set[int] = set()
    in_paragraph: dict[tuple[int, int], list[Draft]] = {}  # a long text stays linear
    he_died: dict[int, bool] = {}  # by sentence: one may hold thousands of drafts
    for x in drafts:
        if (
            x.killed is None
            and x.place.geo_precision in (1, 2)
            and (
                x.target
                or _ANAPHORA.match(x.cue.sentence.text)
                or _told_he_died(x.cue, he_died)
            )
        ):  # only these may place a toll told before them
            key = (x.cue.section, x.cue.sentence.paragraph)
            in_paragraph.setdefault(key, []).append(x)
    starts = {key: [x.start for x in group] for key, group in in_paragraph.items()}
    for d in drafts:
        # (or a direction from it: "struck positions north of Aleppo ... The strikes
        # hit 18 targets in the Maarrat Umm Hawsh region")
        near = d.place.geo_precision == 2 and (
            d.place.rule.startswith("near ")
            or _OFFSET_RULE.match(d.place.rule) is not None
        )
        # "Airstrikes hit the largest hospital in eastern Aleppo, killing two. ...
        # The M10 hospital in the Sakhour neighborhood was struck twice": the part of
        # the city told again at its quarter
        part = d.place.geo_precision == 2 and d.place.rule.startswith("part ")
        # "Two car bombs exploded in a neighbourhood of Homs, killing 57. The bombs
        # went off in al-Zahraa": the city's toll, told again in its quarter
        city = d.place.kind == "city" and d.place.geo_precision == 1
        # "A senior Hezbollah commander was killed in Syria's Qalamoun mountains ...
        # Activists said he died in clashes near the town of Flita": one man's death,
        # told again where
        region = d.place.kind == "region" and d.killed == 1
        if (
            (
                d.place.geo_precision != 3
                and not near
                and not city
                and not part
                and not region
            )
            or d.killed is None
            or d.place.rule.startswith("unresolved")
            or d.cue.headline
        ):
            continue
        paragraph = d.cue.sentence.paragraph
        e = next(
            (
                e
                for p in (paragraph, paragraph + 1)
                # from the first told after it (drafts are in reading order)
                for e in in_paragraph.get((d.cue.section, p), ())[
                    bisect.bisect_right(starts.get((d.cue.section, p), []), d.start) :
                ]
                if id(e) not in removed
                and e.start > d.start
                and e.cue.section == d.cue.section
                and e.cue.sentence.paragraph - d.cue.sentence.paragraph <= 1
                and e.place.geo_precision in ((1,) if near else (1, 2))
                and e.place.admin1 == d.place.admin1
                and e.killed is None
                and (
                    _ANAPHORA.match(e.cue.sentence.text)
                    # "An aid convoy was struck near Aleppo, killing 21 ... The
                    # convoy was unloading in Urum al-Kubra when it was hit"
                    or _same_target(d, e, anywhere=part)
                    or (region and _told_he_died(e.cue, he_died))
                    # "terrorists targeted the western part of Aleppo city with
                    # rocket shells, claiming the lives of 5 citizens. ... terrorists
                    # fired rocket shells on al-Hamdaniya and al-Midan": the same
                    # deed, by the same hand, told again in the very next sentence
                    or (part and _same_deed_next(d, e))
                )
                and (not region or _km(d.place, e.place) <= _INSIDE_KM["region"])
                # "The attack came a day after Turkish forces captured the villages
                # of Tal Ahmar and Qantara": the places of another deed, before it
                and not _CAME_DAYS_AFTER.match(e.cue.sentence.text)
                and (not near or _km(d.place, e.place) <= _NEAR_KM)
                and (
                    not city
                    or (
                        e.place.kind == "neighbourhood"
                        and _km(d.place, e.place) <= _CITY_KM
                        and _ANAPHORA.match(e.cue.sentence.text) is not None
                    )
                )
                and (
                    not part
                    or (
                        e.place.kind == "neighbourhood"
                        and e.place.geo_precision == 1
                        and _km(d.place, e.place) <= _CITY_KM
                    )
                )
            ),
            None,
        )
        if e is None:
            continue
        _fold_into(d, e)
        removed.add(id(d))
    return [d for d in drafts if id(d) not in removed]


#: A place denied just before its name: "was in Kafr Takharim, not Kafr Nabl".
_DENIED_PLACE = gated(r"(?:\bnot|\brather\s+than|\binstead\s+of)\s+(?:in\s+|at\s+)?$")
_CORRECTION_WORDS = gate_words((" not ", "rather than", "instead of"))


def _corrected(drafts: list[Draft]) -> list[Draft]:
    """ "Correction — the market hit this morning was in Kafr Takharim, not Kafr Nabl
    as activists first reported": the place denied is no place of the deed, and what
    the text told at it, it told of the place put right."""
    fixes: dict[str, Draft] = {}  # the place denied -> a draft at the right one
    denied: set[int] = set()
    for d in drafts:
        text = d.cue.sentence.text
        if not any_in(text, _CORRECTION_WORDS):
            continue
        at = text.find(d.place_text) if d.place_text else -1
        if at <= 0 or _DENIED_PLACE.search(text, max(0, at - 20), at) is None:
            continue
        right = next(
            (
                e
                for e in drafts
                if e.cue is d.cue
                and e is not d
                and e.place.place_id is not None
                and e.place.place_id != d.place.place_id
            ),
            None,
        )
        if right is None or d.place.place_id is None:
            continue
        denied.add(id(d))
        fixes.setdefault(d.place.place_id, right)
    if not fixes:
        return drafts
    for d in drafts:
        right = fixes.get(d.place.place_id or "")
        if right is not None and id(d) not in denied and d.article is right.article:
            d.place, d.place_text = right.place, right.place_text
    return [d for d in drafts if id(d) not in denied]


#: A deed just told, named again with its toll: "said the Israeli strike killed one
#: soldier".
_THE_DEED_KILLED = gated(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:strikes?|air ?strikes?|raids?|attacks?|bombings?|"
    # "the aggression resulted in the martyrdom of two soldiers" (state media)
    r"shelling|bombardment|aggression)\s+(?:had\s+|has\s+)?(?:killed|wounded|injured|"
    r"left|resulted\s+in|led\s+to|caused)\b",
    re.I,
)


def _told_just_after(drafts: list[Draft], k: int) -> Iterator[Draft]:
    """The drafts told just after draft ``k`` (the next seven), of other sentences of
    its section, in its paragraph or the next."""
    d = drafts[k]
    for e in drafts[k + 1 : k + 8]:
        if (
            e.cue is not d.cue
            and e.cue.section == d.cue.section
            and e.cue.sentence.paragraph - d.cue.sentence.paragraph <= 1
        ):
            yield e


def _placed_again(drafts: list[Draft]) -> list[Draft]:
    """ "At least 40 people were killed in twin bombings near a Shiite shrine in the
    south of Damascus ... The blasts struck the Bab al-Saghir area in the Old City": a
    deed told with its toll at a part of a city or a governorate, then called back
    ("the blasts") at a place as fine or finer, with no toll of its own; one incident,
    at that place."""
    removed: set[int] = set()
    for k, d in enumerate(drafts):
        if (
            id(d) in removed
            or d.killed is None
            or d.cue.headline
            or d.place.geo_precision not in (2, 3)
            or d.place.lat is None
        ):
            continue
        e = next(
            (
                e
                for e in _told_just_after(drafts, k)
                if e.killed is None
                and e.injured is None
                and e.place.place_id is not None
                and e.place.place_id != d.place.place_id
                and e.place.lat is not None
                and (e.place.geo_precision or 3) <= (d.place.geo_precision or 3)
                and _km(d.place, e.place) <= _CALLED_BACK_KM
                and (
                    e.event_type == d.event_type
                    or e.event_type in _GENERIC_TYPES
                    or d.event_type in _GENERIC_TYPES
                )
                and _ANAPHORA.match(e.cue.sentence.text) is not None
            ),
            None,
        )
        if e is None:
            continue
        d.place, d.place_text = e.place, e.place_text
        d.quotes += [q for q in e.quotes if q not in d.quotes]
        d.actor = d.actor or e.actor
        d.target = d.target or e.target
        removed.add(id(e))
    return [d for d in drafts if id(d) not in removed]


#: How far the place a deed is called back at may lie from where it was first told.
_CALLED_BACK_KM = 15.0


def _placed_after(drafts: list[Draft]) -> list[Draft]:
    """ "Israeli aircraft struck two Syrian army positions in the northern part of
    Quneitra province early Saturday ... Syrian state media said the Israeli strike
    killed one soldier near the town of Khan Arnabeh": a deed told at a part of a
    governorate or a region, without a toll, then placed finer with its toll; one
    incident, at the finer place."""
    removed: set[int] = set()
    for k, d in enumerate(drafts):
        if (
            d.killed is not None
            or d.injured is not None
            or d.cue.headline
            or d.place.geo_precision not in (2, 3)
            or (
                d.place.kind not in ("governorate", "region")
                and not d.place.rule.startswith("part ")
            )
        ):
            continue
        e = next(
            (
                e
                for e in _told_just_after(drafts, k)
                # (Damascus lies inside its countryside, Rural Damascus)
                if (e.place.admin1 or "").removeprefix("Rural ")
                == (d.place.admin1 or "").removeprefix("Rural ")
                and e.place.place_id != d.place.place_id
                and (
                    (e.place.geo_precision or 3) < (d.place.geo_precision or 3)
                    # "near the town of Khan Arnabeh": finer than a governorate's
                    # part, though both are precision 2
                    or (
                        e.place.geo_precision == d.place.geo_precision == 2
                        and e.place.kind not in ("governorate", "region")
                        and not e.place.rule.startswith("part ")
                    )
                )
            ),
            None,
        )
        if (
            e is None
            or e.killed is None
            or e.event_type != d.event_type
            or (e.actor is not None and e.actor != d.actor)
            or e.date != d.date
            # (the toll may be told in a sentence after the deed's)
            or not any(_THE_DEED_KILLED.search(q) for q in e.quotes)
        ):
            continue
        e.actor = e.actor or d.actor
        if d.explicit_date and not e.explicit_date:
            e.date_text, e.date_rule, e.explicit_date = d.date_text, d.date_rule, True
        e.quotes = [*d.quotes, *(q for q in e.quotes if q not in d.quotes)]
        e.target = e.target or d.target
        removed.add(id(d))
    return [d for d in drafts if id(d) not in removed]


#: How far from the town a place said to be "near" it may lie.
_NEAR_KM = 30.0
#: How far from a city's point a quarter of it may lie.
_CITY_KM = 10.0


def _province_lead_at_its_target(drafts: list[Draft]) -> list[Draft]:
    """ "Air strikes on a hospital in Syria's Idlib province have killed at least three
    medical workers ... The Kafr Takharim hospital was hit four times on Tuesday
    night": a lead told at a governorate, of a target the next paragraph names at its
    town, is that incident; its toll goes there."""
    removed: set[int] = set()
    for n, d in enumerate(drafts):
        if (
            d.place.geo_precision != 3
            or d.target is None
            or (d.killed is None and d.injured is None)
            or d.cue.headline
        ):
            continue
        at = next(
            (
                e
                for e in drafts[n + 1 : n + 40]
                if e.cue is not d.cue
                and e.cue.section == d.cue.section
                and e.cue.sentence.paragraph - d.cue.sentence.paragraph <= 1
                and e.place.geo_precision == 1
                and e.place.admin1 == d.place.admin1
                and e.target == d.target
                and e.killed is None
                and e.injured is None
                and (
                    e.event_type == d.event_type
                    or e.event_type in _GENERIC_TYPES
                    or d.event_type in _GENERIC_TYPES
                )
            ),
            None,
        )
        if at is None:
            continue
        at.killed, at.killed_low, at.killed_high = d.killed, d.killed_low, d.killed_high
        at.injured, at.toll_text = d.injured, d.toll_text
        at.actor = at.actor or d.actor
        at.quotes = [*d.quotes, *(q for q in at.quotes if q not in d.quotes)]
        removed.add(id(d))
    return [d for d in drafts if id(d) not in removed]


def _lead_told_in_places(drafts: list[Draft]) -> list[Draft]:
    """ "Government forces have retaken a string of hilltops south of Aleppo. ... army
    units regained control of al-Eis hill and the villages of al-Hamira and Tal Bajer
    on Friday": a lead told at no place of its own (a side or a direction of a city),
    without a toll, is the deeds the next paragraph tells at their places, of the same
    kind, by the same hand, nearby."""
    removed: set[int] = set()
    # the precise drafts by paragraph: a long text of thousands of drafts stays linear
    precise: dict[tuple[int, int], list[Draft]] = {}
    for e in drafts:
        if e.place.lat is not None and (
            e.place.geo_precision == 1
            # "in fighting around the village of Tasil": near a village
            or (e.place.geo_precision == 2 and e.place.rule.startswith("near "))
        ):
            precise.setdefault((e.cue.section, e.cue.sentence.paragraph), []).append(e)
    for group in precise.values():
        group.sort(key=lambda e: e.start)
    starts = {key: [e.start for e in group] for key, group in precise.items()}
    for d in drafts:
        # "an attack on a convoy near Aleppo killed about 20 civilians. The convoy
        # was struck on Monday evening ... in the town of Urem al-Kubra": a lead with
        # a toll and a target, told again at its place with no toll of its own (or
        # only a part of the dead: "12 aid workers were among the dead")
        tolled = d.killed is not None and d.target is not None
        if (
            (d.killed is not None and not tolled)
            or d.injured is not None
            or (d.target is not None and not tolled)
            or d.place.geo_precision != 2
            or d.place.lat is None
            or d.place.lon is None
            or not (
                d.place.rule.startswith("part ")
                or d.place.rule.startswith("near ")
                or _OFFSET_RULE.match(d.place.rule) is not None
                # "clashed with the IS affiliate in the Yarmouk Basin ... killed in
                # fighting around the village of Tasil": a region's lead
                or d.place.kind == "region"
            )
        ):
            continue
        paragraph = d.cue.sentence.paragraph
        told = []
        for p in (paragraph, paragraph + 1):
            group = precise.get((d.cue.section, p), [])
            at = (
                bisect.bisect_right(starts[(d.cue.section, p)], d.start) if group else 0
            )
            for e in group[at : at + 50]:  # the first 50 told after it
                if (
                    e.cue is not d.cue
                    # (near a village: the deed of a region's lead only)
                    and (e.place.geo_precision == 1 or d.place.kind == "region")
                    and (
                        e.event_type == d.event_type
                        if not tolled
                        else e.target == d.target
                        and (
                            e.killed is None
                            or (
                                e.killed < (d.killed or 0)
                                and any(_AMONG.search(q) for q in e.quotes[1:])
                            )
                        )
                    )
                    and (e.actor == d.actor or e.actor is None or d.actor is None)
                    and _km(d.place, e.place) <= 30
                    and (not d.explicit_date or e.date == d.date)
                ):
                    told.append(e)
        if told:
            lead = told[0]
            if tolled:
                lead.killed, lead.killed_low, lead.killed_high = (
                    d.killed,
                    d.killed_low,
                    d.killed_high,
                )
                lead.toll_text = "; ".join(
                    t for t in (d.toll_text, lead.toll_text) if t
                )
            lead.quotes += [q for q in d.quotes if q not in lead.quotes]
            lead.actor = lead.actor or d.actor
            if d.explicit_date and not lead.explicit_date:
                lead.date_text, lead.date_rule = d.date_text, d.date_rule
                lead.explicit_date = True
            removed.add(id(d))
    return [d for d in drafts if id(d) not in removed]


#: The deed just told, told again: "in the clashes outside the Ghweiran prison".
_THE_DEED_AGAIN = gated(
    r"\b(?:in|during)\s+the\s+(?:[\w-]+\s+)?(?:clashes|fighting|attack|assault|"
    r"strikes?|raids?|bombing|battle)\b",
    re.I,
)


def _city_lead_at_its_quarter(drafts: list[Draft]) -> list[Draft]:
    """ "Kurdish-led forces said on Friday they had foiled an attempt by Islamic State
    to storm a prison in the city of Hasakah. The SDF said three attackers were killed
    in the clashes outside the Ghweiran prison late on Thursday": a lead told at a
    city, with no toll or day of its own, is the deed told again just after at a
    quarter of that city (one incident, at the quarter, of its day)."""
    removed: set[int] = set()
    for n, d in enumerate(drafts):
        if (
            d.place.kind != "city"
            or d.place.geo_precision != 1
            or d.place.place_id is None
            or d.killed is not None
            or d.injured is not None
            or d.explicit_date
        ):
            continue
        for e in drafts[n + 1 : n + 6]:
            if (
                id(e) in removed
                or e.cue.section != d.cue.section
                or not 0 <= e.cue.sentence.paragraph - d.cue.sentence.paragraph <= 1
                or e.place.kind != "neighbourhood"
                or e.place.admin1 != d.place.admin1
                or _km(d.place, e.place) > _CITY_KM
                or e.event_type != d.event_type
                or (e.actor is not None and d.actor is not None and e.actor != d.actor)
                or _THE_DEED_AGAIN.search(e.cue.sentence.text) is None
            ):
                continue
            e.actor = e.actor or d.actor
            e.target = e.target or d.target
            e.quotes = [*(q for q in d.quotes if q not in e.quotes), *e.quotes]
            removed.add(id(d))
            break
    return [d for d in drafts if id(d) not in removed] if removed else drafts


def _km(a: Resolution, b: Resolution) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return float("inf")
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _same_target(d: Draft, e: Draft, *, anywhere: bool = False) -> bool:
    """Whether ``e``'s sentence begins with "The <what d hit>" ("The convoy"), or,
    ``anywhere``, names it with "the" ("said the M10 hospital")."""
    if not d.target or not e.target:
        return False
    word = d.target.split()[-1]
    if e.target.split()[-1] != word:
        return False
    if anywhere:
        return bool(
            re.search(
                rf"\bthe\s+(?:[\w-]+\s+)?{re.escape(word)}\b", e.cue.sentence.text
            )
        )
    return bool(
        re.match(rf"(?:The|That|This)\s+{re.escape(word)}\b", e.cue.sentence.text, re.I)
    )


#: A deed told as another one: "also", "another", "separately".
_ANOTHER_DEED = gated(
    r"\b(?:also|another|other|separately|meanwhile|elsewhere|again)\b", re.I
)


def _same_deed_next(d: Draft, e: Draft) -> bool:
    """Whether ``e``, told in the sentence right after ``d``'s, tells the same kind of
    deed by the same named hand, and not as another one."""
    return (
        d.actor is not None
        and d.actor == e.actor
        and d.event_type is not None
        and d.event_type == e.event_type
        and d.end <= e.start
        and not d.article.text[d.end : e.cue.sentence.start].strip()
        and _ANOTHER_DEED.search(e.cue.sentence.text) is None
    )


def _fold_into(d: Draft, e: Draft) -> None:
    """Give ``e`` the toll and what else ``d`` told of the same event."""
    if e.killed is None:
        e.killed, e.killed_low, e.killed_high = d.killed, d.killed_low, d.killed_high
        e.toll_text = d.toll_text
    if d.explicit_date and not e.explicit_date:  # "... killed 15 on Friday"
        e.date, e.date_precision, e.date_text = d.date, d.date_precision, d.date_text
        e.date_rule, e.explicit_date = d.date_rule, True
    e.injured = e.injured if e.injured is not None else d.injured
    e.quotes += [q for q in d.quotes if q not in e.quotes]
    e.target = e.target or d.target
    if d.event_type in _MEANS and e.event_type not in _MEANS and d.killed:
        # "Air strikes by the U.S.-led coalition killed 62 Syrian soldiers ... The
        # strikes hit army positions on Jabal Tharda, which Islamic State fighters
        # overran shortly afterwards": the dead are the strikes', by their hand
        e.event_type, e.actor = d.event_type, d.actor or e.actor
    e.actor = e.actor or d.actor


def _coarse(d: Draft) -> bool:
    """Whether a draft is placed at a city, a part of one, or a governorate only."""
    if d.place.geo_precision == 3:
        return True
    if d.place.geo_precision == 2:
        # (not "in the Sukkari district": a district of a city is fine enough)
        return d.place.rule.startswith("part ") and d.place.kind != "neighbourhood"
    return d.place.kind == "city" and d.place.geo_precision == 1


def _summed_up(drafts: list[Draft]) -> list[Draft]:
    """ "Rebels fired rockets at ..., killing three people in the New Aleppo area. ...
    Summary: - Rebel shelling kills three in western Aleppo": a toll told again later,
    at the city (or the governorate) of the one place where that side's attack killed
    as many that day, is that incident told again (a summary, a recap), not
    another."""
    removed: set[int] = set()
    # the drafts told so far, by governorate, day and toll (a long text stays linear)
    told: dict[tuple[str | None, dt.date | None, int], list[Draft]] = {}
    for d in drafts:
        if not d.killed or d.place.lat is None or d.place.lon is None:
            continue
        key = (d.place.admin1, d.date, d.killed)
        if _coarse(d) and not d.cue.headline:
            side = _SIDES.get(d.actor or "", d.actor)
            alike = [
                e
                for e in told.get(key, ())
                if e.cue.sentence.paragraph < d.cue.sentence.paragraph
                and not _coarse(e)
                and e.place.geo_precision in (1, 2)
                and _SIDES.get(e.actor or "", e.actor) == side
                and (d.actor is not None or e.event_type == d.event_type)
                and _in_reach_of(d, e)
            ]
            if len(alike) == 1:
                _fold_into(d, alike[0])
                removed.add(id(d))
                continue
        told.setdefault(key, []).append(d)
    return [d for d in drafts if id(d) not in removed]


def _in_reach_of(d: Draft, e: Draft) -> bool:
    """Whether ``e`` may be where ``d``, told at a governorate or a city, happened:
    anywhere in the governorate, or inside the city."""
    return d.place.geo_precision == 3 or _km(d.place, e.place) <= _INSIDE_KM["city"]


#: How many deeds told with no toll nor day wait for the incident told after them.
_PENDING_MAX = 4
#: How many paragraphs after a lead its detail may be told.
_DETAIL_PARAGRAPHS = 6


def _told_in_detail(drafts: list[Draft]) -> list[Draft]:
    """ "Troops pushed into two neighbourhoods in eastern Aleppo, as airstrikes killed
    at least 14 people in the besieged enclave. ... 14 people were killed in
    airstrikes on the neighborhoods of al-Shaar and Karm al-Beik": a toll told first
    at a city (or a governorate), a story's lead, then at the one place in it where
    as many died that day by the same means, is that incident told in detail, not
    another (the converse of :func:`_summed_up`)."""
    finer: dict[tuple[str | None, dt.date | None, int], list[Draft]] = {}
    for d in drafts:
        if d.killed and d.place.lat is not None and not _coarse(d):
            finer.setdefault((d.place.admin1, d.date, d.killed), []).append(d)
            # a lead of no day of its own (a standfirst: "27 people died when
            # al-Quds hospital was hit") is told in detail on whatever day that is
            finer.setdefault((d.place.admin1, None, d.killed), []).append(d)
    if not finer:
        return drafts
    for told in finer.values():
        told.sort(key=lambda e: e.cue.sentence.paragraph)
    paragraphs = {
        key: [e.cue.sentence.paragraph for e in told] for key, told in finer.items()
    }
    removed: set[int] = set()
    for d in drafts:
        if not d.killed or d.place.lat is None or d.cue.headline or not _coarse(d):
            continue
        side = _SIDES.get(d.actor or "", d.actor)
        key = (d.place.admin1, d.date if d.explicit_date else None, d.killed)
        told = finer.get(key, [])
        at = d.cue.sentence.paragraph
        # (the next few paragraphs only: a long text of like tolls stays linear)
        first = bisect.bisect_right(paragraphs.get(key, []), at)
        last = bisect.bisect_right(paragraphs.get(key, []), at + _DETAIL_PARAGRAPHS)
        alike = [
            e
            for e in told[first:last]
            if e.place.geo_precision in (1, 2)
            and e.event_type == d.event_type
            and (
                d.actor is None
                or e.actor is None
                or _SIDES.get(e.actor or "", e.actor) == side
            )
            and _in_reach_of(d, e)
        ]
        if len(alike) == 1:
            _fold_into(d, alike[0])
            removed.add(id(d))
    return [d for d in drafts if id(d) not in removed]


#: "... said the strikes hit the Bustan al-Qasr and Kalaseh neighborhoods"
_THE_STRIKES_HIT = gated(
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|air ?strikes?|"
    r"raids?|bombings?|shelling|bombardment|shells|rockets|barrel bombs)\s+"
    r"(?:hit|struck|targeted|fell on|landed in|landed on)\b",
    re.I,
)
#: Another source's toll of the event just told: "SANA put the toll at 300".
_PUT_THE_TOLL = gated(
    r"\b(?:put|puts|putting|gave|gives|placed|places)\s+(?:the|its|their)\s+"
    r"(?:death\s+|casualty\s+)?toll\s+at\b",
    re.I,
)
#: What a deed hit, called back as the subject of its own sentence: "The al-Quds
#: hospital in the Sukkari district was hit".
_THE_TARGET_HIT = gated(
    r"\W*(?:The|That|This)\s+[^.;,]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:[\w-]+\s+)?(?:hit|struck|bombed|shelled|targeted|destroyed)\b"
)
#: Dead told of the strikes just told: "were killed in the strikes on".
_IN_THE_STRIKES = gated(
    r"\b(?:killed|died|dead|wounded|injured)\s+(?:in|by)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes|air ?strikes|raids|attacks?|bombing|bombardment|shelling)\b",
    re.I,
)
#: How far the villages told about a town ("villages south of Jarablus") lie at most.
_AROUND_KM = 15.0
#: How far the places inside a city, or inside a region, lie from its point at most.
_INSIDE_KM = {"city": 12.0, "region": 25.0}


def _situated_by(e: Draft, d: Draft) -> bool:
    """Whether the sentence of ``e`` names the place of ``d`` only to say where its
    own lies, however far: "the strikes hit the village of Haisha, some 40 kilometers
    north of the city of Raqqa"."""
    key = name_key(d.place_text)
    mentions = e.cue.mentions
    return any(
        m.name == e.place_text
        and any(o.context_for == i and name_key(o.name) == key for o in mentions)
        for i, m in enumerate(mentions)
    )


def _told_again_inside(drafts: list[Draft]) -> list[Draft]:
    """ "Airstrikes on rebel-held neighborhoods of Aleppo killed 15. ... the strikes hit
    the Bustan al-Qasr and Kalaseh neighborhoods": the toll told at a city (or a
    region) is the toll of the places inside it told next; one incident, at the first
    of them. So is a toll told again with those places ("fired rocket shells on
    al-Hamdaniyeh ..., killing three civilians")."""
    removed: set[int] = set()
    # the places that may lie inside, by section and paragraph, with their order in
    # the text (a long text of thousands of drafts stays linear)
    by_paragraph: dict[tuple[int, int], list[tuple[int, Draft]]] = {}
    for n, e in enumerate(drafts):
        if (
            e.place.geo_precision in (1, 2)
            and e.place.lat is not None
            and e.place.lon is not None
        ):
            key = (e.cue.section, e.cue.sentence.paragraph)
            by_paragraph.setdefault(key, []).append((n, e))
    starts = {key: [e.start for _, e in listed] for key, listed in by_paragraph.items()}
    # the story's lead: its first toll told below the headline
    lead = next((id(e) for e in drafts if e.killed and not e.cue.headline), None)
    # for each draft of a paragraph, the next one at another place
    other_place: dict[tuple[int, int], list[int]] = {}
    for key, listed in by_paragraph.items():
        nxt = [len(listed)] * len(listed)
        for i in range(len(listed) - 2, -1, -1):
            alike = listed[i + 1][1].place.place_id == listed[i][1].place.place_id
            nxt[i] = nxt[i + 1] if alike else i + 1
        other_place[key] = nxt
    for d in drafts:
        reach = _INSIDE_KM.get(d.place.kind or "")
        if (
            reach is None
            or (d.killed is None and d.place.kind != "city")
            or d.place.lat is None
            or d.place.lon is None
            or d.cue.headline
        ):
            continue
        here = d.cue.sentence.paragraph
        # the places of the first sentence after it that names some inside it
        group: list[Draft] = []
        for p in (here, here + 1):
            key = (d.cue.section, p)
            listed = by_paragraph.get(key, [])
            j = bisect.bisect_right(starts[key], d.start) if listed else 0
            while j < len(listed):
                e = listed[j][1]
                if e.place.place_id == d.place.place_id:
                    j = other_place[key][j]  # past a run of its place
                    continue
                j += 1
                if (
                    id(e) in removed
                    or e.cue is d.cue
                    or (
                        distance_km(
                            d.place.lat,
                            d.place.lon,
                            cast("float", e.place.lat),  # listed: only placed drafts
                            cast("float", e.place.lon),
                        )
                        > reach
                        and not _situated_by(e, d)
                    )
                ):
                    continue
                if group and e.cue is not group[0].cue:
                    break
                group.append(e)
            if group:
                break
        if not group:
            continue
        if d.killed is None:
            # "Rebels responded with mortar fire on Damascus. SANA said four people
            # were killed when shells hit the Bab Touma, Qassaa and Abbasiyyin
            # areas": the city's attack, told where it hit
            tolled = next((e for e in group if e.killed), None)
            if (
                tolled is None
                or (
                    tolled.cue.sentence.paragraph != d.cue.sentence.paragraph
                    # "Warplanes struck Kurdish-held neighborhoods in Hasakeh. ...
                    # four civilians were killed in the strikes on the Ghwairan and
                    # Nashwa districts": the strikes just told
                    and not _IN_THE_STRIKES.search(tolled.cue.sentence.text)
                )
                or not _compatible(tolled, d.cue)
            ):
                continue
            _fold_into(d, tolled)
            removed.add(id(d))
            continue
        same = next((e for e in group if e.killed == d.killed), None)
        if same is None and all(e.killed is None for e in group):
            # "bombed the villages of Tat Marash and Um Hosh. A mother and her two
            # children were martyred in Tat Marash": the toll told next, at one of them
            places = {e.place.place_id for e in group}
            told_next = [
                e
                for _, e in by_paragraph[
                    (group[0].cue.section, group[0].cue.sentence.paragraph)
                ]
                if e.start > group[0].start
                and e.place.place_id in places
                and id(e) not in removed
            ]
            same = next((e for e in told_next if e.killed == d.killed), None)
            if same is not None and any(
                e.injured is not None and e.place.place_id != same.place.place_id
                for e in told_next
            ):
                # "while 4 civilians were injured in Um Hosh": the wounded are
                # told there, not where the dead were
                injured = same.injured
                _fold_into(d, same)
                same.injured = injured
                removed.add(id(d))
                continue
        if same is not None:
            _fold_into(d, same)
        elif all(e.killed is None for e in group) and (
            _THE_STRIKES_HIT.search(group[0].cue.sentence.text)
            # "Airstrikes have destroyed a hospital in Aleppo, killing 27. The al-Quds
            # hospital in the Sukkari district was hit late on Wednesday night": what
            # the deed hit, called back, where it stood
            or (
                d.target is not None
                and group[0].target == d.target
                and _THE_TARGET_HIT.match(group[0].cue.sentence.text) is not None
            )
            # "Terrorists have fired on a school in western Aleppo, killing six
            # children ... 'On October 30, the militants of Jabhat al-Nusra shelled
            # the residential quarter of al-Hamdaniyah'": the lead's deed, by the
            # same hand and means, told where inside the city it fell
            or (
                id(d) == lead
                and all(e.place.place_id == group[0].place.place_id for e in group)
                and group[0].event_type in _MEANS
                and d.event_type in (group[0].event_type, "attack")
                and d.actor is not None
                and group[0].actor is not None
                and _SIDES.get(d.actor, d.actor)
                == _SIDES.get(group[0].actor, group[0].actor)
            )
        ):
            _fold_into(d, group[0])
        else:
            continue
        removed.add(id(d))
    return [d for d in drafts if id(d) not in removed]


#: The event just told, told again by a witness: "'The explosion was huge, it
#: destroyed several buildings in the Antariya neighborhood,' said a resident."
_RETOLD = gated(
    r"^[\"“‘']?(?:The|That)\s+(?:[\w-]+\s+){0,2}?(?:explosion|blast|car bomb|bombing|"
    r"bomb|attack|strike|air ?strike|raid|massacre|fighting|clashes|battle)\b"
)
#: How far across a governorate's border the place of an event told again may lie from
#: where it was first told.
_RETOLD_KM = 5.0


def _retold(drafts: list[Draft]) -> list[Draft]:
    """A sentence that retells the event just told ("The explosion..."), without a toll
    or a day of its own, at a place of the same governorate or beside the first ("the
    Antariya neighborhood" of Qamishli), is that event's source, not another
    incident."""
    out = list(drafts)
    for e in drafts:
        if (
            e.killed is None
            and e.place.lat is None
            and (not e.explicit_date or e.date_rule.startswith("carried"))
            and e.place.place_id is None
            and _RETOLD.match(e.cue.sentence.text)
        ):
            # "Kurdish and pro-regime forces clashed in Qamishli, leaving 17 dead. The
            # fighting erupted after an argument at a checkpoint near the city's
            # airport": the event just told, told again where the text names no
            # place the gazetteer knows
            d = _last_told(e.cue, out, paragraphs=1, tolled=True)
            if d is not None and d.place.lat is not None:
                d.quotes += [q for q in e.quotes if q not in d.quotes]
                out.remove(e)
            continue
        if (
            e.killed is not None
            # "The attack was one of the deadliest in the Eastern Ghouta this year":
            # a year says how it compares, not another day
            or (e.explicit_date and e.date_precision != "year")
            or e.place.lat is None
            or e.place.lon is None
            or not _RETOLD.match(e.cue.sentence.text)
        ):
            continue
        d = _last_told(e.cue, out, paragraphs=2, tolled=True)
        if (
            d is not None
            and d.place.lat is None
            and e.place.geo_precision in (1, 2)
            and e.cue.sentence.paragraph - d.cue.sentence.paragraph <= 1
        ):
            # "Eight Hezbollah fighters were killed in clashes near Arsal, on the
            # Lebanese border. The fighting was on the Syrian side of the border, in
            # the Qalamoun mountains": where the event told without a point was
            d.place, d.place_text = e.place, e.place_text
            d.quotes += [q for q in e.quotes if q not in d.quotes]
            out.remove(e)
            continue
        if (
            d is None
            or d.place.lat is None
            or d.place.lon is None
            or d.place.geo_precision not in (1, 2)
            or (
                d.place.admin1 != e.place.admin1
                and distance_km(d.place.lat, d.place.lon, e.place.lat, e.place.lon)
                > _RETOLD_KM
            )
            # "The attack came hours after government forces seized the village of
            # Abu Dhuhur": a capture told to say when is no retelling of a strike
            or (e.event_type == "territory change")
            != (d.event_type == "territory change")
        ):
            continue
        d.quotes += [q for q in e.quotes if q not in d.quotes]
        d.target = d.target or e.target
        # "The blast ... also wounded more than 20 people": its wounded are the
        # event's
        if d.injured is None and e.injured is not None:
            d.injured = e.injured
            d.toll_text = "; ".join(t for t in (d.toll_text, e.toll_text) if t)
        out.remove(e)
    return out


#: Event types that say how people were killed; "attack" and toll-only sentences do not.
_MEANS = frozenset(
    {
        "airstrike",
        "barrel bomb",
        "missile strike",
        "shelling",
        "chemical",
        "IED",
        "sniper",
        "siege",
    }
)


_OTHER_MEANS = gated(
    r"\b(tortur\w*|execut\w*|prisons?|detention|kidnap\w*|abduct\w*|assassinat\w*|"
    r"behead\w*|stabb\w*|shot dead|gunmen|gunfire|"
    # "targeted with heavy machine guns areas in the town of Kafrzita"
    r"machine[- ]guns?|small arms|rifles?)\b",
    re.I,
)


def _told_means(text: str) -> str | None:
    """The means a sentence names, anywhere in it (a clause told aside too), if any."""
    kind, _ = event_type_of(text)
    return kind if kind in _MEANS else None


#: The Syrian state and the forces fighting for it: ground they take is ground the
#: government regains, in ACLED's terms.
_GOVERNMENT = frozenset({"regime", "Russia", "Russia/regime"})


def _sub_event_type(d: Draft) -> str:
    """ACLED's sub-event type of a draft: "Government regains territory" for ground
    taken by the government's side, "Non-state actor overtakes territory" for ground
    taken by others; "Abduction/forced disappearance" for people abducted, "Arrests"
    for people arrested."""
    if d.event_type == "territory change" and d.actor in _GOVERNMENT:
        return "Government regains territory"
    trigger = (d.cue.trigger or "").lower()
    if (
        d.event_type in (None, "attack")
        and not d.killed
        and _ABDUCTED.search(d.cue.sentence.text) is not None
    ):
        # "Three aid workers were abducted in Saraqib" (not "The bodies of two
        # commanders were found after being kidnapped": they were killed)
        return "Abduction/forced disappearance"
    if d.event_type == "strategic development" and trigger.startswith(
        ("arrest", "detain", "round")
    ):
        # "Regime forces arrested 12 young men in Homs"
        return "Arrests"
    return ACLED_EVENT_TYPES.get(d.event_type or "attack", ("", ""))[1]


#: People taken: "were abducted", "kidnapped a doctor".
_ABDUCTED = gated(r"\b(?:abduct|kidnap)\w*", re.I)
#: The side an actor fights on; an actor not listed is a side of its own.
_SIDES = {
    "Russia": "pro-government",
    "regime": "pro-government",
    "Russia/regime": "pro-government",
    "Hezbollah": "pro-government",
    "Turkey": "Turkey and its allies",
    "rebels": "Turkey and its allies",
}
#: Narrower than _ANOTHER: "Also, 34 of the dead were in Aleppo" still tells the
#: bombing just told, "Separately, three fighters were killed" another event.
_SEPARATELY = gated(
    r"\s*(?:Separately|Meanwhile|Elsewhere|In (?:a|another) (?:separate )?"
    r"(?:incident|attack|development))\b",
    re.I,
)


#: A sentence that says what the dead just counted died of: "Most of the casualties
#: were from Russian-regime bombing".
_CASUALTIES_FROM = gated(
    r"\b(?:casualties|deaths|dead|victims|fatalities)\s+(?:were|was)\s+"
    r"(?:\w+\s+)?(?:from|by|caused by|in)\b",
    re.I,
)


def _casualties_from(cues: list[SentenceCues], drafts: list[Draft]) -> None:
    """ "Thirty-four of the dead were in Aleppo Province ... Most of the casualties
    were from Russian-regime bombing": tolls told with no means take the means (and
    the actor) the next sentences give them."""
    telling = [
        c
        for c in cues
        if c.event_type in _MEANS
        and not c.hedged
        and "were " in c.sentence.text
        and _CASUALTIES_FROM.search(c.sentence.text)
    ]
    if not telling:
        return
    position = {id(c): k for k, c in enumerate(cues)}
    at = [position[id(c)] for c in telling]
    for draft in drafts:
        if draft.event_type not in (None, "attack") or not draft.killed:
            continue
        # the first sentence after it that tells what the dead died of (by
        # bisection: a long text of many tolls stays linear)
        for c in telling[bisect.bisect_right(at, position.get(id(draft.cue), -1)) :]:
            if (
                c.section != draft.cue.section
                or c.sentence.paragraph - draft.cue.sentence.paragraph > 1
            ):
                break
            if draft.actor is None or draft.actor == c.actor:
                draft.event_type = c.event_type
                draft.actor = draft.actor or c.actor
                break


#: Coalitions other than the US-led one: "the Saudi-led coalition" in Yemen.
_OTHER_COALITION = gated(r"\b(?:Saudi-led|Arab|Saudi)\s+coalition\b", re.I)
_US_NAMED = gated(r"\b(?:US-led|U\.S\.-led|American|United States|US\b|U\.S\.)")


def _other_coalitions(cues: list[SentenceCues], drafts: list[Draft]) -> None:
    """ "Saudi-led coalition air strikes killed 9 civilians in Sanaa. The coalition said
    it had targeted Houthi weapons depots": "the coalition" of a paragraph that named
    another coalition is that one, not the US-led coalition."""
    if not any(d.actor == "US-led coalition" for d in drafts):
        return
    # the paragraphs that name another coalition and not the US-led one
    named: dict[tuple[int, int], tuple[bool, bool]] = {}
    for c in cues:
        key = (c.section, c.sentence.paragraph)
        other, us = named.get(key, (False, False))
        named[key] = (
            other or _OTHER_COALITION.search(c.sentence.text) is not None,
            us or _US_NAMED.search(c.sentence.text) is not None,
        )
    for d in drafts:
        if d.actor == "US-led coalition" and named.get(
            (d.cue.section, d.cue.sentence.paragraph)
        ) == (True, False):
            d.actor = None


#: A sentence whose doer is "they", told before: "On Friday, they launched a car bomb
#: attack".
_THEY_DID = gated(
    # (or "the group": "In Mayadin, the group stoned a woman"; "the militants
    # destroyed part of the Roman theatre")
    r"^(?:[^,.;]{0,40},\s+)?(?P<who>they|the\s+(?:jihadist\s+|extremist\s+|militant\s+)?"
    r"group|the\s+(?:militants|jihadists|extremists))"
    r"\s+(?:had\s+|have\s+|then\s+|also\s+)?"
    r"(?:launched|fired|struck|shelled|attacked|stormed|seized|captured|took|hit|"
    r"dropped|bombed|targeted|detonated|ambushed|killed|executed|kidnapped|"
    r"abducted|beheaded|stoned|blew\s+up|destroyed|demolished)\b",
    re.I,
)


def _at_points_told(drafts: list[Draft]) -> None:
    """ "an airstrike hit the vegetable market in Ariha, Idlib (35.8126, 36.6103)":
    a point the text gives in coordinates right after the place it names is where
    the incident was, exactly; so is the one point a sentence of one place gives."""
    by_cue: dict[int, list[Draft]] = {}
    for d in drafts:
        by_cue.setdefault(id(d.cue), []).append(d)
    for told in by_cue.values():
        cue = told[0].cue
        points = points_told(cue.sentence.text)
        if not points:
            continue
        for d in told:
            if d.place.abroad:
                continue
            ends = [
                m.end - cue.sentence.start
                for m in cue.mentions
                if m.name == d.place_text or name_key(m.name) == name_key(d.place_text)
            ]
            point = next(
                (
                    p
                    for p in points
                    if any(0 <= p[0] - end <= _POINT_AFTER for end in ends)
                ),
                points[0] if len(points) == 1 and len(told) == 1 else None,
            )
            if point is not None:
                start, end, lat, lon = point
                d.place = at_point_told(
                    d.place, lat, lon, cue.sentence.text[start:end].strip()
                )


#: How far after a place's name the coordinates of it may be told.
_POINT_AFTER = 40


#: The actors "the group" may stand for.
_GROUPS = frozenset({"Islamic State", "rebels", "Kurdish YPG/SDF", "Hezbollah"})


def _they_did(cues: list[SentenceCues], drafts: list[Draft]) -> None:
    """ "Rebel groups have been shelling the western districts for days. On Friday,
    they launched a car bomb attack": "they" are who the sentence before named."""
    position = {id(c): k for k, c in enumerate(cues)}
    for draft in drafts:
        if draft.actor is not None or draft.cue.actor is not None:
            continue
        did = _THEY_DID.match(draft.cue.sentence.text)
        if did is None:
            continue
        they = did.group("who").lower() == "they"
        k = position.get(id(draft.cue), 0)
        # "they" are who the sentence before named; "the group", the group named last
        # within three sentences ("Islamic State executed 12 men in al-Mayadeen. The
        # men were beheaded in the main square. Separately, the group stoned a woman")
        before = next(
            (
                c
                for c in reversed(cues[max(0, k - (1 if they else 3)) : k])
                if c.actor is not None
            ),
            None,
        )
        if (
            before is not None
            and before.section == draft.cue.section
            and draft.cue.sentence.paragraph - before.sentence.paragraph
            <= (1 if they else 2)
            # "the group" is a group's, not an army's
            and (they or before.actor in _GROUPS)
        ):
            draft.actor = before.actor


#: Who a text calls the occupation: "the Turkish occupation army".
_OCCUPIER = gated(r"\b(Turkish|Israeli)\s+occupation\b")
#: The occupation as the doer of a sentence: "The mercenaries of the occupation also
#: targeted", "The occupation's warplanes bombed".
_OCCUPATION_DID = gated(
    r"^(?:[^,.;]{0,40},\s+)?(?:the\s+)?(?:(?:mercenaries|warplanes|jets|drones|forces|"
    r"army|artillery|soldiers|troops)\s+of\s+the\s+occupation\b|occupation(?:['’]s)?"
    r"\s+(?:army|forces|troops|soldiers|warplanes|jets|drones|artillery|mercenaries)\b)",
    re.I,
)
_OCCUPIERS = {"turkish": "Turkey", "israeli": "Israel"}


def _the_occupation(cues: list[SentenceCues], drafts: list[Draft]) -> None:
    """ "The Turkish occupation army and its mercenaries bombed Tat Marash. ... The
    mercenaries of the occupation also targeted Maranaz": the occupation is who the
    text named so first."""
    occupier: str | None = None
    told_at = -1
    for cue in cues:
        if "ccupation" in cue.sentence.text and (
            found := _OCCUPIER.search(cue.sentence.text)
        ):
            occupier = _OCCUPIERS[found.group(1).lower()]
            told_at = cue.sentence.start
            break
    if occupier is None:
        return
    for draft in drafts:
        if (
            draft.actor is None
            and draft.cue.sentence.start > told_at
            and "ccupation" in draft.cue.sentence.text
            and _OCCUPATION_DID.match(draft.cue.sentence.text)
        ):
            draft.actor = occupier


def _dead_of_the_attacks_told(cues: list[SentenceCues], drafts: list[Draft]) -> None:
    """ "The cases include three coalition attacks near Manbij. More than 100
    civilians in the villages of al-Tukhar ... are believed to have died": a toll
    that names no one, right after a sentence that tells whose attacks, is theirs."""
    position = {id(c): k for k, c in enumerate(cues)}
    for draft in drafts:
        if (
            draft.actor is not None
            or draft.cue.actor is not None
            or draft.event_type not in (None, "attack")
            or not draft.killed
            # a day of its own ("Last week, 28 were killed in a strike"), or a
            # governorate's tally, is another count than the attacks just told
            or draft.cue.dates
            or draft.place.geo_precision not in (1, 2)
        ):
            continue
        k = position.get(id(draft.cue), 0)
        before = cues[k - 1] if k > 0 else None
        if (
            before is not None
            and before.actor is not None
            and before.event_type is not None
            # "the Russian military said rebels had violated the deal": whose deal
            # was broken, not whose attack
            and before.event_type not in ("strategic development", "protest")
            and not before.hedged
            and before.section == draft.cue.section
            and not _SEPARATELY.match(draft.cue.sentence.text)
            # (not another item of a list, nor a toll of means told aside: "A woman
            # died of her wounds, a day after shelling hit her house")
            and not _is_item(draft.cue)
            and _told_means(draft.cue.sentence.text) in (None, before.event_type)
        ):
            draft.actor = before.actor


_SIMILAR = gated(
    r"\bsimilar\s+(?:[\w-]+\s+)?(?:strikes?|air ?strikes?|raids?|attacks?|bombings?|"
    r"shelling|bombardments?|munitions|bombs|weapons|missiles|rockets|shells)\b",
    re.I,
)


def _lends_to(source: SentenceCues, cue: SentenceCues) -> bool:
    """Whether a sentence told before another may lend it its means: same section, at
    most a paragraph back."""
    return (
        source.section == cue.section
        and source.sentence.start < cue.sentence.start
        and cue.sentence.paragraph - source.sentence.paragraph <= 1
        # "LEBANON: Hezbollah buried two of its fighters": a roundup's new item
        and (
            cue.sentence.paragraph == source.sentence.paragraph
            or _ROUNDUP_LABEL.match(cue.sentence.text) is None
        )
    )


#: A deed told of "they", the hand just told: "on Tuesday, they hit Binnish".
_THEY_STRUCK = gated(
    r"\s*(?:(?:late\s+|early\s+)?on\s+\w+(?:\s+\w+)?,\s+|(?:then|later),?\s+)?"
    r"(?:they|They)\s+(?:also\s+|then\s+|again\s+)?(?:hit|struck|bombed|shelled|"
    r"targeted|pounded|attacked|raided|dropped|fired)\b",
    re.I,
)
#: A paragraph told as at the time of the story: "Meanwhile, in northern Syria,".
_MEANWHILE = gated(r"\s*Meanwhile\b|\s*In the meantime\b")
#: A roundup's item, labelled in capitals: "LEBANON: ", "SYRIA: ".
_ROUNDUP_LABEL = gated(r"[A-Z][A-Z'’ -]{2,30}:\s")


#: An item of a list by place: "- Douma: 9 killed in airstrikes on a market".
_ITEM = gated(r"^\s*(?:[-•*·–]\s*)?[A-Z][\w'’ -]{1,40}:\s")
#: An item of a bulleted list: "-- Near Raqqa, 12 strikes engaged ...", "• In Binnish".
_BULLET = gated(r"\s*(?:-{1,2}|[•*·–])\s|\s*\d{1,2}[.)](?:\s|$)")
#: The head of a list that sums up the story: "Key points:", "Highlights".
_SUMMARY_HEAD = gated(
    r"\s*(?:key\s+(?:points|facts|developments|takeaways)|highlights|at\s+a\s+glance|"
    r"in\s+brief|in\s+short|summary|the\s+latest|what\s+we\s+know(?:\s+so\s+far)?)"
    r"\s*:?\s*$",
    re.I,
)


def _summary_items(cues: list[SentenceCues], bulleted: set[int]) -> set[int]:
    """The paragraphs of the items of a list that sums up the story ("Key points:"
    and the bullets under it)."""
    out: set[int] = set()
    for k, cue in enumerate(cues):
        if not _SUMMARY_HEAD.fullmatch(cue.sentence.text):
            continue
        for later in cues[k + 1 :]:
            if later.section != cue.section or later.sentence.paragraph not in bulleted:
                break
            out.add(later.sentence.paragraph)
    return out


def _summarised(
    cue: SentenceCues, drafts: list[Draft], summary: set[int]
) -> Draft | None:
    """The story's incident an item of its summary tells again: the one outside the
    summary with the item's toll of the dead, by the same hand if it names one."""
    dead = {c.value for c in cue.counts if c.kind == "killed" and c.value > 0}
    if not dead:
        return None
    return next(
        (
            d
            for d in drafts
            if d.cue.section == cue.section
            and d.cue.sentence.paragraph not in summary
            and d.killed in dead
            and (d.actor is None or cue.actor is None or d.actor == cue.actor)
        ),
        None,
    )


#: The words a list's head names each means with ("regime warplanes and artillery").
_MEANS_WORDS = {
    "airstrike": gated(r"\b(?:warplanes?|jets?|air ?strikes?|air|aircraft|raids?)\b"),
    "shelling": gated(r"\b(?:artillery|shell(?:s|ing|ed)?|mortars?)\b"),
    "barrel bomb": gated(r"\b(?:helicopters?|barrel)"),
    "missile strike": gated(r"\b(?:missiles?|rockets?)\b"),
}


#: An item of a strike report, a paragraph of its own: "Near Raqqah, 12 strikes
#: engaged 10 ISIS tactical units".
_NEAR_ITEM = gated(
    r"\s*Near\s+[A-Z][\w'’ -]{1,40},\s+(?:\w+\s+)?strikes?\s+(?:engaged|destroyed|"
    r"struck|hit|damaged|suppressed)\b"
)
#: The head of a strike report: "Coalition military forces conducted 17 strikes".
_STRIKES_HEAD = gated(r"\b(?:conducted|carried\s+out)\s+\d+\s+strikes\b")


def _is_item(cue: SentenceCues) -> bool:
    """Whether a sentence is an item of a list: labelled ("- Douma: 9 killed"),
    bulleted ("-- Near Raqqa, 12 strikes ..."), or a strike report's paragraph ("Near
    Raqqah, 12 strikes engaged ...")."""
    text = cue.sentence.text
    return bool(_ITEM.match(text) or _BULLET.match(text) or _NEAR_ITEM.match(text))


def _items_of_a_head(cues: list[SentenceCues], drafts: list[Draft]) -> None:
    """ "23 people were killed in the Eastern Ghouta as regime warplanes and artillery
    pounded opposition-held towns. - Harasta: 6 killed by artillery shelling": an
    item of the list is by the hand its head names for those means. "In Syria,
    coalition forces conducted 16 strikes: -- Near Raqqa, 12 strikes engaged ...":
    every item a head ending in a colon lists is by its hand, and by its means when
    the item names none."""
    # each item's heads: the last sentence before the list, and the last sentence
    # before it that told of means by a hand
    colon_head: dict[int, SentenceCues] = {}
    means_head: dict[int, SentenceCues] = {}
    last: SentenceCues | None = None
    by_means: SentenceCues | None = None
    for cue in cues:
        if not _is_item(cue):
            last = cue
            if cue.actor and cue.event_type in _MEANS and not cue.hedged:
                by_means = cue
            continue
        if (
            last is not None
            and last.section == cue.section
            and last.actor
            and not last.hedged
            and (
                last.sentence.text.rstrip().endswith(":")
                # "Coalition military forces conducted 17 strikes ... Near Raqqah, 12
                # strikes engaged ...": its paragraphs follow
                or (
                    _STRIKES_HEAD.search(last.sentence.text) is not None
                    and _NEAR_ITEM.match(cue.sentence.text) is not None
                )
            )
        ):
            colon_head[id(cue)] = last
        if (
            by_means is not None
            and by_means.section == cue.section
            and cue.sentence.paragraph - by_means.sentence.paragraph <= 2
        ):
            means_head[id(cue)] = by_means
    for draft in drafts:
        if draft.actor is not None:
            continue
        head = colon_head.get(id(draft.cue))
        if head is not None:
            draft.actor = head.actor
            if draft.event_type in (None, "attack") and head.event_type in _MEANS:
                draft.event_type = head.event_type
            continue
        head = means_head.get(id(draft.cue))
        words = _MEANS_WORDS.get(draft.event_type or "")
        if (
            head is not None
            and words is not None
            and _ITEM.match(draft.cue.sentence.text)
            and words.search(head.sentence.text)
        ):
            draft.actor = head.actor


#: Means on the ground, which an air force's attack told with them is not.
_GROUND_MEANS = gated(
    r"\b(?:shell(?:s|ed|ing)?|artillery|mortars?|snipers?|gunmen|troops|soldiers|"
    r"ground forces|special forces|military police|mines?|IEDs?|car bombs?|"
    r"suicide|rockets?|missiles?)\b",
    re.I,
)


def _air_war_told_after(cues: list[SentenceCues], drafts: list[Draft]) -> None:
    """ "Air strikes on the town of Atareb killed nine people on Tuesday. ... Russian
    and Syrian government warplanes have intensified their raids on the western Aleppo
    countryside in recent days": an air strike told with no doer is of the air forces
    the next sentence (of its paragraph or the next) tells at war from the air there,
    in a sentence that makes no incident of its own."""
    if not drafts:
        return
    by_cue = {id(d.cue) for d in drafts}
    position = {id(c): k for k, c in enumerate(cues)}
    for d in drafts:
        if d.event_type != "airstrike" or d.actor is not None:
            continue
        first = position.get(id(d.cue))
        if first is None:
            continue
        k = first + 1
        while k < len(cues) and cues[k].sentence.text in d.quotes:
            k += 1  # what the strike hit, told after it, is of the strike
        if k >= len(cues):
            continue
        after = cues[k]
        last = cues[k - 1].sentence.paragraph  # of the strike, or told of it
        if (
            id(after) in by_cue
            or after.section != d.cue.section
            or after.sentence.paragraph - last > 1
            or after.event_type != "airstrike"
            or after.actor not in (*AIR_FORCES, "regime")
            or after.counts
        ):
            continue
        d.actor = after.actor
        d.quotes.append(after.sentence.text)


def _by_air_forces(drafts: list[Draft]) -> None:
    """ "a Russian attack on a village in Idlib", "three coalition attacks near
    Manbij": Russia and the US-led coalition fought in Syria from the air; an attack
    of theirs told with no other means is an air strike, as ACLED codes it."""
    for draft in drafts:
        if draft.event_type == "attack" and draft.actor in AIR_FORCES:
            ground = draft.cue.extra.get("ground means")
            if ground is None:  # once a sentence, which may hold hundreds of drafts
                # (not arms destroyed: "a strike destroyed a mortar system")
                ground = draft.cue.extra["ground means"] = bool(
                    _GROUND_MEANS.search(
                        without_noun_uses(draft.cue.sentence.text.lower())
                    )
                )
            if not ground:
                draft.event_type = "airstrike"


def _inherit_means(cues: list[SentenceCues], drafts: list[Draft]) -> None:
    """ "Russian-regime bombing killed 124 people on Sunday. Thirty-four of the dead
    were in Aleppo Province": a toll that names no means is of the bombing just told
    (same section, at most a paragraph back), and so is its actor when it names none."""
    told: list[SentenceCues] = [
        c for c in cues if c.event_type in _MEANS and not c.hedged
    ]
    if not told:
        return
    position = {id(c): k for k, c in enumerate(cues)}
    other_means: dict[int, bool] = {}  # by cue: a sentence may hold many drafts
    lent: dict[int, tuple[str | None, str | None]] = {}  # cue -> means, actor relayed
    relayed: list[SentenceCues] = []
    told_at = [position[id(c)] for c in told]  # reading order, as told is
    relayed_at: list[int] = []
    of_cue: dict[int, list[Draft]] = {}  # a long text has thousands of drafts
    for d in drafts:
        of_cue.setdefault(id(d.cue), []).append(d)
    absorbed: dict[str, list[Draft]] | None = None  # found once, when needed
    for draft in drafts:
        # "A double suicide bombing claimed by Islamic State ... a second blew himself
        # up": the same means, told again without who, is by the same hand
        same_means = (
            draft.event_type in _MEANS
            and draft.actor is None
            # "An unidentified warplane targeted the town of Ariha": unknown, said so
            and not (
                "nidentified" in draft.cue.sentence.text
                or "nknown" in draft.cue.sentence.text
            )
        )
        if draft.event_type not in (None, "attack") and not same_means:
            continue
        if (draft.cue.trigger or "").lower() in _SHOT_DOWN:
            continue  # "Israel said it shot down a Syrian drone": no bombing
        k = position.get(id(draft.cue), -1)
        if same_means and (
            k < 1
            or cues[k - 1].event_type != draft.event_type
            # (a clause's means, in a sentence of other means, after another
            # paragraph: "Rebel shells killed two in al-Hamdaniyah. ¶ In Idlib, three
            # were killed in airstrikes ..., while a woman died of wounds from
            # shelling on Jisr al-Shughur": no hand told)
            or (
                draft.cue.event_type in _MEANS
                and draft.event_type != draft.cue.event_type
                and cues[k - 1].sentence.paragraph != draft.cue.sentence.paragraph
            )
        ):
            continue  # only the sentence just before can lend its hand
        if id(draft.cue) not in other_means:
            text = draft.cue.sentence.text
            other_means[id(draft.cue)] = bool(_OTHER_MEANS.search(text)) or (
                (
                    # "A woman died of her wounds in Maarat al-Numan, a day after
                    # shelling hit her house": means of its own, told aside
                    draft.event_type is None or draft.event_type == "attack"
                )
                and _told_means(text) not in (None, draft.event_type)
            )
        if other_means[id(draft.cue)]:
            continue  # "died under torture in the prisons of IS": not by the bombing
        here = draft.cue.sentence
        # a sentence whose toll took the means of one told just before it lends them
        # in turn, once ("UPDATE: Russian warplanes ... on Hraitan. The LCC recorded
        # 127 killed. Of the casualties, 67 were in Aleppo Province"); the nearest
        # before it (both lists are in reading order: found by bisection, a long text
        # of many tolls stays linear); a farther one is in another paragraph or
        # section if the nearest is
        # "15 civilians were killed in similar strikes on Monday": the means told
        # before in the section, whatever day or paragraph
        similar = draft.cue.extra.get("similar")
        if similar is None:  # once a sentence, which may hold hundreds of drafts
            similar = draft.cue.extra["similar"] = (
                "similar" in here.text and _SIMILAR.search(here.text) is not None
            )
        nearest = [
            found[j - 1]
            for found, at in ((told, told_at), (relayed, relayed_at))
            if (j := bisect.bisect_left(at, k))
            and (
                _lends_to(found[j - 1], draft.cue)
                or (similar and found[j - 1].section == draft.cue.section)
            )
        ]
        source = max(nearest, key=lambda c: position[id(c)], default=None)
        if similar and source is not None and draft.place.place_id is not None:
            # "Maarat al-Numan was struck in a similar attack last October", after a
            # roadside bomb elsewhere: like what the same place went through
            source = next(
                (
                    c
                    for c in reversed(told[: bisect.bisect_left(told_at, k)])
                    if c.section == draft.cue.section
                    and any(
                        d.place.place_id == draft.place.place_id
                        for d in of_cue.get(id(c), ())
                    )
                ),
                source,
            )
        if source is None or _SEPARATELY.match(here.text):
            continue  # "Separately, three fighters were killed when...": another event
        if (
            not draft.place.abroad
            and (theirs := of_cue.get(id(source)))
            and all(d.place.abroad for d in theirs)
        ):
            # "Islamic State hit back in Mosul with suicide car bombs ... In Syria, a
            # car bomb exploded at the Rukban camp": no hand lent from abroad
            continue
        while (
            source.actor is None
            and source.trigger
            and f"the {source.trigger.lower()}" in source.sentence.text.lower()
            and (j := bisect.bisect_left(told_at, position[id(source)])) > 0
            and told[j - 1].section == source.section
            and source.sentence.paragraph - told[j - 1].sentence.paragraph <= 1
        ):
            # "Twenty children were among those killed in the bombardment": the
            # bombardment told before, and its hand
            source = told[j - 1]
        means, by = lent.get(id(source), (source.event_type, source.actor))
        if source.headline and (its_own := of_cue.get(id(source))):
            # a headline's hand, as its own clause tells it ("Car bomb kills 48 near
            # al-Bab as Turkish-backed forces take town": none)
            by = its_own[0].actor
        if same_means and (
            means != draft.event_type
            # only the sentence just before: "... a second blew himself up minutes
            # later"
            or k - 1 != position[id(source)]
        ):
            continue
        if absorbed is None:
            # the incidents a sentence told more of ("The Commission finds that
            # Syrian air forces attacked the convoy"): theirs are its days too
            absorbed = {}
            for d in drafts:
                for q in d.quotes[1:]:
                    absorbed.setdefault(q, []).append(d)
        dated = [
            d
            for d in [
                *of_cue.get(id(source), ()),
                *absorbed.get(source.sentence.text, ()),
            ]
            if d.date_precision in ("day", "week", "month", "year")
        ]
        if (
            not similar
            and draft.explicit_date
            and draft.date is not None
            and dated
            # ("on Tuesday, they hit Binnish": the same hand, told by a pronoun, on
            # another day)
            and not ("they " in here.text[:40] and _THEY_STRUCK.match(here.text))
            and (
                not any(_in_time(draft.date, d.date, d.date_precision) for d in dated)
                if draft.date_precision == "day"
                # "Hundreds were killed there in a massacre in August 2012": a month
                # or a year none of the source's days falls in
                else draft.date_precision in ("month", "year")
                and not any(
                    _in_time(d.date, draft.date, draft.date_precision) for d in dated
                )
            )
        ):
            # "the toll of yesterday's massacre in Saqba", "On Thursday alone, 96
            # were killed in strikes" after a battle told of August: another time's
            continue
        if by is None:
            # who the source's own incidents were told to be by ("Oweijel" took
            # Russia/regime from the update above it; "Another 14 died in Marja")
            by = next((d.actor for d in of_cue.get(id(source), ()) if d.actor), None)
        if (
            draft.actor is not None
            and by is not None
            and _SIDES.get(draft.actor, draft.actor) != _SIDES.get(by, by)
        ):
            continue  # an actor of another side: another event
        draft.event_type = means
        if draft.actor is None:
            draft.actor = by
        if (
            draft.place.kind == "country"  # a national count, told of no place
            and id(source) not in lent
            and id(draft.cue) not in lent
        ):
            lent[id(draft.cue)] = (means, draft.actor)
            relayed.append(draft.cue)
            relayed_at.append(k)


#: Deeds against aircraft, which take no means from a bombing told before them.
_SHOT_DOWN = frozenset({"shot down", "downed", "intercepted", "shoot down"})


#: Event types that tell what changed, not how people died.
_NOT_MEANS_TYPES = frozenset({"territory change", "strategic development", "protest"})


#: How far from a headline's quarter the story's incident it retells may lie.
_QUARTER_KM = 3.0


def _fold_headlines(drafts: list[Draft]) -> list[Draft]:
    """A headline retells its story: "Dozens killed as airstrikes pound Idlib" is the
    Maarat al-Numan strike told below it. Fold it into the story's first incident in
    the same governorate."""
    kept = []
    for draft in drafts:
        if not draft.cue.headline:
            kept.append(draft)
            continue
        story = next(
            (
                d
                for d in drafts
                if not d.cue.headline
                # the article's title tells the whole article; an update's, its own
                and (d.cue.section == draft.cue.section or draft.cue.section == 0)
                and d.start > draft.start
                and d.place.admin1
                and (
                    d.place.admin1 == draft.place.admin1
                    # "a shrine near Damascus": Sayyida Zeinab, in Rural Damascus
                    or {d.place.admin1, draft.place.admin1}
                    == {"Damascus", "Rural Damascus"}
                    # "Tiger Forces liberate strategic hilltop in northern Hama" over
                    # "liberated the hilltop of Tal Sukayk in northern Hama", a hill
                    # the gazetteer puts over the line, in Idlib: the story tells
                    # the headline's place of it
                    or (
                        draft.place.kind in ("city", "governorate", "region")
                        and draft.place_text.lower() in d.cue.sentence.text.lower()
                    )
                )
                and (
                    d.place.place_id == draft.place.place_id
                    or draft.place.kind in ("city", "governorate", "district", "region")
                    # "Israeli jets strike near Damascus airport": near it, somewhere
                    or draft.place.geo_precision == 2
                    # "Dozens Killed in Strikes on Aleppo's Old City": the Bab
                    # al-Nairab district of the Old City, told below
                    or (
                        draft.place.kind == "neighbourhood"
                        and d.place.lat is not None
                        and draft.place.lat is not None
                        and _km(draft.place, d.place) <= _QUARTER_KM
                    )
                    # "YPG accuses Turkey of shelling its positions in Afrin" over
                    # "shelling its positions around the village of Maranaz, near
                    # Afrin": the story's place, told by the town it is near
                    # ("KURDS ACCUSE TURKEY OF STRIKES ON MANBIJ VILLAGES" over "the
                    # villages of al-Arima west of Manbij": by the town that situates
                    # it)
                    or (
                        (d.place.rule.startswith("near ") or draft.place.kind == "town")
                        and d.place.lat is not None
                        and draft.place.lat is not None
                        and _km(draft.place, d.place) <= _NEAR_KM
                        and draft.place_text.lower() in d.cue.sentence.text.lower()
                    )
                )
            ),
            None,
        )
        if story is None and draft.place.place_id is None:
            # a headline's place the gazetteer does not know ("Turkish army shells
            # villages in Shehba") retells the story's first incident of its kind
            story = next(
                (
                    d
                    for d in drafts
                    if not d.cue.headline
                    and (d.cue.section == draft.cue.section or draft.cue.section == 0)
                    and d.start > draft.start
                    and d.place.place_id is not None
                    and _compatible(d, draft.cue)
                ),
                None,
            )
        if story is None:
            head = draft.cue.sentence.text
            if (
                head.startswith(draft.place_text)
                and head[len(draft.place_text) :].startswith(":")
                and any(not d.cue.headline and d.start > draft.start for d in drafts)
            ):
                # "Afrin: Turkish shelling kills family in Jindires": a topic label
                # over the story told below, no incident of its own
                continue
            kept.append(draft)
            continue
        story.quotes.append(draft.quotes[0])
        if (
            story.killed is None
            and draft.killed is not None
            and draft.place.place_id == story.place.place_id
            # "Dozens killed as regime retakes Hanano" over a capture told without a
            # toll, and strikes on Sakhour that killed 20: the body tells the toll
            and not any(
                d.killed
                for d in drafts
                if not d.cue.headline
                and d is not story
                and (d.cue.section == draft.cue.section or draft.cue.section == 0)
            )
        ):
            story.killed, story.toll_text = draft.killed, draft.toll_text
        if (
            story.event_type in _GENERIC_TYPES
            and draft.event_type not in _GENERIC_TYPES
            and draft.place.place_id == story.place.place_id
            and not _OTHER_MEANS.search(story.cue.sentence.text)
            # "Pro-Assad Forces Advance in East Aleppo" over "28 people were killed
            # today in east Aleppo": an advance is not what killed them
            and not (story.killed and draft.event_type in _NOT_MEANS_TYPES)
        ):
            # "U.S.-backed forces enter Manbij, fighting rages" over "23 SDF fighters
            # and 31 IS militants were killed": the fighting is what killed them
            story.event_type = draft.event_type
            story.actor = story.actor or draft.actor
    return kept


def _incident_id(d: Draft) -> str:
    key = f"{d.article.id}|{d.place.place_id}|{d.date}|{d.start}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


EXTRA_COLUMNS = (
    "article_url",
    "date_rule",
    "sub_event_type",
    "killed_low",
    "killed_high",
    "killed_children",
    "killed_women",
    "missing",
    "update_time",
    "sources",
    "also_in",
)


def _toll_at(d: Draft) -> int:
    """Where a draft's own toll begins in its sentence, or -1 (sought near the
    draft's place: a sentence may be very long)."""
    told = d.toll_text.split(";")[0].strip()
    if not told:
        return -1
    here = d.start - d.cue.sentence.start
    text = d.cue.sentence.text
    return text.find(told, max(0, here - 400), here + 400 + len(told))


def _records(drafts: list[Draft]) -> list[dict[str, Any]]:
    rows = []
    # "Four people, among them two children, were killed in Kafr Batna, and two in
    # Saqba": where a sentence tells several places' tolls, each place's victims by
    # group are those its own toll tells
    shared = Counter(id(d.cue) for d in drafts)
    told_at: dict[int, list[int]] = {}  # by sentence: where each toll of it begins
    toll_of: dict[int, int] = {}  # by draft
    for d in drafts:
        if shared[id(d.cue)] > 1 and (at := _toll_at(d)) >= 0:
            told_at.setdefault(id(d.cue), []).append(at)
            toll_of[id(d)] = at
    for starts in told_at.values():
        starts.sort()  # a sentence of thousands of tolls stays linear: bisected
    for d in drafts:
        r = d.place
        if shared[id(d.cue)] > 1:
            at = toll_of.get(id(d), -1)
            text = d.cue.sentence.text
            # and what the sentences that completed it tell ("a mother and her
            # three children were among the dead")
            groups = find_groups(" ".join(d.quotes[1:])) if d.toll_text else {}
            if at >= 0:
                starts = told_at[id(d.cue)]
                k = bisect.bisect_right(starts, at)
                end = starts[k] if k < len(starts) else len(text)
                groups.update(find_groups(text[at:end]))
        else:
            groups = find_groups(" ".join(d.quotes))
        if not d.killed:
            groups = {}  # the dead by group: none told, none counted
        rows.append(
            {
                "incident_id": _incident_id(d),
                "article_id": d.article.id,
                "article_title": d.article.title,
                "article_url": d.article.url,
                "date": d.date.isoformat() if d.date else None,
                "date_precision": d.date_precision,
                "date_text": d.date_text,
                "date_rule": d.date_rule,
                "place": r.name,
                "place_text": d.place_text,
                "place_id": r.place_id,
                "place_kind": r.kind,
                "admin1": r.admin1,
                "geo_precision": r.geo_precision,
                # an unresolved place says why ("'Kilis' is in Turkey, outside Syria")
                "geo_rule": r.rule.split(";")[0] or r.reason,
                "lat": r.lat,
                "lon": r.lon,
                "event_type": d.event_type or "attack",
                # (no side without aircraft drops bombs from the air: "Rebel shelling
                # killed two in Hamdaniyeh, while airstrikes killed eight in Sukkari"
                # does not make the rebels' hand the airstrikes')
                "actor": None
                if d.event_type in _FROM_THE_AIR and d.actor in _GROUND_ONLY
                else d.actor,
                # what was hit: a move, a deal or an evacuation hits nothing (its
                # buses, ambulances and convoys are no targets)
                # (nor does a siege: "the first buses left besieged Daraya")
                "target": d.target
                if d.event_type not in ("strategic development", "siege")
                else None,
                "killed": d.killed,
                "killed_low": d.killed_low,
                "killed_high": d.killed_high,
                "injured": d.injured,
                "toll_text": d.toll_text,
                "quote": d.quotes[0],
                "sources": " | ".join(d.quotes),
                "start_char": d.start,
                "end_char": d.end,
                "sub_event_type": _sub_event_type(d),
                "killed_children": groups.get("children"),
                "killed_women": groups.get("women"),
                "missing": d.missing,
                "update_time": d.cue.section_time or None,
                "also_in": None,
            }
        )
    return rows


def _frame(rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    # records hold (lat, lon); shapely wants (lon, lat)
    geometry = [
        Point(r["lon"], r["lat"])
        if r["lat"] is not None and r["lon"] is not None
        else None
        for r in rows
    ]
    frame = pd.DataFrame(rows, columns=[*INCIDENT_COLUMNS, *EXTRA_COLUMNS])
    for col in INT_COLUMNS:
        frame[col] = frame[col].astype("Int64")
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=WGS84)


def to_geodataframe(drafts: list[Draft]) -> gpd.GeoDataFrame:
    """Return incidents as a GeoDataFrame in EPSG:4326 with :data:`INCIDENT_COLUMNS`.

    Incidents whose place did not resolve are kept, with a null geometry.
    """
    return _frame(_records(drafts))


def _merge_across_articles(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One incident once across articles: the same place on the same day, reported
    by two articles, is one incident with both sources and the toll as a range."""
    kept: list[dict[str, Any]] = []
    # by place and day, and by whether it is a development (no violence): a convoy
    # attacked outside Aleppo is not the day's "20,000 displaced from Aleppo"
    index: dict[tuple[object, object, bool], list[dict[str, Any]]] = {}
    # by day and target, for a target told at a city and at a place in it
    by_target: dict[tuple[object, object], list[dict[str, Any]]] = {}
    for row in rows:
        key = (
            row["place_id"],
            row["date"],
            row["event_type"] == "strategic development",
        )
        dated = bool(row["place_id"]) and row["date_precision"] == "day"
        first = next(
            (
                other
                for other in (index.get(key, []) if dated else [])
                if other["article_id"] != row["article_id"]
                and _one_event_across(other, row)
            ),
            None,
        )
        targeted = (row["date"], row["target"]) if dated and row["target"] else None
        if first is None and targeted is not None:
            # "the al-Quds hospital in the Sukkari district of eastern Aleppo" and
            # "a hospital in rebel-held eastern Aleppo", the same night: one strike,
            # told at the district and at the city around it
            first = next(
                (
                    other
                    for other in by_target.get(targeted, [])
                    if other["article_id"] != row["article_id"]
                    and _one_event_across(other, row)
                    and _around_each_other(other, row)
                ),
                None,
            )
        if first is None:
            kept.append(row)
            if dated:
                index.setdefault(key, []).append(row)
            if targeted is not None:
                by_target.setdefault(targeted, []).append(row)
            continue
        first["sources"] = f"{first['sources']} | {row['sources']}"
        first["also_in"] = ", ".join(
            x for x in (first.get("also_in"), row["article_id"]) if x
        )
        tolls = [t for t in (first["killed"], row["killed"]) if t is not None]
        if tolls:
            lows = [
                t for t in (first["killed_low"], row["killed_low"]) if t is not None
            ]
            first["killed"] = max(tolls)
            first["killed_low"] = min(lows) if lows else min(tolls)
            first["killed_high"] = (
                max(tolls) if len(set(tolls)) > 1 else first["killed_high"]
            )
        if first["injured"] is None:
            first["injured"] = row["injured"]
        if first["missing"] is None:
            first["missing"] = row["missing"]
    return kept


def _around_each_other(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether one of two places is a city or a region (or a part of one), and the
    other lies in it: the same place told coarsely and finely."""

    def coarse(r: dict[str, Any]) -> bool:
        return r["place_kind"] in ("city", "region")

    if not (coarse(a) or coarse(b)) or a["admin1"] != b["admin1"]:
        return False
    if None in (a["lat"], a["lon"], b["lat"], b["lon"]):
        return False
    return distance_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= _INSIDE_KM["city"]


#: Actors without aircraft: an air strike told in one article is not their attack
#: told in another.
_GROUNDED = frozenset({"rebels", "Islamic State", "Kurdish YPG/SDF", "Hezbollah"})
_FROM_THE_AIR = frozenset({"airstrike", "barrel bomb"})


def _one_event_across(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two records of two articles, at one place on one day, may tell one
    event: not a capture and a shelling, not two sides' attacks ("rebels fired rockets
    into western Aleppo" and "air strikes killed 45 in eastern districts")."""
    ta, tb = a["event_type"], b["event_type"]
    if ta not in _GENERIC_TYPES and tb not in _GENERIC_TYPES:
        if (ta in _REMOTE) != (tb in _REMOTE):
            return False
    sa, sb = a["actor"], b["actor"]
    if sa and sb and _SIDES.get(sa, sa) != _SIDES.get(sb, sb):
        return False
    return not (
        (ta in _FROM_THE_AIR and sb in _GROUNDED)
        or (tb in _FROM_THE_AIR and sa in _GROUNDED)
    )


_WORKER_GAZETTEER: Gazetteer | None = None


@lru_cache(maxsize=4)
def _governorates(gazetteer: Gazetteer) -> dict[str, Resolution]:
    """Each governorate resolved as such, to stand in for places it contains."""
    return {
        admin1: resolve_mention(
            gazetteer,
            Mention(
                name=admin1,
                start=0,
                end=len(admin1),
                phrase=admin1,
                qualifier="province",
            ),
        )
        for admin1 in gazetteer.governorates
    }


@dataclass(frozen=True, slots=True)
class _ArticleResult:
    """One article's incidents, and what its place names were found to mean."""

    records: list[dict[str, Any]]
    senses: frozenset[tuple[str, str]]  # (name key, place id) resolved here
    unresolved: frozenset[str]  # name keys of incident places that did not resolve
    problem: str | None = None  # why the article was skipped


#: A wire dateline in Syria: "LATAKIA, SYRIA (11:20 A.M.) -", "ALEPPO, Syria (AP)"
#: A dateline abroad, on the story's first line after its title: "ARSAL, Lebanon -".
_ABROAD_DATELINE = gated(
    r"(?:[^\n]*\n+)?\s*[A-Z][A-Za-z'’ -]{2,30},\s+(?:Lebanon|LEBANON|Turkey|TURKEY|"
    r"Jordan|JORDAN|Iraq|IRAQ|Israel|ISRAEL)\b[^\n]{0,30}?\s[—–-]\s"
)
_SYRIAN_DATELINE = gated(r"\s*([A-Z][A-Za-z'’ -]{2,30}),\s+(?:SYRIA|Syria)\b")


#: The same, on a line of its own after a headline and a byline.
_SYRIAN_DATELINE_LINE = gated(
    r"^[ \t]*([A-Z][A-Z'’ -]{2,30}),\s+(?:SYRIA|Syria)\b[^\n]{0,30}?[—–-]", re.M
)


#: Sides that flew no aircraft nor had any flown for them (the SDF had the
#: coalition's, IS its drones: see :data:`_GROUNDED` for their own deeds).
_GROUND_ONLY = frozenset({"rebels", "Hezbollah"})
#: A bare dateline in capitals, on a line's start: "PALMYRA — ".
_BARE_DATELINE_LINE = gated(r"^[ \t]*([A-Z][A-Z'’ -]{3,30}?)\s+[—–]\s", re.M)


def _dateline_place(
    article: Article, gazetteer: Gazetteer
) -> tuple[Resolution, str] | None:
    """The town or village in Syria a story is filed from ("MAARAT AL-NUMAN, Syria
    —"), if its dateline names one the gazetteer knows."""
    found = _SYRIAN_DATELINE_LINE.search(article.text[:600])
    if found is None:
        # "PALMYRA — The Syrian soldier pointed to the Roman theatre": a bare
        # dateline, of a place the gazetteer knows as written
        found = _BARE_DATELINE_LINE.search(article.text[:600])
        if found is None or not gazetteer.has_light_key(found.group(1).title()):
            return None
    name = found.group(1).title()
    resolved = resolve_query(gazetteer, name)
    if (
        resolved.place_id is None
        or resolved.geo_precision != 1
        or resolved.kind in ("governorate", "district", "region")
    ):
        return None
    return resolved, name


#: A local outlet named after its city or governorate: "Aleppo News", "Idlib Media
#: Center", "Deir ez-Zor 24".
_LOCAL_OUTLET = gated(
    r"\b((?:Deir ez-Zor|Deir Ezzor|Rif Dimashq|[A-Z][a-z]+(?:['’][a-z]+)?))\s+"
    r"(?:News|Media\s+Cent(?:er|re)|Media\s+Office|24)\b"
)


def _prior(article: Article, cues: list[SentenceCues], gazetteer: Gazetteer) -> Context:
    """What holds for the whole article: where the groups it names fought, and the
    governorate its title or dateline names ("SAA liberates hilltop in northern
    Latakia": Kabani, told below, is the village of Latakia)."""
    prior = theatre_context(article.text)
    names = [m.name for c in cues if c.headline and c.section == 0 for m in c.mentions]
    dateline = _SYRIAN_DATELINE.match(article.text[:80])
    if dateline:
        names.append(dateline.group(1).title())
    if "News" in article.text or "Media" in article.text or " 24" in article.text:
        # "Aleppo News: Destruction of al-Merjeh neighborhood": a local outlet tells
        # of its governorate
        names += [m.group(1) for m in _LOCAL_OUTLET.finditer(article.text[:2000])]
    named = frozenset(
        match.place.admin1
        for name in names
        if gazetteer.names_governorate(name)
        for match in gazetteer.lookup(name)
        if match.place.kind == "governorate" and match.match in ("light", "arabic")
    )
    if not named:
        return prior
    return dataclasses.replace(prior, theatre=prior.theatre | named)


#: A kind of place ending a name: "Şehba canton", "Afrin region".
_KIND_WORD_END = gated(
    r"\s+(?:canton|region|area|district|countryside|city|town|village)$", re.I
)


def _headline_as_told_below(
    gazetteer: Gazetteer, cues: list[SentenceCues], resolutions: list[list[Resolution]]
) -> None:
    """ "Turkish state attacks Şehba villages ... Til Rifet and Şêx Îsa in Şehba
    canton": a name the headline tells bare means the place the story below it
    means by that name, told there with more around it (a kind, other places), when
    the name spells that place as well."""
    below: dict[str, Resolution] = {}
    for cue, found in zip(cues, resolutions, strict=True):
        if cue.headline:
            continue
        for m, r in zip(cue.mentions, found, strict=True):
            if (
                r.place_id is not None
                and r.geo_precision in (1, 2)
                and (m.qualifier or len(cue.mentions) > 1)
                and "loose" not in r.rule
                and "fuzzy" not in r.rule
            ):
                below.setdefault(name_key(m.name), r)
                # "Şehba canton": the name the headline may tell bare
                bare = _KIND_WORD_END.sub("", m.name)
                if bare != m.name:
                    below.setdefault(name_key(bare), r)
    if not below:
        return
    for cue, found in zip(cues, resolutions, strict=True):
        if not cue.headline:
            continue
        for k, m in enumerate(cue.mentions):
            r = found[k]
            told = below.get(name_key(m.name))
            if (
                told is None
                or r.place_id is None
                or told.place_id == r.place_id
                # (not a scale the headline tells: "Hama countryside"; "Şehba
                # villages" are its villages)
                or m.qualifier in ("province", "countryside", "suburbs", "part", "city")
                or not any(
                    match.place.id == told.place_id
                    and match.match in ("light", "arabic")
                    for match in gazetteer.lookup(m.name)
                )
            ):
                continue
            found[k] = dataclasses.replace(
                told, query=r.query, rule=f"{told.rule}; as the story below means it"
            )


def _context_blocks(cues: list[SentenceCues]) -> list[int]:
    """A number per sentence that changes where the places told before stop being its
    context: at each section, and at a sentence that turns to another story
    ("Meanwhile, a convoy reached the besieged town of Madaya": not the Idlib village
    of the paragraphs before)."""
    blocks = []
    block, section = 0, None
    for cue in cues:
        if cue.section != section or (
            cue.sentence.text[:1] in "SMEI" and _SEPARATELY.match(cue.sentence.text)
        ):
            block += 1
            section = cue.section
        blocks.append(block)
    return blocks


def _article_pass(
    article: Article,
    gazetteer: Gazetteer,
    senses: Mapping[str, tuple[str, int]] | None = None,
) -> _ArticleResult:
    cues = extract_cues(article, gazetteer)
    resolutions = resolve_sentences(
        gazetteer,
        list(zip(_context_blocks(cues), (c.mentions for c in cues), strict=True)),
        _prior(article, cues, gazetteer),
        senses=senses,
    )
    _headline_as_told_below(gazetteer, cues, resolutions)
    if gazetteer.foreign and _COUNTRY_WORDS.search(article.text):
        _told_abroad(gazetteer, cues, resolutions)
    known: set[tuple[str, str]] = set()
    unknown: set[str] = set()
    for cue, found in zip(cues, resolutions, strict=True):
        for mention, r in zip(cue.mentions, found, strict=True):
            key = name_key(mention.name)
            if not key:
                continue
            if r.place_id is None:
                if not r.abroad and mention.context_for is None:
                    unknown.add(key)
            elif (
                r.geo_precision in (1, 2)
                and r.kind not in ("governorate", "district")
                and not r.rule.startswith("part ")
                and _SENSED not in r.rule
            ):
                known.add((key, r.place_id))
    records = _records(
        build_incidents(
            article,
            cues,
            resolutions,
            governorates=_governorates(gazetteer),
            dateline=_dateline_place(article, gazetteer),
        )
    )
    return _ArticleResult(records, frozenset(known), frozenset(unknown))


#: Countries abroad as a roundup labels its items: "TURKEY: A car bomb exploded".
_LABELLED = (
    "IRAQ",
    "LEBANON",
    "JORDAN",
    "ISRAEL",
    "IRAN",
    "YEMEN",
    "LIBYA",
    "TURKEY",
    "EGYPT",
)
#: The countries whose places may bear Syrian places' names, as texts name them, and
#: those labels.
_COUNTRY_WORDS = gated(
    r"\b(?:Iraq|Leban|Jordan|Israel|Iran|Yemen|Libya|"
    # datelines abroad: "BAGHDAD, Jan 5 (Reuters) -"
    r"BAGHDAD|JERUSALEM|TEHRAN|CAIRO|RIYADH|MOSUL|ERBIL|" + "|".join(_LABELLED) + ")"
)
#: A roundup's paragraph about a country abroad.
_COUNTRY_LABEL = gated("(" + "|".join(_LABELLED) + r")\s*:\s")


#: A heading or a list's head that says which country it is about: "Strikes in
#: Iraq", "In Iraq, coalition forces conducted five strikes:".
_COUNTRY_TOLD = gated(
    r"(?:(?:[\w-]+\s+){0,3}?in\s+)?(Iraq|Lebanon|Jordan|Israel|Iran|Yemen|Libya|"
    r"Turkey|Egypt|Syria)(?:\s*$|,\s)",
    re.I,
)


#: The countries news of Syria is filed from: a dateline there says nothing abroad.
_SYRIA_DESKS = frozenset({"Lebanon", "Jordan", "Turkey"})
#: A wire item's dateline: "BAGHDAD, Jan 5 (Reuters) -", "AMMAN (AP) -".
_FILED_FROM = gated(
    r"([A-Z][A-Z'’. -]{2,30}?)(?:,\s+[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s+\("
)


def _told_abroad(
    gazetteer: Gazetteer, cues: list[SentenceCues], resolutions: list[list[Resolution]]
) -> None:
    """A place abroad whose name a Syrian place bears too is abroad where its
    paragraph names the country ("Iraqi forces retook Fallujah"); in a roundup's
    paragraph labelled with a country abroad ("TURKEY: A car bomb exploded near a
    police station in Diyarbakir"), so is every name no Syrian place bears. A
    section's heading ("Strikes in Iraq") and a list's head ("In Iraq, coalition
    forces conducted five strikes:") say it for what they hold."""
    paragraph: list[str] = []
    where: tuple[int, int] | None = None
    label: str | None = None
    section: int | None = None
    heading = ""  # the section's heading, when it names a country
    intro = ""  # the head of the list the paragraph is an item of
    head = ""  # the last paragraph's last sentence, which may head a list
    for cue, resolved in zip(cues, resolutions, strict=True):
        if cue.section != section:
            section, heading, head = cue.section, "", ""
            if cue.headline and _COUNTRY_TOLD.match(cue.sentence.text):
                heading = cue.sentence.text
        if (cue.section, cue.sentence.paragraph) != where:
            where, paragraph = (cue.section, cue.sentence.paragraph), []
            # "BAGHDAD, Jan 5 (Reuters) - A suicide bomber killed 11 people in Tal
            # Afar": an item filed from a city abroad tells of that country
            # (not one filed from Beirut, Amman or a Turkish city: most news of
            # Syria is)
            filed = _FILED_FROM.match(cue.sentence.text)
            country = gazetteer.country_of(filed.group(1).title()) if filed else None
            if (
                country is not None
                and country not in _SYRIA_DESKS
                and "Syria" not in cue.sentence.text
            ):
                paragraph.append(country)
            if _is_item(cue):
                intro = head if head.rstrip().endswith(":") else intro
            else:
                intro = ""
            found = _COUNTRY_LABEL.match(cue.sentence.text)
            label = None if found is None else found.group(1).title()
            for text in (intro, heading):
                if label is None and (told := _COUNTRY_TOLD.match(text)):
                    if told.group(1).lower() != "syria":
                        label = told.group(1).title()
                    break
        paragraph.append(cue.sentence.text)
        if not _is_item(cue):
            head = cue.sentence.text
        for k, mention in enumerate(cue.mentions):
            r = resolved[k]
            if r.abroad and (country := gazetteer.foreign_country(mention.name)):
                # "In Anbar province, a suicide bomber killed five soldiers near Hit":
                # a place abroad named tells its country for the rest of the paragraph
                paragraph.append(country)
            elif r.place_id is not None and gazetteer.foreign_country(mention.name):
                resolved[k] = abroad_as_told(
                    gazetteer, mention, r, " ".join([heading, intro, *paragraph])
                )
            elif (
                label is not None
                and r.place_id is None
                and not r.abroad
                and mention.context_for is None
                # "near Shaddadi, Syria": told of Syria, whatever the heading
                and not any("Syria" in text for text in paragraph)
            ):
                resolved[k] = abroad_in(mention, label)


_SENSED = "as the same name resolves"
#: In how many articles at least (the article itself counts: one sense per
#: discourse), and in what share of those resolving it, a name must mean one place for
#: the collection to give it that meaning where it is unresolved.
SENSE_MIN_ARTICLES = 1
SENSE_MIN_SHARE = 0.75


def _collection_senses(
    results: list[_ArticleResult],
) -> dict[str, tuple[str, int]]:
    """One sense per collection: the place each name means across the articles of a
    run, where they agree (``name_key -> (place_id, articles)``)."""
    counts: dict[str, Counter[str]] = {}
    for result in results:
        for key, place_id in result.senses:
            counts.setdefault(key, Counter())[place_id] += 1
    senses: dict[str, tuple[str, int]] = {}
    for key in sorted(counts):
        place_id, n = min(counts[key].items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= SENSE_MIN_ARTICLES and n >= SENSE_MIN_SHARE * sum(counts[key].values()):
            senses[key] = (place_id, n)
    return senses


def _safe_pass(
    article: Article,
    gazetteer: Gazetteer,
    senses: Mapping[str, tuple[str, int]] | None = None,
) -> _ArticleResult:
    """One article's pass; a failure in it skips that article, not the run."""
    try:
        return _article_pass(article, gazetteer, senses)
    # a bug met on one text must not lose the others: any error skips the article
    except Exception as err:  # noqa: BLE001
        return _ArticleResult(
            [],
            frozenset(),
            frozenset(),
            problem=f"{article.id}: extraction failed "
            f"({type(err).__name__}: {err}); skipped",
        )


def _worker(article: Article) -> _ArticleResult:
    assert _WORKER_GAZETTEER is not None
    return _safe_pass(article, _WORKER_GAZETTEER)


def extract_incidents(
    articles: list[Article],
    gazetteer: Gazetteer,
    *,
    workers: int = 1,
    progress: Callable[[int, int], None] | None = None,
    problems: list[str] | None = None,
) -> gpd.GeoDataFrame:
    """Run extraction, geocoding and assembly over articles.

    Parameters
    ----------
    articles : list of Article
        The articles, already read.
    gazetteer : Gazetteer
        Where place names resolve.
    workers : int
        Processes to use (forked, sharing the loaded gazetteer); the output is the
        same whatever the number.
    progress : callable, optional
        Called as ``progress(done, total)`` after each article.
    problems : list of str, optional
        Where to append one line for each article whose extraction failed (it is
        skipped and the others are processed); logged as warnings when not given.

    Returns
    -------
    geopandas.GeoDataFrame
        The incidents of all articles, in input order, EPSG:4326.

    Notes
    -----
    One sense per collection: a place name that does not resolve in one article (a
    loose spelling of several villages, with nothing around it to choose) resolves to
    the place the other articles of the run resolve it to, when they agree
    (:data:`SENSE_MIN_ARTICLES`, :data:`SENSE_MIN_SHARE`); its ``geo_rule`` says so.
    An article's incidents may thus depend on the articles read with it.

    Examples
    --------
    >>> import datetime as dt
    >>> from geo.gazetteer import load_gazetteer
    >>> a = Article("a1", "Three civilians were killed in shelling on Kafr Nabl on "
    ...             "Sunday.", dt.date(2016, 10, 26))
    >>> row = extract_incidents([a], load_gazetteer()).iloc[0]
    >>> row["place"], row["date"], int(row["killed"])
    ('Kafr Nabl', '2016-10-23', 3)
    """
    # The passes build no reference cycles, while every full collection would walk
    # the caches that fill as names are looked up (a sixth of the time of a long run):
    # the cyclic collector waits until the incidents are assembled.
    collecting = gc.isenabled()
    gc.disable()
    try:
        results = _passes(articles, gazetteer, workers, progress)
    finally:
        if collecting:
            gc.enable()
    for result in results:
        if result.problem is None:
            continue
        if problems is None:
            logger.warning("%s", result.problem)
        else:
            problems.append(result.problem)
    rows = [record for result in results for record in result.records]
    return _frame(_merge_across_articles(rows))


def _passes(
    articles: list[Article],
    gazetteer: Gazetteer,
    workers: int,
    progress: Callable[[int, int], None] | None,
) -> list[_ArticleResult]:
    global _WORKER_GAZETTEER
    results: list[_ArticleResult] = []
    total = len(articles)
    if workers > 1 and total >= 8 and "fork" in mp.get_all_start_methods():
        _WORKER_GAZETTEER = gazetteer
        try:
            with mp.get_context("fork").Pool(workers) as pool:
                passes = pool.imap(_worker, articles, chunksize=8)
                # while the workers read, load what the frame needs (~0.6 s)
                import geopandas  # noqa: F401

                for done, result in enumerate(passes, start=1):
                    results.append(result)
                    if progress:
                        progress(done, total)
        finally:
            _WORKER_GAZETTEER = None
    else:
        for done, article in enumerate(articles, start=1):
            results.append(_safe_pass(article, gazetteer))
            if progress:
                progress(done, total)
    # one sense per collection: a name left unresolved in one article, where others
    # resolve it to one place, is read again with that sense
    senses = _collection_senses(results)
    for i, result in enumerate(results):
        if not result.unresolved.isdisjoint(senses):
            results[i] = _safe_pass(articles[i], gazetteer, senses)
    return results
