import pytest

from geo.errors import GazetteerError
from geo.gazetteer import default_gazetteer_dir, index_keys, load_gazetteer
from geo.names import name_key, skeleton_key


def test_loads_places_of_every_kind(gazetteer):
    kinds = {p.kind for p in gazetteer.places}
    assert {
        "governorate",
        "district",
        "city",
        "town",
        "village",
        "neighbourhood",
        "airfield",
    } <= kinds
    assert len(gazetteer.governorates) == 14


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Khan Sheikhoun", "Idleb"),
        ("Khan Shaykhun", "Idleb"),
        ("خان شيخون", "Idleb"),
        ("al-Wa'er", "Homs"),
        ("Jisr al-Shughour", "Idleb"),
        ("Latamneh", "Hama"),
        ("Masakan Hanano", "Aleppo"),
        ("1070 Apartment Projects", "Aleppo"),
        ("Dahiyat al-Assad", "Aleppo"),
        ("al-Firdous", "Aleppo"),
        ("al-Maadi", "Aleppo"),
        ("Jabal al-Tharda", "Deir-ez-Zor"),
        ("Ghuwayran", "Al-Hasakeh"),
        # Turkish media's names
        ("Çobanbey", "Aleppo"),
        ("Resulayn", "Al-Hasakeh"),
    ],
)
def test_lookup_finds_spelling_variants(gazetteer, name, admin1):
    matches = gazetteer.lookup(name)
    assert matches, name
    assert admin1 in {m.place.admin1 for m in matches}


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        # Kurdish media's names
        ("Cindirês", "wof:1209604917"),
        ("Raco", "wof:1260267483"),
        ("Reco", "wof:1260267483"),
        ("Şera", "wof:1343651379"),  # Sharan
        ("Mabeta", "wof:1242667301"),
        ("Şiyê", "wof:1242858995"),
        ("Bilbilê", "wof:1260171169"),
        ("Şehba", "geo:shahba"),
        ("Til Koçer", "wof:1209931935"),  # al-Yarubiyah
        ("Tel Kocher", "wof:1209931935"),
        ("Çelaxa", "wof:1293214817"),  # al-Jawadiyah
        # Kobanî is 'Ayn al 'Arab only, not Afrin (a source's wrong name)
        ("Kobanî", "wof:1360282145"),
    ],
)
def test_kurdish_names_find_their_places(gazetteer, name, place_id):
    light = [m.place.id for m in gazetteer.lookup(name) if m.match == "light"]
    assert place_id in light
    assert name != "Kobanî" or light == [place_id]


def test_neighbourhoods_know_their_city(gazetteer):
    sakhour = gazetteer.lookup("Sakhour")[0].place
    city = gazetteer.by_id[sakhour.parent]
    assert (city.name, city.kind) == ("Aleppo", "city")


def test_unknown_name_returns_empty(gazetteer):
    assert gazetteer.lookup("Xyzzyville") == []
    assert gazetteer.lookup("") == []


def test_fuzzy_is_last_resort_and_reported(gazetteer):
    assert gazetteer.lookup("Khan Sheikhounn")  # loose key already folds doubles
    fuzzy = gazetteer.lookup("Jisr al-Shughourx", fuzzy=True)
    assert fuzzy and all(m.match == "fuzzy" and m.score < 0.8 for m in fuzzy)


def test_twin_villages_answer_without_their_qualifier(gazetteer):
    """ "Qantara" is Al Qantarah al Janubiyah: reporters leave out the small/big,
    upper/lower, east/west; a loose match, behind the very name. A base of three
    letters is too loose ("Horta" is not Harat al-Gharbi)."""
    light, loose = index_keys(["Al Qantarah al Janubiyah"])
    assert skeleton_key("Qantara") in loose and name_key("Qantara") not in light
    found = {m.place.name: m for m in gazetteer.lookup("Qantara")}
    assert found["Al Qantarah al Janubiyah"].match == "skeleton"
    assert "qantara" in found["Al Qantarah al Janubiyah"].keys  # weighed without it
    assert "Harat al Gharbi" not in {m.place.name for m in gazetteer.lookup("Horta")}


def test_stored_keys_match_the_current_normaliser():
    """places.csv stores its index keys; a change to geo.names needs a rebuild."""
    import csv

    with (default_gazetteer_dir() / "places.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names = [n for n in [row["name"], *row["names"].split("|")] if n]
            light, loose = index_keys(list(dict.fromkeys(names)))
            assert row["keys"].split("|") == light or not row["keys"], row["id"]
            assert [k for k in row["skeletons"].split("|") if k] == loose, row["id"]


def test_user_places_add_and_override(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text(
        "id,name,lat,lon,admin1,names\n"
        "me:1,Tell Qarameel,36.25,37.42,Aleppo,Tal Qaramel\n",
        encoding="utf-8",
    )
    g = load_gazetteer(extra=[extra])
    assert g.lookup("Tal Qaramel")[0].place.id == "me:1"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,name\nx,Foo\n", "missing columns"),
        ("id,name,lat,lon\nx,Foo,abc,37\n", "not numbers"),
        ("id,name,lat,lon\nx,Foo,95,37\n", "out of range"),
    ],
)
def test_bad_user_csv_names_file_and_line(tmp_path, content, message):
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as info:
        load_gazetteer(extra=[bad])
    assert "bad.csv" in str(info.value)


@pytest.mark.parametrize(
    ("query", "place_id", "kind"),
    [
        # the air bases of the war that airportsdata lacks
        ("T4 airbase", "geo:airbase-tiyas-t4", "airfield"),
        ("Kuweires military airport", "geo:airbase-kuweires", "airfield"),
        ("Menagh airbase", "geo:airbase-menagh", "airfield"),
        ("Abu al-Duhur military airport", "geo:airbase-abu-al-duhur", "airfield"),
        # districts as reporters spell them
        ("Jobar", "ocha:A008", "neighbourhood"),
        ("Joubar", "ocha:A008", "neighbourhood"),
        ("al-Ramouseh", "ocha:N0226", "neighbourhood"),
        # east Aleppo districts of the 2016 siege that OCHA's list lacks
        ("Tareeq al-Bab", "geo:aleppo-tariq-al-bab", "neighbourhood"),
        ("Bab al-Nayrab", "geo:aleppo-bab-al-nairab", "neighbourhood"),
        ("Ard al-Hamra, Aleppo", "geo:aleppo-ard-al-hamra", "neighbourhood"),
        ("Daraa al-Balad", "geo:daraa-al-balad", "neighbourhood"),
        ("Bani Zeid", "geo:aleppo-bani-zeid", "neighbourhood"),
        ("al-Hellok", "ocha:N0126", "neighbourhood"),
        ("al-Eis", "wof:1210011051", "village"),
        ("Tal al-Eis", "wof:1210011051", "village"),
        ("al-Jorah", "ocha:N0413", "neighbourhood"),
        ("Kefraya", "wof:1343348707", "village"),
        ("Foah", "wof:1310392609", "village"),
        ("al-Heisha", "wof:1276769017", "village"),
        # names the press uses that the sources do not give
        ("Tabqa", "wof:890449887", "town"),
        ("Hmeimim air base", "icao:OSLK", "airfield"),
        ("Nayrab military airport", "icao:OSAP", "airfield"),
        ("Shehba", "geo:shahba", "region"),
        ("Ghouta", "geo:eastern-ghouta", "region"),
        ("Bab al-Hawa border crossing", "geo:bab-al-hawa-crossing", "landmark"),
        ("Bab al-Salameh", "geo:bab-al-salama-crossing", "landmark"),
        ("Mohassan", "wof:1209807209", "town"),
        ("Bab Antakya", "geo:aleppo-bab-antakya", "neighbourhood"),
        ("Citadel of Aleppo", "geo:aleppo-citadel", "landmark"),
        ("al-Jazmati", "ocha:N0187", "neighbourhood"),
        ("Damascus Suburbs", "ocha:SY03", "governorate"),
        ("the Rukban camp", "geo:rukban-camp", "landmark"),
        ("الركبان", "geo:rukban-camp", "landmark"),
        ("Tishreen Dam", "geo:tishrin-dam", "landmark"),
        ("the Euphrates Dam", "geo:tabqa-dam", "landmark"),
        ("Neirab camp", "geo:aleppo-neirab-camp", "landmark"),
        ("Handarat camp", "geo:aleppo-handarat-camp", "landmark"),
        ("Ithriya", "wof:1293777781", "village"),
        ("Ramouseh artillery academy", "ocha:N0226", "neighbourhood"),
    ],
)
def test_curated_additions_resolve(gazetteer, query, place_id, kind):
    from geo.geocoding import resolve_query

    r = resolve_query(gazetteer, query)
    precision = {"region": 2, "governorate": 3}.get(kind, 1)  # an area, not a spot
    assert (r.place_id, r.kind, r.geo_precision) == (place_id, kind, precision)


def test_a_malformed_list_of_places_abroad_names_its_file(tmp_path):
    import shutil

    from geo.gazetteer import default_gazetteer_dir

    shutil.copy(default_gazetteer_dir() / "places.csv", tmp_path / "places.csv")
    (tmp_path / "foreign.csv").write_text("name,country\nBeirut,Lebanon\n", "utf-8")
    with pytest.raises(GazetteerError, match=r"foreign\.csv"):
        load_gazetteer(tmp_path)
    # without the list, nothing is abroad, and loading still works
    (tmp_path / "foreign.csv").unlink()
    assert load_gazetteer(tmp_path).country_of("Beirut") is None


def test_words_of_names_are_known_and_english_words_are_not(gazetteer):
    assert gazetteer.has_name_word("airport")
    assert gazetteer.has_name_word("military")
    assert not gazetteer.has_name_word("with")


def test_fuzzy_matching_in_a_governorate_finds_what_a_full_scan_finds(gazetteer):
    from rapidfuzz import fuzz, process

    from geo.gazetteer import FUZZY_THRESHOLD_IN_CONTEXT

    within = frozenset({"Idleb"})
    for key in ("kafr nabel", "saraqeb", "maaret numan"):
        every = sorted(set(gazetteer._keys_by_admin1("Idleb")))
        full = process.extract(
            key,
            every,
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_THRESHOLD_IN_CONTEXT,
            limit=5,
        )
        found = {m.place.id for m in gazetteer._fuzzy(key, within)}
        expected = {
            p.id
            for other, _, _ in full
            for p in gazetteer._light[other]
            if p.admin1 in within
        }
        assert found == expected


def test_a_wrong_name_row_takes_a_name_away(tmp_path):
    # tools/build_gazetteer.py reads additions.csv: "wrong name" rows drop a name a
    # source gave the wrong place (Menagh is Minaq, not Ma`arrin)
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    additions = tmp_path / "additions.csv"
    additions.write_text(
        "id,name,kind,lat,lon,admin1,parent,names,alias_of,relative_to,source\n"
        ",,wrong name,,,,,Menagh,a,,wrong\n"
        ",,,,,,,Menagh,b,,alias\n",
        encoding="utf-8",
    )
    by_id = {"a": {"names": ["Ma`arrin", "Menagh"]}, "b": {"names": ["Minaq"]}}
    rows, problems = build._addition_rows(additions, by_id)
    assert (rows, problems) == ([], [])
    assert by_id["a"]["names"] == ["Ma`arrin"]
    assert "Menagh" in by_id["b"]["names"]


def test_menagh_is_the_town_by_its_air_base(gazetteer):
    (match, *_) = gazetteer.lookup("Menagh")
    assert match.place.name == "Minaq"


def test_a_short_skeleton_of_the_name_competes_with_a_generic_variant(gazetteer):
    # within Aleppo, "Yabseh" is Al Yabisah (skeleton "bs"); "Tall Yabseh" spelled
    # loosely (Tall Abbas) is only a candidate beside it
    found = gazetteer.lookup("Yabseh", fuzzy=True, within=frozenset({"Aleppo"}))
    inside = [m.place.name for m in found if m.place.admin1 == "Aleppo"]
    assert "Al Yabisah" in inside


def test_two_quarters_ocha_counts_as_one_answer_to_each_name(gazetteer):
    """OCHA's "Al Thawra_ Al Jourah" is two quarters of Deir ez-Zor counted as one:
    each name finds it."""
    for name in ("Al Jourah", "al-Joura", "Al Thawra"):
        assert "ocha:N0413" in {m.place.id for m in gazetteer.lookup(name)}


def test_edlib_is_idlib(gazetteer):
    found = {(m.place.kind, m.match) for m in gazetteer.lookup("Edlib")}
    assert {("city", "light"), ("governorate", "light")} <= found


def test_one_town_in_two_sources_farther_apart_is_one_place(gazetteer):
    # Who's On First has Darayya twice, as towns 3 km apart: one town
    towns = [
        m.place
        for m in gazetteer.lookup("Darayya")
        if m.place.kind == "town" and m.place.admin1 == "Rural Damascus"
    ]
    assert len(towns) == 1


def test_haish_is_hish(gazetteer):
    (match, *_) = gazetteer.lookup("Haish")
    assert (match.place.name, match.place.admin1) == ("Hish", "Idleb")


def test_a_town_s_twin_over_a_governorate_border_is_the_town(gazetteer):
    # Who's On First has Darayya a third time, as a village of Damascus 7 km north
    found = {
        m.place.id for m in gazetteer.lookup("Daraya") if m.place.kind != "district"
    }
    assert len(found) == 1


def test_a_hashtags_words_run_together_are_read_apart(gazetteer):
    assert gazetteer.has_key("KhanShaykhun")
    assert gazetteer.lookup("KhanShaykhun")[0].place.name == "Khān Shaykhūn"
    assert gazetteer.lookup("KhanShaykhun")[0].match == "light"


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Aqyol", "ocha:N0155"),  # Aghyol, Aleppo's old city
        ("al-Myassar", "ocha:N0194"),  # Karm Myassar
        ("Mudeira", "wof:1293375559"),  # Mudayra, Eastern Ghouta
        ("Qassaa", "ocha:N0034"),  # Al Qusa', Damascus
        ("Hajira", "wof:1260075757"),  # Hujayrah, south of Damascus
        ("Sbeineh", "wof:1209434851"),  # Asbaynah
    ],
)
def test_the_press_spellings_of_quarters_and_towns_find_them(gazetteer, name, place_id):
    light = [m.place.id for m in gazetteer.lookup(name) if m.match == "light"]
    assert light[:1] == [place_id]


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Ma'arshurin", "Ma`arr Shurin"),
        ("Kafrnabl", "Kafr Nabl"),
        ("Dar Kir", "Dar Kabir"),
    ],
)
def test_a_name_run_together_or_split_apart(gazetteer, name, place):
    (first, *_) = gazetteer.lookup(name)
    assert (first.place.name, first.match) == (place, "light")


def test_generic_words_run_together_name_no_place(gazetteer):
    # "military air base" is how Al Al Airport is also called: "Military Airbase"
    # written as two words is no light match of it
    assert not any(m.match == "light" for m in gazetteer.lookup("Military Airbase"))
