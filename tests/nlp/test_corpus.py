"""Guards the labelled corpus in nlp/corpus: labels, sizes, leaks between splits and slices."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from nlp import corpus_check as cc
from nlp.taxonomy import KINDS, TOPICS


@pytest.fixture(scope="module")
def corpus() -> cc.Corpus:
    return cc.load_corpus()


def test_splits_exist_and_are_sized(corpus: cc.Corpus) -> None:
    sizes = {split: len(records) for split, records in corpus.items()}
    total = sum(sizes.values())
    assert total >= cc.MIN_TOTAL
    for split, minimum in cc.MIN_SPLIT_SIZE.items():
        assert sizes[split] >= minimum, sizes
    assert max(sizes, key=lambda s: sizes[s]) == "train"


def test_every_record_is_valid(corpus: cc.Corpus) -> None:
    assert cc.schema_errors(corpus) == []


def test_every_kind_and_topic_is_well_represented(corpus: cc.Corpus) -> None:
    records = [r for rs in corpus.values() for r in rs]
    kinds = Counter(r["kind"] for r in records)
    topics = Counter(t for r in records for t in r["topics"])
    assert {k: kinds[k] for k in KINDS if kinds[k] < cc.MIN_PER_KIND} == {}
    assert {t: topics[t] for t in TOPICS if topics[t] < cc.MIN_PER_TOPIC} == {}


def test_no_near_duplicates_across_splits(corpus: cc.Corpus) -> None:
    assert cc.cross_split_near_duplicates(corpus) == []


def test_no_exact_duplicates_within_a_split(corpus: cc.Corpus) -> None:
    assert cc.exact_duplicates(corpus) == []


def test_template_share_is_at_most_thirty_percent(corpus: cc.Corpus) -> None:
    assert cc.template_share(corpus) <= cc.MAX_TEMPLATE_SHARE
    assert all(r["source"] == "hand" for split in ("dev", "test") for r in corpus[split])


def test_slices_are_large_enough(corpus: cc.Corpus) -> None:
    assert cc.slice_count(corpus["test"], "non_english") >= cc.MIN_TEST_NON_ENGLISH
    assert cc.slice_count(corpus["test"], "style_shift") >= cc.MIN_TEST_STYLE_SHIFT
    assert cc.slice_count(corpus["train"], "non_english") >= cc.MIN_TRAIN_NON_ENGLISH


def test_english_messages_all_have_an_axis(corpus: cc.Corpus) -> None:
    missing = [
        r["id"] for rs in corpus.values() for r in rs if r["language"] == "en" and not r["axis"]
    ]
    assert missing == []


def test_whole_check_passes_and_main_exits_zero(
    corpus: cc.Corpus, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cc.problems(corpus) == []
    assert cc.main([]) == 0
    assert "corpus OK" in capsys.readouterr().out


# The checker itself must catch what it claims to catch.


def _record(rid: str, text: str, **overrides: object) -> cc.Record:
    record: cc.Record = {
        "id": rid,
        "text": text,
        "kind": "need",
        "topics": ["housing"],
        "subtopics": ["tenants_rights"],
        "axis": "action",
        "language": "en",
        "places": [{"name": "Peckham", "borough": "Southwark"}],
        "borough": "Southwark",
        "author": "community_group",
        "source": "hand",
        "style": "normal",
        "slice": None,
    }
    record.update(overrides)
    return record


def test_checker_flags_bad_labels() -> None:
    bad = _record(
        "tr0001",
        "Damp flats in Peckham, we need help",
        kind="complaint",
        subtopics=["tenants_rights", "grants"],
        borough="Lambeth",
        axis=None,
    )
    errors = " ".join(cc.record_errors(bad, "train"))
    for expected in ("unknown kind", "belongs to topic 'funding'", "main (first) place", "axis"):
        assert expected in errors


def test_checker_flags_place_not_in_text_and_unknown_borough() -> None:
    bad = _record(
        "dv0001", "Damp flats, we need help", places=[{"name": "Peckham", "borough": "Peckham"}]
    )
    errors = " ".join(cc.record_errors(bad, "dev"))
    assert "does not occur" in errors
    assert "unknown borough" in errors


def test_checker_finds_cross_split_near_duplicates() -> None:
    text = "Our tenants association in Peckham needs help with damp and mould in twelve flats"
    corpus: cc.Corpus = {
        "train": [_record("tr0001", text)],
        "dev": [_record("dv0001", text.replace("twelve", "fourteen"))],
        "test": [_record("te0001", "Free tree planting day in Brixton on Saturday morning")],
    }
    pairs = cc.cross_split_near_duplicates(corpus)
    assert [(a, b) for a, b, _ in pairs] == [("tr0001", "dv0001")]


def test_checker_finds_exact_duplicates_and_template_share(tmp_path: Path) -> None:
    corpus: cc.Corpus = {
        "train": [
            _record("tr0001", "Need a room in Peckham!", source="template"),
            _record("tr0002", "need a room in peckham"),
        ],
        "dev": [],
        "test": [],
    }
    assert cc.exact_duplicates(corpus) == [("tr0001", "tr0002")]
    assert cc.template_share(corpus) == 0.5
    assert cc.main([str(tmp_path)]) == 1  # no files there
