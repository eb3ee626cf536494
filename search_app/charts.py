"""Server-rendered SVG bar charts: no JavaScript, no CDN, readable without styles."""
from __future__ import annotations

from html import escape

BAR_COLOUR = "#2f6f9f"
TARGET_COLOUR = "#c0392b"


def bar_chart(title: str, items: list[tuple[str, float]], *, targets: dict[str, float] | None = None,
              links: dict[str, str] | None = None, width: int = 640, bar_height: int = 22,
              label_width: int = 170) -> str:
    """A horizontal bar chart as an <svg> string; `targets` draws a marker per label (e.g. a yearly goal),
    `links` makes a label's bar and name a link (to the list behind it)."""
    targets, links = targets or {}, links or {}
    top, gap = 30, 6
    height = top + max(1, len(items)) * (bar_height + gap) + 10
    peak = max([value for _, value in items] + list(targets.values()) + [1])
    span = width - label_width - 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">',
             f"<title>{escape(title)}</title>",
             f'<text x="0" y="18" font-size="14" font-weight="bold">{escape(title)}</text>']
    if not items:
        parts.append(f'<text x="0" y="{top + 14}" font-size="12">Belum ada data</text>')
    for n, (label, value) in enumerate(items):
        y = top + n * (bar_height + gap)
        length = span * value / peak
        if str(label) in links:
            parts.append(f'<a href="{escape(links[str(label)])}" class="bar-link">')
        parts.append(f'<text x="{label_width - 6}" y="{y + bar_height * 0.7:.1f}" font-size="12" '
                     f'text-anchor="end">{escape(str(label))}</text>')
        parts.append(f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{BAR_COLOUR}">'
                     f"<title>{escape(str(label))}: {value:g}</title></rect>")
        parts.append(f'<text x="{label_width + length + 4:.1f}" y="{y + bar_height * 0.7:.1f}" font-size="12" '
                     f'class="value">{value:g}</text>')
        if str(label) in links:
            parts.append("</a>")
        if str(label) in targets:
            x = label_width + span * targets[str(label)] / peak
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y - 2}" y2="{y + bar_height + 2}" '
                         f'stroke="{TARGET_COLOUR}" stroke-width="3"><title>target {targets[str(label)]:g}</title></line>')
    parts.append("</svg>")
    return "".join(parts)
