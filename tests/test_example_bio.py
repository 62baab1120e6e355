"""The user's example bio: every race it names comes out right, field by field."""
from __future__ import annotations

import json

import pytest

from pipeline import extract_text
from pipeline.records import FIELDS

from .conftest import EXAMPLE_BIO, ROOT

GOLD = ROOT / "corpus" / "gold" / "dev" / "ser-od_bat-ochiryn.jsonl"


@pytest.fixture(scope="module")
def records():
    return [r.to_dict() for r in extract_text(EXAMPLE_BIO.read_text(encoding="utf-8"), doc_id=EXAMPLE_BIO.stem)]


def by_key(rows):
    return {(r["event"], r["year"], r["location"], r["discipline"]): r for r in rows}


def test_every_gold_record_field_by_field(records):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(gold)
    predicted = by_key(records)
    for expected in gold:
        key = (expected["event"], expected["year"], expected["location"], expected["discipline"])
        assert key in predicted, f"missing {key}"
        for name in FIELDS:
            assert predicted[key][name] == expected[name], f"{key}: {name}"


def test_hard_cases_named_in_the_issue(records):
    table = by_key(records)
    assert table[("World Championships", 2007, "Osaka", "marathon")]["place"] == 55
    assert table[("Hofu Yomiuri Marathon", 2007, "Hofu", "marathon")]["date"] == "2007-12"
    assert table[("Hofu Yomiuri Marathon", 2007, "Hofu", "marathon")]["place"] == 6
    assert table[("Good Luck Beijing Marathon", 2007, "Beijing", "marathon")]["records"] == ["NR", "PB"]
    assert table[("World Championships", 2009, "Berlin", "marathon")]["place_max"] == 30
    olympics = table[("Olympic Games", 2021, "Tokyo", "marathon")]
    assert (olympics["date"], olympics["status"], olympics["place"]) == ("2021-08", "DNF", None)
    fukuoka = table[("Fukuoka Marathon", 2014, "Fukuoka", "marathon")]
    assert (fukuoka["time"], fukuoka["time_s"], fukuoka["records"]) == ("2:08:50", 7730.0, ["NR", "PB"])
    wins = [r for r in records if r["discipline"] == "10K"]
    assert sorted(r["location"] for r in wins) == ["Morpeth", "Newton Aycliffe", "North Shields"]
    assert all(r["place"] == 1 and r["year"] == 2009 for r in wins)


def test_nothing_from_training_or_travel(records):
    evidence = " ".join(r["evidence"] for r in records)
    assert "travelled to Gateshead" not in evidence
    assert "trained on a running track" not in evidence
    assert "began his international career" not in evidence
