"""Load the gazetteer and look names up in it.

The gazetteer is the table ``data/gazetteer/places.csv`` built by
``tools/build_gazetteer.py`` (see ``data/gazetteer/README.md``), plus any user CSV of the
same columns. :meth:`Gazetteer.lookup` returns every place a name may mean, with how the
name matched; choosing among them in context is the job of :mod:`geo.geocoding`.
"""

from __future__ import annotations

import csv
import gc
import json
import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from geo.errors import GazetteerError
from geo.names import QUALIFIER_KEYS, is_arabic, name_key, skeleton_key
from geo.schema import Place

__all__ = [
    "PLACE_COLUMNS",
    "Gazetteer",
    "Match",
    "default_gazetteer_dir",
    "index_keys",
    "load_admin1_shapes",
    "load_gazetteer",
]

logger = logging.getLogger(__name__)

#: Columns of places.csv and of a user's additions CSV.
PLACE_COLUMNS = (
    "id",
    "name",
    "kind",
    "lat",
    "lon",
    "admin1",
    "admin2",
    "parent",
    "names",
    "source",
)
_REQUIRED = ("name", "lat", "lon")
#: How much a kind of match is worth (geocoding adds context to this).
MATCH_SCORES = {"light": 1.0, "arabic": 1.0, "skeleton": 0.6}
FUZZY_THRESHOLD = 88.0
FUZZY_THRESHOLD_IN_CONTEXT = 80.0
#: Keys that are words, not names, once articles are folded away.
GENERIC_KEYS = frozenset(
    {
        "airport",
        "air base",
        "airbase",
        "camp",
        "city",
        "town",
        "village",
        "district",
        "area",
        "base",
        "military airport",
        "international airport",
        "province",
        "governorate",
    }
)


def index_keys(names: tuple[str, ...] | list[str]) -> tuple[list[str], list[str]]:
    """Return the light and loose keys under which a place with ``names`` is indexed.

    Loose keys shorter than three letters are kept apart by :class:`Gazetteer`: they
    match too much to find names in text, and serve only where a governorate narrows
    the search.
    """
    light: dict[str, None] = {}
    loose: dict[str, None] = {}
    twins: dict[str, None] = {}
    for name in names:
        key = name_key(name)
        if key in GENERIC_KEYS:
            continue  # "Al Al Airport" folds to "airport": a word, not a name
        if key:
            light[key] = None
        if not is_arabic(name):
            skel = skeleton_key(name)
            if skel:
                loose[skel] = None
        # "Qantara" is Al Qantarah al Janubiyah: reporters leave out the upper/lower,
        # big/small, east/west that tells twin villages apart (a loose key: a place
        # bearing the very name comes first; four letters at least, "Horta" is no
        # Harat al-Gharbi)
        twin = _without_qualifier(key) if not is_arabic(name) else None
        if twin is not None and len((base := skeleton_key(twin)).replace(" ", "")) >= 4:
            twins[base] = None
    for base in twins:  # after the names' own keys
        loose.setdefault(base, None)
    return list(light), list(loose)


def _without_qualifier(key: str) -> str | None:
    """A light key less the word that tells twin villages apart ("qantara janubiya"
    -> "qantara"), or None when it ends in no such word."""
    base, _, last = key.rpartition(" ")
    return base if base and last in QUALIFIER_KEYS else None


@dataclass(frozen=True, slots=True)
class Match:
    """A place a name may mean, and how the name matched it."""

    place: Place
    match: str  # "light", "arabic", "skeleton" or "fuzzy"
    score: float
    keys: tuple[str, ...] = ()  # the place's folded names


_GENERIC_WORDS = (
    "tall",
    "tal",
    "tell",
    "khirbat",
    "khirbet",
    "zawr",
    "hawsh",
    "hosh",
    "qalat",
    "jabal",
    "jebel",
    "mazraat",
    "ain",
    "ayn",
    "wadi",
)


def _generic_variants(name: str) -> list[str]:
    """The name without its leading generic word, or with one of them."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in _GENERIC_WORDS:
        return [" ".join(words[1:])]
    return [f"{g} {name}" for g in ("Tall", "Khirbat", "Zawr", "Hawsh")]


def default_gazetteer_dir() -> Path:
    """Return the folder of the gazetteer shipped with geo.

    Installed, it is the resource package ``geo._gazetteer``; run from a checkout
    (``python -m geo`` in the repository), it is ``data/gazetteer/`` beside ``geo/``.
    """
    try:
        return Path(str(resources.files("geo._gazetteer")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / "data" / "gazetteer"


#: Words run together with capitals, as hashtags write names: "KhanShaykhun".
_CAMEL = re.compile(r"[a-z][A-Z]")


def _apart(name: str) -> str:
    """The words of a name run together, written apart: "KhanShaykhun" -> "Khan
    Shaykhun"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)


#: The fewest letters a name run together is matched by (shorter ones meet too many
#: other names).
_JOINED_MIN = 6


class Gazetteer:
    """An in-memory index of places by folded name.

    Parameters
    ----------
    places : list of Place
        The places; later ones with the same id replace earlier ones.
    keys : dict, optional
        Precomputed :func:`index_keys` by place id (places.csv stores them, so that
        loading does not fold 100,000 names again).
    """

    def __init__(
        self,
        places: list[Place],
        keys: dict[str, tuple[list[str], list[str]]] | None = None,
        foreign: dict[str, str] | None = None,
    ) -> None:
        by_id: dict[str, Place] = {}
        for place in places:
            by_id[place.id] = place
        self.places: list[Place] = list(by_id.values())
        self.by_id = by_id
        self._light: dict[str, list[Place]] = defaultdict(list)
        #: the folded names of each place, by id (for spelling comparisons)
        self.light_keys: dict[str, tuple[str, ...]] = {}
        self._skeleton: dict[str, list[Place]] = defaultdict(list)
        # two-letter skeletons ("Hezzeh" ~ "Hazzah") match too much to find names in
        # text; they are used only where a governorate narrows the search
        self._short: dict[str, list[Place]] = defaultdict(list)
        for place in self.places:
            light, loose = (keys or {}).get(place.id) or index_keys(place.names)
            # and without the word that tells twins apart, to weigh a spelling
            # that leaves it out (not indexed: a loose key finds the place)
            self.light_keys[place.id] = tuple(light) + tuple(
                base
                for key in light
                if (base := _without_qualifier(key)) is not None and base not in light
            )
            for key in light:
                self._light[key].append(place)
            for skel in loose:
                if len(skel.replace(" ", "")) >= 3:
                    self._skeleton[skel].append(place)
                else:
                    self._short[skel].append(place)
        # every word of a folded name: a word in none can lengthen no name
        self._light_words = frozenset(w for key in self._light for w in key.split())
        # the folded names of two words, joined: "Ma'arshurin" is Ma`arr Shurin (a
        # name of one word is its own key; not three, "military air base", whose
        # words run together are another generic name)
        self._joined: dict[str, list[Place]] = {}
        for key, named in self._light.items():
            if key.count(" ") == 1 and len(key) > _JOINED_MIN:
                self._joined.setdefault(key.replace(" ", ""), []).extend(named)
        self._fuzzy_keys: dict[str, list[str]] | None = None
        self._fuzzy_cache: dict[tuple[str, frozenset[str] | None], list[Match]] = {}
        self._lookup_cache: dict[
            tuple[str, bool, frozenset[str] | None], list[Match]
        ] = {}
        self._admin1_keys: dict[str, list[str]] = {}
        # the names of some governorates, by length
        self._within_keys: dict[frozenset[str], dict[int, list[str]]] = {}
        #: the keys of a context that a name of some length could match, sorted
        self._within_candidates: dict[tuple[frozenset[str], int], list[str]] = {}
        self.governorates = {
            p.admin1: p for p in self.places if p.kind == "governorate"
        }
        self._governorate_keys = frozenset(
            key for p in self.governorates.values() for key in self.light_keys[p.id]
        )
        #: folded names of places abroad ("Beirut", "Kilis") -> their country
        self.foreign: dict[str, str] = {
            name_key(name): country for name, country in (foreign or {}).items()
        }
        #: the most words of any folded name: a longer phrase names no place
        self.longest_name_words = max(
            (
                len(k.split())
                for keys in (self._light, self._skeleton, self.foreign)
                for k in keys
            ),
            default=1,
        )

    def __len__(self) -> int:
        return len(self.places)

    def has_key(self, name: str) -> bool:
        """Return True when some place has a name with the same light or loose key
        (a place abroad counts: "Kilis" is found in text, then said to be abroad; a
        hashtag's words run together count as written apart: "KhanShaykhun")."""
        key = name_key(name)
        if (
            key in self._light
            or skeleton_key(name) in self._skeleton
            or key in self.foreign
            or bool(self._joined_places(key))
        ):
            return True
        return _CAMEL.search(name) is not None and self.has_key(_apart(name))

    def names_governorate(self, name: str) -> bool:
        """Whether a name is spelled like one of a governorate's names (Aleppo, Dar'a:
        the names of cities too)."""
        return name_key(name) in self._governorate_keys

    def country_of(self, name: str) -> str | None:
        """The country of a place abroad named so, unless a Syrian place bears the
        very name ("Ramadi" is also a village of Deir-ez-Zor).

        Examples
        --------
        >>> g = load_gazetteer()
        >>> g.country_of("Beirut"), g.country_of("Aleppo")
        ('Lebanon', None)
        """
        key = name_key(name)
        if key not in self.foreign or key in self._light:
            return None
        return self.foreign[key]

    def foreign_country(self, name: str) -> str | None:
        """The country of a place abroad named so, even when a Syrian place bears the
        very name too (``country_of`` then says None): "Fallujah" is in Iraq, and a
        quarter of Damascus.

        Examples
        --------
        >>> g = load_gazetteer()
        >>> g.country_of("Fallujah"), g.foreign_country("Fallujah")
        (None, 'Iraq')
        """
        return self.foreign.get(name_key(name))

    def _match(self, place: Place, kind: str, score: float | None = None) -> Match:
        return Match(
            place,
            kind,
            MATCH_SCORES[kind] if score is None else score,
            self.light_keys.get(place.id, ()),
        )

    def _joined_places(self, key: str) -> list[Place]:
        """The places whose folded name is ``key`` with its one space taken out or
        put in ("Ma'arshurin" ~ "Ma`arr Shurin", "Dar Kir" ~ "Darkir")."""
        if " " not in key:
            return self._joined.get(key, []) if len(key) >= _JOINED_MIN else []
        if key.count(" ") == 1 and len(key) > _JOINED_MIN:
            return self._light.get(key.replace(" ", ""), [])
        return []

    def has_light_key(self, name: str) -> bool:
        """Return True when some place has a name with the same light key."""
        return name_key(name) in self._light or (
            _CAMEL.search(name) is not None and name_key(_apart(name)) in self._light
        )

    def has_name_word(self, word: str) -> bool:
        """Return True when some place's name, folded, holds the word folded ("base"
        in "Mezzeh military base"); False for most English words ("with")."""
        key = name_key(word)
        return not key or key in self._light_words

    def lookup(
        self, name: str, *, fuzzy: bool = False, within: frozenset[str] | None = None
    ) -> list[Match]:
        """Return every place ``name`` may mean, best matches first.

        Parameters
        ----------
        name : str
            A place name as written (Latin or Arabic script).
        fuzzy : bool
            Also try rapidfuzz when nothing else matches: over the names of the
            governorates in ``within`` (threshold 80) or, without it, over all names
            (threshold 88). Fuzzy matches score at most 0.7.
        within : frozenset of str, optional
            Governorates the text names around the name.

        Returns
        -------
        list of Match
            Empty when nothing matches.

        Examples
        --------
        >>> g = load_gazetteer()
        >>> g.lookup("Khan Sheikhoun")[0].place.admin1
        'Idleb'
        """
        cache_key = (name, fuzzy, within)
        found = self._lookup_cache.get(cache_key)
        if found is None:
            if len(self._lookup_cache) >= 100_000:
                self._lookup_cache.clear()  # bounded: a long run names many places
            found = self._lookup(name, fuzzy, within)
            if _CAMEL.search(name) is not None and not any(
                m.match in ("light", "arabic") for m in found
            ):
                # "#KhanShaykhun": the hashtag's words, written apart
                found = self._lookup(_apart(name), fuzzy, within) or found
            self._lookup_cache[cache_key] = found
        return list(found)

    def _lookup(
        self, name: str, fuzzy: bool, within: frozenset[str] | None
    ) -> list[Match]:
        key = name_key(name)
        if not key:
            return []
        kind = "arabic" if is_arabic(name) else "light"
        found: dict[str, Match] = {}
        # (else a name run together or split apart, spelled alike)
        spelled = self._light.get(key) or (
            self._joined_places(key) if kind == "light" else []
        )
        for place in spelled:
            found[place.id] = Match(
                place, kind, MATCH_SCORES[kind], self.light_keys.get(place.id, ())
            )
        if kind == "light":
            for place in self._skeleton.get(skeleton_key(name), []):
                found.setdefault(
                    place.id,
                    self._match(place, "skeleton"),
                )
        inside = within is not None and any(
            m.place.admin1 in within for m in found.values()
        )
        named_inside = inside  # by the name itself, not by a generic variant
        if within and not inside and kind == "light":
            # "Sayad" is Tall as-Sayyad, "Hosh Qbebat" is Zawr Qubaybat: a generic
            # word (hill, ruin, meadow, farm) said or left out
            for variant in _generic_variants(name):
                light = self._light.get(name_key(variant), [])
                for place in light + self._skeleton.get(skeleton_key(variant), []):
                    if place.admin1 in within:
                        keys = self.light_keys.get(place.id, ())
                        if place in light:
                            # its name, less the generic word, spelled alike: as
                            # good as a loose match spelled exactly alike
                            match = Match(
                                place,
                                "skeleton",
                                MATCH_SCORES["skeleton"],
                                (*keys, key),
                            )
                        else:
                            match = Match(
                                place, "skeleton", MATCH_SCORES["skeleton"] - 0.1, keys
                            )
                        found.setdefault(place.id, match)
                        inside = True
        if within and not named_inside and kind == "light":
            # a short skeleton of the name itself competes with a generic variant:
            # "Yabseh" is Al Yabisah (skeleton "bs"), not Tall Abbas ("tl bs")
            for place in self._short.get(skeleton_key(name), []):
                if place.admin1 in within:
                    found.setdefault(
                        place.id,
                        self._match(place, "skeleton"),
                    )
                    inside = True
        if fuzzy and kind == "light" and (not found or (within and not inside)):
            for match in self._fuzzy(key, within):
                found.setdefault(match.place.id, match)
        return sorted(found.values(), key=lambda m: (-m.score, m.place.id))

    def spelled_alike(self, name: str, within: frozenset[str]) -> list[Match]:
        """The places of the governorates ``within`` whose names share the consonant
        skeleton of ``name`` (short skeletons too), as loose matches, whatever
        matches it as spelled."""
        if is_arabic(name):
            return []
        skel = skeleton_key(name)
        return [
            self._match(place, "skeleton")
            for place in self._skeleton.get(skel, []) + self._short.get(skel, [])
            if place.admin1 in within
        ]

    def _fuzzy(self, key: str, within: frozenset[str] | None) -> list[Match]:
        cache_key = (key, within)
        if cache_key in self._fuzzy_cache:
            return self._fuzzy_cache[cache_key]
        if within:
            if within not in self._within_keys:
                by_length: dict[int, list[str]] = defaultdict(list)
                for k in sorted(
                    {k for admin1 in within for k in self._keys_by_admin1(admin1)}
                ):
                    by_length[len(k)].append(k)
                self._within_keys[within] = dict(by_length)
            # a ratio of 80 needs the shorter name to be two thirds of the longer at
            # least: only those could reach it (the same hits, found sooner)
            n = len(key)
            if (within, n) not in self._within_candidates:
                lengths = self._within_keys[within]
                self._within_candidates[within, n] = sorted(
                    k
                    for length in lengths
                    if 2 * n <= 3 * length and 2 * length <= 3 * n
                    for k in lengths[length]
                )
            keys = self._within_candidates[within, n]
            cutoff = FUZZY_THRESHOLD_IN_CONTEXT
        else:
            # over all 32,000 names, only those that could reach the threshold: same
            # first letter, length within a quarter (a ratio of 88 allows no more)
            if self._fuzzy_keys is None:
                grouped: dict[str, list[str]] = defaultdict(list)
                for k in sorted(self._light):
                    grouped[k[:1]].append(k)
                self._fuzzy_keys = grouped
            n = len(key)
            keys = [
                k
                for k in self._fuzzy_keys.get(key[:1], [])
                if 0.75 * n <= len(k) <= 1.34 * n
            ]
            cutoff = FUZZY_THRESHOLD
        hits = process.extract(
            key, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5
        )
        out = []
        for other, score, _ in hits:
            for place in self._light[other]:
                if within is None or place.admin1 in within:
                    out.append(
                        Match(
                            place,
                            "fuzzy",
                            round(0.7 * score / 100, 3),
                            self.light_keys.get(place.id, ()),
                        )
                    )
        self._fuzzy_cache[cache_key] = out
        return out

    def _keys_by_admin1(self, admin1: str) -> list[str]:
        if not self._admin1_keys:
            grouped: dict[str, set[str]] = defaultdict(set)
            for key, places in self._light.items():
                for place in places:
                    grouped[place.admin1].add(key)
            self._admin1_keys = {a: sorted(k) for a, k in grouped.items()}
        return self._admin1_keys.get(admin1, [])

    def governorate(self, admin1: str) -> Place | None:
        """Return the governorate place of an OCHA admin1 name, or None."""
        return self.governorates.get(admin1)

    def children(self, parent_id: str) -> list[Place]:
        """Return the places whose parent is ``parent_id`` (a city's neighbourhoods)."""
        return [p for p in self.places if p.parent == parent_id]


def _read_places(
    path: Path, keys: dict[str, tuple[list[str], list[str]]] | None = None
) -> list[Place]:
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as err:
        raise GazetteerError(
            f"{path}: cannot read gazetteer file ({err.strerror})"
        ) from err
    places = []
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise GazetteerError(
                f"{path}: missing columns {missing}; expected {list(PLACE_COLUMNS)}"
            )
        for lineno, row in enumerate(reader, start=2):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError) as err:
                raise GazetteerError(
                    f"{path}:{lineno}: lat/lon not numbers: "
                    f"{row.get('lat')!r}, {row.get('lon')!r}"
                ) from err
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerError(
                    f"{path}:{lineno}: lat/lon out of range: {lat}, {lon}"
                )
            name = (row.get("name") or "").strip()
            names = tuple(n for n in [name, *(row.get("names") or "").split("|")] if n)
            place_id = row.get("id") or f"user:{path.name}:{lineno}"
            if keys is not None and row.get("keys") is not None:
                keys[place_id] = (
                    [k for k in row["keys"].split("|") if k],
                    [k for k in (row.get("skeletons") or "").split("|") if k],
                )
            places.append(
                Place(
                    id=place_id,
                    name=name,
                    kind=row.get("kind") or "village",
                    lat=lat,
                    lon=lon,
                    admin1=row.get("admin1") or "",
                    admin2=row.get("admin2") or "",
                    parent=row.get("parent") or "",
                    names=tuple(dict.fromkeys(names)),
                    source=row.get("source") or str(path),
                    near_admin1=tuple(
                        a for a in (row.get("near_admin1") or "").split("|") if a
                    ),
                )
            )
    return places


def load_gazetteer(
    path: str | Path | None = None, *, extra: list[str | Path] | None = None
) -> Gazetteer:
    """Load the gazetteer, plus a user's own places.

    Parameters
    ----------
    path : str or Path, optional
        A folder holding ``places.csv``; the gazetteer shipped with geo by default.
    extra : list of str or Path, optional
        CSV files with the columns of :data:`PLACE_COLUMNS` (at least name, lat,
        lon). Their rows add places, or replace places of the same ``id``.

    Returns
    -------
    Gazetteer

    Raises
    ------
    GazetteerError
        When a file is missing or malformed.
    """
    folder = Path(path) if path is not None else default_gazetteer_dir()
    keys: dict[str, tuple[list[str], list[str]]] = {}
    places = _read_places(folder / "places.csv", keys)
    for user_file in extra or []:
        user = _read_places(Path(user_file))
        for place in user:
            keys.pop(place.id, None)
        places += user
    logger.debug("gazetteer: %d places from %s", len(places), folder)
    gazetteer = Gazetteer(places, keys, _read_foreign(folder / "foreign.csv"))
    # The gazetteer lives as long as the process: keep its ~200k objects out of the
    # cyclic garbage collector's full passes (about 10% of the time of a batch of
    # queries), and unshared after a fork (the parallel extraction workers).
    gc.freeze()
    return gazetteer


def _read_foreign(path: Path) -> dict[str, str]:
    """Names of places abroad (foreign.csv: name, country, names), by name."""
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {
                name: row["country"]
                for row in csv.DictReader(handle)
                for name in row["names"].split("|")
                if name
            }
    except (OSError, KeyError, csv.Error) as err:
        raise GazetteerError(f"{path}: cannot read ({err})") from err


def load_admin1_shapes(path: str | Path | None = None) -> dict:
    """Return the governorate polygons as a GeoJSON mapping."""
    folder = Path(path) if path is not None else default_gazetteer_dir()
    try:
        return json.loads((folder / "admin1.geojson").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise GazetteerError(
            f"{folder / 'admin1.geojson'}: cannot read ({err})"
        ) from err
