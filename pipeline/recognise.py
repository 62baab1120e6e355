"""Stage 3, recognise spans: rule patterns (JSONL data) and named regular expressions.

Every candidate goes to ``doc.spans["candidates"]`` with a label (EVENT, DATE, LOCATION, DISCIPLINE,
TIME, PLACING, STATUS, RECORD) and, in ``span.id_``, the rule that found it. Candidates may overlap;
the assembly stage decides which to use.
"""
from __future__ import annotations

import bisect
import itertools
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import spacy
from spacy.attrs import IDX, LENGTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab
from spacy.util import filter_spans

from .gazetteer import PLACE_PARTICLES, PLACE_PARTICLES_CHECKED, Gazetteer, load_gazetteer
from .normalise.dates import MONTHS, WEEKDAYS
from .normalise.disciplines import BARE_TRACK_DISTANCES, NAME_WORDS
from .normalise.times import A_UNIT, NUMBER_WORD
from .sentences import KeepText, bio_sentences, doc_text  # noqa: F401  (bio_sentences registers the component)

SPAN_KEY = "candidates"
# A pattern that expands to more phrases than this stays in the token Matcher.
MAX_PHRASES = 5000
# Lexeme flag ids free for the recogniser's own flags: spaCy's built-in flags end at 18 (IS_CURRENCY).
FIRST_FLAG, LAST_FLAG = 19, 63
PATTERN_FILES = ("events", "placings", "statuses", "marks", "disciplines", "dates")

# Capital letters, accented ones included, as a regex class body: "Ō" in "Ōtsu", "Ú" in "Ústí nad Labem", "Ã" in
# "SÃO PAULO".
UPPER = "A-Z" + "".join(chr(code) for code in range(0xC0, 0x250) if chr(code).isupper())
# The months cut short as writers cut them ("Sept." and "Sep.").
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
FULL_MONTH = "|".join(MONTHS)
_MONTH = rf"(?:{FULL_MONTH}|{'|'.join(SHORT_MONTHS)})\.?"


def _word_alternatives(words: Iterable[str], then: str = "") -> str:
    r"""Alternatives, each a word that begins a word and then ``then``, as "\b(?:in|of)X" has them, written
    "in(?<=\bin)X|of(?<=\bof)X", without a group around them.

    A regex that opens with "\b" is tried at every position of the text; one whose alternatives each open
    with a letter lets the regex engine skip to those letters, three to ten times faster. The alternatives
    must stand at the top of a regex, or in a group that opens it, to be skipped to (:func:`_words`).
    """
    return "|".join(rf"{re.escape(word)}(?<=\b{re.escape(word)}){then}" for word in words)


def _words(*words: str) -> str:
    r"""A group of words that each begin a word: "\b(?:in|of)" in the faster form of :func:`_word_alternatives`."""
    return f"(?:{_word_alternatives(words)})"


# A month's name opening a date, in full or cut short: "\b{_MONTH}" in the faster form.
MONTH_WORD = rf"{_words(*MONTHS, *SHORT_MONTHS)}\.?"


@dataclass(frozen=True)
class RegexRule:
    """A named regular expression, the label it gives, and examples it must find (as the span text), or
    must find nothing in (None)."""

    name: str
    label: str
    pattern: re.Pattern[str]
    examples: tuple[tuple[str, str | None], ...]
    needs: tuple[str, ...] = ()  # words one of which every match holds: a text with none is not scanned

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The rule's matches in ``text``; none without a word it needs."""
        if self.needs and not any(word in text for word in self.needs):
            return iter(())
        return self.pattern.finditer(text)


def _rule(name: str, label: str, pattern: str, *examples: tuple[str, str | None],
          needs: tuple[str, ...] = ()) -> RegexRule:
    return RegexRule(name, label, re.compile(pattern), examples, needs)


# A pace after a time, which makes it no finishing time: "2:58 per kilometre", "3:10 a kilometre", "1:05.5 per 100 m",
# "4:50-mile pace", "3:05/km".
PACE = (r"\s?(?:(?:per|/)\s?(?:km|kilometres?|kilometers?|miles?|mi|laps?|[1-4]00\s?m?)|an?\s(?:km|kilometres?|"
        r"kilometers?|mile)(?!\s(?:record|best|faster|slower)))\b|\s?min/km\b|[\s-](?:mile\s|km\s|kilometre\s|marathon\s)?pace\b")

# Words that cue a time in seconds alone: "won in 10.92", "a best of 12.83", "her 54.92".
TIME_CUES = ("in", "of", "with", "to", "clocked", "clocking", "ran", "running", "timed", "time", "touched", "swam", "at",
             "aided", "assisted", "her", "his")

# Where a rule needs context, the span is its named group "value" rather than the whole match.
# Rules that begin with a digit test what precedes it just after it, as in "\d(?<![\d:.]\d)" (a digit
# with no digit, colon or point before it): a pattern that opens with a character class lets the regex
# engine skip ahead to candidate characters, about three times faster than an opening look-behind.
REGEX_RULES: tuple[RegexRule, ...] = (
    _rule("time.hms", "TIME", r"\d(?<![\d:.]\d)\d?:\d{2}:\d{2}(?:\.\d{1,3})?(?!\d|:\d)(?:\s?(?:hours|hrs|h)\b)?",
          ("a time of 2:16:22 hours.", "2:16:22 hours"), ("in 1:02:03.4 to win", "1:02:03.4"),
          ("eighth in 1:59:12: a 19:40 swim", "1:59:12")),
    # Not a time of day ("at 4:30 pm", "11:30 at night", "12:00 local time") nor a pace (PACE).
    _rule("time.ms", "TIME", r"\d(?<![\d:.]\d)\d?:\d{2}(?:\.\d{1,3})?(?!\d|:\d|\.\d|\s?(?:[ap]\.?m\b|GMT|local)"
          rf"|\sat night\b|{PACE})(?:\s?(?:minutes|min|mins)\b)?",
          ("won in 13:05.12", "13:05.12"), ("ran 27:45 to win", "27:45"),
          ("Zürich: second in 3:31.20: a record", "3:31.20"), ("the 50 km walk, which started at 11:30 at night", None),
          ("won the 5000 m in 15:12 in the evening heat", "15:12"), ("averaging 2:58 per kilometre", None),
          ("long runs at 3:10 a kilometre", None), ("a threshold of 1:05.5 per 100 m", None), ("at 4:50-mile pace", None),
          ("at 3:05/km", None), ("holding 1:08.9 per 100m", None), ("at 3:20 min/km", None),
          ("won the six miles in 28:52 a lap clear of the field", "28:52")),
    _rule("time.seconds", "TIME", r"\d(?<![\d.:]\d)\d{0,2}(?:\.\d{1,3}|,\d{1,2}(?!\d))\s?(?:seconds|secs|sec|s)\b",
          ("ran 9.58 seconds", "9.58 seconds"), ("clocking 48.12s", "48.12s"), ("won the 100 m in 11,24 s", "11,24 s")),
    _rule("time.cued_seconds", "TIME", rf"{_words(*TIME_CUES)}\s"
          r"(?P<value>\d{1,2}(?:\.\d{2}|,\d{2}(?!\d)))(?!\d|\.\d|\s?(?:m\b|metres|meters|km|%|points|kg|per))",
          ("she won in 10.92 ahead of", "10.92"), ("touched in 52.31", "52.31"), ("a best of 12.83.", "12.83"),
          ("won the 400 m in 52,31 (a decimal comma)", "52,31"), ("won in 10,000 m", None),
          ("won in a wind-aided 20.24 (+2.9 m/s)", "20.24"), ("silver, her 54.92 bettered only by", "54.92"),
          ("the silver in the 400 m T11, running 59.80 behind", "59.80")),
    _rule("time.bracketed_seconds", "TIME", r"[(,]\s?(?P<value>\d{1,2}\.\d{2})(?=\s?[),;])",
          ("fifth in the final (55.84) and", "55.84"), ("(third in her race, 54.72)", "54.72")),
    # Seconds with a wind reading after them are a sprint time, cue or none: "and 11.38 (−0.2 m/s) in the semi".
    _rule("time.wind_seconds", "TIME", r"\d(?<![\d.:]\d)\d?\.\d{2}(?=\s?\((?:wind:?\s?)?[+−–-]?\s?\d\.\d\s?m/s\))",
          ("and 11.38 (−0.2 m/s) in the semi-finals", "11.38"), ("10.05 (wind +1.1 m/s)", "10.05")),
    # Hours may be a word, as older prose has them, and then minutes and seconds too: "two hours, 22 minutes and
    # 15 seconds", "two hours, thirty-eight minutes and twelve seconds", "an hour, 19 minutes and 34 seconds".
    # Seconds may end in fifths, as hand timing gave them: "19 min 52 2/5 sec".
    # Or run together as some sources write them: "2h09min02s", "1h02'15''", "13'25\"61" (hundredths after the mark).
    _rule("time.words", "TIME",
          rf"(?:\d(?<!\w\d)\d?|\b{NUMBER_WORD}|{A_UNIT})\s?(?:hours?|hrs?|h)(?:\b|(?=\d))\.?[\s,]*(?:and\s+)?"
          rf"(?:\d{{1,2}}|\b{NUMBER_WORD})\s?(?:minutes?|mins?|min|m|['’])\.?"
          rf"(?:[\s,]*(?:and\s+)?(?:\d{{1,2}}(?:\.\d+|\s[1-4]/5)?|\b{NUMBER_WORD})\s?(?:seconds?|secs?|s|''|[\"”]))?"
          rf"|(?:\d(?<!\w\d)\d?|\b{NUMBER_WORD}|{A_UNIT})\s?(?:minutes?|mins?|min|['’])\.?[\s,]*(?:and\s+)?\d{{1,2}}(?:\.\d+|\s[1-4]/5)?\s?"
          r"(?:seconds?|secs?|s\b|''|[\"”](?:\d{1,2}\b)?)",
          ("in 2 hours 8 minutes and 50 seconds", "2 hours 8 minutes and 50 seconds"),
          ("in 3 min 35.6 s", "3 min 35.6 s"),
          ("in two hours, 22 minutes and 15 seconds.", "two hours, 22 minutes and 15 seconds"),
          ("second in an hour, 19 minutes and 34 seconds,", "an hour, 19 minutes and 34 seconds"),
          ("won the four miles in 19 min 52 2/5 sec.", "19 min 52 2/5 sec"), ("eighth in 2h09min02s,", "2h09min02s"),
          ("seventh in 1h02'15''.", "1h02'15''"), ("fifth in 13'25\"61;", "13'25\"61"),
          ("ran the distance in 2 hrs. 46 min. 12 sec. and", "2 hrs. 46 min. 12 sec"),
          ("in 13 min. 28.4 sec.", "13 min. 28.4 sec"),
          ("ninth in two hours, thirty-eight minutes and twelve seconds;", "two hours, thirty-eight minutes and twelve seconds"),
          ("fourth in the final in one minute 45.60 seconds.", "one minute 45.60 seconds"),
          ("sixth in a minute and 44.30 seconds and", "a minute and 44.30 seconds")),
    # An ordinal in figures that closes a phrase, as tables, lists and season lines give placings: "| 8th |",
    # "14th (h) |", "Tour de Ski 9th;", "10 km classic 7th, relay 4th." (not "the 2nd,", "her 100th.").
    _rule("placing.ordinal.closing", "PLACING",
          r"\d(?<![\w.,:]\d)(?<!\b[Tt]he \d)(?<!\b[Hh]is \d)(?<!\b[Hh]er \d)(?<!\b[Oo]n \d)\d{0,2}(?:st|nd|rd|th)\b"
          r"(?=[ \t]*(?:\([a-z]{1,3}\)[ \t]*)?(?:[,;.|\t]|$))",
          ("| Tallinn, Estonia | 8th | 3000 m", "8th"), ("| 14th (h) | 3000 m", "14th"),
          ("Tour de Ski 9th; World", "9th"), ("10 km classic 7th, 4 x 5 km relay 4th.", "7th")),
    # A place as results lists abbreviate it: "P9 being recorded in the second heat", "(P7)".
    _rule("placing.position.short", "PLACING", r"P(?<!\wP)[1-9]\d{0,2}\b",
          ("at the World Championships P9 was recorded in the second heat", "P9"), ("10 km classic (P7)", "P7"),
          ("the P0 class", None), ("a PB of 13:20", None), ("the AP1 motorway", None)),
    # Statisticians' shorthand: a place before the meeting's city and day in brackets ("(2 Karlsruhe 3 Feb)").
    _rule("placing.position.bracketed", "PLACING",
          rf"\((?P<value>[1-9]\d?) (?=[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)? \d{{1,2}} {MONTH_WORD}\))",
          ("a 1500 m of 3:40.12i (2 Karlsruhe 3 Feb), and", "2"), ("(1 Bedford 25 May)", "1"), ("(3 laps)", None)),
    _rule("date.dmy", "DATE", rf"\d(?<!\w\d)\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:18|19|20)\d\d\b",
          ("on 12 April 2009 in", "12 April 2009")),
    _rule("date.mdy", "DATE", rf"{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:18|19|20)\d\d\b",
          ("on April 12, 2009, she", "April 12, 2009")),
    _rule("date.my", "DATE", rf"{MONTH_WORD}\s+(?:of\s+)?(?:(?:18|19|20)\d\d|['’]\d\d)\b",
          ("in December 2014.", "December 2014"), ("in January '62, won by", "January '62")),
    # A day, month and year in figures, European style: "On 21.07.1975 he", "on 3.07.1980".
    _rule("date.dmy_numeric", "DATE", r"\d(?<!\w\d)(?:(?<=[0-3])\d)?\.[01]?\d\.(?:18|19|20)\d\d\b(?!\.\d)",
          ("came on 21.07.1975, when", "21.07.1975"), ("On 3.07.1980 at the", "3.07.1980")),
    # A date in figures, ISO style: "2019-07-12 Summer Universiade".
    _rule("date.iso", "DATE", r"(?:19|20)(?<![\w.-]\d\d)\d\d-[01]\d-[0-3]\d\b(?!-)",
          ("2019-07-12 Summer Universiade, Naples", "2019-07-12"), ("in 2015-16", None)),
    # A date in figures with slashes, its order unsettled: "on 04/07/2023" (4 July or April 7), "14/09/2024".
    _rule("date.slashed", "DATE", r"\d(?<![\w/]\d)\d?/\d{1,2}/(?:19|20)\d\d\b(?!/)",
          ("won on 04/07/2023 in 8:58.9", "04/07/2023"), ("updated 14/09/2024.", "14/09/2024")),
    _rule("date.dm", "DATE", rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\s*,?\s*\d)"
          rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)",
          ("On 7 June she won", "7 June"), ("On June 7 she won", "June 7")),
    # A news agency's dateline: the city in capitals at the head of a paragraph, then the day ("QUITO, June 3 -").
    _rule("location.dateline", "LOCATION",
          rf"(?m)^(?P<value>[{UPPER}]{{2,}}(?:[ '’.-]+[{UPPER}]{{2,}}){{0,3}}),\s(?={_MONTH}\s\d)",
          ("QUITO, June 3 - Byron Lema takes the 15K", "QUITO"), ("SÃO PAULO, December 31 - Lema ends", "SÃO PAULO")),
    # A month tied to the narrative's year: "At the Commonwealth Games in Birmingham that August".
    _rule("date.that_month", "DATE", rf"{_words('That', 'that')}\s+(?:{FULL_MONTH})\b(?!\s+\d)",
          ("At the Commonwealth Games in Birmingham that August she", "that August")),
    # A month alone, in full or cut short with a point as yearbooks write it ("in Nov.", "(Sept.)"); "Mar." only
    # after "in" or a bracket, for it also stands for "Marathon" ("Udine Half Mar.").
    _rule("date.month", "DATE", _word_alternatives(MONTHS, then=r"\b(?!\s+\d)")
          + "|" + _word_alternatives((month for month in SHORT_MONTHS if month != "Mar"), then=r"\.(?!\s*\d)")
          + r"|Mar\.(?<=\bin Mar\.)(?!\s*\d)|Mar\.(?<=\(Mar\.)",
          ("at December's Hofu Yomiuri Marathon", "December"), ("in March he won", "March"),
          ("was 3rd at Cross de Atapuerca in Nov. behind", "Nov."), ("WC Daegu (Sept.) 8th", "Sept."),
          ("won Seoul in Mar. in 2:21:46", "Mar.")),
    # The last day of a year: "On the last day of 2019", "in the final day of that same year", "New Year's Eve".
    _rule("date.year_end", "DATE", r"\b(?:(?:last|final) day of (?:(?:19|20)\d\d|that (?:same )?year|the year)"
          r"|New Year['’]s Eve(?:,? (?:19|20)\d\d)?)\b",
          ("On the last day of 2019 she was third", "last day of 2019"),
          ("In the final day of that same year he returned", "final day of that same year"),
          ("On New Year's Eve 2016 she won the Cursa dels Nassos", "New Year's Eve 2016"), needs=("day of", "Eve")),
    # A year cut to two digits after an apostrophe, as period writing has it: "In '62", "in ’57" (not "the '90s").
    _rule("date.year_short", "DATE", r"['’](?<![\w'’]['’])\d\d\b(?!['’]?s\b)",
          ("In '62 she placed fourth", "'62"), ("was his in ’67, in 47 min", "’67")),
    # A Japanese team's fiscal year, April to March: "In the 2022 fiscal year he ran", "in fiscal 2019".
    _rule("date.fiscal_year", "DATE", r"\b(?:19|20)\d\d\s+(?:fiscal|financial)\s+year\b|\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b",
          ("In the 2022 fiscal year he ran", "2022 fiscal year"), ("in fiscal 2019, when", "fiscal 2019"),
          needs=("fiscal", "financial")),
    # Weeks or a season counted from a race named right after them ("six weeks before Dublin", "the summer after
    # Fukuoka"); the assembly counts from that race. Before anything else they are no date: "five weeks after having
    # his appendix removed".
    _rule("date.weeks_from_race", "DATE",
          rf"\b(?:[Aa]n?|\d{{1,2}}|{NUMBER_WORD}) weeks? (?:after|before)(?= [{UPPER}])",
          ("Only six weeks before Dublin he had won", "six weeks before"),
          ("three weeks after Kaunas", "three weeks after"),
          ("five weeks after having his appendix removed", None),
          needs=("weeks after", "weeks before", "week after", "week before")),
    _rule("date.season_from_race", "DATE",
          rf"{_words('The', 'the')} (?:spring|summer|autumn|fall|winter) (?:after|before)(?= [{UPPER}])",
          ("The summer after Fukuoka he was ninth in Helsinki", "The summer after"),
          ("the podium of the Tour de Ski the winter before.", None)),
    _rule("date.season", "DATE", r"(?:19|20)(?<=\b\d\d)\d\d\s?[-–/]\s?(?:\d\d|(?:19|20)\d\d)\b(?!-\d)",
          ("the 2009-10 season", "2009-10"), ("in 2015–16", "2015–16")),
    _rule("date.year", "DATE", r"(?:1(?<![\d,.:–-]1)(?:89[6-9]|9\d\d)|2(?<![\d,.:–-]2)0\d\d)(?![\w–]|[-.,:]\d|[\s-]?(?:m|metres|meters)\b)",
          ("in 2007, coming", "2007"), ("the 2011 season", "2011"), ("Her indoor season of 2018: gold", "2018")),
    _rule("discipline.distance", "DISCIPLINE",
          r"\d(?<!\w\d)(?:\d{0,2} miles? \d{1,4} yards\b|(?:(?<=4)\s?[x×]\s?\d{1,4}(?:\.\d)?|\d{0,2},\d{3}"
          r"|(?<![\w-]\d)\d{0,2} \d{3}|\d{0,4}(?:\.\d+)?)[\s-]?"
          r"(?:m|metres|meters|metre|meter|km|kilometres|kilometers|kilometre|K|k|mi|miles?|mile|yards|yds?)\b(?!/))"  # not "m/s"
          r"(?:[\s-]+(?:steeplechase|hurdles|race walk|racewalk|walk|mixed relay|mixed medley relay|freestyle relay|"
          r"medley relay|marathon swim(?:ming)?|freestyle|"
          r"butterfly|backstroke|breaststroke|individual medley|medley|relay|classical|classic|skiathlon|pursuit|"
          r"mass start|sprint|individual|time trial|road race|open water))?",
          ("the 10,000 metres final", "10,000 metres"), ("the 3000 m steeplechase", "3000 m steeplechase"),
          ("he ran on 10 000 m the", "10 000 m"), ("won the 880 yards in 2 min", "880 yards"),
          ("the under-20 400 m hurdles", "400 m hurdles"), ("over 26 miles 385 yards of road", "26 miles 385 yards"),
          ("the 4 x 100 m relay", "4 x 100 m relay"), ("won 10K races", "10K"), ("the 20 km walk", "20 km walk"),
          ("Finland's 4 × 5 km relay team", "4 × 5 km relay"), ("silver in the 4 x 3.3 km relay", "4 x 3.3 km relay"),
          ("the 4 x 400 m mixed relay", "4 x 400 m mixed relay"),
          ("sixth in the 10 km marathon swim", "10 km marathon swim")),
    # A race named by a compound of the word for a run or race, as Dutch, German and Scandinavian names
    # are, with the word before it when that is part of the name: "Zevenheuvelenloop", "Dam tot Damloop".
    _rule("event.compound", "EVENT",
          r"\b(?:(?!(?:The|At|In|On|A|An|Her|His|Their)\b)[A-Z][\w'’]*\s(?:tot\s)?)?[A-Z][\w'’-]*"
          r"(?:loop|lauf|loppet|löpet|lopp|rennet)\b",
          ("won the Zevenheuvelenloop in Nijmegen", "Zevenheuvelenloop"),
          ("at the 10-mile Dam tot Damloop", "Dam tot Damloop"), ("The Paderborner Osterlauf", "Paderborner Osterlauf"),
          ("The Zevenheuvelenloop was won by", "Zevenheuvelenloop"), needs=("loop", "lauf", "lopp", "löpet", "rennet")),
    # A race named by its length in miles or kilometres without the unit, as trail and road races are: "the
    # Western States 100", "the Ballycotton 10"; not "the Top 10", "Stage 3", "the Under 23 race", "the Olympic
    # 800", nor a number before a unit or a relay ("the Comrades 89 km", "the Jamaican 4 × 100 m relay"): what
    # follows the number is a break or a joining word.
    _rule("event.numbered", "EVENT",
          rf"{_words('The', 'the')}\s(?P<value>(?!(?:Top|Heat|Stage|Leg|Round|Lane|Group|Class|Day|Race|Year|No|Under|U|Olympic|"
          r"Commonwealth|European|World|Asian|African|National)\b)(?:[A-Z][\w'’-]+\s){1,3}"
          r"[1-9]\d{0,2})(?![,.]\d)(?=[,;:)]|\.|\s(?:in|at|on|of|and|for|ultramarathon|ultra|trail|race|which|where|when|"
          r"with|was|had|is)\b)",
          ("won the Western States 100, the oldest", "Western States 100"), ("at the Hardrock 100 in Silverton",
                                                                              "Hardrock 100"),
          ("he won the Ballycotton 10 in March 1981", "Ballycotton 10"),
          ("won the Under 23 race at the European Cross Country Championships", None),
          ("fourth in the Olympic 800 in 1:58.12", None)),
    # A track distance said without its unit, as athletics writing does: "the 1500", "over 5000", "the 10,000".
    _rule("discipline.bare_track", "DISCIPLINE",
          rf"{_words('the', 'over', 'in', 'at')}\s(?P<value>{BARE_TRACK_DISTANCES})"
          r"(?=\s?[,.;:)]|\s(?:at|in|and|but|with|for|before|after|final|finals|heats?|semi-finals?|title|race|"
          r"gold|silver|bronze|when|where|was|that|on|of|he|she|they)\b)",
          ("she won the 1500 at Athletissima", "1500"), ("seventh in the 5000, a race", "5000"),
          ("was 11th in the 10,000 and", "10,000"), ("eighth in the 1500 final", "1500")),
    # "mixed" said before the relay's legs; the distance rule finds the rest of it.
    _rule("discipline.mixed_relay", "DISCIPLINE",
          rf"{_words('mixed')}\s+4\s?[x×]\s?\d{{1,4}}(?:\.\d)?[\s-]?(?:m|metres|meters|km)\b[\s-]+"
          r"(?:(?:freestyle|medley)\s+)?relay",
          ("anchored the mixed 4 × 400 m relay to gold", "mixed 4 × 400 m relay"),
          ("the mixed 4 x 100 m medley relay", "mixed 4 x 100 m medley relay")),
)


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """Named word lists and regexes that the pattern files refer to as "@name"."""
    vocab = json.loads(resources.files(__package__).joinpath("patterns/vocab.json").read_text("utf-8"))
    vocab.pop("_comment", None)
    breakers = (set(STOP_WORDS) - set(vocab["name_breakers_keep"])) | set(vocab["name_breakers_extra"])
    vocab["name_breakers"] = sorted(breakers)
    vocab["name_breakers_inner"] = sorted(breakers - set(vocab["name_particles_inner"]) - {"and"})
    return vocab


def _expand(value: Any, vocab: dict[str, Any]) -> Any:
    """Replace "@name" strings anywhere in a pattern by the vocabulary entry of that name, and "{UPPER}" in a
    regex by the capital letters, accented ones included ("Últimas" opens a name as "Quito" does)."""
    if isinstance(value, str) and value.startswith("@"):
        return vocab[value[1:]]
    if isinstance(value, str):
        return value.replace("{UPPER}", UPPER)
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
                if "pattern" in rule:
                    rule["pattern"] = _expand(rule["pattern"], vocab)
                rules.append(rule)
    return rules


class Characters:
    """A Doc's text and its tokens' character offsets, to turn regex matches into spans by bisection
    (``Doc.char_span`` makes Token objects to find them)."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.text = doc, doc_text(doc)
        self.starts = doc.to_array(IDX).tolist()
        self.ends = [start + length for start, length in zip(self.starts, doc.to_array(LENGTH).tolist())]

    @cached_property
    def words(self) -> list[str]:
        """Each token's text, as ``token.text`` gives it, without making Token objects."""
        return [self.text[start:end] for start, end in zip(self.starts, self.ends)]

    def joined(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` (``start < end``), as ``doc[start:end].text`` gives it."""
        return self.text[self.starts[start]:self.ends[end - 1]]

    def span(self, start: int, end: int, label: str, rule: str, expand: bool = True) -> Span | None:
        """The tokens overlapping ``start:end`` (``expand``), or those inside it; None for no token."""
        if expand:
            first, last = bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end)
        else:
            first, last = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.ends, end)
        return Span(self.doc, first, last, label=label, span_id=rule) if 0 <= first < last else None


def regex_spans(chars: Characters) -> Iterator[Span]:
    """Spans for every named regular expression in the Doc's text, aligned outward to token boundaries."""
    for rule in REGEX_RULES:
        group = "value" if "value" in rule.pattern.groupindex else 0
        for match in rule.finditer(chars.text):
            span = chars.span(match.start(group), match.end(group), rule.label, rule.name)
            if span is not None:
                yield span


# Small words inside place names (gazetteer.PLACE_PARTICLES), as a regex alternation, longest first.
PARTICLES = "|".join(sorted(PLACE_PARTICLES, key=lambda word: (-len(word), word)))
# A run of capitalised words, the shape of a place name: "Newton Aycliffe", "Rio de Janeiro"; with the English
# and German small words too, for the gazetteer to check ("Newcastle upon Tyne").
TITLE_RUN = re.compile(rf"[{UPPER}](?<!\w.)[\w'’.-]*(?:\s+(?:(?:{PARTICLES}|{'|'.join(sorted(PLACE_PARTICLES_CHECKED))})\b"
                       rf"|[{UPPER}][\w'’.-]*)){{0,3}}")


# A word of such a run; its "end" group leaves out a closing full stop or possessive ("Mansfield.", "Osaka's").
PLACE_WORD = re.compile(r"\S+?(?P<end>)(?:\.|['’]s)?(?=\s|$)")


def location_spans(chars: Characters, gazetteer: Gazetteer) -> Iterator[Span]:
    """Place names the gazetteer knows: in each run of capitalised words, longest known prefix first."""
    text = chars.text
    for run in TITLE_RUN.finditer(text):
        words = [(m.start(), m.end("end")) for m in PLACE_WORD.finditer(run.group())]
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                start, end = run.start() + words[i][0], run.start() + words[j - 1][1]
                kind = gazetteer.kind(text[start:end])
                if kind:
                    venue = j < len(words) and run.group()[words[j][0]:words[j][1]] in VENUE_WORDS
                    span = None if venue else chars.span(start, end, "LOCATION", kind, expand=False)
                    if span is not None:  # not "Hayward" in "Hayward Field"
                        yield span
                    i = j
                    break
            else:
                i += 1


# A place named right after a race, whether or not the gazetteer knows it: "... Championships in Santry",
# "a meet in Canet-en-Roussillon", "at Beitostølen"; its later words hold no figure ("in Athens P9 was recorded").
VENUE = re.compile(rf"(?:in|at)\s+(?P<value>[{UPPER}][\w'’]+(?:-[a-zA-Z][\w'’]*)*"
                   rf"(?:\s(?:(?:{PARTICLES})\s|[dl]['’](?=[{UPPER}]))?[{UPPER}](?![\w'’]*\d)[\w'’]+(?:-[a-zA-Z][\w'’]*)*){{0,2}})")
NOT_VENUES = frozenset((*MONTHS, *WEEKDAYS, *"The His Her Their Its This That Heat Heats Final Semi".split()))


# Where a place may follow: the space before "in Dudince", "at Beitostølen" (how :data:`VENUE` opens).
VENUE_OPENING = re.compile(rf" (?=(?:in|at)\s+[{UPPER}])")


@dataclass(frozen=True)
class RaceWords:
    """The words for a race ("race", "meeting", "heats"), to tell whether one ends at a place in a text."""

    words: frozenset[str]
    ending: re.Pattern[str]  # a race word at the end of the text searched
    longest: int

    @classmethod
    def of(cls, words: list[str]) -> RaceWords:
        alternatives = "|".join(re.escape(word) for word in words)
        return cls(frozenset(words), re.compile(rf"\b(?:{alternatives})\Z", re.IGNORECASE), max(map(len, words)))

    def end_at(self, text: str, end: int) -> bool:
        """Whether a race word (as a whole word, in any case) ends at ``text[end]``."""
        return self.ending.search(text, max(0, end - self.longest - 1), end) is not None


def venue_spans(chars: Characters, events: list[Span], race_words: RaceWords,
                gazetteer: Gazetteer) -> Iterator[Span]:
    """Places right after an EVENT span or a race word ("a 50 km race in Dudince"), by position alone;
    the id is the gazetteer's kind where it knows the name, else "venue"."""
    text = chars.text
    event_ends = {event.end_char for event in events}
    for opening in VENUE_OPENING.finditer(text):  # fewer than the race words and events
        end = opening.start()
        if end not in event_ends and not race_words.end_at(text, end):
            continue
        match = VENUE.match(text, end + 1)
        words = match.group("value").split() if match else []
        # a month cut short with a point, as yearbooks write it: "in Nov." (not "in Mar del Plata")
        short_month = len(words) == 1 and words[0] in SHORT_MONTHS and text[match.end("value"):][:1] == "."
        if words and words[0] not in NOT_VENUES and words[-1] not in VENUE_WORDS and not short_month:  # not
            value = match.group("value")  # "Parliament Hill"
            span = chars.span(match.start("value"), match.end("value"), "LOCATION", gazetteer.kind(value) or "venue")
            if span is not None:
                yield span


# A competition named without a head word, known by its shape "at/won (the) Name (meeting) in City":
# "at Athletissima in Lausanne", "at the Herculis meeting in Monaco", "won the Percy Pud in Sheffield".
MEETING = re.compile(rf"{_words('At', 'at', 'won', 'wins', 'winning')} (?:the )?(?P<value>[{UPPER}][\w'’-]+(?: (?:[{UPPER}][\w'’-]+|de|del|tot|van|der))*?)"
                     rf"(?: (?:meeting|meet|race|run|relay))? in (?P<city>[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)?)")
# Last words of places where races are held, not of races: "at the Olympic Stadium in London".
VENUE_WORDS = frozenset("Stadium Arena Park Centre Center Hall Track University College School Club Oval Ground "
                        "Grounds Field Bowl Circuit Velodrome Pool Camp Academy Institute Hospital Hill Common "
                        "Heath Racecourse Downs Gardens Green Square Beach Bridge Palace Road".split())


# The same in a yearbook's line, which opens with the competition and its city:
# "Herculis, Monaco, 10 August: second in 44.31". The line's start (or a full stop, colon or semicolon and a
# space) is looked for behind the first capital, which the regex engine can skip to.
YEARBOOK_LINE = re.compile(rf"(?P<value>[{UPPER}](?:(?<![^\n].)|(?<=[.;:]\s.))[\w'’-]+(?: [{UPPER}][\w'’-]+){{0,3}}), "
                           rf"(?P<city>[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)?)(?=[,:])")


def meeting_spans(chars: Characters, gazetteer: Gazetteer) -> Iterator[Span]:
    """EVENT spans for competitions named without a head word, before a known host city."""
    for match in itertools.chain(MEETING.finditer(chars.text), YEARBOOK_LINE.finditer(chars.text)):
        name = match.group("value")
        words = name.split()
        if (gazetteer.kind(name) or gazetteer.kind(match.group("city").split()[0]) is None
                or words[0] in NOT_VENUES or words[-1] in VENUE_WORDS or not set(words).isdisjoint(VENUE_WORDS)):
            continue
        span = chars.span(match.start("value"), match.end("value"), "EVENT", "event.meeting")
        if span is not None:
            yield span


# A point-to-point race named for its start and finish, after a word that names a race: "won Sierre-Zinal", "went
# back to Marseille-Cassis", "the Vienna-Budapest ultramarathon" (not "went to X", "moved to X"); the word after it
# ("next") must end the name (see :func:`point_to_point_spans`): not "the Mercedes-Benz Arena", "the Osaka-Kobe area".
POINT_TO_POINT = re.compile(rf"{_words('at', 'won', 'win', 'winning', 'the', 'back to')} "
                            rf"(?P<value>(?P<start>[{UPPER}][\w'’]+)-(?P<finish>[{UPPER}][\w'’]+))\b(?![-'’])"
                            rf"(?P<next>\s+\w+)?")
POINT_TO_POINT_RULE = "event.point_to_point"


def point_to_point_spans(chars: Characters, gazetteer: Gazetteer, race_words: frozenset[str]) -> Iterator[Span]:
    """EVENT spans for races named "Start-Finish" where the gazetteer knows the start as a city and the finish as
    no country, and not the whole name as a place ("Saint-Denis", "Baden-Baden"): not "retired at Champex-Lac", "the
    KwaZulu-Natal runner"."""
    for match in POINT_TO_POINT.finditer(chars.text):
        start, finish, following = match.group("start"), match.group("finish"), (match.group("next") or "").strip()
        ends_name = not following or following in STOP_WORDS or following.lower() in race_words or \
            following.lower().endswith(("marathon", "race", "run"))  # "the Vienna-Budapest ultramarathon"
        if ends_name and start != finish and gazetteer.kind(start) == "city" and gazetteer.kind(finish) != "country" \
                and not gazetteer.kind(match.group("value")):
            span = chars.span(match.start("value"), match.end("value"), "EVENT", POINT_TO_POINT_RULE)
            if span is not None:
                yield span


# City races named in a list before one plural head: "won the Seville (2:27:40) and Milan (2:26:31) marathons", "the
# Boston and New York City marathons". Each name is a run of capitalised words, with a bracket after it or not.
CAPITALISED_WORD = rf"[{UPPER}][\w'’.-]*"
SHARED_NAME = rf"{CAPITALISED_WORD}(?:\s{CAPITALISED_WORD}){{0,3}}(?:\s\([^()]{{1,30}}\))?"
SHARED_HEAD = re.compile(rf"(?P<names>{SHARED_NAME}(?:,\s{SHARED_NAME})*,?\s(?:and|&)\s{SHARED_NAME})"
                         rf"\s(?P<head>(?:half\s)?marathons)\b")
# The rule id of such a name, and the head its race's name takes in the singular.
SHARED_HEADS = {"event.shared.marathon": "Marathon", "event.shared.half_marathon": "Half Marathon"}
BRACKET = re.compile(r"\s\([^()]*\)")
# One name of such a list, once its brackets are blanked out.
LISTED_NAME = re.compile(rf"{CAPITALISED_WORD}(?:\s{CAPITALISED_WORD})*")
# Words of a championship, which a city race's name does not hold: "London Olympic" is no "London Marathon".
CHAMPIONSHIP_WORDS = frozenset("Olympic Olympics Paralympic World Championship Championships Games Commonwealth "
                               "European Trials".split())


def shared_head_spans(chars: Characters, gazetteer: Gazetteer) -> Iterator[Span]:
    """EVENT spans for each name of a list of city races before a plural head, with the rule id that gives the
    head (:data:`SHARED_HEADS`). Every name must begin with a city the gazetteer knows and hold no championship's
    word ("the Olympic and World Championship marathons", "the Beijing and London Olympic marathons" name none),
    and the results must be told one per race: a bracket after each name, or "respectively" (in "won the Paris and
    Lyon marathons, running 2:24:10 in Paris" the time is one race's)."""
    if "marathons" not in chars.text:  # the head the pattern ends with; a text without it is not scanned
        return
    for match in SHARED_HEAD.finditer(chars.text):
        rule = "event.shared." + "_".join(match.group("head").lower().split())[:-1]
        names = BRACKET.sub(lambda bracket: " " * len(bracket.group()), match.group("names"))  # offsets kept
        found = [(match.start("names") + name.start(), match.start("names") + name.end())
                 for name in LISTED_NAME.finditer(names)]
        sentence_end = chars.text.find(".", match.end())
        own_results = len(BRACKET.findall(match.group("names"))) == len(found) or "respectively" in chars.text[
            match.end():sentence_end if sentence_end >= 0 else None]  # each its own time, or results in order
        if len(found) < 2 or not own_results or any(
                not any(gazetteer.kind(" ".join(words[:width])) == "city" for width in (1, 2, 3))
                or not CHAMPIONSHIP_WORDS.isdisjoint(words) for words in (chars.text[s:e].split() for s, e in found)):
            continue
        for start, end in found:
            span = chars.span(start, end, "EVENT", rule)
            if span is not None:
                yield span


# Heads after which a race's name may end with its city: "Zurich Marató Barcelona", "Ultra-Trail Cape Town"
# (the one-word names of the marathon in the discipline module's list, and "Trail").
CITY_AFTER_HEADS = frozenset(word for word, discipline in NAME_WORDS
                             if discipline == "marathon" and " " not in word) | {"trail"}
# A two-year season opening a span: "2019-20" in "2019-20 Tour de Ski".
SEASON_START = re.compile(r"^(?:19|20)\d\d\s?[-–/]\s?\d\d(?:\d\d)?$")
# Particles that join a race's name to its place in Romance languages: "Semi-Marathon de Paris" (fewer than the
# gazetteer's PLACE_PARTICLES, which a place's own name may hold: "la", "na", "sur").
RACE_PLACE_PARTICLES = frozenset("de del des di du do da della dos das".split())


# Names that may end with the city of the race: "Golden Spike Ostrava", "TCS World 10K Bengaluru".
CITY_AFTER = ("event.known", "event.named.distance")
# Words a competition's name goes on with that are not capitalised words: a regnal number or a French
# elision ("Meeting International Mohammed VI d'Athlétisme").
NAME_TAIL = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|[dl]['’][^\W\d_]+)$")


def tidy_events(events: list[Span], chars: Characters, gazetteer: Gazetteer) -> list[Span]:
    """EVENT spans without a leading two-year season ("2019-20 Tour de Ski": the season is a date), back over
    a country's name with "and" in it ("Trinidad and Tobago Championships") or a city's with a small word
    ("Ústí nad Labem Half Marathon"), none that ends with "Country"
    unless it is a cross country, no Games named alone before a country (a committee: "Paralympics
    Australia"), and
    extended over a regnal number or an elision (:data:`NAME_TAIL`), over the place a race's name ends
    with: "de"/"di"/"do" + capitalised words ("Semi-Marathon" -> "Semi-Marathon de Boulogne-Billancourt"),
    or a known city after a marathon head, a known meeting or a distance ("Zurich Marató Barcelona", "Golden
    Spike Ostrava", "TCS World 10K Bengaluru")."""
    words = chars.words  # token texts: a word's lower case, title case and capitals are those of str
    last = len(words)
    tidied = []
    for span in events:
        start, end = span.start, span.end
        if end - start > 3 and SEASON_START.match(chars.joined(start, start + 3)):
            start += 3
        elif start >= 2 and end - start > 1 and SEASON_START.match(chars.joined(start - 2, start + 1)):
            start += 1  # a match that began inside the season: "20 Tour de Ski"
        joining = words[start - 1].lower() if start >= 2 else ""
        if joining == "and" or joining in PLACE_PARTICLES or joining in PLACE_PARTICLES_CHECKED:  # a country whose
            kind = "country" if joining == "and" else "city"  # name has "and" in it, a city with a small word in
            start -= next((before + 1 for before in (1, 2) for after in (1, 2)  # it: "Trinidad and Tobago
                           if start - 1 - before >= 0 and start + after <= end  # Championships", "Ústí nad Labem
                           and gazetteer.kind(chars.joined(start - 1 - before, start + after)) == kind), 0)  # Half
            # Marathon"
        if span.id_ == "event.alone" and end < last and gazetteer.kind(words[end]) == "country":
            continue  # "funded by Paralympics Australia": a national committee, no competition
        if words[end - 1] == "Country" and "cross" not in (word.lower() for word in words[max(start, end - 3):end - 1]):
            continue  # "the University of the Basque Country": only a cross country is a race
        while end < last and NAME_TAIL.match(words[end]):
            end += 1
        while end + 1 < last and words[end].lower() in RACE_PLACE_PARTICLES and words[end + 1].istitle() \
                and words[end + 1] not in NOT_VENUES:
            end += 2
            while end < last and (words[end].istitle() or words[end] == "-" and end + 1 < last
                                  and words[end + 1].istitle()):
                end += 1
        while end + 2 < last and words[end].lower() == "of" and words[end + 1].lower() == "the" and (
                words[end + 2].istitle() or words[end + 2].isupper()) and words[end + 2] not in NOT_VENUES:
            end += 3  # "Spartakiad of the Peoples of the USSR", "Championships of the Americas"
            while end < last and (words[end].istitle() or words[end].isupper()):
                end += 1
        if end == span.end and (words[end - 1].lower() in CITY_AFTER_HEADS or span.id_ in CITY_AFTER):
            end += next((width for width in (3, 2, 1) if end + width <= last
                         and all(word.istitle() for word in words[end:end + width])
                         and gazetteer.kind(chars.joined(end, end + width)) == "city"), 0)
        unchanged = (start, end) == (span.start, span.end)
        tidied.append(span if unchanged else Span(span.doc, start, end, label=span.label, span_id=span.id))
    return tidied


def phrases(pattern: list[dict[str, Any]]) -> tuple[str, list[tuple[str, ...]]] | None:
    """The fixed token sequences a pattern matches, with the attribute they are read in.

    A pattern whose tokens are words or word lists (``LOWER``/``ORTH``, optionally "?") is a list of
    phrases, which spaCy's PhraseMatcher finds far faster than the token Matcher. None for a pattern
    that needs the Matcher (regexes, flags, repeats).
    """
    slots: list[list[tuple[str, ...]]] = []  # per token: the words it may be, () where it may be left out
    attrs = set()
    for spec in pattern:
        op = spec.get("OP")
        keys = set(spec) - {"OP"}
        if op not in (None, "?") or len(keys) != 1 or not keys <= {"LOWER", "ORTH"}:
            return None
        key = keys.pop()
        value = spec[key]
        words = [value] if isinstance(value, str) else value.get("IN") if set(value) == {"IN"} else None
        if words is None:
            return None
        if any(word.lower() != word.upper() for word in words):  # words with letters decide case
            attrs.add(key)
        slots.append([(word,) for word in words] + ([()] if op == "?" else []))
    if len(attrs) > 1 or math.prod(map(len, slots)) > MAX_PHRASES:
        return None
    attr = attrs.pop() if attrs else "ORTH"
    sequences = (sum(parts, ()) for parts in itertools.product(*slots))
    return attr, [sequence for sequence in sequences if sequence]


def lexeme_test(spec: dict[str, Any]) -> Callable[[str], bool] | None:
    """A token spec with a regex or word list, as a test of the word alone (None for other specs).

    Such predicates run in Python for every token of every Doc; as a lexeme flag the test runs once
    per distinct word and the Matcher reads a bit.
    """
    if not any(isinstance(v, dict) for v in spec.values()):
        return None
    checks: list[tuple[bool, Callable[[str], Any]]] = []  # (read in lower case, test of the word)
    for key, value in spec.items():
        if key == "OP":
            continue
        if key == "IS_TITLE":
            checks.append((False, lambda word, want=value: word.istitle() == want))
        elif key not in ("LOWER", "TEXT", "ORTH") or not isinstance(value, dict):
            return None
        elif "REGEX" in value:
            checks.append((key == "LOWER", re.compile(value["REGEX"]).search))
        elif "NOT_IN" in value:
            checks.append((key == "LOWER", lambda word, words=frozenset(value["NOT_IN"]): word not in words))
        elif "IN" in value:
            checks.append((key == "LOWER", frozenset(value["IN"]).__contains__))
        else:
            return None

    if len(checks) == 1:  # most specs; a test runs for every flag of every new word
        lower, check = checks[0]
        return (lambda text: bool(check(text.lower()))) if lower else (lambda text: bool(check(text)))

    def test(text: str) -> bool:
        lowered = text.lower()
        for lower, check in checks:
            if not check(lowered if lower else text):
                return False
        return True

    return test


def _spec_key(spec: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in spec.items() if k != "OP"}, sort_keys=True)


def _required_before(pattern: list[dict[str, Any]]) -> list[int]:
    """For each spec of a pattern, how many specs before it must match (not "?" or "*")."""
    return list(itertools.accumulate((spec.get("OP") not in ("?", "*") for spec in pattern[:-1]), initial=0))


def add_flags(vocab: Vocab, patterns: list[list[dict[str, Any]]]) -> dict[str, int]:
    """Lexeme flags for the token specs that :func:`lexeme_test` can turn into flags, keyed by spec.

    There are only ``LAST_FLAG - FIRST_FLAG + 1`` flags, so the specs the Matcher tests most often get
    them first: those with no required spec before them in a pattern (tested on every token: an optional
    spec may be skipped, so the one after it is tested too), then those after one required spec, and so
    on; the rest stay Python predicates. The flags are set on the words already in the vocabulary, and on
    new words as they come.
    """
    tests: dict[str, Callable[[str], bool]] = {}
    for depth in range(max(map(len, patterns), default=0)):
        for spec in (spec for pattern in patterns for spec, before in zip(pattern, _required_before(pattern))
                     if before == depth):
            test = lexeme_test(spec)
            if test is not None and _spec_key(spec) not in tests and len(tests) <= LAST_FLAG - FIRST_FLAG:
                tests[_spec_key(spec)] = test
    flags = {key: FIRST_FLAG + index for index, key in enumerate(tests)}
    for key, flag in flags.items():
        vocab.lex_attr_getters[flag] = tests[key]
    words = [(lexeme, lexeme.orth_) for lexeme in vocab]
    for key, flag in flags.items():
        test = tests[key]
        for lexeme, word in words:
            if test(word):  # flags start unset
                lexeme.set_flag(flag, True)
    return flags


def flagged(spec: dict[str, Any], flags: dict[str, int]) -> dict[Any, Any]:
    """A token spec with its test replaced by its lexeme flag, where it has one (see :func:`add_flags`)."""
    flag = flags.get(_spec_key(spec))
    if flag is None:
        return spec
    return {flag: True, **({"OP": spec["OP"]} if "OP" in spec else {})}


@Language.factory("bio_recogniser")
class BioRecogniser:
    """Adds rule, regex and gazetteer candidates to ``doc.spans["candidates"]``.

    The JSONL rules run as spaCy matchers: fixed phrases through two PhraseMatchers (by lower case and
    by exact spelling), the rest through one Matcher. Each match becomes a span labelled as its rule
    says, with the rule's id in ``span.id_``.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.matcher = Matcher(nlp.vocab, validate=False)
        self.phrase_matchers = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH")}
        self.labels: dict[str, str] = {}
        token_rules: list[dict[str, Any]] = []
        for rule in load_rules():
            self.labels[rule["id"]] = rule["label"]
            if "phrases" in rule:  # whole names, tokenized as the text will be
                self.phrase_matchers["ORTH"].add(rule["id"], [nlp.make_doc(phrase) for phrase in rule["phrases"]])
                continue
            compiled = phrases(rule["pattern"])
            if compiled is None:
                token_rules.append(rule)
            else:
                attr, sequences = compiled
                self.phrase_matchers[attr].add(rule["id"], [Doc(nlp.vocab, words=list(words)) for words in sequences])
        flags = add_flags(nlp.vocab, [rule["pattern"] for rule in token_rules])
        for rule in token_rules:
            self.matcher.add(rule["id"], [[flagged(spec, flags) for spec in rule["pattern"]]])
        self.gazetteer = load_gazetteer()
        self.race_words = RaceWords.of(vocabulary()["race_words"])

    def rule_spans(self, doc: Doc) -> list[Span]:
        """Every match of every JSONL rule, overlaps included."""
        strings = doc.vocab.strings
        matches = [*self.matcher(doc), *(m for pm in self.phrase_matchers.values() for m in pm(doc))]
        return [Span(doc, start, end, label=self.labels[strings[key]], span_id=strings[key])
                for key, start, end in matches]

    def __call__(self, doc: Doc) -> Doc:
        ruled = self.rule_spans(doc)
        chars = Characters(doc)
        events = filter_spans(tidy_events(
            [*(s for s in ruled if s.label_ == "EVENT"), *meeting_spans(chars, self.gazetteer),
             *point_to_point_spans(chars, self.gazetteer, self.race_words.words),
             *shared_head_spans(chars, self.gazetteer)], chars, self.gazetteer))
        others = [s for s in ruled if s.label_ != "EVENT"]
        doc.spans[SPAN_KEY] = sorted([*events, *others, *regex_spans(chars), *location_spans(chars, self.gazetteer),
                                      *venue_spans(chars, events, self.race_words, self.gazetteer)],
                                     key=lambda s: (s.start, -s.end))
        return doc


# Entity labels of a pretrained pipeline, as this pipeline's candidate labels.
MODEL_LABELS = {"GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION", "EVENT": "EVENT"}


@Language.factory("model_entities", default_config={"model": ""})
class ModelEntities:
    """Adds a pretrained pipeline's entities (places, events) to the candidates: ``--model NAME``."""

    def __init__(self, nlp: Language, name: str, model: str) -> None:
        self.model = spacy.load(model)
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        added = []
        for entity in self.model(doc_text(doc)).ents:
            label = MODEL_LABELS.get(entity.label_)
            span = doc.char_span(entity.start_char, entity.end_char, label=label) if label else None
            if span is not None:
                span.id_ = (self.gazetteer.kind(span.text) or "venue") if label == "LOCATION" else "model.event"
                added.append(span)
        doc.spans[SPAN_KEY] = sorted([*doc.spans[SPAN_KEY], *added], key=lambda s: (s.start, -s.end))
        return doc


@lru_cache(maxsize=2)
def build_nlp(model: str | None = None) -> Language:
    """The pipeline's spaCy object: blank English, bio sentences, the recogniser, and optionally a
    pretrained pipeline's entities (``model``: an installed package name or a folder)."""
    nlp = spacy.blank("en")
    nlp.tokenizer = KeepText(nlp.tokenizer)
    nlp.add_pipe("bio_sentences")
    nlp.add_pipe("bio_recogniser")
    if model:
        nlp.add_pipe("model_entities", config={"model": model})
    return nlp
