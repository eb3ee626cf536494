"""Forms a scanned appendix, an unfilled grant form, a three-party template and a project's contracts wrote, read
right (extractor 1.11.34, helper fix7). Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement


def _parties(text: str) -> list[tuple]:
    return [(p.role, p.institution, p.signatory, p.position) for p in extract_agreement([text]).parties or []]


# a "Nama : / Jabatan : / Alamat :" form whose designators a scan misread ("disebul.", "dlsebut"), the first office
# running on into the acting clause, the second director acting for the board ("mewakili Dlreksl") and so for the company
_SCANNED_FORM = (
    "PERJANJIAN KERJASAMA\n\nPada hari ini, Kamis tanggal tujuh bulan Juli tahun dua ribu empat, bertempat di Kantor "
    "Pusat PT. Bank Tirta (Persero) di Jalan Merak Nomor 5 Sukamaju, yang bertandatangan di bawah ini:\n\n"
    "Nama : Drs. HARTONO WIBISONO\n\nJabatan : Direktur Jenderal Pembinaan Desa, bertindak untuk dan atas nama "
    "Pemerintah Republik Indonesia cq. Departemen Dalam Negeri.\n\nAlamat : Jalan Melati 4, Sukamaju\n\n"
    "Selanjutnya disebul. PIHAK PERTAMA.\n\n"
    "II Nama : RUDI HARSONO\n\nJabatan : Direktur Umum PT. Bank Tirta (Persero), dalam hal ini mewakili Dlreksl dan "
    "oleh karena itu bertindak untuk dan atas nama PT. Bank Tirta (Persero), berkedudukan di Jalan Merak Nomor 5 "
    "Sukamaju.\n\nAlamat : Jalan Merak Nomor 5 Sukamaju\n\nSelanjutnya dlsebut PIHAK KEDUA.\n\n"
    "Dengan mempertimbangkan hal-hal sebagai berikut:\n")


def test_a_misread_designator_still_designates_the_party_block():
    assert _parties(_SCANNED_FORM) == [
        ("PIHAK PERTAMA", "Pemerintah Republik Indonesia cq. Departemen Dalam Negeri", "Drs. Hartono Wibisono",
         "Direktur Jenderal Pembinaan Desa"),
        ("PIHAK KEDUA", "PT. Bank Tirta (Persero)", "Rudi Harsono", "Direktur Umum PT. Bank Tirta (Persero)")]


def test_a_name_like_the_designator_is_left_alone():
    from ingest.extract.ocr_marks import fix_marks
    for text in ("desa Dlsebul PIHAK", "dlsebut pihak lain", "tidak disebut. Pihak ketiga"):
        assert fix_marks(text) == text
    assert fix_marks("Selanjutnya dlsebut PIHAK KEDUA.") == "Selanjutnya disebut PIHAK KEDUA."
