"""Extraction end to end on the seed articles, scored against the analysts' gold file."""

import datetime as dt

import pandas as pd
import pytest

from geo.evaluate import score_gold
from geo.incidents import extract_incidents
from geo.schema import INCIDENT_COLUMNS, WGS84, Article


def test_seed_gold_score(seed_incidents, gold_csv):
    score = score_gold(seed_incidents, gold_csv)
    print(
        f"must {score.must_found}/{score.must_total} all {score.all_found}/"
        f"{score.all_total} precision {score.located}/{score.reported}"
    )
    assert score.must_recall >= 0.90, score.missed  # Foundation bar
    assert score.precision >= 0.60
    assert score.must_recall == 1.0, score.missed  # Extraction bar
    assert score.recall >= 0.80, score.missed
    assert score.precision >= 0.85


def test_nothing_from_reader_comments(seed_incidents, seeds_dir):
    text = (seeds_dir / "003_d1528aedda885520.txt").read_text(encoding="utf-8")
    comments_start = text.index("Related Posts")
    rows = seed_incidents[seed_incidents.article_id == "003_d1528aedda885520.txt"]
    assert len(rows) and (rows.end_char < comments_start).all()


def test_record_schema_and_provenance(seed_incidents, seeds_dir):
    assert list(seed_incidents.columns[: len(INCIDENT_COLUMNS)]) == list(
        INCIDENT_COLUMNS
    )
    assert seed_incidents.crs == WGS84
    assert seed_incidents.incident_id.is_unique
    for row in seed_incidents.itertuples():
        text = (seeds_dir / row.article_id).read_text(encoding="utf-8")
        assert text[row.start_char : row.end_char] == row.quote


def test_hass_incident(seed_incidents):
    rows = seed_incidents[seed_incidents.place_text == "Hass"]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row.date, row.killed, row.admin1) == ("2016-10-26", 25, "Idleb")
    assert row.actor == "Russia"
    assert abs(row.geometry.y - 35.616) < 0.05 and abs(row.geometry.x - 36.59) < 0.05


def test_provincial_tallies_are_governorate_level(seed_incidents):
    tallies = seed_incidents[seed_incidents.geo_precision == 3]
    assert {"Aleppo", "Idleb", "Hama", "Rural Damascus"} <= set(tallies.admin1)
    assert tallies.killed.notna().all()


def test_unresolved_places_are_kept_with_null_geometry(gazetteer):
    article = Article(
        "x",
        "Barrel bombs killed four people in the village of Qarqazabad on Sunday.",
        dt.date(2016, 10, 26),
    )
    (row,) = extract_incidents([article], gazetteer).itertuples()
    assert row.geometry is None and row.lat is None
    assert (row.place_text, row.killed, row.date) == ("Qarqazabad", 4, "2016-10-23")


def test_same_inputs_same_ids(seeds_dir, gazetteer, seed_incidents):
    from geo.articles import read_articles

    again = extract_incidents(read_articles([seeds_dir]).articles, gazetteer)
    assert list(again.incident_id) == list(seed_incidents.incident_id)


def _extract(gazetteer, text, published=dt.date(2016, 10, 21)):
    return extract_incidents([Article("t", text, published)], gazetteer)


def test_headline_folds_into_its_story(gazetteer):
    text = (
        "Dozens killed as airstrikes pound rebel-held Idlib\n\n"
        "At least 22 civilians were killed on Thursday when warplanes struck a market "
        "in the town of Maarat al-Numan in Idlib province.\n"
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place_text, row.killed, row.date, row.target) == (
        "Maarat al-Numan",
        22,
        "2016-10-20",
        "market",
    )
    assert "Dozens killed" in row.sources


def test_toll_sentence_joins_the_incident_of_its_paragraph(gazetteer):
    text = (
        "Islamic State fighters attacked government positions near Palmyra on "
        "Wednesday. State media said 12 soldiers were killed in the fighting.\n\n"
        "In Aleppo, rebels shelled the Hamdaniya district, wounding seven people.\n"
    )
    rows = {r.place_text: r for r in _extract(gazetteer, text).itertuples()}
    assert rows["Palmyra"].killed == 12 and rows["Palmyra"].geo_precision == 2
    assert rows["Hamdaniya"].killed is pd.NA or pd.isna(rows["Hamdaniya"].killed)
    assert rows["Hamdaniya"].injured == 7


def test_acronyms_are_not_places(gazetteer):
    frame = _extract(gazetteer, "Rebels shelled Aleppo, according to SANA and SOHR.")
    assert list(frame.place_text) == ["Aleppo"]


def test_zero_toll_and_unknown_village_in_a_governorate(gazetteer):
    frame = _extract(
        gazetteer,
        "Regime forces shelled Qarqazabad village in northern "
        "Hama. No fatalities reported.",
    )
    (row,) = frame.itertuples()
    assert (row.place_text, row.admin1, row.geo_precision, row.killed) == (
        "Qarqazabad",
        "Hama",
        3,
        0,
    )


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Regime forces shelled Madiq Castle in Hama countryside.", "Hama"),
        ("Warplanes struck Hezzeh town in the Eastern Ghouta.", "Rural Damascus"),
        (
            "The Syrian army shelled Western Ghariyeh town in Dar'a countryside.",
            "Dar'a",
        ),
    ],
)
def test_place_name_variants_in_text(gazetteer, text, admin1):
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.admin1 == admin1 and row.geo_precision == 1


def test_national_tally_is_kept_without_a_point(seed_incidents):
    national = seed_incidents[seed_incidents.place_kind == "country"]
    assert 67 in set(national.killed) and national.geometry.isna().all()
    assert (national.geo_rule == "national tally: no point").all()


def test_same_event_in_two_articles_is_one_incident(gazetteer):
    day = dt.date(2016, 10, 26)
    a = Article(
        "a", "At least 15 people were killed in airstrikes on Saraqib on Tuesday.", day
    )
    b = Article(
        "b",
        "Activists said 18 people died when warplanes bombed Saraqib on Tuesday.",
        day,
    )
    (row,) = extract_incidents([a, b], gazetteer).itertuples()
    assert (row.article_id, row.also_in) == ("a", "b")
    assert (row.killed, row.killed_low, row.killed_high) == (18, 15, 18)
    assert "Activists said" in row.sources


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two sides' attacks on one city on one day
        (
            "Rebels fired rockets into Saraqib on Tuesday, killing three.",
            "Air strikes killed at least 45 people in Saraqib on Tuesday.",
        ),
        # a capture and a strike
        (
            "Government forces captured Saraqib on Tuesday.",
            "Warplanes bombed Saraqib on Tuesday, killing four.",
        ),
    ],
)
def test_two_events_of_a_place_and_day_in_two_articles_stay_two(
    gazetteer, first, second
):
    day = dt.date(2016, 10, 26)
    frame = extract_incidents(
        [Article("a", first, day), Article("b", second, day)], gazetteer
    )
    assert sorted(frame.article_id) == ["a", "b"]


def test_an_attack_is_not_merged_into_a_development_of_the_day(gazetteer):
    day = dt.date(2016, 9, 20)
    a = Article("a", "Some 20,000 people were displaced from Saraqib on Monday.", day)
    b = Article("b", "Air strikes on Saraqib killed 21 people on Monday.", day)
    rows = extract_incidents([a, b], gazetteer)
    assert len(rows) == 2
    attack = rows[rows.article_id == "b"].iloc[0]
    assert attack.killed == 21 and attack.event_type == "airstrike"


def test_a_toll_of_another_day_is_another_incident(gazetteer):
    text = (
        "Government forces seized the Masaken Hanano district of Aleppo on Saturday. "
        "The Syrian Observatory said 27 civilians were killed in air strikes on the "
        "besieged east on Friday."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 27)).sort_values("date")
    assert list(rows.date) == ["2016-11-25", "2016-11-26"]
    assert rows.iloc[0].killed == 27 and pd.isna(rows.iloc[1].killed)
    assert (rows.place_kind != "country").all()  # a monitor's small tally is local


@pytest.mark.parametrize(
    ("text", "killed", "low", "high"),
    [
        (
            "Regime forces clashed with rebels in Misraba where several fighters were killed. "
            "Unknown number of fatalities coded as 10.",
            10,
            10,
            10,
        ),
        (
            "Airstrikes on Arbin led to the killing of 37 civilians. Conflicting sources "
            "indicate that 44 civilians were killed.",
            37,
            37,
            44,
        ),
    ],
)
def test_a_toll_told_again_stays_one_incident(gazetteer, text, killed, low, high):
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (killed, low, high)


def test_opening_fire_on_a_town_is_an_incident(gazetteer):
    text = "Regime forces opened heavy machine gun fire on Kafr Nabl on Monday."
    frame = extract_incidents([Article("f", text, dt.date(2017, 5, 3))], gazetteer)
    assert list(frame.place) == ["Kafr Nabl"] and frame.iloc[0].event_type == "attack"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a truce broken by a strike is an event; a truce talked about is not
        (
            "Warplanes bombed Kafr Nabl on Sunday, violating the ceasefire.",
            ["Kafr Nabl"],
        ),
        ("Russia announced a pause in airstrikes on Kafr Nabl on Sunday.", []),
    ],
)
def test_a_broken_truce_is_an_event(gazetteer, text, places):
    frame = extract_incidents([Article("c", text, dt.date(2016, 2, 29))], gazetteer)
    assert list(frame.place) == places


def test_an_ordinal_is_not_a_place(gazetteer):
    text = "Homs: Fourth raid on the town of Talbiseh by warplanes on Sunday."
    frame = extract_incidents([Article("o", text, dt.date(2016, 2, 29))], gazetteer)
    assert "Fourth" not in set(frame.place_text)


@pytest.mark.parametrize(
    "text",
    [
        "Regime forces targeting Kafr Nabl this morning.",
        "Regime forces pounded Kafr Nabl on Sunday.",
        "Regime forces bombard Kafr Nabl.",
        "Rebels attacking Kafr Nabl were seen on Sunday.",
    ],
)
def test_strike_verbs_in_every_tense_are_events(gazetteer, text):
    frame = extract_incidents([Article("v", text, dt.date(2016, 2, 29))], gazetteer)
    assert list(frame.place) == ["Kafr Nabl"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # who holds a place, or whose border it is, did not strike it
        ("Air strikes killed 23 people in the rebel-held town of Atareb.", None),
        ("A car bomb killed 32 people in Azaz, near the Turkish border.", None),
        ("Turkish border guards shot dead a man near Ras al-Ain.", "Turkey"),
        ("Government helicopters dropped barrel bombs on Douma.", "regime"),
        ("Jaysh al-Islam fighters shelled Damascus, killing two.", "rebels"),
        # a claim in the next sentence names the actor
        (
            "A suicide bomber killed 32 people in Azaz on Monday. "
            "Islamic State claimed responsibility.",
            "Islamic State",
        ),
        (
            "A suicide bomber killed 32 people in Azaz on Monday. "
            "Islamic State denied responsibility.",
            None,
        ),
        # the dead are not who acted, nor are those who speak or hold the place
        (
            "Three Turkish soldiers were killed in an IS rocket attack on Qabasin.",
            "Islamic State",
        ),
        (
            "Kurdish officials said a truck bomb killed 12 people in Qamishli, in an "
            "attack claimed by Islamic State.",
            "Islamic State",
        ),
        (
            "Turkish shelling killed two civilians in Arima, a village held by the "
            "Syrian Democratic Forces.",
            "Turkey",
        ),
        # a wedding is Kurdish, its bombers are who it is blamed on
        (
            "A suicide bomber killed 30 people at a Kurdish wedding in Qamishli, an "
            "attack Turkey blamed on the Islamic State.",
            "Islamic State",
        ),
        # QSD is the SDF's Arabic acronym
        ("QSD forces shelled Hajin on Monday, killing three.", "Kurdish YPG/SDF"),
        # a single fighter killed is a victim, not the actor
        (
            "A QSD fighter was killed by a landmine planted by Islamic State in Hajin.",
            "Islamic State",
        ),
        ("Iranian-backed militias shelled Douma on Monday.", "regime"),
        ("NDF militiamen shelled Douma on Monday.", "regime"),
        ("Nour al-Din al-Zinki fighters shelled Douma on Monday.", "rebels"),
        ("Jaish al-Fatah fighters shelled Douma on Monday.", "rebels"),
        # one of the two, as ACLED tells it
        ("Syrian or Russian warplanes struck Douma on Monday.", "Russia/regime"),
        # the dead are not the actor, whatever word tells their death
        (
            "Three FSA fighters were martyred when the PYD shelled Tel Rifaat.",
            "Kurdish YPG/SDF",
        ),
        # "Coalition" capitalised is the US-led one; the opposition's is not
        ("Coalition jets struck Hajin on Monday, killing two.", "US-led coalition"),
        (
            "The National Coalition said regime jets struck Douma on Monday.",
            "regime",
        ),
        # who a bomb targeted is not who set it
        ("A roadside bomb targeted Coalition troops in Manbij on Monday.", None),
        # the passive names the actor
        ("Kafr Nabl was targeted by Russian jets on Monday.", "Russia"),
        ("Syrian helicopters dropped barrel bombs on Kafr Nabl on Monday.", "regime"),
        ("Faction fighters shelled Mhardeh on Monday.", "rebels"),
        # "the army" unqualified is the government's; qualified, it is not
        ("The army shelled Mhardeh on Monday.", "regime"),
        ("Pro-government militiamen shelled Mhardeh on Monday.", "regime"),
        # state media's word for the armed opposition
        ("Terrorist organizations shelled Mhardeh on Monday.", "rebels"),
        # the dead are not the actor
        ("Two government militiamen were killed by an IED in Hadar on Monday.", None),
        ("The Turkish army shelled Afrin on Monday.", "Turkey"),
        # who tells of it is not who did it, unless telling of itself
        (
            "The SDF said 20 civilians died when jets struck Manbij on Monday.",
            None,
        ),
        (
            "Rebels in the town of Talbiseh said government artillery killed a child "
            "there on Monday.",
            "regime",
        ),
        (
            "The SDF said it had captured the village of Hazima on Monday after "
            "clashes that killed two.",
            "Kurdish YPG/SDF",
        ),
        ("AAS fighters shelled Mhardeh on Monday.", "rebels"),
        # not the army's acronym: a front named al-Saa'diyya
        ("Syria Liberation Front fighters shelled al-Saa'diyya on Monday.", "rebels"),
        ("Hayat Tahrir Al Sham shelled Mhardeh on Monday.", "rebels"),
        # both together, as one
        ("Syrian and Russian warplanes struck Douma on Monday.", "Russia/regime"),
        # whose the target was is not who struck it
        (
            "The air strikes hit buildings and a headquarters used by the terrorist "
            "group near the town of al-Bab on Wednesday.",
            None,
        ),
    ],
)
def test_the_actor_is_who_acted(gazetteer, text, actor):
    frame = _extract(gazetteer, text)
    assert len(frame) == 1
    got = frame.iloc[0].actor
    assert (None if pd.isna(got) else got) == actor


def test_a_bombing_on_the_ground_is_not_an_airstrike(gazetteer):
    frame = _extract(
        gazetteer, "At least 40 people were killed in a double bombing in Douma."
    )
    assert list(frame.event_type) == ["IED"]


def test_a_city_a_landmark_lies_south_of_is_no_incident(gazetteer):
    frame = _extract(
        gazetteer,
        "At least 40 people were killed at the Sayyida Zeinab shrine south of "
        "Damascus on Sunday.",
    )
    assert list(frame.place_text) == ["Sayyida Zeinab"]


def test_the_missing_are_counted_apart(gazetteer):
    frame = _extract(
        gazetteer,
        "An airstrike on Douma on Monday killed 12 people and left 20 others missing.",
    )
    row = frame.iloc[0]
    assert (row.killed, row.missing) == (12, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Russian aircraft bombarded Kafr Nabl hours before the ceasefire.",
        "Warplanes struck Kafr Nabl on the second day of the ceasefire.",
        # aircraft are as much a trigger as warplanes
        "A violation of the ceasefire by Russian aircraft in Kafr Nabl.",
    ],
)
def test_a_truce_named_to_say_when_does_not_hedge(gazetteer, text):
    frame = _extract(gazetteer, text)
    assert list(frame.place_text) == ["Kafr Nabl"]


def test_a_toll_without_a_place_is_not_put_where_people_fled(gazetteer):
    frame = _extract(
        gazetteer,
        "Jets struck Douma on Saturday, killing three. Thousands fled to Harasta. "
        "At least 27 civilians were killed on Sunday, activists said.",
    )
    assert set(frame.place_text) == {"Douma"}
    assert sorted(frame.killed) == [3, 27]


def test_tolls_told_before_their_places_pair_up(gazetteer):
    frame = _extract(
        gazetteer,
        "On Monday nine people were killed in Kafr Nabl, and five in Saraqib.",
    )
    assert dict(zip(frame.place_text, frame.killed, strict=True)) == {
        "Kafr Nabl": 9,
        "Saraqib": 5,
    }


def test_who_the_dead_were_is_no_second_toll(gazetteer):
    frame = _extract(
        gazetteer,
        "Jets struck Kafr Nabl on Monday, where 14 people were slain. "
        "Four children were among the dead.",
    )
    assert len(frame) == 1
    assert (frame.iloc[0].killed, frame.iloc[0].killed_children) == (14, 4)


def test_a_title_folds_into_its_story_past_a_photo_caption(gazetteer):
    text = (
        "Dozens killed as airstrikes pound rebel-held Idlib\n\n"
        "PHOTO: Rescuers search the rubble in Saraqib\n\n"
        "At least 22 civilians were killed on Thursday when warplanes struck a market "
        "in the town of Maarat al-Numan in Idlib province.\n"
    )
    frame = _extract(gazetteer, text)
    assert list(frame.place_text) == ["Maarat al-Numan"]
    assert "Dozens killed" in frame.iloc[0].sources


def test_a_live_update_without_a_date_is_of_the_publication_day(gazetteer):
    text = (
        "Syria Daily: Strikes Go On\n\n"
        "UPDATE 1430 GMT: Rebels shelled the Hamdaniya district of Aleppo, killing two."
    )
    row = _extract(gazetteer, text).iloc[0]
    assert (row.date, row.date_precision, row.date_text) == (
        "2016-10-21",
        "day",
        "1430 GMT",
    )


def test_a_planned_offensive_is_no_incident(gazetteer):
    text = "The opposition accused the regime of planning an offensive on Daraya."
    assert _extract(gazetteer, text).empty


def test_a_toll_that_names_no_means_is_of_the_strikes_just_told(gazetteer):
    text = (
        "Russian airstrikes killed 20 people in Kafr Nabl on Monday. "
        "Another 14 died in Saraqib.\n\n"
        "Rebels and regime forces fought in Hama on Tuesday."
    )
    frame = _extract(gazetteer, text).set_index("place_text")
    assert frame.loc["Saraqib", "event_type"] == "airstrike"
    assert frame.loc["Saraqib", "actor"] == "Russia"
    assert frame.loc["Hama", "event_type"] == "armed clash"


def test_tolls_told_after_their_places_pair_up(gazetteer):
    frame = _extract(
        gazetteer,
        "Jets struck Saraqib, killing six people, and the town of Kafr Nabl, where "
        "two people were killed.",
    )
    assert dict(zip(frame.place_text, frame.killed, strict=True)) == {
        "Saraqib": 6,
        "Kafr Nabl": 2,
    }


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        # a mortar bomb is shelling, not a bomb from the air
        ("A mortar bomb hit Douma on Monday, wounding three.", "shelling", None),
        # "a coalition strike" is an airstrike, and not of the chlorine told before
        (
            "Rebels fired a chlorine shell on Hamdaniya on Monday, injuring four.\n\n"
            "A coalition strike near Raqqa killed 11 civilians on Monday.",
            "airstrike",
            "US-led coalition",
        ),
        # an aid group's name is no belligerent; "rebel areas" is where, not who
        (
            "Jets bombed a hospital in Douma, the Syrian American Medical Society "
            "said.",
            "airstrike",
            None,
        ),
        (
            "Shelling killed nine people in Douma, according to rescuers working in "
            "rebel areas.",
            "shelling",
            None,
        ),
    ],
)
def test_means_and_actor_of_the_last_sentence(gazetteer, text, event_type, actor):
    row = _extract(gazetteer, text).iloc[-1]
    assert row.event_type == event_type
    assert (None if pd.isna(row.actor) else row.actor) == actor


def test_a_day_s_toll_over_the_past_24_hours_is_kept(gazetteer):
    frame = _extract(
        gazetteer, "Airstrikes killed 14 people in Douma over the past 24 hours."
    )
    assert list(frame.killed) == [14]
    frame = _extract(
        gazetteer, "Airstrikes killed 30 people in Saraqib in the past two days."
    )
    assert list(frame.killed) == [30]
    # a longer window is a running total
    frame = _extract(
        gazetteer, "Airstrikes have killed 300 people in Saraqib over the past month."
    )
    assert frame.killed.dropna().empty


@pytest.mark.parametrize(
    "text",
    [
        # "the wounded" are people; a stalled deal and who holds a city are no events
        "A deal to evacuate the wounded from Madaya has stalled.",
        "Qamishli is held mostly by the YPG, while government forces control pockets "
        "of the city.",
    ],
)
def test_states_and_deals_are_not_incidents(gazetteer, text):
    assert _extract(gazetteer, text).empty


@pytest.mark.parametrize(
    "text",
    [
        # a state that has lasted since long ago is background, not an event
        "The army has been on the offensive in the Eastern Ghouta since last year.",
        "The al-Waer district of Homs has been besieged since 2013.",
        "Rescuers cleared rubble from the roads of Aleppo.",
    ],
)
def test_what_has_lasted_is_no_incident(gazetteer, text):
    assert _extract(gazetteer, text).empty


def test_what_lasted_until_the_event_gives_it_neither_toll_nor_means(gazetteer):
    frame = _extract(
        gazetteer,
        "Regime forces stormed the besieged al-Waer district of Homs on Wednesday, "
        "after weeks of bombardment that killed dozens of civilians.",
    )
    (row,) = frame.itertuples()
    assert row.event_type == "armed clash"
    assert pd.isna(row.killed)


def test_a_total_told_after_a_toll_is_the_toll(gazetteer):
    frame = _extract(
        gazetteer,
        "Airstrikes destroyed a hospital in Maarat al-Numan on Monday. At least nine "
        "staff were killed. The total number of dead stands at 25.",
    )
    (row,) = frame.itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (25, 9, 25)


def test_the_countryside_of_the_capital_situates(gazetteer):
    frame = _extract(
        gazetteer,
        "The army captured farms near the town of Douma in the Eastern Ghouta "
        "countryside of the capital Damascus on Monday.",
    )
    assert list(frame.place_text) == ["Douma"]


def test_a_hospital_loosely_named_like_a_village_stands_where_it_is_said(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Rebel shelling struck al-Dabit hospital in government-held western Aleppo "
        "on Tuesday, killing three women.",
    ).itertuples()
    assert row.place == "Aleppo"


def test_another_side_s_attack_takes_no_means_from_the_strike_before(gazetteer):
    frame = _extract(
        gazetteer,
        "Turkish jets struck IS positions near Akhtarin on Saturday.\n\nSeparately, "
        "three rebel fighters were killed when the PYD attacked their positions near "
        "Tel Rifaat on Saturday.",
    )
    row = frame.iloc[-1]
    assert (row.event_type, row.actor, row.killed) == ("attack", "Kurdish YPG/SDF", 3)


def test_a_claim_of_responsibility_names_the_actor_of_the_bombing(gazetteer):
    (row,) = _extract(
        gazetteer,
        "A car bomb killed eight people in Qamishli on Wednesday.\n\nThe Islamic "
        "State claimed responsibility for the attack.",
    ).itertuples()
    assert (row.actor, row.killed) == ("Islamic State", 8)


def test_the_same_city_is_the_city_last_told(gazetteer):
    frame = _extract(
        gazetteer,
        'A car bomb killed eight people in Qamishli on Wednesday.\n\n"The explosion '
        'destroyed several buildings in the Antariya neighborhood," a resident said.'
        "\n\nIn July, a double bombing killed 48 people in the same city.",
        published=dt.date(2016, 12, 28),
    )
    assert list(zip(frame.place, frame.date, frame.killed, strict=True)) == [
        ("Al Qamishli", "2016-12-28", 8),
        ("Al Qamishli", "2016-07-01", 48),
    ]


def test_where_a_source_speaks_from_is_not_where_it_happened(gazetteer):
    (row,) = _extract(
        gazetteer,
        "The army captured a hilltop in the Jabal al-Akrad region on Thursday.\n\n"
        "According to a military source in Latakia, the army killed at least 12 "
        "militants during the attack.",
    ).itertuples()
    assert (row.place_text, row.killed) == ("Jabal al-Akrad", 12)


@pytest.mark.parametrize(
    "text",
    [
        "Kabani is the last major town under rebel control in the region.",
        "For weeks the town of Madaya had been loud with shelling.",
    ],
)
def test_who_holds_a_town_and_what_went_on_for_weeks_are_no_events(gazetteer, text):
    assert _extract(gazetteer, text).empty


def test_places_a_town_lies_between_only_situate_it(gazetteer):
    frame = _extract(
        gazetteer,
        "A sniper shot dead a boy in Madaya, in the mountains between Damascus and "
        "Zabadani, on Saturday.",
    )
    assert list(frame.place_text) == ["Madaya"]
    assert list(frame.killed) == [1]


def test_the_damascus_suburbs_are_rural_damascus(gazetteer):
    frame = _extract(
        gazetteer,
        "The network documented 1,021 deaths in November 2016. Aleppo governorate saw "
        "the highest death toll with 453 victims, followed by Idlib with 171 and "
        "Damascus Suburbs with 120.",
        published=dt.date(2016, 12, 1),
    )
    tally = frame[frame.geo_precision == 3]
    assert dict(zip(tally.admin1, tally.killed, strict=True)) == {
        "Aleppo": 453,
        "Idleb": 171,
        "Rural Damascus": 120,
    }


def test_each_clause_tells_the_means_and_actor_of_its_places(gazetteer):
    frame = _extract(
        gazetteer,
        "Regime helicopters dropped barrel bombs on al-Tamanah, while Russian "
        "warplanes carried out airstrikes on Khan Sheikhoun on Monday.",
    )
    assert list(zip(frame.event_type, frame.actor, strict=True)) == [
        ("barrel bomb", "regime"),
        ("airstrike", "Russia"),
    ]


def test_a_day_s_attack_that_came_as_something_else_dates_the_attack(gazetteer):
    (row,) = _extract(
        gazetteer,
        "At least 43 people were killed in air raids on a market in Maarat "
        "al-Numan.\n\nSunday's attack came as the UN envoy was in Damascus for talks.",
        published=dt.date(2016, 4, 19),
    ).itertuples()
    assert (row.place_text, row.date) == ("Maarat al-Numan", "2016-04-17")


def test_what_the_attack_came_a_day_after_is_of_the_day_before(gazetteer):
    frame = _extract(
        gazetteer,
        "Friday's attack came a day after a bomb destroyed a building in the Shaar "
        "neighborhood of Aleppo, killing six.",
        published=dt.date(2016, 4, 29),
    )
    assert list(frame.date) == ["2016-04-28"]


def test_a_monitor_s_other_toll_of_the_event_makes_a_range(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Airstrikes killed at least 15 people in Aleppo on Friday.\n\nThe Syrian "
        "Observatory for Human Rights said 17 were killed.",
    ).itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (15, 15, 17)


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch has documented eight chemical attacks on Aleppo between "
        "November 17 and December 13.",
        "Amnesty has documented a series of attacks on hospitals in eastern Aleppo.",
    ],
)
def test_a_count_of_attacks_is_no_incident(gazetteer, text):
    assert _extract(gazetteer, text).empty


def test_a_group_named_after_a_city_is_no_place(gazetteer):
    frame = _extract(
        gazetteer,
        "Coalition aircraft bombed the al-Badu neighbourhood of Raqqa on Sunday, "
        "killing 21, according to Raqqa is Being Slaughtered Silently.",
    )
    assert len(frame) == 1


def test_where_a_missile_was_fired_from_is_no_incident(gazetteer):
    frame = _extract(
        gazetteer,
        "Mortar shells launched from the Eastern Ghouta fell on Jaramana on Monday, "
        "killing 4 people.",
    )
    assert list(zip(frame.place_text, frame.killed, strict=True)) == [("Jaramana", 4)]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # warplanes that fire missiles strike from the air
        (
            "Israeli warplanes fired two missiles at Mezzeh airport on Monday.",
            "airstrike",
        ),
        # a protest against an attack is a protest
        ("Protesters gathered in Saraqib on Monday to denounce the attack.", "protest"),
        ("Protests took place in Douma on Monday against the destruction.", "protest"),
    ],
)
def test_what_happened_is_told_by_who_did_it(gazetteer, text, event_type):
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.event_type == event_type


def test_a_date_in_a_since_clause_dates_nothing_after_it(gazetteer):
    frame = _extract(
        gazetteer,
        "Sixteen Turkish soldiers were killed in al-Bab on Wednesday, the deadliest day "
        "since it launched its incursion in August.\n\nTurkish jets struck 67 targets "
        "around al-Bab, killing 138 militants.",
        published=dt.date(2016, 12, 22),
    )
    assert set(frame.date) == {"2016-12-21"}


def test_a_deed_told_in_a_since_clause_is_dated_by_it(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Food prices have tripled since the regime took Maydaa in April and cut the "
        "road to the south.",
        published=dt.date(2016, 5, 18),
    ).itertuples()
    assert (row.event_type, row.date, row.date_precision) == (
        "territory change",
        "2016-04-01",
        "month",
    )
    # when a span began is no deed's date
    frame = _extract(
        gazetteer,
        "Rebels took Afrin on Sunday.\n\nAt least 280 civilians have been killed "
        "since the offensive began on January 20.",
        published=dt.date(2018, 3, 19),
    )
    assert list(frame.date) == ["2018-03-18"]


def test_a_headline_near_a_place_folds_into_the_story(gazetteer):
    frame = _extract(
        gazetteer,
        "Israeli jets strike near Damascus airport\n\nIsraeli warplanes fired missiles "
        "at the Mezzeh military airport on Wednesday.",
        published=dt.date(2016, 12, 7),
    )
    assert len(frame) == 1


def test_a_dateline_with_two_brackets_is_no_incident(gazetteer):
    frame = _extract(
        gazetteer,
        "Douma (Syria) (AFP) - Air strikes on Harasta killed 17 civilians on Monday.",
    )
    assert list(frame.place_text) == ["Harasta"]


def test_a_running_total_of_deaths_is_no_incident(gazetteer):
    text = (
        "Since the collapse of the truce in September, more than 400 people have been "
        "killed in eastern Aleppo, according to the United Nations."
    )
    assert _extract(gazetteer, text).empty


def test_a_security_raid_that_arrests_is_no_airstrike(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Security forces arrested 35 young men in Sanamayn on Tuesday in a raid.",
    ).itertuples()
    assert row.event_type == "strategic development"


@pytest.mark.parametrize(
    ("text", "places", "killed"),
    [
        # the toll of a city's neighbourhoods told next is told at them
        (
            "Airstrikes on rebel-held neighborhoods of Aleppo killed at least 15 people "
            "on Friday. Rescuers said the strikes hit the Bustan al-Qasr and Kalaseh "
            "neighborhoods.",
            ["Bustan al-Qasr", "Kalaseh"],
            [15, None],
        ),
        # the same toll told again with the neighbourhoods
        (
            "Three civilians were killed as rockets hit Aleppo city on Friday. The "
            "rockets fell on al-Hamdaniyeh and al-Midan neighborhoods, killing three "
            "civilians.",
            ["al-Hamdaniyeh", "al-Midan"],
            [3, None],
        ),
        # a region's toll at its towns, and "among the dead" there is no new toll
        (
            "Air strikes on Eastern Ghouta killed 17 civilians on Monday.\n\nThe strikes "
            "hit the towns of Hamouriyeh and Saqba.\n\nFive children were among the "
            "dead in Hamouriyeh.",
            ["Hamouriyeh", "Saqba"],
            [17, None],
        ),
    ],
)
def test_a_toll_told_at_a_city_or_region_goes_to_the_places_inside(
    gazetteer, text, places, killed
):
    frame = _extract(gazetteer, text)
    assert list(frame.place_text) == places
    assert [None if pd.isna(k) else int(k) for k in frame.killed] == killed


def test_a_village_of_a_governorate_s_city_lies_in_that_governorate(gazetteer):
    # "Al Saida" is no village of Hama in the gazetteer; As Sayid is in Homs
    (row,) = _extract(
        gazetteer, "Russian warplanes shelled the Al Saida village of Hama on Monday."
    ).itertuples()
    assert row.admin1 == "Hama"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a caption names the place beside its governorate, the way a person's two
        # names stand; the governorate only situates it
        ("Idlib Saraqib: destruction after Russian airstrikes on the city", "Sarāqib"),
        (
            "The destruction in the city of Mare Aleppo countryside after shelling",
            "Mari`",
        ),
        ("Kafr Nabl was shelled as Hatem Hamadeh said", "Kafr Nabl"),
    ],
)
def test_a_place_beside_its_governorate_is_the_place(gazetteer, text, place):
    frame = _extract(gazetteer, text)
    assert list(frame.place) == [place]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        # taken after clashes: what changed is who holds it; Turkey's operation
        (
            "Olive Branch forces took control of Jalamah village on Monday after "
            "clashes with the YPG.",
            "territory change",
            "Turkey",
        ),
        (
            "Clashes erupted on Monday as rebels tried to take control of Jalamah.",
            "armed clash",
            "rebels",
        ),
        # taken after days of fighting; a person captured is no territory taken
        (
            "Government forces recaptured the village of Souran on Monday after three "
            "days of fighting.",
            "territory change",
            "regime",
        ),
        (
            "Islamic State militants shot down a jet near Palmyra on Monday and "
            "captured its pilot.",
            "attack",
            "Islamic State",
        ),
        # who holds the checkpoint is not who bombed it
        (
            "A car bomb struck a checkpoint run by the Kurdish-led SDF in Tal Abyad on "
            "Monday, killing four.",
            "IED",
            None,
        ),
        # the name of an operation is not its actor
        (
            "An operation called Euphrates Shield was announced, as the SDF captured "
            "Manbij on Monday.",
            "territory change",
            "Kurdish YPG/SDF",
        ),
        # who backed the event, and why it was done, are not the event
        (
            "Syrian troops backed by Russian air strikes recaptured Palmyra on Sunday.",
            "territory change",
            "regime",
        ),
        (
            "The United States fired 59 cruise missiles at the Shayrat air base on "
            "Friday, in retaliation for a chemical weapons attack.",
            "missile strike",
            "US-led coalition",
        ),
        (
            "Rebels and civilians began evacuating the Damascus suburb of Daraya on "
            "Friday.",
            "strategic development",
            "rebels",
        ),
    ],
)
def test_the_event_is_what_was_done(gazetteer, text, event_type, actor):
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.event_type, row.actor) == (event_type, actor)


def test_the_dead_of_the_battle_for_the_city_are_the_city_s(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Syrian troops recaptured Palmyra on Sunday.\n\nThe Syrian Observatory for "
        "Human Rights said 400 IS fighters and 188 soldiers had been killed in the "
        "battle for the city.",
    ).itertuples()
    assert (row.place_text, row.killed) == ("Palmyra", 588)


def test_a_toll_since_this_morning_is_the_day_s(gazetteer):
    (row,) = _extract(
        gazetteer,
        "The Civil Defence says 16 people have been killed in the Shaar district of "
        "Aleppo since this morning.",
    ).itertuples()
    assert row.killed == 16


@pytest.mark.parametrize(
    "text",
    [
        # a running total told with its means
        "Russian and regime airstrikes have killed at least 27 children in east Aleppo "
        "since Tuesday.",
        # an office of the city, and jets scrambled, are no incidents
        "The Aleppo Health Directorate said on Saturday that all hospitals are out of "
        "service.",
        "The coalition scrambled aircraft to protect its advisers near Hasakah on Friday.",
    ],
)
def test_totals_offices_and_scrambled_jets_are_no_incidents(gazetteer, text):
    assert _extract(gazetteer, text).empty


def test_a_capture_told_beside_a_bombing_is_a_capture(gazetteer):
    frame = _extract(
        gazetteer,
        "Regime forces took control of the village of Basima on Wednesday, while "
        "helicopters dropped barrel bombs on Ain al-Fijeh.",
    )
    assert list(frame.event_type) == ["territory change", "barrel bomb"]


def test_a_day_earlier_is_the_day_before_the_one_told(gazetteer):
    frame = _extract(
        gazetteer,
        "Shelling killed three in Jisr al-Shughur on Saturday. A day earlier, "
        "warplanes struck the village of Bidama, wounding six.",
        published=dt.date(2016, 6, 12),
    )
    assert list(frame.date) == ["2016-06-11", "2016-06-10"]
    frame = _extract(
        gazetteer,
        "Shelling killed three in Jisr al-Shughur on Saturday. Two days earlier, "
        "warplanes struck the village of Bidama, wounding six.",
        published=dt.date(2016, 6, 12),
    )
    assert list(frame.date) == ["2016-06-11", "2016-06-09"]
    # "A week earlier": seven days before
    frame = _extract(
        gazetteer,
        "Helicopters dropped barrel bombs on Nawa late Friday, killing three. A week "
        "earlier, an air strike on a market in the town of Jasim killed eight people.",
        published=dt.date(2016, 9, 10),
    )
    assert list(frame.date) == ["2016-09-09", "2016-09-02"]


def test_meanwhile_is_the_time_of_the_story_not_of_the_paragraph_before(gazetteer):
    text = (
        "Syrian rebels launched an offensive Saturday against the town of Baath.\n\n"
        "In the nearby province of Daraa, government helicopters dropped barrel bombs "
        "on the town of Nawa late Friday, killing a woman.\n\n"
        "Meanwhile, in northern Syria, Turkish-backed rebels were fighting Islamic "
        "State militants on the outskirts of al-Bab."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 9, 10))
    assert frame.set_index("place").loc["Al Bāb", "date"] == "2016-09-10"
    # without "Meanwhile", the day told just before goes on
    frame = _extract(
        gazetteer, text.replace("Meanwhile, in", "In"), published=dt.date(2016, 9, 10)
    )
    assert frame.set_index("place").loc["Al Bāb", "date"] == "2016-09-09"


def test_a_timelines_entry_is_a_story_of_its_own(gazetteer):
    text = (
        "September 28: The two largest hospitals in eastern Aleppo, including the M10 "
        "hospital in the Sakhour district, are put out of service by air strikes.\n\n"
        "November 15: Russia and the regime resume air strikes on the east after a "
        "three-week pause. At least 21 people are killed on the first day."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 12, 14))
    # the 21 dead are not the hospitals' of September, nor in Sakhour
    sakhour = frame[frame.place_text == "Sakhour"]
    assert list(sakhour.date) == ["2016-09-28"] and sakhour.killed.isna().all()
    later = frame[frame.date == "2016-11-15"]
    assert list(later.killed) == [21] and later.place_text.tolist() != ["Sakhour"]
    # with a headline that names the city, the east is the city's east
    frame = _extract(
        gazetteer,
        "Timeline: How the battle for Aleppo unfolded\n\n" + text,
        published=dt.date(2016, 12, 14),
    )
    row = frame.set_index("date").loc["2016-11-15"]
    assert (row["place_text"], row["geo_precision"], row["killed"]) == ("Aleppo", 2, 21)


def test_what_follows_a_meanwhile_goes_on_from_the_time_of_the_story(gazetteer):
    frame = _extract(
        gazetteer,
        "Turkish jets struck Tell Halaf on Tuesday.\n\n"
        "Turkish warplanes also targeted a convoy yesterday, killing 11 people.\n\n"
        "Meanwhile, Turkish-backed rebels attacked the village of Tell Halaf.\n\n"
        "Kurdish fighters repelled an attack on the village of Dawudiya near Tal "
        "Tamr, killing 8 of them.",
        published=dt.date(2019, 10, 15),
    )
    assert frame.set_index("place").loc["Ad Dawudiyah", "date"] == "2019-10-15"


def test_a_name_told_again_bare_means_what_its_neighbours_made_it_mean(gazetteer):
    frame = _extract(
        gazetteer,
        "Turkish artillery shelled the villages of Tel Halaf and Mishrafa this "
        "morning. A civilian was killed and two others were wounded in the "
        "bombardment of Mishrafa.",
        published=dt.date(2019, 10, 15),
    )
    # told beside Tell Halaf it is Mashrafah of Hasakeh, not a Mushayrifah of Raqqa
    assert set(frame.admin1) == {"Al-Hasakeh"}
    assert frame.killed.sum() == 1


@pytest.mark.parametrize(
    "intro",
    [
        "The table below lists the deaths the Observatory recorded on Wednesday.",
        # no deed told: the sentence heads the table all the same
        "The figures listed below were recorded on Wednesday.",
    ],
)
def test_a_table_amid_a_story_holds_the_time_the_story_gives_it(gazetteer, intro):
    text = (
        f"Jets pounded Eastern Ghouta this week.\n\n{intro}\n\n"
        # a Markdown table as read (geo.articles labels each cell by its head)
        "Town: Douma | Killed: 12\nTown: Saqba | Killed: 7\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2018, 2, 22))
    rows = frame.set_index("place")
    assert rows.loc["Douma", "date"] == rows.loc["Siqba", "date"] == "2018-02-21"
    assert rows.loc["Douma", "killed"] == 12


def test_a_month_holds_the_event_that_led_to_what_was_done_in_it(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Jordan closed the crossing in June after a suicide bombing killed seven "
        "soldiers at Nasib.",
        published=dt.date(2016, 10, 13),
    ).itertuples()
    assert (row.date, row.date_precision) == ("2016-06-01", "month")


def test_a_toll_told_in_a_later_clause_is_that_clause_s(gazetteer):
    frame = _extract(
        gazetteer,
        "A strike on Saturday damaged the hospital in Kafr Nabl, and on Sunday "
        "missiles struck a hospital in Maarat al-Numan, killing three staff members.",
    )
    assert list(zip(frame.place_text, frame.killed.astype("object"), strict=True)) == [
        ("Kafr Nabl", pd.NA),
        ("Maarat al-Numan", 3),
    ]
    # a list of villages is no later clause
    frame = _extract(
        gazetteer,
        "Rebels took Kafr Nabl, Hass, and Kafr Rouma after clashes that killed six.",
    )
    assert frame.killed.iloc[0] == 6


def test_one_who_speaks_after_said_is_no_place(gazetteer):
    frame = _extract(
        gazetteer,
        'An air strike hit a bakery in Atarib on Wednesday. "I saw ten bodies," said '
        "Mahmoud, 34.",
    )
    assert list(frame.place_text) == ["Atarib"]


def test_the_day_survivors_described_it_is_not_the_day_of_the_strike(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Survivors of an air strike on a bakery in Atarib described scenes of carnage "
        "on Thursday.\n\nLocal officials said the strike on Wednesday killed 14 "
        "people.",
        published=dt.date(2016, 11, 17),
    ).itertuples()
    assert (row.date, row.killed) == ("2016-11-16", 14)


def test_a_recapture_is_not_the_capture(gazetteer):
    frame = _extract(
        gazetteer,
        "Rebels took the village of Maardes on Wednesday. Regime forces retook "
        "Maardes a day later.",
        published=dt.date(2016, 10, 28),
    )
    assert list(zip(frame.actor, frame.date, strict=True)) == [
        ("rebels", "2016-10-26"),
        ("regime", "2016-10-27"),
    ]


def test_the_ends_of_a_road_are_not_where_it_happened(gazetteer):
    (row,) = _extract(
        gazetteer,
        "The highway linking Damascus and Aleppo remains closed at Khan Touman, where "
        "rebels ambushed a regime convoy on Monday, killing 15 soldiers.",
    ).itertuples()
    assert (row.place_text, row.killed) == ("Khan Touman", 15)


def test_a_name_means_in_one_article_what_the_others_resolve_it_to(gazetteer):
    told = Article(
        "a",
        "Regime forces shelled Hezzeh town in Rural Damascus on Monday.",
        dt.date(2018, 3, 5),
    )
    alone = Article(
        "b", "Warplanes struck Hezzeh on Sunday, killing two.", dt.date(2018, 3, 5)
    )
    # alone, "Hezzeh" is only a loose spelling of several villages
    assert extract_incidents([alone], gazetteer).place.isna().all()
    frame = extract_incidents([told, alone], gazetteer)
    row = frame[frame.article_id == "b"].iloc[0]
    assert row.place == "Hazzah"
    assert "of the collection" in row.geo_rule


def test_workers_change_nothing(seeds_dir, gazetteer):
    from geo.articles import read_articles

    articles = read_articles([seeds_dir]).articles
    copies = [
        Article(f"{i}-{a.id}", a.text, a.published) for i in range(2) for a in articles
    ]
    one = extract_incidents(copies, gazetteer, workers=1)
    two = extract_incidents(copies, gazetteer, workers=2)
    assert one.to_json() == two.to_json()


def test_the_garbage_collector_is_as_it_was(gazetteer):
    import gc

    assert gc.isenabled()
    _extract(gazetteer, "Jets struck Douma on Monday.")
    assert gc.isenabled()
    gc.disable()
    try:
        _extract(gazetteer, "Jets struck Douma on Monday.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_names_the_collection_disagrees_on_get_no_sense():
    from geo.incidents import _ArticleResult, _collection_senses

    one = _ArticleResult([], frozenset({("hezza", "p1")}), frozenset())
    other = _ArticleResult([], frozenset({("hezza", "p2")}), frozenset())
    assert _collection_senses([one, other]) == {}
    assert _collection_senses([one, one, one, other]) == {"hezza": ("p1", 3)}


def test_the_military_airport_of_a_city_is_its_airfield(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Government forces repelled an attack on the military airport of Deir al-Zour "
        "on Saturday, killing dozens of militants. The jihadists launched the assault "
        "from the al-Jafra area at dawn.",
    ).itertuples()
    assert (row.place, row.killed) == ("Deir ez-Zor Airport", 12)


def test_the_day_a_list_is_told_dates_its_items(gazetteer):
    frame = _extract(
        gazetteer,
        "The network documented the following violations on Tuesday:\n\n"
        "- Aleppo: Regime warplanes fired missiles at Kafr Hamra, killing two.\n\n"
        "- Hama: Regime helicopters dropped barrel bombs on Latamina.",
        published=dt.date(2017, 3, 15),
    )
    assert set(frame.date) == {"2017-03-14"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a base written after its place's name is no person's surname
        (
            "Drones attacked Hmeimim Military Airbase on Monday.",
            "Bassel Al-Assad International Airport",
        ),
        # and the town it lies near only situates it
        ("Rebels took control of Tallaf Airbase near Afrin city on Monday.", "Tallaf"),
    ],
)
def test_a_base_named_after_its_place(gazetteer, text, place):
    assert list(_extract(gazetteer, text).place) == [place]


def test_a_toll_told_for_two_places_then_each_is_not_counted_twice(gazetteer):
    frame = _extract(
        gazetteer,
        "Bombings ripped through Jableh and Tartus on Monday, killing 148 people."
        "\n\nIn Jableh, three explosions killed at least 100 people. In Tartus, a car "
        "bomb killed 48.",
    )
    assert sorted(frame.killed) == [48, 100]


def test_a_governorate_toll_told_town_by_town_is_not_counted_twice(gazetteer):
    frame = _extract(
        gazetteer,
        "Russian airstrikes in Idlib province killed at least 44 people on Monday."
        "\n\nMost of the victims were in the town of Ariha, where 38 people had been "
        "killed. Six others died in strikes on the village of Maarzaf.",
    )
    assert sorted(frame.killed) == [6, 38]


def test_a_toll_given_to_a_headline_is_not_lost(gazetteer):
    frame = _extract(
        gazetteer,
        "Residents of Daraa city flee as bombardment intensifies\n\nFamilies fled "
        "Daraa al-Balad after regime forces began bombing it on Sunday.\n\nAt least "
        "nine civilians were killed on Monday when helicopters dropped barrel bombs on "
        "the neighborhood.",
        published=dt.date(2017, 2, 14),
    )
    assert list(zip(frame.date, frame.killed.fillna(-1), strict=True)) == [
        ("2017-02-12", -1),
        ("2017-02-13", 9),
    ]


def test_a_headline_toll_goes_to_no_incident_that_has_one(gazetteer):
    frame = _extract(
        gazetteer,
        "Suicide bombings kill dozens in Syrian coastal cities\n\nA car bomb killed 48 "
        "people in Tartus and a bombing hit Jableh on Monday.",
    )
    assert sorted(frame.killed.dropna()) == [48]


def test_a_hospital_named_after_a_far_place_is_not_that_place(gazetteer):
    frame = _extract(
        gazetteer,
        "A barrel bomb killed 11 people in the Kalasa district of Aleppo on Tuesday."
        "\n\nMSF said the al-Quds hospital was destroyed in an air strike on Tuesday.",
    )
    assert "Quds" not in set(frame.place.dropna())


def test_what_forces_have_taken_since_a_month_is_no_incident(gazetteer):
    text = (
        "Since late November, government forces have retaken the districts of Hanano "
        "and Sakhour."
    )
    assert _extract(gazetteer, text).empty


def test_the_day_a_decision_came_after_an_attack_is_not_the_attack_s(gazetteer):
    (row,) = _extract(
        gazetteer,
        "The UN suspended all aid convoys on Tuesday after an attack on a convoy near "
        "Aleppo killed about 20 civilians, a day after a weeklong cease-fire expired.",
        published=dt.date(2016, 9, 20),
    ).itertuples()
    assert (row.killed, row.date_rule) == (20, "publication date (no date in the text)")


def test_the_army_backed_by_russian_aircraft_is_the_actor(gazetteer):
    (row,) = _extract(
        gazetteer,
        "The Syrian Arab Army, supported by Russian aircraft, has liberated the "
        "citadel of Palmyra on Saturday.",
    ).itertuples()
    assert (row.event_type, row.actor) == ("territory change", "regime")


def test_deaths_by_hunger_are_siege_deaths(gazetteer):
    frame = _extract(gazetteer, "Three children died of malnutrition in Madaya.")
    assert list(zip(frame.event_type, frame.killed, strict=True)) == [("siege", 3)]


def test_a_toll_goes_to_the_place_it_is_told_with(gazetteer):
    frame = _extract(
        gazetteer,
        "Turkey shelled villages west of Manbij on Sunday, killing two civilians in "
        "Arima.",
    ).set_index("place_text")
    assert frame.loc["Arima", "killed"] == 2
    assert pd.isna(frame.loc["Manbij", "killed"])


def test_a_toll_of_last_week_does_not_join_an_incident_of_this_week(gazetteer):
    text = (
        "A sniper shot dead a man in Madaya on Wednesday.\n\n"
        "Doctors said two children had died last week.\n\n"
        "Hezbollah shelled Zabadani on Tuesday."
    )
    frame = _extract(gazetteer, text)
    zabadani = frame[frame.place_text == "Zabadani"].iloc[0]
    assert pd.isna(zabadani.killed)
    assert 2 in set(frame[frame.place_text == "Madaya"].killed)


def test_army_units_are_the_regime(gazetteer):
    frame = _extract(gazetteer, "Army units destroyed rebel positions in Morek.")
    assert list(frame.actor) == ["regime"]


@pytest.mark.parametrize(
    "text",
    [
        "DAMASCUS, Syria (AP) - A car bomb killed 20 people in Douma on Sunday.",
        "HOMS, Nov 20 (Reuters) - A car bomb killed 20 people in Douma on Sunday.",
    ],
)
def test_a_dateline_is_where_the_reporter_files_not_the_incident(gazetteer, text):
    frame = _extract(gazetteer, text)
    assert list(frame.place_text) == ["Douma"]


def test_a_monthly_tally_by_governorate(gazetteer):
    text = (
        "The monitor documented the killing of 900 civilians in November 2016.\n\n"
        "Aleppo Province saw the highest death toll, with 400 civilians killed, "
        "followed by Idlib with 250 and Hama with 90."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 12, 1))
    tallies = frame[frame.geo_precision == 3]
    assert dict(zip(tallies.admin1, tallies.killed, strict=True)) == {
        "Aleppo": 400,
        "Idleb": 250,
        "Hama": 90,
    }


def test_the_toll_a_monitor_puts_on_the_event_is_not_national(gazetteer):
    text = (
        "A car bomb killed at least 60 people in Sayyida Zeinab on Sunday. "
        "The Syrian Observatory for Human Rights put the death toll at 71."
    )
    frame = _extract(gazetteer, text)
    assert frame.geometry.notna().all()
    assert frame.killed_high.max() == 71


def test_the_provinces_toll_told_again_is_the_provinces_not_the_last_towns(gazetteer):
    text = (
        "Russian and regime warplanes have escalated their bombing of Idlib Province, "
        "killing at least 30 people on Saturday.\n\n"
        "The deadliest attack was on Kafr Takharim, where at least 12 people died. In "
        "Maarat al-Numan, four people were killed in an attack near the main market."
        "\n\nThe Syrian Observatory for Human Rights put the day's toll in the "
        "province at 28, while the Local Coordination Committees said 34 people had "
        "died."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 11, 19))
    tolls = {
        r.place_text: (r.killed, r.killed_low, r.killed_high)
        for r in frame.itertuples()
    }
    assert tolls["Idlib"] == (30, 28, 34)
    assert tolls["Maarat al-Numan"][0] == 4 and tolls["Maarat al-Numan"][2] in (4, None)


def test_a_toll_of_another_year_in_the_same_area_is_another_incident(gazetteer):
    text = (
        "A car bomb killed at least 60 people in Sayyida Zeinab on Sunday.\n\n"
        "In February 2016, twin blasts in the same area killed 134 people."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 6, 13))
    assert sorted(zip(frame.date, frame.killed, strict=True)) == [
        ("2016-02-01", 134),
        ("2016-06-12", 60),
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a headline near the capital is the story's incident in its suburbs
        (
            "Bombs kill dozens at Shiite shrine near Damascus\n\n"
            "A car bomb killed 60 people near the Sayyida Zeinab shrine on Sunday.",
            {"Sayyida Zeinab"},
        ),
        # a region's name in a headline folds into a village of it
        (
            "Regime forces advance in Wadi Barada\n\n"
            "Regime forces captured Basima in the Wadi Barada valley northwest of "
            "Damascus on Saturday.",
            {"Basima"},
        ),
    ],
)
def test_headlines_fold_into_their_story(gazetteer, text, places):
    assert set(_extract(gazetteer, text).place_text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # captures told with "took" and "retook"
        (
            "Pro-Assad forces took the districts of Sheikh Saeed and al-Salihin on "
            "Saturday.",
            {"Sheikh Saeed", "al-Salihin"},
        ),
        ("The Islamic State has retaken the city of Palmyra.", {"Palmyra"}),
        # "cleared ... from", "drove ... out of", "liberated"
        (
            "Rebels backed by Turkish tanks have cleared the jihadists from the town "
            "of Jarablus.",
            {"Jarablus"},
        ),
        ("Kurdish forces drove IS fighters out of Manbij on Friday.", {"Manbij"}),
        ("The army liberated Palmyra on Sunday.", {"Palmyra"}),
        # "pushed ... out of", "chased ... out of", places counted before named
        (
            "Turkish-backed rebels pushed IS fighters out of two villages, Kafr Ghan "
            "and Yahmoul, north of Azaz.",
            {"Kafr Ghan", "Yahmoul"},
        ),
        ("Government forces chased rebels out of Tadef on Friday.", {"Tadef"}),
    ],
)
def test_captures_told_with_took(gazetteer, text, places):
    frame = _extract(gazetteer, text)
    assert set(frame.place_text) == places
    assert set(frame.event_type) == {"territory change"}


def test_a_deadliest_day_since_is_no_running_total(gazetteer):
    frame = _extract(
        gazetteer,
        "Eleven soldiers were killed in al-Bab on Wednesday, the deadliest day since "
        "the operation began.",
    )
    assert list(frame.killed) == [11]


def test_each_place_takes_the_date_of_its_clause(gazetteer):
    frame = _extract(
        gazetteer,
        "A UN inquiry concluded in August that the regime used chlorine in 2015, in "
        "Sarmin, and jets struck Saraqib on Monday.",
    ).set_index("place_text")
    assert frame.loc["Sarmin", "date"] == "2015-01-01"
    assert frame.loc["Saraqib", "date"] == "2016-10-17"


def test_an_ongoing_advance_is_of_the_day_it_is_told(gazetteer):
    text = (
        "Rebels took Dabiq in May.\n\n"
        "Meanwhile, regime forces continue to advance in Hanano."
    )
    frame = _extract(gazetteer, text).set_index("place_text")
    assert frame.loc["Hanano", "date"] == "2016-10-21"


def test_a_headline_place_the_gazetteer_lacks_folds_into_the_story(gazetteer):
    text = (
        "Turkish army shells villages in Qarqaboush\n\n"
        "Turkish artillery shelled Tal Rifaat on Thursday, killing two civilians."
    )
    frame = _extract(gazetteer, text)
    assert list(frame.place_text) == ["Tal Rifaat"]
    assert frame.iloc[0].killed == 2


def test_the_attacks_told_again_at_a_village_take_the_governorate_toll(gazetteer):
    text = (
        "Air strikes on a school in Idlib province have killed 22 children and six "
        "teachers, Unicef says. The attacks in the village of Hass on Wednesday were "
        "among the deadliest on a school."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 10, 27))
    assert list(zip(frame.place_text, frame.killed, strict=True)) == [("Hass", 28)]


def test_a_strike_of_its_own_day_at_the_place_last_named(gazetteer):
    text = (
        "Government forces retook Daraya on Friday after a four-year siege. "
        "Activists said helicopters dropped incendiary bombs on the town's last "
        "hospital on August 19."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 8, 27))
    hospital = frame[frame.date == "2016-08-19"]
    assert list(hospital.place_text) == ["Daraya"]
    assert list(hospital.event_type) == ["chemical"]


def test_a_stopped_bombing_is_no_incident_but_still_tells_the_day(gazetteer):
    text = (
        "Monitors said the airstrikes had stopped on Tuesday. They documented 12 "
        "deaths in Aleppo Province, most from clashes."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 10, 26))
    assert list(zip(frame.date, frame.killed, strict=True)) == [("2016-10-25", 12)]


def test_had_taken_a_town_is_a_capture(gazetteer):
    text = (
        "Rebels allied with Turkey said they had taken Jarablus. Officials said one "
        "rebel fighter was killed."
    )
    frame = _extract(gazetteer, text)
    assert list(zip(frame.place_text, frame.event_type, frame.killed, strict=True)) == [
        ("Jarablus", "territory change", 1)
    ]


def test_a_place_takes_no_date_from_another_clause(gazetteer):
    text = (
        "Warplanes struck Binnish on Thursday morning. Warplanes also targeted "
        "Saraqib, killing 3, while the death toll of those killed yesterday in "
        "airstrikes on Kafr Nabl rose to 11."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 10, 20))
    dated = dict(
        zip(frame.place_text, zip(frame.date, frame.killed, strict=True), strict=True)
    )
    assert dated["Saraqib"] == ("2016-10-20", 3)
    assert dated["Kafr Nabl"] == ("2016-10-19", 11)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # torture in a prison is not the bombing told before
        (
            "Jets bombed Binnish on Monday.\n\nTwo men from al-Bab died under "
            "torture in the prisons of the Islamic State.",
            "attack",
        ),
        # missiles moved to a base are no strike
        (
            "Russia moved S-300 anti-aircraft missiles to Tartus.",
            "strategic development",
        ),
    ],
)
def test_means_that_are_not_the_bombing(gazetteer, text, event_type):
    assert _extract(gazetteer, text).iloc[-1].event_type == event_type


def test_a_modal_in_a_relative_clause_does_not_hedge_the_event(gazetteer):
    text = (
        "Elsewhere, government forces have captured Khan al-Shih after rebels agreed "
        "to a deal that will see them bused to Idlib Province."
    )
    frame = _extract(gazetteer, text)
    assert list(zip(frame.place_text, frame.event_type, strict=True)) == [
        ("Khan al-Shih", "territory change")
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Jets did not strike Douma on Monday, a monitor said.", set()),
        ("Rebels are expected to launch an offensive on Hama.", set()),
        ("Rebels vowed to retake Dabiq.", set()),
        # an intent told in a later clause leaves the strike told first
        ("Jets struck Douma, killing 5, and are expected to return.", {"Douma"}),
    ],
)
def test_denials_and_intents_are_no_incidents(gazetteer, text, places):
    assert set(_extract(gazetteer, text).place_text) == places


def test_an_agreement_that_took_effect_is_an_event(gazetteer):
    text = "A ceasefire and evacuation agreement went into effect in Harasta on Monday."
    frame = _extract(gazetteer, text)
    assert list(zip(frame.place_text, frame.event_type, strict=True)) == [
        ("Harasta", "strategic development")
    ]
    # a truce only talked of is not
    assert _extract(gazetteer, "Talks on a ceasefire in Harasta resumed.").empty


@pytest.mark.parametrize(
    ("text", "killed", "low", "high"),
    [
        # a monitor's toll for the event just told: a range, one incident
        (
            "A car bomb killed at least 60 people in Sayyida Zeinab on Sunday. The "
            "Syrian Observatory put the death toll at 71.",
            60,
            60,
            71,
        ),
        # a toll that rose is the new toll, the first its low
        (
            "Jets killed 30 people in Douma on Monday. The death toll rose to 40.",
            40,
            30,
            40,
        ),
        # the same bombing told with another toll
        (
            "A car bomb killed 60 people in Sayyida Zeinab on Sunday. Activists said "
            "71 people were killed in the Sayyida Zeinab bombing.",
            71,
            60,
            71,
        ),
    ],
)
def test_tolls_that_differ_for_one_event_make_a_range(
    gazetteer, text, killed, low, high
):
    (row,) = _extract(gazetteer, text, published=dt.date(2016, 6, 14)).itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (killed, low, high)


def test_two_events_of_one_place_and_day_stay_two(gazetteer):
    text = "Jets killed 5 people in Douma on Monday. Shells killed 3 people in Douma on Monday."
    assert sorted(_extract(gazetteer, text).killed) == [3, 5]


def test_where_speakers_are_is_a_place_and_a_kunya_is_a_person(gazetteer):
    # "Talbiseh said" would be a town speaking for its people; "rebels in the town
    # of Talbiseh said" tells where they are
    frame = _extract(
        gazetteer,
        "Rebels in the town of Talbiseh said government artillery killed a child on "
        "Sunday.",
    )
    assert list(frame.place) == ["Talbisah"]
    # "Abu Malek" is a man, not the village of Malik
    frame = _extract(
        gazetteer,
        '"They dropped them on the homes near the mosque," said Abu Malek, a resident '
        "of Daraya, where two women were killed on Sunday.",
    )
    assert "Malik" not in set(frame.place)
    # "our dead" are people, not an attack
    assert _extract(
        gazetteer, '"We cannot bury our dead," a rescuer in Aleppo said.'
    ).empty


def test_a_suburb_of_a_city_lies_in_the_province_around_it(gazetteer):
    # "the Damascus suburb of Daraya" is Daraya of Rural Damascus, not a village of
    # that name in the Damascus governorate
    frame = _extract(
        gazetteer,
        "Helicopters dropped barrel bombs on the besieged Damascus suburb of Daraya on "
        "Thursday.",
    )
    assert list(frame.admin1) == ["Rural Damascus"]


def test_a_list_of_tolls_by_place_is_read_item_by_item(gazetteer):
    text = (
        "Daily report: civilian deaths\n\n"
        "The monitor documented the killing of 30 civilians on Sunday:\n\n"
        "- Idlib: 11, in Maarat al-Numan.\n\n"
        "- Daraa: 6, in the town of Sheikh Maskin.\n\n"
        "- Homs: 4, in the town of Talbiseh.\n\n"
        "Talks resumed in Geneva: 3 delegations attended."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 2, 15))
    tolls = dict(zip(frame.place_text.fillna(""), frame.killed, strict=True))
    assert tolls["Maarat al-Numan"] == 11
    assert tolls["Sheikh Maskin"] == 6 and tolls["Talbiseh"] == 4
    # the head, naming no place, is the total of them all, kept without a point
    national = frame[frame.geo_precision.isna() & (frame.killed == 30)]
    assert len(national) == 1
    assert set(frame.date) == {"2016-02-14"}
    # a colon after the list is no toll
    assert 3 not in set(frame.killed.dropna())


def test_a_headline_toll_is_not_given_where_the_body_tells_the_toll(gazetteer):
    text = (
        "Dozens killed as regime retakes Hanano\n\n"
        "Troops captured the Masaken Hanano district of Aleppo on Saturday. At least "
        "20 civilians were killed in air strikes on the Sakhour district, rescuers "
        "said."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 11, 27))
    tolls = dict(zip(frame.place_text, frame.killed, strict=True))
    assert pd.isna(tolls["Masaken Hanano"]) and tolls["Sakhour"] == 20


def test_a_date_told_right_after_a_place_is_that_place_s(gazetteer):
    frame = _extract(
        gazetteer,
        "An inquiry found in August that government forces had carried out two "
        "chlorine attacks, in Talmenes in 2014 and Sarmin in 2015.",
    )
    assert dict(zip(frame.place_text, frame.date, strict=True)) == {
        "Talmenes": "2014-01-01",
        "Sarmin": "2015-01-01",
    }


def test_a_headline_s_topic_label_is_no_incident(gazetteer):
    text = (
        "Afrin: Turkish shelling kills family in Jindires\n\n"
        "Turkish artillery shelled the town of Jindires on Friday, killing a family "
        "of five, the Kurdish Red Crescent said."
    )
    frame = _extract(gazetteer, text, published=dt.date(2018, 2, 10))
    assert list(frame.place_text) == ["Jindires"]


def test_a_strike_of_a_day_told_of_a_governorate_alone_is_kept(gazetteer):
    frame = _extract(
        gazetteer,
        "Israeli jets struck army positions in the Quneitra countryside on Saturday.",
    )
    assert list(zip(frame.place, frame.geo_precision, strict=True)) == [("Quneitra", 3)]
    # with no day, no one, or a precise place beside it, a governorate stays no
    # incident
    assert _extract(gazetteer, "Warplanes have bombed Idlib province.").empty
    frame = _extract(
        gazetteer, "Israeli jets struck Khan Arnabeh in Quneitra province on Saturday."
    )
    assert list(frame.geo_precision) == [1]


def test_aircraft_seen_flying_over_is_no_strike(gazetteer):
    assert _extract(gazetteer, "Turkish drones flew over Tel Rifaat on Sunday.").empty
    frame = _extract(
        gazetteer, "Rebels downed a Russian drone flying over Latamneh on Sunday."
    )
    assert len(frame) == 1


def test_where_people_were_taken_or_fled_to_is_no_incident_place(gazetteer):
    frame = _extract(
        gazetteer,
        "Shelling hit Daraya on Tuesday, as a deal was reached to evacuate the "
        "remaining fighters to Idlib.",
    )
    assert list(frame.place_text) == ["Daraya"]
    frame = _extract(
        gazetteer,
        "Thousands of residents of Hanano fled to the Sheikh Maqsoud neighbourhood "
        "as jets struck the district on Tuesday.",
    )
    assert "Sheikh Maqsoud" not in set(frame.place_text)


def test_a_mass_told_with_no_place_is_not_the_last_place_s_toll(gazetteer):
    frame = _extract(
        gazetteer,
        "Rebels stormed Hanano in July 2012. For four years the front barely moved. "
        "Barrel bombs killed thousands in the east, while rebel shells killed "
        "hundreds in the west.",
    )
    assert frame.killed.dropna().empty
    # a number is the toll of the place just told
    frame = _extract(
        gazetteer,
        "A bomb exploded in Jableh on Monday. More than 100 people were killed.",
    )
    assert list(frame.killed) == [100]


def test_an_incident_naming_no_place_is_still_reported(gazetteer):
    (row,) = _extract(
        gazetteer,
        "A man died on Monday of wounds from a barrel bomb attack.",
    ).itertuples()
    assert pd.isna(row.lat) and row.killed == 1
    assert row.geo_rule == "the text names no place"
    # where a place is told, no placeless record is added beside it
    frame = _extract(
        gazetteer, "Shelling hit Douma on Monday. A man died of his wounds."
    )
    assert frame.lat.notna().all()


def test_a_story_of_a_quarter_in_its_city_is_of_the_quarter(gazetteer):
    text = (
        "Homs' last rebel district: life in al-Waer as the siege tightens\n\n"
        "For three years, al-Waer has been the last opposition-held neighbourhood of "
        "Homs.\n\n"
        "On Sunday, a government rocket struck a crowded street near the Fourth "
        "Island housing blocks, killing six people. Doctors said 22 others were "
        "wounded.\n\n"
        "Two days earlier, a sniper shot dead a young man in Baba Amr."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 20)).set_index("date")
    row = frame.loc["2016-10-16"]
    assert (row.place_text, row.killed, row.injured, row.actor) == (
        "al-Waer",
        6,
        22,
        "regime",
    )
    # with no story of one place, the strike is still told, at no place, though
    # other incidents have places
    other = text.replace(
        "Homs' last rebel district: life in al-Waer", "A week in Syria"
    )
    frame = _extract(gazetteer, other, dt.date(2016, 10, 20)).set_index("date")
    row = frame.loc["2016-10-16"]
    assert pd.isna(row.lat) and (row.killed, row.injured) == (6, 22)


def test_a_toll_with_no_place_in_a_story_of_one_place_is_told_of_it(gazetteer):
    text = (
        "Life and death in besieged Madaya\n\n"
        "Umm Ahmad has not left her basement in Madaya for three weeks. When the "
        "shells fell on her street on Tuesday, two of her neighbours were killed, "
        "she said.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 4, 21)).itertuples()
    assert (row.place_text, row.killed, row.date) == ("Madaya", 2, "2016-04-19")
    # a headline naming two places makes no story of one place: no point is given
    two = text.replace("Life and death in besieged Madaya", "Madaya and Zabadani")
    (row,) = _extract(gazetteer, two, dt.date(2016, 4, 21)).itertuples()
    assert pd.isna(row.lat) and row.killed == 2


def test_an_outlet_named_after_a_place_is_no_place(gazetteer):
    frame = _extract(
        gazetteer,
        "Hezbollah's al-Manar television said its fighters repelled an attack near "
        "Bqine on Wednesday.",
    )
    assert list(frame.place_text) == ["Bqine"]


def test_the_displaced_arriving_is_no_event_but_troops_arriving_is(gazetteer):
    assert _extract(
        gazetteer,
        "Aid is distributed in Sarmada, where most of the newly displaced have "
        "arrived.",
    ).empty
    (row,) = _extract(
        gazetteer, "Turkish troops have arrived in Afrin on Monday."
    ).itertuples()
    assert (row.place_text, row.event_type, row.actor) == (
        "Afrin",
        "strategic development",
        "Turkey",
    )


def test_the_wounded_are_told_with_the_place_before_them(gazetteer):
    frame = _extract(
        gazetteer,
        "Regime forces shelled the town of Kafr Batna, injuring five people, and a "
        "woman was killed by sniper fire in the town of Zamalka on Monday.",
    )
    rows = {r.place_text: (r.killed, r.injured) for r in frame.itertuples()}
    assert rows["Kafr Batna"][1] == 5 and pd.isna(rows["Kafr Batna"][0])
    assert rows["Zamalka"][0] == 1 and pd.isna(rows["Zamalka"][1])


def test_a_toll_of_another_day_takes_no_means_from_the_event_before(gazetteer):
    text = (
        "Government helicopters dropped barrel bombs on Daraya on Saturday.\n"
        "On Thursday, at least 16 people died when a hospital in the Sukkari "
        "neighbourhood of Aleppo was struck.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 9, 25)).set_index("date")
    assert rows.loc["2016-09-24", "event_type"] == "barrel bomb"
    assert rows.loc["2016-09-22", "event_type"] == "attack"
    assert pd.isna(rows.loc["2016-09-22", "actor"])
    # of the same day, it is still the bombing's
    same = text.replace("On Thursday", "On Saturday")
    rows = _extract(gazetteer, same, dt.date(2016, 9, 25))
    assert set(rows.event_type) == {"barrel bomb"}


def test_part_of_a_group_told_before_is_no_new_incident(gazetteer):
    text = (
        "A hospital in Maarat al-Numan was hit by missiles on Monday, killing at "
        "least nine people. The hospital had 54 staff. Eight of them are missing "
        "and believed dead.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 2, 16)).itertuples()
    assert (row.place_text, row.killed) == ("Maarat al-Numan", 9)


def test_a_region_near_a_city_is_one_place(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Dozens were killed in a chemical attack on the Ghouta region near Damascus "
        "on Monday.",
    ).itertuples()
    assert row.place == "Eastern Ghouta"


def test_a_denial_of_who_did_it_keeps_the_dead_and_their_day(gazetteer):
    text = (
        "MOSCOW/BEIRUT, Oct 13 (Reuters) - Russia's defence ministry on Thursday "
        "denied that its jets had struck a market in the rebel-held Fardous district "
        "of Aleppo, where the death toll from Wednesday's attack rose to 43.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 13)).itertuples()
    assert (row.place_text, row.killed, row.date) == ("Fardous", 43, "2016-10-12")
    assert pd.isna(row.actor)  # denied: not said to be Russia's
    # a denial of the deaths themselves is no incident
    assert _extract(
        gazetteer,
        "The army denied that its jets had struck a market in Fardous on Wednesday.",
        dt.date(2016, 10, 13),
    ).empty


def test_where_fire_came_from_is_no_incident_place(gazetteer):
    text = (
        "Three civilians were killed on Sunday when regime forces shelled the town of "
        "Tafas in the western countryside of Daraa. The shells came from the regime's "
        "positions in the Daraa al-Mahatta neighbourhood. Two more people were "
        "wounded.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 5, 15)).itertuples()
    assert (row.place_text, row.killed, row.injured) == ("Tafas", 3, 2)


def test_fighters_coming_from_a_town_still_name_it():
    from geo.mentions import _LAUNCHED_FROM

    assert not _LAUNCHED_FROM.search("link up with fighters coming from ")
    assert _LAUNCHED_FROM.search("the rockets came from ")


def test_an_interviewer_s_question_dates_the_answer(gazetteer):
    text = (
        "A doctor in Daraya speaks\n\n"
        "Q: What happened on Thursday?\n\n"
        "A: The helicopters dropped eight barrel bombs on Daraya. Four people were "
        "killed.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 6, 4)).itertuples()
    assert (row.place_text, row.date, row.killed) == ("Daraya", "2016-06-02", 4)


def test_a_news_outlet_is_no_place(gazetteer):
    frame = _extract(
        gazetteer,
        "Al Jazeera's Zeina Khodr said the raids on Monday targeted the al-Shaar "
        "neighbourhood of Aleppo.",
    )
    assert list(frame.place_text) == ["al-Shaar"]


def test_a_numbered_hill_is_no_village(gazetteer):
    (row,) = _extract(
        gazetteer, "Government forces captured Hill 1154 near Kinsabba on Friday."
    ).itertuples()
    assert row.place_text == "Kinsabba"


def test_a_kurdish_outlet_s_report(gazetteer):
    text = (
        "Turkish army shells villages of Serêkaniyê countryside\n\n"
        "SERÊKANIYÊ – The Turkish army shelled the villages of Tal Halaf and Asadiya "
        "in the western countryside of Serêkaniyê on Tuesday, wounding three "
        "civilians.\n\n"
        "Meanwhile, a member of the Asayish forces was martyred when a mine exploded "
        "near the town of Dirbêsiyê.\n\n"
        "In Qamişlo, people held a demonstration to denounce the attacks.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2019, 12, 3))
    # the dateline is where the report was filed, not where three were wounded; a
    # village of the name 250 km away is not in Serêkaniyê's countryside
    halaf = rows[rows.place_text == "Tal Halaf"].iloc[0]
    assert (halaf.event_type, halaf.geo_precision, halaf.injured) == ("shelling", 1, 3)
    asadiya = rows[rows.place_text == "Asadiya"].iloc[0]
    assert asadiya.geo_precision == 2 and asadiya.place == "Ra's al `Ayn"
    mine = rows[rows.place_text == "Dirbêsiyê"].iloc[0]
    assert (mine.event_type, mine.killed) == ("IED", 1)
    assert rows[rows.place_text == "Qamişlo"].iloc[0].event_type == "protest"
    assert len(rows) == 4


def test_more_dead_at_the_place_just_told_add_to_its_toll(gazetteer):
    text = (
        "Regime forces shelled al-Latamna on Monday, killing two civilians. In "
        "addition, warplanes carried out raids on the town, killing 2 more people.\n"
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place_text, row.killed) == ("al-Latamna", 4)
    # the same toll told again is not added
    again = text.replace("killing 2 more people", "killing 2 people")
    (row,) = _extract(gazetteer, again).itertuples()
    assert row.killed == 2


def test_more_bodies_recovered_later_are_of_the_strike_told_before(gazetteer):
    text = (
        "At least nine people were killed on Monday when Russian jets bombed Kafr "
        "Zita.\n\nAmong the dead were a mother and her three children.\n\n"
        '"We worked for six hours to reach them," he said. "The bodies of two more '
        'people were recovered this morning."'
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 25)).itertuples()
    assert (row.place_text, row.date, row.killed) == ("Kafr Zita", "2016-10-24", 11)


def test_a_part_told_aside_inside_a_toll_leaves_it_whole(gazetteer):
    text = (
        "The strikes on Thursday night hit the Ghwayran district of Hasakah. At least "
        "nine civilians, four of them children, were killed."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 8, 19)).itertuples()
    assert (row.place_text, row.killed, row.killed_children) == ("Ghwayran", 9, 4)
    # a part told first is still a part of a toll told before
    part = text.replace(
        "At least nine civilians, four of them children", "Four of them"
    )
    (row,) = _extract(gazetteer, part, dt.date(2016, 8, 19)).itertuples()
    assert pd.isna(row.killed)


def test_other_dead_in_one_sentence_add_up(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Warplanes struck Douma on Monday, killing 2 people, as helicopters dropped "
        "barrel bombs killing 4 other civilians.",
    ).itertuples()
    assert row.killed == 6
    # a second count of the same dead is not added; nor are deaths only reported
    (row,) = _extract(
        gazetteer,
        "A car bomb in Jubata al-Khashab on Monday killed 1 fighter and reports "
        "tell of the death of another one.",
    ).itertuples()
    assert row.killed == 1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a sentence's first word, capitalised by its place only, spelled like no
        # place: "Rocket" is no Ruqaytah, "Twin" no At Tawani
        (
            "Rocket shells landed on Jaramana on Monday, killing 4 people.",
            "Jaramana",
        ),
        ("Twin blasts killed 48 in the Zahraa district of Homs on Monday.", "Zahra'"),
        # a place spelled as known still begins a sentence
        ("Douma was hit by shells on Monday, killing 4 people.", "Douma"),
    ],
)
def test_a_sentence_s_first_word_is_a_place_only_if_spelled_as_one(
    gazetteer, text, place
):
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.place == place


def test_kuweires_alone_is_its_air_base(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Dozens of soldiers were killed in the assault near Kuweires on Monday.",
    ).itertuples()
    assert row.place == "Kuweires Air Base"


def test_a_toll_of_a_day_takes_no_means_from_a_battle_of_another_month(gazetteer):
    text = (
        "The rebels broke the siege in August, capturing the Ramouseh district after "
        "heavy shelling in which hundreds were killed.\n\n"
        "On Thursday alone, at least 16 people were killed in Bustan al-Qasr.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 10, 3)).set_index("date")
    thursday = rows.loc["2016-09-29"]
    assert thursday.event_type == "attack" and pd.isna(thursday.actor)


def test_bodies_pulled_are_dead_and_fewer_told_after_are_some_of_them(gazetteer):
    (row,) = _extract(
        gazetteer, "Rescuers pulled 23 bodies from the rubble in Douma on Monday."
    ).itertuples()
    assert (row.place_text, row.killed) == ("Douma", 23)
    text = (
        "Warplanes bombed a market in the town of Kafr Nabl on Tuesday, killing 25 "
        'people. "We pulled 14 bodies from under one building," a volunteer said.\n'
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place_text, row.killed) == ("Kafr Nabl", 25)
    # an event of its own is not folded: "also", or told with its own means
    also = text.replace('"We pulled 14 bodies', '"Shelling also killed 14 people')
    assert sorted(_extract(gazetteer, also).killed) == [14, 25]


def test_the_east_of_the_city_a_story_is_about(gazetteer):
    text = (
        "Analysis: Why Aleppo matters\n\n"
        "Aleppo has been divided since 2012. On Thursday alone, at least 96 people "
        "were killed in strikes on the east, according to the Observatory.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 3)).itertuples()
    assert (row.place, row.geo_precision, row.killed) == ("Aleppo", 2, 96)
    assert row.geo_rule == "part Aleppo"
    # a mass of years told of the east is no incident there
    mass = text.replace(
        "On Thursday alone, at least 96 people were killed in strikes on the east",
        "Barrel bombs killed thousands in the east",
    )
    assert _extract(gazetteer, mass, dt.date(2016, 10, 3)).empty
    # a story about another place does not lend its city
    other = text.replace("Analysis: Why Aleppo matters", "Analysis: Why Daraya matters")
    rows = _extract(gazetteer, other, dt.date(2016, 10, 3))
    assert "Aleppo" not in set(rows.place)


def test_the_wounded_told_with_the_place_after_them(gazetteer):
    frame = _extract(
        gazetteer,
        "Shelling killed 4 people in Jobar and wounded 10 in Qaboun on Monday.",
    )
    rows = {r.place_text: (r.killed, r.injured) for r in frame.itertuples()}
    assert rows["Jobar"][0] == 4 and pd.isna(rows["Jobar"][1])
    assert rows["Qaboun"][1] == 10 and pd.isna(rows["Qaboun"][0])


def test_a_toll_of_a_whole_battle_is_no_day_s_toll(gazetteer):
    text = (
        "Kurdish-led forces captured the last pockets of Manbij on Friday. More than "
        "430 civilians were killed during the battle, the Observatory said.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 8, 13)).itertuples()
    assert row.place_text == "Manbij" and pd.isna(row.killed)
    for day in (
        "Three civilians were killed during the fighting in Manbij on Friday.\n",
        "Three civilians were killed during the offensive on Manbij on Friday.\n",
    ):
        (row,) = _extract(gazetteer, day, dt.date(2016, 8, 13)).itertuples()
        assert row.killed == 3


def test_a_toll_near_a_town_then_the_place_it_was_hit(gazetteer):
    text = (
        "An aid convoy was struck on Monday evening near the city of Aleppo, killing "
        "about 20 civilians and a staff member, the United Nations said on Tuesday, a "
        "day after the Syrian army declared a week-long ceasefire over. The convoy of "
        "31 trucks was unloading at a warehouse in Urum al-Kubra, in western Aleppo "
        "countryside, when it was hit."
    )
    (row,) = extract_incidents(
        [Article("a", text, dt.date(2016, 9, 20))], gazetteer
    ).itertuples()
    # one incident, where the convoy was hit, on the day it was hit (not the day
    # the UN spoke), by no one the text names (the army only declared the truce over)
    assert (row.place, row.geo_precision, row.killed) == ("Urum al Kubra", 1, 21)
    assert row.date == "2016-09-19"
    assert pd.isna(row.actor)


def test_where_they_fled_or_who_governs_is_not_where_it_happened(gazetteer):
    day = dt.date(2016, 2, 25)
    text = (
        "The army liberated the Jabal al-Nuba hilltop in northern Latakia on Thursday. "
        "At least 30 militants were killed during the assault, while the rest fled "
        "towards the town of Kinsibba."
    )
    rows = extract_incidents([Article("a", text, day)], gazetteer)
    assert "Kinnsibba" not in set(rows["place"])
    assert rows.killed.max() == 30  # the assault's dead, at the hilltop
    text = (
        "The Syrian army withdrew from Palmyra towards the T4 airbase, Homs governor "
        "Talal Barazi said."
    )
    rows = extract_incidents([Article("b", text, day)], gazetteer)
    assert set(rows["place"]) == {"Palmyra"}


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday, rebels lost the Haydariya and Sheikh Khodr districts of Aleppo.",
        # a timeline's present
        "28 November: Rebels lose the Haydariya and Sheikh Khodr districts of Aleppo.",
    ],
)
def test_a_side_that_lost_districts_did_not_take_them(gazetteer, text):
    rows = extract_incidents([Article("a", text, dt.date(2016, 11, 29))], gazetteer)
    assert len(rows) == 2
    assert set(rows.event_type) == {"territory change"} and rows.actor.isna().all()
    assert set(rows.date) == {"2016-11-28"}


def test_english_words_of_a_title_case_headline_are_no_villages(gazetteer):
    text = "Opposition-Held Areas Hit by Chlorine in Final Weeks of Battle"
    rows = extract_incidents([Article("a", text, dt.date(2017, 2, 13))], gazetteer)
    assert not rows["place"].notna().any()  # not Al Hit
    text = "Airstrikes Hit Douma Market, Killing 20"
    rows = extract_incidents([Article("b", text, dt.date(2017, 2, 13))], gazetteer)
    # Douma, not Kul Kilinjah ("Killing"); "Hit" is the headline's verb
    assert list(rows["place"]) == ["Douma"]
    # in running text, capitalised mid-sentence, the village stands
    text = "Regime forces shelled the village of Hit in Dar'a countryside."
    rows = extract_incidents([Article("c", text, dt.date(2017, 2, 13))], gazetteer)
    assert rows["place"].notna().all()


def test_the_same_means_told_right_after_is_by_the_same_hand(gazetteer):
    text = (
        "A double suicide bombing claimed by Islamic State killed at least 44 people "
        "in Qamishli on Wednesday.\n\nThe first attacker detonated a truck packed with "
        "explosives in the Hilaliya neighbourhood; a second blew himself up minutes "
        "later.\n\nElsewhere, a car bomb exploded in Tal Abyad."
    )
    rows = extract_incidents([Article("a", text, dt.date(2016, 7, 27))], gazetteer)
    hilaliya = rows[rows.quote.str.startswith("The first attacker")].iloc[0]
    assert hilaliya.actor == "Islamic State"
    # two sentences on, the same means is no longer the same hand
    assert pd.isna(rows[rows.place == "Tall Abyad"].iloc[0].actor)


def test_a_person_identified_by_a_kunya_is_no_place(gazetteer):
    text = (
        "A family of five was killed when a mortar shell hit their home in Douma on "
        "Saturday. The father died on the way to the hospital, said the volunteer, who "
        "asked to be identified only as Abu Adnan."
    )
    rows = extract_incidents([Article("a", text, dt.date(2016, 9, 12))], gazetteer)
    assert set(rows.place) == {"Douma"}  # not Abu Zannah


def test_a_family_name_is_no_place(gazetteer):
    text = "Douma bombardment and fall of 8 martyrs, including the Maleeh family"
    rows = extract_incidents([Article("a", text, dt.date(2016, 2, 26))], gazetteer)
    assert list(rows.place) == ["Douma"] and rows.iloc[0].admin1 == "Rural Damascus"


def test_a_word_of_faith_with_an_apostrophe_is_no_village(gazetteer):
    text = "Buses from the besieged Shi'ite villages of Fuaa and Kefraya were attacked."
    rows = extract_incidents([Article("a", text, dt.date(2016, 12, 16))], gazetteer)
    assert set(rows.place) == {"Al Fu`ah", "Kafraya"}
    # nor is a party's name a town: "a Ba'ath party official"
    text = "A Ba'ath party official was killed in shelling."
    rows = extract_incidents([Article("b", text, dt.date(2016, 12, 16))], gazetteer)
    assert not rows.place.notna().any()


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # an English word that names a village, capitalised to begin the sentence
        ("Mine explosion killed three children in Daraa.", {"Dar'a"}),
        ("Hit by shells, the hospital in Kafr Nabl closed.", {"Kafr Nabl"}),
        ("Base commanders said 5 soldiers were killed near Hama.", {"Hama"}),
        # a weapon's name is no village
        (
            "Rebels fired several Katyusha rockets at the town of Tall Refaat.",
            {"Tall Rif‘at"},
        ),
    ],
)
def test_an_english_word_beginning_a_sentence_is_no_village(gazetteer, text, places):
    rows = extract_incidents([Article("a", text, dt.date(2016, 12, 16))], gazetteer)
    assert set(rows.place) == places


def test_a_running_total_told_aside_leaves_the_days_toll(gazetteer):
    text = (
        "Five more people have died of starvation in the besieged town of Madaya in "
        "the past two days, MSF said on Thursday, bringing to 28 the number of deaths "
        "from hunger since December 1."
    )
    (row,) = extract_incidents(
        [Article("a", text, dt.date(2016, 1, 14))], gazetteer
    ).itertuples()
    assert row.killed == 5
    # a toll that brings another day's toll up stays that day's
    text = (
        "Air strikes hit a market in Douma on Sunday, killing 23. Rescuers pulled two "
        "more bodies from the rubble on Monday, bringing the death toll from Sunday's "
        "air strikes to 25."
    )
    (row,) = extract_incidents(
        [Article("b", text, dt.date(2016, 1, 14))], gazetteer
    ).itertuples()
    assert row.killed == 25


def test_another_sources_toll_said_plainly_makes_a_range(gazetteer):
    text = (
        "Syrian troops captured the Masaken Hanano district on Saturday. The "
        "Observatory said at least 11 civilians were killed in government shelling "
        "on the al-Shaar neighborhood on Saturday. The Aleppo Media Center, an "
        "activist collective, said the toll was 13."
    )
    rows = extract_incidents([Article("a", text, dt.date(2016, 11, 26))], gazetteer)
    shaar = rows[rows.place == "Sha'aar"].iloc[0]
    assert (shaar.killed, shaar.killed_low, shaar.killed_high) == (11, 11, 13)
    assert pd.isna(rows[rows.place == "Hanano"].iloc[0].killed)


def test_a_news_agency_s_toll_of_the_same_strikes_makes_a_range(gazetteer):
    text = (
        "Air strikes believed to have been carried out by Russian jets killed at "
        "least 23 people in the city of Deir al-Zor on Thursday, a war monitor "
        "said.\n\n"
        "Islamic State's Amaq news agency said 30 civilians were killed in \"Russian "
        'massacres" in the city, without giving details.'
    )
    (row,) = extract_incidents(
        [Article("a", text, dt.date(2016, 1, 15))], gazetteer
    ).itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (23, 23, 30)


def test_a_live_blog_s_deal_and_deeds_stay_apart(gazetteer):
    text = (
        "4.05pm GMT\n"
        "The evacuation of eastern Aleppo has been suspended, according to the Russian "
        "military, which said rebels had violated the terms of the deal.\n\n"
        "Activists say a convoy of buses carrying wounded people was fired on at a "
        "government checkpoint on the Ramouseh road, killing one person.\n\n"
        "9.15am GMT\n"
        "Welcome to our live coverage of the evacuation of Aleppo. Yesterday, "
        "pro-government militiamen stopped a convoy at a checkpoint and shot dead "
        "three evacuees, according to opposition sources."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 16))
    got = {(r.place, r.date): r for r in frame.itertuples()}
    # stopping a convoy is no halt; its dead are no deal's, and of their own day
    shot = got[("Aleppo", "2016-12-15")]
    assert (shot.killed, shot.actor) == (3, "regime")
    assert pd.isna(got[("Aleppo", "2016-12-16")].killed)
    # who broke the deal did not fire on the convoy
    assert pd.isna(got[("Ar-Ramouseh Indusrtial District", "2016-12-16")].actor)


def test_two_sides_tolls_of_one_strike_and_the_clauses_of_other_deeds(gazetteer):
    text = (
        "The Kurdish YPG militia said Turkish jets had struck the town of Jindires on "
        "Monday, killing 11 civilians, and that its fighters had repelled a Turkish "
        "attack on the village of Qastal Jindo.\n\n"
        "The Syrian Observatory said at least 8 civilians were killed in the air "
        "strikes on Jindires, and that Turkish-backed rebels had captured two villages "
        "north of Afrin city, Ali Bazan and Karmtlak."
    )
    frame = _extract(gazetteer, text, dt.date(2018, 3, 6))
    rows = {(r.place, r.event_type): r for r in frame.itertuples()}
    # "killed in the air strikes on": the strikes told before, another toll of them
    strike = rows[("Jindayris", "airstrike")]
    assert (strike.killed, strike.killed_low, strike.killed_high) == (11, 8, 11)
    assert strike.actor == "Turkey"  # not the rebels of the capture told after it
    # a fight on the ground in a clause of its own is no strike
    assert ("Qastal Jundu", "armed clash") in rows
    assert rows[("`Ali Bazan", "territory change")].actor == "rebels"


def test_a_strike_told_at_a_governorate_s_part_then_placed_with_its_toll(gazetteer):
    text = (
        "Israeli aircraft struck two Syrian army artillery positions in the northern "
        "part of the Quneitra province early Saturday, the Israeli military said.\n\n"
        "Syrian state media said the Israeli strike killed one soldier and wounded two "
        "others near the town of Khan Arnabeh."
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 1, 21)).itertuples()
    assert (row.place, row.killed, row.injured, row.actor) == (
        "Khan Arnabah",
        1,
        2,
        "Israel",
    )
    assert row.date == "2017-01-21" and "Saturday" in row.date_rule
    # deeds done again and again, on no day told, are no event
    frame = _extract(
        gazetteer,
        "Israel has carried out strikes on Hezbollah weapons convoys near Damascus "
        "several times since 2013.",
    )
    assert frame.empty


def test_the_day_a_strike_was_told_gives_way_to_the_day_it_struck(gazetteer):
    text = (
        "A U.S. drone strike near the Syrian city of Raqqa killed a senior Islamic "
        "State commander, the Pentagon said on Thursday.\n\n"
        "Pentagon spokesman Peter Cook said the commander, known as Abu Jandal "
        "al-Kuwaiti, was killed in the strike on Tuesday along with two other "
        "militants."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 12, 29)).itertuples()
    assert (row.date, row.killed, row.actor) == ("2016-12-27", 3, "US-led coalition")


def test_how_far_forces_still_are_is_no_place_of_theirs(gazetteer):
    text = (
        "Pro-government forces captured the town of al-Mayadin two weeks ago and are "
        "now about 40 km from Albu Kamal.\n\n"
        "At least 20 IS militants were killed in clashes in Husaybah, an Iraqi "
        "military statement said."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 10, 26))
    assert list(frame.place_text.dropna())[:1] == ["al-Mayadin"]
    assert "Albu Kamal" not in set(frame.place_text)
    # a week weeks before the story, told in a paragraph before, dates nothing after
    assert frame.date.iloc[-1] == "2017-10-26"


def test_where_the_defeated_were_given_passage_to_is_no_place_of_the_deal(gazetteer):
    text = (
        "The last buses left Daraya on Saturday.\n\n"
        "On Friday, the rebels agreed to surrender the town in exchange for safe "
        "passage to Idlib."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 8, 28))
    assert "Idlib" not in set(frame.place_text)
    assert list(frame.place_text) == ["Daraya"]
    assert frame.event_type.iloc[0] == "strategic development"


def test_a_bombing_in_homs_one_sense_per_text_and_a_later_source_s_toll(gazetteer):
    text = (
        "Syria conflict: Twin blasts hit government-held Homs\n\n"
        "At least 46 people have been killed in two bomb attacks in the Syrian city "
        "of Homs, state media say.\n\n"
        "The blasts struck near a checkpoint in the al-Zahraa district.\n\n"
        "The Islamic State group said it had carried out the attacks.\n\n"
        "The Syrian Observatory for Human Rights put the death toll at 57.\n\n"
        "Analysis: Jim Muir, BBC Middle East correspondent\n"
        "Al-Zahraa has been hit several times before. In December, a similar double "
        "bombing killed 16 people there."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 2, 21))
    got = sorted(
        (r.date, r.place, r.event_type, r.killed, r.killed_high)
        for r in frame.itertuples()
    )
    # a headline's label ("Syria conflict:") makes "Twin" no village; bomb attacks
    # are set off on the ground; the Observatory's toll, three paragraphs on, is
    # another toll of the same bombing; and Al-Zahraa is the district told before
    assert got == [
        ("2015-12-01", "Zahra'", "IED", 16, 16),
        ("2016-02-21", "Zahra'", "IED", 46, 57),
    ]


def test_a_roundup_sentence_s_clauses_each_with_its_place_and_toll(gazetteer):
    text = (
        "Violence flared across Syria on Thursday despite the truce. In Idlib, jets "
        "struck Saraqeb, killing five people; in Hama, rebel shells hit Mhardeh, "
        "wounding three; and in Daraa, clashes in the Manshiyeh district left four "
        "fighters dead."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 1, 8))
    got = {
        r.place: (
            None if pd.isna(r.killed) else int(r.killed),
            None if pd.isna(r.injured) else int(r.injured),
        )
        for r in frame.itertuples()
    }
    assert got == {
        "Sarāqib": (5, None),
        "Muhradah": (None, 3),
        "Al Mansheyah": (4, None),
    }
    # the day "violence flared" is the day of what the paragraph tells
    assert set(frame.date) == {"2017-01-05"}


def test_a_live_blog_s_correction_moves_the_strike_and_an_update_names_its_hand(
    gazetteer,
):
    text = (
        "UPDATE 1640 GMT: Correction — the market hit this morning was in Kafr "
        "Takharim, not Kafr Nabl as activists first reported. The death toll has "
        "risen to 22.\n\n"
        "UPDATE 1200 GMT: The Syrian Observatory says the strike was carried out by "
        "Russian jets.\n\n"
        "ORIGINAL ENTRY: At least 15 people have been killed in an airstrike on a "
        "vegetable market in Kafr Nabl in Idlib Province this morning."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 20)).itertuples()
    assert (row.place_text, row.killed, row.killed_low, row.actor) == (
        "Kafr Takharim",
        22,
        15,
        "Russia",
    )


def test_a_toll_told_apart_from_the_places_of_another_clause(gazetteer):
    text = (
        "On Friday, rebels launched an assault on the Dahiyat al-Assad area. The army "
        "said it had repelled the assault, killing 60 militants, while rebels said "
        "they had captured Minyan."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 31))
    tolls = {r.place_text: r.killed for r in frame.itertuples()}
    assert tolls["Dahiyat al-Assad"] == 60
    assert pd.isna(tolls["Minyan"])
    # what was suspended was not flown
    assert _extract(
        gazetteer,
        "Russia's defence ministry said it had suspended its airstrikes on Aleppo for "
        "a tenth day.",
    ).empty


def test_a_day_within_the_month_told_dates_the_strike(gazetteer):
    text = (
        "A hospital in the town of Maarat al-Numan was put out of service after it was "
        "hit by air strikes for the third time this month, medical staff said.\n\n"
        "The strikes late on Sunday killed a nurse and wounded four patients."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 21)).itertuples()
    assert (row.date, row.date_precision, row.killed) == ("2016-11-20", "day", 1)
    # an earlier strike on the same hospital, told in the pluperfect with its day
    frame = _extract(
        gazetteer,
        text + " The hospital had been hit on November 3, he said.",
        dt.date(2016, 11, 21),
    )
    assert sorted(frame.date) == ["2016-11-03", "2016-11-20"]


def test_they_are_who_the_sentence_before_named(gazetteer):
    text = (
        "Rebel groups have been shelling the western districts of Aleppo for days. On "
        "Friday, they launched a car bomb attack on the Dahiyat al-Assad area."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 31))
    row = frame.set_index("place_text").loc["Dahiyat al-Assad"]
    assert (row.actor, row.event_type) == ("rebels", "IED")


def test_a_capture_told_to_say_when_a_strike_came_is_its_own(gazetteer):
    text = (
        "Eleven people were treated for breathing difficulties after a suspected "
        "chlorine attack on the town of Saraqeb late on Sunday. The attack came hours "
        "after government forces seized the village of Abu Dhuhur, for the first time "
        "since rebels captured it in 2015."
    )
    frame = _extract(gazetteer, text, dt.date(2018, 2, 5))
    got = sorted((r.event_type, r.date) for r in frame.itertuples())
    # not a retelling of the strike; and 2015 bounds, dating nothing
    assert got == [("chemical", "2018-02-04"), ("territory change", "2018-02-04")]


def test_a_burial_is_no_event_but_a_strike_on_a_funeral_is(gazetteer):
    assert _extract(
        gazetteer, "Hezbollah buried two of its fighters killed in Syria."
    ).empty
    (row,) = _extract(
        gazetteer,
        "An air strike hit a funeral in the town of Kafr Jales on Wednesday, killing "
        "nine mourners.",
    ).itertuples()
    assert row.killed == 9


def test_a_toll_that_later_rose_is_the_same_incidents(gazetteer):
    text = (
        "At least 58 people were killed in a suspected chemical attack on Khan "
        "Sheikhoun early on Tuesday, the Observatory said. The toll later rose to 72."
    )
    (row,) = extract_incidents(
        [Article("a", text, dt.date(2017, 4, 5))], gazetteer
    ).itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (72, 58, 72)


def test_a_date_told_aside_in_the_pluperfect_is_not_carried(gazetteer):
    text = (
        "Russia renewed its bombing of Aleppo on Tuesday. Shoigu announced operations "
        "by its aircraft carrier, which had been deployed off Syria last week. Reports "
        "testified to strikes on the Sakhour neighborhood."
    )
    rows = extract_incidents([Article("a", text, dt.date(2016, 11, 16))], gazetteer)
    assert set(rows[rows.place == "Al-Sakhour"].date) == {"2016-11-15"}


def test_tolls_take_the_means_the_next_sentence_gives_them(gazetteer):
    text = (
        "Thirty-four of the dead were in Aleppo Province, and another 11 in Idlib "
        "Province.\n\nMost of the casualties were from Russian-regime bombing."
    )
    rows = extract_incidents([Article("a", text, dt.date(2016, 11, 13))], gazetteer)
    tallies = rows[rows.geo_precision == 3]
    assert sorted(tallies.killed) == [11, 34]
    assert set(tallies.event_type) == {"airstrike"}
    assert set(tallies.actor) == {"Russia/regime"}


def test_a_toll_right_after_whose_attacks_is_theirs(gazetteer):
    text = (
        "The cases include three coalition attacks in June 2016 near Manbij. More "
        "than 100 civilians in the villages of al-Tukhar and al-Ghandoura are "
        "believed to have died. Last week, 28 civilians were killed in a strike on a "
        "market in Maarat al-Numan."
    )
    rows = extract_incidents([Article("a", text, dt.date(2016, 10, 26))], gazetteer)
    assert rows[rows.killed == 100].iloc[0].actor == "US-led coalition"
    # a toll of a day of its own is another count
    assert pd.isna(rows[rows.killed == 28].iloc[0].actor)


def test_means_relayed_by_a_national_count_to_its_tallies(gazetteer):
    text = (
        "UPDATE 1200 GMT: Russian warplanes continue their assault across Idlib and "
        "Aleppo Provinces: footage from Tuesday night of incendiary munitions "
        "dropping on Hraitan.\n\n"
        "The Local Coordination Committees recorded the killing of 127 people on "
        "Tuesday.\n\nOf the casualties, 67 were in Aleppo Province and 44 in Idlib "
        "Province."
    )
    rows = extract_incidents([Article("a", text, dt.date(2016, 12, 7))], gazetteer)
    tallies = rows[rows.geo_precision == 3]
    assert sorted(tallies.killed) == [44, 67]
    assert set(tallies.actor) == {"Russia"}


def test_the_actor_a_source_sentence_was_given_goes_on(gazetteer):
    text = (
        "UPDATE 1700 GMT: More than 50 people were killed in Aleppo today, almost all "
        "by Russian-regime airstrikes.\n\nMore than 30 people were killed in bombing "
        "of houses in Oweijel. Another 14 died in the Marja district in the city."
    )
    rows = extract_incidents([Article("a", text, dt.date(2016, 10, 17))], gazetteer)
    marja = rows[rows.killed == 14].iloc[0]
    assert (marja.event_type, marja.actor) == ("airstrike", "Russia/regime")


@pytest.mark.parametrize(
    "text",
    [
        "The LCC said 58 people were killed across Syria today, 31 of them in Aleppo "
        "Province and 12 in Idlib Province.",
        "The LCC said 58 people were killed across Syria today, including 31 in "
        "Aleppo Province and 12 in Idlib Province.",
    ],
)
def test_parts_of_a_national_tally_go_to_their_places(gazetteer, text):
    frame = _extract(gazetteer, text)
    assert sorted(zip(frame.place_kind, frame.killed, strict=True)) == [
        ("country", 58),
        ("governorate", 12),
        ("governorate", 31),
    ]
    assert frame[frame.place_kind == "country"].geometry.isna().all()


def test_a_monitors_toll_told_of_its_place_is_no_national_part(gazetteer):
    text = (
        "The Syrian Observatory for Human Rights said 100 people were killed in "
        "Jableh, where a suicide bomber blew himself up, and 48 in Tartous."
    )
    frame = _extract(gazetteer, text)
    assert "country" not in set(frame.place_kind)
    assert 100 in set(frame.killed)


@pytest.mark.parametrize(
    "among", ["among those killed at the base", "among the victims at the base"]
)
def test_who_was_among_those_killed_is_no_toll_of_its_own(gazetteer, among):
    (row,) = _extract(
        gazetteer,
        "Missiles struck the T4 air base near Homs early on Monday, killing 14 "
        "people.\n\nThe Syrian army said its air defences shot down five "
        f"missiles.\n\nTasnim said three Iranian advisers were {among}, known as "
        "Tiyas.",
    ).itertuples()
    assert row.killed == 14


def test_wounded_told_with_who_was_among_the_dead(gazetteer):
    text = (
        "At least 15 people were killed on Thursday when warplanes struck a market in "
        "the town of Saraqeb. Rescuers said women and children were among the dead "
        "and at least 30 people were wounded."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.killed, row.injured) == (15, 30)


def test_the_dead_included_a_family_at_a_place_of_its_own(gazetteer):
    text = (
        "At least 21 people were killed on Thursday as Russian warplanes pounded the "
        "northern Aleppo countryside. The dead included nine members of one family in "
        "the town of Anadan."
    )
    frame = _extract(gazetteer, text)
    assert ("Anadan", 9) in set(zip(frame.place_text, frame.killed, strict=True))


def test_a_place_damaged_without_casualties_is_an_incident(gazetteer):
    text = (
        "On 6 February, airstrikes hit markets in Douma and Saqba. Local sources "
        "reported 11 deaths in Douma and 8 in Saqba. In Kafr Batna, a school was "
        "damaged; no casualties were reported."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 2, 7))
    (row,) = frame[frame.place_text == "Kafr Batna"].itertuples()
    assert (row.killed, row.date, row.event_type) == (0, "2016-02-06", "airstrike")


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        (
            "At least 28 people were killed today in Idlib Province, 11 of them in "
            "Saraqeb.",
            ("governorate", 28),
            ("Saraqeb", 11),
        ),
        (
            "Rescuers say at least 28 people were killed today in east Aleppo, 11 of "
            "them in the Shaar district.",
            ("city", 28),
            ("Shaar", 11),
        ),
    ],
)
def test_a_part_of_a_toll_goes_to_its_place_and_the_whole_stays(
    gazetteer, text, whole, part
):
    frame = _extract(gazetteer, text)
    assert whole in set(zip(frame.place_kind, frame.killed, strict=True))
    assert part in set(zip(frame.place_text, frame.killed, strict=True))
    assert len(frame) == 2


def test_a_toll_told_in_the_clause_after_but_goes_to_its_place(gazetteer):
    text = (
        "Rebels confirmed the loss of Jabal Badro but said they repelled an attack on "
        "the Sakhour roundabout, killing 13 regime troops."
    )
    killed = _extract(gazetteer, text).set_index("place_text").killed
    assert killed["Sakhour"] == 13
    assert pd.isna(killed["Jabal Badro"])


def test_a_headline_advance_is_not_what_killed_the_dead_below(gazetteer):
    text = (
        "Pro-Assad Forces Advance in East Aleppo\n\n"
        "Rescuers say at least 28 people were killed today in east Aleppo, 11 of them "
        "in the Shaar district.\n"
    )
    frame = _extract(gazetteer, text)
    assert "territory change" not in set(frame[frame.killed == 28].event_type)


def test_the_wounded_treated_abroad_are_the_attacks(gazetteer):
    text = (
        "A car bomb exploded near the Bab al-Salama border crossing late on Sunday, "
        "killing at least 14 people. Turkey's Dogan news agency said 25 wounded "
        "people had been brought across the border to hospitals in Kilis."
    )
    (row,) = _extract(gazetteer, text, published=dt.date(2016, 11, 7)).itertuples()
    assert (row.place, row.killed, row.injured) == ("Bab al-Salama crossing", 14, 25)
    assert row.actor is None


def test_an_earlier_count_of_the_same_dead_makes_a_range(gazetteer):
    text = (
        "The toll from Sunday's airstrike on a market in Maarat al-Numan has risen to "
        "48, the Syrian Observatory said. At the time, it had reported 38 dead."
    )
    (row,) = _extract(gazetteer, text, published=dt.date(2016, 3, 22)).itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (48, 38, 48)


def test_al_hameh_beside_qudsaya_is_the_damascus_suburb(gazetteer):
    text = (
        "Rebels and their families began leaving Qudsaya and al-Hameh, northwest of "
        "Damascus, on Thursday under a deal with the regime."
    )
    frame = _extract(gazetteer, text)
    assert set(frame.admin1) == {"Rural Damascus"}
    assert set(frame.event_type) == {"strategic development"}


def test_where_the_buses_were_bound_is_no_incident(gazetteer):
    text = (
        "In Homs, the last rebels left the al-Waer district under a deal with the "
        "government, boarding buses bound for Jarablus in northern Aleppo province."
    )
    frame = _extract(gazetteer, text)
    assert "Jarablus" not in set(frame.place_text)


def test_where_a_convoy_carried_supplies_is_not_where_it_was_hit(gazetteer):
    text = (
        "An airstrike hit near a Turkish military convoy on Monday, killing three "
        "civilians, in an attack Turkey blamed on Syrian government forces.\n\n"
        "The convoy, which was carrying ammunition to a Turkish observation post in "
        "Morek, was struck near the town of Maaret al-Numan."
    )
    (row,) = _extract(gazetteer, text, dt.date(2019, 8, 20)).itertuples()
    assert (row.place, row.geo_precision) == ("Ma`arrat an Nu`man", 2)
    # the post it was bound for was Turkey's; the strike was not
    assert (row.actor, row.killed, row.target) == ("regime", 3, "convoy")


@pytest.mark.parametrize(
    "later",
    [
        "Hours later, rockets hit a hospital in the town.",
        "Hours later, rockets hit a hospital there.",
        "Later that day, rockets hit a hospital in Khan Shaykhun.",
    ],
)
def test_a_strike_by_other_means_told_later_is_another_incident(gazetteer, later):
    text = (
        "A chemical attack killed 58 people in the town of Khan Shaykhun on "
        f"Tuesday. {later}"
    )
    frame = _extract(gazetteer, text, dt.date(2017, 4, 5))
    assert list(frame.event_type) == ["chemical", "missile strike"]
    assert list(frame.place) == ["Khān Shaykhūn"] * 2
    assert list(frame.target.fillna("")) == ["", "hospital"]
    # the same means told again is the same strike
    frame = _extract(gazetteer, text.replace("rockets hit", "gas hit"))
    assert len(frame) == 1


def test_another_strike_on_the_same_market_the_next_day_is_its_own(gazetteer):
    text = (
        "On 10 May, an airstrike on a market in Maarrat al-Numan reportedly killed "
        "seven civilians. The following day, another airstrike on the same market "
        "killed three more."
    )
    frame = _extract(gazetteer, text, dt.date(2019, 5, 14))
    assert list(zip(frame.date, frame.killed, strict=True)) == [
        ("2019-05-10", 7),
        ("2019-05-11", 3),
    ]
    assert set(frame.place) == {"Ma`arrat an Nu`man"}


def test_a_toll_over_a_span_of_days_across_months_is_a_running_total(gazetteer):
    text = (
        "Between 29 April and 13 May, our Office recorded the deaths of at least 105 "
        "civilians in airstrikes in Idlib and northern Hama governorates."
    )
    frame = _extract(gazetteer, text, dt.date(2019, 5, 14))
    assert not (frame.killed.fillna(0) > 0).any()


def test_an_offensives_own_dead_fell_in_the_battle_it_opened(gazetteer):
    text = (
        "A Russian military helicopter was shot down over Idlib province on "
        "Monday, killing all five people on board, the Russian defence ministry "
        "said, the deadliest single loss for Moscow since it began its air "
        "campaign in Syria last September.\n\n"
        "The Mi-8 was returning to the Hmeimim air base after delivering "
        "humanitarian aid to Aleppo when it was hit near the town of Saraqeb, the"
        " ministry said.\n\n"
        "Insurgents launched a major offensive on Sunday to break the government "
        "siege of rebel-held eastern Aleppo, pounding government positions in the"
        " south-west of the city with suicide car bombs and artillery.\n\n"
        "At least 29 rebels, and an unknown number of pro-government fighters, "
        "were killed in the fighting on Sunday and early on Monday, the Syrian "
        "Observatory for Human Rights said.\n\n"
        "Earlier this month, government forces cut the Castello Road, the last "
        "route into the rebel-held east.\n\n"
        "Late on Saturday, air strikes on the town of Atareb west of Aleppo "
        "killed at least 12 people, residents said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 8, 1))
    # where the helicopter was flying to is no place of the day's events
    assert "Lattakia" not in set(frame.admin1)
    rows = frame.set_index("place")
    assert rows.loc["Aleppo", "killed"] == 29
    assert rows.loc["Sarāqib", "killed"] is pd.NA


def test_a_year_later_is_a_year_after_the_year_told(gazetteer):
    text = (
        "In 2012, shelling on Houla killed 108 people. A year later, a sarin attack "
        "on Zamalka killed hundreds."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 20))
    assert list(frame.date) == ["2012-01-01", "2013-01-01"]
    assert list(frame.date_precision) == ["year", "year"]


def test_a_target_told_again_at_a_place_in_the_area_places_its_incident(gazetteer):
    text = (
        "The attack on an aid convoy near Aleppo on Monday night killed about 20 "
        "people.\n\nThe UN said it was shocked.\n\nOn Monday, 18 of the convoy's 31 "
        "trucks were destroyed at a warehouse in Urum al-Kubra, west of Aleppo."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 9, 20)).itertuples()
    assert (row.place, row.geo_precision, row.killed) == ("Urum al Kubra", 1, 20)
    # strikes on hospitals across a province: one hospital told after holds not
    # all their dead
    text = (
        "Air strikes on hospitals in Idlib province killed at least 23 people on "
        "Tuesday.\n\nThe hospital in Maarat al-Numan was hit three times, a doctor "
        "said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 2, 17))
    assert "Idleb" in set(frame.place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Air strikes on Deir ez\u2011Zor killed 12 people.", "Deir ez-Zor"),
        ("Air strikes on Maarat al\u2011Numan killed 12 people.", "Ma`arrat an Nu`man"),
        ("Air strikes on Kafr\u00a0Nabl killed 12 people.", "Kafr Nabl"),
        ("Air strikes on Khan\u200bSheikhoun killed 12 people.", "Khān Shaykhūn"),
    ],
)
def test_typographic_spaces_and_hyphens_read_as_plain_ones(gazetteer, text, place):
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place, row.killed) == (place, 12)
    # the spans are the original text's
    assert (row.start_char, row.end_char) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Air strikes hit a kindergarten in Saraqib, killing 3.", "kindergarten"),
        ("Air strikes hit a medical centre in Saraqib.", "medical centre"),
        ("Air strikes hit a White Helmets centre in Saraqib.", "white helmets centre"),
        ("A car bomb went off near the bus station in Azaz.", "bus station"),
        # buses leaving a besieged town were hit by nothing
        ("The first buses carrying fighters left besieged Daraya on Friday.", None),
    ],
)
def test_more_targets_are_named(gazetteer, text, target):
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.target == target


def test_the_wounded_of_a_later_clause_are_its_place_s(gazetteer):
    text = (
        "Human Rights Watch documented an attack on October 12 on a school in Kafr "
        "Takharim in which no one was killed, and two attacks on schools in Maarat "
        "al-Numan on October 19 and 20 that wounded eight students."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 1)).set_index("place")
    assert frame.loc["Kafr Takhārīm", "killed"] == 0
    assert frame.loc["Kafr Takhārīm", "injured"] is pd.NA
    assert frame.loc["Ma`arrat an Nu`man", "injured"] == 8


def test_quarters_counted_not_named_are_a_part_of_the_city(gazetteer):
    text = (
        "Aleppo ceasefire collapses as shelling resumes\n\n"
        "A deal to evacuate civilians and rebels from eastern Aleppo collapsed on "
        "Wednesday as the Syrian army shelled the remaining rebel enclave.\n\n"
        "Residents said at least five people were killed when shells fell on the "
        "Sukkari district.\n\n"
        "The UN said pro-government forces had killed 82 civilians in four "
        "neighbourhoods on Monday."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 14))
    rows = frame.set_index("killed")
    assert (rows.loc[82, "place"], rows.loc[82, "geo_precision"]) == ("Aleppo", 2)
    # whom a deal would evacuate did not shell
    assert rows.loc[5, "actor"] == "regime"


def test_of_two_tolls_one_told_with_the_place_after_it_is_its_own(gazetteer):
    text = (
        "Regime warplanes pounded the Eastern Ghouta on Wednesday, killing at least 19 "
        "civilians.\n\n"
        "In Mesraba, nine people were killed when a shell hit a family home. Another "
        "six died in air raids on Hamouriyeh and Saqba, and four in the town of Arbin."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 11, 30))
    killed = dict(zip(frame.place, frame.killed, strict=True))
    assert killed["‘Irbīn"] == 4 and killed["Hammurah"] == 6
    # the Ghouta's 19, told town by town, are not counted again
    assert frame.killed.sum() == 19


def test_the_other_side_s_counter_attack_is_its_own_incident(gazetteer):
    text = (
        "Kurdish-led forces backed by coalition air strikes have encircled the Islamic "
        "State-held city of Manbij, a monitoring group said on Friday.\n\n"
        "The SDF reached the road linking Manbij to Jarablus on Thursday.\n\n"
        "Islamic State counter-attacked on Friday at dawn south-west of the city, "
        "killing at least 15 SDF fighters, the Observatory said. It said 24 jihadists "
        "also died."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 6, 10))
    fight = frame[frame.actor == "Islamic State"]
    assert list(fight.killed) == [39]
    assert list(fight.event_type) == ["armed clash"]
    # the encirclement has no toll of its own
    assert frame[frame.actor == "Kurdish YPG/SDF"].killed.isna().all()


def test_an_all_capitals_line_names_its_places(gazetteer):
    text = "BREAKING: REGIME BARREL BOMBS KILL 9 IN DARAYA"
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place, row.killed, row.quote) == ("Darayya", 9, text)


def test_a_citys_toll_told_again_in_its_quarter_is_one_incident(gazetteer):
    text = (
        "Two car bombs exploded in a government-held neighborhood of the central city "
        "of Homs on Sunday, killing 57 people. The bombs went off in the al-Zahraa "
        "neighborhood."
    )
    (row,) = _extract(gazetteer, text, published=dt.date(2016, 2, 21)).itertuples()
    assert (row.place_text, row.killed, row.event_type) == ("al-Zahraa", 57, "IED")


def test_a_suburb_south_of_a_city_is_situated_by_it(gazetteer):
    text = (
        "A series of explosions struck the Sayyida Zeinab suburb south of Damascus, "
        "killing at least 62 people."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place_text, row.killed) == ("Sayyida Zeinab", 62)


def test_wounded_told_after_an_attack_are_not_a_later_told_years(gazetteer):
    text = (
        "A truck bomb killed at least 44 people in Qamishli on Wednesday. More than "
        "140 people were wounded.\n\n"
        "A second, smaller bomb exploded near a hospital in the city hours later, "
        "wounding several people.\n\n"
        "In March, twin bombings in the regime-controlled part of Qamishli killed "
        "three people.\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 7, 27))
    march = frame[frame.date == "2016-03-01"]
    assert len(march) == 1 and march.injured.isna().all()
    # the second bomb is an incident of its own, in the city just told
    second = frame[frame.target == "hospital"]
    assert list(second.date) == ["2016-07-27"] and second.killed.isna().all()
    assert set(frame.place_text) == {"Qamishli"}


def test_a_strike_on_the_same_site_again_is_a_second_event(gazetteer):
    # a "double tap": the rescuer killed by the strike after the first is no one
    # killed by the first, told again
    text = (
        "Regime helicopters dropped two barrel bombs on the town of Kafr Nabl. One "
        "woman was killed and six people were injured.\n\n"
        "A rescuer was killed in Kafr Nabl when warplanes struck the same site again "
        "20 minutes after the first strike.\n"
    )
    frame = _extract(gazetteer, text)
    assert sorted(frame.event_type) == ["airstrike", "barrel bomb"]
    assert list(frame.killed) == [1, 1]


def test_the_target_hit_weeks_before_is_an_incident_of_its_week(gazetteer):
    text = (
        "The M2 hospital in the town of Maarat al-Numan was struck on Tuesday, "
        "killing two nurses.\n\n"
        "The last time the hospital was hit, two weeks ago, no one was killed.\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 11, 16))
    assert list(zip(frame.date, frame.killed, frame.target, strict=True)) == [
        ("2016-11-15", 2, "hospital"),
        ("2016-11-02", 0, "hospital"),
    ]


def test_a_landmine_is_no_strike_told_at_the_same_place(gazetteer):
    text = (
        "The US-led coalition said on Thursday it had conducted 23 air strikes near "
        "Manbij.\n\n"
        "A boy was among three people killed by a landmine near Manbij on Tuesday, "
        "the Observatory said.\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 7, 21))
    mine = frame[frame.event_type == "IED"]
    assert list(mine.killed) == [3] and mine.actor.isna().all()
    assert "airstrike" in set(frame.event_type)


def test_who_fights_from_the_air_did_not_shell(gazetteer):
    text = (
        "9 civilians were killed in Russian airstrikes on the town of Kafr Nubl, and 2 "
        "others died of wounds sustained in earlier shelling on Maarat al-Numan."
    )
    frame = _extract(gazetteer, text).set_index("place_text")
    assert frame.loc["Kafr Nubl", "actor"] == "Russia"
    assert frame.loc["Maarat al-Numan", "event_type"] == "shelling"
    assert pd.isna(frame.loc["Maarat al-Numan", "actor"])


def test_a_key_point_tells_the_storys_toll_again(gazetteer):
    text = (
        "Key points:\n"
        "- Rebels detonated two car bombs at army positions in the Dahiyat al-Assad "
        "district\n"
        "- At least 15 civilians were killed by rebel shelling of government-held "
        "areas, state media said\n\n"
        "The offensive began on Friday with two car bombs in the Dahiyat al-Assad "
        "district.\n\n"
        "State media said rebel rockets had killed 15 civilians in the Shahba district "
        "on Friday.\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 10, 29))
    # the 15 once, where the story tells them; the car bombs' place takes none
    assert list(frame.killed.dropna()) == [15]
    assert list(frame[frame.killed == 15].place_text) == ["Shahba"]


def test_another_hospital_named_is_in_the_city_not_the_quarter_told(gazetteer):
    text = (
        "All hospitals in eastern Aleppo are out of service, the WHO said on "
        "Saturday.\n\n"
        "The attacks began on Tuesday, when the Omar Abdulaziz hospital in the "
        "al-Maadi district was hit by barrel bombs. On Wednesday, an air strike "
        "destroyed the al-Bayan hospital, killing a nurse.\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 11, 19))
    bayan = frame[frame.killed == 1]
    # somewhere in the city, not in the quarter of the other hospital
    assert list(zip(bayan.place, bayan.geo_precision, strict=True)) == [("Aleppo", 2)]


@pytest.mark.parametrize(
    "hit",
    [
        "On Friday, the last functioning hospital, al-Hakim, took a direct hit.",
        "On Friday, the al-Hakim hospital took a direct hit.",
    ],
)
def test_a_facility_no_gazetteer_knows_stands_in_the_city_told(gazetteer, hit):
    text = (
        "All hospitals in eastern Aleppo are out of service, the WHO said.\n\n"
        "The Children's Hospital in al-Shaar was struck twice on Thursday.\n\n"
        f"{hit}\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 11, 19))
    friday = frame[frame.date == "2016-11-18"]
    assert list(zip(friday.place, friday.geo_precision, strict=True)) == [("Aleppo", 2)]


ROUNDUP_IN_CAPITALS = (
    "Syria daily brief: Monday, 5 December 2016\n\n"
    "ALEPPO\n"
    "Pro-government forces captured the Tariq al-Bab and Karm al-Jabal districts. "
    "Activists said at least 25 civilians were killed in shelling across the east.\n\n"
    "In the west of the city, rebel rockets hit a school, killing three children.\n\n"
    "IDLIB\n"
    "Air strikes hit the towns of Maarat al-Numan and Kafr Nabl.\n\n"
    "A car bomb exploded near a rebel headquarters in the provincial capital.\n\n"
    "DAMASCUS\n"
    "Mortar shells fell on the Old City, wounding four people.\n\n"
    "HOMS\n"
    "The evacuation of al-Waer continued, with 300 fighters leaving for Jarablus.\n"
)


def test_a_roundups_headings_in_capitals_set_the_scene(gazetteer):
    frame = _extract(gazetteer, ROUNDUP_IN_CAPITALS, published=dt.date(2016, 12, 5))
    rows = {
        (r.event_type, r.killed if not pd.isna(r.killed) else None): r
        for r in frame.itertuples()
    }
    # the east and the west of the city the section is headed by, not its quarters
    assert (rows["shelling", 25].place, rows["shelling", 25].geo_precision) == (
        "Aleppo",
        2,
    )
    assert (
        rows["missile strike", 3].place,
        rows["missile strike", 3].geo_precision,
    ) == (
        "Aleppo",
        2,
    )
    # the provincial capital of the section headed "IDLIB"; the Old City of Damascus
    assert rows["IED", None].admin1 == "Idleb" and rows["IED", None].place_text
    assert frame[frame.injured == 4].admin1.tolist() == ["Damascus"]
    # where the fighters were leaving for is no place of the evacuation
    assert "Jarablus" not in set(frame.place_text)


def test_a_strike_under_a_roundups_heading_is_there(gazetteer):
    text = (
        "Syria: what happened on Thursday\n\n"
        "DEIR EZ-ZOR\n"
        "Government planes dropped food aid over the besieged districts.\n\n"
        "RAQQA\n"
        "A coalition air strike hit a bridge over the Euphrates. No casualties were "
        "reported.\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 6, 2))
    # the strike at the heading's place, not at the river; the aid drop no strike
    assert list(zip(frame.admin1, frame.event_type, frame.killed, strict=True)) == [
        ("Ar-Raqqa", "airstrike", 0)
    ]


def test_a_part_of_the_storys_city_taken_years_ago_is_there(gazetteer):
    text = (
        "Why the fall of Aleppo would reshape Syria's war\n\n"
        "If pro-Assad forces take eastern Aleppo, the opposition will lose its last "
        "major urban stronghold.\n\n"
        "Rebels seized the eastern districts in July 2012.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert list(zip(frame.place, frame.geo_precision, frame.date, strict=True)) == [
        ("Aleppo", 2, "2012-07-01")
    ]


def test_six_in_each_town_are_six_at_each(gazetteer):
    frame = _extract(
        gazetteer,
        "Airstrikes on Saraqib and Binnish killed 12 people on Monday, six in each "
        "town.",
    )
    assert dict(zip(frame.place_text, frame.killed, strict=True)) == {
        "Saraqib": 6,
        "Binnish": 6,
    }


@pytest.mark.parametrize(
    "text",
    [
        "The jihadists seized Tasil and Adwan on Monday before rebels recaptured Adwan "
        "a day later.",
        "The jihadists seized Adwan on Monday, but rebels retook it a day later.",
    ],
)
def test_ground_taken_back_a_day_later_is_an_event_of_its_own(gazetteer, text):
    frame = _extract(gazetteer, text, dt.date(2016, 2, 26))
    adwan = frame[frame.place_text == "Adwan"].sort_values("date")
    assert list(zip(adwan.date, adwan.actor.fillna(""), strict=True)) == [
        ("2016-02-22", ""),
        ("2016-02-23", "rebels"),
    ]


def test_the_tellers_dead_and_the_enemys_are_both_the_battles(gazetteer):
    text = (
        "The SDF said its fighters took the village of Khneiz after clashes with ISIS "
        "mercenaries. The statement said 23 mercenaries were killed, while 3 of our "
        "fighters were martyred."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 12))
    assert list(frame.killed) == [26]


def test_a_deed_told_a_day_after_with_its_own_dead_is_its_own(gazetteer):
    text = (
        "Islamic State fighters launched a fresh assault on the military airport in "
        "Deir ez-Zor on Saturday, a day after US-led coalition aircraft mistakenly "
        "struck Syrian army positions on nearby Tharda mountain, killing at least 62 "
        "soldiers."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 18))
    rows = {r.actor: r for r in frame.itertuples()}
    assert (rows["Islamic State"].date, pd.isna(rows["Islamic State"].killed)) == (
        "2016-09-17",
        True,
    )
    assert (rows["US-led coalition"].date, rows["US-led coalition"].killed) == (
        "2016-09-16",
        62,
    )


def test_a_bombing_told_hours_before_a_strike_is_its_own(gazetteer):
    text = (
        "Turkish jets struck IS positions near al-Bab on Tuesday, hours after a car "
        "bomb killed 10 people at a checkpoint in Azaz."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 23)).set_index("place_text")
    assert (frame.loc["al-Bab", "event_type"], frame.loc["al-Bab", "actor"]) == (
        "airstrike",
        "Turkey",
    )
    assert pd.isna(frame.loc["al-Bab", "killed"])
    assert (frame.loc["Azaz", "event_type"], frame.loc["Azaz", "killed"]) == ("IED", 10)
    assert pd.isna(frame.loc["Azaz", "actor"])


def test_who_carried_out_the_strikes_did_not_lay_the_mine(gazetteer):
    text = (
        "The US-led coalition said on Thursday it had conducted 23 air strikes near "
        "Manbij over the previous 24 hours, destroying 14 fighting positions, 3 "
        "vehicles and 2 car bombs.\n\n"
        "A boy was among three people killed by a landmine near Manbij on Tuesday, "
        "the Observatory said.\n\n"
        "Two of the 23 strikes were carried out by French jets, France's defence "
        "ministry said.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2016, 7, 21))
    # the strikes, told with the car bombs they destroyed, are air strikes; the mine
    # is no one's
    assert sorted(frame.event_type) == ["IED", "airstrike"]
    assert frame[frame.event_type == "IED"].actor.isna().all()


def test_a_strike_on_the_same_site_again_is_of_the_first_strikes_day(gazetteer):
    text = (
        "At 13:15, regime helicopters dropped barrel bombs on the town of Kafr Nabl, "
        "killing a woman.\n\n"
        "Yesterday evening, a cluster bomb left over from earlier strikes exploded near "
        "Khan Shaykhun, killing a boy.\n\n"
        "A rescuer was killed in Kafr Nabl when warplanes struck the same site again "
        "20 minutes after the first strike.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 26))
    kafr_nabl = frame[frame.place_text == "Kafr Nabl"]
    assert sorted(kafr_nabl.event_type) == ["airstrike", "barrel bomb"]
    assert set(kafr_nabl.date) == {"2016-10-26"}


def test_a_governorates_item_of_its_citys_quarters_is_the_citys(gazetteer):
    text = (
        "The Observatory documented the death of 78 people across Syria on Saturday."
        "\n\n"
        "Aleppo: 23 civilians, among them 6 children, were killed in raids by regime "
        "helicopters on the neighbourhoods of al-Mashhad, al-Sukkari and Bab "
        "al-Nayrab.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2016, 8, 28))
    toll = frame[frame.killed == 23]
    # the city, in part: not the governorate's point in the desert east of it
    assert list(zip(toll.place, toll.geo_precision, strict=True)) == [("Aleppo", 2)]


def test_a_day_earlier_told_after_a_month_counts_from_the_storys_day(gazetteer):
    text = (
        "Hundreds of rebels began leaving the al-Waer district of Homs on Saturday "
        "under a deal brokered by Russia.\n\n"
        "Government forces shelled the district heavily in February, killing dozens.\n\n"
        "A day earlier, a roadside bomb killed two soldiers on the road to Homs' "
        "military academy, state media said.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2017, 3, 18))
    assert list(frame[frame.event_type == "IED"].date) == ["2017-03-17"]


def test_a_battles_toll_on_both_sides_is_not_national(gazetteer):
    text = (
        "Rebels have taken the town of Khan Tuman, southwest of Aleppo city, after two "
        "days of fighting. The Syrian Observatory said 73 fighters on both sides died."
    )
    frame = _extract(gazetteer, text)
    assert list(zip(frame.place_text, frame.killed, strict=True)) == [
        ("Khan Tuman", 73)
    ]


def test_a_toll_risen_told_at_a_quarter_places_the_incident(gazetteer):
    text = (
        "PHOTO: The destroyed al-Quds Hospital in the Sukkari district of Aleppo\n\n"
        "At least 27 people were killed when an airstrike destroyed the al-Quds "
        "Hospital in opposition-held eastern Aleppo late Wednesday.\n\n"
        "Among the dead was the city's last pediatrician.\n\n"
        "The Syrian Civil Defence said the toll had risen to 50 by Thursday afternoon, "
        "as rescuers pulled more bodies from nearby buildings in Sukkari.\n"
    )
    (row,) = _extract(gazetteer, text, published=dt.date(2016, 4, 29)).itertuples()
    assert (row.place, row.killed, row.killed_low, row.date) == (
        "As-Sukkari",
        50,
        27,
        "2016-04-27",
    )


def test_a_village_near_a_held_town_is_situated_by_it(gazetteer):
    text = (
        "Coalition air strikes killed at least 56 civilians in the village of Tokhar "
        "near the Islamic State-held town of Manbij on Tuesday."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 7, 19))
    assert list(frame.place_text) == ["Tokhar"]


def test_similar_strikes_are_of_the_means_told_before(gazetteer):
    text = (
        "U.S.-led coalition air strikes killed at least 56 civilians in Tokhar near "
        "Manbij on Tuesday.\n\n"
        "The coalition said it was investigating the reports.\n\n"
        "On Monday, at least 15 civilians were killed in similar strikes on Manbij's "
        "northern districts.\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 7, 19))
    (monday,) = frame[frame.killed == 15].itertuples()
    assert (monday.event_type, monday.actor) == ("airstrike", "US-led coalition")


def test_jets_that_helped_a_capture_are_not_the_event(gazetteer):
    text = "The Syrian army retook Palmyra with the help of Russian jets on Sunday."
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.event_type == "territory change"


def test_a_toll_put_higher_by_others_makes_a_range(gazetteer):
    text = (
        "Coalition air strikes killed at least 56 civilians in Tokhar on Tuesday.\n\n"
        "The dead were mostly families fleeing the fighting around Manbij, the monitor "
        "said. Activists put the toll as high as 85.\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 7, 19))
    (row,) = frame[frame.place_text == "Tokhar"].itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (56, 56, 85)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "More than 25 people have been killed in a Russian attack on a village in "
            "Idlib Province.",
            "airstrike",
        ),
        ("Coalition attacks near Manbij killed 12 civilians.", "airstrike"),
        # with means on the ground, an attack of theirs is no air strike (on a
        # checkpoint, a battle)
        (
            "Russian military police attacked a checkpoint in Aleppo, killing 2.",
            "armed clash",
        ),
        ("Russian military police attacked a bakery in Aleppo, killing 2.", "attack"),
    ],
)
def test_an_attack_by_an_air_force_is_an_air_strike(gazetteer, text, event_type):
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.event_type == event_type


def test_a_clause_without_a_verb_goes_on_with_the_one_before(gazetteer):
    text = (
        "Regime forces shelled areas in the towns of Kafr Zeita and Morek in the "
        "northern countryside of Hama, and areas in the villages of al-Tamanah and Kafr "
        "Sajna in the southern countryside of Idlib, while warplanes carried out "
        "several raids on the city of Jisr al-Shughour."
    )
    types = _extract(gazetteer, text).set_index("place_text").event_type
    assert types["al-Tamanah"] == types["Kafr Sajna"] == "shelling"
    assert types["Jisr al-Shughour"] == "airstrike"


def test_the_wounded_by_shells_that_targeted_a_place_are_its(gazetteer):
    text = (
        "In Aleppo, a man was killed by sniper fire in the Bustan al-Qasr "
        "neighborhood, and 3 people including a child were wounded by shells that "
        "targeted al-Mashhad neighborhood."
    )
    frame = _extract(gazetteer, text).set_index("place_text")
    assert frame.injured["al-Mashhad"] == 3
    assert pd.isna(frame.injured["Bustan al-Qasr"])


def test_more_wounded_are_of_an_incident_told_before_them(gazetteer):
    text = (
        "Airstrikes killed 3 people in Zamalka on Friday. Rescuers said dozens more "
        "were wounded. In Kafr Batna, a field hospital was put out of service by "
        "shelling."
    )
    frame = _extract(gazetteer, text).set_index("place_text")
    assert frame.injured["Zamalka"] == 12
    assert pd.isna(frame.injured["Kafr Batna"])


def test_a_third_day_of_shelling_is_no_second_attack(gazetteer):
    text = (
        "PHOTO: Smoke rises over Menagh airbase after Turkish shelling\n\n"
        "Turkey has shelled Kurdish-led forces north of Aleppo for a third day, after "
        "the YPG seized the Menagh airbase from rebels.\n"
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 2, 15))
    assert len(frame) == 1


def test_a_reaction_from_abroad_is_no_incident(gazetteer):
    text = (
        "Russian airstrikes hit a hospital in Maarat al-Numan, killing nine. The U.S. "
        "State Department condemned the attacks, calling them a clear violation of "
        "the cessation of hostilities agreed in Munich on Friday."
    )
    frame = _extract(gazetteer, text, published=dt.date(2016, 2, 15))
    assert list(frame.place_text) == ["Maarat al-Numan"]


def test_in_addition_the_town_is_another_attack_there(gazetteer):
    text = (
        "Russian warplanes carried out raids on the outskirts of Saraqeb with no "
        "injuries or fatalities reported. In addition, regime forces shelled the town "
        "which killed a woman."
    )
    frame = _extract(gazetteer, text)
    assert sorted(zip(frame.event_type, frame.killed, strict=True)) == [
        ("airstrike", 0),
        ("shelling", 1),
    ]
    assert frame.place.nunique() == 1


def test_a_fatality_count_that_rose_makes_a_range(gazetteer):
    text = (
        "The Syrian army shelled Hezzeh town, which led to the killing of between 3 "
        "and 4 civilians. Sources indicate the final fatality count later rose to 8."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (8, 3, 8)


def test_fatalities_that_rose_later_are_the_toll_of_the_incident(gazetteer):
    text = (
        "The Syrian army shelled Kafr Batna town, which led to the killing of 15 "
        "civilians. Later reports indicate that fatalities rose to 25."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.killed, row.killed_low, row.killed_high) == (25, 15, 25)


def test_an_item_of_a_list_is_by_the_hand_its_head_names(gazetteer):
    text = (
        "At least 23 people were killed in the Eastern Ghouta on Friday as regime "
        "warplanes and artillery pounded opposition-held towns. The toll by town:\n\n"
        "- Douma: 9 killed in airstrikes on a market\n"
        "- Harasta: 6 killed by artillery shelling\n"
        "- Zamalka: 3 killed by a barrel bomb\n"
    )
    actors = _extract(gazetteer, text).set_index("place_text").actor
    assert actors["Douma"] == actors["Harasta"] == "regime"
    # helicopters are not named above, but only the regime drops barrel bombs
    assert actors["Zamalka"] == "regime"


def test_a_strike_release_lists_its_strikes_by_country(gazetteer):
    # a coalition strike release: items under a head ending in a colon are by its
    # hand, on the day it told; a heading naming a country only goes on with the
    # story; the items under "Strikes in Iraq" are abroad, a Syrian Tal Afar or not
    text = (
        "Military Forces Strike Terrorists in Syria and Iraq\n\n"
        "SOUTHWEST ASIA, June 12, 2017 — U.S. and coalition military forces "
        "conducted 21 strikes against ISIS terrorists in Syria and Iraq yesterday, "
        "officials reported today.\n\n"
        "Strikes in Syria\n\n"
        "In Syria, coalition military forces conducted 16 strikes against ISIS "
        "targets:\n\n"
        "-- Near Abu Kamal, a strike destroyed an ISIS oil wellhead.\n"
        "-- Near Raqqa, 12 strikes engaged 10 ISIS tactical units and destroyed 11 "
        "fighting positions, a mortar system and an ISIS headquarters.\n\n"
        "Strikes in Iraq\n\n"
        "In Iraq, coalition military forces conducted five strikes against ISIS "
        "targets:\n\n"
        "-- Near Tal Afar, a strike destroyed an ISIS vehicle.\n"
    )
    df = _extract(gazetteer, text, dt.date(2017, 6, 12))
    assert len(df) == 3
    assert set(df.actor) == {"US-led coalition"}
    assert set(df.event_type) == {"airstrike"}
    assert set(df.date) == {"2017-06-11"}
    syria = df[df.lat.notna()]
    assert set(syria.admin1) == {"Deir-ez-Zor", "Ar-Raqqa"}
    (abroad,) = df[df.lat.isna()].itertuples()
    assert abroad.place_text == "Tal Afar" and "Iraq" in abroad.geo_rule


def test_a_thread_updates_the_toll_of_a_post_before_another(gazetteer):
    # a numbered thread: the update names the place of a post two posts back, in the
    # present tense, after a post on another strike
    text = (
        "1/ BREAKING: At least 7 civilians killed after Russian airstrikes hit the main "
        "market in #Maarat_al_Numan this morning.\n\n"
        "2/ Footage geolocated to the market street east of the Great Mosque.\n\n"
        "3/ Separately, regime helicopters dropped barrel bombs on #Kafr_Zita in "
        "northern #Hama. 2 killed incl. a child.\n\n"
        "4/ UPDATE: death toll in Maarat al-Numan rises to 11 per civil defence.\n"
    )
    df = _extract(gazetteer, text, dt.date(2017, 5, 16)).set_index("admin1")
    assert len(df) == 2
    assert (df.loc["Idleb", "killed"], df.loc["Idleb", "killed_low"]) == (11, 7)
    assert df.loc["Idleb", "actor"] == "Russia"
    assert df.loc["Hama", "killed"] == 2


def test_the_occupation_and_a_lead_told_again_village_by_village(gazetteer):
    # Kurdish media: "the occupation" is who the text named so; the lead's toll is
    # the toll told at one of the villages next, its wounded at the other
    text = (
        "SHEHBA - The Turkish occupation army and its mercenaries targeted the "
        "villages of Shehba canton with heavy weapons on Saturday, martyring 3 "
        "civilians and injuring 4 others.\n\n"
        "The Turkish occupation army and its mercenaries bombed the villages of Tat "
        "Marash and Um Hosh in Shehba canton with artillery shells. A mother and her "
        "two children were martyred in Tat Marash village, while 4 civilians were "
        "injured in Um Hosh.\n\n"
        "The mercenaries of the occupation also targeted the village of Maranaz with "
        "mortars.\n\n"
        "In response, the Afrin Liberation Forces (HRE) carried out an operation "
        "against the occupation army positions in the village of Kaljibrin, killing 2 "
        "mercenaries.\n"
    )
    df = _extract(gazetteer, text, dt.date(2019, 6, 23)).set_index("place_text")
    assert sorted(df.index) == ["Kaljibrin", "Maranaz", "Tat Marash", "Um Hosh"]
    assert (df.loc["Tat Marash", "killed"], df.loc["Um Hosh", "injured"]) == (3, 4)
    assert pd.isna(df.loc["Tat Marash", "injured"])
    assert set(df.loc[["Tat Marash", "Um Hosh"], "event_type"]) == {"shelling"}
    assert df.loc["Maranaz", "actor"] == "Turkey"
    assert (df.loc["Kaljibrin", "actor"], df.loc["Kaljibrin", "event_type"]) == (
        "Kurdish YPG/SDF",
        "attack",
    )


def test_a_part_of_the_town_is_the_town_told_before(gazetteer):
    frame = _extract(
        gazetteer,
        "A drone strike targeted a motorcycle near Ariha, wounding two fighters.\n\n"
        "Barrel bombs also fell on Kafr Nabudah, where clashes have raged for days. "
        "At least six regime soldiers were killed when rebels blew up a building "
        "they were using as a base on the town's southern edge.",
    )
    assert frame.set_index("place").loc["Ariha", "killed"] is pd.NA
    rebels = frame[frame.actor == "rebels"]
    assert list(rebels.place) == ["Kafr Nabudah"]
    assert list(rebels.killed) == [6]


def test_the_town_a_convoy_was_due_to_enter_is_the_town_told_before(gazetteer):
    text = (
        "Residents of the besieged town of Madaya say they are surviving on boiled "
        "leaves.\n\n"
        "A UN convoy was due to enter the town on Monday, along with Foua and "
        "Kefraya in Idlib Province.\n\n"
        "Activists said a 10-year-old boy was shot dead by a Hezbollah sniper on "
        "Saturday as he tried to collect grass on the edge of the town.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 1, 11)).itertuples()
    assert (row.place_text, row.event_type, row.killed) == ("Madaya", "sniper", 1)


def test_a_deed_that_killed_is_the_event_of_a_town_under_siege(gazetteer):
    text = (
        "A UN convoy has reached the besieged town of Moadamiya, southwest of "
        "Damascus.\n\n"
        "Video: Children in Moadamiya describe hunger under siege\n\n"
        "On Monday, a regime sniper killed a 12-year-old boy on the edge of the town, "
        "according to the local council.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 2, 19)).itertuples()
    assert (row.event_type, row.killed, row.actor) == ("sniper", 1, "regime")


def test_the_toll_of_the_town_the_sentence_names_stays_there(gazetteer):
    text = (
        "Russian warplanes struck Saraqeb with no injuries reported. In addition, "
        "regime forces shelled the town of Qurqzaniyeh, and later the shelling of the "
        "town killed a woman."
    )
    df = _extract(gazetteer, text, dt.date(2018, 3, 1)).set_index("place_text")
    assert pd.isna(df.loc["Saraqeb", "killed"])
    assert df.loc["Qurqzaniyeh", "killed"] == 1


def test_a_death_in_a_town_that_does_not_resolve_is_still_reported(gazetteer):
    text = (
        "Russian warplanes struck Saraqeb with no injuries reported. Regime forces "
        "advanced towards the town of Zzyqa. Two civilians were killed by the fall of "
        "shells on the town as the fighting went on."
    )
    df = _extract(gazetteer, text, dt.date(2018, 3, 8))
    # the town told just before, which the gazetteer does not know, not Saraqeb
    (row,) = df[df.killed == 2].itertuples()
    assert (row.place_text, row.event_type) == ("Zzyqa", "shelling")
    assert pd.isna(row.lat) and "no place" in row.geo_rule


def test_a_strike_told_at_the_countryside_then_at_the_city_with_its_toll(gazetteer):
    # state media: the governorate-wide lead, then the city's vicinity, then the
    # toll of "the aggression": one incident at the finer place
    text = (
        "Damascus, SANA - Syrian air defenses on Monday night confronted an Israeli "
        "aggression and downed most of the hostile missiles over the southern "
        "countryside of Damascus.\n\n"
        "A military source said that the Israeli enemy carried out an air aggression "
        "with bursts of missiles, targeting some positions in the vicinity of "
        "Damascus.\n\n"
        "The source added that the aggression resulted in the martyrdom of two "
        "soldiers and the injury of seven others.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2019, 11, 19)).itertuples()
    assert (row.admin1, row.killed, row.injured, row.actor) == (
        "Damascus",
        2,
        7,
        "Israel",
    )
    assert row.date == "2019-11-18"


def test_chlorine_barrel_bombs_are_the_regimes(gazetteer):
    text = "April 2014 - Chlorine-filled barrel bombs hit the village of Kafr Zita."
    (row,) = _extract(gazetteer, text, dt.date(2018, 4, 10)).itertuples()
    assert (row.event_type, row.actor) == ("chemical", "regime")


def test_what_killed_is_the_gas_one_of_the_bombs_released(gazetteer):
    text = (
        "74. On 4 April 2017, at around 6:45 a.m., a Syrian Air Force Su-22 aircraft "
        "conducted four airstrikes on Khan Shaykhun, Idlib. One of the bombs released "
        "sarin, killing at least 83 people, including 28 children and 23 women, and "
        "injuring 293 others.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 9, 6)).itertuples()
    assert (row.event_type, row.killed, row.injured, row.actor) == (
        "chemical",
        83,
        293,
        "regime",
    )


def test_a_headlines_bare_name_means_the_place_the_story_means(gazetteer):
    # Şehba spells a town of Sweida too; the story's "Şehba canton" is north of
    # Aleppo, and so is the headline's
    text = (
        "Turkish state attacks Şehba villages\n\n"
        "The Turkish army shelled the villages of Til Rifet and Ahras in Şehba canton "
        "on Friday, wounding two children.\n"
    )
    df = _extract(gazetteer, text, dt.date(2021, 8, 21))
    assert set(df.admin1) == {"Aleppo"}
    assert "Turkish state attacks" in " ".join(df.sources)


def test_a_hard_wrapped_report_is_read_paragraph_by_paragraph(gazetteer):
    # text copied from a PDF: every line broken at a width
    text = (
        "Monthly Human Rights Digest: Syria, March 2017\n\n"
        "1. On 4 March, at approximately 10:00, airstrikes believed to be carried out\n"
        "by Government forces hit a residential building in the town of Khan Shaykhun\n"
        "in southern Idlib, reportedly killing seven civilians, including two women\n"
        "and three children.\n\n"
        "2. On 15 March, two suicide bombers attacked the Palace of Justice in\n"
        "Damascus, killing 31 people. A second explosion at a restaurant in Rabwah\n"
        "district killed at least 25 more. ISIL claimed responsibility for both\n"
        "attacks.\n"
    )
    df = _extract(gazetteer, text, dt.date(2017, 4, 5)).set_index("place_text")
    assert sorted(df.index) == ["Damascus", "Khan Shaykhun", "Rabwah"]
    assert (df.loc["Khan Shaykhun", "date"], df.loc["Khan Shaykhun", "killed"]) == (
        "2017-03-04",
        7,
    )
    assert list(df.loc[["Damascus", "Rabwah"], "killed"]) == [31, 25]
    assert set(df.loc[["Damascus", "Rabwah"], "actor"]) == {"Islamic State"}


def test_the_day_of_what_a_strike_answered_is_not_its_own(gazetteer):
    text = (
        "The Israeli military said Wednesday it carried out a wave of airstrikes "
        "overnight against targets near Damascus, in response to a barrage of four "
        "rockets fired at the Golan Heights on Tuesday evening.\n\n"
        "The IDF said its jets struck weapons depots at the Mezzeh military airport.\n"
    )
    df = _extract(gazetteer, text, dt.date(2019, 11, 20))
    assert set(df.date) == {"2019-11-20"}
    assert set(df.event_type) == {"airstrike"}


def test_a_toll_risen_told_below_its_title_is_the_storys_own(gazetteer):
    # the second article's title and its first sentence tell the same toll: the
    # incident is Monday's strike, and the two articles tell one incident
    first = Article(
        "a",
        "Air strikes on Idlib market kill 15\n\nAt least 15 people were killed on "
        "Monday when warplanes struck a crowded market in the town of Maarat al-Numan "
        "in Idlib province, the Syrian Observatory for Human Rights said.\n",
        dt.date(2017, 3, 13),
    )
    second = Article(
        "b",
        "Death toll from Maarat al-Numan market strike rises to 22\n\nThe death toll "
        "from Monday's air strikes on a market in Maarat al-Numan rose to 22 on "
        "Tuesday, rescue workers said.\n",
        dt.date(2017, 3, 14),
    )
    (alone,) = extract_incidents([second], gazetteer).itertuples()
    assert (alone.date, alone.event_type, alone.killed) == (
        "2017-03-13",
        "airstrike",
        22,
    )
    (row,) = extract_incidents([first, second], gazetteer).itertuples()
    assert (row.killed, row.killed_low) == (22, 15)
    assert row.also_in == "b"


def test_one_target_told_at_a_district_and_at_its_city_is_one_incident(gazetteer):
    first = Article(
        "a",
        "An airstrike hit the al-Quds hospital in the Sukkari district of eastern "
        "Aleppo late on Wednesday, killing at least 27 people, MSF said.",
        dt.date(2016, 4, 28),
    )
    second = Article(
        "b",
        "The bombing of a hospital in rebel-held eastern Aleppo on Wednesday night, "
        "which killed 50 people, drew international condemnation on Friday.",
        dt.date(2016, 4, 29),
    )
    (row,) = extract_incidents([first, second], gazetteer).itertuples()
    assert (row.place, row.killed, row.killed_low, row.also_in) == (
        "As-Sukkari",
        50,
        27,
        "b",
    )
    # two hospitals hit in two districts the same night stay two
    third = Article(
        "c",
        "An airstrike hit a hospital in the Kalasa district of Aleppo late on "
        "Wednesday, killing 5 people.",
        dt.date(2016, 4, 28),
    )
    assert len(extract_incidents([first, third], gazetteer)) == 2


def test_another_source_telling_who_had_died_gives_a_range(gazetteer):
    text = (
        "Jets struck Saraqeb on Monday, killing 12 people. The Observatory said 15 "
        "people had died."
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 3, 13)).itertuples()
    assert (row.killed_low, row.killed_high) == (12, 15)


def test_the_other_sides_account_that_denies_is_the_same_event(gazetteer):
    text = (
        "More than 150 people were killed in the village of Tremseh in Hama province "
        "on Thursday, opposition activists said.\n\n"
        "The Syrian government said its forces had clashed with armed terrorist groups "
        "in Tremseh, killing dozens of them, and denied that civilians had been "
        "targeted.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2012, 7, 15)).itertuples()
    assert row.killed == 150 and row.killed_low < 150
    # the day monitors reached the village is theirs, not the attack's
    visited = text + (
        "\nUN monitors who reached the village on Saturday said the attack appeared "
        "to have targeted rebels, and that artillery and helicopters had been used.\n"
    )
    (row,) = _extract(gazetteer, visited, dt.date(2012, 7, 15)).itertuples()
    assert row.date == "2012-07-12"
    # without the denial, two deeds told at one village stay two
    text = (
        "Jets struck Tremseh on Thursday, killing 15 people.\n\n"
        "Rebels said they had clashed with the army in Tremseh, killing 4 soldiers.\n"
    )
    assert len(_extract(gazetteer, text, dt.date(2012, 7, 15))) == 2


def test_the_attackers_dead_and_their_own_claim_are_of_the_attack(gazetteer):
    text = (
        "Islamic State fighters launched a wave of suicide attacks on Syrian army "
        "positions near the town of al-Sukhnah overnight, killing at least 30 soldiers, "
        "a war monitor said on Friday.\n\n"
        "The militants used three car bombs in the assault on the positions east of "
        "the town. At least 18 Islamic State militants also died.\n\n"
        "The group's Amaq news agency said its fighters had killed more than 100 "
        '"Nusayri" soldiers.\n\n'
        "Further east, Russian jets struck Islamic State positions around Boukamal, "
        "state media said.\n"
    )
    df = _extract(gazetteer, text, dt.date(2017, 6, 16)).set_index("place_text")
    # "Nusayri" is Islamic State's word for Alawites, no village
    assert sorted(df.index) == ["Boukamal", "al-Sukhnah"]
    assert (df.loc["al-Sukhnah", "killed"], df.loc["al-Sukhnah", "killed_high"]) == (
        48,
        100,
    )
    assert pd.isna(df.loc["Boukamal", "killed"])


def test_a_drone_shot_down_takes_no_means_from_a_bombing_before(gazetteer):
    text = (
        "In Busra al-Harir, a car bomb killed four members of a pro-government militia "
        "on Friday. Israel said its Patriot missile system shot down a Syrian drone "
        "that had crossed into the Golan Heights."
    )
    df = _extract(gazetteer, text, dt.date(2018, 7, 14))
    assert list(df.event_type) == ["IED", "attack"]


def test_a_gas_attack_told_by_medics(gazetteer):
    text = (
        "Medics in the rebel-held town of Douma treated at least 70 people for "
        "breathing difficulties after a helicopter dropped a barrel containing a yellow "
        "gas late on Saturday, the Syrian American Medical Society said.\n\n"
        "Eleven people, including five children, died of suffocation, the medical "
        "charity said. The smell of chlorine lingered in the streets on Sunday "
        "morning, a resident said.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 4, 8)).itertuples()
    assert (row.event_type, row.actor, row.killed, row.injured, row.date) == (
        "chemical",
        "regime",
        11,
        70,
        "2018-04-07",
    )


def test_islamic_states_punishments_and_the_group_that_did_them(gazetteer):
    text = (
        "Islamic State militants publicly beheaded two men accused of spying for the "
        "US-led coalition in Raqqa on Thursday, activists said.\n\n"
        "In Mayadin, the group stoned a woman to death for adultery, the Syrian "
        "Observatory said.\n"
    )
    df = _extract(gazetteer, text, dt.date(2015, 9, 25)).set_index("place_text")
    # the men accused were not the accusers
    assert set(df.actor) == {"Islamic State"}
    assert (df.loc["Raqqa", "killed"], df.loc["Mayadin", "killed"]) == (2, 1)


def test_coordinates_told_after_a_place_are_where_it_happened(gazetteer):
    text = (
        "On 29 May 2017 at approximately 11:00, an airstrike hit the vegetable market "
        "in Ariha, Idlib (35.8126, 36.6103), killing 12 civilians."
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 6, 10)).itertuples()
    assert (row.lat, row.lon, row.geo_precision) == (35.8126, 36.6103, 1)
    assert "coordinates given in the text" in row.geo_rule
    # a point outside Syria's box is no point of it
    text = text.replace("(35.8126, 36.6103)", "(51.5074, 0.1278)")
    (row,) = _extract(gazetteer, text, dt.date(2017, 6, 10)).itertuples()
    assert row.geo_rule == "named place"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Airstrikes hit a civil defence centre in Atarib, killing two volunteers.",
            "civil defence centre",
        ),
        ("Shells hit an ambulance in Douma, wounding two medics.", "ambulance"),
        ("Jets struck the water station in Ain al-Fijeh on Monday.", "water station"),
        # an evacuation hits nothing: its ambulances carry people
        (
            "Displacement: 28 buses and several ambulances carrying around 1,500 "
            "people, including fighters who refused the agreement with regime forces, "
            "departed from the outskirts of Harasta city towards northern Syria.",
            None,
        ),
    ],
)
def test_what_was_hit(gazetteer, text, target):
    (row,) = _extract(gazetteer, text, dt.date(2018, 3, 22)).itertuples()
    assert row.target == target


@pytest.mark.parametrize(
    ("text", "incidents"),
    [
        ("Two children died of cold in a camp near Azaz.", 0),
        ("A fire broke out in the al-Hol camp, killing a woman and two children.", 0),
        ("A traffic accident on the Homs-Hama highway killed five people.", 0),
        # a strike started it
        ("A fire broke out in a market in Idlib after an airstrike, killing four.", 1),
        ("A man died of his wounds in Douma.", 1),
    ],
)
def test_weather_and_mishaps_are_no_deeds_of_war(gazetteer, text, incidents):
    assert len(_extract(gazetteer, text, dt.date(2019, 1, 20))) == incidents


def test_a_witness_account_of_a_family_and_a_strike_two_days_later(gazetteer):
    text = (
        "At around 4pm on 11 August 2016, a barrel bomb fell on a residential building "
        "in the al-Mashhad neighbourhood of eastern Aleppo. Um Ahmad, 34, told Amnesty "
        "International that her husband and two of her sons were killed.\n\n"
        '"We pulled them out with our hands," she said. "My neighbour\'s daughter, '
        'Rama, aged 7, was also killed."\n\n'
        "Two days later, a missile struck a bakery in the nearby al-Kalasa "
        "neighbourhood, killing at least 8 people, according to the local council.\n"
    )
    df = _extract(gazetteer, text, dt.date(2016, 9, 30)).set_index("place_text")
    # Rama, aged 7, is a girl, not a village
    assert sorted(df.index) == ["al-Kalasa", "al-Mashhad"]
    assert df.loc["al-Mashhad", "killed"] == 4
    assert df.loc["al-Kalasa", "date"] == "2016-08-13"


def test_a_wire_item_filed_from_abroad_tells_of_that_country(gazetteer):
    text = (
        "BAGHDAD, Jan 5 (Reuters) - A suicide bomber killed 11 people at a market in "
        "the town of Tal Afar, police said."
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 1, 6)).itertuples()
    assert pd.isna(row.lat) and "Iraq" in row.geo_rule
    # a desk in Beirut files news of Syria: Saida of Deraa is Syria's
    text = "BEIRUT (Reuters) - Jets struck the town of Saida in Deraa province."
    (row,) = _extract(gazetteer, text, dt.date(2018, 1, 6)).itertuples()
    assert row.admin1 == "Dar'a" and row.geo_precision == 1


def test_a_timeline_tells_its_captures_in_the_present(gazetteer):
    df = _extract(
        gazetteer,
        "Nov. 28 - The army and its allies take Haydariya, Sakhour and Sheikh Khodr.",
        dt.date(2016, 12, 13),
    )
    assert set(df.event_type) == {"territory change"}
    assert len(df) == 3 and set(df.date) == {"2016-11-28"}


def test_a_capture_demanded_is_not_one_made(gazetteer):
    df = _extract(
        gazetteer,
        "Demonstrations took place in Azaz demanding that the Turkish army take "
        "Tal Refaat.",
        dt.date(2018, 3, 23),
    )
    assert "territory change" not in set(df.event_type)


def test_the_day_a_paragraph_begins_with_keeps_its_events_apart(gazetteer):
    df = _extract(
        gazetteer,
        "Sept. 19 - An aid convoy is struck near Urum al-Kubra, killing about 20 "
        "people.\n\nSept. 22 - The army announces an offensive. Air strikes kill at "
        "least 45 people in eastern districts.\n\nSept. 28 - Two hospitals are put out "
        "of service by bombing.",
        dt.date(2016, 12, 13),
    )
    assert {
        (d, k)
        for d, k in zip(df.date, df.killed.astype("Int64").astype(object), strict=True)
    } >= {
        ("2016-09-19", 20),
        ("2016-09-22", 45),
    }
    assert "2016-09-28" in set(df.date)


def test_a_story_filed_from_a_syrian_town_tells_of_it(gazetteer):
    text = (
        "A Doctor Counts the Cost\n\nBy a Staff Reporter\n\n"
        "MAARAT AL-NUMAN, Syria — Dr. Khalil keeps a notebook of the dead.\n\n"
        "On Tuesday morning, warplanes struck the town's main street, killing seven "
        "people. The hospital was hit last February. Nine people were killed then.\n\n"
        '"Every day we hear the planes," said a mother who fled from Kafr Sajna.'
    )
    df = _extract(gazetteer, text, dt.date(2016, 11, 3))
    got = {(r.place, r.date, int(r.killed)) for r in df.itertuples()}
    assert got == {
        ("Ma`arrat an Nu`man", "2016-11-01", 7),
        ("Ma`arrat an Nu`man", "2016-02-01", 9),
    }


def test_a_dateline_abroad_gives_no_place(gazetteer):
    text = "BEIRUT, Lebanon — Warplanes struck the town's market, killing seven people."
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 3)).itertuples()
    # still reported, with no point: the story is filed from abroad
    assert (row.place, int(row.killed)) == (None, 7)


def test_a_headlines_toll_told_again_below_is_not_the_leads(gazetteer):
    text = (
        "12 villages liberated, 47 mercenaries killed\n\n"
        "The fighters continued their advance on Raqqa on Monday.\n\n"
        "On Sunday, the fighters took Suwaydiyah after clashes. 47 mercenaries were "
        "killed."
    )
    df = _extract(gazetteer, text, dt.date(2016, 12, 12))
    assert df.killed.fillna(0).sum() == 47


@pytest.mark.parametrize(
    ("text", "place", "precision"),
    [
        ("Rebels shelled areas south of the capital, killing two.", "Damascus", 2),
        (
            "A car bomb exploded in the Syrian capital on Sunday, killing 4.",
            "Damascus",
            1,
        ),
        # a city situates what it holds: not Damascus's Old City
        ("Warplanes struck the rebel-held Old City of Homs, killing 6.", "Homs", 2),
    ],
)
def test_the_capital_and_a_citys_part(gazetteer, text, place, precision):
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place, row.geo_precision) == (place, precision)


@pytest.mark.parametrize(
    "text",
    [
        "Mortar rounds hit the Lebanese capital, killing one.",
        "A woman was killed in Ain al-Fijeh, whose springs supply the capital's water.",
    ],
)
def test_not_every_capital_is_damascus(gazetteer, text):
    frame = _extract(gazetteer, text)
    assert "Damascus" not in set(frame.place.dropna())


def test_a_denial_leaves_the_dead_it_does_not_deny(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Government forces denied shelling Douma, where activists said 5 people "
        "were killed.",
    ).itertuples()
    assert (row.place, int(row.killed), row.actor) == ("Douma", 5, None)
    (row,) = _extract(
        gazetteer,
        "Russia has denied that its aircraft bombed a school in Hass last Wednesday, "
        "killing 35 people including 22 children.",
        dt.date(2016, 11, 1),
    ).itertuples()
    assert (row.date, int(row.killed), row.actor) == ("2016-10-26", 35, None)
    # a denial without the dead told stays a denial
    frame = _extract(gazetteer, "Russia has denied that its aircraft bombed Hass.")
    assert frame.empty


def test_a_strike_told_as_past_is_no_new_incident(gazetteer):
    frame = _extract(
        gazetteer, "A week after the strike on Kafr Nabl, residents were still digging."
    )
    assert frame.empty


def test_a_name_whose_second_word_a_caption_writes_in_lower_case(gazetteer):
    (row,) = _extract(
        gazetteer, "Russian warplanes raided the city of Sheikh meskin on Monday."
    ).itertuples()
    assert row.place == "Shaykh Miskin"
    # an English word after a name is no part of it
    frame = _extract(gazetteer, "Russian warplanes struck Douma during prayers.")
    assert set(frame.place) == {"Douma"}


def test_a_reports_labelled_date_holds_for_what_it_tells_below(gazetteer):
    text = (
        "Incident date: October 17, 2016\n"
        "Location: Al Mayadin, Deir Ezzor governorate\n\n"
        "Summary: At least three civilians were killed in an alleged Coalition "
        "airstrike on a residential building in al-Mayadin."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 20)).itertuples()
    assert (row.date, int(row.killed)) == ("2016-10-17", 3)


def test_a_field_whose_value_begins_with_a_day_dates_its_report(gazetteer):
    text = (
        "Civilian casualties from Coalition strikes, week of March 17-23\n\n"
        "Alleged incident: March 20, 2017 - Al Tabqa\n"
        "At least 7 civilians were reported killed when Coalition aircraft struck a "
        "school in al-Mansoura, west of Raqqa.\n"
        "Grading: Fair\n\n"
        "Alleged incident: March 23, 2017 - Raqqa\n"
        "One woman was reportedly killed by Coalition shelling in Raqqa city.\n"
        "Grading: Weak\n"
    )
    frame = _extract(gazetteer, text, dt.date(2017, 3, 24))
    assert list(frame.date) == ["2017-03-20", "2017-03-23"]


def test_a_toll_each_with_its_victims_named(gazetteer):
    frame = _extract(gazetteer, "Shelling killed two people each in Douma and Harasta.")
    assert sorted(int(k) for k in frame.killed) == [2, 2]


def test_a_paragraph_telling_of_abroad_keeps_its_toll_abroad(gazetteer):
    text = (
        "Six people died in Kafr Hamra when a missile hit a house.\n\n"
        "In Iraq, the offensive on Mosul began before dawn today. Peshmerga fighters "
        "took nine villages, and officials said 40 militants were killed."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 17))
    by_place = {row.place_text: int(row.killed) for row in frame.itertuples()}
    assert by_place == {"Kafr Hamra": 6, "Mosul": 40}


def test_what_happened_there_happened_at_the_place_named_last(gazetteer):
    text = (
        "Islamic State fighters recaptured Palmyra on Sunday.\n\n"
        "The loss of Palmyra came as the army neared victory in Aleppo, where rebels "
        "held a small enclave. Heavy bombardment on Sunday killed at least 40 people "
        "there, the Observatory said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 11))
    tolls = {row.place: row.killed for row in frame.itertuples()}
    assert tolls["Aleppo"] == 40
    assert pd.isna(tolls["Palmyra"])
    # "there were": no place
    frame = _extract(
        gazetteer,
        "Rebels shelled Nubl on Monday. Later there were clashes that killed 3 people.",
    )
    assert set(frame.place) == {"Nubul"}


def test_a_part_of_a_city_told_again_at_its_quarter(gazetteer):
    text = (
        "Airstrikes hit the largest hospital in eastern Aleppo early Wednesday, "
        "killing two patients, activists said.\n\n"
        "A medical charity said the M10 hospital in the Sakhour neighborhood was struck "
        "twice before dawn. It said a chlorine bomb was also dropped nearby late "
        "Tuesday, causing breathing difficulties for a dozen people."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 5))
    got = sorted((r.date, r.event_type, r.killed) for r in frame.itertuples())
    # one strike on the hospital, at its quarter; the chlorine, another of its own day
    assert [(d, e) for d, e, _ in got] == [
        ("2016-10-04", "chemical"),
        ("2016-10-05", "airstrike"),
    ]
    assert got[1][2] == 2
    assert set(frame.place) == {"Al-Sakhour"}


def test_a_part_of_a_city_told_again_at_its_quarters_by_the_same_hand(gazetteer):
    text = (
        "Meanwhile, terrorist organizations targeted residential neighborhoods in the "
        "western part of Aleppo city with rocket shells, claiming the lives of 5 "
        "citizens and injuring 17 others.\n\n"
        "A source at Aleppo Police Command said that terrorists fired several rocket "
        "shells on al-Hamdaniya and al-Midan neighborhoods, causing material damage to "
        "citizens' houses."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 28))
    tolls = {r.place: (r.killed, r.injured) for r in frame.itertuples()}
    assert "Aleppo" not in tolls
    assert tolls["Hamadaniyeh"] == (5, 17)
    # told as another deed, it stays another
    other = text.replace("terrorists fired", "terrorists also fired")
    frame = _extract(gazetteer, other, dt.date(2016, 11, 28))
    assert frame.set_index("place").loc["Aleppo", "killed"] == 5


def test_where_shells_were_fired_from_is_not_where_they_hit(gazetteer):
    # the article's theatre is Aleppo; the sentence's Old City is Damascus's
    text = (
        "Turkish jets struck Kurdish fighters north of Aleppo on Wednesday.\n\n"
        "In Damascus, mortar shells fired by rebels from the Jobar district hit the "
        "Bab Touma area of the Old City, wounding six people."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 20))
    hit = frame[frame.injured.notna()]
    assert list(hit.place) == ["Bab Touma"]
    assert "Jowbar" not in set(frame.place)


def test_a_toll_told_again_as_it_grew_is_one_incident(gazetteer):
    text = (
        "UPDATE 1415 GMT: The death toll from this morning's airstrikes on Maarat "
        "al-Nu'man has risen to 19, the Civil Defense said.\n\n"
        "UPDATE 0930 GMT: Activists say at least seven people were killed when missiles "
        "struck a crowded street in Maarat al-Nu'man this morning."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 1))
    assert [(int(r.killed), int(r.killed_low)) for r in frame.itertuples()] == [(19, 7)]
    # two tolls told side by side, neither grown from the other, stay two events
    text = (
        "Airstrikes killed 19 people in Maarat al-Nu'man this morning. Shelling killed "
        "7 people in Maarat al-Nu'man this morning."
    )
    assert len(_extract(gazetteer, text, dt.date(2016, 11, 1))) == 2


def test_a_regions_toll_told_town_by_town_is_counted_once(gazetteer):
    text = (
        "Nine civilians were killed on Saturday in regime air raids and shelling on "
        "towns of the Eastern Ghouta.\n\n"
        "The Civil Defense said five people died in Hamouria, while two others were "
        "killed in Saqba and two in Kafr Batna.\n\n"
        "Jaish al-Islam said it had killed more than 15 soldiers near Hosh al-Farah."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 20))
    assert "Eastern Ghouta" not in set(frame.place)
    assert int(frame.killed.sum()) == 9 + 15
    hamouria = frame[frame.killed == 5].iloc[0]
    assert hamouria.actor == "regime"


def test_a_list_of_tolls_told_in_one_sentence(gazetteer):
    text = (
        "The Observatory documented the death of 61 civilians across Syria on "
        "Thursday.\n\n"
        "The civilians were distributed as follows: 32 in Aleppo, including 11 "
        "children; 14 in Idlib; 8 in Rural Damascus; 4 in Homs; 3 in Hama."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 25))
    tallies = {r.admin1: int(r.killed) for r in frame.itertuples() if pd.notna(r.lat)}
    assert tallies == {
        "Aleppo": 32,
        "Idleb": 14,
        "Rural Damascus": 8,
        "Homs": 4,
        "Hama": 3,
    }
    # the total, across Syria, is kept without a point
    assert list(frame[frame.lat.isna()].killed) == [61]
    # numbers of things are no list of the dead
    frame = _extract(gazetteer, "Aid arrived as follows: 32 in Aleppo; 14 in Idlib.")
    assert frame.empty
    # a list in commas, the last item after "and": the governorates, a tally each
    text = (
        "The Observatory documented the deaths of 61 civilians across Syria on "
        "Saturday. They were distributed as follows: 22 in Idlib, 17 in Aleppo, 12 in "
        "Deir Ezzor, 6 in Daraa and 4 in Homs."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 4))
    tallies = {
        r.admin1: (int(r.killed), r.geo_precision)
        for r in frame.itertuples()
        if pd.notna(r.lat)
    }
    assert tallies == {
        "Idleb": (22, 3),
        "Aleppo": (17, 3),
        "Deir-ez-Zor": (12, 3),
        "Dar'a": (6, 3),
        "Homs": (4, 3),
    }


def test_a_campaigns_toll_over_months_is_no_event(gazetteer):
    text = (
        "The talks followed the collapse of a ceasefire in September, after which the "
        "Russian-regime offensive on east Aleppo killed more than 500 people."
    )
    assert _extract(gazetteer, text, dt.date(2016, 10, 16)).empty
    # one day's toll of an offensive is an event
    text = "The regime offensive on Douma killed 12 people on Sunday."
    assert len(_extract(gazetteer, text, dt.date(2016, 10, 16))) == 1


def test_a_whole_told_place_by_place_is_counted_at_its_places(gazetteer):
    text = (
        "UPDATE 1700 GMT: SANA now puts the death toll at 148: 100 in Jableh and 48 in "
        "Tartus.\n\n"
        "ORIGINAL ENTRY: Car bombs and suicide bombers struck Jableh on Monday morning, "
        "killing at least 60 people."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 5, 23))
    got = sorted(
        (r.place, int(r.killed), int(r.killed_low)) for r in frame.itertuples()
    )
    # the first toll told grew to Jableh's 100
    assert got == [("Jablah", 100, 60), ("Tartus", 48, 48)]


def test_a_place_abroad_named_as_a_syrian_place_is_abroad_where_told_so(gazetteer):
    (row,) = _extract(
        gazetteer, "In Iraq, troops retook Fallujah on Sunday, killing 40 militants."
    ).itertuples()
    assert (pd.isna(row.lat), row.place_text, int(row.killed)) == (True, "Fallujah", 40)
    assert "Iraq" in row.geo_rule
    # without Iraq told around it, the name is the Syrian place's
    (row,) = _extract(
        gazetteer, "Regime shelling hit Fallujah in Damascus on Sunday, killing 3."
    ).itertuples()
    assert row.admin1 == "Damascus"


def test_a_roundup_s_items_abroad_stay_abroad_and_apart(gazetteer):
    text = (
        "YEMEN: Saudi-led coalition air strikes killed 9 civilians in the capital "
        "Sanaa overnight, residents said.\n\n"
        "TURKEY: A car bomb exploded near a police station in Diyarbakir, wounding 30 "
        "people.\n\n"
        "LEBANON: Hezbollah buried two of its fighters killed in Syria."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 8))
    assert frame.lat.isna().all()  # no point in Syria for any of them
    rows = {r.place_text: r for r in frame.itertuples()}
    # a label in capitals names the country; the two items are two incidents
    assert "Yemen" in rows["Sanaa"].geo_rule and int(rows["Sanaa"].killed) == 9
    assert pd.isna(rows["Sanaa"].injured)
    assert "Turkey" in rows["Diyarbakir"].geo_rule
    assert int(rows["Diyarbakir"].injured) == 30
    # a burial is no event
    assert "Syria" not in rows
    # a new item takes no means from the item before it
    frame = _extract(
        gazetteer,
        "TURKEY: A car bomb exploded near a police station in Diyarbakir, wounding 30 "
        "people.\n\nSYRIA: Two soldiers were killed in Saraqeb, activists said.",
        dt.date(2016, 11, 8),
    )
    assert frame.set_index("place_text").loc["Saraqeb", "event_type"] == "attack"
    # "the coalition" of a paragraph that named the Saudi-led one is not the US-led
    frame = _extract(
        gazetteer,
        "YEMEN: Saudi-led coalition air strikes killed 9 civilians in Sanaa. The "
        "coalition said it had targeted Houthi weapons depots.",
        dt.date(2016, 11, 8),
    )
    assert frame.actor.isna().all()


def test_sinjar_is_iraqs_where_iraq_is_told_and_idlibs_elsewhere(gazetteer):
    frame = _extract(gazetteer, "In Iraq, Kurdish forces retook Sinjar on Friday.")
    assert frame.lat.isna().all()
    frame = _extract(gazetteer, "Rebels shelled Sinjar in Idlib on Friday, killing 2.")
    assert list(frame.admin1) == ["Idleb"]


def test_each_clause_tells_its_place_and_toll(gazetteer):
    text = (
        "Airstrikes killed 17 civilians in eastern Aleppo, while rebel shelling of "
        "government-held western Aleppo killed 8 people."
    )
    frame = _extract(gazetteer, text)
    got = sorted((int(r.killed), r.event_type, r.actor) for r in frame.itertuples())
    # the rebels shelled the west; who struck the east is not told
    assert [(k, e) for k, e, _ in got] == [(8, "shelling"), (17, "airstrike")]
    assert got[0][2] == "rebels" and pd.isna(got[1][2])
    text = "Russian jets killed 12 in Idlib city, while Turkish artillery hit Afrin, killing 3."
    frame = _extract(gazetteer, text)
    assert sorted((r.actor, int(r.killed)) for r in frame.itertuples()) == [
        ("Russia", 12),
        ("Turkey", 3),
    ]


def test_a_roundups_place_heading_places_its_section(gazetteer):
    text = (
        "Syria: Week in Review\n\n"
        "Aleppo\n\n"
        "The last fighters left east Aleppo on Thursday under an evacuation deal.\n\n"
        "Idlib\n\n"
        "Airstrikes killed 11 civilians in the town on Saturday, activists said.\n\n"
        "Palmyra\n\n"
        "Islamic State fighters seized the city on Sunday after government forces "
        "withdrew."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 19))
    got = {
        (r.place, r.date)
        for r in frame.itertuples()
        if r.event_type != "strategic development"
    }
    assert ("Idlib", "2016-12-17") in got
    assert ("Palmyra", "2016-12-18") in got
    tolls = {r.place: r.killed for r in frame.itertuples()}
    assert tolls["Idlib"] == 11


def test_a_town_bombed_daily_for_a_year_is_no_event_and_no_scene(gazetteer):
    text = (
        "SARAQEB, Syria — A missile hit the street outside her house on Tuesday "
        "morning. By the time the dust settled, her neighbour's three sons were "
        "dead.\n\n"
        "Saraqeb, a town on the highway between Aleppo and Damascus, has been bombed "
        "almost daily since Russia began its air campaign in September 2015.\n\n"
        "On Tuesday, the strikes also hit the town's main hospital, putting it out of "
        "service. Two nurses were wounded."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert set(frame.place) == {"Sarāqib"}
    assert set(frame.date) == {"2016-11-29"}
    assert frame.injured.sum() == 2 and frame.killed.sum() == 3
    # a state of the place told beside the event leaves the event
    text = (
        "Activists reported the regime's killing of a resident in Madaya, which has "
        "been besieged since July 2015."
    )
    assert len(_extract(gazetteer, text, dt.date(2016, 10, 26))) == 1


def test_captures_told_day_by_day_and_lost_by_a_day(gazetteer):
    text = (
        "Regime troops overran the Masaken Hanano district on Saturday, then moved on "
        "Sunday into Jabal Badro, Ard al-Hamra, and Haydariya. By Monday morning, the "
        "opposition had lost all districts north of the road, including Sakhour."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 28))
    dates = {r.place_text: r.date for r in frame.itertuples()}
    assert dates["Masaken Hanano"] == "2016-11-26"
    assert dates["Jabal Badro"] == dates["Haydariya"] == "2016-11-27"
    assert dates["Sakhour"] == "2016-11-28"
    assert set(frame.event_type) == {"territory change"}


def test_a_photos_day_yields_to_the_storys(gazetteer):
    text = (
        "PHOTO: Civilians flee Masaken Hanano after the regime advance, November 27, "
        "2016\n\n"
        "Regime troops overran the Masaken Hanano district on Saturday."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 28))
    assert list(frame.date) == ["2016-11-26"]
    # days far apart are two events
    text = (
        "PHOTO: Airstrikes on Masaken Hanano, November 27, 2016\n\n"
        "Regime jets bombed Masaken Hanano on 20 November."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 28))
    assert sorted(frame.date) == ["2016-11-20", "2016-11-27"]


def test_what_came_a_day_before_the_event_told(gazetteer):
    text = (
        "Helicopters dropped barrel bombs on Nawa on Monday, killing 12 people. The "
        "strikes came a day after rebels shelled regime positions in Daraa city's "
        "al-Mahatta district."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 5))
    shelling = frame[frame.event_type == "shelling"].iloc[0]
    assert (shelling.date, shelling.admin1) == ("2016-09-04", "Dar'a")


def test_bodies_pulled_from_the_rubble_are_of_the_dead_told(gazetteer):
    text = (
        "Air strikes killed at least 23 people in the town of Atareb on Saturday, the "
        "Observatory said. A civil defence worker in Atareb said rescuers had pulled 17 "
        "bodies from the rubble of a building."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 19)).itertuples()
    assert int(row.killed) == 23


def test_the_dead_of_both_sides_are_summed(gazetteer):
    text = (
        "Rebels captured Dabiq on Sunday. The Turkish military said nine Islamic State "
        "fighters were killed and that two Free Syrian Army fighters died."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 17))
    assert int(frame.killed.sum()) == 11
    # two tolls of one side are not: the second is a part, or another figure
    frame = _extract(
        gazetteer,
        "Airstrikes killed 12 civilians in Douma, and 5 civilians died in Harasta.",
    )
    assert sorted(int(k) for k in frame.killed) == [5, 12]
    # a side unnamed, in its own clause of "while", with its own verb of death
    frame = _extract(
        gazetteer,
        "Fighters repelled an attack on the village of Ayn Daqna today. Seven "
        "mercenaries were killed and their bodies remained in the field, while two "
        "fighters of Jaysh al-Thuwar were martyred.",
    )
    assert list(frame.killed) == [9]
    # the enemy's dead a deed made, then the teller's, in a clause of "while"
    frame = _extract(
        gazetteer,
        "Fighters of Jaish al-Thuwar repelled an attack on the village of Ayn Daqna "
        "today, killing 7 mercenaries, while a fighter of Jaish al-Thuwar was "
        "martyred.",
    )
    assert list(frame.killed) == [8]
    # (not the story's dead, told before "while": "killing 7 people, while ...")
    frame = _extract(
        gazetteer,
        "Shells hit Douma today, killing 7 people, while a fighter of Jaish al-Thuwar "
        "was martyred.",
    )
    assert list(frame.killed) == [7]
    # (not a part of the dead told: "while two of them were children")
    frame = _extract(
        gazetteer,
        "Shells hit Douma today. Seven people were killed, while two of them were "
        "children who died of their wounds.",
    )
    assert list(frame.killed) == [7]


def test_a_count_of_attacks_over_time_is_no_event_but_those_told_are(gazetteer):
    text = (
        "Syrian and Russian forces have struck at least six hospitals in eastern Aleppo "
        "since the ceasefire collapsed on September 19, Amnesty said.\n\n"
        "On 28 September, two barrel bombs hit the al-Sakhour hospital, killing two "
        "patients. The hospital was hit again on 1 October."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 20))
    assert sorted(frame.date) == ["2016-09-28", "2016-10-01"]
    assert set(frame.place_text) == {"al-Sakhour"}
    # one of them told with its day stays
    text = (
        "Amnesty documented 12 other attacks since December 2015, including one on the "
        "Kafr Zeita cave hospital on December 23, which wounded six staff."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 2, 20))
    assert list(frame.date) == ["2015-12-23"]


def test_a_protest_is_where_it_was_not_where_it_asked_the_army_to_go(gazetteer):
    text = (
        "Hundreds demonstrated in Saraqeb on Friday, calling for the Turkish army to "
        "enter Tadef."
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 3, 12)).itertuples()
    assert (row.place_text, row.event_type, row.date) == (
        "Saraqeb",
        "protest",
        "2018-03-09",
    )
    assert row.actor is None  # whom they called on did nothing


def test_a_town_named_with_the_wrong_governorate_is_still_the_town(gazetteer):
    # the well-known town of that very name over a village inside spelled like it
    (row,) = _extract(
        gazetteer, "Protests took place in Al Bab city in northern Idleb."
    ).itertuples()
    assert (row.admin1, row.geo_precision) == ("Aleppo", 1)


def test_a_count_within_a_vague_amount_is_the_better_figure(gazetteer):
    text = (
        "Islamic State fighters attacked army positions near the T4 air base east of "
        "Homs overnight. The army said it repelled the assault and killed dozens of "
        "militants. The Observatory put the death toll at 11 soldiers and 19 jihadists."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    # "dozens" is 12 to 99; the Observatory's count, within it, is the best figure
    assert (row.killed, row.killed_low, row.killed_high) == (30, 12, 99)


def test_a_truce_told_beside_the_event_is_not_where_it_happened(gazetteer):
    text = (
        "Air strikes killed at least 18 people in a market in the town of Maarat "
        "al-Numan in Idlib province on Sunday, as a fragile truce around Aleppo came "
        "under strain."
    )
    frame = _extract(gazetteer, text)
    assert list(frame.place_text) == ["Maarat al-Numan"]
    # a clause that tells of strikes is another place's event
    text = (
        "Air strikes killed 18 people in Maarat al-Numan on Sunday, as the truce "
        "collapsed and jets struck Aleppo."
    )
    assert "Aleppo" in set(_extract(gazetteer, text).place_text)


def test_who_carried_out_the_raids_told_after_them_is_their_actor(gazetteer):
    text = (
        "Air strikes killed at least 18 people in a market in Maarat al-Numan on "
        "Sunday. It was not clear whether Syrian or Russian jets carried out the raids."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.actor == "Russia/regime"
    # an actor already told stays
    text = (
        "Russian air strikes killed 18 people in Maarat al-Numan on Sunday. Activists "
        "said regime jets carried out the raids."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.actor == "Russia"


def test_a_road_between_two_places_is_told_at_the_first_once(gazetteer):
    text = (
        "A car bomb exploded at a checkpoint on the road between Azaz and the Bab "
        "al-Salameh border crossing on Monday, killing at least eight people, "
        "including three rebel fighters."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place_text, row.killed, row.event_type) == ("Azaz", 8, "IED")
    assert row.actor is None  # the rebels are among the dead, not who did it


def test_a_road_to_a_village_named_so_is_told_at_the_first_place(gazetteer):
    text = (
        "Turkish drones bombed a car on the road between Manbij and the village of "
        "Arima on Saturday, wounding 3 civilians."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place_text, row.injured) == ("Manbij", 3)


def test_the_dead_of_the_first_strike_of_a_double_tap_add_up(gazetteer):
    text = (
        "Two members of the Syria Civil Defence, also known as the White Helmets, were "
        "killed on Thursday when a second air strike hit the same spot in the Sakhour "
        "neighbourhood of eastern Aleppo minutes after the first.\n\n"
        "The first strike had killed a family of five, among them three children.\n\n"
        "Government helicopters also dropped barrel bombs on the town of Anadan, "
        "wounding at least a dozen people."
    )
    frame = _extract(gazetteer, text)
    tolls = dict(zip(frame.place_text, frame.killed, strict=True))
    assert tolls["Sakhour"] == 7  # one attack, both strikes' dead
    assert pd.isna(tolls["Anadan"])  # not the family's


def test_a_running_totals_span_dates_no_event_told_after_it(gazetteer):
    text = (
        "Shelling on Masaken Hanano on Tuesday killed a man, bringing the number of "
        "dead in the district this month to 41.\n\n"
        "Government helicopters also dropped barrel bombs on the town of Anadan, "
        "wounding at least a dozen people."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 14))
    assert set(frame.date) == {"2016-10-11"}


def test_towns_told_after_a_provinces_toll_take_its_actor(gazetteer):
    text = (
        "At least 39 people were killed across Idlib Province on Monday in Russian and "
        "regime airstrikes, according to activists.\n\n"
        "The worst attack was on the town of Kafr Nabl, where 13 people died when "
        "missiles hit a bakery. Another 9 were killed in Maarat al-Numan and 7 in Khan "
        "Shaykhun."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 2, 16))
    actors = dict(zip(frame.place_text, frame.actor, strict=True))
    assert actors["Kafr Nabl"] == actors["Khan Shaykhun"] == "Russia/regime"
    # some of the province's dead, told town by town: its toll stands
    assert 39 in set(frame.killed)


def test_fighting_that_went_on_is_of_the_storys_time_not_of_background(gazetteer):
    text = (
        "Syrian troops recaptured the ancient city of Palmyra on Sunday.\n\n"
        "IS first seized Palmyra in May 2015 and destroyed several of its temples.\n\n"
        "Elsewhere, clashes continued in the Latakia countryside, where regime forces "
        "advanced near the town of Salma."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 3, 28))
    assert frame[frame.place_text == "Salma"].date.iloc[0] == "2016-03-28"


def test_a_convoy_due_to_enter_is_no_event(gazetteer):
    text = (
        "A UN convoy was due to enter Madaya on Monday, along with Foua and Kefraya, "
        "which are besieged by rebels."
    )
    assert _extract(gazetteer, text, dt.date(2016, 1, 11)).empty
    # what was closed due to shelling still happened
    text = "The hospital in Kafr Nabl was closed due to shelling on Monday."
    assert not _extract(gazetteer, text, dt.date(2016, 1, 11)).empty


def test_more_dead_since_a_weekday_beside_a_running_total(gazetteer):
    text = (
        "Doctors in Madaya say three more people have died of starvation since "
        "Friday, bringing the toll this month to 28."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 1, 11)).itertuples()
    assert (row.killed, row.date) == (3, "2016-01-11")  # not 28, not "this month"


def test_the_raids_told_again_where_take_no_claim_told_after_them(gazetteer):
    text = (
        "At least 44 people were killed on Wednesday when Russian jets bombed the city "
        "of Deir Ezzor, activists said.\n\n"
        "The raids hit a market and a mosque in the al-Jubaila district. State news "
        "agency SANA said the army had eliminated dozens of terrorists in the city and "
        "its countryside."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 1, 28))
    main = frame[frame.killed == 44]
    assert list(main.place_text) == ["al-Jubaila"] and main.actor.iloc[0] == "Russia"


def test_a_part_of_the_countrys_toll_at_a_governorates_city_is_the_governorates(
    gazetteer,
):
    text = "The LCC said 87 people were killed across Syria on Sunday, 41 of them in Idlib."
    frame = _extract(gazetteer, text, dt.date(2016, 1, 11))
    part = frame[frame.killed == 41].iloc[0]
    assert (part.admin1, part.geo_precision) == ("Idleb", 3)
    # the city, where the text says so
    text = (
        "The LCC said 87 people were killed across Syria on Sunday, 41 of them in "
        "Aleppo city."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 1, 11))
    assert frame[frame.killed == 41].geo_precision.iloc[0] == 1


def test_a_battles_toll_over_months_is_no_event(gazetteer):
    text = (
        "The battle for Manbij, which began in early June, killed more than 400 "
        "civilians, according to the Syrian Observatory."
    )
    assert _extract(gazetteer, text, dt.date(2016, 8, 13)).empty


def test_fighting_positions_hit_are_no_fighting(gazetteer):
    text = (
        "The coalition carried out 9 strikes near Manbij on Thursday, destroying 4 "
        "ISIL fighting positions and 3 vehicles."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 8, 13)).itertuples()
    assert (row.event_type, row.actor) == ("airstrike", "US-led coalition")


def test_an_update_tells_the_number_killed_as_it_grew(gazetteer):
    text = (
        "Russian and regime warplanes launched more than 40 airstrikes on Sunday, "
        "killing 6 civilians in Latamneh and 4 in Kafr Zita, activists said.\n\n"
        "UPDATE 1315 GMT: The Syrian Observatory says the number of civilians killed in "
        "Latamneh has risen to 9."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 12))
    latamneh = frame[frame.place_text == "Latamneh"]
    assert len(latamneh) == 1  # one event, its toll told as it grew
    row = latamneh.iloc[0]
    assert (row.killed, row.killed_low, row.date) == (9, 6, "2016-09-11")


def test_an_unidentified_warplane_takes_no_hand_from_the_strike_before(gazetteer):
    text = (
        "Idlib:\n\n"
        "- Russian warplanes fired missiles at Kafr Takharim town, killing 7 civilians.\n"
        "- An unidentified warplane targeted the town of Ariha, killing 2 civilians.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 15))
    actors = dict(zip(frame.place_text, frame.actor, strict=True))
    assert actors["Kafr Takharim"] == "Russia" and pd.isna(actors["Ariha"])


def test_how_near_a_force_came_is_not_where_it_took_ground(gazetteer):
    text = (
        "Turkish-backed rebels are within 2 km of the Islamic State-held city of al-Bab "
        "after taking the villages of Qabasin and Kaljibrin on Sunday."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 14))
    assert set(frame.place_text) == {"Qabasin", "Kaljibrin"}


def test_an_areas_toll_with_parts_keeps_the_whole_as_their_governorates(gazetteer):
    text = (
        "At least 21 people were killed in the area on Saturday, according to "
        "activists, including 8 in Saqba and 5 in Kafr Batna."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 2, 21))
    tolls = {(r.place_text or r.place, int(r.killed)) for r in frame.itertuples()}
    assert tolls == {("Rural Damascus", 21), ("Saqba", 8), ("Kafr Batna", 5)}
    assert frame[frame.killed == 21].geo_precision.iloc[0] == 3


def test_the_clause_that_tells_what_happened_names_its_actor(gazetteer):
    text = (
        "The government blames rebels for contaminating the spring in Wadi Barada "
        "with diesel; the rebels say regime airstrikes destroyed the pumping station "
        "on December 23."
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 1, 8)).itertuples()
    assert (row.actor, row.event_type) == ("regime", "airstrike")


def test_a_day_a_paragraph_opens_with_dates_what_it_goes_on_to_tell(gazetteer):
    text = (
        "On Tuesday, the regime's barrel bombs fell on Daraya and Moadamiya. Activists "
        "counted 7 dead in Daraya; there was no word on casualties in Moadamiya.\n\n"
        "On Wednesday, attention turned to the Eastern Ghouta. Regime forces advanced "
        "on the Marj area after heavy shelling, taking the villages of Bala and "
        "Zebdin. Jaysh al-Islam said it lost 14 fighters in the fighting."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 25)).set_index("place_text")
    # Wednesday, the paragraph's day; ground taken, the shelling told to say how;
    # the 14 dead are of that fighting, not of Tuesday's bombs on Moadamiya
    assert frame.loc["Bala", "date"] == "2016-09-21"
    assert frame.loc["Bala", "event_type"] == "territory change"
    assert frame.loc["Bala", "killed"] == 14
    assert pd.isna(frame.loc["Moadamiya", "killed"])


def test_since_an_offensive_began_says_when_not_what_happened(gazetteer):
    text = (
        "Since the offensive to isolate Raqqa began in November, the SDF has taken "
        "more than 2,000 square kilometres from IS."
    )
    assert _extract(gazetteer, text, dt.date(2017, 3, 21)).empty


def test_a_local_outlet_tells_of_its_governorate(gazetteer):
    text = (
        "Aleppo News: Destruction of al-Merjeh neighborhood as a result of bombing by "
        "Russian warplanes"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 1, 28)).itertuples()
    assert (row.place, row.admin1) == ("Marjeh", "Aleppo")
    # by another outlet, a loose spelling with nothing around it stays unresolved
    other = text.replace("Aleppo News", "Orient News")
    (row,) = _extract(gazetteer, other, dt.date(2016, 1, 28)).itertuples()
    assert pd.isna(row.lat)


def test_a_leads_toll_of_a_target_told_again_at_its_place_is_one_incident(gazetteer):
    text = (
        "The United Nations suspended all aid convoys in Syria on Tuesday after an "
        "attack on a convoy near Aleppo killed about 20 civilians and a Syrian Arab "
        "Red Crescent staff member.\n\n"
        "The convoy was struck on Monday evening as it unloaded at a warehouse in the "
        "rebel-held town of Urem al-Kubra, west of Aleppo city.\n\n"
        "Russia's Defense Ministry denied that its aircraft had carried out the "
        "strike.\n\n"
        '"There were no Russian air strikes on the aid convoy," a spokesman said.\n\n'
        "The Syrian Observatory for Human Rights said 12 aid workers and drivers were "
        "among the dead.\n\n"
        "Also on Monday, a barrel bomb struck a field hospital in the town of Khan "
        "Touman, wounding five medics."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 20))
    tolls = {r.place_text: (r.date, r.killed) for r in frame.itertuples()}
    # one convoy incident, at its town, of its day, with the lead's toll; the part
    # of the dead told after the denial is not the hospital's
    assert tolls["Urem al-Kubra"] == ("2016-09-19", 21)
    assert pd.isna(tolls["Khan Touman"][1])
    assert len(frame) == 2


def test_an_aircraft_downed_in_a_list_is_no_air_strike(gazetteer):
    text = (
        "Rebels have shot down several regime aircraft this year, including a MiG-21 "
        "over Kafr Nabl in March, and a helicopter near Saraqeb in August that killed "
        "five Russians on board."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 14))
    assert set(frame.event_type) == {"attack"}


def test_a_live_blog_update_of_a_story_about_a_city(gazetteer):
    text = (
        "Aleppo live: Evacuation halted as shelling resumes\n\n"
        "15:05 GMT - The ICRC says the first convoy of wounded reached Khan al-Asal."
        "\n\n09:15 GMT - Yesterday, an air strike on the Ansari district killed eight "
        "members of one family."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 16))
    # a convoy of wounded reaching a town is no attack; the Ansari of the story's
    # city, not Damascus's
    assert list(zip(frame.place, frame.admin1, strict=True)) == [
        ("Al-Ansari", "Aleppo")
    ]


def test_a_bomb_defused_is_no_incident(gazetteer):
    frame = _extract(
        gazetteer, "A car packed with explosives was defused near the Azaz hospital."
    )
    assert frame.empty
    # one that went off beside it is
    frame = _extract(
        gazetteer,
        "A car bomb killed 5 people in Azaz, and a second bomb was defused nearby.",
    )
    assert list(frame.killed) == [5]


def test_a_regions_lead_is_the_fight_told_at_its_village(gazetteer):
    text = (
        "Fighters of the Southern Front clashed on Tuesday with the Islamic State-"
        "affiliated Jaish Khalid bin al-Walid in the Yarmouk Basin, rebel sources "
        "said.\n\n"
        "At least nine rebels and seven militants were killed in fighting around the "
        "village of Tasil, the sources said."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 23)).itertuples()
    assert (row.place_text, row.killed, row.actor) == ("Tasil", 16, "rebels")


def test_a_narrative_told_night_by_night(gazetteer):
    text = (
        "On the morning of 12 December, pro-government forces broke through the last "
        "rebel lines in Sheikh Saeed.\n\n"
        "That night, residents said, militiamen went house to house in Bustan "
        "al-Qasr, shooting at least 11 men in front of their families.\n\n"
        "The next morning, a shell hit a crowd at the Sukkari roundabout, killing "
        "nine."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 24))
    got = {r.place_text: (r.date, r.event_type) for r in frame.itertuples()}
    assert got == {
        "Sheikh Saeed": ("2016-12-12", "armed clash"),
        "Bustan al-Qasr": ("2016-12-12", "attack"),
        "Sukkari": ("2016-12-13", "shelling"),
    }


def test_a_story_filed_from_the_town_its_headline_names(gazetteer):
    text = (
        "'The sky rained fire': survivors recall the Saraqeb market strike\n\n"
        "SARAQEB, Syria — Mohammed al-Hussein was selling tomatoes when the first "
        "missile hit.\n\n"
        '"I heard the plane," he said, speaking by phone from a hospital in Bab '
        'al-Hawa. "My cousin and my neighbour\'s two boys died next to me."\n\n'
        "Local medics said 14 people were killed in Sunday's strike on the town's "
        "vegetable market.\n\n"
        "Saraqeb was also hit on Friday, when a barrel bomb destroyed a school."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 11))
    got = sorted(
        (r.date, r.place_text, None if pd.isna(r.killed) else int(r.killed))
        for r in frame.itertuples()
    )
    # the market's dead at the town the story is filed from (a place named in a
    # quote before them is where the survivor is treated); the survivor's own dead
    # are of that strike, not of Friday's
    assert got == [("2016-10-07", "Saraqeb", None), ("2016-10-09", "Saraqeb", 14)]


def test_who_holds_what_is_no_incident(gazetteer):
    text = (
        "Rebel groups, the strongest of them Hayat Tahrir al-Sham, control most of "
        "Idlib province, as well as pockets in the Eastern Ghouta, Daraa and "
        "Quneitra.\n\n"
        "Islamic State still holds Raqqa, most of Deir ez-Zor province and the desert "
        "around Palmyra, which it recaptured in December."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 3, 1))
    # the one deed told: Palmyra retaken
    assert list(frame.place_text) == ["Palmyra"]
    assert list(frame.date) == ["2016-12-01"]


def test_a_strip_held_is_no_ground_taken_now(gazetteer):
    text = (
        "Turkey and its rebel allies control a strip of land between Azaz, Jarablus "
        "and al-Bab, which they took from IS in February after a months-long battle."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 3, 1))
    # what they hold now is no event; what they took, in February, is
    assert set(frame.date) <= {"2017-02-01"}


def test_what_has_been_done_so_often_is_no_event(gazetteer):
    text = (
        "Hospitals have been bombed so often that doctors in Idlib now work "
        "underground."
    )
    assert _extract(gazetteer, text, dt.date(2016, 12, 20)).empty
    # a deed told beside it still is
    more = text + " On Monday, a strike on a clinic in Saraqeb killed three."
    frame = _extract(gazetteer, more, dt.date(2016, 12, 20))
    assert list(frame.place_text) == ["Saraqeb"]


def test_a_un_envoys_warning_with_the_days_dead_beside_it(gazetteer):
    text = (
        "U.N. Syria envoy Staffan de Mistura warned on Thursday that eastern Aleppo "
        "could be totally destroyed by the end of the year, as air strikes killed at "
        "least 40 people in the besieged rebel enclave.\n\n"
        "The Syrian Observatory said strikes on the Bustan al-Qasr district killed at "
        "least 25 people, while rebel shelling of the government-held Hamdaniyeh "
        "district killed four.\n\n"
        "In Geneva, Russian Foreign Minister Sergei Lavrov met U.S. Secretary of "
        "State John Kerry, but the talks ended without agreement."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 6))
    got = {
        r.place_text: (int(r.killed), r.actor if isinstance(r.actor, str) else None)
        for r in frame.itertuples()
    }
    # the dead told beside a fear stand; the rebels shelled Hamdaniyeh, not Bustan
    # al-Qasr; talks abroad are no incident
    assert got == {
        "Aleppo": (40, None),
        "Bustan al-Qasr": (25, None),
        "Hamdaniyeh": (4, "rebels"),
    }


def test_the_air_war_told_after_a_strike_names_its_doer(gazetteer):
    text = (
        "Air strikes on the town of Atareb killed nine people on Tuesday.\n\n"
        "The strikes hit a market street in the town centre.\n\n"
        "Russian and Syrian government warplanes have intensified their raids on the "
        "western Aleppo countryside in recent days."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 2)).itertuples()
    assert (row.killed, row.actor) == (9, "Russia/regime")
    # a sentence told later, past another paragraph, names no doer of it
    far = text.replace("\n\nRussian", "\n\nThe UN said it was alarmed.\n\nRussian")
    (row,) = _extract(gazetteer, far, dt.date(2016, 11, 2)).itertuples()
    assert pd.isna(row.actor)


def test_turkeys_forces_fought_along_its_border(gazetteer):
    text = "Turkish artillery shelled villages in Shahba on Monday, wounding four."
    (row,) = _extract(gazetteer, text, dt.date(2018, 3, 20)).itertuples()
    # the Shahba region north of Aleppo, not the town of Shahba in Sweida
    assert (row.place, row.admin1) == ("Shahba", "Aleppo")


def test_a_later_clauses_means_are_not_an_earlier_clauses(gazetteer):
    text = (
        "Three more people died in Inkhil, and a woman was killed by a sniper in the "
        "Daraa al-Balad district of the city."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 6, 11))
    got = {r.place_text: r.event_type for r in frame.itertuples()}
    assert got == {"Inkhil": "attack", "Daraa al-Balad": "sniper"}


@pytest.mark.parametrize(
    ("text", "place_text", "actor"),
    [
        # who took the ground a side lost
        (
            "Rebels lost the village of Sheikh Najjar to government forces on Tuesday.",
            "Sheikh Najjar",
            "regime",
        ),
        (
            "IS fighters re-entered Palmyra on Sunday as troops fled.",
            "Palmyra",
            "Islamic State",
        ),
        ("Rebels pulled out of the Old City of Homs under the deal.", "Old City", None),
    ],
)
def test_ground_lost_retaken_and_given_up(gazetteer, text, place_text, actor):
    (row,) = _extract(gazetteer, text, dt.date(2016, 12, 14)).itertuples()
    assert (row.place_text, row.event_type) == (place_text, "territory change")
    assert (row.actor if isinstance(row.actor, str) else None) == actor


def test_machine_gun_fire_takes_no_air_strike_told_before(gazetteer):
    text = (
        "Regime warplanes carried out 4 airstrikes on the town of Hammouriyah.\n\n"
        "In Hama countryside, the regime forces targeted with heavy machine guns areas "
        "in the town of Kafrzita."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 11, 20))
    got = {r.place_text: r.event_type for r in frame.itertuples()}
    assert got["Kafrzita"] == "attack"


def test_a_monitors_risen_toll_told_town_by_town(gazetteer):
    text = (
        "The Syrian Observatory for Human Rights documented the death of a man from "
        "Kafr Batna city, who was killed by the shelling of the regime forces on the "
        "city, and thereby the number of people who were killed in the shelling on "
        "the Eastern Ghouta today rose to 7, they are 3 in Douma, 2 in Kafr Batna, a "
        "child in Harasta and a woman in Saqba."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 11, 20))
    got = {r.place_text: int(r.killed) for r in frame.itertuples()}
    # the seven, each part at its town, once
    assert got == {"Douma": 3, "Kafr Batna": 2, "Harasta": 1, "Saqba": 1}


def test_the_when_clause_that_tells_the_deed_names_its_actor(gazetteer):
    text = (
        "Syrian government forces have been trying to recapture the area since the "
        "opposition's offensive in late August, when rebels seized Halfaya."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 25)).itertuples()
    assert (row.place_text, row.actor, row.event_type) == (
        "Halfaya",
        "rebels",
        "territory change",
    )


def test_whom_a_faction_blames_after_a_bombing_did_it(gazetteer):
    text = (
        "A car bomb exploded near a mosque in the town of Azaz on Saturday, killing at "
        "least 43 people. The Turkish-backed rebel faction controlling the town blamed "
        "Islamic State."
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 1, 8)).itertuples()
    assert (row.actor, row.killed) == ("Islamic State", 43)


def test_the_city_just_told_takes_the_first_toll_the_town_named_after_the_rest(
    gazetteer,
):
    text = (
        "Rebels said they had broken the siege of Aleppo city on Saturday.\n\n"
        "At least 20 civilians were killed in bombing on rebel-held areas of the city "
        "on Saturday, and another 15 in the nearby countryside, including in the town "
        "of Atareb, the monitor said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 8, 7))
    tolled = frame[frame.killed.notna()]
    assert sorted(zip(tolled.place_text, tolled.killed, strict=True)) == [
        ("Aleppo", 20),
        ("Atareb", 15),
    ]


def test_two_districts_told_together_are_the_same_citys(gazetteer):
    text = "Airstrikes have hit the al-Marjeh and al-Sukkari districts."
    frame = _extract(gazetteer, text, dt.date(2016, 9, 20))
    assert set(frame.admin1) == {"Aleppo"}


def test_a_quarter_of_deir_ezzor_that_ocha_joins_to_another(gazetteer):
    text = (
        "In Deir ez-Zor, Islamic State militants shelled the government-held al-Joura "
        "district, killing two people, state media said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 22))
    assert list(frame.place_id) == ["ocha:N0413"] and list(frame.killed) == [2]


def test_what_was_hit_again_named_by_a_pronoun_is_another_attack(gazetteer):
    text = (
        "On 28 September, two bombs struck the al-Sakhour hospital, killing at least "
        "two patients. It was hit again on 1 October."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 4))
    assert sorted(frame.date) == ["2016-09-28", "2016-10-01"]
    assert set(frame.target) == {"hospital"}


def test_a_count_of_attacks_between_two_days_is_no_event(gazetteer):
    text = (
        "Amnesty International documented at least six attacks on medical facilities "
        "in eastern Aleppo between 19 and 29 September."
    )
    assert _extract(gazetteer, text, dt.date(2016, 10, 4)).empty
    # a count of strikes of one day is one
    text = "Activists recorded 5 strikes on Douma on Monday."
    assert len(_extract(gazetteer, text, dt.date(2016, 10, 4))) == 1


def test_a_photos_month_yields_to_the_storys_day(gazetteer):
    text = (
        "Regime helicopters dropped barrel bombs on Daraya on Thursday, killing two "
        "women.\n\n"
        "Photo: Smoke rises over Daraya after a barrel bomb attack, May 2016"
    )
    frame = _extract(gazetteer, text, dt.date(2016, 5, 20))
    assert list(frame.date) == ["2016-05-19"]


def test_the_same_building_struck_again_is_where_the_last_incident_was(gazetteer):
    text = (
        "A Civil Defence centre in the Ansari neighbourhood of eastern Aleppo was hit "
        "by air strikes on Thursday night, killing three volunteers.\n\n"
        "The same centre was struck last Friday, when a rescuer was killed.\n\n"
        "Regime forces and rebels continued to fight for control of the Ramouseh "
        "artillery base."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 8, 12))
    ansari = frame[frame.place_text == "Ansari"]
    assert sorted(zip(ansari.date, ansari.killed, strict=True)) == [
        ("2016-08-05", 1),
        ("2016-08-11", 3),
    ]


def test_a_day_weeks_before_told_in_a_paragraph_before_is_background(gazetteer):
    text = (
        "Pro-Assad forces entered the Wadi Barada valley on Sunday.\n\n"
        "The regime and Hezbollah launched the offensive on December 23, saying rebels "
        "had poisoned the water supply.\n\n"
        "In Deir ez-Zor in the east, Islamic State continued its assault on the regime "
        "enclave, seizing part of the Panorama area. Syrian and Russian jets responded "
        "with strikes that killed at least 12 IS fighters."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 1, 29))
    assert set(frame[frame.admin1 == "Deir-ez-Zor"].date) == {"2017-01-29"}


def test_a_death_posted_in_an_update_is_neither_a_convoy_nor_an_older_death(
    gazetteer,
):
    text = (
        "UPDATE 1130 GMT: A 16-year-old boy has died of starvation in Madaya.\n\n"
        "ORIGINAL ENTRY: A UN convoy entered Madaya on Thursday, bringing food.\n\n"
        "A sniper shot a woman dead on Wednesday as she tried to collect grass near "
        "the checkpoint on the edge of Madaya."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 1, 15))
    got = sorted(zip(frame.date, frame.killed.fillna(-1), strict=True))
    assert got == [("2016-01-13", 1), ("2016-01-14", -1), ("2016-01-15", 1)]


def test_countries_blamed_are_no_villages(gazetteer):
    text = (
        "Seven explosions ripped through Jableh on Monday, killing 100 people. The "
        "foreign ministry blamed Saudi Arabia, Turkey and Qatar for the attacks."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 5, 23))
    assert set(frame.admin1) == {"Lattakia"}


def test_the_wounded_who_died_elsewhere_raise_the_toll_where_they_were_hit(gazetteer):
    text = (
        "Twenty-two children and six teachers were killed on Wednesday when "
        "warplanes bombed a school complex in the village of Hass.\n\n"
        "A further 35 people were reported wounded.\n\n"
        "Two of the injured later died of their wounds in a hospital in Maarat "
        "al-Numan, raising the toll to 30."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 27))
    assert list(zip(frame.place_text, frame.killed, strict=True)) == [("Hass", 30)]


def test_the_wounded_of_an_event_told_again_are_its_own(gazetteer):
    text = (
        "A car bomb exploded at a checkpoint near the town of Azaz on Saturday, "
        "killing at least eight people.\n\n"
        "The blast near the Bab al-Salameh border crossing with Turkey also wounded "
        "more than 20 people."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 1, 7))
    assert list(zip(frame.killed, frame.injured, strict=True)) == [(8, 20)]


def test_an_event_compared_with_the_year_is_told_again_not_again(gazetteer):
    text = (
        "Syrian government jets bombed a crowded market in the town of Douma on "
        "Sunday, killing at least 70 people.\n\n"
        "The attack was one of the deadliest in the Eastern Ghouta area this year."
    )
    frame = _extract(gazetteer, text, dt.date(2015, 8, 16))
    assert list(frame.place_text) == ["Douma"]


def test_a_toll_told_of_the_assault_is_the_assaults(gazetteer):
    text = (
        "The army liberated the hilltop of Tal al-Nabi Younes in northern Latakia on "
        "Tuesday.\n\n"
        "At least 30 jihadists were killed during the assault, while several vehicles "
        "were destroyed by the Syrian Arab Air Force.\n\n"
        "Meanwhile, the Russian Air Force carried out 20 airstrikes on positions in "
        "Jisr al-Shughur."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 1, 19))
    assert frame.set_index("admin1").killed.to_dict() == {"Lattakia": 30, "Idleb": None}


def test_a_towns_part_of_a_toll_told_for_a_list(gazetteer):
    text = (
        "On Monday, airstrikes hit the towns of Hamouria, Saqba and Kafr Batna, "
        "killing 17 civilians. Nine of the dead were in Hamouria."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 11, 14))
    assert int(frame.killed.sum()) == 17
    assert frame.set_index("place_text").killed["Hamouria"] == 9


def test_the_district_is_the_one_the_sentence_before_named(gazetteer):
    text = (
        "Rebels took Maardes and Khattab on Wednesday. Elsewhere, the UN said it could "
        "not deliver aid to the besieged district of al-Waer in Homs. Regime forces "
        "shelled the district on Wednesday, killing two people."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 8, 31))
    assert frame.set_index("place_text").killed.dropna().to_dict() == {"al-Waer": 2}


def test_a_days_toll_goes_to_no_event_of_another_month(gazetteer):
    text = (
        "Islamic State fighters entered Palmyra on Saturday night.\n\n"
        "Russian warplanes carried out 64 strikes on IS positions overnight.\n\n"
        "Regime forces withdrew to the south of the city. At least 30 soldiers were "
        "killed in the fighting on Saturday.\n\n"
        "IS first captured Palmyra in May 2015."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 11))
    assert frame.set_index("date").killed.dropna().to_dict() == {"2016-12-10": 30}


def test_a_claim_two_paragraphs_after_the_attack_names_its_actor(gazetteer):
    text = (
        "Two car bombs exploded in the al-Zahraa district of Homs on Sunday, killing "
        "at least 40 people.\n\n"
        "The Syrian Observatory for Human Rights said the death toll was at least 46.\n\n"
        "Islamic State claimed responsibility for the attack in a statement."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 2, 21))
    assert list(frame.actor) == ["Islamic State"]


def test_one_more_attacker_is_no_second_event(gazetteer):
    text = (
        "Seven explosions ripped through Jableh and Tartous on Monday, killing at "
        "least 148 people.\n\n"
        "In Jableh, two bombers blew themselves up at the bus station and a third "
        "detonated a car bomb outside the hospital, killing 100 people.\n\n"
        "In Tartous, a car bomb exploded at the bus station, killing 48."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 5, 23))
    assert sorted(zip(frame.place_text, frame.killed, strict=True)) == [
        ("Jableh", 100),
        ("Tartous", 48),
    ]


def test_soldiers_killed_near_the_city_are_no_toll_of_their_sides_strikes(gazetteer):
    text = (
        "Turkey-backed rebels have entered the Islamic State-held city of al-Bab.\n\n"
        "The General Staff said that Turkish jets had struck 51 IS targets around "
        "al-Bab, Tadef, Qabasin and Bzaah on Thursday.\n\n"
        "Two Turkish soldiers were killed and 15 wounded in IS attacks near the city, "
        "the General Staff said."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 2, 9))
    strikes = frame[(frame.actor == "Turkey") & (frame.event_type == "airstrike")]
    assert len(strikes) and strikes.killed.isna().all()
    assert set(frame.dropna(subset=["killed"]).place) == {"Al Bāb"}


def test_who_is_blamed_for_backing_the_attackers_did_not_attack(gazetteer):
    text = (
        "Seven explosions ripped through Tartous on Monday, killing 48 people.\n\n"
        "The foreign ministry called the attacks a dangerous escalation and blamed "
        "Saudi Arabia, Turkey and Qatar for supporting the militants."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 5, 23))
    assert list(frame.actor.fillna("")) == [""]


def test_a_provinces_toll_told_town_by_town_and_a_citys_in_parts(gazetteer):
    text = (
        "At least 23 people were killed across Idlib Province on Thursday, including "
        "nine in Idlib city, as Russian jets carried out dozens of strikes.\n\n"
        "In Idlib city, a strike hit a residential building, killing a family of "
        "seven. Two other people died in the Hay al-Qusour neighbourhood.\n\n"
        "Five people were killed in Saraqeb and four in Binnish. Another five died in "
        "Ariha."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 3, 11))
    assert int(frame.killed.sum()) == 23
    assert set(frame.actor) == {"Russia"}
    quarter = frame[frame.place_text == "Hay al-Qusour"]
    assert list(zip(quarter.place, quarter.geo_precision, strict=True)) == [
        ("Idlib", 2)
    ]
    # a quarter named with no "Hay", the word after it saying what it is
    frame = _extract(
        gazetteer,
        "The UN said the situation in Aleppo had descended into hell. It said 16 "
        "civilians were killed on Tuesday in the Jub al-Quba neighbourhood.",
    )
    assert list(zip(frame.place, frame.geo_precision, strict=True)) == [("Aleppo", 2)]


def test_the_day_a_deed_was_told_yields_to_the_day_it_was_done(gazetteer):
    text = (
        "Kurdish-led forces said on Friday they had foiled an attempt by Islamic "
        "State militants to storm a prison in the city of Hasakah.\n\n"
        "The SDF said three attackers were killed in the clashes outside the "
        "Ghweiran prison late on Thursday."
    )
    frame = _extract(gazetteer, text, dt.date(2019, 6, 14))
    assert list(zip(frame.date, frame.killed, strict=True)) == [("2019-06-13", 3)]


def test_where_the_fighting_was_places_an_event_told_abroad(gazetteer):
    text = (
        "At least eight Hezbollah fighters were killed on Sunday in clashes with "
        "Jabhat Fateh al-Sham near Arsal, on the Lebanese border.\n\n"
        "The fighting was on the Syrian side of the border, in the Qalamoun mountains, "
        "where Hezbollah has fought alongside regime forces since 2013."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 7))
    assert list(zip(frame.place, frame.killed, strict=True)) == [("Qalamoun", 8)]


def test_a_citys_attack_told_where_it_hit(gazetteer):
    text = (
        "Rebels responded with mortar fire on Damascus. State news agency SANA said "
        "four people were killed and 17 wounded when shells hit the Bab Touma, Qassaa "
        "and Abbasiyyin areas.\n\n"
        "A doctor in Douma said that the town's main hospital had received 45 wounded "
        "since Wednesday."
    )
    frame = _extract(gazetteer, text, dt.date(2018, 2, 9))
    # (Qassaa, now known as Al Qusa', is the list's other quarter, with no toll)
    assert list(zip(frame.place, frame.killed, frame.injured, strict=True)) == [
        ("Bab Touma", 4, 17),
        ("Al Qusa'", pd.NA, pd.NA),
    ]


def test_an_item_of_a_list_by_governorate_names_the_governorate(gazetteer):
    text = (
        "The Syrian Network for Human Rights documented the killing of 41 civilians "
        "on Friday, distributed as follows:\n\n"
        "- Aleppo: 19, in the Bustan al-Qasr neighbourhood.\n"
        "- Hama: 4.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2016, 5, 7))
    hama = frame[frame.place_text == "Hama"]
    assert list(zip(hama.geo_precision, hama.killed, strict=True)) == [(3, 4)]


def test_a_later_update_above_tells_more_dead_of_the_same_attack(gazetteer):
    text = (
        "UPDATE 2030 GMT: Medics say six people, including three children, have died "
        "after the chlorine attack on Sarmin.\n\n"
        "UPDATE 1700 GMT: Doctors in Sarmin say at least four people have died of "
        "suffocation after regime helicopters dropped barrel bombs containing chlorine "
        "on the town on Monday night."
    )
    frame = _extract(gazetteer, text, dt.date(2015, 3, 17))
    got = frame[["date", "killed", "killed_low"]].astype(str).values.tolist()
    assert got == [["2015-03-16", "6", "4"]]


def test_a_headlines_quarter_retells_the_story_told_beside_it(gazetteer):
    text = (
        "Syria Daily: Dozens Killed in Strikes on Aleppo's Old City\n\n"
        "Rescuers say at least 18 people were killed when barrel bombs hit the Bab "
        "al-Nairab district of the Old City this morning."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert list(zip(frame.place, frame.killed, strict=True)) == [("Bab al-Nairab", 18)]


def test_a_month_years_before_told_in_a_paragraph_before_dates_nothing_after(gazetteer):
    text = (
        "Pro-Assad forces captured the Abu Dhuhur airbase on Saturday.\n\n"
        "The regime had lost the base in September 2015, when rebels overran it.\n\n"
        "Russian airstrikes on the nearby town of Sinjar killed five civilians."
    )
    frame = _extract(gazetteer, text, dt.date(2018, 1, 21))
    assert frame.set_index("place_text").date["Sinjar"] == "2018-01-21"


def test_the_eastern_districts_of_the_city_the_headline_names(gazetteer):
    text = (
        "Rebels shell Aleppo's government-held districts as ceasefire frays\n\n"
        "Rebel shelling of government-held western Aleppo killed at least 15 people on "
        "Friday, state media said.\n\n"
        "Rebels said they were responding to government airstrikes on the eastern "
        "districts, where at least eight people were killed on Thursday."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 30))
    east = frame[frame.date == "2016-09-29"]
    assert list(zip(east.place, east.geo_precision, east.actor, strict=True)) == [
        ("Aleppo", 2, "regime")
    ]


def test_the_edge_of_the_town_the_story_is_about(gazetteer):
    text = (
        "Residents of the besieged town of Madaya say they are surviving on boiled "
        "leaves.\n\n"
        "A UN convoy was due to enter the town on Monday, along with Foua and "
        "Kefraya in Idlib Province.\n\n"
        "Activists said a 10-year-old boy was shot dead by a Hezbollah sniper on "
        "Saturday as he tried to collect grass on the edge of the town."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 1, 10))
    dead = frame.dropna(subset=["killed"])
    assert list(zip(dead.place, dead.killed, strict=True)) == [("Medaya", 1)]


def test_an_offensives_dead_go_to_it_not_to_a_place_named_nowhere(gazetteer):
    text = (
        "Islamic State launched a major offensive on Deir ez-Zor city on Saturday, "
        "with suicide bombers and car bombs striking positions near the airport.\n\n"
        "At least 35 regime soldiers and 20 IS fighters were killed in the first day "
        "of fighting. The jihadists captured the Tharda mountain overlooking the "
        "airbase."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 1, 15))
    dead = frame.dropna(subset=["killed"])
    assert list(zip(dead.place_text, dead.killed, strict=True)) == [("Deir ez-Zor", 55)]


def test_a_week_told_of_another_deed_does_not_date_the_event(gazetteer):
    text = (
        "The Syrian Democratic Forces have entered the city of Tabqa, after "
        "surrounding it last week, a US military spokesman said on Monday."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 5, 1))
    assert list(frame.date) == ["2017-05-01"]


def test_a_joint_toll_told_after_its_parts_is_told_again(gazetteer):
    text = (
        "Four explosions hit Jableh on Monday morning. The Syrian Observatory said 100 "
        "people were killed in Jableh.\n\n"
        "In Tartus, 48 people were killed when a car bomb exploded at a bus station.\n\n"
        "Timeline of major attacks\n"
        "- 23 May: Jableh and Tartus bombings kill 148.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 5, 24))
    assert sorted(zip(rows.place, rows.killed, strict=True)) == [
        ("Jablah", 100),
        ("Tartus", 48),
    ]


def test_a_summary_s_toll_at_the_city_is_the_quarter_s_told_before(gazetteer):
    text = (
        "Syria live\n\n"
        "1.20pm BST\n"
        "Rebels have fired rockets at the government-held western districts of Aleppo, "
        "killing three people in the New Aleppo area, according to state news agency "
        "Sana.\n\n"
        "2.45pm BST\n"
        "Summary\n"
        "- Rebel shelling kills three in western Aleppo.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 10, 1))
    assert list(zip(rows.place, rows.killed, strict=True)) == [("New Aleppo", 3)]
    # an outlet named after what it is, no village spelled like it
    assert "`Assan" not in set(rows.place)


def test_a_twelve_hour_update_time_is_on_the_24_hour_clock(gazetteer):
    text = "Syria live\n\n1.20pm BST\nShells killed three people in Douma.\n"
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 1)).itertuples()
    assert row.update_time == "1320 BST"


def test_a_warning_in_a_later_clause_hedges_nothing(gazetteer):
    text = (
        "A truck bomb killed at least 44 people in Qamishli on Wednesday.\n\n"
        "Kurdish officials said more than 140 people were wounded in the blast, which "
        "was followed by a second explosion, and warned that the death toll was likely "
        "to rise.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 7, 27)).itertuples()
    assert (row.killed, row.injured) == (44, 140)


def test_an_event_told_to_say_when_is_not_the_sentence_s(gazetteer):
    text = (
        "Hours after the bombing, regime troops fired on protesters in Daraa, wounding "
        "two, activists said."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.event_type == "attack"


def test_another_side_s_toll_on_held_areas_is_another_incident(gazetteer):
    text = (
        "Aleppo hospital strike\n\n"
        "An air strike hit al-Quds hospital in Aleppo on Wednesday, killing 27 people.\n\n"
        "On Thursday, air strikes hit a clinic in the Marjeh district and killed two "
        "people, and shells fired by rebels on government-held districts killed 14, "
        "state media said.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 4, 29))
    thursday = rows[rows.date == "2016-04-28"]
    got = sorted(
        zip(
            thursday.place,
            thursday.geo_precision,
            thursday.killed,
            thursday.actor,
            strict=True,
        ),
        key=lambda t: t[2],
    )
    assert got[0][:3] == ("Marjeh", 1, 2) and pd.isna(got[0][3])
    assert got[1] == ("Aleppo", 2, 14, "rebels")


def test_the_taking_over_the_withdrawal_names_who_acted(gazetteer):
    text = (
        "Within hours, Turkey-backed Free Syrian Army fighters had taken the border "
        "town of Jarabulus from the Islamic State, meeting little resistance as the "
        "jihadists withdrew south towards al-Bab."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert (row.place_text, row.event_type, row.actor) == (
        "Jarabulus",
        "territory change",
        "rebels",
    )


def test_what_must_be_done_is_no_event(gazetteer):
    text = (
        "US Vice President Joe Biden, visiting Ankara on Wednesday, said the Kurdish "
        "militia must withdraw or lose American support."
    )
    assert _extract(gazetteer, text).empty


def test_a_capital_for_its_government_is_no_place(gazetteer):
    text = (
        "Syrian government warplanes struck Kurdish-held neighborhoods in the "
        "northeastern city of Hasakeh on Thursday, the first such attack by Damascus "
        "on Kurdish forces in five years of war."
    )
    assert list(_extract(gazetteer, text).place_text) == ["Hasakeh"]


def test_a_city_named_to_situate_a_town_of_its_rural_governorate_is_no_place(
    gazetteer,
):
    text = (
        "The first buses carrying rebel fighters and civilians left Daraya on Friday, "
        "under an agreement that hands the town southwest of Damascus back to the "
        "government."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 8, 26))
    assert list(zip(rows.place, rows.admin1, strict=True)) == [
        ("Darayya", "Rural Damascus")
    ]


def test_who_found_the_dead_did_not_kill_them(gazetteer):
    text = (
        "Syrian troops have found a mass grave containing the bodies of at least 40 "
        "people in Palmyra, a military source said on Friday, days after the army "
        "drove Islamic State fighters out of the ancient city."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 4, 2)).itertuples()
    assert (row.place, row.killed) == ("Palmyra", 40)
    assert pd.isna(row.actor)


def test_the_dead_of_the_battle_just_told_are_its_not_the_nation_s(gazetteer):
    text = (
        "Government forces recaptured Palmyra on Sunday after a three-week offensive. "
        "The Syrian Observatory for Human Rights said more than 400 IS fighters and "
        "188 government troops were killed in the battle."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 3, 28)).itertuples()
    assert (row.place, row.killed) == ("Palmyra", 588)


def test_there_is_the_subject_not_what_its_apposition_names(gazetteer):
    text = (
        "Regime helicopters dropped barrel bombs on Daraya on Monday, wounding 11.\n\n"
        "Daraya, a few kilometres from the Mezzeh military airport, was one of the "
        "first towns to rise against Assad. Hundreds of people were killed there in a "
        "massacre by government troops in August 2012."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 8, 26))
    old = rows[rows.date == "2012-08-01"]
    assert list(zip(old.place, old.event_type, old.actor, strict=True)) == [
        ("Darayya", "attack", "regime")
    ]
    assert old.killed.iloc[0] >= 100


def test_villages_told_by_where_they_lie_are_the_places(gazetteer):
    text = (
        "On Sunday, Turkish air strikes killed at least 35 civilians in two villages "
        "south of Jarabulus, Jeb al-Kussa and al-Amarneh, the Observatory said."
    )
    rows = _extract(gazetteer, text)
    assert "Jarābulus" not in set(rows.place)
    assert rows.killed.sum() == 35


def test_ground_taken_in_the_city_s_south_is_an_incident_in_the_city(gazetteer):
    text = (
        "Syrian jets strike Kurdish areas of Hasakeh\n\n"
        "Syrian warplanes struck Kurdish-held neighborhoods in the city of Hasakeh on "
        "Thursday.\n\n"
        "The Kurdish Red Crescent said at least four civilians were killed in the "
        "strikes on the Nashwa district.\n\n"
        "The Asayish said its fighters had captured several government positions in "
        "the city's south.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 8, 19))
    got = sorted(zip(rows.event_type, rows.geo_precision, rows.killed, strict=True))
    # the strikes are one incident, told again where they killed
    assert [(t, p) for t, p, _ in got] == [("airstrike", 1), ("territory change", 2)]
    assert got[0][2] == 4


def test_whom_victims_were_said_to_serve_did_not_act(gazetteer):
    text = (
        "In Raqqa, militants publicly beheaded two men accused of spying for the "
        "US-led coalition, activists said."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.actor != "US-led coalition"
    assert row.event_type == "attack"


def test_the_wounded_told_in_raids_on_a_place_are_that_place_s(gazetteer):
    text = (
        "In Idlib province, air strikes on the town of Kafr Jales killed a man and his "
        "two sons, and a dozen people were wounded in raids on Maarat Misrin."
    )
    rows = _extract(gazetteer, text)
    got = {
        p: (k, i) for p, k, i in zip(rows.place, rows.killed, rows.injured, strict=True)
    }
    assert got["Kafr Jalis"][0] == 3 and pd.isna(got["Kafr Jalis"][1])
    assert got["Ma‘arrat Mişrīn"][1] == 12


def test_a_dateline_s_day_is_the_day_it_was_told(gazetteer):
    text = (
        "Geneva/Brussels, 16 February 2016 - A hospital supported by MSF in Maarat "
        "al-Numan was destroyed on Monday morning in four missile strikes that killed "
        "at least 25 people.\n\n"
        "Eight staff members are missing and believed dead. At least 11 people were "
        "injured."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 2, 16)).itertuples()
    assert (row.date, row.killed, row.injured, row.missing) == ("2016-02-15", 25, 11, 8)


def test_a_time_told_of_a_noun_does_not_date_the_deed(gazetteer):
    text = (
        "Pro-Assad forces have captured the village of Kawkab, north of Hama city, "
        "reversing some of the rebel gains of last month."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 4)).itertuples()
    assert row.date == "2016-10-04"


def test_a_backing_that_killed_is_the_event(gazetteer):
    text = (
        "The regime's advance was backed by Russian airstrikes, which killed at least "
        "16 civilians in the nearby town of Souran in Hama province on Sunday."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 4)).itertuples()
    assert (row.event_type, row.actor, row.killed) == ("airstrike", "Russia", 16)


def test_a_toll_that_may_rise_hedges_nothing(gazetteer):
    text = (
        "Air strikes killed at least 26 people in the town of Atarib west of Aleppo on "
        "Monday. The death toll in Atarib could rise as more than 50 people were "
        "wounded, rescuers said."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 14)).itertuples()
    assert (row.killed, row.injured) == (26, 50)


def test_a_quarter_of_a_city_told_before_it_is_named_is_that_quarter(gazetteer):
    text = (
        "Dozens of people suffered breathing difficulties after a suspected chlorine "
        "gas attack on a rebel-held district of Aleppo on Tuesday. Government "
        "helicopters dropped barrel bombs containing the gas on the Sukkari "
        "neighbourhood, the Observatory said."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 9, 7)).itertuples()
    assert (row.place, row.date) == ("As-Sukkari", "2016-09-06")


def test_a_time_to_come_dates_nothing_after_it(gazetteer):
    text = (
        "Kerry and Lavrov agree Syria truce plan\n\n"
        "The United States and Russia agreed on Friday on a plan including a "
        "nationwide truce starting at sundown on Monday and joint targeting of "
        "militant groups.\n\n"
        "Hours before the deal was announced, air strikes on a market in the "
        "rebel-held city of Idlib killed at least 60 people."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 9, 10)).itertuples()
    assert row.date == "2016-09-09"


def test_places_in_a_clause_that_tells_no_deed_are_no_incident(gazetteer):
    text = (
        "The regime and its Russian allies said they were fighting terrorists; the "
        "people of Sakhour and Bustan al-Qasr knew better."
    )
    assert _extract(gazetteer, text).empty


def test_the_number_killed_that_rose_is_the_toll_just_told(gazetteer):
    text = (
        "Airstrikes believed to be Russian killed 9 civilians in the city of Jisr "
        "al-Shughour in Idlib.\n\n"
        "The SOHR later said the number of people killed in the strikes rose to 11.\n\n"
        "In the northern countryside of Hama, regime forces shelled the town of Kafr "
        "Zita, with no information about casualties.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 2, 20))
    got = dict(zip(rows.place, rows.killed, strict=True))
    assert got["Jisr ash Shughūr"] == 11
    assert pd.isna(got["Kafr Zaytah"])


def test_a_region_that_situates_a_town_is_no_place_of_its_own(gazetteer):
    text = (
        "Pro-Assad forces have retaken Kinsabba, the last significant town held by "
        "rebels in the Jabal al-Akrad area of northern Latakia Province."
    )
    assert list(_extract(gazetteer, text).place) == ["Kinnsibba"]


def test_fighters_moved_out_of_a_place_are_a_strategic_development(gazetteer):
    text = (
        "Homs (AFP) - The last batch of rebels and their families left the al-Waer "
        "district of Homs on Sunday, the provincial governor said."
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 5, 22)).itertuples()
    assert (row.place, row.event_type, row.date) == (
        "Wa'er",
        "strategic development",
        "2017-05-21",
    )


def test_a_victim_s_group_and_its_acronym_are_no_actor(gazetteer):
    text = (
        "A drone strike killed Abu Faraj al-Masri, a senior commander of Jabhat Fateh "
        "al-Sham (JFS), near the town of Jisr al-Shughour in Idlib province."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert pd.isna(row.actor) and row.killed == 1


def test_one_man_s_death_told_again_where_is_placed_there(gazetteer):
    text = (
        "A senior Hezbollah commander was killed in fighting with militants in Syria's "
        "Qalamoun mountains, the group's TV station said Sunday.\n\n"
        "Activists said he died in clashes with Nusra Front fighters near the town of "
        "Flita on Saturday.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 2, 28)).itertuples()
    assert (row.place, row.killed, row.date) == ("Al Mashrafah", 1, "2016-02-27")


def test_a_place_s_dead_alone_are_part_of_the_area_s_toll(gazetteer):
    text = (
        "At least 45 civilians were killed across eastern Aleppo on Friday, the Civil "
        "Defence said. In the Bab al-Nairab neighbourhood alone, 18 people died when a "
        "building collapsed."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 10, 1))
    assert sorted(rows.killed) == [18, 27]


def test_who_made_an_attack_fought_off_is_its_actor(gazetteer):
    text = (
        "Rebels said they had repelled an attack by the Syrian army on the village of "
        "Maan in Hama, killing 15 attackers."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.actor == "regime"


def test_strikes_told_north_of_a_city_then_where_are_one_incident(gazetteer):
    text = (
        "Turkish warplanes struck Kurdish YPG militia positions north of Aleppo "
        "overnight, killing between 160 and 200 fighters, the army said on Thursday.\n\n"
        "The strikes hit 18 targets in the Maarrat Umm Hawsh region, the army said.\n\n"
        "The Syrian Observatory for Human Rights said at least 11 YPG fighters had "
        "been killed.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 20)).itertuples()
    assert (row.place, row.killed_low, row.killed_high) == ("Umm Hawsh", 11, 200)


def test_similar_munitions_are_the_means_told_before(gazetteer):
    text = (
        "On Tuesday, cluster bombs dropped by jets fell on a residential area in "
        "Talbiseh, killing four people. Two days later, similar munitions hit the "
        "village of al-Ghantou, where five people died."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 5, 14))
    assert list(rows.event_type) == ["airstrike", "airstrike"]


def test_places_of_the_deed_before_are_not_where_the_attack_was(gazetteer):
    text = (
        "A suicide bomber driving an explosives-laden truck struck a rebel base near "
        "the border town of al-Rai on Sunday evening, killing at least 30 fighters.\n\n"
        "The attack came a day after Turkish forces and their allies captured the "
        "villages of Tal Ahmar and Qantara, about 10 km east of al-Rai.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 9, 12))
    bombing = rows[rows.killed == 30]
    assert list(bombing.event_type) == ["IED"]
    assert list(bombing.date) == ["2016-09-11"]


def test_the_army_of_islam_is_a_rebel_group(gazetteer):
    text = (
        "The Army of Islam fired more than 20 mortar rounds at the Damascus district "
        "of Bab Touma on Wednesday, killing a girl."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.actor == "rebels"


@pytest.mark.parametrize(
    "span", ["Between 1 and 15 March", "Between March 1 and 15", "From March 1 to 15"]
)
def test_a_span_of_days_tells_a_running_total(gazetteer, span):
    text = (
        f"{span}, the Violations Documentation Center recorded 214 deaths in the "
        "Eastern Ghouta."
    )
    assert _extract(gazetteer, text, dt.date(2016, 3, 17)).empty


def test_a_day_of_a_span_told_with_its_toll_is_an_incident(gazetteer):
    text = (
        "Airstrikes targeted four hospitals in Idlib Province between November 13 and "
        "16, including a hospital in Kafr Takharim on November 13 that killed two "
        "medical staff."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 18))
    assert frame.killed.sum() == 2


def test_a_truce_told_aside_after_the_deed_hedges_nothing(gazetteer):
    text = 'Regime Airstrikes Kill 30 in Douma as Russia Claims "Humanitarian Pause"'
    (row,) = _extract(gazetteer, text, dt.date(2017, 1, 23)).itertuples()
    assert (row.place, row.killed) == ("Douma", 30)


def test_an_update_s_risen_toll_is_the_headline_place_s(gazetteer):
    text = (
        "Syria Daily: Regime Airstrikes Kill 19 in Douma\n\n"
        "UPDATE 1530 GMT: The Douma Civil Defense says the death toll from today's "
        "airstrikes on the town's market has risen to 30.\n\n"
        "ORIGINAL ENTRY: Regime warplanes struck a crowded market in Douma near "
        "Damascus on Monday, killing at least 19 people, local activists said.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 1, 23)).itertuples()
    assert (row.place, row.killed, row.killed_low) == ("Douma", 30, 19)


def test_a_side_s_checkpoint_hit_is_no_actor(gazetteer):
    text = "A car bomb exploded near a rebel checkpoint in Azaz on Sunday evening."
    (row,) = _extract(gazetteer, text).itertuples()
    assert pd.isna(row.actor)


def test_a_month_s_dead_alone_are_a_running_total(gazetteer):
    text = "The regime has killed 400 people in the Eastern Ghouta this month alone."
    assert _extract(gazetteer, text, dt.date(2017, 1, 23)).empty


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes killed 12 people in Douma on Monday, after 20 were killed there "
        "on Sunday.",
        "At least 12 people were killed in Douma on Monday, a day after more than 20 "
        "died in strikes on the town.",
    ],
)
def test_the_dead_of_the_day_before_are_an_incident_of_that_day(gazetteer, text):
    rows = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert sorted(zip(rows.date, rows.place, rows.killed, strict=True)) == [
        ("2016-11-27", "Douma", 20),
        ("2016-11-28", "Douma", 12),
    ]


AFP_DEIR_EZZOR = (
    "IS kills dozens in Syria's Deir Ezzor: monitor\n\n"
    "Beirut (AFP) - The Islamic State group killed dozens of people in an assault on a "
    "government-held district of the eastern Syrian city of Deir Ezzor, a monitor "
    "said Sunday.\n\n"
    "The Syrian Observatory for Human Rights said at least 135 people were killed in "
    "the attack, which began on Saturday, among them 85 civilians.\n\n"
    "State news agency SANA put the toll at 300, saying IS had carried out a "
    '"massacre" in the Baghaliyeh district in the northwest of the city.\n\n'
    "IS controls around 60 percent of Deir Ezzor, and has besieged the "
    "government-held part of the city for about a year.\n\n"
    "On Sunday, Russian warplanes carried out at least 20 strikes on IS positions "
    "around the city, the monitor said.\n"
)


def test_another_sources_toll_where_it_fell_is_the_event_as_a_range(gazetteer):
    rows = _extract(gazetteer, AFP_DEIR_EZZOR, dt.date(2016, 1, 17))
    (attack,) = rows[rows.killed.notna()].itertuples()
    assert (attack.place, attack.date) == ("Al Bougailia", "2016-01-16")
    assert (attack.killed_low, attack.killed_high) == (12, 300)


def test_a_siege_of_a_year_is_no_event(gazetteer):
    text = (
        "IS controls around 60 percent of Deir Ezzor, and has besieged the "
        "government-held part of the city for about a year.\n"
    )
    assert _extract(gazetteer, text, dt.date(2016, 1, 17)).empty


def test_around_the_city_after_its_district_is_the_city(gazetteer):
    text = (
        "IS carried out a massacre in the Baghaliyeh district of Deir Ezzor on "
        "Saturday, killing 300 people, SANA said.\n\n"
        "On Sunday, Russian warplanes carried out at least 20 strikes on IS positions "
        "around the city, the monitor said.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 1, 17))
    (strikes,) = rows[rows.actor == "Russia"].itertuples()
    assert strikes.place == "Deir ez-Zor"


def test_a_monitors_toll_of_the_attack_is_not_national(gazetteer):
    text = (
        "Islamic State fighters stormed a district of Deir Ezzor on Saturday.\n\n"
        "The Syrian Observatory for Human Rights said at least 135 people were "
        "killed in the attack, among them 85 civilians.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 1, 17)).itertuples()
    assert (row.place, row.killed) == ("Deir ez-Zor", 135)


ARA_JARABLUS = (
    "Turkish army kills 35 civilians in Jarablus countryside\n\n"
    "QAMISHLI – At least 35 civilians were killed as Turkish warplanes and artillery "
    "targeted villages south of Jarablus on Sunday, local sources said.\n\n"
    "The Turkish bombardment hit the villages of al-Amarna and Jib al-Kussa, where "
    "the Jarablus Military Council has been fighting Turkish-backed rebels since "
    "Turkey launched its operation on August 24.\n\n"
    "“Twenty civilians were killed in Jib al-Kussa alone, and 15 in al-Amarna,” said "
    "Sherwan Darwish, spokesman for the Manbij Military Council.\n"
)


def test_villages_about_a_town_told_one_by_one_are_not_counted_twice(gazetteer):
    rows = _extract(gazetteer, ARA_JARABLUS, dt.date(2016, 8, 30))
    assert sorted(zip(rows.place, rows.killed, strict=True)) == [
        ("Jubb al Kusa", 20),
        ("`Amarinah", 15),
    ]


def test_when_a_state_told_of_a_place_began_is_no_day_of_the_deed(gazetteer):
    rows = _extract(gazetteer, ARA_JARABLUS, dt.date(2016, 8, 30))
    assert set(rows.date) == {"2016-08-28"}
    assert set(rows.actor) == {"Turkey"}


def test_in_total_after_the_deeds_just_told_is_their_toll(gazetteer):
    text = (
        "On 1 July, a first strike hit the crowded market of Atareb, west of Aleppo. "
        "A second strike, about ten minutes later, hit rescuers who had arrived at "
        "the scene. In total, 22 people were killed, according to the local council.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 7, 12)).itertuples()
    assert (row.place, row.killed) == ("Al Atarib", 22)
    # (a month's total is a running total still)
    text = "In total, 350 civilians were killed in Idlib in June, the network said.\n"
    assert _extract(gazetteer, text, dt.date(2016, 7, 12)).killed.isna().all()


def test_a_deed_at_a_landmark_no_gazetteer_knows_is_still_reported(gazetteer):
    text = (
        "The Desert Hawks Brigade recaptured the Jazal oil field from Islamic State.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 30)).itertuples()
    assert (row.place_text, row.event_type) == ("Jazal", "territory change")
    assert pd.isna(row.lat) and "Jazal" in row.geo_rule


def test_a_country_s_hospital_one_died_in_is_neither_actor_nor_target(gazetteer):
    text = (
        "Syrian journalist Khaled al-Essa died in a Turkish hospital on Friday of "
        "wounds sustained in a bomb attack on his home in Aleppo last week.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 30)).itertuples()
    assert (row.place, row.killed, row.target) == ("Aleppo", 1, "home")
    assert pd.isna(row.actor)


def test_a_bare_dateline_places_the_story_and_history_no_city(gazetteer):
    text = (
        "In the ruins of Palmyra, the army counts its dead\n\n"
        "PALMYRA — The soldier pointed to the Roman theatre.\n\n"
        "Syrian troops recaptured the ancient city on Sunday after three weeks of "
        "fighting. The army says it lost 188 men in the battle.\n\n"
        "In 1982, Hafez al-Assad's soldiers crushed an uprising in Hama.\n\n"
        "On Tuesday, army engineers found a mass grave on the northern edge of the "
        "city containing the bodies of 42 people.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 3, 30))
    tolled = rows[rows.killed.notna()]
    assert sorted(zip(tolled.place, tolled.killed, strict=True)) == [
        ("Palmyra", 42),
        ("Palmyra", 188),
    ]


def test_a_city_of_history_is_not_the_city_told_after(gazetteer):
    text = (
        "Syrian troops recaptured Palmyra on Sunday after three weeks of fighting.\n\n"
        "In 1982, Hafez al-Assad's soldiers crushed an uprising in Hama.\n\n"
        "On Tuesday, army engineers found a mass grave on the northern edge of the "
        "city containing the bodies of 42 people.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 3, 30))
    (grave,) = rows[rows.killed == 42].itertuples()
    assert grave.place == "Palmyra"


def test_back_from_history_the_scene_is_the_storys_again(gazetteer):
    text = (
        "Regime helicopters bombed Darayya on Monday, killing two.\n\n"
        "In 2012, rebels stormed Qusayr after weeks of fighting.\n\n"
        "On Tuesday, a barrel bomb killed five people.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 3, 30))
    (five,) = rows[rows.killed == 5].itertuples()
    assert five.place == "Darayya"


def test_the_dead_of_a_day_earlier_are_of_that_day(gazetteer):
    text = (
        "At least 19 people were killed Wednesday in government bombardment of the "
        "al-Kalasa and Bustan al-Qasr neighborhoods, according to the White Helmets. "
        "A day earlier, 45 people were killed, the group said.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 12, 8))
    tolled = rows[rows.killed.notna()]
    assert sorted(zip(tolled.date, tolled.killed, strict=True)) == [
        ("2016-12-06", 45),
        ("2016-12-07", 19),
    ]


def test_a_sentence_in_capitals_tells_its_day_and_hand(gazetteer):
    text = (
        "RUSSIAN JETS STRUCK THE TOWN OF SARAQIB ON MONDAY, KILLING SEVEN CIVILIANS.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 30)).itertuples()
    assert (row.date, row.actor, row.killed) == ("2016-11-28", "Russia", 7)


def test_a_list_of_places_told_with_the_day_after_its_last_is_of_that_day(gazetteer):
    text = (
        "Pro-regime forces seized the Masaken Hanano housing complex on November 26 "
        "and the Sakhour, Haydariya and Sheikh Khodr districts on November 27.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 12, 2))
    days = dict(zip(rows.place, rows.date, strict=True))
    assert days["Hanano"] == "2016-11-26"
    assert days["Al-Sakhour"] == days["Sheikh Kheder"] == "2016-11-27"


def test_a_numbered_item_does_not_take_the_day_of_the_item_before(gazetteer):
    text = (
        "Syria Situation Report\n\nKey Takeaways\n\n"
        "1. Russian and regime airstrikes killed at least 45 civilians in Atareb on "
        "November 30, according to local activists.\n\n"
        "2. Turkish-backed opposition forces advanced to within 2 km of al-Bab.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 12, 2))
    assert rows[rows.place == "Al Bāb"].date.tolist() == ["2016-12-02"]


def test_who_lost_control_is_not_who_took_it(gazetteer):
    text = "Rebels lost control of the town of Tal Rifaat to Kurdish forces.\n"
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 30)).itertuples()
    assert row.actor == "Kurdish YPG/SDF"


def test_an_agreement_signed_is_a_development_whatever_its_terms_to_come(gazetteer):
    text = (
        "A reconciliation agreement was signed in the town of Moadamiyeh, under which "
        "rebels will hand over their heavy weapons.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 30)).itertuples()
    assert row.event_type == "strategic development"


def test_where_those_who_fired_are_is_not_where_it_fell(gazetteer):
    text = "Rebels in the Houla plain north of Homs shelled the Alawite village of Fallah.\n"
    rows = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert list(rows.place) == ["Fallah"]


def test_rebels_told_in_one_clause_are_not_the_hand_of_airstrikes_in_another(gazetteer):
    text = "Rebel shelling killed two in Hamdaniyeh, while airstrikes killed eight in Sukkari.\n"
    rows = _extract(gazetteer, text, dt.date(2016, 11, 30))
    (strikes,) = rows[rows.event_type == "airstrike"].itertuples()
    assert pd.isna(strikes.actor)


def test_a_datelines_country_is_not_who_struck(gazetteer):
    text = (
        "Hospitals under siege\n\n"
        "GAZIANTEP, Turkey — The first missile hit the hospital's entrance in the "
        "town of Milis on Thursday, killing six people, a surgeon said.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 8, 12)).itertuples()
    assert row.killed == 6 and row.actor != "Turkey"


def test_a_report_titled_with_its_day_dates_the_sections_below(gazetteer):
    text = (
        "Civil Defence daily report: Wednesday 16 November 2016\n\n"
        "Our teams responded to 87 attacks across Syria.\n\n"
        "Idlib\n"
        "- Maarat al-Numan: 9 killed, including 4 children, when warplanes struck a "
        "residential area.\n\n"
        "Hama\n"
        "- Latamneh: 5 killed by a chlorine-filled barrel bomb.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 17))
    assert list(rows.killed) == [9, 5]
    assert set(rows.date) == {"2016-11-16"}


def test_a_toll_on_the_day_of_the_date_line_dates_the_deed(gazetteer):
    text = (
        "Syria war: Aleppo hit by wave of air strikes\n\n24 September 2016\n\n"
        "Rebel-held eastern areas of the Syrian city of Aleppo have been hit by a "
        "second day of intense bombardment, activists say.\n\n"
        "At least 25 people were killed on Saturday.\n\n"
        "A water pumping station that supplies much of the east was put out of "
        "action by the bombing on Friday, Unicef said.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 9, 24))
    assert sorted(zip(rows.date, rows.killed.fillna(-1), strict=True)) == [
        ("2016-09-23", -1),
        ("2016-09-24", 25),
    ]


def test_a_clause_told_meanwhile_does_not_name_the_deed(gazetteer):
    text = (
        "At least 27 people died when a hospital in Aleppo was hit, as fighting "
        "across the divided city leaves the partial ceasefire close to collapse.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 4, 28)).itertuples()
    assert row.event_type != "armed clash" and row.killed == 27


def test_a_leads_deed_told_where_inside_the_city_it_fell(gazetteer):
    text = (
        "Militants shell Aleppo school, kill 6 children – Russian MoD\n\n"
        "Published time: 31 Oct, 2016 14:22\n\n"
        "Terrorists have fired on a school in the western part of Aleppo, killing six "
        "children and injuring 15 others, the Russian Defense Ministry said.\n\n"
        '"On October 30, the militants of Jabhat al-Nusra shelled the residential '
        'quarter of al-Hamdaniyah," a ministry spokesman said.\n'
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 31)).itertuples()
    assert (row.place, row.date, row.killed) == ("Hamadaniyeh", "2016-10-30", 6)


def test_what_the_deed_hit_called_back_places_the_lead(gazetteer):
    text = (
        "Airstrikes have destroyed a hospital in the rebel-held part of Aleppo, "
        "killing at least 27 people, the charity said on Thursday.\n\n"
        "The al-Quds hospital in the Sukkari district was hit late on Wednesday "
        "night by a direct strike that reduced the building to rubble.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 4, 28)).itertuples()
    assert (row.place, row.killed, row.date) == ("As-Sukkari", 27, "2016-04-27")


def test_a_standfirst_of_no_day_is_the_lead_told_in_detail(gazetteer):
    text = (
        "Aleppo hospital airstrike kills doctors and children\n\n"
        "Medical charity says at least 27 people died when al-Quds hospital was "
        "hit, as fighting across the divided city leaves the truce close to "
        "collapse\n\n"
        "Airstrikes have destroyed a hospital in the rebel-held part of Aleppo, "
        "killing at least 27 people, the charity said on Thursday.\n\n"
        "The al-Quds hospital in the Sukkari district was hit late on Wednesday "
        "night by a direct strike that reduced the building to rubble.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 4, 28)).itertuples()
    assert (row.place, row.killed, row.date) == ("As-Sukkari", 27, "2016-04-27")


def test_a_rate_of_death_is_no_incident(gazetteer):
    text = (
        "In Idlib province, a market in the town of Maarat al-Numan was struck on "
        "Tuesday, killing 10 civilians, according to local activists.\n\n"
        "The UN envoy said that on average one Syrian had been killed every 25 minutes "
        "over the past 48 hours.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 4, 28)).itertuples()
    assert row.killed == 10


def test_a_story_from_abroad_puts_nothing_at_what_a_speaker_recalled(gazetteer):
    text = (
        "Refugees in Lebanon's Arsal fear return to Qalamoun\n\n"
        "ARSAL, Lebanon - In the makeshift camps around Arsal, Syrians who fled the "
        "fighting in the Qalamoun mountains say they will not go home.\n\n"
        '"My house in Qara was destroyed by barrel bombs," said Umm Khaled, 45.\n\n'
        "Lebanese troops raided two camps on Friday after five suicide bombers blew "
        "themselves up during the raid, wounding seven soldiers, the army said. A girl "
        "was killed in one of the blasts.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2017, 7, 2))
    assert rows.killed.isna().all() and rows.injured.isna().all()
    assert "Qalamoun" not in set(rows.place)


def test_what_is_unlikely_to_happen_is_no_event(gazetteer):
    text = (
        "Turkey has shifted its focus to the Kurdish-led forces in Manbij, and is "
        "unlikely to help the rebels retake lost ground."
    )
    assert _extract(gazetteer, text).empty


def test_the_scene_a_sentence_opens_with_places_what_follows(gazetteer):
    text = (
        "In the Eastern Ghouta, Jaysh al-Islam and Faylaq al-Rahman have fought each "
        "other as often as they have fought the regime. Last April, clashes between "
        "the two killed more than 500 fighters."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 12, 20)).itertuples()
    assert (row.place, row.killed, row.date) == ("Eastern Ghouta", 500, "2016-04-01")


def test_those_wounded_by_a_bomb_did_not_set_it(gazetteer):
    text = (
        "On Friday, a motorcycle bomb exploded at a checkpoint in Manbij, wounding "
        "three SDF fighters."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert pd.isna(row.actor) and row.injured == 3


def test_what_a_place_is_known_for_is_no_event(gazetteer):
    text = (
        "Kafranbel, in the southern countryside of Idlib, is known for the satirical "
        "banners its residents carried in the early protests of 2011."
    )
    assert _extract(gazetteer, text).empty


def test_how_long_a_place_was_besieged_is_no_running_total(gazetteer):
    text = (
        "Activists say 4 civilians, including a child, have been killed by regime "
        "shelling of Madaya, besieged since July 2015."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.killed == 4


def test_when_a_truce_begins_does_not_date_the_bombing(gazetteer):
    text = (
        "Despite Moscow's declaration of a ceasefire from midnight on Friday, Russian "
        "warplanes continued to bomb opposition-held areas in Idlib Province on "
        "Saturday, killing 8."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 2, 27)).itertuples()
    assert row.date == "2016-02-27"


def test_a_deed_a_group_was_accused_of_is_no_event(gazetteer):
    text = (
        "The fighting began after Jund al-Aqsa was accused of assassinating several "
        "Ahrar commanders in Sarmin."
    )
    assert _extract(gazetteer, text).empty


def test_a_group_s_office_hit_is_no_actor(gazetteer):
    text = (
        "A car bomb exploded outside an Ahrar al-Sham office in Idlib city on Sunday "
        "morning, killing six people, activists said."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert pd.isna(row.actor) and row.killed == 6


def test_an_oil_field_named_like_a_village_is_not_the_village(gazetteer):
    text = (
        "Regime warplanes carried out air raids on the town of al-Mayadeen in the "
        "eastern Deir ez-Zor countryside on Friday night, killing 9 civilians.\n\n"
        "Coalition aircraft, meanwhile, struck an Islamic State oil facility near "
        "al-Omar field, according to the coalition.\n"
    )
    rows = _extract(gazetteer, text)
    assert "Homs" not in set(rows.admin1)


def test_an_event_told_again_where_no_place_is_known_is_no_other(gazetteer):
    text = (
        "Kurdish Asayish security forces and pro-regime National Defence Forces "
        "clashed in the city of Qamishli on Wednesday, leaving at least 17 people "
        "dead. The fighting erupted after an argument at a checkpoint near the "
        "Tayy-Ghwaybah crossroads, and spread to the Tai neighbourhood."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 4, 23)).itertuples()
    assert (row.place, row.killed) == ("Al Qamishli", 17)


def test_a_governorate_s_toll_before_a_colon_is_the_governorate_s(gazetteer):
    text = (
        "On Monday, jets struck Saraqeb, killing four; on Tuesday, they hit Binnish, "
        "where six people died, rescuers said.\n\n"
        "The Syrian Observatory said 24 people were killed in Idlib province over the "
        "two days: 10 in Saraqeb and Binnish and 14 in other towns.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 6, 8))
    got = dict(zip(rows.place, rows.killed, strict=True))
    assert got == {"Sarāqib": 4, "Binnish": 6, "Idleb": 24}


def test_a_headline_s_town_that_the_story_s_village_is_near_folds_in(gazetteer):
    text = (
        "Kurdish YPG accuses Turkey of shelling its positions in Afrin\n\n"
        "The Kurdish YPG militia accused the Turkish army on Sunday of shelling its "
        "positions around the village of Maranaz, near Afrin, wounding three of its "
        "fighters.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 2, 15)).itertuples()
    assert (row.place, row.injured) == ("Mar`anaz", 3)


def test_a_convoy_waiting_for_permission_is_no_event(gazetteer):
    text = (
        "A UN convoy carrying food for Madaya and the nearby town of Zabadani, and for "
        "Foua and Kefraya in Idlib, has been waiting for permission for two weeks."
    )
    assert _extract(gazetteer, text).empty


def test_the_ends_of_a_supply_line_are_no_places_of_the_deed(gazetteer):
    text = (
        "Government forces have recaptured the village of Kafr Nasij in the north of "
        "Daraa province, as part of an offensive to cut rebel supply lines between "
        "Daraa and Quneitra."
    )
    assert list(_extract(gazetteer, text).place) == ["Kafr Nasij"]


def test_the_dead_of_a_running_total_just_told_are_no_incident(gazetteer):
    text = (
        "The coalition says it has carried out more than 100 strikes around Raqqa "
        "since November. Activists say at least 80 civilians have been killed in them."
    )
    assert _extract(gazetteer, text, dt.date(2017, 2, 6)).empty


def test_a_bridge_named_like_a_village_far_off_is_not_the_village(gazetteer):
    text = (
        "Coalition strikes hit Raqqa city on Friday. On Saturday, a strike destroyed "
        "the al-Sabahiya bridge over the Euphrates, cutting the city's last link to "
        "the south."
    )
    rows = _extract(gazetteer, text, dt.date(2017, 2, 6))
    assert "Quneitra" not in set(rows.admin1)


def test_a_country_after_a_town_names_where_not_who(gazetteer):
    text = (
        "A teacher who fled Raqqa and now lives in Urfa, Turkey, said a strike hit "
        "the building next to her sister's house in Raqqa, killing three neighbours."
    )
    (row,) = _extract(gazetteer, text).itertuples()
    assert row.actor != "Turkey"


def test_an_advance_told_to_say_when_is_not_the_deed(gazetteer):
    text = (
        "Opposition activists say pro-government forces executed 13 people in the "
        "Kalaseh district of eastern Aleppo on Monday as troops advanced through the "
        "area."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 12, 13)).itertuples()
    assert (row.event_type, row.killed) == ("attack", 13)


def test_a_report_of_labelled_fields(gazetteer):
    text = (
        "Massacres documented in October\n\n"
        "Date: 18 October 2016\n"
        "Place: Deir al-Asafir, Eastern Ghouta\n"
        "Perpetrator: Syrian regime forces\n"
        "Victims: 5 civilians killed\n"
        "Details: Artillery shells fell near a school in the town.\n\n"
        "Date: 12 October 2016\n"
        "Location: Raqqa city\n"
        "Suspected belligerent: US-led Coalition\n"
        "Summary: Four civilians were wounded when a strike hit a bakery in the "
        "al-Mashlab district.\n"
    )
    df = _extract(gazetteer, text, published=dt.date(2016, 11, 2))
    got = df[["place", "date", "killed", "injured", "actor", "event_type", "target"]]
    assert [[str(v) for v in row] for row in got.itertuples(index=False)] == [
        # the field's date, weeks before publication; the field's place and actor;
        # the details' means and target
        ["Dayr al 'Asafir", "2016-10-18", "5", "<NA>", "regime", "shelling", "school"],
        # a district the gazetteer does not know lies in the report's location
        [
            "Ar Raqqah",
            "2016-10-12",
            "<NA>",
            "4",
            "US-led coalition",
            "airstrike",
            "bakery",
        ],
    ]
    assert df["geo_precision"].tolist() == [1, 2]


def test_sorties_across_several_governorates_are_no_incidents(gazetteer):
    df = _extract(
        gazetteer,
        "Over the past 24 hours, aircraft of the Russian Aerospace Forces performed "
        "64 combat sorties in the provinces of Aleppo, Idlib, Hama, Homs and Deir "
        "ez-Zor, hitting 218 terrorist facilities.",
    )
    assert df.empty


def test_what_an_advance_came_a_day_after_and_a_places_past(gazetteer):
    df = _extract(
        gazetteer,
        "Government forces seized the Jabal Badro neighborhood of Aleppo on Sunday.\n\n"
        "The advance came a day after pro-government fighters captured the Hanano "
        "housing district, the first neighborhood the rebels took when they stormed "
        "the city in 2012.\n\n"
        "Bassam, a pharmacist, reached the Sheikh Maqsoud district with his family.\n\n"
        '"My neighbor\'s son was killed by a sniper in front of us," he said.\n',
        published=dt.date(2016, 11, 28),
    )
    hanano = df[df["place"] == "Hanano"].iloc[0]
    assert (str(hanano["date"]), hanano["actor"]) == ("2016-11-26", "regime")
    # a speaker's own loss completes no incident of another paragraph, nor is it
    # at the place another paragraph told of
    assert df["killed"].isna().all()


def test_two_clauses_each_with_its_place_and_toll(gazetteer):
    df = _extract(
        gazetteer,
        "Suicide bombers killed at least 57 people in the city of Homs on Sunday, and "
        "a separate attack near a shrine south of Damascus killed more than 80.",
        published=dt.date(2016, 2, 21),
    )
    assert sorted(zip(df["admin1"], df["killed"], strict=True)) == [
        ("Damascus", 80),
        ("Homs", 57),
    ]


def test_there_is_the_place_the_paragraph_named_last(gazetteer):
    df = _extract(
        gazetteer,
        "In Sayyida Zeinab, a car bomb hit a bus station on Sunday.\n\n"
        "Zahraa in Homs has been hit repeatedly. In December, twin bombings in the "
        "district killed 16 people. In January, two suicide bombers killed at least "
        "24 people at a checkpoint there.",
        published=dt.date(2016, 2, 21),
    )
    january = df[df["killed"] == 24].iloc[0]
    assert (january["admin1"], str(january["date"])) == ("Homs", "2016-01-01")


def test_a_village_told_by_the_town_beside_it(gazetteer):
    # Kurdish media tell villages apart by their town: "Koran Afrin"
    df = _extract(
        gazetteer,
        "Olive Branch factions controlled Koran Afrin village in the northern "
        "countryside of Aleppo after clashes with the YPG.",
        published=dt.date(2018, 3, 4),
    )
    (row,) = df.itertuples()
    assert (row.place, row.admin1, row.geo_precision) == ("Kuranli", "Aleppo", 1)
    # a side of the governorate named too does not pull it elsewhere
    df = _extract(
        gazetteer,
        "Turkish warplanes struck Koran Afrin village in Aleppo northern countryside.",
        published=dt.date(2018, 3, 3),
    )
    assert df["place"].tolist() == ["Kuranli"]
    # the town spelled loosely ("Jandris", Jindayris)
    df = _extract(
        gazetteer,
        "Olive Branch fighters controlled Koran Jandris village after clashes.",
        published=dt.date(2018, 3, 14),
    )
    assert df["place"].tolist() == ["Kuran"]


def test_a_lead_told_at_no_place_of_its_own_is_the_deeds_told_next(gazetteer):
    df = _extract(
        gazetteer,
        "Syrian government forces have retaken a string of hilltops south of Aleppo "
        "from militants.\n\n"
        "Army units regained full control of al-Eis hill and the nearby village of "
        "al-Hamira on Friday after fierce clashes.\n",
        published=dt.date(2016, 4, 2),
    )
    assert df["geo_precision"].tolist() == [1, 1]
    # the lead's sentence is kept among the sources; the quote is the incident's own
    assert "string of hilltops" in df["sources"].iloc[0]
    assert df["quote"].iloc[0].startswith("Army units")


def test_a_feeds_toll_rising_is_the_attack_told_before(gazetteer):
    df = _extract(
        gazetteer,
        "Idlib live\n\n"
        "[07:10] An airstrike with unknown gas hit Khan Shaykhun, killing at least 20.\n\n"
        "[11:05] Death toll in Khan Shaykhun rises to 58.\n",
        published=dt.date(2017, 4, 4),
    )
    (row,) = df.itertuples()
    assert (row.event_type, row.killed) == ("chemical", 58)


def test_a_daily_reports_items_by_governorate(gazetteer):
    df = _extract(
        gazetteer,
        "Daily toll\n\n"
        "The toll of martyrs in Syria today reached 112 martyrs, most of them in "
        "Aleppo and its countryside.\n\n"
        "Aleppo: 65 martyrs, among them 10 children, due to airstrikes on the "
        "neighborhoods of al-Shaar, al-Sakhour and Masaken Hanano, and the town of "
        "Kafr Naha.\n\n"
        "Homs: 4 martyrs in al-Waer neighborhood by regime sniper fire.\n",
        published=dt.date(2016, 11, 16),
    )
    tolls = {
        (r.place, r.geo_precision if r.geo_precision is not pd.NA else None): r.killed
        for r in df.itertuples()
        if r.killed is not pd.NA
    }
    # the national toll has no point, whatever most of it was; the governorate's
    # item is its tally; one place's item is that place's
    assert tolls == {("Syria", None): 112, ("Aleppo", 3): 65, ("Wa'er", 1): 4}
    assert len(df) == 7  # and the four places struck in Aleppo, without a toll


def test_a_daily_reports_governorate_item_and_its_part(gazetteer):
    df = _extract(
        gazetteer,
        "Daily toll\n\n"
        "Idlib: 23 martyrs, 14 of them in the massacre committed by Russian warplanes "
        "in the town of Kafr Takharim.\n",
        published=dt.date(2016, 11, 16),
    )
    assert sorted(zip(df["geo_precision"], df["killed"], strict=True)) == [
        (1, 14),
        (3, 23),
    ]


def test_a_new_airstrike_is_another_event(gazetteer):
    df = _extract(
        gazetteer,
        "Idlib live\n\n"
        "[07:10] An airstrike with unknown gas hit Khan Shaykhun, killing at least 20.\n\n"
        "[09:30] A hospital in Khan Shaykhun treating the injured was hit by a new "
        "airstrike.\n",
        published=dt.date(2017, 4, 4),
    )
    assert sorted(df["event_type"]) == ["airstrike", "chemical"]


def test_an_areas_dead_told_place_by_place_are_counted_once(gazetteer):
    frame = _extract(
        gazetteer,
        "The toll of the bombardment on the Eastern Ghouta rose to 20 civilians, they "
        "are 9 civilians including 2 children who were killed in Douma, 6 civilians "
        "in Saqba and 5 civilians in Kafr Batna, while 70 others were injured.",
    )
    killed = {r.place: r.killed for r in frame.dropna(subset=["killed"]).itertuples()}
    assert killed == {"Douma": 9, "Siqba": 6, "Kafr Batna": 5}
    assert frame.injured.sum() == 70  # the area keeps its wounded


def test_a_home_hit_is_the_target_and_a_home_fled_is_none(gazetteer):
    hit = _extract(
        gazetteer,
        "Eight members of one family were killed when a barrel bomb hit their home in "
        "Kafr Zita on Friday.",
    )
    assert list(hit.target) == ["home"]
    fled = _extract(
        gazetteer,
        "She fled her home in Kafr Zita on Friday, when helicopters dropped barrel "
        "bombs on the town.",
    )
    assert fled.target.isna().all()


def test_a_notes_total_told_in_its_parts_is_not_counted_again(gazetteer):
    frame = _extract(
        gazetteer,
        "Warplanes carried out raids on Ein Terma which killed five civilians. In "
        "addition, helicopters dropped barrel bombs on Ein Terma which killed two "
        "civilians. Total fatalities coded to 7.",
    )
    assert sorted(frame.killed.dropna()) == [2, 5]


def test_a_vague_toll_told_after_a_precise_one_is_among_its_dead(gazetteer):
    frame = _extract(
        gazetteer,
        "Warplanes struck a school in Kafr Battikh, killing between 20 and 22 people. "
        "Many were killed when the planes then bombed the shelter under it.",
    )
    assert frame.killed.sum() == 20
    more = _extract(
        gazetteer,
        "Warplanes struck a school in Kafr Battikh, killing 20 people. Several more "
        "were killed when the planes returned an hour later.",
    )
    assert more.killed.sum() > 20


def test_ground_overrun_and_moved_into_is_taken_by_who_moved(gazetteer):
    text = (
        "After overrunning Masaken Hanano on Saturday, the regime and its allies moved "
        "yesterday into Jabal Badro, Haydariyya, and Sakhour, splitting the "
        "opposition area in two.\n\n"
        "The Kurdish YPG militia took over Sheikh Fares, a district adjacent to their "
        "base in Sheikh Maqsoud, as opposition fighters withdrew."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 29))
    assert set(frame.event_type) == {"territory change"}
    taken = dict(
        zip(frame.place_text, zip(frame.date, frame.actor, strict=True), strict=True)
    )
    assert taken["Masaken Hanano"] == ("2016-11-26", "regime")
    assert taken["Jabal Badro"] == ("2016-11-28", "regime")
    assert taken["Sheikh Fares"][1] == "Kurdish YPG/SDF"
    # where the side's base lies only says where the place taken is
    assert "Sheikh Maqsoud" not in taken


def test_the_target_hit_not_the_kind_told_before_the_deed(gazetteer):
    text = (
        "The United Nations suspended all aid convoys in Syria on Tuesday after an "
        "attack on a convoy near Aleppo on Monday night killed about 20 people.\n\n"
        "Eighteen of the convoy's 31 trucks were destroyed, along with a warehouse in "
        "Urum al-Kubra, west of Aleppo, the UN said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 20))
    # the convoy told again places the attack on it
    assert list(zip(frame.place_text, frame.killed, frame.target, strict=True)) == [
        ("Urum al-Kubra", 20, "convoy")
    ]


def test_neighbourhoods_of_the_city_are_the_citys_not_the_quarter_told(gazetteer):
    text = (
        "Fighting broke out in the city of Hasakah on Wednesday. The NDF arrested "
        "several Kurdish youths at a checkpoint in the Ghweiran district. Syrian "
        "government warplanes then struck Kurdish-held neighbourhoods of the city on "
        "Thursday."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 8, 20))
    strikes = frame[frame.event_type == "airstrike"]
    assert list(zip(strikes.place, strikes.geo_precision, strict=True)) == [
        ("Al Hasakah", 2)
    ]


def test_a_part_of_the_dead_and_deeds_like_it_done_before_add_no_incident(gazetteer):
    text = (
        "At least 33 people were killed on Saturday when two bombs exploded minutes "
        "apart in the rebel-held city of Idlib, a war monitor said.\n\n"
        "The first, a car bomb, targeted a checkpoint of the Ahrar al-Sham group at "
        "the city's western entrance. The second went off in a crowded vegetable "
        "market as people rushed to help the wounded.\n\n"
        "At least 20 of the dead were civilians, the Observatory said, and more than "
        "60 people were wounded. Islamic State has carried out similar bombings "
        "against rebel groups in Idlib province in recent months."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 10, 8))
    assert list(zip(frame.place, frame.killed, frame.injured, strict=True)) == [
        ("Idlib", 33, 60)
    ]
    # (similar attacks told with their own time are events)
    text = (
        "The Turkish army had carried out similar attacks on the villages of Herbel "
        "and Um Qura last week."
    )
    assert len(_extract(gazetteer, text, dt.date(2016, 12, 12))) == 2


def test_a_nearby_village_spelled_loosely_lies_by_the_town_told(gazetteer):
    text = (
        "Syrian government forces captured the town of Qalaat al-Madiq and the "
        "nearby village of Karkat on Thursday."
    )
    frame = _extract(gazetteer, text, dt.date(2019, 5, 10))
    # not Karkit, 44 km off in Lattakia: somewhere by Qalaat al-Madiq
    karkat = frame[frame.place_text == "Karkat"]
    assert list(zip(karkat.place, karkat.geo_precision, strict=True)) == [
        ("Qal`at al Madiq", 2)
    ]


def test_a_chronicle_of_days_told_one_from_another(gazetteer):
    text = (
        "The regime's offensive on Wadi Barada began on December 23.\n\n"
        "On that day, regime forces attacked the village of Basima. Three civilians "
        "were killed in Basima.\n\n"
        "Basima fell on January 2. The next day, regime forces shelled Deir Qanun, "
        "killing a woman and her son.\n\n"
        "On January 28, the last rebels left Ain al-Fijeh for Idlib under a deal."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 2, 1))
    told = list(zip(frame.place_text, frame.date, frame.event_type, strict=True))
    assert ("Basima", "2016-12-23", "attack") in told
    assert ("Basima", "2017-01-02", "territory change") in told
    assert ("Deir Qanun", "2017-01-03", "shelling") in told
    # where the rebels went is no place of the deal
    assert "Idlib" not in set(frame.place_text)


def test_a_strikes_toll_told_again_at_its_hill_stays_the_strikes(gazetteer):
    text = (
        "Air strikes by the U.S.-led coalition killed 62 Syrian soldiers near Deir "
        "ez-Zor airport on Saturday, the Russian military said.\n\n"
        "The strikes hit army positions on Jabal Tharda, a hill overlooking the "
        "airport, which Islamic State fighters overran shortly afterwards."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 18))
    strike = frame[frame.killed == 62]
    assert list(zip(strike.place, strike.event_type, strike.actor, strict=True)) == [
        ("Jabal Tharda", "airstrike", "US-led coalition")
    ]


def test_a_seizure_told_after_a_deal_takes_its_own_day(gazetteer):
    text = (
        "Opposition groups agreed to a Russian-brokered evacuation deal on December 13 "
        "after pro-regime forces seized the districts of al-Sukkari and al-Kallaseh "
        "on December 12."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 15))
    assert set(frame.date) == {"2016-12-12"}


def test_a_day_told_from_the_day_before_dates_a_deed_at_the_place_told(gazetteer):
    text = (
        "On Monday, a 16-year-old boy was shot dead by a sniper in Madaya as he tried "
        "to collect grass. Two days later, a man lost a leg when he stepped on a "
        "landmine planted around the town by Hezbollah."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 1, 9))
    mine = frame[frame.event_type == "IED"]
    assert list(
        zip(mine.place_text, mine.date, mine.injured, mine.actor, strict=True)
    ) == [("Madaya", "2016-01-06", 1, "Hezbollah")]


def test_a_hill_out_of_town_is_no_quarter_of_the_city(gazetteer):
    text = (
        "The Syrian Arab Army liberated the strategic Tal Khalsa hilltop in southern "
        "Aleppo this morning."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 6, 10))
    # Khalasah, the village on the hill south of the city, not Kallaseh, a quarter
    assert list(frame.place) == ["Khalasah"]


def test_a_table_of_attacks_on_hospitals_row_by_row(gazetteer):
    text = (
        "Date: Nov 16 | Facility: Children's hospital | Location: Aleppo city "
        "(al-Shaar) | Perpetrator: Syrian government | Casualties: none\n\n"
        "Date: Nov 18 | Facility: Al-Zarzour hospital | Location: Aleppo city "
        "(al-Shaar) | Perpetrator: Syrian government | Casualties: 1 killed, 4 "
        "injured\n\n"
        "In Idlib, the Kafr Takharim hospital was hit twice, on November 2 and "
        "November 5."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 5))
    rows = list(zip(frame.place_text, frame.date, frame.killed.fillna(-1), strict=True))
    assert rows == [
        # a row that harmed no one is an attack all the same
        ("al-Shaar", "2016-11-16", 0),
        # the hospital named after a village 8 km off stands in the quarter told
        ("al-Shaar", "2016-11-18", 1),
        # hit twice, on two days: two attacks
        ("Kafr Takharim", "2016-11-02", -1),
        ("Kafr Takharim", "2016-11-05", -1),
    ]


def test_each_clauses_dead_at_its_own_place(gazetteer):
    text = (
        "Regime warplanes carried out 30 airstrikes on Khan Shaykhun and Kafr Sajnah, "
        "while helicopters dropped 12 barrel bombs on Haish, killing 3 citizens "
        "including a child, whereas a woman was killed and others were injured by "
        "shells fired by the regime forces on Jisr al-Shughur."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 9, 21))
    dead = dict(zip(frame.place_text, frame.killed, strict=True))
    assert dead["Haish"] == 3
    assert dead["Jisr al-Shughur"] == 1
    assert pd.isna(dead["Khan Shaykhun"])


def test_a_fight_for_one_place_after_taking_others_is_a_clash_there(gazetteer):
    text = (
        "Pro-Assad forces are fighting for the district of Sheikh Saeed, after "
        "seizing the Sakhour and Haydariyya districts."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 3))
    kinds = dict(zip(frame.place_text, frame.event_type, strict=True))
    assert kinds == {
        "Sheikh Saeed": "armed clash",
        "Sakhour": "territory change",
        "Haydariyya": "territory change",
    }


def test_one_strikes_dead_told_within_a_days_toll_are_its_places(gazetteer):
    text = (
        "The Syrian Observatory claimed that 20 people were killed on Sunday, while "
        "the White Helmets said 26 civilians died in bombing and shelling on Monday, "
        "including 8 in a single strike on the al-Ansari neighborhood."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 29))
    assert list(zip(frame.place_text, frame.date, frame.killed, strict=True)) == [
        ("al-Ansari", "2016-11-28", 8)
    ]


def test_a_capital_accused_is_its_government_and_a_denied_deed_stands(gazetteer):
    text = (
        "Turkey’s military said 3 soldiers were killed in an airstrike near al-Bab on "
        "Thursday. The military blamed the Assad regime for the attack, the first "
        "time that Ankara has accused Damascus of killing Turkish troops since "
        "August.\n\n"
        "Russia’s Defense Ministry has denied that its aircraft struck the last "
        "hospital in the town of Darat Izza, saying no Russian plane was in the area "
        "on November 19.\n\n"
        "Doctors said 5 people, including 2 nurses, were wounded when missiles struck "
        "the hospital’s entrance."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 29)).set_index("place_text")
    assert "Damascus" not in frame.index
    assert frame.loc["al-Bab", "actor"] == "regime"
    hospital = frame.loc["Darat Izza"]
    assert (hospital.date, hospital.injured, hospital.target) == (
        "2016-11-19",
        5,
        "hospital",
    )
    assert pd.isna(hospital.actor)


def test_a_strike_reports_paragraphs_are_the_coalitions_air_strikes(gazetteer):
    text = (
        "On Dec. 4, Coalition military forces conducted 17 strikes against ISIS "
        "targets in Syria.\n\n"
        "Near Abu Kamal, one strike destroyed an ISIS oil wellhead.\n\n"
        "Near Dayr Az Zawr, two strikes destroyed 11 ISIS oil stills.\n\n"
        "Near Raqqah, 12 strikes engaged 10 ISIS tactical units and destroyed eight "
        "fighting positions, three vehicles, a VBIED and an ISIS headquarters.\n\n"
        "Separately, the Coalition said a Nov. 22 strike near Raqqah killed two "
        "civilians."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 5))
    reported = frame[frame.date == "2016-12-04"]
    assert len(reported) == 3
    assert set(reported.actor) == {"US-led coalition"}
    assert set(reported.event_type) == {"airstrike"}
    raqqa = frame[frame.place == "Ar Raqqah"]
    # the strike told separately is another, of its own day and toll
    assert sorted(zip(raqqa.date, raqqa.killed.fillna(0), strict=True)) == [
        ("2016-11-22", 2),
        ("2016-12-04", 0),
    ]


def test_a_deed_of_a_day_told_within_a_lasting_state_is_an_incident(gazetteer):
    text = (
        "The town of Darat Izza has been subjected to intense bombardment since the "
        "beginning of the month, which also targeted the town's hospital on November "
        "19, putting it out of service."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 27))
    assert list(zip(frame.date, frame.target, strict=True)) == [
        ("2016-11-19", "hospital")
    ]
    # (the state alone is none)
    text = (
        "The town of Darat Izza has been subjected to intense bombardment since the "
        "beginning of the month."
    )
    assert _extract(gazetteer, text, dt.date(2016, 11, 27)).empty


def test_a_day_told_within_the_month_first_told_dates_the_deed(gazetteer):
    text = (
        "Earlier this month, the government and its allies launched an offensive in "
        "the south of Idlib province, capturing the town of Abu al-Duhur and its air "
        "base on Jan. 9."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 1, 16))
    assert list(frame.date) == ["2017-01-09"]
    assert list(frame.actor) == ["regime"]
    # (a day of another month is of something else: the month stands)
    text = (
        "Earlier this month, the army captured the town of Abu al-Duhur, which rebels "
        "had taken on Sept. 9, 2015."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 1, 16))
    assert list(frame.date) == ["2017-01-01"]


def test_a_heading_of_a_day_dates_what_its_section_tells(gazetteer):
    text = (
        "Syria: the week in review\n\n"
        "Monday, 10 October\n\n"
        "Regime airstrikes on Kafr Nabl killed four civilians.\n\n"
        "Tue 11 Oct\n\n"
        "A car bomb exploded near a checkpoint in Azaz, killing at least 8 people.\n\n"
        "Saturday and Sunday (Oct 15-16)\n\n"
        "- Aleppo: Regime forces took control of Masaken Hanano.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 17))
    assert dict(zip(frame.place, frame.date, strict=True)) == {
        "Kafr Nabl": "2016-10-10",
        "Izaz": "2016-10-11",
        "Hanano": "2016-10-15",
    }


def test_a_target_told_again_tells_who_struck_it_and_how(gazetteer):
    text = (
        "23. On 19 September 2016, a convoy of 31 trucks was attacked in Urum "
        "al-Kubra. At least 10 civilians were killed.\n\n"
        "24. The Commission finds that Syrian air forces attacked the convoy using "
        "barrel bombs.\n\n"
        "25. On 3 October 2016, the al-Sakhour hospital in eastern Aleppo city was "
        "struck for the third time in a week. 2 patients were killed.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2017, 3, 1)).set_index("place")
    assert frame.loc["Urum al Kubra", "event_type"] == "barrel bomb"
    assert frame.loc["Urum al Kubra", "actor"] == "regime"
    # the finding is of the convoy: the hospital's strike, another day's, takes
    # neither its means nor its hand
    assert frame.loc["Al-Sakhour", "event_type"] != "barrel bomb"
    assert pd.isna(frame.loc["Al-Sakhour", "actor"])


def test_a_separate_development_is_not_placed_at_the_place_before(gazetteer):
    text = (
        "The monitor said 14 civilians were killed on Friday in Russian air strikes "
        "on the town of Albu Kamal.\n\n"
        "In a separate development, at least 20 members of the Syrian Democratic "
        "Forces were killed in an IS counter-attack on the eastern bank of the river."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 10, 14))
    assert sorted(frame.killed) == [14, 20]
    (separate,) = frame[frame.killed == 20].itertuples()
    assert pd.isna(separate.lat) and separate.geo_rule == "the text names no place"


def test_the_deed_answered_is_neither_place_nor_hand_of_the_deed_told(gazetteer):
    frame = _extract(
        gazetteer,
        "The United States fired 59 cruise missiles at the Shayrat air base near Homs "
        "early on Friday, in retaliation for a chemical attack on the town of Khan "
        "Sheikhoun that killed more than 80 people on Tuesday.",
        dt.date(2017, 4, 7),
    )
    assert list(frame.place) == ["Shayrat Air Base"]
    (row,) = _extract(
        gazetteer,
        "In response to regime shelling in the area, rebel forces shelled regime "
        "positions north of Kafr Nabl.",
    ).itertuples()
    assert row.actor == "rebels"


def test_a_province_abroad_tells_its_country_for_its_paragraph(gazetteer):
    text = (
        "Iraqi forces retook the town of al-Qaim on Friday.\n\n"
        "In Anbar province, a suicide bomber killed five soldiers at a checkpoint near "
        "Hit on Thursday."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 11, 3))
    assert frame.lat.isna().all()  # Iraq's Anbar and Hit, not Syria's namesakes
    assert frame.geo_rule.str.contains("Iraq").all()


def test_one_victim_shot_who_died_is_one_killed(gazetteer):
    text = (
        "Snipers shot a 12-year-old boy in Madaya on Sunday as he tried to collect "
        "grass. He died on the way to the clinic."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 12, 14)).itertuples()
    assert row.killed == 1
    # one told killed before is not killed again
    text = "Snipers killed a man in Madaya on Sunday. He died on the way to the clinic."
    (row,) = _extract(gazetteer, text, dt.date(2016, 12, 14)).itertuples()
    assert row.killed == 1


def test_ground_the_government_takes_is_regained_in_acleds_terms(gazetteer):
    (regime,) = _extract(
        gazetteer, "Regime forces captured the town of Kafr Nabl on Sunday."
    ).itertuples()
    assert regime.sub_event_type == "Government regains territory"
    (rebels,) = _extract(
        gazetteer, "Rebel factions captured the town of Kafr Nabl on Sunday."
    ).itertuples()
    assert rebels.sub_event_type == "Non-state actor overtakes territory"


def test_the_dead_by_group_are_each_places_own(gazetteer):
    frame = _extract(
        gazetteer,
        "Four people, among them two children, were killed in Kafr Batna, and two in "
        "Saqba.",
    ).set_index("place")
    assert frame.loc["Kafr Batna", "killed_children"] == 2
    assert pd.isna(frame.loc["Siqba", "killed_children"])
    # children wounded are no dead children
    (row,) = _extract(
        gazetteer, "Shells hit Saqba, injuring two children. No fatalities reported."
    ).itertuples()
    assert pd.isna(row.killed_children)


def test_ground_taken_a_day_before_the_days_taking_is_dated_so(gazetteer):
    frame = _extract(
        gazetteer,
        "The Syrian army captured the Jabal Badro district of Aleppo on Sunday, a day "
        "after seizing the Masaken Hanano housing complex.",
        dt.date(2016, 11, 27),
    )
    dates = dict(zip(frame.place_text, frame.date, strict=True))
    assert dates["Jabal Badro"] == "2016-11-27"
    assert dates["Masaken Hanano"] == "2016-11-26"


def test_the_other_sides_dead_of_the_clash_just_told_add_to_its_toll(gazetteer):
    text = (
        "Fighters of Jaysh al-Thuwar repelled an attack by the mercenaries on the "
        "village of Um Hosh, killing 7 of them. Two fighters were martyred in the "
        "clashes.\n\nThe Turkish army has been attacking the Shehba region for months."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 16))
    assert list(frame[frame.killed.notna()].killed) == [9]
    # dead told of the same side are the same dead: no sum
    text = (
        "Rebels repelled an attack on the village of Um Hosh, killing 7 militants. "
        "Five militants were killed in the clashes."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 16))
    assert 12 not in set(frame.killed.dropna())


def test_what_went_on_meanwhile_neither_hedges_nor_places_the_deed(gazetteer):
    text = (
        "Air strikes kill 14 in Idlib as evacuation of east Aleppo stalls\n\n"
        "Air strikes killed at least 14 people in the town of Maarat al-Numan on "
        "Saturday, a monitoring group said, as the evacuation of the last rebel "
        "enclave in eastern Aleppo stalled for a second day."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 17))
    assert list(frame.admin1) == ["Idleb"]
    assert list(frame.killed) == [14]


def test_pushing_deeper_into_a_place_takes_ground_there(gazetteer):
    frame = _extract(
        gazetteer,
        "Islamic State fighters pushed deeper into Palmyra's western outskirts on "
        "Saturday.",
        dt.date(2016, 12, 17),
    )
    assert list(frame.place_text) == ["Palmyra"]
    assert list(frame.event_type) == ["territory change"]
    assert list(frame.actor) == ["Islamic State"]
    # the fall told before, to say when: the advance is the news, where it went
    frame = _extract(
        gazetteer,
        "The fall of Palmyra came as pro-government forces pushed deeper into "
        "eastern Aleppo.",
        dt.date(2016, 12, 12),
    )
    assert list(frame.place_text) == ["Aleppo"]


def test_a_village_told_so_far_from_a_city_is_looked_for_that_far(gazetteer):
    frame = _extract(gazetteer, "Clashes raged in Hosh al-Farah, 30 km from Damascus.")
    assert list(frame.place) == ["Hawsh al Farah"]


def test_where_in_the_town_the_deed_just_told_fell_is_the_same_incident(gazetteer):
    text = (
        "At least nine civilians died on Tuesday when government artillery shelled "
        "Douma. The shelling targeted the area around the Grand Mosque and the "
        "al-Hajjariyeh neighbourhood in the morning."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert list(frame.place) == ["Douma"]
    assert list(frame.killed) == [9]


def test_those_blamed_for_the_attack_just_told_are_its_actor_not_its_place(gazetteer):
    text = (
        "On Wednesday morning, a mortar shell fell on the Bab Touma district of "
        'Damascus, wounding two people. State news agency SANA blamed "terrorists" '
        "in Jobar for the attack."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert list(frame.place_text) == ["Bab Touma"]
    assert list(frame.actor) == ["rebels"]


DAILY_REPORT = (
    "The Syrian Observatory documented the death of 61 people across Syria on "
    "Thursday, October 13, 2016.\n\n"
    "In Aleppo city, rebel shells killed two civilians in the al-Hamdaniyah "
    "neighbourhood.\n\n"
    "In Idlib countryside, three civilians were killed in airstrikes on the town of "
    "Kafr Takharim, while a woman died of wounds she sustained in shelling on Jisr "
    "al-Shughur last week.\n\n"
    "In Hama countryside, violent clashes continued between the regime forces and the "
    "factions near Souran, where 14 regime soldiers were killed.\n\n"
    "In Deir Ezzor, the Islamic State executed a man in the town of al-Mayadin, while "
    "two IS members were killed in a US-led coalition strike on al-Bukamal."
)


def test_a_daily_reports_day_holds_past_wounds_of_last_week(gazetteer):
    frame = _extract(gazetteer, DAILY_REPORT, dt.date(2016, 10, 14))
    dates = dict(zip(frame.place_text, frame.date, strict=True))
    assert dates["Jisr al-Shughur"] == "2016-10-07"  # the day of the wounding
    # what follows goes on with the report's day, not with the wounds'
    assert dates["al-Mayadin"] == dates["al-Bukamal"] == "2016-10-13"
    # clashes that "continued" that day: the report's day, not the day it came out
    assert dates["Souran"] == "2016-10-13"


def test_a_clause_of_its_own_tells_its_own_hand(gazetteer):
    frame = _extract(gazetteer, DAILY_REPORT, dt.date(2016, 10, 14))
    rows = frame.set_index("place_text")
    assert rows.loc["al-Mayadin", "actor"] == "Islamic State"
    assert rows.loc["al-Bukamal", "actor"] == "US-led coalition"
    assert rows.loc["al-Bukamal", "event_type"] == "airstrike"
    # the shelling of a clause lends no hand across paragraphs
    assert pd.isna(rows.loc["Jisr al-Shughur", "actor"])


def test_the_day_told_of_the_deed_not_of_the_telling(gazetteer):
    frame = _extract(
        gazetteer,
        "Russia's Defence Ministry said Wednesday that its warplanes had killed more "
        "than 120 militants in the northern Homs countryside over the past 24 hours.",
        dt.date(2016, 2, 10),
    )
    assert list(frame.date_rule) == ["relative-day: 'over the past 24 hours'"]


def test_the_strikes_told_again_where_they_hit_however_far_from_the_town(gazetteer):
    text = (
        "Activists: US-led strikes kill civilians near Raqqa\n\n"
        "Airstrikes by the U.S.-led coalition killed at least 20 civilians in a village "
        "held by the Islamic State group in northern Syria, activists said Friday.\n\n"
        "The Syrian Observatory for Human Rights said the strikes hit the village of "
        "Haisha, some 40 kilometers (25 miles) north of the city of Raqqa, late "
        "Thursday."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 9))
    assert list(frame.place_text) == ["Haisha"]
    assert list(frame.killed) == [20]
    assert list(frame.date) == ["2016-12-08"]


def test_an_offensive_going_on_since_a_day_is_no_event(gazetteer):
    frame = _extract(
        gazetteer,
        "Kurdish-led forces have been advancing on Raqqa since Nov. 6 in an offensive "
        'dubbed "Wrath of the Euphrates."',
        dt.date(2016, 12, 9),
    )
    assert frame.empty


def test_the_town_of_a_name_is_no_quarter_of_a_city_told_before(gazetteer):
    text = (
        "The coalition said it conducted 14 strikes near Raqqa on Dec. 8. On Sept. 30, "
        "a coalition strike on a bridge in the town of al-Thawra killed two people."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 9))
    rows = frame[frame.place_text == "al-Thawra"]
    assert list(rows.place_kind) == ["town"]


def test_a_monitor_that_tracks_the_war_tells_no_running_total(gazetteer):
    frame = _extract(
        gazetteer,
        "The Syrian Observatory for Human Rights, which tracks the war, said 24 "
        "insurgents were killed in the fighting near the village of Maardes, north of "
        "Hama city.",
        dt.date(2016, 9, 3),
    )
    assert list(frame.killed) == [24]


def test_the_military_airbase_in_a_city_is_its_airbase(gazetteer):
    frame = _extract(
        gazetteer,
        "The army said it had repelled an attack by jihadist fighters on the military "
        "airbase in Hama on Saturday, killing dozens of them.",
        dt.date(2016, 9, 3),
    )
    assert list(frame.place_kind) == ["airfield"]


def test_the_dead_told_again_by_a_witness_are_the_same_incident(gazetteer):
    text = (
        "A barrel bomb attack by government helicopters on a market in the al-Shaar "
        "neighbourhood of eastern Aleppo on 5 October killed at least 17 civilians.\n\n"
        "Two barrel bombs hit the market at around 11am.\n\n"
        '"I was buying tomatoes when I heard the helicopter. Then everything went '
        'black," said Abu Mahmoud, a 45-year-old vendor who lost his son in the '
        "attack.\n\n"
        "A paramedic told Amnesty International that his team pulled 17 bodies from "
        "the rubble and took more than 40 injured people to field hospitals.\n\n"
        '"Attacking a busy market in broad daylight is a war crime," said a '
        "researcher."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 12))
    assert list(frame.place_text) == ["al-Shaar"]
    assert list(frame.killed) == [17]
    assert list(frame.injured) == [40]


@pytest.mark.parametrize(
    "judgement",
    [
        '"The cluster attacks on Idlib show contempt for civilian lives," said a '
        "researcher.",
        "The attacks on hospitals in Idlib amount to war crimes, the UN said.",
        "The airstrikes on Idlib constitute a flagrant violation of the truce.",
    ],
)
def test_deeds_told_before_and_judged_are_no_new_incident(gazetteer, judgement):
    text = (
        "Russian jets struck Saraqib on Monday, killing 5 people.\n\n"
        f"{judgement}\n\n"
        "The strikes on Kafr Nabl on Tuesday killed 4 people."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 4))
    assert list(frame.place_text) == ["Saraqib", "Kafr Nabl"]
    assert list(frame.killed) == [5, 4]


def test_a_places_national_hospital_is_in_that_place(gazetteer):
    frame = _extract(
        gazetteer,
        "On 17 January, the Ma'arrat An Nu'man National Hospital was reportedly hit "
        "by airstrikes, rendering it out of service.",
        dt.date(2017, 1, 18),
    )
    assert list(frame.place) == ["Ma`arrat an Nu`man"]
    assert list(frame.target) == ["hospital"]


def test_aid_dropped_from_the_air_is_no_attack(gazetteer):
    frame = _extract(
        gazetteer,
        "A cargo plane dropped 21 tonnes of food and medicine over al-Joura on "
        "Sunday, the World Food Programme said.",
        dt.date(2017, 1, 10),
    )
    assert frame.empty


def test_whence_troops_came_and_a_capture_told_to_say_when_are_no_places(gazetteer):
    text = (
        "The army liberated the Tal al-Kabani hilltop in northern Latakia on Tuesday.\n\n"
        "The troops stormed the hilltop from the direction of the village of Kinsabba, "
        "killing at least 15 militants.\n\n"
        "Following the capture of Tal al-Kabani, the air force carried out airstrikes "
        "on the rebel-held town of Jisr al-Shughour."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 18))
    assert list(frame.place) == ["Kabanah", "Jisr ash Shughūr"]
    assert list(frame.killed.fillna(-1)) == [15, -1]


def test_a_convoy_leaving_with_its_wounded_is_an_evacuation(gazetteer):
    text = (
        "The ICRC says a first convoy of 13 ambulances and 20 buses carrying about "
        "1,000 people, including dozens of wounded, has left eastern Aleppo.\n\n"
        "Pro-government militiamen opened fire on the first convoy as it passed "
        "through the Ramouseh district this morning, killing one person. The convoy "
        "later continued.\n\n"
        "Rebels have lost more than 90% of the territory they held in eastern Aleppo "
        "since the government offensive began on November 15."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 15))
    rows = frame.set_index("place_text")
    assert rows.loc["Aleppo", "event_type"] == "strategic development"
    assert rows.loc["Aleppo", "injured"] != 1000
    assert pd.isna(rows.loc["Aleppo", "actor"])  # no ground changed hands that day
    assert rows.loc["Ramouseh district", "event_type"] == "attack"


def test_a_claim_of_the_attacks_is_each_ones_hand(gazetteer):
    text = (
        "A series of bombings ripped through the coastal cities of Jableh and Tartus "
        "on Monday morning, killing more than 140 people.\n\n"
        "In Jableh, a suicide bomber blew himself up inside a bus station. At least 73 "
        "people were killed in Jableh.\n\n"
        "In Tartus, a car bomb and a suicide bomber struck a bus station, killing at "
        "least 48 people.\n\n"
        "Islamic State claimed responsibility for the attacks."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 5, 23))
    assert list(frame.actor) == ["Islamic State", "Islamic State"]


def test_the_deed_a_telling_came_a_day_after_is_the_news(gazetteer):
    frame = _extract(
        gazetteer,
        "Syria Direct spoke with Dr. Abu Ammar, a surgeon at a field hospital in "
        "Douma, on Wednesday, a day after airstrikes killed 26 people in the town.",
        dt.date(2016, 10, 26),
    )
    assert list(frame.place) == ["Douma"]
    assert list(frame.killed) == [26]
    assert list(frame.date) == ["2016-10-25"]
    assert list(frame.target.fillna("")) == [""]  # where the surgeon works


def test_a_joint_toll_told_place_by_place_with_who_they_were(gazetteer):
    text = (
        "Six civilians were killed on Monday when regime artillery shelled the towns "
        "of Khan Shaykhun and Kafranbel in southern Idlib.\n\n"
        "Four of the dead were in Khan Shaykhun, including a woman and her daughter; "
        "the other two, both farmers, were killed in their fields on the outskirts of "
        "Kafranbel."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 6))
    assert dict(zip(frame.place_text, frame.killed, strict=True)) == {
        "Khan Shaykhun": 4,
        "Kafranbel": 2,
    }


def test_where_the_wounded_were_treated_is_no_place_of_the_attack(gazetteer):
    text = (
        "Dozens of people were treated for breathing difficulties after a helicopter "
        "dropped a barrel bomb containing chlorine on the town of Saraqeb late on "
        "Sunday.\n\n"
        "The Syrian American Medical Society said 29 patients arrived at its hospitals "
        "in Saraqeb and nearby Sarmin with symptoms of exposure to chlorine."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 8, 1))
    assert list(frame.place_text) == ["Saraqeb"]


def test_a_roundups_day_heading_holds_over_its_place_headings(gazetteer):
    text = (
        "Monday 14 November 2016\n\nIdlib\n\n"
        "- Russian warplanes struck the town of Kafr Takharim, killing three "
        "civilians.\n"
        "- A woman died of her wounds in Maarat al-Numan, a day after shelling hit her "
        "house.\n\nAleppo\n\n"
        "- Barrel bombs fell on the Masaken Hanano neighbourhood, killing 8.\n"
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 15))
    assert set(frame.date) == {"2016-11-14"}
    rows = frame.set_index("place_text")
    # another item, of means of its own told aside: not the warplanes' toll
    assert pd.isna(rows.loc["Maarat al-Numan", "actor"])


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes killed seven and four civilians in Kafr Nabl and Saraqib "
        "respectively on Sunday.",
        "Seven and four civilians were killed in Kafr Nabl and Saraqib, respectively, "
        "when warplanes struck on Sunday.",
    ],
)
def test_tolls_told_respectively_go_to_the_places_in_order(gazetteer, text):
    frame = _extract(gazetteer, text)
    assert dict(zip(frame.place_text, frame.killed, strict=True)) == {
        "Kafr Nabl": 7,
        "Saraqib": 4,
    }


def test_the_day_of_a_running_total_and_the_day_a_fight_went_on_to(gazetteer):
    frame = _extract(
        gazetteer,
        "At least 30 people have been killed in Douma since Friday, including 11 on "
        "Monday alone.",
        dt.date(2016, 11, 16),
    )
    assert list(zip(frame.date, frame.killed, strict=True)) == [("2016-11-14", 11)]
    frame = _extract(
        gazetteer,
        "Clashes that began on Thursday between rebels and the army around Handarat "
        "continued for a third day on Saturday, killing at least 18 fighters.",
        dt.date(2016, 11, 16),
    )
    assert list(frame.date) == ["2016-11-12"]


def test_a_person_missing_since_a_month_tells_no_running_total(gazetteer):
    frame = _extract(
        gazetteer,
        "The body of a journalist who had been missing since August was found near "
        "Azaz on Thursday with gunshot wounds.",
        dt.date(2016, 11, 16),
    )
    assert list(frame.killed) == [1]


def test_fire_from_ground_a_side_holds_is_that_sides(gazetteer):
    text = (
        "A mortar shell landed on the Mezzeh neighbourhood of Damascus on Friday, "
        "killing one person, state media reported. The shell was fired from the "
        "rebel-held Daraya, it said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 16))
    assert list(frame.place_text) == ["Mezzeh"]
    assert list(frame.actor) == ["rebels"]


def test_a_bombings_hand_and_dead_told_after_the_capture_it_came_after(gazetteer):
    text = (
        "Car bomb kills 48 near al-Bab as Turkish-backed forces take town\n\n"
        "A car bomb exploded at a security headquarters in the village of Sousian, "
        "8 km northwest of al-Bab, on Friday, killing at least 48 people.\n\n"
        "The bombing came a day after Turkish-backed rebels captured al-Bab from "
        "Islamic State. Islamic State claimed responsibility through its Amaq news "
        'agency, saying the bomber had targeted "a gathering of apostates".\n\n'
        "Turkey's military said two of its soldiers were also killed in the attack."
    )
    frame = _extract(gazetteer, text, dt.date(2017, 2, 24))
    rows = frame.set_index("place_text")
    assert rows.loc["Sousian", "actor"] == "Islamic State"
    assert rows.loc["Sousian", "killed"] == 50
    assert list(frame.place_text) == ["Sousian", "al-Bab"]


def test_an_aircraft_that_crashed_is_no_strike_unless_brought_down(gazetteer):
    crashed = _extract(
        gazetteer,
        "A Russian Su-24 bomber crashed near the Hmeimim airbase on Monday; both "
        "pilots were killed, the defence ministry said.",
    )
    assert crashed.empty
    downed = _extract(
        gazetteer,
        "A Syrian army helicopter crashed near Tadef on Monday after it was shot down "
        "by rebels, killing its two pilots.",
    )
    assert list(downed.killed) == [2]


def test_a_university_named_after_a_city_is_in_it(gazetteer):
    frame = _extract(
        gazetteer,
        "Rebels fired 16 rockets at the Aleppo University area on Monday, killing "
        "three students.",
    )
    assert list(frame.place) == ["Aleppo"]
    assert list(frame.target) == ["university"]


def test_the_dead_of_a_day_told_where_a_denial_names_stand(gazetteer):
    frame = _extract(
        gazetteer,
        "The army said it had not targeted civilians in Douma, where activists said 22 "
        "people were killed in airstrikes on Wednesday.",
        dt.date(2016, 11, 17),
    )
    assert list(zip(frame.place_text, frame.killed, strict=True)) == [("Douma", 22)]
    # a running total of the place, told so, stays none
    frame = _extract(
        gazetteer,
        "The offensive could not quell resistance, but the siege has continued of "
        "Zabadani and nearby Madaya, where scores of residents have starved to death.",
        dt.date(2016, 11, 17),
    )
    assert frame.empty


def test_a_similar_attack_is_like_what_the_same_place_went_through(gazetteer):
    frame = _extract(
        gazetteer,
        "Air strikes killed at least 19 people in Maarat al-Numan on Tuesday.\n\n"
        "Separately, a roadside bomb struck a minibus near Jableh on Tuesday, wounding "
        "seven soldiers.\n\n"
        "Maarat al-Numan was struck in a similar attack last October, when 12 people "
        "died.",
        dt.date(2016, 6, 14),
    )
    (october,) = frame[frame.killed == 12].itertuples()
    assert october.event_type == "airstrike"


def test_what_the_strike_hit_told_after_it(gazetteer):
    text = (
        "Air strikes killed at least 19 people in Maarat al-Numan on Tuesday.\n\n"
        "The monitor said the jets were believed to be Russian.\n\n"
        "Rescuers said a vegetable market was hit twice. Some 40 people were injured."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 6, 14)).itertuples()
    assert (row.killed, row.injured, row.target) == (19, 40, "market")
    # a death on the way to a clinic hit no clinic
    frame = _extract(
        gazetteer,
        "Hezbollah snipers shot a boy in Madaya on Sunday. He died on the way to the "
        "clinic.",
        dt.date(2016, 12, 12),
    )
    assert list(frame.target.fillna("")) == [""]
    # the deed called back, and what it hit
    (row,) = _extract(
        gazetteer,
        "Air strikes on the town of Atareb killed nine people on Tuesday. The strikes "
        "hit a market street in the town centre shortly after noon.",
        dt.date(2016, 11, 2),
    ).itertuples()
    assert (row.killed, row.target) == (9, "market")


def test_the_town_taken_over_the_day_after(gazetteer):
    frame = _extract(
        gazetteer,
        "On 5 May, airstrikes on the town of Kafr Nabudah reportedly killed six "
        "civilians. The following day, the town was reportedly taken over by "
        "Government of Syria forces.",
        dt.date(2019, 5, 10),
    )
    rows = list(zip(frame.place_text, frame.event_type, frame.date, strict=True))
    assert rows == [
        ("Kafr Nabudah", "airstrike", "2019-05-05"),
        ("Kafr Nabudah", "territory change", "2019-05-06"),
    ]
    assert frame.actor.iloc[1] == "regime"


def test_a_campaign_told_of_its_days_so_far_is_no_event(gazetteer):
    frame = _extract(
        gazetteer,
        "Since 28 April, intense air and ground strikes have been reported across "
        "southern Idleb and northern Hama governorates. On 5 May, airstrikes on the "
        "town of Kafr Nabudah killed six civilians.",
        dt.date(2019, 5, 10),
    )
    assert list(frame.place_text) == ["Kafr Nabudah"]


def test_the_toll_of_that_barrage_is_the_deed_just_told(gazetteer):
    frame = _extract(
        gazetteer,
        "Government aircraft pounded the Sukkari district on Saturday. Rescuers pulled "
        "a dozen bodies from the rubble in Sukkari.\n\n"
        "On the other side of the city, rockets fired by rebels on Friday hit the "
        "Hamdaniyeh district. The Observatory said the toll from that barrage had "
        "risen to 15 dead, up from 11 on Friday.",
        dt.date(2016, 11, 5),
    )
    rows = list(zip(frame.place_text, frame.killed, strict=True))
    assert rows == [("Sukkari", 12), ("Hamdaniyeh", 15)]


def test_another_deeds_toll_risen_meanwhile_is_told_aside(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Syrian government aircraft pounded rebel-held districts of eastern Aleppo on "
        "Saturday, killing 23 civilians, a monitor said, as the death toll from rebel "
        "rocket fire on the government-held west rose to 15.",
        dt.date(2016, 11, 5),
    ).itertuples()
    assert (row.killed, row.event_type, row.actor) == (23, "airstrike", "regime")


def test_forces_of_the_assad_regime_and_the_weekend_they_advanced(gazetteer):
    frame = _extract(
        gazetteer,
        "Forces of the Assad regime advanced in the Qaboun neighbourhood of east "
        "Damascus over the weekend. The Faylaq al-Rahman faction said on Monday that "
        "11 of its fighters had been killed in the battles since Saturday.",
        dt.date(2017, 3, 21),
    )
    (row,) = frame[frame.place_text == "Qaboun"].itertuples()
    assert (row.actor, row.date, row.date_precision) == ("regime", "2017-03-18", "week")


def test_the_toll_told_after_brings_what_the_strike_hit(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Activists posted footage of the aftermath of the air strikes on Saraqeb. The "
        "Observatory said seven civilians were killed when jets struck a residential "
        "street early this afternoon.",
        dt.date(2016, 12, 16),
    ).itertuples()
    assert (row.killed, row.target) == (7, "residential")


def test_a_hospital_that_received_the_hurt_is_no_target(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Shelling killed 11 people in Douma on Monday, and dozens of wounded were "
        "taken to a nearby field hospital.",
        dt.date(2016, 5, 18),
    ).itertuples()
    assert pd.isna(row.target)


def test_a_second_hospital_hit_an_hour_later_the_day_told_after_the_telling(gazetteer):
    frame = _extract(
        gazetteer,
        "MSF said on Tuesday that a hospital it supports in Maarat al-Numan was struck "
        "by four missiles on Monday morning, killing at least nine people.\n\n"
        "It had already been damaged in attacks on February 3 and February 9.\n\n"
        "About an hour later, a second hospital in the town, the national hospital, "
        "was also hit. Three patients were killed there.\n\n"
        "In Azaz, missiles struck a children's hospital, killing at least 14 people.",
        dt.date(2016, 2, 16),
    )
    rows = list(
        zip(frame.place_text, frame.killed, frame.date, frame.target, strict=True)
    )
    assert rows == [
        ("Maarat al-Numan", 9, "2016-02-15", "hospital"),
        ("Maarat al-Numan", 3, "2016-02-15", "hospital"),
        ("Azaz", 14, "2016-02-15", "hospital"),
    ]


def test_the_bombardment_came_a_day_after_another_deed(gazetteer):
    frame = _extract(
        gazetteer,
        "Regime helicopters dropped barrel bombs on the Daraa al-Balad district of "
        "Daraa city on Monday, killing 11 civilians. The bombardment came a day after "
        "rebels launched an offensive on the government-held Manshiyeh neighbourhood, "
        "capturing several buildings. Rebel shelling of the government-held Mahatta "
        "district killed two people on Monday.",
        dt.date(2017, 2, 14),
    )
    rows = list(zip(frame.place, frame.event_type, frame.actor, strict=True))
    assert rows == [
        ("Daraa al-Balad", "barrel bomb", "regime"),
        ("Al Mansheyah", "armed clash", "rebels"),
        ("Daraa al-Mahatta", "shelling", "rebels"),
    ]


def test_the_afrin_region_is_its_district_and_an_ied_workshop_no_blast(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Weapons seizure: Turkish forces discovered a YPG IED workshop during security "
        "sweeps of the Afrin region.",
        dt.date(2018, 3, 26),
    ).itertuples()
    assert (row.geo_precision, row.event_type) == (2, "strategic development")
    # (unless it blew up)
    (row,) = _extract(
        gazetteer,
        "An IED factory in Douma exploded during the transportation of ammunition, "
        "killing at least 10 people.",
        dt.date(2018, 3, 1),
    ).itertuples()
    assert (row.killed, row.event_type) == (10, "IED")
    (row,) = _extract(
        gazetteer,
        "Two children were killed when an unexploded cluster bomblet they were playing "
        "with exploded in Tell Rifaat on Saturday.",
        dt.date(2016, 11, 16),
    ).itertuples()
    assert (row.killed, row.event_type) == (2, "IED")


def test_where_the_speakers_are_is_not_where_the_strike_they_tell_of_fell(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Kurdish officials in Afrin said Turkish air strikes on the town of Jinderes "
        "killed at least seven civilians on Thursday.",
        dt.date(2018, 3, 9),
    ).itertuples()
    assert (row.place_text, row.killed, row.actor) == ("Jinderes", 7, "Turkey")


def test_villages_cleared_of_fighters_were_taken(gazetteer):
    frame = _extract(
        gazetteer,
        "The military said the villages of Kafr Jana and Bulbul were cleared of "
        "PYD/PKK terrorists on Thursday.",
        dt.date(2018, 3, 9),
    )
    assert list(frame.event_type) == ["territory change"] * 2
    assert frame.actor.isna().all()  # not the group driven out
    assert _extract(
        gazetteer, "The road to Bulbul was cleared of mines on Thursday."
    ).empty


def test_one_killed_in_a_massacre_of_another_year_is_of_that_massacre(gazetteer):
    frame = _extract(
        gazetteer,
        "On May 25, 2012, militiamen went house to house in the village of Taldou, "
        "killing 108 people.\n\n"
        "On Wednesday, two mortar rounds hit a school in Kafr Laha, wounding four "
        "pupils and a teacher.\n\n"
        '"Every family here has lost someone," said Abu Yasser, a teacher whose '
        "brother was killed in the 2012 massacre.\n\n"
        "Residents said government forces had also shelled the nearby village of Tal "
        "Dahab overnight.",
        dt.date(2017, 5, 26),
    )
    rows = [
        tuple(None if pd.isna(x) else x for x in row)
        for row in zip(frame.place_text, frame.killed, frame.injured, strict=True)
    ]
    assert rows == [
        ("Taldou", 108, None),
        ("Kafr Laha", None, 5),
        ("Tal Dahab", None, None),
    ]
    assert frame.admin1.iloc[2] == "Homs"  # the Houla area's, not Al-Hasakeh's


def test_a_station_damaged_is_of_the_spring_not_of_the_city_it_supplies(gazetteer):
    frame = _extract(
        gazetteer,
        "Barrel bombs killed a woman and her daughter in Ain al-Fijeh this afternoon. "
        "The spring's pumping station, which supplies Damascus with most of its water, "
        "was badly damaged on Thursday.",
        dt.date(2017, 1, 1),
    )
    rows = list(zip(frame.place_text, frame.date, frame.target.fillna(""), strict=True))
    assert rows == [
        ("Ain al-Fijeh", "2017-01-01", ""),
        ("Ain al-Fijeh", "2016-12-29", "pumping station"),
    ]


def test_the_attackers_own_losses_add_to_the_toll_of_their_victims(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Islamic State fighters ambushed a regime convoy near Ithriya, killing 7 "
        "soldiers. IS lost 3 fighters.",
    ).itertuples()
    assert row.killed == 10
    # the attackers' dead told again by their side are the same dead
    (row,) = _extract(
        gazetteer,
        "Jaish al-Izza fighters said they had repelled an attack by the Syrian Arab "
        "Army on the village of Maan, killing 15 attackers. Pro-government media said "
        "the NDF had lost 4 men.",
    ).itertuples()
    assert row.killed == 15


def test_the_following_morning_and_the_town_a_paragraph_is_about(gazetteer):
    frame = _extract(
        gazetteer,
        "On the morning of 13 March, a missile struck the only working bakery in the "
        "town of Kafr Takharim, killing 16 people.\n\n"
        "The following morning, another airstrike hit a school in the nearby village of "
        "Kafr Jales, wounding seven children.\n\n"
        "Kafr Takharim, a town of some 15,000 people, has been bombed repeatedly since "
        "2015. In January, strikes on its main market killed 11.",
        dt.date(2017, 3, 16),
    )
    rows = list(zip(frame.place_text, frame.date, strict=True))
    assert rows == [
        ("Kafr Takharim", "2017-03-13"),
        ("Kafr Jales", "2017-03-14"),
        ("Kafr Takharim", "2017-01-01"),
    ]


def test_a_place_before_a_groups_acronym_is_a_place(gazetteer):
    (row,) = _extract(
        gazetteer,
        "In Deir ez-Zor IS shelling of government-held neighbourhoods killed five on "
        "Monday.",
    ).itertuples()
    assert (row.place_text, row.killed, row.actor) == (
        "Deir ez-Zor",
        5,
        "Islamic State",
    )


def test_a_tally_told_by_province_is_the_governorates(gazetteer):
    (row,) = _extract(
        gazetteer,
        "By province, the toll was highest in Aleppo, where 87 civilians were killed, "
        "most of them in government airstrikes on the city's eastern districts.",
        dt.date(2016, 10, 16),
    ).itertuples()
    assert (row.killed, row.geo_precision, row.admin1) == (87, 3, "Aleppo")


def test_an_interviews_speaker_label_is_no_place_and_the_towns_market_is_in_it(
    gazetteer,
):
    frame = _extract(
        gazetteer,
        "Syria Direct spoke with Abu Omar, a media activist in the town of Nawa.\n\n"
        "Q: What has happened in Nawa in the past week?\n\n"
        "Abu Omar: On Saturday, regime forces fired surface-to-surface missiles at the "
        "town's market. Six people were killed.",
        dt.date(2017, 6, 14),
    )
    rows = list(zip(frame.place_text, frame.killed, frame.target, strict=True))
    assert rows == [("Nawa", 6, "market")]


def test_an_item_of_a_digest_takes_no_day_from_another_item(gazetteer):
    frame = _extract(
        gazetteer,
        "Syria in brief: Tuesday, 7 February\n\n"
        "* Al-Bab: Turkey said three of its soldiers died when a Russian jet mistakenly "
        "bombed their position near al-Bab on Thursday.\n\n"
        "* Homs: A car bomb exploded near a checkpoint at the entrance to the Zahraa "
        "neighbourhood, wounding eight people, state TV said.",
        dt.date(2017, 2, 7),
    )
    assert list(frame.date) == ["2017-02-02", "2017-02-07"]


def test_no_information_so_far_is_no_running_total(gazetteer):
    frame = _extract(
        gazetteer,
        "The regime forces targeted the town of Ein Tarma with missiles, and no "
        "information about casualties so far, while the warplanes carried out 4 "
        "airstrikes on the town of Arbin, causing the injury of several people.",
        dt.date(2017, 11, 20),
    )
    assert list(frame.injured.fillna(-1)) == [-1, 10]


def test_a_casualty_log_of_places_in_brackets(gazetteer):
    frame = _extract(
        gazetteer,
        "The Violations Documentation Center recorded the following deaths today:\n"
        "Aleppo city (al-Shaar): 6 civilians, Russian airstrike\n"
        "Idlib (Khan Shaykhun): 2 civilians, shelling\n"
        "Rural Damascus (Douma): 1 civilian, sniper fire\n"
        "Homs (al-Waer): 3 civilians, regime shelling\n",
        dt.date(2016, 10, 3),
    )
    rows = list(zip(frame.place_text, frame.killed, frame.event_type, strict=True))
    assert rows == [
        ("al-Shaar", 6, "airstrike"),
        ("Khan Shaykhun", 2, "shelling"),
        ("Douma", 1, "sniper"),
        ("al-Waer", 3, "shelling"),
    ]


def test_a_road_linking_two_towns_is_near_the_first(gazetteer):
    for road in ("the road linking Kobani and Sirrin", "the Kobani-Sirrin road"):
        (row,) = _extract(
            gazetteer,
            f"A drone targeted a car on {road} on Monday, killing 2 fighters.",
        ).itertuples()
        assert (row.place_text, row.geo_precision, row.killed) == ("Kobani", 2, 2)


def test_a_city_with_its_own_toll_beside_towns_of_its_governorate(gazetteer):
    frame = _extract(
        gazetteer,
        "Airstrikes killed 12 people in Idlib city and eight in Saraqeb on Monday, "
        "while shelling killed three in Jisr al-Shughur.",
    )
    assert list(zip(frame.place_text, frame.killed, strict=True)) == [
        ("Idlib", 12),
        ("Saraqeb", 8),
        ("Jisr al-Shughur", 3),
    ]


def test_a_deed_told_beside_a_toll_no_one_could_tell(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Residents said at least five barrel bombs fell on the Bab al-Nairab "
        "neighborhood on Monday, but they could not say whether anyone had been killed.",
    ).itertuples()
    assert (row.place_text, row.event_type) == ("Bab al-Nairab", "barrel bomb")
    assert pd.isna(row.killed)


def test_they_struck_on_another_day_is_the_same_hand(gazetteer):
    frame = _extract(
        gazetteer,
        "On Monday, jets struck Saraqeb, killing four; on Tuesday, they hit Binnish, "
        "where six people died, rescuers said.",
    )
    rows = list(zip(frame.place_text, frame.date, frame.event_type, strict=True))
    assert rows == [
        ("Saraqeb", "2016-10-17", "airstrike"),
        ("Binnish", "2016-10-18", "airstrike"),
    ]
    # a day told after a semicolon is the day of its own clause
    (row,) = _extract(
        gazetteer,
        "It was the second time in a week that the market in Maarat al-Numan had been "
        "hit; on Monday, seven people died there.",
    ).itertuples()
    assert (row.date, row.killed) == ("2016-10-17", 7)


def test_maimed_by_a_bomblet_and_a_stampede_is_no_attack(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Two brothers aged 8 and 10 lost their legs when a cluster bomblet exploded in "
        "Hayyan on Monday.",
    ).itertuples()
    assert (row.injured, row.event_type) == (2, "IED")
    assert _extract(
        gazetteer,
        "At least 14 people died and 30 were hurt in a stampede at the Bab al-Hawa "
        "crossing on Friday.",
    ).empty


def test_a_sections_label_places_its_toll_and_an_offensive_entering_its_day(gazetteer):
    frame = _extract(
        gazetteer,
        "Russian warplanes have struck two more hospitals in Idlib Province, as the "
        "Assad regime's offensive on east Aleppo enters its third day.\n\n"
        "The Kafr Takharim hospital was hit on Tuesday afternoon. Two staff members "
        "were killed.\n\n"
        "Aleppo: 32 Killed\n\n"
        "At least 32 people were killed in the east of the city on Wednesday.",
        dt.date(2016, 11, 17),
    )
    rows = list(zip(frame.admin1, frame.killed, strict=True))
    assert rows == [("Idleb", 2), ("Aleppo", 32)]


def test_hospitals_that_received_the_wounded_and_the_site_of_a_battle(gazetteer):
    frame = _extract(
        gazetteer,
        "Hospitals in Aleppo's east received 45 wounded on Tuesday after strikes on "
        "al-Shaar.",
    )
    assert frame.target.isna().all()
    (row,) = _extract(
        gazetteer,
        "Turkish-backed rebels have driven IS out of the town of Dabiq, the site of a "
        "prophesied apocalyptic battle, Turkey's military said on Sunday.",
    ).itertuples()
    assert row.event_type == "territory change"
    # a hospital hit where victims were being treated is still the target
    (row,) = _extract(
        gazetteer,
        "Hours later, rockets hit a hospital in Khan Shaykhun where victims were being "
        "treated.",
    ).itertuples()
    assert row.target == "hospital"


def test_a_fair_named_after_a_city_is_in_it(gazetteer):
    (row,) = _extract(
        gazetteer,
        "Rocket fire on the Damascus Fair grounds killed six people on Sunday.",
    ).itertuples()
    assert (row.place_text, row.killed) == ("Damascus", 6)


def test_a_toll_of_a_week_of_bombardment_is_a_running_total(gazetteer):
    text = (
        "The Syrian Observatory for Human Rights said at least 27 civilians were "
        "killed in air strikes on rebel-held districts of Aleppo on Saturday. The "
        "monitor said the death toll from a week of bombardment had risen to 225.\n\n"
        "In three days of shelling, 60 people have died in Douma."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 26))
    assert list(rows.killed.dropna()) == [27]
    assert pd.isna(rows.killed_high).all()


def test_strikes_since_the_dawn_of_today_are_the_day_s(gazetteer):
    text = (
        "Warplanes carried out 42 airstrikes since the dawn of today on the town of "
        "Khan al-Shih in the Western Ghouta, which resulted in the death of a child."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 20)).itertuples()
    assert (row.place, row.killed) == ("Khan ash Shih", 1)


def test_a_man_killed_by_sniper_fire_in_another_town_is_that_town_s(gazetteer):
    text = (
        "In Daraa province, the regime helicopters dropped 6 barrel bombs on areas in "
        "the town of Sheikh Miskin, and a man was killed by the regime sniper fire in "
        "the town of Da'el."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 20))
    tolls = dict(zip(rows.place, rows.killed, strict=True))
    assert tolls["Da`il"] == 1 and pd.isna(tolls["Shaykh Miskin"])


def test_a_running_total_told_while_leaves_the_day_s_toll(gazetteer):
    text = (
        "In Aleppo, the SOHR documented the death of 4 people including 2 children "
        "due to shelling by rebel factions on the neighborhood of al-Sukkari, while "
        "the number of people killed by the regime airstrikes on the city of Aleppo "
        "since the 15th of November rose to 212 including 27 children."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 20)).itertuples()
    assert (row.place, row.killed, row.actor) == ("As-Sukkari", 4, "rebels")


def test_a_checkpoint_run_by_us_backed_fighters_is_theirs_not_the_bombers(gazetteer):
    text = (
        "A car bomb exploded Tuesday at a checkpoint run by U.S.-backed Kurdish "
        "fighters near the northern town of Manbij, killing four fighters."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 30)).itertuples()
    assert pd.isna(row.actor)


def test_meanwhile_the_places_told_before_are_no_context(gazetteer):
    text = (
        "Airstrikes hit a market in the town of Kafr Nabl in Idlib province on "
        "Wednesday, killing 20 people.\n\n"
        "Meanwhile, the U.N. humanitarian agency said a convoy carrying food for "
        "40,000 people reached the besieged town of Madaya on Monday, the first "
        "delivery since April."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert "Rural Damascus" in set(rows.admin1)


def test_a_part_of_syria_told_with_its_possessive_is_no_national_tally(gazetteer):
    text = (
        "Airstrikes on a busy market in Syria's rebel-held northwest killed at least "
        "20 people on Wednesday, activists said.\n\n"
        "The Syrian Civil Defense said the strikes hit the town of Kafr Nabl in Idlib "
        "province around midday."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 30)).itertuples()
    assert (row.place, row.killed) == ("Kafr Nabl", 20)


def test_a_year_s_count_of_attacks_is_a_total_not_an_incident(gazetteer):
    text = (
        "Earlier this month, on February 5, a hospital supported by MSF in Tafas, in "
        "Daraa governorate, was bombed, killing three people.\n\n"
        "In 2015, 94 airstrikes and shellings hit 63 MSF-supported hospitals and "
        "clinics in Syria, destroying 12 facilities and killing 23 MSF staff members."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 2, 17)).itertuples()
    assert (row.place, row.killed) == ("Tafas", 3)


def test_a_landmark_s_name_is_no_place_of_its_own(gazetteer):
    text = (
        "UPDATE 1530 GMT: Activists say 11 people have been killed in Douma by regime "
        "airstrikes this afternoon.\n\n"
        "The Douma Coordination Committee said that warplanes struck a residential "
        "area near the Grand Mosque.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 10, 18))
    assert list(rows.place) == ["Douma"]


def test_a_place_told_in_a_region_lies_in_its_governorate(gazetteer):
    text = (
        "Jaish al-Islam has repelled an assault by regime forces on the Marj area of "
        "the Eastern Ghouta, killing 17 attackers."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 18)).itertuples()
    assert (row.admin1, row.killed) == ("Rural Damascus", 17)


def test_a_month_of_barrel_bombs_is_no_event_but_sets_the_scene(gazetteer):
    text = (
        "Abu Yazan: In the last month alone, the regime dropped more than 600 barrel "
        "bombs on Daraya. On August 19, napalm bombs set the hospital on fire. Two "
        "nurses were killed that day."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 8, 30)).itertuples()
    assert (row.place, row.date, row.killed) == ("Darayya", "2016-08-19", 2)


def test_here_is_where_the_speaker_is(gazetteer):
    text = (
        "Abu Yazan: I am in Maarat Misrin, near Idlib city. Yesterday, a strike hit "
        "the market here and killed three people."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 8, 30)).itertuples()
    assert (row.place, row.killed) == ("Ma‘arrat Mişrīn", 3)


def test_the_dead_for_want_of_medicine_are_the_siege_s(gazetteer):
    text = "Two children died in Madaya on Monday because there was no medicine."
    (row,) = _extract(gazetteer, text, dt.date(2016, 8, 30)).itertuples()
    assert row.event_type == "siege"


def test_a_named_man_s_brother_is_one_dead_and_no_place(gazetteer):
    text = (
        "In 2013, Khatib's brother was killed by a sniper in the Bustan al-Qasr "
        "neighbourhood."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 2)).itertuples()
    assert (row.place, row.killed) == ("Bustan Al-Qaser", 1)


def test_a_town_s_share_after_a_paragraph_on_the_same_dead(gazetteer):
    text = (
        "Syrian government air strikes and rocket fire killed at least 100 civilians "
        "in Eastern Ghouta on Monday, a monitor said.\n\n"
        "Twenty children were among those killed in the bombardment, the Syrian "
        "Observatory for Human Rights said.\n\n"
        "In Hamouria alone, at least 28 people died, according to the Observatory.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2018, 2, 19))
    tolls = dict(zip(rows.place, rows.killed, strict=True))
    assert tolls == {"Eastern Ghouta": 72, "Hammurah": 28}
    assert set(rows.actor) == {"regime"}


def test_a_group_named_after_a_town_is_no_place(gazetteer):
    text = (
        "Yesterday, the mercenaries attacked the positions of the Liberation Forces of "
        "Afrin near the village of Maranaz, and the Liberation Forces responded, "
        "killing 7 mercenaries."
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 8, 14)).itertuples()
    assert (row.place, row.killed) == ("Mar`anaz", 7)


def test_what_an_attack_came_after_is_another_event(gazetteer):
    text = (
        "Regime helicopters dropped barrels filled with chlorine on the town of "
        "Saraqeb in Idlib Province on Monday night, injuring at least 33 people.\n\n"
        "The attack came hours after a Russian helicopter was shot down near Saraqeb, "
        "killing all five crew.\n\n"
        "The Russian-regime offensive in Idlib has killed more than 400 civilians "
        "since December 25.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 8, 2))
    assert sorted(rows.event_type) == ["attack", "chemical"]
    chlorine = rows[rows.event_type == "chemical"].iloc[0]
    assert (pd.isna(chlorine.killed), chlorine.injured) == (True, 33)
    assert rows[rows.event_type == "attack"].iloc[0].killed == 5


def test_each_clause_its_own_means_and_target(gazetteer):
    text = (
        "In Idlib, a strike on a market in the town of Saraqeb killed five people, and "
        "two people died in shelling of Khan Shaykhun."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 9, 20)).set_index("place")
    assert (rows.loc["Sarāqib", "event_type"], rows.loc["Sarāqib", "target"]) == (
        "attack",
        "market",
    )
    assert rows.loc["Khān Shaykhūn", "event_type"] == "shelling"
    assert pd.isna(rows.loc["Khān Shaykhūn", "target"])


def test_where_a_victim_was_displaced_from_is_no_place_of_the_strike(gazetteer):
    text = (
        "Russian warplanes carried out strikes on Ariha village in Idleb countryside, "
        "killing 3 people, including a woman, her child, and a recently-displaced "
        "male IDP from the Eastern Ghouta."
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 3, 31)).itertuples()
    assert (row.place, row.killed) == ("Ariha", 3)
    fled = "Civilians were displaced from the village of Makbes in western Aleppo "
    fled += "province due to shelling."
    (row,) = _extract(gazetteer, fled, dt.date(2018, 3, 25)).itertuples()
    assert row.place == "Maklabis"


def test_who_withdrew_after_a_bombardment_did_not_bomb(gazetteer):
    text = (
        "Opposition activists said rebels withdrew from Bab al-Hadid after heavy "
        "bombardment overnight."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 12, 5))
    assert "rebels" not in set(rows.actor.dropna())


def test_bustan_al_basha_is_the_aleppo_quarter(gazetteer):
    text = (
        "Syria Daily: Pro-Assad Offensive Advances in Aleppo's Old City\n\n"
        "PHOTO: Smoke rises over the Bustan al-Basha district after an airstrike on "
        "Sunday\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 12, 5)).itertuples()
    assert row.admin1 == "Aleppo"


def test_the_dead_since_an_offensive_began_are_a_running_total(gazetteer):
    text = (
        "The Observatory says more than 100 civilians have been killed in Coalition "
        "strikes on the Manbij area since the offensive began on May 31."
    )
    assert _extract(gazetteer, text, dt.date(2016, 7, 20)).empty


def test_the_idlib_town_of_is_a_town_of_the_governorate(gazetteer):
    text = (
        "On Wednesday, at least 12 people were killed in airstrikes on the Idlib town "
        "of Maarat al-Numan, according to the Civil Defense."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 12, 8)).itertuples()
    assert (row.place, row.geo_precision, row.killed) == ("Ma`arrat an Nu`man", 1, 12)


def test_a_toll_told_again_by_a_directorate_and_an_attack_measured_against(gazetteer):
    text = (
        "At least 58 people were killed on Tuesday in a suspected chemical attack on "
        "the rebel-held town of Khan Sheikhoun in Idlib province, the Syrian "
        "Observatory for Human Rights said.\n\n"
        "The Idlib health directorate put the death toll at 100 and said more than "
        "400 people were injured.\n\n"
        "It was the deadliest chemical attack in Syria since the sarin attack on "
        "Ghouta in August 2013, which killed hundreds.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 4, 4)).itertuples()
    assert (row.place, row.killed, row.killed_high, row.injured) == (
        "Khān Shaykhūn",
        58,
        100,
        400,
    )


def test_a_weekend_s_toll_across_the_north_is_no_town_s(gazetteer):
    text = (
        "Russian and regime warplanes carried out hundreds of strikes across northern "
        "Syria over the weekend, killing at least 70 people, according to the Syrian "
        "Civil Defense.\n\n"
        "On Saturday, airstrikes on the town of Darat Izza in western Aleppo "
        "countryside killed 11 people.\n\n"
        "A rescuer was among the dead in Sarmin on Sunday.\n\n"
        "Today, the Civil Defense is still searching the rubble in Darat Izza for "
        "three missing people.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 21))
    assert 70 not in set(rows.killed.dropna())
    (darat,) = rows[rows.place == "Dar Ta izzah"].itertuples()
    assert (darat.date, darat.killed, darat.missing) == ("2016-11-19", 11, 3)


def test_no_hand_is_lent_from_abroad(gazetteer):
    text = (
        "Iraqi special forces pushed deeper into eastern Mosul on Tuesday, as Islamic "
        "State militants hit back with suicide car bombs, killing at least 12 "
        "soldiers.\n\n"
        "In Syria, a car bomb exploded at the Rukban camp on the Jordanian border, "
        "killing 4 people and wounding 15, a Jordanian official said.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 8))
    (rukban,) = rows[rows.place == "Rukban camp"].itertuples()
    assert pd.isna(rukban.actor)


def test_no_aircraft_carried_out_missions_is_a_denial(gazetteer):
    text = 'Russian MoD: "No Russian aircraft carried out missions near Damascus."'
    assert _extract(gazetteer, text, dt.date(2016, 11, 9)).empty


def test_a_fighter_from_a_region_is_no_place_a_man_from_a_town_is(gazetteer):
    text = (
        "A fighter from the Eastern Ghouta opened fire on the home of civilians in "
        "Maarat Misrin who were hosting other fighters after an argument with them. "
        "4 civilians were killed."
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 3, 27)).itertuples()
    assert (row.place, row.killed) == ("Ma‘arrat Mişrīn", 4)
    text = "A man from Tiba town in Dar'a countryside was killed under torture."
    (row,) = _extract(gazetteer, text, dt.date(2018, 3, 28)).itertuples()
    assert row.place == "At Tayyibah"


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck a school in Hass a day earlier, Russia said on Thursday.",
        "Russia denied on Thursday that its warplanes had struck a school in the "
        "village of Hass a day earlier, where activists said 35 people were killed.",
    ],
)
def test_a_day_earlier_than_the_telling(gazetteer, text):
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 27)).itertuples()
    assert row.date == "2016-10-26"


def test_a_cluster_attack_is_dropped_from_the_air(gazetteer):
    text = "On November 2, a cluster attack struck near a school in the village of Kafr Ruma."
    (row,) = _extract(gazetteer, text, dt.date(2016, 11, 10)).itertuples()
    assert row.event_type == "airstrike"


@pytest.mark.parametrize("speaker", ["I'm", "We are", "We now live"])
def test_here_is_where_the_speakers_say_they_are(gazetteer, speaker):
    text = (
        f"{speaker} in Maarat Misrin. Yesterday, a strike hit the market here and "
        "killed three people."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 8, 30)).itertuples()
    assert row.place == "Ma‘arrat Mişrīn"


def test_the_attackers_suffered_fatalities_add_to_the_fight_s_toll(gazetteer):
    text = (
        "Islamic State fighters attacked regime positions near al-Hajar al-Aswad, "
        "killing 6 regime soldiers. IS suffered 4 fatalities."
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 4, 22)).itertuples()
    assert row.killed == 10


def test_displacement_since_a_day_is_a_running_total_unless_a_day_is_told(gazetteer):
    text = (
        "Since 20 January, Turkish-led military operations in Afrin district have "
        "resulted in civilian casualties and displacement.\n\n"
        "A convoy of 12 trucks reached Afrin city on 23 January.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 1, 26)).itertuples()
    assert pd.isna(row.actor)
    day = (
        "Displacement: At least 10,000 civilians fled to regime-held areas through "
        "Hamouriya on March 17th for a total of more than 50,000 since March 14th."
    )
    (row,) = _extract(gazetteer, day, dt.date(2018, 3, 17)).itertuples()
    assert (row.place, row.date) == ("Hammurah", "2018-03-17")


def test_the_army_abroad_is_not_the_syrian_government(gazetteer):
    text = (
        "In Lebanon, the army said it arrested 11 suspected militants in raids on "
        "refugee camps near the border town of Arsal."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 8))
    assert "regime" not in set(rows.actor.dropna())


def test_the_attackers_dead_told_by_the_other_side_add_to_the_fight(gazetteer):
    text = (
        "The SDF captured the village of Jaabar on Friday.\n\n"
        "Islamic State counterattacked near the village of Mazraat al-Tawila "
        "overnight, killing 4 SDF fighters, the Kurdish Hawar news agency reported. "
        "The SDF said 15 militants were killed.\n\n"
        "The UN said on Friday that 40,000 people had been displaced from the Tabqa "
        "area in the past two weeks.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2017, 3, 25))
    assert sorted(rows.killed.dropna()) == [19]
    assert "strategic development" not in set(rows.event_type)


def test_the_toll_of_the_week_a_statement_followed_is_a_running_total(gazetteer):
    text = (
        "The announcement followed a week of intense bombing in which more than 150 "
        "people were killed, according to the Syrian Civil Defense.\n\n"
        "Activists said strikes hit al-Kalasa and Bustan al-Qasr on Monday, killing "
        "at least 25 people.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 10, 18))
    assert 150 not in set(rows.killed.dropna())


def test_what_a_mountain_overlooks_is_no_place_struck(gazetteer):
    text = (
        "At least 62 Syrian soldiers were killed on Saturday when US-led coalition "
        "jets struck their positions on Jabal Tharda, a mountain overlooking the Deir "
        "ez-Zor airport, the Syrian army said."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 9, 18)).itertuples()
    assert (row.place, row.killed) == ("Jabal Tharda", 62)


def test_a_heading_on_a_town_s_villages_folds_into_the_village_below(gazetteer):
    text = (
        "Syria Daily: Turkey-Backed Rebels Enter al-Bab\n\n"
        "KURDS ACCUSE TURKEY OF STRIKES ON MANBIJ VILLAGES\n\n"
        "The Kurdish-led Manbij Military Council said Turkish jets and artillery "
        "struck the villages of al-Buwaihij and al-Arima west of Manbij, killing 7 "
        "civilians.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 12, 12))
    assert "Manbij" not in set(rows.place)
    assert list(rows.killed.dropna()) == [7]


def test_a_toll_across_the_province_is_the_governorate_s(gazetteer):
    text = (
        "Activists reported airstrikes on Khan Shaykhun, Kafr Nabl, and Ma'arat "
        "al-Nu'man in Idlib, with at least 9 people killed across the province."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 12, 12))
    tolled = rows[rows.killed.notna()]
    assert list(
        zip(tolled.place, tolled.geo_precision, tolled.killed, strict=True)
    ) == [("Idleb", 3, 9)]
    assert len(rows) == 4


def test_a_region_s_toll_told_again_town_by_town_is_not_counted_twice(gazetteer):
    text = (
        "The number of people who were killed in the regime airstrikes on Eastern "
        "Ghouta on Monday has risen to 31 civilians. The Syrian Observatory for Human "
        "Rights documented the death of 12 people in Douma, 9 in Saqba, 6 in "
        "Hamouriya and 4 in Kafr Batna.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2017, 11, 14))
    assert sum(rows.killed.dropna()) == 31
    assert "Eastern Ghouta" not in set(rows.place)


def test_the_group_is_the_group_named_before_and_roman_is_no_place(gazetteer):
    text = (
        "Islamic State militants publicly executed 12 men in the town of al-Mayadeen "
        "on Friday, the Syrian Observatory for Human Rights said.\n\n"
        "Separately, the group stoned a woman to death in Raqqa city on charges of "
        "adultery, activists reported.\n\n"
        "In Palmyra, the militants destroyed part of the Roman theatre, satellite "
        "images showed.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2017, 1, 21))
    assert set(rows.actor) == {"Islamic State"}
    assert "Arman" not in set(rows.place)


def test_the_day_of_other_means_is_not_the_assault_s(gazetteer):
    text = (
        "The regime and Hezbollah have escalated their assault on the Wadi Barada "
        "valley northwest of Damascus.\n\n"
        "Activists said at least 8 civilians were killed on Friday in airstrikes on "
        "the village of Deir Qanoun.\n\n"
        "Local officials say regime airstrikes damaged the pumping station on "
        "December 23.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2017, 1, 7))
    assault = rows[rows.event_type == "armed clash"].iloc[0]
    assert assault.date == "2017-01-07"
    assert "2016-12-23" in set(rows[rows.event_type == "airstrike"].date)


def test_the_day_a_placeless_statement_was_made_dates_nothing_after_it(gazetteer):
    text = (
        "A UN spokesman said on Thursday that the deliberate targeting of water "
        "supplies was a war crime.\n\n"
        "Rebels said they had repelled an attempt by Hezbollah fighters to advance on "
        "Basima from the west, killing 6 of them.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 1, 7)).itertuples()
    assert row.date != "2017-01-05"


def test_a_province_lead_on_a_hospital_is_the_town_s_hospital_told_next(gazetteer):
    text = (
        "Air strikes on a hospital in Syria's Idlib province have killed at least "
        "three medical workers and put the facility out of service, aid groups "
        "said.\n\n"
        "The UOSSM said the Kafr Takharim hospital was hit four times on Tuesday "
        "night. Two nurses and an anaesthetist were among the dead, and 12 other "
        "people were injured.\n\n"
        "It was the second time the hospital had been attacked this month. On "
        "November 2, barrel bombs damaged its generator.\n"
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 16))
    assert set(rows.place) == {"Kafr Takhārīm"}
    tuesday = rows[rows.date == "2016-11-15"].iloc[0]
    assert (tuesday.killed, tuesday.injured, tuesday.target) == (3, 12, "hospital")
    assert "2016-11-02" in set(rows.date)


def test_a_bombing_at_a_checkpoint_and_a_place_held_since(gazetteer):
    text = (
        "In August, a bombing at a rebel checkpoint near Azaz killed 32 people.\n\n"
        "Turkish-backed rebels have controlled Azaz since the start of the war.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 1, 7)).itertuples()
    assert (row.event_type, row.killed) == ("IED", 32)


def test_a_deed_called_back_at_a_finer_place_is_placed_there(gazetteer):
    text = (
        "At least 40 people were killed on Saturday in twin bombings near a Shiite "
        "shrine in the south of Damascus, a monitor said.\n\n"
        "The blasts struck the Bab al-Saghir area in the Old City, the Syrian "
        "Observatory for Human Rights said.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 3, 12)).itertuples()
    assert (row.place, row.killed) == ("Old Damascus", 40)


def test_soldiers_it_had_captured_are_persons_not_ground(gazetteer):
    text = (
        "Islamic State posted photographs of what it said were 4 Syrian soldiers it "
        "had captured near the T4 airbase."
    )
    rows = _extract(gazetteer, text, dt.date(2017, 1, 16))
    assert "territory change" not in set(rows.event_type)
    taken = "Rebel fighters captured the village of Kafr Jana near Afrin on Monday."
    (row,) = _extract(gazetteer, taken, dt.date(2018, 3, 11)).itertuples()
    assert row.event_type == "territory change"


def test_said_that_they_had_taken_villages_is_ground_taken(gazetteer):
    text = (
        "The Syrian Democratic Forces said on Tuesday that they had taken 12 villages "
        "north of Raqqa, including Tal Saman, as they push towards the city."
    )
    rows = _extract(gazetteer, text, dt.date(2016, 11, 15))
    assert "territory change" in set(rows.event_type)
    wanted = "Turkey demanded that the rebels take Tal Rifaat."
    assert "territory change" not in set(
        _extract(gazetteer, wanted, dt.date(2016, 11, 15)).event_type
    )


def test_the_un_said_on_friday_what_had_gone_on_on_monday(gazetteer):
    text = (
        "The United Nations said on Friday that hundreds of men had gone missing "
        "after crossing from rebel-held eastern Aleppo into government areas, and that "
        "pro-government forces had reportedly killed at least 82 civilians in four "
        "neighbourhoods on Monday."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 12, 16)).itertuples()
    assert (row.date, row.killed) == ("2016-12-12", 82)


def test_the_dead_of_a_three_week_offensive_are_a_running_total(gazetteer):
    text = (
        "Syrian troops recaptured Palmyra from Islamic State on Sunday. The army said "
        "it had killed more than 400 IS fighters in the three-week offensive."
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 3, 28)).itertuples()
    assert pd.isna(row.killed)


def test_it_was_the_third_attack_counts_the_one_told(gazetteer):
    text = (
        "Residents of Douma reported a suspected chlorine attack late Monday, with at "
        "least 18 people treated for breathing difficulties.\n\n"
        "It was the third suspected chemical attack on the Eastern Ghouta this year.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 2, 26)).itertuples()
    assert row.place == "Douma"


def test_the_town_a_height_overlooks_situates_it(gazetteer):
    text = (
        "Turkish-backed Syrian rebels took control of the hills of Bursaya "
        "overlooking the town of Azaz, the military said."
    )
    (row,) = _extract(gazetteer, text, dt.date(2018, 2, 7)).itertuples()
    assert (row.place, row.geo_precision) == ("Izaz", 2)


def test_jets_said_to_be_responsible_are_the_hand_not_another_strike(gazetteer):
    text = (
        "Warplanes struck a school compound in the village of Hass in southern Idlib "
        "Province on Wednesday morning, killing at least 22 children.\n\n"
        "Local activists said Russian jets were responsible; Russia denied any "
        "involvement on Thursday.\n"
    )
    (row,) = _extract(gazetteer, text, dt.date(2016, 10, 27)).itertuples()
    assert (row.date, row.actor) == ("2016-10-26", "Russia")


def test_a_town_s_surgical_hospital_is_in_the_town(gazetteer):
    text = (
        "Regime helicopters dropped barrel bombs on al-Latamneh Surgical Hospital in "
        "northern Hama on Saturday, putting it out of service. A doctor was killed."
    )
    (row,) = _extract(gazetteer, text, dt.date(2017, 3, 27)).itertuples()
    assert (row.place, row.geo_precision, row.target) == ("Al Lataminah", 1, "hospital")


def test_the_suburbs_of_a_governorate_are_its_countryside(gazetteer):
    frame = _extract(
        gazetteer,
        "On Saturday, October 22, 2016, a car bomb exploded near a mosque in Inkhel "
        "city in the northern suburbs of Daraa governorate, which killed 5 civilians.",
        dt.date(2016, 11, 1),
    )
    assert list(frame.place) == ["Inkhil"]
    assert list(frame.geo_precision) == [1]


def test_warplanes_believed_to_be_of_a_side_fire_missiles_from_the_air(gazetteer):
    frame = _extract(
        gazetteer,
        "On Wednesday, October 26, 2016, fixed-wing warplanes believed to be Russian "
        "fired missiles at a school complex in Hass village, killing 35 civilians.",
        dt.date(2016, 11, 1),
    )
    assert list(frame.event_type) == ["airstrike"]
    assert list(frame.actor) == ["Russia"]


def test_a_reports_tally_told_at_a_sentences_start_is_national(gazetteer):
    text = (
        "Jets struck Saraqib on Monday, killing 5 people.\n\n"
        "The report also documented the killing of 127 people, including 20 children."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 1))
    assert list(frame.place_text) == ["Saraqib", "Syria"]
    assert frame.geo_precision.isna().tolist() == [False, True]


@pytest.mark.parametrize(
    "where",
    ["Syria's rebel-held Idlib province", "northwestern Syria's Idlib province"],
)
def test_a_town_of_a_governorate_told_before_it_is_named_is_that_town(gazetteer, where):
    text = (
        f"Air strikes on a town in {where} killed at least 22 people on Tuesday, a "
        "war monitor said.\n\n"
        "The Observatory said the strikes hit a residential area of Kafr Takharim, "
        "near the Turkish border.\n\n"
        "A civil defence official said 27 people had been killed."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 15))
    assert list(frame.place_text) == ["Kafr Takharim"]
    assert (frame.killed_low[0], frame.killed_high[0]) == (22, 27)


def test_how_near_an_advance_told_before_brought_a_side_is_no_deed(gazetteer):
    text = (
        "Rebels on Thursday overran the town of Suran, north of Hama city.\n\n"
        "The advance brings the jihadists to within 5 km (3 miles) of Qomhana, a "
        "pro-regime town."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 2))
    assert list(frame.place_text) == ["Suran"]


def test_a_citys_dead_told_at_no_place_with_a_part_at_a_quarter(gazetteer):
    text = (
        "The army captured the Bab al-Hadid district of Aleppo on Wednesday.\n\n"
        "More than 30 people were killed in air strikes on the remaining rebel areas "
        "on Wednesday, rescue workers said, including 12 in the Kallaseh district."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 7))
    assert list(frame.place_text) == ["Bab al-Hadid", "Aleppo", "Kallaseh"]
    assert list(frame.killed.fillna(0)) == [0, 30, 12]
    assert list(frame.geo_precision) == [1, 2, 1]


def test_a_places_fall_told_on_a_day_is_ground_taken_by_no_one_who_lost_it(gazetteer):
    text = (
        "The army captured the Bab al-Hadid district of Aleppo on Wednesday.\n\n"
        "The rebels' losses followed the fall of al-Shaar district a day earlier.\n\n"
        "Since the fall of Bab al-Hadid, the army has not shelled the Old City."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 7))
    assert list(frame.place_text) == ["Bab al-Hadid", "al-Shaar"]
    shaar = frame.iloc[1]
    assert shaar.event_type == "territory change"
    assert str(shaar.date) == "2016-12-06"
    assert pd.isna(shaar.actor)  # the rebels lost it


def test_the_districts_of_a_citys_old_city_are_the_places(gazetteer):
    text = (
        "The army captured the Bab al-Hadid and Aqyol districts of Aleppo's Old City "
        "on Wednesday."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 7))
    assert list(frame.place_text) == ["Bab al-Hadid", "Aqyol"]


def test_the_same_dead_counted_again_complete_the_incident_told_before(gazetteer):
    text = (
        "Eight civilians were killed on Saturday in Russian air strikes on the town "
        "of Khan Shaykhun.\n\n"
        "The Civil Defense in Idlib said that its teams pulled out the bodies of eight "
        "civilians from under the rubble of a residential building.\n\n"
        "The Russian warplanes also targeted the village of al-Tamanah."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 13))
    assert list(frame.place_text) == ["Khan Shaykhun", "al-Tamanah"]
    assert list(frame.killed.fillna(-1)) == [8, -1]
    assert frame.target[0] == "residential"


def test_fighters_and_civilians_leaving_a_town_is_a_strategic_development(gazetteer):
    text = (
        "On Friday, under a deal negotiated with the government, about 700 fighters "
        "agreed to leave for Idlib and the civilians for government shelters in "
        "Kisweh.\n\n"
        "The last fighters and civilians left Daraya on Saturday, ending one of the "
        "longest sieges of the war."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 8, 28))
    assert list(frame.place_text) == ["Daraya"]
    assert list(frame.event_type) == ["strategic development"]
    assert str(frame.date[0]) == "2016-08-27"


def test_a_monitors_toll_of_the_fighting_told_is_that_fights(gazetteer):
    text = (
        "Fierce clashes were reported around the Ramousa artillery academy on "
        "Sunday.\n\n"
        "At least 50 pro-government fighters and 30 rebels were killed in the "
        "fighting on Sunday, the Syrian Observatory said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 8, 1))
    assert len(frame) == 1
    assert frame.killed[0] == 80
    assert frame.geo_precision[0] in (1, 2)


def test_government_and_russian_jets_are_either(gazetteer):
    frame = _extract(
        gazetteer,
        "Government and Russian jets carried out dozens of strikes on Khan Touman on "
        "Sunday.",
        dt.date(2016, 8, 1),
    )
    assert list(frame.actor) == ["Russia/regime"]


def test_a_pro_government_story_of_a_hill_taken(gazetteer):
    text = (
        "BREAKING: Tiger Forces liberate strategic hilltop in northern Hama\n\n"
        "The elite Tiger Forces liberated the strategic hilltop of Tal Sukayk in "
        "northern Hama on Friday, following a fierce battle with the jihadist rebels."
        "\n\n"
        "According to a military source, the Tiger Forces stormed Tal Sukayk after "
        "the Russian Air Force carried out over 30 airstrikes on the jihadist "
        "positions at the hilltop.\n\n"
        "The source added that over 25 jihadists were killed during the battle, "
        "including a prominent commander.\n\n"
        "Following the capture of Tal Sukayk, the Tiger Forces are now just 4 "
        "kilometers away from the strategic town of Kafr Zita."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 10, 7))
    # the headline retells the hill's capture, told over the governorates' line;
    # Kafr Zita is only how near they stand
    assert list(frame.place_text) == ["Sukayk", "Sukayk"]
    taken, strikes = frame.iloc[0], frame.iloc[1]
    assert (taken.event_type, taken.actor, taken.killed) == (
        "territory change",
        "regime",
        25,  # the battle just told, not a campaign's toll
    )
    assert (strikes.event_type, strikes.actor) == ("airstrike", "Russia")


def test_a_places_past_told_in_a_that_clause_is_background(gazetteer):
    frame = _extract(
        gazetteer,
        "The army recaptured the town of Qaryatain, a town 100 km to the south-west "
        "that the militants seized in August.",
        dt.date(2016, 3, 28),
    )
    assert list(frame.place_text) == ["Qaryatain"]
    assert str(frame.date[0]) == "2016-03-28"  # the story's day, not August's


def test_a_deed_told_only_by_a_landmark_no_gazetteer_knows_is_still_reported(gazetteer):
    frame = _extract(
        gazetteer,
        "At around 11am on Monday, a barrel bomb hit the market near the Grand Mosque, "
        "killing 14.",
        dt.date(2016, 11, 30),
    )
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row.killed, row.event_type, row.target) == (14, "barrel bomb", "market")
    assert pd.isna(row.lat)  # no point: the text names no place the gazetteer knows


def test_a_claim_the_other_side_denied_aside_is_still_reported(gazetteer):
    frame = _extract(
        gazetteer,
        "On Tuesday, the YPG said Turkish jets had killed 12 of its fighters near "
        "al-Bab, a claim Ankara denied.",
        dt.date(2016, 11, 30),
    )
    assert list(frame.killed) == [12] and list(frame.actor) == ["Turkey"]
    # (a denial told as the sentence's news is none)
    frame = _extract(
        gazetteer,
        "On Tuesday, Turkey denied that its jets had killed 12 YPG fighters near "
        "al-Bab.",
        dt.date(2016, 11, 30),
    )
    assert frame.empty


def test_what_stalled_an_offensive_told_with_with_is_a_deed_of_its_own(gazetteer):
    frame = _extract(
        gazetteer,
        "The regime's offensive in southern Aleppo has stalled, with rebels retaking "
        "the village of al-Hader on Monday night.",
        dt.date(2016, 2, 9),
    )
    assert list(frame.place_text) == ["al-Hader"]
    assert (frame.event_type[0], frame.actor[0]) == ("territory change", "rebels")
    assert str(frame.date[0]) == "2016-02-08"


@pytest.mark.parametrize(
    "text",
    [
        "Across the country, at least 112 people died on Tuesday, the Observatory said.",
        "Throughout the country, at least 112 people died on Tuesday.",
        "Nationwide, at least 112 people died on Tuesday, the Observatory said.",
    ],
)
def test_a_national_tally_told_first_in_its_sentence(gazetteer, text):
    frame = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert list(frame.place) == ["Syria"]
    assert frame.geo_rule[0].startswith("national tally")


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, the bodies of 4 fighters were returned to their families in "
        "Tartus.",
        "On Tuesday, the funeral of the 5 victims was held in Douma.",
    ],
)
def test_where_the_dead_were_brought_or_mourned_is_no_incident(gazetteer, text):
    assert _extract(gazetteer, text, dt.date(2016, 11, 30)).empty
    # (where they were found is: "The bodies of 12 men were found in a mass grave")


def test_bodies_found_are_an_incident_where_found(gazetteer):
    frame = _extract(
        gazetteer,
        "The bodies of 12 men were found in a mass grave near Palmyra on Tuesday.",
        dt.date(2016, 11, 30),
    )
    assert list(frame.killed) == [12]


def test_a_leads_toll_told_again_in_detail_is_one_incident(gazetteer):
    text = (
        "Syrian troops pushed into two rebel-held neighborhoods in eastern Aleppo on "
        "Sunday, as airstrikes killed at least 14 people in the besieged enclave.\n\n"
        "The Syrian Observatory said troops captured parts of the Masaken Hanano "
        "district.\n\n"
        "The Aleppo Media Center said 14 people were killed in airstrikes on the "
        "neighborhoods of al-Shaar and Karm al-Beik."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 27))
    assert list(frame.place_text) == ["Masaken Hanano", "al-Shaar"]
    assert list(frame.killed.fillna(0)) == [0, 14]
    # (another toll at the quarter is another incident)
    frame = _extract(gazetteer, text.replace("said 14 people", "said 9 people"))
    assert sorted(frame.killed.dropna()) == [9, 14]


def test_a_security_council_story_tells_what_was_asked_as_no_incident(gazetteer):
    text = (
        "The draft demanded that all parties stop attacks in Aleppo to allow aid "
        "deliveries.\n\n"
        "Separately, Syrian government forces advanced further into rebel-held "
        "eastern Aleppo on Monday, capturing the Shaar district, a monitor said. At "
        "least 20 people were killed in shelling and air strikes on the shrinking "
        "enclave, the Syrian Observatory said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 6))
    # the 20 dead are the enclave's, the city's part (not the quarter just taken)
    rows = {r.place_text: (r.killed, r.geo_precision) for r in frame.itertuples()}
    assert set(rows) == {"Shaar", "Aleppo"}
    assert rows["Aleppo"] == (20, 2)
    # (a protest "demanding that" is still a protest)
    frame = _extract(
        gazetteer,
        "Protests took place in Douma on Monday demanding that the siege end.",
    )
    assert list(frame.event_type) == ["protest"]


def test_help_given_to_a_sides_offensive_is_no_deed(gazetteer):
    frame = _extract(
        gazetteer,
        "The Kurdish YPG militia said on Tuesday that the US-led coalition had resumed "
        "air support for its offensive on Raqqa.",
        dt.date(2017, 1, 3),
    )
    assert frame.empty
    # (what the help was given to do is told: a deed)
    frame = _extract(
        gazetteer,
        "On Tuesday, coalition jets provided air support to SDF fighters who captured "
        "the village of al-Hishah.",
        dt.date(2016, 11, 30),
    )
    assert len(frame) == 1


def test_a_photographs_aftermath_tells_no_deed_of_its_own(gazetteer):
    text = (
        "Airstrikes kill 20 in Kafr Batna\n\n"
        "PHOTO: A man carries a child from the rubble in Kafr Batna on Monday\n\n"
        "Twenty people died in Kafr Batna on Monday, where a vacuum bomb flattened a "
        "residential building."
    )
    frame = _extract(gazetteer, text, dt.date(2018, 3, 13))
    assert len(frame) == 1
    assert frame.quote[0].startswith("Twenty people died")
    # (a caption alone, as a video's description, tells the aftermath of a strike)
    frame = _extract(
        gazetteer,
        "Retrieving a victim from the national hospital in Maarat al-Numan.",
        dt.date(2016, 2, 15),
    )
    assert list(frame.place_text) == ["Maarat al-Numan"]


def test_a_live_updates_deed_at_no_place_is_still_reported(gazetteer):
    text = (
        "Live: Aleppo evacuation\n\n"
        "UPDATE 1615 GMT: Gunmen attacked and burned at least five buses on Sunday, "
        "state media said. One driver was killed, according to the Observatory.\n\n"
        "UPDATE 1305 GMT: Militiamen shot dead four evacuees at a checkpoint in "
        "Ramouseh, activists say."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 12, 18))
    assert sorted(frame.killed) == [1, 4]
    bus = frame[frame.killed == 1].iloc[0]
    assert pd.isna(bus.lat)  # no place told: no point
    assert "burned at least five buses" in bus.sources


@pytest.mark.parametrize(
    "update",
    [
        # the same toll
        "The Red Crescent says 18 civilians died, its local director one of them.",
        # among the dead, or the dead of the attack told, however many
        "The Red Crescent says its local director was among the 20 people killed.",
        "The Red Crescent says 20 people were killed in the attack.",
    ],
)
def test_a_live_updates_dead_of_a_deed_told_elsewhere_are_no_new_incident(
    gazetteer, update
):
    text = (
        "Syria Daily: UN Suspends Aid After Attack on Convoy\n\n"
        f"UPDATE 1200 GMT: {update}\n\n"
        "ORIGINAL ENTRY: At least 18 civilians were killed on Monday night when a "
        "convoy was bombed near Urum al-Kubra in Aleppo Province."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 9, 20))
    assert list(frame.place_text) == ["Urum al-Kubra"]


def test_a_square_named_like_a_far_village_is_the_towns_landmark(gazetteer):
    text = (
        "Airstrikes by the US-led coalition killed at least 15 civilians in Raqqa on "
        "Thursday, activists said.\n\n"
        "Separately, IS executed two men in al-Naim square on Wednesday on charges of "
        "spying, the activists said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 6, 10))
    # (al-Naim is also a village of Homs, 200 km away)
    assert "Homs" not in set(frame.admin1)
    assert sorted(frame.killed) == [2, 15]
    # (a quarter's square is in the quarter)
    frame = _extract(
        gazetteer, "On Tuesday, a mortar hit Bab Touma square in Damascus, killing 2."
    )
    assert list(frame.place) == ["Bab Touma"]


def test_a_deed_told_just_before_its_dead_at_the_place_told_is_theirs(gazetteer):
    text = (
        "A nurse in Douma describes the bombing\n\n"
        "Q: What happened in Douma yesterday?\n\n"
        "A: At around 11am, a barrel bomb hit the market. We received 14 dead and "
        "more than 40 wounded."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 11, 30))
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row.place_text, row.killed, row.event_type, row.target) == (
        "Douma",
        14,
        "barrel bomb",
        "market",
    )
    assert "a barrel bomb hit the market" in row.sources


def test_a_whole_told_of_a_governorates_city_with_parts_in_its_towns(gazetteer):
    # the parts lie in towns of the governorate, not in the city: the whole is the
    # governorate's (a tally), or counted once at its places when they sum to it
    frame = _extract(
        gazetteer,
        "35 people were killed in Idlib on Tuesday, 12 of them in Saraqib and 18 in "
        "Binnish.",
    )
    rows = {r.place: (r.killed, r.geo_precision) for r in frame.itertuples()}
    assert rows["Idleb"] == (35, 3)
    assert "Idlib" not in rows  # (the city)
    frame = _extract(
        gazetteer,
        "30 people were killed in Idlib on Tuesday, 12 of them in Saraqib and 18 in "
        "Binnish.",
    )
    assert sorted(frame.killed) == [12, 18]


@pytest.mark.parametrize(
    "text",
    [
        "After air strikes killed 12 people in Saraqib on Tuesday, rebels shelled "
        "Fuaa, killing two.",
        "While air strikes pounded Saraqib on Tuesday, killing 12, rebels shelled "
        "Fuaa, killing two.",
        "Air strikes killed 12 people in Saraqib on Tuesday, the Observatory said, "
        "adding that rebels had shelled the nearby town of Fuaa, killing two.",
    ],
)
def test_two_deeds_in_two_clauses_keep_their_means_and_hands(gazetteer, text):
    frame = _extract(gazetteer, text, dt.date(2016, 11, 30))
    rows = {
        r.place_text: (r.event_type, r.actor, None if pd.isna(r.killed) else r.killed)
        for r in frame.itertuples()
    }
    assert rows["Saraqib"][0] == "airstrike"
    assert rows["Saraqib"][1] != "rebels"  # (the strikes' hand is not told)
    assert rows["Fuaa"] == ("shelling", "rebels", 2)
    assert rows["Saraqib"][2] == 12


def test_a_sieges_running_total_of_the_starved_is_no_incident(gazetteer):
    text = (
        "At least 23 people have died of starvation in Madaya since December, "
        "according to Medecins Sans Frontieres, which supports a local clinic.\n\n"
        "On Sunday, a sniper shot dead a 16-year-old boy who was trying to collect "
        "herbs on the edge of the town, local activists said."
    )
    frame = _extract(gazetteer, text, dt.date(2016, 1, 12))
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row.event_type, row.killed) == ("sniper", 1)
    assert row.quote.startswith("On Sunday, a sniper")
    assert row.target is None  # a clinic MSF supports was not hit


def test_ground_taken_while_the_other_side_withdrew_under_bombardment(gazetteer):
    frame = _extract(
        gazetteer,
        "Regime forces retook the village of Tal Hadiya in southern Aleppo on Tuesday "
        "after rebels withdrew under heavy Russian bombardment.",
        dt.date(2016, 11, 30),
    )
    assert (frame.event_type[0], frame.actor[0]) == ("territory change", "regime")
    # (what came under bombardment was bombed)
    frame = _extract(
        gazetteer,
        "On Tuesday, Douma came under heavy Russian bombardment.",
        dt.date(2016, 11, 30),
    )
    assert (frame.event_type[0], frame.actor[0]) == ("airstrike", "Russia")


def test_a_deed_whose_hand_is_unknown_is_still_a_deed(gazetteer):
    frame = _extract(
        gazetteer,
        "It is not clear who carried out Tuesday's airstrike on the market in Maarat "
        "al-Numan, which killed 9.",
        dt.date(2016, 11, 30),
    )
    assert list(frame.killed) == [9]
    assert frame.actor.isna().all()
    # (a deed denied is none)
    frame = _extract(
        gazetteer,
        "Russia said its jets had not struck the market in Maarat al-Numan on Tuesday.",
        dt.date(2016, 11, 30),
    )
    assert frame.empty


def test_reports_a_monitor_could_not_confirm_still_stand(gazetteer):
    frame = _extract(
        gazetteer,
        "The Observatory could not confirm reports that 30 people were killed in "
        "strikes on Kafr Nabl on Tuesday.",
        dt.date(2016, 11, 30),
    )
    assert list(frame.killed) == [30]
    # (what a side could not do is not done)
    assert _extract(
        gazetteer, "Rebels could not take Kafr Nabl on Tuesday.", dt.date(2016, 11, 30)
    ).empty


def test_a_days_dead_summed_in_total_are_kept(gazetteer):
    frame = _extract(
        gazetteer,
        "On Tuesday, warplanes struck the towns of Maarat al-Numan, Kafr Nabl and "
        "Hass, killing 14 people in total.",
        dt.date(2016, 11, 30),
    )
    assert (
        frame.killed.sum() == 14
    )  # (at the first place, as "9 were killed in A and B")
    # (a running total "in total since September" is none)
    frame = _extract(
        gazetteer,
        "Strikes have killed 400 people in total in Aleppo since September, the "
        "Observatory said on Tuesday.",
        dt.date(2016, 11, 30),
    )
    assert frame.killed.sum() == 0


def test_a_city_told_as_such_in_a_clause_of_its_own_is_a_place(gazetteer):
    frame = _extract(
        gazetteer,
        "On Tuesday, 2 civilians were killed and 5 wounded in Idlib city; another 3 "
        "were wounded in Binnish.",
        dt.date(2016, 11, 30),
    )
    rows = {r.place_text: (r.killed, r.injured) for r in frame.fillna(-1).itertuples()}
    assert rows == {"Idlib": (2, 5), "Binnish": (-1, 3)}
