""" "Checked before?" measured on a labelled set: recall, precision and false matches per 100 claims.

    uv run python benchmarks/similar_eval.py [--set tests/data/similar_eval.json] [--sweep] [--misses]

The set's archive is written into a temporary workspace (one source a claim, in its language);
each query is looked up as a new claim would be (`similar_to_text`, its language given) and the
top three shown matches are compared with its label. Same-language recall counts uk, ru and en
queries whose archive claim is in their language; uk↔ru counts Ukrainian queries for Russian
claims and the other way round; English ↔ uk/ru is shown apart. A false match is a shown claim
that is not the query's own (so a query with no match may show none).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services import claims, similar, sources
from app.workspace import Workspace

DEFAULT_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "similar_eval.json"
SHOWN = 3  # the matches an analyst reads first


@dataclass
class Result:
    threshold: int
    queries: int = 0
    found: dict[str, list[int]] = field(default_factory=dict)  # group -> [found, expected]
    shown: int = 0
    false: int = 0
    negatives_shown: int = 0  # listed hard negatives among the shown
    negative_pairs: int = 0
    positive_pairs: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def recall(self, group: str) -> float:
        found, expected = self.found.get(group, [0, 0])
        return found / expected if expected else 0.0

    @property
    def precision(self) -> float:
        return (self.shown - self.false) / self.shown if self.shown else 1.0

    @property
    def false_per_100(self) -> float:
        return 100 * self.false / self.queries if self.queries else 0.0


def group_of(kind: str) -> str:
    if kind in ("uk", "ru", "en"):
        return "same language"
    if kind in ("uk-ru", "ru-uk"):
        return "uk↔ru"
    if kind == "none":
        return "none"
    return "en↔uk/ru"


def build(data: dict, path: Path) -> tuple[Workspace, dict[str, int]]:
    ws = Workspace.create(path, user="eval")
    ids = {}
    for key, claim in data["archive"].items():
        source = sources.create_source(ws, title=key, text=claim["text"], language=claim["lang"]).subject
        ids[key] = claims.create_claim(ws, source, 0, len(claim["text"])).subject
    return ws, ids


def evaluate(ws: Workspace, ids: dict[str, int], data: dict, threshold: int) -> Result:
    names = {v: k for k, v in ids.items()}
    result = Result(threshold)
    started = time.perf_counter()
    for query in data["queries"]:
        result.queries += 1
        shown = similar.similar_to_text(ws, query["text"], language=query["lang"], min_score=threshold)[:SHOWN]
        got = [m.claim_id for m in shown]
        match = query["match"]
        group = group_of(query["kind"])
        if match is not None:
            result.positive_pairs += 1
            counts = result.found.setdefault(group, [0, 0])
            counts[1] += 1
            if ids[match] in got:
                counts[0] += 1
            else:
                result.misses.append(
                    f"[{query['kind']}] {query['text']}  (wanted {match}; got {[names[i] for i in got]})"
                )
        result.negative_pairs += len(query["negatives"])
        result.negatives_shown += sum(1 for n in query["negatives"] if ids[n] in got)
        result.shown += len(got)
        for m in shown:
            if match is None or m.claim_id != ids[match]:
                result.false += 1
                result.wrong.append(f"[{query['kind']}] {query['text']}  → {names[m.claim_id]} {m.score}% {m.via}")
    result.seconds = time.perf_counter() - started
    return result


def report(result: Result) -> str:
    lines = [
        f"threshold {result.threshold}%: {result.queries} queries, {result.positive_pairs} positive and "
        f"{result.negative_pairs} negative pairs",
    ]
    for group in ("same language", "uk↔ru", "en↔uk/ru"):
        found, expected = result.found.get(group, [0, 0])
        lines.append(f"  recall {group:<14} {result.recall(group):6.1%}  ({found} of {expected})")
    lines.append(f"  precision (top {SHOWN})       {result.precision:6.1%}  ({result.shown} shown)")
    lines.append(f"  false matches per 100 claims {result.false_per_100:5.1f}  ({result.false} false)")
    lines.append(f"  hard negatives shown        {result.negatives_shown} of {result.negative_pairs}")
    lines.append(f"  {1000 * result.seconds / max(result.queries, 1):.1f} ms a query")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET)
    parser.add_argument("--threshold", type=int, default=similar.MIN_SCORE)
    parser.add_argument("--sweep", action="store_true", help="also try the thresholds around it")
    parser.add_argument("--misses", action="store_true", help="list the misses and the false matches")
    args = parser.parse_args(argv)
    data = json.loads(args.set.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        ws, ids = build(data, Path(folder) / "eval.factdesk")
        try:
            thresholds = range(args.threshold - 15, args.threshold + 16, 5) if args.sweep else [args.threshold]
            for threshold in thresholds:
                result = evaluate(ws, ids, data, threshold)
                print(report(result))
                if args.misses and threshold == args.threshold:
                    print("misses:", *result.misses, sep="\n  ")
                    print("false matches:", *result.wrong, sep="\n  ")
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
