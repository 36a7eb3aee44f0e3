"""The faster paths of the tagger give exactly what the plain ones they replace give."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import numpy as np
from spacy.attrs import NORM
from spacy.tokens import Doc

from nlp.corpus_check import CORPUS_DIR
from nlp.cues import _ALWAYS, _BY_ANCHOR, _NOTHING, _TOKEN, _UNDECOMPOSED, _entries, _fold
from nlp.cues import _token_rules as token_rules
from nlp.language import _ASCII_GAPS, _ASCII_TOKEN
from nlp.tagger import get_pipeline
from nlp.textcat import COMPONENT, _by_doc_then_key, _extract_ngrams

from .test_cues import TRICKY


def _texts() -> list[str]:
    lines = (CORPUS_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines] + TRICKY


def test_no_two_rules_are_alike() -> None:
    """Rules compare by identity, which is equality only while no two are alike."""
    rules = {id(rule): rule for rules in (_ALWAYS, *_BY_ANCHOR.values()) for rule in rules}
    assert len({tuple(rule) for rule in rules.values()}) == len(rules)


def test_word_entries_are_those_of_every_word_in_turn() -> None:
    for text in _texts():
        lowered = text.lower()
        expected = [
            (token_rules(m.group()), m.start())
            for m in _TOKEN.finditer(lowered)
            if token_rules(m.group()) is not _NOTHING
        ]
        assert list(_entries(lowered)) == expected, text


def test_ascii_words_split_as_the_regex_finds_them() -> None:
    for text in [*_texts(), "a1b_c-d'e\tf\x00g  HELLO"]:
        lowered = text.lower()
        if lowered.isascii():
            assert lowered.translate(_ASCII_GAPS).split() == _ASCII_TOKEN.findall(lowered)


def test_fold_drops_exactly_the_combining_characters() -> None:
    for text in [*_texts(), "Réunion ŁÓDŹ Ğİ naïve ﬁle Ｔｅｎａｎｔ ক্ষ"]:
        lowered = text.lower()
        if not lowered.isascii():
            nfkd = unicodedata.normalize("NFKD", lowered.translate(_UNDECOMPOSED))
            plain = "".join(c for c in nfkd if not unicodedata.combining(c))
            assert _fold(text) == plain, text


def test_doc_then_key_order_is_lexsorts() -> None:
    rng = np.random.default_rng(4)
    for size in (0, 1, 7, 5_000):
        keys = rng.integers(0, 50, size, dtype=np.uint64)  # many repeated keys
        owner = rng.integers(0, 300, size)
        order = _by_doc_then_key(np, keys, owner)
        expected = np.lexsort((keys, owner))
        assert (keys[order] == keys[expected]).all()
        assert (owner[order] == owner[expected]).all()


def _reference_ngrams(model: Any, docs: list[Doc]) -> tuple[Any, Any, Any]:
    """The n-gram extraction per doc, with lexsort, as it was before it ran per batch."""
    ops, xp, size = model.ops, model.ops.xp, model.attrs["ngram_size"]
    per_doc = []
    for doc in docs:
        unigrams = ops.asarray(doc.to_array([NORM]))
        grams = [unigrams] + [
            ops.ngrams(n, unigrams) for n in range(2, size + 1) if len(unigrams) >= n
        ]
        per_doc.append(xp.concatenate(grams))
    counts = xp.asarray([len(keys) for keys in per_doc], dtype="int64")
    keys = xp.concatenate(per_doc)
    owner = xp.repeat(xp.arange(len(per_doc)), counts)
    order = xp.lexsort((keys, owner))
    keys, owner = keys[order], owner[order]
    first = xp.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (owner[1:] != owner[:-1])
    starts = xp.flatnonzero(first)
    vals = xp.diff(xp.append(starts, len(keys))).astype("f")
    return keys[starts], vals, xp.bincount(owner[starts], minlength=len(docs)).astype("int32")


def test_batch_ngrams_equal_per_doc_ngrams() -> None:
    nlp = get_pipeline()
    with nlp.select_pipes(disable=[COMPONENT, "civic_cues"]):
        docs = list(nlp.pipe(_texts()))
    model = next(n for n in nlp.get_pipe(COMPONENT).model.walk() if n.name == "extract_ngrams")
    for batch in (docs[:1], docs[:3], docs[:256], docs, [d for d in docs if len(d) < 2]):
        (keys, vals, lengths), _ = _extract_ngrams(model, batch, False)
        ref_keys, ref_vals, ref_lengths = _reference_ngrams(model, batch)
        assert (keys == ref_keys).all() and (vals == ref_vals).all()
        assert (lengths == ref_lengths).all()
