"""The tokenizer's skipped regexes could not have matched, and the tokens are spaCy's."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from spacy.language import create_tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from nlp.affixes import _edge_characters
from nlp.tagger import CivicEnglish

from .test_fast_paths import _odd_texts, _texts

Allowed = Callable[[int], bool]


@cache
def _no_decimal_is_a_letter() -> bool:
    return not any(chr(c).isdecimal() and chr(c).isalpha() for c in range(0x110000))


def _set_allows(items: list[tuple[Any, Any]], allowed: Allowed) -> bool:
    """Whether a character class [...] takes some allowed character (True when unsure)."""
    for op, av in items:
        if op is sre.NEGATE:
            return True
        if op is sre.LITERAL and allowed(av):
            return True
        if op is sre.RANGE and any(allowed(c) for c in range(av[0], av[1] + 1)):
            return True
        if op is sre.CATEGORY and not (
            av is sre.CATEGORY_DIGIT and allowed is _letter and _no_decimal_is_a_letter()
        ):
            return True
    return False


def _can_match(items: Any, allowed: Allowed) -> bool:
    """Whether parsed regex items can match a text made only of allowed characters (True when
    unsure). A lookaround looks at the same text, so what it asserts must be allowed too."""
    for op, av in items:
        if op is sre.LITERAL:
            ok = allowed(av)
        elif op is sre.IN:
            ok = _set_allows(av, allowed)
        elif op is sre.BRANCH:
            ok = any(_can_match(branch, allowed) for branch in av[1])
        elif op is sre.SUBPATTERN:
            ok = _can_match(av[-1], allowed)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            ok = av[0] == 0 or _can_match(av[2], allowed)
        elif op is sre.ATOMIC_GROUP:
            ok = _can_match(av, allowed)
        elif op is sre.ASSERT:
            ok = _can_match(av[1], allowed)
        else:  # NOT_LITERAL, ANY, AT, ASSERT_NOT, group references: maybe
            ok = True
        if not ok:
            return False
    return True


def _letter(code: int) -> bool:
    return chr(code).isalpha()


def _parsed(pattern: re.Pattern[str]) -> Any:
    assert not pattern.flags & (re.IGNORECASE | re.VERBOSE)
    return _parser.parse(pattern.pattern, pattern.flags)


def test_no_affix_rule_matches_letters_alone() -> None:
    defaults = CivicEnglish.Defaults
    for pattern in (
        compile_prefix_regex(defaults.prefixes),
        compile_suffix_regex(defaults.suffixes),
        compile_infix_regex(defaults.infixes),
    ):
        assert not _can_match(_parsed(pattern), _letter)


def test_every_url_has_a_dot() -> None:
    url_match = CivicEnglish.Defaults.url_match
    assert not _can_match(_parsed(url_match.__self__), lambda code: code != ord("."))


def test_the_checks_find_what_they_should() -> None:
    """The analysis itself: rules that can match letters, or a URL-like rule without a dot."""
    assert _can_match(_parsed(re.compile(r"(?<=[0-9])km$|[a-z]+$")), _letter)
    assert _can_match(_parsed(re.compile(r"(?=\w)\w{2}|\.$")), _letter)
    assert not _can_match(_parsed(re.compile(r"(?<=[0-9])km$|\.$|'s$")), _letter)
    assert not _can_match(_parsed(re.compile(r"\d+(?:x|y)")), _letter)
    assert _can_match(_parsed(re.compile(r"a(?:\.b)?")), lambda code: code != ord("."))


def test_tokens_are_those_of_the_plain_tokenizer() -> None:
    plain = CivicEnglish(create_tokenizer=create_tokenizer())  # spaCy's own
    fast = CivicEnglish()
    extra = ["www.example.org/x?y=1, e8 1dy... 5km's 3pm;", "Dalston'da", "co-op's £5", "..."]
    for text in _texts() + _odd_texts() + extra:
        expected = [(t.text, t.whitespace_) for t in plain.tokenizer(text)]
        assert [(t.text, t.whitespace_) for t in fast.tokenizer(text)] == expected, text
    # Saved, it is spaCy's: the same regex patterns.
    assert fast.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(
        exclude=["vocab"]
    )


def _words() -> set[str]:
    return {w for text in _texts() + _odd_texts() for w in text.split()}


def test_suffixes_searched_by_last_character_are_found_as_by_every_rule() -> None:
    search = CivicEnglish().tokenizer.suffix_search
    rules = search.__self__.rules
    assert rules  # every rule was read: only some are tried
    plain = compile_suffix_regex(CivicEnglish.Defaults.suffixes).search
    endings = set().union(*(chars for _, chars in rules))
    pieces = {w[i:] for w in _words() for i in range(len(w))}
    contexts = ["", "5", "a", "A", "ab'", "x’", "°F", "..", "ab", "5k"]
    made = {f"{c}{e}{t}" for c in contexts for e in endings for t in ("", "\n", "é")}
    for text in sorted(pieces | made | {"", "\n", "...", "a..\n"}):
        found, expected = search(text), plain(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_prefixes_searched_by_first_character_are_found_as_by_every_rule() -> None:
    search = CivicEnglish().tokenizer.prefix_search
    rules = search.__self__.rules
    assert rules
    plain = compile_prefix_regex(CivicEnglish.Defaults.prefixes).search
    beginnings = set().union(*(chars for _, chars in rules))
    pieces = {w[:i] for w in _words() for i in range(len(w) + 1)}
    made = {f"{b}{t}" for b in beginnings for t in ("", "5", "a", "$", "\n", "+1", "...", "é")}
    for text in sorted(pieces | made | {"", "\n", "US$5", "C$", "..."}):
        found, expected = search(text), plain(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_edge_characters_only_of_rules_anchored_at_that_edge() -> None:
    assert _edge_characters(r"(?<=[0-9])(?:km|m²)$", last=True) == frozenset("m²")
    assert _edge_characters(r"\.\.+$", last=True) == frozenset(".")
    assert _edge_characters(r"[a-c]'?$", last=True) == frozenset("abc'")
    assert _edge_characters(r"^(?:US|C)?\$", last=False) == frozenset("UC$")
    assert _edge_characters(r"^\+(?![0-9])", last=False) == frozenset("+")
    for rule in ("a|b$", "(?i:km)$", "(?i)km$", "x?$", "[^a]$", r"\w$", "a.$", "(a)$(?=b)", "^a"):
        assert _edge_characters(rule, last=True) is None, rule
    for rule in ("^a|b", "^(?i:x)", "^x?", "^.", "a", "x$"):
        assert _edge_characters(rule, last=False) is None, rule
