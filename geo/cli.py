"""The ``geo`` command: a thin layer over the library.

Exit codes: 0 success, 1 a :class:`~geo.errors.GeoMapperError` (one line on stderr),
2 a usage error. Articles that cannot be read are reported and skipped (exit 0 when
others were processed; 1 when none could be).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from geo.articles import parse_date, read_articles
from geo.errors import ConfigurationError, GeoMapperError
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.geocoding import ABROAD, resolve_query

if TYPE_CHECKING:
    import geopandas as gpd

# geopandas and folium load only in the commands that need them (`geo resolve` starts
# in a fraction of the time).

__all__ = ["build_parser", "main"]

DEFAULT_SEEDS = Path("seeds")
DEFAULT_OUT = Path("maps")


def _gazetteer(args: argparse.Namespace) -> Gazetteer:
    return load_gazetteer(args.gazetteer_dir, extra=args.gazetteer)


def _extract(
    args: argparse.Namespace, inputs: list[str], published: dt.date | None = None
):
    result = read_articles(inputs, published=published)
    for problem in result.problems:
        print(f"geo: {problem}", file=sys.stderr)
    if not result.articles:
        raise ConfigurationError(f"{', '.join(inputs)}: no article could be read")
    from geo.incidents import extract_incidents

    gazetteer = _gazetteer(args)
    workers = min(os.cpu_count() or 1, 4) if len(result.articles) >= 50 else 1
    failed: list[str] = []
    incidents = extract_incidents(
        result.articles,
        gazetteer,
        workers=workers,
        progress=_progress if sys.stderr.isatty() else None,
        problems=failed,
    )
    for problem in failed:
        print(f"geo: {problem}", file=sys.stderr)
    result.problems.extend(failed)
    return result, incidents


#: The exit code of a run that wrote its outputs but skipped some input (each
#: reported on stderr): a script sees that something was left out.
EXIT_SKIPPED = 3


def _exit_code(problems: list[str]) -> int:
    return EXIT_SKIPPED if problems else 0


def _progress(done: int, total: int) -> None:
    """A bar on stderr, for terminals only."""
    width = 30
    filled = width * done // total
    end = "\n" if done == total else ""
    print(
        f"\rgeo: [{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles",
        end=end,
        file=sys.stderr,
        flush=True,
    )


def _summary(result, incidents) -> str:
    national = incidents["place_kind"] == "country"
    unresolved = incidents[incidents.geometry.isna() & ~national]
    lines = [
        f"articles read: {len(result.articles)}"
        + (f" ({len(result.problems)} skipped)" if result.problems else ""),
        f"incidents found: {len(incidents)}"
        + (
            f" ({int(national.sum())} national tallies, without a point)"
            if national.any()
            else ""
        ),
        f"places that did not resolve: {len(unresolved)}",
    ]
    lines += [
        f"  - {r.place_text or '(no place named)'} ({r.article_id})"
        + (": abroad" if ABROAD in str(r.geo_rule) else "")
        for r in unresolved.itertuples()
    ]
    return "\n".join(lines)


def _cmd_run(args: argparse.Namespace) -> int:
    from geo.export import write_geojson
    from geo.maps import build_map, save_map

    result, incidents = _extract(args, [str(args.dir)])
    geojson = write_geojson(incidents, args.out / "incidents.geojson")
    html = save_map(
        build_map(incidents, title=args.title, source=args.source),
        args.out / "incidents.html",
    )
    print(_summary(result, incidents))
    print(f"wrote {html} and {geojson}")
    return _exit_code(result.problems)


def _cmd_extract(args: argparse.Namespace) -> int:
    from geo.export import write_incidents

    published = parse_date(args.published, "--published") if args.published else None
    result, incidents = _extract(args, args.inputs, published)
    write_incidents(incidents, args.output)
    print(_summary(result, incidents), file=sys.stderr)
    return _exit_code(result.problems)


def _cmd_resolve(args: argparse.Namespace) -> int:
    gazetteer = _gazetteer(args)
    queries = args.names
    if queries == ["-"]:
        queries = [line.rstrip("\r\n") for line in sys.stdin]
    for query in queries:
        record = resolve_query(gazetteer, query).to_dict(explain=args.explain)
        print(json.dumps(record, ensure_ascii=False))
    return 0


def _read_table(path: str) -> tuple[gpd.GeoDataFrame, list[str]]:
    from geo.datasets import read_incidents

    problems: list[str] = []
    incidents = read_incidents(path, problems=problems)
    for problem in problems:
        print(f"geo: {problem}", file=sys.stderr)
    return incidents, problems


def _cmd_map(args: argparse.Namespace) -> int:
    from geo.maps import build_map, embed_snippet, save_map, write_assets

    incidents, problems = _read_table(args.file)
    href = None
    if args.assets:
        write_assets(args.assets)
        href = os.path.relpath(
            Path(args.assets).resolve(), Path(args.output).resolve().parent
        )
    path = save_map(
        build_map(
            incidents,
            title=args.title,
            source=args.source,
            tiles=not args.no_tiles,
            assets=href,
        ),
        args.output,
    )
    print(
        embed_snippet(path, title=args.title or "Incident map")
        if args.embed
        else f"wrote {path}"
    )
    return _exit_code(problems)


def _cmd_export(args: argparse.Namespace) -> int:
    from geo.export import write_incidents

    incidents, problems = _read_table(args.file)
    path = write_incidents(incidents, args.output, fmt=args.format)
    print(f"wrote {path} ({len(incidents)} incidents)")
    return _exit_code(problems)


def _add_gazetteer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--gazetteer",
        action="append",
        metavar="FILE",
        default=[],
        help="a CSV of your own places (columns name,lat,lon and "
        "optionally id,kind,admin1,names,...); repeatable",
    )
    parser.add_argument(
        "--gazetteer-dir",
        metavar="DIR",
        default=None,
        help="a gazetteer folder holding places.csv (default: the one "
        "shipped with geo)",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``geo`` command."""
    parser = argparse.ArgumentParser(
        prog="geo",
        description="Map the incidents in war reports: extract, resolve, map, export.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser(
        "run",
        help="map a folder of articles: HTML map and GeoJSON. "
        "Example: geo run seeds/ -o maps/",
    )
    p.add_argument(
        "dir",
        nargs="?",
        type=Path,
        default=DEFAULT_SEEDS,
        help="folder of articles (default: seeds/)",
    )
    p.add_argument(
        "-o",
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="output folder (default: maps/)",
    )
    p.add_argument("--title", default="Incidents reported in the articles")
    p.add_argument(
        "--source",
        default="Incidents extracted by geo from the articles; "
        "basemap © OpenStreetMap contributors, OCHA",
    )
    _add_gazetteer_options(p)
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser(
        "extract",
        help="extract incidents from articles. "
        "Example: geo extract seeds/ -o incidents.geojson",
    )
    p.add_argument(
        "inputs", nargs="+", help="text/HTML files, folders, or .jsonl tables"
    )
    p.add_argument("-o", "--output", required=True, help="FILE.geojson or FILE.csv")
    p.add_argument(
        "--published", help="publication date YYYY-MM-DD for articles without one"
    )
    _add_gazetteer_options(p)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser(
        "resolve",
        help="resolve place names to points, one JSON line "
        "each. Example: geo resolve 'Sakhour, Aleppo' 'Khan Sheikhoun'",
    )
    p.add_argument(
        "names",
        nargs="+",
        help="names ('Sakhour, Aleppo'), or - to read one per line from stdin",
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="add the rule, score and alternatives of each answer",
    )
    _add_gazetteer_options(p)
    p.set_defaults(func=_cmd_resolve)

    p = sub.add_parser(
        "map",
        help="draw incidents on an offline HTML map. "
        "Example: geo map incidents.geojson -o map.html",
    )
    p.add_argument(
        "file",
        help="incidents: .geojson, .gpkg, .parquet, .csv (ours, ACLED or UCDP GED)",
    )
    p.add_argument("-o", "--output", required=True, help="FILE.html")
    p.add_argument("--title", default="")
    p.add_argument("--source", default="")
    p.add_argument("--no-tiles", action="store_true", help="no online base tiles")
    p.add_argument("--embed", action="store_true", help="print an iframe snippet")
    p.add_argument(
        "--assets",
        metavar="DIR",
        help="write the scripts and styles into DIR "
        "and link them, instead of inlining them in every map",
    )
    p.set_defaults(func=_cmd_map)

    p = sub.add_parser(
        "export",
        help="convert incidents to another format. "
        "Example: geo export incidents.geojson -o incidents.csv",
    )
    p.add_argument(
        "file",
        help="incidents: .geojson, .gpkg, .parquet, .csv (ours, ACLED or UCDP GED)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        help="FILE.EXT: .geojson, .gpkg, .parquet, .csv, .kml, .acled.csv",
    )
    p.add_argument(
        "--format",
        help="geojson, gpkg, parquet, csv, kml or acled, when the "
        "extension does not say",
    )
    p.set_defaults(func=_cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``geo`` command; return its exit code."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="geo: %(message)s",
    )
    try:
        return int(args.func(args))
    except GeoMapperError as err:
        print(f"geo: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
