"""Load and validate the event tables in src/watchfloor/data/events/.

cameo_codes.tsv, goldstein.tsv, plover.tsv, verbs.yaml and modality.yaml must load through
EventLexicon and agree with each other (docs/event-coding.md); a few sentences run through
the real spaCy pipeline check that the dictionary codes what a careful coder would.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from watchfloor.data import read_tsv, read_yaml
from watchfloor.extract.events import ahead
from watchfloor.extract.events.modality import LIST_KEYS
from watchfloor.extract.lexicon import MODALITY_KINDS, EventLexicon

DATA = Path(__file__).resolve().parents[2] / "src" / "watchfloor" / "data" / "events"
ROOTS = [f"{i:02d}" for i in range(1, 21)]
PATTERN_KEYS = {
    "obj_any",
    "obj_head_any",
    "prep_obj_any",
    "context_any",
    "context_before_any",
    "code",
}
ENTRY_KEYS = {"lemma", "pos", "code", "patterns", "context_any", "skip_without_context", "examples"}


def quad_of(root: str) -> int:
    """ICEWS / Phoenix convention used by cameo_codes.tsv."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


@cache
def lexicon() -> EventLexicon:
    return EventLexicon()


@cache
def verbs() -> list[dict]:
    return read_yaml(DATA / "verbs.yaml")


def entry(lemma: str, pos: str):
    """The entry the extractor would use for a bare lemma, or the phrasal one asked for."""
    found = [e for e in lexicon().entries(lemma.split()[0], pos) if e.lemma == lemma]
    assert found, f"{lemma} {pos} missing from verbs.yaml"
    return found[0]


def quad(code: str | None) -> int:
    info = lexicon().describe(code or "")
    assert info is not None, code
    return info.quad_class


# -- code tables --------------------------------------------------------------------------
def test_cameo_codes_load_with_roots_and_quads():
    codes = lexicon().codes
    assert len(codes) >= 300
    assert {c.root for c in codes.values()} == set(ROOTS)
    for code, info in codes.items():
        assert code.startswith(info.root), code
        assert info.quad_class == quad_of(info.root), code
        assert info.name, code


def test_goldstein_covers_every_code_within_range():
    rows = {r["code"].strip(): float(r["goldstein"]) for r in read_tsv(DATA / "goldstein.tsv")}
    codes = lexicon().codes
    assert set(rows) <= set(codes), set(rows) - set(codes)
    assert set(codes) <= set(rows), set(codes) - set(rows)
    for info in codes.values():
        assert -10.0 <= info.goldstein <= 10.0, info.code


def test_plover_codes_exist():
    rows = read_tsv(DATA / "plover.tsv")
    assert rows
    unknown = {r["cameo_code"].strip() for r in rows} - set(lexicon().codes)
    assert not unknown


# -- verbs.yaml ---------------------------------------------------------------------------
def test_verbs_shape_and_codes():
    data = verbs()
    assert isinstance(data, list)
    assert len(data) >= 300
    codes = lexicon().codes
    for item in data:
        assert set(item) <= ENTRY_KEYS, item
        assert item["lemma"] == item["lemma"].lower().strip(), item
        assert item["pos"] in {"VERB", "NOUN"}, item
        # quoted strings: an unquoted 073 would load as an octal int. code: null = only the
        # entry's patterns code it ("receive" hosts a visit only with a visitor as object)
        if item["code"] is None:
            assert any(p.get("code") for p in item.get("patterns") or []), item
        else:
            assert isinstance(item["code"], str) and item["code"] in codes, item
        for pattern in item.get("patterns") or []:
            assert set(pattern) <= PATTERN_KEYS | {"no_event", "no_model"}, item
            assert len(pattern) >= 2, item
            # a pattern the quad-class model may not recode to (coder._alternatives)
            assert pattern.get("no_model", True) is True and (
                "code" in pattern or "no_model" not in pattern
            ), item["lemma"]
            if pattern.get("no_event"):  # "charge extortion fees": no event in that sense
                assert pattern["no_event"] is True and "code" not in pattern, item["lemma"]
                assert set(pattern) & (PATTERN_KEYS - {"code"}), item["lemma"]
            else:
                assert isinstance(pattern["code"], str) and pattern["code"] in codes, item
            for key in PATTERN_KEYS - {"code"}:
                assert all(str(w) == str(w).lower() for w in pattern.get(key, [])), item["lemma"]


def test_verbs_cover_all_roots():
    roots = Counter(lexicon().codes[item["code"]].root for item in verbs() if item["code"])
    assert set(roots) == set(ROOTS), set(ROOTS) - set(roots)


def test_one_bare_entry_per_lemma_and_pos():
    bare = Counter((i["lemma"], i["pos"]) for i in verbs() if " " not in i["lemma"])
    assert not [k for k, n in bare.items() if n > 1]
    phrasal = Counter((i["lemma"], i["pos"]) for i in verbs() if " " in i["lemma"])
    assert not [k for k, n in phrasal.items() if n > 1]


def test_context_gates_are_usable():
    for item in verbs():
        if item.get("skip_without_context"):
            gate = item.get("context_any") or []
            assert gate, item["lemma"]
            # the trigger's own lemma is always in its sentence: it would open every gate
            assert item["lemma"].split()[0] not in gate, item["lemma"]
            assert all(str(w) == str(w).lower() for w in gate), item["lemma"]


def test_reporting_verbs_are_not_events():
    # the claim extractor owns these; "claim responsibility" (015) is a fixed phrase
    for lemma in ("say", "tell", "report", "claim", "believe", "think", "add", "note", "allege"):
        assert all(e.particles for e in lexicon().entries(lemma, "VERB")), lemma


@pytest.mark.parametrize(
    ("lemma", "pos", "quad_class", "root"),
    [
        ("strike", "VERB", 4, None),
        ("strike", "NOUN", 4, None),
        ("airstrike", "NOUN", 4, "19"),
        ("designate", "VERB", 4, "16"),
        ("designation", "NOUN", 4, "16"),
        ("ultimatum", "NOUN", 3, "13"),
        ("vow", "VERB", 1, "03"),
        ("take over", "VERB", 4, "17"),
        ("takeover", "NOUN", 4, "17"),
        ("demand", "VERB", 3, "10"),
        ("demand", "NOUN", 3, "10"),
        ("accuse", "VERB", 3, "11"),
        ("reject", "VERB", 3, "12"),
        ("threaten", "VERB", 3, "13"),
        ("arrest", "VERB", 4, "17"),
        ("arrest", "NOUN", 4, "17"),
        ("seize", "VERB", 4, "17"),
        ("deploy", "VERB", 4, "15"),
        ("sanction", "VERB", 4, "16"),
        ("sanction", "NOUN", 4, "16"),
        ("extradite", "VERB", 2, "06"),
        ("meet", "VERB", 1, "04"),
        ("talk", "NOUN", 1, "04"),
        ("monitor", "VERB", 3, "09"),
        ("investigate", "VERB", 3, "09"),
        ("protest", "NOUN", 4, "14"),
        ("ceasefire", "NOUN", 2, "08"),
        ("kidnap", "VERB", 4, "18"),
        ("massacre", "NOUN", 4, "20"),
        ("crack down on", "VERB", 4, "17"),
        ("hand over", "VERB", 2, "06"),
        ("call for", "VERB", 1, "02"),
    ],
)
def test_spot_checks(lemma, pos, quad_class, root):
    found = entry(lemma, pos)
    assert quad(found.code) == quad_class
    if root:
        assert found.code.startswith(root)


REQUIRED_NOUNS = [
    "strike",
    "airstrike",
    "attack",
    "raid",
    "seizure",
    "arrest",
    "ultimatum",
    "designation",
    "takeover",
    "sanction",
    "talk",
    "meeting",
    "agreement",
    "deal",
    "deployment",
    "extradition",
    "killing",
    "murder",
    "massacre",
    "ambush",
    "clash",
    "bombing",
    "protest",
    "threat",
    "accusation",
    "demand",
    "aid",
    "blockade",
    "deportation",
    "crackdown",
    "invasion",
    "offensive",
    "kidnapping",
    "assassination",
    "visit",
    "summit",
    "negotiation",
    "cooperation",
    "investigation",
    "probe",
    "embargo",
    "ceasefire",
    "truce",
    "release",
]
REQUIRED_PHRASES = [
    "call for",
    "hand over",
    "pull out",
    "step down",
    "cut ties",
    "break off",
    "crack down on",
    "take over",
    "fire on",
    "shoot down",
    "insist on",
]


def test_security_vocabulary_is_covered():
    have = {(i["lemma"], i["pos"]) for i in verbs()}
    assert not [n for n in REQUIRED_NOUNS if (n, "NOUN") not in have]
    assert not [v for v in REQUIRED_PHRASES if (v, "VERB") not in have]


def test_ambiguous_words_are_gated():
    # labour strikes, fired ministers, charged batteries, designated areas
    for lemma in ("strike", "fire", "charge", "designate", "fight", "release"):
        assert entry(lemma, "VERB").skip_without_context, lemma


def test_refinements():
    assert entry("strike", "VERB").patterns[0]["code"] == "057"  # strike a deal
    codes = [p["code"] for p in entry("strike", "NOUN").patterns]
    assert {"142", "143", "1952", "195"} <= set(codes)
    assert {p["code"] for p in entry("threaten", "VERB").patterns} >= {"138", "1312"}


# -- modality.yaml ------------------------------------------------------------------------
def test_modality_cues():
    raw = read_yaml(DATA / "modality.yaml")
    extra = set(LIST_KEYS)  # the lists modality.py reads
    assert set(raw) == set(MODALITY_KINDS) | {"double_negative", "reporting"} | extra
    phrasal = {"cancelling_verbs", "averting_verbs"}  # verb + particle ("call off", "stave
    # off"), matched as lemma + prt
    for key in extra:
        assert raw[key] and all(
            isinstance(c, str)
            and c == c.lower()
            and (" " not in c or (key in phrasal and len(c.split()) == 2))
            for c in raw[key]
        ), key
    assert "rule out" in lexicon().double_negative and "say" in lexicon().reporting
    for kind in MODALITY_KINDS:
        cues = raw[kind]
        assert cues and all(isinstance(c, str) and c == c.lower() for c in cues), kind
        assert lexicon().modality[kind] == set(cues)
    assert {"not", "n't", "never"} <= set(raw["negation"])
    assert {"could", "might", "threaten"} <= set(raw["hypothetical"])
    assert "will" in raw["future"]
    assert {"allegedly", "reportedly"} <= set(raw["alleged"])


def test_ahead_lists():
    # ahead.yaml (future46): exactly the lists ahead.py reads, each a non-empty list of
    # lower-case words (one word each, "'ll" included)
    raw = read_yaml(DATA / "ahead.yaml")
    assert set(raw) == set(ahead.LIST_KEYS)
    for key in ahead.LIST_KEYS:
        words = raw[key]
        assert words and all(
            isinstance(w, str) and w == w.lower() and " " not in w for w in words
        ), key
    assert {"meeting", "talk", "visit", "summit"} <= set(raw["meeting_nouns"])
    assert "proposed" not in raw["ahead_modifiers"]  # a proposal is hypothetical
    assert not set(raw["ahead_date_words"]) & set(raw["behind_date_words"])


# -- through the real pipeline --------------------------------------------------------------
SENTENCES = {
    "strike": "U.S. forces struck three drug boats in the Caribbean on Sunday.",
    "ultimatum": "Trump issued an ultimatum to Maduro.",
    "reject": "Venezuela rejected the demand.",
    "arrest": "Colombian police arrested five members of Tren de Aragua.",
    "meet": "Petro and Trump met in Washington.",
    "negated": "Venezuela's army did not attack Colombia.",
    "hypothetical": "Tren de Aragua could strike back.",
    "designate": "The State Department designated Tren de Aragua a foreign terrorist organization.",
    "deal": "Colombia struck a deal with Ecuador.",
    "quake": "An earthquake struck Turkey on Monday.",
    "talks": "Brazil called for talks between Venezuela and the United States.",
    "video": "The Pentagon released a video of the strike.",
}


@pytest.fixture(scope="module")
def coded():
    """The pipeline's events for each data-file sentence, without the trained event filter
    (these tests check verbs.yaml and modality.yaml; "Tren de Aragua could strike back."
    scores below the filter's threshold)."""
    from tests.event_filter_switch import event_filter_off

    from watchfloor.model import RawDocument
    from watchfloor.nlp import NlpStage
    from watchfloor.normalise import to_document

    docs = [
        to_document(RawDocument(id=k, text=v, origin="test", fmt="text"))
        for k, v in SENTENCES.items()
    ]
    with event_filter_off():
        return {d.raw.id: d.events for d in NlpStage().process(docs)}


def only(coded, key):
    events = coded[key]
    assert events, f"no event in {SENTENCES[key]!r}"
    return events[0]


def test_pipeline_strike(coded):
    ev = only(coded, "strike")
    assert ev.root in {"18", "19"} and ev.quad_class == 4
    assert not (ev.negated or ev.hypothetical)


def test_pipeline_ultimatum(coded):
    ev = only(coded, "ultimatum")
    assert ev.quad_class == 3 and ev.root == "13"
    assert ev.source and ev.target


def test_pipeline_reject(coded):
    assert only(coded, "reject").root == "12"


def test_pipeline_arrest(coded):
    ev = only(coded, "arrest")
    assert ev.root == "17" and ev.quad_class == 4


def test_pipeline_meet(coded):
    ev = only(coded, "meet")
    assert ev.root == "04" and ev.quad_class == 1


def test_pipeline_negated(coded):
    ev = only(coded, "negated")
    assert ev.quad_class == 4 and ev.negated


def test_pipeline_hypothetical(coded):
    ev = only(coded, "hypothetical")
    assert ev.quad_class == 4 and ev.hypothetical and not ev.negated


def test_pipeline_designation_is_a_sanction(coded):
    ev = only(coded, "designate")
    assert ev.root == "16" and ev.source and ev.target


def test_pipeline_strike_a_deal_and_earthquake(coded):
    assert only(coded, "deal").quad_class == 1
    assert coded["quake"] == []


def test_pipeline_prepositional_object_patterns(coded):
    # "called for talks": talks is the object of "for", matched by prep_obj_any
    ev = only(coded, "talks")
    assert ev.root == "02" and ev.code == "026"


def test_pipeline_released_video_is_not_a_release(coded):
    assert not [ev for ev in coded["video"] if ev.root == "08"]


# -- refusals.tsv and recoding.yaml (issue 12, recoder16) -------------------------------------
def test_refusal_rows_name_reject_codes_and_when():
    rows = read_tsv(DATA / "refusals.tsv")
    codes = lexicon().codes
    for row in rows:
        assert codes[row["refusal"]].root == "12", row
        assert (row.get("when") or "") in {"", "ceased"}, row
        # verbal cooperation (roots 03-05) is refused only once it has ended
        assert (row["prefix"][:2] in {"03", "04", "05"}) == (row.get("when") == "ceased"), row


def test_recoding_policy_names_every_match_once():
    from watchfloor.extract.events.classify import BARRED, MATCHES, parse_policy

    raw = read_yaml(DATA / "recoding.yaml")
    assert set(raw) == set(MATCHES) | {BARRED}
    assert parse_policy(raw)["sense"] == frozenset()


def test_barred_recodes_name_lemmas_objects_and_known_code_prefixes():
    from watchfloor.extract.events.classify import parse_bars

    bars = parse_bars(read_yaml(DATA / "recoding.yaml"))
    assert bars
    codes = lexicon().codes
    for bar in bars:
        assert bar.lemmas and bar.objects and bar.roots, bar
        assert all(any(c.startswith(r) for c in codes) for r in bar.roots), bar
        assert all(w == w.lower() and w.strip() == w for w in bar.objects | bar.lemmas), bar
