"""The agreement between two labellers of the corpus, as `python -m nlp.agreement` reports it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.agreement import SECOND_LABELLER, agreement, main, read_labels
from nlp.corpus_check import CORPUS_DIR, load_split
from nlp.tagger import tag_many

CORPUS = {
    r["id"]: r for split in ("train", "dev") for r in load_split(CORPUS_DIR / f"{split}.jsonl")
}


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


def test_two_labellers_of_test_cover_the_whole_test_split() -> None:
    test = {r["id"] for r in load_split(CORPUS_DIR / "test.jsonl")}
    for name in ("test_labeller_a.jsonl", "test_labeller_b.jsonl"):
        rows = read_labels(SECOND_LABELLER.with_name(name))
        assert [row["id"] for row in rows] == sorted(test)


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_two_labellers_files_compare_with_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = [
        {"id": "x1", "kind": "need", "topics": ["housing", "legal"], "axis": "action"},
        {"id": "x2", "kind": "offer", "topics": ["digital"], "axis": "education"},
    ]
    second = [
        {"id": "x1", "kind": "need", "topics": ["housing"], "axis": "action"},
        {"id": "x2", "kind": "event", "topics": ["digital"], "axis": "education"},
    ]
    a = _write(tmp_path / "a.jsonl", first)
    b = _write(tmp_path / "b.jsonl", second)
    assert main([str(a), "--against", str(b)]) == 0
    out = capsys.readouterr().out
    # Agreed: housing, digital; one side only: legal.
    assert "2 messages labelled twice" in out
    assert "topic micro-F1 between labellers 0.800" in out
    assert "legal 0.00" in out
    assert "kind agreement 0.500, axis agreement 1.000" in out


def test_the_tagger_can_stand_in_for_a_labeller(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = sorted(CORPUS)[:5]
    own = [
        {"id": i, "kind": t.kind.label, "topics": t.topic_ids, "axis": t.axis and t.axis.label}
        for i, t in zip(ids, tag_many([CORPUS[i]["text"] for i in ids]), strict=True)
    ]
    main([str(_write(tmp_path / "own.jsonl", own)), "--tagger"])
    assert "topic micro-F1 between labellers 1.000" in capsys.readouterr().out
    other_kind = [
        {**row, "kind": "funding" if row["kind"] != "funding" else "need"} for row in own
    ]
    main([str(_write(tmp_path / "other.jsonl", other_kind)), "--tagger"])
    assert "kind agreement 0.000" in capsys.readouterr().out
