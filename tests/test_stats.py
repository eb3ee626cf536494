"""Monitoring figures checked against counts the test knows by construction (and the sample archive's truth)."""
from __future__ import annotations

import csv
import io
import random
import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from models.corrections import correct
from models.dossiers import relink_all
from models.stats import (DIMENSIONS, NEW_AGREEMENT_TYPES, export_csv, export_xlsx, figures, partner_kind,
                          progress, region_of, rows, set_target)
from search_app.charts import bar_chart
from tests.follow_support import (add_document, follow_settings, load_sample_archive, load_truths,  # noqa: F401
                                  session)

TODAY = date(2025, 6, 1)
OWN = [("Pemerintah Kota Bogor", "Kota Bogor"), ("Pemerintah Kabupaten Sleman", "Kabupaten Sleman"),
       ("Pemerintah Provinsi Jawa Barat", "Provinsi Jawa Barat")]
PARTNERS = [("Universitas Pakuan", "pihak_ketiga"), ("PT Bank Pembangunan Daerah Jawa Barat", "pihak_ketiga"),
            ("Pemerintah Kota Depok", "daerah_lain"), ("Pemerintah Kabupaten Bantul", "daerah_lain"),
            ("City of Kawasaki, Japan", "luar_negeri"), ("Pemerintah Kota Suwon, Korea Selatan", "luar_negeri")]
TERMS = {"expired": -10, "expiring": 30, "active": 800, "unknown_term": None}


def build_archive(session, seed: int = 7) -> list[dict]:
    """A varied archive; returns what each live document is by construction (after corrections)."""
    rnd = random.Random(seed)
    known = []
    for n in range(80):
        doc_type = rnd.choice(["KB", "PKS", "MOU", "LOI", "OTHER"])
        own, region = rnd.choice(OWN)
        partner, kind = rnd.choice(PARTNERS)
        signed = date(rnd.randint(2019, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
        status = rnd.choice(list(TERMS)) if doc_type != "OTHER" else "bukan_perjanjian"
        offset = TERMS.get(status)
        facts = {"doc_type": doc_type, "numbers": [f"{n}/X/{signed.year}"], "title": f"Dokumen {n}",
                 "parties": [{"institution": own}, {"institution": partner}], "sign_date": signed.isoformat(),
                 "end_date": (TODAY + timedelta(days=offset)).isoformat() if offset is not None else None}
        if n % 9 == 0:  # the extractor said which kind of partner: that wins over the names
            kind = rnd.choice(["daerah_lain", "pihak_ketiga", "luar_negeri"])
            facts["partner_kind"] = kind
        document = add_document(session, facts, name=f"d{n}.pdf")
        if n % 11 == 0:  # a staff correction of the signing year must move the document in the figures
            signed = signed.replace(year=2018)
            correct(session, document, "sign_date", signed.isoformat(), None)
        if n % 13 == 0:
            document.status = "deleted"
            continue
        known.append({"doc_type": doc_type, "year": str(signed.year), "partner_kind": kind, "region": region,
                      "status": status})
    session.flush()
    return known


def test_every_figure_matches_the_archive_as_built(session):
    known = build_archive(session)
    table = rows(session, TODAY)
    assert len(table) == len(known)
    for by in DIMENSIONS:
        assert dict(figures(table, by)) == dict(Counter(item[by] for item in known)), by


def test_signed_per_year_against_targets(session):
    known = build_archive(session)
    set_target(session, 2023, 8)
    set_target(session, 2030, 5)
    report = {p.year: p for p in progress(session, rows(session, TODAY))}
    signed = Counter(int(k["year"]) for k in known if k["doc_type"] in NEW_AGREEMENT_TYPES)
    assert report[2023].signed == signed[2023] and report[2023].target == 8
    assert report[2023].percent == round(100 * signed[2023] / 8, 1)
    assert (report[2030].signed, report[2030].percent) == (0, 0.0)
    assert all(report[y].target is None and report[y].percent is None for y in signed if y not in (2023, 2030))


def test_exports_hold_the_same_numbers(session):
    known = build_archive(session)
    set_target(session, 2024, 10)
    table = rows(session, TODAY)
    documents = list(csv.DictReader(io.StringIO(export_csv(table))))
    assert Counter(r["doc_type"] for r in documents) == Counter(k["doc_type"] for k in known)
    figures_csv = list(csv.DictReader(io.StringIO(export_csv(table, "figures"))))
    assert {(r["dimensi"], r["nilai"], int(r["jumlah"])) for r in figures_csv} == {
        (by, key, count) for by in DIMENSIONS for key, count in figures(table, by)}
    book = load_workbook(io.BytesIO(export_xlsx(session, table)))
    summary = {(by, key): count for by, key, count in book["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert summary == {(by, key): count for by in DIMENSIONS for key, count in figures(table, by)}
    assert book["Dokumen"].max_row == len(known) + 1
    assert [r for r in book["Target"].iter_rows(min_row=2, values_only=True) if r[0] == 2024][0][2] == 10


def test_bar_chart_is_valid_svg_with_one_bar_per_item():
    items = [("Kota <Bogor> & Co", 3), ("2024", 0), ("x", 12.5)]
    svg = bar_chart("Judul & uji", items, targets={"2024": 4})
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    bars = root.findall(f"{ns}rect")
    assert len(bars) == 3 and len(root.findall(f"{ns}line")) == 1
    widths = [float(b.get("width")) for b in bars]
    assert widths[2] > widths[0] > widths[1] == 0
    assert "Kota <Bogor> & Co" in [t.text for t in root.findall(f"{ns}text")]
    assert ET.fromstring(bar_chart("kosong", [])) is not None


@pytest.mark.parametrize("parties, kind", [
    (["Pemerintah Kota Bogor", "Universitas Pakuan"], "pihak_ketiga"),
    (["Pemerintah Kota Bogor", "Pemerintah Kabupaten Bogor"], "daerah_lain"),
    (["Dinas Kesehatan Kota Bogor", "Pemerintah Kota Depok"], "daerah_lain"),
    (["Dinas Kesehatan Kota Bogor", "RSUD Kota Bogor"], "pihak_ketiga"),
    (["Pemerintah Kota Bandung", "City of Braunschweig"], "luar_negeri"),
    (["Pemerintah Provinsi Jawa Tengah", "Pemerintah Provinsi Chungcheongnam-do, Republik Korea"], "luar_negeri"),
])
def test_partner_kind_from_parties(parties, kind):
    assert partner_kind({"parties": [{"institution": name} for name in parties]}) == kind


def test_region_is_the_regional_government_party():
    assert region_of({"parties": [{"institution": "PT Air"}, {"institution": "Pemerintah Kabupaten Sleman"}]}) \
        == "Kabupaten Sleman"
    assert region_of({"parties": [{"institution": "Universitas Pakuan"}]}) is None


# ---- the sample archive's truth -------------------------------------------------------------------------

SAMPLE_TODAY = date(2024, 6, 1)
AGREEMENTS = {"KB", "PKS", "MOU", "LOI", "ADDENDUM"}
_OWN = re.compile(r"^Pemerintah (Provinsi|Kabupaten|Kota) (.+)$")
_UNIT = re.compile(r"^(Dinas|Badan|Sekretariat Daerah|UPTD|RSUD|Bagian|Kecamatan)\b.*\b(Provinsi|Kabupaten|Kota) (.+)$")


def truth_end(truth: dict) -> date | None:
    """The stated end, or start + duration - 1 day (DESIGN.md section 4)."""
    from dateutil.relativedelta import relativedelta

    if truth.get("end_date"):
        return date.fromisoformat(truth["end_date"])
    start = truth.get("effective_date") or truth.get("sign_date")
    match = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?", truth.get("duration") or "")
    if not (start and match):
        return None
    y, m, d = (int(g or 0) for g in match.groups())
    return date.fromisoformat(start) + relativedelta(years=y, months=m, days=d) - timedelta(days=1)


def truth_statuses(truths: dict[str, dict], today: date, window: int = 180) -> dict[str, str]:
    """Each document's status on `today`, worked out from the truth alone: addenda extend what they cite."""
    owner = {n: doc_id for doc_id, t in truths.items() for n in t.get("numbers") or []}

    def root(doc_id: str) -> str:
        seen = set()
        while truths[doc_id]["doc_type"] == "ADDENDUM" and owner.get(truths[doc_id].get("parent_agreement")) \
                and doc_id not in seen:
            seen.add(doc_id)
            doc_id = owner[truths[doc_id]["parent_agreement"]]
        return doc_id

    ends: dict[str, date | None] = {}
    extended: set[str] = set()
    for doc_id in truths:
        if truths[doc_id]["doc_type"] in AGREEMENTS and root(doc_id) == doc_id:
            ends[doc_id] = truth_end(truths[doc_id])
    for doc_id, truth in truths.items():
        top = root(doc_id)
        if truth["doc_type"] == "ADDENDUM" and top != doc_id:
            mine = truth_end(truth)
            if mine and (ends[top] is None or mine > ends[top]):
                ends[top] = mine
                extended.add(top)
    out = {}
    for doc_id, truth in truths.items():
        if truth["doc_type"] not in AGREEMENTS:
            out[doc_id] = "bukan_perjanjian"
            continue
        top = root(doc_id)
        end = ends[top]
        if end is None:
            out[doc_id] = "unknown_term"
        elif end < today:
            out[doc_id] = "expired"
        elif (end - today).days <= window:
            out[doc_id] = "expiring"
        elif top in extended and top == doc_id:
            out[doc_id] = "renewed"
        else:
            out[doc_id] = "active"
    return out


def truth_region(truth: dict) -> str:
    """The regional government the document belongs to, read off the party names."""
    for party in truth.get("parties") or []:
        name = party.get("institution") or ""
        match = _OWN.match(name) or _UNIT.match(name)
        if match and "," not in name and "Statistik" not in name:
            return f"{match.groups()[-2]} {match.groups()[-1]}"
    return "tidak_diketahui"


def test_sample_archive_every_statistic_matches_the_truth(session):
    truths = dict(load_truths())
    load_sample_archive(session)
    relink_all(session)  # addenda extend their agreements' terms through links
    table = rows(session, SAMPLE_TODAY)
    statuses = truth_statuses(truths, SAMPLE_TODAY)
    expected = {
        "year": Counter((t.get("sign_date") or "")[:4] or "tidak_diketahui" for t in truths.values()),
        "doc_type": Counter(t["doc_type"] for t in truths.values()),
        "partner_kind": Counter(t.get("partner_kind") or "tidak_diketahui" for t in truths.values()),
        "region": Counter(truth_region(t) for t in truths.values()),
        "status": Counter(statuses.values()),
    }
    for by in DIMENSIONS:
        assert dict(figures(table, by)) == dict(expected[by]), by
    signed = Counter(int(t["sign_date"][:4]) for t in truths.values()
                     if t["doc_type"] in NEW_AGREEMENT_TYPES and t.get("sign_date"))
    busiest = max(signed, key=signed.get)
    set_target(session, busiest, 3)
    (row,) = [p for p in progress(session, table) if p.year == busiest]
    assert (row.signed, row.percent) == (signed[busiest], round(100 * signed[busiest] / 3, 1))


def test_sample_archive_partner_kind_is_derived_from_the_parties_when_not_extracted():
    for doc_id, truth in load_truths():
        if truth["doc_type"] == "OTHER" or not truth.get("parties"):
            continue  # letters and reports without parties inherit their kind from the agreement
        facts = {key: value for key, value in truth.items() if key != "partner_kind"}
        assert partner_kind(facts) == truth["partner_kind"], (doc_id, [p["institution"] for p in truth["parties"]])
