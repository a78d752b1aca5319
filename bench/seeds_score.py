"""Score extraction on the seed articles against ../shared/seeds/gold_incidents.csv.

Usage: python bench/seeds_score.py [--gold PATH] [--list]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from geo.articles import read_articles
from geo.evaluate import score_gold
from geo.gazetteer import load_gazetteer
from geo.incidents import extract_incidents

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    """Print the score."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold",
        type=Path,
        default=ROOT.parent / "shared" / "seeds" / "gold_incidents.csv",
    )
    parser.add_argument("--list", action="store_true", help="print the incidents too")
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    articles = read_articles([ROOT / "seeds"]).articles
    start = time.perf_counter()
    incidents = extract_incidents(articles, gazetteer)
    seconds = time.perf_counter() - start
    s = score_gold(incidents, args.gold)
    print(f"must (Y) found: {s.must_found}/{s.must_total} = {s.must_recall:.0%}")
    print(f"all found:      {s.all_found}/{s.all_total} = {s.recall:.0%}")
    print(
        f"reported lying where a gold incident lies: {s.located}/{s.reported} = "
        f"{s.precision:.0%}"
    )
    print(f"missed: {', '.join(s.missed) or 'none'}")
    chars = sum(len(a.text) for a in articles)
    print(f"extraction: {seconds:.3f} s for {chars:,} characters")
    if args.list:
        cols = [
            "article_id",
            "date",
            "place",
            "place_text",
            "geo_precision",
            "killed",
            "injured",
            "event_type",
            "actor",
        ]
        print(incidents[cols].to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
