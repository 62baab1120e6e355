"""The whole pipeline for one bio: load, split, recognise, assemble."""
from __future__ import annotations

from functools import lru_cache

from .assemble import Assembler
from .loading import Bio, parse_bio
from .recognise import build_nlp
from .records import Record


@lru_cache(maxsize=1)
def assembler() -> Assembler:
    return Assembler()


def extract_bio(bio: Bio, model: str | None = None) -> tuple[list[Record], int]:
    """Records of one bio and the number of sentences read (``model``: see :func:`build_nlp`)."""
    doc = build_nlp(model)(bio.clean)
    sentences = sum(1 for _ in doc.sents)
    return assembler().assemble(doc, bio), sentences


def extract_text(text: str, doc_id: str = "bio") -> list[Record]:
    """Records for one bio given as text (line 1 the athlete's name)."""
    return extract_bio(parse_bio(text, doc_id))[0]


def warm_up(model: str | None = None) -> None:
    """Load everything extraction needs (spaCy pipeline, gazetteer, dateparser's language data) by
    extracting a one-line bio: worker processes forked afterwards start warm."""
    extract_bio(parse_bio("Jo Runner\n\nOn 1 May 2010 she won the Hamburg Marathon in 2:30:00.", "warm-up"), model)
