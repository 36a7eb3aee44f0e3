"""spaCy's tokenizer for the pipeline, with its affix and URL regexes skipped where they cannot
match: the same tokens, in under half the time.

The tokenizer keeps how it split a chunk of text (a run between spaces), but at most 10,000
chunks, and none that come after a special case ("we're", "don't") in the same text. Every
other chunk goes through its prefix, suffix and infix regexes and its URL regex, which took
~55 of the ~65 µs a message spent in the tokenizer (the suffix regex alone tries ~80 rules at
every character). No English prefix, suffix or infix rule matches a chunk of letters alone,
and every URL has a dot (tests read the rules to check both): such chunks get no match without
running the regex. A suffix ends where the chunk ends, so only the suffix rules that can end
with its last character are tried ("7pm," -> ',' only; "2pm" -> none).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
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


class SuffixSearch:
    """The search of the tokenizer's suffix regex ("rule$|rule$|..."), with only the rules
    that can end with the text's last character, in their order, as one regex (built the first
    time a text ends with that character).

    Every rule's match ends where the text ends, so the others cannot match, and the leftmost
    match of the chosen rules is the leftmost of them all. Letters alone match no rule; a text
    ending in a line break ($ also matches before it) is searched with every rule.
    """

    def __init__(self, rules: Sequence[Any]) -> None:
        self.find = compile_suffix_regex(rules).search
        kept = [rule for rule in rules if isinstance(rule, str) and rule.strip()]
        self.rules = [(rule + "$", _last_characters(rule + "$")) for rule in kept]
        self.by_last: dict[str, Callable[[str], Any] | None] = {}
        self.regexes: dict[str, Callable[[str], Any]] = {}
        if any(not isinstance(rule, str) for rule in rules) or any(
            chars is None for _, chars in self.rules
        ):
            self.rules = []  # a rule this cannot read: every text is searched with all of them

    @property
    def pattern(self) -> str:
        return str(self.find.__self__.pattern)  # type: ignore[attr-defined]

    def search(self, text: str) -> Any:
        if text.isalpha():
            return None
        if not text or text[-1] == "\n" or not self.rules:
            return self.find(text)
        last = text[-1]
        find = self.by_last[last] if last in self.by_last else self._for(last)
        return None if find is None else find(text)

    def _for(self, last: str) -> Callable[[str], Any] | None:
        chosen = "|".join(rule for rule, chars in self.rules if last in chars)  # type: ignore[operator]
        find = None
        if chosen:
            find = self.regexes.get(chosen)
            if find is None:
                find = self.regexes[chosen] = re.compile(chosen).search
        if len(self.by_last) < 10_000:
            self.by_last[last] = find
        return find


def _last_characters(rule: str) -> frozenset[str] | None:
    """The characters a match of the regex can end with; None when not known, or when it can
    match nothing at all."""
    try:
        parsed = _parser.parse(rule)
    except (re.error, TypeError, ValueError):
        return None
    items = list(parsed)
    # Only a rule whose every match ends with the text ($ after it, not inside a "|"), and that
    # matches case by case.
    if not items or items[-1] != (sre.AT, sre.AT_END) or parsed.state.flags & re.IGNORECASE:
        return None
    found = _last_of(items)
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def _last_of(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """(characters the items' match can end with, whether it can be empty), or None."""
    chars: set[str] = set()
    for op, av in reversed(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # match no character
            continue
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            members = _members(av)
            return None if members is None else (chars | members, False)
        if op is sre.BRANCH:
            found = [_last_of(list(branch)) for branch in av[1]]
        elif op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            found = [_last_of(list(av[-1]))]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found = [_last_of(list(av[2]))]
            if av[0] == 0 and found[0] is not None:
                found.append((set(), True))
        else:
            return None
        if any(f is None for f in found):
            return None
        for f in found:
            chars |= f[0]  # type: ignore[index]
        if not any(f[1] for f in found):  # type: ignore[index]
            return chars, False
    return chars, True


def _members(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a character class [...] of single characters and ranges."""
    members: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            members.add(chr(av))
        elif op is sre.RANGE:
            members.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return members


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
        suffix_search=SuffixSearch(defaults.suffixes or ()).search,
        infix_finditer=LetterSkipping(
            compile_infix_regex(defaults.infixes or ()).finditer
        ).finditer,
        token_match=defaults.token_match,
        url_match=DotRequired(url_match).match if url_match is not None else None,
    )
