"""The claim extractor: who said what, how sure, and what is worth checking.

Reads: spaCy's parse and tensor, the entities of the actor extractor, the attribution
and hedge cues (``watchfloor/data/claims/cues.yaml``) and the check-worthiness model
(``watchfloor/data/models/checkworthiness/``).
Adds: :class:`watchfloor.model.Claim` records (speaker, cue, content, hedges,
check-worthiness) to ``Extraction.claims`` and a check-worthiness score for every sentence.

Modules: :mod:`.attribution` (the :class:`ClaimExtractor` component: reporting verbs,
"according to", claim nouns, unattributed assertions), :mod:`.speakers` (speaker to
entity), :mod:`.quotes` (quotations over several sentences), :mod:`.punctuation`
("NAME: content", dash attributions), :mod:`.hedges` (hedge cues and their scope),
:mod:`.checkworthiness` (the sentence scorer).
"""

from watchfloor.extract.claims.attribution import ClaimExtractor

__all__ = ["ClaimExtractor"]
