"""Throughput benchmark: ``make bench``.

Builds a corpus of at least a million words from the corpus bios with perturbations (other names,
years, times and places, so no cache can cheat), then measures in one run, each in its own process and
in interleaved rounds (``--repeat``, the median kept):
the floor (``spacy.blank("en")`` + sentencizer), the full pipeline in one process and with
``--jobs 2`` (outputs written), the naive approach (``dateparser.search_dates`` on every sentence, on
a sample, scaled), peak memory at a tenth of the corpus and at all of it, and one bio start to finish.
Prints a table with ratios and keeps it in benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIOS = ROOT / "corpus" / "bios"
README = Path(__file__).resolve().parent / "README.md"
MARK_START, MARK_END = "<!-- results -->", "<!-- /results -->"
SYLLABLES = ["ka", "ri", "mo", "ta", "se", "lu", "na", "be", "do", "vi", "ha", "ze", "jo", "pi", "ke"]
CITIES = ["Lyon", "Nairobi", "Kraków", "Valencia", "Sapporo", "Eldoret", "Porto", "Leeds", "Turin", "Daegu",
          "Rabat", "Hengelo", "Ostrava", "Doha", "Eugene", "Lisbon", "Gdańsk", "Zagreb", "Seville", "Cork"]

FLOOR = """
import sys, time, spacy
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
nlp = spacy.blank("en"); nlp.add_pipe("sentencizer")
start = time.perf_counter()
for doc in nlp.pipe(texts):
    pass
print(time.perf_counter() - start)
"""

NAIVE = """
import random, re, sys, time
from dateparser.search import search_dates
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\\s+", t) if s.strip()]
random.Random(1).shuffle(sentences)
sample = sentences[: int(sys.argv[1])]
start = time.perf_counter()
for sentence in sample:
    search_dates(sentence, languages=["en"])
print(time.perf_counter() - start, sum(len(s.split()) for s in sample))
"""


def name(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title() for _ in range(2))


def perturb(text: str, rng: random.Random) -> str:
    """Another athlete, other years, times and places, same sentence shapes."""
    athlete, _, body = text.partition("\n")
    new = name(rng)
    for part in athlete.split():
        body = body.replace(part, new.split()[-1])
    shift = rng.randint(-6, 6)
    body = re.sub(r"\b(19[5-9]\d|20[0-1]\d)\b", lambda m: str(int(m.group()) + shift), body)
    body = re.sub(r"(\d:\d\d)(?=[^\d])", lambda m: m.group(1)[:-1] + str(rng.randint(0, 9)), body)
    places = {city: rng.choice(CITIES) for city in CITIES}
    body = re.sub("|".join(CITIES), lambda m: places[m.group()], body)
    return new + "\n" + body


def build_corpus(folder: Path, words: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted(BIOS.glob("*.txt"))]
    paths, total, index = [], 0, 0
    while total < words:
        text = perturb(sources[index % len(sources)], rng)
        path = folder / f"bio{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        total += len(text.split())
        index += 1
    return paths


def measure(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak resident memory (MiB) of the process and its children, and its stdout."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    output = process.stdout.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[:4]} failed: {process.stderr.read()}")
    return seconds, usage.ru_maxrss / 1024, output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size in words (default 1,000,000)")
    parser.add_argument("--naive-sample", type=int, default=1000, help="sentences given to search_dates")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of each timed run; the median is kept")
    parser.add_argument("--no-readme", action="store_true", help="print only; leave benchmarks/README.md")
    args = parser.parse_args()
    python = sys.executable
    # The package's bytecode is compiled first, as an installed package's is: a machine that sets
    # PYTHONDONTWRITEBYTECODE (this one does) otherwise compiles the sources again on every run, which the
    # one-bio run would count.
    subprocess.run([python, "-m", "compileall", "-q", str(ROOT / "pipeline")], check=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "bios"
        folder.mkdir()
        paths = build_corpus(folder, args.words)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        tenth = Path(scratch) / "tenth"
        tenth.mkdir()
        for path in paths[: len(paths) // 10]:
            (tenth / path.name).write_bytes(path.read_bytes())
        tenth_words = sum(len(p.read_text(encoding="utf-8").split()) for p in tenth.iterdir())
        out = Path(scratch) / "out"
        extract = [python, "-m", "pipeline", "extract", "--no-cache", "--out", str(out)]

        # Each timed run is repeated in interleaved rounds and its median round kept (the machine's speed
        # drifts by a third between minutes, and a best-of favours the short runs); peak memory is the
        # largest seen.
        rounds: dict[str, list[float]] = {}
        memory: dict[str, float] = {}
        naive_words = 0.0
        for _ in range(args.repeat):
            runs = {
                "floor": [python, "-c", FLOOR, *map(str, paths)],
                "one": [*extract, "--jobs", "1", str(folder)],
                "two": [*extract, "--jobs", "2", str(folder)],
                "naive": [python, "-c", NAIVE, str(args.naive_sample), *map(str, paths[:200])],
                "single": [*extract, str(BIOS / "ser-od_bat-ochiryn.txt")],
            }
            for name, command in runs.items():
                wall, peak, output = measure(command)
                if name == "floor":
                    wall = float(output)
                elif name == "naive":
                    wall, naive_words = (float(x) for x in output.split())
                rounds.setdefault(name, []).append(wall)
                memory[name] = max(memory.get(name, peak), peak)
        tenth_s, tenth_mem, _ = measure([*extract, "--jobs", "1", str(tenth)])
        floor_s, one_s, two_s, naive_s, single_s = (statistics.median(rounds[name])
                                                    for name in ("floor", "one", "two", "naive", "single"))
        floor_mem, one_mem, two_mem = memory["floor"], memory["one"], memory["two"]

    rate = {"floor": words / floor_s, "one": words / one_s, "two": words / two_s, "naive": naive_words / naive_s}
    rows = [
        ("floor: blank + sentencizer", rate["floor"], len(paths) / floor_s, floor_mem),
        ("pipeline, 1 process", rate["one"], len(paths) / one_s, one_mem),
        ("pipeline, --jobs 2", rate["two"], len(paths) / two_s, two_mem),
        ("naive: search_dates per sentence", rate["naive"], None, None),
    ]
    lines = [f"Corpus: {len(paths):,} bios, {words:,} words (perturbed copies of corpus/bios). "
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
             f"{platform.system()} {platform.release()}.", "",
             "| run | words/s | bios/s | peak memory |", "|---|---:|---:|---:|"]
    for label, words_s, bios_s, memory in rows:
        lines.append(f"| {label} | {words_s:,.0f} | {'' if bios_s is None else f'{bios_s:,.1f}'} | "
                     f"{'' if memory is None else f'{memory:,.0f} MiB'} |")
    lines += ["", "| ratio | value | target |", "|---|---:|---:|",
              f"| 1 process / floor | {rate['one'] / rate['floor']:.3f} | >= 0.30 |",
              f"| 1 process / naive | {rate['one'] / rate['naive']:.1f}x | >= 15x |",
              f"| --jobs 2 / 1 process | {rate['two'] / rate['one']:.2f}x | >= 1.6x |",
              f"| --jobs 2 / floor | {rate['two'] / rate['floor']:.3f} | |",
              f"| peak memory, all / a tenth ({words:,} / {tenth_words:,} words) | {one_mem / tenth_mem:.2f}x | < 1.2x |",
              f"| one bio from the command line, start to finish | {single_s:.2f} s | < 1.5 s |"]
    table = "\n".join(lines)
    print(table)
    if not args.no_readme and README.exists():
        text = README.read_text(encoding="utf-8")
        start, end = text.index(MARK_START) + len(MARK_START), text.index(MARK_END)
        stamp = time.strftime("%Y-%m-%d")
        README.write_text(f"{text[:start]}\nLast run {stamp}.\n\n{table}\n{text[end:]}", encoding="utf-8")


if __name__ == "__main__":
    main()
