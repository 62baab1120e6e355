"""The scorer on small hand-made cases: perfect, empty, swapped, duplicate predictions."""
from __future__ import annotations

import json

from pipeline.evaluate import SCORED_FIELDS, comparable, gate, score_bio
from pipeline.gold import check_record
from pipeline.records import Record

TEXT = "Jo Runner\n\nShe won the 2010 Berlin Marathon. She was sixth at the 2011 Boston Marathon."


def rec(event, year, place, start, end, **extra):
    row = Record(doc_id="jo", athlete="Jo Runner", event=event, year=year, date=str(year), discipline="marathon",
                 place=place, char_start=start, char_end=end, evidence=TEXT[start:end]).to_dict()
    row.update(extra)
    return row


BERLIN = rec("Berlin Marathon", 2010, 1, 11, 43)
BOSTON = rec("Boston Marathon", 2011, 6, 44, 86)


def test_perfect_predictions_score_one():
    scored = score_bio([BERLIN, BOSTON], [BERLIN, BOSTON]).summary()
    assert scored["records"]["f1"] == 1.0
    assert scored["records_all_fields"]["strict"]["f1"] == 1.0
    assert all(scored["fields"]["lenient"][name]["precision"] == 1.0 for name in SCORED_FIELDS)


def test_empty_predictions_have_zero_recall_and_no_false_claims():
    scored = score_bio([], [BERLIN, BOSTON]).summary()
    assert scored["records"]["recall"] == 0.0
    assert scored["records"]["predicted"] == 0
    assert scored["fields"]["lenient"]["place"]["recall"] == 0.0


def test_swapped_order_is_paired_optimally_not_first_come():
    scored = score_bio([BOSTON, BERLIN], [BERLIN, BOSTON])
    assert scored.summary()["records_all_fields"]["lenient"]["f1"] == 1.0
    assert scored.errors == []


def test_swapped_places_are_wrong_fields():
    wrong = [dict(BERLIN, place=6), dict(BOSTON, place=1)]
    scored = score_bio(wrong, [BERLIN, BOSTON]).summary()
    assert scored["fields"]["lenient"]["place"]["right"] == 0
    assert scored["fields"]["lenient"]["place"]["precision"] == 0.0
    assert scored["fields"]["lenient"]["event"]["precision"] == 1.0


def test_a_duplicate_prediction_is_spurious():
    scored = score_bio([BERLIN, dict(BERLIN), BOSTON], [BERLIN, BOSTON])
    summary = scored.summary()
    assert summary["records"]["precision"] == round(2 / 3, 4)
    assert [e["kind"] for e in scored.errors] == ["spurious"]


def test_strict_needs_the_gold_sentence():
    moved = dict(BERLIN, char_start=11, char_end=86, evidence=TEXT[11:86])
    summary = score_bio([moved], [BERLIN]).summary()
    assert summary["fields"]["lenient"]["event"]["right"] == 1
    assert summary["fields"]["strict"]["event"]["right"] == 0


def test_event_names_compare_without_case_punctuation_the_or_governing_body():
    assert comparable("event", "the IAAF World Cross Country Championships") == comparable(
        "event", "World Cross-Country Championships")
    assert comparable("event", "U.S. Olympic Trials") == comparable("event", "US Olympic Trials")
    assert comparable("location", "St. Louis") != comparable("location", "S Louis")


def test_gate_names_what_fell_and_by_how_much():
    report = {split: {"records": {"f1": 0.80},
                      "fields": {"lenient": {name: {"precision": 0.9} for name in SCORED_FIELDS}}}
              for split in ("dev", "test")}
    baseline = json.loads(json.dumps(report))
    baseline["test"]["fields"]["lenient"]["time"]["precision"] = 0.95
    assert gate(report, baseline) == ["test time precision fell from 0.9500 to 0.9000 (by 0.0500)"]
    baseline["test"]["fields"]["lenient"]["time"]["precision"] = 0.905
    assert gate(report, baseline) == []


def test_gold_validator_flags_bad_lines():
    good = dict(BERLIN)
    assert check_record(good, TEXT, "Jo Runner", "jo") == []
    assert any("evidence" in p for p in check_record(dict(good, char_end=40), TEXT, "Jo Runner", "jo"))
    assert any("time" in p for p in check_record(dict(good, time="2:08:50", time_s=7000.0), TEXT, "Jo Runner", "jo"))
    assert any("status" in p for p in check_record(dict(good, status="OUT"), TEXT, "Jo Runner", "jo"))


def test_error_causes():
    from pipeline.evaluate import cause
    assert cause({"kind": "missed"}) == "missed"
    assert cause({"kind": "wrong field", "field": "year", "predicted": 2010, "gold": 2011}) == "year off by one"
    assert cause({"kind": "wrong field", "field": "place", "predicted": None, "gold": 3}) == "place not found"
    assert cause({"kind": "wrong field", "field": "time", "predicted": "2:10:00", "gold": None}) == "time where none"
    assert cause({"kind": "wrong field", "field": "event", "predicted": "A", "gold": "B"}) == "event other value"
