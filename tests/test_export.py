import json

import pytest
from geopandas.testing import assert_geodataframe_equal

from geo.datasets import read_incidents
from geo.errors import ConfigurationError, InputFormatError
from geo.export import write_csv, write_geojson, write_incidents


def test_geojson_is_rfc7946(seed_incidents, tmp_path):
    path = write_geojson(seed_incidents, tmp_path / "out.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "crs" not in data and data["type"] == "FeatureCollection"
    assert len(data["features"]) == len(seed_incidents)
    for feature in data["features"]:
        if feature["geometry"] is None:  # a place that did not resolve
            assert feature["properties"]["geo_precision"] is None
            continue
        lon, lat = feature["geometry"]["coordinates"]
        assert 35 < lon < 43 and 32 < lat < 38  # Syria, lon first
        assert round(lon, 6) == lon and round(lat, 6) == lat
        props = feature["properties"]
        assert props["killed"] is None or isinstance(props["killed"], int)
        assert isinstance(props["geo_precision"], int)
        assert len(props["date"]) == 10


def test_geojson_round_trip(seed_incidents, tmp_path):
    path = write_geojson(seed_incidents, tmp_path / "out.geojson")
    back = read_incidents(path)
    assert list(back.incident_id) == list(seed_incidents.incident_id)
    assert list(back.killed.astype("Int64")) == list(seed_incidents.killed)
    assert_geodataframe_equal(
        back[["incident_id", "geometry"]],
        seed_incidents[["incident_id", "geometry"]],
        check_less_precise=True,
    )


def test_same_input_same_bytes(seed_incidents, tmp_path):
    a = write_geojson(seed_incidents, tmp_path / "a.geojson").read_bytes()
    b = write_geojson(seed_incidents, tmp_path / "b.geojson").read_bytes()
    assert a == b


def test_csv_has_lat_lon_and_wkt(seed_incidents, tmp_path):
    text = write_csv(seed_incidents, tmp_path / "o.csv").read_text(encoding="utf-8")
    header = text.splitlines()[0].split(",")
    assert {"lat", "lon", "geometry"} <= set(header)
    assert "POINT (" in text


def test_unknown_format_and_unwritable_path(seed_incidents, tmp_path):
    with pytest.raises(ConfigurationError, match="unknown output format"):
        write_incidents(seed_incidents, tmp_path / "x.xyz")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigurationError, match="cannot write"):
        write_geojson(seed_incidents, blocker / "sub" / "x.geojson")


def test_failed_write_leaves_nothing(seed_incidents, tmp_path, monkeypatch):
    target = tmp_path / "out.geojson"
    target.write_text("previous")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pathlib.Path.write_text", boom)
    with pytest.raises(ConfigurationError, match="No space left"):
        write_geojson(seed_incidents, target)
    monkeypatch.undo()
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.geojson"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not JSON"),
        ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
        ("", "empty file"),
    ],
)
def test_unreadable_geojson_is_named(tmp_path, content, message):
    path = tmp_path / "bad.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputFormatError, match=message) as info:
        read_incidents(path)
    assert "bad.geojson" in str(info.value)


@pytest.mark.parametrize(
    ("geometry", "message"),
    [
        ('{"type": "Point", "coordinates": [200, 10]}', "out of range"),
        ('{"type": "Point", "coordinates": ["a", 10]}', "no valid Point"),
        ('{"type": "LineString", "coordinates": [[1, 2], [3, 4]]}', "no valid Point"),
    ],
)
def test_bad_features_are_reported_and_skipped(tmp_path, geometry, message):
    good = '{"type": "Feature", "properties": {"killed": 2}, "geometry": {"type": "Point", "coordinates": [36.6, 35.9]}}'
    bad = f'{{"type": "Feature", "properties": {{}}, "geometry": {geometry}}}'
    path = tmp_path / "mixed.geojson"
    path.write_text(
        f'{{"type": "FeatureCollection", "features": [{good}, {bad}]}}',
        encoding="utf-8",
    )
    problems: list[str] = []
    frame = read_incidents(path, problems=problems)
    assert len(frame) == 1 and frame.geometry.iloc[0].y == pytest.approx(35.9)
    assert len(problems) == 1 and "mixed.geojson: feature 1" in problems[0]
    assert message in problems[0]
