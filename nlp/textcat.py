"""The trained classifier: a bag-of-words `textcat_multilabel` over kind, topic and axis labels.

Its n-grams are read from token norms, not the text as written: norms are lower case (so "looking"
and "Looking" count alike, which matters for messages typed all in lower case), and the
`london_names` component sets the norm of every place name to one placeholder, so the classifier
learns "tenants in <place>" rather than "Peckham means housing". The weights live in
nlp/model/ and are written by `civic nlp train` (nlp.train) from the labelled corpus only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import chain
from pathlib import Path
from types import MethodType
from typing import Any

import numpy as np
from spacy.attrs import NORM
from spacy.language import Language
from spacy.ml.models.textcat import build_bow_text_classifier_v3
from spacy.pipeline import TextCategorizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model

from nlp.places import PLACE_NORM  # noqa: F401  (the norm the classifier sees)
from nlp.taxonomy import AXES, KINDS, TOPICS

MODEL_DIR = Path(__file__).with_name("model")
WEIGHTS_FILE = "textcat.bin"
META_FILE = "meta.json"
COMPONENT = "civic_textcat"

LABELS: tuple[str, ...] = (
    *(f"kind:{k}" for k in KINDS),
    *(f"topic:{t}" for t in TOPICS),
    *(f"axis:{a}" for a in AXES),
)
NGRAM_SIZE = 2
# Hashed n-gram table: 2^14 rows (the first models) lost ~0.02 of held-out topic AUC to
# collisions once stems were added; 2^17 keeps most of the gain at a 10 MB model.
LENGTH = 2**17
# Words longer than this also count by their first STEM_LENGTH letters ("planning", "planned"
# and "planners" share "plann"), so a word form the corpus never showed still counts; 0 is off.
STEM_LENGTH = 5


class ModelMissing(RuntimeError):
    """The trained weights are not in the package: run `civic nlp train`."""


@registry.architectures("civic.TextCatBOWNorm.v1")
def build_bow_norm(
    exclusive_classes: bool,
    ngram_size: int,
    no_output_layer: bool,
    length: int = LENGTH,
    nO: int | None = None,
    stem_length: int = 0,
) -> Model[Any, Any]:
    """spaCy's TextCatBOW.v3 reading token norms instead of the verbatim text, plus stems."""
    model = build_bow_text_classifier_v3(
        exclusive_classes=exclusive_classes,
        ngram_size=ngram_size,
        no_output_layer=no_output_layer,
        length=length,
        nO=nO,
    )
    for node in model.walk():
        if node.name == "extract_ngrams":
            node.attrs["attr"] = NORM
            node.attrs["stem_length"] = stem_length
            node._func = _extract_ngrams
    return model


def _extract_ngrams(model: Model[Any, Any], docs: list[Doc], is_train: bool) -> Any:
    """spaCy's extract_ngrams (each doc's distinct n-gram keys, sorted, with their counts), for
    the whole batch at once, and safe for docs shorter than the n-gram size (an empty message)."""
    xp = model.ops.xp
    attr, size = model.attrs["attr"], model.attrs["ngram_size"]
    unigrams = [doc.to_array([attr]) for doc in docs]
    lengths_in = xp.asarray([len(u) for u in unigrams], dtype="int64")
    tokens: Any = (
        model.ops.asarray(xp.concatenate(unigrams)) if unigrams else xp.zeros((0,), "uint64")
    )
    token_owner = xp.repeat(xp.arange(len(docs)), lengths_in)
    keys_parts, owner_parts = [tokens], [token_owner]
    stem_length = model.attrs.get("stem_length", 0)
    if stem_length and len(tokens):
        sub_keys, sub_owner = _subwords(
            xp, tokens, token_owner, docs[0].vocab.strings, stem_length
        )
        keys_parts.append(sub_keys)
        owner_parts.append(sub_owner)
    for n in range(2, size + 1):
        if len(tokens) >= n:
            # The n-grams of the whole batch's tokens, less those that cross from doc to doc.
            within = token_owner[: len(tokens) - n + 1] == token_owner[n - 1 :]
            keys_parts.append(model.ops.ngrams(n, tokens)[within])
            owner_parts.append(token_owner[: len(tokens) - n + 1][within])
    keys = xp.concatenate(keys_parts)
    owner = xp.concatenate(owner_parts)
    order = _by_doc_then_key(xp, keys, owner)
    keys, owner = keys[order], owner[order]
    first = xp.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (owner[1:] != owner[:-1])
    starts = xp.flatnonzero(first)
    batch_keys = keys[starts]
    batch_vals = model.ops.asarray(xp.diff(xp.append(starts, len(keys))), dtype="f")
    lengths = model.ops.asarray(xp.bincount(owner[starts], minlength=len(docs)), dtype="int32")

    def backprop(dY: Any) -> list[Any]:
        return []

    return (batch_keys, batch_vals, lengths), backprop


def _subword_keys(norm: str, length: int) -> tuple[int, ...]:
    """The extra keys of one norm: its first `length` letters when it is longer (a crude stem,
    which also catches inflected forms in other languages), and its character pairs when it is
    written in a script without spaces between words (Chinese, Japanese), where a whole clause
    is one token."""
    if any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in norm):
        return tuple(get_string_id("~" + norm[i : i + 2]) for i in range(len(norm) - 1))
    if len(norm) > length and norm.isalpha():
        return (get_string_id("~" + norm[:length]),)
    return ()


class SubwordTable:
    """The subword keys of every norm seen so far in the process, as sorted numpy arrays.

    A batch has ~2,500 distinct norms: one searchsorted finds them all here, where a Python loop
    over them through a dict cost ~2.5 µs a message. Norms not seen before are worked out by
    _subword_keys and merged in; past `max_norms` the table starts over (it is only a cache).
    """

    def __init__(self, length: int, max_norms: int = 500_000) -> None:
        self.length = length
        self.max_norms = max_norms
        self.clear()

    def clear(self) -> None:
        self.norms = np.zeros(0, dtype=np.uint64)  # sorted
        self.starts = np.zeros(0, dtype=np.int64)  # where each norm's keys begin in self.keys
        self.sizes = np.zeros(0, dtype=np.int64)
        self.keys = np.zeros(0, dtype=np.uint64)

    def find(self, distinct: Any, strings: Any) -> tuple[Any, Any]:
        """Where the keys of each of these distinct, sorted norms begin in self.keys, and how
        many there are (read self.keys after this call: it may add to it)."""
        at = self.norms.searchsorted(distinct)
        known = at < len(self.norms)
        known[known] = self.norms[at[known]] == distinct[known]
        if not known.all():
            new = distinct[~known]
            if len(self.norms) + len(new) > self.max_norms:
                self.clear()
                new = distinct
            self._add(new, strings)
            at = self.norms.searchsorted(distinct)
        return self.starts[at], self.sizes[at]

    def _add(self, new: Any, strings: Any) -> None:
        per_norm = [_subword_keys(strings[key], self.length) for key in new.tolist()]
        sizes = np.fromiter(map(len, per_norm), dtype=np.int64, count=len(per_norm))
        starts = len(self.keys) + np.cumsum(sizes) - sizes
        flat = np.fromiter(chain.from_iterable(per_norm), dtype=np.uint64, count=sizes.sum())
        self.keys = np.concatenate([self.keys, flat])
        at = self.norms.searchsorted(new)
        self.norms = np.insert(self.norms, at, new)
        self.starts = np.insert(self.starts, at, starts)
        self.sizes = np.insert(self.sizes, at, sizes)


_SUBWORD_TABLES: dict[int, SubwordTable] = {}


def _subwords(xp: Any, tokens: Any, owner: Any, strings: Any, length: int) -> tuple[Any, Any]:
    """Keys and their docs for the subwords of a batch's tokens, looked up once per distinct
    norm in the process's SubwordTable."""
    table = _SUBWORD_TABLES.get(length)
    if table is None:
        table = _SUBWORD_TABLES[length] = SubwordTable(length)
    distinct, inverse = xp.unique(tokens, return_inverse=True)
    starts, sizes = table.find(distinct, strings)
    flat = table.keys
    counts = sizes[inverse]
    total = int(counts.sum())
    if not total:
        return xp.zeros((0,), dtype="uint64"), xp.zeros((0,), dtype=owner.dtype)
    first = xp.repeat(starts[inverse], counts)
    step = xp.arange(total) - xp.repeat(xp.cumsum(counts) - counts, counts)
    return flat[first + step], xp.repeat(owner, counts)


def _by_doc_then_key(xp: Any, keys: Any, owner: Any) -> Any:
    """The order of xp.lexsort((keys, owner)): by doc, then key (xp.unique's order within a doc).

    Sorted by key first, then stably by doc, with the doc numbers as small integers, which numpy
    sorts stably by radix: several times faster than lexsort on these arrays.
    """
    by_key = xp.argsort(keys)
    small = owner.astype(xp.int16 if len(owner) == 0 or owner.max() < 2**15 else xp.int64)
    return by_key[xp.argsort(small[by_key], kind="stable")]


def _set_annotations(textcat: TextCategorizer, docs: Iterable[Doc], scores: Any) -> None:
    """TextCategorizer.set_annotations (doc.cats from the scores), without re-reading its
    labels for every score."""
    labels = textcat.labels
    for doc, row in zip(docs, textcat.model.ops.to_numpy(scores).tolist(), strict=False):
        doc.cats.update(zip(labels, row, strict=False))


def component_config(
    ngram_size: int = NGRAM_SIZE, length: int = LENGTH, stem_length: int = STEM_LENGTH
) -> dict[str, Any]:
    return {
        "threshold": 0.5,
        "model": {
            "@architectures": "civic.TextCatBOWNorm.v1",
            "exclusive_classes": False,
            "ngram_size": ngram_size,
            "no_output_layer": False,
            "length": length,
            "stem_length": stem_length,
        },
    }


def add_textcat(
    nlp: Language,
    ngram_size: int = NGRAM_SIZE,
    length: int = LENGTH,
    stem_length: int = STEM_LENGTH,
) -> TextCategorizer:
    """An untrained classifier with our labels, placed before the cues."""
    textcat = nlp.add_pipe(
        "textcat_multilabel",
        name=COMPONENT,
        before="civic_cues",
        config=component_config(ngram_size, length, stem_length),
    )
    assert isinstance(textcat, TextCategorizer)
    textcat.set_annotations = MethodType(_set_annotations, textcat)  # type: ignore[method-assign]
    for label in LABELS:
        textcat.add_label(label)
    return textcat


def save(textcat: TextCategorizer, model_dir: Path, meta: dict[str, Any]) -> None:
    model_dir.mkdir(parents=True, exist_ok=True)
    (model_dir / WEIGHTS_FILE).write_bytes(textcat.model.to_bytes())
    full = {"labels": list(textcat.labels), **meta}
    (model_dir / META_FILE).write_text(json.dumps(full, indent=2, sort_keys=True) + "\n")


def load_into(nlp: Language, model_dir: Path = MODEL_DIR) -> TextCategorizer:
    """Add the trained classifier to a pipeline; raise ModelMissing when it was never trained."""
    weights, meta_path = model_dir / WEIGHTS_FILE, model_dir / META_FILE
    if not weights.is_file() or not meta_path.is_file():
        raise ModelMissing(
            f"no trained classifier in {model_dir}: run `civic nlp train` to write it"
        )
    meta = json.loads(meta_path.read_text())
    if tuple(meta["labels"]) != LABELS:
        raise ModelMissing(f"the classifier in {model_dir} has other labels: retrain it")
    textcat = add_textcat(nlp, meta["ngram_size"], meta["length"], meta.get("stem_length", 0))
    textcat.model.from_bytes(weights.read_bytes())
    nlp.get_pipe("civic_cues").fusion = meta["fusion"]  # type: ignore[attr-defined]
    return textcat
