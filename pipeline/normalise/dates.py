"""Date phrases: dateparser reads the phrase; the rule that found it says which parts the text gave.

dateparser fills a missing day or month from its reference date, so "December 2014" comes back as a
full date. Only the parts the phrase states are kept: ("2014", "12") for "December 2014".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import dateparser

from .placings import cardinal

# The calendar's names, as prose writes them.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Fixed reference: results never depend on the day the pipeline runs.
REFERENCE = datetime(2000, 1, 1)
# dateparser's own formats for the phrases the date rules find, once their day and year are placeholders
# and its translation has dropped "of" and full stops ("1 of June 2000" -> "1 June 2000", "August 1,
# 2000", "May 2000", "1 March", "October"); they are tried first, and its general parser only where none
# fits, since that one compiles its time-zone patterns on first use (0.15 s of a one-bio run).
FORMATS = ["%d %B %Y", "%B %d, %Y", "%B %d %Y", "%B %Y", "%d %B", "%B %d", "%B"]
SETTINGS = {"RELATIVE_BASE": REFERENCE, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY",
            "PARSERS": ["custom-formats", "absolute-time"]}

# Which parts each date rule states.
PARTS = {"date.dmy": "ymd", "date.mdy": "ymd", "date.my": "ym", "date.dm": "md", "date.month": "m",
         "date.that_month": "m", "date.month_same_year": "m"}

# Relative phrases as (years, months) from the narrative's reference date; None = unknown months.
RELATIVE = {
    "date.same_year": (0, 0), "date.next_year": (1, None), "date.next_year.later": (1, None),
    "date.next_year.bare": (1, None), "date.next_year.after": (1, None), "date.decade_later": (10, None),
    "date.previous_year": (-1, None), "date.previous_year.earlier": (-1, None), "date.previous_year.before": (-1, None),
    "date.weeks_later": (0, 0), "date.within_month": (0, 0), "date.next_month": (0, 1),
    "date.next_month.bare": (0, 1), "date.previous_month": (0, -1), "date.next_month.after": (0, 1),
    "date.previous_month.before": (0, -1),
}
# The month a season opens, for "the summer after" a race: the first such month after it (the year only is kept).
SEASON_OPENS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# A year inside a date phrase: "2009" in "12 April 2009". dateparser reads the phrase with the year
# replaced by a leap year, and the year is taken from the text (so "12 April 2009" and "12 April 2013"
# share one cached call).
YEAR_IN_PHRASE = re.compile(r"(?:18|19|20)\d\d")
PLACEHOLDER_YEAR = 2000
# Two-digit years ("'62") are read as the latest year not after this one: '62 is 1962, '19 is 2019.
PIVOT_YEAR = 2026
SHORT_YEAR = re.compile(r"['’]\d\d\b")
# The day of a date phrase: "21st" in "the 21st of October", "14" in "June 14, 2019". It is read from the
# text and the phrase is parsed with the first of the month in its place, so the cache holds one phrase
# per month and wording, not one per day.
DAY_IN_PHRASE = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![:.,]?\d)")
# A season over two years: "2009-10", "2015–16", "2009/2010".
SEASON = re.compile(r"(?P<first>(?:19|20)\d\d)\s?[-–/]\s?(?P<second>\d\d(?:\d\d)?)")


@dataclass(frozen=True)
class PartialDate:
    """A date at the precision the text gave; ``season_end`` is set for a two-year season, whose second
    year starts in month ``season_turn`` (July for a northern winter's season, April for a fiscal year)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season_end: int | None = None
    season_turn: int = 7

    def iso(self) -> str | None:
        """ "2014-12", "2009-04-12", "2007", or None without a year."""
        if self.year is None:
            return None
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class RelativeDate:
    """An offset from the narrative's reference date: "the following year" -> years=1. ``month``: a
    month to take next after the reference ("the following March"); ``winter``: the phrase opens a
    winter, so later January-to-April dates fall in the next year ("That winter ... in February");
    ``same_month``: the reference's own month ("later that month"); ``year_end``: the last day of the
    reference's year ("the final day of that year"); ``earlier``: ``month`` is the last such month
    before the reference ("the previous December"); ``days``: a count of days after the reference's day ("two days
    later"); ``month_only``: the count fixes no more than the month its days end in ("a week later")."""

    years: int = 0
    months: int | None = 0
    month: int | None = None
    winter: bool = False
    same_month: bool = False
    year_end: bool = False
    earlier: bool = False
    days: int | None = None
    month_only: bool = False


@lru_cache(maxsize=4096)
def parse_date(rule: str, text: str) -> PartialDate | RelativeDate | None:
    """Normalise a DATE span found by ``rule``; dateparser is called on absolute phrases only."""
    if rule == "date.weeks_later" and text.lower().split()[-3:-1] in (["a", "week"], ["one", "week"]):
        return RelativeDate(same_month=True, days=7, month_only=True)  # "a week later": its month, not a day
    if rule in RELATIVE:
        years, months = RELATIVE[rule]
        return RelativeDate(years, months, winter="winter" in text.lower())
    if rule == "date.season_from_race":  # "the summer after", "the winter before"
        season, direction = text.lower().split()[1:]
        return RelativeDate(month=SEASON_OPENS[season], earlier=direction == "before")
    if rule == "date.weeks_from_race":  # "six weeks before", "a week after": seven days a week
        weeks = _count(text.split()[0]) or 0
        return RelativeDate(days=7 * (-weeks if text.split()[-1].lower() == "before" else weeks))
    if rule.startswith("date.days_later"):  # "two days later", "the next day"; "a few days later": the month; "the
        # following week": the month its days end in
        counts = [1 if word in ("next", "following") else _count(word) for word in text.lower().split()[:-1]]
        counts = [count for count in counts if count is not None]
        week = text.lower().split()[-1] == "week"
        return RelativeDate(same_month=True, days=counts[-1] * (7 if week else 1) if counts and "few" not in text.lower()
                            else None, month_only=week)
    if rule.startswith("date.same_month"):  # "later that month"
        return RelativeDate(same_month=True)
    if rule == "date.year_end":  # "the last day of 2019", "the final day of that year"
        digits = YEAR_IN_PHRASE.search(text)
        return PartialDate(int(digits.group()), 12, 31) if digits else RelativeDate(year_end=True)
    if rule in ("date.following_month", "date.previous_month_named", "date.month_next_year", "date.month_after"):
        # "the following March", "the previous December", "March of the next year", "the February after"
        month_word = text.split()[0] if rule == "date.month_next_year" else text.split()[1] \
            if rule == "date.month_after" else text.split()[-1]
        parsed = _read(month_word)
        if parsed is None:
            return None
        if rule == "date.month_next_year":
            return RelativeDate(1, None, month=parsed.month)
        earlier = rule == "date.previous_month_named" or text.split()[-1].lower() == "before"
        return RelativeDate(month=parsed.month, earlier=earlier)
    if rule in ("date.years_later", "date.years_earlier", "date.months_later", "date.months_earlier"):
        count = _count(text.split()[0])
        if count is None:
            return None
        if rule.startswith("date.months"):
            return RelativeDate(0, count if rule == "date.months_later" else -count)
        return RelativeDate(count if rule == "date.years_later" else -count, None)
    if rule == "date.year_short":  # "'62"
        return PartialDate(year=_short_year(text))
    if rule == "date.iso":  # "2019-07-12"
        year, month, day = map(int, text.split("-"))
        return PartialDate(year, month, day) if _valid(year, month, day) else None
    if rule == "date.slashed":  # "14/09/2024" is day first, "10/25/2019" month first; "04/07/2023": the year alone
        first, second, year = map(int, text.split("/"))
        if first > 12 and _valid(year, second, first):
            return PartialDate(year, second, first)
        if second > 12 and _valid(year, first, second):
            return PartialDate(year, first, second)
        return PartialDate(year) if 1 <= first <= 12 and 1 <= second <= 12 else None
    if rule == "date.dmy_numeric":  # "21.07.1975"
        day, month, year = map(int, text.split("."))
        return PartialDate(year, month, day) if _valid(year, month, day) else None
    if rule == "date.year":
        digits = re.match(r"\d{4}", text)
        return PartialDate(year=int(digits.group())) if digits else None
    if rule == "date.fiscal_year":  # "the 2022 fiscal year": April 2022 to March 2023
        first = int(YEAR_IN_PHRASE.search(text).group())
        return PartialDate(year=first, season_end=first + 1, season_turn=4)
    if rule == "date.season":
        match = SEASON.search(text)
        if not match:
            return None
        first, second = int(match.group("first")), match.group("second")
        end = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        return PartialDate(year=first, season_end=end) if end == first + 1 else None
    parts = PARTS.get(rule)
    if parts is None:
        return None
    phrase = text.split()[0] if rule == "date.month_same_year" else text.split()[-1] if rule == "date.that_month" \
        else re.sub(r"['’]s$", "", text)
    short = SHORT_YEAR.search(phrase) if "y" in parts else None  # "January '62"
    if short:
        phrase = phrase[:short.start()] + str(_short_year(short.group())) + phrase[short.end():]
    year = YEAR_IN_PHRASE.search(phrase) if "y" in parts else None
    phrase = YEAR_IN_PHRASE.sub(str(PLACEHOLDER_YEAR), phrase)
    day = DAY_IN_PHRASE.search(phrase) if "d" in parts else None
    if "d" in parts and day is None:
        return None
    parsed = _read(phrase[:day.start()] + "1" + phrase[day.end():] if day else phrase)
    if parsed is None:
        return None
    date = PartialDate(year=int(year.group()) if year else None, month=parsed.month,
                       day=int(day.group("day")) if day else None)
    try:  # "29 February 2009" does not exist
        datetime(date.year or PLACEHOLDER_YEAR, date.month or 1, date.day or 1)
    except ValueError:
        return None
    return date


@lru_cache(maxsize=4096)
def _read(phrase: str) -> datetime | None:
    """dateparser on a phrase whose year and day are placeholders: a few dozen month phrases cover every
    bio, so the cache answers almost every call (dateparser takes about 2 ms a phrase)."""
    return dateparser.parse(phrase, languages=["en"], date_formats=FORMATS, settings=SETTINGS)


def _short_year(text: str) -> int:
    """ "'62" -> 1962, "'19" -> 2019: the latest such year not after PIVOT_YEAR."""
    short = int(text.strip("'’"))
    return (1900 if 2000 + short > PIVOT_YEAR else 2000) + short


def _valid(year: int, month: int, day: int) -> bool:
    """Whether the figures make a day of the calendar."""
    try:
        datetime(year, month, day)
    except ValueError:
        return False
    return True


def _count(word: str) -> int | None:
    """ "two" -> 2, "a" -> 1, "3" -> 3: how many years or months a relative phrase counts."""
    return 1 if word.lower() in ("a", "an") else cardinal(word)
