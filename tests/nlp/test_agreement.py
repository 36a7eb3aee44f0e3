"""The agreement between two labellers of the corpus, as `python -m nlp.agreement` reports it."""

from __future__ import annotations

import json

import pytest

from nlp.agreement import SECOND_LABELLER, TUNING_SPLITS, agreement, main
from nlp.corpus_check import CORPUS_DIR, load_split

CORPUS = {r["id"]: r for split in TUNING_SPLITS for r in load_split(CORPUS_DIR / f"{split}.jsonl")}


def _second() -> list[dict[str, object]]:
    return [json.loads(line) for line in SECOND_LABELLER.read_text().splitlines()]


def test_labels_agree_with_themselves_fully() -> None:
    same = [CORPUS[row["id"]] for row in _second()]
    result = agreement(CORPUS, same)
    assert result.topic_micro_f1 == 1.0 and result.kind == 1.0 and result.axis == 1.0


def test_a_dropped_topic_lowers_only_that_topic() -> None:
    record = next(r for r in CORPUS.values() if len(r["topics"]) == 2)
    other = {**record, "topics": record["topics"][:1]}
    result = agreement(CORPUS, [other])
    assert result.topic_micro_f1 == pytest.approx(2 / 3)
    assert result.topic_f1[record["topics"][0]] == 1.0
    assert result.topic_f1[record["topics"][1]] == 0.0


def test_second_labeller_covers_300_train_messages_and_is_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _second()
    assert len(rows) == 300 and all(row["id"].startswith("tr") for row in rows)
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "300 messages labelled twice" in out and "topic micro-F1 between labellers" in out


def test_second_labeller_of_dev_covers_the_whole_dev_split() -> None:
    path = SECOND_LABELLER.with_name("second_labeller_dev.jsonl")
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    dev = {r["id"] for r in load_split(CORPUS_DIR / "dev.jsonl")}
    assert {row["id"] for row in rows} == dev
    assert 0.8 <= agreement(CORPUS, rows).topic_micro_f1 < 1.0
