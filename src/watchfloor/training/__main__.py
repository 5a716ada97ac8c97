"""``python -m watchfloor.training NAME [options]``: rebuild one shipped model."""

from __future__ import annotations

import sys
from importlib import import_module

from watchfloor.training import TRAINERS


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in TRAINERS:
        print(
            f"usage: python -m watchfloor.training {{{','.join(TRAINERS)}}} [options]",
            file=sys.stderr,
        )
        return 2
    return int(import_module(TRAINERS[argv[0]]).main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
