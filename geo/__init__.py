"""geo: map the incidents in war reports.

articles -> extraction -> gazetteer/geocoding -> incidents -> export / maps.
"""

from importlib import import_module
from typing import Any

from geo.errors import (
    ArticleFormatError,
    ConfigurationError,
    GazetteerError,
    GeoMapperError,
    InputFormatError,
)
from geo.schema import INCIDENT_COLUMNS, WGS84, Article

# The rest is imported on first use: `geo resolve` need not load geopandas or folium.
_LAZY = {
    "read_articles": "geo.articles",
    "read_incidents": "geo.datasets",
    "write_geojson": "geo.export",
    "write_incidents": "geo.export",
    "Gazetteer": "geo.gazetteer",
    "load_gazetteer": "geo.gazetteer",
    "resolve_query": "geo.geocoding",
    "extract_incidents": "geo.incidents",
    "build_map": "geo.maps",
    "save_map": "geo.maps",
}


def __getattr__(name: str) -> Any:
    """Import the public function ``name`` from its module on first use."""
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    if name == "__version__":  # importlib.metadata costs ~40 ms at start-up
        return _version()
    raise AttributeError(f"module 'geo' has no attribute {name!r}")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geo-incident-mapper")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "0+unknown"


__all__ = [
    "INCIDENT_COLUMNS",
    "WGS84",
    "Article",
    "ArticleFormatError",
    "ConfigurationError",
    "Gazetteer",
    "GazetteerError",
    "GeoMapperError",
    "InputFormatError",
    "__version__",
    "build_map",
    "extract_incidents",
    "load_gazetteer",
    "read_articles",
    "read_incidents",
    "resolve_query",
    "save_map",
    "write_geojson",
    "write_incidents",
]
