"""The command line writes both outputs and keeps going past a bad file."""
from __future__ import annotations

import json

import pandas as pd

from pipeline.cli import main
from pipeline.records import FIELDS

BIO = "Ana Runner\n\nIn 2012 she won the Rotterdam Marathon in 2:24:01, a national record.\n"


def test_extract_writes_jsonl_and_csv(tmp_path, capsys):
    (tmp_path / "bios").mkdir()
    (tmp_path / "bios" / "ana.txt").write_text(BIO, encoding="utf-8")
    assert main(["extract", str(tmp_path / "bios"), "--out", str(tmp_path / "out")]) == 0
    rows = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text().splitlines()]
    assert [list(row) for row in rows] == [list(FIELDS)]
    assert rows[0]["event"] == "Rotterdam Marathon" and rows[0]["records"] == ["NR"]
    table = pd.read_csv(tmp_path / "out" / "records.csv")
    assert list(table.columns) == list(FIELDS)
    assert table.loc[0, "records"] == "NR" and table.loc[0, "year"] == 2012
    assert "1 bios" in capsys.readouterr().out


def test_a_bad_file_does_not_cost_the_others(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(BIO, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa not utf-8 \x80")
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "out")]) == 0
    assert len((tmp_path / "out" / "records.jsonl").read_text().splitlines()) == 1
    assert "bad.txt" in capsys.readouterr().err


def test_format_choice(tmp_path, capsys):
    (tmp_path / "ana.txt").write_text(BIO, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(tmp_path / "ana.txt"), "--out", str(out), "--format", "csv"]) == 0
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["errors.jsonl", "records.csv"]
    assert main(["extract", str(tmp_path / "ana.txt"), "--out", str(out), "--format", "xml"]) == 2
    assert "--format" in capsys.readouterr().err


def test_parquet_needs_pyarrow_or_writes_parquet(tmp_path, capsys):
    import importlib.util

    (tmp_path / "ana.txt").write_text(BIO, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["extract", str(tmp_path / "ana.txt"), "--out", str(out), "--format", "parquet"])
    if importlib.util.find_spec("pyarrow") is None:
        assert code == 2 and "pyarrow" in capsys.readouterr().err
    else:
        assert code == 0
        assert pd.read_parquet(out / "records.parquet").loc[0, "event"] == "Rotterdam Marathon"
