"""Write and read incident tables: GeoJSON (RFC 7946) and CSV, atomically.

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

import pandas as pd
from shapely.geometry import Point

import geopandas as gpd

from geo.errors import ConfigurationError, InputFormatError
from geo.schema import INCIDENT_COLUMNS, WGS84

__all__ = ["FORMATS", "atomic_write", "read_incidents", "write_csv", "write_geojson",
           "write_incidents"]


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
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
    except OSError as err:
        raise ConfigurationError(f"{target}: cannot write here ({err.strerror})") from err
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
    features = []
    for row in incidents.itertuples(index=False):
        record = row._asdict()
        geom = record.pop(incidents.geometry.name, None)
        props = {c: _plain(record.get(c)) for c in columns}
        if geom is None or geom.is_empty:
            geometry = None
        else:
            geometry = {"type": "Point",
                        "coordinates": [round(geom.x, 6), round(geom.y, 6)]}
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
        tmp.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
                       + "\n", encoding="utf-8")

    return atomic_write(path, write)


def write_csv(incidents: gpd.GeoDataFrame, path: str | Path) -> Path:
    """Write incidents as CSV with ``lat``/``lon`` columns and a WKT ``geometry``."""
    frame = pd.DataFrame(incidents.drop(columns=incidents.geometry.name))
    frame["geometry"] = [g.wkt if g is not None and not g.is_empty else ""
                         for g in incidents.geometry]

    def write(tmp: Path) -> None:
        frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")

    return atomic_write(path, write)


FORMATS = {".geojson": write_geojson, ".json": write_geojson, ".csv": write_csv}


def write_incidents(incidents: gpd.GeoDataFrame, path: str | Path, *,
                    fmt: str | None = None) -> Path:
    """Write incidents in the format named by ``fmt`` or by the file's extension.

    Raises
    ------
    ConfigurationError
        For an unknown format.
    """
    key = f".{fmt.lower().lstrip('.')}" if fmt else Path(path).suffix.lower()
    writer = FORMATS.get(key)
    if writer is None:
        raise ConfigurationError(f"{path}: unknown output format {key!r}; expected one "
                                 f"of {sorted(FORMATS)}")
    return writer(incidents, path)


def _frame_from_features(features: list[dict[str, Any]], path: Path) -> gpd.GeoDataFrame:
    rows, geometry = [], []
    for n, feature in enumerate(features):
        if not isinstance(feature, dict):
            raise InputFormatError(f"{path}: feature {n} is not an object")
        props = feature.get("properties") or {}
        geom = feature.get("geometry")
        point = None
        if geom:
            coords = geom.get("coordinates") if isinstance(geom, dict) else None
            if not (isinstance(geom, dict) and geom.get("type") == "Point" and
                    isinstance(coords, list) and len(coords) >= 2 and
                    all(isinstance(c, int | float) for c in coords[:2])):
                raise InputFormatError(f"{path}: feature {n} has no valid Point geometry")
            lon, lat = float(coords[0]), float(coords[1])
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise InputFormatError(f"{path}: feature {n} has coordinates out of range "
                                       f"(lon {lon}, lat {lat})")
            point = Point(lon, lat)
        rows.append(props)
        geometry.append(point)
    frame = pd.DataFrame(rows)
    for column in INCIDENT_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=WGS84)


def read_incidents(path: str | Path) -> gpd.GeoDataFrame:
    """Read incidents back from our GeoJSON (or any GeoJSON of Points).

    Raises
    ------
    ConfigurationError
        When the file does not exist.
    InputFormatError
        When it is not GeoJSON, or a coordinate is invalid or out of range.
    """
    source = Path(path)
    if not source.exists():
        raise ConfigurationError(f"{source}: no such file")
    try:
        data = json.loads(source.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as err:
        raise InputFormatError(f"{source}: not UTF-8 text") from err
    except json.JSONDecodeError as err:
        raise InputFormatError(f"{source}: not JSON (line {err.lineno}: {err.msg})") from err
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or \
            not isinstance(data.get("features"), list):
        raise InputFormatError(f"{source}: not a GeoJSON FeatureCollection")
    return _frame_from_features(data["features"], source)
