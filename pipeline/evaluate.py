"""Evaluating: score predicted records against the hand-labelled gold set.

Per bio, predictions and gold records are paired one to one by an optimal assignment on field
agreement (scipy's ``linear_sum_assignment``); a pair must share its evidence sentence or its event
and year. Each field is then scored as in slot filling: a predicted value is right when its pair's
gold value equals it; precision counts every non-null predicted value (spurious records included),
recall every non-null gold value. Two levels: *lenient* (values) and *strict* (values, and the
pair's evidence offsets are the gold's).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

SCORED_FIELDS = ("event", "year", "date", "location", "discipline", "time", "place", "place_max", "status",
                 "records")
SPLITS = ("dev", "test")

# Governing-body prefixes that some texts write and others drop ("IAAF World Cross Country
# Championships" is the same competition as "World Cross Country Championships").
GOVERNING_BODIES = re.compile(r"^(?:iaaf|world athletics|fis|fina|uci|iau|eaa|european athletics|wa)\s+")


def fold(text: str) -> str:
    """Case, accents, punctuation and spacing folded: "Hōfu" == "hofu", "U.S. Olympic Trials" == "US Olympic
    Trials" (the full stop of a one-letter abbreviation goes)."""
    text = re.sub(r"\b(\w)\.", r"\1", unicodedata.normalize("NFKD", text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def comparable(name: str, value: Any) -> Any:
    """The form in which two values of a field are compared; None for a missing value."""
    if value is None or value == [] or value == "":
        return None
    if name == "records":
        return tuple(sorted(value))
    if name == "event":
        folded = re.sub(r"^the\s+", "", fold(value))
        return GOVERNING_BODIES.sub("", folded)
    if name == "location":
        return fold(value)
    if name == "discipline":
        return fold(value).replace(" x ", "x")
    return value


def agreement(predicted: dict, gold: dict) -> int:
    return sum(1 for name in SCORED_FIELDS
               if comparable(name, predicted.get(name)) == comparable(name, gold.get(name)) is not None)


def may_pair(predicted: dict, gold: dict) -> bool:
    """Same evidence sentence, or same event and year."""
    overlap = predicted["char_start"] < gold["char_end"] and gold["char_start"] < predicted["char_end"]
    same_race = (comparable("event", predicted.get("event")) is not None
                 and comparable("event", predicted.get("event")) == comparable("event", gold.get("event"))
                 and predicted.get("year") == gold.get("year"))
    return overlap or same_race


def pair(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """Optimal one-to-one pairs (predicted index, gold index) maximising field agreement."""
    if not predicted or not gold:
        return []
    score = np.zeros((len(predicted), len(gold)))
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if may_pair(p, g):
                same_sentence = p["char_start"] == g["char_start"] and p["char_end"] == g["char_end"]
                score[i, j] = 1 + agreement(p, g) + 0.5 * same_sentence
    rows, cols = linear_sum_assignment(-score)
    return [(int(i), int(j)) for i, j in zip(rows, cols) if score[i, j] > 0]


@dataclass
class Counts:
    """Right, predicted and gold counts, with precision, recall and F1."""

    right: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.right += other.right
        self.predicted += other.predicted
        self.gold += other.gold

    def scores(self) -> dict[str, float | int]:
        precision = self.right / self.predicted if self.predicted else 1.0
        recall = self.right / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                "right": self.right, "predicted": self.predicted, "gold": self.gold}


@dataclass
class BioScore:
    """Counts for one bio (or a whole split), and its errors."""

    fields: dict[str, dict[str, Counts]] = field(default_factory=lambda: {
        level: {name: Counts() for name in SCORED_FIELDS} for level in ("lenient", "strict")})
    matched: Counts = field(default_factory=Counts)
    exact: dict[str, Counts] = field(default_factory=lambda: {"lenient": Counts(), "strict": Counts()})
    errors: list[dict] = field(default_factory=list)

    def add(self, other: BioScore) -> None:
        for level, names in other.fields.items():
            for name, counts in names.items():
                self.fields[level][name].add(counts)
        self.matched.add(other.matched)
        for level, counts in other.exact.items():
            self.exact[level].add(counts)
        self.errors.extend(other.errors)

    def summary(self) -> dict[str, Any]:
        return {
            "records": self.matched.scores(),
            "records_all_fields": {level: c.scores() for level, c in self.exact.items()},
            "fields": {level: {name: c.scores() for name, c in names.items()} for level, names in self.fields.items()},
        }


def score_bio(predicted: list[dict], gold: list[dict]) -> BioScore:
    """Score one bio's predictions against its gold records."""
    result = BioScore()
    pairs = pair(predicted, gold)
    paired_p, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    result.matched = Counts(right=len(pairs), predicted=len(predicted), gold=len(gold))
    for level in ("lenient", "strict"):
        result.exact[level] = Counts(predicted=len(predicted), gold=len(gold))
    for name in SCORED_FIELDS:
        for level in ("lenient", "strict"):
            counts = result.fields[level][name]
            counts.predicted = sum(1 for p in predicted if comparable(name, p.get(name)) is not None)
            counts.gold = sum(1 for g in gold if comparable(name, g.get(name)) is not None)
    for i, j in pairs:
        p, g = predicted[i], gold[j]
        same_sentence = (p["char_start"], p["char_end"]) == (g["char_start"], g["char_end"])
        wrong = []
        for name in SCORED_FIELDS:
            value_p, value_g = comparable(name, p.get(name)), comparable(name, g.get(name))
            if value_p is not None and value_p == value_g:
                result.fields["lenient"][name].right += 1
                result.fields["strict"][name].right += same_sentence
            elif value_p != value_g:
                wrong.append(name)
                result.errors.append({"kind": "wrong field", "field": name, "predicted": p.get(name),
                                      "gold": g.get(name), "doc_id": g["doc_id"], "evidence": g["evidence"]})
        if not wrong:
            result.exact["lenient"].right += 1
            result.exact["strict"].right += same_sentence
    for i in sorted(set(range(len(predicted))) - paired_p):
        result.errors.append({"kind": "spurious", "doc_id": predicted[i]["doc_id"], "evidence": predicted[i]["evidence"],
                              "predicted": {k: predicted[i][k] for k in SCORED_FIELDS}})
    for j in sorted(set(range(len(gold))) - paired_g):
        result.errors.append({"kind": "missed", "doc_id": gold[j]["doc_id"], "evidence": gold[j]["evidence"],
                              "gold": {k: gold[j][k] for k in SCORED_FIELDS}})
    return result


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_split(gold_dir: Path, split: str) -> dict[str, list[dict]]:
    """doc_id -> gold records, for one split folder."""
    return {path.stem: read_jsonl(path) for path in sorted((gold_dir / split).glob("*.jsonl"))}


def evaluate(predictions: dict[str, list[dict]], gold_dir: Path) -> dict[str, Any]:
    """Scores per split and per bio, with the errors."""
    report: dict[str, Any] = {}
    for split in SPLITS:
        total = BioScore()
        per_bio = {}
        for doc_id, gold in gold_split(gold_dir, split).items():
            scored = score_bio(predictions.get(doc_id, []), gold)
            per_bio[doc_id] = scored.summary()["records"] | {
                "all_fields": scored.exact["lenient"].scores()["f1"]}
            total.add(scored)
        errors = [error | {"cause": cause(error)} for error in total.errors]
        report[split] = total.summary() | {"bios": per_bio, "errors": errors}
    return report


def gate(report: dict[str, Any], baseline: dict[str, Any], tolerance: float = 0.01) -> list[str]:
    """Falls of more than ``tolerance`` below the baseline: field precision and record F1, per split."""
    falls = []
    for split in SPLITS:
        now, before = report[split], baseline.get(split, {})
        checks = [(f"{split} record F1", now["records"]["f1"], before.get("records", {}).get("f1"))]
        for name in SCORED_FIELDS:
            checks.append((f"{split} {name} precision", now["fields"]["lenient"][name]["precision"],
                           before.get("fields", {}).get("lenient", {}).get(name, {}).get("precision")))
        for label, value, reference in checks:
            if reference is not None and value < reference - tolerance:
                falls.append(f"{label} fell from {reference:.4f} to {value:.4f} (by {reference - value:.4f})")
    return falls


def baseline_view(report: dict[str, Any]) -> dict[str, Any]:
    """What the committed baseline keeps: the summary figures, without per-bio rows and errors."""
    return {split: {key: value for key, value in report[split].items() if key not in ("bios", "errors")}
            for split in SPLITS}


def cause(error: dict) -> str:
    """An error's cause class: a missed or spurious record, or a field left empty, filled wrongly
    (predicted where the gold has nothing), or given another value ("year off by one" for years)."""
    if error["kind"] != "wrong field":
        return error["kind"]
    name, predicted, gold = error["field"], error["predicted"], error["gold"]
    if predicted in (None, []):
        return f"{name} not found"
    if gold in (None, []):
        return f"{name} where none"
    if name == "year" and abs(predicted - gold) == 1:
        return "year off by one"
    return f"{name} other value"


def table(report: dict[str, Any]) -> str:
    """A readable table: per split, whole records then each field (lenient, with strict F1)."""
    lines = []
    for split in SPLITS:
        data = report[split]
        lines.append(f"\n== {split}: {len(data['bios'])} bios ==")
        lines.append(f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'strict F1':>11}{'right':>7}{'pred':>6}{'gold':>6}")
        rows: Iterable[tuple[str, dict, float]] = [
            ("records (paired)", data["records"], data["records"]["f1"]),
            ("records (all fields)", data["records_all_fields"]["lenient"], data["records_all_fields"]["strict"]["f1"]),
            *[(name, data["fields"]["lenient"][name], data["fields"]["strict"][name]["f1"]) for name in SCORED_FIELDS],
        ]
        for label, s, strict in rows:
            lines.append(f"{label:22}{s['precision']:7.3f}{s['recall']:7.3f}{s['f1']:7.3f}{strict:11.3f}"
                         f"{s['right']:7}{s['predicted']:6}{s['gold']:6}")
        causes: dict[str, int] = {}
        for error in data["errors"]:
            causes[cause(error)] = causes.get(cause(error), 0) + 1
        lines.append("errors by cause: " + ", ".join(
            f"{k} {v}" for k, v in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0]))))
    return "\n".join(lines)
