"""Analyze › report (HTML): the situation report as one self-contained HTML file
(``watchfloor report --format html``).

It renders the Markdown that :func:`watchfloor.analyze.report.build_report` writes -- a
fixed subset: ``#``/``##`` headings, paragraphs, ``- `` bullets, the pipe tables of
``report._table`` and the chart blocks marked with ``report.CHART_MARK`` -- into HTML with
an inline stylesheet. Every piece of text from the store is escaped; the only markup
passed through is the SVG that :mod:`watchfloor.analyze.charts` generated (and escaped)
itself. No scripts, no external stylesheets, fonts or images.
"""

from __future__ import annotations

import re
from html import escape

from watchfloor.analyze.report import CHART_MARK

_PIPE = re.compile(r"(?<!\\)\|")

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;
max-width:1100px;padding:0 1em;color:#222;line-height:1.4}
h1{font-size:1.6em;border-bottom:2px solid #333}h2{font-size:1.2em;margin-top:1.6em;
border-bottom:1px solid #ccc}table{border-collapse:collapse;font-size:.85em;margin:.5em 0}
th,td{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}tr:nth-child(even) td{background:#fafafa}em{color:#777}
figure{margin:1em 0}li{margin:.3em 0;font-size:.92em}
"""


def _cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    return [c.strip().replace("\\|", "|") for c in _PIPE.split(inner)]


def _inline(text: str) -> str:
    """Escapes text, then renders the two inline marks the report uses (`code`, _em_)."""
    out = escape(text)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    return re.sub(r"^_([^_]+)_$", r"<em>\1</em>", out)


def markdown_to_html(markdown: str, title: str = "watchfloor situation report") -> str:
    """RETURNS a complete HTML document for the report's Markdown."""
    body: list[str] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == CHART_MARK and i + 1 < len(lines) and lines[i + 1].startswith("<svg"):
            body.append(f"<figure>{lines[i + 1]}</figure>")
            i += 2
            continue
        if line.startswith("## "):
            body.append(f"<h2>{_inline(line[3:])}</h2>")
        elif line.startswith("# "):
            body.append(f"<h1>{_inline(line[2:])}</h1>")
        elif line.startswith("| ") and i + 1 < len(lines) and lines[i + 1].startswith("|---"):
            head = "".join(f"<th>{_inline(c)}</th>" for c in _cells(line))
            rows = []
            i += 2
            while i < len(lines) and lines[i].startswith("| "):
                rows.append(
                    "<tr>" + "".join(f"<td>{_inline(c)}</td>" for c in _cells(lines[i])) + "</tr>"
                )
                i += 1
            body.append(
                f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        elif line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(f"<li>{_inline(lines[i][2:])}</li>")
                i += 1
            body.append(f"<ul>{''.join(items)}</ul>")
            continue
        elif line.strip():
            body.append(f"<p>{_inline(line)}</p>")
        i += 1
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
