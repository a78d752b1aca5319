"""The one error hierarchy of geo (modelled on ``geopy.exc``).

"Not found" is never an error: lookups return ``None`` or an empty result.
"""

__all__ = [
    "ArticleFormatError",
    "ConfigurationError",
    "GazetteerError",
    "GeoMapperError",
    "InputFormatError",
]


class GeoMapperError(Exception):
    """Base class for every error raised by geo."""


class ConfigurationError(GeoMapperError, ValueError):
    """Invalid settings or arguments (bad path, unknown format, bad option)."""


class ArticleFormatError(GeoMapperError, ValueError):
    """An article file, article table or metadata.csv cannot be read."""


class InputFormatError(GeoMapperError, ValueError):
    """A table of incidents (GeoJSON, CSV...) cannot be read."""


class GazetteerError(GeoMapperError):
    """The gazetteer files are missing, malformed, or inconsistent."""
