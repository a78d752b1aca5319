"""Records passed between stages, and the column names of the incident table.

This module holds data shapes only; it does no I/O and no parsing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = [
    "DATE_PRECISIONS",
    "INCIDENT_COLUMNS",
    "INT_COLUMNS",
    "WGS84",
    "Article",
    "Mention",
    "Place",
]

#: The one coordinate reference system of geo: longitude/latitude on WGS84.
WGS84 = "EPSG:4326"

#: How precise an incident's date is.
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")

#: Columns of the incident table, in order (the GeoJSON properties, plus geometry).
INCIDENT_COLUMNS: tuple[str, ...] = (
    "incident_id",
    "article_id",
    "article_title",
    "date",
    "date_precision",
    "date_text",
    "place",
    "place_text",
    "place_id",
    "place_kind",
    "admin1",
    "geo_precision",
    "geo_rule",
    "lat",
    "lon",
    "event_type",
    "actor",
    "target",
    "killed",
    "injured",
    "toll_text",
    "quote",
    "start_char",
    "end_char",
)


#: Integer columns of the incident table (nullable: pandas "Int64").
INT_COLUMNS: tuple[str, ...] = (
    "killed",
    "killed_low",
    "killed_high",
    "injured",
    "geo_precision",
    "start_char",
    "end_char",
    "killed_children",
    "killed_women",
    "missing",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One article to extract incidents from.

    Parameters
    ----------
    id : str
        File name or the ``id`` given in a ``.jsonl`` table.
    text : str
        Plain text of the article.
    published : datetime.date or None
        Publication date, against which relative dates are resolved.
    title : str
        Title, when known.
    url : str
        Address, when known.
    """

    id: str
    text: str
    published: dt.date | None = None
    title: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer place.

    ``lat``/``lon`` are WGS84 degrees. ``kind`` is one of governorate, district,
    city, town, village, neighbourhood, airfield, landmark.
    """

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    admin1: str
    admin2: str
    parent: str
    names: tuple[str, ...]
    source: str
    #: other governorates within 5 km: a border village may be coded in either
    near_admin1: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A place phrase found in text, before it is resolved.

    ``name`` is the name to look up; the other fields say how the phrase qualifies it:
    ``qualifier`` is "" or one of province, city, countryside, suburbs, district, part
    ("eastern Aleppo city"); ``relation`` is "" or one of near, direction, offset
    ("5 km southeast of Dabiq": direction "SE", distance_km 5).
    """

    name: str
    start: int
    end: int
    phrase: str
    qualifier: str = ""
    relation: str = ""
    direction: str = ""
    distance_km: float | None = None
    context_for: int | None = None  # index of the mention this one only qualifies
    #: the other mentions it situates: "the villages of Tall al-Sakhr and nearby
    #: al-Karkour in northwest Hama" (Hama: for al-Karkour, and Tall al-Sakhr)
    also_for: tuple[int, ...] = ()
