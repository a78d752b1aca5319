import datetime as dt

import pytest

from geo.dates import find_dates

MON = dt.date(2016, 11, 14)  # a Monday
CASES = [
    ("documented on Sunday", "2016-11-13", "day"),
    # the month of a deed named by it
    ("after the September attack on an aid convoy", "2016-09-01", "month"),
    ("hit on Saturday", "2016-11-12", "day"),
    ("on Monday", "2016-11-14", "day"),
    ("footage from Tuesday night of", "2016-11-08", "day"),
    ("Sunday's strikes", "2016-11-13", "day"),
    ("killed this morning", "2016-11-14", "day"),
    ("Government forces are now advancing on the farms", "2016-11-14", "day"),
    ("yesterday", "2016-11-13", "day"),
    ("the day before yesterday", "2016-11-12", "day"),
    ("on Wednesday last week", "2016-11-09", "day"),
    ("on the 5th", "2016-11-05", "day"),
    ("on the 28th", "2016-10-28", "day"),
    ("last night", "2016-11-13", "day"),
    ("recaptured on November 26", "2015-11-26", "day"),
    ("on November 2", "2016-11-02", "day"),
    ("on 12 October", "2016-10-12", "day"),
    ("June and July 2016", "2016-06-01", "month"),
    ("in December 2015", "2015-12-01", "month"),
    ("Last week, warplanes", "2016-11-07", "week"),
    ("earlier this month", "2016-11-01", "month"),
    ("nine days ago", "2016-11-05", "day"),
    ("48 hours ago", "2016-11-12", "day"),
    ("a few hours ago", "2016-11-14", "day"),
    ("On the 5th, jets struck", "2016-11-05", "day"),
    ("struck on the 3rd of November", "2016-11-03", "day"),
    # a part of a day of the month told
    ("killed 14 on the morning of the 13th", "2016-11-13", "day"),
    ("on the 3rd of March 2015", "2015-03-03", "day"),
    ("over the weekend", "2016-11-12", "week"),
    ("at the weekend", "2016-11-12", "week"),
    ("In 2015, a strike killed 15", "2015-01-01", "year"),
    ("During March, jets struck", "2016-03-01", "month"),
    ("struck in mid-October", "2016-10-01", "month"),
    ("three weeks ago", "2016-10-24", "week"),
    ("a week ago", "2016-11-07", "week"),
    ("in early 2015", "2015-01-01", "year"),
    # "by" an agent is no bound: "captured by rebels in 2012"
    ("the district captured by rebels in 2012", "2012-01-01", "year"),
    # what an attack came a day after is of the day before
    ("Friday's attack came a day after a bomb hit Shaar", "2016-11-10", "day"),
]


@pytest.mark.parametrize(
    ("text", "date", "precision"), CASES, ids=[c[0] for c in CASES]
)
def test_resolves_against_publication(text, date, precision):
    found = find_dates(text, MON)
    assert found and found[0].date.isoformat() == date
    assert found[0].precision == precision


@pytest.mark.parametrize(
    "text",
    [
        "besieged since July 2015",
        "since September 19",
        "until Monday",
        "no date here",
        "",
    ],
)
def test_bounds_and_plain_text_give_no_event_date(text):
    assert find_dates(text, MON) == []


def test_without_publication_only_absolute_dates():
    assert find_dates("on Sunday", None) == []
    assert find_dates("on 3 March 2018", None)[0].date == dt.date(2018, 3, 3)


def test_last_weekend_said_on_a_weekend_is_the_one_before():
    sunday = dt.date(2016, 11, 13)
    assert find_dates("last weekend", sunday)[0].date == dt.date(2016, 11, 5)
    assert find_dates("this weekend", sunday)[0].date == dt.date(2016, 11, 12)


def test_last_friday_said_on_a_friday_is_a_week_before():
    friday = dt.date(2016, 8, 12)
    assert find_dates("It was struck last Friday.", friday)[0].date == dt.date(
        2016, 8, 5
    )
    assert find_dates("It was struck on Friday.", friday)[0].date == friday
    assert find_dates("It was struck last Thursday.", friday)[0].date == dt.date(
        2016, 8, 11
    )


@pytest.mark.parametrize("span", ["this month", "this week", "last month"])
def test_how_often_in_a_span_is_no_date(span):
    text = f"Its centre in Hanano was hit for the third time {span}."
    assert find_dates(text, dt.date(2016, 10, 13)) == []


def test_a_month_after_an_agent_is_the_deeds():
    found = find_dates(
        "The prison was blown up by Isis last May.", dt.date(2016, 3, 30)
    )
    assert [(d.date, d.precision) for d in found] == [(dt.date(2015, 5, 1), "month")]


@pytest.mark.parametrize(
    ("published", "year"), [(dt.date(2016, 11, 30), 2016), (dt.date(2016, 3, 30), 2015)]
)
def test_last_summer_is_the_summer_just_gone(published, year):
    (found,) = find_dates("They were executed last summer.", published)
    assert found.date.year == year


def test_since_a_month_when_a_deed_was_done_is_its_month():
    found = find_dates(
        "under regime fire since early July, when troops captured the farms",
        dt.date(2016, 7, 28),
    )
    assert [(d.date, d.precision) for d in found] == [(dt.date(2016, 7, 1), "month")]
    # (a running total since a month dates nothing)
    assert find_dates("killed 400 people since July", dt.date(2016, 7, 28)) == []


def test_a_day_a_month_does_not_have_is_no_date():
    # "on the 31st" told in a month after one of 30 days: none, and no error
    assert find_dates("Shelling hit Jobar on the 31st.", dt.date(2016, 10, 3)) == []


def test_relative_days_count_from_the_day_it_was_said():
    published = dt.date(2016, 12, 11)  # a Sunday
    text = (
        "Russia's Defence Ministry had said on Saturday that its aircraft carried out "
        "64 strikes overnight, killing more than 300 militants near Palmyra."
    )
    assert [str(d.date) for d in find_dates(text, published)] == [
        "2016-12-10",
        "2016-12-10",
    ]
    said = "The army said on Saturday that rebels attacked the town yesterday."
    assert str(find_dates(said, published)[-1].date) == "2016-12-09"
    # no "said ... that": overnight is the night before publication
    text = "Jets struck on Saturday and again overnight."
    assert str(find_dates(text, published)[-1].date) == "2016-12-11"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a span is as precise as it is long: a month's for four weeks, a week's
        (
            "dropped chlorine between November 17 and December 13, 2016, HRW said",
            dt.date(2017, 2, 13),
            ("2016-11-01", "month"),
        ),
        (
            "strikes between March 3 and 6 killed 40",
            dt.date(2017, 2, 13),
            ("2016-03-03", "week"),
        ),
        ("from Dec 28 to Jan 3", dt.date(2017, 1, 5), ("2016-12-28", "week")),
        # a span that began before publication may end after it
        (
            "clashes between March 13th and April 1st",
            dt.date(2018, 3, 13),
            ("2018-03-01", "month"),
        ),
    ],
)
def test_a_span_of_days(text, published, expected):
    (found,) = find_dates(text, published)
    assert (str(found.date), found.precision, found.rule) == (*expected, "day-range")


def test_a_datelines_date_is_when_it_was_filed():
    text = "(Beirut, February 13, 2017) - Helicopters dropped chlorine on Aleppo."
    assert find_dates(text, dt.date(2017, 2, 13)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("killed in air strikes between 5 and 9 October", ("2016-10-05", "week")),
        # two days told: the first, with a week's precision
        ("killed in air strikes on 3 and 4 October", ("2016-10-03", "week")),
        ("killed in air strikes on 3-4 October", ("2016-10-03", "week")),
        ("from 28 September to 2 October 2016", ("2016-09-28", "week")),
        ("shelled between 5 and 19 October", ("2016-10-01", "month")),
    ],
)
def test_a_span_of_days_told_day_first(text, expected):
    (found,) = find_dates(text, dt.date(2016, 10, 10))
    assert (str(found.date), found.precision, found.rule) == (
        *expected,
        "day-month-range",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hit last February", "2016-02-01"),
        ("hit last November", "2015-11-01"),  # told in November: a year before
        ("hit this March", "2016-03-01"),
        # the year said after the month: one phrase, not a month and a bare year
        ("In February this year, strikes hit a hospital", "2016-02-01"),
        ("In December last year, strikes hit a hospital", "2015-12-01"),
    ],
)
def test_last_or_this_month(text, expected):
    (found,) = find_dates(text, dt.date(2016, 11, 3))
    assert (str(found.date), found.precision) == (expected, "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 2013 chemical attack in Ghouta killed hundreds.", ("2013-01-01", "year")),
        ("Two years ago, Islamic State overran Palmyra.", ("2014-01-01", "year")),
        ("Three months ago, jets struck Sarmin.", ("2016-07-01", "month")),
        ("A month ago, jets struck Sarmin.", ("2016-09-01", "month")),
    ],
)
def test_years_and_months_told_of_as_past(text, expected):
    (found,) = find_dates(text, dt.date(2016, 10, 26))
    assert (str(found.date), found.precision) == expected


def test_a_number_with_a_thousands_comma_is_no_year():
    assert find_dates("the 2,013 people", dt.date(2016, 10, 26)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 23/10/2016", "2016-10-23"),
        ("on 10/23/2016", "2016-10-23"),
        ("on 5/10/2016", "2016-10-05"),
        # dots and dashes as European and Arab outlets write them
        ("on 23.10.2016", "2016-10-23"),
        ("on 05-10-2016", "2016-10-05"),
        # day first would be a day to come: month first, as US sources write
        ("on 10/12/2016", "2016-10-12"),
    ],
)
def test_numeric_dates_day_first_unless_it_cannot_be(text, expected):
    (found,) = find_dates(text, dt.date(2016, 10, 26))
    assert str(found.date) == expected


def test_a_date_long_after_publication_is_a_typo():
    assert find_dates("bombs on the village 12 Oct 2105", dt.date(2016, 1, 4)) == []


def test_an_agency_datelines_date_is_when_it_was_filed():
    text = "BEIRUT, Dec 13 (Reuters) - Warplanes struck Aleppo on Monday."
    assert [d.text for d in find_dates(text, dt.date(2016, 12, 13))] == ["Monday"]


def test_since_a_date_when_something_happened_dates_it():
    published = dt.date(2016, 10, 17)
    text = (
        "Zabadani has been besieged since July 2015, when the Syrian military and "
        "Hezbollah launched an 86-day offensive to take the town."
    )
    (found,) = find_dates(text, published)
    assert (str(found.date), found.precision) == ("2015-07-01", "month")
    # a bound alone dates nothing
    assert find_dates("The town has been besieged since July 2015.", published) == []


@pytest.mark.parametrize(
    "text",
    [
        "The regime has killed dozens in eastern Aleppo over the past 24 hours.",
        "Jets carried out 41 sorties over the past day, killing 100 militants.",
        "Activists said 30 people were killed in the last 24 hours.",
    ],
)
def test_a_days_news_is_of_the_publication_day(text):
    published = dt.date(2016, 11, 17)
    (found,) = find_dates(text, published)
    assert (found.date, found.precision) == (published, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date names the day; the weekday beside it adds nothing
        ("killed on Sunday 13 November", ["2016-11-13"]),
        ("killed on Monday, Nov. 14", ["2016-11-14"]),
        ("killed on Saturday (Nov 12)", ["2016-11-12"]),
        ("on Sunday and on November 13", ["2016-11-27", "2016-11-13"]),
    ],
)
def test_a_weekday_beside_a_date(text, expected):
    assert [str(d.date) for d in find_dates(text, dt.date(2016, 12, 3))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "barrel bombs fell on the night of Tuesday to Wednesday",
        "strikes on the night between Tuesday and Wednesday",
        # "overnight" before the day it names is that night, not last night
        "jets struck overnight Tuesday into Wednesday",
    ],
)
def test_a_night_across_two_days_is_of_the_first(text):
    found = find_dates(text, dt.date(2016, 11, 9))
    assert [d.date.isoformat() for d in found] == ["2016-11-08"]


def test_two_days_told_without_a_night_stay_two():
    found = find_dates("Strikes hit on Tuesday and Wednesday.", dt.date(2016, 11, 9))
    assert len(found) == 2


def test_a_span_of_weekdays_is_a_week_from_its_first_day():
    (found,) = find_dates(
        "Between Friday and Sunday, at least 45 people were killed", MON
    )
    assert (found.date.isoformat(), found.precision) == ("2016-11-11", "week")


def test_the_day_a_campaign_began_names_it():
    published = dt.date(2016, 10, 17)
    told = "Regime forces retook Maan, reversing rebel gains in an offensive launched in late August."
    assert find_dates(told, published) == []
    # with a comma, the day of what the phrase goes on to tell
    told = "The operation, launched on August 24 with the capture of Jarablus, goes on."
    assert [d.date for d in find_dates(told, published)] == [dt.date(2016, 8, 24)]


def test_by_a_day_at_the_start_tells_what_had_happened_by_then():
    published = dt.date(2016, 11, 28)
    told = find_dates("By Monday morning, the rebels had lost Sakhour.", published)
    assert [d.date for d in told] == [dt.date(2016, 11, 28)]
    # a deadline is no date of an event
    assert find_dates("They must leave by Monday.", published) == []


def test_the_previous_night_is_the_night_before_the_day_it_was_told():
    published = dt.date(2016, 10, 14)
    told = find_dates(
        "Activists on Friday reported that helicopters had bombed Daraya the previous "
        "night.",
        published,
    )
    assert [(d.date, d.rule) for d in told] == [(dt.date(2016, 10, 13), "day-before")]
    # a day told of an event stays
    told = find_dates(
        "The army retook the hill on Monday, lost the day before.", published
    )
    assert [d.date for d in told] == [dt.date(2016, 10, 10), dt.date(2016, 10, 9)]
    # without a day to count from, none
    assert find_dates("They met the day before.", published) == []
    # a day told again, what came after it said: no day of its own
    told = find_dates(
        "A boy died on Sunday, the day before the convoy arrived.", published
    )
    assert [d.text for d in told] == ["Sunday"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On the night of 2 to 3 October, the hospital was struck.",
            dt.date(2016, 10, 2),
        ),
        ("On the night of 17-18 February 2016, bombs fell.", dt.date(2016, 2, 17)),
    ],
)
def test_a_night_of_two_days_of_a_month_is_of_the_first(text, day):
    (found,) = find_dates(text, dt.date(2016, 10, 20))
    assert (found.date, found.precision) == (day, "day")


def test_a_span_of_days_up_to_now_is_a_week_from_its_first_day():
    published = dt.date(2016, 11, 2)
    (found,) = find_dates(
        "45 people have been killed in three days of bombing.", published
    )
    assert (found.date, found.precision, found.rule) == (
        dt.date(2016, 10, 31),
        "week",
        "days-span",
    )
    # how long a siege has lasted is no date
    assert find_dates("The siege has lasted 300 days.", published) == []


def test_the_week_ending_a_day():
    (d,) = find_dates(
        "212 civilians died in the week ending Saturday", dt.date(2016, 10, 16)
    )
    assert (d.date, d.precision, d.rule) == (
        dt.date(2016, 10, 9),
        "week",
        "week-ending",
    )


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("a car bomb on New Year's Eve", dt.date(2016, 12, 31), "day"),
        ("strikes on Christmas Day", dt.date(2016, 12, 25), "day"),
        ("besieged in the summer of 2015", dt.date(2015, 1, 1), "year"),
    ],
)
def test_holidays_and_a_season_of_a_year(text, date, precision):
    (d,) = find_dates(text, dt.date(2017, 5, 10))
    assert (d.date, d.precision) == (date, precision)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "during Eid al-Adha, jets struck Douma",
            (2016, 9, 20),
            ("2016-09-12", "week"),
        ),
        ("on the first day of Eid al-Fitr", (2016, 7, 10), ("2016-07-06", "day")),
        # the eve: the day before
        ("on the eve of Eid al-Adha", (2016, 10, 21), ("2016-09-11", "day")),
        # a feast yet to come this year: last year's
        ("on the first day of Eid al-Fitr", (2016, 1, 10), ("2015-07-17", "day")),
    ],
)
def test_eid_is_its_first_day(text, published, expected):
    (found,) = find_dates(text, dt.date(*published))
    assert (found.date.isoformat(), found.precision) == expected
