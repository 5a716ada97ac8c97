"""Which named actors carry no actor code, of what form, and whether events use them.

Issue #11 (uncoded41): the share of named people and organisations that carry an actor
code ("named coded" of ``bench/eval_actor_coding.py``) is the lever on events left with an
empty side. This helper draws the same documents as that script (``--docs`` InSight Crime
and ``--docs`` Reuters articles, ``--seed``; no ``--unseen``: it is for the development
draw, ``--seed 11 --docs 150``), runs the NLP stage with the actor and event extractors and
lists every named entity without a code (people, organisations and places, the types the
extractor gives to spaCy's PERSON / ORG / GPE; nationality words are not entities), with its
mentions, whether it is the source or target of an emitted event (all modalities; asserted
ones counted apart), and a class read from its form alone (:func:`form_class`):

* organisations: ``firm`` (Corp, Inc, Ltd, Bank, Airlines ..., or a ticker ``<ABC>``),
  ``government body`` (Ministry, Department, Commission, Agency of ...), ``party``,
  ``union``, ``media`` (Times, Journal, Radio, News ...), ``international body``, else
  ``other org``;
* people: ``person, titled`` when any mention has a title word before it or in an
  apposition after it (roles.tsv plus :data:`TITLE_WORDS`), else ``person, untitled``;
* places: ``place``.

Printed: counts by class (entities, mentions, event sides, asserted events one coding would
complete), the share of uncoded entities that are event sides, and the named-coded and
asserted-both figures of the draw. ``--sample N`` prints N uncoded entities (person and
organisation; the lowest hashes of key with the seed) with their first sentence, to be read
against the article. Reading the listing makes figures on this seed tuned-on.

Usage:
    WATCHFLOOR_SHARED=/work/shared PYTHONPATH=src python bench/uncoded_named.py \
        [--docs 150] [--seed 11] [--sample 60] [--out /tmp/uncoded.tsv]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_actor_coding as ev  # noqa: E402
from watchfloor.extract.gazetteer import fold  # noqa: E402

CLASSES = (
    "firm",
    "government body",
    "party",
    "union",
    "media",
    "international body",
    "other org",
    "person, titled",
    "person, untitled",
    "place",
)

# Weak words ("Capital", "Financial", "Group") are left out: in these corpora they name
# criminal groups and NGOs as often as firms.
FIRM = re.compile(
    r"\b(?:corp|corporation|inc|incorporated|co|cos|company|companies|ltd|limited|plc|llc|"
    r"ag|sa|nv|bv|spa|gmbh|ab|bhd|pty|holdings?|industries|enterprises|bank|bancorp|"
    r"banque|airlines?|airways|air lines|motors|petroleum|oil|steel|chemicals?|electric|"
    r"mining|securities|brothers|bros|insurance|communications|telecom|technologies|"
    r"pharmaceuticals?|foods|stores|shipping|fc)\b\.?",
    re.IGNORECASE,
)
TICKER = re.compile(r"<[A-Z.]{1,6}>")
GOVERNMENT = re.compile(
    r"\b(?:ministry|ministries|department|commission|agency|bureau|office|secretariat|"
    r"treasury|cabinet|parliament|congress|senate|assembly|council|court|tribunal|"
    r"administration|authority|directorate|board|police|army|navy|air force|"
    r"armed forces|customs|reserve|fed|national guard|prosecutor'?s?|attorney general|unit|"
    r"division|secret service|ombudsman'?s?|statistics|comptroller)\b",
    re.IGNORECASE,
)
PARTY = re.compile(
    r"\b(?:party|partido|democrats|republicans|tories|labour|socialists|communists|"
    r"christian democratic|front)\b",
    re.IGNORECASE,
)
UNION = re.compile(
    r"\b(?:union|unions|federation of labou?r|confederation|workers|teamsters|"
    r"brotherhood|syndicate|sindicato)\b",
    re.IGNORECASE,
)
MEDIA = re.compile(
    r"\b(?:times|journal|radio|news|newspaper|tv|television|broadcasting|press|post|"
    r"herald|tribune|gazette|daily|weekly|magazine|reuters?|associated press|afp|tass|"
    r"xinhua|kyodo|el tiempo|el pais)\b",
    re.IGNORECASE,
)
INTERNATIONAL = re.compile(
    r"\b(?:united nations|u\.?n\.?|european|opec|nato|imf|international monetary fund|"
    r"world bank|gatt|oecd|organi[sz]ation of|interpol|international|inter-american|"
    r"asean|mercosur|ecowas|organization of american states|oas|ec)\b",
    re.IGNORECASE,
)
# Agency is a news agency when a media word goes with it ("Kyodo News Agency").
MEDIA_AGENCY = re.compile(r"\bnews agency\b|\bpress agency\b", re.IGNORECASE)

# Title words besides roles.tsv's (those cover offices: minister, president, general ...).
TITLE_WORDS = frozenset(
    [
        "chairman",
        "chairwoman",
        "chair",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "executive",
        "president",
        "minister",
        "secretary",
        "general",
        "governor",
        "mayor",
        "ambassador",
        "envoy",
        "senator",
        "congressman",
        "representative",
        "judge",
        "prosecutor",
        "commander",
        "colonel",
        "captain",
        "lieutenant",
        "major",
        "chief",
        "head",
        "leader",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "sheikh",
        "pope",
        "cardinal",
        "archbishop",
        "bishop",
        "analyst",
        "economist",
        "official",
        "officer",
        "deputy",
        "undersecretary",
        "treasurer",
        "manager",
        "founder",
        "owner",
        "partner",
        "vice",
        "premier",
        "chancellor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "sen",
        "gen",
        "col",
        "lt",
        "gov",
        "rep",
    ]
)
HONORIFICS = frozenset(["mr", "mrs", "ms", "dr"])  # a courtesy, not a role


# An organisation's class by the first of these forms its name shows (order decides: a news
# agency before an international body, a ticker before anything else a firm's name holds)
ORG_FORMS = (
    (MEDIA_AGENCY, "media"),
    (TICKER, "firm"),
    (INTERNATIONAL, "international body"),
    (PARTY, "party"),
    (UNION, "union"),
    (MEDIA, "media"),
    (GOVERNMENT, "government body"),
    (FIRM, "firm"),
)


def form_class(name: str, etype: str, titled: bool = False) -> str:
    """The class of an uncoded entity from its form: its name, its type (person,
    organization, location) and, for a person, whether any mention carries a title."""
    if etype == "location":
        return "place"
    if etype == "person":
        return "person, titled" if titled else "person, untitled"
    text = " ".join(name.split())
    return next((kind for form, kind in ORG_FORMS if form.search(text)), "other org")


def titled(ent, text: str, words: set[str]) -> bool:
    """Whether any mention of a person has a title: roles.tsv's role words or
    :data:`TITLE_WORDS` among the three words before it or in an apposition after it
    (as ``eval_actor_coding.role_bearing``), or a title the extractor kept."""
    if ent.attributes.get("titles"):
        return True
    allowed = (words | TITLE_WORDS) - HONORIFICS
    for m in ent.mentions:
        before = re.findall(r"[A-Za-z']+", text[max(0, m.start - 60) : m.start])[-3:]
        appos = re.match(r"\s*,\s*(?:a|an|the)?\s*([^,.;]{0,60})[,.;]", text[m.end : m.end + 80])
        cands = before + (re.findall(r"[A-Za-z']+", appos.group(1)) if appos else [])
        if any(fold(w).rstrip("s") in allowed or fold(w) in allowed for w in cands):
            return True
    return False


@dataclass
class Uncoded:
    """One uncoded named entity of one document."""

    corpus: str
    doc_id: str
    name: str
    etype: str
    cls: str
    mentions: int
    source: int = 0  # emitted events with it as source
    target: int = 0
    completes: int = 0  # asserted events that coding it would make two-coded
    first: str = ""  # the sentence of its first mention (for reading, never committed)
    extra: dict = field(default_factory=dict)

    @property
    def side(self) -> str:
        return (
            ("both" if self.source and self.target else "source" if self.source else "target")
            if self.source or self.target
            else "-"
        )

    def key(self) -> str:
        return "|".join((self.doc_id, " ".join(self.name.split()), self.etype))


def _sentence(text: str, start: int, end: int) -> str:
    s = text.rfind(". ", 0, start) + 1
    e = text.find(". ", end)
    return " ".join(text[s : e + 1 if e > 0 else end + 200].split())[:400]


def collect(pairs, docs, words: set[str]) -> tuple[list[Uncoded], Counter]:
    """The uncoded named entities of the processed documents, and the draw's totals."""
    out: list[Uncoded] = []
    totals: Counter = Counter()
    for (corpus, raw), doc in zip(pairs, docs, strict=True):
        ents = {e.id: e for e in doc.entities}
        src: Counter = Counter(e.source for e in doc.events if e.source)
        tgt: Counter = Counter(e.target for e in doc.events if e.target)
        completes: Counter = Counter()
        for e in doc.events:
            if not ev.asserted(e):
                continue
            totals["asserted"] += 1
            totals["asserted_both"] += bool(e.source_code and e.target_code)
            s, t = ents.get(e.source or ""), ents.get(e.target or "")
            # one coding completes the event: the other side is coded already
            if s and not e.source_code and e.target_code:
                completes[s.id] += 1
            if t and not e.target_code and e.source_code:
                completes[t.id] += 1
        for ent in doc.entities:
            if ent.id.startswith("act:"):
                continue
            if ent.type in {"person", "organization"}:
                totals["named"] += 1
                totals["named_coded"] += bool(ent.actor_code)
            if ent.actor_code or ent.type not in {"person", "organization", "location"}:
                continue
            if ent.type == "location" and ent.kind in ("region", "facility"):
                continue
            m = ent.mentions[0]
            out.append(
                Uncoded(
                    corpus=corpus,
                    doc_id=raw.id,
                    name=" ".join(ent.name.split()),
                    etype=ent.type,
                    cls=form_class(
                        ent.name, ent.type, ent.type == "person" and titled(ent, doc.text, words)
                    ),
                    mentions=len(ent.mentions),
                    source=src[ent.id],
                    target=tgt[ent.id],
                    completes=completes[ent.id],
                    first=_sentence(doc.text, m.start, m.end),
                    extra={
                        "kind": ent.kind,
                        "country": ent.country,
                        **{k: v for k, v in ent.attributes.items() if k == "titles"},
                    },
                )
            )
    return out, totals


def report(found: list[Uncoded], totals: Counter) -> None:
    print(
        f"named coded (people and organisations): {totals['named_coded']}/{totals['named']}"
        f" = {totals['named_coded'] / max(1, totals['named']):.3f}; asserted both coded: "
        f"{totals['asserted_both']}/{totals['asserted']}"
        f" = {totals['asserted_both'] / max(1, totals['asserted']):.3f}"
    )
    print(
        f"{'class':20} {'entities':>8} {'mentions':>8} {'sides':>6} {'as src':>6} "
        f"{'as tgt':>6} {'completes':>9}"
    )
    for cls in CLASSES:
        rows = [u for u in found if u.cls == cls]
        if not rows:
            continue
        print(
            f"{cls:20} {len(rows):>8} {sum(u.mentions for u in rows):>8} "
            f"{sum(1 for u in rows if u.side != '-'):>6} "
            f"{sum(1 for u in rows if u.source):>6} {sum(1 for u in rows if u.target):>6} "
            f"{sum(u.completes for u in rows):>9}"
        )
    actors = [u for u in found if u.etype != "location"]
    for label, group in (("all", found), ("people and organisations", actors)):
        sides = sum(1 for u in group if u.side != "-")
        print(
            f"event sides among uncoded ({label}): {sides}/{len(group)}"
            f" = {sides / max(1, len(group)):.3f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150, help="documents per corpus")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--sample", type=int, default=0, help="print N uncoded actors to read")
    ap.add_argument("--top", type=int, default=0, help="print the N commonest names per class")
    ap.add_argument("--out", type=Path, help="write every uncoded entity to this TSV")
    args = ap.parse_args()
    from watchfloor.nlp import NlpStage
    from watchfloor.nlp.pipeline import without_failures
    from watchfloor.normalise import to_document

    pairs = ev.load(args.docs, args.seed)
    stage = NlpStage(extractors=("actors", "events"), batch_size=16)
    docs = list(without_failures(stage.process(to_document(raw) for _, raw in pairs)))
    found, totals = collect(pairs, docs, ev._role_words())
    print(f"uncoded named entities: {len(docs)} documents (seed {args.seed})")
    report(found, totals)
    if args.top:
        for cls in CLASSES:
            names = Counter(u.name for u in found if u.cls == cls)
            print(f"{cls}: " + "; ".join(f"{n} {c}" for n, c in names.most_common(args.top)))
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for u in found:
                fh.write(
                    f"{u.corpus}\t{u.doc_id}\t{u.name}\t{u.etype}\t{u.cls}\t{u.mentions}\t"
                    f"{u.side}\t{u.completes}\t{u.extra}\t{u.first}\n"
                )
    if args.sample:

        def rank(u: Uncoded) -> str:
            return hashlib.sha256(f"{args.seed}\0{u.key()}".encode()).hexdigest()

        actors = sorted((u for u in found if u.etype != "location"), key=rank)
        for u in actors[: args.sample]:
            print(
                f"{u.key()}\t{u.cls}\t{u.mentions}\t{u.side}\t{u.completes}\t{u.extra}\t{u.first}"
            )


if __name__ == "__main__":
    main()
