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


_OPENING = ("\nNomor : 445/12/PKS/2022\n\nPada hari ini Senin tanggal 7 November 2022, kami yang bertanda tangan dibawah "
            "ini :\n1. Nama : dr. Budi Hartono\nJabatan : Kepala Puskesmas Tirta\nyang selanjutnya disebut PIHAK PERTAMA\n"
            "2. Nama : Sri Lestari\nJabatan : Direktur\nyang selanjutnya disebut PIHAK KEDUA\n")


def test_a_subject_naming_a_body_after_dengan_is_no_line_of_parties():
    # the line naming both parties opens with the first one's word; a subject's "… DENGAN PUSKESMAS …" does not
    text = "PERJANJIAN KERJASAMA\nPENANGGULANGAN TUBERKULOSIS DENGAN PUSKESMAS SEBAGAI JEJARING\n" + _OPENING
    assert extract_agreement([text]).title == "Penanggulangan Tuberkulosis dengan Puskesmas sebagai Jejaring"
    both = "PERJANJIAN KERJASAMA\nPENANGGULANGAN TUBERKULOSIS\nKLINIK SEHAT SENTOSA DENGAN PUSKESMAS TIRTA\n" + _OPENING
    assert extract_agreement([both]).title == "Penanggulangan Tuberkulosis"


_KIND_ONLY = ("SURAT PERJANJIAN KERJASAMA\n\n{heading}\n\nNomor : 445/12-SPK/2022\n\n"
              "Pada hari Senin tanggal 7 November 2022, kami yang bertanda tangan dibawah ini :\n\n"
              "Nama : drg. Ratna Widuri\n\nJabatan : Kepala Puskesmas Tirta\n\nyang selanjutnya disebut sebagai PIHAK "
              "PERTAMA\n\nNama : dr. Hendra Saputra\n\nJabatan : {office}\n\nyang selanjutnya disebut sebagai PIHAK KEDUA\n")


@pytest.mark.parametrize("heading, office", [
    ("PROGRAM KESEHATAN SEKOLAH DI KECAMATAN TIRTA\n\nPUSKESMAS TIRTA DENGAN SD NEGERI 3 SUKAMAJU", "Kepala Sekolah"),
    ("RUJUKAN PASIEN KE RUMAH SAKIT UMUM DAERAH\n\nKLINIK SEHAT DENGAN PUSKESMAS TIRTA", "Direktur Rumah Sakit"),
])
def test_a_kind_named_in_a_subject_is_no_body_of_that_kind(heading, office):
    # "SEKOLAH DI KECAMATAN X", "RUMAH SAKIT UMUM DAERAH": a subject's words, never the party's body
    assert extract_agreement([_KIND_ONLY.format(heading=heading, office=office)]).parties[1].institution is None


@pytest.mark.parametrize("office", ["Direktur Rumah Sakit Umum Daerah ……", "Kepala UPT. Puskesmas ……",
                                    "Kepala Pusat Kesehatan Masyarakat ……", "Direktur Klinik Pratama ……"])
def test_a_health_units_kind_alone_is_no_body(office):
    from ingest.extract.heads import position_of
    from ingest.extract.offices import institution_from_position
    assert institution_from_position(position_of(office)) is None


def test_an_office_typed_twice_in_another_case_is_read_once():
    from ingest.extract.heads import position_of
    assert position_of("DIREKTUR UTAMA Direktur Utama RSUD Tirta") == "Direktur Utama RSUD Tirta"
    assert position_of("Ketua Yayasan Yayasan Bakti Husada") == "Ketua Yayasan Yayasan Bakti Husada"


@pytest.mark.parametrize("line", ["DPM/KLINIK SEHAT SENTOSA DENGAN PUSKESMAS TIRTA",
                                  "DOKTER PRAKTIK MANDIRI ANISA RAHMA DENGAN PUSKESMAS TIRTA"])
def test_a_line_naming_both_parties_after_another_kind_or_a_practitioner(line):
    text = "SURAT PERJANJIAN KERJASAMA PROGRAM\nPENANGGULANGAN TUBERKULOSIS DENGAN STRATEGI DOTS\n" + line + "\n" + _OPENING
    assert extract_agreement([text]).title.lower() == "program penanggulangan tuberkulosis dengan strategi dots"


def test_a_kindergarten_under_unit_kerja_is_the_body():
    assert _parties(_HOSPITAL.format(unit="TK Pertiwi Sukamaju"))[0][1] == "TK Pertiwi Sukamaju"


def test_an_office_naming_its_kind_is_read_fast():
    from ingest.extract.kind_named import heading_body
    started = time.perf_counter()
    heading_body("KLINIK SEHAT DENGAN PUSKESMAS TIRTA", 0, 35, "Kepala " + " " * 20000 + "Klinik", [])
    heading_body("KLINIK SEHAT DENGAN PUSKESMAS TIRTA", 0, 35, "Kepala " * 4000, [])
    assert time.perf_counter() - started < 0.5
    assert heading_body("KLINIK SEHAT DENGAN PUSKESMAS TIRTA", 0, 35, "Penanggung Jawab Klinik", [])[0] == "KLINIK SEHAT"
