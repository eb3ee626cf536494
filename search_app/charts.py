"""Server-rendered SVG bar charts: no JavaScript, no CDN, readable without styles."""
from __future__ import annotations

from datetime import date
from html import escape

from models.labels import date_words, label as label_of

BAR_COLOUR = "#2f6f9f"
TARGET_COLOUR = "#c0392b"


def _opening(title: str, cls: str, width: int, height: int, title_y: int) -> list[str]:
    """An <svg> start with its accessible title and the title drawn on top."""
    return [f'<svg xmlns="http://www.w3.org/2000/svg" class="{cls}" role="img" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">', f"<title>{escape(title)}</title>",
            f'<text x="0" y="{title_y}" font-size="14" font-weight="bold">{escape(title)}</text>']


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
    parts = _opening(title, "chart", width, height, 18)
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


STATUS_COLOURS = {"active": "#2f6f9f", "expiring": "#b35c00", "expired": "#8a96a3", "renewed": "#1e7b34",
                  "superseded": "#8a96a3", "terminated": "#a4262c", "unknown_term": "#c9a227"}


def term_chart(title: str, rows: list[tuple[str, date | None, date | None, str | None, str]], today: date, *,
               width: int = 640, bar_height: int = 18, label_width: int = 190) -> str:
    """The terms over the years: one bar per agreement from its start to its end on a time axis (a term
    without an end runs to today, dashed), coloured by status, with today marked. rows: (label, start, end,
    status code, link)."""
    dated = [row for row in rows if row[1]]
    top, gap = 44, 6
    height = top + max(1, len(dated)) * (bar_height + gap) + 8
    parts = _opening(title, "chart term-chart", width, height, 16)
    if not dated:
        parts.append(f'<text x="0" y="{top + 12}" font-size="12">Belum ada perjanjian bertanggal</text></svg>')
        return "".join(parts)
    first = min(row[1] for row in dated).year
    last = max([(row[2] or today).year for row in dated] + [today.year]) + 1
    span, origin = width - label_width - 24, label_width

    def x(day: date) -> float:
        return origin + span * ((day.year - first) + (day.timetuple().tm_yday - 1) / 366) / (last - first)

    step = max(1, round((last - first) / 8))
    for year in range(first, last + 1, step):
        left = origin + span * (year - first) / (last - first)
        parts.append(f'<line x1="{left:.1f}" x2="{left:.1f}" y1="{top - 8}" y2="{height - 4}" stroke="#d9dee5"/>'
                     f'<text x="{left:.1f}" y="{top - 12}" font-size="11" text-anchor="middle">{year}</text>')
    for n, (label, start, end, status, href) in enumerate(dated):
        y = top + n * (bar_height + gap)
        stop = end or today
        colour = STATUS_COLOURS.get(str(status), BAR_COLOUR)
        dash = "" if end else ' stroke-dasharray="4 3" fill-opacity="0.35"'
        short = label.split(" — ")[0]
        short = short if len(short) <= 27 else short[:26] + "…"
        parts.append(f'<a href="{escape(href)}" class="bar-link"><text x="{label_width - 6}" y="{y + bar_height * .75:.1f}" '
                     f'font-size="12" text-anchor="end">{escape(short)}</text>'
                     f'<rect x="{x(start):.1f}" y="{y}" width="{max(2.0, x(stop) - x(start)):.1f}" height="{bar_height}" '
                     f'fill="{colour}" stroke="{colour}"{dash}><title>{escape(label)}: {date_words(start)} – '
                     f'{date_words(end) if end else "tanpa tanggal berakhir"} ({label_of(status, "status")})</title></rect></a>')
    now = x(today)
    parts.append(f'<line x1="{now:.1f}" x2="{now:.1f}" y1="{top - 8}" y2="{height - 4}" stroke="#c0392b" '
                 f'stroke-width="2"><title>hari ini</title></line></svg>')
    return "".join(parts)
