"""Faster regular expressions: a look-ahead on the characters a match can begin with.

Python's ``re`` skips quickly to where a match may begin only when a pattern begins
with a literal or a character class. Most of ours begin with ``\\b`` and an
alternation of words ("\\b(rebels?|FSA|Jabhat|...)"), so every position of a text is
tried against every alternative. :func:`gated` puts a look-ahead on the first
characters in front: a position whose character begins no alternative fails at once.
The matches are the same; the look-ahead only turns away positions that could not
match.

Compiling our ~540 patterns takes Python's ``re`` (written in Python) about 0.3 s, at
every start of the command. :func:`gated` keeps what it compiled in a cache file (the
``re`` engine's code of each pattern, for this Python only), read at the next start: see
:func:`cache_dir`. A pattern not in the file, or a file that cannot be read, is compiled
as before; the compiled patterns match the same either way.

Examples
--------
>>> pattern = gated(r"\\b(rebels?|insurgents|FSA)\\b", re.I)
>>> pattern.pattern[:15]
'(?=[FIRfir])(?:'
>>> [m.group(0) for m in pattern.finditer("FSA and Rebel fighters")]
['FSA', 'Rebel']
"""

from __future__ import annotations

import atexit
import logging
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import ahocorasick

try:  # the parser and compiler of ``re`` (internal, Python 3.11+); without them, no
    # look-ahead and no cache
    import _sre  # type: ignore[import-not-found]
    from re import _compiler as _co  # type: ignore[attr-defined]
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python
    _c = _p = _co = _sre = None  # type: ignore[assignment]

logger = logging.getLogger(__name__)


#: Every pattern :func:`gated` compiled with a look-ahead, as (pattern, flags): the
#: tests match each both ways.
GATED: list[tuple[str, int]] = []


class _Unknown(Exception):
    """The first characters of a pattern cannot be told (a class like \\w, any)."""


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _cased(char: str, ignore_case: bool) -> set[str]:
    return {char, char.lower(), char.upper()} if ignore_case else {char}


def _first(items: Any, ignore_case: bool) -> tuple[set[str], bool]:
    """(class items a match of a sequence may begin with, whether it may be empty)."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            return out | {re.escape(c) for c in _cased(chr(av), ignore_case)}, False
        if name == "IN":
            for item_op, item_av in av:
                item = str(item_op)
                if item == "LITERAL":
                    out |= {re.escape(c) for c in _cased(chr(item_av), ignore_case)}
                elif item == "RANGE":
                    low, high = chr(item_av[0]), chr(item_av[1])
                    out.add(f"{re.escape(low)}-{re.escape(high)}")
                    if ignore_case:
                        out.add(f"{re.escape(low.lower())}-{re.escape(high.lower())}")
                        out.add(f"{re.escape(low.upper())}-{re.escape(high.upper())}")
                elif item == "CATEGORY" and str(item_av) in _CATEGORIES:
                    out.add(_CATEGORIES[str(item_av)])
                else:  # a negated class, or one of another kind
                    raise _Unknown(item)
            return out, False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # consumes nothing: the next item begins the match
        if name == "SUBPATTERN":
            _group, add, delete, sub = av
            case = (ignore_case or bool(add & re.I)) and not (delete & re.I)
            first, empty = _first(sub, case)
        elif name == "ATOMIC_GROUP":
            first, empty = _first(av, ignore_case)
        elif name == "BRANCH":
            first, empty = set(), False
            for branch in av[1]:
                chars, branch_empty = _first(branch, ignore_case)
                first |= chars
                empty = empty or branch_empty
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            least, _most, sub = av
            first, empty = _first(sub, ignore_case)
            empty = empty or least == 0
        else:  # any character, a back-reference...
            raise _Unknown(name)
        out |= first
        if not empty:
            return out, False
    return out, True


def first_class(pattern: str, flags: int = 0) -> str | None:
    """The character class (``"[...]"``) every match of a pattern begins with, or None
    when it cannot be told (or a match may be empty)."""
    if _p is None or re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None  # global flags must stay first
    try:
        parsed = _p.parse(pattern, flags)
        chars, empty = _first(parsed, bool(parsed.state.flags & re.I))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if empty or not chars:
        return None
    return "[" + "".join(sorted(chars)) + "]"


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern with a look-ahead on the characters its matches begin with.

    Parameters
    ----------
    pattern : str
        A regular expression.
    flags : int
        Its flags (``re.I``...).

    Returns
    -------
    re.Pattern
        Matching exactly what ``re.compile(pattern, flags)`` matches, at the same
        offsets and with the same groups; the plain compiled pattern when the first
        characters cannot be told.
    """
    flags = int(flags)
    cache = _cache()
    entry = cache.get((pattern, flags))
    if entry is not None:
        try:
            compiled = _sre.compile(*entry[1:])
        except Exception:  # noqa: BLE001 - a damaged entry: compile as if none
            logger.debug("pattern cache: cannot use the entry of %r", pattern)
        else:
            if entry[0]:
                GATED.append((pattern, flags))
            return compiled
    full, is_gated = pattern, False
    cls = first_class(pattern, flags)
    if cls is not None:
        if not flags & re.I and re.search(r"\(\?[a-zA-Z]*i[a-zA-Z]*[:)]", pattern):
            cls = f"(?i:{cls})"  # a part that ignores case: so does its first character
        GATED.append((pattern, flags))
        end = "\n)" if flags & re.X else ")"  # a verbose pattern may end in a comment
        full, is_gated = f"(?={cls})(?:{pattern}{end}", True
    if _co is not None and _FILE is not None:
        # parsed once: the engine's code is both kept and compiled
        try:
            new = (is_gated, *_engine_code(full, flags))
            compiled = _sre.compile(*new[1:])
        except Exception:  # noqa: BLE001 - not kept; compiled as re compiles it
            logger.debug("pattern cache: cannot keep %r", pattern)
        else:
            if not _NEW:
                atexit.register(_save)
            _NEW[(pattern, flags)] = new
            return compiled
    return re.compile(full, flags)


def cache_dir() -> Path | None:
    """The folder of geo's caches: ``$GEO_CACHE_DIR``, else ``$XDG_CACHE_HOME/geo``,
    else ``~/.cache/geo``; None (no cache) when ``GEO_CACHE_DIR`` is set empty.

    The caches only save time at start: removing the folder loses nothing.
    """
    chosen = os.environ.get("GEO_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache"
    )
    return Path(base) / "geo"


def _cache_file() -> Path | None:
    folder = cache_dir()
    if folder is None or _sre is None:
        return None
    impl = sys.implementation
    version = "".join(map(str, sys.version_info[:3]))
    return (
        folder / f"patterns-{impl.name}{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
    )


#: The cache file of this run (None: no cache), and the entries read from it.
_FILE = _cache_file()
_LOADED: dict[tuple[str, int], tuple] | None = None
#: The entries of the patterns this process compiled anew.
_NEW: dict[tuple[str, int], tuple] = {}


def _cache() -> dict[tuple[str, int], tuple]:
    global _LOADED
    if _LOADED is None:
        _LOADED = {}
        if _FILE is not None:
            try:
                data = marshal.loads(_FILE.read_bytes())
                if isinstance(data, dict):
                    _LOADED = data
            except FileNotFoundError:
                pass
            except Exception as err:  # noqa: BLE001 - unreadable: compile anew
                logger.debug("pattern cache %s: cannot read (%s)", _FILE, err)
    return _LOADED


def _engine_code(pattern: str, flags: int) -> tuple:
    """The arguments ``re`` gives its engine for a pattern (what ``re.compile`` does
    after parsing it)."""
    parsed = _p.parse(pattern, flags)
    code = _co._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        pattern,
        flags | parsed.state.flags,
        [int(op) for op in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _save() -> None:
    """Write the cache file (at exit, when this run compiled patterns anew): the
    entries read and those compiled, written whole or not at all."""
    if _FILE is None or not _NEW:
        return
    entries = {**_cache(), **_NEW}
    try:
        _FILE.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=_FILE.parent, prefix=".patterns-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(marshal.dumps(entries))
            os.replace(tmp, _FILE)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as err:
        logger.debug("pattern cache %s: cannot write (%s)", _FILE, err)


# --- Word gates: which of many words a text contains, in one pass -------------------
#
# Before a costly scan, the rules test whether a sentence contains any of the words
# that scan needs ("killed", "shell", ...). Tested one by one, a list of 80 words costs
# 80 substring searches of the sentence; there are dozens of such lists, and every
# sentence meets most of them. :func:`words_in` finds every registered word a text
# contains at once (an Aho-Corasick automaton), and :func:`any_in` answers a gate
# from that set.

#: Every word of three characters or more that some gate tests: the automaton's
#: words. Shorter ones ("a", "an", "-", "19") would match all over every text; a gate
#: tests them itself, by substring.
_GATE_WORDS: set[str] = set()
_SHORT = 2  # words this long or shorter are tested by substring
_AUTOMATON: Any = None  # built at the first test after words were added
_FOUND: dict[str, frozenset[str]] = {}  # the words found in the texts tested lately
_FOUND_MAX = 4096  # texts remembered; the memory is cleared when it holds more


class Gate(frozenset[str]):
    """The words of a gate, registered: made by :func:`gate_words`."""

    __slots__ = ("short",)
    short: tuple[str, ...]  # its words too short for the automaton


def gate_words(words: Iterable[str]) -> Gate:
    """Register the words of a gate, for :func:`any_in`.

    Parameters
    ----------
    words : iterable of str
        Substrings (not empty) whose presence lets a costlier test run.

    Returns
    -------
    Gate
        The words, to pass to :func:`any_in`.

    Examples
    --------
    >>> killing = gate_words(["kill", "dead"])
    >>> any_in("two were killed", killing), any_in("a truce held", killing)
    (True, False)
    """
    global _AUTOMATON
    found = Gate(words)
    if "" in found:
        raise ValueError("a gate word cannot be empty: every text contains it")
    found.short = tuple(sorted(w for w in found if len(w) <= _SHORT))
    long = {w for w in found if len(w) > _SHORT}
    if not long <= _GATE_WORDS:
        _GATE_WORDS.update(long)
        _AUTOMATON = None
        _FOUND.clear()  # found with fewer words
    return found


def words_in(text: str) -> frozenset[str]:
    """The registered gate words of three characters or more that occur in a text (as
    substrings, overlapping)."""
    global _AUTOMATON
    found = _FOUND.get(text)
    if found is None:
        if _AUTOMATON is None:
            automaton = ahocorasick.Automaton()
            for word in _GATE_WORDS:
                automaton.add_word(word, word)
            automaton.make_automaton()
            _AUTOMATON = automaton
        found = frozenset([word for _, word in _AUTOMATON.iter(text)])
        if len(_FOUND) >= _FOUND_MAX:
            _FOUND.clear()
        _FOUND[text] = found
    return found


def any_in(text: str, words: Gate) -> bool:
    """Whether a text contains any of a gate's words: ``any(w in text for w in words)``.

    Parameters
    ----------
    text : str
        The text (a sentence, often in lower case).
    words : Gate
        Words registered with :func:`gate_words`.
    """
    if words.short and any(map(text.__contains__, words.short)):
        return True
    return not words.isdisjoint(words_in(text))


def found_in(text: str, words: Gate) -> frozenset[str]:
    """Which of a gate's words a text contains."""
    found = words & words_in(text)
    if words.short:
        found |= {w for w in words.short if w in text}
    return found
