"""Find date phrases in a sentence and resolve them against a publication date.

A weekday means the latest such day on or before publication; "yesterday" and "last
night" the day before; explicit days without a year take the publication's year (or
the year before, when that would put them after publication). Phrases after "since",
"until", "before" or "by" describe a period's bound, not an event, and are skipped. This module
never reads the clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from geo.patterns import any_in, gate_words, gated
from geo.tolls import parse_number

__all__ = ["DatePhrase", "find_dates"]

_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_MONTH_RE = (
    r"(January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY_RE = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "between November 17 and December 13, 2016": a span, as precise as it is long
    (
        "day-range",
        gated(
            rf"\b(?:[Bb]etween|[Ff]rom)\s+{_MONTH_RE}\s+{_DAY_RE}\s+(?:and|to|until)\s+"
            rf"(?:{_MONTH_RE}\s+)?{_DAY_RE}\b(?:,?\s+(\d{{4}})\b)?"
        ),
    ),
    # "between 5 and 9 October", "from 28 September to 2 October 2016": the same,
    # day first ("on 3 and 4 October", "on 3-4 October": two days told)
    (
        "day-month-range",
        gated(
            rf"\b(?:[Bb]etween|[Ff]rom|[Oo]n)\s+{_DAY_RE}(?:\s+{_MONTH_RE})?"
            rf"(?:\s+(?:and|to|until)\s+|\s*[-–]\s*)"
            rf"{_DAY_RE}\s+{_MONTH_RE}\b(?:,?\s+(\d{{4}})\b)?"
        ),
    ),
    # "on the night of 2 to 3 October": a night, of the day it begins
    (
        "night-of",
        gated(
            rf"\b[Nn]ight\s+of\s+{_DAY_RE}\s*(?:to|-|–|and)\s*{_DAY_RE}\s+{_MONTH_RE}\b"
            rf"(?:,?\s+(\d{{4}})\b)?"
        ),
    ),
    # "Between Friday and Sunday": the span of days up to the last of them
    (
        "weekday-range",
        gated(
            rf"\b(?:[Bb]etween|[Ff]rom)\s+{_WEEKDAY_RE}\s+(?:and|to|until|through)\s+"
            rf"{_WEEKDAY_RE}\b"
        ),
    ),
    (
        "day-of-month",
        gated(rf"\b(?:the\s+)?{_DAY_RE}\s+of\s+{_MONTH_RE}(?:,?\s+(\d{{4}}))?\b"),
    ),
    ("month-day-year", gated(rf"\b{_MONTH_RE}\s+{_DAY_RE},?\s+(\d{{4}})\b")),
    ("day-month-year", gated(rf"\b{_DAY_RE}\s+{_MONTH_RE},?\s+(\d{{4}})\b")),
    ("month-day", gated(rf"\b{_MONTH_RE}\s+{_DAY_RE}\b(?!\s*(?:km|%|,?\s*\d))")),
    ("day-month", gated(rf"\b{_DAY_RE}\s+{_MONTH_RE}\b")),
    ("iso", gated(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # "12/3/2017", "12.03.2017", "12-03-2017"
    ("numeric", gated(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b")),
    (
        "month-year",
        gated(
            rf"\b(?:(?:early|mid|late)[- ])?{_MONTH_RE}"
            rf"(?:\s+and\s+{_MONTH_RE})?,?\s+(\d{{4}})\b"
        ),
    ),
    # "Friday's attack came a day after a bomb destroyed a building": the day before
    (
        "days-before",
        gated(
            rf"\b{_WEEKDAY_RE}(?:’s|'s)\s+(?:[\w-]+\s+){{0,2}}?(?:attacks?|strikes?|"
            r"air ?strikes?|bombings?|raids?|assault|massacre|shelling|blast|"
            r"explosion)\s+came\s+(a|one|two|three|four|five|six)\s+days?\s+after\b"
        ),
    ),
    # "in the week ending Saturday": the seven days up to that day
    (
        "week-ending",
        gated(
            rf"\b(?:the\s+)?week\s+(?:ending|ended|to|up\s+to|through)\s+(?:on\s+)?"
            rf"{_WEEKDAY_RE}\b"
        ),
    ),
    # "on Wednesday last week": the Wednesday of the week before publication's
    (
        "weekday-last-week",
        gated(rf"\b{_WEEKDAY_RE}\s+(?:of\s+)?last\s+week\b"),
    ),
    # "on the 5th": that day of the month of publication, or of the month before
    (
        "day-ordinal",
        gated(
            rf"\b[Oo]n\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?"
            rf"(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH_RE})"
        ),
    ),
    (
        "weekday",
        gated(
            rf"\b{_WEEKDAY_RE}(?:’s|'s)?(?:\s+(morning|afternoon|evening|"
            r"night))?\b"
        ),
    ),
    (
        "relative-day",
        gated(
            r"\b(today|this (?:morning|afternoon|evening)|tonight|"
            r"the day before yesterday|yesterday|last night|overnight|"
            # a day's news: "killed dozens over the past 24 hours"
            r"(?:over|in|during) the (?:past|last) (?:24|twenty-four) hours|"
            r"(?:over|in|during) the (?:past|last) day|"
            # "Government forces are now advancing on Hosh al-Farah": the day told
            r"(?:(?<=\bis )|(?<=\bare ))now(?=\s+(?:advancing|fighting|besieging|"
            r"shelling|attacking|battling|pushing|closing\s+in|storming|bombarding|"
            r"pounding|clashing)))\b",
            re.I,
        ),
    ),
    ("days-ago", gated(r"\b(\w+) days ago\b", re.I)),
    # "48 hours ago", "a few hours ago": so many whole days before publication
    ("hours-ago", gated(r"\b(\d{1,3}|a few|several|\w+) hours ago\b", re.I)),
    # "killed in three days of bombing", "over the past four days": a span up to now
    (
        "days-span",
        gated(
            r"\b(?:in|over|during)\s+(?:the\s+(?:past|last)\s+)?"
            r"(two|three|four|five|six|[2-6])\s+days\b",
            re.I,
        ),
    ),
    ("weeks-ago", gated(r"\b(a|\w+) weeks? ago\b", re.I)),
    ("months-ago", gated(r"\b(a|\w+) months? ago\b", re.I)),
    ("years-ago", gated(r"\b(a|\w+) years? ago\b", re.I)),
    (
        "relative-week",
        gated(
            # (not "hit for the third time this week": how often, not when)
            r"\b(?<!time )(last week|earlier this week|this week|"
            r"past week)\b",
            re.I,
        ),
    ),
    (
        "weekend",
        gated(r"\b(?:(?:at|over|during)\s+the|(this|last|past))\s+weekend\b", re.I),
    ),
    (
        "relative-month",
        gated(r"\b(?<!time )(earlier this month|this month|last month)\b", re.I),
    ),
    (
        "bare-month",
        gated(
            rf"\b(?:(?:early|mid|late|the end of)[- ])?"
            # "last February": the last before publication
            rf"(?:[Ii]n|[Oo]n|[Dd]uring|of|[Ll]ast|[Tt]his|"
            # "under fire since early July, when troops captured the farms": the
            # month of the deed the clause tells
            rf"[Ss]ince(?=\s+(?:(?:early|mid|late)[- ])?(?:{_MONTH_RE[1:-4]}),?\s+"
            rf"when\b)|"
            # "the September attack on an aid convoy": the month of a deed named
            rf"[Tt]he(?=\s+(?:{_MONTH_RE[1:-4]})\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:attacks?|strikes?|air ?strikes?|bombings?|massacres?|assault|raids?|"
            rf"shelling|offensive)\b))\s+"
            # "in mid-November", "in early October"
            rf"(?:(?:early|mid|late)[- ]|the (?:end|start|beginning|middle) of\s+)?"
            rf"{_MONTH_RE}\b(?!\s+\d)"
            # "In February this year", "in March last year": the year said
            r"(?:\s+(?P<year_of>this|last)\s+year\b)?"
        ),
    ),
    (
        "season",
        gated(r"\b(last|this) (winter|spring|summer|autumn|fall|year)\b", re.I),
    ),
    # "in the summer of 2015": that year's
    (
        "season-year",
        gated(
            r"\b(?:winter|spring|summer|autumn|fall)\s+of\s+((?:19|20)\d{2})\b", re.I
        ),
    ),
    # "on Christmas Day", "on New Year's Eve": the last such day on or before
    # publication
    (
        "holiday",
        gated(r"\b(Christmas (?:Day|Eve)|New Year['’]s (?:Day|Eve))\b"),
    ),
    # "on the first day of Eid al-Adha", "during Eid al-Fitr": the feast of the year of
    # publication (or the year before, when it is yet to come), by its first day
    (
        "eid",
        gated(
            # ("on the eve of Eid al-Adha": the day before)
            r"\b(first\s+day\s+of\s+|eve\s+of\s+)?(?:the\s+)?(?:Muslim\s+)?"
            r"(?:holiday\s+of\s+)?"
            r"Eid\s+(?:al|el|ul)[-\s]?(Adha|Fitr)\b",
            re.I,
        ),
    ),
    (
        "year",
        gated(r"\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|mid|late)[- ])?((?:19|20)\d{2})\b"),
    ),
    # "the 2013 chemical attack in Ghouta": the year of the event named
    ("year-adjective", gated(r"\b[Tt]he\s+((?:19|20)\d{2})(?=\s+[a-z])")),
]
_MONTH_ANY = gated(rf"\b{_MONTH_RE}")
_MONTH_WORDS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
#: rule -> (case-sensitive?, words): every match of the rule's pattern holds one of
#: the words; a sentence without any is not scanned with it.
_GATES: dict[str, tuple[bool, tuple[str, ...]]] = {
    "day-range": (False, ("between ", "from ")),
    "day-month-range": (False, ("between ", "from ", "on ")),
    "night-of": (False, ("night of ",)),
    "weekday-range": (False, ("between ", "from ")),
    "week-ending": (False, ("week ",)),
    "day-of-month": (True, _MONTH_WORDS),
    "month-day-year": (True, _MONTH_WORDS),
    "day-month-year": (True, _MONTH_WORDS),
    "month-day": (True, _MONTH_WORDS),
    "day-month": (True, _MONTH_WORDS),
    "iso": (True, ("-",)),
    "numeric": (True, ("/", ".", "-")),
    "month-year": (True, _MONTH_WORDS),
    "days-before": (True, ("came a day", "days after")),
    "weekday-last-week": (True, ("last week",)),
    "day-ordinal": (True, ("on the ", "On the ")),
    "weekday": (True, ("day",)),
    "relative-day": (
        False,
        (
            "today",
            "this morning",
            "this afternoon",
            "this evening",
            "tonight",
            "yesterday",
            "last night",
            "overnight",
            "24 hours",
            "twenty-four hours",
            "past day",
            "last day",
            "now ",
        ),
    ),
    "days-ago": (False, ("days ago",)),
    "hours-ago": (False, ("hours ago",)),
    "days-span": (False, (" days",)),
    "weeks-ago": (False, ("week ago", "weeks ago")),
    "months-ago": (False, ("month ago", "months ago")),
    "years-ago": (False, ("year ago", "years ago")),
    "relative-week": (False, ("week",)),
    "weekend": (False, ("weekend",)),
    "relative-month": (False, ("month",)),
    "bare-month": (True, _MONTH_WORDS),
    "season": (False, ("last ", "this ")),
    "season-year": (False, (" of 19", " of 20")),
    "holiday": (True, ("Christmas", "New Year")),
    "eid": (False, ("eid",)),
    "year": (True, ("19", "20")),
    "year-adjective": (False, ("the 19", "the 20")),
}
#: (rule, pattern, case-sensitive gate?, gate words), in the order they are tried
_MONTH_GATE = gate_words(_MONTH_WORDS)
_GATED_PATTERNS = [
    (rule, pattern, case, _MONTH_GATE if words is _MONTH_WORDS else gate_words(words))
    for rule, pattern in _PATTERNS
    for case, words in [_GATES[rule]]
]
#: How far after its publication a date an article tells may lie (a report dated a
#: day late, a schedule); later ones are typos ("12 Oct 2105").
_FUTURE_GRACE = dt.timedelta(days=366)
_WHEN_AFTER = gated(r",?\s+when\b")
_DATELINE_END = gated(r"\)\s*[-–—]")
_AGENCY_AFTER = gated(r"\s*\((?:Reuters|AP|AFP|dpa|Xinhua|ANHA|SANA|UPI)\)\s*[-–—:]")
_AGENT_BEFORE = gated(r"\bby\s+(?:the\s+)?[\w-]+\s+$", re.I)
#: The day a campaign began, told to name it: "the rebel gains in an offensive
#: launched in late August" (a comma makes it the day of what follows: "the operation,
#: launched on August 24 with the capture of Jarablus").
_CAMPAIGN_BEGUN = gated(
    r"\b(?:offensive|campaign|operation|assault|incursion|siege|truce|ceasefire|"
    r"cease-fire|blockade|pause)\s+(?:launched|begun|started|imposed|declared)\s+$",
    re.I,
)
#: A day something was told of, not the day it happened.
_RECOUNTED = gated(
    r"\b(?:described|describe|describes|recounted|recalled)\b[^,.;]{0,40}$", re.I
)
_BOUND = gated(
    r"\b(since|until|till|before|by)\s+(the\s+)?(\w+\s+)?$"
    # "the deadliest day since it launched its incursion in August"
    # (or "since rebels captured them in 2015": a plural noun the subject)
    r"|\bsince\s+(?:it|they|he|she|(?:the|a|an)\s+[\w-]+|[a-z]+s)\s+(?:\w+\s+){1,4}$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DatePhrase:
    """A date phrase found in text and what it resolves to."""

    text: str
    start: int
    end: int
    date: dt.date
    precision: str  # day, week, month, year
    rule: str


def _month_days_back(published: dt.date, month: int, year: int | None) -> int:
    if year is not None:
        return year
    return published.year if month <= published.month else published.year - 1


def _last_weekday(published: dt.date, name: str) -> dt.date:
    """The last day of that name on or before publication."""
    return published - dt.timedelta(
        days=(published.weekday() - _WEEKDAYS[name.lower()]) % 7
    )


def _resolve(
    rule: str, m: re.Match[str], published: dt.date
) -> tuple[dt.date, str] | None:
    g = m.groups()
    try:
        if rule == "day-range":
            return _range(g, published)
        if rule == "night-of":  # (day, day, month, year)
            month = _MONTHS[g[2].lower()]
            year = int(g[3]) if g[3] else published.year
            date = dt.date(year, month, int(g[0]))
            if not g[3] and date > published + dt.timedelta(days=7):
                date = dt.date(year - 1, month, int(g[0]))
            return date, "day"
        if rule == "day-month-range":  # (day, month?, day, month, year)
            return _range((g[1] or g[3], g[0], g[3], g[2], g[4]), published)
        if rule == "week-ending":
            return _last_weekday(published, g[0]) - dt.timedelta(days=6), "week"
        if rule == "weekday-range":
            last = _last_weekday(published, g[1])
            span = (_WEEKDAYS[g[1].lower()] - _WEEKDAYS[g[0].lower()]) % 7
            return last - dt.timedelta(days=span), "week" if span else "day"
        if rule == "month-day-year":
            return dt.date(int(g[2]), _MONTHS[g[0].lower()], int(g[1])), "day"
        if rule == "day-month-year":
            return dt.date(int(g[2]), _MONTHS[g[1].lower()], int(g[0])), "day"
        if rule == "day-of-month" and g[2]:
            return dt.date(int(g[2]), _MONTHS[g[1].lower()], int(g[0])), "day"
        if rule in ("month-day", "day-month", "day-of-month"):
            month, day = (
                (_MONTHS[g[0].lower()], int(g[1]))
                if rule == "month-day"
                else (_MONTHS[g[1].lower()], int(g[0]))
            )
            date = dt.date(published.year, month, day)
            if date > published + dt.timedelta(days=7):
                date = dt.date(published.year - 1, month, day)
            return date, "day"
        if rule == "iso":
            return dt.date(int(g[0]), int(g[1]), int(g[2])), "day"
        if rule == "numeric":  # day/month/year, as Syrian and European sources write
            first, second, year = int(g[0]), int(g[2]), int(g[3])
            if second > 12 >= first:  # "10/23/2016": month first, as US sources write
                first, second = second, first
            try:
                date = dt.date(year, second, first)
            except ValueError:
                return None
            if published != dt.date.min and date > published + dt.timedelta(days=7):
                # "3/12/2017" told in March 2017: month first, March 12, not a
                # December to come
                try:
                    swapped = dt.date(year, first, second)
                except ValueError:
                    swapped = date
                if swapped <= published:
                    return swapped, "day"
            return date, "day"
        if rule == "month-year":
            return dt.date(int(g[2]), _MONTHS[g[0].lower()], 1), "month"
        if rule == "bare-month":
            month = _MONTHS[g[0].lower()]
            year = _month_days_back(published, month, None)
            if month == published.month and m.group(0).lower().startswith("last"):
                year -= 1  # "last November", told in November: a year before
            said = m.group("year_of")
            if said is not None:
                year = published.year - (said == "last")
            return dt.date(year, month, 1), "month"
        if rule in ("year", "year-adjective", "season-year"):
            return dt.date(int(g[0]), 1, 1), "year"
        if rule == "holiday":
            name = g[0].lower().replace("’", "'")
            month, day = {
                "christmas day": (12, 25),
                "christmas eve": (12, 24),
                "new year's day": (1, 1),
                "new year's eve": (12, 31),
            }[name]
            date = dt.date(published.year, month, day)
            if date > published:
                date = dt.date(published.year - 1, month, day)
            return date, "day"
        if rule == "eid":
            feast = (g[1] or "").lower()
            feast_day = _EID.get((published.year, feast))
            if feast_day is not None and feast_day > published:
                feast_day = _EID.get((published.year - 1, feast))
            if feast_day is None:
                return None
            if g[0] and g[0].lower().startswith("eve"):
                return feast_day - dt.timedelta(days=1), "day"
            return feast_day, "day" if g[0] else "week"
        if rule == "season":
            year = published.year - (1 if g[0].lower() == "last" else 0)
            if (
                g[1].lower() == "winter"
                and g[0].lower() == "last"
                and published.month > 3
            ):
                year = published.year
            elif (
                g[0].lower() == "last"
                and (ends := _SEASON_ENDS.get(g[1].lower())) is not None
                and published.month > ends
            ):
                # "last summer", told in November: the summer just gone
                year = published.year
            return dt.date(year, 1, 1), "year"
    except ValueError:
        return None
    return _resolve_relative(rule, m, published)


#: The last month of each season of the year (winter spans two years).
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}


#: The first day of each Eid, as most of Syria kept it (Eid al-Fitr ends Ramadan;
#: Eid al-Adha falls some seventy days later); the feast lasts three or four days.
_EID: dict[tuple[int, str], dt.date] = {
    (year, feast): dt.date(year, month, day)
    for year, feast, month, day in (
        (2011, "fitr", 8, 30),
        (2011, "adha", 11, 6),
        (2012, "fitr", 8, 19),
        (2012, "adha", 10, 26),
        (2013, "fitr", 8, 8),
        (2013, "adha", 10, 15),
        (2014, "fitr", 7, 28),
        (2014, "adha", 10, 4),
        (2015, "fitr", 7, 17),
        (2015, "adha", 9, 24),
        (2016, "fitr", 7, 6),
        (2016, "adha", 9, 12),
        (2017, "fitr", 6, 25),
        (2017, "adha", 9, 1),
        (2018, "fitr", 6, 15),
        (2018, "adha", 8, 21),
        (2019, "fitr", 6, 4),
        (2019, "adha", 8, 11),
        (2020, "fitr", 5, 24),
        (2020, "adha", 7, 31),
    )
}


def _range(g: tuple[str | None, ...], published: dt.date) -> tuple[dt.date, str]:
    """The first day of "between November 17 and December 13, 2016", with a week's
    precision for a span of a week at most, else its first month's."""
    first_month, first_day = _MONTHS[str(g[0]).lower()], int(str(g[1]))
    last_month = _MONTHS[g[2].lower()] if g[2] else first_month
    if g[4]:  # the year ends the span
        year = int(g[4])
        first_year = year if first_month <= last_month else year - 1
    else:  # no year: the latest such span that began by publication (a week's grace)
        first_year = published.year
        if dt.date(first_year, first_month, first_day) > published + dt.timedelta(7):
            first_year -= 1
        year = first_year if first_month <= last_month else first_year + 1
    last = dt.date(year, last_month, int(str(g[3])))
    start = dt.date(first_year, first_month, first_day)
    if (last - start).days <= 6:
        return start, "week"
    return start.replace(day=1), "month"


def _resolve_relative(
    rule: str, m: re.Match[str], published: dt.date
) -> tuple[dt.date, str] | None:
    phrase = (m.group(1) or "").lower()
    if rule == "weekday-last-week":
        monday = published - dt.timedelta(days=published.weekday())
        return monday - dt.timedelta(days=7 - _WEEKDAYS[phrase]), "day"
    if rule == "day-ordinal":
        day = int(m.group(1))
        date = published.replace(day=1)
        if day > published.day:  # "on the 28th", told on the 3rd: last month's
            date = (date - dt.timedelta(days=1)).replace(day=1)
        try:
            return date.replace(day=day), "day"
        except ValueError:  # "on the 31st" of a month of 30 days: no date
            return None
    if rule in ("weekday", "days-before"):
        back = (published.weekday() - _WEEKDAYS[phrase]) % 7
        if rule == "days-before":
            parsed = parse_number(m.group(2).lower())
            back += parsed[0] if parsed else 0
        elif (
            back == 0 and m.string[max(0, m.start() - 5) : m.start()].lower() == "last "
        ):
            back = 7  # "last Friday", told on a Friday: a week before
        return published - dt.timedelta(days=back), "day"
    if rule == "relative-day":
        if phrase == "the day before yesterday":
            return published - dt.timedelta(days=2), "day"
        if phrase in ("yesterday", "last night"):
            return published - dt.timedelta(days=1), "day"
        return published, "day"
    if rule == "days-span":  # from its first day, as a week
        parsed = parse_number(phrase)
        n = parsed[0] if parsed else None
        return (published - dt.timedelta(days=n - 1), "week") if n else None
    if rule == "hours-ago":
        parsed = parse_number(phrase)  # ("a few", "several": under a day)
        if not parsed:
            return None
        return published - dt.timedelta(days=parsed[0] // 24), "day"
    if rule == "days-ago":
        parsed = parse_number(phrase)
        n = parsed[0] if parsed else None
        return (published - dt.timedelta(days=n), "day") if n else None
    if rule in ("weeks-ago", "months-ago", "years-ago"):
        parsed = (1, 1, 1) if phrase == "a" else parse_number(phrase)
        n = parsed[0] if parsed else None
        if not n:
            return None
        if rule == "weeks-ago":
            return published - dt.timedelta(days=7 * n), "week"
        if rule == "years-ago":
            return dt.date(published.year - n, 1, 1), "year"
        months = published.year * 12 + published.month - 1 - n
        return dt.date(months // 12, months % 12 + 1, 1), "month"
    if rule == "relative-week":
        if phrase in ("last week", "past week"):
            return published - dt.timedelta(days=7), "week"
        return published, "week"
    if rule == "weekend":  # its Saturday: the last one on or before publication
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if phrase in ("last", "past") and published.weekday() >= 5:
            saturday -= dt.timedelta(days=7)  # "last weekend", said on a weekend
        return saturday, "week"
    if rule == "relative-month":
        if phrase == "last month":
            first = published.replace(day=1) - dt.timedelta(days=1)
            return first.replace(day=1), "month"
        return published.replace(day=1), "month"
    return None


def find_dates(sentence: str, published: dt.date | None) -> list[DatePhrase]:
    """Return the event date phrases of ``sentence``, resolved against ``published``.

    Parameters
    ----------
    sentence : str
        One sentence.
    published : datetime.date or None
        The article's publication date; without it only absolute dates resolve.

    Returns
    -------
    list of DatePhrase
        In order of appearance; empty when the sentence names no event date.

    Examples
    --------
    >>> import datetime as dt
    >>> [d.date.isoformat() for d in find_dates("hit on Saturday", dt.date(2016, 11, 14))]
    ['2016-11-12']
    >>> find_dates("besieged since July 2015", dt.date(2016, 10, 26))
    []
    """
    taken: list[tuple[int, int]] = []
    found: list[DatePhrase] = []
    low = sentence.lower()
    month = None  # whether a month is named, found once for the six month patterns
    for rule, pattern, case, words in _GATED_PATTERNS:
        if words is _MONTH_GATE:
            if month is None:
                month = any_in(sentence, words) and bool(_MONTH_ANY.search(sentence))
            if not month:
                continue
        elif not any_in(sentence if case else low, words):
            continue  # cheap: a substring test instead of a regex scan
        for m in pattern.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            before = sentence[max(0, m.start() - 50) : m.start()]
            if (
                _BOUND.search(before)
                # "By Monday morning, the opposition had lost all districts": what
                # had happened by the day the story tells of, not a deadline
                and not (
                    before.strip() == "By" and sentence[m.end() : m.end() + 1] == ","
                )
                and not (
                    # "captured by rebels in 2012": an agent, not a bound ("blown up
                    # by Isis last May", "shelled by the army yesterday")
                    m.group(0)[:3].lower() in ("in ", "on ", "dur", "las", "yes")
                    and _AGENT_BEFORE.search(before)
                )
                # "besieged since July 2015, when the army launched an offensive":
                # the day the clause after it tells of
                and not _WHEN_AFTER.match(sentence, m.end())
            ):
                continue
            if (
                _DATELINE_END.match(sentence, m.end()) and "(" in sentence[: m.start()]
            ) or _AGENCY_AFTER.match(sentence, m.end()):
                # "(Beirut, February 13, 2017) -", "BEIRUT, Dec 13 (Reuters) -": when
                # it was filed
                continue
            if (
                "launched" in low
                or "begun" in low
                or "started" in low
                or "imposed" in low
                or "declared" in low
            ) and _CAMPAIGN_BEGUN.search(before):
                continue  # "gains in an offensive launched in late August"
            if "escri" in sentence or "ecount" in sentence or "ecall" in sentence:
                if _RECOUNTED.search(before):
                    continue  # "survivors described scenes of carnage on Thursday"
            if published is None and rule not in (
                "month-day-year",
                "day-month-year",
                "iso",
                "numeric",
                "month-year",
                "year",
                "year-adjective",
            ):
                continue
            resolved = _resolve(rule, m, published or dt.date.min)
            if resolved is None:
                continue
            date, precision = resolved
            if published is not None and date > published + _FUTURE_GRACE:
                continue  # "12 Oct 2105" in a 2015 caption: a typo, no date
            found.append(
                DatePhrase(m.group(0), m.start(), m.end(), date, precision, rule)
            )
    found.sort(key=lambda d: d.start)
    if len(found) > 1:
        # "on Sunday 13 November", "on Monday, Nov. 14": the date names the day
        found = [
            d
            for i, d in enumerate(found)
            if not (
                d.rule == "weekday"
                and i + 1 < len(found)
                and found[i + 1].rule in _EXPLICIT_DAY
                and _WEEKDAY_GLUE.fullmatch(sentence, d.end, found[i + 1].start)
            )
        ]
    if len(found) > 1 and "night" in low:
        # "on the night of Tuesday to Wednesday": the night begins on Tuesday
        found = [
            d
            for i, d in enumerate(found)
            if not (
                i > 0
                and d.precision == "day"
                and found[i - 1].precision == "day"
                and d.date is not None
                and found[i - 1].date is not None
                and (d.date - found[i - 1].date).days == 1
                and _NIGHT_SPAN.fullmatch(sentence, found[i - 1].end, d.start)
                and "night" in low[max(0, found[i - 1].start - 25) : d.end]
            )
        ]
    if len(found) > 1 and "overnight" in low:
        # "overnight Saturday into Sunday": the night of the day named, not last night
        found = [
            d
            for i, d in enumerate(found)
            if not (
                d.text.lower() == "overnight"
                and i + 1 < len(found)
                and found[i + 1].rule == "weekday"
                and _OVERNIGHT_GLUE.fullmatch(sentence, d.end, found[i + 1].start)
            )
        ]
    if published is not None and len(found) > 1 and " that " in sentence:
        found = _told_that_day(sentence, found, published)
    if found and ("previous" in low or " before" in low):
        found = _the_day_before(sentence, found)
    return found


#: A day told from another the sentence names: "Activists on Friday reported that
#: helicopters had bombed Daraya the previous night".
_DAY_BEFORE = gated(
    r"\b(?:the\s+previous\s+(?:day|night|evening|morning)|the\s+(?:day|night)\s+"
    r"before)\b(?!\s+(?:last|yesterday)\b)",
    re.I,
)


_TOLD_BETWEEN = gated(
    r"\b(?:said|says|reported|reports|told|announced|claimed|stated)\b"
)


def _the_day_before(sentence: str, found: list[DatePhrase]) -> list[DatePhrase]:
    """The day before the day a sentence names before it (the day it was told of)."""
    out = list(found)
    for m in _DAY_BEFORE.finditer(sentence):
        anchor = next(
            (d for d in reversed(found) if d.end <= m.start() and d.precision == "day"),
            None,
        )
        if anchor is None:
            continue
        if (
            sentence[anchor.end : m.start()].strip() == ","
            and sentence[m.end() : m.end() + 1].isspace()
        ):
            # "a boy who died on Sunday, the day before the convoy arrived": the day
            # told again, what came after it said
            continue
        out.append(
            DatePhrase(
                m.group(0),
                m.start(),
                m.end(),
                anchor.date - dt.timedelta(days=1),
                "day",
                "day-before",
            )
        )
        if _TOLD_BETWEEN.search(sentence, anchor.end, m.start()):
            # "on Friday reported that ...": the anchor is when it was told, not
            # when it happened
            out = [d for d in out if d is not anchor]
    out.sort(key=lambda d: d.start)
    return out


#: Between the two days of one night: "Tuesday to Wednesday", "Tuesday and Wednesday".
_NIGHT_SPAN = gated(r"\s+(?:to|and|into|-)\s+|\s*[-–]\s*", re.I)


_EXPLICIT_DAY = frozenset(
    {
        "day-of-month",
        "month-day-year",
        "day-month-year",
        "month-day",
        "day-month",
        "night-of",
        "iso",
        "numeric",
    }
)
_WEEKDAY_GLUE = gated(r"[\s,(]*(?:the\s+)?")


#: "the ministry said on Saturday that": what follows is told as of that day.
_SAID_ON = gated(
    r"\b(?:said|says|announced|reported|claimed|stated)\s+(?:late\s+|early\s+)?"
    r"(?:on\s+)?$",
    re.I,
)
_THAT_AFTER = gated(r"\s+that\b", re.I)


#: Between "overnight" and the day it names: " ", " on ", " into ".
_OVERNIGHT_GLUE = gated(r"\s+(?:on\s+|into\s+|of\s+|between\s+)?")


def _told_that_day(
    sentence: str, found: list[DatePhrase], published: dt.date
) -> list[DatePhrase]:
    """ "Russia said on Saturday that its jets struck overnight": overnight, today,
    yesterday are counted from the day it was said, not from publication."""
    out = list(found)
    for i, spoken in enumerate(found):
        if (
            spoken.precision != "day"
            or not _SAID_ON.search(sentence, max(0, spoken.start - 25), spoken.start)
            or not _THAT_AFTER.match(sentence, spoken.end)
        ):
            continue
        shift = spoken.date - published
        for j in range(i + 1, len(found)):
            if found[j].rule == "relative-day":
                out[j] = dataclasses.replace(found[j], date=found[j].date + shift)
        break
    return out
