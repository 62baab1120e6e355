"""The HTML report: structure, escaping, every record present, links resolve, gold marks."""
from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from pipeline.cli import main
from pipeline.extract import extract_text

BIO = ("Ana Runner\n\nIn 2012 she won the Rotterdam Marathon in 2:24:01, a national record. "
       "Later that year she was sixth at the Berlin Marathon. She says 1 < 2 & \"fast\" <script is fun.\n")


class Page(HTMLParser):
    """Collects tags, ids, links and classes of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.classes: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.links.append(attrs.get("href", ""))
        self.classes += (attrs.get("class") or "").split()
        self.sources += [attrs[k] for k in ("src", "href") if k in attrs and not attrs[k].startswith("#")]


def build(tmp_path: Path, gold: list[dict] | None = None) -> tuple[str, Page]:
    bios = tmp_path / "bios"
    bios.mkdir()
    (bios / "ana.txt").write_text(BIO, encoding="utf-8")
    args = ["report", str(bios), "--out", str(tmp_path / "out")]
    if gold is not None:
        (tmp_path / "gold" / "dev").mkdir(parents=True)
        (tmp_path / "gold" / "dev" / "ana.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))
        args += ["--gold", str(tmp_path / "gold")]
    assert main(args) == 0
    text = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    page = Page()
    page.feed(text)
    return text, page


def test_structure_links_and_self_contained(tmp_path):
    text, page = build(tmp_path)
    assert text.startswith("<!DOCTYPE html>")
    assert "script" not in page.tags and page.sources == []
    assert all(link[1:] in page.ids for link in page.links if link.startswith("#"))
    assert "bio-ana" in page.ids and "ana-s0" in page.ids


def test_every_record_is_a_row(tmp_path):
    _, page = build(tmp_path)
    records = extract_text(BIO, doc_id="ana")
    assert len(records) == 2 and page.classes.count("record") == len(records)


def test_bio_text_is_escaped(tmp_path):
    text, page = build(tmp_path)
    assert "&lt;script is fun" in text and "1 &lt; 2 &amp;" in text
    assert "script" not in page.tags


def test_gold_marks_wrong_fields_and_missed_records(tmp_path):
    predicted = [r.to_dict() for r in extract_text(BIO, doc_id="ana")]
    wrong_place = dict(predicted[1], place=5)
    missed = dict(predicted[0], event="Hague Marathon", year=2011, date="2011", place=2, time=None, time_s=None,
                  records=[])
    text, page = build(tmp_path, gold=[predicted[0], wrong_place, missed])
    assert page.classes.count("wrong") == 1 and "gold: 5" in text
    assert page.classes.count("missed") == 1 and "Hague Marathon" in text
    assert "<td>3</td>" in text  # the index shows the gold count
