from watchfloor.model import RawDocument
from watchfloor.normalise import content_hash, document_uid, normalised_text, to_document


def test_normalised_text_folds_case_quotes_and_space():
    assert normalised_text("  The “Cartel”\n de  los Soles ") == 'the "cartel" de los soles'


def test_content_hash_ignores_layout_but_not_words():
    assert content_hash("A  b\nc") == content_hash("a b c")
    assert content_hash("a b c") != content_hash("a b d")


def test_uid_depends_on_id_and_content():
    h = content_hash("text")
    assert document_uid("x", h) == document_uid("x", h)
    assert document_uid("x", h) != document_uid("y", h)


def test_to_document_keeps_text_verbatim():
    raw = RawDocument(id="a", text="Tren de Aragua\u00a0members", origin="o", fmt="text")
    doc = to_document(raw)
    assert doc.text == raw.text
    assert doc.content_hash == content_hash(raw.text)
