"""Whether the article's country given to a national role holds: a small trained gate.

A national role that names no country ("the police", "Interior Minister X", "Congress")
takes the article's dominant country, flagged ``inferred`` (:mod:`.coding`,
:mod:`.role_phrases`, :mod:`.generic_names`, :mod:`.person_sectors`). This module reads,
for every such code, how well the article supports that country (the share of the
document's country mentions it holds, its margin over the next, the dateline, whether
the mention's own sentence or those beside it name another country, how far back the country
was last named, the entity's kind and role) and asks the shipped logistic model
``inferred_country`` (:mod:`watchfloor.training.inferred_country`) how likely the
inferred country is right. Below the model's threshold the country is not given: the
mention keeps what it has without it (a role phrase with no country is no reading; a
titled person or a named body stays uncoded; an armed or criminal group keeps its
bare role).

One decision per unit: the inferred readings of one document with the same name and
code decide together, on the features of the first of them.

No model ships today: the article-grouped cross-validation on the judged keys (inferred37,
docs/actor-codes.md) found no threshold that drops more wrong inferred countries than right
ones, so every inferred country is kept, as before. The features and
:func:`record` stay for retraining on fresh judged rounds
(``python -m watchfloor.training inferred_country``).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from spacy.tokens import Doc

from watchfloor.extract.actors.article_country import country_words, reading_country
from watchfloor.extract.actors.document_facts import headline_end
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.doccache import doc_sents
from watchfloor.extract.gazetteer import Gazetteer
from watchfloor.geo import Place

MODEL = "inferred_country"
KINDS = ("role", "titled", "named org", "other")
ROLES = ("GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "ELI")
DISTANCE_CAP = 10  # sentences: "never named before" reads as this far
# The features, in the model's order (the training module and the card list them so)
FEATURES = (
    "share",
    "margin",
    "log_country_mentions",
    "log_mentions",
    "log_other_countries",
    "leader",
    "dateline",
    "dateline_agrees",
    "headline_names_country",
    "headline_names_other",
    "sentence_names_other",
    "nearby_names_other",
    "nearby_names_country",
    "sentences_since_country",
    "sentences_since_other",
    "place_share",
    "early_share",
    "position",
    "log_unit_mentions",
    "log_sentences",
    *(f"kind_{k.replace(' ', '_')}" for k in KINDS),
    *(f"role_{r}" for r in ROLES),
    "role_other",
)

# A collector of the features of every inferred unit (``record``): the training data
_sink: list[Callable[[str | None, Reading, dict[str, float]], None]] = []


@contextmanager
def record(sink: Callable[[str | None, Reading, dict[str, float]], None]) -> Iterator[None]:
    """While open, every inferred unit's features go to ``sink(doc_id, first_reading,
    features)`` and the gate keeps every code (the training data is today's coder's)."""
    _sink.append(sink)
    try:
        yield
    finally:
        _sink.remove(sink)


def reading_kind(r: Reading) -> str:
    """The entity kind of ``bench/rerun_actor_judgments.entity_kind`` for a reading."""
    if r.origin == "role":
        return "role"
    if r.type == "person" and r.code_from == "title":
        return "titled"
    if r.type == "organization":
        return "named org"
    return "other"


def country_mentions(
    doc: Doc,
    gaz: Gazetteer,
    readings: list[Reading],
    places: dict[str, Place],
    state_then: Callable[[str | None], str | None],
) -> list[tuple[int, str, bool]]:
    """Every mention of a country in the document (token index, ISO3 on the article's
    date, whether a place): countries and places in one, demonyms, people and bodies whose
    own country the text or the dictionary gives (never an inferred one); as
    :func:`.article_country.country_of_article` counts them."""
    out: list[tuple[int, str, bool]] = []
    for r in readings:
        iso = reading_country(r, places)
        iso = state_then(iso) if iso else None
        if iso and iso in gaz.countries:
            out.append((r.start, iso, r.type == "location"))
    taken = {i for r in readings for i in range(r.start, r.end)}
    for i, iso in country_words(doc, gaz)[1]:
        if i not in taken and (iso := state_then(iso) or iso) in gaz.countries:
            out.append((i, iso, False))
    out.sort()
    return out


def features(
    doc: Doc,
    gaz: Gazetteer,
    r: Reading,
    unit_size: int,
    mentions: list[tuple[int, str, bool]],
    dateline: str | None,
    sentence_starts: list[int],
    headline_end: int,
) -> dict[str, float]:
    """The features of the inferred code of reading ``r`` (see :data:`FEATURES`)."""
    country = r.country or ""
    counts = Counter(iso for _, iso, _ in mentions)
    n = sum(counts.values())
    mine = counts.get(country, 0)
    second = max((k for iso, k in counts.items() if iso != country), default=0)
    places = Counter(iso for _, iso, place in mentions if place)
    sent_of = bisect_right(sentence_starts, r.start) - 1

    def sentence(i: int) -> int:
        return bisect_right(sentence_starts, i) - 1

    before_mine = [i for i, iso, _ in mentions if iso == country and i < r.start]
    before_other = [i for i, iso, _ in mentions if iso != country and i < r.start]
    early = [iso for i, iso, _ in mentions if sentence(i) < 3]
    in_head = {iso for i, iso, _ in mentions if i < headline_end}
    role = (r.code or "")[len(country) :][:3]
    kind = reading_kind(r)
    out = {
        "share": mine / n if n else 0.0,
        "margin": (mine - second) / n if n else 0.0,
        "log_country_mentions": math.log1p(mine),
        "log_mentions": math.log1p(n),
        "log_other_countries": math.log1p(len(set(counts) - {country})),
        "leader": float(mine > 0 and mine >= second),
        "dateline": float(dateline is not None),
        "dateline_agrees": float(dateline == country),
        "headline_names_country": float(country in in_head),
        "headline_names_other": float(bool(in_head - {country})),
        "sentence_names_other": float(
            any(sentence(i) == sent_of and iso != country for i, iso, _ in mentions)
        ),
        "nearby_names_other": float(
            any(abs(sentence(i) - sent_of) <= 1 and iso != country for i, iso, _ in mentions)
        ),
        "nearby_names_country": float(
            any(abs(sentence(i) - sent_of) <= 1 and iso == country for i, iso, _ in mentions)
        ),
        "sentences_since_country": min(
            DISTANCE_CAP, sent_of - sentence(before_mine[-1]) if before_mine else DISTANCE_CAP
        ),
        "sentences_since_other": min(
            DISTANCE_CAP, sent_of - sentence(before_other[-1]) if before_other else DISTANCE_CAP
        ),
        "place_share": places.get(country, 0) / sum(places.values()) if places else 0.0,
        "early_share": early.count(country) / len(early) if early else 0.0,
        "position": r.start / max(1, len(doc)),
        "log_unit_mentions": math.log1p(unit_size),
        "log_sentences": math.log1p(len(sentence_starts)),
    }
    for k in KINDS:
        out[f"kind_{k.replace(' ', '_')}"] = float(kind == k)
    for code in ROLES:
        out[f"role_{code}"] = float(role == code)
    out["role_other"] = float(role not in ROLES)
    return out


def probability(model: dict[str, Any], feats: dict[str, float]) -> float:
    """The model's probability that the inferred country is right (a logistic model
    stored as weights over :data:`FEATURES`, standardised inside)."""
    z = model["intercept"]
    for name, w, mean, scale in zip(
        model["features"], model["coef"], model["mean"], model["scale"], strict=True
    ):
        z += w * (feats[name] - mean) / scale
    return 1.0 / (1.0 + math.exp(-z))


@cache
def _model() -> dict[str, Any] | None:
    """The shipped gate, read once per process; None where none ships (then every
    inferred country is kept: the cross-validation of 2026-12-07 showed no gain, see
    docs/actor-codes.md)."""
    from watchfloor.trained import ModelNotFound, load

    try:
        return load(MODEL)
    except ModelNotFound:
        return None


def gate_inferred_countries(
    doc: Doc,
    gaz: Gazetteer,
    readings: list[Reading],
    places: dict[str, Place],
    state_then: Callable[[str | None], str | None],
    doc_id: str | None = None,
) -> list[Reading]:
    """RETURNS ``readings`` with every inferred country the model doubts taken away
    (a role phrase left with no country is dropped, as :mod:`.role_phrases` never makes
    one). Without the shipped model, or while :func:`record` is open, all are kept."""
    model = None if _sink else _model()
    if model is None and not _sink:
        return readings
    units: dict[tuple[str, str], list[Reading]] = {}
    for r in readings:
        if r.inferred and r.code and r.country and r.code.startswith(r.country):
            units.setdefault((r.name, r.code), []).append(r)
    if not units:
        return readings
    mentions = country_mentions(doc, gaz, readings, places, state_then)
    dateline = state_then(country_words(doc, gaz)[0])
    sents = doc_sents(doc) if doc.has_annotation("SENT_START") else ()
    sentence_starts = [s.start for s in sents] or [0]
    head = headline_end(doc)
    dropped: set[int] = set()
    for unit in units.values():
        feats = features(
            doc,
            gaz,
            unit[0],
            len(unit),
            mentions,
            dateline,
            sentence_starts,
            head,
        )
        for sink in _sink:
            sink(doc_id, unit[0], feats)
        if model is None or probability(model, feats) >= model["threshold"]:
            continue
        for r in unit:
            role = r.code[len(r.country) :]
            if r.origin == "role" and role not in {"CRM", "REB", "INS", "UAF"}:
                dropped.add(id(r))
                continue
            keep = role if role in {"CRM", "REB", "INS", "UAF"} else None
            r.code, r.country, r.inferred = keep, None, False
            r.code_from = r.code_from if keep else None
    return [r for r in readings if id(r) not in dropped]
