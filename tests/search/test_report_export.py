"""The current search result exported whole as XLSX, PDF or CSV, with the parameters of /api/search."""
from __future__ import annotations

import csv
import html
import io

import pytest
from openpyxl import load_workbook

from search_app import report_views
from tests.search.helpers import add_agreement, facts, filler, login, make_user, token_for
from workers.indexing import index_pending

pytestmark = pytest.mark.xdist_group("meili")


@pytest.fixture
def archive(search_env):
    """Twelve KB on education (one titled like a formula), three PKS on waste, all indexed."""
    ids = {"kb": [], "pks": []}
    for n in range(12):
        title = "=SUM(A1:A9) Kerja Sama Pendidikan" if n == 0 else f"Kerja Sama Pendidikan Vokasi Angkatan {n}"
        ids["kb"].append(add_agreement(search_env, facts("KB", title, ("Pemerintah Kota Bogor", f"Politeknik {n}"),
                                                         f"2023-0{1 + n % 9}-10", "2028-01-09", (f"{n}/KB/2023",)),
                                       [filler(1), filler(2)]))
    for n in range(3):
        ids["pks"].append(add_agreement(search_env, facts("PKS", f"Pengelolaan Sampah Terpadu {n}",
                                                          ("Dinas Lingkungan Hidup Kota Bogor", "PT Bersih"),
                                                          "2024-02-01", "2026-01-31", (f"{n}/PKS/2024",)),
                                        [filler(1, "persampahan")]))
    assert index_pending().startswith("indexed 15 documents")
    return ids


def test_the_whole_result_is_exported_in_search_order_page_after_page(client, search_env, archive, monkeypatch):
    monkeypatch.setattr(report_views, "MAX_PER_PAGE", 5)  # three pages of hits instead of one
    make_user(search_env, "pemirsa", "viewer")
    assert login(client, "pemirsa").status_code == 302
    params = "q=pendidikan&doc_type=KB&sort=sign_asc"
    listed = client.get(f"/api/search?{params}&per_page=100").get_json()
    order = [hit["agreement_id"] for hit in listed["hits"]]
    assert sorted(order) == sorted(archive["kb"])

    exported = client.get(f"/laporan/pencarian.csv?{params}&page=2&per_page=3")  # paging is ignored
    assert exported.status_code == 200 and exported.data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(exported.data.decode("utf-8-sig")), delimiter=";"))
    assert [int(row[1]) for row in rows[1:]] == order
    assert "'=SUM(A1:A9) Kerja Sama Pendidikan" in [row[4] for row in rows[1:]]

    book = load_workbook(io.BytesIO(client.get(f"/laporan/pencarian.xlsx?{params}").data))
    sheet = book["Perjanjian"]
    assert [c.value for c in sheet["B"][1:]] == order
    formula = next(c for c in sheet["E"][1:] if c.value.startswith("="))
    assert formula.data_type == "s" and formula.quotePrefix
    pdf = client.get(f"/laporan/pencarian.pdf?{params}")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")


def test_the_search_page_links_to_the_export_and_tokens_may_use_it(client, search_env, archive):
    make_user(search_env, "staf", "staff")
    assert login(client, "staf").status_code == 302
    page = client.get("/?q=sampah&doc_type=PKS&page=1").get_data(as_text=True)
    link = html.unescape(page)
    assert "/laporan/pencarian.xlsx?q=sampah&doc_type=PKS" in link and "/laporan/pencarian.pdf?" in link
    assert "page=1" not in link.split("/laporan/pencarian.csv?")[1].split('"')[0]
    token = {"Authorization": f"Bearer {token_for(search_env, 'staf')}"}
    anonymous = client.application.test_client()
    assert anonymous.get("/laporan/pencarian.csv?q=sampah").status_code == 302
    done = anonymous.get("/laporan/pencarian.csv?q=sampah", headers=token)
    rows = list(csv.reader(io.StringIO(done.data.decode("utf-8-sig")), delimiter=";"))
    assert sorted(int(row[1]) for row in rows[1:]) == sorted(archive["pks"])
    bad = anonymous.get("/laporan/pencarian.xlsx?doc_type=KONTRAK", headers=token)
    assert bad.status_code == 400 and bad.get_json()["error"]["field"] == "doc_type"


def test_without_meilisearch_the_export_says_so_in_indonesian(offline_app, offline_env):
    make_user(offline_env, "staf", "staff")
    client = offline_app.test_client()
    assert login(client, "staf").status_code == 302
    answer = client.get("/laporan/pencarian.xlsx?q=sampah", headers={"Accept": "application/json"})
    assert answer.status_code == 503
    message = answer.get_json()["error"]["message"]
    assert "tidak tersedia" in message and "127.0.0.1" not in message and "http" not in message
    assert client.get("/laporan/tahunan.csv?tahun=2024").status_code == 200  # the yearly report needs no index
