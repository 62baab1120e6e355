"""Disciplines in the schema's vocabulary: "10,000 metres" -> "10,000 m", "half-marathons" -> "half marathon"."""
from __future__ import annotations

import re
from functools import lru_cache

from .placings import cardinal

# A distance with its unit and an optional kind: "3000 m steeplechase", "20 km walk", "4 x 100 m relay",
# "10K races", "10 miles", "50 km freestyle".
DISTANCE = re.compile(
    r"(?P<mixed>mixed\s+)?(?P<relay>4\s?[x×]\s?)?(?P<number>\d{1,3}(?: \d{3})+|\d[\d,]*(?:\.\d+)?)[\s-]?"
    r"(?P<unit>metres|meters|metre|meter|m|kilometres|"
    r"kilometers|kilometre|km|K|k|miles?|mi|yards|yard|yds?)\b[\s-]*(?P<kind>[a-z ]*)", re.IGNORECASE)

MILES_YARDS = re.compile(r"^(\d+) miles? (\d+) yards$")
_WORDS = {
    "marathon": "marathon", "half marathon": "half marathon", "ultramarathon": "ultramarathon",
    "ultra marathon": "ultramarathon", "steeplechase": "3000 m steeplechase", "steeple": "3000 m steeplechase",
    "cross country": "cross country", "cross country skiing": "cross-country skiing",
    "cross country ski": "cross-country skiing", "cross country skier": "cross-country skiing",
    "cross country skiers": "cross-country skiing", "road relay": "road relay", "ekiden": "road relay",
    "mile": "mile", "metric mile": "1500 m", "time trial": "time trial", "triathlon": "triathlon", "duathlon": "duathlon",
    "decathlon": "decathlon", "heptathlon": "heptathlon", "triathlete": "triathlon", "duathlete": "duathlon",
    "decathlete": "decathlon", "heptathlete": "heptathlon", "short relay": "4 x 100 m relay",
    "sprint relay": "4 x 100 m relay", "long relay": "4 x 400 m relay", "distance medley relay": "distance medley relay",
    "sprint medley relay": "sprint medley relay", "classic sprint": "sprint classic", "classical sprint": "sprint classic",
    "sprint classic": "sprint classic", "sprint classical": "sprint classic", "freestyle sprint": "sprint freestyle",
    "skating sprint": "sprint freestyle",
}
_TRACK_KINDS = ("steeplechase", "hurdles", "freestyle relay", "medley relay", "individual medley", "freestyle",
                "butterfly", "backstroke", "breaststroke", "medley", "walk", "relay")
_KM_KINDS = {"walk": "walk", "race walk": "walk", "racewalk": "walk", "classic": "classic", "classical": "classic",
             "freestyle": "freestyle", "skiathlon": "skiathlon", "pursuit": "pursuit", "mass start": "mass start",
             "sprint": "sprint", "open water": "open water", "marathon swim": "open water", "individual": "individual"}


# The track distances writers name without a unit: "the 1500", "the 10,000".
BARE_TRACK_DISTANCES = "800|1500|3000|5000|10,?000"
BARE_TRACK = re.compile(rf"^(?:{BARE_TRACK_DISTANCES})$")

# Words in a competition's name that give its discipline, in English and in the languages race names
# keep ("Media Maratón de Bogotá", "Maratona di Roma", "Cross de Atapuerca", "Cardiff Cross Challenge", not
# "Southern Cross Games"); longer words first.
NAME_WORDS = (
    ("half marathon", "half marathon"), ("mitja marató", "half marathon"), ("maratonina", "half marathon"),
    ("media maratón", "half marathon"), ("medio maratón", "half marathon"),
    ("mezza maratona", "half marathon"), ("meia maratona", "half marathon"), ("halbmarathon", "half marathon"),
    ("semi-marathon", "half marathon"), ("semi marathon", "half marathon"),
    ("halve marathon", "half marathon"), ("hāfu marason", "half marathon"), ("hafu marason", "half marathon"),
    ("ultramarathon", "ultramarathon"), ("ultra", "ultramarathon"),
    ("marathon", "marathon"), ("maratón", "marathon"),
    ("maratona", "marathon"), ("maraton", "marathon"), ("marató", "marathon"), ("marason", "marathon"),
    ("road relay", "road relay"),
    ("ekiden", "road relay"), ("cross country", "cross country"),
    ("^cross|cross (?:challenge|race|run|cup|meeting)", "cross country"),
    ("steeplechase", "3000 m steeplechase"),
    ("triathlon", "triathlon"), ("ironman", "triathlon"), ("duathlon", "duathlon"), ("ten mile", "10 miles"),
    ("mountain running", "mountain running"), ("mountain race", "mountain running"), ("hill race", "mountain running"),
    ("fell race", "mountain running"),
    ("mile", "mile"),
)
NAME_PATTERNS = tuple((re.compile(rf"\b(?:{word})\b"), discipline) for word, discipline in NAME_WORDS)


@lru_cache(maxsize=4096)
def named_discipline(name: str) -> str | None:
    """The discipline a competition's name states: "Media Maratón de Bogotá" -> "half marathon"."""
    lowered = name.lower()
    return next((discipline for word, discipline in NAME_PATTERNS if word.search(lowered)), None)


@lru_cache(maxsize=4096)
def normalise_discipline(text: str) -> str | None:
    """The schema's name for a discipline span; None when it names no single discipline."""
    words = re.sub(r"[-\s]+", " ", text.lower()).strip()
    words = re.sub(r"(marathon|relay|ekiden|race|athlete|steeplechase)s\b", r"\1", words)
    words = re.sub(r"^(marathon|steeplechase)e?rs?$", r"\1", words)  # the runner for the race: "steeplechaser"
    words = re.sub(r"^(cross country) (?!ski)\w+$", r"\1", words)  # "cross country wins": the word after it
    if words in _WORDS:
        return _WORDS[words]
    imperial = MILES_YARDS.match(words)  # "26 miles 385 yards": the marathon
    if imperial:
        length = int(imperial.group(1)) * 1609.344 + int(imperial.group(2)) * 0.9144
        return next((road for road, metres in ROAD_LENGTHS.items() if abs(length - metres) < 50), None)
    if BARE_TRACK.match(words):  # "the 1500": a track distance without its unit
        return _distance(DISTANCE.match(f"{words} m"))
    number = cardinal(words.split()[0]) if words.endswith(" miles") else None
    if number:  # "the three miles": 3 miles
        return f"{number} miles"
    match = DISTANCE.match(text.strip())
    return _distance(match) if match else None


def _distance(match: re.Match[str]) -> str | None:
    """ "5000 m" / "10,000 metres" / "20 km walk" / "10K" / "4 x 400 m relay" in schema form."""
    number = float(match.group("number").replace(",", "").replace(" ", ""))  # "10,000", "10 000"
    unit = match.group("unit").lower()
    kind = " ".join(match.group("kind").lower().split())
    if match.group("relay"):
        legs = f"{number:g} km" if unit.startswith("k") else f"{int(number)} m"
        mixed = "mixed " if match.group("mixed") or kind.startswith("mixed") else ""
        style = next((k for k in ("freestyle", "medley") if kind.removeprefix("mixed ").startswith(k)), None)
        return f"4 x {legs} {mixed}{style} relay" if style else f"4 x {legs} {mixed}relay"
    if unit.startswith("mi") or unit.startswith("k") and not kind:
        kilometres = number * 1.609344 if unit.startswith("mi") else number
        for road, length in (("marathon", 42.195), ("half marathon", 21.0975)):
            if abs(kilometres - length) < 0.2:  # "26.2 miles", "42.195 km", "21.1 km"
                return road
    if unit.startswith("mi"):
        return "mile" if number == 1 else f"{number:g} miles"
    if unit.startswith("y"):  # imperial track distances: "880 yards", "440 yards hurdles"
        yard_kind = next((k for k in _TRACK_KINDS if kind.startswith(k)), None)
        return f"{int(number)} yards {yard_kind}" if yard_kind else f"{int(number)} yards"
    if unit.startswith("k"):
        km_kind = next((k for k in _KM_KINDS if kind.startswith(k)), None)
        if kind.startswith("time trial"):
            return "time trial"
        if km_kind and unit != "k":
            return f"{number:g} km {_KM_KINDS[km_kind]}"
        return f"{number:g} km" if number > ROAD_LENGTHS["marathon"] / 1000 else f"{number:g}K"  # "100 km", "10K"
    if number != int(number) or number < 50:
        return None
    metres = f"{int(number):,}" if number >= 10000 else f"{int(number)}"
    track_kind = next((k for k in _TRACK_KINDS if kind.startswith(k)), None)
    if track_kind == "medley":  # a swimmer's "400 m medley" is the individual medley (a relay says so)
        track_kind = "individual medley"
    return f"{metres} m {track_kind}" if track_kind else f"{metres} m"


# The distance of a discipline in the schema's vocabulary, relay legs included: "400 m", "4 x 400 m relay",
# "20 km walk", "10K", "10 miles".
LENGTH = re.compile(r"^(?P<relay>4 x )?(?P<number>\d[\d,]*(?:\.\d+)?) ?(?P<unit>m|km|K|miles|yards)\b(?P<kind>.*)$")
ROAD_LENGTHS = {"marathon": 42195.0, "half marathon": 21097.5, "mile": 1609.344}
SWIM_STROKES = ("freestyle", "backstroke", "breaststroke", "butterfly", "medley", "open water")
# Speeds no result reaches, in metres a second, below and above: the 100 m in 9.58 s is 10.4 m/s, a 50 km
# classic ski race about 7 m/s, a 20 km walk about 4.4 m/s, the 1500 m freestyle about 1.7 m/s; a run
# slower than 2.5 m/s would be a marathon over 4 h 41 min or a half marathon over 2 h 20 min.
SPEEDS = {"run": (2.5, 11.0), "walk": (1.5, 5.0), "swim": (0.5, 2.5), "ski": (2.0, 10.0)}


def metres(discipline: str) -> tuple[float, str] | None:
    """A discipline's length in metres and how it is covered: "4 x 400 m relay" -> (1600.0, "run")."""
    if discipline in ROAD_LENGTHS:
        return ROAD_LENGTHS[discipline], "run"
    match = LENGTH.match(discipline)
    if match is None:
        return None
    unit, kind = match.group("unit"), match.group("kind")
    length = float(match.group("number").replace(",", "")) * {"m": 1, "km": 1000, "K": 1000, "miles": 1609.344,
                                                                 "yards": 0.9144}[unit]
    if "walk" in kind:
        sport = "walk"
    elif unit == "km" and any(word in kind for word in ("classic", "freestyle", "skiathlon", "pursuit", "mass start",
                                                       "sprint")) or unit == "km" and match.group("relay"):
        sport = "ski"
    elif any(stroke in kind for stroke in SWIM_STROKES):
        sport = "swim"
    else:
        sport = "run"
    return length * (4 if match.group("relay") else 1), sport


# Longer runs are slower at the top: no one has run faster than this up to a length (world records with a
# margin: 400 m at 9.3 m/s, 1500 m at 7.3, 10,000 m at 6.3, the marathon at 5.9).
RUN_CEILINGS = ((400.0, 11.0), (1000.0, 8.5), (2000.0, 7.6), (10000.0, 7.2), (float("inf"), 6.5))


def plausible(discipline: str, seconds: float | None) -> bool:
    """Whether a time can be a result in a discipline: 44.62 is not a 4 x 400 m relay, nor 2:14:31 a 10K,
    nor 1:09:02 a marathon."""
    measured = metres(discipline) if seconds else None
    if measured is None:
        return True
    length, sport = measured
    slowest, fastest = SPEEDS[sport]
    if sport == "run" and "relay" not in discipline:
        fastest = next(ceiling for longest, ceiling in RUN_CEILINGS if length <= longest)
    return slowest <= length / seconds <= fastest


def within(discipline: str, race: str) -> bool:
    """Whether a road distance is a point inside a longer road race: "30K" in a marathon ("hired to take
    the leaders to 30 km", "a fall at the 30 km drinks station")."""
    measured = metres(discipline)
    return (discipline.endswith("K") and measured is not None and race in ROAD_LENGTHS
            and measured[0] < ROAD_LENGTHS[race])


def beyond_marathon(discipline: str) -> bool:
    """A bare road distance longer than the marathon: "56 km", "100 km"."""
    number = discipline.removesuffix(" km")
    return discipline.endswith(" km") and number.replace(".", "", 1).isdigit() and float(number) > 42.195
