"""Command line: extract records from bios, evaluate them against the gold set, validate the gold."""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from dataclasses import asdict
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

from .extract import extract_bio
from .loading import DEFAULT_MAX_BYTES, BioError, decode, parse_bio, read_bio
from .runner import Cache, Problem, discover, read_bytes, run
from .writing import OutputSink, atomic_write

EXIT_CODES = """exit codes: 0 done (problems, if any, listed on stderr and in errors.jsonl); 1 --strict and
some input had a problem; 2 bad command line; 3 no bio could be read; 4 outputs could not be
written (previous outputs kept); 130 interrupted (previous outputs kept)."""

EXAMPLES = """examples:
  python -m pipeline extract corpus/bios --out outputs
  python -m pipeline extract my_bio.txt
  cat bio.txt | python -m pipeline extract - --out /tmp/out
"""


T = TypeVar("T")
FORMATS = ("jsonl", "csv", "parquet")
# Exit codes of ``extract``.
EXIT_OK, EXIT_STRICT, EXIT_USAGE, EXIT_NOTHING_READ, EXIT_NOT_WRITTEN, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


# Runs of at least this many bios show a progress bar (when stderr is a terminal).
PROGRESS_FROM = 5


def progress(items: Iterable[T], label: str, total: int | None = None) -> Iterable[T]:
    """``items`` with a progress bar on stderr for long runs at a terminal; the items alone otherwise."""
    total = len(items) if total is None and isinstance(items, list) else total
    quiet = not sys.stderr.isatty() or (total or 0) < PROGRESS_FROM
    return items if quiet else tqdm(items, desc=label, total=total, unit="bio", file=sys.stderr, leave=False)


def say(message: object) -> None:
    """A line on stderr that does not break a progress bar."""
    tqdm.write(str(message), file=sys.stderr)


def extract_command(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    formats = tuple(dict.fromkeys(f.strip() for f in args.format.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        print(f"error: --format takes a comma-separated choice of {', '.join(FORMATS)}; got {args.format!r}",
              file=sys.stderr)
        return EXIT_USAGE
    if "parquet" in formats and importlib.util.find_spec("pyarrow") is None:
        print("error: parquet output needs pyarrow, which is not installed: pip install -e '.[parquet]'",
              file=sys.stderr)
        return EXIT_USAGE
    tasks, problems = discover(args.paths)
    cache = None if args.no_cache else Cache(Path(args.out) / ".cache")
    bios = sentences = cached = 0
    doc_ids: dict[str, str] = {}
    try:
        with OutputSink(Path(args.out), formats) as sink:
            def report(problem: Problem) -> None:
                problems.append(problem)
                sink.problem(asdict(problem))
                say(problem)

            for problem in list(problems):
                problems.remove(problem)
                report(problem)
            outcomes = run(tasks, int(args.max_mb * 1024 * 1024), cache, args.jobs, args.model)
            for outcome in progress(outcomes, "extract", total=len(tasks)):
                for problem in outcome.problems:
                    report(problem)
                if not outcome.read:
                    continue
                doc_id = outcome.records[0]["doc_id"] if outcome.records else None
                if doc_id in doc_ids:
                    report(Problem(outcome.name, "warning", f"doc_id {doc_id!r} is also the doc_id of {doc_ids[doc_id]}"))
                elif doc_id:
                    doc_ids[doc_id] = outcome.name
                sink.add(outcome.records)
                bios += 1
                sentences += outcome.sentences
                cached += outcome.cached
            records = sink.count
    except KeyboardInterrupt:
        print("interrupted: nothing written; previous outputs left as they were", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as error:
        print(f"error: could not write outputs to {args.out}: {error.strerror or error}; "
              "previous outputs left as they were", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    seconds = time.perf_counter() - started
    reused = f" ({cached} unchanged, from the cache)" if cached else ""
    print(f"{bios} bios{reused}, {sentences} sentences, {records} records, {len(problems)} problems "
          f"in {seconds:.2f} s -> {args.out}")
    if bios == 0:
        return EXIT_NOTHING_READ
    return EXIT_STRICT if args.strict and problems else EXIT_OK


def report_command(args: argparse.Namespace) -> int:
    from .report import gold_for, page, view

    tasks, problems = discover(args.paths)
    views = []
    for task in progress(tasks, "report"):
        try:
            text, warnings = decode(read_bytes(task, DEFAULT_MAX_BYTES))
            bio = parse_bio(text, task.doc_id, warnings)
        except (BioError, OSError) as error:
            problems.append(Problem(task.name, "error", str(error)))
            continue
        records = [r.to_dict() for r in extract_bio(bio, args.model)[0]]
        views.append(view(bio, records, gold_for(Path(args.gold) if args.gold else None, bio.doc_id)))
    for problem in problems:
        print(problem, file=sys.stderr)
    target = Path(args.out) / "report.html"
    atomic_write(target, lambda stream: stream.write(page(views)))
    print(f"{len(views)} bios, {sum(len(v.records) for v in views)} records, {len(problems)} problems -> {target}")
    return EXIT_OK if views else EXIT_NOTHING_READ


def evaluate_command(args: argparse.Namespace) -> int:
    from .evaluate import baseline_view, evaluate, gate, table  # scipy: loaded only to evaluate

    predictions: dict[str, list[dict]] = {}
    for path in sorted(Path(args.bios).glob("*.txt")):
        predictions[path.stem] = [r.to_dict() for r in extract_bio(read_bio(path), args.model)[0]]
    report = evaluate(predictions, Path(args.gold))
    out = Path(args.out)
    atomic_write(out / "metrics.json", lambda stream: json.dump(report, stream, indent=1, ensure_ascii=False))
    print(table(report))
    print(f"\nmetrics and the list of errors: {out / 'metrics.json'}")
    baseline = Path(args.baseline)
    if args.write_baseline:
        atomic_write(baseline, lambda stream: json.dump(baseline_view(report), stream, indent=1))
        print(f"baseline written: {baseline}")
        return 0
    if args.check:
        falls = gate(report, json.loads(baseline.read_text(encoding="utf-8")))
        for fall in falls:
            print(f"REGRESSION: {fall}", file=sys.stderr)
        if falls:
            return 1
        print(f"no score fell more than 0.01 below {baseline}")
    return 0


def validate_command(args: argparse.Namespace) -> int:
    from .gold import validate_gold

    problems = validate_gold(Path(args.gold), Path(args.bios))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"gold set: {len(problems)} problems")
    return 1 if problems else 0


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0],
                                          formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES)
    commands = main_parser.add_subparsers(dest="command", required=True)
    model = argparse.ArgumentParser(add_help=False)
    model.add_argument("--model", default=None, metavar="NAME",
                       help="also use the entities of an installed pretrained spaCy pipeline (package name or "
                            "folder), e.g. en_core_web_sm; default: rules only, offline")
    extract = commands.add_parser("extract", help="extract result records from bios", parents=[model],
                                  formatter_class=argparse.RawDescriptionHelpFormatter,
                                  epilog=EXAMPLES + "\n" + EXIT_CODES)
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a bio file, a folder of .txt bios, or - for stdin")
    extract.add_argument("--out", default="outputs", metavar="DIR",
                         help="output folder for records.jsonl, records.csv and errors.jsonl (default: outputs)")
    extract.add_argument("--format", default="jsonl,csv", metavar="LIST",
                         help="record files to write, comma-separated from jsonl, csv, parquet "
                              "(parquet needs pyarrow; default: jsonl,csv)")
    extract.add_argument("--strict", action="store_true",
                         help="exit 1 if any input had a problem (default: report problems, exit 0)")
    extract.add_argument("--jobs", type=int, default=None, metavar="N",
                         help="worker processes (default: all cores from 8 bios on, else 1); "
                              "output is identical whatever N")
    extract.add_argument("--no-cache", action="store_true",
                         help="re-extract every bio (default: reuse results of unchanged bios, kept in DIR/.cache)")
    extract.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 1024 / 1024, metavar="MB",
                         help="refuse bios larger than this many megabytes (default: %(default)g)")
    extract.set_defaults(run=extract_command)

    scoring = commands.add_parser("evaluate", help="score the pipeline against the gold set", parents=[model],
                                  formatter_class=argparse.RawDescriptionHelpFormatter,
                                  epilog="examples:\n  python -m pipeline evaluate\n"
                                         "  python -m pipeline evaluate --check        # CI: fail on a fall in precision\n"
                                         "  python -m pipeline evaluate --write-baseline",
                                  description="Extract the gold bios, pair predictions with gold records and "
                                              "print precision, recall and F1 per field and split.")
    scoring.add_argument("--gold", default="corpus/gold", help="gold folder with dev/ and test/ (default: corpus/gold)")
    scoring.add_argument("--bios", default="corpus/bios", help="folder of the bios (default: corpus/bios)")
    scoring.add_argument("--out", default="outputs", help="where metrics.json goes (default: outputs)")
    scoring.add_argument("--baseline", default="corpus/gold/baseline.json", help="committed baseline scores")
    scoring.add_argument("--check", action="store_true", help="exit 1 if a score falls >0.01 below the baseline")
    scoring.add_argument("--write-baseline", action="store_true", help="rewrite the baseline with these scores")
    scoring.set_defaults(run=evaluate_command)

    report = commands.add_parser(
        "report", help="write one self-contained HTML page of what was found in each bio, and why", parents=[model],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Extract the bios and write DIR/report.html: per bio, the text with recognised spans "
                    "highlighted by type beside its records; with --gold, per-bio scores and wrong, spurious "
                    "and missed records marked.",
        epilog="example:\n  python -m pipeline report corpus/bios --gold corpus/gold --out outputs")
    report.add_argument("paths", nargs="+", metavar="PATH", help="a bio file, a folder of .txt bios, or -")
    report.add_argument("--out", default="outputs", metavar="DIR", help="folder for report.html (default: outputs)")
    report.add_argument("--gold", default=None, metavar="DIR",
                        help="gold folder (with split subfolders) to compare against, e.g. corpus/gold")
    report.set_defaults(run=report_command)

    validate = commands.add_parser("validate-gold", help="check every gold line against the schema",
                                   description="Check that every gold line parses, has the schema's fields, "
                                               "types and vocabulary, and that its offsets point at its evidence.",
                                   epilog="example: python -m pipeline validate-gold --gold corpus/gold")
    validate.add_argument("--gold", default="corpus/gold", help="gold folder (default: corpus/gold)")
    validate.add_argument("--bios", default="corpus/bios", help="folder of the bios (default: corpus/bios)")
    validate.set_defaults(run=validate_command)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
