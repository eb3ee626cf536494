"""Headings of agreements in their common forms (issue 18): the kind, the parties, the numbers, the subject and a
cover page were written out as combinations and run through the extractor; each test here stands for a form it
misread. Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.text import heading_break
from tests.extract_texts import schema_of

_OPENING = ("\n\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh tiga, bertempat di Sukamaju, "
            "kami yang bertanda tangan di bawah ini:\n\n")
_BLOCKS = ("1. Drs. ARIS MUNANDAR, M.Si. : Bupati Sukamaju, berkedudukan di Jalan Melati Nomor 3 Sukamaju, dalam hal "
           "ini bertindak dalam jabatannya tersebut, selanjutnya disebut PIHAK PERTAMA;\n"
           "2. dr. SEKAR AYU LESTARI, M.Kes. : Direktur Rumah Sakit Umum Daerah Kota Tirta, berkedudukan di Jalan "
           "Kenanga Nomor 8 Tirta, dalam hal ini bertindak dalam jabatannya tersebut, selanjutnya disebut PIHAK "
           "KEDUA;\n\nPARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:\n")
_PARTIES = "ANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nRUMAH SAKIT UMUM DAERAH KOTA TIRTA\n"
_INSTITUTIONS = ["Pemerintah Kabupaten Sukamaju", "Rumah Sakit Umum Daerah Kota Tirta"]


def _facts(heading: str, opening: str = _OPENING) -> dict:
    return schema_of([heading + opening + _BLOCKS])


def _institutions(facts: dict) -> list:
    return [party["institution"] for party in facts["parties"]]


def test_a_cover_pages_place_and_year_end_the_subject():
    for tail in ("\n\nSUKAMAJU\n2023", "\n\n\nSUKAMAJU, 2023", "\n\nKABUPATEN SUKAMAJU 2023", "\n\nSUKAMAJU, JUNI 2023",
                 "\nSUKAMAJU 2023", " SUKAMAJU 2023"):  # a bare name the text places ("Kabupaten Sukamaju"), glued too
        facts = _facts("PERJANJIAN KERJA SAMA\n" + _PARTIES + "NOMOR : 119/PKS/VI/2023\nTENTANG\n"
                       "PELAYANAN KESEHATAN RUJUKAN" + tail)
        assert facts["title"] == "Pelayanan Kesehatan Rujukan", tail
        assert facts["numbers"] == ["119/PKS/VI/2023"]
    # the opening begun inside its line ("… ini dibuat dan ditandatangani"): the cover's line is still at the bottom
    facts = _facts("PERJANJIAN KERJA SAMA\n" + _PARTIES + "TENTANG\nPELAYANAN KESEHATAN RUJUKAN\n\n\nSUKAMAJU, 2023",
                   "\n\nPerjanjian Kerja Sama ini dibuat dan ditandatangani di Sukamaju pada tanggal 12 Juni 2023 oleh "
                   "dan antara:\n\n")
    assert facts["title"] == "Pelayanan Kesehatan Rujukan"


def test_a_subjects_own_year_is_no_cover():
    # a year closing the subject's line, the words before it no place the text names as one, stays in the subject
    facts = _facts("KESEPAKATAN BERSAMA\n" + _PARTIES + "TENTANG\nPENYELENGGARAAN PEKAN OLAHRAGA 2024")
    assert facts["title"] == "Penyelenggaraan Pekan Olahraga 2024"
    for subject in ("PEKAN OLAHRAGA KABUPATEN SUKAMAJU 2024", "PEKAN OLAHRAGA\nKABUPATEN SUKAMAJU 2024",
                    "PELAYANAN KESEHATAN\nKABUPATEN SUKAMAJU TAHUN 2024"):  # the subject's own place and year
        facts = _facts("KESEPAKATAN BERSAMA\n" + _PARTIES + "TENTANG\n" + subject)
        assert facts["title"].upper() == " ".join(subject.split()), subject
    text = "TENTANG\nRENCANA KERJA\n2024\n\nPada hari ini"
    assert heading_break(text, 0, text.index("Pada")) == text.index("Pada")  # no blank line above the year


def test_the_last_party_ends_at_the_cover_or_its_page():
    # no TENTANG: the list of parties runs down to the cover's place, or to the end of the cover page
    facts = _facts("KESEPAKATAN BERSAMA\n" + _PARTIES + "\nKOTA TIRTA, 2023")
    assert _institutions(facts) == _INSTITUTIONS
    cover = "KESEPAKATAN BERSAMA\n" + _PARTIES
    page = "KESEPAKATAN BERSAMA\n" + _PARTIES + "NOMOR : 119/KB/VI/2023\nNOMOR : 44/RSUD/VI/2023"
    # an excerpt cut inside the opening: the heading alone names the parties
    facts = schema_of([cover, page + _OPENING])
    assert _institutions(facts) == _INSTITUTIONS
    assert facts["numbers"] == ["119/KB/VI/2023", "44/RSUD/VI/2023"]


def test_a_subject_before_antara_after_the_kind_named_again():
    # an addendum's ordinal and the kind it amends; a translation of the kind: neither is the subject
    for kind in ("ADENDUM PERTAMA\nATAS\nPERJANJIAN KERJA SAMA", "ADDENDUM I\nPERJANJIAN KERJA SAMA",
                 "ADENDUM ATAS PERJANJIAN KERJA SAMA", "NOTA KESEPAHAMAN / MEMORANDUM OF UNDERSTANDING",
                 "NOTA KESEPAHAMAN\nMEMORANDUM OF UNDERSTANDING"):
        facts = _facts(kind + "\nPELAYANAN KESEHATAN RUJUKAN\n" + _PARTIES)
        assert facts["title"] == "Pelayanan Kesehatan Rujukan", kind
        assert _facts(kind + "\n" + _PARTIES)["title"] is None, kind
    # a lone KONTRAK after the kind is the subject's own word
    facts = _facts("PERJANJIAN KERJASAMA\n\nKONTRAK PRODUKSI\n" + _PARTIES)
    assert facts["title"] == "Kontrak Produksi"


def test_a_subject_before_antara_ends_at_a_number_line():
    facts = _facts("PERJANJIAN KERJA SAMA\nPENGAMANAN ASET DAERAH\nNOMOR : 445/ /PKS/2023\n" + _PARTIES)
    assert facts["title"] == "Pengamanan Aset Daerah"
    assert facts["numbers"] == ["445/ /PKS/2023"]
    facts = _facts("KESEPAKATAN BERSAMA PELAYANAN KESEHATAN RUJUKAN\nNOMOR PIHAK PERTAMA : 119/KB/2023\n"
                   "NOMOR PIHAK KEDUA : 44/RSUD/2023\n" + _PARTIES)
    assert facts["title"] == "Pelayanan Kesehatan Rujukan"
    # "NOMOR INDUK KEPENDUDUKAN": a subject's words, no number's label
    facts = _facts("PERJANJIAN KERJA SAMA\nPEMANFAATAN NOMOR INDUK KEPENDUDUKAN\n" + _PARTIES)
    assert facts["title"] == "Pemanfaatan Nomor Induk Kependudukan"


def test_a_subject_in_title_case_before_antara():
    facts = _facts("Perjanjian Kerja Sama\nPraktik Kerja Lapangan Mahasiswa\nantara\nPemerintah Kabupaten Sukamaju\n"
                   "dan\nRumah Sakit Umum Daerah Kota Tirta")
    assert facts["title"] == "Praktik Kerja Lapangan Mahasiswa"
    assert _institutions(facts) == _INSTITUTIONS


def test_a_blank_number_broken_after_a_slash():
    facts = _facts("PERJANJIAN KERJA SAMA\n" + _PARTIES + "NOMOR : ........./PKS/VI/\n2023\nNOMOR : 44/RSUD/VI/2023\n"
                   "TENTANG\nPELAYANAN KESEHATAN RUJUKAN")
    assert facts["numbers"] == ["…/PKS/VI/2023", "44/RSUD/VI/2023"]


_CUT = "\n\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh tiga, yang bertanda tangan di " \
       "bawah ini:\n\n1. Drs. ARIS MUNANDAR, M.Si."  # an excerpt: the text ends inside the opening


def test_number_lines_labelled_no_end_the_parties():
    facts = _facts("PERJANJIAN KERJA SAMA\nANTARA PEMERINTAH KABUPATEN SUKAMAJU\nDENGAN RUMAH SAKIT UMUM DAERAH KOTA "
                   "TIRTA\nNo. 119/PKS/VI/2023\nNo. 44/RSUD/VI/2023\n\n\nSUKAMAJU, 2023")
    assert _institutions(facts) == _INSTITUTIONS
    assert facts["numbers"] == ["119/PKS/VI/2023", "44/RSUD/VI/2023"]


def test_an_excerpts_heading_lists_a_party_on_each_line():
    heading = ("NOTA KESEPAKATAN\nANTARA\nPT BANK PEMBANGUNAN DAERAH NUSA KENCANA\nPALANG MERAH INDONESIA KOTA TIRTA\n"
               "DINAS KESEHATAN KABUPATEN SUKAMAJU\nDAN\nPOLITEKNIK KESEHATAN SUKAMAJU\nTENTANG\nDONOR DARAH SUKARELA")
    assert _institutions(schema_of([heading + _CUT])) == [
        "PT Bank Pembangunan Daerah Nusa Kencana", "Palang Merah Indonesia Kota Tirta",
        "Dinas Kesehatan Kabupaten Sukamaju", "Politeknik Kesehatan Sukamaju"]
    # a faculty over its university's line is one name; DENGAN joins two parties
    for heading in ("PERJANJIAN KERJA SAMA\nANTARA\nFAKULTAS KEDOKTERAN\nUNIVERSITAS TIRTA JAYA\nDAN\n"
                    "RUMAH SAKIT UMUM DAERAH KOTA TIRTA\nTENTANG\nPENDIDIKAN KLINIK",
                    "PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nBADAN PENDAPATAN DAERAH\nDENGAN\n"
                    "PT BANK PEMBANGUNAN DAERAH NUSA KENCANA\nTENTANG\nPENERIMAAN PAJAK DAERAH"):
        assert len(schema_of([heading + _CUT])["parties"]) == 2, heading


def test_six_parties_on_lines_of_an_excerpt():
    names = ["DINAS KESEHATAN KABUPATEN SUKAMAJU", "POLITEKNIK KESEHATAN SUKAMAJU", "KANTOR PERTANAHAN KABUPATEN SUKAMAJU",
             "BADAN PENANGGULANGAN BENCANA DAERAH KOTA TIRTA", "KEPOLISIAN RESOR SUKAMAJU", "UNIVERSITAS TIRTA JAYA"]
    heading = "KESEPAKATAN BERSAMA\nANTARA " + "\n".join(names[:-1]) + "\nDAN\n" + names[-1] + "\nNOMOR : 1/KB/2023"
    assert len(schema_of([heading + _CUT])["parties"]) == 6


def test_a_list_of_parties_on_one_line_with_commas():
    heading = ("KESEPAKATAN BERSAMA\nANTARA BADAN PENANGGULANGAN BENCANA DAERAH KOTA TIRTA, PALANG MERAH INDONESIA "
               "KOTA TIRTA, DAN DINAS KESEHATAN KABUPATEN SUKAMAJU\nTENTANG\nTANGGAP DARURAT BENCANA")
    expected = ["Badan Penanggulangan Bencana Daerah Kota Tirta", "Palang Merah Indonesia Kota Tirta",
                "Dinas Kesehatan Kabupaten Sukamaju"]
    assert _institutions(schema_of([heading + _CUT])) == expected
    blocks = "".join(f"{index + 1}. {name}, {office}, dalam hal ini bertindak dalam jabatannya tersebut, selanjutnya "
                     f"disebut PIHAK {role};\n" for index, (name, office, role) in enumerate([
                         ("RUDI HARTAWAN", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah Kota Tirta", "PERTAMA"),
                         ("WULAN SEKARSARI", "Ketua Palang Merah Indonesia Kota Tirta", "KEDUA"),
                         ("BAGAS PRANATA", "Kepala Dinas Kesehatan Kabupaten Sukamaju", "KETIGA")]))
    assert _institutions(schema_of([heading + _OPENING + blocks])) == expected


def test_a_subjects_line_may_open_with_nomor():
    # "NOMOR INDUK KEPENDUDUKAN": words alone after NOMOR to the line's end are the subject's, no number's label
    facts = _facts("PERJANJIAN KERJA SAMA\n" + _PARTIES + "TENTANG\nPEMANFAATAN\nNOMOR INDUK KEPENDUDUKAN DAN DATA "
                   "KEPENDUDUKAN\nNOMOR : 470/12/DUKCAPIL/2023")
    assert facts["title"] == "Pemanfaatan Nomor Induk Kependudukan dan Data Kependudukan"
    assert facts["numbers"] == ["470/12/DUKCAPIL/2023"]


def test_seven_and_eleven_parties_take_their_ordinals():
    offices = ["Bupati Sukamaju", "Wali Kota Tirta", "Kepala Kepolisian Resor Sukamaju", "Kepala Kejaksaan Negeri Kota "
               "Tirta", "Rektor Universitas Tirta Jaya", "Ketua Palang Merah Indonesia Kabupaten Sukamaju",
               "Direktur Politeknik Kesehatan Sukamaju", "Kepala Puskesmas Sukamaju Utara", "Kepala Kantor Pertanahan "
               "Kabupaten Sukamaju", "Kepala Dinas Pendidikan Kota Tirta", "Bupati Lembah Hijau"]
    bodies = ["PEMERINTAH KABUPATEN SUKAMAJU", "PEMERINTAH KOTA TIRTA", "KEPOLISIAN RESOR SUKAMAJU",
              "KEJAKSAAN NEGERI KOTA TIRTA", "UNIVERSITAS TIRTA JAYA", "PALANG MERAH INDONESIA KABUPATEN SUKAMAJU",
              "POLITEKNIK KESEHATAN SUKAMAJU", "PUSKESMAS SUKAMAJU UTARA", "KANTOR PERTANAHAN KABUPATEN SUKAMAJU",
              "DINAS PENDIDIKAN KOTA TIRTA", "PEMERINTAH KABUPATEN LEMBAH HIJAU"]
    ordinals = ["PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN",
                "KESEPULUH", "KESEBELAS"]
    for count in (7, 11):
        heading = ("KESEPAKATAN BERSAMA\nANTARA\n" + "\n".join(bodies[:count - 1]) + "\nDAN\n" + bodies[count - 1] +
                   "\nTENTANG\nPENANGGULANGAN BENCANA TERPADU")
        blocks = "".join(f"{index + 1}. NAMA PEJABAT {index + 1} : {office}, dalam hal ini bertindak dalam jabatannya, "
                         f"selanjutnya disebut PIHAK {ordinal};\n"
                         for index, (office, ordinal) in enumerate(zip(offices[:count], ordinals)))
        parties = schema_of([heading + _OPENING + blocks])["parties"]
        assert [party["role"] for party in parties] == [f"PIHAK {ordinal}" for ordinal in ordinals[:count]]
        assert parties[-1]["position"] == offices[count - 1]
        assert len(schema_of([heading + _CUT])["parties"]) == count  # an excerpt: the heading's lines


def test_letter_spaced_labels_and_kind():
    facts = _facts("PERJANJIAN KERJA SAMA\n" + _PARTIES + "N O M O R : 119/PKS/VI/2023\nN O M O R : 44/RSUD/VI/2023\n"
                   "T E N T A N G\nPELAYANAN KESEHATAN RUJUKAN")
    assert facts["numbers"] == ["119/PKS/VI/2023", "44/RSUD/VI/2023"]
    assert facts["title"] == "Pelayanan Kesehatan Rujukan"
    assert _institutions(facts) == _INSTITUTIONS
    facts = _facts("P E R J A N J I A N   K E R J A   S A M A\nPELAYANAN KESEHATAN RUJUKAN\n" + _PARTIES)
    assert (facts["doc_type"], facts["title"]) == ("PKS", "Pelayanan Kesehatan Rujukan")


def test_parties_numbered_in_the_heading():
    heading = ("KESEPAKATAN BERSAMA\nANTARA :\n1. PEMERINTAH KABUPATEN SUKAMAJU;\n2. RUMAH SAKIT UMUM DAERAH KOTA TIRTA;"
               "\n3. KEPOLISIAN RESOR SUKAMAJU\nTENTANG\nKESELAMATAN LALU LINTAS")
    blocks = _BLOCKS.replace("\n\nPARA", "\n3. BAGAS PRANATA : Kepala Kepolisian Resor Sukamaju, dalam hal ini bertindak "
                                         "dalam jabatannya, selanjutnya disebut PIHAK KETIGA;\n\nPARA")
    assert _institutions(schema_of([heading + _OPENING + blocks])) == _INSTITUTIONS + ["Kepolisian Resor Sukamaju"]


def test_the_kinds_short_name_and_a_subject_in_parentheses():
    for kind in ("NOTA KESEPAHAMAN (MoU)", "PERJANJIAN KERJA SAMA (PKS)"):
        facts = _facts(kind + "\n(PELAYANAN KESEHATAN RUJUKAN)\n" + _PARTIES)
        assert facts["title"] == "Pelayanan Kesehatan Rujukan", kind
        assert _facts(kind + "\n" + _PARTIES)["title"] is None, kind


def test_an_opening_begun_with_bahwa_is_no_part_of_the_last_party():
    facts = _facts("KESEPAKATAN BERSAMA\n" + _PARTIES.rstrip(), "\nBahwa pada hari ini Senin tanggal dua belas bulan "
                   "Juni tahun dua ribu dua puluh tiga, yang bertanda tangan di bawah ini:\n\n")
    assert _institutions(facts) == _INSTITUTIONS


def test_the_roles_over_a_table_of_numbers_end_the_subject_and_the_parties():
    numbers = ("PIHAK PERTAMA                              PIHAK KEDUA\n"
               "NOMOR : 119/PKS/VI/2023          NOMOR : 44/RSUD/VI/2023")
    facts = _facts("KESEPAKATAN BERSAMA\n" + _PARTIES + "TENTANG\nPRAKTIK KERJA LAPANGAN MAHASISWA\n" + numbers)
    assert facts["title"] == "Praktik Kerja Lapangan Mahasiswa"
    assert facts["numbers"] == ["119/PKS/VI/2023", "44/RSUD/VI/2023"]
    facts = schema_of(["KESEPAKATAN BERSAMA\nTENTANG PRAKTIK KERJA LAPANGAN\n" + _PARTIES + numbers + _CUT])
    assert _institutions(facts) == _INSTITUTIONS
