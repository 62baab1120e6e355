"""Shared fixtures: the spaCy pipeline (built once) and the corpus folders."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.recognise import build_nlp

ROOT = Path(__file__).resolve().parent.parent
BIOS = ROOT / "corpus" / "bios"
EXAMPLE_BIO = BIOS / "ser-od_bat-ochiryn.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_nlp()
