import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import geo.incidents  # noqa: F401  (compiles every pattern of the pipeline)
from geo import patterns
from geo.patterns import (
    GATED,
    _engine_code,
    any_in,
    first_class,
    gate_words,
    gated,
    words_in,
)

ROOT = Path(__file__).resolve().parent.parent


def test_the_first_characters_of_every_alternative_are_gathered():
    assert first_class(r"\b(rebels?|FSA|Jabhat)\b", re.I) == "[FJRfjr]"
    assert first_class(r"\bHezbollah\b") == "[H]"


def test_what_may_be_left_out_lets_the_next_item_begin_the_match():
    assert first_class(r"(?:the\s+)?(town|city)") == "[ct]"
    assert first_class(r"(?<![\w-])x{0,2}y") == "[xy]"


def test_character_classes_and_categories_are_kept():
    assert first_class(r"[A-C]\d|\d+ killed") == r"[A-C\d]"


def test_a_part_that_ignores_case_begins_in_either_case():
    assert first_class(r"(?i:s)x") == "[Ss]"
    assert gated(r"(?i:s)x").fullmatch("ſx")  # the long s: case folds to s


def test_what_cannot_be_told_is_not_gated():
    assert first_class(r"[^a]b") is None  # any character but one
    assert first_class(r".b") is None
    assert first_class(r"a?") is None  # may match nothing
    assert first_class(r"(?i)abc") is None  # global flags stay first
    assert gated(r"a?").pattern == "a?"


def test_a_top_level_alternation_is_gated_whole():
    pattern = gated(r"cat|dog")
    assert [m.group(0) for m in pattern.finditer("a dog and a cat")] == ["dog", "cat"]


def test_a_verbose_pattern_ending_in_a_comment_still_compiles():
    pattern = gated("cat  # a comment", re.X)
    assert pattern.search("the cat").group(0) == "cat"


def _corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*"))]
    texts.append(
        "KILLED: 3. ſome Kelvin K sign, İstanbul, Ärzte, 'quoted' - dashes – "
        "1,200 people; 10-15 killed; #Aleppo @user خان شيخون (Khan Shaykhun) "
        "al-Wa'er\nNew line\tTab ÉCOLE école 25km north of Idlib"
    )
    return texts


@pytest.mark.parametrize("index", range(len(GATED)))
def test_every_gated_pattern_matches_what_the_plain_one_matches(index):
    pattern, flags = GATED[index]
    plain, fast = re.compile(pattern, flags), gated(pattern, flags)
    for text in _corpus():
        for pos in (0, 7):
            assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == [
                (m.span(), m.groups()) for m in plain.finditer(text, pos)
            ], pattern


def _import_pipeline(env: dict[str, str]) -> int:
    """Import the pipeline in a new process; the number of patterns it compiled anew."""
    code = "import geo.incidents, geo.patterns as p; print(len(p._NEW))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def test_a_second_start_reads_the_patterns_the_first_compiled(tmp_path):
    env = {**os.environ, "GEO_CACHE_DIR": str(tmp_path)}
    assert _import_pipeline(env) > 400
    (cache,) = tmp_path.glob("patterns-*.marshal")
    assert _import_pipeline(env) == 0
    # what was kept is what re would give its engine for the same pattern now
    entries = marshal.loads(cache.read_bytes())
    assert len(entries) > 400
    for (pattern, flags), (_gated, full, *_) in list(entries.items())[::25]:
        assert entries[pattern, flags][1:] == _engine_code(full, flags)


def test_a_damaged_cache_is_compiled_anew_and_written_again(tmp_path):
    env = {**os.environ, "GEO_CACHE_DIR": str(tmp_path)}
    _import_pipeline(env)
    (cache,) = tmp_path.glob("patterns-*.marshal")
    cache.write_bytes(b"\x00not marshal")
    assert _import_pipeline(env) > 400
    assert _import_pipeline(env) == 0


def test_no_cache_when_the_folder_is_set_empty(tmp_path):
    env = {**os.environ, "GEO_CACHE_DIR": "", "XDG_CACHE_HOME": str(tmp_path)}
    env["HOME"] = str(tmp_path)
    assert _import_pipeline(env) == 0  # nothing kept, so nothing new to keep
    assert list(tmp_path.iterdir()) == []


# --- word gates -----------------------------------------------------------------------


def _all_gates() -> list[frozenset[str]]:
    """Every gate the pipeline registered: the module constants that are gates, and
    the gates in its tables."""
    import geo.dates
    import geo.extraction
    import geo.geocoding
    import geo.mentions
    import geo.tolls

    found: list[frozenset[str]] = []

    def walk(value: object) -> None:
        if isinstance(value, patterns.Gate):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for module in (geo.dates, geo.extraction, geo.geocoding, geo.mentions, geo.tolls):
        for value in vars(module).values():
            walk(value)
    return found


SENTENCES = [
    "More than 25 people have been killed this morning in a Russian attack on Hass.",
    "Pro-Assad forces shelled the town of Madaya on Tuesday, wounding 12 civilians.",
    "the us-led coalition said on 12 october it had struck isis positions near raqqa.",
    "Neither injuries nor fatalities were reported.",
    "A VBIED exploded at a checkpoint in Azaz; the Turkish army repulsed the attack.",
    "",
]


def test_a_gate_answers_as_testing_each_word_would():
    gates = _all_gates()
    assert len(gates) > 100  # the tables of dates, tolls, actors, triggers
    for sentence in SENTENCES:
        for text in (sentence, sentence.lower()):
            for gate in gates:
                assert any_in(text, gate) == any(w in text for w in gate), (text, gate)


def test_words_in_finds_overlapping_words():
    gate = gate_words(["kill", "killed", "led"])
    assert {"kill", "killed", "led"} <= words_in("two were killed")
    assert any_in("he led them", gate)
    assert not any_in("a truce", gate)


def test_words_registered_after_a_test_are_found():
    assert not any_in("the xylophonist played", gate_words(["zzqq"]))
    late = gate_words(["xylophon"])
    assert any_in("the xylophonist played", late)


def test_short_gate_words_are_tested_by_substring():
    gate = gate_words(["a", "-", "zzkill"])
    assert gate.short == ("-", "a")
    assert "a" not in patterns._GATE_WORDS  # it would match all over every text
    assert any_in("a truce", gate) and any_in("PRO-ASSAD", gate)
    assert not any_in("TRUCE", gate)


def test_a_gate_word_cannot_be_empty():
    with pytest.raises(ValueError, match="empty"):
        gate_words(["shell", ""])
