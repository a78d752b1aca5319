"""Score and time place resolution on the development sets in ../shared/eval/.

Usage: python bench/gazetteer_bench.py [--eval DIR] [--misses N]

- Syrian Archive: "ALEPPO : Sakhour" is resolved as "Sakhour, ALEPPO"; correct within
  5 km of (lat, lon). Rows naming only a governorate are not scored; coordinates written
  in degrees-minutes-seconds (with HTML entities) are parsed.
- ACLED (geo_precision 1 rows): "Al-Harra, Dar'a" (location, admin1); within 10 km.
- Baseline: exact lookup (lower-cased name equal to a gazetteer name; first hit).
- Speed: gazetteer load time, and 10,000 queries resolved after loading.
- Names in text: the share of the gazetteer's Latin names that the mention finder
  takes whole from "Shells hit NAME on Monday." (the written article and ayn forms).
"""

from __future__ import annotations

import argparse
import csv
import gc
import html
import random
import re
import time
from pathlib import Path

from geo.evaluate import haversine_km
from geo.gazetteer import load_gazetteer
from geo.geocoding import (
    _cached_context,
    _closeness,
    _resolve_query_cached,
    resolve_query,
)
from geo.mentions import find_mentions
from geo.names import name_key, skeleton_key

ROOT = Path(__file__).resolve().parents[1]
_DMS = re.compile(
    r"(\d+(?:\.\d+)?)\s*°\s*(\d+(?:\.\d+)?)?\s*['′]?\s*(\d+(?:\.\d+)?)?"
    r"\s*[\"″]?\s*([NSEW])?"
)


km = haversine_km
_LATIN_NAME = re.compile(r"[A-Za-z'’` \-]+")


def parse_coordinate(text: str) -> float | None:
    """Parse '36.2', '36°28&#39;36N' or '37°5′50″E' into decimal degrees."""
    text = html.unescape(text).strip()
    try:
        return float(text)
    except ValueError:
        pass
    m = _DMS.search(text)
    if not m:
        return None
    value = (
        float(m.group(1)) + float(m.group(2) or 0) / 60 + float(m.group(3) or 0) / 3600
    )
    return -value if m.group(4) in ("S", "W") else value


def syrian_archive(path: Path) -> list[tuple[str, float, float]]:
    """(query, lat, lon) rows of the Syrian Archive set that name a place."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            gov, _, name = r["location"].partition(":")
            name, gov = name.strip(), gov.strip()
            lat, lon = parse_coordinate(r["lat"]), parse_coordinate(r["lon"])
            if not name or name.lower() == gov.lower() or lat is None or lon is None:
                continue
            rows.append(
                (f"{name}, {gov.title()}" if gov and gov != "None" else name, lat, lon)
            )
    return rows


def acled(path: Path) -> list[tuple[str, float, float]]:
    """(query, lat, lon) rows of the ACLED set with geo_precision 1."""
    with path.open(encoding="utf-8") as handle:
        return [
            (
                f"{r['location']}, {r['admin1']}",
                float(r["latitude"]),
                float(r["longitude"]),
            )
            for r in csv.DictReader(handle)
            if r["geo_precision"] == "1"
        ]


def score(
    rows: list[tuple[str, float, float]], resolve, tol: float
) -> tuple[float, list[str]]:
    """Share within ``tol`` km, and the misses."""
    hits, misses = 0, []
    for query, lat, lon in rows:
        point = resolve(query)
        if point is not None and km(point[0], point[1], lat, lon) <= tol:
            hits += 1
        else:
            misses.append(f"{query} -> {point}")
    return hits / len(rows), misses


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    start = time.perf_counter()
    gazetteer = load_gazetteer()
    load_s = time.perf_counter() - start
    exact: dict[str, tuple[float, float]] = {}
    for place in gazetteer.places:
        for name in place.names:
            exact.setdefault(name.lower(), (place.lat, place.lon))

    def ours(query: str) -> tuple[float, float] | None:
        r = resolve_query(gazetteer, query)
        return None if r.lat is None else (r.lat, r.lon)

    def baseline(query: str) -> tuple[float, float] | None:
        return exact.get(query.split(",")[0].strip().lower())

    sets = [
        (
            "Syrian Archive",
            syrian_archive(args.eval / "syrian_archive_2016_dev.csv"),
            5.0,
        ),
        (
            "ACLED geo_precision 1",
            acled(args.eval / "acled_syria_2018-03_dev.csv"),
            10.0,
        ),
    ]
    for label, rows, tol in sets:
        ours_share, misses = score(rows, ours, tol)
        base_share, _ = score(rows, baseline, tol)
        print(
            f"{label}: {ours_share:.2%} within {tol:g} km "
            f"({round(ours_share * len(rows))}/{len(rows)} rows); "
            f"exact-lookup baseline {base_share:.1%}"
        )
        for miss in misses[: args.misses]:
            print("   miss:", miss)
    queries = [q for _, rows, _ in sets for q, _, _ in rows]
    distinct = sorted(set(queries))
    batch = (queries * (10_000 // len(queries) + 1))[:10_000]
    _resolve_query_cached.cache_clear()
    start = time.perf_counter()
    for query in batch:
        resolve_query(gazetteer, query)
    batch_s = time.perf_counter() - start
    _resolve_query_cached.cache_clear()
    fresh = load_gazetteer()  # no fuzzy cache either
    start = time.perf_counter()
    for query in distinct:
        resolve_query(fresh, query)
    cold_s = time.perf_counter() - start
    print(
        f"load: {load_s:.2f} s; 10,000 queries (the dev sets' queries, repeated): "
        f"{batch_s:.2f} s after loading; {len(distinct)} distinct queries, cold: "
        f"{cold_s:.2f} s ({cold_s / len(distinct) * 1000:.2f} ms each)"
    )
    # 10,000 distinct queries: gazetteer names, vowels respelled, with their governorate
    rng = random.Random(1)
    places = [p for p in fresh.places if p.kind != "governorate"]
    spelled = []
    for place in rng.sample(places, 10_000):
        name = place.names[rng.randrange(min(3, len(place.names)))]
        name = name.replace("a", rng.choice("ae")).replace("u", rng.choice(["u", "ou"]))
        spelled.append(f"{name}, {place.admin1}")
    runs = []
    for _ in range(5):  # cold each time: every cache cleared, a fresh gazetteer
        for cached in (
            _resolve_query_cached,
            _cached_context,
            _closeness,
            name_key,
            skeleton_key,
        ):
            cached.cache_clear()
        fresh = load_gazetteer()
        gc.collect()  # start each run from the same heap, not the last run's garbage
        start = time.perf_counter()
        for query in spelled:
            resolve_query(fresh, query)
        runs.append(time.perf_counter() - start)
    print(
        f"10,000 distinct respelled gazetteer names, cold, after loading: "
        f"median {sorted(runs)[2]:.2f} s (runs: {', '.join(f'{r:.2f}' for r in runs)})"
    )
    found, total = names_in_text(fresh)
    print(
        f"gazetteer names found whole in running text ('Shells hit NAME on Monday.'): "
        f"{found}/{total} = {found / total:.1%}"
    )
    return 0


def names_in_text(gazetteer) -> tuple[int, int]:
    """How many of the gazetteer's Latin names, written as they are in a sentence, the
    mention finder takes whole ("Tall `Ajar", "Rasm ech Cheikh", "Deir ez-Zor")."""
    found = total = 0
    for place in gazetteer.places:
        for name in place.names:
            if not _LATIN_NAME.fullmatch(name) or not name[:1].isupper():
                continue
            total += 1
            mentions = find_mentions(
                f"Shells hit {name} on Monday.",
                gazetteer.has_key,
                has_light_key=gazetteer.has_light_key,
            )
            found += any(m.name == name for m in mentions)
    return found, total


if __name__ == "__main__":
    raise SystemExit(main())
