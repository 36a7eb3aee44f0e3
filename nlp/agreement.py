"""How far two labellers agree: a second labeller's labels of a sample of the corpus, compared
with the corpus's own.

`python -m nlp.agreement [FILE]` prints topic micro-F1 (one labeller's topics scored against the
other's), per-topic F1, and kind and axis agreement. FILE (JSON Lines of id, kind, topics,
subtopics, axis) defaults to nlp/corpus/agreement/second_labeller.jsonl: 300 hand-written train
messages labelled from the guidelines alone, by someone who never saw their labels. The figure
bounds what a tagger can be expected to reach on labels drawn the same way.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nlp.corpus_check import CORPUS_DIR, SPLITS, load_split

SECOND_LABELLER = CORPUS_DIR / "agreement" / "second_labeller.jsonl"
# Second labels are only ever asked of these: the test split is kept for reporting.
TUNING_SPLITS = tuple(split for split in SPLITS if split != "test")


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
    args = list(sys.argv[1:] if argv is None else argv)
    path = Path(args[0]) if args else SECOND_LABELLER
    corpus = {
        r["id"]: r for split in TUNING_SPLITS for r in load_split(CORPUS_DIR / f"{split}.jsonl")
    }
    others = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    result = agreement(corpus, others)
    print(f"{result.n} messages labelled twice")
    print(f"  topic micro-F1 between labellers {result.topic_micro_f1:.3f}")
    print("  per topic: " + ", ".join(f"{t} {f:.2f}" for t, f in result.topic_f1.items()))
    print(f"  kind agreement {result.kind:.3f}, axis agreement {result.axis:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
