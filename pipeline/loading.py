"""Stage 1, load and clean: read a bio, take its athlete, blank out citation markers.

Cleaning never changes a character's position: markers such as ``[7]`` or ``[1][2]`` become spaces
of the same length, so every offset into the cleaned text is an offset into the original file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# A citation marker: "[7]", "[12]", "[note 3]", "[a]"; runs like "[1][2]" are matched marker by marker.
CITATION_MARKER = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\]")


@dataclass(frozen=True)
class Bio:
    """A bio's original text, its cleaned twin (same length) and where the prose starts."""

    doc_id: str
    text: str
    clean: str
    athlete: str
    body_start: int


def neutralise_citations(text: str) -> str:
    """Replace each citation marker by spaces, keeping the text's length and offsets."""
    return CITATION_MARKER.sub(lambda m: " " * len(m.group()), text)


def parse_bio(text: str, doc_id: str) -> Bio:
    """Split a bio's text into athlete (line 1) and prose, and clean it."""
    first_line, newline, _ = text.partition("\n")
    athlete = first_line.strip().lstrip("\ufeff").strip()
    body_start = len(first_line) + len(newline)
    return Bio(doc_id=doc_id, text=text, clean=neutralise_citations(text), athlete=athlete,
               body_start=body_start)


def read_bio(path: Path) -> Bio:
    """Read a UTF-8 bio file; its doc_id is the file stem."""
    return parse_bio(path.read_text(encoding="utf-8"), doc_id=path.stem)
