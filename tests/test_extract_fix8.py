"""Forms of the released sealed8 set, each text invented: a form's "Yang bertindak untuk dan atas nama X dan untuk
selanjutnya disebut" (its "untuk" mistyped too) and a blank name whose colon stands on the line below its label; a
body acted for "sehingga sah bertindak untuk dan atas nama Y"; a heading's two stacked number labels "NOMOR NOMOR"
below a TENTANG subject."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement

_FORM = """SURAT PERJANJIAN KERJASAMA
NOMOR : SD.07.11/KU.02/041/2019
NOMOR :_____________________
TENTANG
PENYALURAN DANA BANTUAN SISWA TAHUN 2019
ANTARA
SEKOLAH DASAR NEGERI SUKAMAJU KAB. TIRTAKARYA
DENGAN
BANK PERKREDITAN RAKYAT CABANG TIRTAKARYA
Pada hari ini tanggal bulan tahun Dua Ribu Sembilan Belas, kami yang bertanda tangan di bawah ini :
1. Nama
: BUDIMAN HARTONO, S.Pd
NIP.
: 197001011995031002
Jabatan : Kepala SDN Sukamaju
Alamat : Jalan Melati 4 Sukamaju
Yang bertindak untuk dan atas nama Sekolah Dasar Negeri Sukamaju Kab. Tirtakarya dan untuk
selanjutnya disebut PIHAK PERTAMA
2. Nama
:
Jabatan : Kepala Bagian Operasional

Alamat :
Yang bertindak untuk dan atas nama bank Perkreditan Rakyat Cabang Tirtakarya dan utnuk selanjutnya disebut
PIHAK KEDUA.
PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.
Pasal 1
KETENTUAN UMUM
"""

_CHAINED = """BADAN PENGEMBANGAN WILAYAH PESISIR
PERJANJIAN KERJA SAMA ANTARA BADAN PENGEMBANGAN WILAYAH PESISIR DENGAN PT. SAMUDRA CITRA LESTARI TENTANG PENYEDIAAN DATA PASANG SURUT BADAN PENGEMBANGAN WILAYAH PESISIR
NOMOR NOMOR
: P.3.1/PKS/KS/04/2018 : 07B/SCL/IV/2018
Pada hari ini SELASA, tanggal SEPULUH, bulan APRIL, tahun DUA RIBU DELAPAN BELAS, di TIRTAKARYA, yang bertanda tangan di bawah ini : HARUN WIBISONO
Kepala Pusat Data dan Kerja Sama Badan Pengembangan Wilayah Pesisir, dalam hal ini bertindak untuk dan atas nama Kepala Badan Pengembangan Wilayah Pesisir sehingga sah bertindak untuk dan atas nama Badan Pengembangan Wilayah Pesisir, yang berkedudukan di Jalan Raya Pantai Km. 12 Tirtakarya, selanjutnya disebut sebagai PIHAK KESATU.
DEWI ANGGRAENI
Direktur PT. Samudra Citra Lestari, dalam hal ini bertindak untuk dan atas nama PT. Samudra Citra Lestari, yang berkedudukan di Jalan Melati Nomor 8 Sukamaju, yang untuk selanjutnya disebut sebagai PIHAK KEDUA.
Halaman 1 dari 6
PIHAK KESATU dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu mengingat:
"""


def _parties(text: str) -> list:
    return extract_agreement([text]).parties


def test_form_body_ends_before_dan_untuk_selanjutnya() -> None:
    first, second = _parties(_FORM)
    assert first.institution == "Sekolah Dasar Negeri Sukamaju Kab. Tirtakarya"
    assert second.institution == "bank Perkreditan Rakyat Cabang Tirtakarya"  # "dan utnuk selanjutnya"


def test_blank_name_with_colon_below_keeps_office_without_next_label() -> None:
    second = _parties(_FORM)[1]
    assert second.signatory is None
    assert second.position == "Kepala Bagian Operasional"


def test_body_ends_before_sehingga_sah_bertindak() -> None:
    first, second = _parties(_CHAINED)
    assert first.institution == "Badan Pengembangan Wilayah Pesisir"
    assert second.institution == "PT. Samudra Citra Lestari"


def test_title_stops_at_stacked_number_labels() -> None:
    facts = extract_agreement([_CHAINED])
    assert facts.title == "Penyediaan Data Pasang Surut Badan Pengembangan Wilayah Pesisir"
    assert facts.numbers == ["P.3.1/PKS/KS/04/2018", "07B/SCL/IV/2018"]


_RUN_ON = ("NOTA KESEPAHAMAN ANTARA KEMENTERIAN KELAUTAN REPUBLIK INDONESIA DAN BLUEWAVE FOUNDATION FOR COASTAL "
           "LIFE, Inc. MENGENAI PENGUATAN KETAHANAN PANGAN PESISIR MELALUI BUDI DAYA RUMPUT LAUT NOTA KESEPAHAMAN "
           "ANT ARA KEMENTERIAN KELAUTAN REPUBLIK INDONESIA DAN BLUEWAVE FOUNDATION FOR COASTAL LIFE Inc. MENGENAI "
           "PENGUATAN KETAHANAN PANGAN PESISIR MELALUI BUDI DAYA RUMPUT LAUT Kementerian Kelautan Republik Indonesia "
           "(selanjutnya disebut Kementerian), dan Bluewave Foundation for Coastal Life Inc. (selanjutnya disebut "
           "BFCL), selanjutnya secara bersama-sama disebut sebagai \"Para Pihak\"; Mempertimbangkan kepentingan "
           "bersama; TELAH MENYETUJUI HAL-HAL SEBAGAI BERIKUT: PASAL I TUJUAN Tujuan Nota Kesepahaman ini adalah "
           "memajukan budi daya rumput laut.")


def test_subject_ends_where_a_run_on_heading_repeats() -> None:
    assert extract_agreement([_RUN_ON]).title == "Penguatan Ketahanan Pangan Pesisir melalui Budi Daya Rumput Laut"


def test_subject_naming_another_agreement_between_parties_is_kept() -> None:
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KOTA SUKAMAJU\nDENGAN\nUNIVERSITAS TIRTAKARYA\nTENTANG\n"
            "PELAKSANAAN NOTA KESEPAHAMAN ANTARA PEMERINTAH KOTA SUKAMAJU DAN UNIVERSITAS TIRTAKARYA\n"
            "NOMOR : 12/PKS/2021\nPada hari ini Senin tanggal satu bulan Maret tahun dua ribu dua puluh satu, kami "
            "yang bertanda tangan di bawah ini:\n")
    assert extract_agreement([text]).title == ("Pelaksanaan Nota Kesepahaman antara Pemerintah Kota Sukamaju dan "
                                               "Universitas Tirtakarya")


_NOTE = """Tirtapura, March 3, 2011

Excellency,
I have the honour to refer to the recent discussions held between the
representatives of the ·Government of nordhaven
.. and of the Government of the
Republic of Kaloria concerning Nordhaven's economic cooperation to be extended
with a view to strengthening friendly relations between the two countries, and to propose on behalf of the
Government of Nordhaven the following arrangements :

1.

For the purpose of contributing to the execution of the Programme for

Recovery from the damages caused by the floods in Kaloria,
the Government of Nordhaven shall extend to the Government of the Republic of Kaloria a grant of two billion
crowns (hereinafter referred to as "the Grant").
2.
The Government of the Republic of Kaloria shall open an
ordinary deposit account at a bank in Nordhaven in the name of the Government of
the Republic of Kaloria (hereinafter referred to as "the Account") within
fourteen days after the entry into force of the present arrangements.
"""


def test_note_of_exchange_parties_from_its_honour_sentence_despite_specks() -> None:
    facts = extract_agreement([_NOTE])
    assert [party.institution for party in facts.parties] == ["Government of nordhaven",
                                                              "Government of the Republic of Kaloria"]


def test_letter_for_the_purpose_is_no_subject() -> None:
    assert extract_agreement([_NOTE]).title is None


def test_heading_and_splits_when_the_opening_designates_both_by_short_names() -> None:
    names = [party.institution for party in extract_agreement([_RUN_ON]).parties]
    assert names == ["Kementerian Kelautan Republik Indonesia", "Bluewave Foundation for Coastal Life Inc"]


def test_one_body_with_dan_stays_whole_when_its_second_half_is_not_named_again() -> None:
    text = _RUN_ON.replace("KEMENTERIAN KELAUTAN REPUBLIK INDONESIA DAN BLUEWAVE FOUNDATION FOR COASTAL LIFE, Inc.",
                           "KEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN REPUBLIK INDONESIA", 1)
    first = extract_agreement([text]).parties[0].institution
    assert "Bluewave" not in first and "Kebudayaan" in first


def test_company_suffix_marks_a_body() -> None:
    from ingest.extract.names import is_body
    assert is_body("Mercy Relief for Aid and Development Inc.") and is_body("Harbor Trading, Ltd.")
    assert not is_body("Budi Santoso")


def test_letter_spaced_display_heading_then_the_plain_one_ending_in_antara() -> None:
    text = ("212\nP E R S E T UDJ UAN\nPE R SA HA B AT AN\nANTARA P E ME R I N T A H\nRE P UB L I K\nI ND0 NE S I A\nDAN\n"
            "P E ME R I N T A H\nK E R A J A A N\nNO R D HA V E N\nPERSETUDJUAN PERSAHABATAN ANTARA\n"
            "PEMERINTAH REPUBLIK INDONESIA\nDAN PEMERINTAH KERADJAAN NORDHAVEN\n"
            "Pemerintah Republik Indonesia dan Pemerintah Keradjaan Nordhaven Menjadari akan kebutuhan untuk "
            "memperluas saling pengertian,\nTelah menjetudjui sebagai berikut :\nPasal 1\nKedua pemerintah akan "
            "bekerdjasama.\n")
    names = [party.institution for party in extract_agreement([text]).parties]
    assert names == ["Pemerintah Republik Indonesia", "Pemerintah Keradjaan Nordhaven"]
