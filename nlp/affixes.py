"""spaCy's tokenizer for the pipeline, with its affix and URL regexes skipped where they cannot
match: the same tokens, in under half the time.

The tokenizer keeps how it split a chunk of text (a run between spaces), but at most 10,000
chunks, and none that come after a special case ("we're", "don't") in the same text. Every
other chunk goes through its prefix, suffix and infix regexes and its URL regex, which took
~55 of the ~65 µs a message spent in the tokenizer (the suffix regex alone tries ~80 rules at
every character). No English prefix, suffix or infix rule matches a chunk of letters alone,
and every URL has a dot (tests read the rules to check both): such chunks get no match without
running the regex. A suffix ends where the chunk ends (a prefix begins where it begins), so
only the rules that can end with its last character (begin with its first) are tried ("7pm,"
-> the ',' suffix only; "2pm" -> no suffix).
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


class _RegexStandIn:
    """What the tokenizer is given in place of a compiled regex's method (`find`, bound to
    the regex): spaCy reads the regex's pattern back through the method's __self__ when it
    saves the tokenizer."""

    def __init__(self, find: Callable[[str], Any]) -> None:
        self.find = find

    @property
    def pattern(self) -> str:
        return str(self.find.__self__.pattern)  # type: ignore[attr-defined]


class LetterSkipping(_RegexStandIn):
    """The finditer of the tokenizer's infix regex, not run on letters alone."""

    def finditer(self, text: str) -> Iterator[Any]:
        return iter(()) if text.isalpha() else self.find(text)


class AffixSearch(_RegexStandIn):
    """The search of the tokenizer's prefix regex ("^rule|^rule|...") or suffix regex
    ("rule$|rule$|..."), with only the rules that can begin with the text's first character
    (a prefix) or end with its last (a suffix), in their order, as one regex (built the first
    time a text begins or ends with that character).

    Every rule's match begins where the text begins (ends where it ends), so the others cannot
    match, and the leftmost match of the chosen rules is the leftmost of them all. Letters
    alone match no rule; a text ending in a line break ($ also matches before it) is searched
    with every rule.
    """

    def __init__(self, rules: Sequence[Any], suffix: bool) -> None:
        super().__init__((compile_suffix_regex if suffix else compile_prefix_regex)(rules).search)
        self.suffix = suffix
        kept = [rule for rule in rules if isinstance(rule, str) and rule.strip()]
        whole = [rule + "$" if suffix else "^" + rule for rule in kept]
        self.rules = [(rule, _edge_characters(rule, suffix)) for rule in whole]
        self.by_edge: dict[str, Callable[[str], Any] | None] = {}
        self.regexes: dict[str, Callable[[str], Any]] = {}
        if any(not isinstance(rule, str) for rule in rules) or any(
            chars is None for _, chars in self.rules
        ):
            self.rules = []  # a rule this cannot read: every text is searched with all of them

    def search(self, text: str) -> Any:
        if text.isalpha():
            return None
        if not text or not self.rules or (self.suffix and text[-1] == "\n"):
            return self.find(text)
        edge = text[-1] if self.suffix else text[0]
        find = self.by_edge[edge] if edge in self.by_edge else self._for(edge)
        return None if find is None else find(text)

    def _for(self, edge: str) -> Callable[[str], Any] | None:
        chosen = "|".join(rule for rule, chars in self.rules if edge in chars)  # type: ignore[operator]
        find = None
        if chosen:
            find = self.regexes.get(chosen)
            if find is None:
                find = self.regexes[chosen] = re.compile(chosen).search
        if len(self.by_edge) < 10_000:
            self.by_edge[edge] = find
        return find


def _edge_characters(rule: str, last: bool) -> frozenset[str] | None:
    """The characters a match of the regex can end with (last) or begin with; None when not
    known, or when it can match nothing at all."""
    try:
        parsed = _parser.parse(rule)
    except (re.error, TypeError, ValueError):
        return None
    items = list(parsed)
    # Only a rule whose every match ends with the text ($ after it, not inside a "|") or begins
    # with it (^ before it), and that matches case by case.
    anchor = (sre.AT, sre.AT_END) if last else (sre.AT, sre.AT_BEGINNING)
    if not items or items[-1 if last else 0] != anchor or parsed.state.flags & re.IGNORECASE:
        return None
    found = _edge_of(items, last)
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def _edge_of(items: list[tuple[Any, Any]], last: bool) -> tuple[set[str], bool] | None:
    """(characters the items' match can end with (last) or begin with, whether it can be
    empty), or None."""
    chars: set[str] = set()
    for op, av in reversed(items) if last else items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # match no character
            continue
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            members = _members(av)
            return None if members is None else (chars | members, False)
        if op is sre.BRANCH:
            found = [_edge_of(list(branch), last) for branch in av[1]]
        elif op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            found = [_edge_of(list(av[-1]), last)]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found = [_edge_of(list(av[2]), last)]
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


class DotRequired(_RegexStandIn):
    """The match of the tokenizer's URL regex, not run on text without a dot."""

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
        prefix_search=AffixSearch(defaults.prefixes or (), suffix=False).search,
        suffix_search=AffixSearch(defaults.suffixes or (), suffix=True).search,
        infix_finditer=LetterSkipping(
            compile_infix_regex(defaults.infixes or ()).finditer
        ).finditer,
        token_match=defaults.token_match,
        url_match=DotRequired(url_match).match if url_match is not None else None,
    )
