"""/monev for leadership: figure cards, charts that click through, year-range and unit filters, missing targets."""
from __future__ import annotations

import re
from html import unescape

import pytest

from models.db import session_scope
from models.dossiers import relink_all
from models.users import add_user
from tests.follow_support import add_document, follow_redis, follow_settings  # noqa: F401 - fixtures

pytestmark = pytest.mark.xdist_group("follow-redis6")
TODAY = "2026-06-15"
PARTIES = [{"institution": "Pemerintah Kota Bogor"}, {"institution": "Universitas Pakuan"}]


def _doc(kind, number, title, signed, end, parent=None):
    return {"doc_type": kind, "numbers": [number], "title": title, "parties": PARTIES, "sign_date": signed,
            "end_date": end, "parent_agreement": parent}


@pytest.fixture
def app(follow_settings, follow_redis):
    """Dinkes: an active KB (2021) with its PKS (2022, expiring); DLH: an expired MoU (2019), a KB of 2024
    without PKS, an active LoI (2025); no unit: a PKS of 2023 expiring."""
    from search_app import create_app

    with session_scope(follow_settings) as session:
        plan = [("Dinas Kesehatan", _doc("KB", "1/KB/2021", "Kesehatan Haji", "2021-02-01", "2031-01-31")),
                ("Dinas Kesehatan", _doc("PKS", "2/PKS/2022", "Klinik Haji", "2022-03-01", "2026-08-01", "1/KB/2021")),
                ("Dinas Lingkungan Hidup", _doc("MOU", "3/MOU/2019", "Bank Sampah", "2019-05-01", "2024-04-30")),
                ("Dinas Lingkungan Hidup", _doc("KB", "4/KB/2024", "Sungai Bersih", "2024-01-10", "2029-01-09")),
                ("Dinas Lingkungan Hidup", _doc("LOI", "5/LOI/2025", "Kota Hijau", "2025-02-01", "2027-12-31")),
                (None, _doc("PKS", "6/PKS/2023", "Magang Mahasiswa", "2023-07-01", "2026-07-31"))]
        ids = {}
        for unit, facts in plan:
            doc = add_document(session, facts, f"{facts['numbers'][0].replace('/', '-')}.pdf")
            doc.unit = unit
            ids[facts["numbers"][0]] = doc.id
        relink_all(session)
        add_user(session, "kepala", "viewer", password="rahasia-panjang-1")
    application = create_app(follow_settings, {"TESTING": True, "WTF_CSRF_ENABLED": False})
    client = application.test_client()
    assert client.post("/login", data={"username": "kepala", "password": "rahasia-panjang-1"}).status_code == 302
    return client, ids


def _cards(page: str) -> dict[str, int]:
    return {key: int(count) for key, count in
            re.findall(r'class="figure-card card-(\w+)"[^>]*>\s*<strong>(\d+)</strong>', page)}


def _listed(client, href: str) -> set[int]:
    page = client.get(unescape(href)).get_data(as_text=True)
    return {int(n) for n in re.findall(r'<tr data-id="(\d+)"', page)}


def test_cards_count_and_click_through_to_their_lists(app):
    client, ids = app
    page = client.get(f"/monev?today={TODAY}").get_data(as_text=True)
    assert _cards(page) == {"aktif": 5, "segera_berakhir": 2, "berakhir": 1, "kb_tanpa_pks": 1, "usulan": 0}
    links = dict(re.findall(r'class="figure-card card-(\w+)" href="([^"]+)"', page))
    assert _listed(client, links["segera_berakhir"] + f"&today={TODAY}") == {ids["2/PKS/2022"], ids["6/PKS/2023"]}
    assert _listed(client, links["berakhir"] + f"&today={TODAY}") == {ids["3/MOU/2019"]}
    assert _listed(client, links["kb_tanpa_pks"] + f"&today={TODAY}") == {ids["4/KB/2024"]}
    assert _listed(client, links["aktif"] + f"&today={TODAY}") == {ids["1/KB/2021"], ids["2/PKS/2022"], ids["4/KB/2024"],
                                                                     ids["5/LOI/2025"], ids["6/PKS/2023"]}


def test_chart_bars_link_to_the_matching_list(app):
    client, ids = app
    page = client.get(f"/monev?today={TODAY}").get_data(as_text=True)
    section = page.split('id="by-doc_type"')[1].split("</section>")[0]
    bars = dict((label, href) for href, label in re.findall(
        r'<a href="([^"]+)" class="bar-link"><text[^>]*>([^<]+)</text>', section))
    assert set(bars) == {"KB", "PKS", "MoU", "LoI"}  # the words staff use, never the codes MOU, LOI
    assert _listed(client, bars["PKS"]) == {ids["2/PKS/2022"], ids["6/PKS/2023"]}
    years = page.split('id="target"')[1].split("</section>")[0]
    year_links = dict((label, href) for href, label in re.findall(
        r'<a href="([^"]+)" class="bar-link"><text[^>]*>([^<]+)</text>', years))
    assert _listed(client, year_links["2024"]) == {ids["4/KB/2024"]}


def test_year_range_and_unit_filter_cards_charts_and_lists(app):
    client, ids = app
    page = client.get(f"/monev?today={TODAY}&dari=2022&sampai=2024&unit=dinas%20lingkungan%20hidup").get_data(as_text=True)
    assert _cards(page) == {"aktif": 1, "segera_berakhir": 0, "berakhir": 0, "kb_tanpa_pks": 1, "usulan": 0}
    assert "1 dokumen" in page  # only the KB of 2024 is inside both filters
    href = dict(re.findall(r'class="figure-card card-(\w+)" href="([^"]+)"', page))["kb_tanpa_pks"]
    assert "dari=2022" in href and "sampai=2024" in href and "unit=" in href
    page = client.get(f"/monev?today={TODAY}&dari=2021&sampai=2022").get_data(as_text=True)
    assert _cards(page) == {"aktif": 2, "segera_berakhir": 1, "berakhir": 0, "kb_tanpa_pks": 0, "usulan": 0}
    page = client.get(f"/monev?today={TODAY}&unit=(tanpa unit)").get_data(as_text=True)
    assert _cards(page)["segera_berakhir"] == 1
    assert _listed(client, f"/monev/daftar?kartu=segera_berakhir&unit=(tanpa unit)&today={TODAY}") == {ids["6/PKS/2023"]}
    assert 'Dinas Kesehatan</option>' in page and 'Dinas Lingkungan Hidup</option>' in page


def test_missing_targets_are_said_and_bad_filters_are_named(app, follow_settings):
    client, _ = app
    page = client.get(f"/monev?today={TODAY}").get_data(as_text=True)
    assert "Target 2026 belum ditetapkan" in page
    table = page.split('id="target-table"')[1].split("</table>")[0]
    assert table.count("target belum ditetapkan") == 6  # 2019, 2021..2025 signed, none has a target
    from models.stats import set_target
    with session_scope(follow_settings) as session:
        set_target(session, 2026, 3)
    page = client.get(f"/monev?today={TODAY}").get_data(as_text=True)
    assert "Target 2026 belum ditetapkan" not in page
    for query, words in (("dari=20x1", "dari='20x1' bukan tahun"), ("dari=2025&sampai=2021", "tukar keduanya")):
        response = client.get(f"/monev?{query}")
        assert response.status_code == 400 and words in unescape(response.get_data(as_text=True))
    response = client.get("/monev/daftar?kartu=semua")
    assert response.status_code == 400 and "kartu='semua' tidak dikenal" in unescape(response.get_data(as_text=True))
