"""Finishing times: "2:16:22 hours" -> ("2:16:22", 8182.0); "9.58 seconds" -> ("9.58", 9.58)."""
from __future__ import annotations

import re

from .placings import cardinal

# The numbers of a time in any notation, largest unit first: "2:08:50", "2 hours 8 minutes 50 seconds",
# "2h 08' 50\"", "13:05.12", "3 min 35.6 s".
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Unit words that say which numbers are present: "27 minutes 45.31 seconds" has no hours.
_HOURS = re.compile(r"\d\s?(?:hours?|hrs?|h)\b(?=[\s,\d])", re.IGNORECASE)
_COLON_HOURS = re.compile(r"\d:\d{2}:\d{2}")
_MINUTES_ONLY = re.compile(r"^\s*\d+(?:\.\d+)?\s?(?:minutes|min|mins)\s*$", re.IGNORECASE)
# A number from one to fifty-nine as a word, as older prose writes the parts of a time: "two hours, thirty-eight
# minutes and twelve seconds", "one minute 45.60 seconds". A pattern string, shared with the recogniser. The
# opening look-ahead at the first letters lets the engine pass over other words without trying each number (the
# recogniser's "time.words" rule ran 2.3 times faster with it).
NUMBER_WORD = (r"(?=[otfsenOTFSEN])(?i:(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|"
               r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|"
               r"seven|eight|nine)\b")
_NUMBER_WORD = re.compile(NUMBER_WORD)
# "an hour", "a minute" for one of a time's units, as prose writes it: "in an hour, 19 minutes and 34 seconds", "in a
# minute and 44.30 seconds". Shared with the recogniser.
A_UNIT = r"\b[Aa]n?(?=\s(?:hour|minute)\b)"
_A_UNIT = re.compile(A_UNIT)
# Seconds and fifths of a second, as hand timing gave them: "52 2/5" is 52.4.
_FIFTHS = re.compile(r"(\d+) ([1-4])/5\b")
# Hundredths written after the seconds mark: "13'25\"61".
_HUNDREDTHS = re.compile(r"(\d)[\"”](\d{1,2})\b")
# A decimal comma, as European results lists write it: the "," of "28:31,40", "52,31", "11,24 s" (not "10,000").
_DECIMAL_COMMA = re.compile(r"(?<=:\d\d),(?=\d{1,3}(?![\d:]))|(?<=\d),(?=\d{1,2}(?![\d:,]))")


def parse_time(text: str) -> tuple[str, float] | None:
    """Canonical string and seconds for a time span's text; None when it is not a plausible time."""
    text = _A_UNIT.sub("1", text)
    text = _NUMBER_WORD.sub(lambda m: str(sum(cardinal(word) or 0 for word in re.split(r"[- ]", m.group()))), text)
    text = _FIFTHS.sub(lambda m: f"{m.group(1)}.{2 * int(m.group(2))}", text)  # "52 2/5" -> "52.4"
    text = _HUNDREDTHS.sub(r"\1.\2", text)  # "13'25\"61" -> "13'25.61"
    text = _DECIMAL_COMMA.sub(".", text)  # "28:31,40" -> "28:31.40"
    numbers = _NUMBER.findall(text)
    if not numbers or _MINUTES_ONLY.match(text):
        return None
    has_hours = bool(_COLON_HOURS.search(text) or _HOURS.search(text))
    parts = [float(n) for n in numbers]
    decimals = numbers[-1].split(".")[1] if "." in numbers[-1] else ""
    if has_hours and len(parts) == 2:  # "2 hours 8 minutes"
        parts.append(0.0)
    hours, minutes, seconds = ([0.0] * (3 - len(parts)) + parts)[-3:]
    if not hours and 60 <= minutes < 600 and len(parts) == 2:  # "63:12" for a half marathon: 1:03:12
        hours, minutes = divmod(minutes, 60)
    if len(parts) > 3 or minutes >= 60 or seconds >= 60 or any(p != int(p) for p in parts[:-1]):
        return None
    total = hours * 3600 + minutes * 60 + seconds
    if total <= 0:
        return None
    return format_time(int(hours), int(minutes), seconds, decimals), round(total, 3)


def format_time(hours: int, minutes: int, seconds: float, decimals: str) -> str:
    """Schema notation: h:mm:ss from an hour, m:ss[.xx] below, s.xx below a minute."""
    whole = int(seconds)
    fraction = f".{decimals}" if decimals else ""
    if hours:
        return f"{hours}:{minutes:02d}:{whole:02d}{fraction}"
    if minutes:
        return f"{minutes}:{whole:02d}{fraction}"
    return f"{whole}{fraction}"
