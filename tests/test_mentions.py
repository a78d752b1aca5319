"""Place phrases found in sentences (geo.mentions)."""

from geo.mentions import find_mentions


def test_a_name_glossed_in_another_script_is_one_mention(gazetteer):
    found = find_mentions(
        "Artillery shelled Ḥarastā (حرستا) in the Eastern Ghouta on Saturday.",
        gazetteer.has_key,
    )
    assert [m.name for m in found] == ["Ḥarastā", "Eastern Ghouta"]
    assert found[1].context_for == 0
