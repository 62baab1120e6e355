"""For every record of every corpus bio, the offsets point at the evidence sentence in the original text."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_bio
from pipeline.loading import parse_bio, read_bio

from .conftest import BIOS


@pytest.mark.parametrize("path", sorted(BIOS.glob("*.txt")), ids=lambda p: p.stem)
def test_offsets_index_the_original_text(path):
    bio = read_bio(path)
    records, _ = extract_bio(bio)
    for record in records:
        assert bio.text[record.char_start:record.char_end] == record.evidence
        assert record.evidence.strip() == record.evidence
        assert not record.evidence.startswith("[")


def test_offsets_survive_windows_line_endings_and_citations():
    text = "Jo Runner\r\n\r\n[4] She won the 2010 Berlin Marathon in 2:20:10.[5]\r\nShe was sixth at the 2011 Boston Marathon."
    bio = parse_bio(text, "jo")
    records, _ = extract_bio(bio)
    assert [r.evidence for r in records] == ["She won the 2010 Berlin Marathon in 2:20:10.",
                                             "She was sixth at the 2011 Boston Marathon."]
    for record in records:
        assert text[record.char_start:record.char_end] == record.evidence
