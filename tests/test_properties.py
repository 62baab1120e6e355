"""Property-based tests: any text, and corpus bios with perturbations, never break the invariants."""
from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract_bio
from pipeline.loading import BioError, parse_bio
from pipeline.records import RECORD_MARKS, STATUSES, Record

from .conftest import BIOS

CORPUS = [path.read_text(encoding="utf-8") for path in sorted(BIOS.glob("*.txt"))]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check(text: str, records: list[Record]) -> None:
    """Offsets index the text and every value is within the schema's range."""
    for r in records:
        assert 0 <= r.char_start < r.char_end <= len(text)
        assert text[r.char_start:r.char_end] == r.evidence
        assert r.year is None or 1896 <= r.year <= date.today().year + 1
        assert r.date is None or (ISO_DATE.match(r.date) and int(r.date[:4]) == r.year)
        assert r.time_s is None or 0 < r.time_s < 30 * 86400
        assert (r.time is None) == (r.time_s is None)
        assert r.place is None or r.place >= 1
        assert r.place_max is None or r.place_max >= 1
        assert r.status in (None, *STATUSES)
        assert all(mark in RECORD_MARKS for mark in r.records)


def extract(text: str) -> list[Record]:
    try:
        bio = parse_bio(text, "prop")
    except BioError:
        return []
    return extract_bio(bio)[0]


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text(text):
    check(text, extract(text))


# Text made of the pieces bios are made of, in any order: far likelier than random text to hit the rules.
PIECES = st.sampled_from([
    "won", "the", "2011", "Berlin Marathon", "in", "2:08:50", "13:05.12", "9.58 seconds", ".", ",", "sixth",
    "55th", "top thirty", "did not finish", "national record", "December's", "that year", "[7]", "\n\n",
    "World Championships", "Osaka", "half marathons", "10K races", "and", "a year later", "silver", "by",
    "2 minutes and 53 seconds", "the following season", "2009-10", "Olympic Games", "1 hour 8 minutes",
    "born", "PB", "0:00", "99:99:99", "3000 m steeplechase", "4 x 100 m relay", "9999th", "1895", "2099",
])


@SETTINGS
@given(st.lists(PIECES, max_size=60))
def test_text_built_from_bio_pieces(pieces):
    text = "Jo Runner\n\n" + " ".join(pieces)
    check(text, extract(text))


@SETTINGS
@given(st.sampled_from(CORPUS), st.integers(0, 10_000), st.integers(-30, 30),
       st.sampled_from(["\r\n", "\n", "\n\n\n"]), st.sampled_from(["Eliud", "Zoë-Ann", "O'Brien", "X"]))
def test_perturbed_corpus_bios(text, seed, shift, newline, name):
    def shift_year(match: re.Match[str]) -> str:
        return str(int(match.group()) + shift)

    text = re.sub(r"\b(19|20)\d\d\b", shift_year, text)
    text = re.sub(r"\b\d:\d\d(?=:)", lambda m: f"{(int(m.group()[0]) + seed) % 10}{m.group()[1:]}", text)
    text = text.replace("\n", newline)
    words = text.split(" ")
    if words:
        words[seed % len(words)] = name
        del words[(seed * 7) % len(words)]
    text = " ".join(words)
    check(text, extract(text))
