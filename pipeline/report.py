"""Reporting: one self-contained HTML page showing, for every bio, what was found and why.

Per bio: the text, sentence by sentence, with the recognised spans highlighted by type (displaCy's
span rendering), beside the records table; each record links to its sentence. Where a gold file
exists, the index shows the bio's scores and the table marks wrong fields, spurious and missed records.
"""
from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy import displacy
from spacy.tokens import Doc, Span

from .clauses import Candidate
from .evaluate import comparable, pair, score_bio
from .extract import assembler
from .loading import Bio
from .recognise import build_nlp

SHOWN_FIELDS = ("event", "year", "date", "location", "discipline", "time", "place", "place_max", "status", "records")
COLOURS = {"EVENT": "#f7c873", "DATE": "#a6d8f0", "LOCATION": "#c5e8b7", "DISCIPLINE": "#e3c6f2",
           "TIME": "#ffb3b3", "PLACING": "#ffe680", "STATUS": "#ff9e80", "RECORD": "#9fe0d6"}
STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.5em; } h2 { border-top: 2px solid #ccc; padding-top: .8em; }
table { border-collapse: collapse; font-size: .85em; }
th, td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
.bio { display: flex; gap: 1.5em; align-items: flex-start; }
.text { flex: 1 1 50%; min-width: 0; } .records { flex: 1 1 50%; overflow-x: auto; }
.sentence { margin: .2em 0; padding: 0 .3em; border-left: 3px solid transparent; }
.sentence:target { border-left-color: #d33; background: #fff6e0; }
tr.spurious { background: #ffe3e3; } tr.missed { background: #e3ecff; font-style: italic; }
td.wrong { background: #ffd0d0; } .gold { color: #1a4fb3; display: block; font-size: .9em; }
.legend span { padding: 1px 5px; margin-right: 4px; border-radius: 3px; font-size: .8em; }
.note { color: #666; font-size: .85em; }
"""


@dataclass
class BioView:
    """What the page shows of one bio."""

    bio: Bio
    sentences: list[tuple[int, int, str]]  # start_char, end_char, rendered HTML
    records: list[dict]
    gold: list[dict] | None


def render_sentence(doc: Doc, sentence: Span, spans: list[Candidate]) -> str:
    """One sentence with its candidate spans, through displaCy (which escapes the text)."""
    if not spans:
        return html.escape(sentence.text)
    piece = sentence.as_doc()
    piece.spans["sc"] = [Span(piece, s.start - sentence.start, s.end - sentence.start, label=s.label) for s in spans]
    return displacy.render(piece, style="span", page=False,
                           options={"spans_key": "sc", "colors": COLOURS}).replace("line-height: 2.5", "line-height: 2.2")


def view(bio: Bio, records: list[dict], gold: list[dict] | None) -> BioView:
    """Render a bio's sentences with the spans the assembly stage considered."""
    doc = build_nlp()(bio.clean)
    sentences = []
    for sentence in assembler().sentences(doc):
        span = sentence.span
        if not bio.clean[span.start_char:span.end_char].strip():
            continue
        sentences.append((span.start_char, span.end_char, render_sentence(doc, span, sentence.candidates)))
    return BioView(bio, sentences, records, gold)


def _cell(value: object) -> str:
    if value is None or value == []:
        return ""
    return html.escape(";".join(value) if isinstance(value, list) else str(value))


def _sentence_anchor(view_: BioView, char_start: int) -> str:
    for index, (start, end, _) in enumerate(view_.sentences):
        if start <= char_start < end:
            return f"{view_.bio.doc_id}-s{index}"
    return f"{view_.bio.doc_id}-s0"


def records_table(view_: BioView) -> str:
    """The bio's records; with gold: wrong cells show the gold value, spurious and missed rows marked."""
    rows = []
    pairs = dict(pair(view_.records, view_.gold)) if view_.gold is not None else {}
    for index, record in enumerate(view_.records):
        gold = view_.gold[pairs[index]] if index in pairs else None
        spurious = view_.gold is not None and gold is None
        cells = []
        for name in SHOWN_FIELDS:
            wrong = gold is not None and comparable(name, record[name]) != comparable(name, gold[name])
            hint = f'<span class="gold">gold: {_cell(gold[name]) or "null"}</span>' if wrong else ""
            cells.append(f'<td class="{"wrong" if wrong else ""}">{_cell(record[name])}{hint}</td>')
        link = f'<a href="#{_sentence_anchor(view_, record["char_start"])}">sentence</a>'
        rows.append(f'<tr class="{"spurious" if spurious else "record"}">{"".join(cells)}<td>{link}'
                    f'{" (spurious)" if spurious else ""}</td></tr>')
    if view_.gold is not None:
        for index, gold in enumerate(view_.gold):
            if index not in pairs.values():
                cells = "".join(f"<td>{_cell(gold[name])}</td>" for name in SHOWN_FIELDS)
                link = f'<a href="#{_sentence_anchor(view_, gold["char_start"])}">sentence</a>'
                rows.append(f'<tr class="missed">{cells}<td>{link} (missed)</td></tr>')
    header = "".join(f"<th>{name}</th>" for name in SHOWN_FIELDS) + "<th></th>"
    return f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def section(view_: BioView) -> str:
    doc_id = html.escape(view_.bio.doc_id)
    sentences = "".join(f'<div class="sentence" id="{doc_id}-s{i}">{rendered}</div>'
                        for i, (_, _, rendered) in enumerate(view_.sentences))
    return (f'<section id="bio-{doc_id}"><h2>{html.escape(view_.bio.athlete or view_.bio.doc_id)} '
            f'<span class="note">({doc_id}, {len(view_.records)} records)</span></h2>'
            f'<div class="bio"><div class="text">{sentences}</div>'
            f'<div class="records">{records_table(view_)}</div></div></section>')


def index(views: list[BioView]) -> str:
    rows = []
    for v in views:
        doc_id = html.escape(v.bio.doc_id)
        scores = ""
        if v.gold is not None:
            summary = score_bio(v.records, v.gold).summary()
            found, exact = summary["records"], summary["records_all_fields"]["lenient"]
            scores = (f"<td>{len(v.gold)}</td><td>{found['precision']:.2f}</td><td>{found['recall']:.2f}</td>"
                      f"<td>{exact['f1']:.2f}</td>")
        else:
            scores = "<td></td>" * 4
        rows.append(f'<tr><td><a href="#bio-{doc_id}">{html.escape(v.bio.athlete or v.bio.doc_id)}</a></td>'
                    f"<td>{len(v.records)}</td>{scores}</tr>")
    return ("<table><thead><tr><th>bio</th><th>records</th><th>gold</th><th>precision</th><th>recall</th>"
            f"<th>all fields F1</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def page(views: Iterable[BioView]) -> str:
    """The whole report: legend, index, one section per bio. No scripts, no outside resources."""
    views = list(views)
    legend = "".join(f'<span style="background:{colour}">{label}</span>' for label, colour in COLOURS.items())
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Athlete bios: extracted results"
            f"</title><style>{STYLE}</style></head><body><h1>Athlete bios: extracted results</h1>"
            f'<p class="legend">{legend}</p><p class="note">Highlighted: what the rules recognised. '
            "In tables, red cells are wrong (gold value below), red rows spurious, blue rows missed; "
            "&ldquo;sentence&rdquo; jumps to the evidence.</p>"
            f"{index(views)}{''.join(section(v) for v in views)}</body></html>")


def gold_for(gold_dir: Path | None, doc_id: str) -> list[dict] | None:
    """The gold records of a bio, from any split folder under ``gold_dir``, or None."""
    if gold_dir is None:
        return None
    for path in gold_dir.glob(f"*/{doc_id}.jsonl"):
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return None
