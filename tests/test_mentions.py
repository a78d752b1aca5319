"""Place phrases found in sentences (geo.mentions)."""

from geo.mentions import find_mentions


def _find(gazetteer, sentence):
    """The mentions of a sentence, with everything the gazetteer tells."""
    return find_mentions(
        sentence,
        gazetteer.has_key,
        has_light_key=gazetteer.has_light_key,
        names_governorate=gazetteer.names_governorate,
    )


def test_a_name_glossed_in_another_script_is_one_mention(gazetteer):
    found = find_mentions(
        "Artillery shelled Ḥarastā (حرستا) in the Eastern Ghouta on Saturday.",
        gazetteer.has_key,
    )
    assert [m.name for m in found] == ["Ḥarastā", "Eastern Ghouta"]
    assert found[1].context_for == 0


def test_a_place_so_far_from_another_only_situates_it(gazetteer):
    for sentence, km in [
        ("Clashes raged in Hosh al-Farah, 3 kilometres from Douma.", 3.0),
        ("Clashes raged in Hosh al-Farah, some three miles from Douma.", 4.828032),
    ]:
        found = _find(gazetteer, sentence)
        assert [(m.name, m.context_for) for m in found] == [
            ("Hosh al-Farah", None),
            ("Douma", 0),
        ]
        assert (found[1].relation, found[1].distance_km) == ("near", km)


def test_a_city_situates_the_district_it_holds(gazetteer):
    for sentence, city in [
        ("Rebels shelled positions in Daraa city's al-Mahatta district.", 0),
        ("Rebels shelled the al-Mahatta district of Daraa city.", 1),
    ]:
        found = _find(gazetteer, sentence)
        assert [m.name for m in found] == (
            ["Daraa", "al-Mahatta"] if city == 0 else ["al-Mahatta", "Daraa"]
        )
        assert found[city].context_for == 1 - city


def test_a_place_near_another_after_a_comma_only_situates_it(gazetteer):
    found = _find(
        gazetteer, "Air strikes hit the town of Erbin, near Damascus, on Sunday."
    )
    assert [(m.name, m.context_for) for m in found] == [
        ("Erbin", None),
        ("Damascus", 0),
    ]


def test_a_title_case_headlines_verbs_are_no_first_names(gazetteer):
    for headline, place in [
        ("Jets Hit Douma Market", "Douma"),
        ("Russian Jets Pound Aleppo; Dozens Killed", "Aleppo"),
    ]:
        found = find_mentions(headline, gazetteer.has_key)
        assert [m.name for m in found] == [place]
    # in running text, two capitalised words before a village are a person's name
    found = find_mentions(
        "Activist Hatem Hamadeh was arrested at a checkpoint.", gazetteer.has_key
    )
    assert found == []


def test_a_kunya_with_an_origin_is_a_man_not_a_village(gazetteer):
    found = _find(
        gazetteer,
        "A senior commander, Abu Faraj al-Masri, was killed near Jisr al-Shughur.",
    )
    assert [m.name for m in found] == ["Jisr al-Shughur"]
    # a village's side after it is no origin
    assert gazetteer.has_key("Abu Faraj")


def test_the_last_of_a_list_after_its_comma_situates_nothing(gazetteer):
    found = _find(
        gazetteer, "Jets hit targets in Aleppo, Idlib, Hama, and Deir ez-Zor Provinces."
    )
    assert [(m.name, m.context_for, m.qualifier) for m in found] == [
        ("Aleppo", None, "province"),
        ("Idlib", None, "province"),
        ("Hama", None, "province"),
        ("Deir ez-Zor", None, "province"),
    ]


def test_places_listed_with_a_comma_left_out_are_no_persons_name(gazetteer):
    found = _find(
        gazetteer,
        "Russian warplanes bombed the cities of Al-Lataminah Mork and Kafr Zita.",
    )
    assert [m.name for m in found] == ["Al-Lataminah", "Mork", "Kafr Zita"]
    # two capitalised words before a village, outside a list of places: a person
    found = _find(gazetteer, "Activist Hatem Hamadeh was arrested.")
    assert found == []


def test_a_kind_in_the_plural_after_a_list_is_each_ones(gazetteer):
    for sentence, kind in [
        ("Airstrikes hit the al-Marjeh and al-Sukkari districts.", "district"),
        ("Shells hit Kafr Nabl and Hass villages.", "village"),
    ]:
        found = _find(gazetteer, sentence)
        assert [m.qualifier for m in found] == [kind, kind]


def test_a_landmark_after_a_place_is_no_surname(gazetteer):
    # "Maydanky" is spelled as no source spells it; "Dam" after it names the dam of
    # the village, not a man called Maydanky Dam
    found = _find(
        gazetteer, "Turkish forces advanced towards the strategic Maydanky Dam."
    )
    assert [m.name for m in found] == ["Maydanky"]


def test_where_planes_fly_from_is_no_place_they_struck(gazetteer):
    found = _find(
        gazetteer,
        "The strikes were carried out by Russian jets, which have flown from "
        "Hmeimim air base since September 2015.",
    )
    assert found == []
    found = _find(gazetteer, "Jets that took off from Shayrat airbase bombed Talbiseh.")
    assert [m.name for m in found] == ["Talbiseh"]


def test_whence_a_convoy_was_heading_is_no_place_it_was_struck(gazetteer):
    found = _find(
        gazetteer,
        "Jets destroyed a convoy heading from Raqqa in the desert east of Homs.",
    )
    assert [m.name for m in found] == ["Homs"]
    found = _find(gazetteer, "A convoy travelling from Raqqa was struck in Tabqa.")
    assert [m.name for m in found] == ["Tabqa"]


def test_a_name_beginning_with_a_stop_listed_head_matches_loosely(gazetteer):
    # "Arab" alone is a stop word; "Arab Hassan" is `Arab Hasan, spelled a little
    # otherwise; "Abu Ahmad" stays a man, however like a village it is spelled
    found = _find(
        gazetteer, "Shells targeted the villages of Arab Hassan and al-Muhsinli."
    )
    assert [m.name for m in found] == ["Arab Hassan", "al-Muhsinli"]
    assert _find(gazetteer, "Abu Ahmad had queued for bread for an hour.") == []


def test_a_river_is_no_village_spelled_like_it(gazetteer):
    found = _find(gazetteer, "Shells hit homes in Muhsinli near the Sajur river.")
    assert [m.name for m in found] == ["Muhsinli"]


def test_a_city_near_which_a_village_lies_only_situates_it(gazetteer):
    found = _find(
        gazetteer,
        "Air strikes on the village of Tokhar, near the northern Syrian city of "
        "Manbij, killed 56 civilians.",
    )
    assert [(m.name, m.context_for) for m in found] == [("Tokhar", None), ("Manbij", 0)]


def test_a_tally_after_a_comma_is_no_setting(gazetteer):
    found = _find(
        gazetteer,
        "Twenty-six of the dead were in the Damascus suburbs, 19 in Idlib Province, "
        "and 14 in Deir ez-Zor Province.",
    )
    assert [m.context_for for m in found] == [None, None, None]


def test_countrysides_in_the_plural_after_a_list_are_each_ones(gazetteer):
    found = _find(
        gazetteer, "Army units hit terrorists in Daraa and Hama countrysides."
    )
    assert [(m.name, m.qualifier) for m in found] == [
        ("Daraa", "countryside"),
        ("Hama", "countryside"),
    ]


def test_daraa_al_mahatta_is_the_new_town_of_daraa(gazetteer):
    (match, *_) = gazetteer.lookup("Daraa al-Mahatta")
    assert (match.place.kind, match.place.admin1) == ("neighbourhood", "Dar'a")


def test_where_the_shooters_are_is_not_where_their_fire_fell(gazetteer):
    found = _find(
        gazetteer,
        "Rebels in the Eastern Ghouta fired rockets at Damascus's Old City on "
        "Thursday, wounding seven people.",
    )
    assert "Eastern Ghouta" not in [m.name for m in found]
    # with no other place, where they are is all the sentence says
    found = _find(gazetteer, "Rebels in the Eastern Ghouta fired rockets on Thursday.")
    assert [m.name for m in found] == ["Eastern Ghouta"]


def test_a_group_named_after_its_land_is_no_place(gazetteer):
    found = _find(
        gazetteer, "The Afrin Liberation Forces attacked positions in Kaljibrin."
    )
    assert [m.name for m in found] == ["Kaljibrin"]


def test_the_scene_a_sentence_opens_with_situates_its_village(gazetteer):
    found = _find(gazetteer, "In Afrin, Turkish jets struck the village of Jalama.")
    assert [(m.name, m.context_for) for m in found] == [("Afrin", 1), ("Jalama", None)]
    # a toll of its own, told before the village, keeps the town an incident's place
    found = _find(
        gazetteer,
        "In Afrin, 5 died in shelling, and jets struck the village of Jalama.",
    )
    assert found[0].context_for is None


def test_where_a_force_is_posted_is_not_where_its_fire_fell(gazetteer):
    found = _find(
        gazetteer,
        "Regime forces stationed in the Wadi al-Deif camp targeted the town with "
        "artillery shells.",
    )
    assert found == []
    # the fire they took fell where they are posted
    found = _find(gazetteer, "Turkish troops stationed in Afrin were attacked.")
    assert [m.name for m in found] == ["Afrin"]


def test_what_a_city_has_is_not_where_anything_happened(gazetteer):
    found = _find(
        gazetteer,
        "Pro-Assad forces advanced toward Ain al-Fijeh, the source of most of "
        "Damascus's water, after capturing the village of Basima.",
    )
    assert "Damascus" not in [m.name for m in found]
    found = _find(gazetteer, "Shells killed 12 of Aleppo's residents on Monday.")
    assert [m.name for m in found] == ["Aleppo"]


def test_who_a_group_is_is_not_where_it_acted(gazetteer):
    found = _find(
        gazetteer,
        "Jaish al-Islam, the largest rebel faction in the Ghouta, said it had "
        "repelled an attempt by regime forces to advance near Harasta.",
    )
    assert [m.name for m in found] == ["Harasta"]


def test_a_military_airbase_is_the_airbase(gazetteer):
    found = _find(
        gazetteer, "Pro-Assad forces captured the Abu Dhuhur military airbase."
    )
    assert [m.name for m in found] == ["Abu Dhuhur airbase"]


def test_a_citys_government_held_districts_are_the_city(gazetteer):
    found = _find(gazetteer, "Rebels shell Aleppo's government-held districts")
    assert [m.name for m in found] == ["Aleppo"]


def test_a_timeline_s_date_label_begins_the_sentence(gazetteer):
    # "Twin" begins the item's sentence after its date: an English word, not a
    # village spelled loosely like it (`Alwin)
    found = _find(
        gazetteer,
        "- 21 February: Twin bombings in the Zahraa district of Homs kill at least 57.",
    )
    assert [m.name for m in found] == ["Zahraa", "Homs"]


def test_an_outlet_named_after_what_it_is_is_no_place(gazetteer):
    found = _find(
        gazetteer,
        "Rebel rockets killed three people in New Aleppo, according to state news "
        "agency Sana.",
    )
    assert [m.name for m in found] == ["New Aleppo"]


def test_the_name_a_man_goes_by_is_no_place(gazetteer):
    found = _find(
        gazetteer,
        "Ali Fayyad, known as Hajj Alaa, was killed in the Qalamoun mountains.",
    )
    assert [m.name for m in found] == ["Qalamoun mountains"]


def test_the_eastern_part_of_a_city_is_a_part_of_it(gazetteer):
    (found,) = _find(gazetteer, "The eastern part of Aleppo city came under fire.")
    assert (found.qualifier, found.direction) == ("part", "E")


def test_a_name_before_field_names_a_facility(gazetteer):
    (found,) = _find(gazetteer, "Jets struck IS positions near the Sha'er gas field.")
    assert found.qualifier == "facility"


def test_an_apposition_that_tells_where_by_a_side_situates(gazetteer):
    found = _find(
        gazetteer,
        "The SDF advanced on the Tabqa Dam, the Islamic State's key position on the "
        "Euphrates west of Raqqa.",
    )
    assert [m.name for m in found][-1] == "Raqqa"
    assert found[-1].context_for == len(found) - 2


def test_who_supports_a_facility_is_no_part_of_its_place_s_name(gazetteer):
    found = _find(
        gazetteer, "The MSF-supported Tafas field hospital was struck by an airstrike."
    )
    assert [m.name for m in found] == ["Tafas"]


def test_an_office_is_no_place(gazetteer):
    # "Mission" is spelled loosely like a village (Masasinah)
    found = _find(
        gazetteer, '"It was deliberate," said Massimiliano Rebaudengo, Head of Mission.'
    )
    assert "Mission" not in [m.name for m in found]


def test_a_hilltop_in_a_governorate_s_part_is_situated_by_it(gazetteer):
    found = _find(
        gazetteer, "The army took the strategic Tal Sukayk hilltop in northern Hama."
    )
    assert found[-1].qualifier == "part" and found[-1].context_for == 0


def test_the_village_before_an_unknown_name_names_a_place(gazetteer):
    found = _find(
        gazetteer, "Rescuers documented the bombing of the village al-Zeiniyah."
    )
    assert [m.name for m in found] == ["al-Zeiniyah"]


def test_a_caption_s_place_in_lower_case(gazetteer):
    found = _find(gazetteer, "Cluster munition that was dropped in latamneh")
    assert [m.name for m in found] == ["latamneh"]
    # English words after a preposition are none
    assert _find(gazetteer, "Clashes raged in southern parts of the city") == []
    # beside its governorate, told in capitals
    found = _find(
        gazetteer, "Deep pit left by the bombing on anadan countryside of Aleppo"
    )
    assert [m.name for m in found] == ["anadan", "Aleppo"]


def test_a_caption_s_credit_is_no_place(gazetteer):
    found = _find(
        gazetteer,
        "Agency Qassioun | The moment of several Russian raids on the Jobar "
        "neighborhood of Damascus",
    )
    assert [m.name for m in found if m.context_for is None] == ["Jobar"]


def test_a_side_told_with_the_possessive_is_a_part(gazetteer):
    (found,) = _find(gazetteer, "The army was fighting in Aleppo's eastern districts.")
    assert (found.qualifier, found.direction) == ("part", "E")


def test_a_group_named_after_its_town_is_no_place(gazetteer):
    found = _find(
        gazetteer, "Four battalions, including Ashbal al Ma'ara, joined JTS in Idleb."
    )
    assert [m.name for m in found] == ["Idleb"]
    found = _find(gazetteer, 'The army formed the "Sanadid Shield" in Hasakah.')
    assert [m.name for m in found] == ["Hasakah"]


def test_where_the_beaten_were_driven_is_no_place_of_the_deed(gazetteer):
    found = _find(
        gazetteer,
        "The army captured Sheikh Hilal, pushing the jihadists east towards Uqayribat.",
    )
    assert [m.name for m in found] == ["Sheikh Hilal"]
    # their own advance towards a place is told of it
    found = _find(gazetteer, "Pro-Assad forces pushed towards Abu al-Duhur airbase.")
    assert [m.name for m in found] == ["Abu al-Duhur airbase"]


def test_villages_on_a_side_of_a_governorates_city_are_its_countryside(gazetteer):
    (found,) = _find(gazetteer, "The army liberated nine villages in eastern Hama.")
    assert (found.qualifier, found.direction) == ("countryside", "E")
    (found,) = _find(gazetteer, "Shells fell on the districts of eastern Hama.")
    assert (found.qualifier, found.direction) == ("part", "E")


def test_a_treaty_is_no_place(gazetteer):
    found = _find(
        gazetteer,
        "Neither Syria nor Russia has joined the Convention on Cluster Munitions.",
    )
    assert found == []


def test_names_with_syria_directs_short_article(gazetteer):
    found = _find(
        gazetteer,
        "Warplanes struck a-Shaar and Bustan a-Qasr in Deir e-Zor on Tuesday.",
    )
    assert [m.name for m in found] == ["a-Shaar", "Bustan a-Qasr", "Deir e-Zor"]


def test_a_communitys_name_before_a_district_is_no_organisation(gazetteer):
    found = _find(
        gazetteer, "The attack hit the predominantly Alawite Zahraa district."
    )
    assert [m.name for m in found] == ["Zahraa"]


def test_an_apostrophe_marking_the_ayn_keeps_a_name_whole(gazetteer):
    found = _find(
        gazetteer, "Rebels retook Tal 'Adah town in northwest Idleb on Thursday."
    )
    assert [m.name for m in found] == ["Tal 'Adah", "Idleb"]


def test_a_groups_acronym_attacked_is_no_place(gazetteer):
    found = _find(
        gazetteer, "HTS launched counter attacks on AAS and its allies near Sarmin."
    )
    assert [m.name for m in found] == ["Sarmin"]


def test_villages_of_a_town_are_its_countryside(gazetteer):
    (found,) = _find(gazetteer, "Turkish army shells villages of Afrin, two wounded")
    assert (found.name, found.qualifier) == ("Afrin", "countryside")
    # the villages of a list are those villages
    found = _find(gazetteer, "Jets hit the villages of Hass and nearby Kafr Nabl.")
    assert [(m.name, m.qualifier) for m in found] == [("Hass", ""), ("Kafr Nabl", "")]


def test_a_list_item_unknown_to_the_gazetteer_leaves_the_list_situated(gazetteer):
    found = _find(
        gazetteer,
        "Shells hit the villages of Hass and Qarqazan in the countryside of Maarrat "
        "al-Numan.",
    )
    assert found[0].name == "Hass" and found[-1].context_for == 0


def test_the_countryside_of_two_places_is_both_countrysides(gazetteer):
    found = _find(
        gazetteer, "Rebels took five villages in the countryside of Bulbul and Raju."
    )
    assert [(m.name, m.qualifier) for m in found] == [
        ("Bulbul", "countryside"),
        ("Raju", "countryside"),
    ]


def test_a_count_after_each_item_keeps_the_list_of_provinces(gazetteer):
    found = _find(
        gazetteer,
        "Nine instances of shelling were registered in the provinces of Damascus "
        "(5), Hama (2), Latakia (1) and Aleppo (1).",
    )
    assert [m.name for m in found] == ["Damascus", "Hama", "Latakia", "Aleppo"]
    assert {m.qualifier for m in found} == {"province"}


def test_a_side_before_the_last_item_keeps_the_list_of_governorates(gazetteer):
    found = _find(
        gazetteer,
        "Our Office recorded the deaths of 105 civilians in Idlib and northern Hama "
        "governorates.",
    )
    assert [(m.name, m.qualifier) for m in found] == [
        ("Idlib", "province"),
        ("Hama", "province"),
    ]


def test_a_possessive_after_a_name_ending_in_s_situates_what_follows(gazetteer):
    found = _find(gazetteer, "Jets struck Homs' Old City, killing two.")
    assert [(m.name, m.context_for) for m in found] == [("Homs", 1), ("Old City", None)]


def test_a_road_named_by_the_towns_it_links_lies_near_the_first(gazetteer):
    found = _find(gazetteer, "Jets struck the Saraqib-Idlib road, killing two.")
    assert [(m.name, m.relation, m.context_for) for m in found] == [
        ("Saraqib", "near", None),
        ("Idlib", "near", 0),
    ]
    # a place told on the road is where it happened
    found = _find(
        gazetteer,
        "Rebels destroyed a tank on the Damascus-Daraa highway near the town of "
        "Khirbet Ghazaleh.",
    )
    assert [m.name for m in found][-1] == "Khirbet Ghazaleh"
    assert "Damascus" not in [m.name for m in found]


def test_the_east_of_a_city_is_a_part_of_it_not_a_point_east_of_it(gazetteer):
    (found,) = _find(gazetteer, "Jets struck the besieged east of Aleppo.")
    assert (found.qualifier, found.relation, found.direction) == ("part", "", "E")
    # "to the north of": out of it
    (found,) = _find(gazetteer, "Raids hit lands to the north of Khan Shaykhun.")
    assert (found.qualifier, found.relation, found.direction) == ("", "direction", "N")


def test_a_place_between_two_towns_is_near_both(gazetteer):
    found = _find(gazetteer, "Jets struck a car on the road between Saraqib and Idlib.")
    assert [(m.name, m.relation, m.context_for) for m in found] == [
        ("Saraqib", "near", None),
        ("Idlib", "near", None),
    ]
    # what lies between two places is situated by them
    found = _find(
        gazetteer, "Madaya, in the mountains between Damascus and the Lebanese border."
    )
    assert found[1].context_for == 0


def test_where_a_blast_was_heard_all_over_is_no_place_of_it(gazetteer):
    names = [
        m.name
        for m in _find(
            gazetteer,
            "The strikes hit an ammunition depot, and explosions were heard across "
            "the capital.",
        )
    ]
    assert names == []
    # (where a strike hit, in the capital, is)
    names = [
        m.name for m in _find(gazetteer, "A mortar shell hit a school in the capital.")
    ]
    assert names == ["Damascus"]


def test_capitals_told_as_governments_are_no_places(gazetteer):
    for sentence in (
        "Jets killed 40 people across Idlib, as Moscow and Damascus pressed the "
        "bombing of the northwest.",
        "Ankara has accused Damascus of killing Turkish troops near al-Bab.",
        "Damascus denied that its jets struck the market in Saraqib.",
    ):
        names = [m.name for m in _find(gazetteer, sentence)]
        assert "Damascus" not in names and "Moscow" not in names, sentence
    # (a strike in the capital is in it)
    names = [m.name for m in _find(gazetteer, "Mortars hit Damascus and Homs.")]
    assert names[:1] == ["Damascus"]


def test_a_kind_of_place_alone_and_a_glossed_destination_are_no_places(gazetteer):
    # "Airbase" alone folds like "Al Al airbase"; where forces withdrew to is not
    # where the deed was done
    names = [
        m.name
        for m in _find(
            gazetteer,
            "ISIS recaptured the city of Palmyra, after pro-regime forces withdrew "
            "from the city toward the T4 (Tiyas) Airbase.",
        )
    ]
    assert names == ["Palmyra"]


def test_a_place_in_brackets_after_its_governorate_is_no_gloss(gazetteer):
    found = find_mentions(
        "Shelling hit Idlib (Khan Shaykhun) on Monday.",
        gazetteer.has_key,
        has_light_key=gazetteer.has_light_key,
        names_governorate=gazetteer.names_governorate,
    )
    assert [(m.name, m.context_for) for m in found] == [
        ("Idlib", 1),
        ("Khan Shaykhun", None),
    ]
    # the governorate in brackets after the place says where the place is
    found = _find(gazetteer, "A sniper killed a man in Kafr Zita (Hama) on Monday.")
    assert [(m.name, m.context_for) for m in found] == [
        ("Kafr Zita", None),
        ("Hama", 0),
    ]


def test_a_dateline_of_a_place_and_its_region(gazetteer):
    found = _find(
        gazetteer,
        "Douma, Eastern Ghouta – At least 71 civilians have been killed in the besieged "
        "enclave near Damascus.",
    )
    assert [m.name for m in found] == ["Damascus"]


def test_the_war_victims_had_fled_is_no_place_of_theirs(gazetteer):
    found = _find(
        gazetteer,
        "Activists put the toll at 33, saying most of the victims had fled fighting "
        "in Aleppo and Homs.",
    )
    assert found == []


def test_where_an_advance_was_heading_is_no_place_beside_where_it_took_ground(
    gazetteer,
):
    found = _find(
        gazetteer,
        "The SDF seized the villages of Jaabar and Swaydiya as they pressed toward "
        "the Tabqa dam.",
    )
    assert [m.name for m in found] == ["Jaabar", "Swaydiya"]
    # alone, the place an advance heads to is where it is told
    found = _find(gazetteer, "The SDF pressed toward the Tabqa dam on Monday.")
    assert [m.name for m in found] == ["Tabqa dam"]


def test_a_court_named_after_its_law_is_no_place(gazetteer):
    found = _find(
        gazetteer,
        "Gunmen on a motorcycle shot dead a judge of the Sharia court in Sarmada.",
    )
    assert [m.name for m in found] == ["Sarmada"]


def test_an_office_named_after_its_place_is_no_place(gazetteer):
    found = _find(
        gazetteer,
        "The governor of Homs said civilians in a nearby village were among the dead.",
    )
    assert found == []


def test_kin_named_is_no_place(gazetteer):
    found = _find(
        gazetteer,
        "A strike in Kafr Hamra killed Ahmad, his brother and their mother, Fatima.",
    )
    assert [m.name for m in found] == ["Kafr Hamra"]


def test_every_place_listed_where_people_went_is_no_place_of_the_deed(gazetteer):
    found = _find(
        gazetteer,
        "Gunmen burned five buses in Saraqib that were heading to the villages of "
        "Foah and Kefraya, and to Binnish.",
    )
    assert [m.name for m in found] == ["Saraqib"]
    # a place listed before the destination is still a place of the deed
    found = _find(
        gazetteer,
        "Jets struck Saraqib and Binnish as buses were heading to the town of Foah.",
    )
    assert [m.name for m in found] == ["Saraqib", "Binnish"]


def test_a_news_agencys_correspondent_in_a_place_is_no_place_of_the_deed(gazetteer):
    found = _find(
        gazetteer,
        "ANHA's correspondent in Manbij reported that shells hit Arima on Saturday.",
    )
    assert [m.name for m in found] == ["Arima"]


def test_the_places_of_a_roads_course_are_no_places_of_the_deed(gazetteer):
    found = _find(
        gazetteer,
        "The road, which runs north from the Bani Zeid district past the Layramoun "
        "roundabout, was shelled by troops near Kafr Hamra.",
    )
    assert [m.name for m in found] == ["Kafr Hamra"]


def test_an_english_word_ending_a_name_of_no_place_is_no_village(gazetteer):
    found = _find(gazetteer, "Jets struck Atareb on Thanksgiving Day, activists said.")
    assert [m.name for m in found] == ["Atareb"]


def test_a_man_known_by_his_sons_name_who_speaks_is_no_place(gazetteer):
    found = _find(
        gazetteer,
        "A shopkeeper, Abu Mahmoud, told Amnesty that shells hit Tariq al-Bab.",
    )
    assert [m.name for m in found] == ["Tariq al-Bab"]


def test_the_1070_apartment_project_is_a_quarter_of_aleppo(gazetteer):
    found = _find(gazetteer, "Jets struck Ramouseh and the 1070 Apartment Project.")
    assert [m.name for m in found] == ["Ramouseh", "1070 Apartment Project"]


def test_where_a_body_that_tells_sits_is_no_place_of_the_deed(gazetteer):
    found = _find(
        gazetteer,
        "Terrorists fired shells on Dahiyat al-Assad, according to the Russian Center "
        "for Reconciliation in Hmeymim.",
    )
    assert [m.name for m in found] == ["Dahiyat al-Assad"]
    # (a centre hit is a place of the deed)
    found = _find(gazetteer, "Jets struck a command center in Atareb, activists said.")
    assert [m.name for m in found] == ["Atareb"]
    found = _find(gazetteer, "The Civil Defense said its centre in Hanano was hit.")
    assert [m.name for m in found] == ["Hanano"]


def test_a_place_told_with_its_countrys_adjective_is_a_place(gazetteer):
    found = _find(
        gazetteer,
        "Hezbollah pounded positions in the outskirts of Arsal and the Syrian "
        "Qalamoun region on Tuesday.",
    )
    assert [m.name for m in found] == ["Arsal", "Qalamoun region"]
    # (a group named after the country is still none: "Syrian Observatory")
    found = _find(gazetteer, "The Syrian Observatory said jets hit Douma.")
    assert [m.name for m in found] == ["Douma"]


def test_a_body_with_a_branch_in_each_governorate_speaks_from_it(gazetteer):
    found = _find(
        gazetteer,
        "The Civil Defense in Idlib said that its teams pulled out the bodies of "
        "eight civilians.",
    )
    assert found == []
    # (who is in a place speaks of it: "activists in Douma said")
    found = _find(gazetteer, "Activists in Douma said eight civilians were killed.")
    assert [m.name for m in found] == ["Douma"]


def test_how_far_a_side_stands_from_a_place_is_no_place_of_a_deed(gazetteer):
    found = _find(
        gazetteer,
        "After taking Souran, the army is now just 4 kilometers away from the "
        "strategic town of Kafr Zita.",
    )
    assert [m.name for m in found] == ["Souran"]


def test_a_facility_named_after_its_city_is_in_that_city(gazetteer):
    for sentence in (
        "On Monday a mortar hit the Damascus Opera House, killing 2.",
        "On Monday a mortar hit the Damascus Museum, killing 2.",
    ):
        assert [m.name for m in _find(gazetteer, sentence)] == ["Damascus"]
