"""Stage 4a, read sentences for assembly: each candidate as plain data, each token's clause, and the
distance between two spans, in which commas and clause breaks count.

A clause starts at a break word ("before", "but", "while", ";"), at "as well as", and at ", and" before
a new subject ("..., and she ..."); "and" before a result verb ("and improved to fourth") starts a new
predicate, which keeps one race's results apart.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_TITLE, LOWER
from spacy.tokens import Doc, Span

COMMA_COST = 3
CLAUSE_COST = 12
# A semicolon closes a clause harder than a break word: a result does not reach past one to a race
# when a race stands on its own side ("At the X, ..., she did not start; five days later Y brought ...").
SEMICOLON_COST = 40
# Punctuation that ends a phrase: "(4:06.44), after a heat run" puts the heat in another phrase.
PUNCTUATION = frozenset({",", ";", ":", "(", ")", "."})


@dataclass(frozen=True, eq=False, slots=True)
class Candidate:
    """A recognised span as plain data, read once from ``doc.spans`` (a Span rebuilds its text from
    Token objects on every access): label, the rule that found it, token range and text."""

    label: str
    rule: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Tokens:
    """Per token of a Doc: its lower-case form, whether it is title-case, its clause number (a break
    word such as "before", "but", ";", "as well as" or ", and she" starts a clause) and, one longer, the number of
    commas and brackets before it, and of semicolons. Numbers run over the whole Doc; only differences
    are read."""

    lower: list[str]
    titled: list[bool]
    clause_of: list[int]
    predicate_of: list[int]  # clause numbers where "and" before a result verb also starts one ("was 13th in
    # March 2023 and improved to fourth the following year"); read only to split one race's results
    commas_before: list[int]
    semicolons_before: list[int]

    @classmethod
    def of(cls, doc: Doc, clause_breaks: frozenset[str], result_verbs: frozenset[str]) -> Tokens:
        strings = doc.vocab.strings
        ids = doc.to_array(LOWER)
        breaks = numpy.isin(ids, [strings[word] for word in clause_breaks])
        breaks[:-1] |= (ids[:-1] == strings["as"]) & (ids[1:] == strings["well"])
        # ", and she ...", ", and at the World Championships in Eugene a month later she ...": a new clause
        # with its own subject (within 13 words)
        pronoun = numpy.isin(ids, [strings[word] for word in ("he", "she", "they")])
        ends = numpy.flatnonzero(numpy.isin(ids, [strings[mark] for mark in (".", "!", "?")]))
        ends = [*ends.tolist(), len(ids)]
        for index in numpy.flatnonzero((ids[:-1] == strings[","]) & (ids[1:] == strings["and"])).tolist():
            stop = ends[bisect.bisect_left(ends, index)]
            if pronoun[index + 2:min(index + 15, stop)].any():  # not the next sentence's
                breaks[index + 1] = True
        predicates = breaks.copy()
        predicates[:-1] |= (ids[:-1] == strings["and"]) & numpy.isin(ids[1:], [strings[w] for w in (
            *result_verbs, "was", "is")])  # "won X (Sept.) in 1:11:05 and was 3rd at Y": a result of its own
        commas = numpy.isin(ids, [strings[mark] for mark in (",", "(", ")")])
        semicolons = ids == strings[";"]
        return cls([strings[key] for key in ids.tolist()], doc.to_array(IS_TITLE).astype(bool).tolist(),
                   numpy.cumsum(breaks).tolist(), numpy.cumsum(predicates).tolist(), [0, *numpy.cumsum(commas).tolist()],
                   [0, *numpy.cumsum(semicolons).tolist()])


@dataclass
class Sentence:
    """One sentence: its span, filtered candidates, its lower-case words, and the Doc's token facts."""

    span: Span
    candidates: list[Candidate]
    lower: list[str]
    tokens: Tokens

    def __post_init__(self) -> None:
        self.first, self.last = self.span.start, self.span.end  # read for every word looked up

    def words(self, start: int, end: int) -> list[str]:
        """Lower-case words of Doc tokens start..end, clipped to the sentence (a slice of the sentence's own
        words, which stops at its end)."""
        first = self.first
        return self.lower[(start - first if start > first else 0):(end - first if end > first else 0)]

    def is_title(self, token: int) -> bool:
        """Whether Doc token ``token`` is title-case (False outside the sentence)."""
        return self.first <= token < self.last and self.tokens.titled[token]

    def in_name(self, token: int, labels: tuple[str, ...] = ("EVENT", "LOCATION")) -> bool:
        """Whether Doc token ``token`` belongs to a competition's or a place's name (a candidate of
        ``labels``): "Cup" in "World Cup wins" is no athlete's name."""
        return any(c.label in labels and c.start <= token < c.end for c in self.candidates)

    def clause(self, span: Candidate) -> int:
        return self.tokens.clause_of[span.start]

    def clause_start(self, token: int, reach: int = 14) -> int:
        """The first Doc token of ``token``'s clause, at most ``reach`` back."""
        clause_of = self.tokens.clause_of  # clause numbers only grow: the first token of the clause's number
        return bisect.bisect_left(clause_of, clause_of[token], max(token - reach, self.first), token)

    def clause_so_far(self, token: int, reach: int = 14) -> list[str]:
        """Lower-case words from the start of ``token``'s clause (at most ``reach`` back) up to it."""
        return self.words(self.clause_start(token, reach), token)

    def cost(self, a: Candidate, b: Candidate) -> int:
        """Distance between two spans in tokens, with commas and clause breaks between them."""
        if a.start < b.end and b.start < a.end:
            return 0
        left, right = (a, b) if a.end <= b.start else (b, a)
        commas = self.tokens.commas_before[right.start] - self.tokens.commas_before[left.end]
        clauses = self.tokens.clause_of[right.start] - self.tokens.clause_of[left.end - 1]
        predicates = self.tokens.predicate_of[right.start] - self.tokens.predicate_of[left.end - 1] - clauses
        semicolons = self.tokens.semicolons_before[right.start] - self.tokens.semicolons_before[left.end]
        return (right.start - left.end + COMMA_COST * (commas + predicates) + CLAUSE_COST * clauses
                + SEMICOLON_COST * semicolons)


# Words that open a relative clause: "the course on which she had taken the record".
RELATIVE_WORDS = frozenset({"which", "where", "that", "whose", "whom"})


def pluperfect(before: list[str]) -> bool:
    """Whether the words before a date put it in the pluperfect, with no break after "had": "the mark she had
    set on the same course in" (not "where she had started, and in")."""
    return pluperfect_at(before) is not None


def pluperfect_at(before: list[str]) -> int | None:
    """Where the last "had" of a pluperfect stands in ``before`` (see :func:`pluperfect`); None without one."""
    if "had" not in before:
        return None
    had = len(before) - 1 - before[::-1].index("had")
    return had if PUNCTUATION.isdisjoint(before[had + 1:]) else None
