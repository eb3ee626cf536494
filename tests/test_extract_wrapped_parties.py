"""The parties, their signatories and offices, the signing date and place read the same whatever width the page
broke the lines at: an identity paragraph, a dateline or a heading wrapped by a narrower page or a PDF's text layer
gives the facts its long-line form gives. Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM DAERAH SUKAMAJU\nDENGAN\nRUMAH SAKIT BAKTI HUSADA\n\n"
         "NOMOR : 445/77/RSUD/2022\nNOMOR : 12/RSBH/PKS/2022\n\nTENTANG\nPELAYANAN RUJUKAN PASIEN\n\n")
_TAIL = ("\n\nPIHAK KESATU dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n\nPasal 1\nMAKSUD DAN TUJUAN\n\n"
         "Maksud Perjanjian ini adalah sebagai pedoman bagi PARA PIHAK.\n\nPasal 2\nPENUTUP\n\nDemikian Perjanjian "
         "ini dibuat dalam rangkap 2 (dua).\n")


def _parties(opening: str) -> list[tuple]:
    found = schema_of([_HEAD + opening + _TAIL])["parties"]
    return [(party["role"], party["institution"], party["signatory"], party["position"]) for party in found]


_INLINE_ROWS = [
    ("PIHAK KESATU", "Rumah Sakit Umum Daerah Sukamaju", "dr. Hj. Lestari Wulandari, MARS",
     "Direktur Rumah Sakit Umum Daerah Sukamaju"),
    ("PIHAK KEDUA", "Rumah Sakit Bakti Husada", "drg. Bambang Setiawan, M.Kes", "Direktur Rumah Sakit Bakti Husada"),
]


def test_an_inline_identity_paragraph_wrapped_mid_row_gives_the_same_parties():
    # "Nama : X Jabatan : Y Dalam hal ini …" all on one line, then the same paragraph as a narrower page breaks it:
    # "Nama :" closing a line, a name and an office running on at the next line's start up to its next label
    long = ("Pada hari ini Senin tanggal dua bulan Mei tahun dua ribu dua puluh dua, kami yang bertanda tangan di "
            "bawah ini: 1. Nama : dr. Hj. Lestari Wulandari, MARS Jabatan : Direktur Rumah Sakit Umum Daerah Sukamaju "
            "Dalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum Daerah Sukamaju, selanjutnya disebut PIHAK "
            "KESATU. 2. Nama : drg. Bambang Setiawan, M.Kes Jabatan : Direktur Rumah Sakit Bakti Husada Alamat : Jl. "
            "Kenanga No. 4 Sukamaju Dalam hal ini bertindak untuk dan atas nama Rumah Sakit Bakti Husada, "
            "selanjutnya disebut PIHAK KEDUA.")
    wrapped = ("Pada hari ini Senin tanggal dua bulan Mei tahun dua ribu dua\npuluh dua, kami yang bertanda tangan di "
               "bawah ini: 1. Nama :\ndr. Hj. Lestari Wulandari, MARS Jabatan : Direktur Rumah Sakit\nUmum Daerah "
               "Sukamaju Dalam hal ini bertindak untuk dan atas\nnama Rumah Sakit Umum Daerah Sukamaju, selanjutnya "
               "disebut\nPIHAK KESATU. 2. Nama : drg. Bambang\nSetiawan, M.Kes Jabatan : Direktur Rumah Sakit Bakti\n"
               "Husada Alamat\n: Jl. Kenanga No. 4 Sukamaju Dalam hal ini bertindak untuk\ndan atas nama Rumah Sakit "
               "Bakti Husada, selanjutnya disebut\nPIHAK KEDUA.")
    assert _parties(long) == _INLINE_ROWS
    assert _parties(wrapped) == _INLINE_ROWS


def test_rows_one_to_a_line_keep_their_own_ends():
    # a form's rows each on their line: the next row's label ends the value, no next line is read into it
    opening = ("Pada hari ini Senin tanggal dua bulan Mei tahun dua ribu dua puluh dua, kami yang bertanda tangan di "
               "bawah ini:\n1. Nama : dr. Hj. Lestari Wulandari, MARS\n   Jabatan : Direktur Rumah Sakit Umum Daerah "
               "Sukamaju\n   Dalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum Daerah Sukamaju, "
               "selanjutnya disebut PIHAK KESATU.\n2. Nama : drg. Bambang Setiawan, M.Kes\n   Jabatan : Direktur "
               "Rumah Sakit Bakti Husada\n   Alamat : Jl. Kenanga No. 4 Sukamaju\n   Dalam hal ini bertindak untuk dan "
               "atas nama Rumah Sakit Bakti Husada, selanjutnya disebut PIHAK KEDUA.")
    assert _parties(opening) == _INLINE_ROWS


def test_a_flattened_table_whose_values_row_wraps_inside_a_cell():
    # the labels on one line, the cells on the next ("Nama Jabatan Alamat" / ": X : Y : Z"); a narrower page breaks
    # the cells' line inside the office: its next line completes the row before the rows are read
    opening = ("Pada hari ini Senin tanggal dua bulan Mei tahun dua ribu dua puluh dua, kami yang bertanda tangan di "
               "bawah ini: Nama Jabatan Alamat\n\n: dr. Hj. Lestari Wulandari, MARS : Direktur Rumah Sakit Umum Daerah "
               "Sukamaju : Jl. Merdeka No. 1 Sukamaju\n\nDalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum "
               "Daerah Sukamaju, selanjutnya disebut PIHAK KESATU. Nama Jabatan Alamat\n\n: drg. Bambang Setiawan, "
               "M.Kes : Direktur Rumah Sakit\nBakti Husada : Jl. Kenanga No. 4 Sukamaju\n\nDalam hal ini bertindak "
               "untuk dan atas nama Rumah Sakit Bakti Husada, selanjutnya disebut PIHAK KEDUA.")
    assert _parties(opening) == _INLINE_ROWS
    assert _parties(opening.replace("Rumah Sakit\nBakti", "Rumah Sakit Bakti")) == _INLINE_ROWS
