"""Tagging a large batch in worker processes gives the same tags, in the same order."""

from __future__ import annotations

import json
import threading

from nlp import parallel
from nlp.corpus_check import CORPUS_DIR
from nlp.parallel import CHUNK, close_pool, tag_in_processes
from nlp.tagger import tag_many

from .test_model import civic_nlp_tag


def _texts(count: int) -> list[str]:
    lines = (CORPUS_DIR / "train.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines[:count]]


def test_two_processes_give_the_same_tags_in_order() -> None:
    texts = _texts(3 * CHUNK + 17)  # several chunks, the last one short
    close_pool()
    assert tag_many(texts, processes=2) == tag_many(texts)
    assert parallel._POOL is not None  # workers did the tagging
    if threading.active_count() == 1:
        assert parallel._POOL[1]._ctx.get_start_method() == "fork"  # type: ignore[attr-defined]


def test_a_small_batch_is_tagged_the_same_without_workers() -> None:
    texts = ["we need a lawyer in Peckham", "", "Free workshop on Saturday in E8"]
    assert tag_many(texts, processes=4) == tag_many(texts)


def test_civic_nlp_tag_with_processes_writes_every_line_in_order() -> None:
    texts = [t.replace("\n", " ") for t in _texts(2 * 2 * CHUNK + 5)]

    def run(*flags: str) -> list[dict[str, object]]:
        done = civic_nlp_tag(texts, *flags, timeout=300)
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines()]

    rows = run("--processes", "2")
    assert len(rows) == len(texts)
    assert rows == run()


def test_civic_nlp_tag_refuses_zero_processes() -> None:
    done = civic_nlp_tag(["hello"], "--processes", "0")
    assert done.returncode == 2 and "--processes must be at least 1" in done.stderr


def test_a_process_running_other_threads_starts_its_workers_without_forking_itself() -> None:
    texts = _texts(2 * CHUNK + 3)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        close_pool()
        assert tag_in_processes(texts, 256, 2) == tag_many(texts)
        assert parallel._POOL is not None
        assert parallel._POOL[1]._ctx.get_start_method() == "forkserver"  # type: ignore[attr-defined]
    finally:
        stop.set()
        other.join()
        close_pool()
