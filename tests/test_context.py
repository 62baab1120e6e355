"""The narrative's reference date: implicit years and months read against it."""
from __future__ import annotations

from pipeline.context import Narrative
from pipeline.normalise.dates import PartialDate, RelativeDate


def test_month_without_year_takes_the_narrative_year_and_rolls_over():
    narrative = Narrative(2007, 12)
    assert narrative.resolve(PartialDate(month=3)) == PartialDate(2008, 3)
    assert Narrative(2007, 4).resolve(PartialDate(month=12)) == PartialDate(2007, 12)


def test_relative_years_and_months():
    assert Narrative(2009, None).resolve(RelativeDate(1, None)) == PartialDate(2010)
    assert Narrative(2014, 2).resolve(RelativeDate(0, 1)) == PartialDate(2014, 3)
    assert Narrative(2014, 12).resolve(RelativeDate(0, 1)) == PartialDate(2015, 1)


def test_the_following_month_is_the_next_one_after_the_reference():
    assert Narrative(2021, 10).resolve(RelativeDate(month=3)) == PartialDate(2022, 3)
    assert Narrative(2021, 1).resolve(RelativeDate(month=3)) == PartialDate(2021, 3)
    assert Narrative(2021, None).resolve(RelativeDate(month=7)) == PartialDate(2022, 7)


def test_a_winter_carries_january_into_the_next_year():
    narrative = Narrative(2019, 8)
    narrative.open_winter()
    assert narrative.resolve(PartialDate(month=2)) == PartialDate(2020, 2)


def test_no_reference_no_year():
    assert Narrative().resolve(PartialDate(month=5)) is None
    assert Narrative().resolve(None) is None


def test_a_two_year_season_places_months_and_leaves_undated_races_without_a_year():
    narrative = Narrative()
    narrative.open_season(2009, 2010)
    assert narrative.resolve(PartialDate(month=11)) == PartialDate(2009, 11)
    assert narrative.resolve(PartialDate(month=2)) == PartialDate(2010, 2)
    assert narrative.resolve(None) is None
    narrative.update(PartialDate(2009, 11), stated=False)  # "in November": still inside the season
    assert narrative.resolve(None) is None
    assert narrative.resolve(PartialDate(month=1)) == PartialDate(2010, 1)
    narrative.update(PartialDate(2011))  # the text names a year: the season is over
    assert narrative.resolve(None) == PartialDate(2011)


def test_twelve_months_after_a_year_alone_is_the_next_year_and_eighteen_is_unknown():
    narrative = Narrative(2010, None)
    assert narrative.resolve(RelativeDate(0, 12)) == PartialDate(year=2011)
    assert narrative.resolve(RelativeDate(0, 18)) is None
    assert Narrative(2010, 11).resolve(RelativeDate(0, 18)) == PartialDate(year=2012, month=5)


def test_days_later_count_from_the_day_told_and_a_few_days_back_stay_in_the_year():
    assert Narrative(2021, 8, day=31).resolve(RelativeDate(same_month=True, days=2)) == PartialDate(2021, 9, 2)
    assert Narrative(2021, 8).resolve(RelativeDate(same_month=True, days=2)) == PartialDate(2021, 8)
    assert Narrative(2021, 9, day=2).resolve(PartialDate(month=8, day=28)) == PartialDate(2021, 8, 28)
    assert Narrative(2021, 9).resolve(PartialDate(month=8)) == PartialDate(2022, 8)


def test_only_a_few_days_back_stay_in_the_year():
    assert Narrative(2019, 9, day=2).resolve(PartialDate(month=8, day=3)) == PartialDate(2020, 8, 3)
    assert Narrative(2019, 6, day=30).resolve(PartialDate(month=5, day=2)) == PartialDate(2020, 5, 2)


def test_a_new_winter_or_season_forgets_the_day_and_months_count_back_from_a_year():
    narrative = Narrative(2019, 8, day=31)
    narrative.open_winter()
    assert narrative.resolve(RelativeDate(same_month=True, days=2)) == PartialDate(2019, 12)
    narrative.open_season(2019, 2020)
    assert narrative.day is None
    assert Narrative(1974, None).resolve(RelativeDate(0, -12)) == PartialDate(1973)


def test_that_month_is_the_nearest_such_month_unless_told_looking_back():
    assert Narrative(2012, 10).resolve(PartialDate(month=8), nearest=True) == PartialDate(2012, 8)
    assert Narrative(2018, 12).resolve(PartialDate(month=3), nearest=True) == PartialDate(2019, 3)
    assert Narrative(2018, 12).resolve(PartialDate(month=3), this_year=True) == PartialDate(2018, 3)


def test_a_week_later_gives_the_month_its_days_end_in():
    week = RelativeDate(same_month=True, days=7, month_only=True)
    assert Narrative(2023, 5, day=28).resolve(week) == PartialDate(2023, 6)
    assert Narrative(2022, 8).resolve(week) == PartialDate(2022, 8)
