"""Command line: extract records from bios, evaluate them against the gold set, validate the gold."""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .evaluate import baseline_view, evaluate, gate, table
from .extract import extract_bio
from .gold import validate_gold
from .loading import DEFAULT_MAX_BYTES, Bio, BioError, decode, parse_bio, read_bio
from .records import Record
from .writing import atomic_write, write_outputs

EXIT_CODES = """exit codes: 0 done (problems, if any, listed on stderr and in errors.jsonl); 1 --strict and
some input had a problem; 2 bad command line; 3 no bio could be read; 4 outputs could not be
written (previous outputs kept); 130 interrupted (previous outputs kept)."""

EXAMPLES = """examples:
  python -m pipeline extract corpus/bios --out outputs
  python -m pipeline extract my_bio.txt
  cat bio.txt | python -m pipeline extract - --out /tmp/out
"""


# Exit codes of ``extract``.
EXIT_OK, EXIT_STRICT, EXIT_USAGE, EXIT_NOTHING_READ, EXIT_NOT_WRITTEN, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input: an error (not read), a warning (read with a caveat) or a skip."""

    file: str
    level: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.file}: {self.message}"


def discover(names: list[str]) -> tuple[list[Path | None], list[Problem]]:
    """The bios to read, in a stable order (None stands for stdin), and problems with the paths given."""
    sources: list[Path | None] = []
    problems: list[Problem] = []
    for name in names:
        if name == "-":
            sources.append(None)
            continue
        path = Path(name)
        if path.is_dir():
            entries = sorted(p for p in path.iterdir() if not p.name.startswith("."))
            texts = [p for p in entries if p.suffix.lower() == ".txt" and not p.is_dir()]
            problems += [Problem(str(p), "skipped", "not a .txt file") for p in entries if p not in texts]
            if not texts:
                problems.append(Problem(name, "error", "folder has no .txt files"))
            sources += texts
        elif path.exists() or path.is_symlink():
            sources.append(path)
        else:
            problems.append(Problem(name, "error", "no such file or folder"))
    return sources, problems


def load(source: Path | None, max_bytes: int) -> Bio:
    """Read one bio from a file, or from standard input for None."""
    if source is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise BioError(f"standard input is over the size limit of {max_bytes:,} bytes (raise it with --max-mb)")
        text, warnings = decode(data)
        return parse_bio(text, doc_id="stdin", warnings=warnings)
    return read_bio(source, max_bytes)


def extract_command(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    sources, problems = discover(args.paths)
    for problem in problems:
        print(problem, file=sys.stderr)
    records: list[Record] = []
    bios = sentences = 0
    names: dict[str, str] = {}

    def report(problem: Problem) -> None:
        problems.append(problem)
        print(problem, file=sys.stderr)

    try:
        for source in sources:
            name = "<stdin>" if source is None else str(source)
            try:
                bio = load(source, int(args.max_mb * 1024 * 1024))
            except BioError as error:
                report(Problem(name, "error", str(error)))
                continue
            except OSError as error:
                report(Problem(name, "error", f"cannot read: {error.strerror or error}"))
                continue
            for warning in bio.warnings:
                report(Problem(name, "warning", warning))
            if bio.doc_id in names:
                report(Problem(name, "warning", f"doc_id {bio.doc_id!r} is also the doc_id of {names[bio.doc_id]}"))
            names.setdefault(bio.doc_id, name)
            try:
                found, count = extract_bio(bio)
            except Exception as error:  # a fault on one bio must not cost the others theirs
                report(Problem(name, "error", f"internal error while extracting: {error!r}"))
                continue
            records.extend(found)
            bios += 1
            sentences += count
    except KeyboardInterrupt:
        print("interrupted: nothing written; previous outputs left as they were", file=sys.stderr)
        return EXIT_INTERRUPTED
    try:
        write_outputs(records, [asdict(p) for p in problems], Path(args.out))
    except OSError as error:
        print(f"error: could not write outputs to {args.out}: {error.strerror or error}; "
              "previous outputs left as they were", file=sys.stderr)
        return EXIT_NOT_WRITTEN
    seconds = time.perf_counter() - started
    print(f"{bios} bios, {sentences} sentences, {len(records)} records, {len(problems)} problems "
          f"in {seconds:.2f} s -> {args.out}")
    if bios == 0:
        return EXIT_NOTHING_READ
    return EXIT_STRICT if args.strict and problems else EXIT_OK


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
                                  formatter_class=argparse.RawDescriptionHelpFormatter,
                                  epilog=EXAMPLES + "\n" + EXIT_CODES)
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a bio file, a folder of .txt bios, or - for stdin")
    extract.add_argument("--out", default="outputs", metavar="DIR",
                         help="output folder for records.jsonl, records.csv and errors.jsonl (default: outputs)")
    extract.add_argument("--strict", action="store_true",
                         help="exit 1 if any input had a problem (default: report problems, exit 0)")
    extract.add_argument("--max-mb", type=float, default=DEFAULT_MAX_BYTES / 1024 / 1024, metavar="MB",
                         help="refuse bios larger than this many megabytes (default: %(default)g)")
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
