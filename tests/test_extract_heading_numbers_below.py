"""A heading without ANTARA whose first party carries its own number below its name ("KIND SUBJECT / BODY A /
N0. x / DENGAN / BODY B / No: y"): the subject stops above the first party, even when it is one word, and the OCR'd
label `N0.` reads as `NO.` (forms of the released sealed6 set, written anew for this test)."""
from __future__ import annotations

from tests.extract_texts import schema_of

HEADING = ("PERJANJIAN KERJASAMA KEBERSIHAN\n\nKLINIK PRATAMA SEHAT TIRTA\n\n\n{label} /KPS/SPK-12/23\nDENGAN\n"
           "CV BERSIH JAYA\nNo: 7/CBJ/I/2023\n\n")
OPENING = ("Perjanjian Kerjasama Kebersihan ini dibuat pada hari ini tanggal 1 Maret 2023, oleh dan antara:\n\n"
           "1. KLINIK PRATAMA SEHAT TIRTA beralamat di Jl. Mawar No. 3 Tirta, dalam hal ini diwakili oleh dr. Sari "
           "Wulandari selaku Direktur, selanjutnya disebut PIHAK PERTAMA.\n\n"
           "2. CV BERSIH JAYA beralamat di Jl. Melati No. 9 Tirta, dalam hal ini diwakili oleh Budi Hartono selaku "
           "Direktur, selanjutnya disebut PIHAK KEDUA.\n")


def test_a_one_word_subject_above_a_numbered_first_party():
    facts = schema_of([HEADING.format(label="N0.") + OPENING])
    assert facts["title"] == "Kebersihan"
    assert facts["numbers"] == ["/KPS/SPK-12/23", "7/CBJ/I/2023"]


def test_the_same_heading_with_a_clean_label():
    facts = schema_of([HEADING.format(label="NO.") + OPENING])
    assert (facts["title"], facts["numbers"]) == ("Kebersihan", ["/KPS/SPK-12/23", "7/CBJ/I/2023"])


def test_a_two_line_subject_with_blank_lines_before_the_party_keeps_only_the_subject():
    heading = ("PERJANJIAN KERJA SAMA\nPELAYANAN KEBERSIHAN GEDUNG\n\nKLINIK PRATAMA SEHAT TIRTA\n\n\nDENGAN\n"
               "CV BERSIH JAYA\n\n")
    assert schema_of([heading + OPENING])["title"] == "Pelayanan Kebersihan Gedung"
