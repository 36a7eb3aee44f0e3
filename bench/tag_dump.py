"""Write `Tags.to_json()` of every train and dev text (never the test split), one JSON line each,
to check that a speed-up changes no result: dump before, dump after, compare byte for byte.

Run: .venv/bin/python bench/tag_dump.py OUT.jsonl [--compare BEFORE.jsonl] [--one-by-one]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "nlp" / "corpus"


def texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for split in ("train", "dev")
        for line in (CORPUS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="a dump to compare with, byte for byte")
    ap.add_argument("--one-by-one", action="store_true", help="tag() each text, not tag_many")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from nlp.tagger import tag, tag_many

    found = [tag(t) for t in texts()] if args.one_by_one else tag_many(texts())
    lines = "".join(json.dumps(t.to_json(), ensure_ascii=False) + "\n" for t in found)
    args.out.write_text(lines, encoding="utf-8")
    print(f"{len(found)} messages -> {args.out}")
    if args.compare is not None:
        same = args.compare.read_bytes() == args.out.read_bytes()
        print("identical" if same else f"DIFFERENT from {args.compare}")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
