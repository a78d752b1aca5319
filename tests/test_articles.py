import datetime as dt
import json
import sys

import pytest

from geo.articles import read_articles
from geo.errors import ArticleFormatError, ConfigurationError


def test_folder_with_metadata(seeds_dir):
    result = read_articles([seeds_dir])
    assert len(result.articles) == 5 and not result.problems
    hass = next(a for a in result.articles if a.id.startswith("001"))
    assert hass.published == dt.date(2016, 10, 26)
    assert hass.title.startswith("Syria Daily")


def test_jsonl_table(tmp_path):
    table = tmp_path / "a.jsonl"
    table.write_text(
        json.dumps(
            {
                "id": "x1",
                "text": "Shelling hit Kafr Nabl.",
                "published": "2018-03-01",
                "title": "T",
                "url": "https://example.org/x1",
            }
        )
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "x2", "text": ""})
        + "\n"
        + json.dumps({"id": "x3", "text": "ok", "published": "03/01/2018"})
        + "\n",
        encoding="utf-8",
    )
    result = read_articles([table])
    assert [a.id for a in result.articles] == ["x1"]
    assert result.articles[0].url == "https://example.org/x1"
    assert len(result.problems) == 3
    assert all("a.jsonl:" in p for p in result.problems)
    assert "a.jsonl:2: malformed JSON" in result.problems[0]


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(ConfigurationError, match="no such file"):
        read_articles([tmp_path / "nope"])
    with pytest.raises(ConfigurationError, match="no articles"):
        read_articles([tmp_path])


def test_binary_and_empty_files_are_skipped_not_fatal(tmp_path):
    (tmp_path / "good.txt").write_text("Airstrikes hit Aleppo.", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    result = read_articles([tmp_path])
    assert [a.id for a in result.articles] == ["good.txt"]
    assert any("bin.txt: not a text file" in p for p in result.problems)
    assert any("empty.txt: empty article" in p for p in result.problems)


def test_windows_1256_arabic_is_read(tmp_path):
    (tmp_path / "ar.txt").write_bytes("قصف على حلب".encode("cp1256"))
    (article,) = read_articles([tmp_path / "ar.txt"]).articles
    assert "حلب" in article.text


def test_bad_metadata_date_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,published\na.txt,26/10/2016\n", encoding="utf-8"
    )
    result = read_articles([tmp_path])
    assert not result.articles and "bad date" in result.problems[0]


def test_metadata_without_file_column_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("name,published\n", encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"metadata\.csv: no 'file' column"):
        read_articles([tmp_path])


PAGE = (
    "<html><head><title>Strikes on Daraya</title>"
    '<meta property="article:published_time" content="2016-01-04T09:00:00+00:00">'
    "</head><body><nav>Home | World</nav><article><h1>Strikes on Daraya</h1>"
    "<p>Regime helicopters dropped barrel bombs on Daraya on Sunday, killing four "
    "people and wounding a dozen, the local council said in a statement.</p>"
    "<p>Activists said the strikes hit a field hospital and two homes.</p>"
    "<script>alert(1)</script></article></body></html>"
)


@pytest.mark.parametrize("trafilatura", [True, False], ids=["trafilatura", "fallback"])
def test_html_article_text_title_and_date(tmp_path, monkeypatch, trafilatura):
    if trafilatura:
        pytest.importorskip("trafilatura")
    else:  # the reader without the optional library
        monkeypatch.setitem(sys.modules, "trafilatura", None)
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    (article,) = read_articles([page]).articles
    assert "barrel bombs on Daraya" in article.text and "alert" not in article.text
    assert (article.published, article.title) == (
        dt.date(2016, 1, 4),
        "Strikes on Daraya",
    )


def test_huge_article_is_refused(tmp_path, monkeypatch):
    import geo.articles

    monkeypatch.setattr(geo.articles, "MAX_ARTICLE_BYTES", 1000)
    (tmp_path / "big.txt").write_text("x" * 5000, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Shelling hit Daraya.", encoding="utf-8")
    result = read_articles([tmp_path])
    assert [a.id for a in result.articles] == ["ok.txt"]
    assert "big.txt: too large for an article" in result.problems[0]


def test_html_entities_left_in_plain_text_are_read(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Jets struck Ma&#39;arat al-Numan &amp; Kafr Nabl.", encoding="utf-8"
    )
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b1", "text": "Shells hit &quot;Saraqeb&quot; town."}) + "\n",
        encoding="utf-8",
    )
    result = read_articles([tmp_path / "a.txt", tmp_path / "b.jsonl"])
    texts = [a.text for a in result.articles]
    assert texts == [
        "Jets struck Ma'arat al-Numan & Kafr Nabl.",
        'Shells hit "Saraqeb" town.',
    ]


def test_markdown_marks_are_taken_off(tmp_path):
    from geo.articles import read_articles

    (tmp_path / "week.md").write_text(
        "# Week in review\n\n## Aleppo\n\n"
        "* **Monday:** Jets struck [Douma](https://example.org/douma), killing 4.\n"
        '> "We cannot bury our dead," a rescuer said.\n',
        encoding="utf-8",
    )
    (article,) = read_articles([tmp_path], published=None).articles
    assert "Monday: Jets struck Douma, killing 4." in article.text
    assert not any(mark in article.text for mark in ("**", "](", "# ", "> "))


_MONTH_MD = (
    "# Civilian deaths, September 2016\n\n"
    "The network documented the killing of 1,164 civilians in September 2016.\n\n"
    "| Governorate | Civilians killed |\n|---|---|\n| Aleppo | 643 |\n| Idlib | 187 |\n"
)
_MONTH_HTML = (
    "<html><head><title>1,164 civilians killed in September 2016</title></head>"
    "<body><article><h1>1,164 civilians killed in September 2016</h1>"
    "<p>The network documented the killing of 1,164 civilians in September 2016."
    "</p><table><thead><tr><th>Governorate</th><th>Civilians killed</th></tr>"
    "</thead><tbody><tr><td>Aleppo</td><td>643</td></tr><tr><td>Idlib</td>"
    "<td>187</td></tr></tbody></table></article></body></html>"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [("month.md", _MONTH_MD), ("month.html", _MONTH_HTML), ("month.txt", _MONTH_MD)],
    ids=["markdown", "html", "plain text"],
)
def test_a_table_of_tolls_reads_as_a_list_of_them(tmp_path, gazetteer, name, text):
    # trafilatura writes an HTML page's tables as Markdown's
    if name.endswith(".html"):
        pytest.importorskip("trafilatura")
    from geo.articles import read_articles
    from geo.incidents import extract_incidents

    (tmp_path / name).write_text(text, encoding="utf-8")
    articles = read_articles([tmp_path], published=dt.date(2016, 10, 1)).articles
    rows = extract_incidents(articles, gazetteer)
    tallies = rows[rows.geo_precision == 3]
    assert sorted(zip(tallies.place, tallies.killed, strict=True)) == [
        ("Aleppo", 643),
        ("Idleb", 187),
    ]


_ATTACKS_MD = (
    "The following attacks on medical facilities were documented:\n\n"
    "| Date | Location | Facility | Killed | Perpetrator |\n"
    "|------|----------|----------|--------|-------------|\n"
    "| 4 April 2017 | Kafr Takharim, Idlib | Civil defence centre | 2 | Syrian regime "
    "forces |\n"
    "| 7 April 2017 | Saraqeb, Idlib | Field hospital | 3 | Unknown |\n"
)


_ATTACKS_TSV = (
    "The following attacks on medical facilities were documented:\n\n"
    "Date\tLocation\tFacility\tKilled\tPerpetrator\n"
    "4 April 2017\tKafr Takharim, Idlib\tCivil defence centre\t2\tSyrian regime "
    "forces\n"
    "7 April 2017\tSaraqeb, Idlib\tField hospital\t3\tUnknown\n"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [("attacks.md", _ATTACKS_MD), ("attacks.txt", _ATTACKS_TSV)],
    ids=["markdown", "tab-separated"],
)
def test_a_table_of_incidents_reads_row_by_row(tmp_path, gazetteer, name, text):
    from geo.incidents import extract_incidents

    (tmp_path / name).write_text(text, encoding="utf-8")
    articles = read_articles([tmp_path], published=dt.date(2017, 5, 2)).articles
    assert "Location: Saraqeb, Idlib | Facility: Field hospital" in articles[0].text
    rows = extract_incidents(articles, gazetteer).set_index("place_text")
    assert sorted(rows.index) == ["Kafr Takharim", "Saraqeb"]
    assert list(rows.loc[["Kafr Takharim", "Saraqeb"], "killed"]) == [2, 3]
    assert list(rows.loc[["Kafr Takharim", "Saraqeb"], "date"]) == [
        "2017-04-04",
        "2017-04-07",
    ]
    assert rows.loc["Kafr Takharim", "actor"] == "regime"
    assert rows.loc["Saraqeb", "target"] == "field hospital"
