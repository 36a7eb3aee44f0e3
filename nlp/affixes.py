"""spaCy's tokenizer for the pipeline, with its affix and URL regexes skipped where they cannot
match: the same tokens, in about half the time.

The tokenizer keeps how it split a chunk of text (a run between spaces), but at most 10,000
chunks, and none that come after a special case ("we're", "don't") in the same text. Every
other chunk goes through its prefix, suffix and infix regexes and its URL regex, which took
~55 of the ~65 µs a message spent in the tokenizer (the suffix regex alone tries ~80 rules at
every character). No English prefix, suffix or infix rule matches a chunk of letters alone,
and every URL has a dot (tests read the rules to check both): such chunks get no match without
running the regex.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex


class LetterSkipping:
    """The search (or finditer) of a tokenizer's affix regex, not run on letters alone."""

    def __init__(self, find: Callable[[str], Any]) -> None:
        self.find = find

    @property
    def pattern(self) -> str:
        """The regex's pattern, which spaCy writes when it saves the tokenizer."""
        return str(self.find.__self__.pattern)  # type: ignore[attr-defined]

    def search(self, text: str) -> Any:
        return None if text.isalpha() else self.find(text)

    def finditer(self, text: str) -> Iterator[Any]:
        return iter(()) if text.isalpha() else self.find(text)


class DotRequired:
    """The match of the tokenizer's URL regex, not run on text without a dot."""

    def __init__(self, match: Callable[[str], Any]) -> None:
        self.find = match

    @property
    def pattern(self) -> str:
        return str(self.find.__self__.pattern)  # type: ignore[attr-defined]

    def match(self, text: str) -> Any:
        return self.find(text) if "." in text else None


def make_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's tokenizer for the language's defaults (what spacy.blank builds), with the
    affix and URL regexes behind those checks."""
    defaults = nlp.Defaults
    url_match = defaults.url_match
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=LetterSkipping(compile_prefix_regex(defaults.prefixes or ()).search).search,
        suffix_search=LetterSkipping(compile_suffix_regex(defaults.suffixes or ()).search).search,
        infix_finditer=LetterSkipping(
            compile_infix_regex(defaults.infixes or ()).finditer
        ).finditer,
        token_match=defaults.token_match,
        url_match=DotRequired(url_match).match if url_match is not None else None,
    )
