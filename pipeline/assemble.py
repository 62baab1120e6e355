"""Stage 4c, assemble records: decide, sentence by sentence, which race each candidate belongs to.

A sentence is cut into clauses ("..., before ...", "; ", "but"). Races (anchors) are the competitions it
names, or, where it names none, the places of a list ("10K races in A, B and C") or a bare discipline.
Every other candidate goes to the race nearest to it, where crossing a comma or a clause costs
distance; a candidate outside a coordinated list of races goes to each race of the list.
"""
from __future__ import annotations

import bisect
import datetime
import itertools
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from importlib import resources

from spacy.tokens import Doc

from .clauses import PUNCTUATION, Candidate, Sentence, Tokens, pluperfect
from .context import Narrative
from .gazetteer import Gazetteer, load_gazetteer, spelled
from .loading import Bio
from .misreadings import COMBINED_EVENTS, SUBJECT_WORDS, WITHDRAWING, ContextChecks, team_placing
from .normalise.dates import PartialDate, RelativeDate, parse_date
from .normalise.disciplines import (DISTANCE, ROAD_LENGTHS, SWIM_STROKES, beyond_marathon, named_discipline,
                                    normalise_discipline, plausible, within)
from .normalise.events import TRAVELLING_HEAD, EventName, normalise_event, travelling
from .normalise.marks import ordered, parse_marks
from .normalise.placings import MEDALS, cardinal, ordinal, parse_placing, parse_status
from .normalise.times import parse_time
from .records import Record
from .recognise import POINT_TO_POINT_RULE, SHARED_HEADS, SPAN_KEY, vocabulary
from .sentences import doc_text, trimmed

# Competitions made of parts, whose parts are no races of their own.
MULTI_EVENTS = COMBINED_EVENTS | {"triathlon", "duathlon"}
# The years a result can have been run in: the first modern Olympics to next year.
FIRST_YEAR, LAST_YEAR = 1896, datetime.date.today().year + 1
# A year as a word: "2011".
YEAR = re.compile(r"^(?:19|20)\d\d$")
# The subject's nationality in a bio's lead: "is a Moroccan middle-distance runner", "is a South African
# ultramarathon runner" (not "is an Olympic champion").
NATIONALITY = re.compile(r"\b(?:is|was) an? (?:[a-z]+ )?(?!Olympic|Paralympic|World|Commonwealth|Former)"
                         r"(?P<demonym>[A-Z][a-z]+(?: [A-Z][a-z]+)?) [a-z]")
RESULT_LABELS = ("PLACING", "STATUS", "TIME", "RECORD")
COORDINATORS = frozenset({",", "and", "&", "the", "or", "as", "well"})
# A record mark this close to a time describes that time ("personal-best ... time of 2:08:50").
MARK_TO_TIME = 8
# Olympic and Paralympic host cities and the years they held the Games: pipeline/patterns/olympics.json.
OLYMPIC_HOSTS: dict[str, dict[str, list[int]]] = {
    name: hosts for name, hosts in json.loads(
        resources.files(__package__).joinpath("patterns/olympics.json").read_text("utf-8")).items()
    if not name.startswith("_")}
# The Games a host city's name before a word stands for: "the Tokyo Games", "the Rio Paralympics".
GAMES_CALLED = {"Games": ("Olympic Games", "Winter Olympic Games"), "Olympics": ("Olympic Games", "Winter Olympic Games"),
                "Paralympics": ("Paralympic Games",)}
# Date rules counted only from a race named right after them ("the summer after Fukuoka", "the February after
# Kingston", "in the month after Algiers", "six weeks before Dublin"): without it, or without its month, the
# narrative's year, as "that summer" gives.
FROM_RACE = frozenset({"date.season_from_race", "date.weeks_from_race", "date.month_after", "date.next_month.after",
                       "date.previous_month.before"})
# Of those, the ones that give the year alone: a season or some weeks do not fix a month.
YEAR_ONLY = frozenset({"date.season_from_race", "date.weeks_from_race"})
# The rule for "the next edition": the competition named last, a year on for a city's annual race.
NEXT_EDITION = "event.next_edition"
SHORT_NAME = "event.short_name"  # "at Comrades": a race the bio named in full before
SAME_EDITION = "event.same_edition"  # "the same Games": the competition named last, as it was
# An age group's championship called by the group in the plural: "the U20s" (the World U20 Championships).
AGE_GROUP = re.compile(r"^(?P<age>U\d\d)s$")
# Disciplines raced on roads or over the country.
ROAD_DISCIPLINES = frozenset({"marathon", "half marathon", "ultramarathon", "road relay", "cross country", "10 miles"})
# Championships held for an age group, indoors, or as a league of meetings: "World Junior Championships".
SPECIAL_EDITION = re.compile(r"\b(?:Junior|Juniors|Youth|Indoor|Schools?|U\d\d|Under-?\d\d|League|Masters|Veterans)\b",
                             re.IGNORECASE)
# What may follow a result in a list: "first, fourth and third respectively", "(1:06:40, 3rd)".
LIST_ENDS = frozenset({",", "and", "respectively", ")", ".", ";", "in", "at", "over", "with", "place", "places"})
# An edition held a year after the year in its name: "The 2021 Islamic Solidarity Games, postponed by a year".
POSTPONED = re.compile(r"(?:, |\( )?(?:were |was )?(?:postponed|delayed|put back|pushed back) by (?:a|one) year\b")
# Words in the lead or in a competition's name that make a bio's races of one kind: a race walker's ("is a
# Ukrainian race walker", "the European Race Walking Cup") or an open water swimmer's ("is an American open-water
# swimmer", "the Olympic marathon swim"), whose bare km distances are walks or swims.
KIND_CUES = {"walk": re.compile(r"\b(?:[Rr]ace[ -]?[Ww]alk(?:er|ers|ing)?|racewalk(?:er|ers|ing)?|walker)\b"),
             "open water": re.compile(r"\b(?:[Oo]pen[ -][Ww]ater|marathon swim(?:s|mer|mers|ming)?)\b"),
             # a wheelchair racer's, whose times no runner's speed bounds: a wheelchair class ("T54") or
             # "wheelchair racer/racing", said at least twice (not "her twin brother is a wheelchair racer")
             "wheelchair": re.compile(r"\b(?:T5[1-4]|T3[34]|[Ww]heelchair (?:rac(?:er|ers|ing)|athlete|marathon))\b")}
# Kinds cued only by being said twice, not by a single mention in the lead or a race's name.
SAID_TWICE = frozenset({"wheelchair"})
# Races named only by their kind, and the kinds of the bio's disciplines they can be: "won the hurdles",
# "gold over the barriers".
KIND_RULES = {"discipline.hurdles": ("hurdles",), "discipline.barriers": ("hurdles", "steeplechase")}
# A series of meetings, named by its last word: "World Race Walking Tour", "World Triathlon Series".
SERIES = re.compile(r"\b(?:Tour|Series|Circuit|League)$")
# A tour of stages held in several places: "Tour de Ski", "Tour of Britain".
TOUR = re.compile(r"\bTour\b")
# A heading over a list of bests or records, whose lines are no races ("Personal bests", "Career bests", "Best marks",
# "Records"), and the sub-headings such a list keeps ("Outdoor", "Indoor", "Road", "Short course").
BESTS_HEADING = re.compile(r"^(?:(?:personal|career|lifetime|season) )?(?:bests?|pbs?|prs)(?: marks| times)?$"
                           r"|^(?:(?:personal|career|lifetime|season) )?records$")
BESTS_SUBHEADING = re.compile(r"^(?:outdoors?|indoors?|track|road|(?:short|long) course)$")
# Where a season of the year puts the narrative, to order the months told after it ("through the autumn of
# 2017 ... She returned in January": the next January).
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
# A place this close to the race is where it was held ("the World Championships in Osaka").
NEAR = 4


# A "Marathon" run slower than this (2 m/s, 5 h 51 min; mountain marathons take up to about 4 h 30 min) is
# an ultramarathon: "the Comrades Marathon in 7:08:14".
ULTRA_FROM = ROAD_LENGTHS["marathon"] / 2.0


@dataclass
class Anchor:
    """A race the sentence talks about, and the candidates assigned to it."""

    span: Candidate
    kind: str  # "event", "place" or "bare"
    group: int = 0
    clause: int | None = None  # the clause of its results, when a sentence gives one race several
    items: dict[str, list[tuple[int, Candidate]]] = field(default_factory=lambda: defaultdict(list))

    def nearest(self, label: str) -> Candidate | None:
        found = sorted(self.items.get(label, []), key=lambda pair: pair[0])
        return found[0][1] if found else None

    def all(self, label: str) -> list[Candidate]:
        return [span for _, span in sorted(self.items.get(label, []), key=lambda pair: pair[0])]


class Assembler(ContextChecks):
    """Turns a recognised Doc into records, keeping the narrative's reference date as it goes."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        vocab = vocabulary()
        self.gazetteer = gazetteer or load_gazetteer()
        self.words = {name: frozenset(vocab[name]) for name in (
            "participation_words", "clause_breaks", "result_verbs", "reference_cues", "margin_before", "margin_after",
            "location_cues", "held_words", "split_cues", "passing_words", "title_words", "segment_words",
            "segment_after", "medal_missed_before", "birth_words", "intent_words", "other_result_words",
            "missed_words", "other_people", "heat_words", "negation_words", "not_placing_after",
            "passive_markers", "frequency_words", "other_subjects", "race_words", "pacing_words", "called_off_words",
            "squad_words", "life_event_words", "consequence_verbs", "rival_cues", "multisport_words", "title_verbs", "relay_words", "finish_verbs",
            "plan_verbs")}
        self.words["event_heads"] = frozenset(head.lower() for head in vocab["event_heads"])
        self.subject: frozenset[str] = frozenset()
        self.demonym: str | None = None  # the subject's nationality, as the lead gives it
        self.others: frozenset[str] = frozenset()  # surnames of the other people the bio names
        self.other_names: frozenset[str] = frozenset()  # and every word of their names but the subject's
        self.others_pronouns: frozenset[str] = frozenset()  # "he" and "him" in a bio about a woman, and the reverse
        self.frame: Record | None = None  # the race the previous sentence named without a result
        self.records: list[Record] = []  # the bio's records so far
        self.named: list[tuple[int, EventName, str | None]] = []  # every competition named so far: token, where
        self.checks = {"PLACING": self.misread_placing, "TIME": self.misread_time, "RECORD": self.misread_record,
                       "LOCATION": self.misread_location, "DISCIPLINE": self.misread_discipline,
                       "DATE": self.misread_date, "STATUS": self.misread_status}  # context rules by label
        self.lead_start = -1  # the first token of the bio's defining lead sentence
        self.last_event: EventName | None = None
        self.latest: dict[str, Record] = {}  # event name -> the bio's latest record of it
        self.by_first_word: dict[str, list[str]] = defaultdict(list)  # races that may be called by their first
        # word, in the order the bio first told them (see short_names_known)

    # ----- sentence preparation -------------------------------------------------------------
    def sentences(self, doc: Doc) -> list[Sentence]:
        """The Doc's sentences with their candidates, filtered once the bio's other athletes are known."""
        text = doc_text(doc)
        candidates = [Candidate(s.label_, s.id_, s.start, s.end, text[s.start_char:s.end_char])
                      for s in doc.spans[SPAN_KEY]]
        candidates = [replace(c, text=f"{c.text} {SHARED_HEADS[c.rule]}") if c.rule in SHARED_HEADS else c
                      for c in candidates]  # "Seville" of "the Seville and Milan marathons": "Seville Marathon"
        starts = [span.start for span in candidates]
        tokens = Tokens.of(doc, self.words["clause_breaks"], self.words["result_verbs"])
        self.others_pronouns = others_pronouns(Counter(tokens.lower))
        self.subject -= self.others_pronouns
        sentences = []
        for sent in doc.sents:
            lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
            inside = [span for span in candidates[lo:hi] if span.end <= sent.end]
            sentences.append(Sentence(sent, inside, tokens.lower[sent.start:sent.end], tokens))
        self.others = self.other_athletes(sentences)
        for sentence in sentences:  # the checks see all candidates
            sentence.candidates = self.filter(sentence.candidates, sentence)
        return sentences


    def remember(self, record: Record) -> None:
        """Keep a record as the latest of its race; a race told for the first time that is no championship
        ("World") and has several words is indexed by its first word."""
        name = record.event
        first, *rest = name.split()
        if name not in self.latest and rest and not travelling(name) and first.lower() not in self.words["event_heads"]:
            self.by_first_word[first].append(name)
        self.latest[name] = record

    def short_names_known(self) -> dict[str, str]:
        """The bio's races by short name: the first word of a race it named in full ("Comrades" for the
        Comrades Marathon, "Osaka" for the Osaka Marathon), where only one race has it."""
        return {word: names[0] for word, names in self.by_first_word.items() if len(names) == 1}

    def in_full(self, name: str) -> str:
        """The full name of a championship the bio named before, for one called by its age group in the plural:
        "the U20s" after "selection for the World U20 Championships" (the latest so named). Not by its last
        words: "World Championships" is no short "Junior World Championships"."""
        group = AGE_GROUP.match(name)
        return next((event.name for _, event, _ in reversed(self.named)
                     if group and group.group("age") in event.name.split()), name)

    def short_names(self, sentence: Sentence) -> None:
        """Add EVENT candidates for races called by a short name after the bio named them in full: "Runner-up
        at Comrades in June", "went back to win the Osaka race"."""
        known = self.short_names_known()
        if not known:
            return
        lowered = {word.lower() for word in known}
        heard = [sentence.first + i for i, word in enumerate(sentence.lower) if word in lowered]
        if not heard:
            return
        taken = {token for c in sentence.candidates if c.label == "EVENT" for token in range(c.start, c.end)}
        added = []
        for token in heard:
            word = sentence.span.doc[token].text
            if token in taken or not sentence.is_title(token) or sentence.is_title(token + 1) or word not in known:
                continue
            previous, following = sentence.words(token - 1, token), sentence.words(token + 1, token + 2)
            if previous in (["at"], ["won"], ["win"], ["winning"]) or previous == ["the"] and following in (
                    ["race"], ["edition"], ["marathon"]):
                added.append(Candidate("EVENT", SHORT_NAME, token, token + 1, word))
        if added:
            sentence.candidates = sorted([*sentence.candidates, *added], key=lambda c: (c.start, -c.end))

    @staticmethod
    def upgraded(span: Candidate, sentence: Sentence) -> bool:
        """A placing she was moved up to after others' disqualification: "later upgraded to 12th", "moved up to
        fifth"."""
        return sentence.words(span.start - 2, span.start + 1)[:2] in (
            ["upgraded", "to"], ["promoted", "to"], ["elevated", "to"]) or sentence.words(
            span.start - 1, span.start) in (["upgraded"], ["promoted"]) or sentence.words(
            span.start - 3, span.start) == ["moved", "up", "to"]

    def round_of(self, span: Candidate, sentence: Sentence) -> int:
        """How early the round of a placing told in its phrase is: 0 for none (a final, or the race itself), 1 for a
        semi-final, 2 for a heat or another round before it: "won his heat of the mile", "came through his
        semi-final in second place", "second in her heat and fifth in her semi-final" (later rounds first)."""
        before = sentence.words(span.start - 3, span.start)
        phrase_end = PUNCTUATION | {"and", "then"}
        near = [*itertools.takewhile(lambda word: word not in phrase_end, reversed(before)), *itertools.takewhile(
            lambda word: word not in phrase_end, sentence.words(span.end, span.end + 4))]
        rounds = [word for word in near if word in self.words["heat_words"]]
        return 0 if not rounds else 1 if all(word.startswith("semi") for word in rounds) else 2

    def heads_named(self, sentence: Sentence) -> bool:
        """Whether the sentence has a competition's head word ("Games", "Championships"), named or not."""
        return any(sentence.is_title(token) and sentence.tokens.lower[token] in self.words["event_heads"]
                   for token in range(sentence.span.start, sentence.span.end))


    # ----- anchors ----------------------------------------------------------------------------
    def is_reference(self, event: Candidate, sentence: Sentence) -> bool:
        """An event mentioned for another reason: "a test event for the 2008 Olympics", "his Asian Games success"."""
        before = sentence.words(event.start - 3, event.start)
        after = sentence.words(event.end, event.end + 2)
        edition_of = before[-3:] == ["edition", "of", "the"] or before[-2:] == ["edition", "of"]
        if before and ordinal(before[-1]):  # "his second Olympics" is the race; "her second Diamond League
            return after[:1] in (["victory"], ["win"], ["title"])  # victory" counts wins in a series
        if edition_of:
            return False  # "the next edition of the Boston Marathon" is the race itself
        described = before[-1:] in (["a"], ["an"], ["every"], ["each"])  # "a Diamond League fixture", "at every
        # Ibero-American Championships"
        several = bool(before) and 1 < (cardinal(before[-1]) or 0) < 100  # "at two World Championships"
        if SERIES.search(event.text) and "of" in before:
            return True  # "the opening meeting of the new Diamond League": the series the race belongs to
        missed = "missed" in before[-3:-1] and before[-1:] in (["the"], ["delayed"], ["postponed"])  # "missed the
        # delayed Tokyo Olympics"
        if several or missed:
            return True
        later = sentence.words(event.end, event.end + 8)
        if "where" in later and later[later.index("where") + 1:][:1] in (["he"], ["she"]):
            return False  # "a vest for the World Championships in Tirana that September, where he placed 25th"
        if "came" in itertools.takewhile(lambda word: word not in PUNCTUATION, later[:6]):
            return False  # "Her home Commonwealth Games on the Gold Coast came the following April": the race told
        joined = list(itertools.takewhile(lambda word: word not in PUNCTUATION, later))
        result = next((c for c in sentence.candidates if "and" in joined and c.label in ("PLACING", "STATUS")
                       and 0 < c.start - (event.end + joined.index("and")) <= 3), None)
        if result is not None and not any(c.label == "EVENT" and c.start > result.start
                                          and sentence.clause(c) == sentence.clause(result) for c in sentence.candidates):
            return False  # "went to Rabat for the 1975 World Cross Country Championships and was ninth": its result
            # (not "qualified for the Olympic Games and was third at the Diamond League final")
        return described or bool(set(before) & self.words["reference_cues"]) or (
            bool(after) and after[0] in ("qualifier", "trials"))

    def anchors(self, sentence: Sentence) -> list[Anchor]:
        """The races of a sentence; none when the sentence is about someone else."""
        if self.about_someone_else(sentence):
            return []
        spans = sentence.candidates
        results = [s for s in spans if s.label in ("PLACING", "STATUS", "TIME", "RECORD")]
        starts = {s.start for s in spans if s.label == "EVENT"}
        named = [s for s in spans if s.label == "EVENT" and s.rule != SAME_EDITION]
        spans = [s for s in spans if not (s.rule == SAME_EDITION and named and named[0].start < s.start)]  # "won
        # the 5000 m at the NCAA Championships, two days after bronze in the 1500 m at the same meeting"
        events = [s for s in spans if s.label == "EVENT" and not (  # "the next edition of the X": the X
            s.rule == NEXT_EDITION and sentence.words(s.end, s.end + 1) == ["of"]) and not (
            sentence.words(s.end, s.end + 2) == ["at", "the"] and s.end + 2 in starts)]  # "the Dream Mile at
        # the Bislett Games": a race within a meeting; the meeting is the competition
        # "At the Bislett Games he ran the Dream Mile": a race named for its distance, a few words from a
        # meeting; the meeting is the competition and the race's name gives the distance
        miles = [s for s in spans if s.label == "EVENT" and s.text.split()[-1] in ("Mile", "Miles") and any(
            named_discipline(e.text) is None and sentence.clause(e) == sentence.clause(s)
            and max(e.start - s.end, s.start - e.end) <= 5 for e in events)]
        if miles:
            events = [s for s in events if s not in miles]
            sentence.candidates = sorted([*sentence.candidates, *(
                replace(s, label="DISCIPLINE", rule="discipline.race_name", text=s.text.split()[-1]) for s in miles)],
                key=lambda c: (c.start, -c.end))
        # "On the World Race Walking Tour she was 3rd at the Gran Premio Cantones de La Coruña", "her first Wanda
        # Diamond League podium, finishing second at Herculis": the meeting is the competition, the series its frame
        events = [s for s in events if not (SERIES.search(s.text) and any(
            not SERIES.search(e.text) and (e.start > s.end and sentence.clause(e) == sentence.clause(s) or e.end < s.start
                                           and any(map(ordinal, sentence.words(s.start - 1, s.start))))
            for e in events))]  # "at the Prefontaine Classic in Eugene, his first Diamond League race"
        anchors = [Anchor(s, "event") for s in events if not self.is_reference(s, sentence)] or [
            Anchor(s, "event") for s in events[:1] if results]  # "Selected for the X, she dropped out"
        if not results:  # no record unless she took part, but the races named still date the narrative
            return anchors
        clauses_with_event = {sentence.clause(a.span) for a in anchors}
        listed = self.place_list(sentence)
        for span in spans:
            clause = sentence.clause(span)
            if span.label == "LOCATION" and (clause not in clauses_with_event or span in listed):
                anchors.append(Anchor(span, "place"))
        if not anchors:
            disciplines = [s for s in spans if s.label == "DISCIPLINE"]
            if disciplines:
                anchors.append(Anchor(disciplines[0], "bare"))
            elif self.frame is not None:  # "She won in 2:24:10", after the race was named: the sentence's race
                start = sentence.span.start
                anchors.append(Anchor(Candidate("RACE", "race.told_before", start, start, ""), "bare"))
        anchors.sort(key=lambda a: a.span.start)
        self.group(anchors, sentence)
        return anchors

    @staticmethod
    def place_list(sentence: Sentence) -> list[Candidate]:
        """Places listed after a plural race word, each its own race even beside a named one: "she won 10K
        races in Lille (31:58), Brunssum (32:10) and Manchester, and placed third at the Prague Half Marathon"."""
        lists: list[list[Candidate]] = []
        for place in (s for s in sentence.candidates if s.label == "LOCATION"):
            between = past_brackets(sentence.words(lists[-1][-1].end, place.start)) if lists else []
            if lists and between and all(word in COORDINATORS for word in between):
                lists[-1].append(place)
            elif sentence.words(place.start - 2, place.start) in (
                    [word, "in"] for word in ("races", "marathons", "runs", "wins", "victories")):
                lists.append([place])
        return [place for listed in lists if len(listed) > 1 for place in listed]

    def about_someone_else(self, sentence: Sentence) -> bool:
        """A sentence whose subject is another person: "Her training partner X won the 200 m"."""
        words = sentence.lower
        starts_with_other = bool(words) and words[0] in ("her", "his", "their", "the") and bool(
            set(words[1:4]) & self.words["other_subjects"])
        if "," in words[1:4] and sentence.is_title(sentence.span.start):  # "Jonas Reiter, Brandstätter's training
            comma = words.index(",", 1)  # partner, had shared the pacing": a named person described as hers
            owner = words[comma + 1:comma + 3]
            starts_with_other = starts_with_other or bool(owner) and (owner[0] in ("her", "his", "their") or (
                owner[0] in self.subject and owner[1:] in (["'s"], ["’s"]))) and bool(
                set(words[comma + 2:comma + 6]) & self.words["other_subjects"])
        mentions_subject = bool(set(words[4:]) & SUBJECT_WORDS - self.others_pronouns)  # "Her coach ... guided her
        # to a record" (not "Her elder brother ... is also a runner; he won the Xiamen Marathon")
        return starts_with_other and not mentions_subject

    @staticmethod
    def summary(sentence: Sentence) -> bool:
        """A sentence that sums up a career rather than telling a race: "is a ... medallist", "has
        represented", "has won individual races", "holds the record" (a present or perfect verb), or states personal
        bests."""
        words = sentence.lower
        copula = (("is", "a"), ("is", "an"), ("is", "the"), ("are", "the"))
        holds = not {"holds", "hold"}.isdisjoint(words) and "record" in words  # "She holds the American indoor
        # record for two miles and represented the United States at the Tokyo Olympics"
        copular = ("is" in words or "are" in words) and any(pair in copula for pair in zip(words, words[1:]))
        return copular or perfect(words) or best_stated(sentence) or holds

    def several_editions(self, sentence: Sentence) -> bool:
        """ "three times", "on four occasions", "between 2011 and 2016": results summed over editions."""
        words = sentence.lower
        if "twice" in words:
            return True
        if self.words["frequency_words"].isdisjoint(words) and "between" not in words and not paired_years(words):
            return False
        counted = any(word in self.words["frequency_words"] and index and (
            cardinal(words[index - 1]) or words[index - 1] in ("several", "many", "multiple", "numerous"))
            for index, word in enumerate(words))
        ranged = any(word == "between" and words[index + 1:index + 2] and YEAR.match(words[index + 1])
                     for index, word in enumerate(words))
        return counted or ranged or paired_years(words)

    def run_by_another(self, sentence: Sentence) -> bool:
        """Whether a sentence that never names her tells a race run by another person the bio names in full: "A
        month after the wedding Neil Strachan finished ninth in the marathon"."""
        if not (self.subject & SUBJECT_WORDS).isdisjoint(sentence.lower):
            return False
        for token in range(sentence.span.start + 1, sentence.span.end):
            if sentence.tokens.lower[token] in self.words["participation_words"]:
                name = token
                while name - 1 > sentence.span.start and sentence.is_title(name - 1):
                    name -= 1
                if name < token and self.another_named(sentence.words(name, token), sentence, name, token):
                    return True
        return False

    def participation(self, sentence: Sentence) -> bool:
        """Whether the sentence says she ran a race ("ran the Chicago Marathon"), not that she paced it."""
        words = sentence.lower
        called_off = not self.words["called_off_words"].isdisjoint(words)  # "the pandemic cancelled the X"
        took_part = any(word in self.words["participation_words"] and words[index + 2:index + 3] not in (
            ["season"], ["year"]) for index, word in enumerate(words))  # not "finished the season 14th overall"
        return not self.paced(sentence) and not called_off and took_part

    def paced(self, sentence: Sentence) -> bool:
        """Whether she was the pacemaker: "went to the Berlin Marathon as a pacemaker"."""
        words = sentence.lower
        return any(words[i:i + 2] in (["as", "a"], ["as", "the"]) and words[i + 2] in self.words["pacing_words"]
                   or words[i] in SUBJECT_WORDS and words[i + 1] == "paced" for i in range(len(words) - 2))

    @staticmethod
    def group(anchors: list[Anchor], sentence: Sentence) -> None:
        """Coordinated races ("in A, B and C") share a group number."""
        for index, anchor in enumerate(anchors):
            if index == 0:
                continue
            previous = anchors[index - 1]
            between = past_brackets(sentence.words(previous.span.end, anchor.span.start))
            if between[-1:] in (["in"], ["at"]) and len(between) > 1:  # the preposition said again: "in A, in B"
                between = between[:-1]
            same = previous.kind == anchor.kind and all(word in COORDINATORS for word in between)
            anchor.group = previous.group if same else previous.group + 1

    def assign(self, sentence: Sentence, anchors: list[Anchor]) -> None:
        """Give every non-anchor candidate to its nearest race, or to each race of a list it stands outside."""
        anchor_spans = {id(a.span) for a in anchors}
        times = [s for s in sentence.candidates if s.label == "TIME"]
        placings = [s for s in sentence.candidates if s.label == "PLACING"]
        for span in sentence.candidates:
            # the date of something else in her life dates the narrative, not a race: "announced his retirement
            # on 14 August 2023", "a calf tear in May"
            if id(span) in anchor_spans or span.label == "DATE" and not self.words["life_event_words"].isdisjoint(
                    sentence.words(span.start - 4, span.start)):
                continue
            target = mark_time(span, sentence, times)
            if span.label == "DISCIPLINE":  # "ninth in a 15 km classic": the discipline goes with its placing
                target = next((p for p in placings if 0 <= span.start - p.end <= 2), span)
            for anchor in (self.races_of(span, target, anchors, sentence) if len(anchors) > 1 else anchors):
                anchor.items[span.label].append((sentence.cost(target, anchor.span), span))
        # a place that gives no result ("In Toruń in March 2021 he ... took silver at the European Indoor
        # Championships") hands itself and its dates to the nearest race that does
        results = [a for a in anchors if any(a.items.get(label) for label in RESULT_LABELS)]
        for anchor in anchors:
            if anchor.kind == "place" and results and anchor not in results:
                nearest = min(results, key=lambda a: sentence.cost(anchor.span, a.span))
                if nearest.kind == "event" and not nearest.items.get("LOCATION"):
                    nearest.items["LOCATION"].append((sentence.cost(anchor.span, nearest.span), anchor.span))
                for _, span in anchor.items.pop("DATE", []):
                    nearest = min(results, key=lambda a: sentence.cost(span, a.span))
                    nearest.items["DATE"].append((sentence.cost(span, nearest.span), span))

    @staticmethod
    def races_of(span: Candidate, target: Candidate, anchors: list[Anchor], sentence: Sentence) -> list[Anchor]:
        """The races of several that a candidate goes to (read at ``target``, its time for a record mark or its
        placing for a discipline): the nearest, or each race of a list it stands outside."""
        # on a tie a placing goes to the race after it, the verb's object ("... and won the X"), and so does
        # a date ("at the 1987 World Championships and, the next September, 23rd at the Seoul Olympics")
        ahead = span.label in ("PLACING", "STATUS", "DATE")

        def behind(anchor: Anchor) -> bool:  # on a tie, a race before it loses (a date's: or in another clause)
            other_clause = span.label == "DATE" and sentence.clause(anchor.span) != sentence.clause(target)
            return ahead and (anchor.span.start < target.start or other_clause)

        owner = bracket_owner(target, anchors, sentence)  # "Castellón (32:05) and Laredo (31:02, a best)"
        own_clause = span.label in RESULT_LABELS and any(  # a result after the race its clause names stays with it
            a.kind == "event" and a.span.end <= target.start and sentence.clause(a.span) == sentence.clause(target)
            for a in anchors)  # ("At the X ... she won the 10,000 m in 31:40.22, and at the Y ... she was eighth")
        best = owner or min(anchors, key=lambda a: (
            own_clause and sentence.clause(a.span) != sentence.clause(target), sentence.cost(target, a.span),
            behind(a)))
        members = [best] if owner else [a for a in anchors if a.group == best.group]
        first, last = members[0].span.start, members[-1].span.end
        outside = target.end <= first or target.start >= last
        return members if outside and len(members) > 1 else [best]

    @staticmethod
    def respectively(sentence: Sentence, anchors: list[Anchor]) -> list[Anchor]:
        """Results listed in the order of the races or disciplines they go with: "at the FBK Games, the
        Golden Gala and the Herculis meeting, finishing first, fourth and third respectively", "fourth and
        sixth in the 5000 m and 10,000 m respectively, in 13:51.22 and 27:43.10". Anchors as they were when
        the counts do not match."""
        words = sentence.lower
        if "respectively" not in words:
            return anchors
        first = sentence.span.start
        clause = sentence.tokens.clause_of[first + words.index("respectively")]
        clause_of, end = sentence.tokens.clause_of, sentence.span.end  # clause numbers only grow: a clause
        in_clause = range(bisect.bisect_left(clause_of, clause, first, end),  # is a range of tokens
                          bisect.bisect_right(clause_of, clause, first, end))
        def in_list(i: int) -> bool:  # "first, fourth and third respectively"; not "her second season", "Gold Coast"
            word, following = words[i - first], words[i + 1 - first] if i + 1 < sentence.span.end else "."
            return (word in MEDALS or bool(ordinal(word))) and following in LIST_ENDS and (
                i == first or words[i - 1 - first] not in ("her", "his", "their", "its", "a", "an"))

        years = [s for s in sentence.candidates if s.label == "DATE" and s.start in in_clause and YEAR.match(s.text)
                 and sentence.words(s.start - 1, s.start) not in (["between"], ["from"], ["since"])
                 and sentence.words(s.end, s.end + 1) not in (["to"], ["until"], ["-"], ["–"])]  # not a range's ends
        listed = {"PLACING": [Candidate("PLACING", "placing.medal" if words[i - first] in MEDALS
                                        else "placing.ordinal.listed", i, i + 1, words[i - first])
                              for i in in_clause if in_list(i)],
                  "TIME": [s for s in sentence.candidates if s.label == "TIME" and s.start in in_clause],
                  "DATE": years if len(years) > 1 else []}  # "at the Osaka and Nagoya marathons in 2012 and 2013"
        # the races and disciplines of the clause that says "respectively", else of the sentence
        scoped = [a for a in anchors if a.span.start in in_clause] or anchors
        spans = [s for s in sentence.candidates if s.label == "DISCIPLINE"]
        disciplines: dict[str, list[Candidate]] = defaultdict(list)
        for span in [s for s in spans if s.start in in_clause] or spans:
            kind = normalise_discipline(span.text)
            if kind:
                disciplines[kind].append(span)
        parts = scoped
        # one race's editions, a part each: "second and fourth at the Boston Marathon in 2010 and 2011 respectively"
        if len(scoped) == 1 and len(disciplines) <= 1 and len(years) > 1:
            parts = [Anchor(scoped[0].span, scoped[0].kind, scoped[0].group) for _ in years]
            for part in parts:
                part.items = defaultdict(list, {label: list(items) for label, items in scoped[0].items.items()})
        elif len(scoped) == 1 and len(disciplines) > 1:  # one race, several disciplines: one part each
            parts = []
            for kind_spans in disciplines.values():
                part = Anchor(scoped[0].span, scoped[0].kind, scoped[0].group)
                part.items = defaultdict(list, {label: list(items) for label, items in scoped[0].items.items()})
                part.items["DISCIPLINE"] = [(0, span) for span in kind_spans]
                parts.append(part)
        counts = {label: len(items) for label, items in listed.items() if items}
        if len(parts) < 2 or not counts or any(count != len(parts) for count in counts.values()):
            return anchors
        for label in counts:
            for part, span in zip(parts, listed[label]):
                part.items[label] = [(0, span)]
        if "TIME" in counts:  # a mark goes with the time it follows: "in 8:29.90 (a personal best) and 8:31.25"
            marks = [s for s in sentence.candidates if s.label == "RECORD" and s.start in in_clause]
            for part in parts:
                part.items["RECORD"] = []
            for mark in marks:
                owner = min(parts, key=lambda part: sentence.cost(mark, part.items["TIME"][0][1]))
                owner.items["RECORD"].append((0, mark))
        heading = [item for part in parts for item in part.items.get("DATE", [])
                   if item[1].end <= min(p.span.start for p in parts)]  # "June: steeplechases at A and B, ..."
        for part in parts:
            part.items["DATE"] = part.items.get("DATE") or list(heading)
        if len(disciplines) == 1:  # "raced the 5000 m at A, B and C, ... respectively": at each of them
            for part in parts:
                part.items["DISCIPLINE"] = [(0, span) for span in next(iter(disciplines.values()))]
        replaced = {id(anchor) for anchor in scoped}
        index = next(i for i, anchor in enumerate(anchors) if id(anchor) in replaced)
        return [*anchors[:index], *parts, *(a for a in anchors[index:] if id(a) not in replaced)]

    # ----- records -----------------------------------------------------------------------------
    def assemble(self, doc: Doc, bio: Bio) -> list[Record]:
        names = re.findall(r"\w[\w'’-]*", bio.athlete)
        names += [part for name in names if "-" in name for part in name.split("-")]  # "Halvorsen-Lie": "Lie"
        self.subject = SUBJECT_WORDS | {word.lower() for word in names if len(word) > 2}  # less the pronouns that
        # stand for others, once :meth:`sentences` has counted them
        nationality = NATIONALITY.search(bio.clean[:600])
        self.demonym = nationality.group("demonym").lower() if nationality else None
        self.last_event, self.latest, self.named, self.by_first_word = None, {}, [], defaultdict(list)
        sentences = self.sentences(doc)
        lead = lead_sentence(sentences)
        profile = self.profile(sentences, lead)
        self.lead_start = lead.span.start if lead else -1
        narrative = Narrative()
        records: list[Record] = []
        self.records = records  # so far: what "two years after Copenhagen" counts from
        self.frame = None
        continued: Record | None = None  # the one competition the previous sentence gave results of
        bests = False  # in a section of personal bests
        for sentence in sentences:
            self.short_names(sentence)
            if is_heading(sentence):
                title = " ".join(word for word in sentence.lower if word.strip())
                bests = bool(BESTS_HEADING.match(title)) or bests and bool(BESTS_SUBHEADING.match(title))
            if bests and not self.prose(sentence):
                continue  # "400 metres – 50.88, Birmingham, 2022 (NR)": a best listed, no race told
            anchors = self.anchors(sentence)
            if anchors:
                self.assign(sentence, anchors)
                anchors = self.respectively(sentence, anchors)
            stated = (parse_date(s.rule, s.text) for s in sentence.candidates if s.label == "DATE")
            year = next((d.year for d in stated if isinstance(d, PartialDate) and d.year), narrative.year)
            events = self.events(anchors, year, sentence)
            before = narrative.copy()
            dates, states = self.timeline(sentence, anchors, events, narrative)
            parts = (team for a in anchors for part in self.split_by_discipline(a, sentence)
                     for clause in self.split_by_clause(part, sentence) for team in split_team(clause, sentence))
            told: dict[int, Record] = {}  # race -> its record from an earlier clause of this sentence
            made = 0
            for anchor in parts:
                earlier = [state for position, state in states if position < anchor.span.start]
                record = self.record(anchor, events.get(id(anchor.span)), sentence, dates,
                                     earlier[-1] if earlier else before, profile, bio)
                if record and self.frame is not None and anchor.kind == "bare" and record.event is None:
                    record = told_over_two(record, self.frame)
                elif record:
                    record = self.at_race_just_told(record, anchor, sentence, dates, continued)
                if record and anchor.clause is not None:
                    own_date = any(sentence.tokens.predicate_of[span.end - 1] == anchor.clause  # not a heading's
                                   for _, span in anchor.items.get("DATE", []))
                    record = carried_month(record, told.get(id(anchor.span)), own_date)
                    told[id(anchor.span)] = record
                if record:
                    made += 1
                    records.append(record)
                    if record.event:
                        self.remember(record)
            named = [a for a in anchors if a.kind == "event"]
            told_here = {(r.event, r.year) for r in records[len(records) - made:]} if made else set()
            continued = records[-1] if len(named) == 1 and len(told_here) == 1 and records[-1].event else None
            self.frame = self.record(named[-1], events.get(id(named[-1].span)), sentence, dates, narrative, profile,
                                     bio, frame=True) if named and not made else None
        return told_again(records, bio.clean.find("\n\n", lead.span.start_char) if lead else -1)

    def prose(self, sentence: Sentence) -> bool:
        """Whether a line of a bests or records section tells a race, as a sentence: "In 2023 she won the Oslo
        Marathon in 2:30:00.", "She set a course record at the 2022 Amsterdam Marathon: 2:17:41." (not a listed
        mark: "Amsterdam Marathon: 2:17:41, Genet Wolde Roba (Ethiopia), 2022.")."""
        return [w for w in sentence.lower if w.strip()][-1:] == ["."] and not bests_listed(sentence) and not (
            marks_listed(sentence) and self.subject.isdisjoint(sentence.lower))

    def events(self, anchors: list[Anchor], year: int | None, sentence: Sentence) -> dict[int, EventName]:
        """The competition of each race, in text order; "the next edition" is the one named last
        (without its host, where a championship moves between hosts); Olympic Games named by their host
        ("the Rio Olympics", "his Olympic marathon, in Seoul") dated by the edition nearest ``year``; an
        edition "postponed by a year" dated a year on."""
        events = {}
        for anchor in (a for a in anchors if a.kind == "event"):
            if anchor.span.rule == SHORT_NAME:  # "at Comrades", "the Osaka race": the race the bio named in full
                self.last_event = events[id(anchor.span)] = normalise_event(
                    self.short_names_known()[anchor.span.text], self.gazetteer)
            elif anchor.span.rule == SAME_EDITION:
                earlier = self.same_named(anchor, sentence)
                if earlier is not None:
                    events[id(anchor.span)] = earlier[0]
            elif anchor.span.rule != NEXT_EDITION:
                event = normalise_event(anchor.span.text, self.gazetteer)
                event = replace(event, name=self.in_full(event.name))
                after = " ".join(sentence.words(anchor.span.end, anchor.span.end + 6))
                if event.edition_year and POSTPONED.match(after):  # "The 2021 Islamic Solidarity Games, postponed
                    event = replace(event, edition_year=event.edition_year + 1)  # by a year"
                event = olympic_by_host(event, event.edition_year or year)
                held = OLYMPIC_HOSTS.get(event.name, {}).get(event.host or "", [])
                if event.edition_year and event.edition_year not in held and event.edition_year + 1 in held:
                    event = replace(event, edition_year=event.edition_year + 1)  # "Tokyo 2020", held in 2021
                if event.edition_year is None and event.name in OLYMPIC_HOSTS:
                    places = [anchor.span.text, *(p.text for _, p in anchor.items.get("LOCATION", []))]
                    event = replace(event, edition_year=olympic_edition(event.name, places, year))
                self.last_event = events[id(anchor.span)] = event
                self.named.append((anchor.span.start, event, self.location(anchor, event, sentence)))
            elif self.last_event is not None:
                moves = travelling(self.last_event.name)
                events[id(anchor.span)] = replace(self.last_event, edition_year=None,
                                                  host=None if moves else self.last_event.host)
        for anchor in (a for a in anchors if a.kind == "place"):
            race = self.city_race(anchor)
            if race is not None:
                events[id(anchor.span)] = race
        return events

    def city_race(self, anchor: Anchor) -> EventName | None:
        """The bio's own race of a city named alone ("Back in Fukuoka that December he ran 2:10:48", after
        the Fukuoka Marathon): a city's race the bio placed there, whose discipline the sentence does not
        contradict."""
        disciplines = {normalise_discipline(s.text) for s in anchor.all("DISCIPLINE")} - {None}
        for record in reversed(list(self.latest.values())):
            if record.location == anchor.span.text and record.event and not travelling(record.event) and (
                    not disciplines or disciplines == {record.discipline}):
                return normalise_event(record.event, self.gazetteer)
        return None

    def counted_from_race(self, span: Candidate, sentence: Sentence) -> PartialDate | None:
        """ "Two years after Copenhagen", "the summer after Fukuoka", "the February after Kingston", "six weeks
        before Dublin": counted from the race the bio named so (:meth:`race_date`), not from the narrative's date. A
        season is counted only from a race whose month the bio gave; seasons and weeks give the year alone, a month
        named keeps its month ("the February after"). None where the race is not found."""
        if span.text.split()[-1].lower() not in ("after", "before"):
            return None
        end = span.end
        while sentence.is_title(end):
            end += 1
        race = self.race_date(sentence.span.doc[span.end:end].text) if end > span.end else None
        offset = parse_date(span.rule, span.text)
        unknown_month = span.rule == "date.season_from_race" and race is not None and race.month is None
        if race is None or not isinstance(offset, RelativeDate) or unknown_month:
            return None  # "the summer after Belfast", a race of some month of 1999: 1999 or 2000
        date = Narrative(race.year, race.month, day=race.day).resolve(offset)  # "six weeks before Dublin": 42 days
        # before its day, else its year
        return PartialDate(date.year) if date is not None and span.rule in YEAR_ONLY else date

    def race_date(self, name: str) -> PartialDate | None:
        """The date of the race the bio has called ``name``: the latest record held there or so named, else a
        competition so named, or held there as an Olympic Games, with its edition's year ("two years before Rome"
        after "the 1960 Summer Olympics")."""
        record = next((r for r in reversed(self.records) if r.year and name in (r.location, r.event)), None)
        if record is not None:
            year, month, day = [*map(int, (record.date or str(record.year)).split("-")), None, None][:3]
            return PartialDate(year, month, day)
        return next((PartialDate(year=event.edition_year) for _, event, location in reversed(self.named)
                     if event.edition_year and (name in (location, event.name) or event.edition_year in OLYMPIC_HOSTS.get(
                         event.name, {}).get(name, []))), None)

    @staticmethod
    def split_by_clause(anchor: Anchor, sentence: Sentence) -> list[Anchor]:
        """One race per clause where a sentence gives a competition's results in several clauses, each
        with its own placing or status ("fourth at the 2016 NCAA Championships (9:49.07), then the title
        there a year later, in 9:38.12"): each clause's results, dates and disciplines go to its own record;
        the place, a date stated before every result, and a discipline named outside them are shared."""
        def clause(span: Candidate) -> int:  # where a span ends: "was then third" is one result
            return sentence.tokens.predicate_of[span.end - 1]

        results = [span for label in ("PLACING", "STATUS") for _, span in anchor.items.get(label, [])]
        ruled = {clause(span) for span in results}
        dated = {clause(span) for _, span in anchor.items.get("DATE", [])}
        voided = any(span.rule == "status.dq" and clause(span) not in dated
                     for _, span in anchor.items.get("STATUS", []))
        if anchor.kind != "event" or len(ruled) < 2 or voided:  # "crossed the line second but was disqualified"
            return [anchor]
        first_result = min(span.start for span in results)
        parts = {number: Anchor(anchor.span, anchor.kind, anchor.group, number) for number in sorted(ruled)}
        headings = []  # dates before every result: "African Games, Rabat, August: ..."
        for label, items in anchor.items.items():
            for cost, span in items:
                if label == "DATE" and span.end <= first_result:
                    headings.append((cost, span))
                elif label in ("PLACING", "STATUS", "TIME", "RECORD", "DATE") or (
                        label == "DISCIPLINE" and clause(span) in parts):
                    number = min(parts, key=lambda c: (abs(c - clause(span)), c))
                    parts[number].items[label].append((cost, span))
                else:
                    for part in parts.values():
                        part.items[label].append((cost, span))
        for part in parts.values():  # a clause with a date of its own keeps it ("... then the title a year later")
            part.items["DATE"] = part.items.get("DATE") or list(headings)
        return list(parts.values())

    @staticmethod
    def split_by_discipline(anchor: Anchor, sentence: Sentence) -> list[Anchor]:
        """One race per discipline where a sentence gives results in several at one competition ("17th in
        the 10 km freestyle and third in the relay"): each result goes to its nearest discipline, and
        dates and place are shared (a date costs its distance from the part's discipline). Disciplines without
        a result of their own are dropped."""
        kinds: dict[str, list[Candidate]] = defaultdict(list)
        own = [(0, anchor.span)] if anchor.kind == "bare" and anchor.span.label == "DISCIPLINE" else []
        for _, span in sorted([*own, *anchor.items.get("DISCIPLINE", [])], key=lambda pair: pair[1].start):
            kind = normalise_discipline(span.text)
            if kind:
                kinds[kind].append(span)
        if anchor.kind not in ("event", "bare") or len(kinds) < 2 or own and not MULTI_EVENTS.isdisjoint(kinds):
            return [anchor]  # (a heptathlon's 800 m, a triathlon's swim, told without its competition: parts of it)
        parts = {kind: Anchor(kinds[kind][0] if own else anchor.span, anchor.kind, anchor.group) for kind in kinds}
        in_order = sorted(kinds, key=lambda k: kinds[k][0].start)
        times = [span for _, span in anchor.items.get("TIME", [])]
        for label, items in anchor.items.items():
            for cost, item in items:
                span = mark_time(item, sentence, times)  # a mark goes where its time goes
                if label in ("PLACING", "STATUS", "TIME", "RECORD"):
                    referred = sentence.words(span.end, span.end + 3)  # "running 13:44.10 in the former"
                    which = {"former": 0, "latter": -1}.get(referred[-1]) if referred[:2] in (
                        ["in", "the"], ["for", "the"], ["over", "the"]) and len(referred) == 3 else None
                    ahead = label in ("PLACING", "STATUS")  # on a tie a placing takes the discipline after it, a
                    # time or mark the one before: "seventh in the 5000 m and fourth in the 10,000 m in 27:58"
                    kind = in_order[which] if which is not None else min(kinds, key=lambda k: min(
                        (sentence.cost(span, d), (d.start < span.start) == ahead) for d in kinds[k]))
                    parts[kind].items[label].append((cost, item))
                elif label == "DATE":  # shared, nearest to its own discipline first: "On 23 June he won the 800 m
                    for kind, part in parts.items():  # ..., and two days later he ran the relay"
                        part.items[label].append((min(sentence.cost(item, d) for d in kinds[kind]), item))
                elif label != "DISCIPLINE":
                    for part in parts.values():
                        part.items[label].append((cost, item))
        for kind, part in parts.items():
            part.items["DISCIPLINE"] = [(0, span) for span in kinds[kind]]
        results = [part for part in parts.values()
                   if any(part.items.get(label) for label in ("PLACING", "STATUS", "TIME", "RECORD"))]
        return sorted(results, key=lambda part: part.items["DISCIPLINE"][0][1].start) if len(results) > 1 else [anchor]

    def timeline(self, sentence: Sentence, anchors: list[Anchor], events: dict[int, EventName],
                 narrative: Narrative) -> tuple[dict[int, PartialDate | None], list[tuple[int, Narrative]]]:
        """Resolve the sentence's dates in text order, each against the narrative so far, and move it on.

        Edition years of the races named ("At the 2013 World Cross Country Championships ... two years
        later") count as dates of the narrative too. Returns span id -> resolved date (None: a season),
        and the narrative as it stands after each of them (token position, state).
        """
        points: list[tuple[int, Candidate, PartialDate | RelativeDate | None]] = [
            (s.start, s, self.counted_from_race(s, sentence) or (
                RelativeDate(0, 0) if s.rule in FROM_RACE else parse_date(s.rule, s.text)))
            for s in sentence.candidates if s.label == "DATE"]
        points = [(start, span, RelativeDate(0, 0) if roughly(span, parsed, sentence)
                   else self.month_of_year_after(span, parsed, points, sentence)) for start, span, parsed in points]
        points += [(a.span.start, a.span, PartialDate(year=events[id(a.span)].edition_year))
                   for a in anchors if id(a.span) in events and events[id(a.span)].edition_year]
        years = [span for _, span, parsed in points if isinstance(parsed, PartialDate) and parsed.year]

        def dated(anchor: Anchor) -> bool:  # "In 2012 she was second at the next edition": its own year
            return any(sentence.clause(span) == sentence.clause(anchor.span) or span.start > anchor.span.start
                       for span in years)

        points += [(a.span.start, a.span, RelativeDate(1, None)) for a in anchors  # a city's race: every year
                   if a.span.rule == NEXT_EDITION and id(a.span) in events and not dated(a)
                   and not travelling(events[id(a.span)].name)]
        resolved: dict[int, PartialDate | None] = {}
        states: list[tuple[int, Narrative]] = []
        several = sum(span.label == "DATE" for _, span, _ in points) > 1
        flashback: Narrative | None = None  # the narrative before a look back ("the previous month ..."),
        # to return to after the sentence unless the text names a year after it
        for position, span, parsed in sorted(points, key=lambda point: point[0]):
            if isinstance(parsed, PartialDate) and parsed.season_end:
                resolved[id(span)] = None
                narrative.open_season(parsed.year, parsed.season_end, parsed.season_turn)
            else:
                that_month = span.rule == "date.that_month"
                back = that_month and (pluperfect(sentence.clause_so_far(span.start)) or "had" in sentence.words(
                    span.end, span.end + 3) or "that year" in " ".join(sentence.lower) or sentence.words(
                    span.start - 1, span.start) == ["earlier"])  # told looking back: "Earlier that January she had
                # won", "That March she had been second", "She had begun that year ..., and that February"
                date = narrative.resolve(parsed, this_year=back, nearest=that_month and not back) \
                    if parsed is not None else None
                if date is not None and date.season_end:  # "the following season" within seasons
                    narrative.open_season(date.year, date.season_end, date.season_turn)
                    date = None
                resolved[id(span)] = date
                # a look back, after which the narrative returns ("the mark Molly Huddle had set on the same course in
                # 2018"), and where the sentence dates its race otherwise an aside that dates nothing ("won ...,
                # defending the title she had won in 2018, and that October ...")
                looks_back = pluperfect(sentence.words(span.start - 8, span.start))
                if looks_back and span.label == "DATE" and several:
                    resolved[id(span)] = None
                    states.append((position, narrative.copy()))
                    continue
                if isinstance(parsed, RelativeDate) and ((parsed.years or 0) < 0 or (parsed.months or 0) < 0
                                                         or parsed.earlier) or looks_back:
                    flashback = flashback or narrative.copy()
                elif isinstance(parsed, PartialDate) and parsed.year:
                    flashback = None
                same_year = span.label == "EVENT" and date is not None and date.year == narrative.year
                if not same_year:  # a race's edition year the narrative is in keeps its month: "in July 1920
                    # ... At the Olympic Games in Antwerp a month later"
                    narrative.update(date, stated=not isinstance(parsed, PartialDate) or parsed.year is not None)
                if isinstance(parsed, RelativeDate) and parsed.winter:
                    narrative.open_winter()
                hint = next((SEASON_MONTHS[word] for word in sentence.words(span.start - 2, span.end)
                             if word in SEASON_MONTHS), None)  # "the autumn of 2017", "that summer"
                if hint and narrative.month is None and not narrative.season and span.label == "DATE":
                    narrative.hint = hint  # a month to order the next months by, not one the date states
            states.append((position, narrative.copy()))
        if flashback is not None:
            narrative.year, narrative.month, narrative.season = flashback.year, flashback.month, flashback.season
            narrative.day = flashback.day
        return resolved, states

    @staticmethod
    def month_of_year_after(span: Candidate, parsed: PartialDate | RelativeDate | None,
                            points: list[tuple[int, Candidate, PartialDate | RelativeDate | None]],
                            sentence: Sentence) -> PartialDate | RelativeDate | None:
        """A month without a year takes the year that follows it within two words ("on a raw January
        afternoon in 1972" -> 1972-01), not the narrative's."""
        if not (isinstance(parsed, PartialDate) and parsed.month and parsed.year is None):
            return parsed
        for _, other, year in points:
            gap = sentence.words(span.end, other.start)
            if isinstance(year, PartialDate) and year.year and year.month is None and not year.season_end \
                    and 0 < other.start - span.end <= 2 and all(word.isalpha() for word in gap):
                return PartialDate(year.year, parsed.month, parsed.day)
        return parsed

    def record(self, anchor: Anchor, event: EventName | None, sentence: Sentence,
               dates: dict[int, PartialDate | None], narrative: Narrative, profile: Profile, bio: Bio,
               frame: bool = False) -> Record | None:
        """The race's record; with ``frame``, its competition, date and place even without a result (a
        race named in one sentence whose result the next one gives)."""
        place = place_max = status = None
        placings = [(span, parse_placing(span.rule, span.text)) for span in anchor.all("PLACING")]
        placings = [(span, parsed) for span, parsed in placings if parsed and (parsed.place or parsed.place_max)]
        placings.sort(key=lambda pair: (not self.upgraded(pair[0], sentence), self.round_of(pair[0], sentence),
                                        pair[0].rule != "placing.medal", pair[1].place is None))  # "later upgraded to
        # silver": the official place; "came through his semi-final in second place ... finished ninth": the final's
        if placings:
            place, place_max = placings[0][1].place, placings[0][1].place_max
        status_span = anchor.nearest("STATUS")
        if status_span is not None:
            status, place, place_max = parse_status(status_span.rule), None, None
        time = time_s = None
        times = anchor.all("TIME")
        if placings and len(times) > 1:  # the time told with her placing: "took seventh in 2:07:54"
            times.sort(key=lambda span: sentence.cost(span, placings[0][0]))
        parsed_times = [parsed for parsed in map(parse_time, (span.text for span in times)) if parsed]
        race = (implied_discipline(event) if event else None) or next(
            iter(self.named_disciplines(anchor, profile)), None)
        wheeled = "wheelchair" in profile.cued
        fitting = [(text, seconds) for text, seconds in parsed_times
                   if race is None or wheeled or plausible(race, seconds)]
        # A race not finished, not started or annulled has no time and no mark: "drops out ... as Kiprotich takes
        # the gold in 2:08:01", "crossed the line first in 11.02, which would have been a personal best, but the
        # result was annulled". Else the nearest time its race can take: "won the 800 m freestyle in 8:22.40 and
        # was runner-up over 1500 m (15:59.87)".
        unfinished = status is not None
        if parsed_times and not unfinished:
            time, time_s = (fitting or parsed_times)[0]
        marks = set() if unfinished else {
            mark for span in anchor.all("RECORD") for mark in parse_marks(span.rule, span.text)}
        has_result = any(v is not None for v in (place, place_max, status, time)) or bool(marks)
        heading = is_heading(sentence)
        if not has_result and not frame and not (
                anchor.kind == "event" and self.participation(sentence) and sentence.span.start != self.lead_start
                and not heading and not perfect(sentence.clause_so_far(anchor.span.start))
                and not self.other_subject(anchor.span, sentence) and not self.who_clause(anchor.span, sentence)
                and not not_run(anchor.span, sentence, self.words["plan_verbs"]) and not self.run_by_another(sentence)):
            return None  # taking part, but not in a heading ("World Cup debut"), a summary of a career ("represented
            # England at ...", "has represented Switzerland at the Olympic Games") nor someone else's ("; her elder
            # sister Tina swam ...", "joined by Masese, who had won the Kisii Half Marathon") nor one she did not run
            # ("a torn hamstring ruled him out of the Paris Olympics", "hopes to race the 2026 Winter Olympics"), nor
            # one run by another ("A month after the wedding Neil Strachan finished ninth in the marathon")
        if event and anchor.clause is not None and anchor.clause != sentence.tokens.predicate_of[anchor.span.start] \
                and anchor.items.get("DATE"):
            event = replace(event, edition_year=None)  # "... then the title there a year later": another edition
        # Of several dates, the one nearest the result the record keeps comes first: "won her heat on 31 August
        # ... and took silver in the final two days later".
        result = status_span or (placings[0][0] if placings else None)
        if result is not None and len(anchor.items.get("DATE", [])) > 1:
            anchor = replace(anchor, items=defaultdict(list, anchor.items))
            anchor.items["DATE"] = [(sentence.cost(span, result), span) for _, span in anchor.items["DATE"]]
        own = self.own_date(anchor, dates)
        dated = own is not None and dates[id(own)] is not None and dates[id(own)].month is not None
        respective = "respectively" in sentence.lower and [YEAR.match(span.text) is not None for _, span in
                                                           anchor.items.get("DATE", [])] == [True]
        if not dated and not respective and self.several_editions(sentence) and (  # (each edition given its year
                paired_years(sentence.lower) or not (event and event.edition_year)):  # "respectively" is one)
            return None  # "won it three times between 2011 and 2016": no single edition
        date = self.date(anchor, event, sentence, dates, narrative)
        same = self.same_named(anchor, sentence) if event else None  # "Earlier in the same World Championships"
        if same is not None and own is None:  # the edition the narrative is at: its year and month
            date = narrative.resolve(RelativeDate(same_month=True)) or date
        if date is not None and not (FIRST_YEAR <= (date.year or 0) <= LAST_YEAR):
            date = None  # before the modern Games, or in the future: not a result's date
        undated = own is None and not (event and event.edition_year)  # a year only from the narrative
        if bests_listed(sentence) or place is None and status is None and best_stated(sentence, self.subject) or (
                undated and time is None and self.summary(sentence)):
            return None  # "She is a Commonwealth Games silver medallist", "He has represented Eritrea at ...",
            # "Her personal bests are 7.83 for the 60 m hurdles and 12.76 ..."
        discipline = self.discipline(anchor, event, profile, None if wheeled else time_s, sentence)
        part = any((sentence.words(d.start - 1, d.start) in (["her"], ["his"]) or sentence.words(d.end, d.end + 1) == [
            "section"]) and normalise_discipline(d.text) not in COMBINED_EVENTS
            for d in anchor.all("DISCIPLINE"))  # "her 800 m", "her 800 m section"
        if part and discipline not in (*COMBINED_EVENTS, None) and not COMBINED_EVENTS.isdisjoint(sentence.lower):
            return None  # "14th in the heptathlon; her 800 m, run in 2:10.45, was the fastest of her heat": a part
            # of the combined event, no race of its own
        start, end = trimmed(bio.clean, sentence.span.start_char, sentence.span.end_char)
        held = self.location(anchor, event, sentence) or (same[1] if same else None) or (
            self.home(event.name) if event else None)
        return Record(
            doc_id=bio.doc_id, athlete=bio.athlete, event=event.name if event else None,
            year=date.year if date else None, date=date.iso() if date else None,
            location=held,
            discipline=discipline,
            time=time, time_s=time_s, place=place, place_max=place_max, status=status,
            records=ordered(marks), char_start=start, char_end=end, evidence=bio.text[start:end])

    def home(self, name: str) -> str | None:
        """Where a race that stays in one place was held the last time the bio gave its place: "the Zatopek 10,
        ... at Lakeside Stadium in Melbourne" (not a championship, a tour or a series, which move: "World Cross
        Country Championships", "Tour de Ski", "Diamond League")."""
        if TRAVELLING_HEAD.search(name) or TOUR.search(name) or SERIES.search(name):
            return None
        return self.earlier(name, "location")

    def at_race_just_told(self, record: Record, anchor: Anchor, sentence: Sentence,
                          dates: dict[int, PartialDate | None], continued: Record | None) -> Record:
        """A result that names no race, at the race told just before: "Two days later he ran the third leg for
        the relay" (the championships of the record before), or, after a sentence about one competition, one
        whose race it calls "the relay" ("He was more successful in the relay"; not "At the Games themselves
        ... in the 10 km", where a competition is named the rules do not know)."""
        if record.event is not None or anchor.kind != "bare":
            return record
        dated = anchor.items.get("DATE")
        own = self.own_date(anchor, dates)
        if own is not None and own.rule.startswith("date.days_later"):
            before = self.records[-1] if self.records and self.records[-1].event else None
        else:
            before = continued if not dated and record.location is None and sentence.words(
                anchor.span.start - 1, anchor.span.start) == ["the"] and not self.heads_named(sentence) else None
        if before is None:
            return record
        year, date = (record.year, record.date) if dated else (before.year, before.date)
        return replace(record, event=before.event, location=record.location or before.location, year=year, date=date)

    def same_named(self, anchor: Anchor, sentence: Sentence) -> tuple[EventName, str | None] | None:
        """The competition and place of the edition named before that "the same Games", "the same
        championships in London" or "the same World Championships" refers to: the latest of its kind, the
        one held where the sentence says if there is one."""
        if anchor.kind != "event":
            return None
        if anchor.span.rule == SAME_EDITION:
            head = anchor.span.text.split()[-1].lower()
            kind = {"games": ("Games", "Olympics"), "olympics": ("Games", "Olympics"),
                    "championships": ("Championships",), "championship": ("Championships",)}.get(head, ("",))
            options = [(event, place) for start, event, place in self.named
                       if start < sentence.span.start and any(word in event.name for word in kind)]
        elif sentence.words(anchor.span.start - 1, anchor.span.start) == ["same"]:
            name = normalise_event(anchor.span.text, self.gazetteer).name
            options = [(event, place) for start, event, place in self.named
                       if start < sentence.span.start and event.name == name]
        else:
            return None
        places = {p.text for _, p in anchor.items.get("LOCATION", [])}
        return next((pair for pair in reversed(options) if pair[1] in places), options[-1] if options else None)

    @staticmethod
    def own_date(anchor: Anchor, dates: dict[int, PartialDate | None]) -> Candidate | None:
        """The race's own date phrase: of those assigned to it, the most precise once resolved
        ("opened 2012 at the Cup in Saransk in May" -> May 2012), nearest first on ties."""
        own = [(cost, span) for cost, span in anchor.items.get("DATE", []) if id(span) in dates]
        if not own:
            return None

        def precision(pair: tuple[int, Candidate]) -> tuple[int, bool, int]:
            date = dates[id(pair[1])]
            parts = 0 if date is None else (date.year is not None) + (date.month is not None) + (date.day is not None)
            parsed = parse_date(pair[1].rule, pair[1].text)
            relative = isinstance(parsed, RelativeDate) and parsed.days is None  # "two days later" is as sure as
            return -parts, relative, pair[0]  # a day; most precise; the text's own year before a relative phrase

        return min(own, key=precision)[1]

    @staticmethod
    def date(anchor: Anchor, event: EventName | None, sentence: Sentence, dates: dict[int, PartialDate | None],
             narrative: Narrative) -> PartialDate | None:
        """The race's own date phrase; else its edition year; else the narrative's year where the race is
        named (``narrative``: as it stands at the race, after the sentence's earlier dates)."""
        own = Assembler.own_date(anchor, dates)
        if own is not None:
            resolved = dates[id(own)]
            explicit = parse_date(own.rule, own.text)
            # The text's own year beats the edition's ("Tokyo 2020 ... in August 2021"), unless it is
            # another clause's ("broke his wrist in October 2017 but was fit for the 2018 Olympics").
            far = resolved is not None and resolved.year is not None and event is not None and event.edition_year \
                and abs(resolved.year - event.edition_year) > 1 and not (  # "was the 2018 NCAA champion and
                isinstance(explicit, PartialDate) and explicit.year is None)  # represented the
            # United States at the 2024 Summer Olympics": a year that far off dates something else
            elsewhere = far or sentence.clause(own) != sentence.clause(anchor.span)
            agrees = resolved is not None and event is not None and resolved.year == event.edition_year
            if agrees or resolved is None or not (event and event.edition_year) or (
                    isinstance(explicit, PartialDate) and explicit.year and not elsewhere):
                return resolved
            if elsewhere:
                return PartialDate(year=event.edition_year)
            # the month the text names stays: "the 2016 Olympics the following August" -> 2016-08
            month = resolved.month if isinstance(explicit, PartialDate) or (
                isinstance(explicit, RelativeDate) and explicit.month) else None
            return PartialDate(year=event.edition_year, month=month, day=resolved.day if month else None)
        if event and event.edition_year:
            return PartialDate(year=event.edition_year)
        if anchor.span.rule == NEXT_EDITION:  # a city's race a year on; a championship: not said when
            return dates.get(id(anchor.span))
        resolved = narrative.resolve(None)
        return PartialDate(year=resolved.year) if resolved else None

    def location(self, anchor: Anchor, event: EventName | None, sentence: Sentence) -> str | None:
        """Where the text says it was held ("whose walks were staged in Sapporo"); a place named right by
        the race; else the host or name city; else any city, then country."""
        def name(place: Candidate) -> str:  # a dateline's capitals in ordinary case (not "USA")
            dateline = place.rule == "location.dateline" and not self.gazetteer.kind(place.text)
            return spelled(place.text) if dateline else place.text

        if anchor.kind == "place":
            return name(anchor.span)
        if anchor.span.rule == POINT_TO_POINT_RULE:
            return None  # "Sierre-Zinal", "Marseille-Cassis": held from one town to another, at neither
        places = sorted(anchor.items.get("LOCATION", []), key=lambda pair: pair[0])
        held = [name(p) for _, p in places
                if not self.words["held_words"].isdisjoint(sentence.words(p.start - 2, p.start))]
        if held:
            return held[0]
        cities = [(cost, name(p)) for cost, p in places if p.rule != "country"]
        if cities and cities[0][0] <= NEAR:
            return cities[0][1]
        if event and (event.host or event.named_city):
            return event.host or event.named_city
        if cities:
            return cities[0][1]
        countries = [p.text for _, p in places if p.rule == "country"]
        if countries:
            return countries[0]
        return None

    def discipline(self, anchor: Anchor, event: EventName | None, profile: Profile,
                   seconds: float | None = None, sentence: Sentence | None = None) -> str | None:
        """Course-type events first (cross country, relays); then the race's own words; the event's name;
        the one discipline its sentence names; the bio. A discipline the result's time (``seconds``)
        cannot be is passed over."""
        implied = implied_discipline(event) if event else None
        if implied == "marathon" and "open water" in profile.cued:
            implied = None  # "the Olympic marathon swim": the swimmer's distance says which
        if implied in ("cross country", "road relay"):
            return implied
        remembered = profile.memory.get(event.name) if event else None
        if implied == "marathon" and (seconds and seconds > ULTRA_FROM or remembered and (
                remembered == "ultramarathon" or beyond_marathon(remembered))):
            implied = "ultramarathon"  # "the Comrades Marathon ... in 7:08:14": longer than any marathon run;
            # "the Comrades Marathon, an ultramarathon of ...", "the 56-kilometre Two Oceans Marathon" elsewhere
        indoor = bool(event and "Indoor" in event.name) or bool(sentence and "indoors" in sentence.lower)
        own = [d for d in self.named_disciplines(anchor, profile, seconds, indoor) if plausible(d, seconds)]
        if anchor.kind == "bare":
            bare = normalise_discipline(anchor.span.text)
            own.insert(0, profile.refine(bare) if bare else None)
        if own and own[0] and not (implied in ROAD_LENGTHS and within(own[0], implied)):
            found = own[0]  # "the 56-kilometre Two Oceans Marathon", "an 85-kilometre ultramarathon" are ultramarathons
            ultra = implied in ("marathon", "ultramarathon") or "ultramarathon" in own
            return "ultramarathon" if ultra and beyond_marathon(found) else found
        if implied:
            return profile.refine(implied)  # "the Olympic 20 km" in a race walker's bio
        if event is None:
            return None
        if anchor.span.rule == NEXT_EDITION:
            return self.earlier(event.name, "discipline")
        named_here = {normalise_discipline(s.text) for s in sentence.candidates if s.label == "DISCIPLINE"} \
            if sentence and travelling(event.name) else set()  # "won the 1500 at Athletissima ..., but at the
        # World Championships in Doha that autumn she ...": a championship's race is the one its sentence names
        named_here.discard(None)
        here = named_here.pop() if len(named_here) == 1 else None
        here = None if here and "relay" in here else here  # a team-mate's race, not hers
        specialty = profile.specialty if self.holds_specialty(event, profile.specialty) else None
        if specialty is None and (seconds or indoor):  # "races the 60 m hurdles indoors and the 100 m hurdles
            # outdoors": the one of them the time or the season allows
            specialty = profile.one_of([d for d in profile.declared if self.holds_specialty(event, d)], seconds, indoor)
        fallbacks = (profile.refine(d) for d in (here, profile.memory.get(event.name), specialty) if d)
        return next((d for d in fallbacks if plausible(d, seconds)), None)

    @staticmethod
    def named_disciplines(anchor: Anchor, profile: Profile, seconds: float | None = None,
                          indoor: bool = False) -> list[str]:
        """The disciplines assigned to a race, nearest first, in the bio's terms: "the same distance" is the
        one named last before it, "the hurdles" the bio's hurdles race its time and season allow."""
        named = [profile.mentioned_before(s.start) if s.rule == "discipline.same" else
                 profile.of_kind(KIND_RULES[s.rule], seconds, indoor) if s.rule in KIND_RULES else
                 normalise_discipline(s.text) for s in anchor.all("DISCIPLINE")]
        return [profile.refine(d) for d in named if d]

    @staticmethod
    def holds_specialty(event: EventName, specialty: str | None) -> bool:
        """Whether the bio's specialty is a fair default for a competition: not where its name states a
        distance ("100 km World Championships"); a road or cross country specialty only at a senior
        championship that moves between hosts (a marathoner's World Junior Championships, Diamond League
        meeting or Great North Run are not marathons)."""
        if specialty is None or DISTANCE.search(event.name):  # "IAU 100 km World Championships"
            return False
        road = specialty in ROAD_DISCIPLINES or specialty.endswith("K")
        return not road or travelling(event.name) and not SPECIAL_EDITION.search(event.name)

    def earlier(self, event: str, field: str) -> str | None:
        """The field as the bio's latest record of this competition that gives it has it: what "the next
        edition" carries."""
        return next((getattr(r, field) for r in reversed(self.records) if r.event == event and getattr(r, field)),
                    None)


    def profile(self, sentences: list[Sentence], lead: Sentence | None) -> Profile:
        """What the bio says of disciplines overall: event -> discipline pairs, the disciplines named, and
        the specialty the defining ``lead`` sentence declares."""
        seen: dict[str, set[str]] = defaultdict(set)
        mentions: list[tuple[int, str]] = []
        for sentence in sentences:
            disciplines = [s for s in sentence.candidates if s.label == "DISCIPLINE"]
            mentions += [(s.start, d) for s, d in ((s, normalise_discipline(s.text)) for s in disciplines) if d]
            for event in (s for s in sentence.candidates if s.label == "EVENT" and s.rule != NEXT_EDITION):
                near = [d for d in disciplines if sentence.cost(d, event) <= 10]
                for span in near[:1]:
                    normalised = normalise_discipline(span.text)
                    if normalised:
                        seen[normalise_event(event.text, self.gazetteer).name].add(normalised)
        memory = {name: next(iter(values)) for name, values in seen.items() if len(values) == 1}
        spans = [s for s in lead.candidates if s.label == "DISCIPLINE"] if lead else []
        declared_as = [s for s in spans if lead.words(s.end, s.end + 1) == ["specialist"]
                       or set(lead.words(s.start - 3, s.start)) & {"specialises", "specializes", "specialising"}]
        if len(declared_as) == 1:  # "a 400 metres specialist who also races the 200 m"
            spans = declared_as
        elif any(lead.words(s.start - 2, s.start)[-1:] in (["and"], ["or"], [","]) for s in spans):
            spans = []  # "competes over 20 and 50 kilometres": more than one
        declared = {normalise_discipline(s.text) for s in spans}
        declared.discard(None)
        specialty = next(iter(declared)) if len(declared) == 1 else None
        texts = [s.text for sentence in sentences for s in sentence.candidates if s.label == "EVENT"]
        texts += [doc_text(lead.span.doc)[lead.span.start_char:lead.span.end_char]] if lead else []
        whole = doc_text(sentences[0].span.doc) if sentences else ""
        cued = frozenset(kind for kind, cue in KIND_CUES.items()  # named by a race or the lead, or said twice
                         if kind not in SAID_TWICE and any(cue.search(text) for text in texts)
                         or len(cue.findall(whole)) >= 2)
        return Profile(memory=memory, mentions=mentions, specialty=specialty, cued=cued,
                       declared=tuple(sorted(declared)))


@dataclass(frozen=True)
class Profile:
    """Bio-level facts about disciplines, used where a sentence leaves its discipline implicit."""

    memory: dict[str, str]
    mentions: list[tuple[int, str]]  # (token, discipline) of every discipline named, in text order
    specialty: str | None = None  # the one discipline the lead sentence names
    cued: frozenset[str] = frozenset()  # kinds of race the bio names (walk, open water, wheelchair): see KIND_CUES
    declared: tuple[str, ...] = ()  # every discipline the lead sentence names

    def refine(self, discipline: str) -> str:
        """A bare distance in km is a walk in a race walker's bio ("50 km" -> "50 km walk") and an open
        water race in a swimmer's ("10K" -> "10 km open water"); a bare pool distance is the one stroke the
        bio names over it ("1500 m" -> "1500 m freestyle")."""
        if discipline.endswith("K") or beyond_marathon(discipline):  # "10K", "50 km"
            for kind in ("walk", "open water"):
                if kind in self.cued or any(d.endswith(kind) for _, d in self.mentions):
                    return f"{discipline.removesuffix('K').removesuffix(' km')} km {kind}"
        if discipline.endswith(" m"):  # "runner-up over 1500 m" in a bio that names the 1500 m freestyle
            strokes = {d for _, d in self.mentions if d.startswith(f"{discipline} ")
                       and any(stroke in d for stroke in SWIM_STROKES) and "relay" not in d}
            if len(strokes) == 1:
                return strokes.pop()
        return discipline

    def of_kind(self, kinds: tuple[str, ...], seconds: float | None, indoor: bool) -> str | None:
        """The one discipline of the bio of these kinds that a race named only by its kind can be: "the
        hurdles" in a bio naming the 60 m and 100 m hurdles, with a time of 7.91 (the 60 m) or indoors."""
        return self.one_of(sorted({d for _, d in self.mentions if d.endswith(kinds)}), seconds, indoor)

    @staticmethod
    def one_of(options: list[str], seconds: float | None, indoor: bool) -> str | None:
        """The one of ``options`` a race can be: the only one its time allows, or the only indoor (60 m)
        or outdoor one as the race is held."""
        options = [d for d in options if plausible(d, seconds)]
        if len(options) > 1:
            options = [d for d in options if d.startswith("60 m") == indoor]
        return options[0] if len(options) == 1 else None

    def mentioned_before(self, token: int) -> str | None:
        """The discipline named last before ``token``: what "the same distance" refers to."""
        index = bisect.bisect_left(self.mentions, (token, ""))
        return self.mentions[index - 1][1] if index else None


def is_heading(sentence: Sentence) -> bool:
    """A line of a few words without a closing stop: a section's title ("Career", "Personal bests")."""
    return len(sentence.lower) <= 6 and (sentence.lower or [""])[-1] not in (".", "!", "?", ")")


def lead_sentence(sentences: list[Sentence]) -> Sentence | None:
    """The bio's opening sentence when it defines the subject: "X is a Dutch runner who specialises in ..."."""
    lead = next((s for s in sentences if any(w.strip() for w in s.lower)), None)
    if lead and any(pair in (("is", "a"), ("is", "an"), ("was", "a"), ("was", "an"))
                    for pair in zip(lead.lower, lead.lower[1:])):
        return lead
    return None


def mark_time(span: Candidate, sentence: Sentence, times: list[Candidate]) -> Candidate:
    """Where a record mark goes: with the time it is told with ("in 54.77, a championship record"), if one is
    near; else the span itself (any other label too)."""
    if span.label != "RECORD" or not times:
        return span
    nearest = min(times, key=lambda t: sentence.cost(span, t))
    return nearest if sentence.cost(span, nearest) <= MARK_TO_TIME else span


def bracket_owner(span: Candidate, anchors: list[Anchor], sentence: Sentence) -> Anchor | None:
    """The race named last before a bracket in its clause, for a result inside it: "the Copenhagen Half
    Marathon (1:06:40, 3rd) and the Valencia Half Marathon (1:06:02, 7th)", "Vienna in April 2017 (2:11:15, 3rd)"."""
    if "(" not in sentence.lower:
        return None
    words = sentence.words(sentence.span.start, span.start)
    opening = len(words) - 1 - words[::-1].index("(") if "(" in words else -1
    if opening < 0 or ")" in words[opening:]:
        return None
    token = sentence.span.start + opening
    rest = sentence.words(token, sentence.span.end)
    closing = token + (rest.index(")") if ")" in rest else len(rest))
    if any(token < a.span.start < closing for a in anchors):
        return None  # "(and was 3rd at the Valencia Half Marathon in 1:06:02)": the race inside is its own
    clause = sentence.tokens.clause_of[token]
    before = [a for a in anchors if a.span.end <= token and sentence.tokens.clause_of[a.span.end - 1] == clause]
    return before[-1] if before else None


def bests_listed(sentence: Sentence) -> bool:
    """A line of personal bests, each time told after its distance and a colon or dash, or after a "PBs:"
    heading, with no placing: "5000 m — 13:21.9 (1979); 10,000 m — 27:29.8 (1980)", "1500 m: 3:58.40 (Monaco
    2023 and Paris 2024)"."""
    spans = sentence.candidates
    if any(s.label in ("PLACING", "STATUS") for s in spans):
        return False
    if ":" in sentence.lower[:3] and BESTS_HEADING.match(" ".join(sentence.lower[:sentence.lower.index(":")])):
        return True  # "PBs: 10,000 m 31:58.40 (1994); half marathon 1:10:32 (1997, Lisbon)"
    ends = {s.end for s in spans if s.label == "DISCIPLINE"}  # "800 m indoors – 1:45.90": a word may follow it
    return marks_listed(sentence) and not any(s.label == "EVENT" for s in spans) and all(
        t.start - 1 in ends or t.start - 2 in ends for t in spans if t.label == "TIME")


def marks_listed(sentence: Sentence) -> bool:
    """A line that lists marks: no placing or status, and each time right after a colon or dash ("Amsterdam
    Marathon: 2:17:41, Genet Wolde Roba (Ethiopia), 2022." under "Records")."""
    spans = sentence.candidates
    times = [s for s in spans if s.label == "TIME"]
    return bool(times) and not any(s.label in ("PLACING", "STATUS") for s in spans) and all(
        sentence.words(t.start - 1, t.start) in ([":"], ["—"], ["–"], ["-"]) for t in times)


def paired_years(words: list[str]) -> bool:
    """Two editions told as one: "the 2012 and 2016 Summer Olympics", "World Championships 1991, 1993"."""
    return any(b in ("and", ",") and YEAR.match(a) and YEAR.match(c) for a, b, c in zip(words, words[1:], words[2:]))


# Verbs that say a best still stands: "her best of 2:27:18 still stood", "remains the Kazakh record".
STANDING = frozenset({"stood", "stands", "remains", "remained"})
# Verbs that say she ran a race: "she competed in the marathon there".
RAN = frozenset({"competed", "ran", "raced", "swam", "walked", "started", "finished"})


# Words without one of which no sentence states a best ("personal" before "record").
BEST_WORDS = frozenset({"best", "bests", "pb", "pbs", "pr", "prs", "personal"})


def best_stated(sentence: Sentence, subject: frozenset[str] = frozenset()) -> bool:
    """A sentence stating personal bests: "Her personal best for the distance is 2:19:52", "Her personal
    bests are 7.83 for the 60 m hurdles and 12.76 for the 100 m hurdles", "His personal records are ...",
    "Her marathon best of 2:27:18 still stood", "Halcombe's personal bests are ..."."""
    words = sentence.lower
    if BEST_WORDS.isdisjoint(words):
        return False
    owners = {"her", "his", *(f"{name}'s" for name in subject)}
    possessed = [f"{a}{b}" if b in ("'s", "’s") else a for a, b in zip(words, [*words[1:], ""])]

    def verb_after(index: int) -> bool:  # "best ... is", "best of 2:27:18 still stood", or a verb after a phrase:
        # "bests in long-course pools are", "best time for 10 km that year was"
        phrase = itertools.takewhile(lambda word: word == "-" or word not in PUNCTUATION and not word[0].isdigit(),
                                     words[index + 5:index + 8])
        verbs = {"is", "are", *STANDING}
        return not verbs.isdisjoint(words[index + 1:index + 5]) or not (verbs | {"was", "were"}).isdisjoint(phrase)

    def subject_of(index: int) -> bool:  # the sentence's subject, its verb past an apposition: "His personal best
        # of 2:11:48, from the 2017 Seoul Marathon, remains the Kazakh record", "... dates from the 2017 Worlds"
        return index <= 3 and not {*STANDING, "dates", "dated", "set"}.isdisjoint(words[index:])

    return any((word in ("best", "bests", "pb", "pbs", "pr", "prs")
                or word in ("record", "records") and words[index - 1:index] == ["personal"])
               and not owners.isdisjoint(possessed[max(index - 3, 0):index])
               and (verb_after(index) or subject_of(index)
                    or words[index + 1:index + 2] in (["were"], ["was"])
                    or words[index + 1:index + 2] == ["of"] and words[index + 3:index + 4] == ["was"])  # "best of 2:09:54 was"
               for index, word in enumerate(words))


def perfect(words: list[str]) -> bool:
    """A present perfect, which sums up rather than tells one race: "has represented", "have won"."""
    return ("has" in words or "have" in words) and any(
        word in ("has", "have") and (following.endswith("ed") or following in ("won", "run", "been"))
        for word, following in zip(words, words[1:]))


def split_team(anchor: Anchor, sentence: Sentence) -> list[Anchor]:
    """A race's individual result and its team placing as two records ("finished 11th in 1:01:54 and was
    the second scorer for the Eritrean team that took the bronze medal"): the team's record has the
    race's facts and the team's placing, no time or marks of hers."""
    placings = anchor.items.get("PLACING", [])
    flagged = [span for _, span in placings if team_placing(span, sentence)]
    team = [pair for pair in placings if any(pair[1].start < span.end and span.start < pair[1].end for span in flagged)]
    # ("helped her country to second place in the team standings": "to second" is the team's too)
    if not team or len(team) == len(placings):
        return [anchor]
    own = Anchor(anchor.span, anchor.kind, anchor.group, anchor.clause)
    theirs = Anchor(anchor.span, anchor.kind, anchor.group, anchor.clause)
    for label, items in anchor.items.items():
        own.items[label] = [pair for pair in items if pair not in team]
        if label not in ("TIME", "RECORD", "STATUS", "PLACING"):
            theirs.items[label] = list(items)
    theirs.items["PLACING"] = team
    return [own, theirs]


def told_again(records: list[Record], lead_end: int) -> list[Record]:
    """Without the lead paragraph's summary of a result the bio tells again later ("He won the 10,000 m title
    at the 2014 African Championships." and, paragraphs on, the race itself): the later telling is the record.
    ``lead_end``: where the lead paragraph ends (-1: no lead)."""
    later = [r for r in records if r.char_start > lead_end >= 0]

    def same_edition(lead: Record, other: Record) -> bool:  # taking part in "the 2020 Summer Olympics", or not
        # starting there, is told again as the Games held in 2021
        taking_part = all(value is None for value in (lead.place, lead.place_max, lead.status, lead.time)) \
            and not lead.records
        same_result = (lead.place, lead.place_max, lead.status) == (other.place, other.place_max, other.status) \
            and lead.time in (None, other.time)
        return other.year == lead.year or lead.year is None or (taking_part or same_result) and None not in (
            lead.year, other.year) and abs(other.year - lead.year) == 1  # (no year: "best known for her wins at
        # Zegama-Aizkorri and the Lavaredo Ultra Trail")

    def same_race(lead: Record, other: Record) -> bool:  # by its competition, or with none named by the year,
        # discipline and result: "He won the Commonwealth silver medal over 10,000 m in 2018."
        if lead.event:
            return other.event == lead.event and same_edition(lead, other) and other.discipline in (lead.discipline, None)
        result = (lead.place, lead.place_max, lead.status)
        return result != (None, None, None) and None not in (lead.year, lead.discipline) and (
            other.year, other.discipline, (other.place, other.place_max, other.status)) == (lead.year, lead.discipline, result)

    return [r for r in records if not (0 <= r.char_start < lead_end and any(same_race(r, other) for other in later))]


def others_pronouns(counts: Counter[str]) -> frozenset[str]:
    """The pronouns that stand for other people, from a bio's word counts: "he" and "him" in a bio that calls its
    subject "she" at least three times as often as "he" (and at least three times), and the reverse; none when the
    text does not tell."""
    female = sum(counts[word] for word in ("she", "her", "hers", "herself"))
    male = sum(counts[word] for word in ("he", "him", "his", "himself"))
    if female >= 3 and female >= 3 * male:
        return frozenset({"he", "him"})
    if male >= 3 and male >= 3 * female:
        return frozenset({"she", "her"})
    return frozenset()


def roughly(span: Candidate, parsed: PartialDate | RelativeDate | None, sentence: Sentence) -> bool:
    """A count of days told roughly, which gives the year alone: "little more than a week later", "nearly two days
    later"."""
    return isinstance(parsed, RelativeDate) and parsed.days is not None and sentence.words(
        span.start - 1, span.start) in (["than"], ["over"], ["nearly"], ["almost"], ["about"], ["around"], ["some"])


def she_ran(words: list[str]) -> bool:
    """Whether the words say she ran a race: "she competed", "she herself competed", "and competed"."""
    return any(word in SUBJECT_WORDS and (following in RAN or following in ("herself", "himself") and then in RAN)
               or word == "and" and following in RAN - {"finished", "started"}
               for word, following, then in zip(words, words[1:], [*words[2:], ""]))


def not_run(span: Candidate, sentence: Sentence, plans: frozenset[str]) -> bool:
    """A competition she was kept out of, withdrew from or has yet to run: "ruled him out of the Paris Olympics", "kept
    her out of the Worlds", "forced him to withdraw from the 2017 World Championships", "hopes to race the 2026 Winter
    Olympics", "the 2025 World Championships will be her last race"; not one the sentence says she ran ("Hoping to
    peak at the 2016 Olympic Games, she competed in the marathon", "She ran the heats ..., but a strain forced her out
    of the 2014 Commonwealth Games")."""
    words = sentence.words(span.start - 6, span.start)
    out_of = words[-3:-1] == ["out", "of"] or words[-2:] == ["out", "of"]  # "out of [the] Paris Olympics"
    left = out_of and not {"ruled", "kept", "forced"}.isdisjoint(words) or not WITHDRAWING.isdisjoint(words)
    planned = any(word in plans and following == "to" for word, following in zip(words, words[1:]))  # "hopes to"
    later = she_ran(sentence.words(span.end, sentence.span.end))
    will = sentence.words(span.end, span.end + 1) == ["will"]
    return left and not (later or she_ran(sentence.words(sentence.span.start, span.start))) or (
        planned or will) and not later


def told_over_two(record: Record, frame: Record) -> Record:
    """A result told in the sentence after the one that names its race ("Her first medal came at the 2018
    European Championships in Glasgow. She took silver in the 100 m butterfly"): the race's competition,
    place and date, and its sentence as the evidence."""
    dated = record.date is not None and len(record.date) > 4 and record.year == frame.year
    return replace(record, event=frame.event, location=record.location or frame.location,
                   year=frame.year or record.year, date=record.date if dated else frame.date or record.date,
                   discipline=record.discipline or frame.discipline, char_start=frame.char_start,
                   char_end=frame.char_end, evidence=frame.evidence)


def past_brackets(words: list[str]) -> list[str]:
    """The words between two listed races after the first one's bracketed results: "(31:58) ," -> [","]
    ("in Lille (31:58), Brunssum (32:10) and Manchester": a race's own results do not break the list)."""
    return words[words.index(")") + 1:] if words[:1] == ["("] and ")" in words else words


def carried_month(record: Record, earlier: Record | None, dated: bool) -> Record:
    """A later clause's result at the same competition, with no date of its own, keeps the month the
    earlier clause gave ("Ninth ... in Alnwick in December; Norway ... fourth in the team event")."""
    if dated or earlier is None or not earlier.date or len(earlier.date) < 7 or record.date != earlier.date[:4]:
        return record
    return replace(record, date=earlier.date[:7])


def olympic_by_host(event: EventName, year: int | None) -> EventName:
    """ "the Tokyo Games", "the Rio Olympics", "the Rio Paralympics": the Games held in that city, summer or
    winter, if only one of them was held there near ``year`` (the Melbourne Games of 2006 were the
    Commonwealth's)."""
    city, _, kind = event.name.rpartition(" ")
    names = GAMES_CALLED.get(kind)
    if not city or names is None:
        return event
    games = [name for name in names if city in OLYMPIC_HOSTS[name]
             and (year is None or any(abs(edition - year) <= 2 for edition in OLYMPIC_HOSTS[name][city]))]
    return replace(event, name=games[0], host=city) if len(games) == 1 else event


def olympic_edition(name: str, places: list[str], year: int | None) -> int | None:
    """The year of the Games ``name`` held in one of ``places``, the edition nearest ``year`` (the
    narrative's): "Rio" -> 2016; "London" after a 2011 race -> 2012. None if no host is named, or if a
    city held several and the narrative gives no year."""
    def held_in(place: str) -> list[int]:
        return [edition for host, years in OLYMPIC_HOSTS[name].items()  # (a host named as a word is in it)
                if host in place and re.search(rf"\b{re.escape(host)}\b", place) for edition in years]

    # the host the competition's own name gives ("the Rio Olympics"), else a place of the sentence within an
    # Olympiad of the narrative's year (not "after a training block in Rome" in 2016)
    editions = held_in(places[0]) or [edition for place in places[1:] for edition in held_in(place)
                                      if year is None or abs(edition - year) <= 4]
    if not editions or len(set(editions)) > 1 and year is None:
        return None
    return min(editions, key=lambda edition: (abs(edition - year), -edition)) if year else editions[0]


def implied_discipline(event: EventName) -> str | None:
    """The discipline an event's name implies: "... Half Marathon" -> "half marathon", "... Run 10K" -> "10K"."""
    if event.discipline_text and normalise_discipline(event.discipline_text):
        return normalise_discipline(event.discipline_text)
    return named_discipline(event.name)
