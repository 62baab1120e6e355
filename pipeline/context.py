"""Stage 6, resolve context: the narrative's reference date, as HeidelTime does for narratives.

A bio tells a career in order. Each absolute date moves the reference forward; a year the sentence
leaves implicit ("that year", "December's ...", "the following season") is read against it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date as calendar_date, timedelta

from .normalise.dates import PartialDate, RelativeDate

# A year with every day of the calendar, to count the days between two days told without their year.
LEAP_YEAR = 2000


@dataclass
class Narrative:
    """The reference date so far: a year, the month where the text gave one, and the two years of a
    season the text has opened ("the 2009-10 season") until it names a year again."""

    year: int | None = None
    month: int | None = None
    season: tuple[int, int] | None = None
    turn: int = 7  # the month the season's second year starts
    hint: int | None = None  # a season of the year told without a month ("the autumn of 2017": 9), to order by
    day: int | None = None  # the day of the month, where the text gave one ("two days later" counts from it)

    def resolve(self, date: PartialDate | RelativeDate | None, this_year: bool = False,
                nearest: bool = False) -> PartialDate | None:
        """An absolute date for a race: the text's parts, completed from the reference. ``this_year``: the
        text ties the month to the reference's year, even after a later month ("earlier that January she had
        won"); ``nearest``: to the reference, as the nearest such month ("that August" after October is that
        year's, "that March" after December the next)."""
        if date is None:  # within a two-year season a race without a month has no single year
            return PartialDate(year=self.year) if self.year and not self.season else None
        if isinstance(date, RelativeDate):
            return self._shift(date)
        if date.year is not None:
            return date
        if self.season and date.month:  # a northern season: July to December in its first year,
            year = self.season[date.month < self.turn]
            if self.year and self.month and (year, date.month) < (self.year, self.month):
                year = self.year + (date.month < self.month)  # unless that is behind the narrative: "In the
            return PartialDate(year=year, month=date.month, day=date.day)  # 2012-13 season ... in February
            # ... that July" -> July 2013
        if self.year is None:
            return None
        year = self.year
        reached = self.month or self.hint
        # A day a week or so before the day told is a few days back, not next year: "Earlier in the Games, on 28
        # August" after 2 September.
        days_before = None not in (self.month, self.day, date.month, date.day) and 0 < (calendar_date(
            LEAP_YEAR, self.month, self.day) - calendar_date(LEAP_YEAR, date.month, date.day)).days <= 10
        back = this_year or nearest and date.month is not None and reached is not None and reached - date.month <= 6
        if date.month and reached and date.month < reached and not back and not days_before:
            year += 1  # "in March" after a December race, "in January" after the autumn: the narrative has moved on
        return PartialDate(year=year, month=date.month, day=date.day)

    def _shift(self, offset: RelativeDate) -> PartialDate | None:
        if offset.days is not None and self.year is not None and self.month is not None and self.day is not None:
            later = calendar_date(self.year, self.month, self.day) + timedelta(days=offset.days)
            return PartialDate(year=later.year, month=later.month, day=None if offset.month_only else later.day)  # "on
            # 23 June ... two days later"; "on 28 May ... a week later": June
        if offset.same_month and self.year is not None and self.month is not None:
            return PartialDate(year=self.year, month=self.month)  # "later that month"
        if offset.year_end and self.year is not None and not self.season:
            return PartialDate(year=self.year, month=12, day=31)  # "the final day of that year"
        if self.year is None or self.season and offset.years == 0 and offset.month is None and not (
                offset.months and self.month):  # "later that winter" in "the 2023-24 season": either year
            return None
        if self.season and offset.years and offset.months is None and offset.month is None:
            # "the following season" after "the 2009-10 season": the 2010-11 season, no single year
            first, last = self.season
            return PartialDate(year=first + offset.years, season_end=last + offset.years, season_turn=self.turn)
        if offset.month is not None and offset.years:  # "October of the following year"
            return PartialDate(year=self.year + offset.years, month=offset.month)
        if offset.month is not None and offset.earlier:  # the last such month before the reference's month:
            back = self.month is not None and offset.month >= self.month  # "that January ... the previous
            return PartialDate(year=self.year - back, month=offset.month)  # December" (without one: that year's)
        if offset.month is not None:  # the next such month after the reference: "the following March"
            later = self.month is not None and offset.month > self.month
            return PartialDate(year=self.year if later else self.year + 1, month=offset.month)
        if offset.months is None:
            return PartialDate(year=self.year + offset.years)
        if self.month is None and abs(offset.months) >= 12:  # "twelve months later" after a year alone
            return PartialDate(year=self.year + offset.months // 12) if offset.months % 12 == 0 else None
        if offset.months == 0 or self.month is None:
            return PartialDate(year=self.year + offset.years)
        total = self.year * 12 + self.month - 1 + offset.months
        return PartialDate(year=total // 12, month=total % 12 + 1)

    def open_winter(self) -> None:
        """ "That winter": the narrative stands at the year's end, so a January that follows is next year's."""
        self.month, self.day = 12, None

    def open_season(self, first: int, last: int, turn: int = 7) -> None:
        """ "The 2009-10 season": the reference is its first year until the text names a year; its second year
        starts in month ``turn``."""
        self.year, self.month, self.day, self.season, self.turn = first, None, None, (first, last), turn

    def update(self, date: PartialDate | None, stated: bool = True) -> None:
        """Move the reference to a date the narrative has reached; ``stated``: the text gave its year
        (a month read inside a season leaves the season open)."""
        if date is None or date.year is None:
            return
        self.year, self.month, self.day, self.hint = date.year, date.month, date.day, None
        if stated:
            self.season = None

    def copy(self) -> Narrative:
        return Narrative(self.year, self.month, self.season, self.turn, self.hint, self.day)
