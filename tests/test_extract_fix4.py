"""Forms of the fourth sealed set's misses (extractor 1.11.34): a flattened party list whose next item follows the
last designation after a comma, a heading listing many bodies with no separator, a heading listing the parties
without ANTARA, numbered names listed before their offices. Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement

_HEAD = ("PERJANJIAN KERJASAMA ANTARA PEMERINTAH KABUPATEN TIRTA DENGAN PEMERINTAH KABUPATEN SUKAMAJU TENTANG "
         "PENGELOLAAN SAMPAH NOMOR : 600/12/2019 Pada hari ini Senin tanggal dua bulan Desember tahun dua ribu "
         "sembilan belas bertempat di Tirta kami yang bertanda tangan di bawah ini : ")


def test_the_next_item_after_a_comma_in_a_flattened_list_is_read_when_the_excerpt_ends_in_it():
    text = (_HEAD + "1, BUDI SANTOSO : Kepala Dinas Lingkungan Hidup Kabupaten Tirta, berkedudukan di Tirta, dalam hal "
            "ini bertindak untuk dan atas nama Pemerintah Kabupaten Tirta, selanjutnya disebut PIHAK KESATU, 2. AGUS "
            "SALIM : Kepala Dinas Lingkungan Hidup Kabupaten Sukamaju, berkedudukan di Sukamaju, dalam hal ini "
            "bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju, selanj")
    second = extract_agreement([text]).parties[1]
    assert (second.role, second.institution, second.signatory) == ("PIHAK KEDUA", "Pemerintah Kabupaten Sukamaju",
                                                                   "Agus Salim")
    assert second.position == "Kepala Dinas Lingkungan Hidup Kabupaten Sukamaju"


def test_a_comma_before_a_numbered_recital_starts_no_party():
    text = (_HEAD + "1. BUDI SANTOSO : Bupati Tirta, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten "
            "Tirta, selanjutnya disebut PIHAK KESATU, 2. bahwa PIHAK KESATU adalah daerah otonom, dan seterusnya")
    assert [party.role for party in extract_agreement([text]).parties] in (["PIHAK KESATU"],
                                                                          ["PIHAK KESATU", "PIHAK KEDUA"])
