"""Where one process's time goes, against the budget the throughput target leaves: ``make stages``.

Over the perturbed corpus ``make bench`` builds, in one process: the floor's pipeline as ``make bench`` runs
it (a fresh ``spacy.blank("en")`` + sentencizer, cold vocabulary, all of the corpus; here CPU time of one pass,
where ``make bench`` takes the median wall time of three fresh processes), then, over its first ``--bios``
bios, each stage of the pipeline with the vocabulary warm (a lower bound on its cost): tokenizing and sentences, the recogniser (and inside it the token Matcher,
the fixed cost of any Matcher, the cost of never-matching one-token patterns as many as the Matcher
has, and the named regular expressions), and the assembly. Each is printed in seconds per 100k words
and as a share of the time the target (one process at 0.30 of the floor's words/s) leaves after the
floor. CPU time, best of ``--repeat`` passes.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from bench import build_corpus
from pipeline.extract import assembler, warm_up
from pipeline.loading import Bio, parse_bio
from pipeline.recognise import Characters, build_nlp, regex_spans

TARGET = 0.30  # one process, as a share of the floor's words/s
TOKENIZING = "tokenizing and sentences (warm)"


def best(run: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size for the floor (default 1,000,000)")
    parser.add_argument("--bios", type=int, default=300, help="bios timed stage by stage (default 300)")
    parser.add_argument("--repeat", type=int, default=3, help="passes of each stage; the least kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        texts = [path.read_text(encoding="utf-8") for path in build_corpus(Path(scratch), args.words)]

    floor_nlp = spacy.blank("en")
    floor_nlp.add_pipe("sentencizer")
    start = time.process_time()
    for _ in floor_nlp.pipe(texts):  # once: a second pass would find every word known
        pass
    floor_rate = sum(len(text.split()) for text in texts) / (time.process_time() - start)
    texts = texts[:args.bios]
    words = sum(len(text.split()) for text in texts)

    warm_up()
    bios = [parse_bio(text, f"bio{index}") for index, text in enumerate(texts)]
    nlp = build_nlp()
    splitter, recogniser = nlp.get_pipe("bio_sentences"), nlp.get_pipe("bio_recogniser")
    split = [splitter(nlp.make_doc(bio.clean)) for bio in bios]
    done = [recogniser(splitter(nlp.make_doc(bio.clean))) for bio in bios]
    matcher = recogniser.matcher
    fixed = Matcher(nlp.vocab, validate=False)
    fixed.add("never", [[{"ORTH": "\x00never"}]])
    never = Matcher(nlp.vocab, validate=False)
    for index in range(len(matcher)):
        never.add(f"never{index}", [[{"ORTH": f"\x00never{index}"}]])
    stages = {
        TOKENIZING: lambda: [splitter(nlp.make_doc(bio.clean)) for bio in bios],
        "recogniser": lambda: [recogniser(doc) for doc in split],
        f"  token Matcher, {len(matcher)} patterns": lambda: [matcher(doc) for doc in split],
        "  a Matcher's fixed cost (one pattern that never matches)": lambda: [fixed(doc) for doc in split],
        f"  {len(matcher)} one-token patterns that never match": lambda: [never(doc) for doc in split],
        "  named regular expressions": lambda: [list(regex_spans(Characters(doc))) for doc in split],
        "assembly": lambda: [assembler().assemble(doc, bio) for doc, bio in zip(done, bios)],
    }
    per = 100_000 / words
    budget = words / (TARGET * floor_rate) - words / floor_rate  # seconds the target leaves after the floor
    print(f"Floor (cold, {args.words:,} words): {floor_rate:,.0f} words/s, {100_000 / floor_rate:.3f} s per 100k "
          f"words. Target, one process at {TARGET:.2f} of it: {TARGET * floor_rate:,.0f} words/s, which leaves "
          f"{budget * per:.3f} s per 100k words after the floor.")
    print(f"Stages over {len(texts)} bios, {words:,} words, vocabulary warm:\n")
    print(f"| stage | s per 100k words | share of that budget |\n|---|---:|---:|")
    for label, run in stages.items():
        seconds = best(run, args.repeat)
        share = "(the floor's work)" if run is stages[TOKENIZING] else f"{seconds / budget:.0%}"
        print(f"| {label} | {seconds * per:.3f} | {share} |")
    print(f"\nWhat running rules only on sentences with a trigger could spare, at most: {gated(done, bios)}")


def gated(docs: list[Doc], bios: list[Bio]) -> str:
    """The share of tokens in sentences that give a record, and in sentences with a digit."""
    tokens = with_record = with_digit = 0
    for doc, bio in zip(docs, bios):
        starts = {record.char_start for record in assembler().assemble(doc, bio)}
        for sentence in doc.sents:
            tokens += len(sentence)
            with_record += len(sentence) * any(sentence.start_char <= start < sentence.end_char for start in starts)
            with_digit += len(sentence) * any(character.isdigit() for character in sentence.text)
    return (f"sentences that give a record hold {with_record / tokens:.0%} of the tokens, sentences with a digit "
            f"{with_digit / tokens:.0%}.")


if __name__ == "__main__":
    main()
