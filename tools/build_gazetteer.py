"""Build data/gazetteer/ from the raw sources in ../shared/data/gazetteer-sources/.

Usage::

    python tools/build_gazetteer.py [--sources DIR] [--out data/gazetteer]

Writes, deterministically (same sources, same bytes):

- ``places.csv``: one row per place, merged and de-duplicated across sources;
- ``admin1.geojson`` / ``admin2.geojson``: simplified OCHA governorate and district
  polygons (for point-in-governorate checks and the map's offline basemap);

and reads ``additions.csv`` (curated, committed by hand) on the way. Conflicting
duplicates (same name and kind in the same governorate, far apart) are reported on
stdout; they are kept, because context decides between them at resolution time.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point, mapping

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from geo.gazetteer import PLACE_COLUMNS, index_keys
from geo.names import is_arabic, name_key, skeleton_key

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = ROOT.parent / "shared" / "data" / "gazetteer-sources"
COLUMNS = [*PLACE_COLUMNS, "near_admin1", "keys", "skeletons"]
_METRIC_CRS = 32637  # UTM zone 37N: metres over Syria, for distances to polygons
# Keep Latin and Arabic-script names; other scripts only bloat the index.
_KEEP_SCRIPT = re.compile(
    r"^[\s\w'`’‘ʿʾ.,()\-\u00c0-\u024f\u1e00-\u1eff\u0600-\u06ff]+$"
)
_LATIN_OR_ARABIC = re.compile(r"[A-Za-z\u0600-\u06ff]")
_NOISE = re.compile(
    r"(governorate|govrenorate|district|province|muhafaz|"
    r"gouvernorat|gobernaci|guvern|gubernio|kormány|séng|eskualdea|"
    r"maakunta|mühafaz|muchafaza|kegubernuran|kagubernuran|"
    r"pokrajina|muháfaza|guvernement|gouvernement|governaci|"
    r"governatorato|airport|air base|camp)",
    re.I,
)


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _clean_names(raw: list[str], *, keep_noise: bool = False) -> list[str]:
    out: list[str] = []
    for name in raw:
        name = name.strip()
        if (
            not name
            or not _KEEP_SCRIPT.match(name)
            or not _LATIN_OR_ARABIC.search(name)
        ):
            continue
        if not keep_noise and _NOISE.search(name):
            continue
        if name not in out:
            out.append(name)
    return out


def _split(value: str) -> list[str]:
    return [v for v in (value or "").split("|") if v.strip()]


def _load_admin(sources: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    adm1 = gpd.read_file(sources / "ocha" / "syr_admin1.geojson")
    adm2 = gpd.read_file(sources / "ocha" / "syr_admin2.geojson")
    return adm1.to_crs(4326), adm2.to_crs(4326)


def _admin_rows(
    adm1: gpd.GeoDataFrame, adm2: gpd.GeoDataFrame, wof: pd.DataFrame
) -> list[dict]:
    rows = []
    regions = wof[(wof.placetype == "region") & (wof.deprecated == "")]
    for _, r in adm1.sort_values("PCODE").iterrows():
        point = r.geometry.representative_point()
        names = [r.NAME_EN, r.NAM_EN_REF, r.NAME_AR]
        for _, w in regions.iterrows():
            if r.geometry.contains(Point(float(w.lon), float(w.lat))):
                names += [w["name"], *_split(w.names_eng), *_split(w.names_ara)]
        rows.append(
            {
                "id": f"ocha:{r.PCODE}",
                "name": r.NAME_EN,
                "kind": "governorate",
                "lat": point.y,
                "lon": point.x,
                "admin1": r.NAME_EN,
                "admin2": "",
                "parent": "",
                "names": _clean_names(names),
                "source": "OCHA COD admin1",
            }
        )
    for _, r in adm2.sort_values("PCODE").iterrows():
        point = r.geometry.representative_point()
        rows.append(
            {
                "id": f"ocha:{r.PCODE}",
                "name": r.NAME_EN,
                "kind": "district",
                "lat": point.y,
                "lon": point.x,
                "admin1": r.ADM1_EN,
                "admin2": r.NAME_EN,
                "parent": f"ocha:{r.ADM1_PCODE}",
                "names": _clean_names([r.NAME_EN, r.NAM_EN_REF, r.NAME_AR]),
                "source": "OCHA COD admin2",
            }
        )
    return rows


def _locality_rows(wof: pd.DataFrame) -> list[dict]:
    rows = []
    keep = wof[
        wof.placetype.isin(["locality", "neighbourhood"]) & (wof.deprecated == "")
    ]
    for _, w in keep.iterrows():
        english = _split(w.names_eng)
        first = [w["name"]]
        if (
            is_arabic(w["name"]) and english
        ):  # big cities: name is Arabic, English aside
            first = [english[0], w["name"]]
        names = _clean_names(
            [*first, *english, *_split(w.names_ara), *_split(w.names_other)]
        )
        rows.append(
            {
                "id": f"wof:{w.wof_id}",
                "name": names[0] if names else w["name"],
                "kind": "neighbourhood"
                if w.placetype == "neighbourhood"
                else "village",
                "lat": float(w.lat),
                "lon": float(w.lon),
                "admin1": "",
                "admin2": "",
                "parent": "",
                "names": names,
                "source": "Who's On First / GeoNames",
            }
        )
    return rows


def _neighbourhood_rows(sources: Path) -> list[dict]:
    frame = pd.read_csv(sources / "ocha" / "city_neighbourhoods.csv", dtype=str)
    rows = []
    for _, r in frame.sort_values("PCODE").iterrows():
        names = [r.NAME_EN, r.NAM_EN_REF, r.NAME_AR, r.NAM_AR_REF]
        names = [re.sub(r"\s*\(.*\)$", "", n) for n in names if isinstance(n, str)]
        # "Al Thawra_ Al Jourah": two quarters counted as one; each name is its own
        parts = [p.strip() for n in names if "_ " in n for p in n.split("_ ")]
        names = [n.replace("_", " ") for n in names] + [p for p in parts if p]
        rows.append(
            {
                "id": f"ocha:{r.PCODE}",
                "name": names[0],
                "kind": "neighbourhood",
                "lat": float(r.LATITUDE),
                "lon": float(r.LONGITUDE),
                "admin1": r.ADM1_EN,
                "admin2": r.ADM2_EN,
                "parent": f"city:{r.ADM4_EN}",
                "names": _clean_names(names),
                "source": "OCHA city neighbourhoods",
            }
        )
    # Damascus and other cities group neighbourhoods into areas ("Mazzeh", "Jowbar")
    areas: dict[tuple[str, str], list[pd.Series]] = defaultdict(list)
    for _, r in frame.iterrows():
        if isinstance(r.AREA_EN, str) and r.AREA_EN != "<Null>":
            areas[(r.ADM4_EN, r.AREA_EN)].append(r)
    for (city, area), members in sorted(areas.items()):
        lat = sum(float(m.LATITUDE) for m in members) / len(members)
        lon = sum(float(m.LONGITUDE) for m in members) / len(members)
        first = members[0]
        rows.append(
            {
                "id": f"ocha:{first.AREA_PCODE}",
                "name": area,
                "kind": "neighbourhood",
                "lat": lat,
                "lon": lon,
                "admin1": first.ADM1_EN,
                "admin2": first.ADM2_EN,
                "parent": f"city:{city}",
                "names": _clean_names([area, first.AREA_AR]),
                "source": "OCHA city neighbourhoods (area: mean of its neighbourhoods)",
            }
        )
    return rows


def _airfield_rows(sources: Path) -> list[dict]:
    frame = pd.read_csv(sources / "airports" / "airportsdata_SY.csv", dtype=str)
    rows = []
    for _, r in frame.sort_values("icao").iterrows():
        base = re.sub(r"\s+(International\s+)?(Airport|Air Base)$", "", r["name"])
        names = [r["name"], r.icao]
        if isinstance(r.iata, str) and r.iata:
            names.append(r.iata)
        for suffix in (
            "airport",
            "air base",
            "airbase",
            "military airport",
            "military air base",
            "military base",
            "airfield",
        ):
            names.append(f"{base} {suffix}")
        rows.append(
            {
                "id": f"icao:{r.icao}",
                "name": r["name"],
                "kind": "airfield",
                "lat": float(r.lat),
                "lon": float(r.lon),
                "admin1": "",
                "admin2": "",
                "parent": "",
                "names": _clean_names(names, keep_noise=True),
                "source": "airportsdata (MIT)",
            }
        )
    return rows


def _addition_rows(path: Path, by_id: dict[str, dict]) -> tuple[list[dict], list[str]]:
    rows, problems = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for lineno, r in enumerate(csv.DictReader(handle), start=2):
            names = _clean_names([r["name"], *_split(r["names"])], keep_noise=True)
            if r["alias_of"]:
                target = by_id.get(r["alias_of"])
                if target is None:
                    problems.append(
                        f"{path}:{lineno}: alias_of {r['alias_of']!r} "
                        "is not a gazetteer id"
                    )
                    continue
                if r["kind"] == "wrong name":
                    # a source's name that is another place's: dropped from this one
                    wrong = {n.casefold() for n in names}
                    target["names"] = [
                        n for n in target["names"] if n.casefold() not in wrong
                    ]
                    continue
                target["names"] = _clean_names(target["names"] + names, keep_noise=True)
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            if r["relative_to"]:
                anchor = by_id.get(r["relative_to"])
                if anchor is None:
                    problems.append(
                        f"{path}:{lineno}: relative_to "
                        f"{r['relative_to']!r} is not a gazetteer id"
                    )
                    continue
            rows.append(
                {
                    "id": r["id"],
                    "name": r["name"],
                    "kind": r["kind"],
                    "lat": lat,
                    "lon": lon,
                    "admin1": r["admin1"],
                    "admin2": "",
                    "parent": r["parent"],
                    "names": names,
                    "source": f"curated: {r['source']}",
                }
            )
    return rows, problems


def _assign_admin(
    rows: list[dict],
    adm1: gpd.GeoDataFrame,
    adm2: gpd.GeoDataFrame,
    *,
    border_km: float = 15.0,
) -> list[dict]:
    """Name each row's governorate and district from the polygon it lies in.

    The OCHA polygons are drawn coarsely along the coast and the borders: Latakia,
    Tartous, Jableh, Ras al-Ain and Darbasiyah have their points just outside them.
    A row within ``border_km`` of a polygon takes the nearest one; farther out it is
    not a Syrian place and is dropped.
    """
    points = gpd.GeoDataFrame(
        {"i": range(len(rows))},
        geometry=[Point(r["lon"], r["lat"]) for r in rows],
        crs=4326,
    )
    names = []
    for adm in (adm1, adm2):
        inside = gpd.sjoin(
            points, adm[["NAME_EN", "geometry"]], how="left", predicate="within"
        )
        found = inside.drop_duplicates("i").set_index("i")["NAME_EN"]
        outside = points[~points["i"].isin(found.dropna().index)]
        if len(outside):
            near = gpd.sjoin_nearest(
                outside.to_crs(_METRIC_CRS),
                adm[["NAME_EN", "geometry"]].to_crs(_METRIC_CRS),
                how="inner",
                max_distance=border_km * 1000,
            ).sort_values(["i", "NAME_EN"])
            found = found.dropna().combine_first(
                near.drop_duplicates("i").set_index("i")["NAME_EN"]
            )
        names.append(found)
    a1, a2 = names
    kept = []
    for i, row in enumerate(rows):
        if not row["admin1"]:
            row["admin1"] = a1.get(i) if isinstance(a1.get(i), str) else ""
        if not row["admin2"]:
            row["admin2"] = a2.get(i) if isinstance(a2.get(i), str) else ""
        if row["admin1"]:  # far outside Syria's governorates: not ours
            kept.append(row)
    return kept


def _mark_border_places(
    rows: list[dict], adm1: gpd.GeoDataFrame, *, km: float = 5.0
) -> None:
    """Name the other governorates within ``km`` of each place: reporters and coders
    draw the lines differently (ACLED's "Maryamayn, Homs" lies 3 km inside Hama on
    OCHA's map), so a place by a border may answer for the governorate beside it."""
    points = gpd.GeoDataFrame(
        {"i": range(len(rows))},
        geometry=[Point(r["lon"], r["lat"]) for r in rows],
        crs=4326,
    ).to_crs(_METRIC_CRS)
    shapes = adm1[["NAME_EN", "geometry"]].to_crs(_METRIC_CRS)
    shapes["geometry"] = shapes.buffer(km * 1000)
    joined = gpd.sjoin(points, shapes, how="inner", predicate="within")
    near: dict[int, set[str]] = defaultdict(set)
    for i, name in zip(joined["i"], joined["NAME_EN"], strict=True):
        near[i].add(name)
    for i, row in enumerate(rows):
        if row["kind"] in ("governorate", "district"):  # areas, not spots
            near[i] = set()
        row["near_admin1"] = "|".join(sorted(near[i] - {row["admin1"]}))


def _mark_subdistrict_centres(rows: list[dict], adm3: gpd.GeoDataFrame) -> None:
    """A village named like the sub-district it lies in is its centre: a town."""
    villages = [r for r in rows if r["kind"] == "village"]
    points = gpd.GeoDataFrame(
        {"i": range(len(villages))},
        geometry=[Point(r["lon"], r["lat"]) for r in villages],
        crs=4326,
    )
    joined = gpd.sjoin(
        points, adm3[["NAME_EN", "geometry"]], how="inner", predicate="within"
    )
    for i, name in zip(joined["i"], joined["NAME_EN"], strict=True):
        row = villages[i]
        if skeleton_key(name) in {skeleton_key(n) for n in row["names"]}:
            row["kind"] = "town"


def _mark_towns(rows: list[dict]) -> None:
    """Promote governorate capitals to city and district capitals to town."""
    admin_keys: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row["kind"] in ("governorate", "district"):
            admin_keys[row["kind"]].update(name_key(n) for n in row["names"])
    for row in rows:
        if row["kind"] != "village":
            continue
        keys = {name_key(n) for n in row["names"]}
        skeletons = {skeleton_key(n) for n in row["names"]}
        if name_key(row["admin1"]) in keys or (
            keys & admin_keys["governorate"] and name_key(row["admin2"]) in keys
        ):
            row["kind"] = "city"
        elif skeleton_key(row["admin2"]) in skeletons:
            row["kind"] = "town"


def _dedupe(
    rows: list[dict], *, km: float = 2.0, town_km: float = 5.0, border_km: float = 8.0
) -> list[dict]:
    """Merge rows naming one place in two sources (same key, within ``km``; within
    ``town_km`` for two towns or cities, whose points sources set farther apart:
    Who's On First has Darayya twice, 3 km apart; within ``border_km`` for a town and
    a village of its name over a governorate's border: Who's On First has Darayya a
    third time, as a village of Damascus 7 km north of the town)."""

    def reach(row: dict, other: dict) -> float:
        kinds = {row["kind"], other["kind"]}
        if kinds <= {"town", "city"}:
            return town_km
        if kinds & {"town", "city"} and "village" in kinds:
            return border_km if row["admin1"] != other["admin1"] else km
        return km

    order = {"curated": 0, "OCHA city": 1, "airportsdata": 2, "OCHA COD": 3, "Who": 4}

    def rank(row: dict) -> int:
        return next((v for k, v in order.items() if row["source"].startswith(k)), 9)

    rows = sorted(rows, key=lambda r: (rank(r), r["id"]))
    by_key: dict[str, list[dict]] = defaultdict(list)
    kept = []
    for row in rows:
        keys = {name_key(n) for n in row["names"][:3]} - {""}
        twin = next(
            (
                other
                for k in sorted(keys)
                for other in by_key[k]
                if other["kind"] not in ("governorate", "district")
                and row["kind"] not in ("governorate", "district")
                and _haversine_km(row["lat"], row["lon"], other["lat"], other["lon"])
                <= reach(row, other)
            ),
            None,
        )
        if twin is not None:
            twin["names"] = _clean_names(twin["names"] + row["names"], keep_noise=True)
            twin["source"] += f"; {row['source']} ({row['id']})"
            continue
        kept.append(row)
        for k in keys:
            by_key[k].append(row)
    return kept


def _resolve_parents(rows: list[dict]) -> None:
    cities = {
        (r["admin1"], name_key(r["name"])): r["id"] for r in rows if r["kind"] == "city"
    }
    by_name = {name_key(r["name"]): r["id"] for r in rows if r["kind"] == "city"}
    for row in rows:
        if row["parent"].startswith("city:"):
            city = name_key(row["parent"][5:])
            row["parent"] = cities.get((row["admin1"], city), by_name.get(city, ""))


def _report_conflicts(rows: list[dict]) -> list[str]:
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for row in rows:
        if row["source"].startswith("curated"):
            groups[(name_key(row["name"]), row["kind"], row["admin1"])].append(row)
    lines = []
    for row in rows:
        for other in groups.get(
            (name_key(row["name"]), row["kind"], row["admin1"]), []
        ):
            if other is not row:
                lines.append(
                    f"conflict: {other['id']} ({other['name']}) and "
                    f"{row['id']} ({row['name']}) share a name in "
                    f"{row['admin1']}"
                )
    return sorted(set(lines))


def _write_polygons(frame: gpd.GeoDataFrame, path: Path, level: str) -> None:
    features = []
    for _, r in frame.sort_values("PCODE").iterrows():
        geom = r.geometry.simplify(0.004, preserve_topology=True)
        geojson = json.loads(
            json.dumps(mapping(geom)), parse_float=lambda s: round(float(s), 4)
        )
        props = {
            "pcode": r.PCODE,
            "name": r.NAME_EN,
            "name_ar": r.NAME_AR,
            "level": level,
        }
        if level == "district":
            props["admin1"] = r.ADM1_EN
        features.append({"type": "Feature", "properties": props, "geometry": geojson})
    path.write_text(
        json.dumps(
            {"type": "FeatureCollection", "features": features},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )


def build(sources: Path, out: Path) -> list[str]:
    """Build the gazetteer; return the report lines (conflicts, problems)."""
    wof = pd.read_csv(
        sources / "wof" / "wof_sy_places.csv", dtype=str, keep_default_na=False
    )
    adm1, adm2 = _load_admin(sources)
    rows = _admin_rows(adm1, adm2, wof) + _neighbourhood_rows(sources)
    rows += _airfield_rows(sources) + _locality_rows(wof)
    rows = _assign_admin(rows, adm1, adm2)
    _mark_towns(rows)
    _mark_subdistrict_centres(
        rows, gpd.read_file(sources / "ocha" / "syr_admin3.geojson")
    )
    rows = _dedupe(rows)
    by_id = {r["id"]: r for r in rows}
    additions, problems = _addition_rows(out / "additions.csv", by_id)
    rows = _assign_admin(additions, adm1, adm2) + rows
    _resolve_parents(rows)
    _mark_border_places(rows, adm1)
    rows.sort(key=lambda r: r["id"])
    with (out / "places.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for r in rows:
            light, loose = index_keys(list(dict.fromkeys([r["name"], *r["names"]])))
            writer.writerow(
                {
                    **r,
                    "lat": f"{r['lat']:.5f}",
                    "lon": f"{r['lon']:.5f}",
                    "names": "|".join(r["names"]),
                    "keys": "|".join(light),
                    "skeletons": "|".join(loose),
                }
            )
    _write_polygons(adm1, out / "admin1.geojson", "governorate")
    _write_polygons(adm2, out / "admin2.geojson", "district")
    return problems + _report_conflicts(rows) + [f"{len(rows)} places written"]


def main() -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "gazetteer")
    args = parser.parse_args()
    for line in build(args.sources, args.out):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
