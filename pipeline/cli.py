"""Command line: extract records from bios, evaluate them against the gold set, validate the gold."""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from .evaluate import baseline_view, evaluate, gate, table
from .extract import extract_bio
from .gold import validate_gold
from .loading import Bio, parse_bio, read_bio
from .records import Record
from .writing import atomic_write, write_records

EXAMPLES = """examples:
  python -m pipeline extract corpus/bios --out outputs
  python -m pipeline extract my_bio.txt
  cat bio.txt | python -m pipeline extract - --out /tmp/out
"""


def bio_paths(paths: list[str]) -> Iterator[Path | None]:
    """Files named on the command line, folders expanded to their ``.txt`` files; None stands for stdin."""
    for name in paths:
        if name == "-":
            yield None
            continue
        path = Path(name)
        if path.is_dir():
            yield from sorted(path.glob("*.txt"))
        else:
            yield path


def load(path: Path | None) -> Bio:
    return parse_bio(sys.stdin.read(), doc_id="stdin") if path is None else read_bio(path)


def extract_command(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    records: list[Record] = []
    bios = sentences = failures = 0
    for path in bio_paths(args.paths):
        try:
            bio = load(path)
        except (OSError, UnicodeDecodeError) as error:
            failures += 1
            print(f"error: {path}: {error}", file=sys.stderr)
            continue
        found, count = extract_bio(bio)
        records.extend(found)
        bios += 1
        sentences += count
    write_records(records, Path(args.out))
    seconds = time.perf_counter() - started
    print(f"{bios} bios, {sentences} sentences, {len(records)} records in {seconds:.2f} s -> {args.out}")
    return 1 if bios == 0 and failures else 0


def evaluate_command(args: argparse.Namespace) -> int:
    predictions: dict[str, list[dict]] = {}
    for path in sorted(Path(args.bios).glob("*.txt")):
        predictions[path.stem] = [r.to_dict() for r in extract_bio(read_bio(path))[0]]
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
    problems = validate_gold(Path(args.gold), Path(args.bios))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"gold set: {len(problems)} problems")
    return 1 if problems else 0


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0],
                                          formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES)
    commands = main_parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract result records from bios",
                                  formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES)
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a bio file, a folder of .txt bios, or - for stdin")
    extract.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    extract.set_defaults(run=extract_command)

    scoring = commands.add_parser("evaluate", help="score the pipeline against the gold set",
                                  description="Extract the gold bios, pair predictions with gold records and "
                                              "print precision, recall and F1 per field and split.")
    scoring.add_argument("--gold", default="corpus/gold", help="gold folder with dev/ and test/ (default: corpus/gold)")
    scoring.add_argument("--bios", default="corpus/bios", help="folder of the bios (default: corpus/bios)")
    scoring.add_argument("--out", default="outputs", help="where metrics.json goes (default: outputs)")
    scoring.add_argument("--baseline", default="corpus/gold/baseline.json", help="committed baseline scores")
    scoring.add_argument("--check", action="store_true", help="exit 1 if a score falls >0.01 below the baseline")
    scoring.add_argument("--write-baseline", action="store_true", help="rewrite the baseline with these scores")
    scoring.set_defaults(run=evaluate_command)

    validate = commands.add_parser("validate-gold", help="check every gold line against the schema")
    validate.add_argument("--gold", default="corpus/gold", help="gold folder (default: corpus/gold)")
    validate.add_argument("--bios", default="corpus/bios", help="folder of the bios (default: corpus/bios)")
    validate.set_defaults(run=validate_command)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
