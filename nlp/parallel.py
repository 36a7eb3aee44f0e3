"""tag_many() over several processes, for large batches (re-tagging a bank, `civic nlp tag`).

Workers are forked from the calling process after its pipeline is built, so they share the
loaded pipeline (copy-on-write) instead of loading their own, and each runs `nlp.pipe` on a
part of the texts. A process that runs other threads is not forked (a lock another thread holds
would stay locked in the child): its workers start from a fresh server process and load their
own pipeline (~1.5 s, once). Where neither is available or the batch is small, the texts are
tagged in the calling process: the answer is the same either way.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from collections.abc import Sequence
from multiprocessing.context import BaseContext
from multiprocessing.pool import Pool

from nlp.tags import Tags

# Texts sent to a worker at a time: large enough that sending them and the Tags back (a few
# microseconds a message) is small beside tagging them (~200 microseconds a message).
CHUNK = 512

_POOL: tuple[int, Pool] | None = None


def tag_in_processes(texts: Sequence[str], batch_size: int, processes: int) -> list[Tags]:
    """The Tags of texts, in order, tagged by `processes` worker processes."""
    from nlp.tagger import get_pipeline, tag_many

    context = _context()
    if processes < 2 or len(texts) < 2 * CHUNK or context is None:
        return tag_many(texts, batch_size=batch_size)
    get_pipeline()  # built before a fork, shared by the workers
    pool = _pool(processes, context)
    chunks = [(texts[i : i + CHUNK], batch_size) for i in range(0, len(texts), CHUNK)]
    return [tags for part in pool.imap(_tag_chunk, chunks) for tags in part]


def _tag_chunk(job: tuple[Sequence[str], int]) -> list[Tags]:
    from nlp.tagger import tag_many

    texts, batch_size = job
    return tag_many(texts, batch_size=batch_size)


def _context() -> BaseContext | None:
    """fork from a process with one thread; else a fork server; None where there is neither."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        return multiprocessing.get_context("forkserver")
    return None


def _load() -> None:
    """A worker's start: the pipeline, inherited by a fork or built here."""
    from nlp.tagger import get_pipeline

    get_pipeline()


def _pool(processes: int, context: BaseContext) -> Pool:
    """One pool per process, kept between calls (forking a ~150 MB process costs ~10 ms)."""
    global _POOL
    if _POOL is not None and _POOL[0] != processes:
        close_pool()
    if _POOL is None:
        _POOL = (processes, context.Pool(processes, initializer=_load))
    return _POOL[1]


@atexit.register
def close_pool() -> None:
    """Stop the workers (at exit, or to change their number)."""
    global _POOL
    if _POOL is not None:
        pool = _POOL[1]
        _POOL = None
        pool.close()
        pool.join()
