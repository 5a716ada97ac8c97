"""The Spanish fast paths of esspeed39 give the plain paths' answers.

Sentences written for these tests. The UniversalPetrarch pattern search skips a pattern
with a word absent from the window before walking it; the capitals test counts letters in
C loops; the re-casing reads sentence offsets from the arrays and slices their text. Each
is compared with the plain code it replaces (kept here), and the comparisons check that
the cases they cover occur (matches found, sentences re-cased), so a broken fast path
fails rather than agreeing on nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import one, stage
from watchfloor.extract.doccache import sentence_bounds
from watchfloor.extract.spanish import casing, events
from watchfloor.extract.spanish.casing import MIN_LETTERS, UPPER_SHARE, recase, shouting
from watchfloor.extract.spanish.gazetteer import spanish_gazetteer
from watchfloor.extract.spanish.lexicon import spanish_lexicon

FILLER = {"el", "la", "de"}  # a word of the window that no pattern step needs here


def pattern_plain(by_first: dict, after: list[set[str]], window: int = 10) -> str | None:
    """The search before esspeed39: every pattern of a present first word walked."""
    present = set().union(*after) if after else set()
    best = None
    for first in present.intersection(by_first):
        for words, code, n in by_first[first]:
            if best is not None and (-len(words), n) >= best[:2]:
                break
            pos = 0
            for word in words:
                while pos < len(after) and word not in after[pos]:
                    pos += 1
                if pos >= len(after) or pos >= window + len(words):
                    break
                pos += 1
            else:
                best = (-len(words), n, code)
                break
    return None if best is None else best[2]


def windows(words: tuple[str, ...]) -> list[list[set[str]]]:
    """Windows after a verb for one pattern: its words in order with a filler between,
    the last word missing, the words reversed, and the words pushed past the window."""
    spaced = [w for word in words for w in ({word}, set(FILLER))]
    return [
        [{w} for w in words],
        spaced,
        spaced[:-2],
        [{w} for w in reversed(words)],
        [set(FILLER)] * 12 + [{w} for w in words],
        [],
    ]


def test_pattern_search_agrees_with_the_plain_walk():
    lex = spanish_lexicon()
    lemmas = sorted(lex.patterns)[:300]
    assert lemmas, "the lexicon has UniversalPetrarch patterns"
    found = 0
    for lemma in lemmas:
        by_first = lex.patterns[lemma]
        for rows in by_first.values():
            for words, _, _ in rows[:3]:
                for after in windows(words):
                    fast = lex.pattern(lemma, after)
                    assert fast == pattern_plain(by_first, after), (lemma, words, after)
                    found += fast is not None
    assert found > 100  # the windows do match patterns: not an agreement on "none"


def test_pattern_with_its_words_in_the_window_is_found():
    lex = spanish_lexicon()
    lemma = sorted(lex.patterns)[0]
    words, code, _ = next(iter(lex.patterns[lemma].values()))[0]
    after = [w for word in words for w in ({word}, set(FILLER))]
    assert lex.pattern(lemma, after) is not None
    # guard: without its first word no pattern of that first word can match
    rest = [s for s in after if words[0] not in s]
    assert lex.pattern(lemma, rest) == pattern_plain(lex.patterns[lemma], rest)


def shouting_plain(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_LETTERS and sum(c.isupper() for c in letters) >= UPPER_SHARE * len(
        letters
    )


@pytest.mark.parametrize(
    "text",
    [
        "LOS CAMPESINOS BLOQUEAN LA CARRETERA AL PUERTO",
        "PROTESTA EN LA CAPITAL POR EL ALZA DEL PASAJE: 40 DETENIDOS",
        "ÑANDÚES Y CIGÜEÑAS EN EL PARQUE NACIONAL",
        "El ministro de Defensa VISITÓ LA BASE AÉREA DEL NORTE",
        "La OEA y la ONU piden calma en la frontera norte.",
        "ELN ATACA",
        "GOBIERNO Y SINDICATOS FIRMAN un acuerdo",
        "123 456 — ¡¿!?",
        "",
    ],
)
def test_shouting_is_the_plain_letter_count(text):
    assert shouting(text) == shouting_plain(text)


def test_shouting_counts_accented_capitals():
    assert shouting("CAMIONEROS SE MOVILIZARÁN MAÑANA HACIA LA CAPITAL")
    assert not shouting("Los camioneros se movilizarán MAÑANA hacia la capital")


def parse(text: str):
    nlp = stage().pipeline("es")
    with nlp.select_pipes(disable=["watchfloor_extract"]):
        return nlp(text)


def loud_plain(doc, text: str) -> list[tuple[int, int]]:
    """The re-cased sentences as read before esspeed39: ``doc.sents`` and ``Span.text``."""
    gaz = spanish_gazetteer()
    out = []
    for sent in doc.sents:
        if shouting(sent.text) and recase(text[sent.start_char : sent.end_char], gaz) != sent.text:
            out.append((sent.start_char, sent.end_char))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "MILITARES TOMAN EL CONTROL DEL AEROPUERTO DE LA CAPITAL.\n"
        "Los soldados llegaron de madrugada. El gobierno no comentó la operación.",
        "El alcalde recibió a los vecinos. VECINOS BLOQUEAN LA AVENIDA PRINCIPAL DEL BARRIO. "
        "LA POLICÍA DESALOJA A LOS MANIFESTANTES DEL CENTRO. Nadie resultó herido.",
        "Los pescadores volvieron al puerto sin incidentes tras la reunión.",
    ],
)
def test_readable_reads_the_sentences_doc_sents_gives(text):
    doc = parse(text)
    casing._last = (None, None)
    parses = casing.readable(doc, spanish_gazetteer(), text)
    assert parses.loud == loud_plain(doc, text)
    for (view, recased), span in zip(parses.views[1:], parses.loud, strict=True):
        assert recased
        assert view.text[span[0] : span[1]] == recase(text[span[0] : span[1]], spanish_gazetteer())
    if text.startswith("Los pescadores"):
        assert parses.loud == []  # guard: a document without capitals is read once
    else:
        assert parses.loud  # the capitals sentences are found


SPAN_TEXTS = [
    "El Ejército de Colombia atacó un campamento del grupo armado en la selva, y la "
    "guerrilla respondió con disparos.",
    "La ministra de Trabajo se reunió con los dirigentes del sindicato de mineros.",
    "CAMPESINOS DE LA REGIÓN BLOQUEAN LA CARRETERA AL PUERTO. La policía los desalojó.",
]


@pytest.mark.parametrize("text", SPAN_TEXTS)
def test_span_sliced_from_the_text_is_the_joined_span(text):
    doc = parse(text)
    for tok in doc:
        assert events._span(tok, doc.text) == events._span(tok), tok.text


def test_event_spans_are_the_plain_spans(monkeypatch):
    docs = [one(t) for t in SPAN_TEXTS]
    fast = [[e.to_dict() for e in d.events] for d in docs]
    assert any(e["source_span"] or e["target_span"] for d in fast for e in d)
    plain_span = events._span
    monkeypatch.setattr(events, "_span", lambda tok, text=None: plain_span(tok))
    assert [[e.to_dict() for e in one(t).events] for t in SPAN_TEXTS] == fast


def test_a_recased_view_keeps_its_own_words_in_the_spans():
    # the headline in capitals is read from its re-cased parse: the argument phrase is
    # that parse's (re-cased) words, as before the text was sliced
    doc = one(SPAN_TEXTS[2])
    head = [e for e in doc.events if e.trigger.start < SPAN_TEXTS[2].index(".")]
    spans = [e.extra["source_span"] for e in head if e.extra.get("source_span")]
    assert spans
    assert all(s["text"] != SPAN_TEXTS[2][s["start"] : s["end"]] for s in spans)


PROTEST_TEXTS = [
    "Los maestros levantaron la huelga y los camioneros mantienen el paro en la frontera.",
    "La marcha de los estudiantes terminó frente al ministerio; nadie habló con la prensa.",
    "El ministro llegó ayer a la capital.",
]


@pytest.mark.parametrize("text", PROTEST_TEXTS)
def test_protest_nouns_from_the_columns_are_the_token_reads(text):
    doc = parse(text)
    extractor = events.SpanishEventExtractor()
    nouns, heads, pos = extractor._protest_nouns(doc)
    assert nouns == [t.i for t in doc if extractor._protest_noun(t)]
    assert heads == [t.head.i for t in doc]
    assert pos == [t.pos for t in doc]
    if "huelga" in text or "marcha" in text:
        assert nouns  # the protest nouns are found
    else:
        assert nouns == []  # guard: no protest noun, none found


def test_sentence_bounds_of_a_one_word_parse():
    doc = parse("Huelga")
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents] == [(0, 6)]
