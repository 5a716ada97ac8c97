"""Cross-document claim clusters: the same claim in other words, and how well it is backed.

Analysis stage, over the claims in the store (``DuckDBStore.sql``). Each claim's content is
embedded (figures kept as terms, so "killed 11" and "killed 32" differ), claims whose cosine
similarity reaches :data:`THRESHOLD` are joined (single link), and each cluster counts its
*independent* sources: story clusters (syndicated copies and duplicates are one story) and
outlets, next to articles and speakers. Inside a cluster, and between clusters that are
near (:data:`CONTRADICTION_THRESHOLD`), claims that give different figures for the same
kind of quantity (the counted noun or the verb it counts for: "killed", "tonnes") are kept
side by side as a :class:`Contradiction`, never merged into one figure.

Embedding: :class:`LexicalEmbedder` — TF-IDF over lemmas and lemma bigrams, hashed (no
model download, works on any install), plus the mean of spaCy's contextual token vectors
with a small weight. The threshold and its tuning are documented in ``docs/claims.md``.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from watchfloor.data import read_yaml
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp

THRESHOLD = 0.50  # cosine; tuned on judged pairs (bench/eval_claim_clusters.py, docs/claims.md)
MAX_ASIDE = 16  # tokens of a parenthetical aside the embedding leaves out
MIN_CLUSTER_TOKENS = 4  # shorter contents ("the accusations") are never joined
MAX_CLAIMS = 20_000  # similarities are n x n (in row blocks): the most recent claims beyond this
DIM = 2**14
TENSOR_WEIGHT = 0.25
_NUM = re.compile(r"\d[\d,.]*")
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "hundred": 100,
}


@dataclass
class Figure:
    value: float
    kind: str  # what is counted: the noun ("tonnes") or the verb counted for ("kill")
    text: str
    dates: frozenset[str] = frozenset()  # date expressions of the claim ("tuesday")
    cumulative: bool = False  # a running total ("at least 32 since Sept. 1")


@lru_cache(maxsize=1)
def contradiction_rules() -> dict[str, Any]:
    return read_yaml(Path(str(resources.files("watchfloor.data.claims"))) / "contradictions.yaml")


@dataclass
class ClaimCluster:
    id: int
    claims: list[dict[str, Any]]
    stories: int
    outlets: int
    articles: int
    speakers: list[str]
    representative: str
    check_worthiness: float
    contradictions: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "claim": self.representative,
            "stories": self.stories,
            "outlets": self.outlets,
            "articles": self.articles,
            "speakers": self.speakers,
            "check_worthiness": self.check_worthiness,
            "claim_ids": [c["id"] for c in self.claims],
            "contradictions": self.contradictions,
        }


class LexicalEmbedder:
    """Hashed TF-IDF of lemmas and bigrams (figures masked) + a little spaCy tensor mean."""

    def __init__(self, nlp: Any | None = None) -> None:
        self.nlp = nlp or load_nlp(DEFAULT_MODEL, ())

    def embed(
        self, texts: Sequence[str], published: Sequence[str | None] | None = None
    ) -> tuple[Vectors, list[list[Figure]]]:
        """RETURNS the texts' vectors (one row per text) and the figures each text states.

        What each text's parse gives (terms, tensor mean, figures) is kept per text and
        publication date (:class:`_Parsed`, up to :data:`PARSE_MEMO` texts), so clustering
        the store again after an ingest parses only the new claims."""
        pub = list(published) if published is not None else [None] * len(texts)
        parsed = self._parsed(list(texts), pub)
        bags: list[dict[int, float]] = []
        df: dict[int, int] = defaultdict(int)
        for p in parsed:
            terms = p.terms
            grams = terms + [f"{a} {b}" for a, b in zip(terms, terms[1:], strict=False)]
            bag: dict[int, float] = defaultdict(float)
            for g in grams:
                bag[zlib.crc32(g.encode("utf-8")) % DIM] += 1.0
            bags.append(bag)
            for k in bag:
                df[k] += 1
        n = len(parsed)
        rows, cols, vals = [], [], []
        for i, bag in enumerate(bags):
            for k, tf in bag.items():
                rows.append(i)
                cols.append(k)
                vals.append((1 + np.log(tf)) * (np.log((1 + n) / (1 + df[k])) + 1))
        x = sparse.csr_matrix(
            (np.asarray(vals, dtype="float32"), (rows, cols)), shape=(n, DIM), dtype="float32"
        )
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        x = sparse.diags(1 / np.maximum(norms, 1e-9)).astype("float32") @ x
        tens = (
            np.vstack([p.tensor for p in parsed]).astype("float32")
            if parsed
            else np.zeros((0, 96), dtype="float32")
        )
        tens /= np.maximum(np.linalg.norm(tens, axis=1, keepdims=True), 1e-9)
        vecs = Vectors(
            sparse.csr_matrix(x * np.float32(np.sqrt(1 - TENSOR_WEIGHT))),
            tens * np.float32(np.sqrt(TENSOR_WEIGHT)),
        )
        return vecs, [list(p.figures) for p in parsed]

    def _parsed(self, texts: list[str], published: list[str | None]) -> list[_Parsed]:
        keys = [(id(self.nlp), t, p) for t, p in zip(texts, published, strict=True)]
        missing = {k: i for i, k in enumerate(keys) if k not in _PARSED}
        if missing:
            todo = list(missing)
            for key, d in zip(
                todo, self.nlp.pipe([k[1] for k in todo], batch_size=128), strict=True
            ):
                tensor = d.tensor.mean(axis=0) if len(d) and d.tensor.size else np.zeros(96)
                _PARSED[key] = _Parsed(
                    _terms(d), np.asarray(tensor, dtype="float32"), tuple(figures(d, key[2]))
                )
        out = []
        for k in keys:
            _PARSED.move_to_end(k)
            out.append(_PARSED[k])
        while len(_PARSED) > PARSE_MEMO:
            _PARSED.popitem(last=False)
        return out


@dataclass(frozen=True, slots=True)
class _Parsed:
    """What the embedding needs from one claim's parse."""

    terms: list[str]
    tensor: np.ndarray
    figures: tuple[Figure, ...]


PARSE_MEMO = 2 * 20_000  # texts whose parse is kept (twice MAX_CLAIMS)
_PARSED: OrderedDict[tuple[int, str, str | None], _Parsed] = OrderedDict()


@dataclass(slots=True)
class Vectors:
    """Claim vectors in two parts whose dot products add up to the cosine: hashed TF-IDF
    (sparse) and the spaCy tensor mean (dense, 96 columns), each already weighted."""

    lexical: sparse.csr_matrix
    tensor: np.ndarray

    def similar_pairs(
        self, floor: float, among: Sequence[int] | None = None, block: int = 512
    ) -> dict[tuple[int, int], float]:
        """RETURNS {(i, j): cosine} for i < j at or above ``floor`` (within ``among`` when
        given), computed in row blocks so memory stays at ``block`` x n, never n x n."""
        idx = np.arange(self.tensor.shape[0]) if among is None else np.asarray(among, int)
        lex, ten = self.lexical[idx], self.tensor[idx]
        lex_t = lex.T.tocsc()
        out: dict[tuple[int, int], float] = {}
        for start in range(0, len(idx), block):
            stop = min(len(idx), start + block)
            sims = (lex[start:stop] @ lex_t).toarray() + ten[start:stop] @ ten.T
            for a, b in zip(*np.nonzero(sims >= floor), strict=True):
                if b > a + start:
                    out[(int(idx[a + start]), int(idx[b]))] = float(sims[a, b])
        return out


def figures(doc: Any, published: str | None = None) -> list[Figure]:
    """The figures a parsed text states, each with what it counts, when, and whether it is
    a running total."""
    rules = contradiction_rules()
    low = doc.text.lower()
    cumulative = any(re.search(rf"\b{re.escape(m)}\b", low) for m in rules["cumulative_markers"])
    dates = frozenset(_date_key(e.text, published) for e in doc.ents if e.label_ == "DATE")
    out = []
    for t in doc:
        if not t.like_num or t.ent_type_ in {"DATE", "TIME", "ORDINAL"}:
            continue
        value = _value(t.text)
        if value is None:
            continue
        if t.dep_ in {"nummod", "quantmod", "compound"}:
            head = t.head
            while head.dep_ in {"nummod", "quantmod", "compound"} and head.head.i != head.i:
                head = head.head
            kind = head.lemma_.lower()
            if kind in {"people", "person"} and head.head.pos_ == "VERB":
                kind = head.head.lemma_.lower()  # "14 people were killed"
        elif t.dep_ in {"dobj", "nsubj", "nsubjpass"} and t.head.pos_ == "VERB":
            kind = t.head.lemma_.lower()  # "killing 11", "11 were killed"
        else:
            continue  # "three more than", "No. 2": not a count of something
        if kind in rules["ignore_kinds"]:
            continue
        out.append(Figure(value, kind, t.text, dates, cumulative))
    return out


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _date_key(text: str, published: str | None) -> str:
    """A date expression as a comparable key: a weekday name becomes the date it names in
    the week before publication ("Tuesday" in a story of 6 Sept 2026 → 2026-09-01)."""
    low = text.lower().removesuffix("'s").removesuffix("’s").strip()
    if low in _WEEKDAYS and published:
        try:
            pub = date.fromisoformat(published[:10])
        except ValueError:
            return low
        back = (pub.weekday() - _WEEKDAYS.index(low)) % 7
        return (pub - timedelta(days=back)).isoformat()
    return low


def _value(text: str) -> float | None:
    low = text.lower()
    if low in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[low])
    m = _NUM.fullmatch(text)
    if not m:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _terms(doc: Any) -> list[str]:
    """A claim's terms: lemmas (figures as written), stop words and punctuation out, and a
    parenthetical aside of up to :data:`MAX_ASIDE` tokens left out ("(Fuerzas Armadas
    Revolucionarias de Colombia - FARC)" after the English name): a translation or an
    acronym says nothing new, but a long one shared by two claims outweighed the rest of
    them (see docs/claims.md)."""
    aside: set[int] = set()
    for t in doc:
        if t.text == "(":
            close = next(
                (u.i for u in doc[t.i + 1 : t.i + MAX_ASIDE + 2] if u.text == ")"),
                len(doc) if len(doc) - t.i <= MAX_ASIDE + 1 else None,
            )
            if close is not None:
                aside.update(range(t.i, close))
    return [
        _fold(t.text.lower().replace(",", "") if t.like_num else t.lemma_.lower())
        for t in doc
        if not (t.i in aside or t.is_punct or t.is_space or t.is_stop and not t.like_num)
    ]


def _fold(word: str) -> str:
    """Accents off ("Nicolás" and "Nicolas" are one term)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)[:10]


def claim_rows(store: Any) -> list[dict[str, Any]]:
    """Every stored claim with its document, story, outlet and speaker."""
    return store.sql(
        """SELECT c.claim_id AS id, c.content_text AS content, c.speaker_text AS speaker,
                  coalesce(s.name, c.speaker_text) AS speaker_name, c.attributed,
                  c.check_worthiness, c.hedged, d.id AS document, d.cluster_id AS story,
                  coalesce(d.source, d.id) AS outlet, d.published
           FROM claims c JOIN documents d USING (uid)
           LEFT JOIN entities s ON s.entity_id = c.speaker_entity
           ORDER BY d.published NULLS LAST, c.claim_id"""
    )


def cluster_claims(
    rows: list[dict[str, Any]],
    embedder: LexicalEmbedder | None = None,
    threshold: float = THRESHOLD,
) -> list[ClaimCluster]:
    """RETURNS clusters, the most independently sourced first."""
    if not rows:
        return []
    rows = rows[-MAX_CLAIMS:]
    embedder = embedder or LexicalEmbedder()
    vecs, figs = embedder.embed(
        [r["content"] for r in rows], [_iso(r.get("published")) for r in rows]
    )
    short = [len(r["content"].split()) < MIN_CLUSTER_TOKENS for r in rows]
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    joinable = [i for i in range(len(rows)) if not short[i]]
    for i, j in sorted(vecs.similar_pairs(threshold, joinable)):
        a, b = find(i), find(j)
        if a != b:
            parent[b] = a
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        groups[find(i)].append(i)
    members_of = {i: root for root, ms in groups.items() for i in ms}
    clusters: dict[int, ClaimCluster] = {}
    for root, ms in groups.items():
        claims = [rows[i] for i in ms]
        best = max(claims, key=lambda c: (c["check_worthiness"] or 0.0, -len(c["content"])))
        clusters[root] = ClaimCluster(
            id=0,
            claims=claims,
            stories=len({c["story"] for c in claims}),
            outlets=len({c["outlet"] for c in claims}),
            articles=len({c["document"] for c in claims}),
            speakers=sorted({c["speaker_name"] for c in claims if c["speaker_name"]}),
            representative=best["content"],
            check_worthiness=float(best["check_worthiness"] or 0.0),
        )
    _contradictions(rows, figs, vecs, members_of, clusters)
    out = sorted(
        clusters.values(),
        key=lambda c: (-c.stories, -c.outlets, -c.check_worthiness, c.representative),
    )
    for n, c in enumerate(out, 1):
        c.id = n
    return out


def _same_quantity(a: Figure, b: Figure, sim: float) -> bool:
    rules = contradiction_rules()
    if a.kind != b.kind or a.value == b.value or a.cumulative or b.cumulative:
        return False
    if a.dates or b.dates:
        return bool(a.dates & b.dates) and sim >= rules["dated_min_similarity"]
    return sim >= rules["undated_min_similarity"]


def _contradictions(rows, figs, vecs: Vectors, members_of, clusters) -> None:
    """Different figures for the same quantity in near claims, side by side (one record per
    pair of stories and figures: syndicated copies do not repeat it)."""
    seen: set[tuple] = set()
    rules = contradiction_rules()
    floor = min(rules["dated_min_similarity"], rules["undated_min_similarity"])
    stating = [i for i in range(len(rows)) if figs[i]]  # only claims with figures can clash
    near = vecs.similar_pairs(floor, stating)
    for (i, j), sim in sorted(near.items()):
        ri, rj = rows[i], rows[j]
        if ri["document"] == rj["document"] and ri["speaker_name"] == rj["speaker_name"]:
            continue
        for fi in figs[i]:
            for fj in figs[j]:
                if not _same_quantity(fi, fj, sim):
                    continue
                key = (fi.kind, *sorted([(ri["story"], fi.value), (rj["story"], fj.value)]))
                if key in seen:
                    continue
                seen.add(key)
                record = {
                    "quantity": fi.kind,
                    "similarity": round(sim, 3),
                    "sides": [
                        {
                            "figure": f.text,
                            "value": f.value,
                            "claim": r["id"],
                            "content": r["content"],
                            "speaker": r["speaker_name"],
                            "attributed": r["attributed"],
                            "outlet": r["outlet"],
                            "story": r["story"],
                        }
                        for f, r in ((fi, ri), (fj, rj))
                    ],
                }
                clusters[members_of[i]].contradictions.append(record)
                if members_of[j] != members_of[i]:
                    clusters[members_of[j]].contradictions.append(record)


def corroborated(
    store: Any, rows: list[dict[str, Any]], min_sources: int | None, limit: int
) -> list[dict[str, Any]]:
    """Add each claim row's cluster figures (``cluster``, ``stories``, ``outlets``,
    ``contradicted``) and keep those backed by at least ``min_sources`` independent
    stories. Used by ``watchfloor query claims``. Clustering parses every stored claim, so
    without ``min_sources`` the rows keep the store's cheap count instead: stories that
    carry the same content word for word."""
    if min_sources is None:
        for r in rows:
            r["stories"] = r.get("independent_sources")
        return rows[:limit]
    by_claim = {c["id"]: cl for cl in cluster_claims(claim_rows(store)) for c in cl.claims}
    out = []
    for r in rows:
        cl = by_claim.get(r["id"])
        if cl is None:
            continue
        r.update(
            cluster=cl.id,
            stories=cl.stories,
            outlets=cl.outlets,
            contradicted=bool(cl.contradictions),
        )
        if min_sources is None or cl.stories >= min_sources:
            out.append(r)
    return out[:limit]


def cluster_table(store: Any, limit: int) -> list[dict[str, Any]]:
    """Claim clusters as rows for ``watchfloor query claims --clusters``."""
    rows = []
    for cl in cluster_claims(claim_rows(store))[:limit]:
        d = cl.to_dict()
        d["speakers"] = "; ".join(d["speakers"])
        d["contradictions"] = "; ".join(
            " vs ".join(f"{s['figure']} ({s['speaker'] or s['outlet']})" for s in k["sides"])
            + f" [{k['quantity']}]"
            for k in cl.contradictions
        )
        del d["claim_ids"]
        rows.append(d)
    return rows


def in_window(
    rows: list[dict[str, Any]], since: str | None, until: str | None
) -> list[dict[str, Any]]:
    """RETURNS the claim rows published in ``[since, until]`` (ISO dates, inclusive)."""
    return [
        r
        for r in rows
        if (since is None or (_iso(r["published"]) or "") >= since)
        and (until is None or (_iso(r["published"]) or "") <= until)
    ]


def speaker_label(name: str | None, attributed: bool | None) -> str:
    """Who a claim is shown as said by: the speaker, else "(unnamed source)" for an
    attribution without a named source ("claims of fraud …", "critics say"), else
    "(article)" for the article's own voice."""
    if name:
        return name
    return "(unnamed source)" if attributed else "(article)"


def _figure_label(side: dict[str, Any]) -> str:
    who = speaker_label(side["speaker"], side["attributed"])
    return f"{side['figure']} ({who}, {side['outlet']})"


def report_sections(
    store: Any, since: str | None = None, until: str | None = None, top: int = 10
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """For the situation report: the most check-worthy claims that are unattributed or
    backed by a single independent story, and the conflicting figures. RETURNS both."""
    clusters = cluster_claims(in_window(claim_rows(store), since, until))
    weak = []
    for cl in clusters:
        if cl.stories > 1 and all(c["attributed"] for c in cl.claims):
            continue
        best = max(cl.claims, key=lambda c: c["check_worthiness"] or 0.0)
        weak.append(
            {
                "content": best["content"],
                "speaker": speaker_label(best["speaker_name"], best["attributed"]),
                "cw": round(float(best["check_worthiness"] or 0.0), 2),
                "stories": cl.stories,
                "outlets": cl.outlets,
                "outlet": best["outlet"],
                "document": best["document"],
            }
        )
    weak.sort(key=lambda r: (-r["cw"], r["content"]))
    seen: set[int] = set()
    conflicts = []
    for cl in clusters:
        for k in cl.contradictions:
            if id(k) in seen:
                continue
            seen.add(id(k))
            a, b = k["sides"]
            conflicts.append(
                {
                    "quantity": k["quantity"],
                    "figure_a": _figure_label(a),
                    "figure_b": _figure_label(b),
                    "claim_a": a["content"],
                    "claim_b": b["content"],
                }
            )
    return weak[:top], conflicts[:top]
