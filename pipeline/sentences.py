"""Stage 2, sentences: a rule-based splitter for bio prose, as a spaCy component.

spaCy's own ``sentencizer`` breaks after every full stop, so "St. Louis" and "Jan. 5" become two
sentences. This component finds boundaries on the text with one regular expression and a list of
abbreviations, and marks the first token of each sentence. Paragraph breaks always end a sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import numpy

from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .normalise.dates import MONTHS, WEEKDAYS

# A sentence end: terminal punctuation, optional closing quote or bracket, then white space and an
# opening character. Matches ". A" in "2:16:22 hours. At the race" and '." The' in 'title." The'.
SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")

# A paragraph or line break: always a boundary. Matches the "\n\n" between paragraphs.
LINE_BREAK = re.compile(r"\n\s*")

# The word before a full stop that does not end a sentence: "St. Louis", "Jan. 5", "J. Smith".
ABBREVIATION = re.compile(
    r"(?:\b(?:St|Mt|Mr|Mrs|Ms|Dr|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|"
    r"approx|pos|Pos|Ft|Lt|Gen|Col|Capt|Prof|Rev|Gov|Sen|Rep|Ave|Blvd|Inc|Ltd|Co|Corp)\.|\b[A-Z]\.|"
    r"\b(?:[A-Za-z]\.){2,})$"
)


# A list's bullet and the space after it, at a line's start: "• ", "- ", "* ".
BULLET = re.compile(r"[•\-*–·]\s+")

# A time's unit cut short before the next figure: "2 hrs. 46 min. 12 sec." (a time, not three sentences).
UNIT_BEFORE_FIGURE = re.compile(r"\b(?:hrs?|mins?)\.$")

# "a.m." or "p.m." before a word that opens a sentence: "a little after 11 p.m. Ten Brinke has said" (not "11 p.m.
# Sunday", "7 p.m. GMT").
CLOCK_END = re.compile(r"\b[ap]\.m\.$")
NOT_OPENING = re.compile(rf"\s+(?:{'|'.join((*WEEKDAYS, *MONTHS))}|[A-Z]{{2,}}\b)")


def boundary_offsets(text: str) -> list[int]:
    """Character offsets where a new sentence may start (before any white space is skipped)."""
    cuts = {m.end() for m in LINE_BREAK.finditer(text)}
    for match in SENTENCE_END.finditer(text):
        head = text[max(0, match.start() - 12):match.start()]
        figure = text[match.end():match.end() + 2].lstrip()[:1].isdigit()
        clock_end = CLOCK_END.search(head) and not NOT_OPENING.match(text, match.end())
        if (clock_end or not ABBREVIATION.search(head)) and not (figure and UNIT_BEFORE_FIGURE.search(head)):
            cuts.add(match.end())
    return sorted(cuts)


def doc_text(doc: Doc) -> str:
    """The Doc's text: as :class:`KeepText` kept it, else built once from the Doc's arrays (``Doc.text``
    makes a Token object per token on every call)."""
    text = doc.user_data.get("text")
    if text is None:
        strings = doc.vocab.strings
        orths, spaces = doc.to_array(ORTH).tolist(), doc.to_array(SPACY).tolist()
        text = doc.user_data["text"] = "".join(strings[orth] + " " * space for orth, space in zip(orths, spaces))
    return text


class KeepText:
    """A tokenizer that keeps the text it was given in ``doc.user_data``, for :func:`doc_text`."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data["text"] = text
        return doc


# SENT_START values as Doc arrays hold them (uint64): 1 starts a sentence, -1 does not.
NOT_START = numpy.iinfo("uint64").max


@Language.component("bio_sentences")
def bio_sentences(doc: Doc) -> Doc:
    """Set sentence starts from :func:`boundary_offsets`; white space joins the previous sentence.

    Starts are found with array operations and written in one ``from_array`` call (setting
    ``token.is_sent_start`` token by token checks the whole Doc each time).
    """
    if not len(doc):
        return doc
    cuts = numpy.array(boundary_offsets(doc_text(doc)), dtype="int64")
    offsets = doc.to_array("IDX").astype("int64")
    words = numpy.flatnonzero(doc.to_array("IS_SPACE") == 0)
    positions = numpy.searchsorted(offsets[words], cuts)  # first word at or after each cut
    starts = numpy.full((len(doc), 1), NOT_START, dtype="uint64")
    starts[words[positions[positions < len(words)]], 0] = 1
    starts[0, 0] = 1
    doc.from_array([SENT_START], starts)
    return doc


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's character range in ``text`` without surrounding white space (blanked citations
    are spaces too) or a list's bullet before it ("• 2019 World Championships ...", "- 2015-07-18 ...")."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return start, start
    left = start + len(piece) - len(piece.lstrip())
    bullet = BULLET.match(text, left, left + len(stripped))
    if bullet and bullet.end() < left + len(stripped):
        return bullet.end(), left + len(stripped)
    return left, left + len(stripped)
