"""The terms-over-years chart of a dossier: one bar per dated agreement on a time axis."""
from __future__ import annotations

import re
from datetime import date

from search_app.charts import term_chart


def test_one_bar_per_dated_agreement_from_start_to_end_on_a_year_axis():
    svg = term_chart("Jangka waktu", [
        ("KB 119/KB.12-Ker/2019 — Tridharma", date(2019, 5, 16), date(2021, 5, 15), "expired", "/perjanjian/1"),
        ("PKS 12/PKS/2020 — Magang", date(2020, 1, 1), None, "unknown_term", "/perjanjian/2"),
        ("Laporan evaluasi", None, None, None, "/perjanjian/3"),  # no date: no bar
    ], date(2022, 1, 1))
    bars = [(float(x), float(w)) for x, w in re.findall(r'<rect x="([\d.]+)" y="\d+" width="([\d.]+)"', svg)]
    assert len(bars) == 2
    (kb_x, kb_w), (pks_x, pks_w) = bars
    assert kb_x < pks_x and abs(kb_w - pks_w) < 0.05 * kb_w  # both about two years long
    assert "16 Mei 2019 – 15 Mei 2021 (Berakhir)" in svg and "tanpa tanggal berakhir (Jangka waktu tidak diketahui)" in svg
    assert svg.count("stroke-dasharray") == 1  # the open-ended term runs to today, dashed
    assert {"2019", "2022"} <= set(re.findall(r">(\d{4})</text>", svg)) and '<title>hari ini</title>' in svg
    assert 'href="/perjanjian/1"' in svg and ">KB 119/KB.12-Ker/2019</text>" in svg  # the label is kind and number
    assert "Belum ada perjanjian bertanggal" in term_chart("Jangka waktu", [], date(2022, 1, 1))
