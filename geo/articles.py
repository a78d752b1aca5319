"""Read articles from files, folders and ``.jsonl`` tables. No NLP happens here.

Inputs:

- a text, Markdown or HTML file (HTML: main text and date by trafilatura when installed,
  else tags stripped);
- a folder of such files, with an optional ``metadata.csv`` (``file,published,title,...``);
- a ``.jsonl`` table, one JSON object a line: ``{"id", "text", "published"}`` and
  optional ``title``, ``url``.

A bad article (unreadable, binary, empty, a bad table line) is reported as a problem and
skipped; the others are read. A bad *input* (a missing path, an empty folder) raises.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import html
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import ArticleFormatError, ConfigurationError
from geo.schema import Article

__all__ = ["ARTICLE_SUFFIXES", "ReadResult", "parse_date", "read_articles"]

logger = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")
MAX_ARTICLE_BYTES = 20_000_000
_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_BLOCK = re.compile(r"</?(p|div|br|h[1-6]|li|tr|section|article)\b[^>]*>", re.I)


@dataclass(slots=True)
class ReadResult:
    """Articles read, and the problems met on the way (one line each)."""

    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_date(value: str, where: str) -> dt.date:
    """Parse an ISO date (``YYYY-MM-DD``); raise ArticleFormatError naming ``where``.

    Examples
    --------
    >>> parse_date("2016-10-26", "x")
    datetime.date(2016, 10, 26)
    """
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError) as err:
        raise ArticleFormatError(
            f"{where}: bad date {value!r}; expected YYYY-MM-DD"
        ) from err


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:4096]:
        raise ArticleFormatError(f"{path}: not a text file (binary content)")
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding != "utf-8-sig":
            logger.warning("%s: not UTF-8; read as %s", path, encoding)
        return text
    raise ArticleFormatError(f"{path}: not a text file (undecodable bytes)")


def _html_to_text(raw: str) -> tuple[str, dt.date | None, str]:
    try:
        import trafilatura  # optional: better main-text extraction
    except ImportError:
        trafilatura = None  # type: ignore[assignment]
    if trafilatura is not None:
        text = trafilatura.extract(raw, include_comments=False, favor_recall=True) or ""
        meta = trafilatura.extract_metadata(raw)
        published = None
        if meta is not None and meta.date:
            try:
                published = dt.date.fromisoformat(meta.date[:10])
            except ValueError:
                published = None
        return text, published, (meta.title if meta is not None and meta.title else "")
    title = re.search(r"<title[^>]*>(.*?)</title>", raw, re.S | re.I)
    text = _BLOCK.sub("\n", raw)
    text = html.unescape(_TAG.sub("", text))
    text = "\n".join(line.strip() for line in text.splitlines())
    return (
        re.sub(r"\n{3,}", "\n\n", text).strip(),
        _meta_date(raw),
        html.unescape(title.group(1).strip()) if title else "",
    )


#: Where pages state their publication date: Open Graph / schema.org meta tags,
#: JSON-LD, or a <time datetime> element.
_META_DATE = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|"
    r"datePublished|pubdate|publishdate|date|dc\.date)[\"'][^>]*?"
    r"content=[\"'](\d{4}-\d{2}-\d{2})"
    r"|<meta[^>]+content=[\"'](\d{4}-\d{2}-\d{2})[^\"']*[\"'][^>]*?"
    r"(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished)[\"']"
    r"|\"datePublished\"\s*:\s*\"(\d{4}-\d{2}-\d{2})"
    r"|<time[^>]+datetime=[\"'](\d{4}-\d{2}-\d{2})",
    re.I,
)


def _meta_date(raw: str) -> dt.date | None:
    """The publication date a page states in its markup (without trafilatura)."""
    m = _META_DATE.search(raw)
    if m is None:
        return None
    try:
        return dt.date.fromisoformat(next(g for g in m.groups() if g))
    except ValueError:
        return None


_ENTITY = re.compile(r"&(?:#\d{2,5}|#x[0-9a-f]{2,4}|quot|amp|apos|lt|gt|nbsp);", re.I)


def _unescape_leftovers(text: str) -> str:
    """Plain text scraped from the web often keeps HTML entities ("Ma&#39;arat
    al-Numan"): read them as the characters they stand for."""
    return html.unescape(text) if _ENTITY.search(text) else text


_MD_LINE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)", re.M
)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


#: A table's head and the rule under it: "| Governorate | Killed |\n|---|---|".
_MD_TABLE_HEAD = re.compile(
    r"^[ \t]*\|(.+)\|[ \t]*\n[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?:\n|$)", re.M
)
#: A table's row: "| Aleppo | 643 |".
_MD_TABLE_ROW = re.compile(r"^[ \t]*\|(.+)\|[ \t]*$", re.M)


def _table_head(m: re.Match[str]) -> str:
    """A table's head, as a list's: "Governorate, Killed:"."""
    cells = [c.strip() for c in m.group(1).split("|")]
    return ", ".join(c for c in cells if c) + ":\n"


def _table_row(m: re.Match[str], head: list[str] | None = None) -> str:
    """A row of two cells reads as a labelled figure ("Aleppo: 643"); of more, as
    its fields labelled by the head's cells ("Date: 2 April 2017 | Location:
    Saraqeb | Killed: 3"), or as a list of them when no head of as many cells is above
    it."""
    cells = [c.strip() for c in m.group(1).split("|")]
    if len(cells) == 2:
        return f"{cells[0]}: {cells[1]}"
    if head is not None and len(head) == len(cells):
        return " | ".join(f"{h}: {c}" for h, c in zip(head, cells, strict=True) if c)
    return ", ".join(c for c in cells if c)


#: A table copied from a spreadsheet or a word processor: two lines or more of cells
#: between tabs.
_TAB_TABLE = re.compile(r"(?:^[^\t\n]*(?:\t[^\t\n]*)+(?:\n|$)){2,}", re.M)


def _tab_table(m: re.Match[str]) -> str:
    """A tab-separated table as a Markdown one: its first line the head."""
    lines = [line.split("\t") for line in m.group(0).splitlines()]
    width = len(lines[0])
    if width < 2 or any(len(cells) != width for cells in lines):
        return m.group(0)
    rows = ["| " + " | ".join(c.strip() for c in cells) + " |" for cells in lines]
    rule = "|" + "---|" * width
    tail = "\n" if m.group(0).endswith("\n") else ""
    return "\n".join([rows[0], rule, *rows[1:]]) + tail


def tables_to_text(text: str) -> str:
    r"""Markdown tables read as lists: the head (the row above the rule) as a list's
    head, a row of two cells as a labelled figure, a longer row as its fields
    labelled by the head. A table of tab-separated cells reads so too, its first
    line the head.

    Examples
    --------
    >>> tables_to_text("| Governorate | Killed |\n|---|---|\n| Aleppo | 643 |")
    'Governorate, Killed:\nAleppo: 643'
    >>> print(tables_to_text("| Date | Location | Killed |\n|---|---|---|\n"
    ...                      "| 4 April | Saraqeb | 3 |"))
    Date, Location, Killed:
    Date: 4 April | Location: Saraqeb | Killed: 3
    >>> print(tables_to_text("Date\tLocation\tKilled\n4 April\tSaraqeb\t3"))
    Date, Location, Killed:
    Date: 4 April | Location: Saraqeb | Killed: 3
    """
    if "\t" in text:
        text = _TAB_TABLE.sub(_tab_table, text)
    if "|" not in text:
        return text
    out: list[str] = []
    pos = 0
    for found in _MD_TABLE_HEAD.finditer(text):
        out.append(_MD_TABLE_ROW.sub(_table_row, text[pos : found.start()]))
        head = [c.strip() for c in found.group(1).split("|")]
        out.append(_table_head(found))
        # the rows under the head, up to the first line that is not one
        rows = re.match(r"(?:[ \t]*\|.+\|[ \t]*(?:\n|$))*", text[found.end() :])
        end = found.end() + (rows.end() if rows else 0)
        out.append(
            _MD_TABLE_ROW.sub(
                functools.partial(_table_row, head=head), text[found.end() : end]
            )
        )
        pos = end
    out.append(_MD_TABLE_ROW.sub(_table_row, text[pos:]))
    return "".join(out)


def markdown_to_text(text: str) -> str:
    r"""Markdown's marks taken off, so that a quote reads as prose: headings, list
    bullets and quote marks at line starts, emphasis, code ticks; a link keeps its
    words, an image its description.

    Examples
    --------
    >>> markdown_to_text("## Aleppo\n* **Monday:** jets hit [Douma](http://x).")
    'Aleppo\nMonday: jets hit Douma.'
    >>> markdown_to_text("| Governorate | Killed |\n|---|---|\n| Aleppo | 643 |")
    'Governorate, Killed:\nAleppo: 643'
    """
    text = tables_to_text(text)
    text = _MD_LINE.sub("", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def _read_file(
    path: Path,
    published: dt.date | None,
    title: str = "",
    url: str = "",
    article_id: str | None = None,
) -> Article:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleFormatError(
                f"{path}: too large for an article ({size:,} bytes; "
                f"limit {MAX_ARTICLE_BYTES:,})"
            )
        data = path.read_bytes()
    except OSError as err:
        raise ArticleFormatError(f"{path}: cannot read ({err.strerror})") from err
    text = _decode(data, path)
    if path.suffix.lower() in (".html", ".htm") or re.match(
        r"\s*<(!doctype|html)", text, re.I
    ):
        text, html_date, html_title = _html_to_text(text)
        # trafilatura writes a page's tables as Markdown's
        text = tables_to_text(text)
        published = published or html_date
        title = title or html_title
    else:
        text = _unescape_leftovers(text)
        if path.suffix.lower() in (".md", ".markdown"):
            text = markdown_to_text(text)
        else:  # a table pasted into plain text, as Markdown writes it
            text = tables_to_text(text)
    if not text.strip():
        raise ArticleFormatError(f"{path}: empty article")
    return Article(
        id=article_id or path.name, text=text, published=published, title=title, url=url
    )


def _read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "metadata.csv"
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "file" not in reader.fieldnames:
                raise ArticleFormatError(
                    f"{path}: no 'file' column; expected file,published,title,..."
                )
            return {row["file"]: row for row in reader if row.get("file")}
    except (UnicodeDecodeError, csv.Error) as err:
        raise ArticleFormatError(f"{path}: cannot read metadata ({err})") from err


def _read_jsonl(path: Path, default: dt.date | None, result: ReadResult) -> None:
    try:
        lines = path.read_bytes().decode("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise ArticleFormatError(
            f"{path}: cannot read as UTF-8 JSON lines ({err})"
        ) from err
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ArticleFormatError(f"{where}: not a JSON object")
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ArticleFormatError(f"{where}: no 'text'")
            published = (
                parse_date(str(record["published"]), where)
                if record.get("published")
                else default
            )
            result.articles.append(
                Article(
                    id=str(record.get("id") or f"{path.name}:{lineno}"),
                    text=tables_to_text(_unescape_leftovers(text)),
                    published=published,
                    title=str(record.get("title") or ""),
                    url=str(record.get("url") or ""),
                )
            )
        except json.JSONDecodeError as err:
            result.problems.append(f"{where}: malformed JSON ({err.msg}); line skipped")
        except ArticleFormatError as err:
            result.problems.append(f"{err}; line skipped")


def _read_folder(folder: Path, default: dt.date | None, result: ReadResult) -> None:
    metadata = _read_metadata(folder)
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and (p.suffix.lower() in ARTICLE_SUFFIXES or p.suffix.lower() == ".jsonl")
    )
    if not files:
        raise ConfigurationError(
            f"{folder}: no articles (.txt, .md, .html, .jsonl) in this folder"
        )
    for path in files:
        if path.suffix.lower() == ".jsonl":
            _read_jsonl(path, default, result)
            continue
        meta = metadata.get(path.name, {})
        try:
            published = (
                parse_date(
                    meta["published"], f"{folder / 'metadata.csv'} ({path.name})"
                )
                if meta.get("published")
                else default
            )
            result.articles.append(
                _read_file(path, published, meta.get("title", ""), meta.get("url", ""))
            )
        except ArticleFormatError as err:
            result.problems.append(f"{err}; skipped")


def read_articles(
    inputs: Sequence[str | Path], *, published: dt.date | None = None
) -> ReadResult:
    """Read articles from files, folders and ``.jsonl`` tables.

    Parameters
    ----------
    inputs : list of str or Path
        Files, folders or ``.jsonl`` tables.
    published : datetime.date, optional
        Publication date for articles that have none of their own.

    Returns
    -------
    ReadResult
        The articles, and one line per article that could not be read.

    Raises
    ------
    ConfigurationError
        When an input does not exist or a folder holds no articles.
    ArticleFormatError
        When a folder's ``metadata.csv`` cannot be read.
    """
    result = ReadResult()
    if not inputs:
        raise ConfigurationError("no input given; expected files, folders or .jsonl")
    for item in inputs:
        path = Path(item)
        if not path.exists():
            raise ConfigurationError(f"{path}: no such file or folder")
        if path.is_dir():
            _read_folder(path, published, result)
        elif path.suffix.lower() == ".jsonl":
            _read_jsonl(path, published, result)
        else:
            try:
                result.articles.append(_read_file(path, published))
            except ArticleFormatError as err:
                result.problems.append(f"{err}; skipped")
    return result
