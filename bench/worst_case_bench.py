"""Extraction on texts built to be slow: long runs and lists with no full stop.

Usage: python bench/worst_case_bench.py

Each text is one article of about 40-120 KB, read on one core after a warm-up. The
figure is its throughput (MB/s): the cost of a text should grow with its length,
not with its square, so none should be far below that of real articles
(``extraction_bench.py``).
"""

from __future__ import annotations

import datetime as dt
import time

from geo.gazetteer import load_gazetteer
from geo.incidents import extract_incidents
from geo.schema import Article

#: name -> (unit, repeats)
#: name -> (unit, times it is repeated[, what ends the text])
CASES: dict[str, tuple] = {
    "capitalised place names, no full stop": (
        "Aleppo Idlib Hama Homs Kafr Nabl ",
        3000,
    ),
    "a list of tolls by place, no full stop": ("Aleppo: 5, Hama: 3, ", 3000),
    "possessive names, no full stop": ("al-Wa'er's ", 5000),
    "one word per line": ("Aleppo\n", 10000),
    "short incident sentences": (
        "Shelling killed two people in Talbiseh on Monday. ",
        2000,
    ),
    "the same phrase, no full stop": ("killed in the village of ", 4000),
    "number pairs, no full stop": ("25 soldiers and 8 rebels and ", 3000),
    # a toll after a toll in one sentence (the test of overlap with those taken once
    # looked at every toll for each: 30 s for 262 KB)
    "toll after toll, no full stop": ("12 people were injured in town ", 3000),
    # every place of it situated, many incidents in one sentence (their cost was once
    # the sentence's length for each: 2.8 s for 61 KB)
    # a count, then where the dead were, then what they died of, again and again in
    # one paragraph (the steps that join them once looked at every toll for each)
    "tallies and their means, one paragraph": (
        "Russian warplanes struck Hraitan. The LCC recorded the killing of 127 people. "
        "Of the casualties, 67 were in Aleppo Province. ",
        2000,
    ),
    "shelled places and appositions, no full stop": (
        "Shells hit Douma, a suburb of Damascus, the main town of Eastern Ghouta, a "
        "rebel-held town near Harasta",
        600,
    ),
    # attacks that are never merged, all at one place (each once looked at all the
    # others: 11 s for 400 KB)
    "a second bomb at one place, one paragraph": (
        "A car bomb killed 3 in Azaz. A second bomb exploded near a hospital in the "
        "city hours later, wounding 2. ",
        2000,
    ),
    # national tallies told with their parts, the parts at one city (each once
    # looked at every later incident of the paragraph: 7.6 s for 400 KB)
    "national tallies and their parts, one paragraph": (
        "The LCC said 58 people were killed across Syria today, 31 of them in Aleppo "
        "Province and 12 in Idlib. ",
        2000,
    ),
    # sentences that complete the incidents told before them, and the town's part of
    # a toll, in one paragraph (each once looked at every incident before it: 4.8 s
    # for 230 KB)
    "tolls completed and parts told, one paragraph": (
        "Jets struck the town of Saraqeb, killing 5. Two other people died near the "
        "city. Nine of the dead were in Saraqeb. ",
        2000,
    ),
    # running totals told aside with "while" (a pattern once went back over the
    # sentence for each: 5.3 s for 11 KB)
    "running totals told with while, no full stop": (
        ", while the number of people killed since the start of it",
        1000,
    ),
    # one place taken again and again, its past told each time, and a shelling at the
    # end (each place's clause was read again for every place, and every pair of its
    # incidents searched the whole sentence: 15 s for 52 KB)
    "one place taken again and again, no full stop": (
        "Rebels took Kafr Hamra, which they lost last month, ",
        1000,
        "and shelled Aleppo.",
    ),
    # a long list of numbers told "respectively" (a list of tolls read at each of its
    # numbers: 16 s for 15 KB before the list was bounded)
    "numbers told respectively, no full stop": (
        "7, ",
        4000,
        "were killed, respectively.",
    ),
}


def main() -> int:
    """Print each case's throughput."""
    gazetteer = load_gazetteer()
    day = dt.date(2016, 11, 1)
    extract_incidents(
        [Article("warm", "Shelling hit Talbiseh on Monday.", day)], gazetteer
    )
    for name, (unit, repeats, *tail) in CASES.items():
        text = unit * repeats + "".join(tail)
        start = time.perf_counter()
        extract_incidents([Article("case", text, day)], gazetteer)
        took = time.perf_counter() - start
        print(
            f"{name:42s} {len(text) / 1e3:6.0f} KB {took:6.2f} s "
            f"{len(text) / took / 1e6:5.2f} MB/s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
