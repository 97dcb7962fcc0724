"""Precision@10 of the suggested claims against a labelled set, before and after a change.

    uv run python benchmarks/suggest_eval.py [--before REV] [--originals] [--verbose]

`tests/data/suggest_labels.json` names each text (the sample weekly review as text, Word, web page
and PDF; the sample Telegram channel; Russian and Ukrainian news pages of the outside corpus; an
English news story quoting an official at a press conference) and, for each, the sentences a
fact-checker would check: statements of fact and what a named person or body said. A suggestion
counts as a hit when it is one of those sentences (the one begins the other, whitespace folded).

precision@10 = hits among the first 10 suggestions / min(10, sentences in the text), so a short
text is not held to ten. "before" ranks with app/intake/suggest.py and sentences.py as they were
at REV (default: the commit before issue 12's change), "after" with the working tree's.
`--originals` reads the texts again from ../shared (samples and corpus) with today's readers
instead of the copies kept in the labels file and tests/data.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LABELS = ROOT / "tests" / "data" / "suggest_labels.json"
SHARED = ROOT.parent / "shared"
BEFORE = "42f7990"  # the source branch before issue 12, finding 8
K = 10
PREFIX = 60  # characters of a sentence compared

Ranker = Callable[[str, str], list[tuple[int, int]]]


@dataclass(frozen=True)
class Case:
    name: str
    language: str
    text: str
    labels: tuple[str, ...]


def _fold(text: str) -> str:
    return " ".join(text.split())


def load_cases(*, originals: bool = False) -> list[Case]:
    from app.intake import read_file

    data = json.loads(LABELS.read_text(encoding="utf-8"))
    cases = []
    for entry in data["texts"]:
        if originals and entry.get("original") and (SHARED / entry["original"]).exists():
            result = read_file(SHARED / entry["original"])
            text, language = result.text, result.language or entry["language"]
        elif "file" in entry:
            text, language = read_file(ROOT / entry["file"]).text, entry["language"]
        else:
            text, language = entry["text"], entry["language"]
        cases.append(Case(entry["name"], language, text, tuple(data["labels"][entry["labels"]])))
    return cases


def is_hit(sentence: str, labels: tuple[str, ...]) -> bool:
    said = _fold(sentence)
    return any(label[:PREFIX] in said or said[:PREFIX] in label for label in labels)


def precision_at_k(case: Case, rank: Ranker, k: int = K) -> tuple[float, list[tuple[bool, str]]]:
    """(precision@k, the first k suggestions as (hit, sentence))."""
    from app.intake.sentences import sentences

    top = rank(case.text, case.language)[:k]
    shown = [(is_hit(case.text[s:e], case.labels), _fold(case.text[s:e])) for s, e in top]
    possible = min(k, len(sentences(case.text, case.language)))
    return (sum(hit for hit, _ in shown) / possible if possible else 0.0), shown


def average_precision(shown: list[tuple[bool, str]], case: Case, k: int = K) -> float:
    """AP@k: the precision at each hit's place, averaged over min(k, labelled sentences); it
    rewards putting the sentences worth checking first, which precision@k does not see."""
    hits, total = 0, 0.0
    for place, (hit, _sentence) in enumerate(shown[:k], 1):
        if hit:
            hits += 1
            total += hits / place
    possible = min(k, len(case.labels))
    return total / possible if possible else 0.0


def current_ranker() -> Ranker:
    from app.intake.suggest import suggest

    return lambda text, language: [(s.start, s.end) for s in suggest(text, language, top=K)]


def ranker_at(revision: str) -> Ranker:
    """The ranking as app/intake/suggest.py and sentences.py had it at `revision` (git)."""

    def load(path: str, name: str, extra: dict | None = None) -> types.ModuleType:
        source = subprocess.run(
            ["git", "show", f"{revision}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        module = types.ModuleType(name)
        sys.modules[name] = module  # dataclasses look their module up
        if extra:
            source = source.replace("from app.intake.sentences import sentences\n", "")
            module.__dict__.update(extra)
        exec(compile(source, f"{revision}:{path}", "exec"), module.__dict__)
        return module

    old_sentences = load("app/intake/sentences.py", "_suggest_before_sentences")
    old = load("app/intake/suggest.py", "_suggest_before", {"sentences": old_sentences.sentences})
    return lambda text, language: [(s.start, s.end) for s in old.suggest(text, language, top=K)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default=BEFORE, help="git revision ranked as 'before' (default %(default)s)")
    parser.add_argument("--originals", action="store_true", help="read the texts from ../shared with today's readers")
    parser.add_argument("--verbose", action="store_true", help="print each text's first ten, hits marked +")
    args = parser.parse_args(argv)

    cases = load_cases(originals=args.originals)
    before, after = ranker_at(args.before), current_ranker()
    print(f"{'':56} {'':7} {'precision@10':>15} {'AP@10':>15}")
    print(f"{'text':56} {'chars':>7} {'before':>7} {'after':>7} {'before':>7} {'after':>7} {'ms':>6}")
    totals = [0.0, 0.0, 0.0, 0.0]
    for case in cases:
        was, shown_before = precision_at_k(case, before)
        started = time.perf_counter()
        now, shown = precision_at_k(case, after)
        took = (time.perf_counter() - started) * 1000
        figures = (was, now, average_precision(shown_before, case), average_precision(shown, case))
        totals = [total + figure for total, figure in zip(totals, figures, strict=True)]
        print(f"{case.name[:56]:56} {len(case.text):7} " + " ".join(f"{f:7.2f}" for f in figures) + f" {took:6.0f}")
        if args.verbose:
            for hit, sentence in shown:
                print(f"    {'+' if hit else ' '} {sentence[:150]}")
    print(f"{'mean':56} {'':7} " + " ".join(f"{total / len(cases):7.2f}" for total in totals))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
