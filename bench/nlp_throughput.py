"""Tagging throughput through tag_many (nlp.pipe), as a ratio against spaCy's blank English
tokenizer on the same messages in the same run; model load time and resident memory.

Messages: the train and dev splits of nlp/corpus repeated (never the test split).
Run: .venv/bin/python bench/nlp_throughput.py [--messages 20000] [--repeats 3] [--processes 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "nlp" / "corpus"

LOAD_SNIPPET = """
import resource, time
def peak_mb():
    # VmHWM: this process's own peak; ru_maxrss can carry the parent's peak over the fork.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
started = time.perf_counter()
from nlp.tagger import get_pipeline, tag_many
get_pipeline()
tag_many(["warm up in Hackney E8 1DY"])
loaded = time.perf_counter() - started
texts = [__import__("json").loads(line)["text"] for line in open({path!r}, encoding="utf-8")]
tag_many(texts * 5)
print(loaded, peak_mb())
"""


def messages(count: int) -> list[str]:
    texts = [
        json.loads(line)["text"]
        for split in ("train", "dev")
        for line in (CORPUS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return (texts * (count // len(texts) + 1))[:count]


def rate(run: object, texts: list[str], repeats: int) -> float:
    """Best of `repeats` runs, in messages per second."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run(texts)  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def load_and_rss(runs: int) -> tuple[float, float]:
    """Median load time (import, pipeline, first message) and peak RSS of fresh processes."""
    loads, rss = [], []
    snippet = LOAD_SNIPPET.format(path=str(CORPUS / "dev.jsonl"))
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", snippet], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
        loads.append(float(out[0]))
        rss.append(float(out[1]))
    return statistics.median(loads), max(rss)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--load-runs", type=int, default=3)
    ap.add_argument(
        "--processes", type=int, default=2, help="also time tag_many with this many workers"
    )
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import spacy

    from nlp.tagger import get_pipeline, tag_many

    texts = messages(args.messages)
    blank = spacy.blank("en")
    get_pipeline()
    tag_many(texts[:1000])  # warm caches: tokenizer, cue words, postcode blocks
    list(blank.pipe(texts[:1000]))
    blank_rate = rate(lambda t: list(blank.pipe(t, batch_size=256)), texts, args.repeats)
    tag_rate = rate(lambda t: tag_many(t, batch_size=256), texts, args.repeats)
    multi_rate = 0.0
    if args.processes > 1:
        tag_many(texts[: 4 * 1024], processes=args.processes)  # start the workers
        multi_rate = rate(
            lambda t: tag_many(t, batch_size=256, processes=args.processes), texts, args.repeats
        )
    load_s, rss_mb = load_and_rss(args.load_runs)
    mean_chars = sum(map(len, texts)) / len(texts)
    print(f"messages: {len(texts)} (train+dev texts repeated, mean {mean_chars:.0f} chars)")
    print(f"blank tokenizer : {blank_rate:9,.0f} msgs/s")
    print(f"tag_many        : {tag_rate:9,.0f} msgs/s")
    print(f"ratio           : {tag_rate / blank_rate:.3f} of the tokenizer-only pipeline")
    if multi_rate:
        print(
            f"tag_many, {args.processes} processes: {multi_rate:9,.0f} msgs/s "
            f"({multi_rate / blank_rate:.3f} of the one-process tokenizer; "
            f"{multi_rate / tag_rate:.2f} times one process)"
        )
    print(f"load            : {load_s:.2f} s (fresh process: import, pipeline, first message)")
    print(f"RSS             : {rss_mb:.0f} MB (peak, NLP loaded, {5 * 156} messages tagged)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
