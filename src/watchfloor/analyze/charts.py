"""Analyze › charts: small inline SVG charts for the situation report (no JavaScript, no
external assets, every label escaped).

* :func:`timeline` — events per day, stacked by CAMEO quad class;
* :func:`bars` — horizontal bars (top dyads by event count, coloured by Goldstein sum).
"""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import Any

QUAD_COLOURS = {1: "#4e79a7", 2: "#59a14f", 3: "#f28e2b", 4: "#e15759"}
QUAD_LABELS = {1: "verbal coop.", 2: "material coop.", 3: "verbal conflict", 4: "material conflict"}
FONT = 'font-family="system-ui, sans-serif" font-size="11"'


def timeline(days: list[dict[str, Any]], title: str = "Events per day by quad class") -> str:
    """``days``: rows with ``day`` and ``q1``..``q4`` counts. RETURNS an <svg> element."""
    days = _fill_days([d for d in days if d.get("day")])
    if not days:
        return ""
    width, height, left, bottom, top = 760, 240, 36, 46, 28
    plot_w, plot_h = width - left - 10, height - bottom - top
    peak = max(sum(int(d.get(f"q{q}") or 0) for q in range(1, 5)) for d in days) or 1
    step = plot_w / len(days)
    bar_w = max(1.0, step * 0.8)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} '
        f'{height}" width="{width}" height="{height}" {FONT}>',
        f"<title>{escape(title)}</title>",
        f'<text x="{left}" y="16" font-size="13" font-weight="bold">{escape(title)}</text>',
    ]
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#ddd"/><text x="{left - 4}" y="{y + 4:.1f}" '
            f'text-anchor="end">{round(peak * frac)}</text>'
        )
    label_every = max(1, len(days) // 12)
    for i, d in enumerate(days):
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h
        for q in range(1, 5):
            n = int(d.get(f"q{q}") or 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{QUAD_COLOURS[q]}"><title>{escape(str(d["day"]))}: {n} '
                f"{QUAD_LABELS[q]}</title></rect>"
            )
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 14}" '
                f'text-anchor="middle">{escape(str(d["day"])[5:])}</text>'
            )
    lx = left
    for q in range(1, 5):
        parts.append(
            f'<rect x="{lx}" y="{height - 16}" width="10" height="10" '
            f'fill="{QUAD_COLOURS[q]}"/><text x="{lx + 14}" y="{height - 7}">'
            f"{QUAD_LABELS[q]}</text>"
        )
        lx += 130
    parts.append("</svg>")
    return "".join(parts)


def bars(
    rows: list[dict[str, Any]],
    label: str,
    value: str,
    colour_by: str | None = None,
    title: str = "",
) -> str:
    """Horizontal bars of ``rows[value]`` labelled by ``rows[label]``; bars are red when
    ``rows[colour_by]`` < 0 (conflict), blue otherwise. RETURNS an <svg> element."""
    rows = [r for r in rows if r.get(value)]
    if not rows:
        return ""
    row_h, left, width, top = 20, 300, 760, 26
    height = top + row_h * len(rows) + 8
    peak = max(float(r[value]) for r in rows) or 1.0
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} '
        f'{height}" width="{width}" height="{height}" {FONT}>',
        f"<title>{escape(title)}</title>",
        f'<text x="4" y="16" font-size="13" font-weight="bold">{escape(title)}</text>',
    ]
    for i, r in enumerate(rows):
        y = top + i * row_h
        w = (width - left - 60) * float(r[value]) / peak
        negative = colour_by is not None and float(r.get(colour_by) or 0) < 0
        fill = QUAD_COLOURS[4] if negative else QUAD_COLOURS[1]
        text = str(r[label])
        text = text if len(text) <= 48 else text[:47] + "…"
        extra = f", {colour_by} {r.get(colour_by)}" if colour_by else ""
        parts.append(
            f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{escape(text)}'
            f'</text><rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" '
            f'fill="{fill}"><title>{escape(text)}: {escape(str(r[value]))}'
            f'{escape(extra)}</title></rect><text x="{left + w + 4:.1f}" '
            f'y="{y + 13}">{escape(str(r[value]))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _fill_days(days: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Adds the missing (quiet) days between the first and the last, so the axis is time."""
    try:
        known = {date.fromisoformat(str(d["day"])[:10]): d for d in days}
    except ValueError:
        return days
    if not known:
        return []
    first, last = min(known), max(known)
    if (last - first).days > 3660:
        return days
    return [
        known.get(first + timedelta(days=i)) or {"day": (first + timedelta(days=i)).isoformat()}
        for i in range((last - first).days + 1)
    ]
