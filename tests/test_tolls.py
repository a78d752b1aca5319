import pytest

from geo.tolls import find_counts, parse_number, part_before

CASES = [
    ("Thirty-four of the dead were in Aleppo Province", [("killed", 34)]),
    # who killed is not who died; a span of days is no toll
    ("In January, two suicide bombers killed at least 24 people.", [("killed", 24)]),
    ("61 civilians were killed over a 48 hour period.", [("killed", 61)]),
    ("Five people killed two days ago.", [("killed", 5)]),
    # a kin wounded, told by whose
    (
        "The attack killed a child and wounded his mother.",
        [("killed", 1), ("injured", 1)],
    ),
    # fighters a military claims to have destroyed are dead; dens and houses are not
    (
        "Su-24 bombers destroyed a command post of the Jabhat al-Nusra terrorist "
        "group and up to 30 militants.",
        [("killed", 30)],
    ),
    ("Army units destroyed a number of terrorists' dens near Aleppo.", []),
    ("The strike destroyed 3 houses and killed 4 fighters.", [("killed", 4)]),
    # one victim, by a singular noun of many kinds
    ("The centre was struck, when a rescuer was killed.", [("killed", 1)]),
    ("A nurse was wounded.", [("injured", 1)]),
    ("A sniper shot a woman dead on Wednesday.", [("killed", 1)]),
    ("A hospital was damaged in a strike that killed a cleaner.", [("killed", 1)]),
    # one victim in a clause of its own, after a semicolon
    (
        "Four people died in Hazano; in Kafr Nabl, a child was killed.",
        [("killed", 4), ("killed", 1)],
    ),
    # one of a kind and a group: both
    ("A barrel bomb hit a bakery, killing a baker and two customers.", [("killed", 3)]),
    ("Shelling on the academy killed a general and four officers.", [("killed", 5)]),
    # tolls told of places "respectively"
    (
        "Seven and four civilians were killed in Kafr Nabl and Saraqib, respectively.",
        [("killed", 7), ("killed", 4)],
    ),
    (
        "Jets struck Kafr Nabl and Hass, killing seven and four people respectively.",
        [("killed", 7), ("killed", 4)],
    ),
    (
        "Shells hit Douma and Saqba, wounding 12 and 3, respectively.",
        [("injured", 12), ("injured", 3)],
    ),
    (
        "Strikes killed 3, 4 and 5 people in Saraqib, Binnish and Sarmin respectively.",
        [("killed", 3), ("killed", 4), ("killed", 5)],
    ),
    (
        "Strikes on Saraqib, Binnish and Sarmin killed 3, 4 and 5 people, respectively.",
        [("killed", 3), ("killed", 4), ("killed", 5)],
    ),
    # who they were, told aside
    ("The other two, both farmers, were killed in their fields.", [("killed", 2)]),
    ("Three civilians, all from one family, were killed.", [("killed", 3)]),
    # no reports of the dead: none; none yet known, or none of one side: unknown
    (
        "The strike hit a school; there were no reports of casualties.",
        [("killed", 0), ("injured", 0)],
    ),
    ("There were no immediate reports of casualties.", []),
    ("There were no reports of casualties on the Israeli side.", []),
    # one side named by two nouns, then the other
    (
        "At least 19 soldiers and allied militiamen and 24 insurgents were killed.",
        [("killed", 43)],
    ),
    ("A baker was killed by shrapnel.", [("killed", 1)]),
    # two groups, one of them counted of a side
    (
        "The SDF said three of its fighters and two civilians were killed.",
        [("killed", 5)],
    ),
    # silence is no zero
    ("It made no mention of civilian casualties.", []),
    # a family whose lives a strike claimed; a toll that stands
    (
        "Airstrikes claimed the lives of a woman and her three children.",
        [("killed", 4)],
    ),
    (
        "The death toll from Friday's car bomb in Qamishli now stands at 48.",
        [("killed", 48)],
    ),
    # the wounded who died are dead
    ("Two of the injured later died of their wounds.", [("killed", 2)]),
    # a span of time is no victim
    (
        "Turkish strikes in the past 24 hours killed at least 9 YPG fighters",
        [("killed", 9)],
    ),
    ("In 3 days, 40 people were killed", [("killed", 40)]),
    ("they were pushed back, losing at least six soldiers", [("killed", 6)]),
    ("Activists put the toll as high as 85", [("killed", 85)]),
    ("Sources indicate the final fatality count later rose to 8", [("killed", 8)]),
    ("Later reports indicate that fatalities rose to 25", [("killed", 25)]),
    ("At least 11 deceased civilians were pulled from the rubble", [("killed", 11)]),
    (
        "26 regime and loyalist militia fighters died along with 9 Islamic State "
        "fighters",
        [("killed", 35)],
    ),
    # an aside between the verb and "along with"
    (
        "at least 18 soldiers and militiamen were killed in the assault, led by "
        "former Al-Qaeda affiliate Jund al-Aqsa, along with 11 rebels",
        [("killed", 29)],
    ),
    # ("along with" far from the verb of the dead: another group)
    (
        "18 soldiers were killed in the assault on the town, which rebels had "
        "besieged for months and shelled every day, along with 11 rebels",
        [("killed", 18)],
    ),
    ("army units eliminated scores of terrorists in Latamna", [("killed", 20)]),
    ("The army eliminated a terrorist hideout", []),
    # the parts told between a toll and its verb
    (
        "At least 27 people, including three children and six medical staff, were "
        "killed",
        [("killed", 27)],
    ),
    (
        "12 people, including 4 women and 3 children, were wounded in Douma",
        [("injured", 12)],
    ),
    ("The strike killed a man, his wife and their four children", [("killed", 6)]),
    # a family told as one: its children are of it
    ("A family of six, including four children, died in the attack", [("killed", 6)]),
    ("More than 70 people were treated in field hospitals", [("injured", 70)]),
    # a toll quoted, and bounded from above
    (
        'the strikes killed "no more than 10 of our fighters" and wounded 24',
        [("killed", 10), ("injured", 24)],
    ),
    ("more than 25 people have been killed this morning", [("killed", 25)]),
    ("Russian Attack Kills 25+ in Hass", [("killed", 25)]),
    (
        "barrel-bombing killed two Free Syrian Army fighters and wounded five",
        [("killed", 2), ("injured", 5)],
    ),
    (
        "40 civilians, including 19 children, were slain and more than 30 people wounded",
        [("killed", 40), ("injured", 30)],
    ),
    ("It documented only 12 deaths in #Aleppo Province", [("killed", 12)]),
    ("the commander was killed in the 1070 Apartment Projects", [("killed", 1)]),
    ("Neither injuries nor fatalities were reported.", [("killed", 0), ("injured", 0)]),
    ("No fatalities reported.", [("killed", 0)]),
    # a share is not a toll
    (
        "where the army has taken back more than 85 percent of the east, shelling "
        "killed 9 people",
        [("killed", 9)],
    ),
    ("about 20 per cent of the wounded died", []),
    # things destroyed are not dead
    (
        "rebels destroyed two regime tanks and reportedly killed more than 100 "
        "regime fighters",
        [("killed", 100)],
    ),
    ("destroyed three tanks and killed more than a dozen soldiers", [("killed", 12)]),
    # "a score of", an old word for twenty (not "scores": a vague amount)
    ("Rescuers pulled a score of bodies from the rubble in Douma.", [("killed", 20)]),
    ("The team scored twice.", []),
    # the same verb, left out after a semicolon
    ("In Douma, 5 were killed; in Harasta, 3.", [("killed", 5), ("killed", 3)]),
    ("5 killed; in Harasta, 3 km away.", [("killed", 5)]),
    # the treated are the wounded
    ("Twenty people were treated for wounds.", [("injured", 20)]),
    ("Another 14 died and dozens were injured", [("killed", 14), ("injured", 12)]),
    (
        "Of the casualties, 67 were in Aleppo Province and 44 in Idlib Province",
        [("killed", 67), ("killed", 44)],
    ),
    ("The talks lasted 12 hours.", []),
    ("He died in a clinic on Monday.", []),
    ("Three people are missing after the strike", [("missing", 3)]),
    (
        "The strike killed 12 people and left 20 others missing",
        [("killed", 12), ("missing", 20)],
    ),
    ("The missing boy was found.", []),
    ("A chemical attack on Khan Sheikhoun in 2017 killed 89 people", [("killed", 89)]),
    ("The strike killed a woman and her three children", [("killed", 4)]),
    ("A father and his two sons were killed", [("killed", 3)]),
    ("A 70-year-old man and his two grandsons were killed", [("killed", 3)]),
    ("Four civilians succumbed to their injuries", [("killed", 4)]),
    # "in which no one was killed": a zero, not one dead
    ("an attack on a school in which no one was killed", [("killed", 0)]),
    (
        "Four people lost their lives and 11 others sustained injuries",
        [("killed", 4), ("injured", 11)],
    ),
    ("Seven people suffered serious injuries", [("injured", 7)]),
    ("The strike killed a woman and her nephew", [("killed", 2)]),
    ("A mother and her two children were martyred in Tat Marash", [("killed", 3)]),
    ("Unknown gunmen assassinate former FSA commander Abu Ali", [("killed", 1)]),
    ("7 martyrs including 2 children", [("killed", 7)]),
    ("The strike killed no fewer than 40 people", [("killed", 40)]),
    # state media's nouns
    (
        "The aggression resulted in the martyrdom of two soldiers and the injury of "
        "seven others",
        [("killed", 2), ("injured", 7)],
    ),
    ("The number of dead rose to 30", [("killed", 30)]),
    # (and of one person: "led to the martyrdom of a woman")
    (
        "The shelling led to the martyrdom of a woman and the injury of three children",
        [("killed", 1), ("injured", 3)],
    ),
    # "who were" before the verb
    (
        "The toll rose to 15 martyrs, in addition to more than 20 others who were "
        "injured",
        [("killed", 15), ("injured", 20)],
    ),
    # one victim in a clause of its own, beside a count of its kind
    (
        "A child was killed by sniper fire in Salah al-Din, and two men were killed "
        "by shells on al-Midan",
        [("killed", 1), ("killed", 2)],
    ),
    (
        "Five people were killed, including a child who was killed by a sniper",
        [("killed", 5)],
    ),
    # those among the dead are no toll; the dead they were among are
    (
        "Three children were among six people killed by Russian airstrikes",
        [("killed", 6)],
    ),
    # a toll told with a comma before its figure
    (
        "Aleppo governorate saw the highest death toll, with 547 civilians, followed "
        "by Idlib with 257",
        [("killed", 547), ("killed", 257)],
    ),
    # some more than the tens told
    ("20-odd fighters were killed", [("killed", 20)]),
    # a limb lost: wounded
    ("A man lost a leg when he stepped on a landmine", [("injured", 1)]),
    ("A boy had his leg amputated after the strike", [("injured", 1)]),
    ("The army lost a tank near Morek", []),
    # a man named, and his age
    ("Dr al-Araj, 43, was killed when a missile struck his car", [("killed", 1)]),
    ("Hasan al-Araj, aged 43, was killed", [("killed", 1)]),
    # the groups a side's own media names
    ("Seven mercenaries and two fighters were killed", [("killed", 9)]),
    ("The blast claimed 12 lives", [("killed", 12)]),
    ("A man and his wife were killed", [("killed", 2)]),
    # a number tied to another noun by "which", "with"... is no toll
    (
        "Jets carried out five raids on the town which killed nine civilians",
        [("killed", 9)],
    ),
    ("Shells killed 11 civilians with more injured", [("killed", 11)]),
    ("Eight bodies were recovered from the rubble", [("killed", 8)]),
    ("A man died under torture in a regime prison", [("killed", 1)]),
    # the verb before a number decides its kind
    (
        "Shells hit Saqba which killed 12 civilians including a volunteer injured",
        [("killed", 12)],
    ),
    ("Raids killed a woman and three of her children", [("killed", 4)]),
    ("Shelling led to the killing of between 22 and 25 civilians", [("killed", 22)]),
    ("A man from Tiba town in Dar'a countryside was killed", [("killed", 1)]),
    ("A young man was shot and killed by a sniper", [("killed", 1)]),
    ("The minister, Omar Aloush, was assassinated in his home", [("killed", 1)]),
    ("Strikes killed a Syrian Civil Defense volunteer", [("killed", 1)]),
    (
        "Shelling killed 12 people, including a woman and her three children",
        [("killed", 12)],
    ),
    # two groups add up, unless "including" makes them parts of a toll
    ("Clashes left 9 soldiers and four rebels dead", [("killed", 13)]),
    ("Clashes killed 9 soldiers and four rebels", [("killed", 13)]),
    ("Nine soldiers and 4 fighters were killed", [("killed", 13)]),
    ("Shells killed 14 people, including 6 children and two women", [("killed", 14)]),
    # "no one" is none, not one
    # nobody hurt: none dead either
    ("The army said no one was hurt", [("killed", 0), ("injured", 0)]),
    ("No one was killed in the blast", [("killed", 0)]),
    ("A 17-year-old boy was shot dead by a sniper", [("killed", 1)]),
    ("The strike on a school killed 21 children and five teachers", [("killed", 26)]),
    ("Three children and their mother were killed", [("killed", 4)]),
    ("Jets killed two boys and their parents", [("killed", 4)]),
    ("Three children and their mother fled", []),
    (
        "The death toll of those killed yesterday in the strikes on Kafr Nabl rose to 11",
        [("killed", 11)],
    ),
    ("IS said it shot down a jet near the airport, killing the pilot", [("killed", 1)]),
    # no news of casualties is not a zero
    ("Shells fell on Douma, and there is no information about casualties", []),
    # a date's day before a toll is no toll
    ("On 4 October, at least 16 people were killed", [("killed", 16)]),
    ("On 4 May civilians were killed", []),
    ("Five people may have been killed", [("killed", 5)]),
    # one victim and a group add up
    ("Rockets hit a school, killing a teacher and two pupils", [("killed", 3)]),
    ("Two pupils and a teacher were killed", [("killed", 3)]),
    # the number of wounded told as the toll is
    ("The number of wounded rose to 60", [("injured", 60)]),
    (
        "The death toll rose to 5 and the number of wounded to 20",
        [("killed", 5), ("injured", 20)],
    ),
    # a family told by its kin
    ("The strike killed two brothers and their cousin", [("killed", 3)]),
    ("A husband and wife were killed in the strike", [("killed", 2)]),
    ("The bodies of a man and his son were pulled from the rubble", [("killed", 2)]),
    # one more of the group, who died later
    ("Two were killed instantly and a third died later in hospital", [("killed", 3)]),
    ("Two were killed, while another succumbed to his wounds", [("killed", 3)]),
    (
        "A convoy was bombed, killing 20 civilians and a Syrian Arab Red Crescent worker",
        [("killed", 21)],
    ),
    ("A man and two children fled the shelling", []),
    # shot dead, gunned down
    ("A sniper shot dead a 17-year-old boy", [("killed", 1)]),
    # left dead
    ("The shelling left a man dead", [("killed", 1)]),
    ("Five people starved to death in Madaya", [("killed", 5)]),
    ("An airstrike killed a shepherd and his son", [("killed", 2)]),
    ("Rebels shot down a helicopter, killing its two pilots", [("killed", 2)]),
    # a part or the victims' ages told between the toll and its verb
    ("Thirty-two civilians, 12 of them children, were killed", [("killed", 32)]),
    ("Two children, aged 4 and 7, were killed", [("killed", 2)]),
    ("Three men in their 20s were killed", [("killed", 3)]),
    (
        "Two nurses were killed and a doctor was seriously wounded",
        [("killed", 2), ("injured", 1)],
    ),
    ("The dead man was a farmer", []),
    ("Gunmen gunned down three men", [("killed", 3)]),
    # a tally's first figure: "the highest death toll with 453 victims"
    ("Aleppo saw the highest death toll with 453 victims", [("killed", 453)]),
    # a report's labelled fields
    ("Death toll: 14", [("killed", 14)]),
    ("Killed: 12", [("killed", 12)]),
    ("Civilians reported injured: 12", [("injured", 12)]),
    # murders and assassinations are killings
    ("Gunmen murdered 3 civilians in Douma.", [("killed", 3)]),
    ("Four people were murdered.", [("killed", 4)]),
    ("Gunmen assassinated two judges.", [("killed", 2)]),
    ("Unidentified gunmen assassinated a local council member.", [("killed", 1)]),
    ("A doctor was murdered in Douma.", [("killed", 1)]),
    # the killed or wounded together: casualties, no toll of the dead
    ("Dozens of people were killed or wounded in the blast.", []),
    ("27 people were killed or injured", []),
    # another figure ends the victims: the villages are not the dead
    ("12 villages liberated, 47 mercenaries killed", [("killed", 47)]),
    ("A man from Hayyan town died of wounds he sustained", [("killed", 1)]),
    ("A chlorine attack on Hanano overnight killed a family of six", [("killed", 6)]),
    ("At least 20 civilians and one SARC staff member were killed", [("killed", 21)]),
    # what killed is no victim
    ("In Jableh, three explosions killed at least 100 people", [("killed", 100)]),
    ("killed about 20 civilians and a Red Crescent staff member", [("killed", 21)]),
    # one wounded, told by the verb before the victim
    ("Barrel bombs struck near its entrance, wounding a nurse.", [("injured", 1)]),
    ("Shelling hit the town and injured a civilian.", [("injured", 1)]),
    ("Shelling killed two, injuring a young boy.", [("killed", 2), ("injured", 1)]),
    ("and more than a hundred were wounded across the city", [("injured", 100)]),
    ("The army lost 12 of its soldiers in the battle.", [("killed", 12)]),
    ("Rebels lost two villages and a hill.", []),
    ("Local activists put the toll at 11.", [("killed", 11)]),
    ("Activists said the toll had risen to 30.", [("killed", 30)]),
    ("The man died a month later.", [("killed", 1)]),
    ("The body of a police officer was found on the road.", [("killed", 1)]),
    ("The man was arrested.", []),
    (
        "Two members of the Syria Civil Defence, also known as the White Helmets, were "
        "killed on Thursday.",
        [("killed", 2)],
    ),
    (
        "The Observatory says the number of civilians killed in Latamneh has risen to 9.",
        [("killed", 9)],
    ),
    ("The number of displaced rose to 9000.", []),
    ("Fighters publicly executed by gunshot a child in Tasil.", [("killed", 1)]),
    (
        "In Rastan, a woman and her son died when their house collapsed.",
        [("killed", 2)],
    ),
    ("Three children and their mother died in the strike.", [("killed", 4)]),
    (
        "A senior commander of Jabhat Fateh al-Sham, Abu Faraj al-Masri, was killed.",
        [("killed", 1)],
    ),
    (
        "9 civilians were killed in Khan Shaykhun, and 5 others in strikes on Saraqeb.",
        [("killed", 9), ("killed", 5)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_counts(text, expected):
    assert [(c.kind, c.value) for c in find_counts(text)] == expected


def test_bounds_and_each():
    (more,) = find_counts("more than 25 people have been killed")
    assert (more.low, more.high) == (25, None)
    (each,) = find_counts(
        "Seven each were slain in Hama Province and in Idlib Province"
    )
    assert each.each and each.value == 7


@pytest.mark.parametrize(
    "text",
    [
        "August 2013 - Hundreds of people are killed in a chemical attack.",
        "In August 2013 hundreds were killed.",
        "2013 - 300 people were killed.",
    ],
)
def test_a_year_is_no_toll(text):
    assert all(c.value != 2013 for c in find_counts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes erupted near Brigade 80 east of Aleppo, leaving 7 fighters dead.",
            [7],
        ),
        ("Clashes near Hill 1154 left 3 dead.", [3]),
        ("Fighting at Route 4 killed 2.", [2]),
        ("August 2013 - Hundreds of people are killed.", [100]),
        ("The attack on Oct. 3 killed 11 people in Idlib city.", [11]),
        ("In May 25 people were killed.", [25]),
    ],
)
def test_a_number_that_names_is_no_toll_but_a_toll_may_follow(text, expected):
    assert [c.value for c in find_counts(text)] == expected


def test_a_number_like_a_year_can_still_be_a_toll():
    assert [c.value for c in find_counts("Clashes killed 2,013 fighters.")] == [2013]


def test_bound_on_one_of_two_groups_bounds_their_sum():
    # "25+" has no upper bound: the sum of the groups has none either (this crashed)
    (plus,) = find_counts("Airstrikes killed 25+ soldiers and eight rebels.")
    assert (plus.value, plus.low, plus.high) == (33, 33, None)
    (more,) = find_counts("Clashes killed more than 25 soldiers and eight rebels.")
    assert (more.value, more.high) == (33, None)
    (exact,) = find_counts("Airstrikes killed 12 soldiers and eight rebels.")
    assert (exact.value, exact.high) == (20, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dozens", (12, 12, 99)),
        ("scores", (20, 20, 99)),
        ("two", (2, 2, 2)),
        ("1,200", (1200, 1200, 1200)),
        ("two dozen", (24, 24, 24)),
        ("half a dozen", (6, 6, 6)),
        ("Forty-one", (41, 41, 41)),
        ("20-odd", (20, 20, 29)),
        ("thirty-odd", (30, 30, 39)),
        ("banana", None),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IS militants beheaded two men in Deir ez-Zor city on Sunday.", 2),
        ("Three men were beheaded by IS in Raqqa on Monday.", 3),
        ("IS beheaded a Kurdish fighter near Kobani on Monday.", 1),
    ],
)
def test_beheading_kills(text, value):
    assert [(c.kind, c.value) for c in find_counts(text)] == [("killed", value)]


def test_a_part_of_a_whole_tells_the_whole():
    (c,) = find_counts("Two of the 15 people killed in Douma on Sunday were children.")
    assert (c.kind, c.value) == ("killed", 15)
    (c,) = find_counts("Thirty-four of the dead were in Aleppo Province")
    assert c.value == 34


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The blast killed seven civilians and three Operation Olive Branch soldiers.",
            10,
        ),
        ("36 IS fighters and 164 regime and allied fighters were killed.", 200),
        ("The strikes killed 10 people including 2 women and 3 children.", 10),
    ],
)
def test_two_groups_with_longer_names_add_up(text, value):
    assert [c.value for c in find_counts(text) if c.kind == "killed"] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range: the lower figure, as ACLED does, bounded by the upper one
        ("Between 10 and 15 people were killed.", ("killed", 10, 10, 15)),
        ("10 to 15 people were killed.", ("killed", 10, 10, 15)),
        ("killing between 30 and 34 civilians", ("killed", 30, 30, 34)),
        ("injuring between 5 and 9 others", ("injured", 5, 5, 9)),
        ("Nobody was killed.", ("killed", 0, 0, 0)),
    ],
)
def test_ranges_and_none(text, expected):
    (c,) = find_counts(text)
    assert (c.kind, c.value, c.low, c.high) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 46 civilians were killed between 19 and 24 September.",
            ("killed", 46, None),
        ),
        ("Six people were wounded between 3 and 5 May.", ("injured", 6, 6)),
    ],
)
def test_days_of_a_month_after_killed_between_are_no_range(text, expected):
    (c,) = find_counts(text)
    assert (c.kind, c.value, c.high) == expected


def test_the_dead_included_tolls_by_place():
    counts = find_counts("The dead included 5 in Douma and 3 in Harasta.")
    assert [(c.kind, c.value) for c in counts] == [("killed", 5), ("killed", 3)]


@pytest.mark.parametrize(
    ("text", "before", "value"),
    [
        ("58 were killed across Syria, 31 of them in Aleppo Province.", "Aleppo", 31),
        ("58 were killed across Syria, including 20 in Douma.", "Douma", 20),
        ("58 were killed, and another 12 in neighbouring Idlib.", "Idlib", 12),
        ("18 were killed, among them 5 in al-Mashhad.", "al-Mashhad", 5),
        ("58 were killed across Syria, most of them in Aleppo.", "Aleppo", None),
        ("Jets struck the town, killing 5 in Douma.", "Douma", None),
    ],
)
def test_part_of_a_toll_before_its_place(text, before, value):
    part = part_before(text, text.index(before))
    assert (part.value if part else None) == value


def test_the_dead_included_a_group_told_at_a_place():
    (count,) = find_counts(
        "The dead included nine members of one family in the town of Anadan."
    )
    assert (count.kind, count.value) == ("killed", 9)


def test_an_upper_bound_keeps_zero_as_the_least():
    (count,) = find_counts("Fewer than 5 people were killed.")
    assert (count.value, count.low, count.high) == (5, 0, 5)


def test_a_bound_before_two_groups_bounds_their_sum():
    (count,) = find_counts("at least 25 rebels and 17 pro-Assad fighters were killed")
    assert (count.value, count.low, count.high) == (42, 42, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Observatory said 12 people were killed in Douma, but activists put "
            "the toll at 15.",
            [(12, 12, 15)],
        ),
        (
            "SANA said 4 people were killed, while the Observatory gave a toll of 6.",
            [(4, 4, 6)],
        ),
        # another event, told by another source: two tolls
        (
            "Strikes killed 5 in Douma, while activists said shelling killed 3 in Harasta.",
            [(5, 5, 5), (3, 3, 3)],
        ),
    ],
)
def test_another_sources_toll_of_the_same_dead_is_a_range(text, expected):
    assert [(c.value, c.low, c.high) for c in find_counts(text)] == expected


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("including 11 children and five women", {"children": 11, "women": 5}),
        ("Twelve people, six of them children, were killed", {"children": 6}),
        ("12 were killed, 4 of whom women", {"women": 4}),
        # a table's row, its cells labelled by the head
        ("Town: Douma | Killed: 12 | Of whom children: 3", {"children": 3}),
        ("Killed: 9 | Children: 2 | Women: 0", {"children": 2, "women": 0}),
        ("Injured: 4 | Children injured: 2", {}),
    ],
)
def test_victims_by_group(text, groups):
    from geo.tolls import find_groups

    assert find_groups(text) == groups


def test_a_toll_ends_at_whereas():
    # what follows "whereas" is another clause's: the 3 are of the barrel bombs, the
    # woman a count of her own
    count, woman = find_counts(
        "Barrel bombs hit Haish, killing 3 citizens including a child, whereas a "
        "woman was killed by shells on Jisr al-Shughur."
    )
    assert (count.value, "whereas" in count.text) == (3, False)
    assert (woman.value, woman.text) == (1, "a woman was killed")


def test_a_dozen_after_and_begins_another_count():
    counts = find_counts(
        "air strikes killed a man and his two sons, and a dozen people were wounded."
    )
    assert [(c.kind, c.value) for c in counts] == [("killed", 3), ("injured", 12)]


def test_the_missing_believed_dead_are_missing():
    counts = find_counts("Eight staff members are missing and believed dead.")
    assert [(c.kind, c.value) for c in counts] == [("missing", 8)]


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit the town, killing a woman and injuring her child.",
        "The strike on Talbiseh injured a baby.",
    ],
)
def test_a_child_or_a_baby_hurt_is_one_wounded(text):
    assert ("injured", 1) in [(c.kind, c.value) for c in find_counts(text)]


def test_the_treated_told_last_are_wounded():
    counts = find_counts("The Observatory said at least 80 people were treated.")
    assert [(c.kind, c.value) for c in counts] == [("injured", 80)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Abu Jandal al-Kuwaiti was killed in the strike on Tuesday.", 1),
        # a man named, then told who he was
        (
            "Khaled Omar Harah, the White Helmets volunteer famous for pulling a baby "
            "from the rubble in 2014, was killed in an airstrike in Aleppo.",
            1,
        ),
        # one named by his calling, who died
        ("Syrian journalist Khaled al-Essa died in hospital on Friday.", 1),
        # the one man and the others with him
        ("The commander was killed along with two other militants.", 3),
        (
            "His deputy, known as Abu Jandal al-Kuwaiti, was killed in the strike on "
            "Tuesday along with two other militants.",
            3,
        ),
    ],
)
def test_one_man_killed_named_and_those_killed_with_him(text, value):
    assert [(c.kind, c.value) for c in find_counts(text)] == [("killed", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A handful of civilians were killed in the strike.", [(3, 2, 5)]),
        ("A strike killed tens of civilians.", [(20, 20, 99)]),
        # a range in words: the lower figure, bounded by the upper one
        ("Two to three people were killed.", [(2, 2, 3)]),
        # one count of all the casualties is no count of the dead
        ("The shelling left tens of dead, injured and missing.", []),
    ],
)
def test_more_vague_amounts(text, expected):
    counts = find_counts(text)
    assert [(c.value, c.low, c.high) for c in counts] == expected


def test_a_man_named_and_described_is_one_dead():
    counts = find_counts(
        "A drone strike killed Abu Faraj al-Masri, a senior commander of Jabhat Fateh "
        "al-Sham, near Jisr al-Shughour."
    )
    assert [(c.kind, c.value) for c in counts] == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shelled the villages, martyring two civilians", [("killed", 2)]),
        (
            "targeted the districts, claiming the lives of three civilians",
            [("killed", 3)],
        ),
        # some of the wounded told before, no new count
        (
            "The source added that a number of the injured are in critical condition.",
            [],
        ),
        # "a citizen was martyred": one dead, in state media's words
        (
            "a citizen was martyred and 3 others were injured when terrorists fired a "
            "rocket shell",
            [("killed", 1), ("injured", 3)],
        ),
    ],
)
def test_state_media_s_ways_of_telling_the_dead(text, expected):
    assert [(c.kind, c.value) for c in find_counts(text)] == expected


def test_how_many_asks_and_counts_none():
    assert find_counts("How many died?") == []


def test_a_part_of_a_toll_told_by_who_died():
    s = (
        "At least 27 people were killed across east Aleppo, including five members "
        "of one family in Bab al-Nairab."
    )
    assert part_before(s, s.index("Bab")).value == 5


@pytest.mark.parametrize(
    "text",
    [
        "The strikes killed at least 5 and as many as 9 people.",
        "At least 5 and possibly 9 people were killed.",
    ],
)
def test_a_least_and_a_most_told_are_a_range(text):
    (count,) = find_counts(text)
    assert (count.kind, count.value, count.high) == ("killed", 5, 9)


def test_a_monitors_parts_with_their_victims_are_counted():
    counts = find_counts(
        "The toll rose to 20 civilians, they are 9 civilians including 2 children who "
        "were killed in Douma, 6 civilians in Saqba and 5 civilians in Kafr Batna."
    )
    assert [c.value for c in counts if c.kind == "killed"] == [20, 9, 6, 5]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The army shelled the village, wounding a woman and her son.", 2),
        ("A child and his mother were wounded.", 2),
        ("Shells fell on the house, injuring a man and his two daughters.", 3),
        ("A sniper wounded a girl and her grandmother.", 2),
    ],
)
def test_one_wounded_and_their_kin_are_counted_together(text, value):
    (c,) = find_counts(text)
    assert (c.kind, c.value) == ("injured", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rebels shot down a helicopter near Hama, killing its crew of four.", 4),
        ("The jet crashed, killing all 12 people on board.", 12),
        ("The ambush killed all three soldiers in the patrol.", 3),
    ],
)
def test_a_crew_or_all_of_a_group_killed_are_counted(text, value):
    assert [c.value for c in find_counts(text) if c.kind == "killed"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The chlorine attack caused 30 cases of suffocation.", 30),
        ("The attack left 11 people suffering breathing difficulties.", 11),
        ("19 civilians were killed and 18 suffocation cases were reported.", 18),
    ],
)
def test_a_gas_attacks_harmed_are_wounded(text, value):
    assert [c.value for c in find_counts(text) if c.kind == "injured"] == [value]


def test_a_vague_amount_of_suffocation_cases_waits_for_the_medics_figure():
    assert find_counts("Barrel bombs caused dozens of suffocation cases.") == []


def test_a_deed_told_after_and_is_no_passive_toll():
    # "blew up two temples and beheaded its chief": not two beheaded
    assert (
        find_counts("They blew up two of the town's temples and beheaded its chief.")
        == []
    )
    assert [c.value for c in find_counts("Two civilians and a child were killed.")] == [
        3
    ]


def test_the_spans_taken_overlap_as_a_plain_list_of_them_would():
    import random

    from geo.tolls import _Spans

    rng = random.Random(1)
    for _ in range(500):
        spans, taken = _Spans(), []
        for _ in range(30):
            start = rng.randint(0, 200)
            end = start + rng.randint(1, 15)
            q_start = rng.randint(0, 200)
            q_end = q_start + rng.randint(1, 15)
            assert spans.overlaps(q_start, q_end) == any(
                q_start < e and s < q_end for s, e in taken
            )
            if rng.random() < 0.5:
                spans.add(start, end)
                taken.append((start, end))


def test_two_groups_the_second_told_by_whose_it_was():
    counts = find_counts(
        "Eight fighters from the Free Syrian Army and three from Ahrar al-Sham were "
        "killed in clashes."
    )
    assert [(c.kind, c.value) for c in counts] == [("killed", 11)]
    counts = find_counts("Eight FSA fighters and three from Ahrar al-Sham were killed.")
    assert [(c.kind, c.value) for c in counts] == [("killed", 11)]


def test_one_more_of_the_group_hurt():
    counts = find_counts(
        "Two members of the White Helmets were killed and a third was injured."
    )
    assert [(c.kind, c.value) for c in counts] == [("killed", 2), ("injured", 1)]
    # a toll of the hurt told besides is the count
    counts = find_counts("Two killed, a third was hurt, and 5 were injured.")
    assert [(c.kind, c.value) for c in counts] == [("killed", 2), ("injured", 5)]


def test_a_group_and_one_of_a_kind_wounded():
    counts = find_counts(
        "Mortar rounds hit a school, wounding four pupils and a teacher."
    )
    assert [(c.kind, c.value) for c in counts] == [("injured", 5)]


def test_an_elliptic_toll_after_and_in():
    counts = find_counts(
        "In Idlib province 46 civilians died, and in Rural Damascus 38."
    )
    assert [(c.kind, c.value) for c in counts] == [("killed", 46), ("killed", 38)]


def test_the_number_of_those_who_were_killed_rose():
    counts = find_counts(
        "The number of people who were killed in the massacre committed by the regime "
        "warplanes in the town of Hamouriyah today rose to 14 including 5 children."
    )
    assert [(c.kind, c.value) for c in counts if c.kind == "killed"][:1] == [
        ("killed", 14)
    ]
    assert [c.value for c in find_counts("The number of martyrs rose to 14.")] == [14]


def test_a_pupil_killed_and_whether_anyone_was():
    assert [
        (c.kind, c.value)
        for c in find_counts("A mortar hit a school, killing a pupil.")
    ] == [("killed", 1)]
    assert find_counts("They could not say whether anyone had been killed.") == []


def test_bodies_handed_back_are_no_toll():
    assert (
        find_counts("Regime forces and rebels exchanged the bodies of 12 fighters.")
        == []
    )
    assert [
        c.value for c in find_counts("Rescuers recovered the bodies of 12 people.")
    ] == [12]


def test_one_killed_and_another_wounded():
    counts = find_counts(
        "A man was killed and another wounded when guards opened fire."
    )
    assert [(c.kind, c.value) for c in counts] == [("killed", 1), ("injured", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes killed 30+ people in Douma.",
        "Shelling killed 30-plus people.",
        "Upwards of 30 people were killed.",
        "In excess of 30 people were killed.",
    ],
)
def test_at_least_so_many_told_otherwise(text):
    (count,) = find_counts(text)
    assert (count.value, count.low, count.high) == (30, 30, None)


def test_victims_counted_are_dead_unless_told_hurt():
    found = find_counts("35 victims including 20 children after a new Russian raid")
    assert [(c.kind, c.value) for c in found] == [("killed", 35)]
    assert [c.kind for c in find_counts("the 12 victims were wounded")] == ["injured"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A family of seven was wiped out when a barrel bomb hit.", [("killed", 7)]),
        ("The dead numbered 14 in Saturday's attack.", [("killed", 14)]),
        ("Nobody was hurt.", [("killed", 0), ("injured", 0)]),
    ],
)
def test_a_family_wiped_out_the_dead_numbered_nobody_hurt(sentence, expected):
    assert [(c.kind, c.value) for c in find_counts(sentence)] == expected


def test_a_former_commander_of_a_long_named_group_assassinated_is_one_dead():
    found = find_counts("Gunmen assassinated a former Free Syrian Army commander.")
    assert [(c.kind, c.value) for c in found] == [("killed", 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A US drone strike killed a senior al-Qaeda leader near Sarmada.",
        "The strike killed a militant in Raqqa.",
    ],
)
def test_a_leader_or_a_militant_killed_is_one_dead(sentence):
    assert [(c.kind, c.value) for c in find_counts(sentence)] == [("killed", 1)]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("A car bomb killed a Jaish al-Islam commander and his driver.", 2),
        ("A drone killed a commander and his two bodyguards.", 3),
        ("A sniper killed a woman and her daughter.", 2),
    ],
)
def test_the_one_killed_and_those_with_him(sentence, dead):
    assert [(c.kind, c.value) for c in find_counts(sentence)] == [("killed", dead)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a military's claim, told in the passive
        ("Up to 70 militants were eliminated in the strike.", [("killed", 70)]),
        (
            "More than 300 terrorists have been liquidated near Palmyra.",
            [("killed", 300)],
        ),
        # things eliminated are no dead
        ("Three positions were eliminated.", []),
    ],
)
def test_fighters_eliminated_are_dead(sentence, expected):
    assert [(c.kind, c.value) for c in find_counts(sentence)] == expected


def test_a_crew_told_by_its_size_is_its_dead():
    found = find_counts("The helicopter crashed near Hama, killing its two-man crew.")
    assert [(c.kind, c.value) for c in found] == [("killed", 2)]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        (
            "A strike hit a house in Kafr Hamra, killing Ahmad al-Hamoud, 12, his "
            "brother Mohammad, 9, and their mother, Fatima.",
            3,
        ),
        ("The victims were Khaled, 34, Omar, 30, and Samer, 22.", 3),
        ("Shells killed Mahmoud, 40, his wife and their two daughters.", 4),
        # places are no people: no age, no kin
        ("Jets struck Saraqib, Binnish and Taftanaz, killing civilians.", None),
    ],
)
def test_the_dead_told_by_name_are_counted(sentence, dead):
    killed = [c.value for c in find_counts(sentence) if c.kind == "killed"]
    assert killed == ([dead] if dead else [])


def test_a_toll_told_alike_in_each_place_is_each_places():
    found = find_counts(
        "Airstrikes on Saraqib and Binnish killed 12 people on Monday, six in each town."
    )
    assert [(c.kind, c.value, c.each) for c in found] == [("killed", 6, True)]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("At least one hundred and twenty people were killed.", 120),
        ("Two hundred and fifty-three civilians were killed.", 253),
        ("A hundred and five people died.", 105),
    ],
)
def test_hundreds_and_more_told_in_words(sentence, dead):
    assert [c.value for c in find_counts(sentence)] == [dead]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        # the parts of the dead told aside, with commas or without
        ("10 people including 2 women and 3 children were killed.", 10),
        (
            "Eight civilians, including three children, and four fighters were killed.",
            12,
        ),
    ],
)
def test_parts_told_aside_leave_the_whole(sentence, dead):
    assert [c.value for c in find_counts(sentence) if c.kind == "killed"] == [dead]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling on Harasta killed a 4-year-old girl and her grandfather.",
        "Shelling killed a boy and his uncle.",
    ],
)
def test_one_dead_and_their_elder_kin_are_counted_together(text):
    (c,) = find_counts(text)
    assert (c.kind, c.value) == ("killed", 2)
