"""Stage 4, assemble records: decide, sentence by sentence, which race each candidate belongs to.

A sentence is cut into clauses ("..., before ...", "; ", "but"). Races (anchors) are the competitions it
names, or, where it names none, the places of a list ("10K races in A, B and C") or a bare discipline.
Every other candidate goes to the race nearest to it, where crossing a comma or a clause costs
distance; a candidate outside a coordinated list of races goes to each race of the list.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from spacy.tokens import Doc, Span

from .context import Narrative
from .gazetteer import Gazetteer, load_gazetteer
from .loading import Bio
from .normalise.dates import PartialDate, RelativeDate, parse_date
from .normalise.disciplines import normalise_discipline
from .normalise.events import EventName, normalise_event
from .normalise.marks import ordered, parse_mark
from .normalise.placings import parse_placing, parse_status
from .normalise.times import parse_time
from .records import Record
from .recognise import SPAN_KEY, vocabulary
from .sentences import trimmed

COMMA_COST = 3
CLAUSE_COST = 12
COORDINATORS = frozenset({",", "and", "&", "the", "or", "as", "well"})
# A record mark this close to a time describes that time ("personal-best ... time of 2:08:50").
MARK_TO_TIME = 8


@dataclass
class Anchor:
    """A race the sentence talks about, and the candidates assigned to it."""

    span: Span
    kind: str  # "event", "place" or "bare"
    group: int = 0
    items: dict[str, list[tuple[int, Span]]] = field(default_factory=lambda: defaultdict(list))

    def nearest(self, label: str) -> Span | None:
        found = sorted(self.items.get(label, []), key=lambda pair: pair[0])
        return found[0][1] if found else None

    def all(self, label: str) -> list[Span]:
        return [span for _, span in sorted(self.items.get(label, []), key=lambda pair: pair[0])]


@dataclass
class Sentence:
    """One sentence's tokens, clause numbers and filtered candidates."""

    span: Span
    candidates: list[Span]
    clause_of: list[int]

    def cost(self, a: Span, b: Span) -> int:
        """Distance between two spans in tokens, with commas and clause breaks between them."""
        if a.start < b.end and b.start < a.end:
            return 0
        left, right = (a, b) if a.end <= b.start else (b, a)
        gap = right.start - left.end
        doc = self.span.doc
        commas = sum(1 for t in doc[left.end:right.start] if t.text in (",", "(", ")"))
        clauses = abs(self.clause_of[right.start - self.span.start] - self.clause_of[left.end - 1 - self.span.start])
        return gap + COMMA_COST * commas + CLAUSE_COST * clauses


class Assembler:
    """Turns a recognised Doc into records, keeping the narrative's reference date as it goes."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        vocab = vocabulary()
        self.gazetteer = gazetteer or load_gazetteer()
        self.words = {name: frozenset(vocab[name]) for name in (
            "participation_words", "clause_breaks", "reference_cues", "margin_before", "margin_after",
            "location_cues", "split_cues", "birth_words")}

    # ----- sentence preparation -------------------------------------------------------------
    def sentences(self, doc: Doc) -> Iterable[Sentence]:
        candidates = list(doc.spans[SPAN_KEY])
        starts = [span.start for span in candidates]
        for sent in doc.sents:
            lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
            inside = [span for span in candidates[lo:hi] if span.end <= sent.end]
            yield Sentence(sent, self.filter(inside), self.clauses(sent))

    def clauses(self, sent: Span) -> list[int]:
        numbers, current = [], 0
        for token in sent:
            lowered = token.lower_
            if lowered in self.words["clause_breaks"] and token.i > sent.start:
                current += 1
            elif lowered == "as" and token.nbor(1).lower_ == "well" if token.i + 1 < sent.end else False:
                current += 1
            numbers.append(current)
        return numbers

    def filter(self, spans: list[Span]) -> list[Span]:
        """Drop candidates that are contained in a longer one of the same label, or read wrongly in context."""
        kept = []
        events = [s for s in spans if s.label_ == "EVENT"]
        for span in spans:
            label = span.label_
            if any(o is not span and o.label_ == label and o.start <= span.start and span.end <= o.end
                   and (o.end - o.start) > (span.end - span.start) for o in spans):
                continue
            inside_event = any(e.start <= span.start and span.end <= e.end for e in events) and label != "EVENT"
            if inside_event and label in ("DATE", "LOCATION", "DISCIPLINE"):
                continue
            if self.misread(span):
                continue
            kept.append(span)
        return kept

    def misread(self, span: Span) -> bool:
        """Context rules: margins are not times, split points are not disciplines, and so on."""
        doc, label = span.doc, span.label_
        before = [t.lower_ for t in doc[max(span.sent.start, span.start - 3):span.start]]
        after = [t.lower_ for t in doc[span.end:min(span.sent.end, span.end + 2)]]
        previous = before[-1] if before else ""
        if label == "TIME":
            return previous in self.words["margin_before"] or bool(after and after[0] in self.words["margin_after"])
        if label == "LOCATION":
            return previous not in self.words["location_cues"]
        if label == "DISCIPLINE" and span.id_ == "discipline.distance":
            return previous in self.words["split_cues"]
        if label == "PLACING" and span.id_ == "placing.win":
            nxt = after[0] if after else ""
            passive = nxt == "by"
            intent = previous == "to" and (len(before) < 2 or before[-2] != "on")
            negated = previous in ("not", "never", "n't", "without")
            return passive or intent or negated
        if label == "DATE":
            return any(word in self.words["birth_words"] for word in before)
        return False

    # ----- anchors ----------------------------------------------------------------------------
    def is_reference(self, event: Span) -> bool:
        """An event mentioned for another reason: "a test event for the 2008 Olympics", "his Asian Games success"."""
        doc = event.doc
        before = [t.lower_ for t in doc[max(event.sent.start, event.start - 3):event.start]]
        after = [t.lower_ for t in doc[event.end:min(event.sent.end, event.end + 2)]]
        return bool(set(before) & self.words["reference_cues"]) or (bool(after) and after[0] in ("qualifier", "trials"))

    def anchors(self, sentence: Sentence) -> list[Anchor]:
        spans = sentence.candidates
        results = [s for s in spans if s.label_ in ("PLACING", "STATUS", "TIME", "RECORD")]
        anchors = [Anchor(s, "event") for s in spans if s.label_ == "EVENT" and not self.is_reference(s)]
        if not results:
            return anchors if self.participation(sentence) else []
        clauses_with_event = {sentence.clause_of[a.span.start - sentence.span.start] for a in anchors}
        for span in spans:
            clause = sentence.clause_of[span.start - sentence.span.start]
            if span.label_ == "LOCATION" and clause not in clauses_with_event:
                anchors.append(Anchor(span, "place"))
        if not anchors:
            disciplines = [s for s in spans if s.label_ == "DISCIPLINE"]
            if disciplines:
                anchors.append(Anchor(disciplines[0], "bare"))
        anchors.sort(key=lambda a: a.span.start)
        self.group(anchors)
        return anchors

    def participation(self, sentence: Sentence) -> bool:
        return any(t.lower_ in self.words["participation_words"] for t in sentence.span)

    @staticmethod
    def group(anchors: list[Anchor]) -> None:
        """Coordinated races ("in A, B and C") share a group number."""
        for index, anchor in enumerate(anchors):
            if index == 0:
                continue
            previous = anchors[index - 1]
            between = anchor.span.doc[previous.span.end:anchor.span.start]
            same = previous.kind == anchor.kind and all(t.lower_ in COORDINATORS for t in between)
            anchor.group = previous.group if same else previous.group + 1

    def assign(self, sentence: Sentence, anchors: list[Anchor]) -> None:
        """Give every non-anchor candidate to its nearest race, or to each race of a list it stands outside."""
        anchor_spans = {id(a.span) for a in anchors}
        times = [s for s in sentence.candidates if s.label_ == "TIME"]
        for span in sentence.candidates:
            if id(span) in anchor_spans:
                continue
            target = span
            if span.label_ == "RECORD" and times:
                nearest_time = min(times, key=lambda t: sentence.cost(span, t))
                if sentence.cost(span, nearest_time) <= MARK_TO_TIME:
                    target = nearest_time
            costs = [(sentence.cost(target, a.span), a) for a in anchors]
            best_cost, best = min(costs, key=lambda pair: pair[0])
            members = [a for a in anchors if a.group == best.group]
            first, last = members[0].span.start, members[-1].span.end
            outside = target.end <= first or target.start >= last
            for anchor in (members if outside and len(members) > 1 else [best]):
                anchor.items[span.label_].append((sentence.cost(target, anchor.span), span))

    # ----- records -----------------------------------------------------------------------------
    def assemble(self, doc: Doc, bio: Bio) -> list[Record]:
        sentences = list(self.sentences(doc))
        memory = self.discipline_memory(sentences)
        narrative = Narrative()
        records: list[Record] = []
        for sentence in sentences:
            anchors = self.anchors(sentence)
            if anchors:
                self.assign(sentence, anchors)
            sentence_dates = [s for s in sentence.candidates if s.label_ == "DATE"]
            made = [r for r in (self.record(a, sentence, sentence_dates, narrative, memory, bio) for a in anchors) if r]
            records.extend(made)
            for span in sentence_dates:
                parsed = parse_date(span.id_, span.text)
                if isinstance(parsed, PartialDate) and parsed.year:
                    narrative.update(parsed)
            for record in made:
                if record.year:
                    narrative.update(PartialDate(year=record.year, month=_month(record.date)))
        return records

    def record(self, anchor: Anchor, sentence: Sentence, sentence_dates: list[Span], narrative: Narrative,
               memory: dict[str, str], bio: Bio) -> Record | None:
        place = place_max = status = None
        placings = anchor.all("PLACING")
        medals = [p for p in placings if p.id_ == "placing.medal"]
        for span in medals or placings:
            parsed = parse_placing(span.id_, span.text)
            if parsed and (parsed.place or parsed.place_max):
                place, place_max = parsed.place, parsed.place_max
                break
        status_span = anchor.nearest("STATUS")
        if status_span is not None:
            status, place, place_max = parse_status(status_span.id_), None, None
        time = time_s = None
        for span in anchor.all("TIME"):
            parsed_time = parse_time(span.text)
            if parsed_time:
                time, time_s = parsed_time
                break
        marks = {m for m in (parse_mark(s.id_, s.text) for s in anchor.all("RECORD")) if m}
        has_result = any(v is not None for v in (place, place_max, status, time)) or bool(marks)
        if not has_result and not (anchor.kind == "event" and self.participation(sentence)):
            return None
        event = normalise_event(anchor.span.text, self.gazetteer) if anchor.kind == "event" else None
        date = self.date(anchor, event, sentence_dates, narrative)
        start, end = trimmed(sentence.span)
        return Record(
            doc_id=bio.doc_id, athlete=bio.athlete, event=event.name if event else None,
            year=date.year if date else None, date=date.iso() if date else None,
            location=self.location(anchor, event), discipline=self.discipline(anchor, event, memory),
            time=time, time_s=time_s, place=place, place_max=place_max, status=status,
            records=ordered(marks), char_start=start, char_end=end, evidence=bio.text[start:end])

    def date(self, anchor: Anchor, event: EventName | None, sentence_dates: list[Span],
             narrative: Narrative) -> PartialDate | None:
        own = anchor.nearest("DATE")
        parsed = parse_date(own.id_, own.text) if own is not None else None
        if isinstance(parsed, PartialDate) and parsed.season_end:
            return None
        if isinstance(parsed, PartialDate) and parsed.year:
            return parsed
        if event and event.edition_year:  # beats a relative phrase or a month read from the narrative
            month = parsed.month if isinstance(parsed, PartialDate) else None
            return PartialDate(year=event.edition_year, month=month, day=parsed.day if month else None)
        if own is not None:
            return narrative.resolve(parsed)
        earlier = [s for s in sentence_dates if s.start < anchor.span.start]
        for span in reversed(earlier or sentence_dates):
            parsed = parse_date(span.id_, span.text)
            if isinstance(parsed, PartialDate) and parsed.year and not parsed.season_end:
                return PartialDate(year=parsed.year)
        return narrative.resolve(None)

    def location(self, anchor: Anchor, event: EventName | None) -> str | None:
        if anchor.kind == "place":
            return anchor.span.text
        places = anchor.all("LOCATION")
        cities = [p.text for p in places if p.id_ == "city"]
        countries = [p.text for p in places if p.id_ == "country"]
        if cities:
            return cities[0]
        if event and (event.host or event.named_city):
            return event.host or event.named_city
        return countries[0] if countries else None

    def discipline(self, anchor: Anchor, event: EventName | None, memory: dict[str, str]) -> str | None:
        for span in anchor.all("DISCIPLINE"):
            normalised = normalise_discipline(span.text)
            if normalised:
                return normalised
        if anchor.kind == "bare":
            return normalise_discipline(anchor.span.text)
        if event is None:
            return None
        for text in (event.discipline_text, event.name):
            implied = implied_discipline(text)
            if implied:
                return implied
        return memory.get(event.name)

    def discipline_memory(self, sentences: list[Sentence]) -> dict[str, str]:
        """Event name -> discipline, where the bio pairs them unambiguously ("the marathon at ... the X")."""
        seen: dict[str, set[str]] = defaultdict(set)
        for sentence in sentences:
            disciplines = [s for s in sentence.candidates if s.label_ == "DISCIPLINE"]
            for event in (s for s in sentence.candidates if s.label_ == "EVENT"):
                near = [d for d in disciplines if sentence.cost(d, event) <= 10]
                for span in near[:1]:
                    normalised = normalise_discipline(span.text)
                    if normalised:
                        seen[normalise_event(event.text, self.gazetteer).name].add(normalised)
        return {name: next(iter(values)) for name, values in seen.items() if len(values) == 1}


def implied_discipline(name: str | None) -> str | None:
    """The discipline an event's name implies: "... Half Marathon" -> "half marathon"."""
    if not name:
        return None
    lowered = name.lower()
    for suffix in ("half marathon", "marathon", "road relay", "ekiden", "cross country", "steeplechase"):
        if suffix in lowered:
            return normalise_discipline(suffix)
    return None


def _month(iso: str | None) -> int | None:
    return int(iso[5:7]) if iso and len(iso) >= 7 else None
