"""Score extracted incidents against a gold table of hand-coded incidents.

The matching rule is the one of ``shared/seeds/README.md``: an extracted incident
matches a gold row when it comes from the same file, lies within ``tol_km`` of the
gold point (or, for a row without a point, inside its ``admin1`` governorate), has the
same date where the gold ``date_precision`` is ``day``, and the same ``killed`` where
the gold row gives one. *Recall* is the share of gold rows matched; *precision* is the
share of extracted incidents that lie where a gold incident of their article lies.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
from shapely.geometry import Point, shape

from geo.gazetteer import load_admin1_shapes

__all__ = ["GoldScore", "haversine_km", "score_gold", "told_in"]


@dataclass(frozen=True, slots=True)
class GoldScore:
    """Recall on the must rows and on all rows, and location precision."""

    must_found: int
    must_total: int
    all_found: int
    all_total: int
    reported: int
    located: int
    missed: tuple[str, ...]

    @property
    def must_recall(self) -> float:
        """Share of ``must = Y`` gold rows found."""
        return self.must_found / self.must_total if self.must_total else 1.0

    @property
    def recall(self) -> float:
        """Share of all gold rows found."""
        return self.all_found / self.all_total if self.all_total else 1.0

    @property
    def precision(self) -> float:
        """Share of reported incidents lying where a gold incident of their article lies."""
        return self.located / self.reported if self.reported else 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _where(row: dict[str, str], lat: float, lon: float, shapes: dict) -> bool:
    if row["lat"] and row["lon"]:
        return haversine_km(float(row["lat"]), float(row["lon"]), lat, lon) <= float(
            row["tol_km"]
        )
    polygon = shapes.get(row["admin1"])
    return polygon is not None and polygon.covers(Point(lon, lat))


def told_in(incident: Mapping[str, Any]) -> set[str]:
    """The articles an incident is told in: its own, and those it was merged from
    (``also_in``, comma-separated).

    Examples
    --------
    >>> sorted(told_in({"article_id": "a1", "also_in": "a2, a3"}))
    ['a1', 'a2', 'a3']
    """
    also = incident.get("also_in")
    others = also.split(",") if isinstance(also, str) else []
    return {str(incident["article_id"]), *(a.strip() for a in others if a.strip())}


def score_gold(incidents: gpd.GeoDataFrame, gold_csv: str | Path) -> GoldScore:
    """Score incidents against a gold CSV (columns of ``gold_incidents.csv``).

    Parameters
    ----------
    incidents : geopandas.GeoDataFrame
        Extracted incidents (``article_id``, ``date``, ``killed``, ``lat``, ``lon``).
    gold_csv : str or Path
        The gold table.

    Returns
    -------
    GoldScore
    """
    with Path(gold_csv).open(encoding="utf-8", newline="") as handle:
        gold = list(csv.DictReader(handle))
    shapes = {
        f["properties"]["name"]: shape(f["geometry"])
        for f in load_admin1_shapes()["features"]
    }
    rows = [
        r
        for r in incidents.to_dict("records")
        if r.get("lat") is not None and not _isnan(r.get("lat"))
    ]
    found_ids = []
    for g in gold:
        for r in rows:
            if g["file"] not in told_in(r):
                continue
            if not _where(g, float(r["lat"]), float(r["lon"]), shapes):
                continue
            if g["date_precision"] == "day" and r["date"] != g["date"]:
                continue
            if g["killed"] and (
                r["killed"] is None
                or _isnan(r["killed"])
                or int(r["killed"]) != int(g["killed"])
            ):
                continue
            found_ids.append(g["id"])
            break
    located = sum(
        1
        for r in rows
        if any(
            g["file"] in told_in(r)
            and _where(g, float(r["lat"]), float(r["lon"]), shapes)
            for g in gold
        )
    )
    must = [g for g in gold if g["must"] == "Y"]
    return GoldScore(
        must_found=sum(1 for g in must if g["id"] in found_ids),
        must_total=len(must),
        all_found=len(found_ids),
        all_total=len(gold),
        reported=len(incidents),
        located=located,
        missed=tuple(g["id"] for g in gold if g["id"] not in found_ids),
    )


def _isnan(value: object) -> bool:
    try:
        return value is None or value != value or str(value) == "<NA>"
    except TypeError:  # pandas.NA refuses comparison
        return True
