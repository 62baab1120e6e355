"""The gold set's validator: every line parses and has the schema's fields, types and vocabulary."""
from __future__ import annotations

import json
import re
from pathlib import Path

from .loading import parse_bio
from .normalise.times import parse_time
from .records import FIELDS, RECORD_MARKS, STATUSES

DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?)?$")
TYPES = {"doc_id": str, "athlete": str, "event": (str, type(None)), "year": (int, type(None)),
         "date": (str, type(None)), "location": (str, type(None)), "discipline": (str, type(None)),
         "time": (str, type(None)), "time_s": (float, int, type(None)), "place": (int, type(None)),
         "place_max": (int, type(None)), "status": (str, type(None)), "records": list, "char_start": int,
         "char_end": int, "evidence": str}


def check_record(row: dict, text: str, athlete: str, doc_id: str) -> list[str]:
    """Problems with one gold record of the bio whose text is given."""
    problems = []
    if list(row) != list(FIELDS):
        return [f"keys {list(row)} are not the schema's {list(FIELDS)}"]
    for name, kinds in TYPES.items():
        if not isinstance(row[name], kinds) or isinstance(row[name], bool):
            problems.append(f"{name}={row[name]!r} has the wrong type")
    if problems:
        return problems
    if row["doc_id"] != doc_id:
        problems.append(f"doc_id {row['doc_id']!r} is not the file stem {doc_id!r}")
    if row["athlete"] != athlete:
        problems.append(f"athlete {row['athlete']!r} is not line 1 {athlete!r}")
    if row["year"] is not None and not 1896 <= row["year"] <= 2100:
        problems.append(f"year {row['year']} out of range")
    if row["date"] is not None:
        match = DATE.match(row["date"])
        if not match or int(match.group("year")) != row["year"]:
            problems.append(f"date {row['date']!r} is not ISO or disagrees with year {row['year']}")
    if (row["time"] is None) != (row["time_s"] is None):
        problems.append("time and time_s must be both null or both set")
    elif row["time"] is not None:
        parsed = parse_time(row["time"])
        if parsed is None or parsed[0] != row["time"] or abs(parsed[1] - row["time_s"]) > 0.001:
            problems.append(f"time {row['time']!r} / time_s {row['time_s']} are not canonical and consistent")
    for name in ("place", "place_max"):
        if row[name] is not None and row[name] < 1:
            problems.append(f"{name} must be >= 1")
    if row["status"] not in (None, *STATUSES):
        problems.append(f"status {row['status']!r} not in {STATUSES}")
    if row["status"] is not None and row["place"] is not None:
        problems.append("a record with a status has no place")
    if any(mark not in RECORD_MARKS for mark in row["records"]) or row["records"] != [
            m for m in RECORD_MARKS if m in row["records"]]:
        problems.append(f"records {row['records']} not in schema order/vocabulary")
    if text[row["char_start"]:row["char_end"]] != row["evidence"]:
        problems.append("text[char_start:char_end] is not the evidence")
    return problems


def validate_gold(gold_dir: Path, bios_dir: Path) -> list[str]:
    """Every problem in the gold set, as "file:line: problem"."""
    problems = []
    files = sorted(gold_dir.glob("*/*.jsonl"))
    if not files:
        return [f"{gold_dir}: no gold files"]
    for path in files:
        bio_path = bios_dir / f"{path.stem}.txt"
        if not bio_path.exists():
            problems.append(f"{path}: no bio {bio_path}")
            continue
        bio = parse_bio(bio_path.read_text(encoding="utf-8"), path.stem)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{path}:{number}: not JSON ({error})")
                continue
            problems.extend(f"{path}:{number}: {p}" for p in check_record(row, bio.text, bio.athlete, path.stem))
    return problems
