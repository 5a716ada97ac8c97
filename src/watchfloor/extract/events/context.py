"""Document, paragraph and sentence context of an emitted event, for the trained event filter.

Place in the flow: inside the event extractor (:mod:`.coder`), at its last step: the event
filter (:mod:`.eventfilter`) reads these features beside the event's own. Everything is
computed from what the events stage already has — the spaCy ``Doc`` (its text, sentences,
tokens, entities) and the event's fields — once per document (:func:`doc_context`) and
once per sentence; the cue words are data (``watchfloor/data/events/context.yaml``).

Features (names start with ``ctx_``; :func:`context_features`):

* the story: share of business, market and trade vocabulary in the document ("dlrs",
  "shares", "tonnes" ...), company marks (a legal form, a ``<TICKER>``), figures (money,
  percentages, quantities) per sentence, length in sentences;
* the place: sentence rank and relative position in the document (lead, body, the late
  "analysis" part), paragraph rank and first sentence of a paragraph where the text marks
  paragraphs (a blank line or an indented line);
* the sentence: no named actor, no date, a bare plural subject, present tense — a general
  statement; business words; speculation words; a quotation;
* the trigger's frame: a modal or future auxiliary or a condition ("if", "until") on its
  clause or a governing one, or a conditional clause attached to them, its verb form;
* the sides: how many are companies (a BUS / MNC role, a legal form or ticker in the
  phrase), crossed with the story's business share;
* aimed at the non-event classes the judges still found (issue #12, :data:`GROUPS`):
  ``event_class``'s P(class 0, no event) of the sentence (``ctx_p0``); the sides' countries
  (one country, two, one side) crossed with the sentence's policy / legislation /
  administration words (``ctx_dom_``: domestic policy); career-move words crossed with the
  company sides (``ctx_career_``); statistic words crossed with a figure in the sentence
  (``ctx_stat_``); round 16 (``ctx_frame16_``): a governor of the trigger (up to three
  heads up) that is a policy document ("a *bill* that would require the Treasury to begin
  negotiations", "the *proposal*, supported by 24 senators") or a speculation word ("traders
  *speculated* that the administration will offer"), a habitual adverb on the trigger's
  clause ("gangs *often* extort"). Measured by the trainer's variants; the shipped model
  (event-filter-v5, v6) reads the statistic frame only of these groups. (filter23's
  ``ctx_ne23_`` cues, measured on 47 and again on 53 judged samples and never read, were
  removed in v5.)
* filter39 (group ``cross39``, ``ctx_x39_``, :func:`cross_features`): the CAMEO root and
  the quad class crossed with the company sides and the sides' countries, added by the
  filter's ``describe``; measured (lower on the article folds) and read by no shipped model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, LOWER, SENT_START

from watchfloor.extract.doccache import (
    doc_ents,
    lower_ids,
    sentence_ents,
    sentence_of,
    span_text,
    token_children,
    word_ids,
)
from watchfloor.model import Event

PREFIX = "ctx_"
_TICKER = re.compile(r"<[A-Z][A-Z0-9.]{0,9}>")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+(?=\S)")
_QUOTES = ('"', "\u201c", "\u201d")
_DATES = {"DATE", "TIME"}
_FIGURES = {"MONEY", "PERCENT", "QUANTITY"}
_COUNTS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
# the feature groups added for issue #12 (name prefixes): the trainer's variants drop them
# by group to measure each
GROUPS = {
    "p0": f"{PREFIX}p0",
    "domestic": f"{PREFIX}dom_",
    "career": f"{PREFIX}career_",
    "statistic": f"{PREFIX}stat_",
    "frame16": f"{PREFIX}frame16_",
    "cross39": f"{PREFIX}x39_",
}


@dataclass(frozen=True, slots=True)
class ContextLists:
    business: frozenset[str]
    modal: frozenset[str]
    condition: frozenset[str]
    speculation: frozenset[str]
    actor_entities: frozenset[str]
    legal_forms: frozenset[str]
    company_roles: frozenset[str]
    policy: frozenset[str] = frozenset()
    career: frozenset[str] = frozenset()
    statistic: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()  # ISO 3166 alpha-3 (actors/countries.tsv)
    document_frames: frozenset[str] = frozenset()
    speculation_frames: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def default_lists() -> ContextLists:
    """RETURNS the shipped cue lists (read once per process)."""
    from watchfloor.data import read_yaml
    from watchfloor.extract.events.commercial import default_lists as commercial

    path = Path(str(resources.files("watchfloor.data.events").joinpath("context.yaml")))
    data = read_yaml(path) or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).strip().lower() for w in data.get(key) or [] if str(w).strip())

    com = commercial()
    return ContextLists(
        words("business_words"),
        words("modal_words"),
        words("condition_words"),
        words("speculation_words"),
        frozenset(w.upper() for w in words("actor_entities")),
        com.legal_forms,
        com.roles,
        words("policy_words"),
        words("career_words"),
        words("statistic_words"),
        _countries(),
        words("document_frames"),
        words("speculation_frames"),
        words("habitual_adverbs"),
    )


def _countries() -> frozenset[str]:
    """The ISO codes of the project's countries (``countries.tsv``), as the actor
    extractor's gazetteer (loaded once per process) holds them."""
    from watchfloor.extract.gazetteer import default_gazetteer

    return frozenset(default_gazetteer().countries)


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


@dataclass(slots=True)
class DocContext:
    """One document's context: its own features and where its sentences and paragraphs
    start. Built by :func:`doc_context`; sentence features are cached here."""

    features: dict[str, float]
    sent_starts: list[int]  # character offset of each sentence, in order
    para_starts: list[int]  # character offset of each paragraph ([] : none marked)
    lists: ContextLists
    _sents: dict[int, dict[str, float]] = field(default_factory=dict)

    def position(self, start: int) -> dict[str, float]:
        """The place features of the sentence starting at (or containing) ``start``."""
        n = len(self.sent_starts)
        i = max(bisect_right(self.sent_starts, start) - 1, 0)
        f = {
            f"{PREFIX}sent_rank={_bucket(i, (1, 2, 4, 8))}": 1.0,
            f"{PREFIX}rel_pos={min(int(5 * i / max(n, 1)), 4)}": 1.0,
        }
        if not self.para_starts:
            f[f"{PREFIX}para=none"] = 1.0
            return f
        p = max(bisect_right(self.para_starts, start) - 1, 0)
        f[f"{PREFIX}para_rank={_bucket(p, (1, 2, 4))}"] = 1.0
        para_start = self.para_starts[p]
        first = i == 0 or self.sent_starts[i - 1] < para_start <= self.sent_starts[i]
        if first:
            f[f"{PREFIX}para_first"] = 1.0
        return f


def _sentence_starts(doc: Any) -> list[int]:
    """The character offsets where ``doc``'s sentences start (``[s.start_char for s in
    doc.sents]``, read from the token arrays)."""
    if not len(doc):
        return []
    starts = doc.to_array([IDX, SENT_START]).reshape(-1, 2)
    first = starts[:, 1].astype(np.int64) == 1
    first[0] = True
    return starts[first, 0].tolist()


@lru_cache(maxsize=8)
def _ids(words: frozenset[str]) -> np.ndarray:
    """The ids ``Doc.to_array(LOWER)`` holds for ``words`` (a spaCy symbol such as "number"
    has its own small id, not its string hash: ``word_ids`` knows both)."""
    return np.array(sorted(word_ids(words)), dtype=np.uint64)


def _among(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """RETURNS ``np.isin(values, ids)`` for the sorted ids of :func:`_ids`, by a binary
    search of each value (``np.isin`` sorts both arrays together on every call: most of
    this function's time on a document; speed47)."""
    if not len(ids):
        return np.zeros(values.shape, dtype=bool)
    at = np.searchsorted(ids, values)
    np.minimum(at, len(ids) - 1, out=at)
    return ids[at] == values


@lru_cache(maxsize=16)
def _id_set(words: frozenset[str]) -> frozenset[int]:
    """The ids ``LOWER`` holds for ``words``, as a set (a spaCy symbol has its own)."""
    return word_ids(words)


@lru_cache(maxsize=8)
def _word_table(lists: tuple[frozenset[str], ...]) -> dict[int, tuple[int, ...]]:
    """``LOWER`` id → the positions in ``lists`` of the word lists holding it."""
    table: dict[int, list[int]] = {}
    for k, words in enumerate(lists):
        for i in _id_set(words):
            table.setdefault(i, []).append(k)
    return {i: tuple(ks) for i, ks in table.items()}


def _word_counts(ids: list[int], lists: tuple[frozenset[str], ...]) -> list[int]:
    """How many of ``ids`` each word list of ``lists`` holds (``sum(1 for i in ids if i in
    _id_set(words))`` per list), in one pass over the words (speed30)."""
    table, counts = _word_table(lists), [0] * len(lists)
    for i in ids:
        hit = table.get(i)
        if hit is not None:
            for k in hit:
                counts[k] += 1
    return counts


def doc_context(doc: Any, lists: ContextLists | None = None, text: str | None = None) -> DocContext:
    """RETURNS the context of a spaCy ``Doc`` (one pass over its tokens and entities);
    ``text``: ``doc.text`` where the caller has it (reading it makes every token)."""
    lists = lists or default_lists()
    # the word counts from the token arrays (no Token objects: this runs on every document)
    alpha_lower = doc.to_array([IS_ALPHA, LOWER]).reshape(-1, 2)
    alpha = alpha_lower[:, 0] == 1
    words = int(alpha.sum())
    business = int((alpha & _among(alpha_lower[:, 1], _ids(lists.business))).sum())
    text = text or doc.text
    sent_starts = _sentence_starts(doc)
    n = max(len(sent_starts), 1)
    ents = doc_ents(doc)[0]
    marks = len(_TICKER.findall(text)) + sum(
        1 for e in ents if e.label_ == "ORG" and e[-1].lower_.rstrip(".") in lists.legal_forms
    )
    figures = sum(1 for e in ents if e.label_ in _FIGURES)
    share = business / max(words, 1)
    biz = _bucket(share, (0.01, 0.025, 0.05, 0.09))
    f = {
        f"{PREFIX}doc_biz={biz}": 1.0,
        f"{PREFIX}doc_company_marks={_bucket(marks, (1, 2, 5))}": 1.0,
        f"{PREFIX}doc_figures={_bucket(figures / n, (0.2, 0.5, 1.0))}": 1.0,
        f"{PREFIX}doc_len={_bucket(len(sent_starts), (4, 10, 25, 50))}": 1.0,
    }
    paras = [m.end() for m in _PARAGRAPH.finditer(text)]
    para_starts = [0, *paras] if paras else []
    return DocContext(f, sent_starts, para_starts, lists)


def _governors(tok: Any, steps: int = 3) -> list[Any]:
    out = [tok]
    while (
        len(out) <= steps
        and out[-1].head.i != out[-1].i
        and out[-1].dep_ not in {"ccomp", "parataxis"}
    ):
        out.append(out[-1].head)
    return out


def _sentence(sent: Any, lists: ContextLists) -> dict[str, float]:
    f: dict[str, float] = {}
    labels = [e.label_ for e in sentence_ents(sent)]
    actor = any(label in lists.actor_entities for label in labels)
    dated = any(label in _DATES for label in labels)
    if not actor:
        f[f"{PREFIX}no_actor_ent"] = 1.0
    if not dated:
        f[f"{PREFIX}no_date"] = 1.0
    root = sent.root
    tense = "".join(root.morph.get("Tense")) or root.pos_
    f[f"{PREFIX}root_tense={tense}"] = 1.0
    if not actor and not dated and tense == "Pres":
        f[f"{PREFIX}general"] = 1.0
    ids = lower_ids(sent.doc)[sent.start : sent.end]  # the words, as ids: no Token made
    biz, spec, pol, car, stat = _word_counts(
        ids, (lists.business, lists.speculation, lists.policy, lists.career, lists.statistic)
    )
    f[f"{PREFIX}sent_biz={_bucket(biz, (1, 2, 4))}"] = 1.0
    f[f"{PREFIX}sent_spec={_bucket(spec, (1, 2))}"] = 1.0
    figure = any(label in _COUNTS for label in labels)
    f[f"{PREFIX}dom_policy={_bucket(pol, (1, 2))}"] = 1.0
    f[f"{PREFIX}career_words={_bucket(car, (1, 2))}"] = 1.0
    f[f"{PREFIX}stat_words={_bucket(stat, (1, 2))}|figure={int(figure)}"] = 1.0
    text = span_text(sent)
    if any(q in text for q in _QUOTES):
        f[f"{PREFIX}quote"] = 1.0
    if text.rstrip().endswith("?"):
        f[f"{PREFIX}question"] = 1.0
    return f


def _bare_plural(tok: Any) -> bool:
    return (
        tok.tag_ == "NNS"
        and tok.pos_ == "NOUN"
        and not tok.ent_type_
        and not any(
            c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "compound" and c.pos_ == "PROPN")
            for c in token_children(tok)
        )
    )


def _subject(verb: Any) -> Any:
    """The verb's subject, or its first conjunct's ("gangs extort and attack ...")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is not None:
            subj = next((c for c in token_children(v) if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None:
                return subj
    return None


def _frame(tok: Any, lists: ContextLists) -> dict[str, float]:
    f: dict[str, float] = {}
    govs = _governors(tok)
    for g in govs:
        for c in token_children(g):
            low = c.lower_
            if c.dep_ == "aux" and low in lists.modal:
                kind = "fut" if low in {"will", "shall", "'ll"} else "cond"
                f[f"{PREFIX}modal={kind}"] = 1.0
            elif c.dep_ == "mark" and low in lists.condition:
                f[f"{PREFIX}condition"] = 1.0  # "until he steps down"
            elif c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in lists.condition for m in token_children(c)
            ):
                f[f"{PREFIX}conditioned"] = 1.0  # "if the talks fail, they will attack"
            elif c.dep_ == "advmod" and low in lists.habitual_adverbs:
                f[f"{PREFIX}frame16_habitual"] = 1.0  # "gangs often extort"
    head, steps = tok, 0
    while steps < 3 and head.head.i != head.i and head.dep_ != "parataxis":
        head, steps = head.head, steps + 1  # across a clause: "speculate that X will offer"
        lemma = head.lemma_.lower()
        if lemma in lists.document_frames:
            f[f"{PREFIX}frame16_document"] = 1.0  # "a bill that would require talks"
        if lemma in lists.speculation_frames:
            f[f"{PREFIX}frame16_speculation"] = 1.0  # "speculate that X will offer"
    verb = next((g for g in govs if g.pos_ in {"VERB", "AUX"}), None)
    if verb is not None:
        form = "".join(verb.morph.get("Tense")) or "".join(verb.morph.get("VerbForm")) or "none"
        f[f"{PREFIX}verb_form={form}"] = 1.0
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in token_children(verb)):
            f[f"{PREFIX}perfect"] = 1.0
        subj = _subject(verb)
        if subj is not None and _bare_plural(subj):
            f[f"{PREFIX}bare_plural_subj"] = 1.0
    return f


def _company(code: str | None, span: Any, lists: ContextLists) -> bool:
    if code and len(code) >= 3:
        chunks = {code[i : i + 3] for i in range(0, len(code) - 2, 3)}
        if chunks & lists.company_roles:
            return True
    text = span.get("text", "") if isinstance(span, dict) else ""
    if not text:
        return False
    if _TICKER.search(text):
        return True
    return any(w.strip(".,").lower() in lists.legal_forms for w in text.split()[1:])


def country_of(code: str | None, countries: frozenset[str]) -> str | None:
    """The country block of an actor code (``MEXGOV`` → ``MEX``), or None (``CRM``,
    ``IGOUNO``, no code)."""
    return code[:3] if code and code[:3] in countries else None


def _nonevent_class_features(
    ev: Event, f: dict[str, float], companies: int, lists: ContextLists
) -> None:
    """The features aimed at the non-event classes the judges found (:data:`GROUPS`),
    crossed with the sentence's counts ``f`` already holds."""
    p0 = (ev.extra.get("evidence") or {}).get("model_p0")
    if p0 is not None:
        f[f"{PREFIX}p0"] = float(p0)
        f[f"{PREFIX}p0_b={_bucket(float(p0), (0.2, 0.4, 0.6))}"] = 1.0
    src = country_of(ev.source_code, lists.countries)
    tgt = country_of(ev.target_code, lists.countries)
    where = ("one" if src == tgt else "two") if src and tgt else ("side" if src or tgt else "none")
    policy = next((k for k in f if k.startswith(f"{PREFIX}dom_policy=")), None)
    f[f"{PREFIX}dom_countries={where}"] = 1.0
    if policy is not None:
        f[f"{policy}|countries={where}"] = 1.0
    career = next((k for k in f if k.startswith(f"{PREFIX}career_words=")), None)
    if career is not None:
        f[f"{career}|company_sides={companies}"] = 1.0


def context_features(ev: Event, ctx: DocContext, tokens: Any) -> dict[str, float]:
    """RETURNS the ``ctx_`` features of one event (see the module doc). ``tokens``:
    character offset → spaCy token of the document."""
    f = dict(ctx.features)
    f.update(ctx.position(ev.sentence.start))
    tok = tokens.get(ev.trigger.start) if tokens is not None else None
    if tok is not None:
        sent = sentence_of(tok)
        cached = ctx._sents.get(sent.start_char)
        if cached is None:
            cached = ctx._sents[sent.start_char] = _sentence(sent, ctx.lists)
        f.update(cached)
        f.update(_frame(tok, ctx.lists))
    companies = sum(
        _company(code, ev.extra.get(f"{side}_span"), ctx.lists)
        for side, code in (("source", ev.source_code), ("target", ev.target_code))
    )
    f[f"{PREFIX}company_sides={companies}"] = 1.0
    biz = next(k for k in ctx.features if k.startswith(f"{PREFIX}doc_biz="))
    f[f"{biz}|company_sides={companies}"] = 1.0
    f[f"{biz}|quad={ev.quad_class}"] = 1.0
    _nonevent_class_features(ev, f, companies, ctx.lists)
    return f


def cross_features(f: dict[str, float]) -> dict[str, float]:
    """RETURNS filter39's crosses (group ``cross39``, issue #12) of an event's described
    features ``f`` (:func:`~.eventfilter.describe`, the ``ctx_`` ones included): the CAMEO
    root crossed with the company sides and with the sides' countries, and the quad class
    with both — so that an agreement between two companies, or a policy act of one
    government at home, weighs apart from the same root between two states. Read from
    ``f`` alone, so that the trainer derives them from records described before them;
    empty without the context features."""
    root = _value(f, "root=")
    companies = _value(f, f"{PREFIX}company_sides=")
    where = _value(f, f"{PREFIX}dom_countries=")
    quad = _value(f, "quad=")
    if root is None or companies is None or where is None:
        return {}
    x = f"{PREFIX}x39_"
    return {
        f"{x}root={root}|company_sides={companies}": 1.0,
        f"{x}root={root}|countries={where}": 1.0,
        f"{x}quad={quad}|countries={where}|company_sides={companies}": 1.0,
    }


def _value(f: dict[str, float], prefix: str) -> str | None:
    """The value of the one-hot feature ``prefix=value`` in ``f``, or None."""
    key = next((k for k in f if k.startswith(prefix)), None)
    return None if key is None else key[len(prefix) :]


def without_context(feats: dict[str, float]) -> dict[str, float]:
    """RETURNS ``feats`` less the ``ctx_`` features (the filter as it was before them)."""
    return {k: v for k, v in feats.items() if not k.startswith(PREFIX)}


def without_groups(feats: dict[str, float], groups: tuple[str, ...]) -> dict[str, float]:
    """RETURNS ``feats`` less the features of the named :data:`GROUPS`."""
    drop = tuple(GROUPS[g] for g in groups)
    return {k: v for k, v in feats.items() if not k.startswith(drop)} if drop else feats


__all__ = [
    "GROUPS",
    "PREFIX",
    "ContextLists",
    "DocContext",
    "context_features",
    "cross_features",
    "country_of",
    "default_lists",
    "doc_context",
    "without_context",
    "without_groups",
]
