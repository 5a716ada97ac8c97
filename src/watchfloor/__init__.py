"""watchfloor: turns a stream of security news into a sourced knowledge graph.

The package reads top-down as the data flows: ``ingest`` → ``normalise``/``dedup`` →
``nlp`` → ``extract`` (actors, events, claims) → ``store`` → ``analyze`` → ``contract``
(the public JSON output) and the ``cli``. :mod:`watchfloor.pipeline` wires the stages.
"""

__version__ = "0.1.0"
