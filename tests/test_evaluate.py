"""Scoring against a gold table."""

import pandas as pd

from geo.evaluate import score_gold

GOLD = (
    "id,file,date,date_precision,place,admin1,lat,lon,tol_km,killed,injured,"
    "event_type,actor,must,quote\n"
    "G1,a.txt,2016-02-04,day,Hraytan,Aleppo,36.2886,37.0853,5,,,airstrike,,Y,x\n"
    "G2,b.txt,2016-02-04,day,Hraytan,Aleppo,36.2886,37.0853,5,,,airstrike,,Y,x\n"
)


def _incident(**fields):
    row = {
        "article_id": "a.txt",
        "also_in": None,
        "date": "2016-02-04",
        "killed": None,
        "lat": 36.2886,
        "lon": 37.0853,
    }
    row.update(fields)
    return row


def test_an_incident_merged_from_two_articles_is_found_in_both(tmp_path):
    gold = tmp_path / "gold.csv"
    gold.write_text(GOLD, encoding="utf-8")
    merged = pd.DataFrame([_incident(also_in="b.txt")])
    score = score_gold(merged, gold)
    assert (score.must_found, score.located) == (2, 1)


def test_an_incident_is_found_only_in_its_own_articles(tmp_path):
    gold = tmp_path / "gold.csv"
    gold.write_text(GOLD, encoding="utf-8")
    score = score_gold(pd.DataFrame([_incident()]), gold)
    assert score.missed == ("G2",)
