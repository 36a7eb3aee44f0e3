"""Noisy copies of training messages, so the classifier also learns from text typed in a hurry.

Messages arrive all in lower case, without punctuation, with typos and text-speak ("u", "pls",
"4"), or cut to a fragment. The corpus is written carefully, so training adds one noisy copy of
some English messages, made by fixed rules from a seeded random generator (reproducible). The
copies are made at training time only: the corpus stays as written, and no copy is ever
evaluated.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from nlp.corpus_check import Record

# Text-speak as people type it; each applies to a whole word.
TEXT_SPEAK = {
    "you": "u",
    "your": "ur",
    "you're": "ur",
    "are": "r",
    "for": "4",
    "to": "2",
    "please": "pls",
    "people": "ppl",
    "tomorrow": "tmrw",
    "with": "wiv",
    "thanks": "thx",
    "because": "cos",
    "anyone": "any1",
    "someone": "some1",
    "tonight": "2nite",
    "before": "b4",
    "great": "gr8",
    "message": "msg",
    "information": "info",
    "government": "gov",
    "about": "abt",
    "know": "kno",
    "really": "rly",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
_PUNCT = re.compile(r"[.,;:!?()\"“”]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _typo(word: str, rng: random.Random) -> str:
    """One keyboard slip in a word: a swapped, dropped or doubled letter."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    slip = rng.randrange(3)
    if slip == 0:
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    if slip == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def noisy(text: str, rng: random.Random) -> str:
    """A copy of text as someone might type it in a hurry (one or more of the rules)."""
    if rng.random() < 0.25:
        sentences = _SENTENCE.split(text)
        if len(sentences) > 1:
            text = sentences[0]
    if rng.random() < 0.5:
        text = text.lower()
    if rng.random() < 0.4:
        text = _PUNCT.sub("", text)
    speak = rng.random() < 0.4
    typos = rng.random() < 0.5

    def word(found: re.Match[str]) -> str:
        w = found.group(0)
        if speak and w.lower() in TEXT_SPEAK and rng.random() < 0.7:
            return TEXT_SPEAK[w.lower()]
        if typos and rng.random() < 0.08:
            return _typo(w, rng)
        return w

    if speak or typos:
        text = _WORD.sub(word, text)
    return " ".join(text.split()) or text


def noisy_copies(records: Sequence[Record], share: float, seed: int) -> list[Record]:
    """Noisy copies of a `share` of the English messages, labels unchanged."""
    rng = random.Random(seed)
    copies: list[Record] = []
    for record in records:
        if record["language"] != "en" or rng.random() >= share:
            continue
        text = noisy(record["text"], rng)
        if text != record["text"]:
            copies.append({**record, "text": text})
    return copies
