"""The output record: one competitive result of a bio's subject, traced to its sentence."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

RECORD_MARKS = ("NR", "PB", "CR", "WR", "AR", "CHR", "SB")
STATUSES = ("DNF", "DNS", "DQ")


@dataclass
class Record:
    """One row of `records.jsonl`, in the field order of docs/SCHEMA.md."""

    doc_id: str
    athlete: str
    event: str | None = None
    year: int | None = None
    date: str | None = None
    location: str | None = None
    discipline: str | None = None
    time: str | None = None
    time_s: float | None = None
    place: int | None = None
    place_max: int | None = None
    status: str | None = None
    records: list[str] = field(default_factory=list)
    char_start: int = 0
    char_end: int = 0
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The fields in schema order (``dataclasses.asdict`` deep-copies every value; only the list needs it)."""
        row = {name: getattr(self, name) for name in FIELDS}
        row["records"] = list(self.records)
        return row


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Record))
