"""Disciplines in the schema's vocabulary: "10,000 metres" -> "10,000 m", "half-marathons" -> "half marathon"."""
from __future__ import annotations

import re
from functools import lru_cache

# A distance with its unit and an optional kind: "3000 m steeplechase", "20 km walk", "4 x 100 m relay",
# "10K races", "10 miles", "50 km freestyle".
DISTANCE = re.compile(
    r"(?P<mixed>mixed\s+)?(?P<relay>4\s?[x×]\s?)?(?P<number>\d[\d,]*(?:\.\d+)?)[\s-]?(?P<unit>metres|meters|metre|meter|m|kilometres|"
    r"kilometers|kilometre|km|K|k|miles?|mi)\b[\s-]*(?P<kind>[a-z ]*)", re.IGNORECASE)

_WORDS = {
    "marathon": "marathon", "half marathon": "half marathon", "ultramarathon": "ultramarathon",
    "ultra marathon": "ultramarathon", "steeplechase": "3000 m steeplechase", "steeple": "3000 m steeplechase",
    "cross country": "cross country", "cross country skiing": "cross-country skiing",
    "cross country ski": "cross-country skiing", "cross country skier": "cross-country skiing",
    "cross country skiers": "cross-country skiing", "road relay": "road relay", "ekiden": "road relay",
    "mile": "mile", "time trial": "time trial", "triathlon": "triathlon", "duathlon": "duathlon",
    "decathlon": "decathlon", "heptathlon": "heptathlon", "triathlete": "triathlon", "duathlete": "duathlon",
    "decathlete": "decathlon", "heptathlete": "heptathlon", "short relay": "4 x 100 m relay",
    "sprint relay": "4 x 100 m relay", "long relay": "4 x 400 m relay",
}
_TRACK_KINDS = ("steeplechase", "hurdles", "freestyle relay", "medley relay", "individual medley", "freestyle",
                "butterfly", "backstroke", "breaststroke", "medley", "walk", "relay")
_KM_KINDS = {"walk": "walk", "race walk": "walk", "racewalk": "walk", "classic": "classic", "classical": "classic",
             "freestyle": "freestyle", "skiathlon": "skiathlon", "pursuit": "pursuit", "mass start": "mass start",
             "sprint": "sprint", "open water": "open water", "marathon swim": "open water"}


# Words in a competition's name that give its discipline, in English and in the languages race names
# keep ("Media Maratón de Bogotá", "Maratona di Roma", "Cross de Atapuerca"); longer words first.
NAME_WORDS = (
    ("half marathon", "half marathon"), ("mitja marató", "half marathon"), ("maratonina", "half marathon"),
    ("media maratón", "half marathon"), ("medio maratón", "half marathon"),
    ("mezza maratona", "half marathon"), ("meia maratona", "half marathon"), ("halbmarathon", "half marathon"),
    ("semi-marathon", "half marathon"), ("semi marathon", "half marathon"),
    ("halve marathon", "half marathon"), ("ultramarathon", "ultramarathon"), ("ultra", "ultramarathon"),
    ("marathon", "marathon"), ("maratón", "marathon"),
    ("maratona", "marathon"), ("maraton", "marathon"), ("marató", "marathon"), ("road relay", "road relay"),
    ("ekiden", "road relay"), ("cross country", "cross country"), ("steeplechase", "3000 m steeplechase"),
    ("triathlon", "triathlon"), ("ironman", "triathlon"), ("duathlon", "duathlon"), ("ten mile", "10 miles"),
    ("mile", "mile"),
)
NAME_PATTERNS = tuple((re.compile(rf"\b{word}\b"), discipline) for word, discipline in NAME_WORDS)
# A name that opens with "Cross" is a cross country race in the usage of Spain, France and Italy:
# "Cross Internacional de Itálica", "Cross du Figaro" (but not "Cross Country Championships").
CROSS_NAME = re.compile(r"^Cross\b(?![\s-]+[Cc]ountry)")


@lru_cache(maxsize=4096)
def named_discipline(name: str) -> str | None:
    """The discipline a competition's name states: "Media Maratón de Bogotá" -> "half marathon"."""
    lowered = name.lower()
    found = next((discipline for word, discipline in NAME_PATTERNS if word.search(lowered)), None)
    return found or ("cross country" if CROSS_NAME.match(name) else None)


@lru_cache(maxsize=4096)
def normalise_discipline(text: str) -> str | None:
    """The schema's name for a discipline span; None when it names no single discipline."""
    words = re.sub(r"[-\s]+", " ", text.lower()).strip()
    words = re.sub(r"(marathon|relay|ekiden|race|athlete)s\b", r"\1", words)
    words = re.sub(r"^(marathon|steeplechase)e?rs?$", r"\1", words)  # the runner for the race: "steeplechaser"
    if words in _WORDS:
        return _WORDS[words]
    match = DISTANCE.match(text.strip())
    return _distance(match) if match else None


def _distance(match: re.Match[str]) -> str | None:
    """ "5000 m" / "10,000 metres" / "20 km walk" / "10K" / "4 x 400 m relay" in schema form."""
    number = float(match.group("number").replace(",", ""))
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
    if unit.startswith("k"):
        km_kind = next((k for k in _KM_KINDS if kind.startswith(k)), None)
        if kind.startswith("time trial"):
            return "time trial"
        return f"{number:g} km {_KM_KINDS[km_kind]}" if km_kind and unit != "k" else f"{number:g}K"
    if number != int(number) or number < 50:
        return None
    metres = f"{int(number):,}" if number >= 10000 else f"{int(number)}"
    track_kind = next((k for k in _TRACK_KINDS if kind.startswith(k)), None)
    return f"{metres} m {track_kind}" if track_kind else f"{metres} m"


# A distance in metres at the start of a discipline, relay legs included: "400 m", "4 x 400 m relay".
METRES = re.compile(r"^(?P<relay>4 x )?(?P<metres>\d[\d,]*) m\b")
# Faster than anyone covers a track or pool distance (the 100 m in 9.58 s is 10.4 metres a second).
FASTEST = 11.0


def plausible(discipline: str, seconds: float | None) -> bool:
    """Whether a time can be a result in a discipline measured in metres: 44.62 is not a 4 x 400 m relay."""
    match = METRES.match(discipline)
    if match is None or not seconds:
        return True
    metres = int(match.group("metres").replace(",", "")) * (4 if match.group("relay") else 1)
    return metres / seconds <= FASTEST


def beyond_marathon(discipline: str) -> bool:
    """A bare road distance longer than the marathon: "56K", "100K"."""
    number = discipline.removesuffix("K")
    return discipline.endswith("K") and number.replace(".", "", 1).isdigit() and float(number) > 42.195
