"""Placings and statuses: "55th" -> place 55, "top thirty" -> place_max 30, "did not finish" -> DNF."""
from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90, "hundred": 100}
_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                  "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                  "nineteenth": 19}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                 "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
MEDALS = {"gold": 1, "silver": 2, "bronze": 3}

# A numeric ordinal: "55th", "1st", "22nd".
NUMERIC_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE)
# A word ordinal, possibly compound: "sixth", "twenty-first", "thirtieth".
WORD_ORDINAL = re.compile(r"\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-])?"
                          r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                          r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                          r"thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\b",
                          re.IGNORECASE)
# A cardinal after "top": "top 20", "top-ten", "top thirty".
TOP_RANGE = re.compile(r"top[\s-]+(\d{1,3}|[a-z]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Placing:
    """A normalised placing: a position, an upper bound, or neither (e.g. "last")."""

    place: int | None = None
    place_max: int | None = None


def cardinal(word: str) -> int | None:
    """ "30" or "thirty" -> 30."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _UNITS.get(word) or _TENS.get(word)


def ordinal(text: str) -> int | None:
    """The position an ordinal in the text names: "coming 55th" -> 55, "into twenty-first" -> 21."""
    numeric = NUMERIC_ORDINAL.search(text)
    if numeric:
        return int(numeric.group(1))
    word = WORD_ORDINAL.search(text)
    if not word:
        return None
    tens = _TENS.get((word.group(1) or "").lower(), 0)
    last = word.group(2).lower()
    return tens + (_ORDINAL_UNITS.get(last) or _ORDINAL_TENS.get(last, 0)) or None


def parse_placing(rule: str, text: str) -> Placing | None:
    """Normalise a PLACING span found by ``rule`` (its pattern id)."""
    lowered = text.lower()
    if rule == "placing.medal":
        return Placing(place=MEDALS[lowered])
    if rule in ("placing.win", "placing.title") or rule.startswith("placing.win."):  # "went her way", "took the 3000 m"
        return Placing(place=1)
    if rule == "placing.runner_up":
        return Placing(place=2)
    if rule == "placing.podium":
        return Placing(place_max=3)
    if rule.startswith("placing.position"):  # "rank 12", "pos. 14", "P7"
        return Placing(place=int(re.search(r"\d+", text).group()))
    if rule == "placing.range":
        match = TOP_RANGE.search(text)
        bound = cardinal(match.group(1)) if match else None
        return Placing(place_max=bound) if bound else None
    if rule.startswith("placing.ordinal"):
        if re.search(r"\blast\b", lowered):
            return Placing()
        position = ordinal(text)
        return Placing(place=position) if position else None
    return None


def parse_status(rule: str) -> str:
    """ "status.dnf.dropped" -> "DNF"."""
    return rule.split(".")[1].upper()
