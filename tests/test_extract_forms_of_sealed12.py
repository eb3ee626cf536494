"""Forms of ministries' Memoranda Saling Pengertian with foreign bodies (issue 18, sealed12 released as a
development set): a subject labelled DALAM RANGKA or DALAM HAL after the heading's parties, a party's alias after
"atau". Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_PREAMBLE = ("Departemen Pertanian Republik Indonesia (yang selanjutnya disebut sebagai DEPARTEMEN) dan ORBISHELP "
             "(yang selanjutnya disebut sebagai ORBISHELP), keduanya selanjutnya disebut sebagai \"PARA PIHAK\"; "
             "Telah mencapai pemahaman sebagai berikut:\nPASAL I\nTujuan dari Memorandum Saling Pengertian ini adalah "
             "untuk meningkatkan ketahanan pangan masyarakat di Indonesia.\n")


def _institutions(facts: dict) -> list:
    return [party["institution"] for party in facts["parties"]]


def test_dalam_rangka_inside_a_one_line_heading_ends_the_parties_and_labels_the_subject():
    facts = schema_of(["MEMORANDUM SALING PENGERTIAN ANTARA DEPARTEMEN PERTANIAN REPUBLIK INDONESIA DAN ORBIS HELP "
                       "DALAM RANGKA KERJASAMA DALAM PEMBANGUNAN KETAHANAN PANGAN\n" + _PREAMBLE])
    assert [name.lower() for name in _institutions(facts)] == ["departemen pertanian republik indonesia", "orbis help"]
    assert facts["title"].upper() == "KERJASAMA DALAM PEMBANGUNAN KETAHANAN PANGAN"


def test_dalam_hal_on_its_own_line_ends_the_last_party():
    facts = schema_of(["MEMORANDUM SALING PENGERTIAN\nANTARA\nKEMENTERIAN PERTANIAN (KEMENTAN)\nREPUBLIK INDONESIA\nDAN\n"
                       "KEMENTERIAN PERIKANAN DAN KELAUTAN (MOFO)\nREPUBLIK VALDORIA\nDALAM HAL KERJA SAMA PEMBANGUNAN\n"
                       "DAN PENGELOLAAN PUSAT BENIH IKAN\nKementerian Pertanian (KEMENTAN) Republik Indonesia dan "
                       "Kementerian Perikanan dan Kelautan Republik Valdoria (MOFO), selanjutnya masing-masing disebut "
                       "sebagai \"Pihak\";\nTELAH mencapai pemahaman bersama sebagai berikut:\nPASAL 1\nTujuan.\n"])
    names = _institutions(facts)
    assert len(names) == 2
    assert names[1].lower().startswith("kementerian perikanan dan kelautan (mofo)")
    assert "hal" not in names[1].lower().split()


def test_a_short_name_quoted_after_atau_is_no_part_of_the_body():
    text = ("MEMORANDUM SALING PENGERTIAN ANTARA KEMENTERIAN PERTANIAN REPUBLIK INDONESIA DENGAN THE FOUNDATION FOR RURAL "
            "WATER AND LIGHT (FRWL) TENTANG PROGRAM AIR BERSIH DESA\nPada hari ini tanggal bulan Mei tahun Dua Ribu Lima "
            "Belas bertempat di Jakarta, kami yang bertanda tangan di bawah ini: 1.\nKementerian Pertanian Republik "
            "Indonesia, atau \"Kementan\", yang dalam Memorandum Saling Pengertian ini diwakili oleh Ir. BUDI SANTOSA, "
            "M.Sc., Kepala Biro Kerja Sama Luar Negeri yang berkedudukan di Jalan Harsono No. 3 Jakarta, yang "
            "selanjutnya disebut PIHAK PERTAMA.\n2.\nThe Foundation for Rural Water and Light atau \"FRWL\", adalah "
            "suatu lembaga swadaya masyarakat asing yang bersifat nir-laba yang dalam Memorandum Saling Pengertian ini "
            "diwakili oleh MARTA OLSEN, Country Director FRWL yang berkedudukan di Jalan Kemang No. 5 Jakarta, yang "
            "selanjutnya disebut PIHAK KEDUA.\nPIHAK PERTAMA dan PIHAK KEDUA sepakat sebagai berikut:\n")
    assert _institutions(schema_of([text])) == ["Kementerian Pertanian Republik Indonesia",
                                                "The Foundation for Rural Water and Light"]


def test_a_heading_name_split_inside_its_words_is_read_as_the_preamble_writes_it():
    text = ("MEMORANDUM SALING PENGERTIAN AN TARA PEMERINT AH R EPUBLIK INDONESIA DAN PEMERINT AH RE P UBLIK VALDOR IA "
            "TENTANG KERJA SAMA BIDANG KEBUDAYAAN\nPemerintah Republik Indonesia dan Pemerintah Republik Valdoria "
            "selanjutnya disebut \"Para Pihak\"; TELAH MENCAPAI KESEPAHAMAN SEBAGAI BERIKUT: Pasal I Tujuan\n"
            "Tujuan Memorandum Saling Pengertian ini adalah untuk meningkatkan kerja sama kebudayaan.\n")
    facts = schema_of([text])
    assert _institutions(facts) == ["Pemerintah Republik Indonesia", "Pemerintah Republik Valdoria"]


def test_a_name_the_text_writes_glued_elsewhere_is_not_rejoined():
    from ingest.extract.mended_names import rejoined
    text = "PT. TIRTA SEJAHTERA KOTA MAJURA PROVINSI NUSA\nPT.TIRTA SEJAHTERA KOTA MAJURAPROVINSI NUSA"
    assert rejoined("PT. TIRTA SEJAHTERA KOTA MAJURA PROVINSI NUSA", text, 0, 46) is None
    assert rejoined("PEMERINT AH KOTA MAJ URA", "PEMERINT AH KOTA MAJ URA\nPemerintah Kota Majura", 0, 24) == \
        "Pemerintah Kota Majura"


def test_a_prefix_written_apart_is_no_split_word():
    from ingest.extract.mended_names import rejoined
    assert rejoined("Puskesmas Se Kabupaten Majura", "Puskesmas Se Kabupaten Majura\nPuskesmas Sekabupaten Majura",
                    0, 29) is None


def test_dalam_rangka_in_a_domestic_heading_on_its_own_line_and_prose_dalam_hal_ini_is_no_label():
    opening = ("\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh satu, kami yang bertanda "
               "tangan di bawah ini:\n1. dr. ANDI, Kepala Dinas Kesehatan Kabupaten Majura, selanjutnya disebut PIHAK "
               "PERTAMA;\n2. dr. SITI, Direktur Rumah Sakit Umum Daerah Kota Tirta, selanjutnya disebut PIHAK KEDUA.\n")
    facts = schema_of(["PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN MAJURA\nDENGAN\nRUMAH SAKIT UMUM "
                       "DAERAH KOTA TIRTA\nDALAM RANGKA PELAYANAN RUJUKAN PASIEN" + opening])
    assert _institutions(facts) == ["Dinas Kesehatan Kabupaten Majura", "Rumah Sakit Umum Daerah Kota Tirta"]
    assert facts["title"].upper() == "PELAYANAN RUJUKAN PASIEN"
