"""Spanish non-events: an event verb or noun of the lexicon that names no new act.

Place in the flow: the Spanish event extractor (:mod:`.events`) asks :func:`non_event`
about every event its rules propose; a reason other than None leaves the word uncoded
(as the claim extractor, not the event coder, reads a report). Cue words come from
``data/events/es/nonevents_es.yaml``; the mechanism reads the parse only around the word
(its children, at most five governors up), never the whole document. The kinds:

* **result** — a participle under "resultar" ("dos policías resultaron heridos"): a
  consequence told, not an act;
* **content** — the "de" complement of an accusation ("acusó al alcalde de ordenar el
  ataque", "acusados de extorsionar"): the accusation is the event; the infinitive of an
  offer or pledge ("ofreció mediar"): the offer is;
* **document** — an event noun naming a warrant's object ("una orden de captura");
* **named again** — an event noun with a definite or possessive determiner and no
  participant of its own ("de / contra / entre / por" phrase) in a phrase of time or cause
  ("tras el ataque", "al término de la movilización", "por el secuestro") or as the object
  of a verb that does not act on it ("condenó el ataque", "denunció las detenciones",
  "reivindicó el atentado"; support, ending, joining and material verbs — "reanudaron el
  paro", "se sumaron a la protesta", "dispersaron la marcha" — are not such verbs) or the
  subject of a claim in a "se" passive ("se atribuyó la emboscada");
* **statistic** — a counted event with a counting verb ("ha registrado más de cuarenta
  ataques") or, in the present perfect, a period ("en 2026 han sido asesinados 150
  líderes", "en lo que va del año"; "desde enero ocupó cinco fincas" is an act);
* **question** — an indirect question ("no informaron cuántos detenidos han sido
  liberados");
* **opinion** — the "que" clause of a verb of opinion or forecast ("los analistas creen
  que las sanciones tendrán un efecto limitado").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from watchfloor.extract.doccache import morph_get
from watchfloor.extract.gazetteer import fold

ARGS = {"nsubj", "nsubj:pass", "obj"}
PHRASE_DEPS = {"nmod", "obl", "acl", "appos"}
STEPS = 5


def non_event(
    token: Token, cues: dict[str, set[str]], acts_on: Callable[[Token], bool]
) -> str | None:
    """Why ``token``, proposed as an event, names no new act; None when it does.
    ``acts_on(verb)``: the verb acts on its object noun (support, ending or a material
    act of root 14-20), so a definite event noun there is no mere mention."""
    if _result(token, cues):
        return "result"
    if _content(token, cues):
        return "content"
    if token.pos_ == "NOUN":
        if token.dep_ == "nmod" and fold(token.head.lemma_) in cues.get("document_heads", ()):
            return "document"
        if _named_again(token, cues, acts_on):
            return "named again"
    if _tally(token, cues):
        return "statistic"
    if _asked(token, cues):
        return "question"
    if _opinion(token, cues):
        return "opinion"
    return None


def _words(tok: Token) -> set[str]:
    return {fold(tok.lower_), fold(tok.lemma_)}


def _result(token: Token, cues: dict[str, set[str]]) -> bool:
    results = cues.get("results", set())
    if token.dep_ in {"obj", "xcomp", "advcl", "amod"} and _words(token.head) & results:
        return True
    return any(c.dep_ in {"cop", "aux", "aux:pass"} and _words(c) & results for c in token.children)


def _content(token: Token, cues: dict[str, set[str]]) -> bool:
    content, offer = cues.get("content", set()), cues.get("offer", set())
    if (
        "Inf" in morph_get(token, "VerbForm")
        and token.dep_ in {"xcomp", "obj", "ccomp"}
        and fold(token.head.lemma_) in offer
    ):
        return True  # "ofreció mediar": the offer is the event
    path = [token]
    cur = token
    for _ in range(STEPS):
        head = cur.head
        if head.i == cur.i:
            return False
        if _words(head) & content:
            return any(
                c.dep_ in {"case", "mark"} and fold(c.lower_) in {"de", "del"}
                for t in path
                for c in t.children
            )
        path.append(head)
        cur = head
    return False


def _bare_definite(token: Token, cues: dict[str, set[str]]) -> bool:
    """A definite event noun with no participant phrase or clause of its own: no "de /
    contra / entre / por" phrase, no relative or participle clause ("las protestas que
    realizan los maestros", "la marcha organizada por la CTA"), also as the small model
    attaches them (the word after the noun, past its adjectives, opens one)."""
    definite, cases = cues.get("definite", set()), cues.get("participant_cases", set())
    if not any(
        c.dep_ == "det" and token.i - 3 <= c.i < token.i and fold(c.lower_) in definite
        for c in token.children
    ):
        return False
    if any(c.dep_ in {"acl", "acl:relcl"} for c in token.children):
        return False
    nxt = token.i + 1
    while nxt < len(token.doc) and token.doc[nxt].pos_ == "ADJ":
        nxt += 1
    if nxt < len(token.doc) and fold(token.doc[nxt].lower_) in cases | {"que"}:
        return False
    return not any(
        c.dep_ in PHRASE_DEPS
        and any(g.dep_ == "case" and fold(g.lower_) in cases for g in c.children)
        for c in token.children
    )


def _named_again(token: Token, cues: dict[str, set[str]], acts_on: Callable[[Token], bool]) -> bool:
    if not _bare_definite(token, cues):
        return False
    after = cues.get("after_cases", set()) | cues.get("after_heads", set())
    # the case word with its fixed words ("al término de", "a raíz de", "después de")
    case = {
        fold(w.lower_)
        for c in token.children
        if c.dep_ == "case"
        for w in [c, *(f for f in c.children if f.dep_ == "fixed")]
    }
    if "por" in case and (token.head.pos_ == "ADJ" or "Part" in morph_get(token.head, "VerbForm")):
        case.discard("por")  # the agent of a participle ("marcada por las huelgas")
    if case & after:
        return True  # "tras el ataque", "durante el motín", "al término de la marcha"
    head = token.head
    if (
        token.dep_ in {"nmod", "obl"}
        and head.i != token.i
        and fold(head.lemma_) in cues.get("after_heads", set())
    ):
        return True  # "en apoyo a la protesta", "a consecuencia del ataque"
    if head.pos_ != "VERB" or acts_on(head) or fold(head.lemma_) in cues.get("joins", set()):
        return False  # "reanudaron el paro", "se sumaron a la protesta": acts, not mentions
    # the object; the subject of a claim in a "se" passive ("se atribuyó la emboscada")
    return (
        token.dep_ == "obj"
        or token.dep_ in {"nsubj", "nsubj:pass"}
        and fold(head.lemma_) in cues.get("claims", set())
    )


def _counted(tok: Token) -> bool:
    return any(
        c.dep_ == "nummod" or (c.dep_ == "advmod" and fold(c.lower_) in {"mas", "menos"})
        for c in tok.children
    )


def _year(tok: Token) -> bool:
    return any(
        c.dep_ == "obl" and len(c.text) == 4 and c.text.isdigit() and c.text[:2] in {"19", "20"}
        for c in tok.children
    )


def _tally(token: Token, cues: dict[str, set[str]]) -> bool:
    counted = [token] if token.pos_ == "NOUN" else [c for c in token.children if c.dep_ in ARGS]
    if not any(_counted(t) for t in counted):
        return False
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "obj"
        and fold(token.head.lemma_) in cues.get("count_verbs", set())
    ):
        return True  # "ha registrado más de cuarenta ataques"
    verb = token if token.pos_ == "VERB" else token.head
    if verb.pos_ != "VERB" or not _perfect(verb):
        return False  # a tally is told in the present perfect: "han sido asesinados"
    if _year(verb) or _year(token):
        return True  # "en 2026 han sido asesinados 150 líderes"
    sentence = token.sent.text.lower()
    return any(p in sentence for p in cues.get("periods", ()))


def _perfect(verb: Token) -> bool:
    return any(
        c.dep_ in {"aux", "aux:pass"}
        and fold(c.lemma_) == "haber"
        and "Pres" in morph_get(c, "Tense")
        for c in verb.children
    )


def _asked(token: Token, cues: dict[str, set[str]]) -> bool:
    asked = cues.get("interrogatives", set())
    near = [c for c in token.children if c.dep_ in ARGS]
    if token.dep_ in {"conj", "ccomp"}:  # the small model may hang "cuántos" on the governor
        near += [c for c in token.head.children if c.i < token.i and c.dep_ in ARGS]
    return any(
        _words(w) & asked
        for c in near
        for w in [c, *(g for g in c.children if g.dep_ == "det")]
        if w.lower_.startswith("cu")
    )


def _opinion(token: Token, cues: dict[str, set[str]]) -> bool:
    opinion = cues.get("opinion", set())
    cur = token
    for _ in range(STEPS):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ == "ccomp" and fold(head.lemma_) in opinion:
            return True
        cur = head
    return False
