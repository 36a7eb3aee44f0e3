"""Find the London place names of nlp.place_names_i18n in a message: names in other scripts.

An ASCII message is not searched at all, and one C-level scan for a letter that can begin a
name (in any of its forms) settles every other message in Latin script. Otherwise each script
met is searched with one compiled regex, a trie of all that script's names, in one pass:

- Han names (Chinese) are found anywhere: Chinese is written without spaces.
- Katakana (Japanese) and Hangul (Korean) names must not touch another letter of their script
  (ハロウィン is not ハロウ); Korean particles may follow the name (해크니에서).
- Names in the other scripts must begin a word, after at most one of the script's prefixes
  (Arabic بلندن, Hebrew בלונדון, Ge'ez በለንደን), and end it, after at most one of its suffixes
  (Bengali হোয়াইটচ্যাপেলে, Russian Лондоне, Tamil லண்டனில்): never inside a longer word.

Letter case (Greek and Cyrillic text is lowered first), interchangeable letter forms (Arabic
ي/ی, ك/ک, ه/ہ/ھ; Cyrillic ё/е; Greek accents), nukta, Gurmukhi addak, and the separator
between the words of a name (space, hyphen, ZWNJ, ・, or none) are folded; Bengali and Tamil
vowels are matched composed or not.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from nlp.place_names_i18n import NOT_PLACES, PREFIXES, SUFFIXES, names

# The scripts names are written in: code point ranges (a name's first letter gives its script).
SCRIPTS: dict[str, tuple[tuple[int, int], ...]] = {
    "greek": ((0x0370, 0x03FF),),  # monotonic: polytonic letters are not written today
    "cyrillic": ((0x0400, 0x052F),),
    "hebrew": ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
    "arabic": (
        (0x0600, 0x06FF),
        (0x0750, 0x077F),
        (0x08A0, 0x08FF),
        (0xFB50, 0xFDFF),
        (0xFE70, 0xFEFF),
    ),
    "devanagari": ((0x0900, 0x097F),),
    "bengali": ((0x0980, 0x09FF),),
    "gurmukhi": ((0x0A00, 0x0A7F),),
    "gujarati": ((0x0A80, 0x0AFF),),
    "tamil": ((0x0B80, 0x0BFF),),
    "ethiopic": ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
    "kana": ((0x30A0, 0x30FF), (0x31F0, 0x31FF)),
    "han": ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)),
    "hangul": ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F)),
}


@dataclass(frozen=True, slots=True)
class ForeignName:
    """A place name in another script, found in a message."""

    start: int  # where its word begins, prefix included (the ב of בלונדון)
    end: int  # where its word ends, suffix included (the তে of হ্যাকনিতে)
    name: str  # the name as written, without prefix or suffix (Tamil: with its final virama)
    english: str  # the gazetteer's English name it stands for; "" for a name that is no place


# Between the words of a name, any of these (or none): space, no-break space, hyphens, Hebrew
# maqaf, katakana middle dots, middle dot, ZWNJ.
_SEPARATORS = " \u00a0-\u2010\u2011\u2012\u05be\u30fb\uff65\u00b7\u200c"
# Written or not, to the same effect: nukta, Gurmukhi addak, ZWJ, Arabic tatweel.
_DROPPED = "\u093c\u09bc\u0a3c\u0abc\u0a71\u200d\u0640"
# Letters written for one another.
_LIKE = {
    "ي": "ی",
    "ى": "ی",
    "ے": "ی",
    "ۓ": "ی",
    "ك": "ک",
    "ة": "ه",
    "ہ": "ه",
    "ھ": "ه",
    "ە": "ه",
    "ۀ": "ه",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
    "ڤ": "ف",
    "ё": "е",
    "ґ": "г",
    "ς": "σ",
    "'": "׳",
    "’": "׳",
    "‘": "׳",
    "`": "׳",
    "ँ": "ं",
    "ਂ": "ੰ",
}
# Forms that never begin a word (final or medial letters, vowel carriers).
_NOT_INITIAL = frozenset("ىےۓةؤھەۀٱ")
_INDIC = frozenset({"devanagari", "bengali", "gurmukhi", "gujarati", "tamil"})
_CASED = frozenset({"greek", "cyrillic"})  # matched in lower case
_KANA_LETTER = "[\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff]"
_HANGUL_LETTER = "[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"


def _ranges_class(ranges: list[tuple[int, int]]) -> str:
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


@cache
def _letter(script: str) -> str | None:
    """What a name of the script must not touch on either side; None: anything may."""
    if script == "han":
        return None
    if script == "kana":
        return _KANA_LETTER
    if script == "hangul":
        return _HANGUL_LETTER
    # A letter or digit, or a combining mark of the script (a vowel sign, virama, harakat).
    marks: list[tuple[int, int]] = []
    for first, last in ((0x0300, 0x036F), *SCRIPTS[script]):
        for cp in range(first, last + 1):
            if unicodedata.category(chr(cp))[0] == "M":
                if marks and marks[-1][1] == cp - 1:
                    marks[-1] = (marks[-1][0], cp)
                else:
                    marks.append((cp, cp))
    return "[\\w" + _ranges_class(marks) + "\u200c\u200d]"


def script_of(char: str) -> str | None:
    cp = ord(char)
    for script, ranges in SCRIPTS.items():
        for first, last in ranges:
            if first <= cp <= last:
                return script
    return None


@cache
def _fold_char(char: str) -> str:
    """The character as matched: ' ' for a separator, '' for what may be left out."""
    if char in _SEPARATORS:
        return " "
    if char in _DROPPED:
        return ""
    lower = char.lower()
    if len(lower) == 1:
        char = lower
    parts = unicodedata.normalize("NFD", char)
    if len(parts) > 1 and (parts[1] in _DROPPED or script_of(char) == "greek"):
        char = parts[0]  # a letter with nukta (U+0958...), a Greek letter with its accents
    return _LIKE.get(char, char)


def _folded(text: str) -> str:
    """The text as matched, words of a name joined by single spaces."""
    folded = "".join(map(_fold_char, unicodedata.normalize("NFC", text)))
    return " ".join(folded.split())


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """What two spellings of a name that are matched alike have in common."""
    return _folded(text).replace(" ", "")


@cache
def _entries() -> dict[str, dict[str, tuple[str, str]]]:
    """By script: the folded name -> (English name, ending to restore), first one kept."""
    by_script: dict[str, dict[str, tuple[str, str]]] = {}
    listed = [(n, e) for table in names().values() for n, e in table.items()]
    listed += [(n, "") for table in NOT_PLACES.values() for n in table]
    for name, english in listed:
        script = script_of(name[0])
        if script is None:
            raise ValueError(f"no script for the name {name!r}")
        folded, restore = _folded(name), ""
        if script == "tamil" and folded.endswith("்"):
            folded, restore = folded[:-1], "்"  # the virama goes before a vowel ending
        by_script.setdefault(script, {}).setdefault(folded, (english, restore))
    return by_script


@cache
def _lookup() -> dict[str, tuple[str, str]]:
    """Key of a name as matched (without its suffix) -> (English name, ending to restore)."""
    return {
        k.replace(" ", ""): found
        for entries in _entries().values()
        for k, found in reversed(entries.items())
    }


@cache
def _surface() -> dict[str, frozenset[str]]:
    """Folded character -> the characters a message may have for it."""
    forms: dict[str, set[str]] = {}
    chars = {chr(cp) for ranges in SCRIPTS.values() for a, b in ranges for cp in range(a, b + 1)}
    chars -= {chr(cp) for a, b in SCRIPTS["han"] + SCRIPTS["hangul"] for cp in range(a, b + 1)}
    for char in chars | set(_LIKE) | set(_SEPARATORS):
        folded = _fold_char(char)
        if len(folded) == 1:
            forms.setdefault(folded, set()).add(char)
    return {folded: frozenset(found | {folded}) for folded, found in forms.items()}


# Characters that a message may add after a letter, or leave out, to the same effect.
_MAY_FOLLOW: dict[str, str] = {
    **dict.fromkeys("कखगजडढफयनरळ", "\u093c"),  # nukta
    **dict.fromkeys("ডঢয", "\u09bc"),
    "র": "\u200d",  # ZWJ, as in র‍্য
    **dict.fromkeys(  # Gurmukhi addak, which doubles the next consonant
        [chr(cp) for cp in range(0x0A05, 0x0A4D) if unicodedata.category(chr(cp)) != "Cn"],
        "\u0a71",
    ),
    **dict.fromkeys("ਖਗਜਫਲਸ", "\u0a3c\u0a71"),
}


def _one_of(forms: list[str]) -> str:
    """A regex for any one of the strings. Not a character class: re compiles each class of
    non-Latin-1 characters through a 64K table (a tenth of a second for a script's names), and
    turns an alternation of single characters into one, unless an alternative is not a
    character: hence the never-matching (?!) at the end."""
    if len(forms) == 1:
        return re.escape(forms[0])
    return "(?:" + "|".join(map(re.escape, forms)) + "|(?!))"


def _forms(char: str, script: str) -> list[str]:
    """What a message may have for one folded character of a name (lower case only in a
    script matched without case)."""
    forms = set(_surface().get(char, frozenset({char})))
    if script in _CASED:
        forms = {f.lower() for f in forms}
    if script in _INDIC:  # a vowel written in two parts
        forms |= {d for f in forms if len(d := unicodedata.normalize("NFD", f)) == 2}
        forms = {f for f in forms if len(f) == 1 or f[1] not in _DROPPED}
    return sorted(forms)


def _char_pattern(char: str, script: str) -> str:
    """The regex for one folded character of a name, and what may follow it."""
    if char == " ":
        return _one_of(list(_SEPARATORS)) + "?"
    return _one_of(_forms(char, script)) + "".join(
        f"{re.escape(c)}?" for c in _MAY_FOLLOW.get(char, "")
    )


def _trie_pattern(node: dict[str, Any], script: str) -> str:
    """The regex matching every path of the trie below node (longest first)."""
    branches = [
        _char_pattern(char, script) + _trie_pattern(child, script)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _word_start_pattern(script: str) -> str:
    """A lookbehind: here a word begins, or one of the script's prefixes began it."""
    letter = _letter(script)
    if letter is None:
        return ""
    prefixes = PREFIXES.get(script, ())
    if not prefixes:
        return f"(?<!{letter})"
    # After the last letter of a prefix, or none: _word_start checks the whole prefix.
    lasts = "".join(sorted({re.escape(p[-1]) for p in prefixes}))
    return f"(?:(?<!{letter})|(?<=[{lasts}]))"


@cache
def pattern(script: str) -> re.Pattern[str]:
    """One regex for all names of a script; group 1 is the suffix, when the script has any.

    Greek and Cyrillic names are matched in lower case (find() lowers the text). The regex is
    a trie: one alternative per form of a first character (each begins with a plain
    character, which the regex engine tests at once), then the rest of the names that begin
    with it. A name that must begin a word is looked for only where one begins (one check per
    character of the message); a Chinese one anywhere, where the engine skips straight to a
    character that can begin a name.
    """
    trie: dict[str, Any] = {}
    for folded in _entries().get(script, {}):
        node = trie
        for char in folded:
            node = node.setdefault(char, {})
        node[""] = True
    alternatives = []
    for first, child in sorted(trie.items()):
        rest = "".join(f"{re.escape(c)}?" for c in _MAY_FOLLOW.get(first, ""))
        rest += _trie_pattern(child, script)
        forms = [f for f in _forms(first, script) if len(f) == 1 and f not in _NOT_INITIAL]
        alternatives += [re.escape(form) + rest for form in forms]
    regex = _word_start_pattern(script) + "(?:" + "|".join(alternatives) + ")"
    suffixes = sorted({_folded(s) for s in SUFFIXES.get(script, ())} - {""}, key=len)
    if suffixes:
        options = ["".join(_char_pattern(c, script) for c in s) for s in reversed(suffixes)]
        regex += "(" + "|".join(options) + ")?"
    letter = _letter(script)
    if letter is not None:
        regex += f"(?!{letter})"
    return re.compile(regex)


@cache
def _starts() -> dict[str, str]:
    """Each character a name (or a prefix before it) can begin with, in any form -> its script."""
    starts: dict[str, str] = {}
    for script, entries in _entries().items():
        for folded in entries:
            for form in _surface().get(folded[0], frozenset({folded[0]})) - _NOT_INITIAL:
                starts[form] = script
                starts[form.upper()] = script
        for prefix in PREFIXES.get(script, ()):
            starts[prefix[0]] = script
    return {char: script for char, script in starts.items() if len(char) == 1}


@cache
def _gate(done: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """Any character a name can begin with, but in the scripts already searched."""
    chars = sorted(c for c, script in _starts().items() if script not in done)
    return re.compile("[" + "".join(map(re.escape, chars)) + "]" if chars else "(?!)")


def find(text: str) -> list[ForeignName]:
    """The place names in other scripts in a message, in order; [] for ASCII or Latin text."""
    if text.isascii():
        return []
    found = _gate().search(text)
    if found is None:
        return []
    script_of_start = _starts()
    names: list[ForeignName] = []
    done: set[str] = set()
    while found is not None:
        script = script_of_start[found.group()]
        names.extend(_find_in(text, script, found.start()))
        done.add(script)
        found = _gate(frozenset(done)).search(text, found.end())
    if len(done) > 1:
        names.sort(key=lambda n: n.start)
    return names


@cache
def _prefixes(script: str) -> tuple[str, ...]:
    return tuple(sorted(PREFIXES.get(script, ()), key=len, reverse=True))


@cache
def _is_letter(script: str) -> Any:
    return re.compile(_letter(script) or "(?!)").match


def _word_start(text: str, start: int, script: str) -> int | None:
    """Where the word of a name found at start begins: start, or before one of the script's
    prefixes; None when the name is inside a longer word."""
    is_letter = _is_letter(script)
    if start == 0 or not is_letter(text, start - 1):
        return start
    for prefix in _prefixes(script):
        begin = start - len(prefix)
        if (
            begin >= 0
            and text.startswith(prefix, begin)
            and (begin == 0 or not is_letter(text, begin - 1))
        ):
            return begin
    return None


def _find_in(text: str, script: str, start: int) -> Iterator[ForeignName]:
    lookup = _lookup()
    search = pattern(script).search
    prefixed = script in PREFIXES
    subject = text
    if script in _CASED:
        lowered = text.lower()
        if len(lowered) == len(text):  # else (a rare letter that lowers to two) as written
            subject = lowered
    while (match := search(subject, start)) is not None:
        begin = _word_start(text, match.start(), script) if prefixed else match.start()
        if begin is None:  # inside a word: look again from the next character
            start = match.start() + 1
            continue
        stem = text[match.start() : match.start(1) if match.lastindex else match.end()]
        entry = lookup.get(key(stem))
        if entry is None:  # cannot happen while the regex and the keys fold alike
            start = match.start() + 1
            continue
        english, restore = entry
        yield ForeignName(begin, match.end(), stem + restore, english)
        start = match.end()
