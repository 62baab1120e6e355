"""Stage 3, recognise spans: rule patterns (JSONL data) and named regular expressions.

Every candidate goes to ``doc.spans["candidates"]`` with a label (EVENT, DATE, LOCATION, DISCIPLINE,
TIME, PLACING, STATUS, RECORD) and, in ``span.id_``, the rule that found it. Candidates may overlap;
the assembly stage decides which to use.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import Gazetteer, load_gazetteer
from .sentences import bio_sentences  # noqa: F401  (registers the component)

SPAN_KEY = "candidates"
PATTERN_FILES = ("events", "placings", "statuses", "marks", "disciplines", "dates")

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")

@dataclass(frozen=True)
class RegexRule:
    """A named regular expression, the label it gives, and examples it must find (as the span text)."""

    name: str
    label: str
    pattern: re.Pattern[str]
    examples: tuple[tuple[str, str], ...]


def _rule(name: str, label: str, pattern: str, *examples: tuple[str, str]) -> RegexRule:
    return RegexRule(name, label, re.compile(pattern), examples)


# Where a rule needs context, the span is its named group "value" rather than the whole match.
REGEX_RULES: tuple[RegexRule, ...] = (
    _rule("time.hms", "TIME", r"(?<![\d:.])\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?(?![\d:])(?:\s?(?:hours|hrs|h)\b)?",
          ("a time of 2:16:22 hours.", "2:16:22 hours"), ("in 1:02:03.4 to win", "1:02:03.4")),
    _rule("time.ms", "TIME", r"(?<![\d:.])\d{1,2}:\d{2}(?:\.\d{1,3})?(?![\d:]|\s?(?:[ap]\.?m\b|GMT|local))"
          r"(?:\s?(?:minutes|min|mins)\b)?",
          ("won in 13:05.12", "13:05.12"), ("ran 27:45 to win", "27:45")),
    _rule("time.seconds", "TIME", r"(?<![\d.:])\d{1,3}\.\d{1,3}\s?(?:seconds|secs|sec|s)\b",
          ("ran 9.58 seconds", "9.58 seconds"), ("clocking 48.12s", "48.12s")),
    _rule("time.cued_seconds", "TIME", r"\b(?:in|of|with|to|clocked|ran|timed|time|touched|swam|at)\s"
          r"(?P<value>\d{1,2}\.\d{2})(?!\d|\.\d|\s?(?:m\b|metres|meters|km|%|points|kg|per))",
          ("she won in 10.92 ahead of", "10.92"), ("touched in 52.31", "52.31"), ("a best of 12.83.", "12.83")),
    _rule("time.words", "TIME",
          r"\b\d{1,2}\s?(?:hours?|hrs?|h)\b[\s,]*(?:and\s+)?\d{1,2}\s?(?:minutes?|mins?|m|['’])"
          r"(?:[\s,]*(?:and\s+)?\d{1,2}(?:\.\d+)?\s?(?:seconds?|secs?|s|[\"”]))?"
          r"|\b\d{1,2}\s?(?:minutes?|mins?|['’])[\s,]*(?:and\s+)?\d{1,2}(?:\.\d+)?\s?(?:seconds?|secs?|s\b|[\"”])",
          ("in 2 hours 8 minutes and 50 seconds", "2 hours 8 minutes and 50 seconds"),
          ("in 3 min 35.6 s", "3 min 35.6 s")),
    _rule("date.dmy", "DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:18|19|20)\d\d\b",
          ("on 12 April 2009 in", "12 April 2009")),
    _rule("date.mdy", "DATE", rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:18|19|20)\d\d\b",
          ("on April 12, 2009, she", "April 12, 2009")),
    _rule("date.my", "DATE", rf"\b{_MONTH}\s+(?:of\s+)?(?:18|19|20)\d\d\b",
          ("in December 2014.", "December 2014")),
    _rule("date.dm", "DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\s*,?\s*\d)"
          rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)",
          ("On 7 June she won", "7 June"), ("On June 7 she won", "June 7")),
    _rule("date.month", "DATE", r"\b(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December)\b(?!\s+\d)",
          ("at December's Hofu Yomiuri Marathon", "December"), ("in March he won", "March")),
    _rule("date.season", "DATE", r"\b(?:19|20)\d\d\s?[-–/]\s?(?:\d\d|(?:19|20)\d\d)\b(?!-\d)",
          ("the 2009-10 season", "2009-10"), ("in 2015–16", "2015–16")),
    _rule("date.year", "DATE", r"(?<![\d,.:–-])(?:189[6-9]|19\d\d|20\d\d)(?![\w:–]|-\d|\.\d|,\d)",
          ("in 2007, coming", "2007"), ("the 2011 season", "2011")),
    _rule("discipline.distance", "DISCIPLINE",
          r"\b(?:4\s?[x×]\s?\d{2,4}\s?(?:m|metres|meters|km)?|\d{1,3}(?:,\d{3})|\d{1,5}(?:\.\d+)?)[\s-]?"
          r"(?:m|metres|meters|metre|meter|km|kilometres|kilometers|kilometre|K|k|mi|miles?|mile)\b"
          r"(?:[\s-]+(?:steeplechase|hurdles|race walk|racewalk|walk|freestyle relay|medley relay|freestyle|"
          r"butterfly|backstroke|breaststroke|individual medley|medley|relay|classical|classic|skiathlon|pursuit|"
          r"mass start|sprint|time trial|road race))?",
          ("the 10,000 metres final", "10,000 metres"), ("the 3000 m steeplechase", "3000 m steeplechase"),
          ("the 4 x 100 m relay", "4 x 100 m relay"), ("won 10K races", "10K"), ("the 20 km walk", "20 km walk")),
)


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """Named word lists and regexes that the pattern files refer to as "@name"."""
    vocab = json.loads(resources.files(__package__).joinpath("patterns/vocab.json").read_text("utf-8"))
    vocab.pop("_comment", None)
    breakers = (set(STOP_WORDS) - set(vocab["name_breakers_keep"])) | set(vocab["name_breakers_extra"])
    vocab["name_breakers"] = sorted(breakers)
    return vocab


def _expand(value: Any, vocab: dict[str, Any]) -> Any:
    """Replace "@name" strings anywhere in a pattern by the vocabulary entry of that name."""
    if isinstance(value, str) and value.startswith("@"):
        return vocab[value[1:]]
    if isinstance(value, dict):
        return {key: _expand(item, vocab) for key, item in value.items()}
    if isinstance(value, list):
        return [_expand(item, vocab) for item in value]
    return value


def load_rules() -> list[dict[str, Any]]:
    """All rule entries from the package's JSONL files, with "@name" lists expanded."""
    vocab = vocabulary()
    rules = []
    for name in PATTERN_FILES:
        text = resources.files(__package__).joinpath(f"patterns/{name}.jsonl").read_text("utf-8")
        for line in text.splitlines():
            if line.strip():
                rule = json.loads(line)
                rule["pattern"] = _expand(rule["pattern"], vocab)
                rules.append(rule)
    return rules


def regex_spans(doc: Doc) -> Iterator[Span]:
    """Spans for every named regular expression, aligned outward to token boundaries."""
    text = doc.text
    for rule in REGEX_RULES:
        group = "value" if "value" in rule.pattern.groupindex else 0
        for match in rule.pattern.finditer(text):
            span = doc.char_span(match.start(group), match.end(group), label=rule.label, alignment_mode="expand")
            if span is not None:
                span.id_ = rule.name
                yield span


def location_spans(doc: Doc, gazetteer: Gazetteer) -> Iterator[Span]:
    """Title-case token runs (up to four tokens) that the gazetteer knows, longest first."""
    i = 0
    while i < len(doc):
        if not doc[i].is_title:
            i += 1
            continue
        for width in range(min(4, len(doc) - i), 0, -1):
            span = doc[i:i + width]
            kind = gazetteer.kind(span.text)
            if kind:
                located = Span(doc, span.start, span.end, label="LOCATION", span_id=kind)
                yield located
                i += width
                break
        else:
            i += 1


# A place named right after a race, whether or not the gazetteer knows it: "... Championships in Santry",
# "a meet in Canet-en-Roussillon", "at Beitostølen".
VENUE = re.compile(r"(?:in|at)\s+(?P<value>[A-Z][\w'’]+(?:-[a-zA-Z][\w'’]*)*(?:\s[A-Z][\w'’]+(?:-[a-zA-Z][\w'’]*)*){0,2})")
NOT_VENUES = frozenset(("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The His Her Their Its This That "
                        "Heat Heats Final Semi").split())


def venue_spans(doc: Doc, events: list[Span], race_words: frozenset[str], gazetteer: Gazetteer) -> Iterator[Span]:
    """Places right after an EVENT span or a race word ("a 50 km race in Dudince"), by position alone;
    the id is the gazetteer's kind where it knows the name, else "venue"."""
    event_ends = {event.end for event in events}
    text = doc.text
    for token in doc:
        is_race_end = token.lower_ in race_words or token.i + 1 in event_ends
        if not is_race_end or token.i + 1 >= len(doc):
            continue
        start = doc[token.i + 1].idx
        match = VENUE.match(text, start)
        if match and match.group("value").split()[0] not in NOT_VENUES:
            span = doc.char_span(match.start("value"), match.end("value"), label="LOCATION", alignment_mode="expand")
            if span is not None:
                span.id_ = gazetteer.kind(span.text) or "venue"
                yield span


@Language.factory("bio_recogniser")
class BioRecogniser:
    """Adds rule, regex and gazetteer candidates to ``doc.spans["candidates"]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.ruler = SpanRuler(nlp, name=f"{name}_ruler", spans_key=SPAN_KEY, overwrite=True)
        self.ruler.add_patterns([{"label": r["label"], "pattern": r["pattern"], "id": r["id"]}
                                 for r in load_rules()])
        self.gazetteer = load_gazetteer()
        self.race_words = frozenset(vocabulary()["race_words"])

    def __call__(self, doc: Doc) -> Doc:
        doc = self.ruler(doc)
        ruled = list(doc.spans[SPAN_KEY])
        events = filter_spans([s for s in ruled if s.label_ == "EVENT"])
        others = [s for s in ruled if s.label_ != "EVENT"]
        doc.spans[SPAN_KEY] = sorted([*events, *others, *regex_spans(doc), *location_spans(doc, self.gazetteer),
                                      *venue_spans(doc, events, self.race_words, self.gazetteer)], key=lambda s: (s.start, -s.end))
        return doc


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The pipeline's spaCy object: blank English, bio sentences, the recogniser."""
    nlp = spacy.blank("en")
    nlp.add_pipe("bio_sentences")
    nlp.add_pipe("bio_recogniser")
    return nlp
