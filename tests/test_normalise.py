"""The normalisers, one function each, on the hard cases."""
from __future__ import annotations

import pytest

from pipeline.gazetteer import load_gazetteer
from pipeline.normalise.dates import PartialDate, RelativeDate, parse_date
from pipeline.normalise.disciplines import named_discipline, normalise_discipline, plausible
from pipeline.normalise.events import normalise_event
from pipeline.normalise.marks import ordered, parse_mark, parse_marks
from pipeline.normalise.placings import Placing, parse_placing, parse_status
from pipeline.normalise.times import parse_time


@pytest.mark.parametrize("text, expected", [
    ("2:16:22 hours", ("2:16:22", 8182.0)),
    ("2:08:50", ("2:08:50", 7730.0)),
    ("13:05.12", ("13:05.12", 785.12)),
    ("13:05.1", ("13:05.1", 785.1)),
    ("27:45", ("27:45", 1665.0)),
    ("9.58 seconds", ("9.58", 9.58)),
    ("1:45.2", ("1:45.2", 105.2)),
    ("2 hours 8 minutes and 50 seconds", ("2:08:50", 7730.0)),
    ("27 minutes 45.31 seconds", ("27:45.31", 1665.31)),
    ("3 min 35.6 s", ("3:35.6", 215.6)),
    ("2 hours 8 minutes", ("2:08:00", 7680.0)),
    ("two hours, 22 minutes and 15 seconds", ("2:22:15", 8535.0)),
    ("two hours, thirty-eight minutes and twelve seconds", ("2:38:12", 9492.0)),
    ("two hours, fourteen minutes and 6.4 seconds", ("2:14:06.4", 8046.4)),
    ("19 min 52 2/5 sec", ("19:52.4", 1192.4)),
    ("2h09min02s", ("2:09:02", 7742.0)),
    ("1h02'15''", ("1:02:15", 3735.0)),
    ("13'05\"12", ("13:05.12", 785.12)),
    ("27min45s", ("27:45", 1665.0)),
    ("1:02:03.4", ("1:02:03.4", 3723.4)),
    ("63:12", ("1:03:12", 3792.0)),
    ("28:31,40", ("28:31.40", 1711.4)),  # a decimal comma, as European results lists write it
    ("15:02,7", ("15:02.7", 902.7)),
    ("2:05:12,4", ("2:05:12.4", 7512.4)),
    ("52,31", ("52.31", 52.31)),
    ("11,24 s", ("11.24", 11.24)),
    ("a minute and 44.30 seconds", ("1:44.30", 104.3)),
])
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25 minutes", "2:75", "0:00"])
def test_not_times(text):
    assert parse_time(text) is None


@pytest.mark.parametrize("rule, text, expected", [
    ("date.my", "December 2014", PartialDate(2014, 12)),
    ("date.dmy", "12 April 2009", PartialDate(2009, 4, 12)),
    ("date.dmy", "the 3rd of March 1998", PartialDate(1998, 3, 3)),
    ("date.dmy", "29 February 2008", PartialDate(2008, 2, 29)),
    ("date.dmy", "29 February 2009", None),
    ("date.dm", "29 February", PartialDate(None, 2, 29)),
    ("date.mdy", "April 12, 2009", PartialDate(2009, 4, 12)),
    ("date.month", "December", PartialDate(None, 12)),
    ("date.dm", "7 June", PartialDate(None, 6, 7)),
    ("date.year", "2007", PartialDate(2007)),
    ("date.season", "2009-10", PartialDate(2009, season_end=2010)),
    ("date.same_year", "that year", RelativeDate(0, 0)),
    ("date.next_year", "the following year", RelativeDate(1, None)),
    ("date.years_later", "two years later", RelativeDate(2, None)),
    ("date.months_later", "a month later", RelativeDate(0, 1)),
])
def test_dates_keep_the_precision_the_text_gave(rule, text, expected):
    assert parse_date(rule, text) == expected


def test_the_year_comes_from_the_text_not_from_dateparser():
    """dateparser reads the day and month (cached across years); the year is the text's own."""
    for year in range(1990, 2030):
        assert parse_date("date.dmy", f"21 October {year}") == PartialDate(year, 10, 21)
        assert parse_date("date.my", f"October {year}") == PartialDate(year, 10)


def test_partial_date_iso():
    assert PartialDate(2014, 12).iso() == "2014-12"
    assert PartialDate(2009, 4, 12).iso() == "2009-04-12"
    assert PartialDate(2007).iso() == "2007"
    assert PartialDate(None, 12).iso() is None


@pytest.mark.parametrize("rule, text, expected", [
    ("placing.ordinal.verb", "coming 55th", Placing(place=55)),
    ("placing.ordinal.into", "into sixth", Placing(place=6)),
    ("placing.ordinal.verb", "came twenty-first", Placing(place=21)),
    ("placing.win", "won", Placing(place=1)),
    ("placing.runner_up", "runner-up", Placing(place=2)),
    ("placing.medal", "silver", Placing(place=2)),
    ("placing.medal", "bronze", Placing(place=3)),
    ("placing.range", "top thirty", Placing(place_max=30)),
    ("placing.range", "top three", Placing(place_max=3)),
    ("placing.range", "top-ten", Placing(place_max=10)),
    ("placing.ordinal.noun", "fifth-place", Placing(place=5)),
])
def test_placings(rule, text, expected):
    assert parse_placing(rule, text) == expected


def test_statuses():
    assert parse_status("status.dnf.dropped") == "DNF"
    assert parse_status("status.dns.withdrew") == "DNS"
    assert parse_status("status.dq") == "DQ"


@pytest.mark.parametrize("rule, text, expected", [
    ("record.adjective", "Mongolian record", "NR"),
    ("record.adjective", "Kenyan record", "NR"),
    ("record.adjective", "European record", "AR"),
    ("record.adjective", "South American record", "AR"),
    ("record.adjective", "South African record", "NR"),
    ("record.adjective", "Olympic record", "CHR"),
    ("record.PB", "personal-best", "PB"),
    ("record.NR", "national-record", "NR"),
    ("record.PB.improved", "off his best", "PB"),
    ("record.CR", "course record", "CR"),
    ("record.SB", "season's best", "SB"),
])
def test_marks(rule, text, expected):
    assert parse_mark(rule, text) == expected


def test_marks_in_schema_order():
    assert ordered({"PB", "NR", "SB"}) == ["NR", "PB", "SB"]


@pytest.mark.parametrize("text, expected", [
    ("marathons", "marathon"), ("half-marathon", "half marathon"), ("half marathons", "half marathon"),
    ("10K", "10K"), ("10 km", "10K"), ("5000 metres", "5000 m"), ("5,000 m", "5000 m"),
    ("10,000 metres", "10,000 m"), ("10000m", "10,000 m"), ("steeplechase", "3000 m steeplechase"),
    ("2000 m steeplechase", "2000 m steeplechase"), ("20 km walk", "20 km walk"), ("cross-country", "cross country"),
    ("4 x 100 m relay", "4 x 100 m relay"), ("4x400m", "4 x 400 m relay"), ("10 miles", "10 miles"),
    ("Road Relay", "road relay"), ("50 km freestyle", "50 km freestyle"), ("100 m freestyle", "100 m freestyle"),
    ("4 × 5 km relay", "4 x 5 km relay"), ("4 x 10 km relay", "4 x 10 km relay"),
    ("mixed 4 × 400 m relay", "4 x 400 m mixed relay"), ("4 x 400 m mixed relay", "4 x 400 m mixed relay"),
    ("mixed 4 x 100 m medley relay", "4 x 100 m mixed medley relay"), ("10 km marathon swim", "10 km open water"),
    ("cross country wins", "cross country"), ("15 km individual", "15 km individual"), ("cross country skier", "cross-country skiing"),
    ("2.05 m", None), ("relay", None),
])
def test_disciplines(text, expected):
    assert normalise_discipline(text) == expected


@pytest.mark.parametrize("text, name, year, host, city, rest", [
    ("2020 Tokyo Olympic Games", "Olympic Games", 2020, "Tokyo", None, None),
    ("2011 Hofu Yomiuri Marathon", "Hofu Yomiuri Marathon", 2011, None, "Hofu", None),
    ("World Championships Marathon", "World Championships", None, None, None, "Marathon"),
    ("2008 Summer Olympics", "Olympic Games", 2008, None, None, None),
    ("Good Luck Beijing Marathon", "Good Luck Beijing Marathon", None, None, "Beijing", None),
    ("Northern 12-Stage Road Relay", "Northern 12-Stage Road Relay", None, None, None, None),
    ("29th Asian Games", "Asian Games", None, None, None, None),
    ("TCS World 10K Bengaluru", "TCS World 10K Bengaluru", None, None, "Bengaluru", "10K"),
    ("Glasgow 2014 Commonwealth Games", "Commonwealth Games", 2014, "Glasgow", None, None),
    ("London 2012 Olympic Games", "Olympic Games", 2012, "London", None, None),
])
def test_events(text, name, year, host, city, rest):
    event = normalise_event(text, load_gazetteer())
    assert (event.name, event.edition_year, event.host, event.named_city, event.discipline_text) == (
        name, year, host, city, rest)


@pytest.mark.parametrize("text, expected", [("26.2 miles", "marathon"), ("13.1 miles", "half marathon"),
                                            ("42.195 km", "marathon"), ("21.1 km", "half marathon")])
def test_road_distances_named(text, expected):
    assert normalise_discipline(text) == expected


@pytest.mark.parametrize("discipline, seconds, expected", [
    ("4 x 400 m relay", 44.62, False), ("400 m", 44.62, True), ("4 x 400 m relay", 180.1, True),
    ("3000 m steeplechase", 246.91, False), ("100 m", 9.58, True), ("marathon", 600.0, False),
    ("marathon", 7600.0, True), ("10K", 8071.0, False), ("10K", None, True), ("20 km walk", 4680.0, True),
    ("50 km classic", 7200.0, True), ("1500 m freestyle", 958.77, True), ("200 m backstroke", 20.0, False),
    ("time trial", 10.0, True)])
def test_times_a_discipline_cannot_have(discipline, seconds, expected):
    assert plausible(discipline, seconds) is expected


def test_named_city_nearest_the_head():
    gazetteer = load_gazetteer()
    assert normalise_event("Bank of America Chicago Marathon", gazetteer).named_city == "Chicago"
    assert normalise_event("Hamburg-Marathon", gazetteer).named_city == "Hamburg"


def test_a_city_race_called_a_championship_keeps_its_city():
    event = normalise_event("Fukuoka International Open Marathon Championship", load_gazetteer())
    assert (event.name, event.host, event.named_city) == ("Fukuoka International Open Marathon Championship", None,
                                                          "Fukuoka")


def test_a_distance_inside_a_race_name_is_its_discipline():
    assert normalise_event("European 10,000m Cup", load_gazetteer()).discipline_text == "10,000m"


@pytest.mark.parametrize(("name", "discipline"), [
    ("World Mountain Running Championships", "mountain running"), ("Snowdon International Mountain Race", "mountain running"),
    ("Goatfell Hill Race", "mountain running"), ("Cardiff Cross Challenge", "cross country"),
    ("Media Maratón de Bogotá", "half marathon"), ("Great Ethiopian Run", None), ("Southern Cross Games", None),
    ("Cross de Atapuerca", "cross country")])
def test_the_discipline_a_race_name_states(name, discipline):
    assert named_discipline(name) == discipline


def test_a_two_digit_year_after_an_apostrophe():
    assert parse_date("date.year_short", "'62") == PartialDate(year=1962)
    assert parse_date("date.year_short", "’19") == PartialDate(year=2019)
    assert parse_date("date.my", "January '62") == PartialDate(year=1962, month=1)


def test_imperial_distances_and_spaced_thousands():
    assert normalise_discipline("880 yards") == "880 yards"
    assert normalise_discipline("440 yards hurdles") == "440 yards hurdles"
    assert normalise_discipline("26 miles 385 yards") == "marathon"
    assert normalise_discipline("10 000 m") == "10,000 m"


def test_a_pair_of_record_adjectives_gives_both_marks():
    assert parse_marks("record.adjective.pair", "Chinese and Asian record") == {"NR", "AR"}
    assert parse_marks("record.adjective", "Asian record") == {"AR"}


def test_a_date_in_figures_is_day_month_year():
    assert parse_date("date.dmy_numeric", "3.07.1980") == PartialDate(1980, 7, 3)
    assert parse_date("date.dmy_numeric", "31.02.1980") is None


def test_no_run_is_faster_than_the_world_records_allow():
    assert plausible("marathon", 2 * 3600 + 3 * 60) and not plausible("marathon", 3600 + 9 * 60)
    assert plausible("1500 m", 206.0) and plausible("mile", 223.13) and not plausible("1500 m", 180.0)
    assert plausible("100 m", 9.58)


def test_a_country_whose_words_are_common_is_still_a_country():
    gazetteer = load_gazetteer()
    assert (gazetteer.kind("South Africa"), gazetteer.kind("Cross Country")) == ("country", None)


def test_a_ski_sprint_names_its_technique_after_the_sprint():
    assert [normalise_discipline(text) for text in ("classic sprint", "freestyle sprint", "sprint classic")] == [
        "sprint classic", "sprint freestyle", "sprint classic"]


@pytest.mark.parametrize("text, name, discipline", [
    ("Beach to Beacon 10K", "Beach to Beacon 10K", "10K"), ("Boilermaker 15K", "Boilermaker 15K", "15K"),
    ("Great Ethiopian Run 10K", "Great Ethiopian Run", "10K"), ("Lima 42K", "Lima 42K", "42K")])
def test_a_distance_names_a_race_without_a_head_word_and_measures_one_with_it(text, name, discipline):
    event = normalise_event(text, load_gazetteer())
    assert (event.name, event.discipline_text) == (name, discipline)


@pytest.mark.parametrize("rule, text, expected", [
    ("date.iso", "2019-07-12", PartialDate(2019, 7, 12)),
    ("date.slashed", "14/09/2024", PartialDate(2024, 9, 14)),
    ("date.slashed", "10/25/2019", PartialDate(2019, 10, 25)),
    ("date.slashed", "04/07/2023", PartialDate(2023)),  # 4 July or 7 April: the year alone
    ("date.slashed", "31/02/2023", None),
])
def test_dates_in_figures_keep_only_what_their_order_settles(rule, text, expected):
    assert parse_date(rule, text) == expected
