"""Maps at scale: 1k / 10k / 100k incidents, ours beside folium's TimestampedGeoJson.

Usage: python bench/maps_bench.py [--sizes 1000 10000 100000] [--no-browser]

For each size: seconds to build and write the map, HTML size, and in headless
Chromium (offline, from file://) seconds until the page is interactive (our map sets
body[data-geo-ready]; folium's: its slider control exists) and the mean time of a
slider step (ours: set the slider, measure refresh + redraw in the page).
Synthetic incidents: deterministic random points inside Syria's governorates over
365 days, with tolls, types and quotes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
from folium.plugins import TimestampedGeoJson
from shapely.geometry import Point

from geo.maps import EVENT_COLORS, build_map, save_map

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def synthetic(n: int, seed: int = 7) -> gpd.GeoDataFrame:
    """n random incidents in Syria (deterministic)."""
    rng = random.Random(seed)
    types = list(EVENT_COLORS)
    start = dt.date(2016, 1, 1)
    rows, geometry = [], []
    for i in range(n):
        lat, lon = rng.uniform(32.5, 37.0), rng.uniform(35.8, 41.5)
        killed = rng.choice([None, 0, 1, 2, 3, 5, 10, 25])
        rows.append(
            {
                "incident_id": f"s{i}",
                "article_id": f"a{i % 500}",
                "article_title": f"Report {i % 500}",
                "date": (start + dt.timedelta(days=rng.randrange(365))).isoformat(),
                "date_precision": rng.choice(["day"] * 8 + ["week", "month"]),
                "place": f"Place {i % 3000}",
                "place_text": f"Place {i % 3000}",
                "admin1": "Aleppo",
                "geo_precision": rng.choice([1, 1, 1, 2, 3]),
                "event_type": rng.choice(types),
                "actor": rng.choice(
                    ["Russia", "regime", "rebels", "Islamic State", None]
                ),
                "killed": killed,
                "injured": None,
                "quote": f"Quote number {i}.",
                "article_url": "",
            }
        )
        geometry.append(Point(lon, lat))
    frame = pd.DataFrame(rows)
    frame["killed"] = frame["killed"].astype("Int64")
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=4326)


def folium_timestamped(frame: gpd.GeoDataFrame, path: Path) -> None:
    """folium's plain TimestampedGeoJson on the same data."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [g.x, g.y]},
            "properties": {
                "time": d,
                "popup": q,
                "icon": "circle",
                "iconstyle": {"radius": 4, "color": "red"},
            },
        }
        for g, d, q in zip(frame.geometry, frame["date"], frame["quote"], strict=True)
    ]
    m = folium.Map(location=[35, 38.5], zoom_start=7)
    TimestampedGeoJson(
        {"type": "FeatureCollection", "features": features},
        period="P1D",
        duration="P1D",
    ).add_to(m)
    m.save(str(path))


def in_browser(path: Path, ours: bool) -> tuple[float, float | None]:
    """Seconds until interactive, and mean slider step in ms (ours only)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_context(offline=True).new_page()
        start = time.perf_counter()
        page.goto(path.as_uri(), wait_until="commit")
        if ours:
            page.wait_for_selector(
                "body[data-geo-ready]", state="attached", timeout=120_000
            )
        else:
            page.wait_for_function(
                "document.querySelector('.timecontrol-slider') !== null",
                timeout=120_000,
            )
        ready = time.perf_counter() - start
        step = None
        if ours:
            step = page.evaluate("""() => { const s = document.querySelector('.geo-slider');
                const t0 = performance.now();
                for (let d = 100; d < 110; d++) { s.value = d;
                  s.dispatchEvent(new Event('input')); }
                return (performance.now() - t0) / 10; }""")
        browser.close()
    return ready, step


def main() -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    print(
        "| n | ours: write s | ours: HTML MB | ours: interactive s | ours: step ms | "
        "folium TGJ: write s | TGJ: HTML MB | TGJ: interactive s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            frame = synthetic(n)
            ours, theirs = Path(tmp) / f"ours{n}.html", Path(tmp) / f"tgj{n}.html"
            start = time.perf_counter()
            save_map(build_map(frame, title=f"{n} incidents"), ours)
            ours_s = time.perf_counter() - start
            start = time.perf_counter()
            folium_timestamped(frame, theirs)
            theirs_s = time.perf_counter() - start
            cells = [f"{n:,}", f"{ours_s:.2f}", f"{ours.stat().st_size / 1e6:.1f}"]
            if args.no_browser:
                cells += ["-", "-"]
            else:
                ready, step = in_browser(ours, True)
                cells += [f"{ready:.2f}", f"{step:.0f}"]
            cells += [f"{theirs_s:.2f}", f"{theirs.stat().st_size / 1e6:.1f}"]
            cells.append("-" if args.no_browser else "n/a offline (CDN)")
            print("| " + " | ".join(cells) + " |")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
