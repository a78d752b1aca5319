"""Split an article's text into sections, paragraphs and sentences.

A *section* is what a reader sees as one story: a photo caption, a headline and the
paragraphs under it, or one live-blog entry (``UPDATE 1245 GMT:``, ``ORIGINAL ENTRY:``).
Boilerplate is set apart here: everything from "Related Posts", "Leave a Comment" or a
comments block onwards, photo credits, "Read more", "Related: ..." and "See ..."
links, and a newspaper's correction note ("Correction: An earlier version of this
article said ..."). A hard-wrapped text is read in its paragraphs (:func:`unwrap`).
This module knows nothing of places, dates or tolls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from geo.patterns import gated

__all__ = [
    "Section",
    "Sentence",
    "normalize_spacing",
    "split_sections",
    "split_sentences",
    "unwrap",
]

#: Typographic spaces and hyphens, as web pages and word processors write them, to the
#: plain ones the patterns read: no-break and thin spaces, zero-width spaces and word
#: joiners, the byte-order mark; non-breaking and other Unicode hyphens. One character
#: for one: offsets into the text hold. (Not the zero-width (non-)joiners, which
#: Arabic-script words hold.)
_SPACING = str.maketrans(
    {
        **dict.fromkeys(
            "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
            "\u200a\u202f\u205f\u3000\u200b\u2060\ufeff",
            " ",
        ),
        **dict.fromkeys("\u2010\u2011\u2012\u2043\ufe63\uff0d", "-"),
    }
)


def normalize_spacing(text: str) -> str:
    """A text with its typographic spaces and hyphens made plain, same length.

    Examples
    --------
    >>> normalize_spacing("Deir ez\u2011Zor and Kafr\u00a0Nabl")
    'Deir ez-Zor and Kafr Nabl'
    """
    # (a scan first: most texts hold none, and translating is slow)
    return text.translate(_SPACING) if _ODD_SPACING.search(text) else text


_ODD_SPACING = re.compile(
    "[\u00a0\u2000-\u200b\u202f\u205f\u3000\u2060\ufeff\u2010-\u2012\u2043\ufe63\uff0d]"
)


_UPDATE = gated(
    # ("Update, 11:05:", as some live pages write it)
    r"^\s*(UPDATE,?\s+(\d{3,4}|\d{1,2}[.:]\d{2})\s*(GMT|UTC)?\s*:|ORIGINAL ENTRY\s*:"
    # a live blog's bare time stamp on a line of its own: "16.40 GMT", or before its
    # entry: "14:05 GMT - Monitors report..."
    r"|(\d{1,2}[.:]\d{2})\s*(am|pm)?\s*(GMT|BST|UTC)\s*(?::|[-–—](?=\s)|$)"
    # a feed's bracketed local time: "[07:10] Reports of an airstrike..."
    r"|\[(\d{1,2}[.:]\d{2})\]"
    # a live page's bare time and dash (its bold dropped): "16:40 – The ICRC says"
    r"|(\d{1,2}[.:]\d{2})\s*(am|pm)?\s*[-–—](?=\s)"
    # a map feed's bare clock before its entry: "08:12 Russian airstrikes on Kafr
    # Nabl" (a capital next: not "10:30 a.m. on Saturday")
    r"|((?:[01]?\d|2[0-3]):[0-5]\d)(?=\s+(?-i:[A-Z])))\s*",
    re.I,
)
_CAPTION = gated(r"^\s*(PHOTO|IMAGE|VIDEO|PICTURED|MAP)\s*:\s*", re.I)
#: A page's label over a caption, on a line of its own: "Image caption".
_CAPTION_LABEL = gated(r"(?:Image|Media|Photo|Video)\s+caption\s*:?\s*$", re.I)
#: A wire photo's caption told as a paragraph of the story: "This photo provided by
#: the Syrian Civil Defense ... shows ...", "... (AP Photo/Hassan Ammar)".
_WIRE_CAPTION = gated(
    r"^(?:This|In this|An?)\s+(?:[\w-]+\s+){0,3}?(?:photo|image|picture|frame grab)\b"
    r"[^.]{0,120}?\b(?:provided|released|taken|shows?|made available)\b"
    r"|\((?:AP|AFP|Reuters|EPA)\s+Photo\b[^()]*\)\s*$"
    # a newspaper's credit after its caption: "... Photograph: Ameer Alhalbi/AFP/Getty",
    # "... Image: Syrian Civil Defence", "... (Reuters/Bassam Khabieh)"
    r"|\bPhotograph:\s+[^.:]{2,80}/[^.:]{2,80}$"
    r"|(?<=\.\s)(?:Photograph|Photo|Image|Picture|Credit)s?:\s+[^.:]{2,60}$"
    r"|\((?:AP|AFP|Reuters|EPA|Getty|Anadolu)\b[^()/]{0,30}/[^()]{1,40}\)\s*$"
    r"|\([^()]{0,80}\bvia\s+(?:AP|AFP)\)\s*$",
    re.I,
)
_STOP = gated(
    r"^\s*(Related Posts|Related Articles|Related Topics|More on this story|"
    r"Leave a (Comment|Reply)|"
    r"\d+\s+(Comments|Responses)|Comments\s*$|Reader comments|"
    r"Share this:|You may also like|"
    # ("Comments are closed.", "Join the discussion", "Post a comment")
    r"Comments are closed|Join the (?:discussion|conversation)|(?:Post|Add) a comment|"
    r"(?:Show|View) (?:\d+\s+)?comments|Trackbacks|"
    # a report's notes: "Footnotes", "Endnotes", "References" on a line of their own
    r"(?:Footnotes|Endnotes|References|Sources and notes)\s*:?\s*$)",
    re.I,
)
#: How long a topic's link under "Related Topics" is at most; how many spaces a line
#: of prose, a sentence, holds at least (a story's boilerplate stops it only after
#: such a line).
_TAG_MAX = 60
_PROSE_MIN = 4
#: A page's links to other stories: "Read more:", "READ MORE: <a title>", "See also".
_READ_MORE = gated(
    r"\s*(?:read\s+more|see\s+also|also\s+read|recommended|"
    r"you\s+might\s+also\s+like)\b\s*:?",
    re.I,
)
#: A reader's comment's head: "Mahmoud says:", "Abu Omar wrote:".
_COMMENTER = gated(r"\s*[\w.'’@ -]{1,40}\s+(?:says|wrote)\s*:\s*$")
#: When a comment was posted: "November 29, 2016 at 10:02 am", "29/11/2016 10:02".
_COMMENT_TIME = gated(
    r"\s*(?:[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*(?:at\s+|,\s*|-\s*)?\d{1,2}[:.]\d{2}"
    r"\s*(?:[ap]\.?m\.?)?\s*$",
    re.I,
)


def _comment_time_follows(lines: list[str], k: int) -> bool:
    """Whether the next line that is not empty tells when a comment was posted."""
    for later in lines[k + 1 : k + 4]:
        if later.strip():
            return _COMMENT_TIME.match(later.rstrip("\r\n")) is not None
    return False


_CREDIT = gated(
    r"^\s*\((Photos?|Image|Video|Credit)s?\s*:[^)]*\)\s*$|^\s*Read more\s*$|"
    # a credit alone: "Photograph: Karam al-Masri/AFP/Getty Images", "Credit: AFP"
    r"^\s*(?:Photograph|Photo|Picture|Image)s?\s*:\s+[^.:]{2,80}/[^.:]{2,80}$|"
    r"^\s*Credits?\s*:\s+[^.:]{2,80}$|"
    r"^\s*Jump to Original Entry\s*$|^\s*See [A-Z][^.]*$"
    # a teaser of another story: "Related: Regime reinforcements arrive in Izraa"
    r"|^\s*(?:Related|Read (?:more|also)|See also|Also read|Recommended)\s*:\s"
    # a footnote: "[3] \"Syria: School Attack in Hass,\" Human Rights Watch, October
    # 28, 2016." (the source a report cites, no reporting)
    r"|^\s*\[\d{1,3}\]\s"
    # a newspaper's note on what an earlier version said: the story is corrected
    # ("Correction, August 17, 2016: An earlier version...", or no label at all)
    r"|^\s*(?:Correction|Clarification|Editor['’]s note)s?(?:,?\s+[^:\n]{1,40}?)?\s*:"
    r"\s*(?:An?|The|This)\s+(?:earlier|previous|original)?\s*(?:version|article|story|"
    r"report)\b"
    r"|^\s*(?:An?|The)\s+(?:earlier|previous|original)\s+(?:version|draft)\s+of\s+"
    r"(?:this|the)\s+(?:article|story|report)\b"
    r"|^\s*This\s+(?:article|story|report)\s+(?:has\s+been|was)\s+(?:amended|"
    r"corrected|updated)\b",
    re.I,
)
_SENTENCE_END = gated(
    r"([.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9\u0600-\u06ff])"
    # "...hit near the M10 hospital; two days later, the hospital was hit again": a
    # deed of another day, a sentence of its own
    r"|;(?=\s+(?:(?:a|one|two|three|four|five|six|\d)\s+(?:days?|weeks?)\s+"
    r"(?:later|earlier)|the\s+(?:next|following|previous)\s+day"
    # "...had been hit; on Monday, seven people died there": a day of its own
    r"|(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?=\s*,))\b)"
    # "...seized Tasil and Adwan on Monday before rebels recaptured Adwan a day
    # later": ground taken back on a day of its own, by another hand
    r"|,?(?=\s+(?:before|but|and)\s+(?:[\w'’-]+\s+){1,4}?(?:recaptured|retook|"
    r"retaken|regained|seized|captured|took|stormed)\b[^.;]{0,80}?\b(?:a|one|two|"
    r"three|four|five|six|\d)\s+(?:days?|weeks?)\s+later\b)"
    # "IS launched an assault on the airport on Saturday, a day after coalition
    # aircraft struck army positions on Tharda mountain, killing 62 soldiers": the
    # deed of the day before, with its own dead, a sentence of its own
    # (or hours after: "Turkish jets struck near al-Bab on Tuesday, hours after a car
    # bomb killed 10 people in Azaz")
    r"|,(?=\s+(?:(?:a|one|two|three|four|five|six|\d)\s+days?|hours|(?:a\s+)?few\s+"
    r"hours|shortly)\s+after\s+[^.;]{5,140}?"
    r"(?:,\s+)?\b(?:killing|leaving|killed|left)\s+[^.;]{0,30}?\b(?:dead|\d+|"
    r"[a-z]+(?:-[a-z]+)?\s+(?:people|civilians|soldiers|fighters|children|troops))\b)"
    # (or its dead told first: ", a day after more than 90 died in strikes")
    r"|,(?=\s+(?:(?:a|one|two|three|four|five|six|\d)\s+days?|hours)\s+after\s+"
    r"(?:(?:more\s+than|over|at\s+least|nearly|almost|some|about)\s+)?(?:\d+|dozens|"
    r"scores)\s+(?:[\w-]+\s+){0,2}?(?:died|were\s+killed|had\s+been\s+killed)\b)"
    # (or after dead of a day of their own: ", after 20 were killed there on Sunday")
    r"|,(?=\s+after\s+(?:(?:more\s+than|over|at\s+least|nearly|almost|some|about)\s+)?"
    r"(?:\d+|dozens|scores)\s+(?:[\w-]+\s+){0,2}?(?:died|were\s+killed|had\s+been\s+"
    r"killed)\b[^.;]{0,60}?\b(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b))"
    r"\s+"
)
_ABBREVIATION = gated(
    r"(\b[A-Z]|\b(Dr|Mr|Mrs|Ms|St|Mt|No|vs|Gen|Col|Lt|Maj|Sgt|Capt|Jan|Feb|Aug|Sept?|"
    r"Oct|Nov|Dec|a\.m|p\.m|U\.S|U\.N|e\.g|i\.e|"
    # a dateline's month in capitals: "AUG. 12, 2016"
    r"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC))$"
)


def _clock(time: str, half: str | None) -> str:
    """ "16.40" -> "1640"; a twelve-hour time on the 24-hour clock: "1.20pm" ->
    "1320", "12.05am" -> "0005"."""
    hours, minutes = re.split(r"[.:]", time)
    hour = int(hours)
    if half:
        hour = hour % 12 + (12 if half.lower() == "pm" else 0)
    return f"{hour:02d}{minutes}"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and where it lies in the article text."""

    text: str
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Section:
    """One story of an article: a caption, a headline and its paragraphs, or an update."""

    kind: str  # "caption", "update", "story", "record" (a report of labelled fields)
    heading: str
    time: str  # "1245 GMT" for live-blog updates, else ""
    sentences: list[Sentence] = field(default_factory=list)


#: An item of a list ("- Idlib: 12", "3. Douma"), or a labelled figure ("Idlib: 12"):
#: no headline, however short.
_ITEM = gated(r"(?:[-•*·–]\s|\d{1,2}[.)]\s)|[^\W\d][\w'’ -]{0,40}:\s*\d+\s*(?:,|$)")


#: A labelled field of a record ("Incident date: November 6, 2016", "Location:
#: Al-Tabqa"): a label of a few words, only its first capitalised.
_FIELD = gated(r"[A-Z][a-z]+(?: [a-z]+){0,3}:\s+\S")
#: An item of a list by place: "Aleppo city (al-Shaar): 6 civilians, Russian
#: airstrike", "Idlib (Khan Shaykhun): 2 civilians".
_PLACE_ITEM = gated(r"\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*\([^()]{2,40}\):\s+\S")


#: The labels of a record's figures of one word.
_FIGURE_LABELS = frozenset(
    "killed dead deaths fatalities injured wounded casualties missing victims".split()
)


def _record_lines(lines: list[str]) -> set[int]:
    """The lines that are fields of a record: a labelled field beside another, so
    that the record's fields ("Incident code: CS512", "Location: Raqqa city") are
    no headings, and its date and place stay with the report below them."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    fields = {
        k
        for k in filled
        if _FIELD.match(line := lines[k].strip())
        # (not a list of figures by place: "Aleppo: 643"; "Civilians reported
        # killed: 5" and "Killed: 5" are a record's)
        and not (
            _ITEM.match(line)
            and " " not in (label := line[: line.index(":")])
            and label.lower() not in _FIGURE_LABELS
        )
    }
    out = set()
    for i, k in enumerate(filled):
        if k in fields and (
            (i > 0 and filled[i - 1] in fields)
            or (i + 1 < len(filled) and filled[i + 1] in fields)
        ):
            out.add(k)
    return out


#: A heading of one word, a place's name as roundups write them: "Idlib", "Palmyra".
_ONE_WORD_HEADING = gated(
    # ("Aleppo", and a roundup's "ALEPPO", "IDLIB")
    r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*\s*|[A-Z][A-Z'’]+(?:-[A-Z'’]+)*\s*"
)


def _is_headline(line: str) -> bool:
    words = line.split()
    if len(words) == 1 and _ONE_WORD_HEADING.fullmatch(line):
        return True
    if not 2 <= len(words) <= 16 or line.rstrip()[-1:] in '.:!?,;"”':
        return False
    if _ITEM.match(line):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised / len(words) >= 0.6


def _is_subheading(line: str, lines: list[str], k: int) -> bool:
    """Whether a line is a subheading written in sentence case: short, capitalised,
    unpunctuated, and followed, after a blank line or none, by a sentence of prose."""
    words = line.split()
    if (
        not 2 <= len(words) <= 10
        or line[:1].islower()
        or line.rstrip()[-1:] in ('.:!?,;"”)')
    ):
        return False
    if any(w[:1].isdigit() for w in words[:1]) or ":" in line or "|" in line:
        return False
    for later in lines[k + 1 : k + 3]:
        nxt = later.strip()
        if nxt:
            return nxt.count(" ") >= _PROSE_MIN and nxt.endswith((".", '"', "”"))
    return False


def _is_title(line: str) -> bool:
    """An article's first line, short and unpunctuated, is its title (a quotation
    that ends it, unpunctuated, too: 'Aleppo: "The Sky Rained Fire"')."""
    end = line.rstrip()
    if end[-1:] in '"”' and end.count(end[-1]) + end.count("“") >= 2:
        end = end[:-1]
    return len(line.split()) <= 20 and end[-1:] not in '.!?,;"”'


def split_sentences(text: str, offset: int = 0, paragraph: int = 0) -> list[Sentence]:
    """Split one paragraph into sentences, keeping character offsets.

    Examples
    --------
    >>> [s.text for s in split_sentences("He left at 3 a.m. today. She stayed.")]
    ['He left at 3 a.m. today.', 'She stayed.']
    """
    out = []
    start = 0
    ends = [
        m
        for m in _SENTENCE_END.finditer(text)
        if not (
            m.group(1) == "."
            and _ABBREVIATION.search(text[max(0, m.start() - 8) : m.start()])
        )
    ]
    bounds = [(m.end(1), m.end()) for m in ends] + [(len(text), len(text))]
    for end, next_start in bounds:
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            first = offset + start + lead
            out.append(
                Sentence(piece.strip(), first, first + len(piece.strip()), paragraph)
            )
        start = next_start
    return out


#: How a wrapped line may end: not a sentence's end, a colon or a closing quote.
_LINE_ENDS = (".", "!", "?", ":", '"', "”", "’", ";")
#: A line that begins an item of a list, or a live blog's entry: never wrapped onto.
_LINE_ITEM = gated(
    r"\s*(?:[-•*·–]\s|\d{1,2}[.)]\s|UPDATE\b|ORIGINAL ENTRY\b|\(?\d{1,2}[.:]\d{2})"
)
#: The widest a hard-wrapped text's lines run (e-mail, PDF and newsletter text wrap
#: at 60-100 characters), and how many of its lines a wrapped text has at least.
_WRAP_WIDTH = 120
_WRAP_MIN_LINES = 4


def unwrap(text: str) -> str:
    r"""Join the lines of a hard-wrapped text (copied from a PDF or an e-mail: every
    line of a paragraph broken at a width) into the paragraphs they are, a line
    break becoming a space: same length, so offsets into the text hold.

    A text is hard-wrapped when its lines all run at most ``_WRAP_WIDTH`` characters
    and most of its full-width lines end mid-sentence; then a full-width line that
    ends mid-sentence runs on into the next, unless that one begins an item of a
    list or a live blog's entry. Any other text is returned as it is.

    Examples
    --------
    >>> text = (
    ...     "On 4 March, airstrikes believed to be carried out by Government\n"
    ...     "forces hit a residential building in the town of Khan Shaykhun,\n"
    ...     "killing seven civilians, including two women and three\n"
    ...     "children.\n"
    ... )
    >>> unwrap(text).count("\n"), len(unwrap(text)) == len(text)
    (1, True)
    """
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip("\r\n") for line in lines]
    widths = [len(b.rstrip()) for b in bodies if b.strip()]
    if len(widths) < _WRAP_MIN_LINES or max(widths) > _WRAP_WIDTH:
        return text
    full = 0.6 * max(widths)
    # (an item of a list often ends without a full stop: it says nothing of wrapping)
    wide = [
        b.rstrip()
        for b in bodies
        if len(b.rstrip()) >= full
        and not _LINE_ITEM.match(b)
        # (nor an item of a list by place: "Aleppo city (al-Shaar): 6 civilians")
        and not _PLACE_ITEM.match(b)
    ]
    if sum(1 for b in wide if not b.endswith(_LINE_ENDS)) * 2 <= len(wide):
        return text
    out = []
    for k, line in enumerate(lines):
        body = bodies[k].rstrip()
        nxt = bodies[k + 1] if k + 1 < len(lines) else ""
        if (
            len(body) >= full
            and not body.endswith(_LINE_ENDS)
            and nxt.strip()
            and not _LINE_ITEM.match(nxt)
            # (nor a record's field: "Location: Raqqa city")
            and not _FIELD.match(nxt.lstrip())
            and not _PLACE_ITEM.match(nxt)
        ):
            line = bodies[k] + " " * (len(line) - len(bodies[k]))
        out.append(line)
    return "".join(out)


def split_sections(text: str) -> list[Section]:
    """Split an article into sections of sentences, boilerplate left out.

    Parameters
    ----------
    text : str
        Plain text, paragraphs separated by line breaks.

    Returns
    -------
    list of Section
        In reading order. Sentences keep their character span in ``text``.
    """
    sections: list[Section] = [Section("story", "", "")]
    paragraph = 0
    pos = 0
    lines = unwrap(text).splitlines(keepends=True)
    record = _record_lines(lines) if ":" in text else set()
    previous = -1  # the last line read
    labels: set[str] = set()  # the labels of the fields of the record read
    prose = False  # whether a paragraph of the story's prose was read
    caption_next = False  # whether a label told the next paragraph is a caption
    tags = False  # in the links a page puts above its story ("Related Topics")
    for k, raw in enumerate(lines):
        line_start, pos = pos, pos + len(raw)
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if tags:
            if (
                len(line.strip()) <= _TAG_MAX
                and not _CAPTION_LABEL.match(line.strip())
                and not line.rstrip().endswith((".", "!", "?", ":", '"', "”"))
            ):
                continue  # "Syrian civil war": a topic's link
            tags = False
        if not prose and _STOP.match(line) and len(line.strip()) <= _TAG_MAX:
            # "Related Topics" under the headline, over the story: its links are
            # left out, not the story
            tags = True
            continue
        if (links := _READ_MORE.match(line)) is not None:
            # "Read more:" over the titles of other stories (or "READ MORE: Syrian
            # Army repels militants' offensive" on a line): links, left out, and the
            # story goes on after them
            tags = not line[links.end() :].strip()
            continue
        if line.rstrip().endswith((".", '"', "”")) and line.count(" ") >= _PROSE_MIN:
            prose = True
        if _STOP.match(line) or (
            line.rstrip().endswith(("says:", "wrote:"))
            and _COMMENTER.match(line)
            and _comment_time_follows(lines, k)
        ):
            # (a reader's comment with no "Leave a Comment" before it: "Mahmoud says:"
            # over "November 29, 2016 at 10:02 am")
            break
        if _CREDIT.match(line):
            continue
        paragraph += 1
        lead = len(line) - len(line.lstrip())
        body_start = line_start + lead
        body = line.strip()
        if len(body) < 16 and _CAPTION_LABEL.match(body):
            # "Image caption" on a line of its own: the next paragraph is one
            caption_next = True
            continue
        if m := _UPDATE.match(body):
            if m.group(2):
                clock = m.group(2).replace(":", "").replace(".", "").zfill(4)
                time = f"{clock} {m.group(3) or 'GMT'}"
            elif m.group(4):
                time = f"{_clock(m.group(4), m.group(5))} {m.group(6)}"
            elif m.group(7):
                time = f"{_clock(m.group(7), None)} local"
            elif m.group(8):
                time = f"{_clock(m.group(8), m.group(9))} local"
            elif m.group(10):
                time = f"{_clock(m.group(10), None)} local"
            else:
                time = ""
            sections.append(Section("update", m.group(1).rstrip(":").strip(), time))
            body_start += m.end()
            body = body[m.end() :]
        elif caption_next or (
            paragraph > 1
            and (
                "hoto" in body
                or "mage" in body
                or "icture" in body
                or "via A" in body
                or "Credit" in body
                or body.endswith(")")
            )
            and _WIRE_CAPTION.search(body)
        ):
            # a caption amid the story: a section of its own, after which the story
            # goes on (its time and places are not the story's)
            caption_next = False
            story = sections[-1]
            caption = Section("caption", "", "")
            caption.sentences.extend(split_sentences(body, body_start, paragraph))
            sections += [caption, story]
            continue
        elif m := _CAPTION.match(body):
            sections.append(Section("caption", m.group(1), ""))
            body_start += m.end()
            body = body[m.end() :]
        elif k in record:
            label = body[: body.index(":")].lower()
            if previous not in record or label in labels:
                # a record's first field ("Incident code: CS512"), or one its record
                # has had, begins a report
                sections.append(Section("record", "", ""))
                labels = set()
            labels.add(label)
        elif (
            _is_headline(body)
            or (paragraph == 1 and _is_title(body))
            # "Barrel bomb on al-Mashhad" over "On 22 June, two barrel bombs ...": a
            # report's subheading in sentence case, over a paragraph of prose
            or (prose and _is_subheading(body, lines, k))
        ):
            sections.append(Section("story", body, ""))
        previous = k
        sections[-1].sentences.extend(split_sentences(body, body_start, paragraph))
        if sections[-1].kind == "caption":
            sections.append(Section("story", "", ""))
    # a story resumed after a caption amid it is listed once, where it began
    seen: set[int] = set()
    out = []
    for section in sections:
        if section.sentences and id(section) not in seen:
            seen.add(id(section))
            out.append(section)
    return out
