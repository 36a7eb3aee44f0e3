"""How far two labellers agree: a second labeller's labels of a sample of the corpus, compared
with the corpus's own.

`python -m nlp.agreement [FILE] [--against OTHER | --tagger]` prints topic micro-F1 (one
labeller's topics scored against the other's), per-topic F1, and kind and axis agreement. FILE
(JSON Lines of id, kind, topics, subtopics, axis) defaults to
nlp/corpus/agreement/second_labeller.jsonl: 300 hand-written train messages labelled from the
guidelines alone, by someone who never saw their labels. FILE is compared with the corpus's
labels, or with another labeller's file of the same messages (--against), or with the tagger's
tags of them (--tagger). The figure bounds what a tagger can be expected to reach on labels
drawn the same way.

Test messages may be labelled twice too: that measures the labels, for the report; nothing is
tuned on it, and the corpus's test labels are never changed by it.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nlp.corpus_check import CORPUS_DIR, SPLITS, load_split

SECOND_LABELLER = CORPUS_DIR / "agreement" / "second_labeller.jsonl"


@dataclass(frozen=True)
class Agreement:
    n: int
    topic_micro_f1: float
    topic_f1: dict[str, float]
    kind: float
    axis: float


def agreement(
    corpus: Mapping[str, Mapping[str, Any]], others: Sequence[Mapping[str, Any]]
) -> Agreement:
    """The second labels (others) against the corpus's labels of the same ids."""
    both, only = Counter[str](), Counter[str]()  # per topic: agreed; given by one side only
    kind = axis = 0
    for other in others:
        mine = corpus[other["id"]]
        a, b = set(mine["topics"]), set(other["topics"])
        both.update(a & b)
        only.update(a ^ b)
        kind += mine["kind"] == other["kind"]
        axis += mine["axis"] == other["axis"]
    agreed, differ = sum(both.values()), sum(only.values())
    n = len(others)
    return Agreement(
        n=n,
        topic_micro_f1=2 * agreed / (2 * agreed + differ) if agreed + differ else 1.0,
        topic_f1={t: 2 * both[t] / (2 * both[t] + only[t]) for t in sorted(both | only)},
        kind=kind / n if n else 1.0,
        axis=axis / n if n else 1.0,
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m nlp.agreement", description=__doc__)
    ap.add_argument("file", nargs="?", type=Path, default=SECOND_LABELLER)
    versus = ap.add_mutually_exclusive_group()
    versus.add_argument("--against", type=Path, help="another labeller's file of the same ids")
    versus.add_argument("--tagger", action="store_true", help="compare with the tagger's tags")
    args = ap.parse_args(argv)
    others = read_labels(args.file)
    if args.against:
        reference = {r["id"]: r for r in read_labels(args.against)}
    else:
        corpus = {r["id"]: r for s in SPLITS for r in load_split(CORPUS_DIR / f"{s}.jsonl")}
        reference = (
            tagged([corpus[r["id"]]["text"] for r in others], others) if args.tagger else corpus
        )
    result = agreement(reference, others)
    print(f"{result.n} messages labelled twice")
    print(f"  topic micro-F1 between labellers {result.topic_micro_f1:.3f}")
    print("  per topic: " + ", ".join(f"{t} {f:.2f}" for t, f in result.topic_f1.items()))
    print(f"  kind agreement {result.kind:.3f}, axis agreement {result.axis:.3f}")
    return 0


def read_labels(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def tagged(texts: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """The tagger's kind, topics and axis of each text, under the id of its row."""
    from nlp.tagger import tag_many

    return {
        row["id"]: {
            "kind": tags.kind.label,
            "topics": tags.topic_ids,
            "axis": tags.axis.label if tags.axis else None,
        }
        for row, tags in zip(rows, tag_many(texts), strict=True)
    }


if __name__ == "__main__":
    raise SystemExit(main())
