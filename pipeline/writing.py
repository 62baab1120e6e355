"""Stage 7, write outputs: ``records.jsonl``, ``records.csv`` and ``errors.jsonl``, replaced together.

Files are written beside their targets under temporary names and moved into place only when all are
complete, so an interrupted or failing run leaves the previous outputs as they were.
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


def stage(path: Path, write: Callable[[IO[str]], None]) -> Path:
    """Write a complete temporary file beside ``path``; the caller moves it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def replace_all(files: dict[Path, Callable[[IO[str]], None]]) -> None:
    """Write every file completely first, then rename them all into place.

    If any write fails (full disk, Ctrl-C), the temporary files are removed and every previous
    output is left as it was: the set is never half old, half new.
    """
    for path in files:  # left by a run that was killed mid-write
        for stale in path.parent.glob(f".{path.name}.*.tmp"):
            stale.unlink(missing_ok=True)
    staged: dict[Path, Path] = {}
    try:
        for path, write in files.items():
            staged[path] = stage(path, write)
    except BaseException:
        for temporary in staged.values():
            temporary.unlink(missing_ok=True)
        raise
    for path, temporary in staged.items():
        os.replace(temporary, path)


def atomic_write(path: Path, write: Callable[[IO[str]], None]) -> None:
    """Replace one file atomically."""
    replace_all({path: write})


def jsonl_writer(rows: Iterable[dict]) -> Callable[[IO[str]], None]:
    """A writer of one JSON object per line."""
    def write(stream: IO[str]) -> None:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    return write


def records_table(records: list[Record]) -> pd.DataFrame:
    """The records as a table in schema column order; ``records`` joined by ";", integers kept integral."""
    table = pd.DataFrame([r.to_dict() for r in records], columns=list(FIELDS))
    table["records"] = table["records"].map(lambda marks: ";".join(marks) if isinstance(marks, list) else "")
    for column in INTEGER_FIELDS:
        table[column] = table[column].astype("Int64")
    return table


def write_outputs(records: list[Record], problems: list[dict], out_dir: Path) -> None:
    """``records.jsonl``, ``records.csv`` and ``errors.jsonl`` in ``out_dir``, replaced together."""
    table = records_table(records)
    replace_all({
        out_dir / "records.jsonl": jsonl_writer([r.to_dict() for r in records]),
        out_dir / "records.csv": lambda stream: table.to_csv(stream, index=False),
        out_dir / "errors.jsonl": jsonl_writer(problems),
    })
