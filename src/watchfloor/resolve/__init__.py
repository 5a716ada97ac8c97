"""Cross-document entity resolution: one canonical entity per real actor.

Flow: the actor extractor resolves mentions inside one document; when the store writes a
batch, :func:`store.resolve_batch` assigns every document-level entity (a
:class:`records.Record`) to a canonical entity with :class:`resolver.Resolver` (names,
type, kind, country, shared context), keeps the evidence of each merge and each alias
conflict, and applies analysts' decisions (:mod:`decisions`). See docs/resolution.md.
"""
