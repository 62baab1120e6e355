"""Every rule carries the examples it must (and must not) match; this runs them all."""
from __future__ import annotations

import re

import pytest

import spacy

from pipeline.recognise import (FIRST_FLAG, LAST_FLAG, REGEX_RULES, SPAN_KEY, RaceWords, _words, add_flags, flagged,
                                load_rules)

RULES = load_rules()


def found(nlp, text: str, rule_id: str) -> list[str]:
    """What a rule matches in a text (before candidates are filtered), or what a regex rule finds."""
    doc = nlp(text)
    spans = [*nlp.get_pipe("bio_recogniser").rule_spans(doc), *doc.spans[SPAN_KEY]]
    return [span.text for span in spans if span.id_ == rule_id]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r["id"])
def test_pattern_rule_examples(nlp, rule):
    examples = rule["examples"]
    assert examples["match"], f"{rule['id']} has no example to match"
    for text, expected in examples["match"]:
        assert expected in found(nlp, text, rule["id"]), f"{rule['id']} should find {expected!r} in {text!r}"
    for text in examples["no_match"]:
        assert not found(nlp, text, rule["id"]), f"{rule['id']} should find nothing in {text!r}"


def test_pattern_ids_are_unique():
    ids = [rule["id"] for rule in RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", REGEX_RULES, ids=lambda r: r.name)
def test_regex_rule_examples(nlp, rule):
    assert rule.examples
    for text, expected in rule.examples:
        if expected is None:  # a counter-example
            assert not found(nlp, text, rule.name), f"{rule.name} should find nothing in {text!r}"
        else:
            assert expected in found(nlp, text, rule.name), f"{rule.name} should find {expected!r} in {text!r}"


@pytest.mark.parametrize("text", ["at 4:30 pm local time", "in the 1960s", "a 2-1 win"])
def test_no_time_or_year_in_non_race_numbers(nlp, text):
    doc = nlp(text)
    assert "TIME" not in {span.label_ for span in doc.spans[SPAN_KEY]}
    assert not any(re.fullmatch(r"\d{4}", s.text) for s in doc.spans[SPAN_KEY] if s.label_ == "DATE")


def test_a_wind_reading_is_no_distance(nlp):
    doc = nlp("she ran 10.92 (+1.2 m/s) in the 100 m")
    assert [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "DISCIPLINE"] == ["100 m"]


@pytest.mark.parametrize("text, expected", [
    ("she finished fourth at Athletissima in Lausanne", "Athletissima"),
    ("second at the Herculis meeting in Monaco in July", "Herculis"),
    ("a record at the Zevenheuvelenloop in Nijmegen", "Zevenheuvelenloop"),
    ("That August she was sixth at Sierre-Zinal in 3:04:51 hours", "Sierre-Zinal"),
    ("he went back to Marseille-Cassis and improved to ninth", "Marseille-Cassis"),
])
def test_events_named_without_a_head_word(nlp, text, expected):
    doc = nlp(text)
    assert expected in [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "EVENT"]


@pytest.mark.parametrize("text", ["she trained at the Gateshead International Stadium in Gateshead",
                                  "he studied at the University of Oregon in Eugene",
                                  "a camp at Iten in Kenya"])
def test_venues_are_not_events(nlp, text):
    doc = nlp(text)
    assert not [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "EVENT"]


def test_place_names_with_accented_capitals_and_particles():
    from pipeline.recognise import TITLE_RUN
    text = "in Ōtsu, Ústí nad Labem and Łódź, Frankfurt am Main and Rio de Janeiro"
    assert [m.group() for m in TITLE_RUN.finditer(text)] == [
        "Ōtsu", "Ústí nad Labem", "Łódź", "Frankfurt am Main", "Rio de Janeiro"]


def test_a_yearbook_line_opens_with_the_competition_and_its_city(nlp):
    doc = nlp("2022: Herculis, Monaco, 10 August: second in 44.31. Kenya, Nairobi: she won.")
    assert [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "EVENT"] == ["Herculis"]


@pytest.mark.parametrize("text, name", [
    ("sixth at the Meeting International Mohammed VI d'Athlétisme in Rabat", "Meeting International Mohammed VI d'Athlétisme"),
    ("won the Meeting International d'Athlétisme de Forbach in 2019", "Meeting International d'Athlétisme de Forbach"),
    ("At the Golden Gala I ran 3:31.20", "Golden Gala")])
def test_competition_names_go_on_over_regnal_numbers_and_elisions(nlp, text, name):
    doc = nlp(text)
    assert [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "EVENT"] == [name]


def test_a_race_name_ending_with_a_distance_goes_on_over_its_city(nlp):
    doc = nlp("In May 2022 she was third at the TCS World 10K Bengaluru in 31:05.")
    assert [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "EVENT"] == ["TCS World 10K Bengaluru"]


def test_lexeme_flags_go_to_first_places_first_and_to_every_word():
    vocab = spacy.blank("en").vocab
    vocab["Marathon"]  # a word already in the vocabulary before the flags
    first = {"ORTH": {"IN": ["Marathon"]}}
    later = {"LOWER": {"REGEX": "^run"}}
    after_optional = {"LOWER": {"REGEX": "^walk"}}  # tested on every token, as a first spec is
    patterns = [[{"ORTH": "x"}, later], [{"ORTH": "y", "OP": "?"}, after_optional],
                *[[{"LOWER": {"IN": [f"w{i}"]}}] for i in range(LAST_FLAG - FIRST_FLAG - 1)], [first]]
    flags = add_flags(vocab, patterns)
    assert flagged(first, flags) != first and flagged(after_optional, flags) != after_optional
    assert flagged(later, flags) == later  # no flag left for a spec after a required one
    assert flagged({"IS_ALPHA": True}, flags) == {"IS_ALPHA": True}
    flag = next(iter(flagged(first, flags)))
    assert vocab["Marathon"].check_flag(flag) and not vocab["marathon"].check_flag(flag)


def test_a_championship_named_for_a_country_with_and_in_its_name(nlp):
    doc = nlp("In June 2022 she won the 100 m at the Trinidad and Tobago Championships in 11.02.")
    assert [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "EVENT"] == ["Trinidad and Tobago Championships"]


@pytest.mark.parametrize("text", ["in of within often", "Of-in (of) 'in' _in", "begin of9 in1", "in", "Ínin of"])
def test_words_match_where_a_leading_word_boundary_would(text):
    words = re.compile(_words("in", "of", "Of"))
    assert [m.span() for m in words.finditer(text)] == [m.span() for m in re.finditer(r"\b(?:in|of|Of)", text)]


@pytest.mark.parametrize("text, needed", [("the Vasaloppet in March", True), ("the Lidingö race", False)])
def test_a_rule_scans_only_texts_with_a_word_it_needs(text, needed):
    rule = next(rule for rule in REGEX_RULES if rule.name == "event.compound")
    assert bool(list(rule.finditer(text))) is needed


@pytest.mark.parametrize("text, expected", [  # "|" marks the place asked about
    ("a 50 km race| in Dudince", True), ("the HEATS| at Eugene", True), ("the semi-final| in", True), ("race|", True),
    ("she embraced| at", False), ("the semi-finals| in", False), ("a racer| in", False), ("the race |in", False)])
def test_a_race_word_ends_only_at_the_end_of_a_whole_word(text, expected):
    end = text.index("|")
    assert RaceWords.of(["race", "heats", "semi-final"]).end_at(text.replace("|", ""), end) is expected


def test_a_place_after_a_race_word_in_capitals_is_a_venue(nlp):
    doc = nlp("She won the RACE at Beitostølen and was second in the Heats in Dudince.")
    assert [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "LOCATION"] == ["Beitostølen", "Dudince"]


@pytest.mark.parametrize("text", ["she retired at Champex-Lac after 125 km", "the KwaZulu-Natal runner took third",
                                  "at the Mercedes-Benz Arena in Berlin", "she moved to Baden-Baden"])
def test_hyphenated_places_are_no_point_to_point_races(nlp, text):
    doc = nlp(text)
    assert not [s for s in doc.spans[SPAN_KEY] if s.id_ == "event.point_to_point"]


def test_a_venue_takes_no_word_with_a_figure(nlp):
    doc = nlp("At the 1982 European Championships in Athens P9 was recorded in the 5000 m.")
    assert "Athens P9" not in [s.text for s in doc.spans[SPAN_KEY] if s.label_ == "LOCATION"]
