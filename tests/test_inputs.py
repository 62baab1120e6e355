"""Bad input, faults and interruptions through the command line: clear errors, nothing lost."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import io

import pytest

from pipeline import cli, runner, writing
from pipeline.cli import main

GOOD = "Ana Runner\n\nIn 2012 she won the Rotterdam Marathon in 2:24:01, a national record.\n"


def run(tmp_path: Path, *paths: str, extra: tuple[str, ...] = ()) -> tuple[int, list[dict], list[dict]]:
    out = tmp_path / "out"
    code = main(["extract", *paths, "--out", str(out), *extra])
    records = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()] if code in (0, 1, 3) else []
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()] if code in (0, 1, 3) else []
    return code, records, errors


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    bios = tmp_path / "bios"
    bios.mkdir()
    (bios / "good.txt").write_text(GOOD, encoding="utf-8")
    return bios


@pytest.mark.parametrize("name, data, level, words", [
    ("empty.txt", b"", "error", "empty file"),
    ("blank.txt", b" \n \n", "error", "no visible text"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "error", "PNG"),
    ("latin.txt", "Zoë Müller\n\nShe won the 2011 Köln Marathon in 2:30:00.".encode("cp1252"), "warning", "Windows-1252"),
    ("name-only.txt", b"Jane Doe\n", "warning", "no text after the name line"),
])
def test_each_bad_file_is_reported_and_the_good_one_still_counts(tmp_path, folder, capsys, name, data, level, words):
    (folder / name).write_bytes(data)
    code, records, errors = run(tmp_path, str(folder))
    assert code == 0
    assert any(r["doc_id"] == "good" for r in records)
    problem = next(e for e in errors if e["file"].endswith(name))
    assert problem["level"] == level and words in problem["message"]
    assert f"{level}: {folder / name}: " in capsys.readouterr().err


def test_paths_missing_empty_folders_and_non_txt_files(tmp_path, folder):
    (folder / "notes.md").write_text("x")
    empty = tmp_path / "empty"
    empty.mkdir()
    code, records, errors = run(tmp_path, str(folder), str(empty), str(tmp_path / "missing.txt"))
    assert code == 0 and len(records) == 1
    messages = {(Path(e["file"]).name, e["level"], e["message"]) for e in errors}
    assert ("notes.md", "skipped", "not a .txt file") in messages
    assert ("empty", "error", "folder has no .txt files") in messages
    assert ("missing.txt", "error", "no such file or folder") in messages


def test_unreadable_file(tmp_path, folder, monkeypatch):
    bad = folder / "locked.txt"
    bad.write_text(GOOD)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, records, errors = run(tmp_path, str(folder))
    assert code == 0 and len(records) == 1
    assert errors == [{"file": str(bad), "level": "error", "message": "cannot read: Permission denied"}]


def test_symlinks_and_unusual_names(tmp_path, folder):
    (folder / "Zoë Müller 2.txt").write_text(GOOD.replace("Ana Runner", "Zoë Müller"), encoding="utf-8")
    (folder / "link.txt").symlink_to(folder / "good.txt")
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    code, records, errors = run(tmp_path, str(folder))
    assert code == 0
    assert sorted({r["doc_id"] for r in records}) == ["Zoë Müller 2", "good", "link"]
    assert [Path(e["file"]).name for e in errors] == ["broken.txt"]


def test_exit_codes_strict_and_nothing_read(tmp_path, folder):
    (folder / "empty.txt").write_bytes(b"")
    assert run(tmp_path, str(folder))[0] == 0
    assert run(tmp_path, str(folder), extra=("--strict",))[0] == 1
    assert run(tmp_path, str(folder / "empty.txt"))[0] == 3
    assert run(tmp_path, str(folder / "good.txt"), extra=("--strict",))[0] == 0


def test_size_limit_option(tmp_path, folder):
    code, _, errors = run(tmp_path, str(folder), extra=("--max-mb", "0.00001"))
    assert code == 3 and "size limit" in errors[0]["message"] and "--max-mb" in errors[0]["message"]


def previous_outputs(tmp_path: Path, folder: Path) -> dict[str, bytes]:
    assert run(tmp_path, str(folder))[0] == 0
    return output_files(tmp_path / "out")


def output_files(out: Path) -> dict[str, bytes]:
    """The output files of a folder (the cache folder aside), by name."""
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def test_a_failing_write_leaves_previous_outputs_intact(tmp_path, folder, monkeypatch, capsys):
    before = previous_outputs(tmp_path, folder)
    (folder / "more.txt").write_text(GOOD.replace("2012", "2013"), encoding="utf-8")

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writing.os, "fsync", full_disk)  # the disk fills as the outputs are flushed
    assert main(["extract", str(folder), "--out", str(tmp_path / "out")]) == cli.EXIT_NOT_WRITTEN
    assert output_files(tmp_path / "out") == before
    assert "No space left on device" in capsys.readouterr().err


def test_ctrl_c_mid_run_leaves_previous_outputs_intact(tmp_path, folder, monkeypatch):
    before = previous_outputs(tmp_path, folder)
    (folder / "more.txt").write_text(GOOD, encoding="utf-8")

    def interrupted(bio, model=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "extract_bio", interrupted)
    assert main(["extract", str(folder), "--out", str(tmp_path / "out")]) == cli.EXIT_INTERRUPTED
    assert output_files(tmp_path / "out") == before


def test_stale_temporary_files_from_a_killed_run_are_cleared(tmp_path, folder):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".records.jsonl.abc123.tmp").write_text("half a line")
    assert run(tmp_path, str(folder))[0] == 0
    assert sorted(output_files(out)) == ["errors.jsonl", "records.csv", "records.jsonl"]


def test_a_rerun_gives_identical_outputs(tmp_path):
    bios = Path(__file__).resolve().parent.parent / "corpus" / "bios"
    first = previous_outputs(tmp_path, bios)
    assert previous_outputs(tmp_path, bios) == first


def test_an_internal_fault_on_one_bio_costs_only_that_bio(tmp_path, folder, monkeypatch):
    (folder / "boom.txt").write_text(GOOD, encoding="utf-8")
    real = runner.extract_bio

    def faulty(bio, model=None):
        if bio.doc_id == "boom":
            raise RuntimeError("simulated fault")
        return real(bio, model)

    monkeypatch.setattr(runner, "extract_bio", faulty)
    code, records, errors = run(tmp_path, str(folder))
    assert code == 0 and [r["doc_id"] for r in records] == ["good"]
    assert "simulated fault" in errors[0]["message"]


@pytest.mark.parametrize("text", [
    "Jean Dupont\n\nIl a remporté le marathon de Paris en 2012 en 2 h 08 min 30 s.",
    "Jane Doe\n\nShe enjoys gardening and has two dogs. She was born in 1990 in Leeds.",
])
def test_foreign_or_result_free_text_gives_no_records_and_no_error(tmp_path, text):
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    code, records, errors = run(tmp_path, str(path))
    assert (code, errors) == (0, [])
    assert all(r["year"] != 1990 for r in records)


def test_html_bio_offsets_index_the_original_text(tmp_path):
    html = ("<html><body><h1>Ana Runner</h1>\r\n<p>In 2012 she <b>won</b> the "
            "<a href='x'>Rotterdam Marathon</a> in 2:24:01.</p></body></html>")
    path = tmp_path / "ana.html.txt"
    path.write_text(html, encoding="utf-8", newline="")
    _, records, _ = run(tmp_path, str(path))
    assert [(r["athlete"], r["event"], r["time"], r["place"]) for r in records] == [
        ("Ana Runner", "Rotterdam Marathon", "2:24:01", 1)]
    text = path.read_bytes().decode("utf-8")
    assert text[records[0]["char_start"]:records[0]["char_end"]] == records[0]["evidence"]


def test_a_single_long_line_finishes(tmp_path):
    sentence = "In 2012 she won the Rotterdam Marathon in 2:24:01. "
    path = tmp_path / "long.txt"
    path.write_text("Ana Runner\n\n" + sentence * 4000, encoding="utf-8")  # about 200 kB on one line
    code, records, _ = run(tmp_path, str(path))
    assert code == 0 and len(records) == 4000


def test_standard_input(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode("utf-8"))))
    code, records, _ = run(tmp_path, "-")
    assert code == 0 and records[0]["doc_id"] == "stdin"


def test_outputs_folder_holds_no_temporary_files(tmp_path, folder):
    run(tmp_path, str(folder))
    assert not [p for p in os.listdir(tmp_path / "out") if p.endswith(".tmp")]


@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGKILL, -signal.SIGKILL)])
def test_a_real_interrupt_or_kill_mid_run_leaves_previous_outputs_intact(tmp_path, folder, sig, code):
    before = previous_outputs(tmp_path, folder)
    corpus = Path(__file__).resolve().parent.parent / "corpus" / "bios"
    for copy in range(40):
        for path in corpus.glob("*.txt"):
            (folder / f"{copy}-{path.name}").write_bytes(path.read_bytes())
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(folder), "--out", str(tmp_path / "out")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # CI may ignore it
    time.sleep(4)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(sig)
    process.wait(timeout=60)
    assert process.returncode == code
    assert {name: data for name, data in output_files(tmp_path / "out").items() if not name.endswith(".tmp")} == before
