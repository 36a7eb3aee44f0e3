"""The cue matcher finds what the plain rules find, and cue words work in other languages."""

from __future__ import annotations

import json

import pytest

from nlp import tag, tag_many
from nlp.corpus_check import CORPUS_DIR
from nlp.cue_words_i18n import WORDS
from nlp.cues import _ALWAYS, _BY_ANCHOR, _matching_rules, fuse, score_text
from nlp.tagger import get_pipeline
from nlp.taxonomy import KINDS, SUBTOPIC_TOPIC

ALL_RULES = {rule for rules in _BY_ANCHOR.values() for rule in rules} | set(_ALWAYS)

TRICKY = [
    "",
    "?",
    "co-op housing co-ops coop rent_x renté café Café repairs cafe",
    "ÉCOLE tenant_x tenants' £500 grants of up to £2,000, £1k-£5k",
    "İstanbul'da kira yardım ٣pm 3pm 10:30am 5 %",
    "Ｔｅｎａｎｔ ﬁle landlords",
    "done!! Check the lease. Ask first: tip: pro tip: make sure",
    "We're looking for a co-operative; I'm a designer based in Leyton; can anyone help?",
    "Join us on Saturday 12th March from 2 to 5pm, all welcome. RSVP on Eventbrite",
    "the organisers organise; organizing! organization",
]


def _texts() -> list[str]:
    lines = (CORPUS_DIR / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines] + TRICKY


def test_matcher_finds_exactly_what_searching_every_rule_finds() -> None:
    for text in _texts():
        expected = {rule for rule in ALL_RULES if rule.regex.search(text)}
        assert _matching_rules(text) == expected, text


def test_batch_fusion_equals_fusing_one_message() -> None:
    nlp = get_pipeline()
    cues = nlp.get_pipe("civic_cues")
    texts = _texts()
    with nlp.select_pipes(disable=["civic_cues"]):
        docs = list(nlp.pipe(texts))
    model = [dict(doc.cats) for doc in docs]
    for doc in nlp.get_pipe("civic_cues").pipe(docs, batch_size=7):  # type: ignore[attr-defined]
        assert doc is not None
    for doc, cats in zip(docs, model, strict=True):
        if not len(doc):
            continue
        english = doc._.civic_language.label == "en"
        expected = fuse(cats, doc._.civic_cues, cues.fusion, english)  # type: ignore[attr-defined]
        assert doc.cats.keys() == expected.keys()
        assert all(abs(doc.cats[k] - v) < 1e-9 for k, v in expected.items())


def test_every_table_uses_known_labels() -> None:
    labels = {f"kind:{k}" for k in KINDS} | {f"sub:{s}" for s in SUBTOPIC_TOPIC}
    for table in WORDS.values():
        assert set(table) <= labels
        assert all(words for words in table.values())


def test_foreign_cue_words_only_count_outside_english() -> None:
    assert score_text("We need help", "en") == score_text("We need help")
    assert "sub:legal_advice" not in score_text("avukat", "en")
    assert "sub:legal_advice" in score_text("avukat", "tr")


@pytest.mark.parametrize(
    ("text", "kind", "topic"),
    [
        ("Szukamy wolontariuszy do pomocy w ogrodzie społecznym w Acton", "need", "participation"),
        ("Avukatımız yok, kira sorunumuz için ücretsiz hukuki yardım arıyoruz", "need", "legal"),
        (
            "Oferecemos aulas gratuitas de informática para os idosos da nossa comunidade",
            "offer",
            "digital",
        ),
        ("Taller gratuito sobre reciclaje y compostaje, sábado a las 11", "event", "environment"),
        ("Waxaan raadineynaa turjubaan Soomaali ah", "need", "communication"),
        ("Căutăm un avocat pentru probleme cu proprietarul", "need", "legal"),
        ("Nous cherchons des bénévoles pour la fête du quartier", "need", "participation"),
        ("Ieškome savanorių bendruomenės šventei", "need", "participation"),
        ("我们需要会说中文的律师帮忙看租房合同", "need", "legal"),
        ("Нужен юрист по вопросам аренды жилья", "need", "legal"),
        ("نحتاج إلى متطوعين لترجمة منشورات المجلس", "need", "communication"),
    ],
)
def test_kind_and_topic_in_other_languages(text: str, kind: str, topic: str) -> None:
    tags = tag(text)
    assert tags.language.label != "en"
    assert tags.kind.label == kind
    assert topic in tags.topic_ids


def test_tag_many_equals_tag_in_other_languages() -> None:
    texts = [t for t in _texts() if not t.isascii()]
    assert tag_many(texts, batch_size=5) == [tag(t) for t in texts]


@pytest.mark.parametrize(
    ("question", "statement", "language"),
    [
        ("Υπάρχει χώρος για 30 άτομα;", "Υπάρχει χώρος για 30 άτομα.", "el"),
        ("Υπάρχει χώρος για 30 άτομα\u037e", "Υπάρχει χώρος για 30 άτομα.", "el"),
        ("¿Hay sitio para 30 personas", "Hay sitio para 30 personas.", "es"),
    ],
)
def test_question_marks_of_other_languages_count_as_asking(
    question: str, statement: str, language: str
) -> None:
    asked = score_text(question, language).get("kind:question", 0.0)
    told = score_text(statement, language).get("kind:question", 0.0)
    assert asked > told


def test_a_semicolon_between_clauses_is_no_greek_question_in_english() -> None:
    text = "We meet on Monday; bring your lunch"
    assert score_text(text, "en").get("kind:question", 0.0) == 0.0
