"""Search that finds what staff type (issue 13): every word or say so, numbers exactly, dates in every form."""
from __future__ import annotations

import pytest

from tests.search.helpers import add_agreement, facts, filler, search_json, staff_client
from workers.indexing import index_pending

pytestmark = pytest.mark.xdist_group("meili")

OPENING = ("Pada hari ini Kamis tanggal enam belas bulan Mei tahun dua ribu sembilan belas, bertempat di Cimahi, "
           "yang bertanda tangan di bawah ini sepakat mengadakan kerja sama kearsipan. ")
CITES_KB = "Perjanjian ini melaksanakan Kesepakatan Bersama Nomor 119/KB.12-Ker/2023 tentang tridarma. "
DIGITS_APART = "Anggaran 1190 juta untuk 119 sekolah dan 2023 guru, kode KB 12 Ker. "


@pytest.fixture
def archive(search_env):
    ids = {}
    ids["kb"] = add_agreement(search_env, facts("KB", "Penyelenggaraan Tridharma Perguruan Tinggi",
                                                ("Pemerintah Kota Bogor", "Universitas Pakuan"), "2023-08-24",
                                                "2028-08-23", ("119/KB.12-Ker/2023",)),
                              [filler(n) for n in range(1, 4)])
    ids["pks"] = add_agreement(search_env, facts("PKS", "Praktik Kerja Lapangan Mahasiswa",
                                                 ("Dinas Pendidikan Kota Bogor", "Universitas Pakuan"), "2023-10-02",
                                                 "2025-10-01", ("45/PKS/X/2023",)),
                               [filler(1), filler(2) + CITES_KB])
    ids["mou"] = add_agreement(search_env, facts("MOU", "Pembinaan Kearsipan Daerah",
                                                 ("Pemerintah Kota Cimahi", "Arsip Nasional Republik Indonesia"),
                                                 "2019-05-16", "2024-05-15", ("748/NK.2-Ker/2019",)),
                               [OPENING + filler(1), filler(2)])
    ids["report"] = add_agreement(search_env, facts("OTHER", "Laporan Evaluasi Kerja Sama Kearsipan",
                                                    ("Pemerintah Kota Cimahi",), "2021-12-06", None, ()),
                                  [filler(1), "Nota kesepakatan yang ditandatangani pada 16-05-2019 telah berjalan. "
                                   + filler(2)])
    ids["noise"] = add_agreement(search_env, facts("PKS", "Pengadaan Buku Sekolah", ("Pemerintah Kabupaten Garut",
                                                   "CV Aksara"), "2020-01-02", "2021-01-01", ("1190/PKS/2020",)),
                                 [DIGITS_APART + filler(1)])
    assert index_pending().startswith("indexed 5 documents")
    return ids


@pytest.fixture
def api(client, search_env, archive):
    return staff_client(client, search_env)


def _ids(body: dict) -> list[int]:
    return [hit["agreement_id"] for hit in body["hits"]]


def test_every_word_is_required_and_reported(api, archive):
    body = search_json(api, "Pemkot Bogor")
    assert _ids(body) == [archive["kb"]]  # the PKS's party is a Dinas of Kota Bogor, not the Pemkot
    assert body["matched_terms"] == ["Pemkot", "Bogor"] and body["dropped_terms"] == []


def test_a_word_no_agreement_has_is_dropped_and_said(api, archive):
    body = search_json(api, "Pemkot Cirebon")
    assert body["dropped_terms"] == ["Cirebon"] and body["matched_terms"] == ["Pemkot"]
    assert set(_ids(body)) == {archive["kb"], archive["mou"], archive["report"]}
    page = api.get("/", query_string={"q": "Pemkot Cirebon"}).get_data(as_text=True)
    assert "Tidak ada yang memuat semua kata." in page and "Menampilkan hasil untuk: <strong>Pemkot</strong>" in page
    assert "<s>Cirebon</s>" in page
    assert "<mark>Pemerintah Kota</mark> Bogor" in page and "Cocok: para pihak" in page  # what matched, shown


def test_the_word_that_finds_nothing_is_dropped_wherever_it_stands(api, archive):
    body = search_json(api, "Cirebon kearsipan Cimahi")
    assert body["dropped_terms"] == ["Cirebon"] and body["matched_terms"] == ["kearsipan", "Cimahi"]
    assert set(_ids(body)) == {archive["mou"], archive["report"]}
    plain = search_json(api, "kearsipan Cimahi")
    assert plain["dropped_terms"] == [] and "Tidak ada yang memuat" not in \
        api.get("/", query_string={"q": "kearsipan Cimahi"}).get_data(as_text=True)


@pytest.mark.parametrize("q", ["119/", "119/KB.12-Ker/2023", "KB.12-Ker/2023", "KB.12", "119 / KB.12-Ker"])
def test_a_number_or_its_whole_segments_finds_that_agreement_first(api, archive, q):
    body = search_json(api, q)
    ids = _ids(body)
    assert ids[0] == archive["kb"]
    assert archive["noise"] not in ids  # 1190, or 119 and 2023 standing apart, are not this number
    first = body["hits"][0]
    assert "<mark>" in first["numbers_html"][0] and "nomor naskah" in first["matched"]


def test_a_number_mentioned_on_a_page_ranks_after_the_agreement_that_bears_it(api, archive):
    body = search_json(api, "119/KB.12-Ker/2023")
    assert _ids(body) == [archive["kb"], archive["pks"]]
    cited = body["hits"][1]
    assert cited["page"] == 2 and "nomor disebut di halaman 2" in cited["matched"]


def test_no_typos_on_digits(api, archive):
    assert search_json(api, "119/KB.12-Ker/2024")["total"] == 0
    assert search_json(api, "748/NK.3-Ker/2019")["total"] == 0
    assert archive["noise"] not in _ids(search_json(api, "1191"))
    assert _ids(search_json(api, "1190")) == [archive["noise"]]


def test_the_number_is_marked_on_the_result_card(api, archive):
    page = api.get("/", query_string={"q": "748/NK.2"}).get_data(as_text=True)
    assert "No. <mark>748/NK.2</mark>-Ker/2019" in page


@pytest.mark.parametrize("q", ["2019-05-16", "16-05-2019", "16/05/2019", "16.05.2019", "16 Mei 2019",
                               "16 May 2019", "May 16, 2019", "tanggal enam belas Mei 2019"])
def test_a_date_in_any_written_form(api, archive, q):
    body = search_json(api, q)
    ids = _ids(body)
    assert ids[0] == archive["mou"] and archive["report"] in ids and archive["kb"] not in ids
    assert "ditandatangani 16 Mei 2019" in body["hits"][0]["matched"]
    report = body["hits"][ids.index(archive["report"])]
    assert report["page"] == 2 and "tanggal disebut di halaman 2" in report["matched"]


@pytest.mark.parametrize("q", ["Mei 2019", "May 2019", "05/2019", "2019-05"])
def test_a_month(api, archive, q):
    assert set(_ids(search_json(api, q))) == {archive["mou"], archive["report"]}


def test_an_end_date_and_a_date_with_words(api, archive):
    body = search_json(api, "23-08-2028")
    assert _ids(body) == [archive["kb"]] and "berakhir 23 Agustus 2028" in body["hits"][0]["matched"]
    assert _ids(search_json(api, "Cimahi 16 Mei 2019"))[0] == archive["mou"]
    mixed = search_json(api, "Bogor 16 Mei 2019")  # no agreement has both: one is dropped, and said
    assert mixed["dropped_terms"] in (["Bogor"], ["16 Mei 2019"]) and mixed["hits"]


def test_cards_name_institutions_not_signatories(api, archive, search_env):
    hit = search_json(api, "Tridharma")["hits"][0]
    assert hit["institutions"] == ["Pemerintah Kota Bogor", "Universitas Pakuan"]


def test_an_empty_page_suggests_indexed_words_that_find_something(api, archive):
    body = search_json(api, "Pakuwann")
    assert body["total"] == 0 and body["suggestions"] == ["pakuan"]
    assert search_json(api, body["suggestions"][0])["total"] == 2
    page = api.get("/", query_string={"q": "Pakuwann"}).get_data(as_text=True)
    assert 'Maksud Anda: <a href="/?q=pakuan">pakuan</a>?' in page


def test_an_empty_page_offers_to_drop_the_filters(api, archive):
    body = search_json(api, "Pakuan", doc_type="LOI")
    assert body["total"] == 0 and body["total_without_filters"] == 2
    page = api.get("/", query_string={"q": "Pakuan", "doc_type": "LOI"}).get_data(as_text=True)
    assert "Tanpa saringan ada 2 perjanjian yang cocok" in page and 'href="/?q=Pakuan">cari tanpa saringan' in page
    assert search_json(api, "Pakuan")["total_without_filters"] is None


def test_an_empty_page_counts_without_a_date_range_too(api, archive):
    """end_from/end_to are filters as much as doc_type: the count without them is given (it was None)."""
    body = search_json(api, "Pakuan", end_from="2030-01-01")
    assert body["total"] == 0 and body["total_without_filters"] == 2
    body = search_json(api, "Pakuan", end_to="2020-01-01")
    assert body["total"] == 0 and body["total_without_filters"] == 2
