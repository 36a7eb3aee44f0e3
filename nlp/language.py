"""A cheap language guess: the writing system first, then common words and letters in Latin script.

Good enough to route a message (English or not, and which script); not a language identifier.
"und" means undetermined: no letters, or a script we do not name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain
from operator import itemgetter

from nlp.tags import Scored

# (first, last, label) code point ranges of scripts other than Latin.
_SCRIPTS = (
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x04FF, "ru"),
    (0x0530, 0x058F, "hy"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "ar"),
    (0x0750, 0x077F, "ar"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0A00, 0x0A7F, "pa"),
    (0x0A80, 0x0AFF, "gu"),
    (0x0B80, 0x0BFF, "ta"),
    (0x0C00, 0x0C7F, "te"),
    (0x0D00, 0x0D7F, "ml"),
    (0x0D80, 0x0DFF, "si"),
    (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"),
    (0x1100, 0x11FF, "ko"),
    (0x1200, 0x139F, "am"),
    (0x3040, 0x30FF, "ja"),
    (0x4E00, 0x9FFF, "zh"),
    (0xAC00, 0xD7AF, "ko"),
    (0xFB50, 0xFDFF, "ar"),
    (0xFE70, 0xFEFF, "ar"),
)
_URDU = re.compile("[ٹڈڑںےھ]")
_PERSIAN = re.compile("[پچژگکی]")
_UKRAINIAN = re.compile("[іїєґ]")
_KANA = re.compile("[\u3040-\u30ff]")

# Very common words of languages often written in London, Latin script.
_WORDS = {
    "en": "the and to of a in is for we our you with on are that this it be have need can i "
    "looking help anyone at from will about or an my your us any who what how please "
    "would like there they their has been do does",
    "pl": "i w z na się nie do to że jest jak dla po o co od ale czy mamy nasz naszego nasza "
    "szukamy potrzebujemy pomocy oraz już przy tak są jestem bardzo może lub który",
    "tr": "ve bir bu için ile da de ne çok var yok olarak gibi daha mi mı biz ben yardım "
    "arıyoruz ihtiyacımız bizim olan her ama veya bize lütfen",
    "pt": "de que e o a do da em um para com não uma os no se na por mais as dos como mas ao "
    "das à seu sua ou precisamos estamos nossa nosso ajuda procuramos",
    "es": "de la que el en y a los se del las un por con no una su para es al lo como más "
    "pero sus le ya o necesitamos buscamos ayuda nuestra nuestro estamos",
    "fr": "de la le et les des en un du une que est pour qui dans par pas sur au avec nous "
    "vous ce il sont cherchons besoin notre aide",
    "ro": "și în de la cu pe pentru este să nu care un o din ne noi avem căutăm nevoie "
    "ajutor mai sunt",
    "it": "di e il la che per un una in del della non sono con si è abbiamo cerchiamo aiuto "
    "nostro nostra gli le",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine wir "
    "suchen brauchen hilfe unser unsere auch",
    "lt": "ir yra kad su iš į ne bet mes mūsų ieškome reikia pagalbos kaip tai buvo dėl apie",
    "so": "iyo waa ku ka u oo in la ah waxaan waxay aan ay ee soo kala caawimaad baahan nahay "
    "dadka",
    "sq": "dhe të në një për që nga është janë jemi kemi kërkojmë ndihmë ndihmojmë "
    "shqip shqiptare falas çdo",
    "vi": "và của là có cho các những được không một người trong này với để chúng tôi mình "
    "chào giúp cần",
}
_LETTERS = {
    "pl": "ąćęłńśźż",
    "tr": "ğış",
    "ro": "ășțâ",
    "pt": "ãõ",
    "es": "ñ¿¡",
    "fr": "èêùûœ",
    "sq": "ë",
    "de": "ßäöü",
    "lt": "ėįųūčšž",
    # Vietnamese: horned and breve vowels, đ, and the tone-marked vowels of U+1EA0-1EF9.
    "vi": "ơưđ" + "".join(map(chr, range(0x1EA0, 0x1EFA))),
}
_LETTER_LANGS = {
    c: [lang for lang, letters in _LETTERS.items() if c in letters]
    for c in "".join(_LETTERS.values())
}
_SPECIAL_LETTER = re.compile("[" + "".join(sorted(set("".join(_LETTERS.values())))) + "]")
_WORD_LISTS = {lang: set(words.split()) for lang, words in _WORDS.items()}
# A word common to several languages is weak evidence for each of them.
_WORD_WEIGHT: dict[str, dict[str, float]] = {}
for _lang, _words in _WORD_LISTS.items():
    for _w in _words:
        _WORD_WEIGHT.setdefault(_w, {})[_lang] = 0.0
for _w, _langs in _WORD_WEIGHT.items():
    for _lang in _langs:
        _langs[_lang] = 1.0 / len(_langs)

_TOKEN = re.compile(r"[^\W\d_]+")
_ASCII_TOKEN = re.compile(r"[a-z]+")  # _TOKEN on lower-case ASCII text (what _ASCII_GAPS splits)
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")


def guess_language(text: str) -> Scored:
    """ISO 639-1 code (or 'und') with a confidence from 0 to 1."""
    if text.isascii():
        return _latin(text)
    if _NON_LATIN.search(text) is None:  # accented Latin only: no script to count
        return _latin(text) if any(map(str.isalpha, text)) else Scored("und", 0.0)
    scripts = _script_counts(text)
    latin = scripts.pop("latin", 0)
    letters = latin + scripts.total()
    if letters == 0:
        return Scored("und", 0.0)
    if scripts:
        label, count = scripts.most_common(1)[0]
        if count >= latin:
            return Scored(_refine(label, text), round(0.6 + 0.35 * count / letters, 3))
    return _latin(text)


def _script_counts(text: str) -> Counter[str]:
    """Letters per script ('latin', a script's language label or 'und'), in the order each
    script first occurs in the text.

    Each letter becomes an ASCII character standing for its script and every other character
    is dropped (one str.translate); the scripts are then counted in that short ASCII string, in
    C, rather than character by character in Python.
    """
    codes = text.translate(_SCRIPT_CODES)
    return Counter(
        {_SCRIPT_OF_CODE[c]: codes.count(c) for c in sorted(set(codes), key=codes.index)}
    )


def _script_of(ch: str) -> str:
    """'latin', a script's language label, or 'und'."""
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    for first, last, script in _SCRIPTS:
        if first <= code <= last:
            return script
    return "und"


_SCRIPT_LABELS = ("latin", "und", *dict.fromkeys(script for _, _, script in _SCRIPTS))
_SCRIPT_CODE = {label: chr(ord("A") + i) for i, label in enumerate(_SCRIPT_LABELS)}
_SCRIPT_OF_CODE = {code: label for label, code in _SCRIPT_CODE.items()}


class _ScriptCodes(dict[int, str | None]):
    """A str.translate table: a letter to the character of its script, anything else dropped;
    filled per distinct character as texts bring them."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        found = _SCRIPT_CODE[_script_of(ch)] if ch.isalpha() else None
        if len(self) < 50_000:
            self[code] = found
        return found


_SCRIPT_CODES = _ScriptCodes()


# Bulgarian writes ъ as a vowel, mid-word (Russian only as a hard sign before е, ё, ю, я),
# and has no ы or э.
_BULGARIAN = re.compile(
    r"ъ(?![еёюя])|(?<!\w)(?:които|който|която|това|трябва|искаме|търсим|във)(?!\w)", re.I
)
_RUSSIAN_ONLY = re.compile(r"[ыэё]", re.I)


def _refine(label: str, text: str) -> str:
    if label == "ar":
        return "ur" if _URDU.search(text) else "fa" if _PERSIAN.search(text) else "ar"
    if label == "ru" and _UKRAINIAN.search(text):
        return "uk"
    if label == "ru" and _BULGARIAN.search(text) and not _RUSSIAN_ONLY.search(text):
        return "bg"
    if label == "zh" and _KANA.search(text):
        return "ja"
    return label


# Per word, its (language, weight) pairs in a fixed order; words of no language are left out.
_WORD_PAIRS: dict[str, tuple[tuple[str, float], ...]] = {
    word: tuple(langs.items()) for word, langs in _WORD_WEIGHT.items()
}


# Every byte but a-z, as a space: the words of ASCII text split apart by str.split, the same
# words as _ASCII_TOKEN finds, without a regex (bytes.translate: a third of str.translate's time).
_ASCII_GAPS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_SCORED: dict[tuple[str, float], Scored] = {}


def _scored(label: str, confidence: float) -> Scored:
    """Scored(label, confidence), shared (it is immutable, and a lookup is cheaper)."""
    key = (label, confidence)
    found = _SCORED.get(key)
    if found is None:
        found = Scored(label, confidence)
        if len(_SCORED) < 10_000:
            _SCORED[key] = found
    return found


def _letter_hits(letters: list[str]) -> list[tuple[str, int]]:
    """(language, how many of its special letters were found), in _LETTERS' order, for the
    languages with any."""
    if not letters:
        return []
    hits: dict[str, int] = {}
    for letter, count in Counter(letters).items():
        for lang in _LETTER_LANGS[letter]:
            hits[lang] = hits.get(lang, 0) + count
    return [(lang, hits[lang]) for lang in _LETTERS if lang in hits]


def _latin(text: str) -> Scored:
    lowered = text.lower()
    if lowered.isascii():
        tokens = lowered.encode().translate(_ASCII_GAPS).decode().split()
    else:
        tokens = _TOKEN.findall(lowered)
    if not tokens:
        return Scored("und", 0.0)
    scores: defaultdict[str, float] = defaultdict(float)  # 0.0 + weight: the weight exactly
    get = scores.get
    for lang, weight in chain.from_iterable(filter(None, map(_WORD_PAIRS.get, tokens))):
        scores[lang] += weight
    if not lowered.isascii():
        for lang, hits in _letter_hits(_SPECIAL_LETTER.findall(lowered)):
            scores[lang] = get(lang, 0.0) + 1.0 + 0.5 * min(hits, 6)
    # Best first, ties in the order found (sorting is stable in reverse too).
    ranked = sorted(scores.items(), key=itemgetter(1), reverse=True)[:2]
    if not ranked or ranked[0][0] == "en" or ranked[0][1] < 1.0:
        # Latin script with no sign of another language: in London, most likely English.
        english = get("en", 0.0)
        evidence = english / max(len(tokens), 1)
        rival = ranked[1][1] if len(ranked) > 1 else 0.0
        margin = english - rival
        return _scored("en", round(min(0.98, 0.6 + evidence + 0.05 * margin), 3))
    best, best_score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    confidence = 0.5 + 0.45 * (best_score - second) / best_score
    return _scored(best, round(min(0.95, confidence), 3))
