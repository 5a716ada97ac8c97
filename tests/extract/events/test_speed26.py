"""speed26: the argument picker's array-read features and per-document probability cache
give what the Token-by-Token reading and the plain scorer give (sentences written for
these tests)."""

from __future__ import annotations

from watchfloor.extract.events import argmodel
from watchfloor.extract.events.argmodel import (
    Candidate,
    candidates,
    features,
    governor,
    shipped_model,
)

TEXTS = [
    "The mayor was kidnapped by armed men on Friday near the port.",
    "Peruvian police arrested the leader of a drug gang in Lima, officials said.",
    "Gang Leader Arrested in Honduras. Troops were deployed to the border against "
    "the rebels, and the army's offensive continued.",
    "Colombia and Venezuela agreed to cooperate with Brazil. Talks begin Monday.",
    "A history of massacres. Who attacked them? Nobody knows.",
]


def _path_by_tokens(head, verb) -> list[str]:
    path, x = [], head
    while (verb is None or x.i != verb.i) and x.head.i != x.i and len(path) < 4:
        path.append(f"{x.dep_}_{x.lower_}" if x.dep_ in {"prep", "agent"} else x.dep_)
        x = x.head
    return path


def _features_by_tokens(c: Candidate) -> dict[str, float]:
    """The features as speed25's code read them, attribute by attribute of spaCy Tokens."""
    doc, h = c.head.doc, c.head
    verb = governor(h)
    path = "<".join(_path_by_tokens(h, verb))
    f = {
        f"kind={c.kind}": 1.0,
        f"dep={h.dep_}": 1.0,
        f"pos={h.pos_}": 1.0,
        f"ent={h.ent_type_}": 1.0,
        f"len={min(c.last - c.first + 1, 6)}": 1.0,
        f"first={doc[c.first].tag_}": 1.0,
        f"last={doc[c.last].tag_}": 1.0,
        f"lemma={h.lemma_.lower()}": 1.0,
        f"path={path}": 1.0,
        f"dep_pos={h.dep_}_{h.pos_}": 1.0,
        f"sentpos={min((c.first - h.sent.start) // 5, 6)}": 1.0,
    }
    if verb is None:
        f["no_verb"] = 1.0
        return f
    passive = any(x.dep_ in {"nsubjpass", "auxpass"} for x in verb.children)
    side = "L" if h.i < verb.i else "R"
    f.update(
        {
            f"verb={verb.lemma_.lower()}": 1.0,
            f"verb_dep={verb.dep_}": 1.0,
            f"side={side}": 1.0,
            f"passive={passive}": 1.0,
            f"path_passive={path}|{passive}": 1.0,
            f"verb_root={verb.dep_ == 'ROOT'}": 1.0,
            f"side_dep={side}{h.dep_}": 1.0,
        }
    )
    return f


def _all_candidates(doc) -> list[Candidate]:
    return [c for sent in doc.sents for c in candidates(sent)]


def test_features_match_the_token_reading_key_for_key_in_order(nlp):
    seen = set()
    for doc in nlp.pipe(TEXTS):
        for c in _all_candidates(doc):
            got, want = features(c), _features_by_tokens(c)
            assert list(got.items()) == list(want.items())  # order: the logits' sum order
            seen.update(k for k in got if k.startswith(("passive=", "no_verb", "path=")))
    # the test reached a passive verb, a phrase with no verb and a prepositional path
    assert {"passive=True", "passive=False", "no_verb"} <= seen
    assert any("prep_" in k for k in seen if k.startswith("path="))


def test_candidate_governor_is_governor_of_its_head(nlp):
    for doc in nlp.pipe(TEXTS):
        for c in _all_candidates(doc):
            g = governor(c.head)
            assert c.governor == (g.i if g is not None else -1)


def test_table_sentence_start_is_token_sent_start(nlp):
    doc = nlp(TEXTS[2] + " " + TEXTS[4])
    table = argmodel._table(doc)
    assert [table.sent_start(t.i) for t in doc] == [t.sent.start for t in doc]


def test_table_follows_the_last_document(nlp):
    a, b = nlp(TEXTS[0]), nlp(TEXTS[1])
    assert argmodel._table(a).doc is a
    assert argmodel._table(b).doc is b
    first = _all_candidates(a)[0]
    assert list(features(first).items()) == list(_features_by_tokens(first).items())
    assert argmodel._table(a).doc is a


def test_cached_probs_equal_plain_probs_in_any_batch_order(nlp):
    model = shipped_model()
    for doc in nlp.pipe(TEXTS):
        cands = _all_candidates(doc)
        plain = model.probs(cands)
        # half first, then all reversed: the second call reads the cache for half of them
        half = cands[::2]
        assert model.cached_probs(half) == model.probs(half)
        back = model.cached_probs(cands[::-1])
        assert back == plain[::-1]
        assert model.cached_probs(cands) == plain  # every one from the cache now
    assert model.cached_probs([]) == []


def test_cache_is_dropped_for_a_new_document(nlp):
    model = shipped_model()
    a, b = nlp("Rebels attacked the army base."), nlp("The army attacked the rebels' base.")
    ca, cb = _all_candidates(a), _all_candidates(b)
    model.cached_probs(ca)
    # same kinds and token positions in another document: scored afresh, not read back
    assert model.cached_probs(cb) == model.probs(cb)
    assert model._memo[0] is b


def test_scored_uses_the_same_probabilities(nlp):
    model = shipped_model()
    doc = nlp("Gunmen killed two police officers and wounded a soldier in Tumaco.")
    cands = _all_candidates(doc)
    for verb in (t for t in doc if t.pos_ == "VERB"):
        mine = [c for c in cands if c.governor == verb.i]
        first = model.scored(verb, cands)
        assert first == model.scored(verb, cands)  # second time from the cache
        assert [c for c, _, _ in first] == mine
        for (_, p_s, p_t), p in zip(first, model.probs(mine), strict=True):
            assert p_s in {0.0, p["S"]} and p_t in {0.0, p["T"]}  # 0: a frame's limit


def _candidates_by_tokens(sent) -> list[tuple]:
    """speed25's candidates(): every word of the span a Token, characters from Token.idx."""
    out: dict = {}
    toks = list(sent.doc[sent.start : sent.end])
    off = sent.start

    def add(head, kind, first, last):
        a, b = toks[first - off], toks[last - off]
        chars = (a.idx, b.idx + len(b))
        if chars not in out:
            g = governor(head)
            out[chars] = (head.i, kind, first, last, chars, g.i if g is not None else -1)

    for t in toks:
        if t.pos_ not in argmodel.HEADS:
            continue
        first = t.left_edge.i
        add(t, "subtree", first, t.right_edge.i)
        add(t, "left", first, t.i)
        last = t.i
        for c in t.rights:
            if c.dep_ in argmodel.DETACHED:
                break
            last = c.right_edge.i
        add(t, "core", first, last)
    for ent in sent.ents:
        add(ent.root, "ent", ent.start, ent.end - 1)
    return list(out.values())


def _plain(cands: list[Candidate]) -> list[tuple]:
    return [(c.head.i, c.kind, c.first, c.last, c.chars, c.governor) for c in cands]


def test_candidates_from_arrays_match_the_token_reading(nlp):
    for doc in nlp.pipe(TEXTS):
        for sent in doc.sents:
            assert _plain(candidates(sent)) == _candidates_by_tokens(sent)
        # an event noun's own phrase, as the coder reads it (a part of a sentence)
        for t in doc:
            if t.pos_ == "NOUN":
                part = doc[t.left_edge.i : t.right_edge.i + 1]
                assert _plain(candidates(part)) == _candidates_by_tokens(part)
