"""Reading incident tables back: every format round-trips; ACLED and UCDP import."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from geopandas.testing import assert_geoseries_equal

from geo.datasets import read_incidents
from geo.errors import ConfigurationError, InputFormatError
from geo.export import write_incidents
from tests.conftest import SHARED, require

COMPARED = [
    "incident_id",
    "article_id",
    "date",
    "date_precision",
    "place",
    "admin1",
    "geo_precision",
    "event_type",
    "killed",
    "injured",
    "quote",
]


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet", ".csv"])
def test_round_trip(seed_incidents, tmp_path, suffix):
    path = write_incidents(seed_incidents, tmp_path / f"incidents{suffix}")
    back = read_incidents(path)
    located = seed_incidents[seed_incidents.geometry.notna()].reset_index(drop=True)
    if suffix == ".gpkg":  # unresolved incidents go to their own layer
        expected = located
    else:
        expected = seed_incidents.reset_index(drop=True)
    back = back.reset_index(drop=True)
    assert len(back) == len(expected)
    for column in COMPARED:
        got = [None if pd.isna(v) else v for v in back[column]]
        want = [None if pd.isna(v) else v for v in expected[column]]
        if column in ("killed", "injured", "geo_precision"):
            got = [None if v is None else int(v) for v in got]
            want = [None if v is None else int(v) for v in want]
        assert got == want, column
    assert_geoseries_equal(back.geometry, expected.geometry, check_less_precise=True)


def test_gpkg_layers_and_style(seed_incidents, tmp_path):
    import pyogrio

    path = write_incidents(seed_incidents, tmp_path / "i.gpkg")
    layers = {name for name, _ in pyogrio.list_layers(path)}
    assert layers == {"incidents", "unresolved", "governorates"}
    summary = pyogrio.read_dataframe(path, layer="governorates")
    assert len(summary) == 14 and summary.killed.sum() > 0
    assert (tmp_path / "i.qml").read_text().count("<category ") >= 10


def test_kml_and_acled_csv(seed_incidents, tmp_path):
    kml = write_incidents(seed_incidents, tmp_path / "i.kml").read_text(
        encoding="utf-8"
    )
    assert kml.count("<Placemark>") == seed_incidents.geometry.notna().sum()
    acled = pd.read_csv(write_incidents(seed_incidents, tmp_path / "i.acled.csv"))
    assert {
        "event_id_cnty",
        "event_date",
        "latitude",
        "longitude",
        "fatalities",
        "notes",
        "geo_precision",
    } <= set(acled.columns)
    assert acled.fatalities.notna().all()
    back = read_incidents(tmp_path / "i.acled.csv")  # and it reads back as ACLED
    assert len(back) == len(seed_incidents)


def test_acled_csv_keeps_each_records_sub_event_type(gazetteer, tmp_path):
    import datetime as dt

    from geo.incidents import extract_incidents
    from geo.schema import Article

    text = (
        "Regime forces arrested 12 young men in Homs on Monday.\n\n"
        "Three aid workers were abducted in Saraqib on Monday.\n\n"
        "Government forces recaptured Palmyra on Sunday.\n"
    )
    frame = extract_incidents(
        [Article(id="a", text=text, published=dt.date(2016, 5, 10))], gazetteer
    )
    acled = pd.read_csv(write_incidents(frame, tmp_path / "i.acled.csv"))
    assert sorted(acled.sub_event_type) == [
        "Abduction/forced disappearance",
        "Arrests",
        "Government regains territory",
    ]


def test_acled_dev_csv_all_events():
    path = require(SHARED / "eval" / "acled_syria_2018-03_dev.csv")
    problems: list[str] = []
    frame = read_incidents(path, problems=problems)
    assert len(frame) == 1987 and problems == []
    assert frame.geometry.notna().all()
    assert frame.date.min() >= "2018-03-01" and frame.killed.notna().all()


UCDP = """id,year,type_of_violence,side_a,side_b,where_coordinates,where_description,adm_1,latitude,longitude,where_prec,date_start,date_end,best,high,low,source_headline
9001,2016,1,Government of Syria,Syrian insurgents,Example village,near the example road,Idlib governorate,35.9,36.6,1,2016-10-26,2016-10-26,5,7,4,Example headline
9002,2016,1,Government of Syria,IS,Example town,,Aleppo governorate,36.2,37.1,4,2016-10-01,2016-10-31,12,15,10,Another
"""


def test_ucdp_ged_csv(tmp_path):
    path = tmp_path / "ged.csv"
    path.write_text(UCDP, encoding="utf-8")
    frame = read_incidents(path)
    assert list(frame.killed) == [5, 12] and list(frame.killed_low) == [4, 10]
    assert list(frame.date_precision) == ["day", "month"]
    assert list(frame.geo_precision) == [1, 3]
    assert frame.geometry.iloc[0].y == pytest.approx(35.9)


ACLED_HEAD = "event_id_cnty,event_date,latitude,longitude,fatalities,notes,admin1\n"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "X1,31 March 2018,35.9,36.6,0,ok,Idleb\nX2,someday,35.9,36.6,0,bad date,Idleb\n",
            ":3: bad date 'someday'",
        ),
        (
            "X1,31 March 2018,35.9,36.6,0,ok,Idleb\nX2,31 March 2018,95,36.6,0,x,Idleb\n",
            ":3: coordinates out of range",
        ),
        (
            "X1,31 March 2018,35.9,36.6,0,ok,Idleb\nX2,31 March 2018,35.9,36.6,0,x,Idleb,extra\n",
            ":3: 1 field(s) too many",
        ),
        (
            "X1,31 March 2018,35.9,36.6,0,ok,Idleb\nX2,31 March 2018,abc,36.6,0,x,Idleb\n",
            ":3: could not convert",
        ),
    ],
)
def test_bad_rows_are_reported_and_skipped(tmp_path, body, message):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED_HEAD + body, encoding="utf-8")
    problems: list[str] = []
    frame = read_incidents(path, problems=problems)
    assert len(frame) == 1
    assert len(problems) == 1 and message in problems[0] and "acled.csv" in problems[0]


def test_windows_1256_csv(tmp_path):
    path = tmp_path / "ar.csv"
    path.write_bytes(
        (ACLED_HEAD + "X1,31 March 2018,36.2,37.1,2,قصف على حلب,Aleppo\n").encode(
            "cp1256"
        )
    )
    frame = read_incidents(path)
    assert frame.quote.iloc[0] == "قصف على حلب"


@pytest.mark.parametrize(
    ("name", "content", "error", "message"),
    [
        ("nope.csv", None, ConfigurationError, "no such file"),
        ("empty.csv", b"", InputFormatError, "empty file"),
        ("bin.csv", b"\x00\x01PK\x03", InputFormatError, "binary"),
        ("cols.csv", b"a,b\n1,2\n", InputFormatError, "unknown columns"),
        ("x.xlsx", b"stuff", InputFormatError, "unknown table format"),
    ],
)
def test_unreadable_tables(tmp_path, name, content, error, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error, match=message) as info:
        read_incidents(path)
    assert name in str(info.value)


def test_geojson_numbers_stay_numbers(seed_incidents, tmp_path):
    path = write_incidents(seed_incidents, tmp_path / "i.geojson")
    props = json.loads(path.read_text())["features"][0]["properties"]
    assert isinstance(props["start_char"], int)
