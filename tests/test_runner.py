"""Worker processes and the content-hash cache change nothing in the outputs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.cli import main

from .conftest import BIOS


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("records.jsonl", "records.csv", "errors.jsonl")}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "bios"
    shutil.copytree(BIOS, folder)
    return folder


def test_two_jobs_write_exactly_what_one_process_writes(tmp_path, corpus):
    assert main(["extract", str(corpus), "--out", str(tmp_path / "one"), "--jobs", "1", "--no-cache"]) == 0
    assert main(["extract", str(corpus), "--out", str(tmp_path / "two"), "--jobs", "2", "--no-cache"]) == 0
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def test_incremental_run_reprocesses_only_what_changed(tmp_path, corpus, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    count = len(list(corpus.glob("*.txt")))
    (corpus / "new.txt").write_text("Ana Runner\n\nIn 2012 she won the Rotterdam Marathon in 2:24:01.\n")
    edited = sorted(corpus.glob("a_*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8").replace("2", "3"), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    assert f"{count + 1} bios ({count - 1} unchanged, from the cache)" in capsys.readouterr().out
    assert main(["extract", str(corpus), "--out", str(tmp_path / "full"), "--no-cache"]) == 0
    assert outputs(out) == outputs(tmp_path / "full")
