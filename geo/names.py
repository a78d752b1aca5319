"""Fold the many ways Arabic place names are written into comparable keys.

Two keys per name:

- :func:`name_key` is the *light* key: case, diacritics, apostrophes, hyphens, the Arabic
  article (al-, el-, ash-, ...), long vowels written ee/oo/ou, doubled letters and the
  -eh/-ah ending folded. Khan Sheikhoun and Khan Shaykhun differ here; al-Wa'er and Al
  Waer do not, nor do Al Mayadeen and al-Mayadin.
- :func:`skeleton_key` is the *loose* key: the light key with kh/q/k, sh/ch, j/dj,
  th/t, dh/d, gh/g folded and vowels (a e i o u y) dropped, so that Khan Sheikhoun,
  Khan Shaykhun and Khan Shaykhoun meet. Loose matches are weaker evidence and are
  scored as such by the gazetteer.

Arabic script is folded by :func:`arabic_key` (hamza forms, ta marbuta, alif maqsura,
tatweel, harakat, the article). This module does no lookup and no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from geo.patterns import gated

__all__ = [
    "ARTICLES",
    "QUALIFIER_KEYS",
    "arabic_key",
    "is_arabic",
    "name_key",
    "skeleton_key",
]

#: Latin spellings of the Arabic article, with its assimilated forms.
ARTICLES = frozenset(
    "al el il ul as es ash esh ad ed az ez ar er at et an en ath adh".split()
)

#: The light keys of the words that tell twin villages apart (upper and lower, big
#: and small, the four quarters): a name without them is a loose key of the place.
QUALIFIER_KEYS = frozenset(
    "fawqani tahtani fawqa tahta kabir kabira saghir saghira sharqi sharqiya gharbi "
    "gharbiya shamali shamaliya janubi janubiya qibli qibliya wastani wusta".split()
)

_APOSTROPHES = gated(r"[\u0027\u2018\u2019\u02bb\u02bc\u02be\u02bf\u0060\u00b4ʿʾ]")
_NON_WORD = gated(r"[^a-z0-9\u0600-\u06ff]+")
_ARABIC = gated(r"[\u0600-\u06ff]")
_HARAKAT = gated(r"[\u064b-\u065f\u0670\u0640]")  # diacritics and tatweel
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}
)
_DOUBLE = gated(r"(.)\1+")
_GLUED_KAFR = gated(r"^(?:kafar|kafr|kfar|kefr)([bcdfghjklmnpqrstvwxz][a-z]{2,})$")
_GLUED_ARTICLE = gated(
    r"^(?:al|el)[bcdfghjklmnpqrstvwxz][a-z]{2,}$"
    # "Elatash", "Elosud": the article before a word that began with an ayn
    r"|^el[aeiou][a-z]{3,}$"
)
#: English and French spellings of the long vowels ī and ū
_LONG_VOWELS = (("ee", "i"), ("oo", "u"), ("ou", "u"))
_DIGRAPHS = (
    ("dj", "j"),
    ("kh", "k"),
    ("sh", "$"),
    ("ch", "$"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "g"),
    ("ph", "f"),
    ("q", "k"),
    ("ck", "k"),
    ("z", "z"),
)
#: The spellings of `ayn (a spring) that begin many names.
_SPRING = frozenset({"ain", "ein", "ayn", "ayin", "aine"})
#: The common words names begin with, in their usual spellings: Sheikh Aqil is
#: Shaykh `Aqil, Tel Abyad Tall Abyad, Deir Sunbul Dayr Sunbul, Jebel Jabal.
_TITLE_WORDS = {
    **dict.fromkeys(
        # (Kurdish "Şêx", folded "sex", and "Shêx")
        ("sheikh", "sheik", "shaikh", "shekh", "cheikh", "cheik", "shex", "sex"),
        "shaykh",
    ),
    **dict.fromkeys(("tell", "tel", "tal"), "tall"),
    **dict.fromkeys(("deir", "dair", "deyr"), "dayr"),
    **dict.fromkeys(("jebel", "jbel", "jabel"), "jabal"),
    **dict.fromkeys(("khirbet", "kherbet", "khirbit", "khirbeh"), "khirbat"),
}
_VOWELS = gated(r"[aeiouy]")
_W_DIPHTHONG = gated(r"(?<=[aeiou])w(?=[^aeiouy]|$)")


def is_arabic(text: str) -> bool:
    """Return True when ``text`` contains Arabic script."""
    return bool(_ARABIC.search(text))


_SHORT_ARTICLE = re.compile(r"(?<![\w'’`])[aAeE]-(?=[A-Za-z])")


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    # Turkish dotless i, which no decomposition turns into i: "Kamışlı", "Dabık"
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    text = _APOSTROPHES.sub("", _strip_marks(text).lower())
    # "al-Qaterji" -> "al qaterji"; "Al-Sha'ar" -> "al shaar"
    return [w for w in _NON_WORD.sub(" ", text).split() if w]


def _fold_ending(word: str) -> str:
    # ta marbuta written -eh/-ah/-a/-e/-et: "Madayah", "Madaya", "Medaya" meet
    if len(word) > 3 and word.endswith(("eh", "ah", "ih")):
        word = word[:-2] + "a"
    elif len(word) > 3 and word.endswith("e"):
        word = word[:-1] + "a"
    return word


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Return the light comparison key of a place name.

    Parameters
    ----------
    name : str
        A place name in Latin or Arabic script.

    Returns
    -------
    str
        Lower-case words without diacritics, apostrophes, articles or doubled
        letters, joined by single spaces; ``""`` when nothing is left.

    Examples
    --------
    >>> name_key("al-Wa'er") == name_key("Al Waer")
    True
    >>> name_key("Jisr ash-Shughur")
    'jisr shughur'
    >>> name_key("Mlihet Elatash") == name_key("Mlihet al-Atash")
    True
    """
    if is_arabic(name):
        return arabic_key(name)
    if "-" in name:
        # Syria Direct's article, "a-Shaar", "Deir e-Zor": al-Shaar, Deir ez-Zor
        name = _SHORT_ARTICLE.sub("al-", name)
    words = []
    raw = _words(name)
    for i, word in enumerate(raw):
        if word in ARTICLES and _is_article(word, raw[i + 1 : i + 2]):
            continue  # "al-Sha'ar" became "al shaar"
        if word[:2] in ("al", "el") and _GLUED_ARTICLE.match(word):
            word = word[2:]  # "Alshaar", "Elharir": article written on
        if word[:1] == "k" and (m := _GLUED_KAFR.match(word)):
            words.append("kafr")  # "Kafardali" is Kafr Dali
            word = m.group(1)
        if word == "aleppo" and len(raw) > 1:
            word = "halab"  # "Kafr Aleppo" is Kafr Halab: Halab is Aleppo in Arabic
        if word in _SPRING and i + 1 < len(raw):
            word = "ayn"  # "Ain Issa", "Ein Terma", "Ayn al-Arab": a spring, `ayn
        elif i + 1 < len(raw):
            word = _TITLE_WORDS.get(word, word)
        for old, new in _LONG_VOWELS:  # "Mayadeen" is Mayadin, "Ra'ee" Ra'i
            if old in word:
                word = word.replace(old, new)
        words.append(_fold_ending(word))
    return _DOUBLE.sub(_FIRST, " ".join(words))


def _is_article(word: str, after: list[str]) -> bool:
    """Whether ``word``, one of :data:`ARTICLES`, is the article: "al" always;
    "ash", "ez", "an" only before the sun letter they took ("ash-Sham", "ez-Zor",
    "esh Charqi"). "Ez Eldin" is `Izz ad-Din."""
    if word[1:] in ("l", "") or not after:
        return True
    letter = word[1:]
    return after[0].startswith(letter[0]) or (letter == "sh" and after[0][:1] == "c")


def _first(m: re.Match[str]) -> str:
    return m.group(1)


_FIRST = _first


@lru_cache(maxsize=200_000)
def skeleton_key(name: str) -> str:
    """Return the loose key: consonant skeleton of :func:`name_key`.

    Examples
    --------
    >>> skeleton_key("Khan Sheikhoun") == skeleton_key("Khan Shaykhun")
    True
    >>> skeleton_key("Oweijel") == skeleton_key("Uwayjil")
    True
    """
    key = name_key(name)
    if not key or is_arabic(key):
        return key
    for old, new in _DIGRAPHS:
        if old in key:
            key = key.replace(old, new)
    key = _W_DIPHTHONG.sub("", key)  # "Zawr" ~ "Zor": w closing a vowel
    # every vowel goes, the initial one too ("Oweijel" / "Uwayjil")
    key = _DOUBLE.sub(_FIRST, _VOWELS.sub("", key))
    return " ".join(key.split())


@lru_cache(maxsize=50_000)
def arabic_key(name: str) -> str:
    """Return the comparison key of a name in Arabic script.

    Examples
    --------
    >>> arabic_key("خان شَيخون") == arabic_key("خان شيخون")
    True
    >>> arabic_key("الرقة") == arabic_key("رقه")
    True
    """
    text = _HARAKAT.sub("", unicodedata.normalize("NFKC", name)).translate(_ARABIC_FOLD)
    words = []
    for word in _NON_WORD.sub(" ", text).split():
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        words.append(word)
    return " ".join(words)
