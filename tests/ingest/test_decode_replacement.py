"""Bad bytes in a UTF-8 text (issue 15, finding 5): replacement characters and a note,
never mojibake from another codec chosen because of one byte."""

from __future__ import annotations

import io

from watchfloor.errors import Reason
from watchfloor.ingest.decode import decode
from watchfloor.ingest.limits import DEFAULT_LIMITS as LIMITS
from watchfloor.ingest.records import read_jsonl
from watchfloor.ingest.text import read_text

SPANISH = (
    "La policía de Bogotá detuvo el martes a tres hombres en Medellín, según un "
    "comunicado de la Fiscalía que cita fuentes oficiales."
)


def _one_bad_byte(text: str, at: int = 40) -> bytes:
    data = text.encode("utf-8")
    return data[:at] + b"\xff" + data[at:]


def test_one_bad_byte_keeps_utf8_and_replaces_only_that_byte():
    """Regression: this text was stored as 'La policﾃｭa de Bogotﾃ｡ …' (another codec)."""
    text = decode(_one_bad_byte(SPANISH))
    assert "policía de Bogotá" in text and "Medellín" in text
    assert text.count("\ufffd") == 1 and text.replaced == 1


def test_a_text_file_with_bad_bytes_gets_a_note():
    data = _one_bad_byte(SPANISH, 20) + b" " + _one_bad_byte(SPANISH, 60)
    [doc] = list(read_text(data, "nota.txt", LIMITS))
    assert "Bogotá" in doc.text
    assert [(n.code, n.count) for n in doc.notes] == [(Reason.REPLACED_BYTES.value, 2)]


def test_a_jsonl_line_with_a_bad_byte_is_noted():
    line = b'{"id": "x", "text": "' + _one_bad_byte(SPANISH) + b'"}\n'
    [doc] = list(read_jsonl(io.BytesIO(line), "n.jsonl", LIMITS))
    assert "Medellín" in doc.text and doc.notes[0].code == Reason.REPLACED_BYTES.value


def test_windows_1252_text_is_still_read_as_windows_1252():
    data = SPANISH.encode("cp1252")
    text = decode(data)
    assert text == SPANISH and getattr(text, "replaced", 0) == 0


def test_many_bad_bytes_are_not_papered_over():
    data = b"".join(_one_bad_byte("Palabra á ", 3) for _ in range(50))
    text = decode(data)
    assert getattr(text, "replaced", 0) == 0  # not taken as UTF-8 with 50 replacements


def test_a_byte_windows_1252_leaves_undefined_is_no_reason_for_another_codec():
    """Regression: an English text with one byte undefined in Windows-1252 (0x81) went to
    the detector and came out in a Cyrillic code page."""
    english = (
        "Police in the capital said on Tuesday that three men were detained after "
        "a raid on a warehouse near the port, officials said."
    )
    data = english.encode()[:30] + b"\x81" + english.encode()[30:]
    text = decode(data)
    assert text.replaced == 1 and text.replace("\ufffd", "") == english


def test_a_text_file_with_a_bad_byte_is_stored_not_quarantined(tmp_path):
    """Regression: a text whose bad byte was replaced reached spaCy as the decoder's str
    subclass and was quarantined (W201 "expected str, got Decoded") instead of stored."""
    import json

    from typer.testing import CliRunner

    from watchfloor.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nota.txt").write_bytes(_one_bad_byte(SPANISH))
    db = str(tmp_path / "wf.duckdb")

    def cli(*args: str) -> str:
        res = CliRunner().invoke(app, [*args, "--db", db])
        assert res.exit_code == 0, res.output
        return res.output

    cli("ingest", str(tmp_path / "in"), "--quiet")
    assert json.loads(cli("quarantine", "-f", "json")) == []
    notes = json.loads(cli("quarantine", "--notes", "-f", "json"))
    assert [(n["id"], n["code"], n["count"]) for n in notes] == [
        ("nota.txt", Reason.REPLACED_BYTES.value, 1)
    ]


def test_extract_output_carries_the_repair_note(tmp_path):
    """`watchfloor extract` JSONL says what was repaired, as `quarantine --notes` does."""
    import json

    from typer.testing import CliRunner

    from watchfloor.cli import app
    from watchfloor.contract import validate

    (tmp_path / "nota.txt").write_bytes(_one_bad_byte(SPANISH))
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["extract", str(tmp_path / "nota.txt"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    validate(record)
    assert [(n["code"], n["count"]) for n in record["notes"]] == [(Reason.REPLACED_BYTES.value, 1)]
