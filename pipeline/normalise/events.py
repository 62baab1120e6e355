"""Competition names: "2020 Tokyo Olympic Games" -> ("Olympic Games", edition 2020, host "Tokyo")."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from ..gazetteer import Gazetteer

# An edition prefix: a year ("2011 "), an ordinal ("29th "), or a leading "the".
# A series abbreviation before a meeting's name goes too: "DL Golden Gala" (Diamond League), and a Roman
# edition number: "VI Spartakiad".
EDITION_PREFIX = re.compile(r"^(?:the\s+)?(?:DL\s+)?(?:(?P<year>(?:18|19|20)\d\d)\s+|(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\s+"
                            r"|(?-i:[IVXL]{1,7})\s+(?=\w))*", re.IGNORECASE)
# A host city and the edition's year before the head: "Tokyo 2020 Games", "Glasgow 2014 Commonwealth Games".
CITY_YEAR = re.compile(r"^(?P<city>[^\d]+?) (?P<year>(?:19|20)\d\d) (?P<rest>\D+)$")
# A host city named as the owner of a championship: "Tokyo's Olympic Games".
POSSESSIVE_HOST = re.compile(r"^(?P<city>\w[\w.-]*(?: \w[\w.-]*)?)['’]s (?P<rest>.+)$")
# Heads of championships that move from city to city; a host city before them is not part of the name.
TRAVELLING_HEAD = re.compile(r"\b(?:Games|Olympics|Paralympics|Olympiad|Championships?|Universiade|Cup|Final|Finals)\b")
# Words that make a name a city's own race rather than a travelling championship.
RACE_NAME = re.compile(r"\b(?:Marathon|Half|Run|Relay|Ekiden|Cross|Road Race|\d+K)\b")
# Words after such a head name the discipline: "World Championships Marathon", "Olympic marathon"; so does a distance
# ending a race's name: "Great Ethiopian Run 10K", "Beach to Beacon 10K".
TRAILING_DISCIPLINE = re.compile(r"^(?P<name>.*\b(?:Games|Olympics|Paralympics|Championships?))\s+(?P<rest>\S.*)$"
                                 r"|^(?P<adjective>Olympic|Paralympic)\s+(?P<lowered>[a-z0-9].*)$"
                                 r"|^(?P<race>.+?)\s+(?P<distance>\d+\s?K)$")

# A road or track distance inside a race's name: "10K" in "TCS World 10K Bengaluru", "10,000m" in "European
# 10,000m Cup", "100 km" in "IAU 100 km World Championships".
INNER_DISTANCE = re.compile(r"\b\d[\d,]*\s?(?:[Km]|km)\b")

# The usual short name of a competition the text calls by another form.
ALIASES = {
    "olympics": "Olympic Games", "summer olympics": "Olympic Games", "summer olympic games": "Olympic Games",
    "olympic": "Olympic Games", "winter olympics": "Winter Olympic Games", "worlds": "World Championships",
    "world athletics championships": "World Championships", "og": "Olympic Games", "wch": "World Championships",
    "wc": "World Championships", "wic": "World Indoor Championships", "paralympics": "Paralympic Games",
    "summer paralympics": "Paralympic Games", "summer paralympic games": "Paralympic Games",
    "youth olympics": "Youth Olympic Games",
}
# "Mar." closing a race's name, as yearbooks cut "Marathon": "Udine Half Mar.", "Frankfurt Mar.".
SHORT_MARATHON = re.compile(r"\bMar\.$")


@dataclass(frozen=True)
class EventName:
    """A normalised competition name and what its text said besides the name."""

    name: str
    edition_year: int | None = None
    host: str | None = None
    named_city: str | None = None
    discipline_text: str | None = None


@lru_cache(maxsize=4096)
def normalise_event(text: str, gazetteer: Gazetteer) -> EventName:
    """Split an EVENT span's text into name, edition year, host city and trailing discipline."""
    text = SHORT_MARATHON.sub("Marathon", text)
    prefix = EDITION_PREFIX.match(text)
    edition_year = int(prefix.group("year")) if prefix and prefix.group("year") else None
    name = text[prefix.end():] if prefix else text
    city_year = CITY_YEAR.match(name)
    if city_year and edition_year is None and gazetteer.kind(city_year.group("city")) == "city":
        edition_year = int(city_year.group("year"))  # "Tokyo 2020 Games": the Tokyo Games of 2020
        name = f"{city_year.group('city')} {city_year.group('rest')}"
    discipline_text = None
    trailing = TRAILING_DISCIPLINE.match(name)
    if trailing:
        discipline_text = trailing.group("rest") or trailing.group("lowered") or trailing.group("distance")
        race = trailing.group("race")  # a distance names a race that has no head word ("Beach to Beacon 10K",
        if not race or race.split()[-1] in heads():  # "Lima 42K") and only tells the length of one that has one
            name = trailing.group("name") or trailing.group("adjective") or race  # ("Great Ethiopian Run 10K")
    inner = INNER_DISTANCE.search(name) if discipline_text is None else None
    discipline_text = inner.group() if inner else discipline_text  # "TCS World 10K Bengaluru" -> "10K"
    host = None
    possessive = POSSESSIVE_HOST.match(name)
    if possessive and travelling(possessive.group("rest")) and gazetteer.kind(possessive.group("city")) == "city":
        host, name = possessive.group("city"), possessive.group("rest")  # "Tokyo's Olympic Games"
    head = TRAVELLING_HEAD.search(name)
    if travelling(name) and host is None:
        host = _leading_place(name[:head.start()], gazetteer)
        rest = name[len(host):].strip() if host else ""
        city = host is not None and gazetteer.kind(host) == "city"  # "New Zealand Triathlon Championships" stays
        if city and (name[len(host):head.start()].strip() or rest.lower() in ALIASES):
            name = rest  # "Tokyo Olympic Games" -> "Olympic Games", but "Kenya Championships" stays
        else:
            host = None
        head = TRAVELLING_HEAD.search(name)
    # a memorial is named after a person, not a place: "Van Damme Memorial"
    memorial = re.search(r"\bMemorial\b", name)
    named_city = None if host or memorial else _first_city(name[:head.start()] if head else name, gazetteer,
                                                            head_first=name.split()[0] in heads_first())
    name = ALIASES.get(name.lower(), name)
    return EventName(name=name, edition_year=edition_year, host=host, named_city=named_city,
                     discipline_text=discipline_text)


def travelling(name: str) -> bool:
    """A championship that moves from host to host (and not every year), rather than a city's own race:
    "World Championships", but not "Fukuoka International Open Marathon Championship"."""
    return bool(TRAVELLING_HEAD.search(name)) and not RACE_NAME.search(name)


def _leading_place(words: str, gazetteer: Gazetteer) -> str | None:
    """The longest run of leading words that names a place: "Tokyo " -> "Tokyo"."""
    tokens = words.split()
    for width in range(len(tokens), 0, -1):
        candidate = " ".join(tokens[:width])
        if gazetteer.kind(candidate):
            return candidate
    return None


@lru_cache(maxsize=1)
def heads_first() -> frozenset[str]:
    """Words that open a race's name as its head: "Maratón" in "Maratón Valencia Trinidad Alfonso"."""
    from ..recognise import vocabulary
    return frozenset(vocabulary()["event_heads_first"])


@lru_cache(maxsize=1)
def heads() -> frozenset[str]:
    """Words that end a competition's name: "Race" in "Ben Nevis Race" (never the city it is named after)."""
    from ..recognise import vocabulary
    return frozenset(vocabulary()["event_heads"]) | heads_first()


def _first_city(name: str, gazetteer: Gazetteer, head_first: bool = False) -> str | None:
    """The city a race is named after, nearest the head first: "Bank of America Chicago Marathon" ->
    "Chicago", "Good Luck Beijing Marathon" -> "Beijing", "Hamburg-Marathon" -> "Hamburg",
    "Maratón Valencia Trinidad Alfonso" -> "Valencia" (the head comes first there)."""
    tokens = re.split(r"[\s-]+", name)
    spans = [(start, end) for start in range(1, len(tokens)) for end in range(min(len(tokens), start + 3), start, -1)] \
        if head_first else [(start, end) for end in range(len(tokens), 0, -1) for start in range(max(0, end - 3), end)]
    for start, end in spans:  # the longest name at each position first
        for candidate in (" ".join(tokens[start:end]), "-".join(tokens[start:end])):
            if candidate in name and candidate not in heads() and gazetteer.kind(candidate) == "city":
                return candidate
    return None
