"""Stage 7, write outputs: ``records.jsonl``, ``records.csv`` and ``errors.jsonl``, replaced together.

Records stream into temporary files beside their targets as bios are processed (memory stays flat
however large the corpus); the files are renamed into place only when the run completes, so an
interrupted or failing run leaves the previous outputs as they were.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from .records import FIELDS

INTEGER_FIELDS = ("year", "place", "place_max", "char_start", "char_end")
# Permissions of written files: read-write for the owner, readable by others, as the umask allows.
_UMASK = os.umask(0)
os.umask(_UMASK)
FILE_MODE = 0o666 & ~_UMASK


def _clear_stale(path: Path) -> None:
    """Remove temporary files a killed run left for ``path``."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        stale.unlink(missing_ok=True)


def _open_temporary(path: Path) -> tuple[IO[str], Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    _clear_stale(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    return os.fdopen(handle, "w", encoding="utf-8", newline=""), Path(temporary)


class Staged:
    """Files written under temporary names, renamed into place together by :meth:`commit`.

    Used as a context manager: leaving it with an exception removes the temporary files.
    """

    def __init__(self, paths: list[Path]) -> None:
        self.streams: dict[Path, IO[str]] = {}
        self.temporaries: dict[Path, Path] = {}
        try:
            for path in paths:
                self.streams[path], self.temporaries[path] = _open_temporary(path)
        except BaseException:
            self.discard()
            raise

    def commit(self) -> None:
        for stream in self.streams.values():
            stream.flush()
            os.fsync(stream.fileno())
            stream.close()
        for path, temporary in self.temporaries.items():
            os.chmod(temporary, FILE_MODE)  # mkstemp makes files private; outputs are ordinary files
            os.replace(temporary, path)
        self.temporaries.clear()

    def discard(self) -> None:
        for stream in self.streams.values():
            stream.close()
        for temporary in self.temporaries.values():
            temporary.unlink(missing_ok=True)
        self.temporaries.clear()

    def __enter__(self) -> Staged:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if kind is not None:
            self.discard()
            return
        try:
            self.commit()
        except BaseException:
            self.discard()
            raise


def atomic_write(path: Path, write: Callable[[IO[str]], None]) -> None:
    """Replace one file atomically."""
    with Staged([path]) as staged:
        write(staged.streams[path])


def csv_row(record: dict) -> list[object]:
    """One record as CSV cells in schema column order: ``records`` joined by ";", missing values empty.

    The standard library's writer streams a row at a time; pandas would cost a one-bio run half a
    second just to import."""
    marks = record.get("records")
    return [";".join(marks) if name == "records" and isinstance(marks, list) else record.get(name)
            for name in FIELDS]


class OutputSink(Staged):
    """Records in the chosen formats (``jsonl``, ``csv``, ``parquet``) and ``errors.jsonl`` in a folder,
    written as records arrive. JSON lines are always staged: they are the source of a parquet file."""

    def __init__(self, out_dir: Path, formats: tuple[str, ...] = ("jsonl", "csv")) -> None:
        self.formats = formats
        self.jsonl, self.csv, self.errors = (out_dir / name for name in ("records.jsonl", "records.csv", "errors.jsonl"))
        self.parquet = out_dir / "records.parquet"
        super().__init__([self.jsonl, self.errors, *([self.csv] if "csv" in formats else [])])
        self.rows = csv.writer(self.streams[self.csv], lineterminator="\n") if "csv" in formats else None
        if self.rows is not None:
            self.rows.writerow(FIELDS)
        self.count = 0

    def add(self, records: list[dict]) -> None:
        for record in records:
            self.streams[self.jsonl].write(json.dumps(record, ensure_ascii=False) + "\n")
        self.count += len(records)
        if self.rows is not None:
            self.rows.writerows(map(csv_row, records))

    def problem(self, problem: dict) -> None:
        self.streams[self.errors].write(json.dumps(problem, ensure_ascii=False) + "\n")

    def _stage_parquet(self) -> None:
        """records.parquet from the staged JSON lines (pandas + pyarrow), staged in its turn."""
        import pandas as pd

        self.streams[self.jsonl].flush()
        rows = [json.loads(line) for line in self.temporaries[self.jsonl].read_text(encoding="utf-8").splitlines()]
        table = pd.DataFrame(rows, columns=list(FIELDS))
        for column in INTEGER_FIELDS:
            table[column] = table[column].astype("Int64")
        stream, temporary = _open_temporary(self.parquet)
        stream.close()
        self.temporaries[self.parquet] = temporary
        table.to_parquet(temporary, index=False)

    def commit(self) -> None:
        if "parquet" in self.formats:
            self._stage_parquet()
        if "jsonl" not in self.formats:
            self.streams.pop(self.jsonl).close()
            self.temporaries.pop(self.jsonl).unlink()
        super().commit()
