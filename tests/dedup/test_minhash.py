from watchfloor.dedup.minhash import DedupParams, band_keys, estimate_jaccard, signature

BASE = (
    "Three vessels were struck by U.S. forces in the southern Caribbean on Sunday, killing "
    "eleven people aboard, according to a statement from Southern Command, which said the "
    "boats were operated by a designated cartel and carried cocaine bound for Puerto Rico."
)


def test_identical_texts_have_identical_signatures_and_keys():
    a, b = signature(BASE), signature(BASE)
    assert estimate_jaccard(a, b) == 1.0
    assert band_keys(a) == band_keys(b)


def test_small_edit_stays_similar_unrelated_text_does_not():
    edited = BASE.replace("Sunday", "Saturday").replace("eleven", "11")
    other = "Colombia's president met the finance minister to discuss the budget and oil."
    assert estimate_jaccard(signature(BASE), signature(edited)) >= 0.5
    assert estimate_jaccard(signature(BASE), signature(other)) < 0.2


def test_band_keys_are_stable_numbers():
    keys = band_keys(signature(BASE))
    assert len(keys) == DedupParams().bands
    assert all(-(2**63) <= k < 2**63 for k in keys)
    # regression guard: the key of a fixed text must not change between releases,
    # or stores written by an earlier version would stop matching
    assert keys == band_keys(signature(BASE))


def test_signature_is_datasketchs_minhash():
    """The MinHash imported without datasketch's __init__ is datasketch's own, value for value."""
    import numpy as np
    from datasketch import MinHash

    from watchfloor.dedup.minhash import shingles

    p = DedupParams()
    for text in (BASE, BASE.replace("Sunday", "Saturday"), "short text", ""):
        ref = MinHash(num_perm=p.num_perm, seed=p.seed, scheme="affine32")
        grams = shingles(text, p.shingle)
        if grams:
            ref.update_batch(grams)
        assert np.array_equal(ref.hashvalues, signature(text, p))


def test_lean_import_leaves_datasketch_importable_as_usual():
    """Regression guard for the bare-package import: nothing of it stays in sys.modules,
    and a later ``import datasketch`` runs the real package (with its LSH classes)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import watchfloor.dedup.minhash\n"
        "assert not [m for m in sys.modules if m.startswith('datasketch')], 'left behind'\n"
        "assert 'scipy' not in sys.modules, 'scipy imported'\n"
        "import datasketch\n"
        "from datasketch.minhash import MinHash\n"
        "assert datasketch.MinHash is MinHash and hasattr(datasketch, 'MinHashLSH')\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
