"""How treaties, notes and memoranda between governments name their parties and subjects, read right (helper fix8,
from the released set sealed8). Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from ingest.extract.extractor import extract_agreement
from ingest.extract.short_names import short_designations


def _parties(text: str) -> list[tuple]:
    return [(p.role, p.institution, p.signatory, p.position) for p in extract_agreement([text]).parties or []]


def _institutions(text: str) -> list[str]:
    return [p.institution for p in extract_agreement([text]).parties or []]


# the first note of an exchange: "discussions held between the representatives of the Government of A and of the
# Government of B", the grant's own terms ("the Programme", "the Grant", "the Account") defined below
_NOTE = (
    "Tirtapura, March 3, 2011\n\nExcellency,\n\nI have the honour to refer to the recent discussions held between the "
    "representatives of the Government of Japan and of the Government of the Republic of Valdoria concerning Japanese "
    "economic cooperation to be extended with a view to strengthening friendly relations between the two countries, "
    "and to propose on behalf of the Government of Japan the following arrangements:\n\n1.\n\nFor the purpose of "
    "contributing to the execution of the Programme for Rebuilding Schools in the Northern Provinces (hereinafter "
    "referred to as \"the Programme\") by the Government of the Republic of Valdoria, the Government of Japan shall "
    "extend to the Government of the Republic of Valdoria a grant of two billion yen (hereinafter referred to as \"the "
    "Grant\").\n\n2. The Government of the Republic of Valdoria shall open an account at a bank in Japan in the name of "
    "the Government of the Republic of Valdoria (hereinafter referred to as \"the Account\").\n")


def test_a_note_names_the_two_governments_whose_representatives_met():
    facts = extract_agreement([_NOTE])
    assert [p.institution for p in facts.parties] == ["Government of Japan", "Government of the Republic of Valdoria"]
    assert facts.title is None  # "For the purpose of …" opens a paragraph, it labels no subject


def test_a_scanned_note_with_specks_between_the_governments_names_them_too():
    scanned = _NOTE.replace("representatives of the Government of Japan and of the Government",
                            "representatives of the ·Government of Japan\n.. and of the Government")
    assert _institutions(scanned) == ["Government of Japan", "Government of the Republic of Valdoria"]


def test_what_a_grant_defines_is_no_party_but_a_company_so_named_is():
    text = ("the Government of Japan shall extend a grant of two billion yen (hereinafter referred to as \"the "
            "Grant\").\n\n2. The Government of Valdoria shall open an account at a bank in Japan (hereinafter "
            "referred to as \"the Account\").\n")
    assert short_designations(text) == []
    text = ("PT Grant Lestari (hereinafter referred to as \"Grant Lestari\") and PT Tirta Jaya (hereinafter referred "
            "to as \"Tirta\") agree:\n")
    assert [short.short for short in short_designations(text)] == ["Grant Lestari", "Tirta"]


# a memorandum's heading on one line, a foreign body's own name after "REPUBLIK INDONESIA DAN", the heading printed
# again (a cover and the first page joined by the text layer), the parties short-named without quotes
_ONE_LINE = (
    "MEMORANDUM SALING PENGERTIAN ANTARA KEMENTERIAN KELAUTAN REPUBLIK INDONESIA DAN NORDHAVEN RELIEF FOR AID AND "
    "WELFARE, Inc. MENGENAI PEMBERDAYAAN NELAYAN PESISIR MELALUI PELATIHAN DAN PERMODALAN MEMORANDUM SALING "
    "PENGERTIAN ANTARA KEMENTERIAN KELAUTAN REPUBLIK INDONESIA DAN NORDHAVEN RELIEF FOR AID AND WELFARE Inc. MENGENAI "
    "PEMBERDAYAAN NELAYAN PESISIR MELALUI PELATIHAN DAN PERMODALAN Kementerian Kelautan Republik Indonesia "
    "(selanjutnya disebut Kementerian), dan Nordhaven Relief for Aid and Welfare Inc. (selanjutnya disebut NRAW), "
    "selanjutnya secara bersama-sama disebut sebagai \"Para Pihak\"; Mempertimbangkan kepentingan bersama Para Pihak; "
    "TELAH MENYETUJUI HAL-HAL SEBAGAI BERIKUT: PASAL I TUJUAN Tujuan Memorandum ini adalah memajukan nelayan.")


def test_a_heading_run_into_its_repetition_gives_the_subject_and_the_preamble_the_parties():
    facts = extract_agreement([_ONE_LINE])
    assert facts.title == "Pemberdayaan Nelayan Pesisir melalui Pelatihan dan Permodalan"
    assert [(p.role, p.institution, p.signatory) for p in facts.parties] == [
        ("PIHAK PERTAMA", "Kementerian Kelautan Republik Indonesia", None),
        ("PIHAK KEDUA", "Nordhaven Relief for Aid and Welfare Inc", None)]


def test_a_subject_citing_another_memorandum_between_other_bodies_goes_on():
    text = ("NOTA KESEPAHAMAN ANTARA PEMERINTAH KOTA TIRTA DAN UNIVERSITAS SUKAMAJU TENTANG PELAKSANAAN NOTA "
            "KESEPAHAMAN ANTARA KEMENTERIAN DALAM NEGERI DAN FORUM REKTOR\n\nPada hari ini Senin tanggal satu bulan "
            "Maret tahun dua ribu dua puluh satu kami yang bertanda tangan di bawah ini:\n")
    assert extract_agreement([text]).title == ("Pelaksanaan Nota Kesepahaman antara Kementerian dalam Negeri dan "
                                               "Forum Rektor")


def test_the_state_closing_a_bodys_name_parts_it_from_the_next_whatever_its_first_word():
    text = ("PROTOKOL KERJA SAMA DALAM BIDANG PERIKANAN\n\nANTARA\n\nDEPARTEMEN PERIKANAN REPUBLIK INDONESIA DAN\n\n"
            "KcMENTER IAN NEGARA URUSAN PERIKANAN KERAJAAN NORLANDIA\n\nDengan hasrat untuk mempererat kerja sama di "
            "bidang perikanan antara kedua negara,\n")
    assert _institutions(text) == ["Departemen Perikanan Republik Indonesia",
                                   "Kcmenter Ian Negara Urusan Perikanan Kerajaan Norlandia"]


def test_a_state_inside_a_bodys_name_or_two_states_keep_their_reading():
    text = ("MEMORANDUM SALING PENGERTIAN\nANTARA\nKEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN REPUBLIK INDONESIA\nDAN\n"
            "KEMENTERIAN PENDIDIKAN KERAJAAN NORLANDIA\nMENGENAI\nKERJA SAMA PENDIDIKAN\n\nKementerian Pendidikan dan "
            "Kebudayaan Republik Indonesia dan Kementerian Pendidikan Kerajaan Norlandia,\n")
    assert _institutions(text) == ["Kementerian Pendidikan dan Kebudayaan Republik Indonesia",
                                   "Kementerian Pendidikan Kerajaan Norlandia"]
    text = ("PERSETUJUAN\nANTARA\nREPUBLIK INDONESIA DAN KERAJAAN NORLANDIA\nMENGENAI\nPEMBEBASAN VISA\n\n"
            "Republik Indonesia dan Kerajaan Norlandia,\n")
    assert _institutions(text) == ["Republik Indonesia", "Kerajaan Norlandia"]


# "atas nama Kepala Badan X sehingga sah bertindak untuk dan atas nama Badan X"; "atas nama Y dan untuk selanjutnya
# disebut" (a form's "untuk" typed "unutk")
_FORM = (
    "PERJANJIAN KERJA SAMA\nANTARA\nBADAN PEMETAAN NASIONAL\nDENGAN\nPT. PETA NUSA LESTARI\nTENTANG\nPENYEDIAAN PETA "
    "DASAR\n\nPada hari ini Senin tanggal satu bulan Maret tahun dua ribu dua puluh satu, yang bertanda tangan di "
    "bawah ini:\n\n1. Nama : RINA LESTARI\nJabatan : Kepala Pusat Kerja Sama Badan Pemetaan Nasional\n"
    "Yang bertindak untuk dan atas nama Kepala Badan Pemetaan Nasional sehingga sah bertindak untuk dan atas nama "
    "Badan Pemetaan Nasional dan untuk\nselanjutnya disebut PIHAK PERTAMA\n\n2. Nama : AGUS SALIM\n"
    "Jabatan : Direktur\nYang bertindak untuk dan atas nama PT. Peta Nusa Lestari dan unutk selanjutnya disebut\n"
    "PIHAK KEDUA.\n\nPIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n")


def test_the_body_acted_for_ends_before_sehingga_and_before_dan_untuk_selanjutnya():
    assert _institutions(_FORM) == ["Badan Pemetaan Nasional", "PT. Peta Nusa Lestari"]


def test_a_person_named_with_dan_stays_a_person():
    from ingest.extract.names import named_like_body
    assert named_like_body("Nordhaven Relief for Aid and Welfare Inc. (")
    assert not named_like_body("Budi Santoso dan Siti")
    assert not named_like_body("Maria de la Cruz")
    assert not named_like_body("dan lain-lain for the")


_PLAIN_TREATY = ("PEMERINTAH REPUBLIK INDONESIA\nDAN PEMERINTAH KERAJAAN NORLANDIA\nPemerintah Republik Indonesia dan "
                 "Pemerintah Kerajaan Norlandia menyadari akan kebutuhan untuk memperluas saling pengertian,\n"
                 "Telah menyetujui sebagai berikut :\nPasal 1\n")


@pytest.mark.parametrize("heading", [
    # a display heading letter-spaced unevenly (pairs, a zero for an O), then the plain one after "PERSETUJUAN X ANTARA"
    "P E R S E T U J U AN\nKE B U D A Y AA N\nANTARA P E ME R I N T A H\nRE P UB L I K\nI ND0 NE S I A\nDAN\n"
    "P E ME R I N T A H\nK E R A J AA N\nN 0 R L A N D I A\nPERSETUJUAN KEBUDAYAAN ANTARA\n",
    "PERSETUJUAN KEBUDAYAAN\nANTARA\n",  # no letter-spacing: the first list stays
])
def test_a_letter_spaced_heading_is_read_from_its_plain_repetition_after_the_kind(heading):
    assert _institutions(heading + _PLAIN_TREATY) == ["Pemerintah Republik Indonesia", "Pemerintah Kerajaan Norlandia"]


def test_bare_names_in_parentheses_designate_parties_only_before_both_parties_name():
    text = ("AGREEMENT, dated May 4, 1971 between NORDHAVEN DEVELOPMENT FUND (hereinafter called the Fund) and "
            "PERUSAHAAN AIR TIRTA (hereinafter called PAT). WHEREAS by the Credit Agreement of even date between "
            "the Republic of Valdoria (hereinafter called the Borrower) and the Fund, the Fund agreed to lend;\n")
    assert short_designations(text) == []
    text = ("(B) The Nordhaven Centre for Farming (hereinafter referred to as NCF) will be the Nordhaven agency. The "
            "Agency for Farming Research (hereinafter referred to as AFR) will be the Valdorian agency.\n")
    assert short_designations(text) == []


# a treaty's heading in title case, its label ending the kind's line, the list closed by a period and the preamble
# naming the parties again
_TITLE_CASE_TREATY = (
    "Persetujuan Kebudayaan dan Pengajaran antara\nPemerintah Indonesia dan Pemerintah Norlandia.\n"
    "Pemerintah Indonesia dan\nPemerintah Norlandia\nSadar akan adanya hubungan kebudayaan antara bangsa Indonesia "
    "dan Norlandia sejak berabad-abad lamanya,\nBerhasrat mempererat tali persahabatan yang telah ada,\n"
    "Telah mengambil keputusan untuk membuat Persetujuan Kebudayaan dan untuk ini telah mengangkat wakil-wakilnya:\n")


def test_a_title_case_heading_whose_label_ends_the_kinds_line_names_two_parties_not_its_preamble():
    assert _institutions(_TITLE_CASE_TREATY) == ["Pemerintah Indonesia", "Pemerintah Norlandia"]


def test_an_abbreviation_closing_the_list_line_does_not_close_the_list():
    text = ("Perjanjian Kerja Sama antara\nPemerintah Kab. Tirta dan PT. Bank Lestari Tbk.\n\n"
            "Pada hari ini Senin tanggal satu bulan Maret tahun dua ribu dua puluh satu, kami yang bertanda tangan:\n")
    assert [name.lower() for name in _institutions(text)[:2]] == ["pemerintah kab. tirta", "pt. bank lestari tbk."]
