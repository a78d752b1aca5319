import json

import pytest

from geo.cli import main


def test_run_writes_map_and_geojson(seeds_dir, tmp_path, capsys):
    assert main(["run", str(seeds_dir), "-o", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "articles read: 5" in out and "incidents found:" in out
    assert "places that did not resolve:" in out
    assert (tmp_path / "incidents.html").exists()
    data = json.loads((tmp_path / "incidents.geojson").read_text(encoding="utf-8"))
    assert len(data["features"]) > 20


def test_extract_jsonl_and_folder(tmp_path, capsys):
    table = tmp_path / "a.jsonl"
    table.write_text(
        json.dumps(
            {
                "id": "n1",
                "published": "2018-03-04",
                "text": "Regime forces shelled Kafr Nabl, killing two civilians.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.geojson"
    assert main(["extract", str(table), "-o", str(out)]) == 0
    (feature,) = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert feature["properties"]["killed"] == 2
    assert feature["properties"]["article_id"] == "n1"


def test_extract_published_option(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Airstrikes hit Saraqib on Sunday, killing three.", encoding="utf-8")
    out = tmp_path / "o.geojson"
    assert main(["extract", str(art), "-o", str(out), "--published", "2016-10-26"]) == 0
    (feature,) = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert feature["properties"]["date"] == "2016-10-23"


def test_resolve_stdin_keeps_order(monkeypatch, capsys):
    import io

    monkeypatch.setattr(
        "sys.stdin", io.StringIO("Sakhour, Aleppo\nXyzzy\nIdlib Province\n")
    )
    assert main(["resolve", "-"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["query"] for r in lines] == ["Sakhour, Aleppo", "Xyzzy", "Idlib Province"]
    assert lines[0]["admin1"] == "Aleppo" and lines[0]["geo_precision"] == 1
    assert lines[1]["lat"] is None and lines[1]["reason"]
    assert {"query", "name", "lat", "lon", "admin1", "geo_precision"} <= set(lines[2])


def test_map_and_export(seeds_dir, tmp_path, capsys):
    main(["run", str(seeds_dir), "-o", str(tmp_path)])
    geojson = tmp_path / "incidents.geojson"
    assert main(["map", str(geojson), "-o", str(tmp_path / "m.html"), "--embed"]) == 0
    assert "<iframe" in capsys.readouterr().out
    assert main(["export", str(geojson), "-o", str(tmp_path / "i.csv")]) == 0
    assert (tmp_path / "i.csv").read_text(encoding="utf-8").startswith("incident_id,")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["run", "/no/such/dir"], "no such file or folder"),
        (["extract", "/no/such.txt", "-o", "x.geojson"], "no such file"),
        (["map", "/no/such.geojson", "-o", "x.html"], "no such file"),
    ],
)
def test_errors_are_one_line_and_exit_1(argv, message, capsys):
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and err.startswith("geo: error:")


def test_empty_folder_and_non_text(tmp_path, capsys):
    assert main(["run", str(tmp_path), "-o", str(tmp_path / "out")]) == 1
    assert "no articles" in capsys.readouterr().err
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    assert main(["run", str(tmp_path), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "a.txt: not a text file" in err
    assert not (tmp_path / "out").exists()


def test_a_bad_article_does_not_stop_the_others(seeds_dir, tmp_path, capsys):
    import shutil

    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    (folder / "zz_binary.txt").write_bytes(b"\x00\x01\x02")
    # the outputs are written, and the exit code tells a script something was left out
    assert main(["run", str(folder), "-o", str(tmp_path / "out")]) == 3
    captured = capsys.readouterr()
    assert "zz_binary.txt: not a text file" in captured.err
    assert "articles read: 5 (1 skipped)" in captured.out
    assert (tmp_path / "out" / "incidents.geojson").stat().st_size > 0


def test_an_article_that_breaks_extraction_is_skipped(tmp_path, capsys, monkeypatch):
    import geo.incidents

    real = geo.incidents.extract_cues

    def breaks_on_b(article, names):
        if article.id.endswith("b.txt"):
            raise TypeError("unsupported operand")
        return real(article, names)

    monkeypatch.setattr(geo.incidents, "extract_cues", breaks_on_b)
    for name, place in (("a.txt", "Saraqeb"), ("b.txt", "Talbiseh")):
        (tmp_path / name).write_text(
            f"Shelling killed two people in {place} on Monday.\n", encoding="utf-8"
        )
    out = tmp_path / "out.geojson"
    argv = ["extract", str(tmp_path), "-o", str(out), "--published", "2016-11-01"]
    assert main(argv) == 3
    err = capsys.readouterr().err
    assert "b.txt: extraction failed (TypeError: unsupported operand); skipped" in err
    assert "articles read: 2 (1 skipped)" in err
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["place_text"] for f in features] == ["Saraqeb"]


def test_usage_error_is_exit_2():
    with pytest.raises(SystemExit) as info:
        main(["nonsense"])
    assert info.value.code == 2


def test_python_dash_m(seeds_dir, tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "geo", "resolve", "Aleppo"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["name"] == "Aleppo"


def test_map_and_export_take_the_acled_dev_csv(tmp_path, capsys):
    from tests.conftest import SHARED, require

    acled = require(SHARED / "eval" / "acled_syria_2018-03_dev.csv")
    assert main(["export", str(acled), "-o", str(tmp_path / "a.geojson")]) == 0
    data = json.loads((tmp_path / "a.geojson").read_text(encoding="utf-8"))
    assert len(data["features"]) == 1987
    assert main(["map", str(acled), "-o", str(tmp_path / "a.html")]) == 0
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert page.count('"cols":{"lat":[') == 1
    lats = json.loads(page.split('"cols":{"lat":', 1)[1].split("]", 1)[0] + "]")
    assert len(lats) == 1987


@pytest.mark.parametrize("suffix", [".gpkg", ".parquet", ".csv", ".kml", ".acled.csv"])
def test_export_formats(seeds_dir, tmp_path, suffix):
    main(["run", str(seeds_dir), "-o", str(tmp_path)])
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(tmp_path / "incidents.geojson"), "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    assert not [p for p in tmp_path.iterdir() if ".tmp" in p.name]


def test_map_with_shared_assets(seeds_dir, tmp_path):
    main(["run", str(seeds_dir), "-o", str(tmp_path)])
    out = tmp_path / "site" / "map.html"
    assert (
        main(
            [
                "map",
                str(tmp_path / "incidents.geojson"),
                "-o",
                str(out),
                "--assets",
                str(tmp_path / "site" / "assets"),
            ]
        )
        == 0
    )
    page = out.read_text(encoding="utf-8")
    assert '<script src="assets/leaflet.js">' in page and len(page) < 150_000
    assert (tmp_path / "site" / "assets" / "timeline.js").exists()
