import datetime as dt
import math

import pytest

from geo.geocoding import resolve_query
from geo.incidents import extract_incidents
from geo.schema import Article


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(a))


# Examples of the Gazetteer issue; points are well-known public coordinates.
CASES = [
    ("Khan Sheikhoun", 35.44, 36.65, 3, 1),
    ("Khan Shaykhun", 35.44, 36.65, 3, 1),
    ("خان شيخون", 35.44, 36.65, 3, 1),
    ("al-Wa'er", 34.74, 36.67, 3, 1),
    ("Madaya", 33.69, 36.10, 5, 1),
    ("Madaya, Rural Damascus", 33.69, 36.10, 5, 1),
    ("Sheikh Fares, Aleppo", 36.22, 37.18, 3, 1),
    ("al-Qaterji, Aleppo", 36.20, 37.18, 3, 1),
    ("Sakhour, Aleppo", 36.22, 37.19, 3, 1),
    ("5 km southeast of Dabiq", 36.505, 37.307, 1.5, 2),
    ("near Akhtarin", 36.51, 37.34, 3, 2),
    ("As-Sweida", 32.71, 36.57, 3, 1),  # the governorate's spellings name its capital
    ("Sweida", 32.71, 36.57, 3, 1),
]


@pytest.mark.parametrize(
    ("query", "lat", "lon", "tol", "precision"), CASES, ids=[c[0] for c in CASES]
)
def test_examples_resolve(gazetteer, query, lat, lon, tol, precision):
    r = resolve_query(gazetteer, query)
    assert r.lat is not None, r.reason
    assert km(r.lat, r.lon, lat, lon) <= tol
    assert r.geo_precision == precision


@pytest.mark.parametrize(
    ("query", "admin1"),
    [
        ("Idlib Province", "Idleb"),
        ("Damascus suburbs", "Rural Damascus"),
        ("Aleppo countryside", "Aleppo"),
        ("Hasakah Province", "Al-Hasakeh"),
    ],
)
def test_governorate_phrases_resolve_at_precision_3(gazetteer, query, admin1):
    r = resolve_query(gazetteer, query)
    assert (r.admin1, r.kind, r.geo_precision) == (admin1, "governorate", 3)


@pytest.mark.parametrize("query", ["Homs suburbs", "the suburbs of Hama"])
def test_a_citys_suburbs_are_its_edges_not_its_governorate(gazetteer, query):
    r = resolve_query(gazetteer, query)
    assert (r.kind, r.geo_precision) == ("city", 2)


def test_an_operation_named_chooses_the_village_of_its_district(gazetteer):
    # two villages of Aleppo are spelled Ramadaniyah: Olive Branch was fought in
    # Afrin, where one of them lies
    text = (
        "Olive Branch factions controlled Ramadaniyah village in Aleppo countryside "
        "after clashes with the YPG."
    )
    frame = _incidents(gazetteer, text)
    assert frame.iloc[0].place_id == "wof:1326919985"


def test_offset_moves_the_point_the_stated_distance(gazetteer):
    dabiq = resolve_query(gazetteer, "Dabiq")
    moved = resolve_query(gazetteer, "5 km southeast of Dabiq")
    assert km(dabiq.lat, dabiq.lon, moved.lat, moved.lon) == pytest.approx(5, abs=0.05)
    assert moved.lat < dabiq.lat and moved.lon > dabiq.lon


def test_context_picks_between_same_named_places(gazetteer):
    aleppo = resolve_query(gazetteer, "Sheikh Fares, Aleppo")
    idlib = resolve_query(gazetteer, "Sheikh Fares, Idlib")
    assert aleppo.kind == "neighbourhood" and aleppo.admin1 == "Aleppo"
    assert idlib.admin1 == "Idleb"
    assert aleppo.alternatives  # the other candidate is reported


@pytest.mark.parametrize("query", ["Xyzzyville", "", "Paris", "   ,  "])
def test_unresolved_is_nulls_and_a_reason(gazetteer, query):
    r = resolve_query(gazetteer, query)
    assert (r.lat, r.lon, r.name, r.geo_precision) == (None, None, None, None)
    assert r.reason


def test_explanations_say_why(gazetteer):
    record = resolve_query(gazetteer, "Sakhour, Aleppo").to_dict(explain=True)
    assert "rule" in record and "alternatives" in record
    assert "named nearby" in record["rule"]


@pytest.mark.parametrize(
    ("query", "near", "precision"),
    [
        ("Manbij countryside", "Manbij", 2),
        ("west of Aleppo", "Aleppo", 2),
        ("eastern Aleppo city", "Aleppo", 2),
        ("within 20 km (12 miles) of Raqqa", "Ar Raqqah", 2),
    ],
)
def test_relative_phrases_are_precision_2_near_their_anchor(
    gazetteer, query, near, precision
):
    anchor = resolve_query(gazetteer, near)
    r = resolve_query(gazetteer, query)
    assert r.geo_precision == precision and r.admin1 == anchor.admin1
    assert km(r.lat, r.lon, anchor.lat, anchor.lon) <= 12


def test_west_of_moves_west(gazetteer):
    aleppo = resolve_query(gazetteer, "Aleppo")
    west = resolve_query(gazetteer, "west of Aleppo")
    assert west.lon < aleppo.lon - 0.05 and abs(west.lat - aleppo.lat) < 0.02


def test_a_direction_from_a_quarter_stays_in_the_city(gazetteer):
    citadel = resolve_query(gazetteer, "Aleppo Citadel")
    north = resolve_query(gazetteer, "north of the Aleppo Citadel")
    assert north.lat > citadel.lat
    assert km(north.lat, north.lon, citadel.lat, citadel.lon) <= 1.5


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "Snipers killed a resident of Madaya, the town northwest of Damascus.",
            "Rural Damascus",
        ),
        ("Airstrikes hit al-Qaterji in Aleppo.", "Aleppo"),
        (
            "Pro-Assad airstrikes targeted Aleppo districts such as Sheikh Fares.",
            "Aleppo",
        ),
    ],
)
def test_examples_in_running_text(gazetteer, text, admin1):
    import datetime as dt

    from geo.incidents import extract_incidents
    from geo.schema import Article

    frame = extract_incidents([Article("t", text, dt.date(2016, 10, 17))], gazetteer)
    precise = frame[frame.geo_precision == 1]
    assert len(precise) == 1 and precise.iloc[0].admin1 == admin1


def test_a_place_whose_main_name_it_is_beats_one_listing_it_as_a_variant(gazetteer):
    # two Aleppo villages answer to "Mamali"; one is called so, the other lists it
    candidates = [m.place for m in gazetteer.lookup("Mamali") if m.match == "light"]
    assert any(p.name != "Mamali" for p in candidates)
    r = resolve_query(gazetteer, "Mamali, Aleppo")
    assert r.name == "Mamali" and "its main name" in r.rule


def test_loosely_too_a_place_whose_main_name_it_is_beats_one_listing_it(gazetteer):
    # At Tinah lists "Umm Tuwaynah" among its names; "Um Twaynah" matches both loosely
    loose = {m.place.name for m in gazetteer.lookup("Um Twaynah", fuzzy=True)}
    assert {"At Tinah", "Umm Tuwaynah"} <= loose
    r = resolve_query(gazetteer, "Um Twaynah, Hama")
    assert r.name == "Umm Tuwaynah" and "its main name" in r.rule


@pytest.mark.parametrize(
    ("query", "admin1"),
    [("Alep province", "Aleppo"), ("Lattaquie province", "Lattakia")],
)
def test_a_name_of_a_governorates_city_told_as_the_province_is_the_governorate(
    gazetteer, query, admin1
):
    # the French names are the cities' only, not the governorates'
    assert not gazetteer.names_governorate(query.split()[0])
    r = resolve_query(gazetteer, query)
    assert (r.kind, r.admin1, r.geo_precision) == ("governorate", admin1, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot and killed an HTS commander in the Khan Shaykhun area.",
        "Turkish artillery targeted the villages of Shera district.",
    ],
)
def test_the_area_a_town_heads_is_an_area(gazetteer, text):
    frame = _incidents(gazetteer, text)
    row = frame.iloc[0]
    assert row.place_kind == "town" and row.geo_precision == 2


def test_of_two_names_for_one_place_the_exact_one_wins(gazetteer):
    # ACLED's "Arabic - Kurdish" pairs: the second name matches only loosely
    loose = resolve_query(gazetteer, "Freiriyeh, Aleppo")
    assert "skeleton" in loose.rule or "fuzzy" in loose.rule
    r = resolve_query(gazetteer, "Qurayriyah - Freiriyeh, Aleppo")
    assert r.name == "Qurayriyah" and "light name match" in r.rule


def _incidents(gazetteer, text):
    import datetime as dt

    from geo.incidents import extract_incidents
    from geo.schema import Article

    return extract_incidents([Article("t", text, dt.date(2018, 3, 1))], gazetteer)


def test_a_side_of_a_governorate_is_not_a_village_named_for_that_side(gazetteer):
    # "eastern Dar'a" is the east of the governorate, not "Dar'a ash-Sharqiyah"
    frame = _incidents(gazetteer, "Jets bombed Hara town in eastern Dar'a on Monday.")
    assert set(frame.admin1.dropna()) == {"Dar'a"}


def test_a_directed_countryside_names_the_governorate(gazetteer):
    from geo.mentions import find_mentions

    text = "Helicopters dropped barrel bombs on Hbit in Idleb southern countryside."
    idleb = [m for m in find_mentions(text, gazetteer.has_key) if m.name == "Idleb"]
    assert idleb and idleb[0].qualifier == "countryside"
    frame = _incidents(gazetteer, text)
    assert list(frame.admin1.dropna()) == ["Idleb"]
    assert frame.iloc[0].geo_precision == 1


def test_a_governorate_after_a_comma_pulls_less_to_its_city(gazetteer):
    # "Afrin, Aleppo": the governorate; a village outranks a loose match of a
    # neighbourhood of Aleppo city
    frame = _incidents(
        gazetteer,
        "Turkish-backed fighters captured Jalamah village near Afrin, Aleppo.",
    )
    assert "Jalamah" in set(frame.place)


def test_a_village_the_text_calls_one_may_bear_a_stop_word(gazetteer):
    frame = _incidents(gazetteer, "Warplanes struck the town of Has on Sunday.")
    assert frame.iloc[0].place_kind in ("village", "town")


def test_a_governorate_situating_a_name_narrows_it_like_a_query(gazetteer):
    # "Hit town in Dar'a countryside" reads as the query "Hit, Dar'a"
    frame = _incidents(
        gazetteer, "Rebels clashed with jihadists in Hit town in Dar'a countryside."
    )
    assert set(frame.admin1.dropna()) == {"Dar'a"}
    assert resolve_query(gazetteer, "Hit, Dar'a").place_id in set(frame.place_id)


def test_an_unknown_quarter_of_a_named_city_lies_in_the_city(gazetteer):
    frame = _incidents(
        gazetteer, "Shells fell on the Qarqazabad quarter in Homs city on Monday."
    )
    homs = resolve_query(gazetteer, "Homs city")
    row = frame[frame.place_text == "Qarqazabad"].iloc[0]
    assert (row.place_id, row.geo_precision) == (homs.place_id, 2)


def test_a_village_by_a_border_answers_for_the_governorate_beside_it(gazetteer):
    # Deir Ballut lies in Aleppo on OCHA's map, a few km from Idlib, where reporters
    # often put it; a place inside the named governorate would still come first
    r = resolve_query(gazetteer, "Dayr Ballut, Idleb")
    assert r.place_id is not None, r.reason
    assert (r.admin1, r.geo_precision) == ("Aleppo", 1)
    assert "Idleb" in gazetteer.by_id[r.place_id].near_admin1
    assert "within 5 km of Idleb" in r.rule  # --explain says why


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    # towns whose points lie just outside OCHA's coarse coastline and border lines
    [
        ("Ras al-Ain", 36.85, 40.07),
        ("Jableh", 35.36, 35.93),
        ("Darbasiyah", 37.07, 40.65),
    ],
)
def test_towns_on_the_coast_and_borders_are_kept(gazetteer, name, lat, lon):
    assert any(
        km(m.place.lat, m.place.lon, lat, lon) <= 2 for m in gazetteer.lookup(name)
    )


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "Regime forces shelled Wadi Barada, killing three.",
            "Wadi Barada",
            "Rural Damascus",
        ),
        ("Jets struck villages in Jebel Zawiya.", "Jabal al-Zawiya", "Idleb"),
        ("Clashes erupted in the Ghab plain on Monday.", "Sahl al-Ghab", "Hama"),
        (
            "Rebels advanced in the Eastern Qalamoun.",
            "Eastern Qalamoun",
            "Rural Damascus",
        ),
        (
            "Warplanes carried out raids on an unknown village in the Lajat area.",
            "al-Lajat",
            "Dar'a",
        ),
        ("Barrel bombs fell on villages across the Hauran.", "Hauran", "Dar'a"),
        (
            "Rebels shelled villages in Wadi al-Nasara on Monday.",
            "Wadi al-Nasara",
            "Homs",
        ),
        # the Marj of the Eastern Ghouta, not a village called al-Marj in Idlib
        (
            "Regime forces shelled the Marj area of the Eastern Ghouta on Monday.",
            "al-Marj",
            "Rural Damascus",
        ),
    ],
)
def test_regions_reporters_name_resolve_as_areas(gazetteer, text, name, admin1):
    frame = _incidents(gazetteer, text)
    row = frame.iloc[0]
    assert (row.place, row.admin1, row.geo_precision) == (name, admin1, 2)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Kamışlı", "Al Qamishli"),
        ("Dabık", "Dabiq"),
        ("Tel Rıfat", "Tall Rif‘at"),
        # Kurdish: Şêx is Sheikh
        ("Şêx Maqsûd", "Ash-Sheikh Maqsoud"),
    ],
)
def test_turkish_spellings_resolve(gazetteer, query, name):
    assert resolve_query(gazetteer, query).name == name


def test_a_loosely_matched_name_goes_by_spelling_not_size(gazetteer):
    # "Abta" is spelled like the village Ibta`; a town whose skeleton also fits
    # must not win on its size alone
    r = resolve_query(gazetteer, "Abta, Dar'a")
    assert r.name == "Ibta`", r.rule


def test_a_side_of_a_village_may_be_spelled_loosely(gazetteer):
    # "Western Maliha" is the village Mulayhah al-Gharbiyah
    r = resolve_query(gazetteer, "Western Maliha, Dar'a")
    assert r.name == "Mulayhah al Gharbiyah", r.rule


def test_a_district_spelling_of_a_town_means_the_town(gazetteer):
    # OCHA spells the district "Quamishli"; the town is "Al Qamishli"
    frame = _incidents(gazetteer, "A car bomb exploded in the town of Quamishli.")
    row = frame.iloc[0]
    assert (row.place_kind, row.admin1, row.geo_precision) == ("town", "Al-Hasakeh", 1)


def test_a_name_known_as_spelled_is_not_outbid_by_a_loose_one_nearby(gazetteer):
    # Aleppo named in the sentence pulls toward its Midan quarter (a loose match
    # of "Mayadeen"); the town spelled that way is still meant
    frame = _incidents(gazetteer, "In Aleppo, jets also struck Al Mayadeen on Monday.")
    row = frame[frame.place_text == "Al Mayadeen"].iloc[0]
    assert (row.admin1, row.place_kind) == ("Deir-ez-Zor", "town")


def test_a_place_named_only_to_situate_another_by_direction_is_not_an_incident(
    gazetteer,
):
    frame = _incidents(
        gazetteer, "Warplanes fired two missiles on the Kanakir area west of Damascus."
    )
    assert list(frame.place_text) == ["Kanakir"]


@pytest.mark.parametrize(
    "text",
    [
        "Pro-regime Al Mayadeen also said that rockets struck the airport at Mezzeh.",
        "Al Mayadeen reported that an explosion hit a market on Sunday.",
    ],
)
def test_a_name_that_speaks_is_not_a_place(gazetteer, text):
    frame = _incidents(gazetteer, text)
    assert set(frame.place_text) <= {"Mezzeh"}


def test_a_loose_match_spelled_far_closer_than_any_other_stands_alone():
    from geo.gazetteer import Gazetteer
    from geo.schema import Place

    def village(pid, name, lat, admin1):
        return Place(pid, name, "village", lat, 36.5, admin1, "", "", (name,), "test")

    g = Gazetteer(
        [village("a", "Kurnaz", 35.9, "Idleb"), village("b", "Qirnaz", 35.1, "Hama")]
    )
    # "krnaz" is 91% like Kurnaz, 73% like Qirnaz: nothing else needed to choose
    assert resolve_query(g, "Krnaz").place_id == "a"
    # "Kirnaz" is as like one as the other: unsupported, it stays unresolved
    assert resolve_query(g, "Kirnaz").place_id is None


def test_a_one_word_name_after_its_article_needs_support_for_a_loose_match():
    from geo.gazetteer import Gazetteer
    from geo.schema import Place

    g = Gazetteer(
        [Place("a", "Isqat", "village", 36.15, 36.47, "Idleb", "", "", ("Isqat",), "t")]
    )
    # "Sakhout" is only loosely Isqat (same consonants): unsupported, and so is
    # "Al Sakhout", the same word with its article
    assert resolve_query(g, "Sakhout").place_id is None
    assert resolve_query(g, "Al Sakhout").place_id is None
    assert resolve_query(g, "Isqat").place_id == "a"


def test_a_name_less_its_generic_word_beats_a_loose_spelling():
    from geo.gazetteer import Gazetteer
    from geo.schema import Place

    def place(pid, names, kind, lat):
        return Place(pid, names[0], kind, lat, 36.6, "Hama", "", "", names, "test")

    g = Gazetteer(
        [
            place("gov", ("Hama",), "governorate", 35.2),
            place("a", ("Tall Sadad",), "village", 35.4),
            place("b", ("Sadadah", "Khirbat Sadadah"), "village", 35.0),
        ]
    )
    # reporters drop the "Tall" (hill) of Tall Sadad; Sadadah is only spelled alike
    assert resolve_query(g, "Sadad, Hama").place_id == "a"


def test_a_name_just_over_the_border_beats_a_fuzzy_match_inside():
    from geo.gazetteer import Gazetteer
    from geo.schema import Place

    def place(pid, name, kind, lat, admin1, near=()):
        return Place(pid, name, kind, lat, 36.7, admin1, "", "", (name,), "t", near)

    g = Gazetteer(
        [
            place("g1", "Aleppo", "governorate", 36.2, "Aleppo"),
            place("g2", "Idleb", "governorate", 35.8, "Idleb"),
            place("a", "Sarmada", "village", 36.18, "Idleb", ("Aleppo",)),
            place("b", "Sarmaya", "village", 36.3, "Aleppo"),
        ]
    )
    assert resolve_query(g, "Sarmada, Aleppo").place_id == "a"


def test_damascus_named_beside_a_town_of_its_province_is_no_reason_to_guess(gazetteer):
    # "Dumaa" is a spelling of Douma, in Rural Damascus; "in Damascus" must not turn
    # it into a fuzzy match among the city's quarters (Dummar)
    frame = _incidents(gazetteer, "Jets bombed Dumaa city in Damascus on Sunday.")
    row = frame[frame.place_text == "Dumaa"].iloc[0]
    assert row.admin1 == "Rural Damascus"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # English words whose consonants spell a village: never a place
        ("Neither injuries nor fatalities were reported.", []),
        ("Nine people were killed in Douma on Sunday.", ["Douma"]),
        ("Dozens were wounded when shells hit Douma.", ["Douma"]),
        # armed groups named for a place or a word
        ("Ahrar Al Sham clashed with HTS in Taqad village.", ["Taqad"]),
        ("Nour Al Din Al Zinki Movement clashed with HTS in Taqad.", ["Taqad"]),
        ("Al Rahman Corps fighters shelled Douma.", ["Douma"]),
        ("Regime forces clashed with Al Rahman corps in Douma.", ["Douma"]),
        ("Armed gunmen shot a man in Douma.", ["Douma"]),
        # English words beside a name are not part of it
        # ("crossing" goes on it: the gazetteer knows the crossing by that name)
        (
            "Destruction at Bab al-Hawa crossing after airstrikes",
            ["Bab al-Hawa crossing"],
        ),
        ("Destruction in Aleppo as a result of airstrikes", ["Aleppo"]),
        # an article-prefixed word written in lower case goes on a name
        ("A Russian raid hit the hospital in Maart al-noman", ["Maart al-noman"]),
        ("Jets hit Douma al-sharqiya on Monday.", ["Douma"]),
        # every written form of the article ("ez-", "esh-", "es-") begins a word
        ("Shells hit Deir ez-Zor on Monday.", ["Deir ez-Zor"]),
        ("Jets struck Jisr esh-Shughur.", ["Jisr esh-Shughur"]),
        # the ayn marked, the article written apart as French transliterations do
        ("Shells hit Tall `Ajar on Monday.", ["Tall `Ajar"]),
        ("Shells hit Khan al `Asal on Monday.", ["Khan al `Asal"]),
        ("Shells hit Rasm ech Cheikh on Monday.", ["Rasm ech Cheikh"]),
        # a name with a figure in it, completed by the word after it
        ("IS attacked the T4 airbase on Monday.", ["T4 airbase"]),
        # an article and an acronym are no name
        ("An IS attack hit Douma.", ["Douma"]),
        # an auxiliary capitalised after a preposition is a name
        ("Airstrikes hit a school complex in Has on Wednesday.", ["Has"]),
        ("The regime Has been shelling Douma.", ["Douma"]),
        # two adjectives joined are no place
        ("People are stuck on the Syrian-Turkish border.", []),
        # a group's name with an article is no place
        ("Fighters of the al-Nusra front attacked Douma.", ["Douma"]),
    ],
)
def test_words_and_armed_groups_are_not_places(gazetteer, text, places):
    from geo.mentions import find_mentions

    found = find_mentions(
        text, gazetteer.has_key, has_light_key=gazetteer.has_light_key
    )
    assert [m.name for m in found] == places
    # the phrase is the name and the kind of place said after it
    assert [m.phrase.removesuffix(" village") for m in found] == places


def test_a_loose_match_far_from_the_city_situating_it_is_not_taken(gazetteer):
    # "Al Balad" loosely spells Bulad, a village near Homs: the district lies in Dar'a
    frame = _incidents(
        gazetteer, "The army shelled the Al Balad district in Dar'a city on Monday."
    )
    daraa = resolve_query(gazetteer, "Dar'a city")
    assert set(frame.place_id) == {daraa.place_id}


def test_a_loose_match_situates_nothing_far_from_the_town_situating_it(gazetteer):
    # "Sherawa" loosely spells Shawa, 65 km from Afrin: the village in the Sherawa
    # district of Afrin is looked for around Afrin, not around Shawa
    frame = _incidents(
        gazetteer,
        "Warplanes struck the vicinity of the village of Jalbar in the Sherawa "
        "district of Afrin on Sunday.",
    )
    afrin = resolve_query(gazetteer, "Afrin")
    assert "Shawa" not in set(frame.place)
    (row,) = frame.itertuples()
    assert math.dist((row.lat, row.lon), (afrin.lat, afrin.lon)) < 0.25


def test_a_neighbourhood_of_a_city_is_situated_by_the_city(gazetteer):
    # "al-Zabeet" loosely spells al-Habit, a village 50 km away: a quarter of Idleb
    frame = _incidents(
        gazetteer, "An IED exploded in the al-Zabeet neighborhood of Idleb on Monday."
    )
    idleb = resolve_query(gazetteer, "Idleb city")
    assert list(frame.place_id) == [idleb.place_id]
    assert list(frame.geo_precision) == [2]


def test_a_place_far_from_the_city_named_around_it_is_not_taken(gazetteer):
    # the town of Al-Amiriyah lies 50 km from Aleppo; the quarter is not in the
    # gazetteer, so the incident is in the city, at precision 2, under its own name
    frame = _incidents(
        gazetteer,
        "Shelling killed three in al-Amiriya in Aleppo city on Monday. "
        "The al-Mashhad neighbourhood of Aleppo was also hit.",
    )
    aleppo = resolve_query(gazetteer, "Aleppo city")
    assert sorted(frame.place_text) == ["al-Amiriya", "al-Mashhad"]
    amiriya = frame[frame.place_text == "al-Amiriya"].iloc[0]
    assert (amiriya.place_id, amiriya.geo_precision) == (aleppo.place_id, 2)
    # al-Mashhad, once unknown too, is now OCHA's Al-Ansari Mashhad district
    mashhad = frame[frame.place_text == "al-Mashhad"].iloc[0]
    assert (mashhad.place, mashhad.geo_precision) == ("Al-Ansari Mashhad", 1)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # who is told, and a person's name, are not places
        ("An activist in Douma told Al Jazeera that jets struck the town.", {"Douma"}),
        ("Staffan de Mistura said shells hit Douma on Monday.", {"Douma"}),
        # a month's abbreviation in a dateline is no village
        ("Syria Daily, Nov 20: Regime Kills Dozens in Aleppo Assault", {"Aleppo"}),
        # the capital named to situate a region is no incident of its own
        (
            "Jets killed 12 people in the Eastern Ghouta region near the Syrian "
            "capital, Damascus.",
            {"Eastern Ghouta"},
        ),
        # the area named after a town situates the village in it: one incident
        (
            "Rebels took Taqad town in the Atareb area of western Aleppo on Monday.",
            {"Taqad"},
        ),
        # a group's name is no village: "Rahman Corp-controlled"
        (
            "Regime forces shelled the Rahman Corp-controlled town of Zamalka.",
            {"Zamalka"},
        ),
        # a place said to be near, or in the vicinity of, another only situates it
        (
            "Helicopters dropped barrel bombs on the village of Kastan in the vicinity "
            "of Bsanqul on Monday.",
            {"Kastan"},
        ),
        (
            "Jets struck Hosh Banin on the outskirts of Jabal al-Zawiya on Monday.",
            {"Hosh Banin"},
        ),
        # but a governorate's side is not situated by a village near it
        (
            "Regime forces shelled areas in southeast Idleb in the vicinity of Hbit.",
            {"Hbit"},
        ),
        # a facility's word begins no name: "a Mosque in Mamar"
        ("An IED went off in front of a Mosque in Nawa town.", {"Nawa"}),
        # a capitalised English word before a name is no first name
        ("Coordinating Palmyra - jets shelled the town.", {"Palmyra"}),
        # nor, as the sentence's first word, an organisation's
        (
            "Besieged al-Wa'er in Homs city was bombarded heavily. The besieged "
            "district has no hospital left.",
            {"al-Wa'er"},
        ),
    ],
)
def test_which_names_make_incident_places(gazetteer, text, places):
    assert set(_incidents(gazetteer, text).place_text) == places


def test_places_abroad_are_said_to_be_abroad(gazetteer):
    beirut = resolve_query(gazetteer, "Beirut")
    assert beirut.place_id is None
    assert beirut.reason.endswith("outside Syria")
    # a Syrian place of the very name stays Syrian: Sayda in Dar'a, not Sidon
    assert resolve_query(gazetteer, "Saida").admin1 == "Dar'a"


def test_a_dateline_abroad_is_not_where_it_happened(gazetteer):
    frame = _incidents(
        gazetteer, "(Beirut) - Jets killed 12 people in Douma on Monday, activists say."
    )
    assert list(frame.place_text) == ["Douma"]
    alone = _incidents(gazetteer, "A rocket fired from Syria wounded four in Kilis.")
    assert list(alone.place_text) == ["Kilis"]
    assert alone.geometry.isna().all()
    assert "outside Syria" in alone.iloc[0].geo_rule


def test_a_governorate_whose_side_is_told_is_not_a_village_on_that_side(gazetteer):
    frame = _incidents(
        gazetteer,
        "More than 40 civilians were killed in the airstrikes on Aleppo city\n\n"
        "In Hama province, the regime forces shelled areas in the town of Kafrzita in "
        "the northern countryside of Hama.",
    )
    assert "Hamah" not in set(frame.place)
    assert set(frame[frame.place_text != "Aleppo"].admin1) == {"Hama"}


def test_a_name_taken_loosely_is_read_again_beside_the_others_answers(gazetteer):
    frame = _incidents(
        gazetteer,
        "Rebel shelling killed two in Hamdaniyeh, while airstrikes killed eight in "
        "Sukkari.",
    )
    assert set(frame.place) == {"Hamadaniyeh", "As-Sukkari"}


def test_a_quarter_of_a_city_abroad_is_abroad(gazetteer):
    frame = _incidents(
        gazetteer,
        "Iraqi special forces advanced into the al-Zahra district of eastern Mosul on "
        "Sunday, killing 12 Islamic State fighters.",
    )
    assert frame.geometry.isna().all()
    assert "Iraq" in frame.iloc[0].geo_rule


def test_a_quarter_of_a_town_is_no_village_of_its_name_far_off(gazetteer):
    frame = _incidents(
        gazetteer,
        "Warplanes struck a regime headquarters in the Rumaila neighborhood of Al "
        "Mayadin city, killing 12.",
    )
    assert list(frame.place) == ["Mayādīn"]


def test_a_city_told_as_a_bearing_does_not_pull_its_quarters(gazetteer):
    frame = _incidents(
        gazetteer,
        "Rebels shelled the Zahra and Nubl area north of Aleppo, wounding 11.",
    )
    zahra = frame[frame.place_text == "Zahra"].iloc[0]
    assert zahra.place_kind == "village" and zahra.lat > 36.3


def test_a_camp_near_a_town_named_like_a_far_village_is_by_the_town(gazetteer):
    frame = _incidents(
        gazetteer,
        "The Kamouna camp, near the town of Sarmada in Idlib province, was hit on "
        "Thursday, killing 28 people.",
    )
    assert list(frame.place) == ["Sarmada"]
    # a base named after a village by the town it is told near: the village
    near = _incidents(
        gazetteer, "Olive Branch forces took control of Tallaf Airbase near Afrin city."
    )
    assert list(near.place) == ["Tallaf"]


def test_a_hospital_named_after_another_place_is_where_it_stands(gazetteer):
    frame = _incidents(
        gazetteer,
        "An airstrike destroyed al-Quds hospital in the al-Sukkari neighborhood, "
        "killing 50 people.",
    )
    assert list(frame.place) == ["As-Sukkari"]
    # named after the place it stands in: that place
    near = _incidents(gazetteer, "Barrel bombs hit the Sakhour hospital in Aleppo.")
    assert "Al-Sakhour" in set(near.place)


@pytest.mark.parametrize(
    ("text", "column", "values"),
    [
        # a governorate's name is not a village elsewhere that context pulls
        (
            "Shells killed three in Aleppo, and jets struck Hama on Sunday.",
            "admin1",
            {"Aleppo", "Hama"},
        ),
        # a village is not a city quarter of the same name
        (
            "Olive Branch forces took Al-Khalidiyah village in the Afrin area of "
            "northern Aleppo.",
            "place_kind",
            {"village"},
        ),
        # Barzeh is a Damascus district, not Barzah in Idleb, though it situates the
        # hospital area named before it
        (
            "Shells fell on the Tishreen Hospital area in northern Barzeh district of "
            "Damascus city.",
            "admin1",
            {"Damascus"},
        ),
    ],
)
def test_the_right_one_of_like_named_places(gazetteer, text, column, values):
    assert set(_incidents(gazetteer, text)[column]) == values


def test_the_groups_a_text_names_break_ties_between_villages_of_one_name(gazetteer):
    from geo.geocoding import theatre_context

    text = (
        "Turkish and Operation Olive Branch forces captured the YPG-held town of "
        "Kafr Janna."
    )
    row = _incidents(gazetteer, text).iloc[0]
    assert row.admin1 == "Aleppo"
    # where both the Olive Branch forces and the YPG fought, not all the YPG's east
    assert theatre_context(text).theatre == {"Aleppo"}
    # groups that fought in no governorate together: where either did
    assert theatre_context("HTS and the Southern Front").theatre == {
        "Idleb",
        "Aleppo",
        "Hama",
        "Dar'a",
        "Quneitra",
    }
    # no group named, no hint
    assert theatre_context("Jets struck Douma.").theatre == frozenset()


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (
            "Helicopters dropped barrel bombs on Hbit in Idleb southern countryside.",
            "S",
        ),
        ("Shells fell on a village in the northern countryside of Homs.", "N"),
        ("Jets struck the north-western suburbs of Damascus.", "NW"),
    ],
)
def test_a_side_of_a_countryside_is_kept_with_it(gazetteer, text, direction):
    from geo.mentions import find_mentions

    (governorate,) = [m for m in find_mentions(text, gazetteer.has_key) if m.qualifier]
    assert governorate.qualifier in ("countryside", "suburbs")
    assert governorate.direction == direction


def test_the_side_of_a_countryside_chooses_between_villages_of_one_name(gazetteer):
    # two villages of Homs are spelled Zaafarana: one north of Homs city, one west
    def place(side):
        text = f"Shells fell on Zaafarana in the {side} countryside of Homs."
        frame = _incidents(gazetteer, text)
        return frame[frame.geo_precision == 1].iloc[0]

    homs = resolve_query(gazetteer, "Homs city")
    north, west = place("northern"), place("western")
    assert north.place_id != west.place_id
    assert north.lat > homs.lat + 0.1 and abs(north.lon - homs.lon) < 0.2
    assert west.lon < homs.lon - 0.2


def test_a_neighbourhood_of_a_city_is_no_village_outside_it(gazetteer):
    # "Maghayer" loosely spells Al Mughayr, a village some 16 km out of Aleppo: a
    # quarter of the city is in the city
    frame = _incidents(
        gazetteer,
        "Jets struck the Maghayer neighbourhood of Aleppo on Monday, killing two.",
    )
    aleppo = resolve_query(gazetteer, "Aleppo city")
    assert set(frame.place_id) == {aleppo.place_id}
    from geo.geocoding import resolve_sentences
    from geo.mentions import find_mentions

    text = "Jets struck the Maghayer neighbourhood of Aleppo."
    mentions = find_mentions(text, gazetteer.has_key)
    ((first, _),) = [resolve_sentences(gazetteer, [(0, mentions)])[0]]
    assert "Al Mughayr lies 16 km from Aleppo" in first.rule


def test_a_caption_s_governorate_glued_to_its_place_is_parted(gazetteer):
    from geo.mentions import find_mentions

    text = "Hama-Kafr Zita: raids by warplanes on the town"
    found = find_mentions(
        text, gazetteer.has_key, names_governorate=gazetteer.names_governorate
    )
    assert "Kafr Zita" in [m.name for m in found]
    # a name that is hyphenated itself is left whole
    found = find_mentions(
        "Shelling hit Deir-ez-Zor.",
        gazetteer.has_key,
        names_governorate=gazetteer.names_governorate,
    )
    assert [m.name for m in found] == ["Deir-ez-Zor"]


def test_near_a_village_described_is_near_it(gazetteer):
    frame = _incidents(
        gazetteer,
        "Turkish artillery shelled Islamic State positions near the Syrian village "
        "of Dabiq on Sunday.",
    )
    assert list(frame.geo_precision) == [2]


def test_a_loose_match_outside_the_governorate_said_is_none(gazetteer):
    # "Tal al-Nuba" loosely spells a hill of Aleppo; the text puts it in Latakia
    frame = _incidents(
        gazetteer,
        "The army captured the hilltop of Tal al-Nuba in northern Latakia on Tuesday.",
    )
    assert list(frame.admin1) == ["Lattakia"]
    assert list(frame.geo_precision) == [3]


def test_the_title_s_governorate_is_a_hint_for_the_whole_article(gazetteer):
    import datetime as dt

    from geo.incidents import extract_incidents
    from geo.schema import Article

    body = "Jets carried out a series of airstrikes on the nearby town of Kabani."
    titled = "Army advances in northern Latakia\n\n" + body
    frame = extract_incidents([Article("t", titled, dt.date(2016, 10, 18))], gazetteer)
    assert list(frame.admin1.dropna()) == ["Lattakia"]
    # without the title, a loose spelling with nothing around it is not placed
    frame = extract_incidents([Article("t", body, dt.date(2016, 10, 18))], gazetteer)
    assert "Lattakia" not in set(frame.admin1.dropna())


def test_a_long_run_of_names_is_tried_in_phrases_no_longer_than_a_name(gazetteer):
    # "Aleppo Idlib Hama ..." 400 words without a full stop used to be tried in every
    # phrase of the run (tens of thousands of lookups, minutes); now a phrase is never
    # longer than a folded name can be, so the lookups grow with the run's length
    from geo.mentions import find_mentions

    unit = "Aleppo Idlib Hama Homs Kafr Nabl Al Bab "
    asked: list[str] = []

    def has_key(name: str) -> bool:
        asked.append(name)
        return gazetteer.has_key(name)

    longest = gazetteer.longest_name_words
    once = find_mentions(unit * 2, gazetteer.has_key)
    # the bound finds what trying every phrase finds
    assert once == find_mentions(unit * 2, gazetteer.has_key, longest=longest)
    assert "Kafr Nabl" in [m.name for m in once]
    assert find_mentions(unit * 50, has_key, longest=longest)[0] == once[0]
    assert len(asked) <= 400 * (2 * longest + 2)
    assert max(len(a.split()) for a in asked) <= 2 * longest + 2


def test_a_sentence_listing_hundreds_of_places_builds_few_contexts(
    gazetteer, monkeypatch
):
    # "Aleppo: 5, Aleppo: 5, ...": each mention's context is that of the others, the
    # same for all; it is built once, not once per mention
    import geo.geocoding
    from geo.extraction import extract_cues
    from geo.geocoding import resolve_sentences
    from geo.schema import Article

    built = []
    real = geo.geocoding._context_of

    def counting(resolutions, weight, g):
        built.append(len(resolutions))
        return real(resolutions, weight, g)

    monkeypatch.setattr(geo.geocoding, "_context_of", counting)
    text = "Shelling killed people in " + "Hama: 5, Homs: 3, " * 200 + "on Monday."
    cues = extract_cues(Article("list", text), gazetteer)
    (found,) = resolve_sentences(gazetteer, [(c.section, c.mentions) for c in cues])
    assert len(found) == 400
    assert {r.name for r in found} == {"Hama", "Homs"}
    assert sum(built) < 10 * 400  # was 400 contexts of 399 places each


def test_a_loose_match_the_wrong_way_from_the_place_said_is_none(gazetteer):
    # "Tokhar north of Manbij": the only loose match, Qukhar, lies south-east of it
    frame = extract_incidents(
        [
            Article(
                "t",
                "Air strikes killed 56 civilians in the village of Tokhar north of "
                "the town of Manbij on Tuesday.",
                dt.date(2016, 7, 20),
            )
        ],
        gazetteer,
    )
    (row,) = frame.itertuples()
    assert row.place != "Qukhar" and row.place == "Manbij"
    assert row.geo_precision == 2
    # a loose match that lies the way said is kept: Hretan north of Aleppo
    (row,) = extract_incidents(
        [Article("t", "Russian raids on Hretan, north of Aleppo, on Monday.")],
        gazetteer,
    ).itertuples()
    assert row.place == "Huraytan"


@pytest.mark.parametrize(
    ("kurdish", "place"),
    [
        ("Serêkaniyê", "Ra's al `Ayn"),
        ("Dirbêsiyê", "Ad Darbāsīyah"),
        ("Tirbespiyê", "Al Qahtaniyah"),
        ("Qamishlo", "Al Qamishli"),
        ("Rmeilan", "Huqul ar Rumaylan"),
        ("Girê Spî", "Tall Abyad"),
        ("Kobanê", "'Ayn al 'Arab"),
    ],
)
def test_kurdish_names_of_towns_resolve(gazetteer, kurdish, place):
    r = resolve_query(gazetteer, kurdish)
    assert (r.name, r.geo_precision) == (place, 1)


def test_a_word_of_english_before_a_place_in_a_headline_is_no_group(gazetteer):
    from geo.mentions import find_mentions

    names = [
        m.name
        for m in find_mentions(
            "Analysis: Why Aleppo matters",
            gazetteer.has_key,
            has_light_key=gazetteer.has_light_key,
            names_governorate=gazetteer.names_governorate,
        )
    ]
    assert names == ["Aleppo"]


def test_the_place_that_has_the_name_as_written_wins_a_tie(gazetteer):
    # "Mare" folds like Marah and Ma'arrat an-Nu'man; Mare' (Marea) is spelled so
    for text in ("Warplanes shelled Mare city.", "Warplanes shelled Mare` city."):
        (row,) = extract_incidents([Article("t", text)], gazetteer).itertuples()
        assert row.place == "Mari`"
    # the article is written or left out at will: "Khuraybah" is still al-Khuraybah
    # of Idleb, the nearer of two spellings, as before the tie-break
    (row,) = extract_incidents(
        [Article("t", "The army shelled Khuraybah village in Idleb countryside.")],
        gazetteer,
    ).itertuples()
    assert row.place == "Al Khuraybah"


def test_a_governorate_after_a_comma_situates_the_place_before_it(gazetteer):
    from geo.mentions import find_mentions

    def situating(text):
        found = find_mentions(
            text,
            gazetteer.has_key,
            has_light_key=gazetteer.has_light_key,
            names_governorate=gazetteer.names_governorate,
        )
        return {m.name: m.context_for for m in found}

    # "Afrin, Aleppo,": Aleppo says where Afrin is, and makes no incident of its own
    assert (
        situating(
            "Factions took control of Hawran village in northern Afrin, Aleppo, "
            "following clashes."
        )["Aleppo"]
        == 1
    )
    # a list of places is no place and its governorate
    assert situating("Air strikes hit Douma, Aleppo and Homs.")["Aleppo"] is None
    assert situating("Air strikes hit Douma, Harasta, Aleppo.")["Aleppo"] is None


def test_a_town_in_central_daraa_is_no_quarter_of_the_city(gazetteer):
    # "town" qualifies an unknown spelling too, and "central Dar'a" pulls towards
    # the city only as a city named like its governorate does (half as hard)
    (row,) = extract_incidents(
        [Article("t", "Regime forces shelled Abtaa town in central Dar'a.")],
        gazetteer,
    ).itertuples()
    assert row.place == "Ibta`"
    # a side before a town is still the side: Western Ghariyeh
    (row,) = extract_incidents(
        [
            Article(
                "t", "Regime forces shelled Western Ghariyeh town in Dar'a countryside."
            )
        ],
        gazetteer,
    ).itertuples()
    assert row.place == "Ghariyah al Gharbiyah"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Factions controlled Yabseh village in the northern countryside of Aleppo.",
            "Al Yabisah",
        ),
        ("Civilians of Jeineh village in Aleppo countryside protested.", "Al Jinah"),
    ],
)
def test_a_village_spelled_loosely_in_a_governorate(gazetteer, text, place):
    # a two-letter skeleton of the name itself, not "Tall" + a loose spelling of it
    frame = extract_incidents([Article("t", text, dt.date(2018, 3, 2))], gazetteer)
    assert list(frame["place"]) == [place]


def test_a_place_in_a_quarter_is_not_a_province_away(gazetteer):
    # Bab as Salam of Hasakeh is 550 km from Damascus's Old City: the quarter stands
    (row,) = extract_incidents(
        [
            Article(
                "t",
                "Rocket shells fell on the Bab al-Salam area in the Old City of "
                "Damascus city, injuring 1 person.",
            )
        ],
        gazetteer,
    ).itertuples()
    assert row.place == "Old Damascus" and row.geo_precision == 2


def test_a_caption_naming_governorate_then_town(gazetteer):
    # "Sham" names groups ("Ahrar al-Sham") but ends "Bosra Sham"; "Dara" before it
    # is the governorate, which Bosra, 40 km from Dar'a city, lies in
    (row,) = extract_incidents(
        [Article("t", "Dara Bosra Sham third airstrike of the Russian aviation")],
        gazetteer,
    ).itertuples()
    assert row.place == "Busra ash Sham" and row.geo_precision == 1


def test_a_side_written_after_a_village_is_its_eastern_namesake(gazetteer):
    (row,) = extract_incidents(
        [
            Article(
                "t",
                "Al Ghariya eastern: the moment of targeting the town with missiles",
            )
        ],
        gazetteer,
    ).itertuples()
    assert row.place == "Ghariyah ash Sharqiyah"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition says where the place is: no second incident at the city
        ("Shelling killed 5 in Douma, a suburb of Damascus.", [("Douma", 1)]),
        (
            "Shelling killed 5 in Douma, a rebel-held town near Damascus.",
            [("Douma", 1)],
        ),
        ("Douma, the main town of Eastern Ghouta, was shelled.", [("Douma", 1)]),
        # "Raed Saleh, head of the White Helmets": a person, not Ard Assali
        (
            "Raed Saleh, head of the White Helmets, said 12 people were killed in "
            "Idlib.",
            [("Idlib", 1)],
        ),
        # a place described by its council's head is still a place
        (
            "Shelling hit Kafr Nabl, a town whose head of council said 5 were killed.",
            [("Kafr Nabl", 1)],
        ),
        # "Hama's northern countryside" is the governorate's, not the city
        ("Shelling killed 5 in Hama's northern countryside.", [("Hama", 3)]),
    ],
)
def test_phrases_that_situate_a_place(gazetteer, text, expected):
    frame = extract_incidents([Article("t", text)], gazetteer)
    assert list(zip(frame.place, frame.geo_precision, strict=True)) == expected


def test_a_distance_converted_in_brackets_is_counted_once(gazetteer):
    text = "Shelling killed 5 in a village 20 km (12 miles) south of Aleppo."
    (row,) = extract_incidents([Article("t", text)], gazetteer).itertuples()
    assert row.geo_rule == "20 km S of Aleppo"


def test_a_name_goes_on_through_a_word_that_names_groups(gazetteer):
    from geo.mentions import find_mentions

    def names(text):
        return [
            m.name
            for m in find_mentions(
                text,
                gazetteer.has_key,
                has_light_key=gazetteer.has_light_key,
                names_governorate=gazetteer.names_governorate,
            )
        ]

    assert names("Shells hit Tall Muhammad Diyab on Monday.") == ["Tall Muhammad Diyab"]
    assert "Bosra Sham" in names("Dara Bosra Sham third airstrike")


def test_a_village_spelled_alike_far_outside_the_governorate_said_is_not_it(gazetteer):
    from geo.mentions import find_mentions

    text = (
        "Warplanes carried out raids on the villages of Tall al-Sakhr and nearby "
        "al-Karkour in northwest Hama."
    )
    found = find_mentions(
        text,
        gazetteer.has_key,
        has_light_key=gazetteer.has_light_key,
        names_governorate=gazetteer.names_governorate,
    )
    # Hama situates the whole list, not only the place right before it
    hama = next(m for m in found if m.name == "Hama")
    assert hama.context_for == 1 and hama.also_for == (0,)
    frame = extract_incidents([Article("t", text)], gazetteer)
    # not Tall as-Sakhr of Hasakeh, 370 km away
    assert "Al-Hasakeh" not in set(frame.admin1)
    # a village just over the line stays: Jaba (Quneitra) told "in Dar'a countryside"
    (row,) = extract_incidents(
        [Article("t", "Several shells fell on Jaba village in Dar'a countryside.")],
        gazetteer,
    ).itertuples()
    assert row.place == "Jaba"


def test_a_sense_of_the_collection_outside_the_governorate_said_is_not_taken(gazetteer):
    from geo.geocoding import Resolution, _sensed, resolve_query
    from geo.names import name_key
    from geo.schema import Mention

    hama = resolve_query(gazetteer, "Hama Province")
    mentions = [
        Mention("Tall al-Sakhr", 0, 13, "Tall al-Sakhr village"),
        Mention("Hama", 30, 34, "northern Hama", qualifier="part", context_for=0),
    ]
    final = [Resolution(query="Tall al-Sakhr", reason="no place"), hama]
    hasakeh = next(m.place.id for m in gazetteer.lookup("Tall as Sakhr"))
    senses = {name_key("Tall al-Sakhr"): (hasakeh, 3)}
    assert _sensed(gazetteer, mentions, final, senses)[0].place_id is None
    # the same sense, where nothing says which governorate, is taken
    alone = [Mention("Tall al-Sakhr", 0, 13, "Tall al-Sakhr")]
    sensed = _sensed(gazetteer, alone, final[:1], senses)
    assert sensed[0].place_id == hasakeh


def test_the_hamdaniyeh_district_is_aleppos(gazetteer):
    (row,) = extract_incidents(
        [Article("t", "Rebels shelled the government-held al-Hamdaniyeh district.")],
        gazetteer,
    ).itertuples()
    assert (row.place, row.admin1) == ("Hamadaniyeh", "Aleppo")
    # a village of that name stays a village
    (row,) = extract_incidents(
        [Article("t", "Shells hit Hamdaniyah village in Hama countryside.")], gazetteer
    ).itertuples()
    assert row.admin1 == "Hama"


def test_al_mashhad_in_aleppo_city_is_the_district(gazetteer):
    text = (
        "In Aleppo city, 41 civilians were killed by regime shelling on the remaining "
        "rebel-held neighbourhoods of al-Mashhad, al-Ansari and al-Sukkari."
    )
    frame = extract_incidents([Article("t", text)], gazetteer)
    assert "Al-Ansari Mashhad" in set(frame.place)
    assert "Mashhad" not in set(frame.place)  # the village 25 km west


def test_a_village_by_the_line_of_the_governorate_named(gazetteer):
    """ "Qaturah village in the western countryside of Aleppo" is the Qaturah a few
    km over the line in Idleb, not a village of Aleppo spelled a little alike."""
    rows = _incidents(
        gazetteer, "Rebels took Qaturah village in the western countryside of Aleppo."
    )
    assert list(rows.place) == ["Qaturah"] and list(rows.admin1) == ["Idleb"]


def test_a_governorate_named_nearby_pulls_a_village_by_its_line(gazetteer):
    """Of two Al Mansurahs, the one within 5 km of Idleb, named nearby, over the one
    in Raqqa (weakly: half the bonus of one inside)."""
    from geo.geocoding import Context, resolve_mention
    from geo.schema import Mention

    r = resolve_mention(
        gazetteer,
        Mention("Al Mansurah", 0, 11, "Al Mansurah"),
        Context(admin1={"Idleb": 1.0}),
    )
    assert r.admin1 == "Hama" and "within 5 km of Idleb" in r.rule


def test_a_village_inside_the_governorate_named_over_one_by_its_line(gazetteer):
    # Al Huwayjah (Hama) and Al Hawiyah (Lattakia, within 5 km of Hama) are both
    # spelled loosely alike; "in Hama countryside" tells which
    rows = _incidents(
        gazetteer, "The Syrian army shelled Hweijeh village in Hama countryside."
    )
    assert list(rows.place) == ["Al Huwayjah"] and list(rows.admin1) == ["Hama"]


def test_a_village_by_the_line_spelled_far_closer_than_any_inside(gazetteer):
    # Harzah, 3 km inside Idleb, "Hazra" among its names; no village of Aleppo is
    # spelled nearly as alike
    rows = _incidents(
        gazetteer, "Rebel fighters took control of Hezrah town in western Aleppo."
    )
    assert list(rows.place) == ["Harzah"] and list(rows.admin1) == ["Idleb"]


@pytest.mark.parametrize(
    "text",
    [
        # one candidate, a quarter of Dar'a city
        "Shelling on residential areas of Damascus city, including Bab Touma and "
        "Al-Abbasiyyin, killed two civilians.",
        # a quarter of Damascus named beside it says the city
        "Four people were killed when shells hit the Bab Touma, Qassaa and "
        "Abbasiyyin areas.",
        # several candidates, one of them a quarter of a city in Idleb
        "An IED detonated on the road to Shamali neighborhood of Nawa city in "
        "northwest Dar'a. No fatalities reported.",
    ],
)
def test_a_quarter_of_a_city_in_another_governorate_is_not_meant(gazetteer, text):
    frame = _incidents(gazetteer, text)
    assert len(frame) and set(frame.admin1.dropna()) <= {"Damascus", "Dar'a"}
    assert "Alabbasiah" not in set(frame.place) and "Al Shamali" not in set(frame.place)


def test_a_quarter_the_collection_resolved_elsewhere_is_not_meant(gazetteer):
    frame = extract_incidents(
        [
            Article(
                "a",
                "Shells hit the Abbasiyyin neighbourhood of Dar'a city.",
                dt.date(2018, 3, 1),
            ),
            Article(
                "b",
                "Shells landed on the Qassaa and Abbasiyyin areas in the Sarouja "
                "district of Damascus city.",
                dt.date(2018, 3, 1),
            ),
        ],
        gazetteer,
    )
    assert set(frame[frame.article_id == "b"].admin1) == {"Damascus"}


def test_a_name_spelled_only_like_a_place_elsewhere_is_not_it(gazetteer):
    # "Tal al-Nabi" is spelled a little like Tall al `Inab, in Aleppo; the sentence
    # is in Latakia
    frame = _incidents(
        gazetteer,
        "The army liberated the hilltop of Tal al-Nabi Younes in northern Latakia "
        "on Tuesday.",
    )
    assert set(frame.admin1.dropna()) == {"Lattakia"}
    frame = _incidents(
        gazetteer,
        "Warplanes shelled Hajj Hammoud farm in the countryside of Jisr-Ash-Shugur in "
        "western Idleb, killing 3 people.",
    )
    assert set(frame.admin1.dropna()) == {"Idleb"}


def test_a_quarter_is_no_village_of_that_name_elsewhere(gazetteer):
    frame = _incidents(
        gazetteer,
        "Coalition airstrikes on Raqqa city killed at least 21 civilians on Monday. "
        "The Observatory said the strikes hit the al-Badu neighborhood in the city's "
        "center.",
    )
    assert set(frame.admin1.dropna()) == {"Ar-Raqqa"}


def test_a_district_of_the_city_told_is_no_quarter_of_another_city(gazetteer):
    frame = _incidents(
        gazetteer,
        "Fighting erupted in Hasakah city on Tuesday. The clashes spread on Wednesday "
        "to the southern neighbourhoods, where the Kurds said they captured the "
        "Aziziyah district.",
    )
    # Aleppo's A'aziziyeh quarter is 200 km away: the part of Hasakah told instead
    assert set(frame.admin1.dropna()) == {"Al-Hasakeh"}
    # the city told paragraphs before, and a group that fought in Aleppo too
    frame = _incidents(
        gazetteer,
        "Regime jets bombed Kurdish-held districts of Hasakah city on Thursday.\n\n"
        "Fighting between the Asayish and the regime's militia erupted on Tuesday. "
        "The Asayish detained several militiamen. Both sides brought reinforcements."
        "\n\nThe clashes spread on Wednesday to the southern neighbourhoods, where "
        "the Kurds said they captured the Aziziyah district.",
    )
    assert set(frame.admin1.dropna()) == {"Al-Hasakeh"}
    assert (frame.geo_precision == 2).sum() == 1


def test_a_name_with_a_last_word_of_which_one_is_its_head(gazetteer):
    # "the Druze Kaftin": the village Kaftin, when no place bears the whole name
    r = resolve_query(gazetteer, "Kaftin al-Druziya, Idleb")
    assert r.name == "Kaftayn"
    # the whole name spelled loosely comes first; a side is not a name
    assert resolve_query(gazetteer, "Jamqaq Kabir, Aleppo").name == "Sawwan Kabir"
    assert resolve_query(gazetteer, "Eastern Al-Ghariyah, Daraa").lat is not None


@pytest.mark.parametrize(
    ("query", "name", "admin1"),
    [
        # the press's spellings of well-known towns
        ("Qusair", "Al Qusayr", "Homs"),
        ("Jerablus", "Jarābulus", "Aleppo"),
        ("Membij", "Manbij", "Aleppo"),
        ("Madiq", "Qal`at al Madiq", "Hama"),
        ("Khasham", "Khusham", "Deir-ez-Zor"),
    ],
)
def test_the_press_spellings_of_known_towns(gazetteer, query, name, admin1):
    r = resolve_query(gazetteer, query)
    assert (r.name, r.admin1) == (name, admin1)


def test_a_bare_name_of_a_great_and_little_pair_is_the_great(gazetteer):
    # "the town of Urum": Urum al-Kubra; a name the gazetteer knows stays itself
    assert resolve_query(gazetteer, "Urum").name == "Urum al Kubra"
    assert resolve_query(gazetteer, "Sarja, Idleb").name != "Sarja al Kabir"


def test_an_offset_in_miles_is_told_in_km_rounded(gazetteer):
    r = resolve_query(gazetteer, "3 miles south of Idlib")
    assert r.rule.startswith("4.8 km S of Idlib")


def test_a_hill_named_after_a_village_is_near_it(gazetteer):
    r = resolve_query(gazetteer, "Tell Mardikh")
    assert (r.name, r.geo_precision) == ("Mardikh", 2)
    # a hill the gazetteer knows is itself
    assert resolve_query(gazetteer, "Tal Rifaat").geo_precision == 1


def test_a_side_the_sentence_names_chooses_between_villages_of_one_name(gazetteer):
    # two villages of Aleppo are called Shaykh `Aqil: one west of Aleppo city, one
    # east; the side told before the village, not situating it, still chooses
    aleppo = resolve_query(gazetteer, "Aleppo city")
    for side, west in [("western", True), ("eastern", False)]:
        frame = _incidents(
            gazetteer,
            f"Rebels pushed into {side} Aleppo, retaking Sheikh Aqil village.",
        )
        (village,) = frame[frame.geo_precision == 1].itertuples()
        assert (village.lon < aleppo.lon) is west


def test_a_side_chooses_between_places_spelled_alike_by_the_line(gazetteer):
    # "Selwa" is spelled as no place: Salwah by the line in Idleb, west of Aleppo
    # city, and the two Salwa of Jarablus in the east are spelled alike
    aleppo = resolve_query(gazetteer, "Aleppo city")
    for side, west in [("western", True), ("eastern", False)]:
        frame = _incidents(
            gazetteer, f"Rebels took Selwa village in Aleppo {side} countryside."
        )
        (village,) = frame[frame.geo_precision == 1].itertuples()
        assert (village.lon < aleppo.lon) is west


def test_a_name_spelled_all_but_alike_on_the_side_named_beats_one_elsewhere(gazetteer):
    # "Al-Amriyah" is spelled as one Al `Amiriyah of Homs, south-west of the city;
    # "in northern Homs" means the one north of it, spelled a vowel apart
    homs = resolve_query(gazetteer, "Homs city")

    def village(side):
        frame = _incidents(
            gazetteer, f"Shells hit Al-Amriyah village in {side} Homs on Monday."
        )
        (found,) = frame[frame.geo_precision == 1].itertuples()
        return found

    assert village("northern").lat > homs.lat + 0.05
    assert village("southern").lat < homs.lat


def test_a_loose_match_off_the_side_named_is_no_place(gazetteer):
    # Tall Sha`ir of Hasakeh, spelled a little like "Tal Shayr", lies north of the
    # city, not in its southern countryside
    off = _incidents(
        gazetteer,
        "Coalition jets struck a car in Tal Shayr in the southern countryside of Al "
        "Hasakeh.",
    )
    assert not (off.geo_precision == 1).any()
    # a loose spelling on the side named stays
    (on,) = _incidents(
        gazetteer, "Russian jets struck Khan Shaykun town in southern Idleb."
    ).itertuples()
    assert on.place == "Khān Shaykhūn"


def test_a_quarter_named_like_a_far_village_is_in_the_town_told_before(gazetteer):
    frame = _incidents(
        gazetteer,
        "Islamic State militants pushed back into the ancient town of Palmyra on "
        "Saturday. The militants seized the grain silos before entering the Amiriya "
        "neighborhood, the Observatory said.",
    )
    quarter = frame[frame.place_text == "Amiriya"]
    assert list(zip(quarter.place, quarter.geo_precision, strict=True)) == [
        ("Palmyra", 2)
    ]
    assert "the town told before" in quarter.geo_rule.iloc[0]


def test_a_quarter_the_sentence_situates_stays_where_it_says(gazetteer):
    frame = _incidents(
        gazetteer,
        "A suspected chlorine attack hit the town of Saraqib on Sunday. Twin suicide "
        "bombings ripped through the Sayyida Zeinab district south of Damascus on "
        "Monday, killing at least 50 people.",
    )
    assert "Saraqib" not in set(frame[frame.killed == 50].place)
    frame = _incidents(
        gazetteer,
        "Rebels shelled the town of Mhardeh on Monday. In Aleppo, militants fired "
        "shells on the al-Hamdaniyeh neighborhood, injuring a child.",
    )
    assert set(frame[frame.injured == 1].admin1) == {"Aleppo"}


def test_a_quarter_that_names_its_city_is_kept_beside_an_ambiguous_one(gazetteer):
    # "Mahatta" alone is also a quarter of Homs and of Tartous: told beside "Daraa
    # al-Balad", it does not pull the sentence to Homs
    rows = _incidents(
        gazetteer,
        "On Tuesday, the army shelled rebel positions in Daraa al-Balad, and rebels "
        "responded by firing mortars at the Mahatta district, wounding 4.",
    )
    assert list(rows.place) == ["Daraa al-Balad", "Daraa al-Mahatta"]
