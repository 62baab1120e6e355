"""Record marks: "Mongolian record" -> "NR", "personal-best" -> "PB", "European record" -> "AR"."""
from __future__ import annotations

from ..records import RECORD_MARKS

# Adjectives naming a continent or area, whose records are area records ("European record").
AREA_ADJECTIVES = frozenset({"european", "asian", "african", "oceanian", "oceania", "continental", "area",
                             "nacac", "conmebol", "pan-american", "panamerican", "commonwealth", "empire"})
# Compass words that open a two-word adjective, and the two-word adjectives of areas.
COMPASS_WORDS = frozenset({"south", "north", "central", "east", "west"})
AREA_COMPOUNDS = frozenset({"south american", "north american", "central american"})
# Adjectives naming a championship, whose records are championship records ("Olympic record").
CHAMPIONSHIP_ADJECTIVES = frozenset({"olympic", "championship", "championships", "games"})


def parse_mark(rule: str, text: str) -> str | None:
    """The schema mark for a RECORD span found by ``rule``; a country's adjective gives "NR"."""
    kind = rule.split(".")[1]
    if kind != "adjective":
        return kind if kind in RECORD_MARKS else None
    words = text.lower().split()
    if words[0] in COMPASS_WORDS:  # "South American record" is an area's, "South African record" a country's
        return "AR" if " ".join(words[:2]) in AREA_COMPOUNDS else "NR"
    adjective = words[0].split("-")[0]
    if adjective in AREA_ADJECTIVES:
        return "AR"
    if adjective in CHAMPIONSHIP_ADJECTIVES:
        return "CHR"
    if adjective == "world":
        return "WR"
    return "NR"


def parse_marks(rule: str, text: str) -> set[str]:
    """The marks of a RECORD span; two for a pair of adjectives: "a Chinese and Asian record" -> NR and AR."""
    if rule == "record.adjective.pair":
        first, _, second = text.partition(" and ")
        return {mark for mark in (parse_mark("record.adjective", f"{first} record"),
                                  parse_mark("record.adjective", second)) if mark}
    mark = parse_mark(rule, text)
    return {mark} if mark else set()


def ordered(marks: set[str]) -> list[str]:
    """Marks in the schema's order: NR, PB, CR, WR, AR, CHR, SB."""
    return [mark for mark in RECORD_MARKS if mark in marks]
