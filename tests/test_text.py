import pytest

from geo.text import split_sections, split_sentences, unwrap


def _sentences_of(text: str) -> list[str]:
    """The sentences of a text, every section's, in reading order."""
    return [s.text for section in split_sections(text) for s in section.sentences]


ARTICLE = """PHOTO: Damage in Khan al-Shih on Saturday

UPDATE 1245 GMT: At least 15 people were killed. More were hurt.

ORIGINAL ENTRY: Russia renewed its bombing.

Regime Snipers Kill Another Resident in Besieged Madaya

A resident was killed.

Related Posts

  1. A reader comment naming Aleppo and 500 killed.
"""


def test_sections_and_boilerplate():
    sections = split_sections(ARTICLE)
    assert [s.kind for s in sections] == ["caption", "update", "update", "story"]
    assert sections[1].time == "1245 GMT"
    text = " ".join(s.text for sec in sections for s in sec.sentences)
    assert "reader comment" not in text


def test_spans_point_into_the_text():
    for section in split_sections(ARTICLE):
        for s in section.sentences:
            assert ARTICLE[s.start : s.end] == s.text


def test_a_datelines_month_in_capitals_does_not_split():
    assert [s.text for s in split_sentences("AUG. 12, 2016")] == ["AUG. 12, 2016"]


def test_abbreviations_do_not_split():
    assert (
        len(split_sentences("It hit at 3 a.m. local time. Then U.S. jets left.")) == 2
    )


def test_a_bare_time_stamp_opens_a_live_update():
    text = "Aleppo live\n\n16.40 GMT\nBuses were stopped at Ramouseh.\n\n15.12 GMT\nShells fell."
    sections = split_sections(text)
    assert [(s.kind, s.time) for s in sections] == [
        ("story", ""),
        ("update", "1640 GMT"),
        ("update", "1512 GMT"),
    ]
    assert sections[1].sentences[0].text == "Buses were stopped at Ramouseh."


def test_a_time_stamp_before_its_entry_opens_a_live_update():
    text = (
        "Live\n\n14:05 GMT - Shells fell on Talbiseh.\n\n09:10 GMT – A bomb hit al-Rai."
    )
    sections = split_sections(text)
    assert [(s.kind, s.time) for s in sections][1:] == [
        ("update", "1405 GMT"),
        ("update", "0910 GMT"),
    ]
    assert sections[1].sentences[0].text == "Shells fell on Talbiseh."
    # a range of hours in a sentence is no time stamp
    assert len(split_sections("Fighting went on from 14:05 GMT - 16:00 GMT.")) == 1


def test_a_teaser_of_another_story_is_boilerplate():
    text = (
        "Three civilians were killed in Tafas on Sunday.\n\n"
        "Related: Regime reinforcements arrive in Izraa\n\n"
        "Read also: Shelling hits Nawa\n"
    )
    sentences = _sentences_of(text)
    assert sentences == ["Three civilians were killed in Tafas on Sunday."]


def test_a_list_item_is_no_headline():
    text = (
        "Daily report\n\n"
        "The network documented the killing of 47 civilians on Sunday:\n\n"
        "- Aleppo: 19, including 5 children\n"
        "- Idlib: 12\n"
        "Idlib: 15 Killed In Strikes On Market\n"
    )
    sections = split_sections(text)
    headings = [s.heading for s in sections]
    assert headings == ["Daily report", "Idlib: 15 Killed In Strikes On Market"]
    assert [s.text for s in sections[0].sentences][-1] == "- Idlib: 12"


def test_a_wire_photos_caption_amid_the_story_is_a_caption():
    text = (
        "Russian nurses killed in Aleppo\n\n"
        "Two nurses were killed when shells hit a hospital in Aleppo on Monday.\n\n"
        "This photo provided by the White Helmets shows rescuers after airstrikes hit "
        "the Sukkari neighborhood on Saturday, Dec. 3, 2016. (White Helmets via AP)\n\n"
        "The shelling came as troops captured Tariq al-Bab."
    )
    sections = split_sections(text)
    assert [s.kind for s in sections] == ["story", "caption"]
    # the story goes on after the caption, in the same section
    assert (
        sections[0].sentences[-1].text
        == "The shelling came as troops captured Tariq al-Bab."
    )
    assert sections[1].sentences[0].text.startswith("This photo provided")


def test_a_place_name_alone_on_its_line_heads_a_section():
    text = "Week in review\n\nIdlib\n\nAirstrikes killed 11 in the town.\n\nReply\n"
    assert [s.heading for s in split_sections(text)][:2] == ["Week in review", "Idlib"]


def test_a_title_may_end_with_a_quotation():
    text = 'Aleppo: "The Sky Rained Fire"\n\nActivists said 11 people were killed.\n'
    assert split_sections(text)[0].heading == 'Aleppo: "The Sky Rained Fire"'
    # a quoted first sentence is no title
    text = '"We are dying," he said.\n\nActivists said 11 people were killed.\n'
    assert split_sections(text)[0].heading == ""


_WRAPPED = (
    "1. On 4 March, at approximately 10:00, airstrikes believed to be carried out by\n"
    "Government forces hit a residential building in the town of Khan Shaykhun in\n"
    "southern Idlib, reportedly killing seven civilians, including two women and\n"
    "three children.\n"
    "\n"
    "2. On 8 March, a car bomb exploded near a checkpoint manned by members of an\n"
    "armed group in the town of Azaz, northern Aleppo, killing at least nine persons,\n"
    "including four civilians.\n"
)


def test_a_hard_wrapped_text_is_read_in_paragraphs():
    sentences = [s for section in split_sections(_WRAPPED) for s in section.sentences]
    assert {s.paragraph for s in sentences} == {1, 2}
    first = [s for s in sentences if s.paragraph == 1]
    assert first[-1].text.endswith("three children.")
    # offsets still point into the text as given
    assert all(
        " ".join(_WRAPPED[s.start : s.end].split()) == " ".join(s.text.split())
        for s in sentences
    )


def test_a_text_of_one_line_per_paragraph_is_not_unwrapped():
    text = (
        "Strikes in Syria\n"
        "In Syria, coalition forces conducted 16 strikes against ISIS targets:\n"
        "- Near Abu Kamal, a strike destroyed an ISIS oil wellhead\n"
        "- Near Raqqa, 12 strikes engaged 10 ISIS tactical units\n"
        "Officials said the strikes were conducted as part of the operation.\n"
    )
    assert unwrap(text) == text


def test_a_newspapers_correction_note_is_set_apart():
    text = (
        "Regime helicopters dropped barrel bombs on Kafr Zita on Monday.\n\n"
        "Correction: An earlier version of this article said the attack hit Kafr Nabl. "
        "It hit Kafr Zita.\n"
    )
    sentences = _sentences_of(text)
    assert sentences == [
        "Regime helicopters dropped barrel bombs on Kafr Zita on Monday."
    ]


@pytest.mark.parametrize(
    "note",
    [
        # dated, and with no label at all
        "Correction, August 17, 2016: An earlier version of this article said 12 "
        "people were killed in Douma. The toll was 21.",
        "An earlier version of this story said 12 people were killed in Douma.",
        "This article was amended on 17 August 2016 to give the toll as 21.",
    ],
)
def test_a_correction_note_told_otherwise_is_set_apart(note):
    text = f"At least 21 people were killed in Douma on Sunday.\n\n{note}\n"
    sentences = _sentences_of(text)
    assert sentences == ["At least 21 people were killed in Douma on Sunday."]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "At least 25 people were killed in Aleppo on Saturday, a day after more "
            "than 90 died in strikes on the city.",
            "a day after more than 90 died in strikes on the city.",
        ),
        (
            "Airstrikes killed 12 people in Douma on Monday, after 20 were killed "
            "there on Sunday.",
            "after 20 were killed there on Sunday.",
        ),
    ],
)
def test_dead_of_the_day_before_told_first_are_a_sentence_of_their_own(text, second):
    assert [s.text for s in split_sentences(text)][1:] == [second]


def test_dead_told_after_a_day_with_no_day_of_their_own_stay():
    text = "Airstrikes killed 12 people in Douma on Monday, after 20 were wounded."
    assert len(split_sentences(text)) == 1


def test_the_fields_of_a_record_are_no_headings():
    text = (
        "Reports of November\n\n"
        "Incident code: CS512\nIncident date: November 6, 2016\n"
        "Location: Al-Tabqa, Raqqa governorate\nCivilians reported killed: 5\n"
        "Summary: Aircraft struck a house in al-Tabqa.\n\n"
        "Incident code: CS513\nIncident date: November 9, 2016\n"
        "Summary: A strike hit Raqqa.\n"
    )
    sections = split_sections(text)
    assert [(s.kind, s.heading, len(s.sentences)) for s in sections] == [
        ("story", "Reports of November", 1),
        ("record", "", 5),  # a label told again begins the next
        ("record", "", 3),
    ]
    # figures by place are a list, not a record
    text = "Deaths by governorate:\nAleppo: 643\nIdlib: 187\nHama: 74\n"
    assert [s.kind for s in split_sections(text)] == ["story"]


def test_a_feeds_bracketed_time_opens_an_update():
    text = "Idlib live\n\n[07:10] Reports of an airstrike.\n\n[11:05] The toll rises.\n"
    sections = split_sections(text)
    assert [(s.kind, s.time) for s in sections[1:]] == [
        ("update", "0710 local"),
        ("update", "1105 local"),
    ]


def test_a_live_pages_bare_time_and_dash_opens_an_update():
    text = (
        "Syria live\n\n16:40 – The ICRC says a convoy has left.\n\n"
        "9.05am - Heavy shelling was reported overnight.\n"
    )
    sections = split_sections(text)
    assert [(s.kind, s.time) for s in sections[1:]] == [
        ("update", "1640 local"),
        ("update", "0905 local"),
    ]
    assert sections[1].sentences[0].text.startswith("The ICRC")


def test_read_more_links_are_left_out_and_the_story_goes_on():
    text = (
        "Rebels lose the Old City\n\n"
        "Government forces seized the Old City of Aleppo on Wednesday, the army said.\n\n"
        "Read more:\nAleppo's last hospitals are destroyed\nThe fall of Aleppo is near\n\n"
        "READ MORE: Syrian Army repels militants' offensive\n\n"
        "Rebels shelled the Hamdaniyeh district, killing seven people, state media said.\n"
    )
    told = _sentences_of(text)
    assert not any("hospitals are destroyed" in t or "repels" in t for t in told)
    assert told[-1].startswith("Rebels shelled the Hamdaniyeh district")


def test_related_topics_over_the_story_leave_out_their_links_only():
    text = (
        "Syria war: Aleppo hit by wave of air strikes\n\n24 September 2016\n\n"
        "Related Topics\nSyrian civil war\n\nImage caption\n"
        "Rescue workers search for survivors in the Bustan al-Qasr district\n\n"
        "Rebel-held eastern areas of Aleppo have been hit by a second day of intense "
        "bombardment, activists and rescuers say.\n\n"
        "More on this story\nSyria conflict: Aleppo 'hit by bunker-buster bombs'\n"
    )
    sections = split_sections(text)
    told = [(s.kind, x.text) for s in sections for x in s.sentences]
    assert (
        "caption",
        "Rescue workers search for survivors in the Bustan al-Qasr district",
    ) in told
    assert [t for k, t in told if k == "story"][-1].startswith("Rebel-held eastern")
    assert not any("Syrian civil war" in t or "bunker" in t for _, t in told)


def test_a_reports_subheading_in_sentence_case_heads_a_section():
    text = (
        "Syria: Death everywhere\n\n"
        "Amnesty International has documented five attacks on civilian areas.\n\n"
        "Barrel bomb on al-Mashhad\n"
        "On 22 June, two barrel bombs dropped from a helicopter hit a building.\n\n"
        "Strike near a school in Kafr Nabl\n"
        "In the afternoon of 28 June, an airstrike hit a road near a school.\n"
    )
    headings = [s.heading for s in split_sections(text)]
    assert headings[-2:] == [
        "Barrel bomb on al-Mashhad",
        "Strike near a school in Kafr Nabl",
    ]
    # (not a line of a story's lead, nor a line over no prose)
    text = "Syria: Death everywhere\n\nBarrel bomb on al-Mashhad\nSee the map\n"
    assert all(s.heading != "Barrel bomb on al-Mashhad" for s in split_sections(text))


def test_a_map_feeds_bare_clock_opens_an_update():
    text = (
        "Syria map: events of 20 October\n\n08:12 Russian airstrikes on Kafr Nabl\n\n"
        "15:22 Turkish army shelled YPG positions near Tal Rifaat\n\n"
        "10:30 a.m. was when the first strike hit.\n"
    )
    sections = split_sections(text)
    assert [(s.kind, s.time) for s in sections[1:]] == [
        ("update", "0812 local"),
        ("update", "1522 local"),
    ]
    assert sections[1].sentences[0].text.startswith("Russian airstrikes")
    assert sections[2].sentences[-1].text.startswith("10:30 a.m.")


def test_an_update_told_with_a_comma_and_a_clock_opens_an_update():
    text = (
        "Syria live\n\n14:30 – Airstrikes hit Saraqib.\n\n"
        "Update, 11:05: Shelling on Douma killed 3.\n\nUPDATE 9.40: Jets returned.\n"
    )
    sections = split_sections(text)
    assert [(s.kind, s.time) for s in sections[1:]] == [
        ("update", "1430 local"),
        ("update", "1105 GMT"),
        ("update", "0940 GMT"),
    ]
    assert sections[2].sentences[0].text == "Shelling on Douma killed 3."


def test_a_day_told_after_a_semicolon_begins_a_sentence():
    sentences = split_sentences(
        "Four were killed on 2 November near the M10 hospital; two days later, the "
        "hospital was hit again. He said; this is fine."
    )
    assert [s.text for s in sentences] == [
        "Four were killed on 2 November near the M10 hospital;",
        "two days later, the hospital was hit again.",
        "He said; this is fine.",
    ]


def test_a_heading_in_capitals_begins_a_section():
    text = "ALEPPO\nShells hit the east.\n\nIDLIB\nJets struck Saraqib.\n"
    sections = split_sections(text)
    assert [s.heading for s in sections] == ["ALEPPO", "IDLIB"]


def test_ground_taken_back_days_later_is_a_sentence_of_its_own():
    text = (
        "The jihadists seized Tasil and Adwan on Monday before rebels recaptured "
        "Adwan a day later."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The jihadists seized Tasil and Adwan on Monday",
        "before rebels recaptured Adwan a day later.",
    ]


def test_reader_comments_with_no_marker_before_them_are_set_apart():
    text = (
        "Regime artillery shelled Douma on Monday, killing four civilians.\n\n"
        "Mahmoud says:\n"
        "November 29, 2016 at 10:02 am\n"
        "The regime also bombed Harasta yesterday and killed 10 people.\n"
    )
    sentences = _sentences_of(text)
    assert sentences == [
        "Regime artillery shelled Douma on Monday, killing four civilians."
    ]
    # a speaker's quote is no comment
    quoted = 'The minister says:\n"We will respond."\n'
    assert len(_sentences_of(quoted)) == 2


@pytest.mark.parametrize(
    "marker",
    [
        "Comments are closed.",
        "Join the discussion",
        "Post a comment",
        "View 12 comments",
    ],
)
def test_more_comment_markers_end_the_story(marker):
    text = f"Shells hit Douma on Monday.\n\n{marker}\n\nJets hit Harasta, killing 10.\n"
    sentences = _sentences_of(text)
    assert sentences == ["Shells hit Douma on Monday."]


def test_a_reports_footnotes_are_set_apart():
    text = (
        "A third attack, on October 27, hit a school in the village of Hass.[3]\n\n"
        '[3] "Syria: School Attack in Hass," Human Rights Watch, October 28, 2016.\n'
        "[4] Interview with a teacher in Hass, October 29, 2016.\n"
    )
    assert _sentences_of(text) == [
        "A third attack, on October 27, hit a school in the village of Hass.[3]"
    ]


@pytest.mark.parametrize("heading", ["Footnotes", "Endnotes", "References:"])
def test_a_reports_notes_heading_ends_the_story(heading):
    text = (
        f"Shells hit Douma on Monday.\n\n{heading}\n\nJets hit Harasta, killing 10.\n"
    )
    assert _sentences_of(text) == ["Shells hit Douma on Monday."]


def test_a_newspapers_photograph_credit_sets_its_caption_apart():
    text = (
        "Aleppo's children pulled from rubble\n\n"
        "A rescuer carries a child after an airstrike on Bab al-Nairab. Photograph: "
        "Ameer Alhalbi/AFP/Getty Images\n\n"
        "Airstrikes killed 12 people in Bab al-Nairab on Tuesday, rescuers said.\n\n"
        "Photograph: Karam al-Masri/AFP/Getty Images\n\n"
        "Rescuers said 3 children were among the dead.\n"
    )
    sections = split_sections(text)
    story = [s for s in sections if s.kind == "story"]
    # the credit alone is no heading: the story goes on past it
    assert len(story) == 1 and [x.text for x in story[0].sentences][-1].startswith(
        "Rescuers said 3"
    )
    assert [s.kind for s in sections].count("caption") == 1


@pytest.mark.parametrize(
    "caption",
    [
        "Smoke rises over eastern Aleppo after airstrikes. Image: Syrian Civil Defence",
        "A child is treated at a field hospital in Douma. (Reuters/Bassam Khabieh)",
    ],
)
def test_captions_credited_otherwise_are_set_apart(caption):
    text = (
        "Aleppo strikes\n\n"
        "Airstrikes killed 12 people in Bab al-Nairab on Tuesday.\n\n"
        f"{caption}\n\n"
        "Credit: AFP\n\n"
        "Rescuers said 3 children were among the dead (AFP).\n"
    )
    sections = split_sections(text)
    assert [s.kind for s in sections] == ["story", "caption"]
    assert sections[0].sentences[-1].text.startswith("Rescuers said 3")
