"""Property-based tests: random Unicode text never crashes the readers or the extractor."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.articles import read_articles
from geo.datasets import read_incidents
from geo.dates import find_dates
from geo.errors import GeoMapperError
from geo.incidents import extract_incidents
from geo.mentions import parse_place_query
from geo.schema import Article
from geo.tolls import find_counts

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
WORDS = st.lists(
    st.sampled_from(
        [
            "killed",
            "Aleppo",
            "Province",
            "on",
            "Sunday",
            "25",
            "more than",
            "in",
            "the",
            "village",
            "of",
            "Hass",
            "al-",
            "Idlib",
            "UPDATE 1245 GMT:",
            "\n",
            ".",
            ",",
            "Related Posts",
            "east",
            "km",
            "5",
            "northwest",
            "of",
            "Damascus",
            "حلب",
            "شيخون",
            "barrel",
            "bombs",
            "wounded",
            "dozens",
            "Thirty-four",
            "each",
            "Madaya",
        ]
    ),
    max_size=60,
).map(" ".join)
FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@FAST
@given(text=st.one_of(TEXT, WORDS))
def test_extractor_never_crashes(gazetteer, text):
    frame = extract_incidents([Article("a", text, dt.date(2016, 10, 26))], gazetteer)
    assert (frame.article_id == "a").all()
    for row in frame.itertuples():
        assert 0 <= row.start_char <= row.end_char <= len(text)


@FAST
@given(text=st.one_of(TEXT, WORDS))
def test_parsers_never_crash(text):
    find_dates(text, dt.date(2016, 10, 26))
    find_counts(text)
    parse_place_query(text)


@FAST
@given(data=st.binary(max_size=300))
def test_article_reader_never_crashes(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("a")
    (folder / "x.txt").write_bytes(data)
    (folder / "t.jsonl").write_bytes(data)
    try:
        read_articles([folder])
    except GeoMapperError:
        pass


@FAST
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".csv", ".geojson"]))
def test_table_reader_never_crashes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("t") / f"x{suffix}"
    path.write_bytes(data)
    try:
        read_incidents(path)
    except GeoMapperError:
        pass


@given(st.text(alphabet="ab- 2é", max_size=14))
def test_a_trigger_word_is_found_where_the_tokenizer_finds_it(low):
    from geo.extraction import _WORD, _token_at

    for word in set(_WORD.findall(low)):
        first = next(m.start() for m in _WORD.finditer(low) if m.group(0) == word)
        assert _token_at(low, word) == first
