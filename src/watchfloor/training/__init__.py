"""Training: the offline code that builds every model shipped in ``watchfloor/data/models``.

One module per model (:mod:`.checkworthiness`, ...), each with a ``main(argv)`` that reads
the shared development data (``../shared`` or ``$WATCHFLOOR_SHARED``), cross-validates with
a fixed seed, fits the final model on all of it and writes the model, ``meta.json`` and
``MODEL_CARD.md`` through :func:`watchfloor.training.common.write_model`. Run one with::

    .venv/bin/python -m watchfloor.training checkworthiness

The pipeline never imports this package: it loads the results with :mod:`watchfloor.trained`.
"""

TRAINERS: dict[str, str] = {
    "attribution_cues": "watchfloor.training.attribution_cues",
    "checkworthiness": "watchfloor.training.checkworthiness",
    "event_args": "watchfloor.training.event_args",
    "event_class": "watchfloor.training.event_class",
    "event_filter": "watchfloor.training.event_filter",
    "event_relevance": "watchfloor.training.event_relevance",
    "es_triggers": "watchfloor.training.es_triggers",
    "inferred_country": "watchfloor.training.inferred_country",
    "side_linker": "watchfloor.training.side_linker",
}
