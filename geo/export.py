"""Write incident tables: GeoJSON, GeoPackage, GeoParquet, CSV, KML, ACLED CSV.

GeoJSON is written by hand rather than through GDAL so that the output is exactly
RFC 7946 and byte-stable: lon/lat order, 6-decimal coordinates, no ``crs`` member,
typed properties (integers stay integers, missing values are ``null``), ISO dates,
null geometry for incidents whose place did not resolve. Every file is written to a
temporary file beside its target and renamed into place, so a failed run never
leaves a half-written file.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from geo.errors import ConfigurationError
from geo.schema import WGS84

__all__ = [
    "ACLED_EXPORT_COLUMNS",
    "FORMATS",
    "atomic_write",
    "summarise_governorates",
    "write_acled_csv",
    "write_csv",
    "write_geojson",
    "write_gpkg",
    "write_incidents",
    "write_kml",
    "write_parquet",
    "write_qgis_style",
]


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` on a temporary file, then move it to ``path``.

    Raises
    ------
    ConfigurationError
        When the folder cannot be created or written.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=f".tmp{target.suffix}", dir=target.parent
        )
    except OSError as err:
        raise ConfigurationError(
            f"{target}: cannot write here ({err.strerror})"
        ) from err
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        tmp.chmod(0o644)
        tmp.replace(target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ConfigurationError(f"{target}: cannot write ({err.strerror})") from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _plain(value: Any) -> Any:
    """A JSON-ready Python value: numpy/pandas scalars and missing values unwrapped."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return value


def _features(incidents: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    columns = [c for c in incidents.columns if c != incidents.geometry.name]
    # one pass per column, not per cell: plain Python values, missing as None
    values = {c: [_plain(v) for v in incidents[c].tolist()] for c in columns}
    features = []
    for n, geom in enumerate(incidents.geometry):
        props = {c: values[c][n] for c in columns}
        if geom is None or geom.is_empty:
            geometry = None
        else:
            geometry = {
                "type": "Point",
                "coordinates": [round(geom.x, 6), round(geom.y, 6)],
            }
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    return features


def write_geojson(incidents: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write incidents as an RFC 7946 FeatureCollection.

    Parameters
    ----------
    incidents : geopandas.GeoDataFrame
        Incidents with Point geometries in EPSG:4326 (or null).
    path : str or Path
        Where to write.

    Returns
    -------
    Path
    """
    if incidents.crs is not None and incidents.crs != WGS84:
        incidents = incidents.to_crs(WGS84)
    collection = {"type": "FeatureCollection", "features": _features(incidents)}

    def write(tmp: Path) -> None:
        tmp.write_text(
            json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n",
            encoding="utf-8",
        )

    return atomic_write(path, write)


def write_csv(incidents: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write incidents as CSV with ``lat``/``lon`` columns and a WKT ``geometry``."""
    frame = pd.DataFrame(incidents.drop(columns=incidents.geometry.name))
    frame["geometry"] = [
        g.wkt if g is not None and not g.is_empty else "" for g in incidents.geometry
    ]

    def write(tmp: Path) -> None:
        frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")

    return atomic_write(path, write)


def _for_gdal(incidents: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    frame = incidents.copy()
    for column in frame.columns:
        if column != frame.geometry.name and frame[column].dtype == object:
            frame[column] = frame[column].map(
                lambda v: None if _plain(v) is None else str(_plain(v))
            )
    return frame


def summarise_governorates(incidents: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return one row per governorate: incidents, killed, injured, its polygon."""
    from shapely.geometry import shape

    from geo.gazetteer import load_admin1_shapes

    rows = []
    for feature in load_admin1_shapes()["features"]:
        name = feature["properties"]["name"]
        part = incidents[incidents["admin1"] == name]
        rows.append(
            {
                "admin1": name,
                "pcode": feature["properties"]["pcode"],
                "incidents": len(part),
                "killed": int(pd.to_numeric(part["killed"]).fillna(0).sum()),
                "injured": int(pd.to_numeric(part["injured"]).fillna(0).sum()),
                "geometry": shape(feature["geometry"]),
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=WGS84)


def write_gpkg(incidents: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write a GeoPackage: ``incidents``, ``unresolved`` and ``governorates`` layers.

    A QGIS style (``.qml``, colour by event type, size by toll) is written beside it.
    """
    located = _for_gdal(incidents[incidents.geometry.notna()])
    unresolved = pd.DataFrame(
        _for_gdal(incidents[incidents.geometry.isna()]).drop(
            columns=incidents.geometry.name
        )
    )
    summary = summarise_governorates(incidents)

    def write(tmp: Path) -> None:
        tmp.unlink()
        located.to_file(tmp, layer="incidents", driver="GPKG", engine="pyogrio")
        gpd.GeoDataFrame(
            unresolved, geometry=[None] * len(unresolved), crs=WGS84
        ).to_file(tmp, layer="unresolved", driver="GPKG", engine="pyogrio", mode="a")
        summary.to_file(
            tmp, layer="governorates", driver="GPKG", engine="pyogrio", mode="a"
        )

    target = atomic_write(path, write)
    write_qgis_style(Path(path).with_suffix(".qml"))
    return target


def write_parquet(incidents: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write GeoParquet (via pyarrow)."""
    frame = _for_gdal(incidents)

    def write(tmp: Path) -> None:
        frame.to_parquet(tmp, index=False)

    return atomic_write(path, write)


def write_kml(incidents: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write KML for Google Earth: one Placemark per located incident, text escaped."""
    from xml.sax.saxutils import escape

    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
        "<name>geo incidents</name>",
    ]
    for row in incidents[incidents.geometry.notna()].itertuples():
        name = f"{_plain(row.place) or ''} {_plain(row.date) or ''}".strip()
        toll = f"{_plain(row.killed)} killed" if _plain(row.killed) is not None else ""
        description = " — ".join(
            str(x) for x in (_plain(row.event_type), toll, _plain(row.quote)) if x
        )
        parts.append(
            f"<Placemark><name>{escape(name)}</name>"
            f"<description>{escape(description)}</description>"
            f"<TimeStamp><when>{escape(str(_plain(row.date) or ''))}</when></TimeStamp>"
            f"<Point><coordinates>{row.geometry.x:.6f},{row.geometry.y:.6f}"
            "</coordinates></Point></Placemark>"
        )
    parts.append("</Document></kml>")

    def write(tmp: Path) -> None:
        tmp.write_text("\n".join(parts) + "\n", encoding="utf-8")

    return atomic_write(path, write)


#: ACLED's column names, in ACLED's order, for :func:`write_acled_csv`.
ACLED_EXPORT_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)


def write_acled_csv(incidents: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write incidents with ACLED's column names and conventions.

    ``event_date`` as "31 March 2018", ``time_precision`` 1/2/3 (day/week/month),
    ``fatalities`` 0 where no toll is given, event types mapped to ACLED's.
    """
    from geo.extraction import ACLED_EVENT_TYPES

    rows = []
    for r in incidents.itertuples():
        date = pd.to_datetime(_plain(r.date)) if _plain(r.date) else None
        kind = ACLED_EVENT_TYPES.get(str(_plain(r.event_type)), ("", ""))
        rows.append(
            {
                "event_id_cnty": _plain(r.incident_id),
                "event_date": f"{date.day} {date.strftime('%B %Y')}"
                if date is not None
                else "",
                "year": date.year if date is not None else "",
                "time_precision": {"day": 1, "week": 2}.get(
                    str(_plain(r.date_precision)), 3
                ),
                "event_type": kind[0],
                # the record's own ("Government regains territory", "Arrests"),
                # else its type's
                "sub_event_type": _plain(getattr(r, "sub_event_type", None)) or kind[1],
                "actor1": _plain(r.actor) or "",
                "country": "Syria",
                "admin1": _plain(r.admin1) or "",
                "location": _plain(r.place) or _plain(r.place_text) or "",
                "latitude": f"{r.geometry.y:.4f}" if r.geometry is not None else "",
                "longitude": f"{r.geometry.x:.4f}" if r.geometry is not None else "",
                "geo_precision": _plain(r.geo_precision) or "",
                "source": _plain(r.article_id) or "",
                "notes": _plain(r.quote) or "",
                "fatalities": _plain(r.killed) or 0,
            }
        )
    frame = pd.DataFrame(rows, columns=list(ACLED_EXPORT_COLUMNS))

    def write(tmp: Path) -> None:
        frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")

    return atomic_write(path, write)


def write_qgis_style(path: str | Path) -> Path:
    """Write the QGIS style of the incidents layer (colour by type, size by toll)."""
    from importlib import resources

    text = (resources.files("geo") / "static" / "incidents.qml").read_text(
        encoding="utf-8"
    )

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    return atomic_write(path, write)


FORMATS = {
    ".geojson": write_geojson,
    ".json": write_geojson,
    ".csv": write_csv,
    ".gpkg": write_gpkg,
    ".parquet": write_parquet,
    ".kml": write_kml,
    ".acled.csv": write_acled_csv,
    ".acled": write_acled_csv,
}


def write_incidents(
    incidents: gpd.GeoDataFrame, path: str | Path, *, fmt: str | None = None
) -> Path:
    """Write incidents in the format named by ``fmt`` or by the file's extension.

    Raises
    ------
    ConfigurationError
        For an unknown format.
    """
    name = Path(path).name.lower()
    key = (
        f".{fmt.lower().lstrip('.')}"
        if fmt
        else (
            ".acled.csv" if name.endswith(".acled.csv") else Path(path).suffix.lower()
        )
    )
    writer = FORMATS.get(key)
    if writer is None:
        raise ConfigurationError(
            f"{path}: unknown output format {key!r}; expected one of {sorted(FORMATS)}"
        )
    return writer(incidents, path)
