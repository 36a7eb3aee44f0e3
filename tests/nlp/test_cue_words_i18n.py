"""The cue word tables of other languages (nlp/cue_words_i18n.py): well formed, complete, and
they find kinds and topics in messages of their languages without catching unrelated words."""

from __future__ import annotations

import re
import unicodedata

import pytest

from nlp.cue_words_i18n import ALSO, SUBSTRING_LANGUAGES, WORDS
from nlp.cues import _fold, score_text
from nlp.taxonomy import KINDS, SUBTOPIC_TOPIC

LABELS = [f"kind:{k}" for k in KINDS] + [f"sub:{s}" for s in SUBTOPIC_TOPIC]

# The languages London's groups write in besides English (nlp/corpus/GUIDELINES.md).
LANGUAGES = (
    "pl", "tr", "pt", "es", "so", "ro", "fr", "it", "lt", "sq", "bg", "vi",
    "bn", "ar", "ur", "fa", "zh", "ta", "gu", "pa", "hi", "am", "ti", "ru", "uk", "el",
)  # fmt: skip


def _words(lang: str) -> list[tuple[str, str]]:
    """(label, word without its weight mark) of every entry of a table."""
    return [(label, w.lstrip("~+")) for label, words in WORDS[lang].items() for w in words]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_words_for_every_kind_and_subtopic(lang: str) -> None:
    tables = [WORDS[lang], *(WORDS[other] for other in ALSO.get(lang, ()))]
    missing = [label for label in LABELS if not any(t.get(label) for t in tables)]
    assert not missing


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_words_are_written_as_they_are_matched(lang: str) -> None:
    seen: set[tuple[str, str]] = set()
    for label, word in _words(lang):
        assert word and word == word.lstrip() and "  " not in word, (label, word)
        assert unicodedata.normalize("NFC", word) == word, (label, word)
        if lang in SUBSTRING_LANGUAGES:
            # matched anywhere in the text: Latin letters would be found inside English words
            assert not re.search("[a-zA-Z]", word), (label, word)
            assert len(word.strip()) >= 2, (label, word)
            key = word.lower()
        else:
            # matched after lower-casing and removing accents (which the table may keep)
            assert word.lower() == word, (label, word)
            # a stem of three letters at least; a shorter word only whole ("mi ", "як ")
            assert len(word.strip()) >= (2 if word.endswith(" ") else 3), (label, word)
            key = _fold(word)
        assert (label, key) not in seen, (label, word)
        seen.add((label, key))


def test_neighbour_tables_exist_and_are_mutual() -> None:
    for lang, others in ALSO.items():
        assert lang in WORDS
        for other in others:
            assert other in WORDS and lang in ALSO[other], (lang, other)
            # neighbours share a way of matching (both anywhere, or both at word starts)
            assert (lang in SUBSTRING_LANGUAGES) == (other in SUBSTRING_LANGUAGES)


def test_scripts_without_spaces_or_with_prefixes_are_matched_anywhere() -> None:
    for lang in ("ar", "ur", "fa", "bn", "ta", "gu", "pa", "hi", "am", "ti", "zh"):
        assert lang in SUBSTRING_LANGUAGES
    for lang in ("pl", "tr", "vi", "el", "bg", "ru", "uk", "so", "sq", "lt"):
        assert lang not in SUBSTRING_LANGUAGES


def _kind(scores: dict[str, float]) -> str | None:
    kinds = {label[5:]: v for label, v in scores.items() if label.startswith("kind:")}
    return max(kinds, key=kinds.__getitem__) if kinds else None


@pytest.mark.parametrize(
    ("text", "lang", "kind", "topics"),
    [
        ("Szukamy wolontariuszy do sprzątania parku w sobotę", "pl", "need", ["participation"]),
        ("Kiracılar derneği kurmak için avukat arıyoruz", "tr", "need", ["legal"]),
        ("Oferecemos aulas gratuitas de informática para idosos", "pt", "offer", ["digital"]),
        ("Convocatoria de subvenciones para huertos comunitarios", "es", "funding", ["funding"]),
        ("Waxaan u baahanahay qareen ku caawiya kirada guriga", "so", "need", ["legal"]),
        ("Căutăm voluntari pentru festivalul din cartier", "ro", "need", ["participation"]),
        ("Atelier gratuit sur le recyclage et le compost samedi", "fr", "event", ["environment"]),
        ("Cerchiamo un traduttore per i volantini", "it", "need", ["communication"]),
        ("Ieškome savanorių bendruomenės šventei", "lt", "need", ["participation"]),
        ("Kërkojmë avokat për problemin me qiranë", "sq", "need", ["legal"]),
        ("Имаме нужда от адвокат заради наема и влагата в апартамента", "bg", "need", ["legal"]),
        ("Търсим доброволци за почистване на парка", "bg", "need", ["participation"]),
        ("Грантове до £5000 за читалища, краен срок 30 май", "bg", "funding", ["funding"]),
        ("Chúng tôi cần tình nguyện viên cho lễ hội Trung thu", "vi", "need", ["participation"]),
        ("Có ai biết cách xin tài trợ cho hội cư dân không?", "vi", "question", ["funding"]),
        ("Lớp học máy tính miễn phí cho người cao tuổi vào thứ Bảy", "vi", "event", ["digital"]),
        ("Ψάχνουμε δικηγόρο για την έξωση από το διαμέρισμα", "el", "need", ["legal", "housing"]),
        ("Εργαστήριο ανακύκλωσης και κομποστοποίησης το Σάββατο", "el", "event", ["environment"]),
        ("হাউজিং নিয়ে পরামর্শ: বাড়িওয়ালা ভাড়া বাড়ালে উকিলের সাথে কথা বলুন", "bn", "knowhow", ["legal"]),
        ("نبحث عن محامٍ لمساعدة المستأجرين في قضية الإخلاء", "ar", "need", ["legal", "housing"]),
        ("ہمیں کرایہ داروں کے حقوق کے لیے وکیل کی ضرورت ہے", "ur", "need", ["legal"]),
        ("برای جشن نوروز به داوطلب نیاز داریم", "fa", "need", ["participation"]),
        ("我們需要義工幫忙打理社區花園", "zh", "need", ["participation", "environment"]),
        ("கோயில் திருவிழாவுக்கு தன்னார்வலர்கள் தேவை", "ta", "need", ["participation"]),
        ("નવરાત્રી ગરબા માટે સ્વયંસેવકોની જરૂર છે", "gu", "need", ["participation"]),
        ("ਵਿਸਾਖੀ ਮੇਲੇ ਲਈ ਵਲੰਟੀਅਰਾਂ ਦੀ ਲੋੜ ਹੈ", "pa", "need", ["participation"]),
        ("हमें पार्क की सफ़ाई के लिए स्वयंसेवक चाहिए", "hi", "need", ["participation"]),
        ("किराया बढ़ने पर मकान मालिक से कैसे बात करें?", "hi", "question", ["housing"]),
        ("የቤት ኪራይ ጉዳይ ላይ የሚረዳ ጠበቃ እንፈልጋለን", "am", "need", ["legal", "housing"]),
        ("ጠበቓ ንደሊ ኣለና፡ ዋና ገዛ ክራይ ወሲኹልና", "ti", "need", ["legal", "housing"]),
        ("ናይ ኮምፒተር ትምህርቲ ንዓበይቲ፡ ኩሉ ቀዳም ሰዓት 10", "ti", "event", ["digital"]),
        ("Ищем волонтёров для уборки мусора в парке", "ru", "need", ["participation"]),
        ("Шукаємо перекладача для листівок громади", "uk", "need", ["communication"]),
    ],
)
def test_cue_words_find_kind_and_topics(
    text: str, lang: str, kind: str, topics: list[str]
) -> None:
    scores = score_text(text, lang)
    assert _kind(scores) == kind, scores
    for topic in topics:
        assert scores.get(f"topic:{topic}", 0.0) >= 0.5, (topic, scores)


@pytest.mark.parametrize(
    ("text", "lang", "detected"),
    [
        ("Търсим доброволци за почистване на парка", "bg", "ru"),  # Cyrillic, called Russian
        ("ጠበቓ ንደሊ ኣለና፡ ዋና ገዛ ክራይ ወሲኹልና", "ti", "am"),  # Ethiopic, called Amharic
    ],
)
def test_a_close_neighbour_guess_keeps_the_cues(text: str, lang: str, detected: str) -> None:
    own = score_text(text, lang)
    guessed = score_text(text, detected)
    assert _kind(guessed) == _kind(own)
    own_topics = {k for k, v in own.items() if k.startswith("topic:") and v >= 0.5}
    assert own_topics <= {k for k, v in guessed.items() if k.startswith("topic:") and v >= 0.5}


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("Parking przy stacji jest płatny", "pl", "sub:green_space"),
        ("To świetny pomysł, dziękuję", "pl", "sub:festivals"),
        ("Drodzy pracownicy, dziękujemy", "pl", "sub:workspace"),
        ("Bu konuda başına ne geldi?", "tr", "sub:press"),
        ("Doğal ürünler satıyoruz", "tr", "sub:green_space"),
        ("Reunião na segunda-feira às 19h", "pt", "sub:markets"),
        ("Un medico ortopedico di quartiere", "it", "sub:food_growing"),
        ("Tai teisingai padaryta", "lt", "sub:legal_advice"),
        ("Jūsų nuomonė mums svarbi", "lt", "sub:tenants_rights"),
        ("Τα παιδιά μπαίνουν δωρεάν", "el", "sub:crowdfunding"),
        ("Họp vào chủ nhật này lúc 10 giờ", "vi", "sub:tenants_rights"),
        ("Bán đồ cũ giá rẻ", "vi", "sub:community_mapping"),
        ("Новый маршрут автобуса", "ru", "sub:organising"),
        ("Мы живём в большом городе", "uk", "sub:food_growing"),
        ("الخدمات الاجتماعية في المنطقة", "ar", "kind:event"),
        ("أهل الحي سهل التواصل معهم", "ar", "kind:question"),
        ("اهداف ما روشن است", "fa", "sub:crowdfunding"),
        ("তথ্য প্রদান করা হবে", "bn", "sub:crowdfunding"),
        ("கடைசி தேதி நாளை", "ta", "sub:high_streets"),
        ("प्रदान किया जाएगा", "hi", "sub:crowdfunding"),
    ],
)
def test_cue_words_do_not_catch_unrelated_words(text: str, lang: str, label: str) -> None:
    assert score_text(text, lang).get(label, 0.0) < 0.5
