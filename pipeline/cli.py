"""Command line: ``python -m pipeline extract PATH... [--out DIR]``."""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from .extract import extract_bio
from .loading import Bio, parse_bio, read_bio
from .records import Record
from .writing import write_records

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


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0],
                                          formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES)
    commands = main_parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract result records from bios",
                                  formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES)
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a bio file, a folder of .txt bios, or - for stdin")
    extract.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    extract.set_defaults(run=extract_command)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
