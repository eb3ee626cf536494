"""Near forms of the sealed10 rules that must not be read as those rules read their own forms, and the same forms
written otherwise (review10). Every text here is invented."""
from __future__ import annotations

import time

import pytest

from ingest.extract.block_reading import parse_block
from ingest.extract.extractor import extract_agreement


def _parties(text: str) -> list[tuple]:
    return [(p.role, p.institution, p.signatory, p.position) for p in extract_agreement([text]).parties or []]


_HOSPITAL = ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM DAERAH SEKAR ARUM\nDENGAN\nPT MEDIKA SARANA ABADI\n"
             "TENTANG\nPEMELIHARAAN ALAT KESEHATAN\nNOMOR : 445/77/RSUD/2021\n\nPada hari ini Kamis tanggal empat bulan "
             "Maret tahun dua ribu dua puluh satu, kami yang bertanda tangan di bawah ini :\n"
             "1. Nama : dr. Wulan Prameswari, M.Kes\nJabatan : Kepala Bidang Penunjang Medik\nUnit Kerja : {unit}\n"
             "yang selanjutnya disebut PIHAK PERTAMA\n"
             "2. Nama : Hendro Wicaksono\nJabatan : Direktur\nAlamat : Jl. Kenari 5 Sukamaju\n"
             "yang selanjutnya disebut PIHAK KEDUA\n")


@pytest.mark.parametrize("unit", ["Instalasi Pemeliharaan Sarana", "INSTALASI GIZI", "Bagian Tata Usaha"])
def test_a_unit_of_the_body_under_unit_kerja_is_no_body(unit):
    # the body's own unit: the heading's body stays the party's (as before the Unit Kerja label was read)
    assert _parties(_HOSPITAL.format(unit=unit))[0][1] == "Rumah Sakit Umum Daerah Sekar Arum"


def test_a_body_under_unit_kerja_is_the_body():
    assert _parties(_HOSPITAL.format(unit="RSUD Sekar Arum"))[0][1] == "RSUD Sekar Arum"


@pytest.mark.parametrize("block, signatory, position", [
    ("Nama Jabatan : Kepala Puskesmas Tirta\nNama : Ani Wulandari\n", "Ani Wulandari", "Kepala Puskesmas Tirta"),
    ("2. NAMA JABATAN : KEPALA PUSKESMAS TIRTA\nNAMA : ANI WULANDARI\n", "Ani Wulandari", "Kepala Puskesmas Tirta"),
])
def test_an_office_title_label_is_no_labels_row_wrapped_over_the_next_row(block, signatory, position):
    # "Nama Jabatan :" (the office's title) then the name's own row: never "Nama : <office> Nama" / "Jabatan : <name>"
    assert parse_block(block)[1:3] == (signatory, position)


@pytest.mark.parametrize("filler", [" " * 20000, "kata " * 4000])
def test_a_labels_row_before_a_long_run_stays_fast(filler):
    from ingest.extract.columns import unflattened
    from ingest.extract.identity_labels import INSTITUTION_LABEL
    block = "2. Nama Jabatan Unit Kerja : Puskesmas x" + filler + "\n"
    started = time.perf_counter()
    unflattened(block)
    INSTITUTION_LABEL.search("Unit Kerja : Puskesmas x" + filler + "\n")
    INSTITUTION_LABEL.search("Instansi : x" + filler + "\n")
    assert time.perf_counter() - started < 0.5
