"""Place phrases found in sentences (geo.mentions)."""

from geo.mentions import find_mentions


def test_a_name_glossed_in_another_script_is_one_mention(gazetteer):
    found = find_mentions(
        "Artillery shelled Ḥarastā (حرستا) in the Eastern Ghouta on Saturday.",
        gazetteer.has_key,
    )
    assert [m.name for m in found] == ["Ḥarastā", "Eastern Ghouta"]
    assert found[1].context_for == 0


def test_a_city_situates_the_district_it_holds(gazetteer):
    for sentence, city in [
        ("Rebels shelled positions in Daraa city's al-Mahatta district.", 0),
        ("Rebels shelled the al-Mahatta district of Daraa city.", 1),
    ]:
        found = find_mentions(
            sentence,
            gazetteer.has_key,
            has_light_key=gazetteer.has_light_key,
            names_governorate=gazetteer.names_governorate,
        )
        assert [m.name for m in found] == (
            ["Daraa", "al-Mahatta"] if city == 0 else ["al-Mahatta", "Daraa"]
        )
        assert found[city].context_for == 1 - city


def test_a_place_near_another_after_a_comma_only_situates_it(gazetteer):
    found = find_mentions(
        "Air strikes hit the town of Erbin, near Damascus, on Sunday.",
        gazetteer.has_key,
        has_light_key=gazetteer.has_light_key,
        names_governorate=gazetteer.names_governorate,
    )
    assert [(m.name, m.context_for) for m in found] == [
        ("Erbin", None),
        ("Damascus", 0),
    ]
