"""The noisy copies training adds: reproducible, English only, labels kept, text roughed up."""

from __future__ import annotations

import random

from nlp.augment import noisy, noisy_copies
from nlp.corpus_check import CORPUS_DIR, load_split


def test_noisy_copies_are_reproducible_and_keep_labels() -> None:
    records = load_split(CORPUS_DIR / "train.jsonl")[:300]
    first = noisy_copies(records, 0.5, seed=0)
    assert first == noisy_copies(records, 0.5, seed=0)
    assert first != noisy_copies(records, 0.5, seed=1)
    by_id = {r["id"]: r for r in records}
    assert 60 < len(first) < 200
    for copy in first:
        original = by_id[copy["id"]]
        assert copy["language"] == "en"
        assert copy["text"] != original["text"]
        assert {k: v for k, v in copy.items() if k != "text"} == {
            k: v for k, v in original.items() if k != "text"
        }


def test_no_copies_at_share_zero_and_none_of_other_languages() -> None:
    records = load_split(CORPUS_DIR / "train.jsonl")
    assert noisy_copies(records, 0.0, seed=0) == []
    foreign = [r for r in records if r["language"] != "en"]
    assert foreign and noisy_copies(foreign, 1.0, seed=0) == []


def test_noise_looks_like_hurried_typing() -> None:
    text = "Please can you help us? We need people for the clean-up tomorrow, thanks!"
    seen = {noisy(text, random.Random(seed)) for seed in range(200)}
    assert any(t == t.lower() for t in seen)  # all lower case
    assert any("?" not in t for t in seen)  # punctuation dropped
    assert any(" u " in f" {t} " or "pls" in t or "ppl" in t for t in seen)  # text-speak
    assert all(t.strip() and "  " not in t for t in seen)
