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
    for tail in ("\n\nSUKAMAJU\n2023", "\n\n\nSUKAMAJU, 2023", "\nKABUPATEN SUKAMAJU 2023", "\n\nSUKAMAJU, JUNI 2023"):
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
