"""Assembly: which race each time, placing and record belongs to."""
from __future__ import annotations

from pipeline import extract_text


def rows(text: str) -> list[tuple]:
    return [(r.event, r.year, r.location, r.discipline, r.time, r.place, r.place_max, r.status, r.records)
            for r in extract_text("Jo Runner\n\n" + text)]


def test_two_races_in_one_sentence_keep_their_own_results():
    assert rows("In 2007 she was 55th at the World Championships in Osaka before winning the Beijing Marathon "
                "in 2:16:22.") == [
        ("World Championships", 2007, "Osaka", None, None, 55, None, None, []),
        ("Beijing Marathon", 2007, "Beijing", "marathon", "2:16:22", 1, None, None, [])]


def test_a_list_of_places_gives_one_record_each():
    assert [r[2] for r in rows("In 2009 she won 10K races in Leeds, York and Hull.")] == ["Leeds", "York", "Hull"]


def test_two_disciplines_at_one_championship_are_two_records():
    assert rows("At the 2018 Commonwealth Games in Birmingham she was fifth in the 400 m hurdles in 55.84 "
                "and won silver in the 4 x 400 m relay.") == [
        ("Commonwealth Games", 2018, "Birmingham", "400 m hurdles", "55.84", 5, None, None, []),
        ("Commonwealth Games", 2018, "Birmingham", "4 x 400 m relay", None, 2, None, None, [])]


def test_rivals_results_and_margins_are_not_the_subjects():
    assert rows("She was third at the 2012 Boston Marathon in 2:25:01; the race was won by Rita Jeptoo in "
                "2:18:57, over two minutes ahead.") == [
        ("Boston Marathon", 2012, "Boston", "marathon", "2:25:01", 3, None, None, [])]


def test_a_heat_time_is_not_the_final_s():
    assert rows("At the 2016 World Indoor Championships in Portland she won her heat in 4:09.51 and was "
                "seventh in the final.")[0][4:6] == (None, 7)


def test_negated_and_intended_wins_are_not_wins():
    assert rows("She never won the London Marathon in 2015.") == []
    assert rows("She was favourite to win the 2015 London Marathon but dropped out.")[0][5:8] == (None, None, "DNF")


def test_place_names_and_summed_editions_give_nothing():
    assert rows("A knee injury ruled her out of the 2018 Commonwealth Games on the Gold Coast.") == []
    assert rows("Between 2011 and 2016 she won the Kilimanjaro Marathon three times.") == []


def test_results_in_brackets_and_lists():
    assert rows("Her 2015 season: fourth at the Nagoya Marathon in March (2:25:40, a national record).") == [
        ("Nagoya Marathon", 2015, "Nagoya", "marathon", "2:25:40", 4, None, None, ["NR"])]
    assert rows("In 2018 she was fifth in the 400 m hurdles final at the Commonwealth Games (55.84).")[0][4:6] == (
        "55.84", 5)
