"""More forms a narrower page or a PDF's text layer prints when it breaks an agreement's long lines: a number whose
part holds a space broken at that space, a "No." label a heading carried near its line's start, an office in capitals
running on to the next line up to its clause, and an acting clause broken after its first word. Each wrapped text
must give the facts its long-line form gives. Every text here is invented for these tests."""
from __future__ import annotations

from bench.eval_real import rewrap
from ingest.extract.references import own_numbers
from tests.extract_texts import schema_of


def _numbers(text: str) -> list[str]:
    return [reference.value for reference in own_numbers(text, len(text))]


def test_a_number_whose_part_holds_a_space_broken_at_it_is_one_number():
    long = "PERJANJIAN JUAL BELI KOPRA\nNomor : 014/SPJ-KMT Tj. Harapan/KOP/II/2021 Antara: CV. MAJU\n"
    wrapped = "PERJANJIAN JUAL BELI KOPRA\nNomor : 014/SPJ-KMT Tj.\nHarapan/KOP/II/2021 Antara: CV. MAJU\n"
    assert _numbers(long) == _numbers(wrapped) == ["014/SPJ-KMT Tj. Harapan/KOP/II/2021"]
    # a part with a spaced hyphen between two bodies' names
    long = "PERJANJIAN SEWA\nNo. 27/TIRTA - PDAM SUKAMAJU/IV/2020\nOLEH DAN ANTARA\n"
    wrapped = "PERJANJIAN SEWA\nNo. 27/TIRTA - PDAM\nSUKAMAJU/IV/2020\nOLEH DAN ANTARA\n"
    assert _numbers(long) == _numbers(wrapped) == ["27/TIRTA - PDAM SUKAMAJU/IV/2020"]


def test_a_line_after_a_whole_number_or_a_part_without_space_is_not_joined():
    # the value ends in its year: the next line's "Kantor/…" is no part of it
    assert _numbers("PERJANJIAN SEWA\nNomor : 14/SPJ/II/2021 Tanggal\nKantor/Gudang/Sukamaju\n") == ["14/SPJ/II/2021"]
    # the line's last part has no space: the next line's number is its own
    text = "PERJANJIAN SEWA\nNomor : 14/SPJ/KMT\nBKD/22/III/2021\n"
    assert "14/SPJ/KMT BKD/22/III/2021" not in _numbers(text)
    # the next line opens in lower case (prose), not a part's rest
    assert _numbers("PERJANJIAN SEWA\nNomor : 014/SPJ-KMT Tj.\nharapan/kop sebagai berikut\n") == ["014/SPJ-KMT"]


def test_a_no_label_before_a_number_carried_near_its_line_start_is_read():
    long = ("PERJANJIAN PENYALURAN GAJI PEGAWAI ANTARA PT BANK SENTOSA SYARIAH DENGAN PENGADILAN NEGERI SUKAMAJU, "
            "NO.PKS.C.112-BSS/07-2020 NO. W3-B/881/KU.02/7/2020 Perjanjian ini dibuat pada hari Senin\n")
    wrapped = ("PERJANJIAN PENYALURAN GAJI PEGAWAI ANTARA PT BANK SENTOSA\nSYARIAH DENGAN PENGADILAN NEGERI "
               "SUKAMAJU,\nNO.PKS.C.112-BSS/07-2020 NO.\nW3-B/881/KU.02/7/2020 Perjanjian ini dibuat pada hari Senin\n")
    wrapped2 = ("PERJANJIAN PENYALURAN GAJI PEGAWAI ANTARA PT BANK SENTOSA SYARIAH\nDENGAN PENGADILAN NEGERI "
                "SUKAMAJU, NO.PKS.C.112-BSS/07-2020 NO.\nW3-B/881/KU.02/7/2020 Perjanjian ini dibuat pada hari Senin\n")
    expected = ["PKS.C.112-BSS/07-2020", "W3-B/881/KU.02/7/2020"]
    assert schema_of([long])["numbers"] == schema_of([wrapped2])["numbers"] == expected
    assert schema_of([wrapped])["numbers"] == expected


def test_a_street_or_a_regulation_after_no_near_a_line_start_stays_unread():
    text = ("PERJANJIAN KERJA SAMA PENGELOLAAN PARKIR ANTARA KOPERASI SENTOSA\nBERALAMAT DI JL. MAWAR NO. 12/A "
            "SUKAMAJU DENGAN PT TIRTA\n")
    assert "12/A" not in (schema_of([text])["numbers"] or [])
    text = ("PERJANJIAN KERJA SAMA PELAKSANAAN PROGRAM SANITASI DAN AIR BERSIH\nBERDASARKAN PERATURAN BUPATI "
            "NO. 12/2019 TENTANG PEDOMAN\n")
    assert "12/2019" not in (schema_of([text])["numbers"] or [])


_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nPT. BINTANG LAUT SEJAHTERA\nDENGAN\nUNIVERSITAS KENARI\n"
         "Nomor: 12/BLS/III/2021 Nomor: 45/UNK/KS/2021\nTENTANG\nPENGELOLAAN KANTIN MAHASISWA\n"
         "Pada hari ini Senin, tanggal Satu bulan Maret tahun Dua Ribu Dua Puluh Satu, bertempat di Kenari,\n"
         "kami yang bertanda tangan di bawah ini:\n")
_TAIL = ("2. Dr. Siti Aminah, M.Si., Rektor Universitas Kenari, dalam hal ini bertindak untuk dan atas nama Universitas "
         "Kenari, untuk selanjutnya disebut PIHAK KEDUA.\n\nPasal 1\nMAKSUD\n\nMaksud perjanjian ini adalah pedoman.\n")


def _first(opening: str) -> tuple:
    party = schema_of([_HEAD + opening + _TAIL])["parties"][0]
    return party["signatory"], party["position"]


def test_an_office_naming_a_body_in_capitals_runs_on_to_the_next_line_not_into_the_name():
    long = ("1. RUDIANTO HALIM, Direktur Utama PT. BINTANG LAUT SEJAHTERA, berdasarkan Akta Notaris Nomor 7 Tanggal "
            "3 Mei 2015, bertindak untuk dan atas nama PT. BINTANG LAUT SEJAHTERA, untuk selanjutnya disebut PIHAK "
            "PERTAMA.\n")
    wrapped = ("1. RUDIANTO HALIM, Direktur Utama PT. BINTANG LAUT\nSEJAHTERA, berdasarkan Akta Notaris Nomor 7 Tanggal "
               "3 Mei\n2015, bertindak untuk dan atas nama PT. BINTANG LAUT\nSEJAHTERA, untuk selanjutnya disebut "
               "PIHAK PERTAMA.\n")
    assert _first(long) == _first(wrapped) == ("Rudianto Halim", "Direktur Utama PT. BINTANG LAUT SEJAHTERA")


def test_a_name_in_capitals_wrapped_in_a_two_column_row_still_joins_its_name():
    # the right cell ends in a formula word, or the fragment carries its degrees: the name's own end
    from ingest.extract.columns import join_wrapped_names
    text = "1. IR. AGUS : Wali Kota Lumbung, untuk dan atas\nSALIM nama Pemerintah Kota Lumbung\n"
    assert join_wrapped_names(text).startswith("1. IR. AGUS SALIM :")
    text = "1. IR. AGUS : Wali Kota LUMBUNG\nSALIM untuk dan atas nama Pemerintah Kota Lumbung\n"
    assert join_wrapped_names(text).startswith("1. IR. AGUS SALIM :")
    text = "1. IR. AGUS : Wali Kota LUMBUNG\nSALIM, S.T. untuk dan atas nama Pemerintah Kota Lumbung\n"
    assert join_wrapped_names(text).startswith("1. IR. AGUS SALIM, S.T. :")


_FORM_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM DAERAH MELATI\nDENGAN\nRUMAH SAKIT BAKTI HUSADA\n\n"
              "NOMOR : 445/77/RSUD/2022\nNOMOR : 12/RSBH/PKS/2022\n\nTENTANG\nPELAYANAN RUJUKAN PASIEN\n\n"
              "Pada hari ini Senin tanggal dua bulan Mei tahun dua ribu dua puluh dua, kami yang bertanda tangan di "
              "bawah ini:\n")
_FORM_FIRST = ("1. Nama : dr. Hj. Lestari Wulandari, MARS\nJabatan : Direktur Rumah Sakit Bakti Husada Kota Sukamaju, "
               "dalam hal ini bertindak untuk dan atas nama Rumah Sakit Bakti Husada yang selanjutnya disebut "
               "“PIHAK PERTAMA”.\n\n")
_FORM_TAIL = "\n\nPARA PIHAK sepakat sebagai berikut:\n\nPasal 1\nMAKSUD\n\nMaksud perjanjian ini adalah pedoman.\n"


def _second(row: str) -> str:
    return schema_of([_FORM_HEAD + _FORM_FIRST + "2. Nama : drg. Bambang Setiawan\n" + row + _FORM_TAIL])["parties"][1][
        "position"]


def test_an_office_row_wrapped_before_a_clause_broken_after_its_first_word_keeps_its_end():
    long = ("Jabatan : Direktur Rumah Sakit Umum Daerah Melati Sukamaju, dalam\nhal ini bertindak untuk dan atas nama "
            "Rumah Sakit Umum Daerah Melati yang selanjutnya disebut “PIHAK KEDUA”.")
    wrapped = ("Jabatan : Direktur Rumah Sakit Umum Daerah Melati\nSukamaju, dalam\nhal ini bertindak untuk dan atas "
               "nama Rumah Sakit Umum\nDaerah Melati yang selanjutnya disebut “PIHAK KEDUA”.")
    assert _second(long) == _second(wrapped) == "Direktur Rumah Sakit Umum Daerah Melati Sukamaju"


def test_a_next_line_opening_prose_is_no_part_of_the_office():
    # "dalam" there opens no clause ("dalam rangka"): the next line is not the office's
    wrapped = ("Jabatan : Direktur Rumah Sakit Umum Daerah Melati\nSukamaju, dalam\nrangka pelayanan rujukan bertindak "
               "untuk dan atas nama Rumah Sakit Umum\nDaerah Melati yang selanjutnya disebut “PIHAK KEDUA”.")
    assert _second(wrapped) != "Direktur Rumah Sakit Umum Daerah Melati Sukamaju, dalam"


_LETTER = ("KEMENTERIAN SUKAMAJU KANTOR PUSAT Jalan Melati No. 4 Sukamaju 12345 Telp. (021) 5550123 Faks. (021) 5550124 "
           "Nomor 318/DIV-SDM/2019 14 Maret 2019 Lampiran 1 (satu) berkas Sifat Segera Perihal Penyampaian Addendum "
           "Perjanjian Kerja Bersama 2018-2019 Kepada Yth.: Para Kepala Unit Sehubungan telah ditandatangani Addendum "
           "Perjanjian Kerja Bersama pada tanggal 1 Maret 2019, bersama ini kami sampaikan dokumen Addendum dimaksud. "
           "Demikian disampaikan, atas perhatian diucapkan terima kasih. KEPALA DIVISI SDM BUDI HARTONO\n")


def test_a_letters_header_run_into_one_line_and_broken_again_by_the_width_is_still_a_letter():
    facts = [schema_of([text]) for text in (_LETTER, rewrap(_LETTER, 60), rewrap(_LETTER, 80))]
    read = {(f["doc_type"], tuple(f["numbers"] or ()), f["title"], f["sign_date"]) for f in facts}
    assert read == {("OTHER", ("318/DIV-SDM/2019",), "Penyampaian Addendum Perjanjian Kerja Bersama 2018-2019",
                     "2019-03-14")}


def test_an_agreement_naming_an_appendix_and_a_matter_is_no_letter():
    from ingest.extract.doctype import letter_subject
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS SUKAMAJU\nDENGAN\nCV TIRTA\nNomor : 12/DS/2019\nTENTANG\nPENGADAAN AIR\n"
            "Rincian pekerjaan tercantum dalam Lampiran\nyang tidak terpisahkan; hal ini\ndisepakati PARA PIHAK kepada\n"
            "pihak ketiga.\n")
    assert letter_subject(text) is None


def test_a_number_label_after_a_signers_degrees_in_a_heading_wrapped_near_its_line_start_is_read():
    long = ("PERJANJIAN KERJASAMA ANTARA KLINIK MATA SENTOSA SUKAMAJU DENGAN dr. I GEDE MADE WIRAWAN, Sp.M NOMOR : "
            "KS/12/IV/KLN.2.1/2021/MATA NOMOR: 05/IV/2021 TENTANG PELAYANAN OPERASI KATARAK Pada hari ini Senin, "
            "tanggal 5 bulan April tahun dua ribu dua puluh satu, yang bertanda tangan di bawah ini:\n")
    wrapped = rewrap(long, 80)
    assert wrapped.split("\n")[1].startswith("WIRAWAN, Sp.M NOMOR")
    assert schema_of([long])["numbers"] == schema_of([wrapped])["numbers"] == ["KS/12/IV/KLN.2.1/2021/MATA",
                                                                               "05/IV/2021"]


def test_a_label_after_words_in_lower_case_near_a_line_start_stays_unread():
    text = ("PERJANJIAN KERJASAMA ANTARA KLINIK MATA SENTOSA SUKAMAJU DENGAN PT TIRTA\nsebagaimana diubah terakhir, "
            "Sp.M NOMOR : 12/KEP/IV/2019 TENTANG PELAYANAN\n")
    assert "12/KEP/IV/2019" not in (schema_of([text])["numbers"] or [])


_TITLE_CASE_HEAD = ("Memorandum Of Understanding\nBetween The Ministry Of Health, Sport And Youth Affairs, Of The Province Of "
                    "Nordland And The Ministry Of Health, Republic Of Indonesia On Cooperation In Public Health Services\n"
                    "The Ministry of Health, Sport and Youth Affairs of the Province of Nordland and the Ministry of "
                    "Health, Republic of Indonesia, hereinafter referred to as the Parties, have agreed as follows:\n"
                    "Article 1\nObjective\nThe Parties shall cooperate in public health services.\n")


def _heading_facts(text: str) -> tuple:
    facts = schema_of([text])
    return facts["title"], tuple(party["institution"] for party in facts["parties"])


def test_a_title_case_heading_whose_on_closes_a_wrapped_line_gives_its_subject_and_parties():
    expected = _heading_facts(_TITLE_CASE_HEAD)
    assert expected[0] == "Cooperation In Public Health Services" and len(expected[1]) == 2
    wrapped = rewrap(_TITLE_CASE_HEAD, 50)  # "… Republic Of Indonesia On" / "Cooperation In …", "… And The" / "Ministry Of …"
    assert "Indonesia On\nCooperation" in wrapped and "And The\nMinistry" in wrapped
    assert _heading_facts(wrapped) == expected


_CONCERNING = ("MEMORANDUM OF UNDERSTANDING\nbetween\nNational Agency of Public Health Indonesia\nand\nNational Agency of "
               "Public Health Nordland\nconcerning\nResearch and Training\nIn the Field of Public Health\n")
_PREAMBLE = ("The National Agency of Public Health Services of the Republic of Indonesia (hereinafter referred to as NAPH) and the "
             "National Agency of Public Health of Nordland, both hereinafter referred to as the Parties, have agreed:\n"
             "Article 1\nThe Parties shall exchange experts.\n")


def test_a_title_case_subject_stops_before_the_preambles_first_line_broken_after_a_small_word():
    long = _CONCERNING + _PREAMBLE
    wrapped = _CONCERNING + rewrap(_PREAMBLE, 60)
    assert wrapped.split("\n")[8].endswith("of the")
    assert schema_of([long])["title"] == schema_of([wrapped])["title"] == "Research and Training In the Field of Public Health"


def test_a_title_case_subject_wrapped_after_of_keeps_its_next_line():
    text = ("MEMORANDUM OF UNDERSTANDING\nbetween\nNational Agency of Public Health Indonesia\nand\nNational Agency of "
            "Public Health Nordland\nconcerning\nResearch and Training In the Field of\nPublic Health Services\n"
            + _PREAMBLE)
    assert schema_of([text])["title"] == "Research and Training In the Field of Public Health Services"


def test_a_decree_cited_in_a_list_with_its_tentang_closing_a_line_gives_no_title():
    text = ("NOTA KESEPAKATAN\nPENANGGULANGAN DIARE\n\nDasar :\n1. Undang – Undang Tentang Kesehatan Nomor : 36 tahun 2009.\n"
            "2. Surat Keputusan Menteri Sukamaju RI, Nomor\n1234/Menkes/SK/X/2004, Tentang\nPedoman Pelayanan Dasar "
            "Bidang Air Bersih di Kota /\nKabupaten, pasal (2).\n\nPada hari ini Senin tanggal 3 Maret 2014 kami yang "
            "bertanda tangan di bawah ini:\n")
    assert "Pedoman Pelayanan" not in (schema_of([text])["title"] or "")
