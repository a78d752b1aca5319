"""geo: map the incidents in war reports.

articles -> extraction -> gazetteer/geocoding -> incidents -> export / maps.
"""

from importlib.metadata import PackageNotFoundError, version

from geo.articles import read_articles
from geo.datasets import read_incidents
from geo.errors import (
    ArticleFormatError,
    ConfigurationError,
    GazetteerError,
    GeoMapperError,
    InputFormatError,
)
from geo.export import write_geojson, write_incidents
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.geocoding import resolve_query
from geo.incidents import extract_incidents
from geo.maps import build_map, save_map
from geo.schema import INCIDENT_COLUMNS, WGS84, Article

try:
    __version__ = version("geo-incident-mapper")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"

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
