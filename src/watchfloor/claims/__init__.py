"""Claims beyond one sentence: the check-worthiness scorer and its training helpers.

Used by the claims extractor (:mod:`watchfloor.extract.claims`) at extraction time and by
``scripts/train_checkworthy.py`` / ``bench/eval_checkworthy.py`` offline.
"""
