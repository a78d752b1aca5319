"""Read incident tables: our own exports, and ACLED and UCDP GED CSV exports.

Recognised by extension and, for CSV, by columns:

- our GeoJSON, GeoPackage (layer ``incidents``), GeoParquet, CSV (``lat``/``lon``);
- ACLED CSV (``event_id_cnty``, ``event_date``, ``latitude``, ``longitude``,
  ``fatalities``, ...);
- UCDP GED CSV (``date_start``, ``best``, ``latitude``, ``longitude``, ``where_prec``...).

Rows are mapped onto the incident fields of :data:`geo.schema.INCIDENT_COLUMNS`. A bad
row (missing or malformed date, coordinates invalid or out of range) is reported in
``problems`` (file and line) and skipped; a file that cannot be read at all raises
:class:`~geo.errors.InputFormatError`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo.errors import ConfigurationError, InputFormatError
from geo.schema import INCIDENT_COLUMNS, INT_COLUMNS, WGS84

__all__ = ["ACLED_COLUMNS", "UCDP_COLUMNS", "read_incidents"]

#: Columns that mark an ACLED export, and a UCDP GED export.
ACLED_COLUMNS = {"event_id_cnty", "event_date", "latitude", "longitude", "fatalities"}
UCDP_COLUMNS = {"date_start", "best", "latitude", "longitude", "where_prec"}
_INT_COLUMNS = INT_COLUMNS
# UCDP where_prec (1 exact .. 7 country) onto our geo_precision (1 place .. 3 region)
_UCDP_PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:4096]:
        raise InputFormatError(f"{path}: not a text table (binary content)")
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputFormatError(f"{path}: not a text table (undecodable bytes)")


def _date(value: str) -> dt.date:
    value = value.strip()
    for fmt in (
        "%Y-%m-%d",
        "%d %B %Y",
        "%d-%B-%Y",
        "%Y-%m-%d %H:%M:%S.%f",
        "%Y-%m-%d %H:%M:%S",
        "%d/%m/%Y",
    ):
        try:
            return dt.datetime.strptime(value, fmt).date()  # noqa: DTZ007 - a day, no time
        except ValueError:
            continue
    raise ValueError(f"bad date {value!r}")


def _coords(lat: Any, lon: Any) -> tuple[float, float] | None:
    if lat in (None, "") and lon in (None, ""):
        return None
    lat_f, lon_f = float(lat), float(lon)
    if not (math.isfinite(lat_f) and math.isfinite(lon_f)):
        raise ValueError("coordinates are not finite numbers")
    if not (-90 <= lat_f <= 90 and -180 <= lon_f <= 180):
        raise ValueError(f"coordinates out of range (lat {lat_f}, lon {lon_f})")
    return lat_f, lon_f


def _int(value: Any) -> int | None:
    if value in (None, ""):
        return None
    number = float(value)
    return None if math.isnan(number) else int(number)


def _acled_row(r: dict[str, str]) -> dict[str, Any]:
    date = _date(r["event_date"])
    return {
        "incident_id": r["event_id_cnty"],
        "article_id": r.get("source", ""),
        "date": date.isoformat(),
        "date_precision": {"1": "day", "2": "week", "3": "month"}.get(
            r.get("time_precision", ""), "day"
        ),
        "place": r.get("location", ""),
        "place_text": r.get("location", ""),
        "admin1": r.get("admin1", ""),
        "geo_precision": _int(r.get("geo_precision")),
        "event_type": r.get("sub_event_type") or r.get("event_type") or "",
        "actor": r.get("actor1", ""),
        "killed": _int(r.get("fatalities")),
        "quote": r.get("notes", ""),
        "lat_lon": _coords(r["latitude"], r["longitude"]),
    }


def _ucdp_row(r: dict[str, str]) -> dict[str, Any]:
    start = _date(r["date_start"])
    end = _date(r["date_end"]) if r.get("date_end") else start
    span = (end - start).days
    precision = (
        "day"
        if span == 0
        else "week"
        if span <= 7
        else "month"
        if span <= 31
        else "year"
    )
    prec = _int(r.get("where_prec"))
    return {
        "incident_id": str(r.get("id", "")),
        "article_id": r.get("source_article", ""),
        "date": start.isoformat(),
        "date_precision": precision,
        "place": r.get("where_coordinates", ""),
        "place_text": r.get("where_description", ""),
        "admin1": (r.get("adm_1") or "").replace(" governorate", ""),
        "geo_precision": _UCDP_PRECISION.get(prec or 0),
        "event_type": "armed conflict",
        "actor": r.get("side_a", ""),
        "killed": _int(r.get("best")),
        "killed_low": _int(r.get("low")),
        "killed_high": _int(r.get("high")),
        "quote": r.get("source_headline", ""),
        "lat_lon": _coords(r["latitude"], r["longitude"]),
    }


def _own_row(r: dict[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = {
        k: (v if v != "" else None) for k, v in r.items() if k not in ("geometry",)
    }
    if r.get("date"):
        row["date"] = _date(r["date"]).isoformat()
    for column in _INT_COLUMNS:
        if column in row:
            row[column] = _int(row[column])
    row["lat_lon"] = _coords(r.get("lat", ""), r.get("lon", ""))
    return row


def _read_csv(path: Path, problems: list[str]) -> gpd.GeoDataFrame:
    text = _decode(path.read_bytes(), path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = set(reader.fieldnames or [])
    if ACLED_COLUMNS <= columns:
        convert = _acled_row
    elif UCDP_COLUMNS <= columns:
        convert = _ucdp_row
    elif {"lat", "lon"} <= columns:
        convert = _own_row
    else:
        raise InputFormatError(
            f"{path}: unknown columns; expected an ACLED export ({sorted(ACLED_COLUMNS)}),"
            f" a UCDP GED export ({sorted(UCDP_COLUMNS)}) or geo's CSV (lat, lon)"
        )
    rows = []
    try:
        for r in reader:
            line = reader.line_num
            if None in r:  # more fields than columns
                problems.append(
                    f"{path}:{line}: {len(r[None])} field(s) too many; row skipped"
                )
                continue
            try:
                rows.append(convert(r))
            except (KeyError, ValueError, TypeError) as err:
                problems.append(f"{path}:{line}: {err}; row skipped")
    except csv.Error as err:
        raise InputFormatError(
            f"{path}:{reader.line_num}: malformed CSV ({err})"
        ) from err
    return _frame(rows)


def _frame(rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    geometry = []
    for row in rows:
        lat_lon = row.pop("lat_lon", None)
        row["lat"], row["lon"] = lat_lon if lat_lon else (None, None)
        # rows carry (lat, lon); shapely wants (lon, lat)
        geometry.append(Point(lat_lon[1], lat_lon[0]) if lat_lon else None)
    frame = pd.DataFrame(rows)
    for column in INCIDENT_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    for column in _INT_COLUMNS:
        if column in frame.columns:
            frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=WGS84)


def _read_geojson(path: Path, problems: list[str]) -> gpd.GeoDataFrame:
    try:
        data = json.loads(_decode(path.read_bytes(), path))
    except json.JSONDecodeError as err:
        raise InputFormatError(
            f"{path}: not JSON (line {err.lineno}: {err.msg})"
        ) from err
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        raise InputFormatError(f"{path}: not a GeoJSON FeatureCollection")
    rows = []
    for n, feature in enumerate(data["features"]):
        where = f"{path}: feature {n}"
        if not isinstance(feature, dict):
            problems.append(f"{where}: not an object; skipped")
            continue
        row = dict(feature.get("properties") or {})
        geom = feature.get("geometry")
        try:
            if geom:
                coords = geom.get("coordinates") if isinstance(geom, dict) else None
                if not (
                    isinstance(geom, dict)
                    and geom.get("type") == "Point"
                    and isinstance(coords, list)
                    and len(coords) >= 2
                    and all(isinstance(c, int | float) for c in coords[:2])
                ):
                    raise ValueError("no valid Point geometry")
                row["lat_lon"] = _coords(coords[1], coords[0])
            if row.get("date"):
                row["date"] = _date(str(row["date"])).isoformat()
        except ValueError as err:
            problems.append(f"{where}: {err}; skipped")
            continue
        rows.append(row)
    return _frame(rows)


def _read_with_gdal(path: Path) -> gpd.GeoDataFrame:
    try:
        if path.suffix.lower() == ".parquet":
            frame = gpd.read_parquet(path)
        else:
            frame = gpd.read_file(path, layer="incidents", engine="pyogrio")
    except Exception as err:
        raise InputFormatError(f"{path}: cannot read ({err})") from err
    for column in INCIDENT_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    for column in _INT_COLUMNS:
        frame[column] = frame[column].astype("Int64")
    if frame.crs is None:
        frame = frame.set_crs(WGS84)
    return frame.to_crs(WGS84)


def read_incidents(
    path: str | Path, *, problems: list[str] | None = None
) -> gpd.GeoDataFrame:
    """Read an incident table, whatever its kind (see the module docstring).

    Parameters
    ----------
    path : str or Path
        The table.
    problems : list of str, optional
        Receives one line per row that was skipped.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, with at least the columns of :data:`INCIDENT_COLUMNS`.

    Raises
    ------
    ConfigurationError
        When the file does not exist.
    InputFormatError
        When it cannot be read at all.
    """
    source = Path(path)
    found = problems if problems is not None else []
    if not source.is_file():
        raise ConfigurationError(f"{source}: no such file")
    if source.stat().st_size == 0:
        raise InputFormatError(f"{source}: empty file")
    suffix = source.suffix.lower()
    if suffix in (".geojson", ".json"):
        return _read_geojson(source, found)
    if suffix == ".csv":
        return _read_csv(source, found)
    if suffix in (".gpkg", ".parquet"):
        return _read_with_gdal(source)
    raise InputFormatError(
        f"{source}: unknown table format {suffix!r}; expected .geojson, "
        ".csv, .gpkg or .parquet"
    )
