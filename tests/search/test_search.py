"""Relevance, filters, sort and safety of search, through the Flask test client on the real Meilisearch."""
from __future__ import annotations

import pytest

from tests.search.helpers import add_agreement, facts, filler, login, make_user
from workers.indexing import index_pending

pytestmark = pytest.mark.xdist_group("meili")

PAGE_NINE = "Pengadaan bibit mangrove untuk rehabilitasi pesisir Teluk Jakarta dilakukan bertahap."


@pytest.fixture
def archive(search_env):
    """A small archive: a 12-page KB, a PKS, an MoU with a ministry, an expired addendum."""
    ids = {}
    pages = [filler(n) for n in range(1, 13)]
    pages[8] = filler(9) + PAGE_NINE
    ids["kb"] = add_agreement(search_env, facts("KB", "Kesepakatan Bersama tentang Penyelenggaraan Tridharma Perguruan Tinggi",
                                                ("Pemerintah Kota Bogor", "Universitas Pakuan"), "2023-08-24", "2028-08-23",
                                                ("119/KB.12-Ker/2023",)), pages)
    ids["pks"] = add_agreement(search_env, facts("PKS", "Perjanjian Kerja Sama Pengelolaan Sampah Terpadu",
                                                 ("Pemerintah Kabupaten Sleman", "PT Wahana Lingkungan Lestari"),
                                                 "2021-03-10", "2031-03-09", ("45/PKS/III/2021",)),
                               [filler(n, "persampahan") for n in range(1, 4)])
    ids["mou"] = add_agreement(search_env, facts("MOU", "Nota Kesepahaman Percepatan Transformasi Digital",
                                                 ("Pemerintah Provinsi Jawa Barat", "Kementerian Komunikasi dan Informatika"),
                                                 "2019-05-02", "2024-05-01", ("7/NK/2019",)),
                               [filler(n, "teknologi informasi") for n in range(1, 3)])
    ids["old"] = add_agreement(search_env, facts("ADDENDUM", "Addendum Kerja Sama Penyediaan Air Bersih",
                                                 ("Pemerintah Kota Bogor", "Perumda Air Minum Tirta Pakuan"),
                                                 "2015-01-05", "2016-01-04", ("3/ADD/2015",)),
                               [filler(1, "air bersih")])
    assert index_pending().startswith("indexed 4 documents")
    return ids


@pytest.fixture
def api(client, search_env, archive):
    make_user(search_env, "staf", "staff")
    assert login(client, "staf").status_code == 302
    return client


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.get_json()
    return [hit["agreement_id"] for hit in response.get_json()["hits"]]


def test_misspelled_partner_name_finds_the_agreement(api, archive):
    assert _ids(api.get("/api/search?q=Universitas Pakun"))[0] == archive["kb"]
    assert archive["pks"] in _ids(api.get("/api/search?q=Wahana Lingkngan"))


def test_phrase_on_page_nine_of_twelve_names_page_nine(api, archive):
    body = api.get("/api/search", query_string={"q": "bibit mangrove rehabilitasi pesisir"}).get_json()
    assert [h["agreement_id"] for h in body["hits"]] == [archive["kb"]]
    hit = body["hits"][0]
    assert hit["page"] == 9 and hit["page_count"] == 12
    assert "<mark>mangrove</mark>" in hit["snippet"]


def test_results_are_one_per_agreement(api, archive):
    body = api.get("/api/search?q=Pasal").get_json()
    ids = [h["agreement_id"] for h in body["hits"]]
    assert len(ids) == len(set(ids)) == 4 and body["total"] == 4


@pytest.mark.parametrize("query,expected", [("Pemkot Bogor", "kb"), ("Pemkab Sleman", "pks"),
                                            ("Pemprov Jawa Barat", "mou"), ("MoU Pakuan", "kb"),
                                            ("kerjasama pengelolaan sampah", "pks")])
def test_synonyms(api, archive, query, expected):
    assert _ids(api.get("/api/search", query_string={"q": query}))[0] == archive[expected]


def test_mou_finds_kesepakatan_bersama(api, archive):
    assert archive["kb"] in _ids(api.get("/api/search?q=MoU"))


def test_filters_and_facets(api, archive):
    body = api.get("/api/search?doc_type=PKS").get_json()
    assert [h["agreement_id"] for h in body["hits"]] == [archive["pks"]]
    assert body["facets"]["doc_type"] == {"PKS": 1}
    assert _ids(api.get("/api/search?year=2019")) == [archive["mou"]]
    assert set(_ids(api.get("/api/search?q=Bogor"))) == {archive["kb"], archive["old"]}
    assert _ids(api.get("/api/search?q=Bogor&doc_type=KB")) == [archive["kb"]]
    assert set(_ids(api.get("/api/search?doc_type=KB&doc_type=MOU"))) == {archive["kb"], archive["mou"]}
    everything = api.get("/api/search").get_json()
    assert everything["facets"]["doc_type"] == {"KB": 1, "PKS": 1, "MOU": 1, "ADDENDUM": 1}
    assert everything["facets"]["year"]["2023"] == 1  # counted per agreement, not per page


def test_status_filter_uses_the_lifecycle(api, archive):
    expired = set(_ids(api.get("/api/search?status=expired")))
    assert archive["mou"] in expired and archive["kb"] not in expired
    assert archive["kb"] in set(_ids(api.get("/api/search?status=active")))


def test_sort_by_signing_and_end_date(api, archive):
    newest = _ids(api.get("/api/search?sort=sign_desc"))
    assert newest == [archive["kb"], archive["pks"], archive["mou"], archive["old"]]
    assert _ids(api.get("/api/search?sort=sign_asc")) == list(reversed(newest))
    assert _ids(api.get("/api/search?sort=end_asc"))[0] == archive["old"]
    assert _ids(api.get("/api/search?sort=end_desc"))[0] == archive["pks"]


def test_pagination(api, archive):
    first = api.get("/api/search?per_page=3&sort=sign_desc").get_json()
    second = api.get("/api/search?per_page=3&sort=sign_desc&page=2").get_json()
    assert first["total"] == 4 and first["total_pages"] == 2
    assert len(first["hits"]) == 3 and [h["agreement_id"] for h in second["hits"]] == [archive["old"]]


@pytest.mark.parametrize("params,field", [
    ({"doc_type": 'KB" OR doc_type = "PKS'}, "doc_type"),
    ({"region": 'Kota Bogor" OR agreement_id > 0 OR region = "x'}, "region"),
    ({"year": "2023 OR year > 0"}, "year"),
    ({"status": "active OR 1=1"}, "status"),
    ({"sort": "sign_ts:desc"}, "sort"),
    ({"page": "-1"}, "page"),
    ({"filter": "agreement_id > 0"}, "filter"),
])
def test_filter_injection_is_rejected_with_the_json_error(api, params, field):
    response = api.get("/api/search", query_string=params)
    assert response.status_code == 400
    body = response.get_json()
    assert set(body) == {"error"} and body["error"]["code"] == "invalid_parameter"
    assert body["error"]["field"] == field and body["error"]["message"]


def test_snippet_with_markup_is_escaped(api, search_env):
    evil = add_agreement(search_env, facts("PKS", "Kerja Sama <b>Tebal</b> Kebersihan", ("Pemerintah Kota Depok",)),
                         ["Teks hasil OCR <script>alert('x')</script> kebersihan sungai Ciliwung <img src=x onerror=alert(1)>"])
    assert index_pending().startswith("indexed")
    body = api.get("/api/search?q=kebersihan sungai Ciliwung").get_json()
    hit = next(h for h in body["hits"] if h["agreement_id"] == evil)
    assert "<script>" not in hit["snippet"] and "&lt;script&gt;" in hit["snippet"]
    assert "<img" not in hit["snippet"] and "<mark>Ciliwung</mark>" in hit["snippet"]
    assert "<b>" not in hit["title_html"] and "&lt;b&gt;" in hit["title_html"]
    page = api.get("/?q=kebersihan+sungai+Ciliwung").get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_search_page_without_javascript(api, archive):
    html = api.get("/?q=Universitas+Pakun&doc_type=KB").get_data(as_text=True)
    assert "Tridharma" in html and "Halaman 1 dari 12" in html
    assert "Jenis naskah" in html and "<script" not in html
    assert "meili" not in html.lower()  # no key nor address of the search engine reaches the browser
    nine = api.get("/?q=bibit+mangrove").get_data(as_text=True)
    assert "Halaman 9 dari 12" in nine and f"halaman=9" in nine


def test_search_page_rejects_bad_filter_politely(api):
    response = api.get('/?doc_type=KB" OR doc_type = "PKS')
    assert response.status_code == 400
    assert "doc_type" in response.get_data(as_text=True)


def test_the_meilisearch_key_reaches_no_page_response_or_script(api, archive):
    from tests.search.conftest import MASTER_KEY

    kb = archive["kb"]
    responses = [api.get(path) for path in (
        "/?q=Tridharma", f"/perjanjian/{kb}", f"/perjanjian/{kb}?halaman=9&q=mangrove", "/api/search?q=Tridharma",
        f"/api/agreements/{kb}", "/pemrosesan", "/static/upload.js", "/static/style.css", "/api/stats?by=year", "/healthz")]
    assert all(r.status_code == 200 for r in responses), [r.status_code for r in responses]
    for response in responses:
        body = response.get_data(as_text=True) + str(response.headers)
        assert MASTER_KEY not in body and MASTER_KEY[:12] not in body
