"""The term as published agreements state it (issue 18): a date range yields its duration; reports and minutes that
quote other agreements' terms get none of their own. Every text here is written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_texts import schema_of
from ingest.extract.durations import between
from ingest.isodate import IsoDuration

_PKS = """PERJANJIAN KERJA SAMA
ANTARA
DINAS PERHUBUNGAN KABUPATEN SUKAMAJU
DENGAN
PT ANGKUTAN SUKAMAJU RAYA
NOMOR : 551/88/DISHUB/2023
TENTANG
PENYELENGGARAAN ANGKUTAN PERDESAAN

Pada hari ini Rabu tanggal lima belas bulan November tahun dua ribu dua puluh tiga, bertempat di Sukamaju, kami
yang bertanda tangan di bawah ini:
1. Drs. BAMBANG SURYADI, M.Si. : Kepala Dinas Perhubungan Kabupaten Sukamaju, dalam hal ini bertindak untuk dan
   atas nama Dinas Perhubungan Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;
2. LUKMAN HAKIM, S.E. : Direktur PT Angkutan Sukamaju Raya, dalam hal ini bertindak untuk dan atas nama PT Angkutan
   Sukamaju Raya, selanjutnya disebut PIHAK KEDUA.

Pasal 1
RUANG LINGKUP
Ruang lingkup perjanjian ini meliputi penyelenggaraan angkutan perdesaan pada trayek yang ditetapkan.

Pasal 2
JANGKA WAKTU
{term}

Pasal 3
PENUTUP
Perjanjian ini dibuat dalam rangkap 2 (dua) bermeterai cukup.
"""


@pytest.mark.parametrize("term, effective, duration, end", [
    ("Perjanjian ini berlaku terhitung mulai tanggal 1 Januari 2024 sampai dengan tanggal 31 Desember 2026.",
     "2024-01-01", "P3Y", "2026-12-31"),
    ("Perjanjian ini berlaku sejak tanggal ditandatangani sampai dengan tanggal 14 Mei 2025.",
     "2023-11-15", "P1Y6M", "2025-05-14"),
    ("Perjanjian ini berlaku sejak tanggal 1 Desember 2023 sampai dengan tanggal 29 Februari 2024.",
     "2023-12-01", "P3M", "2024-02-29"),
    ("Perjanjian ini berlaku sejak tanggal 20 November 2023 sampai dengan tanggal 18 Maret 2024.",
     "2023-11-20", "P120D", "2024-03-18"),
    # two dates joined by a dash under "Masa berlaku"; a range to the anniversary is read as whole years
    ("Masa berlaku:\n01 Januari 2024 – 01 Januari 2026", "2024-01-01", "P2Y", "2026-01-01"),
    # a stated duration stays as written, whatever the dates beside it
    ("Perjanjian ini berlaku untuk jangka waktu 2 (dua) tahun terhitung mulai tanggal 1 Januari 2024 sampai dengan "
     "tanggal 31 Desember 2025.", "2024-01-01", "P2Y", "2025-12-31"),
])
def test_a_term_written_as_a_date_range_yields_its_duration(term, effective, duration, end):
    facts = schema_of([_PKS.format(term=term)])
    assert (facts["effective_date"], facts["duration"], facts["end_date"]) == (effective, duration, end)
    if "jangka waktu" not in term:  # read from two dates, not written: less sure than a stated duration
        assert facts["evidence"]["duration"]["confidence"] < facts["evidence"]["end_date"]["confidence"]


def test_a_middle_page_without_a_heading_still_gives_its_term():
    page = "(3) Biaya pelayanan dibayar setiap bulan.\n\nPasal 9\nMASA BERLAKU\nKerja sama ini berlaku selama 2 (dua) tahun.\n"
    facts = schema_of([page])
    assert (facts["doc_type"], facts["duration"]) == ("OTHER", "P2Y")


def test_an_end_date_without_a_start_states_no_duration():
    facts = schema_of([_PKS.format(term="Perjanjian ini berlaku sampai dengan tanggal 31 Desember 2025.")])
    assert (facts["effective_date"], facts["duration"], facts["end_date"]) == (None, None, "2025-12-31")


@pytest.mark.parametrize("start, end, expected", [
    (dt.date(2024, 1, 1), dt.date(2026, 12, 31), IsoDuration(years=3)),
    (dt.date(2024, 1, 31), dt.date(2024, 2, 28), IsoDuration(months=1)),  # a month from 31 January runs to 28 February
    (dt.date(2024, 1, 31), dt.date(2024, 2, 29), IsoDuration(days=30)),
    (dt.date(2023, 8, 24), dt.date(2028, 8, 23), IsoDuration(years=5)),
    (dt.date(2023, 8, 24), dt.date(2023, 8, 24), IsoDuration(days=1)),
    (dt.date(2023, 8, 24), dt.date(2023, 8, 1), None),
])
def test_between_reads_whole_years_and_months_else_days(start, end, expected):
    found = between(start, end)
    assert found == expected
    if found is not None:
        assert found.end_from(start) == end  # the duration read back gives the same end


_MINUTES = """BERITA ACARA
EVALUASI PELAKSANAAN KERJA SAMA DAERAH
NOMOR : 180/45/BA/2024

Pada hari ini Selasa tanggal dua belas bulan Maret tahun dua ribu dua puluh empat, bertempat di Ruang Rapat
Sekretariat Daerah Kabupaten Sukamaju, Tim Koordinasi Kerja Sama Daerah telah melaksanakan evaluasi atas:
1. Kesepakatan Bersama antara Pemerintah Kabupaten Sukamaju dengan Universitas Tirtawangi Nomor 119/KB/VI/2019
   tanggal 10 Juni 2019, yang berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak tanggal ditandatangani;
2. Perjanjian Kerja Sama antara Dinas Kesehatan Kabupaten Sukamaju dengan PT Bank Daerah Sukamaju Nomor
   445/112/DINKES/2021 yang berlaku sejak tanggal 1 September 2021 sampai dengan tanggal 31 Agustus 2024.
Hasil evaluasi menunjukkan kedua kerja sama tersebut berjalan baik dan direkomendasikan untuk diperpanjang.
Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.
"""
_MONEV = """LAPORAN MONITORING DAN EVALUASI
PELAKSANAAN KERJA SAMA DAERAH TAHUN 2023

BAB I
PENDAHULUAN
Laporan ini menyajikan hasil monitoring dan evaluasi kerja sama Pemerintah Kota Tirtawangi.

BAB II
HASIL EVALUASI
No  Mitra                      Nomor              Jangka Waktu                          Status
1   Universitas Sukamaju       12/KB/III/2020     3 (tiga) tahun sejak ditandatangani      berjalan
2   PT Air Bersih Tirta        7/PKS/2021         1 Januari 2021 sampai dengan 31 Desember 2023   berakhir
Kerja sama dengan Universitas Sukamaju berlaku untuk jangka waktu 3 (tiga) tahun terhitung sejak tanggal
ditandatangani pada tanggal 2 Maret 2020.

Tirtawangi, 15 Januari 2024
KEPALA BAGIAN KERJA SAMA,

ANDI PRASETYO, S.IP.
"""


@pytest.mark.parametrize("page, own_date", [(_MINUTES, "2024-03-12"), (_MONEV, "2024-01-15")],
                         ids=["berita acara", "monev report"])
def test_a_report_on_other_agreements_gets_no_term_from_the_dates_it_quotes(page, own_date):
    facts = schema_of([page])
    assert facts["doc_type"] == "OTHER"
    assert facts["sign_date"] == own_date
    assert (facts["effective_date"], facts["duration"], facts["end_date"]) == (None, None, None)
