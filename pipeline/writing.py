"""Stage 7, write outputs: ``records.jsonl`` and ``records.csv``, each replaced atomically.

A file is written beside its target under a temporary name and moved into place only when complete,
so an interrupted run leaves the previous outputs as they were.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

import pandas as pd

from .records import FIELDS, Record

INTEGER_FIELDS = ("year", "place", "place_max", "char_start", "char_end")


def atomic_write(path: Path, write: Callable[[IO[str]], None]) -> None:
    """Write ``path`` through a temporary file in the same folder, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    """One JSON object per line, keys in schema order."""
    def write(stream: IO[str]) -> None:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    atomic_write(path, write)


def records_table(records: list[Record]) -> pd.DataFrame:
    """The records as a table in schema column order; ``records`` joined by ";", integers kept integral."""
    table = pd.DataFrame([r.to_dict() for r in records], columns=list(FIELDS))
    table["records"] = table["records"].map(lambda marks: ";".join(marks) if isinstance(marks, list) else "")
    for column in INTEGER_FIELDS:
        table[column] = table[column].astype("Int64")
    return table


def write_records(records: list[Record], out_dir: Path) -> None:
    """``records.jsonl`` and ``records.csv`` in ``out_dir``."""
    write_jsonl(out_dir / "records.jsonl", (r.to_dict() for r in records))
    table = records_table(records)
    atomic_write(out_dir / "records.csv", lambda stream: table.to_csv(stream, index=False))
