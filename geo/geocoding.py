"""Resolve a place mention to a point, choosing among same-named places in context.

Every candidate the gazetteer offers for a name gets a score:

- how the name matched (light key 1.0, loose skeleton 0.6, fuzzy at most 0.7), and for a
  loose match how alike the spellings are;
- for a name matched as spelled, a prior by kind (a city over a town over a village; a
  governorate or district only when the phrase asks for one: "Idlib Province");
- context: a governorate named nearby (+0.5), the city a neighbourhood belongs to
  (+0.7), closeness to other places named nearby (up to +0.4), and the direction of a
  phrase like "northwest of Damascus" (+0.3 when the candidate lies that way), and the
  side of a countryside ("the northern countryside of Homs": +0.3 for a place spelled
  as named that lies that way from the city, Homs, the countryside is around).

The best candidate wins; its rule and the alternatives are kept. Phrases then set
``geo_precision``: 1 for the named place, 2 for "near X", "X countryside", "eastern X"
or an offset ("5 km southeast of Dabiq", moved along the WGS84 geodesic),
3 for a governorate. A name that does not resolve gives nulls and a reason: never an
exception, never a guess outside Syria.
"""

from __future__ import annotations

import dataclasses
import html
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from geo.gazetteer import Gazetteer, Match
from geo.mentions import DIRECTIONS, NAME_HEADS, parse_place_query
from geo.names import name_key, skeleton_key
from geo.patterns import Gate, any_in, gate_words, gated
from geo.schema import Mention, Place

__all__ = [
    "ABROAD",
    "BEARINGS",
    "Context",
    "Resolution",
    "context_from_names",
    "distance_km",
    "resolve_as",
    "resolve_mention",
    "resolve_query",
    "resolve_sentences",
]

BEARINGS = {
    "N": 0.0,
    "NE": 45.0,
    "E": 90.0,
    "SE": 135.0,
    "S": 180.0,
    "SW": 225.0,
    "W": 270.0,
    "NW": 315.0,
}
KIND_PRIOR = {
    "city": 0.35,
    "town": 0.2,
    "airfield": 0.05,
    "village": 0.05,
    "region": 0.1,
    "neighbourhood": 0.0,
    "landmark": 0.0,
    "district": -0.6,
    "governorate": -0.5,
}
#: How the reason of a place abroad ends ("'Kilis' is in Turkey, outside Syria").
ABROAD = "outside Syria"
#: How far a phrase without a distance moves a point: "west of Aleppo".
DIRECTION_KM = {"city": 10.0, "governorate": 0.0, "neighbourhood": 1.0, "landmark": 1.0}
DEFAULT_DIRECTION_KM = 5.0


@dataclass(frozen=True, slots=True)
class Context:
    """What the text says around a mention that helps choose among candidates."""

    admin1: dict[str, float] = field(default_factory=dict)  # governorate -> weight
    cities: dict[str, float] = field(default_factory=dict)  # city place id -> weight
    points: tuple[tuple[float, float, float], ...] = ()  # (lat, lon, weight)
    bearing: tuple[float, float, str] | None = None  # from (lat, lon), direction
    # "in the northern countryside of Homs": the side of a city or of the city a
    # governorate is named after, from (lat, lon)
    side: tuple[float, float, str] | None = None
    required: frozenset[str] = frozenset()  # governorates a query names explicitly
    # governorates where the groups the text names fought: a weak hint for villages
    theatre: frozenset[str] = frozenset()
    # districts (admin2) an operation the text names was fought in: a finer hint
    # ("Olive Branch": Afrin)
    theatre_districts: frozenset[str] = frozenset()
    # governorates whose own name or city's the sentence names ("Damascus city"): a
    # quarter of a city elsewhere is not meant
    areas: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer for one mention or query: a point and why, or nulls and why not."""

    query: str
    name: str | None = None
    place_id: str | None = None
    kind: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    geo_precision: int | None = None
    rule: str = ""
    score: float = 0.0
    alternatives: tuple[dict[str, object], ...] = ()
    reason: str = ""

    @property
    def abroad(self) -> bool:
        """Whether the name is of a place outside Syria (``foreign.csv``)."""
        return self.reason.endswith(ABROAD)

    def to_dict(self, *, explain: bool = True) -> dict[str, object]:
        """Return the JSON-ready record of ``geo resolve``."""
        record: dict[str, object] = {
            "query": self.query,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "admin1": self.admin1,
            "geo_precision": self.geo_precision,
            "place_id": self.place_id,
            "kind": self.kind,
            "reason": self.reason,
        }
        if explain:
            record.update(
                rule=self.rule,
                score=round(self.score, 3),
                alternatives=list(self.alternatives),
            )
        return record


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km between two (lat, lon) points: equirectangular, within 0.5% of
    the great-circle distance at Syria's scale, and cheap."""
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2)) * 111.32
    dy = (lat2 - lat1) * 110.57
    return math.hypot(dx, dy)


def _nearness(
    plat: float, plon: float, points: tuple[tuple[float, float, float], ...]
) -> float:
    """The greatest weighted nearness, w * exp(-km / 30), of a place to the points."""
    # distance_km written out (the same arithmetic): this runs for every candidate
    # place against every place named nearby
    cos, radians, hypot, exp = math.cos, math.radians, math.hypot, math.exp
    best = -math.inf
    for lat, lon, w in points:
        dx = (lon - plon) * cos(radians((plat + lat) / 2)) * 111.32
        dy = (lat - plat) * 110.57
        near = w * exp(-hypot(dx, dy) / 30.0)
        if near > best:
            best = near
    return best


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def _score(
    match: Match,
    mention: Mention,
    context: Context,
    why: list[str] | None = None,
    *,
    loose_only: bool = False,
) -> float:
    """The candidate's score; the reasons are added to ``why`` when one is given
    (only the winner's are kept, and formatting them all would cost). ``loose_only``:
    no candidate is spelled as named, so a side may choose between loose ones."""
    place = match.place
    if why is not None:
        why.append(f"{match.match} name match {match.score:.2f}")
    score = match.score
    if match.match in ("skeleton", "fuzzy"):
        # among loose matches, the closer spelling wins: Hbit ~ Habit, not Habbat
        close = _closeness(name_key(mention.name), match.keys)
        score += 0.3 * close / 100 - 0.3
        if why is not None:
            why.append(f"spelling {close:.0f}% alike ({0.3 * close / 100 - 0.3:+.2f})")
    # "Idlib Province", "Hama countryside": the governorate ("the Damascus suburbs",
    # Rural Damascus, is a name of its own; "Homs suburbs" are the city's edges)
    wants_admin = mention.qualifier in ("province", "countryside")
    if place.kind in ("governorate", "district"):
        if wants_admin and place.kind == "governorate":
            score += 1.0
            if why is not None:
                why.append("phrase names a governorate")
        else:
            score += KIND_PRIOR[place.kind]
    else:
        # a loose match is only as good as its spelling: a big town's pull should
        # not outweigh a closer spelling of a village ("Abtaa" is Ibta`, not a
        # town with a like skeleton)
        if match.match in ("light", "arabic"):
            score += KIND_PRIOR.get(place.kind, 0.0)
        if mention.qualifier == "city" and place.kind == "city":
            score += 0.5
            if why is not None:
                why.append("phrase says city")
        if mention.qualifier == "district" and place.kind == "neighbourhood":
            score += 0.3
            if why is not None:
                why.append("phrase says district/area")
        elif mention.qualifier in ("village", "town") and place.kind == "neighbourhood":
            # "Al-Khalidiyah village" is not Aleppo's Khaldiyeh quarter
            score -= 0.5
            if why is not None:
                why.append("phrase says village/town (-0.50)")
    if match.keys[:1] == (name_key(mention.name),) or (
        # (loosely: "Um Twaynah" is Umm Tuwaynah, not a village that lists it)
        match.match == "skeleton"
        and skeleton_key(place.name) == skeleton_key(mention.name)
    ):
        # a tie-break: the place whose main name this is, over one that lists it
        # among its variants ("Mamali" is a village, and an old name of another)
        score += 0.01
        if why is not None:
            why.append("its main name (+0.01)")
    if match.match == "light" and _spelling(mention.name) in _spellings(place):
        # a tie-break: the place that has the name as written, over those whose
        # names only fold alike ("Mare" is Mare', not Marah or Ma'arrat an-Nu'man)
        score += 0.02
        if why is not None:
            why.append("a name of it as written (+0.02)")
    if place.admin1 in context.admin1:
        bonus = 0.5 * context.admin1[place.admin1]
        score += bonus
        if why is not None:
            why.append(f"in {place.admin1}, named nearby (+{bonus:.2f})")
    elif context.admin1 and (
        beside := [a for a in place.near_admin1 if a in context.admin1]
    ):
        # "Qaturah village in Aleppo western countryside": the village is in Idleb
        # on OCHA's map, by the line; reporters place it in the governorate beside
        share = _BESIDE_NAMED if context.required & set(beside) else _BESIDE
        bonus = share * 0.5 * max(context.admin1[a] for a in beside)
        score += bonus
        if why is not None:
            why.append(
                f"in {place.admin1}, within 5 km of {' / '.join(beside)}, named "
                f"nearby (+{bonus:.2f})"
            )
    elif place.admin1 in context.theatre and place.kind in (
        "village",
        "town",
        # "Aleppo live ... 09:15 GMT - an air strike on the Ansari district": a quarter
        # of the governorate the story is about, not Damascus's quarter of that name
        "neighbourhood",
        # "Turkish artillery shelled villages in Shahba": the region north of Aleppo
        "region",
    ):
        score += _THEATRE_BONUS
        if why is not None:
            why.append(
                f"in {place.admin1}, where the groups named fought "
                f"(+{_THEATRE_BONUS:.2f})"
            )
    if place.admin2 in context.theatre_districts and place.kind in ("village", "town"):
        score += _THEATRE_BONUS
        if why is not None:
            why.append(
                f"in {place.admin2} district, where the operation named was fought "
                f"(+{_THEATRE_BONUS:.2f})"
            )
    if place.parent and place.parent in context.cities:
        bonus = 0.7 * context.cities[place.parent]
        score += bonus
        if why is not None:
            why.append(f"part of a city named nearby (+{bonus:.2f})")
    if context.points and place.kind not in ("governorate", "district"):
        # an area's point is anywhere inside it: nearness says nothing of it
        near = _nearness(place.lat, place.lon, context.points)
        if near > 0.01:
            score += 0.4 * near
            if why is not None:
                why.append(f"close to places named nearby (+{0.4 * near:.2f})")
    if context.bearing is not None:
        lat, lon, direction = context.bearing
        if _lies_towards(lat, lon, place.lat, place.lon, direction, max_km=80):
            score += 0.3
            if why is not None:
                why.append(f"lies {direction} of the place named with it (+0.30)")
    if (
        context.side is not None
        and place.kind not in ("governorate", "district")
        # it chooses between places of one name, not between spellings; where none
        # is spelled as named ("Selwa"), between the places spelled alike
        and (
            match.match in ("light", "arabic")
            or (loose_only and match.match == "skeleton")
        )
    ):
        lat, lon, direction = context.side
        if _lies_towards(lat, lon, place.lat, place.lon, direction, min_km=SIDE_MIN_KM):
            score += SIDE_BONUS
            if why is not None:
                why.append(f"in the {direction} side named with it (+{SIDE_BONUS:.2f})")
    return score


def _on_the_side(
    gazetteer: Gazetteer, matches: list[Match], mention: Mention, context: Context
) -> list[Match]:
    """ "Al-Amriyah village in northern Homs": where no place spelled as named lies on
    the side named, one of the governorates named spelled all but alike (a vowel
    apart, 90%) that lies there is meant, not the places spelled as named elsewhere."""
    assert context.side is not None
    lat, lon, direction = context.side

    def there(place: Place) -> bool:
        return place.kind in ("village", "town") and _lies_towards(
            lat, lon, place.lat, place.lon, direction, min_km=SIDE_MIN_KM
        )

    exact = [m for m in matches if m.match in ("light", "arabic")]
    if not exact or any(there(m.place) for m in exact):
        return matches
    within = context.required or frozenset(context.admin1)
    key = name_key(mention.name)
    alike = [
        m
        for m in gazetteer.spelled_alike(mention.name, within)
        if there(m.place) and _closeness(key, m.keys) >= 90
    ]
    return alike or matches


#: "The northern countryside of Homs": a candidate lying that way from the city (not
#: within SIDE_MIN_KM of it, where a bearing says little) scores SIDE_BONUS more.
SIDE_BONUS = 0.3
SIDE_MIN_KM = 3.0


def _lies_towards(
    lat: float,
    lon: float,
    to_lat: float,
    to_lon: float,
    direction: str,
    *,
    min_km: float = 0.0,
    max_km: float = math.inf,
    within: float = 67.5,
) -> bool:
    """Whether (to_lat, to_lon) lies within ``within`` degrees of ``direction`` from
    (lat, lon), between ``min_km`` and ``max_km`` away."""
    if not min_km <= distance_km(lat, lon, to_lat, to_lon) <= max_km:
        return False
    diff = (_bearing(lat, lon, to_lat, to_lon) - BEARINGS[direction] + 180) % 360 - 180
    return abs(diff) <= within


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})


#: the article, which reporters write or leave out at will: "(al-)Khuraybah"
_ARTICLE = gated(r"^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)[- ]")
_ARTICLE_LEAD = gated(r"^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)[- ]+", re.I)


@lru_cache(maxsize=4096)
@lru_cache(maxsize=100_000)
def _spelling(name: str) -> str:
    """A name as written, but for case, the kind of apostrophe and the article."""
    return _ARTICLE.sub("", " ".join(name.translate(_APOSTROPHES).casefold().split()))


_SPELLINGS: dict[int, tuple[Place, frozenset[str]]] = {}


def _spellings(place: Place) -> frozenset[str]:
    """The names of a place as :func:`_spelling` writes them (kept for the place
    object, which the entry holds: a run compares the same places again and again)."""
    entry = _SPELLINGS.get(id(place))
    if entry is None or entry[0] is not place:
        if len(_SPELLINGS) >= 50_000:
            _SPELLINGS.clear()  # bounded: gazetteers loaded one after another
        entry = _SPELLINGS[id(place)] = (
            place,
            frozenset(_spelling(n) for n in place.names),
        )
    return entry[1]


@lru_cache(maxsize=100_000)
def _closeness(key: str, keys: tuple[str, ...]) -> float:
    """How alike (0-100) a folded name is to the closest of a place's folded names."""
    return max((fuzz.ratio(key, k) for k in keys), default=0.0)


def _distinct(
    match: Match, mention: Mention, margin: float, rivals: list[Match]
) -> bool:
    """A loose match stands on its own when it is a town, or spelled almost alike and
    clearly ahead of any other candidate ("Menbij" ~ Manbij, "Jobar" ~ Jowbar), or
    spelled far closer than any other ("Hbit" ~ Habit 89%, next Hubayt 73%)."""
    key = name_key(mention.name)
    close = _closeness(key, match.keys)
    if (
        close >= 80
        and close - max((_closeness(key, m.keys) for m in rivals), default=0.0) >= 15
    ):
        return True
    if match.match == "fuzzy":
        return False
    if match.place.kind in ("city", "town") and margin >= 0.1:
        return True
    return close >= 85 and margin >= 0.1


def _supported(place: Place, context: Context) -> bool:
    """A loose one-word match needs its governorate (or one it lies by the line of,
    on the side named) or a nearby place named around it."""
    if place.admin1 in context.admin1 or place.admin1 in context.theatre:
        return True
    if context.side is not None and any(a in context.admin1 for a in place.near_admin1):
        lat, lon, side = context.side
        return _lies_towards(lat, lon, place.lat, place.lon, side, min_km=SIDE_MIN_KM)
    return any(
        distance_km(place.lat, place.lon, lat, lon) <= 50
        for lat, lon, _ in context.points
    )


def _far_from_all(place: Place, context: Context) -> bool:
    """Whether places were named around a mention and all lie far from ``place``."""
    return bool(context.points) and all(
        distance_km(place.lat, place.lon, lat, lon) > _LOOSE_FAR_KM
        for lat, lon, _ in context.points
    )


#: How far from every place named around it a loosely matched village of another
#: governorate is taken for another place.
_LOOSE_FAR_KM = 100.0


@lru_cache(maxsize=10_000)
def _destination(
    lat: float, lon: float, km: float, bearing: float
) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) on ``bearing`` degrees, on the WGS84 ellipsoid
    (geographiclib's direct geodesic problem, which geopy's ``geodesic`` solves with;
    kept: "west of Aleppo" recurs)."""
    from geographiclib.geodesic import Geodesic

    dest = Geodesic.WGS84.Direct(lat, lon, bearing, km * 1000.0)
    return dest["lat2"], dest["lon2"]


def _precision_and_point(
    place: Place, mention: Mention
) -> tuple[int, float, float, str]:
    if place.kind == "governorate":
        return 3, place.lat, place.lon, "governorate"
    if place.kind in ("district", "region"):  # an area, not a spot in it
        return 2, place.lat, place.lon, place.kind
    if mention.relation in ("offset", "direction") and mention.direction:
        km = mention.distance_km
        if km is None:
            km = DIRECTION_KM.get(place.kind, DEFAULT_DIRECTION_KM)
        if km > 0:
            lat, lon = _destination(
                place.lat, place.lon, km, BEARINGS[mention.direction]
            )
            return (
                2,
                lat,
                lon,
                f"{round(km, 1):g} km {mention.direction} of {place.name}",
            )
        return 2, place.lat, place.lon, f"{mention.direction} of {place.name}"
    if (
        mention.relation == "near"
        or mention.qualifier in ("countryside", "suburbs", "part")
        or (mention.direction and not mention.relation)  # "eastern Aleppo city"
        # "the villages of Shera district": the sub-district a town heads
        or (mention.qualifier == "district" and place.kind == "town")
    ):
        return (
            2,
            place.lat,
            place.lon,
            f"{mention.relation or mention.qualifier} {place.name}",
        )
    return 1, place.lat, place.lon, "named place"


def resolve_mention(
    gazetteer: Gazetteer,
    mention: Mention,
    context: Context | None = None,
    *,
    fuzzy: bool = True,
) -> Resolution:
    """Resolve one mention in its context.

    Parameters
    ----------
    gazetteer : Gazetteer
        Where names are looked up.
    mention : Mention
        The phrase (name plus qualifiers) found in text or given as a query.
    context : Context, optional
        What the surrounding text says.
    fuzzy : bool
        Fall back to fuzzy matching (reported as such) when nothing else matches.

    Returns
    -------
    Resolution
        With nulls and a ``reason`` when nothing resolves.
    """
    context = context or Context()
    if mention.qualifier == "landmark":
        # "the al-Naim square", "the Clock Tower roundabout": a landmark of a town,
        # named after a person or a thing; a village of that name is not it (a
        # quarter, "Bab Touma square", is where it stands)
        found = resolve_mention(
            gazetteer, dataclasses.replace(mention, qualifier=""), context, fuzzy=fuzzy
        )
        if found.kind in ("village", "town"):
            return Resolution(
                query=mention.phrase or mention.name,
                reason=f"{mention.name!r} names a square or a roundabout of a town, "
                f"not the {found.kind} {found.name}",
            )
        return found
    if gazetteer.foreign:
        country = gazetteer.country_of(mention.name)
        if country is not None:  # "(Beirut) -": a dateline abroad, not Yabrud
            return abroad_in(mention, country)
        if (
            mention.qualifier == "province"
            and not gazetteer.names_governorate(mention.name)
            and (country := gazetteer.foreign_country(mention.name)) is not None
        ):
            # "In Anbar province": a province abroad, not the village of Aleppo
            # spelled so (no Syrian governorate bears the name)
            return abroad_in(mention, country)
    mention = _side_variant(gazetteer, mention)
    if mention.qualifier == "province" and not gazetteer.names_governorate(
        mention.name
    ):
        # "Alep province", "Lattaquie province": a name of the governorate's city,
        # told as the province, is the governorate
        capitals = {
            m.place.name
            for m in gazetteer.lookup(mention.name)
            if m.match in ("light", "arabic")
            and m.place.kind == "city"
            and gazetteer.names_governorate(m.place.name)
        }
        if len(capitals) == 1:
            mention = dataclasses.replace(mention, name=capitals.pop())
    if mention.qualifier in ("countryside", "suburbs") and gazetteer.has_key(
        f"{mention.name} {mention.qualifier}"
    ):  # "the countryside of Damascus", "Damascus Suburbs": Rural Damascus
        mention = dataclasses.replace(
            mention, name=f"{mention.name} {mention.qualifier}", qualifier=""
        )
    if not gazetteer.has_key(mention.name):  # "Madiq Castle", "Big Khwein"
        variant = _word_variants(gazetteer, mention.name)
        if variant != mention.name:
            mention = dataclasses.replace(mention, name=variant)
        elif (
            (hill := _HILL_OF.fullmatch(mention.name.strip())) is not None
            and len(hill.group(1)) >= 4
            and gazetteer.has_light_key(hill.group(1))
            and not gazetteer.lookup(mention.name, fuzzy=False)
        ):
            # "Tell Mardikh", "Jabal Kashkadar": a hill named after the village the
            # gazetteer knows, near it
            mention = dataclasses.replace(
                mention, name=hill.group(1), relation=mention.relation or "near"
            )
        elif (by := _by_a_town(gazetteer, mention.name)) is not None:
            # "Koran Afrin", "Koran Jandris": the village Koran by the town named
            # after it, as Kurdish media tell villages apart
            head, town = by
            near = dataclasses.replace(
                context,
                points=(*context.points, (town.lat, town.lon, 6.0)),
                required=frozenset({town.admin1}),
            )
            found = resolve_mention(
                gazetteer, dataclasses.replace(mention, name=head), near, fuzzy=False
            )
            if (
                found.place_id is not None
                and found.lat is not None
                and found.lon is not None
                and distance_km(found.lat, found.lon, town.lat, town.lon) <= 30
            ):
                return dataclasses.replace(
                    found,
                    query=mention.phrase or mention.name,
                    rule=f"{found.rule}; {head!r} by {town.name}",
                )
    strong = frozenset(a for a, w in context.admin1.items() if w >= 1.0)
    within = context.required or strong or None
    # fuzzy matching always where a governorate narrows the search
    matches = gazetteer.lookup(mention.name, fuzzy=fuzzy or bool(within), within=within)
    if within and any(m.match == "fuzzy" for m in matches):
        # fuzzy matching is a last resort: "Dumaa city ... in Damascus" is Douma, in
        # Rural Damascus beside the city, not a Damascus quarter spelled a little alike
        rural = {r for a in within for r in _with_rural(gazetteer, a)[1:]}
        if any(m.match != "fuzzy" and m.place.admin1 in rural for m in matches):
            matches = [m for m in matches if m.match != "fuzzy"]
    excluded: list[Match] = []
    if context.required:
        inside = [m for m in matches if m.place.admin1 in context.required]
        prominent = [
            m
            for m in matches
            if m.match in ("light", "arabic") and m.place.kind in ("city", "town")
        ]
        if not inside and prominent:
            # "Sarmada, Aleppo": the well-known town is just over the line
            inside = prominent
        if all(m.match == "fuzzy" for m in inside):
            # "Maryamayn, Homs", "Sarmada, Aleppo": a place bearing the name by the
            # border, on the other side of it on OCHA's map, beats a fuzzy match
            border = [
                m
                for m in matches
                if m.match != "fuzzy" and context.required & set(m.place.near_admin1)
            ]
            inside = border or inside
        elif all(m.match in ("skeleton", "fuzzy") for m in inside):
            # "Qaturah village in Aleppo western countryside": the place of that very
            # name by the line, in Idleb on OCHA's map, over a loose match inside
            # and a town of that very name anywhere ("Al Bab city in northern Idleb"
            # is the town of Aleppo, not Ba`iba`ah, spelled a little alike)
            inside += [
                m
                for m in matches
                if m.match in ("light", "arabic")
                and (m in prominent or context.required & set(m.place.near_admin1))
            ]
            # and one spelled far closer ("Hezrah town in western Aleppo" is Harzah,
            # 80% alike, by the line in Idleb, not Tall Ghazal inside, 53%)
            key = name_key(mention.name)
            closest = max((_closeness(key, m.keys) for m in inside), default=0.0)
            inside += [
                m
                for m in matches
                if m.match == "skeleton"
                and m.place.admin1 not in context.required
                and context.required & set(m.place.near_admin1)
                and _closeness(key, m.keys) >= closest + 15
            ]
            # and one spelled as alike on the side named, where none inside lies
            # ("Selwa village in Aleppo western countryside": Salwah by the line in
            # Idleb, not the two Salwa of Jarablus in the east)
            if context.side is not None:
                lat, lon, side = context.side
                if not any(
                    _lies_towards(lat, lon, m.place.lat, m.place.lon, side)
                    for m in inside
                ):
                    inside += [
                        m
                        for m in matches
                        if m.match == "skeleton"
                        and m not in inside
                        and context.required & set(m.place.near_admin1)
                        and _closeness(key, m.keys) >= closest
                        and _lies_towards(lat, lon, m.place.lat, m.place.lon, side)
                    ]
        if not inside and matches and fuzzy:
            inside = list(gazetteer._fuzzy(name_key(mention.name), context.required))
        if not inside and matches:
            return Resolution(
                query=mention.phrase or mention.name,
                reason=f"{mention.name!r} names places, none in "
                f"{' / '.join(sorted(context.required))}",
            )
        kept = {id(m) for m in inside}
        excluded = [m for m in matches if id(m) not in kept]
        matches = inside
    if not matches:
        return Resolution(
            query=mention.phrase or mention.name,
            reason=f"no place in the gazetteer is named {mention.name!r}",
        )
    if (
        mention.qualifier == "district"
        # (or the governorate the title names: "Pro-Assad Offensive Advances in
        # Aleppo's Old City ... PHOTO: Smoke rises over the Bustan al-Basha district")
        and (context.cities or context.theatre)
        and not context.required
        and all(
            (
                m.place.kind in ("village", "town")
                # "clashes spread to the southern neighbourhoods of Hasakah, where
                # the Kurds captured the Aziziyah district": not Aleppo's quarter
                or (
                    m.place.kind == "neighbourhood"
                    and context.cities
                    and m.place.parent not in context.cities
                )
            )
            and m.place.admin1 not in context.admin1
            # (where the groups named fought is no tie-break against a city told:
            # the Asayish fought in Aleppo and in Hasakah)
            and (m.place.admin1 not in context.theatre or bool(context.cities))
            for m in matches
        )
    ):
        # "the strikes hit the al-Badu neighborhood in the city's center" (Raqqa,
        # told just before): a quarter, not a village of that name in Homs
        return Resolution(
            query=mention.phrase or mention.name,
            reason=f"{mention.name!r} {_TOLD_AS_QUARTER}; the places so named are "
            "villages, towns or quarters of other governorates or cities than the "
            "text's",
        )
    if context.areas and not context.required:
        # "residential areas of Damascus city, including Bab Touma and
        # Al-Abbasiyyin": a quarter of a city in another governorate (Dar'a's
        # al-Abbasiyah) is not meant
        around = _with_rurals(gazetteer, context.areas)
        # a quarter whose name begins with its city's ("Daraa al-Balad", "Daraa
        # al-Mahatta") says its governorate itself, whatever is named beside it
        head = mention.name.split(None, 1)[0] if " " in mention.name else ""
        if head and gazetteer.names_governorate(head):
            around = around | {
                m.place.admin1
                for m in gazetteer.lookup(head)
                if m.place.kind == "governorate" and m.place.admin1
            }
        quarters = [
            m
            for m in matches
            if (
                m.place.kind == "neighbourhood"
                and m.place.admin1 not in around
                and m.place.parent not in context.cities
            )
            # "the hilltop of Tal al-Nabi Younes in northern Latakia": a name spelled
            # only like a place of another governorate is not that place
            or (
                m.match in ("skeleton", "fuzzy")
                and m.place.admin1 not in around
                and not around & set(m.place.near_admin1)
            )
        ]
        if quarters:
            matches = [m for m in matches if m not in quarters]
            if not matches:
                return Resolution(
                    query=mention.phrase or mention.name,
                    reason=f"{mention.name!r} names a "
                    + (
                        "quarter of a city"
                        if quarters[0].place.kind == "neighbourhood"
                        else f"place only loosely ({quarters[0].place.name!r})"
                    )
                    + f" in {quarters[0].place.admin1}, not in "
                    f"{' / '.join(sorted(context.areas))}, named beside it",
                )
    governorates = (
        {
            m.place.admin1
            for m in matches
            if m.place.kind == "governorate" and m.match in ("light", "arabic")
        }
        if gazetteer.names_governorate(mention.name)
        else None
    )
    if governorates and mention.qualifier not in ("village", "town", "district"):
        # "Hama" is the city or the governorate, not a village named Hamah that
        # context from Aleppo named beside it would pull
        matches = [m for m in matches if m.place.admin1 in governorates]
    if any(m.match in ("light", "arabic") for m in matches):
        # the name is known as spelled: a loose match must be spelled nearly alike to
        # compete ("Al Mayadeen" named beside Aleppo is still the town, not Midan)
        key = name_key(mention.name)
        matches = [
            m
            for m in matches
            if m.match in ("light", "arabic") or _closeness(key, m.keys) >= 80
        ]
        if context.side is not None:
            matches = _on_the_side(gazetteer, matches, mention, context)
    reasons: list[str] | None = [] if len(matches) == 1 else None
    loose_only = not any(m.match in ("light", "arabic") for m in matches)
    scored = [
        (_score(match, mention, context, reasons, loose_only=loose_only), match)
        for match in matches
    ]
    scored.sort(key=lambda s: (-s[0], s[1].place.id))
    best_score, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else -1.0
    if (
        best.match in ("skeleton", "fuzzy")
        and not _supported(best.place, context)
        and (
            (
                # one word, but for its article: "Al Sakhout" is as loose as "Sakhout"
                " " not in _ARTICLE_LEAD.sub("", mention.name.strip())
                and not _distinct(
                    best, mention, best_score - runner_up, [m for _, m in scored[1:]]
                )
            )
            # a village of another governorate, far from every place named around
            # it ("the town of Palmyra ... the Tal al-Sawwanah hill": no Tall as
            # Sawwan by Damascus)
            or (best.place.kind == "village" and _far_from_all(best.place, context))
        )
    ):
        exact = [entry for entry in scored if entry[1].match in ("light", "arabic")]
        if exact:  # the name itself is known: "As-Sweida" the governorate, at least
            best_score, best = exact[0]
            if best.place.kind == "district":
                # "Quamishli" is OCHA's spelling of the district: its capital, the
                # town spelled like it, is meant
                capital = [
                    entry
                    for entry in scored
                    if entry[1].place.kind in ("city", "town")
                    and entry[1].place.admin2 == best.place.admin2
                ]
                if capital:
                    best_score, best = capital[0]
        else:
            return Resolution(
                query=mention.phrase or mention.name,
                reason=f"only a loose match ({best.place.name!r}, {best.place.admin1}) that "
                "nothing around the name supports",
            )
    place = best.place
    why: list[str] = reasons if reasons is not None else []
    if reasons is None:
        # the winner's reasons, formatted once
        _score(best, mention, context, why, loose_only=loose_only)
    beside = context.required & set(place.near_admin1)
    if context.required and place.admin1 not in context.required and beside:
        why.append(f"in {place.admin1}, within 5 km of {' / '.join(sorted(beside))}")
    alternatives = tuple(
        {
            "place_id": m.place.id,
            "name": m.place.name,
            "kind": m.place.kind,
            "admin1": m.place.admin1,
            "score": round(s, 3),
        }
        for s, m in scored[1:6]
    ) + tuple(
        {
            "place_id": m.place.id,
            "name": m.place.name,
            "kind": m.place.kind,
            "admin1": m.place.admin1,
            "score": None,
            "note": "outside the governorate the query names",
        }
        for m in excluded[:3]
    )
    return _placed(place, mention, "; " + "; ".join(why), best_score, alternatives)


@lru_cache(maxsize=10_000)
def _cached_context(
    gazetteer: Gazetteer, names: tuple[str, ...], places: tuple[str, ...]
) -> Context:
    return context_from_names(gazetteer, list(names), places=list(places))


def context_from_names(
    gazetteer: Gazetteer, names: list[str], *, places: list[str] | None = None
) -> Context:
    """Build a context from names given beside a query ("Sakhour, Aleppo").

    ``names`` are governorates (or, failing that, places) the answer should lie in;
    ``places`` are places it belongs to ("Aleppo" in "Aleppo - Al-Zahraa").
    """
    admin1: dict[str, float] = {}
    cities: dict[str, float] = {}
    points: list[tuple[float, float, float]] = []
    required: set[str] = set()
    for name in names:
        matches = gazetteer.lookup(name)
        governorates = [
            m.place
            for m in matches
            if m.place.kind == "governorate" and m.match != "skeleton"
        ]
        for place in governorates:
            for name in _with_rural(gazetteer, place.admin1):
                admin1[name] = 1.0
                required.add(name)
        if governorates:
            # "X, Aleppo": the governorate; its city of the same name only breaks
            # ties (a quarter of Aleppo city over a village of the same name)
            for match in matches:
                if match.place.kind == "city" and match.match != "skeleton":
                    cities[match.place.id] = 0.05
            continue
        for match in matches[:3]:
            place = match.place
            if match.match == "skeleton" or place.kind == "governorate":
                continue
            if place.kind == "city":
                cities[place.id] = 1.0
                admin1.setdefault(place.admin1, 1.0)
            points.append((place.lat, place.lon, 0.5))
    for name in places or []:
        for match in gazetteer.lookup(name)[:3]:
            place = match.place
            if match.match == "skeleton" or place.kind in ("governorate", "district"):
                continue
            cities[place.id] = 1.0
            admin1[place.admin1] = 1.0
            points.append((place.lat, place.lon, 1.0))
    return Context(
        admin1=admin1, cities=cities, points=tuple(points), required=frozenset(required)
    )


# Words that make a query a phrase ("near X", "Idlib Province", "5 km southeast of X")
_PHRASE_WORDS = gated(
    r"\b(?:km|kilomet|miles?|of|near|outside|close|around|provinces?|governorate|"
    r"countryside|suburbs|city|district|rural|central|north|south|east|west|northern|"
    r"southern|eastern|western|north-?east|north-?west|south-?east|south-?west|"
    r"northeast|northwest|southeast|southwest|northeastern|northwestern|"
    r"southeastern|southwestern|the)\b",
    re.I,
)
_DASH = gated(r"\s+-\s*|\s*-\s+")
_SUBDISTRICT = gated(r"\s+(nahiyah|nahiya|subdistrict|sub-district)$", re.I)
_SIDE_WORDS = {
    "E": ("Sharqiyah", "Sharqi"),
    "W": ("Gharbiyah", "Gharbi"),
    "N": ("Shamaliyah", "Shamali"),
    "S": ("Janubiyah", "Janubi"),
}
# English words for the Arabic ones villages are told apart by
_SIZE_WORDS = gated(
    r"^(big|great|large|small|little|upper|lower)\s+(.+)$|"
    r"^(.+?)\s+(castle|citadel)$",
    re.I,
)
_SIZE_ARABIC = {
    "big": ("Kabir", "Kabirah", "Kbir"),
    "great": ("Kabir", "Kabirah"),
    "large": ("Kabir", "Kabirah"),
    "small": ("Saghir", "Saghirah", "Sghir"),
    "little": ("Saghir", "Saghirah"),
    "upper": ("Fawqani", "Fawqa", "Foqani"),
    "lower": ("Tahtani", "Tahta"),
}


#: A name's last word that tells which of its kind it is: "Kaftin al-Druziya" (the
#: Druze one), "Bayt Sahm al-Jadida" (the new one).
_DESCRIPTOR = re.compile(
    r"(?P<head>.+?)[\s-]+(?:(?:al|el|ash|as|ad|an|ar|at|az|ath)[\s-]+)?"
    r"(?:[a-z]{3,}iy?y[ae]h?|kubra|sughra|kabir|kabira|kabirah|saghir|saghira|"
    r"saghirah|fawqani|tahtani|jadida|jadidah|qadima|qadimah)",
    re.I,
)
#: The words a name may begin with that name no place alone ("Tall", "Kafr").
_GENERIC_HEADS = (
    NAME_HEADS
    | frozenset(DIRECTIONS)
    | frozenset("mazraa al el upper lower old new greater central".split())
)


#: A hill or a mountain named after a village: "Tell Mardikh", "Jabal Kashkadar".
_HILL_OF = re.compile(r"(?:Tall|Tell|Tal|Tel|Jabal|Jebel|Jabel)[\s-]+(.+)", re.I)


def _by_a_town(gazetteer: Gazetteer, name: str) -> tuple[str, Place] | None:
    """ "Koran Afrin" -> ("Koran", the town of Afrin): a name the gazetteer does not
    know whose last word is a town's or a district's, and whose head is a name."""
    head, _, last = name.strip().rpartition(" ")
    if (
        not head
        or len(head) < 4
        or head.lower() in _GENERIC_HEADS
        or not gazetteer.has_key(head)
        or not gazetteer.has_key(last)
        or len(last) < 4
    ):
        return None
    towns = [
        m.place
        for m in gazetteer.lookup(last)
        if m.match in ("light", "skeleton")
        and m.place.kind in ("city", "town", "district")
    ]
    return (head, towns[0]) if len(towns) >= 1 else None


def _word_variants(gazetteer: Gazetteer, name: str) -> str:
    """ "Big Khwein" -> "Khwein al-Kabir", "Madiq Castle" -> "Qalaat al-Madiq",
    "Kaftin al-Druziya" -> "Kaftin" (when the gazetteer knows no place of the whole
    name)."""
    m = _SIZE_WORDS.match(name.strip())
    if not m:
        described = _DESCRIPTOR.fullmatch(name.strip())
        if described is not None:
            head = described.group("head")
            if (
                len(head) >= 4
                and head.lower() not in _GENERIC_HEADS
                and gazetteer.has_key(head)
                # (the whole name, spelled loosely, before the head spelled loosely:
                # "Jamqaq Kabir" is Jaqmaq Kabir, not a Jummiq)
                and not gazetteer.lookup(name, fuzzy=False)
                and (
                    gazetteer.has_light_key(head)
                    or not gazetteer.lookup(name, fuzzy=True)
                )
            ):
                return head
        if len(name) >= 4 and " " not in name.strip() and not gazetteer.has_key(name):
            # "the town of Urum": Urum al-Kubra, "the great", which the press drops
            return next(
                (
                    great
                    for great in (
                        f"{name} al Kubra",
                        f"{name} al Kabir",
                        f"{name} Kabir",
                    )
                    if gazetteer.has_light_key(great)
                ),
                name,
            )
        return name
    if m.group(1):
        base = m.group(2)
        candidates = [f"{base} {w}" for w in _SIZE_ARABIC[m.group(1).lower()]]
        candidates += [f"{base} al {w}" for w in _SIZE_ARABIC[m.group(1).lower()]]
    else:
        base = m.group(3)
        candidates = [f"Qalaat {base}", f"Qalat {base}", f"Qalaat al {base}"]
    return next((c for c in candidates if gazetteer.has_key(c)), name)


def _side_variant(gazetteer: Gazetteer, mention: Mention) -> Mention:
    """ "Eastern Al-Ghariyah" is the village Al-Ghariyah ash-Sharqiyah when there is one."""
    if mention.qualifier != "part" or mention.direction not in _SIDE_WORDS:
        return mention
    if gazetteer.names_governorate(mention.name):
        return mention  # "eastern Dar'a" is a part of the governorate
    names = [
        name
        for word in _SIDE_WORDS[mention.direction]
        for name in (
            f"{mention.name} {word}",
            f"{mention.name} al {word}",
            f"{word} {mention.name}",
        )
    ]
    # spelled alike first; else loosely ("Eastern Maliha": Mulayhah ash-Sharqiyah)
    for known in (gazetteer.has_light_key, gazetteer.has_key):
        for name in names:
            if known(name):
                return Mention(
                    name=name,
                    start=mention.start,
                    end=mention.end,
                    phrase=mention.phrase,
                )
    return mention


def _split_variants(
    gazetteer: Gazetteer, head: str, outer: list[str]
) -> tuple[str, list[str]]:
    """ "Koran Afrin" is Koran in Afrin; "Hmlak-Hmelek" is one place spelled twice."""
    if "-" in head and " " not in head.strip():
        for part in head.split("-"):
            if part.strip() and gazetteer.has_key(part.strip()):
                return part.strip(), outer
    words = head.split()
    if len(words) >= 2:
        rest, last = " ".join(words[:-1]), words[-1]
        if gazetteer.has_key(rest) and any(
            m.place.kind == "district" and m.match in ("light", "skeleton")
            for m in gazetteer.lookup(last)
        ):
            return rest, [*outer, last]
    return head, outer


def resolve_query(gazetteer: Gazetteer, query: str) -> Resolution:
    """Resolve a ``geo resolve`` query such as "Sakhour, Aleppo" or "Idlib Province".

    A query is a place phrase, optionally followed by context after commas (the
    governorate or city it lies in, which then constrains the answer). "City -
    Neighbourhood" (ACLED's style) and "X nahiyah" are understood. Answers are cached
    per gazetteer: a batch repeating names costs one resolution per distinct query.

    Examples
    --------
    >>> from geo.gazetteer import load_gazetteer
    >>> r = resolve_query(load_gazetteer(), "Idlib Province")
    >>> r.admin1, r.geo_precision
    ('Idleb', 3)
    """
    return _resolve_query_cached(gazetteer, query)


@lru_cache(maxsize=200_000)
def _resolve_query_cached(gazetteer: Gazetteer, query: str) -> Resolution:
    text = html.unescape(query).strip()
    if not text.strip(" ,"):
        return Resolution(query=query, reason="empty query")
    head, *rest = [p.strip() for p in text.split(",")]
    names = [p for p in rest if p]
    outer: list[str] = []
    if _DASH.search(head):  # ACLED: "Aleppo - Al-Zahraa", "Menagh - Military Airport"
        parts = [p.strip() for p in _DASH.split(head) if p.strip()]
        joined = " ".join(parts)
        if gazetteer.has_light_key(joined):
            head = joined
        else:
            *outer, head = parts
    head = _word_variants(gazetteer, _SUBDISTRICT.sub("", head))
    if not gazetteer.has_key(head):
        head, outer = _split_variants(gazetteer, head, outer)
    if _PHRASE_WORDS.search(head):
        mention, _ = parse_place_query(head)
    else:  # a bare name: nothing to parse
        mention = Mention(name=head, start=0, end=len(head), phrase=head)
    if head != mention.name and gazetteer.has_light_key(head):
        # the whole phrase is a name: "Damascus suburbs", "Mezzeh military airport"
        mention = Mention(name=head, start=0, end=len(head), phrase=head)
    context = _cached_context(gazetteer, tuple(names), tuple(outer))
    result = resolve_mention(gazetteer, mention, context)
    unresolved = result
    if result.place_id is not None and _loose(result):
        # "Qurayriyah - Freiriyeh": one village in two languages; the name that
        # matches exactly beats a loose match of the other
        for other in outer:
            alternative = resolve_mention(
                gazetteer,
                Mention(name=other, start=0, end=len(other), phrase=other),
                context,
            )
            if alternative.place_id is not None and not _loose(alternative):
                if alternative.kind != "city":
                    result = alternative
                break
    for other in outer if result.place_id is None else []:
        alternative = resolve_mention(
            gazetteer,
            Mention(name=other, start=0, end=len(other), phrase=other),
            context_from_names(gazetteer, names),
        )
        if alternative.place_id is None:
            continue
        if alternative.kind != "city":
            # "Zindi Kiyan - Sindiyanke": one village in two languages
            result = alternative
            break
        if result.place_id is None:
            # "Aleppo - Al-Nile": the quarter is unknown, the city is not
            result = dataclasses.replace(
                alternative,
                geo_precision=2,
                rule=f"part of {alternative.name}; {unresolved.reason}",
            )
    return _requery(result, query)


#: How texts name the people of a country, for a place abroad whose name a Syrian
#: place bears too ("Iraqi forces entered Fallujah": Iraq's, not Damascus's).
_PEOPLE_OF = {
    "Iraq": "Iraqi",
    "Lebanon": "Lebanese",
    "Jordan": "Jordanian",
    "Israel": "Israeli",
    "Iran": "Iranian",
    "Yemen": "Yemeni",
    "Libya": "Libyan",
}


def abroad_as_told(
    gazetteer: Gazetteer, mention: Mention, r: Resolution, text: str
) -> Resolution:
    """The place abroad a name means where the text around it names that country
    ("In Iraq, troops retook Fallujah"), though a Syrian place bears the name too.

    Parameters
    ----------
    gazetteer : Gazetteer
        Knows the places abroad (``foreign.csv``).
    mention : Mention
        The name as found.
    r : Resolution
        What it resolved to in Syria.
    text : str
        The text around it (its sentence and those before it in its paragraph).

    Returns
    -------
    Resolution
        ``r``, or an answer "outside Syria" without a point.
    """
    if r.place_id is None:
        return r
    country = gazetteer.foreign_country(mention.name)
    if country is None or country == "Turkey":  # "Turkish" tells of Syria daily
        return r
    people = _PEOPLE_OF.get(country)
    # "YEMEN: Saudi-led coalition air strikes killed 9 civilians in the capital Sanaa":
    # a roundup's label in capitals names the country too
    if not re.search(
        rf"\b(?:{re.escape(country)}|{re.escape(country.upper())})\b"
        + (rf"|\b{people}\b" if people else ""),
        text,
    ):
        return r
    return abroad_in(mention, country)


def abroad_in(mention: Mention, country: str) -> Resolution:
    """The answer for a name of a place abroad, or told where the text is about a
    country abroad ("TURKEY: A car bomb exploded near a police station in
    Diyarbakir"): no point, and why.

    Examples
    --------
    >>> from geo.schema import Mention
    >>> abroad_in(Mention("Diyarbakir", 0, 10, "Diyarbakir"), "Turkey").reason
    "'Diyarbakir' is in Turkey, outside Syria"
    """
    return Resolution(
        query=mention.phrase or mention.name,
        reason=f"{mention.name!r} is in {country}, {ABROAD}",
    )


def _requery(r: Resolution, query: str) -> Resolution:
    """The same answer for another query text (cheaper than dataclasses.replace)."""
    return Resolution(
        query,
        r.name,
        r.place_id,
        r.kind,
        r.lat,
        r.lon,
        r.admin1,
        r.geo_precision,
        r.rule,
        r.score,
        r.alternatives,
        r.reason,
    )


def _loose(resolution: Resolution) -> bool:
    """Whether a resolution rests on a skeleton or fuzzy match of its name."""
    return " skeleton name match" in resolution.rule or " fuzzy " in resolution.rule


def _within_situating_place(
    mentions: list[Mention],
    first: list[Resolution],
    i: int,
    unresolved: Resolution,
    by: dict[int, list[int]],
) -> Resolution:
    """An unknown place in a known one ("Dar'a al-Balad area in Dar'a city") lies
    somewhere in it: the known place, at precision 2 (a governorate stays at 3)."""
    situating = _situating(mentions, first, i, by)
    if situating is None:
        return unresolved
    r = situating[1]
    return dataclasses.replace(
        r,
        query=unresolved.query,
        geo_precision=max(r.geo_precision or 2, 2),
        rule=f"part of {r.name}; {unresolved.reason}",
    )


def _situating_indices(mentions: list[Mention]) -> dict[int, list[int]]:
    """For each mention that others situate ("X in Y": X), those others (Y)."""
    by: dict[int, list[int]] = {}
    for j, m in enumerate(mentions):
        if m.context_for is not None:
            by.setdefault(m.context_for, []).append(j)
        for k in m.also_for:
            by.setdefault(k, []).append(j)
    return by


def _situating(
    mentions: list[Mention],
    first: list[Resolution],
    i: int,
    by: dict[int, list[int]],
) -> tuple[Mention, Resolution] | None:
    """The mention that situates mention ``i`` ("X in Y": Y) with its resolution, when
    it resolved to a place. "in northern Hama" says which governorate, not which spot:
    it is left to the incident, which falls back to the governorate."""
    facility = mentions[i].qualifier == "facility"  # "hospital in western Aleppo"
    for j in by.get(i, ()):
        other, r = mentions[j], first[j]
        if r.place_id and _loose(r) and r.lat is not None and r.lon is not None:
            # "the village of Jalbar in the Sherawa district of Afrin": Sherawa,
            # matched loosely to a village 65 km from Afrin, situates by Afrin
            outer = next(
                (
                    (mentions[k], first[k])
                    for k in by.get(j, ())
                    if k != i
                    and first[k].place_id
                    and first[k].lat is not None
                    and first[k].lon is not None
                    # a town or a city the place lies in, not a governorate or
                    # its countryside, which reach far
                    and first[k].kind in ("city", "town", "district")
                    and mentions[k].qualifier not in ("countryside", "province")
                    and first[k].geo_precision == 1
                ),
                None,
            )
            if (
                outer is not None
                and distance_km(r.lat, r.lon, outer[1].lat, outer[1].lon)  # type: ignore[arg-type]
                > _SITUATED_KM
            ):
                other, r = outer
        if r.place_id and (facility or not r.rule.startswith("part ")):
            return other, r
    return None


#: How far a loosely matched place may lie from the town that situates it.
_SITUATED_KM = 25.0
#: How far a loosely matched place may lie from the town whose "area" situates it.
_AREA_KM = 12.0
#: How far a place may lie from the town or city whose countryside it is said to be in.
_COUNTRYSIDE_KM = 40.0
#: How far the place a hospital or mosque is named after may lie from where it stands.
_FACILITY_KM = 5.0
#: no place said to be in a quarter or a town lies farther from it
_FAR_KM = 60.0


def _situated_instead(
    mentions: list[Mention],
    first: list[Resolution],
    i: int,
    r: Resolution,
    by: dict[int, list[int]],
) -> Resolution:
    """ "Dar'a Al Balad district in Dar'a city" is not Bulad, near Homs: Dar'a."""
    situating = _situating(mentions, first, i, by)
    anchor = situating[1] if situating is not None else None
    if anchor is not None and None not in (r.lat, r.lon, anchor.lat, anchor.lon):
        km = distance_km(r.lat, r.lon, anchor.lat, anchor.lon)  # type: ignore[arg-type]
        reason = f"its match {r.name} lies {km:.0f} km from {anchor.name}"
    else:
        reason = f"its match {r.name} lies too far away"
    far = dataclasses.replace(r, reason=reason)
    return _within_situating_place(mentions, first, i, far, by)


def _far_from_situating(
    gazetteer: Gazetteer,
    mentions: list[Mention],
    first: list[Resolution],
    i: int,
    r: Resolution,
    by: dict[int, list[int]],
) -> bool:
    """Whether ``r``, mention ``i``'s answer, lies far from the place that situates
    it: a loose match far from its town ("X district in Dar'a city" loosely matching a
    village near Homs), or any match far from its city ("al-Amiriya in Aleppo city" is
    not the town of Al-Amiriyah, 50 km off), or a loose match far from the place it is
    said to be near. A direction ("Madaya, northwest of Damascus") situates from afar
    and is not checked, and a city named like its
    governorate ("Nawa city in Dar'a") is the governorate unless called a city."""
    situating = _situating(mentions, first, i, by)
    if r.lat is None or r.lon is None or situating is None:
        return False
    other, anchor = situating
    if anchor.lat is None or anchor.lon is None:
        return False
    if other.relation == "near":
        # "Qibar village near Afrin city": a loose match far from the place it is
        # said to be near is another place of a like name
        # ("Hosh al-Farah, 30 km from Damascus": as far as it is told to lie)
        told = other.distance_km
        reach = _AREA_KM if told is None else max(_AREA_KM, told * 1.5 + 5)
        # (and a camp named like a place far from the town it stands near: "the
        # Kamouna camp, near the town of Sarmada" is not Kammunah in Daraa)
        # ("Tallaf Airbase near Afrin city": by Tallaf, 16 km off, "near" loosely)
        km = distance_km(r.lat, r.lon, anchor.lat, anchor.lon)
        return (_loose(r) and km > reach) or (
            mentions[i].qualifier == "facility" and km > max(reach, _SITUATED_KM)
        )
    if (
        other.relation in ("direction", "offset")
        and other.direction in BEARINGS
        and _loose(r)
        and anchor.place_id in gazetteer.by_id
        and (
            centre := _side_centre(gazetteer, anchor)
            if anchor.kind == "governorate"
            # the place itself, not the point the offset moved it to
            else (
                gazetteer.by_id[anchor.place_id].lat,
                gazetteer.by_id[anchor.place_id].lon,
            )
        )
        is not None
        and not _lies_towards(*centre, r.lat, r.lon, other.direction)
    ):
        # "the village of Tokhar north of Manbij" is not Qukhar, south-east of it
        # (from a governorate, the direction is from its city: "north of Aleppo")
        return True
    if (
        other.qualifier == "countryside"
        and anchor.kind in ("city", "town", "village")
        and distance_km(r.lat, r.lon, anchor.lat, anchor.lon) > _COUNTRYSIDE_KM
    ):
        # "Asadiya in the western countryside of Serêkaniyê" is no village of Homs
        return True
    if mentions[i].qualifier == "facility" and _loose(r) and not other.relation:
        return True  # "al-Dabit hospital in western Aleppo" is not Hadabat, 45 km off
    if other.relation or anchor.kind == "governorate":
        return False
    if mentions[i].qualifier == "facility":
        # a hospital named after a place stands in or by it ("the Sakhour hospital in
        # Aleppo"); one whose name matches a place away from where it stands is named
        # otherwise ("al-Quds hospital in al-Sukkari" is not Quds in Lattakia)
        return distance_km(r.lat, r.lon, anchor.lat, anchor.lon) > _FACILITY_KM
    adjective = (
        # "the Idlib town of Maarat al-Numan": the governorate's town, not a quarter
        # of Idlib city
        other.qualifier in ("town", "village")
        and other.end <= mentions[i].start
        and mentions[i].phrase.lower().startswith(("town of ", "village of "))
        and gazetteer.names_governorate(other.name)
    )
    city = (
        anchor.kind == "city"
        and not adjective
        and (
            other.qualifier == "city"
            or _QUARTER.search(mentions[i].phrase)  # "the X quarter of Aleppo"
            or not gazetteer.names_governorate(anchor.query)
        )
    )
    if (
        anchor.kind in ("town", "city")
        and r.kind != "neighbourhood"
        and _QUARTER.search(mentions[i].phrase)
    ):
        # "the Rumaila neighborhood of Al Mayadin city" is no village 21 km off
        return distance_km(r.lat, r.lon, anchor.lat, anchor.lon) > _AREA_KM
    if not city and not _loose(r):
        # "the Bab al-Salam area in the Old City of Damascus" is no village of
        # Hasakeh: a place said to be in a quarter or a town is not a province away
        return anchor.kind in ("neighbourhood", "town", "village") and (
            distance_km(r.lat, r.lon, anchor.lat, anchor.lon) > _FAR_KM
        )
    if anchor.kind == "city" and not city and other.end <= mentions[i].start:
        # "Dara Bosra Sham", a caption's "Idlib Saraqib": a city named like its
        # governorate, named first and not called a city, situates as the
        # governorate does
        return r.admin1 != anchor.admin1
    # "al-Manara in Masyaf area": a town's area reaches less far than a city's; and
    # "the Maghayer neighbourhood of Aleppo" is no village 15 km out of the city
    quarter = (
        anchor.kind == "city"
        and r.kind != "neighbourhood"
        and _QUARTER.search(mentions[i].phrase)
    )
    reach = (
        _AREA_KM
        if (other.qualifier == "district" and anchor.kind in ("town", "village"))
        or quarter
        else _SITUATED_KM
    )
    return distance_km(r.lat, r.lon, anchor.lat, anchor.lon) > reach


#: How far outside the governorate the text names a place spelled alike may lie.
_BEYOND_LINE_KM = 20.0


@lru_cache(maxsize=1)
def _admin1_polygons() -> dict[str, Any]:
    from shapely.geometry import shape  # only a text naming the wrong governorate

    from geo.gazetteer import load_admin1_shapes

    return {
        f["properties"]["name"]: shape(f["geometry"])
        for f in load_admin1_shapes()["features"]
    }


def _km_outside(lat: float, lon: float, admin1: frozenset[str]) -> float:
    """Roughly how far (km) a point lies outside the nearest of the governorates."""
    from shapely.geometry import Point

    polygons = _admin1_polygons()
    point = Point(lon, lat)
    degrees = min(
        (polygons[a].distance(point) for a in admin1 if a in polygons),
        default=math.inf,
    )
    return degrees * 111.0 * (math.cos(math.radians(lat)) + 1) / 2


def _loose_outside(
    r: Resolution, required: frozenset[str], gazetteer: Gazetteer | None = None
) -> Resolution:
    """ "Tal al-Nuba in northern Latakia" is no village of Aleppo spelled a little
    alike: a loose match outside the governorates the text situates it in is none.
    Nor is a village or a quarter spelled alike there ("Tall al-Sakhr in northern
    Hama" is not Tall as-Sakhr of Hasakeh), unless it lies by the line; a town or a
    city may be named with the governorate beside it ("Sarmada, Aleppo")."""
    if not required or r.place_id is None or r.admin1 in required:
        return r
    if not _loose(r):
        place = gazetteer.by_id.get(r.place_id) if gazetteer is not None else None
        if (
            place is None
            or place.kind not in ("village", "neighbourhood")
            or required & set(place.near_admin1)
            # the text's governorate may be a neighbour's ("Jaba village in Dar'a
            # countryside" lies 8 km inside Quneitra): only a place far from it is
            # another place
            or _km_outside(place.lat, place.lon, required) <= _BEYOND_LINE_KM
        ):
            return r
        return Resolution(
            query=r.query,
            reason=f"{r.name!r} is in {r.admin1}, not in "
            f"{' / '.join(sorted(required))} where the text places it",
        )
    return Resolution(
        query=r.query,
        reason=f"only a loose match ({r.name!r}, {r.admin1}) outside "
        f"{' / '.join(sorted(required))}",
    )


#: How far from the centre of a side named a loosely matched place may lie off it.
_OFF_SIDE_KM = 15.0


def _loose_off_side(r: Resolution, side: tuple[float, float, str]) -> Resolution:
    """ "Tal Shayr in the southern countryside of Al Hasakeh" is no Tall Sha`ir spelled
    a little alike north of the city: a loose match that lies off the side named
    (more than a right angle from it, 15 km out) is none."""
    if r.place_id is None or not _loose(r) or r.lat is None or r.lon is None:
        return r
    lat, lon, direction = side
    # (a governorate's side is told of the governorate, from a city that need not
    # lie in its middle: only a place beyond a right angle of it lies off it)
    if distance_km(lat, lon, r.lat, r.lon) <= _OFF_SIDE_KM or _lies_towards(
        lat, lon, r.lat, r.lon, direction, within=90
    ):
        return r
    return Resolution(
        query=r.query,
        reason=f"only a loose match ({r.name!r}, {r.admin1}) off the {direction} side "
        "named",
    )


def _situating_governorates(
    gazetteer: Gazetteer,
    mentions: list[Mention],
    first: list[Resolution],
    i: int,
    by: dict[int, list[int]],
) -> frozenset[str]:
    """The governorates that mentions situating mention ``i`` resolved to ("Hit town
    in Dar'a countryside"), with Rural Damascus beside Damascus."""
    out: set[str] = set()
    for j in by.get(i, ()):
        other, r = mentions[j], first[j]
        if r.admin1 and (
            r.kind == "governorate"
            # "the Al Saida village of Hama": the city names its governorate,
            # and whatever it situates lies in that governorate
            or (r.kind == "city" and gazetteer.names_governorate(other.name))
            # "the Marj area of the Eastern Ghouta": a region lies in its governorate
            or r.kind == "region"
        ):
            out.update(_with_rural(gazetteer, r.admin1))
    return frozenset(out)


def _with_rural(gazetteer: Gazetteer, admin1: str) -> tuple[str, ...]:
    """A governorate, and Rural X beside X: reporters' "Damascus" is often the
    province around the city too."""
    rural = f"Rural {admin1}"
    return (admin1, rural) if rural in gazetteer.governorates else (admin1,)


def _with_rurals(gazetteer: Gazetteer, admin1s: Iterable[str]) -> set[str]:
    """Governorates, and Rural X beside each X (see :func:`_with_rural`)."""
    return {r for a in admin1s for r in _with_rural(gazetteer, a)}


def _side_centre(gazetteer: Gazetteer, r: Resolution) -> tuple[float, float] | None:
    """Where "the northern countryside of X" is north of: city X, or for a
    governorate the city it is named after ("Hama countryside" lies around Hama city,
    not around the middle of the governorate's desert)."""
    if r.kind == "city" and r.lat is not None and r.lon is not None:
        return r.lat, r.lon
    if r.kind != "governorate" or r.admin1 is None:
        return None
    name = r.admin1.removeprefix("Rural ")
    for match in gazetteer.lookup(name):
        place = match.place
        if match.match == "light" and place.kind == "city":
            return place.lat, place.lon
    return None


def _sentence_side(
    gazetteer: Gazetteer, mentions: list[Mention], first: list[Resolution]
) -> tuple[float, float, str] | None:
    """The one side of a city or governorate the sentence names ("in western
    Aleppo", "the northern countryside of Homs"), as the centre it lies from and its
    direction; None when it names none, or sides that disagree."""
    sides = set()
    for m, r in zip(mentions, first, strict=True):
        if (
            m.direction in BEARINGS
            and not m.relation
            and m.qualifier in ("part", "countryside")
            and r.place_id is not None
            and (centre := _side_centre(gazetteer, r)) is not None
        ):
            sides.add((*centre, m.direction))
    return sides.pop() if len(sides) == 1 else None


#: The rule of a place told off another: "10 km N of Aleppo", "near Aleppo".
_OFF_A_PLACE = gated(r"(?:\d+ km [NSEW]{1,2} of |near )")


def told_off_a_place(r: Resolution) -> bool:
    """Whether an answer is a point told off a place ("villages south of Jarablus":
    "5 km S of Jarābulus"; "near Aleppo"), not the place itself."""
    return _OFF_A_PLACE.match(r.rule) is not None


def _context_of(
    resolutions: list[Resolution], weight: float, gazetteer: Gazetteer
) -> Context:
    admin1: dict[str, float] = {}
    cities: dict[str, float] = {}
    points: list[tuple[float, float, float]] = []
    areas: set[str] = set()
    for r in resolutions:
        if r.place_id is None or r.admin1 is None or r.lat is None or r.lon is None:
            continue
        admin1[r.admin1] = max(admin1.get(r.admin1, 0.0), weight)
        if weight >= 1.0 and r.kind in ("governorate", "city"):
            areas.add(r.admin1)
        # "Afrin, Aleppo": a city named like its governorate may mean either (as in
        # a query's "X, Aleppo"), and pulls half as hard; "Aleppo city" is the city
        both = (
            r.kind == "city"
            and "city" not in r.query.lower()
            # "in central Dar'a": the phrase is more than the name
            and (
                gazetteer.names_governorate(r.query)
                or gazetteer.names_governorate(r.name or "")
            )
        )
        w = weight * 0.5 if both else weight
        # ("the Zahra and Nubl area north of Aleppo": outside the city, no quarter)
        if r.kind == "city" and not told_off_a_place(r):
            cities[r.place_id] = max(cities.get(r.place_id, 0.0), w)
        place = gazetteer.by_id.get(r.place_id)
        if place is not None and place.parent:
            cities[place.parent] = max(cities.get(place.parent, 0.0), weight * 0.8)
        # "southern Idleb" says which governorate, not which spot
        if r.kind != "governorate" and not r.rule.startswith("part "):
            points.append((r.lat, r.lon, w))
    return Context(
        admin1=admin1, cities=cities, points=_unique(points), areas=frozenset(areas)
    )


def _unique(
    points: list[tuple[float, float, float]],
) -> tuple[tuple[float, float, float], ...]:
    """One point per place, at its greatest weight: what scoring reads is the same
    (the best weighted nearness, whether any lies within reach), for less work."""
    best: dict[tuple[float, float], float] = {}
    for lat, lon, w in points:
        if w > best.get((lat, lon), -1.0):
            best[(lat, lon)] = w
    return tuple((lat, lon, w) for (lat, lon), w in best.items())


class _SentenceContexts:
    """The context the other places of a sentence make for each of its mentions.

    A context is read as a set (greatest weights, nearest points), so the others of
    mention i make the context of all the sentence's places, unless mention i alone
    resolved as it did. Computed once per distinct case: a sentence listing hundreds
    of places ("Aleppo: 5, Idlib: 3, ...") costs time in proportion to its length,
    not to its square.
    """

    def __init__(self, first: list[Resolution], gazetteer: Gazetteer) -> None:
        self.first = first
        self.gazetteer = gazetteer
        self.keys = [
            (r.place_id, r.admin1, r.kind, r.lat, r.lon, r.query, r.rule)
            if r.place_id
            else None
            for r in first
        ]
        self.count = Counter(self.keys)
        self.cache: dict[object, Context | None] = {}

    def without(self, i: int) -> Context | None:
        """The context of the sentence's resolved places but mention i; None when
        there is none."""
        key = self.keys[i]
        alone = key is not None and self.count[key] == 1
        case = key if alone else None  # None: the context of every place
        if case not in self.cache:
            others = [r for j, r in enumerate(self.first) if j != i and r.place_id]
            self.cache[case] = (
                _context_of(others, 1.0, self.gazetteer) if others else None
            )
        return self.cache[case]


def _merge(a: Context, b: Context) -> Context:
    admin1 = dict(a.admin1)
    for k, v in b.admin1.items():
        admin1[k] = max(admin1.get(k, 0.0), v)
    cities = dict(a.cities)
    for k, v in b.cities.items():
        cities[k] = max(cities.get(k, 0.0), v)
    return Context(
        admin1=admin1,
        cities=cities,
        points=_unique([*a.points, *b.points]),
        bearing=b.bearing or a.bearing,
        side=b.side or a.side,
        theatre=a.theatre | b.theatre,
        theatre_districts=a.theatre_districts | b.theatre_districts,
        areas=a.areas | b.areas,
    )


#: Where the operations and groups an article names fought (2012-2018): a weak hint
#: between places of one name ("Kafr Janna", taken by Olive Branch forces, is the one
#: near Afrin), never an answer by itself.
_THEATRES: tuple[tuple[Gate, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (gate_words(words), pattern, where)
    for words, pattern, where in (
        # (words one of which every match holds: a cheap test first; pattern; where)
        (
            ("Olive Branch", "Euphrates Shield"),
            gated(r"\bOlive Branch\b|\bEuphrates Shield\b"),
            ("Aleppo",),
        ),
        (
            # Turkey's forces fought along its border: "Turkish artillery shelled
            # villages in Shahba" (north of Aleppo, not the town of Sweida)
            ("Turk", "TSK"),
            gated(r"\bTurk(?:ish|ey)\b|\bTSK\b"),
            ("Aleppo", "Idleb", "Lattakia", "Ar-Raqqa", "Al-Hasakeh"),
        ),
        (
            ("YPG", "YPJ", "QSD", "SDF", "PYD", "Asayish"),
            gated(r"\b(YPG|YPJ|QSD|SDF|PYD|Asayish)\b"),
            ("Aleppo", "Al-Hasakeh", "Ar-Raqqa", "Deir-ez-Zor"),
        ),
        (
            (
                "Jaysh",
                "Jaish",
                "Jayesh",
                "Islam Army",
                "Faylaq",
                "Failaq",
                "Rahman Corp",
            ),
            gated(
                r"\b(Jaysh|Jaish|Jayesh) [Aa]l[- ]Islam\b|\bAl Islam Army\b|"
                r"\b(Faylaq|Failaq) al-Rahman\b|\bRahman Corps?\b"
            ),
            ("Rural Damascus",),
        ),
        (
            ("HTS", "Zinki", "Zenki", "JTS", "al-Fatah", "Army of Conquest"),
            gated(r"\b(HTS|Zinki|Zenki|JTS|Ja[iy]sh al-Fatah|Army of Conquest)\b"),
            ("Idleb", "Aleppo", "Hama"),
        ),
        (("al-Izza",), gated(r"\bJa[iy]sh al-Izza\b"), ("Hama",)),
        (("Southern Front",), gated(r"\bSouthern Front\b"), ("Dar'a", "Quneitra")),
    )
)
_THEATRE_BONUS = 0.15
#: The share of the bonus of a governorate named nearby that a place within 5 km of
#: it, over the line, takes.
_BESIDE = 0.5
#: The same, when the query names that governorate as the place's ("Hweijeh village
#: in Hama countryside"): most of it, a place inside the governorate of a name as
#: like coming first (Al Huwayjah in Hama, not Al Hawiyah over the line in Lattakia).
_BESIDE_NAMED = 0.9


#: The districts the Turkish-led operations were fought in: Olive Branch (2018) in
#: Afrin; Euphrates Shield (2016-2017) between A'zaz, Jarablus and al-Bab; Peace
#: Spring (2019) between Tell Abiad and Ras al-Ain.
_OPERATION_DISTRICTS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("Olive Branch", gated(r"\bOlive Branch\b"), ("Afrin",)),
    (
        "Euphrates Shield",
        gated(r"\bEuphrates Shield\b"),
        ("A'zaz", "Jarablus", "Al Bab"),
    ),
    ("Peace Spring", gated(r"\bPeace Spring\b"), ("Ras Al Ain", "Tell Abiad")),
)


#: A point told in decimal degrees, latitude first: "(35.8126, 36.6103)",
#: "35.8126N 36.6103E", "35.8126°, 36.6103°".
_DECIMAL_POINT = gated(
    r"(?<![\d.])(3[2-7]\.\d{3,8})\s*°?\s*N?\s*[,/ ]\s*"
    r"(3[5-9]|4[0-2])(\.\d{3,8})\s*°?\s*E?(?![\d.])"
)
#: A point told in degrees, minutes and seconds: "35°48'45"N 36°36'37"E".
_DMS_POINT = gated(
    r"(3[2-7])\s*°\s*(\d{1,2})\s*['’′]\s*(?:(\d{1,2}(?:\.\d+)?)\s*"
    r"(?:\"|”|″|'')\s*)?N"
    r"[\s,]*(3[5-9]|4[0-2])\s*°\s*(\d{1,2})\s*['’′]\s*(?:(\d{1,2}(?:\.\d+)?)\s*"
    r"(?:\"|”|″|'')\s*)?E"
)


def points_told(text: str) -> list[tuple[int, int, float, float]]:
    """The points a text gives in coordinates within Syria's box, as ``(start, end,
    lat, lon)``: decimal degrees (latitude first, as reports write them) or degrees,
    minutes and seconds.

    Examples
    --------
    >>> points_told("the market in Ariha (35.8126, 36.6103), killing 12")
    [(21, 37, 35.8126, 36.6103)]
    >>> points_told("at 35°48'45″N 36°36'37″E")[0][2:]
    (35.8125, 36.6103)
    """
    if "." not in text and "°" not in text:
        return []
    found = []
    for m in _DECIMAL_POINT.finditer(text):
        lat, lon = float(m.group(1)), float(m.group(2) + m.group(3))
        found.append((m.start(), m.end(), lat, lon))
    for m in _DMS_POINT.finditer(text):
        lat = int(m.group(1)) + int(m.group(2)) / 60 + float(m.group(3) or 0) / 3600
        lon = int(m.group(4)) + int(m.group(5)) / 60 + float(m.group(6) or 0) / 3600
        found.append((m.start(), m.end(), round(lat, 4), round(lon, 4)))
    return sorted(
        p
        for p in found
        if SYRIA_BOX[0] <= p[2] <= SYRIA_BOX[2] and SYRIA_BOX[1] <= p[3] <= SYRIA_BOX[3]
    )


#: Syria's bounding box: (south, west, north, east).
SYRIA_BOX = (32.3, 35.6, 37.4, 42.4)


def at_point_told(r: Resolution, lat: float, lon: float, told: str) -> Resolution:
    """A resolution moved to a point the text gives in coordinates: exact."""
    return dataclasses.replace(
        r,
        lat=lat,
        lon=lon,
        geo_precision=1,
        rule=f"coordinates given in the text ({told}); {r.rule}",
    )


def theatre_context(text: str) -> Context:
    """The governorates where the groups and operations a text names fought: a
    tie-break between same-named villages, towns and quarters, never a place by
    itself.
    Where the text names several, the governorates where all of them fought, if any
    ("Olive Branch forces took the village from the YPG": Aleppo, not the YPG's east).
    """
    named = [
        frozenset(governorates)
        for words, pattern, governorates in _THEATRES
        if any_in(text, words) and pattern.search(text)
    ]
    together = frozenset.intersection(*named) if named else frozenset()
    districts = frozenset(
        district
        for word, pattern, where in _OPERATION_DISTRICTS
        if word in text and pattern.search(text)
        for district in where
    )
    return Context(
        theatre=together or frozenset().union(*named), theatre_districts=districts
    )


def resolve_as(
    gazetteer: Gazetteer, mention: Mention, place_id: str, how_known: str
) -> Resolution:
    """Resolve a mention to a place already known to be meant (how is ``how_known``).

    Examples
    --------
    >>> from geo.gazetteer import load_gazetteer
    >>> from geo.schema import Mention
    >>> r = resolve_as(load_gazetteer(), Mention("Hezzeh", 0, 6, "Hezzeh"),
    ...                "wof:1293375473", "as in 7 articles")
    >>> r.name, r.geo_precision, r.rule
    ('Hazzah', 1, 'named place (as in 7 articles)')
    """
    return _placed(gazetteer.by_id[place_id], mention, f" ({how_known})")


def _placed(
    place: Place,
    mention: Mention,
    why: str,
    score: float = 0.0,
    alternatives: tuple[dict[str, object], ...] = (),
) -> Resolution:
    """The resolution of ``mention`` at ``place``; its rule is how the point was
    placed, then ``why``."""
    precision, lat, lon, how = _precision_and_point(place, mention)
    return Resolution(
        query=mention.phrase or mention.name,
        name=place.name,
        place_id=place.id,
        kind=place.kind,
        lat=round(lat, 6),
        lon=round(lon, 6),
        admin1=place.admin1,
        geo_precision=precision,
        rule=how + why,
        score=score,
        alternatives=alternatives,
    )


def _sensed(
    gazetteer: Gazetteer,
    mentions: list[Mention],
    final: list[Resolution],
    senses: Mapping[str, tuple[str, int]],
) -> list[Resolution]:
    """Unresolved names the collection resolves elsewhere, resolved so here."""
    out = list(final)
    by: dict[int, list[int]] | None = None
    for i, (mention, r) in enumerate(zip(mentions, final, strict=True)):
        if r.place_id is not None or r.abroad or mention.context_for is not None:
            continue
        known = senses.get(name_key(mention.name))
        if known is not None:
            place_id, articles = known
            if by is None:
                by = _situating_indices(mentions)
            said = frozenset(
                a for j in by.get(i, ()) if (a := final[j].admin1) is not None
            )
            place = gazetteer.by_id.get(place_id)
            if (
                said
                and place is not None
                and place.admin1 not in said
                and _km_outside(place.lat, place.lon, said) > _BEYOND_LINE_KM
            ):
                # "Hasraya village in northern Hama" is not the Hasur of Homs that
                # other articles took it for
                continue
            if (
                place is not None
                and place.kind == "neighbourhood"
                and (named := {a for r in final if (a := r.admin1) is not None})
                and place.admin1 not in _with_rurals(gazetteer, named)
            ):
                # "the Abbasiyyin area in the Sarouja district of Damascus city" is
                # not the quarter of Dar'a other articles took it for
                continue
            out[i] = resolve_as(
                gazetteer,
                mention,
                place_id,
                f"as the same name resolves in {articles} "
                f"article{'s' if articles > 1 else ''} of the collection",
            )
    return out


#: How far from every place around it a hospital's or mosque's name may resolve:
#: "al-Quds hospital" in a story of east Aleppo is not the village of Quds.
_FACILITY_AROUND_KM = 30.0


def _facilities_placed(
    mentions: list[Mention], final: list[Resolution], around: Context
) -> list[Resolution]:
    """A facility's name that resolves far from all the places around it names no
    place: hospitals and mosques are named after people, cities and ideals."""
    out = list(final)
    for i, (mention, r) in enumerate(zip(mentions, final, strict=True)):
        if (
            mention.qualifier != "facility"
            or r.place_id is None
            or r.lat is None
            or r.lon is None
            or any(m.context_for == i for m in mentions)
        ):
            continue
        points = [(lat, lon) for lat, lon, _ in around.points] + [
            (x.lat, x.lon)
            for j, x in enumerate(final)
            if j != i and x.lat is not None and x.lon is not None
        ]
        if points and all(
            distance_km(r.lat, r.lon, lat, lon) > _FACILITY_AROUND_KM
            for lat, lon in points
        ):
            out[i] = Resolution(
                query=r.query,
                reason=f"a facility named {mention.name!r}; {r.name} lies over "
                f"{_FACILITY_AROUND_KM:.0f} km from every place around it",
            )
            continue
        quarters = [
            x
            for j, x in enumerate(final)
            if j != i
            and x.kind == "neighbourhood"
            and x.lat is not None
            and x.lon is not None
        ]
        if quarters and all(
            distance_km(r.lat, r.lon, x.lat, x.lon) > _FACILITY_KM  # type: ignore[arg-type]
            for x in quarters
        ):
            # "Facility: Al-Zarzour hospital | Location: Aleppo city (al-Shaar)": a
            # hospital told with the quarter it stands in is not a village 8 km off
            out[i] = Resolution(
                query=r.query,
                reason=f"a facility named {mention.name!r}; {r.name} lies over "
                f"{_FACILITY_KM:.0f} km from the quarter told with it",
            )
    return out


def resolve_sentences(
    gazetteer: Gazetteer,
    sentences: list[tuple[int, list[Mention]]],
    prior: Context | None = None,
    senses: Mapping[str, tuple[str, int]] | None = None,
) -> list[list[Resolution]]:
    """Resolve the mentions of consecutive sentences, each in its context.

    Parameters
    ----------
    gazetteer : Gazetteer
        Where names are looked up.
    sentences : list of (int, list of Mention)
        Each sentence's section number and mentions, in reading order.
    prior : Context, optional
        What holds for the whole text (:func:`theatre_context`).
    senses : mapping, optional
        ``name_key -> (place_id, articles)``: what a name means in the other articles
        of a collection (one sense per collection). A name that does not resolve here
        resolves so.

    Returns
    -------
    list of list of Resolution
        One list per sentence, aligned with its mentions. The context of a mention is
        the other places of its sentence (weight 1), then the places already resolved
        in its section (weight 0.5), and the direction of a phrase that situates it
        ("Madaya, the town northwest of Damascus").
    """
    out: list[list[Resolution]] = []
    current = None
    start = prior or Context()
    around = start  # the places resolved so far in the section, at weight 0.5
    # the last city or town named: sentence, place
    city: tuple[int, Resolution] | None = None
    # the place each name meant where the text told it with more around it: one sense
    # per text ("the al-Zahraa district of Homs ... Al-Zahraa has been hit before")
    meant: dict[str, Resolution] = {}
    for n, (section, mentions) in enumerate(sentences):
        if section != current:
            current, around, city = section, start, None
        if len(mentions) == 1 and mentions[0].context_for is None:
            final = [resolve_mention(gazetteer, mentions[0], around, fuzzy=False)]
            if (
                meant
                and final[0].place_id is not None
                and not mentions[0].qualifier
                and not mentions[0].relation
                and (before := meant.get(name_key(mentions[0].name))) is not None
                and before.place_id != final[0].place_id
                # a place the name spells as well as the one found
                and any(
                    m.place.id == before.place_id
                    and (m.match in ("light", "arabic") or _loose(before))
                    for m in gazetteer.lookup(mentions[0].name)
                )
            ):
                final = [
                    dataclasses.replace(
                        before,
                        query=final[0].query,
                        rule=f"{before.rule}; {_MEANT_BEFORE}",
                    )
                ]
            if senses and final[0].place_id is None:
                final = _sensed(gazetteer, mentions, final, senses)
            if mentions[0].qualifier == "facility":
                final = _facilities_placed(mentions, final, around)
            if city is not None:
                final = _in_city(
                    mentions,
                    final,
                    city[1],
                    # "... in Hasakah city. [...] the Kurds captured the Aziziyah
                    # district": a quarter whose namesakes are all elsewhere is of the
                    # section's city, however far back it was told
                    unresolved=n - city[0] <= 2 or _TOLD_AS_QUARTER in final[0].reason,
                )
            if final[0].place_id is not None:
                around = _merge(around, _context_of(final, 0.5, gazetteer))
            city = _last_city(n, final, city)
            out.append(final)
            _remember(meant, mentions, final)
            continue
        first = [resolve_mention(gazetteer, m, around, fuzzy=False) for m in mentions]
        if city is not None:
            # a quarter taken for a far village (whenever the section's last town was
            # told) misleads the others' context
            first = _in_city(mentions, first, city[1], unresolved=False)
        # what situates each mention ("X in Y": X -> Y), found once: a sentence
        # listing hundreds of places stays linear
        by = _situating_indices(mentions)
        situating_contexts = None
        for j, mention in enumerate(mentions):
            # a place that situates another and is itself situated ("the hospital
            # area in Barzeh district of Damascus city": Barzeh) is read in its own
            # context before it situates anything
            if mention.context_for is None:
                continue
            anchors = [first[k] for k in by.get(j, ()) if first[k].place_id]
            if anchors:
                context = _merge(around, _context_of(anchors, 1.0, gazetteer))
                required = _situating_governorates(gazetteer, mentions, first, j, by)
                if required:
                    context = dataclasses.replace(context, required=required)
                again = resolve_mention(gazetteer, mention, context, fuzzy=False)
                if again.place_id is not None:
                    first[j] = again
                    situating_contexts = None  # made of what first was
            elif first[j].alternatives:
                # "In Damascus, shells hit the Bab Touma area of the Old City": the
                # Old City the sentence tells of situates Bab Touma, not the one the
                # article's theatre would choose
                if situating_contexts is None:
                    situating_contexts = _SentenceContexts(first, gazetteer)
                found = situating_contexts.without(j)
                if (
                    found is not None
                    and found.admin1
                    and first[j].admin1 not in found.admin1
                ):
                    again = resolve_mention(
                        gazetteer, mention, _merge(around, found), fuzzy=False
                    )
                    if again.place_id is not None:
                        first[j] = again
                        situating_contexts = None
        final = []
        quarter_counts: Counter[str | None] | None = None
        sentence_side: tuple[float, float, str] | None = None
        side_sought = False  # the sentence's side is found once, when first needed
        # the contexts made for the situating places serve the others, if they hold
        sentence_contexts = situating_contexts
        for i, mention in enumerate(mentions):
            abroad = next(
                (first[j] for j in by.get(i, ()) if first[j].abroad),
                None,
            )
            if abroad is not None and first[i].place_id is not None:
                # "the al-Zahra district of eastern Mosul": in the place abroad that
                # situates it, not Zahreh in Damascus
                country = abroad.reason.split(" is in ", 1)[-1].split(",", 1)[0]
                final.append(abroad_in(mention, country))
                continue
            if first[i].place_id is not None and not first[i].alternatives:
                # one candidate: context cannot change it, only reject it
                outside = _loose_outside(
                    first[i],
                    _situating_governorates(gazetteer, mentions, first, i, by),
                    gazetteer,
                )
                if (
                    outside.place_id is not None
                    and (
                        outside.kind == "neighbourhood"
                        or "skeleton" in outside.rule
                        or "fuzzy" in outside.rule
                    )
                    and len(mentions) > 1
                ):
                    # a quarter of a city of another governorate than the
                    # sentence's is not meant (resolve_mention rejects it)
                    if sentence_contexts is None:
                        sentence_contexts = _SentenceContexts(first, gazetteer)
                    found = sentence_contexts.without(i)
                    # a quarter named as spelled names its city's governorate too:
                    # "shells hit the Bab Touma, Qassaa and Abbasiyyin areas" (the
                    # quarters of the sentence counted once: a sentence of thousands
                    # of names stays linear)
                    if quarter_counts is None:
                        quarter_counts = Counter(
                            r.admin1
                            for k, r in enumerate(first)
                            if _names_its_city(r, mentions[k])
                        )
                    own = (
                        first[i].admin1 if _names_its_city(first[i], mention) else None
                    )
                    quarters = frozenset(
                        a
                        for a, n in quarter_counts.items()
                        if a is not None and n - (a == own) > 0
                    )
                    if found is not None and quarters - found.areas:
                        found = dataclasses.replace(found, areas=found.areas | quarters)
                    if found is not None and found.areas:
                        again = resolve_mention(
                            gazetteer, mention, _merge(around, found), fuzzy=False
                        )
                        if again.place_id is None:
                            outside = again
                if outside.place_id is None:
                    final.append(
                        _within_situating_place(mentions, first, i, outside, by)
                    )
                elif _far_from_situating(gazetteer, mentions, first, i, first[i], by):
                    final.append(_situated_instead(mentions, first, i, first[i], by))
                else:
                    if _loose(first[i]):
                        if not side_sought:
                            sentence_side = _sentence_side(gazetteer, mentions, first)
                            side_sought = True
                        if sentence_side is not None:
                            off = _loose_off_side(first[i], sentence_side)
                            if off.place_id is None:
                                final.append(
                                    _within_situating_place(mentions, first, i, off, by)
                                )
                                continue
                    final.append(first[i])
                continue
            if sentence_contexts is None:
                sentence_contexts = _SentenceContexts(first, gazetteer)
            found = sentence_contexts.without(i)
            if found is None:
                final.append(first[i])  # nothing more around it than at first
                continue
            context = _merge(around, found)
            required = _situating_governorates(gazetteer, mentions, first, i, by)
            for j in by.get(i, ()):
                other, anchor = mentions[j], first[j]
                if (
                    other.direction
                    and other.relation in ("direction", "offset")
                    and anchor.place_id is not None
                ):
                    place = gazetteer.by_id[anchor.place_id]
                    context = dataclasses.replace(
                        context, bearing=(place.lat, place.lon, other.direction)
                    )
                elif (
                    other.direction in BEARINGS
                    and not other.relation
                    and anchor.place_id is not None
                ):
                    centre = _side_centre(gazetteer, anchor)
                    if centre is not None:
                        context = dataclasses.replace(
                            context, side=(*centre, other.direction)
                        )
            if (
                context.side is None
                and context.bearing is None
                # (not the governorate whose side it is, nor another told as one:
                # "In Hama province ... the northern countryside of Hama" is no
                # Hamah north of Hama)
                and not (
                    mention.qualifier in ("province", "countryside", "part")
                    and gazetteer.names_governorate(mention.name)
                )
            ):
                # "in western Aleppo, regaining control of Sheikh Aqil village": a
                # side the sentence names chooses between places of one name there
                if not side_sought:
                    sentence_side = _sentence_side(gazetteer, mentions, first)
                    side_sought = True
                if sentence_side is not None:
                    context = dataclasses.replace(context, side=sentence_side)
            result = None
            if required:
                # "Hit town in Dar'a countryside" reads as the query "Hit, Dar'a"
                inside = dataclasses.replace(context, required=required)
                result = resolve_mention(gazetteer, mention, inside, fuzzy=False)
            if result is None or result.place_id is None:
                result = resolve_mention(gazetteer, mention, context, fuzzy=False)
                result = _loose_outside(result, required, gazetteer)
            if context.side is not None:
                result = _loose_off_side(result, context.side)
            if result.place_id is None:
                result = _within_situating_place(mentions, first, i, result, by)
            elif _far_from_situating(gazetteer, mentions, first, i, result, by):
                result = _situated_instead(mentions, first, i, result, by)
            final.append(result)
        if any(f.place_id != r.place_id for f, r in zip(first, final, strict=True)):
            final = _again_among_the_final(gazetteer, mentions, final, around)
        if senses:
            final = _sensed(gazetteer, mentions, final, senses)
        if any(m.qualifier == "facility" for m in mentions):
            final = _facilities_placed(mentions, final, around)
        if city is not None and n - city[0] <= 2:
            final = _in_city(mentions, final, city[1])
        resolved = [r for r in final if r.place_id is not None]
        if resolved:
            around = _merge(around, _context_of(resolved, 0.5, gazetteer))
        city = _last_city(n, final, city)
        out.append(final)
        _remember(meant, mentions, final)
    return out


#: Said of a place a bare name meant because it meant it before in the text.
_MEANT_BEFORE = "as the same name meant before in the text"


def _again_among_the_final(
    gazetteer: Gazetteer,
    mentions: list[Mention],
    final: list[Resolution],
    around: Context,
) -> list[Resolution]:
    """ "Rebel shelling killed two in Hamdaniyeh, while airstrikes killed eight in
    Sukkari": each name was read beside the others' first answers (Hamdaniyeh first
    a village of Hama), and some of those changed; a name taken loosely is read again
    beside the answers the others came to (Hamdaniyeh, of Aleppo): As-Sukkari, as
    written, not Sukayr in Hama."""

    # the governorates of the others' answers, by mention; only one at odds with all
    # of them is read again ("Tall al-Sakhr in northern Hama" stays)
    others = {
        k: {o.admin1 for j, o in enumerate(final) if j != k and o.place_id}
        for k, r in enumerate(final)
        if r.place_id is not None and _loose(r) and mentions[k].context_for is None
    }
    loose = {
        k: told for k, told in others.items() if told and final[k].admin1 not in told
    }
    if not loose:
        return final
    contexts = _SentenceContexts(final, gazetteer)
    out = list(final)
    for k, told in loose.items():
        found = contexts.without(k)
        if found is None:
            continue
        again = resolve_mention(
            gazetteer, mentions[k], _merge(around, found), fuzzy=False
        )
        if again.place_id is not None and not _loose(again) and again.admin1 in told:
            out[k] = again
    return out


def _remember(
    meant: dict[str, Resolution], mentions: list[Mention], final: list[Resolution]
) -> None:
    """Keep the first place each name meant, where it was told with more than its
    bare name (a kind, or other places beside it)."""
    for m, r in zip(mentions, final, strict=True):
        if (
            r.place_id is not None
            and r.geo_precision == 1
            and m.context_for is None
            and (m.qualifier or len(mentions) > 1)
            and (not _loose(r) or "named nearby" in r.rule)
        ):
            meant.setdefault(name_key(m.name), r)


def _names_its_city(r: Resolution, mention: Mention) -> bool:
    """Whether a resolution is a quarter named as spelled (not a facility's name)."""
    return (
        r.kind == "neighbourhood"
        and r.admin1 is not None
        and mention.qualifier != "facility"
        and "light" in r.rule
    )


def _last_city(
    n: int, final: list[Resolution], city: tuple[int, Resolution] | None
) -> tuple[int, Resolution] | None:
    """The last city or town a sentence names (``final``: its mentions'
    resolutions), or the one before."""
    for r in reversed(final):
        if r.kind in ("city", "town") and r.place_id is not None and not r.abroad:
            return n, r
    return city


#: A part of a city, told so: "the X quarter of Aleppo", "the al-Waer district" (one
#: definition: an earlier, narrower one of the same name was never the one in use).
_QUARTER = gated(r"\b(?:neighbou?rhood|district|quarter)s?\b", re.I)


#: Why a district told of the text's city is none of its namesakes elsewhere.
_TOLD_AS_QUARTER = "is told as a quarter"


def _in_city(
    mentions: list[Mention],
    final: list[Resolution],
    city: Resolution,
    *,
    unresolved: bool = True,
) -> list[Resolution]:
    """ "In Idlib city, a strike hit a building ... Two other people died in the Hay
    al-Qusour neighbourhood": a quarter no source names, told just after a city, is
    somewhere in it (precision 2). So is a quarter, of a city or a town told before,
    whose name only a village far from it bears ("the town of Palmyra ... the Amiriya
    neighborhood": not the village of al-Amiriyah 130 km west). With ``unresolved``
    False, only the latter."""
    quarters = [
        m.context_for is None
        and (
            _QUARTER.search(m.phrase or "") is not None
            # "Hay" is Arabic for a quarter: "Hay al-Qusour"
            or m.name.lower().startswith(("hay ", "hayy ", "hai "))
        )
        for m in mentions
    ]
    # (a district qualifier: a neighbourhood, a quarter, an area, when unresolved)
    unknown = [
        unresolved
        and city.kind == "city"  # a town's "Tai neighbourhood" may be its event again
        and r.place_id is None
        and m.context_for is None
        and (quarter or m.qualifier == "district")
        for m, r, quarter in zip(mentions, final, quarters, strict=True)
    ]
    if (
        not any(quarters) and not any(unknown)
    ) or any(  # "In Aleppo, shells hit the al-Hamdaniyeh neighborhood"
        r.kind in ("city", "town") and r.place_id not in (None, city.place_id)
        for r in final
    ):
        return final
    # "the Bab Touma and Abbasiyin districts of Damascus": situated where they are
    situated = {m.context_for for m in mentions}
    told = "the city" if city.kind == "city" else "the town"
    out = []
    for i, (m, r) in enumerate(zip(mentions, final, strict=True)):
        why = None
        if r.abroad or i in situated or m.relation:
            pass
        elif unknown[i]:
            why = r.reason
        elif (
            quarters[i]
            and r.kind == "village"
            and None not in (r.lat, r.lon, city.lat, city.lon)
        ):
            km = distance_km(r.lat, r.lon, city.lat, city.lon)  # type: ignore[arg-type]
            if km > _QUARTER_FAR_KM:
                why = f"not {r.name}, {r.admin1}, {km:.0f} km away"
        out.append(
            r
            if why is None
            else dataclasses.replace(
                city,
                query=r.query,
                geo_precision=2,
                rule=f"part of {city.name}, {told} told before; {why}",
            )
        )
    return out


#: How far from the city or town told just before a village named like a quarter
#: told after it may lie and still be taken for it.
_QUARTER_FAR_KM = 25.0
