"""`civic nlp ...`: train the classifier, tag messages from standard input, evaluate on the corpus.

civic nlp train [--seed N]          retrain nlp/model/ from nlp/corpus/train.jsonl
civic nlp tag [--batch-size N] [--processes N]
                                    one message per input line -> one JSON object per line
civic nlp eval [--split test|dev]   scores on a split of the labelled corpus
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TextIO

BATCH_SIZE = 256


def batches(lines: Iterable[str], size: int) -> Iterator[list[str]]:
    """Lines without their line ends, in lists of at most size, read lazily."""
    it = iter(lines)
    while chunk := list(islice(it, size)):
        yield [line.rstrip("\r\n") for line in chunk]


def tag_stream(
    source: TextIO, sink: TextIO, batch_size: int = BATCH_SIZE, processes: int = 1
) -> int:
    """Tag each line of source, writing one JSON line per input line; returns the count.

    With processes > 1, lines are read in blocks large enough to share among the workers.
    """
    from nlp.parallel import CHUNK
    from nlp.tagger import MAX_CHARS, tag_many

    block = batch_size if processes < 2 else max(batch_size, 2 * processes * CHUNK)
    count = 0
    for chunk in batches(source, block):
        for number, line in enumerate(chunk, start=count + 1):
            if len(line) > MAX_CHARS:
                print(
                    f"civic nlp tag: line {number} has {len(line):,} characters;"
                    f" tagged on its first {MAX_CHARS:,}",
                    file=sys.stderr,
                )
        for tags in tag_many(chunk, batch_size=batch_size, processes=processes):
            sink.write(json.dumps(tags.to_json(), ensure_ascii=False) + "\n")
        sink.flush()
        count += len(chunk)
    return count


def cmd_tag(argv: Sequence[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="civic nlp tag",
        description="Read one message per line on stdin; write one JSON object per line.",
    )
    ap.add_argument(
        "--batch-size",
        type=int,
        default=BATCH_SIZE,
        help="lines tagged (and written) together; 1 answers each line at once",
    )
    ap.add_argument(
        "--processes",
        type=int,
        default=1,
        help="worker processes for large inputs (lines are then read in blocks of thousands)",
    )
    args = ap.parse_args(argv)
    if args.batch_size < 1:
        ap.error("--batch-size must be at least 1")
    if args.processes < 1:
        ap.error("--processes must be at least 1")
    tag_stream(sys.stdin, sys.stdout, args.batch_size, args.processes)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "train":
        from nlp import train

        return train.main(rest)
    if command == "tag":
        return cmd_tag(rest)
    if command == "eval":
        from nlp import evaluate

        return evaluate.main(rest)
    print(__doc__, file=sys.stderr if command not in ("-h", "--help") else sys.stdout)
    return 0 if command in ("-h", "--help") else 2


if __name__ == "__main__":
    raise SystemExit(main())
