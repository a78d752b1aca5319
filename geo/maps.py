"""Draw incidents on a self-contained folium map with a time slider.

folium's defaults pull Leaflet, jQuery and Bootstrap from CDNs (a blank page offline)
and put popup text in as HTML. Here the map instead:

- inlines every script and style it needs (Leaflet from ``geo/static/``, vendored by
  ``tools/vendor_assets.py``), so it opens from ``file://`` with no network;
- draws governorate outlines from the gazetteer as an offline basemap, with
  OpenStreetMap tiles on top when online;
- embeds the incidents once, as JSON with ``<``, ``>``, ``&`` escaped, and builds
  popups in the browser with ``textContent``: article text never becomes markup;
- draws incidents on one canvas (``geo/static/timeline.js``), not as one Leaflet layer
  each: 100,000 incidents stay interactive;
- adds a day slider (all dates / day / 7-day window / up to day, play and step),
  legends by event type and actor that filter, clustering when points are dense and a
  heatmap (both recomputed for the slider's window), a deaths-per-day chart synced with
  the slider, and distinct markers for ``geo_precision`` 2 (dashed) and 3 (hollow), and
  for dates known only to the week or month (faded, shown over their whole span).
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import pandas as pd
from branca.element import Element, MacroElement
from jinja2 import Template

from geo.export import atomic_write
from geo.gazetteer import load_admin1_shapes
from geo.schema import WGS84

__all__ = [
    "ASSET_FILES",
    "EVENT_COLORS",
    "build_map",
    "embed_snippet",
    "safe_json",
    "save_map",
    "write_assets",
]

#: Colour of each event type (ColorBrewer-like, distinguishable in print).
EVENT_COLORS = {
    "airstrike": "#d7301f",
    "barrel bomb": "#7f0000",
    "missile strike": "#ef6548",
    "shelling": "#fc8d59",
    "chemical": "#6a51a3",
    "IED": "#3f007d",
    "sniper": "#238b45",
    "siege": "#8c6d31",
    "armed clash": "#2171b5",
    "territory change": "#4292c6",
    "attack": "#525252",
}
_OTHER_COLOR = "#969696"
#: Online base tiles, requested only while the browser says it is online.
TILES = {
    "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "maxZoom": 18,
    "attribution": "© OpenStreetMap contributors",
}
_DATE_PRECISIONS = ["day", "week", "month", "year", "unknown"]
_SPAN_DAYS = {"week": 6, "month": 30, "year": 364}


def safe_json(value: Any) -> str:
    """Serialise ``value`` for a ``<script>`` block: no way out of it, no markup in it.

    Examples
    --------
    >>> safe_json({"q": "</script><img src=x onerror=alert(1)>"})
    '{"q":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("'", "\\u0027"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _static(name: str) -> str:
    return (resources.files("geo") / "static" / name).read_text(encoding="utf-8")


def _columns(incidents: gpd.GeoDataFrame) -> dict[str, Any]:
    """Columnar, de-duplicated incident data for the page (small at 100,000 rows).

    Vectorised with pandas: 100,000 incidents take well under a second.
    """
    frame = incidents[incidents.geometry.notna() & ~incidents.geometry.is_empty]
    frame = frame.reset_index(drop=True)
    starts = pd.to_datetime(frame["date"], errors="coerce")
    fallback = starts.min() if starts.notna().any() else pd.Timestamp("1970-01-01")
    starts = starts.fillna(fallback)
    precisions = (
        frame["date_precision"]
        .astype(object)
        .where(frame["date_precision"].notna(), "unknown")
        .astype(str)
    )
    span = pd.to_timedelta(precisions.map(_SPAN_DAYS).fillna(0).astype(int), unit="D")
    ends = starts + span
    first = starts.min() if len(frame) else fallback
    last = ends.max() if len(frame) else fallback
    days = [d.date().isoformat() for d in pd.date_range(first, last, freq="D")]
    strings: list[str] = []

    def codes(name: str) -> list[int | None]:
        if name not in frame:
            return [None] * len(frame)
        values = frame[name].astype(object).where(frame[name].notna(), None)
        values = values.map(lambda v: None if v is None or v == "" else str(v))
        code, uniques = pd.factorize(values, use_na_sentinel=True)
        base = len(strings)
        strings.extend(str(u) for u in uniques)
        return [None if k < 0 else base + int(k) for k in code]

    def ints(name: str) -> list[int | None]:
        if name not in frame:
            return [None] * len(frame)
        values = pd.to_numeric(frame[name], errors="coerce").astype("float64")
        return [None if v != v else int(v) for v in values.tolist()]

    event_types = (
        frame["event_type"]
        .astype(object)
        .where(frame["event_type"].notna(), "attack")
        .astype(str)
    )
    types = sorted(
        set(event_types),
        key=lambda t: (list(EVENT_COLORS).index(t) if t in EVENT_COLORS else 99, t),
    )
    type_index = {t: i for i, t in enumerate(types)}
    gp = [1 if v is None else v for v in ints("geo_precision")]
    cols = {
        # shapely holds (lon, lat); Leaflet wants [lat, lon]
        "lat": frame.geometry.y.round(5).tolist(),
        "lon": frame.geometry.x.round(5).tolist(),
        "d": (starts - first).dt.days.astype(int).tolist(),
        "d2": (ends - first).dt.days.astype(int).tolist(),
        "dp": precisions.map({p: i for i, p in enumerate(_DATE_PRECISIONS)})
        .fillna(4)
        .astype(int)
        .tolist(),
        "gp": gp,
        "k": ints("killed"),
        "inj": ints("injured"),
        "t": event_types.map(type_index).astype(int).tolist(),
        "a": codes("actor"),
        "place": codes("place"),
        "pt": codes("place_text"),
        "q": codes("quote"),
        "ti": codes("article_title"),
        "ar": codes("article_id"),
        "u": codes("article_url"),
        "g": codes("admin1"),
    }
    missing = ints("missing")
    if any(v is not None for v in missing):  # rare: left out of the page otherwise
        cols["mi"] = missing
    counts: dict[int, int] = {}
    for a in cols["a"]:
        if a is not None:
            counts[a] = counts.get(a, 0) + 1
    actors = sorted(counts, key=lambda a: (-counts[a], a))[:20]
    return {
        "days": days,
        "cols": cols,
        "types": types,
        "actors": actors,
        "colors": [EVENT_COLORS.get(t, _OTHER_COLOR) for t in types],
        "dprec": _DATE_PRECISIONS,
        "strings": strings,
    }


ASSET_FILES = ("leaflet.css", "timeline.css", "leaflet.js", "timeline.js")


class _InlineAssets(MacroElement):
    """Leaflet and the timeline's script and style: inlined into the page header, or
    linked from a folder beside the page (``href``) when maps share their assets."""

    _template = Template("")

    def __init__(self, href: str | None = None) -> None:
        super().__init__()
        self.href = href

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        figure: Any = self.get_root()  # a branca Figure, with a header
        if self.href is None:
            css = _static("leaflet.css") + "\n" + _static("timeline.css")
            js = _static("leaflet.js") + "\n" + _static("timeline.js")
            figure.header.add_child(Element(f"<style>{css}</style>"), name="geo_css")
            figure.header.add_child(Element(f"<script>{js}</script>"), name="geo_js")
        else:
            base = html.escape(self.href.rstrip("/"), quote=True)
            links = "".join(
                f'<link rel="stylesheet" href="{base}/{f}"/>'
                for f in ASSET_FILES
                if f.endswith(".css")
            )
            scripts = "".join(
                f'<script src="{base}/{f}"></script>'
                for f in ASSET_FILES
                if f.endswith(".js")
            )
            figure.header.add_child(Element(links + scripts), name="geo_assets")
        super().render(**kwargs)


def write_assets(folder: str | Path) -> Path:
    """Copy the map's scripts and styles into ``folder`` (for ``assets=``)."""
    target = Path(folder)
    for name in ASSET_FILES:
        text = _static(name)

        def write(tmp: Path, t: str = text) -> None:
            tmp.write_text(t, encoding="utf-8")

        atomic_write(target / name, write)
    return target


class _Timeline(MacroElement):
    """The incident layer, slider, legend and chart, fed by one JSON block."""

    _template = Template("""
{% macro html(this, kwargs) %}
<script type="application/json" id="{{ this.get_name() }}_data">{{ this.payload }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = geoTimeline({{ this._parent.get_name() }},
                                        "{{ this.get_name() }}_data");
{% endmacro %}
""")

    def __init__(self, payload: str) -> None:
        super().__init__()
        self._name = "GeoTimeline"
        self.payload = payload


class _Basemap(MacroElement):
    """Governorate outlines in their own pane below the incidents: readable offline."""

    _template = Template("""
{% macro html(this, kwargs) %}
<script type="application/json" id="{{ this.get_name() }}_data">{{ this.payload }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
(function (map) {
  map.createPane("geoBasemap"); map.getPane("geoBasemap").style.zIndex = 250;
  map.createPane("geoLabels"); map.getPane("geoLabels").style.zIndex = 450;
  map.getPane("geoLabels").style.pointerEvents = "none";
  var base = JSON.parse(document.getElementById("{{ this.get_name() }}_data").textContent);
  L.geoJSON(base.shapes, {pane: "geoBasemap", interactive: false,
    style: {color: "#777", weight: 1, fill: true, fillColor: "#f2efe9", fillOpacity: 0.6}
  }).addTo(map);
  L.geoJSON(base.districts, {pane: "geoBasemap", interactive: false,
    style: {color: "#999", weight: 0.6, dashArray: "3 3", fill: false}}).addTo(map);
  base.cities.forEach(function (city) {
    var label = document.createElement("span");
    label.textContent = city.name;
    L.marker([city.lat, city.lon], {pane: "geoLabels", interactive: false,
      icon: L.divIcon({className: "geo-city", html: label, iconSize: null})}).addTo(map);
  });
})({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, payload: str) -> None:
        super().__init__()
        self._name = "GeoBasemap"
        self.payload = payload


@lru_cache(maxsize=1)
def _basemap_json() -> str:
    return safe_json(_basemap())


def _basemap() -> dict[str, Any]:
    from geo.gazetteer import default_gazetteer_dir, load_gazetteer

    cities = sorted(
        (p.name, p.lat, p.lon) for p in load_gazetteer().places if p.kind == "city"
    )
    districts = json.loads(
        (default_gazetteer_dir() / "admin2.geojson").read_text(encoding="utf-8")
    )
    return {
        "shapes": load_admin1_shapes(),
        "districts": districts,
        "cities": [{"name": n, "lat": lat, "lon": lon} for n, lat, lon in cities],
    }


def build_map(
    incidents: gpd.GeoDataFrame,
    *,
    title: str = "",
    source: str = "",
    tiles: bool = True,
    mode: str = "all",
    assets: str | None = None,
) -> folium.Map:
    """Build a self-contained incident map.

    Parameters
    ----------
    incidents : geopandas.GeoDataFrame
        Incidents (the columns of :data:`geo.schema.INCIDENT_COLUMNS`); rows without a
        geometry are left off the map.
    title, source : str
        Shown on the map (escaped): a headline and a source/attribution line.
    tiles : bool
        Add OpenStreetMap tiles (loaded by the reader's browser when online).
    mode : {"all", "day", "week", "upto"}
        What the slider shows first.
    assets : str, optional
        Link the scripts and styles from this (relative) folder instead of inlining
        them; write them there with :func:`write_assets`.

    Returns
    -------
    folium.Map
    """
    if mode not in ("all", "day", "week", "upto"):
        raise ValueError(f"unknown mode {mode!r}; expected all, day, week or upto")
    if incidents.crs is not None and incidents.crs != WGS84:
        incidents = incidents.to_crs(WGS84)
    located = incidents[incidents.geometry.notna() & ~incidents.geometry.is_empty]
    m = folium.Map(
        location=[35.0, 38.5],
        zoom_start=7,
        tiles=None,
        control_scale=True,
        prefer_canvas=True,
        max_zoom=18,
    )
    # no CDN links: everything is inlined by _InlineAssets (instance attributes only,
    # so folium's class-level defaults stay untouched for other maps)
    m.default_js = []
    m.default_css = []
    m.add_child(_InlineAssets(assets))
    m.add_child(_Basemap(_basemap_json()))
    data = _columns(incidents)
    data["options"] = {
        "title": title,
        "source": source,
        "mode": mode,
        "tiles": TILES if tiles else None,
    }
    m.add_child(_Timeline(safe_json(data)))
    if len(located):
        # total_bounds is (minx, miny, maxx, maxy) = (west, south, east, north)
        west, south, east, north = located.total_bounds
        # room for the title (top left), the legend (right) and the slider (bottom)
        m.fit_bounds(
            [[south, west], [north, east]],
            padding_top_left=(40, 140),
            padding_bottom_right=(250, 230),
            max_zoom=11,
        )
    return m


def save_map(m: folium.Map, path: str | Path) -> Path:
    """Render ``m`` to a self-contained HTML file (atomically) and return its path."""
    page = m.get_root().render()

    def write(tmp: Path) -> None:
        tmp.write_text(page, encoding="utf-8")

    return atomic_write(path, write)


def embed_snippet(
    path: str | Path, *, title: str = "Incident map", height: str = "560px"
) -> str:
    """Return an ``<iframe>`` snippet that embeds a saved map responsively."""
    src = html.escape(Path(path).name, quote=True)
    label = html.escape(title, quote=True)
    return (
        f'<div style="position:relative;width:100%;height:{html.escape(height)}">'
        f'<iframe src="{src}" title="{label}" loading="lazy" '
        'style="position:absolute;inset:0;width:100%;height:100%;border:0" '
        "allowfullscreen></iframe></div>"
    )
