"""The faster paths of the tagger give exactly what the plain ones they replace give."""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from typing import Any

import numpy as np
from spacy.attrs import NORM
from spacy.tokens import Doc

from nlp.corpus_check import CORPUS_DIR
from nlp.cue_words_i18n import WORDS
from nlp.cues import (
    _ALWAYS,
    _BY_ANCHOR,
    _MODEL_INDEX,
    _NOTHING,
    _TOKEN,
    _UNDECOMPOSED,
    MODEL_LABELS,
    _combined,
    _entries,
    _fold,
    _fuse_batch,
    _lexicon_for,
    _matching_rules,
    _noisy_or,
)
from nlp.cues import _token_rules as token_rules
from nlp.language import (
    _ASCII_GAPS,
    _ASCII_TOKEN,
    _LETTERS,
    _letter_hits,
    _refine,
    _script_counts,
    _script_of,
)
from nlp.places import _DIGIT, _POSTCODE
from nlp.tagger import get_pipeline
from nlp.textcat import (
    COMPONENT,
    SubwordTable,
    _by_doc_then_key,
    _extract_ngrams,
    _subword_keys,
)

from .test_cues import TRICKY


def _texts() -> list[str]:
    lines = (CORPUS_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines] + TRICKY


def test_no_two_rules_are_alike() -> None:
    """Rules compare by identity, which is equality only while no two are alike."""
    rules = {id(rule): rule for rules in (_ALWAYS, *_BY_ANCHOR.values()) for rule in rules}
    assert len({tuple(rule) for rule in rules.values()}) == len(rules)


def _odd_texts() -> list[str]:
    """Corpus words jumbled with characters that word splitting, lower-casing, digits and
    case-insensitive matching treat specially."""
    rng = random.Random(7)
    words = " ".join(_texts()).split()
    odd = [*"_£.,'’:!?-–%\n\t\x1c\xa0", "é", "ł", "ı", "ſ", "K", "İ", "٣", "５", "ß", "ﬁ"]
    odd += ["Ａ", "\u0301", "²", "½", "Ⅻ", "中", "я", "ی", "ক্ষ", "\U0001f600"]
    texts = []
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
        texts.append("".join(c if rng.random() > 0.06 else rng.choice(odd) for c in text))
    return [
        *texts,
        "Done. Check it! ask: keep\n\n  Try it.  use",
        "٣ pm, ٤٥ % and 3pm; ١٢ march",
        "rent_x _check. check _tenant tenant_",
        "ſeeking ſupport; ıt ıs; K kelvin",
    ]


def test_word_entries_are_those_of_every_word_in_turn() -> None:
    for text in _texts() + _odd_texts():
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
            words = lowered.encode().translate(_ASCII_GAPS).decode().split()
            assert words == _ASCII_TOKEN.findall(lowered)


def test_matcher_finds_what_searching_every_rule_finds_in_odd_texts() -> None:
    """Except where the case-insensitive regex takes 'ı' for i or 'ſ' for s: the matcher reads
    the words of the lower-cased text, in which those letters stay what they are."""
    rules = {rule for rules in _BY_ANCHOR.values() for rule in rules} | set(_ALWAYS)
    for text in _odd_texts():
        if "ı" in text or "ſ" in text:
            continue
        assert _matching_rules(text) == {rule for rule in rules if rule.regex.search(text)}, text


def test_one_weight_combines_as_the_loop_does() -> None:
    for weights in ([0.35], [0.6], [0.8], [0.123456789], [0.8, 0.35], [0.6, 0.6, 0.35]):
        assert _combined(list(weights)) == _noisy_or(sorted(weights))


def test_trie_lexicons_find_what_the_plain_alternation_finds() -> None:
    texts = _texts() + _odd_texts()
    for lexicon in filter(None, map(_lexicon_for, WORDS)):
        words = sorted(lexicon.entries, key=len, reverse=True)
        body = "|".join(re.escape(w) for w in words)
        plain = re.compile(f"(?:{body})" if lexicon.substring else rf"(?<!\w)(?:{body})")
        glued = [
            "".join(words[i : i + 3]) + " " + " ".join(words[i : i + 5]) for i in range(len(words))
        ]
        for text in texts + glued:
            for haystack in (text.lower(), _fold(text)):
                expected = [(m.start(), m.group()) for m in plain.finditer(haystack)]
                assert [
                    (m.start(), m.group()) for m in lexicon.regex.finditer(haystack)
                ] == expected


def test_scripts_are_counted_as_a_loop_over_the_letters_counts_them() -> None:
    for text in _texts() + _odd_texts():
        expected: Counter[str] = Counter()
        for ch in text:
            if ch.isalpha():
                expected[_script_of(ch)] += 1
        found = _script_counts(text)
        assert found == expected and list(found) == list(expected), text


def test_special_letters_are_counted_as_a_loop_over_the_languages_counts_them() -> None:
    for text in ["ąćęłńśźż ğış ășțâ ãõ ñ¿¡ èêùûœ ë ßäöü ėįųūčšž", "żż ž", "", "ñ", *_odd_texts()]:
        letters = [c for c in text.lower() if any(c in own for own in _LETTERS.values())]
        found = Counter(letters)
        expected = [
            (lang, hits)
            for lang, own in _LETTERS.items()
            if (hits := sum(found[c] for c in own if c in found))
        ]
        assert _letter_hits(letters) == expected


def test_script_refinement_searches_as_the_letter_sets_did() -> None:
    urdu, persian, ukrainian = set("ٹڈڑںےھ"), set("پچژگکی"), set("іїєґ")
    extra = ["ٹ", "پ", "ی", "ї", "ґ", "ア", "ひ", "中文", "ー"]
    for text in [*_texts(), *_odd_texts(), *extra]:
        chars = set(text)
        for label in ("ar", "ru", "zh", "el"):
            expected = label
            if label == "ar":
                expected = "ur" if chars & urdu else "fa" if chars & persian else "ar"
            elif label == "ru" and chars & ukrainian:
                expected = "uk"
            elif label == "zh" and any(0x3040 <= ord(c) <= 0x30FF for c in text):
                expected = "ja"
            assert _refine(label, text) == expected


def test_batch_fusion_is_the_per_row_formula_exactly() -> None:
    """_fuse_batch builds its matrices differently from the code it replaced; the result must
    be the same floats, not only close ones."""
    nlp = get_pipeline()
    cues = nlp.get_pipe("civic_cues")
    weights = cues._weights[True]  # type: ignore[attr-defined]  (English messages')
    with nlp.select_pipes(disable=["civic_cues"]):
        docs = [doc for doc in nlp.pipe(_texts()) if len(doc)]
    rng = random.Random(3)
    cue_scores = [
        {label: rng.random() for label in rng.sample([*MODEL_LABELS, "sub:heritage"], 4)}
        for _ in docs
    ]
    model = np.array([list(doc.cats.values()) for doc in docs], dtype=np.float64)
    cue_matrix = np.zeros_like(model)
    for row, cue in enumerate(cue_scores):
        for label, score in cue.items():
            if label in _MODEL_INDEX:
                cue_matrix[row, _MODEL_INDEX[label]] = score
    p = np.clip(model, 1e-4, 0.9999)
    z = weights[0] * np.log(p / (1.0 - p)) + weights[1] * cue_matrix + weights[2]
    expected = np.where(z > -60.0, 1.0 / (1.0 + np.exp(-z)), 0.0).tolist()
    _fuse_batch(list(zip(docs, cue_scores, strict=True)), weights)
    for doc, cue, row in zip(docs, cue_scores, expected, strict=True):
        subs = {label: score for label, score in cue.items() if label[0] == "s"}
        assert list(doc.cats.items()) == [*subs.items(), *zip(MODEL_LABELS, row, strict=True)]


def test_fold_drops_exactly_the_combining_characters() -> None:
    for text in [*_texts(), *_odd_texts(), "Réunion ŁÓDŹ Ğİ naïve ﬁle Ｔｅｎａｎｔ ক্ষ"]:
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
    """The n-gram extraction per doc, with lexsort, as it was before it ran per batch; subwords
    token by token."""
    ops, xp, size = model.ops, model.ops.xp, model.attrs["ngram_size"]
    per_doc = []
    for doc in docs:
        unigrams = ops.asarray(doc.to_array([NORM]))
        grams = [unigrams] + [
            ops.ngrams(n, unigrams) for n in range(2, size + 1) if len(unigrams) >= n
        ]
        stem_length = model.attrs.get("stem_length", 0)
        if stem_length:
            subwords = [k for t in doc for k in _subword_keys(t.norm_, stem_length)]
            grams.append(xp.asarray(subwords, dtype="uint64"))
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
    assert model.attrs["stem_length"] > 0
    for batch in (docs[:1], docs[:3], docs[:256], docs, [d for d in docs if len(d) < 2]):
        (keys, vals, lengths), _ = _extract_ngrams(model, batch, False)
        ref_keys, ref_vals, ref_lengths = _reference_ngrams(model, batch)
        assert (keys == ref_keys).all() and (vals == ref_vals).all()
        assert (lengths == ref_lengths).all()


def test_subwords_are_stems_and_character_pairs() -> None:
    assert _subword_keys("planning", 5) == _subword_keys("planners", 5) != ()
    assert _subword_keys("plan", 5) == ()  # short words count whole already
    assert _subword_keys("12345678", 5) == ()
    assert len(_subword_keys("社区中心", 5)) == 3  # a clause with no spaces: its pairs


def test_subword_table_gives_the_keys_of_each_norm() -> None:
    """Batches of norms old and new, through a table small enough to start over several times."""
    nlp = get_pipeline()
    strings = nlp.vocab.strings
    norms = sorted({t.norm for doc in nlp.tokenizer.pipe(_texts() + _odd_texts()) for t in doc})
    rng = random.Random(3)
    table = SubwordTable(5, max_norms=3_000)
    for _ in range(40):
        batch = np.unique(np.asarray(rng.sample(norms, rng.randint(1, 1_500)), dtype=np.uint64))
        starts, sizes = table.find(batch, strings)
        for norm, start, size in zip(batch.tolist(), starts, sizes, strict=True):
            keys = tuple(table.keys[start : start + size].tolist())
            assert keys == _subword_keys(strings[norm], 5), strings[norm]


def test_postcodes_searched_from_the_first_digit_are_those_searched_from_the_start() -> None:
    extra = ["E8 1DY", "SE15", "aE8 £E8 _E8", "x E81DY y", "W1A 1AA,N1", "1E8", "e8", "E 8"]
    for text in _texts() + _odd_texts() + extra:
        digit = _DIGIT.search(text)
        if digit is not None:
            found = _POSTCODE.finditer(text, max(0, digit.start() - 2))
            expected = _POSTCODE.finditer(text)
            assert [(m.span(), m.groups()) for m in found] == [
                (m.span(), m.groups()) for m in expected
            ], text
