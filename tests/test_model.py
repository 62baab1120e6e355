"""``--model NAME``: a pretrained pipeline's entities join the candidates.

No pretrained English pipeline is on the package index this project installs from, so the test
builds a small one on the spot (an entity ruler saved as a pipeline folder) to exercise the path.
"""
from __future__ import annotations

import spacy

from pipeline.cli import main
from pipeline.extract import extract_bio
from pipeline.loading import parse_bio

BIO = "Ana Runner\n\nIn 2012 she won at Qwertyville, clocking 2:30:00.\n"


def make_model(folder):
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "Qwertyville"}])
    nlp.to_disk(folder)
    return str(folder)


def test_model_entities_become_candidates(tmp_path):
    bio = parse_bio(BIO, "ana")
    assert [r.location for r in extract_bio(bio)[0]] == []
    with_model = extract_bio(bio, make_model(tmp_path / "model"))[0]
    assert [(r.location, r.time, r.place, r.year) for r in with_model] == [("Qwertyville", "2:30:00", 1, 2012)]


def test_model_flag_on_the_command_line(tmp_path):
    (tmp_path / "ana.txt").write_text(BIO, encoding="utf-8")
    model = make_model(tmp_path / "model")
    assert main(["extract", str(tmp_path / "ana.txt"), "--out", str(tmp_path / "out"), "--model", model]) == 0
    assert "Qwertyville" in (tmp_path / "out" / "records.jsonl").read_text()
