"""speed30's cheaper paths give the plain paths' answers (sentences written for these tests).

* :class:`~watchfloor.extract.actors.codes._Unconfirmed` (read name by name when asked)
  answers ``name in unconfirmed_names(text)`` for every ambiguous name and others;
* the shared country names are scanned only for a document with a code they can change,
  and still change it;
* :func:`~watchfloor.extract.doccache.pos_tokens` (positions listed once per document,
  ranges by bisect) returns the tokens the plain filter returns, for any range;
* the company-mark presence checks (after a white space) never miss a mark a name's
  patterns take;
* the context word counts in one pass equal one count per list; the cached sublinear term
  frequency is NumPy's own value.
"""

from __future__ import annotations

import numpy as np
import pytest

from watchfloor.extract.actors import codes as codes_mod
from watchfloor.extract.actors import former_states
from watchfloor.extract.actors.codes import _AMBIGUOUS, _Unconfirmed, unconfirmed_names
from watchfloor.extract.doccache import pos_tokens
from watchfloor.extract.events import commercial
from watchfloor.extract.events.context import _id_set, _word_counts, default_lists
from watchfloor.extract.events.eventfilter import _sublinear
from watchfloor.model import Entity

TEXTS = [
    "Jordan scored twice for Chicago on Sunday night.",
    "Jordanian troops crossed the river near Amman on Friday.",
    "The Georgia Public Service Commission met in Atlanta.",
    "Officials in Tbilisi said Georgian border guards detained two men.",
    "",
    "Police arrested three men in Lima, the ministry said.",
]


# -- ambiguous country names, read when asked ---------------------------------------------
@pytest.mark.parametrize("text", TEXTS)
def test_unconfirmed_reads_each_name_as_the_whole_set(text):
    plain = unconfirmed_names(text)
    lazy = _Unconfirmed(text)
    for name in [*_AMBIGUOUS, "peru", "jordan river", "", "georgia"]:
        assert (name in lazy) == (name in plain), name
        assert (name in lazy) == (name in plain), name  # the kept answer, asked again
    assert 42 not in lazy


def test_country_word_under_a_document_still_reads_confirmations():
    from watchfloor.extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    with codes_mod.document_text(TEXTS[0]):
        assert codes_mod.country_word(gaz, "Jordan") is None
    with codes_mod.document_text(TEXTS[1]):
        assert codes_mod.country_word(gaz, "Jordan") == "JOR"
    with codes_mod.document_text(TEXTS[5]):
        assert codes_mod.country_word(gaz, "Peru") == "PER"  # no ambiguous name: untouched


# -- shared country names: scanned only when a code can change ------------------------------
def _count_scans(monkeypatch) -> list[str]:
    calls: list[str] = []
    plain = former_states.shared_name_states

    def counted(text, period):
        calls.append(text)
        return plain(text, period)

    monkeypatch.setattr(former_states, "shared_name_states", counted)
    return calls


def test_shared_names_scanned_and_applied_for_a_congolese_code(monkeypatch):
    from tests.extract.actors.test_codes import _extract

    calls = _count_scans(monkeypatch)
    doc = _extract(
        "BRAZZAVILLE - The Congolese government said on Tuesday it would raise oil output.",
        published="2015-03-03",
    )
    assert calls
    assert "COGGOV" in {e.actor_code for e in doc.entities}


def test_guard_no_shared_name_scan_without_such_a_code(monkeypatch):
    from tests.extract.actors.test_codes import _extract

    calls = _count_scans(monkeypatch)
    doc = _extract("Peruvian police arrested two men in Lima on Monday.", published="2015-03-03")
    assert not calls
    assert any((e.actor_code or "").startswith("PER") for e in doc.entities)


# -- tokens by part of speech -------------------------------------------------------------
POS_TEXTS = [
    "The army shelled the northern town on Tuesday. Rebels fled.",
    "Police in Lima arrested three men, the ministry said on Monday.",
    "Hi",
]
TAG_SETS = [
    frozenset({"VERB"}),
    frozenset({"NOUN", "PROPN"}),
    frozenset({"VERB", "NOUN", "ADJ"}),
    frozenset({"X"}),
]


@pytest.mark.parametrize("text", POS_TEXTS)
def test_pos_tokens_equal_the_plain_filter(nlp, text):
    doc = nlp(text)
    n = len(doc)
    ranges = [(0, None), (0, n), (1, n - 1), (2, 2), (n, None), (-3, None), (3, 1), (0, n + 5)]
    ranges += [(s.start, s.end) for s in doc.sents]
    for tags in TAG_SETS:
        for start, end in ranges:
            want = [t.i for t in doc[start:end] if t.pos_ in tags]
            got = [t.i for t in pos_tokens(doc, tags, start, end)]
            assert got == want, (tags, start, end)


def test_pos_tokens_read_a_new_document(nlp):
    a, b = nlp(POS_TEXTS[0]), nlp(POS_TEXTS[1])
    verbs = frozenset({"VERB"})
    assert [t.text for t in pos_tokens(a, verbs)] == [t.text for t in a if t.pos_ == "VERB"]
    assert [t.text for t in pos_tokens(b, verbs)] == [t.text for t in b if t.pos_ == "VERB"]
    assert all(t.doc is b for t in pos_tokens(b, verbs))


# -- company marks: the presence checks never miss a mark a name's pattern takes ----------
MARK_TEXTS = [
    "Acme Oil Corp said on Monday its net income rose. Acme was sold.",
    "Police said Acme's shares fell after the raid on the port.",
    "ACME HOLDINGS INC and the union met in Lima; Acme denied it.",
    "Livestock prices rose; Acme made no comment.",  # "stock" inside a word: no mark
    "(Acme Corp) said it would appeal.",
    "Police arrested two men near Acme after a raid.",
]


@pytest.mark.parametrize("text", MARK_TEXTS)
def test_marked_names_equal_the_ungated_reading(monkeypatch, text):
    ents = [
        Entity(id="a", name="Acme", type="organization"),
        Entity(id="b", name="Acme Oil", type="organization"),
    ]
    lists = commercial.default_lists()
    gated = commercial.CommercialActors(ents, lists, text=text).marked
    anything = (commercial.re.compile(""),) * 3
    monkeypatch.setattr(commercial, "_mark_presence", lambda _lists: anything)
    plain = commercial.CommercialActors(ents, lists, text=text).marked
    assert gated == plain


def test_company_marks_still_found_and_missed():
    lists = commercial.default_lists()
    ents = [Entity(id="a", name="Acme", type="organization")]
    assert commercial.CommercialActors(ents, lists, text=MARK_TEXTS[1]).marked == {"acme"}
    assert commercial.CommercialActors(ents, lists, text=MARK_TEXTS[5]).marked == set()


# -- context word counts, sublinear tf ----------------------------------------------------
def test_word_counts_in_one_pass_equal_one_count_per_list():
    lists = default_lists()
    words = (lists.business, lists.speculation, lists.policy, lists.career, lists.statistic)
    pool = sorted(set().union(*(_id_set(w) for w in words)))[:60] + [1, 2, 3, 987654321]
    rng = np.random.default_rng(30)
    for _ in range(20):
        ids = [int(pool[k]) for k in rng.integers(0, len(pool), size=40)]
        want = [sum(1 for i in ids if i in _id_set(w)) for w in words]
        assert _word_counts(ids, words) == want
    assert _word_counts([], words) == [0] * 5


def test_sublinear_is_numpys_value():
    for n in [1, 2, 3, 7, 40, 1000]:
        for _ in range(2):  # computed, then kept
            got = _sublinear(n)
            assert got == 1.0 + np.log(n) and type(got) is type(1.0 + np.log(n))


# -- money-market terms, read once per sentence -------------------------------------------
def test_money_market_sentence_equals_the_plain_reading(nlp):
    from watchfloor.extract.events.nonacts import NonActs

    acts = NonActs()
    doc = nlp(
        "The Bank of England intervened in the money market on Monday. "
        "Police arrested two men. The central bank  cut its DISCOUNT RATE."
    )
    for _ in range(2):  # computed, then kept
        for sent in doc.sents:
            plain = " ".join(sent.text.lower().split())
            want = any(term in plain for term in acts.lists.money_market)
            assert acts._money_market_sentence(sent) == want  # noqa: SLF001
    assert [acts._money_market_sentence(s) for s in doc.sents] == [True, False, True]  # noqa: SLF001
    other = nlp("Police arrested two men in the money market district.")
    assert [acts._money_market_sentence(s) for s in other.sents] == [True]  # noqa: SLF001


# -- the event filter's n-grams: only those that may be in the vocabulary ------------------
def test_event_filter_scores_equal_sklearns_analyser():
    from watchfloor.extract.events.eventfilter import shipped_model

    model = shipped_model()
    texts = [
        "Police TRIG_arrested two men near the border on Monday .",
        "The army TRIG_shelled the town , officials said ; the army the army",
        "TRIG_talks between the government and rebels resumed in Havana",
        "",
        "words the model never saw : zyxt qwv TRIG_zyxt",
    ]
    feats = [{"code=173": 1.0}, {"code=190": 1.0, "root=19": 1.0}, {}, {}, {"nominal": 1.0}]
    fast = model.score(texts, feats)
    analyse, grams, names = model._weights()  # noqa: SLF001
    try:
        model._fast = (model.text.build_analyzer(), grams, names)  # noqa: SLF001
        plain = model.score(texts, feats)
    finally:
        model._fast = (analyse, grams, names)  # noqa: SLF001
    assert fast.tobytes() == plain.tobytes()
    assert len(set(fast.round(6).tolist())) > 1  # the texts do move the score


# -- hedge cues: only the words a cue starts with are read ---------------------------------
HEDGE_TEXTS = [
    "Police said the gang may have been behind the attack, according to local media.",
    "The alleged leader, who was reportedly arrested in May, is suspected of extortion.",
    "Officials could not confirm the reported deaths. Rebels would probably deny it.",
    "Nothing here hedges anything.",
]


@pytest.mark.parametrize("text", HEDGE_TEXTS)
def test_hedges_equal_a_walk_over_every_word(nlp, monkeypatch, text):
    from watchfloor.extract.claims.attribution import ClaimExtractor

    finder = ClaimExtractor().hedges
    doc = nlp(text)
    bounds = [(0, len(text)), *((s.start_char, s.end_char) for s in doc.sents), (5, 40)]
    fast = [[h.to_dict() for h in finder.find(doc, a, b, text)] for a, b in bounds]
    monkeypatch.setattr(finder, "_cue_starts", lambda d: list(range(len(d))))
    plain = [[h.to_dict() for h in finder.find(doc, a, b, text)] for a, b in bounds]
    assert fast == plain
    if text.startswith("The alleged"):
        assert len(fast[0]) >= 3  # alleged, reportedly, suspected of


def test_relevance_scores_equal_sklearns_analyser():
    from watchfloor.extract.events.relevance import shipped_model

    model = shipped_model()
    texts = [
        "Police arrested two men near the border on Monday.",
        "Shares of the mining firm rose 4% after the merger was announced.",
        "The president met his Colombian counterpart in Bogota to discuss security.",
        "",
        "zyxt qwv",
    ]
    fast = model.political(texts)
    analyse = model._analyse  # noqa: SLF001
    try:
        model._analyse = model.vectorizer.build_analyzer()  # noqa: SLF001
        plain = model.political(texts)
    finally:
        model._analyse = analyse  # noqa: SLF001
    assert fast.tobytes() == plain.tobytes()
    assert len(set(fast.round(6).tolist())) > 2
