"""Checks the labelled corpus in nlp/corpus: schema, label ids, leaks between splits, shares.

Run `python -m nlp.corpus_check` to print counts and exit non-zero on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from nlp.taxonomy import AXES, KINDS, SUBTOPIC_TOPIC, TOPICS

CORPUS_DIR = Path(__file__).with_name("corpus")
# dev_shift: a second tuning split, written later by another writer, with the test split's
# slices (style-shifted and non-English messages), which train and dev lack.
SPLITS: tuple[str, ...] = ("train", "dev", "dev_shift", "test")
ID_PREFIX: dict[str, str] = {"train": "tr", "dev": "dv", "dev_shift": "ds", "test": "te"}
# Splits that may hold the style_shift slice: never train.
STYLE_SHIFT_SPLITS = frozenset({"dev_shift", "test"})

FIELDS: tuple[str, ...] = (
    "id", "text", "kind", "topics", "subtopics", "axis", "language", "places", "borough",
    "author", "source", "style", "slice",
)  # fmt: skip
AUTHORS: frozenset[str] = frozenset(
    {
        "community_group", "action_group", "minority_group", "individual", "university", "student",
        "academic", "practitioner", "voluntary_organisation", "institution", "local_authority",
        "funder",
    }
)  # fmt: skip
SOURCES: frozenset[str] = frozenset({"hand", "template"})
STYLES: frozenset[str] = frozenset({"normal", "short", "lower", "rambling", "misspelt"})
SLICES: frozenset[str] = frozenset({"non_english", "style_shift"})
# The 33 London boroughs as the ONS writes them.
BOROUGHS: frozenset[str] = frozenset(
    {
        "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London",
        "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham",
        "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington",
        "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton",
        "Newham", "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets",
        "Waltham Forest", "Wandsworth", "Westminster",
    }
)  # fmt: skip
# ISO 639-1 codes; "und" marks a message whose language is unknown.
ISO_639_1: frozenset[str] = frozenset(
    {
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg",
        "bh", "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv",
        "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi",
        "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr",
        "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja",
        "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw",
        "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml",
        "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv",
        "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro",
        "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr",
        "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr",
        "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
        "yo", "za", "zh", "zu",
    }
)  # fmt: skip

# Thresholds the corpus must meet (see nlp/corpus/GUIDELINES.md).
NEAR_DUPLICATE_JACCARD = 0.6
SHINGLE_SIZE = 5
MAX_TOPICS = 3
MAX_TEMPLATE_SHARE = 0.30
MIN_TOTAL = 900
MIN_PER_KIND = 100
MIN_PER_TOPIC = 60
MIN_TEST_NON_ENGLISH = 60
MIN_TEST_STYLE_SHIFT = 80
MIN_TRAIN_NON_ENGLISH = 40
# Minimum sizes rather than shares: training data may grow while dev and test stay fixed, and
# what makes a held-out score trustworthy is its absolute size.
MIN_SPLIT_SIZE: dict[str, int] = {"train": 600, "dev": 150, "dev_shift": 150, "test": 250}

Record = dict[str, Any]
Corpus = dict[str, list[Record]]
_WORD = re.compile(r"\w+")


def load_split(path: Path) -> list[Record]:
    """Read one JSON Lines split; a malformed line raises ValueError naming the line."""
    records: list[Record] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path.name}:{number}: not JSON ({exc})") from exc
            if not isinstance(record, dict):
                raise ValueError(f"{path.name}:{number}: not a JSON object")
            records.append(record)
    return records


def load_corpus(corpus_dir: Path = CORPUS_DIR) -> Corpus:
    """Read train, dev and test from corpus_dir."""
    return {split: load_split(corpus_dir / f"{split}.jsonl") for split in SPLITS}


def record_errors(record: Mapping[str, Any], split: str) -> list[str]:
    """Schema and label problems of one record, as readable messages."""
    rid = record.get("id", "?")
    errors: list[str] = []

    def err(message: str) -> None:
        errors.append(f"{split}/{rid}: {message}")

    if tuple(record) != FIELDS:
        err(f"fields must be exactly {list(FIELDS)} in that order, got {list(record)}")
        if set(FIELDS) - set(record):
            return errors
    if not isinstance(rid, str) or not re.fullmatch(ID_PREFIX[split] + r"\d{4}", rid):
        err(f"id must look like {ID_PREFIX[split]}0001")
    text = record["text"]
    if not isinstance(text, str) or not text.strip() or text != text.strip():
        err("text must be a non-empty string without outer whitespace")
        text = ""
    if record["kind"] not in KINDS:
        err(f"unknown kind {record['kind']!r}")
    topics = record["topics"]
    if not isinstance(topics, list) or not topics or len(set(topics)) != len(topics):
        err("topics must be a non-empty list without repeats")
        topics = []
    if len(topics) > MAX_TOPICS:
        err(f"at most {MAX_TOPICS} topics per message")
    for topic in topics:
        if topic not in TOPICS:
            err(f"unknown topic {topic!r}")
    subtopics = record["subtopics"]
    if not isinstance(subtopics, list) or len(set(subtopics)) != len(subtopics):
        err("subtopics must be a list without repeats")
        subtopics = []
    for sub in subtopics:
        if sub not in SUBTOPIC_TOPIC:
            err(f"unknown subtopic {sub!r}")
        elif SUBTOPIC_TOPIC[sub] not in topics:
            err(f"subtopic {sub!r} belongs to topic {SUBTOPIC_TOPIC[sub]!r}, which is not listed")
    if record["kind"] == "funding" and "grants" not in subtopics:
        err("a funding announcement has topic funding with subtopic grants")
    language = record["language"]
    if language != "und" and language not in ISO_639_1:
        err(f"language {language!r} is not an ISO 639-1 code or 'und'")
    axis = record["axis"]
    if axis is None:
        if language == "en":
            err("axis is required on English messages")
    elif axis not in AXES:
        err(f"unknown axis {axis!r}")
    places = record["places"]
    if not isinstance(places, list):
        err("places must be a list")
        places = []
    for place in places:
        if not isinstance(place, dict) or set(place) != {"name", "borough"}:
            err(f"place {place!r} must be an object with name and borough")
            continue
        name, borough = place["name"], place["borough"]
        if not isinstance(name, str) or not name.strip():
            err("place name must be a non-empty string")
        elif name.casefold() not in text.casefold():
            err(f"place {name!r} does not occur in the text")
        if borough is not None and borough not in BOROUGHS:
            err(f"place {name!r} has unknown borough {borough!r}")
    main_borough = places[0].get("borough") if places and isinstance(places[0], dict) else None
    if record["borough"] != main_borough:
        err(f"borough {record['borough']!r} must be the main (first) place's, {main_borough!r}")
    if record["author"] not in AUTHORS:
        err(f"unknown author {record['author']!r}")
    if record["source"] not in SOURCES:
        err(f"unknown source {record['source']!r}")
    style = record["style"]
    if style not in STYLES:
        err(f"unknown style {style!r}")
    slice_ = record["slice"]
    if slice_ is not None and slice_ not in SLICES:
        err(f"unknown slice {slice_!r}")
    if (slice_ == "non_english") != (language != "en"):
        err("slice must be 'non_english' exactly when language is not 'en'")
    if slice_ == "style_shift":
        if split not in STYLE_SHIFT_SPLITS:
            err("the style_shift slice belongs to the dev_shift and test splits only")
        if style == "normal":
            err("a style_shift message must have a style other than normal")
    if record["source"] == "template" and split != "train":
        err("template messages belong to the train split only")
    return errors


def schema_errors(corpus: Corpus) -> list[str]:
    """Problems in every record, plus ids repeated anywhere in the corpus."""
    errors: list[str] = []
    ids: Counter[str] = Counter()
    for split, records in corpus.items():
        for record in records:
            errors.extend(record_errors(record, split))
            ids[str(record.get("id"))] += 1
    errors.extend(f"id {rid} is used {n} times" for rid, n in ids.items() if n > 1)
    return errors


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation and emoji are ignored."""
    return _WORD.findall(text.casefold())


def shingles(text: str, size: int = SHINGLE_SIZE) -> frozenset[tuple[str, ...]]:
    """Word n-grams of a text; a text shorter than n words is one shingle of all its words."""
    words = tokens(text)
    if len(words) < size:
        return frozenset({tuple(words)})
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    """Jaccard similarity of two shingle sets (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def cross_split_near_duplicates(
    corpus: Corpus, threshold: float = NEAR_DUPLICATE_JACCARD
) -> list[tuple[str, str, float]]:
    """Pairs of messages in different splits whose 5-gram Jaccard similarity is >= threshold."""
    sets: list[tuple[str, str, frozenset[tuple[str, ...]]]] = [
        (split, str(r["id"]), shingles(str(r["text"]))) for split, rs in corpus.items() for r in rs
    ]
    index: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (_, _, grams) in enumerate(sets):
        for gram in grams:
            index[gram].append(i)
    candidates: set[tuple[int, int]] = set()
    for posting in index.values():
        for i, j in combinations(posting, 2):
            if sets[i][0] != sets[j][0]:
                candidates.add((i, j))
    found = []
    for i, j in sorted(candidates):
        score = jaccard(sets[i][2], sets[j][2])
        if score >= threshold:
            found.append((sets[i][1], sets[j][1], round(score, 3)))
    return found


def exact_duplicates(corpus: Corpus) -> list[tuple[str, str]]:
    """Pairs of messages in the same split whose normalised words are identical."""
    found: list[tuple[str, str]] = []
    for records in corpus.values():
        seen: dict[tuple[str, ...], str] = {}
        for record in records:
            key = tuple(tokens(str(record["text"])))
            if key in seen:
                found.append((seen[key], str(record["id"])))
            else:
                seen[key] = str(record["id"])
    return found


def template_share(corpus: Corpus) -> float:
    """Share of all messages that came from templates."""
    records = [r for rs in corpus.values() for r in rs]
    return sum(r["source"] == "template" for r in records) / len(records) if records else 0.0


def slice_count(records: Iterable[Record], name: str) -> int:
    """How many records belong to one evaluation slice."""
    return sum(r.get("slice") == name for r in records)


def counts(corpus: Corpus) -> dict[str, dict[str, Counter[str]]]:
    """Counts per split (and 'all') of kind, topic, slice, source, language, style and author."""
    table: dict[str, dict[str, Counter[str]]] = {}
    for split, records in [*corpus.items(), ("all", [r for rs in corpus.values() for r in rs])]:
        c: dict[str, Counter[str]] = defaultdict(Counter)
        for r in records:
            c["size"]["messages"] += 1
            c["kind"][r["kind"]] += 1
            c["topic"].update(r["topics"])
            c["slice"][r["slice"] or "none"] += 1
            c["source"][r["source"]] += 1
            c["language"][r["language"]] += 1
            c["style"][r["style"]] += 1
            c["author"][r["author"]] += 1
            c["axis"][r["axis"] or "none"] += 1
            c["place"]["with place" if r["places"] else "no place"] += 1
            c["place"]["borough null" if r["borough"] is None else "borough set"] += 1
        table[split] = dict(c)
    return table


def coverage_errors(corpus: Corpus) -> list[str]:
    """Size, balance, split-share, template-share and slice-size requirements."""
    errors: list[str] = []
    everything = [r for rs in corpus.values() for r in rs]
    total = len(everything)
    if total < MIN_TOTAL:
        errors.append(f"only {total} messages, need at least {MIN_TOTAL}")
    kinds = Counter(r["kind"] for r in everything)
    topics = Counter(t for r in everything for t in r["topics"])
    errors += [f"kind {k}: {kinds[k]} < {MIN_PER_KIND}" for k in KINDS if kinds[k] < MIN_PER_KIND]
    errors += [
        f"topic {t}: {topics[t]} < {MIN_PER_TOPIC}" for t in TOPICS if topics[t] < MIN_PER_TOPIC
    ]
    for split, minimum in MIN_SPLIT_SIZE.items():
        if len(corpus.get(split, [])) < minimum:
            errors.append(
                f"{split} has {len(corpus.get(split, []))} messages, fewer than {minimum}"
            )
    sizes = {split: len(rows) for split, rows in corpus.items()}
    if sizes and max(sizes, key=lambda s: sizes[s]) != "train":
        errors.append("train must be the largest split")
    share = template_share(corpus)
    if share > MAX_TEMPLATE_SHARE:
        errors.append(f"templates are {share:.1%} of the corpus, above {MAX_TEMPLATE_SHARE:.0%}")
    minimums = [
        ("test", "non_english", MIN_TEST_NON_ENGLISH),
        ("test", "style_shift", MIN_TEST_STYLE_SHIFT),
        ("train", "non_english", MIN_TRAIN_NON_ENGLISH),
    ]
    for split, name, minimum in minimums:
        n = slice_count(corpus.get(split, []), name)
        if n < minimum:
            errors.append(f"{split} has {n} {name} messages, need at least {minimum}")
    return errors


def problems(corpus: Corpus) -> list[str]:
    """Everything wrong with the corpus; empty when it passes."""
    errors = schema_errors(corpus)
    if errors:
        return errors  # later checks assume well-formed records
    errors += coverage_errors(corpus)
    errors += [
        f"near duplicate across splits: {a} ~ {b} (5-gram Jaccard {s})"
        for a, b, s in cross_split_near_duplicates(corpus)
    ]
    errors += [f"exact duplicate within a split: {a} = {b}" for a, b in exact_duplicates(corpus)]
    return errors


def _format_counts(table: Mapping[str, Mapping[str, Counter[str]]]) -> list[str]:
    lines = []
    for split, groups in table.items():
        lines.append(f"== {split}: {groups['size']['messages']} messages")
        for group in ("kind", "topic", "slice", "source", "style", "axis", "place", "author"):
            items = ", ".join(f"{k} {v}" for k, v in sorted(groups[group].items()))
            lines.append(f"  {group}: {items}")
        lines.append(
            f"  languages: {len(groups['language'])} ({', '.join(sorted(groups['language']))})"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print counts per split, kind, topic, slice and source; return 1 if there are problems."""
    args = list(sys.argv[1:] if argv is None else argv)
    corpus_dir = Path(args[0]) if args else CORPUS_DIR
    try:
        corpus = load_corpus(corpus_dir)
    except (OSError, ValueError) as exc:
        print(f"cannot read corpus: {exc}")
        return 1
    found = problems(corpus)
    if not schema_errors(corpus):
        print("\n".join(_format_counts(counts(corpus))))
        print(f"template share: {template_share(corpus):.1%}")
    if found:
        print(f"{len(found)} problem(s):")
        print("\n".join(f"  {p}" for p in found))
        return 1
    print("corpus OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
