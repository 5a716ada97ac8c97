"""Surfaces benchmark: time and size of each export, escalation detection and the report
on a store (default: the bundled sample corpus ingested into a scratch file).

There is no labelled escalation or export data in the dev sets, so this prints counts and
timings, not precision/recall. The STIX bundle is also run through the OASIS validator.

    .venv/bin/python bench/surfaces.py [--db STORE]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from watchfloor.analyze.escalation import detect
from watchfloor.analyze.report import build_report
from watchfloor.analyze.report_html import markdown_to_html
from watchfloor.export import FORMATS, export
from watchfloor.pipeline import RunOptions, ingest
from watchfloor.store.duckdb_store import DuckDBStore

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="an existing store (default: sample corpus)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="wf-bench-") as tmp:
        out = Path(tmp)
        db = args.db
        if db is None:
            db = out / "sample.duckdb"
            t = time.perf_counter()
            ingest([str(ROOT / "data" / "sample")], db, RunOptions())
            print(f"ingest data/sample: {time.perf_counter() - t:.2f} s")
        with DuckDBStore(db, read_only=True) as store:
            print(
                "store:", json.dumps({k: v for k, v in store.stats().items() if isinstance(v, int)})
            )
            for fmt in FORMATS:
                target = out / f"export.{fmt}"
                t = time.perf_counter()
                summary = export(fmt, store, target)
                took = time.perf_counter() - t
                size = (
                    sum(f.stat().st_size for f in target.iterdir())
                    if target.is_dir()
                    else target.stat().st_size
                )
                summary.pop("path", None)
                summary.pop("format", None)
                if fmt == "parquet":
                    summary = {"tables": len(summary["tables"])}
                print(
                    f"export {fmt:8s} {took:6.2f} s {size / 1024:9.1f} KiB  {json.dumps(summary)}"
                )
            t = time.perf_counter()
            alerts = detect(store)
            print(
                f"escalation: {len(alerts)} alerts "
                f"({sum(a.kind == 'dyad' for a in alerts)} dyad) in "
                f"{time.perf_counter() - t:.2f} s"
            )
            t = time.perf_counter()
            html = markdown_to_html(build_report(store, charts=True))
            print(f"report html: {len(html) / 1024:.1f} KiB in {time.perf_counter() - t:.2f} s")
        try:
            import stix2validator
        except ImportError:
            print("stix2-validator not installed: STIX bundle not validated")
            return
        res = stix2validator.validate_file(
            str(out / "export.stix"), stix2validator.ValidationOptions()
        )
        errors = sum(len(r.errors) for r in res.object_results)
        warnings = sum(len(r.warnings) for r in res.object_results)
        print(f"stix2-validator: valid={res.is_valid} errors={errors} warnings={warnings}")


if __name__ == "__main__":
    main()
