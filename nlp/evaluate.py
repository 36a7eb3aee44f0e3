"""`civic nlp eval`: how well the tagger does on a split of the labelled corpus.

Prints kind accuracy with a confusion table, topic micro- and macro-F1, subtopic micro-F1,
axis accuracy, borough accuracy (no place counts as a value: a message with no borough must get
no main place) and language accuracy, for the whole split and for its style-shift and
non-English slices. Tune on dev; look at test only to report.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from nlp.corpus_check import CORPUS_DIR, SPLITS, Record, load_split
from nlp.tags import Tags
from nlp.taxonomy import KINDS, TOPICS


@dataclass
class Report:
    """Scores of the tagger on some labelled messages."""

    n: int = 0
    kind_accuracy: float = 0.0
    topic_micro_f1: float = 0.0
    topic_macro_f1: float = 0.0
    subtopic_micro_f1: float = 0.0
    axis_accuracy: float = 0.0
    borough_accuracy: float = 0.0
    language_accuracy: float = 0.0
    english_or_not_accuracy: float = 0.0
    kind_confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    topic_f1: dict[str, float] = field(default_factory=dict)

    def lines(self, title: str) -> list[str]:
        out = [
            f"{title}: {self.n} messages",
            f"  kind accuracy          {self.kind_accuracy:.3f}",
            f"  topic micro-F1         {self.topic_micro_f1:.3f}",
            f"  topic macro-F1         {self.topic_macro_f1:.3f}",
            f"  subtopic micro-F1      {self.subtopic_micro_f1:.3f}",
            f"  axis accuracy          {self.axis_accuracy:.3f}",
            f"  borough accuracy       {self.borough_accuracy:.3f}",
            f"  language accuracy      {self.language_accuracy:.3f}",
            f"  English-or-not acc.    {self.english_or_not_accuracy:.3f}",
        ]
        return out

    def confusion_lines(self) -> list[str]:
        kinds = list(KINDS)
        width = max(map(len, kinds)) + 1
        out = ["  kind confusion (rows: labelled, columns: tagged)"]
        out.append("  " + " " * width + "".join(f"{k[:8]:>9}" for k in kinds))
        for gold in kinds:
            row = "".join(f"{self.kind_confusion.get((gold, k), 0):>9}" for k in kinds)
            out.append(f"  {gold:<{width}}{row}")
        return out

    def topic_lines(self) -> list[str]:
        return ["  topic F1: " + ", ".join(f"{t} {f:.2f}" for t, f in self.topic_f1.items())]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score(records: Sequence[Record], tagged: Sequence[Tags]) -> Report:
    """Compare tags with the labels of the same messages."""
    n = len(records)
    if n == 0:
        return Report()
    confusion: Counter[tuple[str, str]] = Counter()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    sub = Counter[str]()
    axis_right = axis_total = borough_right = lang_right = en_right = 0
    for record, tags in zip(records, tagged, strict=True):
        confusion[(record["kind"], tags.kind.label)] += 1
        gold, found = set(record["topics"]), set(tags.topic_ids)
        for topic in TOPICS:
            tp[topic] += topic in gold and topic in found
            fp[topic] += topic in found and topic not in gold
            fn[topic] += topic in gold and topic not in found
        gold_sub, found_sub = set(record["subtopics"]), set(tags.subtopic_ids)
        sub["tp"] += len(gold_sub & found_sub)
        sub["fp"] += len(found_sub - gold_sub)
        sub["fn"] += len(gold_sub - found_sub)
        if record["axis"]:
            axis_total += 1
            axis_right += tags.axis is not None and tags.axis.label == record["axis"]
        main = tags.main_place
        borough_right += (main.borough if main else None) == record["borough"]
        lang_right += tags.language.label == record["language"]
        en_right += (tags.language.label == "en") == (record["language"] == "en")
    topic_f1 = {t: _f1(tp[t], fp[t], fn[t]) for t in TOPICS}
    return Report(
        n=n,
        kind_accuracy=sum(c for (g, f), c in confusion.items() if g == f) / n,
        topic_micro_f1=_f1(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        topic_macro_f1=sum(topic_f1.values()) / len(topic_f1),
        subtopic_micro_f1=_f1(sub["tp"], sub["fp"], sub["fn"]),
        axis_accuracy=axis_right / axis_total if axis_total else 0.0,
        borough_accuracy=borough_right / n,
        language_accuracy=lang_right / n,
        english_or_not_accuracy=en_right / n,
        kind_confusion=dict(confusion),
        topic_f1=topic_f1,
    )


def evaluate(
    records: Sequence[Record], tagger: Callable[[Iterable[str]], list[Tags]] | None = None
) -> tuple[Report, Report, Report, list[Tags]]:
    """Reports for all records, the style-shift slice and the non-English slice."""
    if tagger is None:
        from nlp.tagger import tag_many

        tagger = tag_many
    tagged = tagger([r["text"] for r in records])

    def sliced(name: str) -> Report:
        pairs = [(r, t) for r, t in zip(records, tagged, strict=True) if r["slice"] == name]
        return score([r for r, _ in pairs], [t for _, t in pairs])

    return score(records, tagged), sliced("style_shift"), sliced("non_english"), tagged


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="civic nlp eval", description=__doc__)
    ap.add_argument("--split", choices=SPLITS, default="test")
    ap.add_argument("--errors", action="store_true", help="also list the misses (dev only)")
    args = ap.parse_args(argv)
    records = load_split(CORPUS_DIR / f"{args.split}.jsonl")
    whole, style, foreign, tagged = evaluate(records)
    lines = whole.lines(f"split {args.split}") + whole.confusion_lines() + whole.topic_lines()
    lines += style.lines("  style-shift slice") if style.n else ["  style-shift slice: none"]
    lines += foreign.lines("  non-English slice") if foreign.n else ["  non-English slice: none"]
    print("\n".join(lines))
    if args.errors and args.split != "test":
        for record, tags in zip(records, tagged, strict=True):
            misses = []
            if tags.kind.label != record["kind"]:
                misses.append(f"kind {record['kind']}->{tags.kind.label}")
            if set(tags.topic_ids) != set(record["topics"]):
                misses.append(f"topics {record['topics']}->{tags.topic_ids}")
            main = tags.main_place
            if (main.borough if main else None) != record["borough"]:
                misses.append(f"borough {record['borough']}->{main.borough if main else None}")
            if tags.language.label != record["language"]:
                misses.append(f"lang {record['language']}->{tags.language.label}")
            if misses:
                print(f"{record['id']}: {'; '.join(misses)}\n    {record['text'][:160]}")
    return 0
