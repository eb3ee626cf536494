"""Forms the extractor misread on released real documents (round of extractor 1.11.34, helper fix1). Every text here
is invented for these tests, in the form of a real one."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement


def _institutions(text: str) -> list:
    return [party.institution for party in extract_agreement([text]).parties or []]


def test_a_stray_letter_on_its_own_line_in_the_heading_is_no_part_of_a_name():
    # OCR reads a speck beside the heading as a lone letter on a line of its own, between ANTARA and the first name
    text = ("MEMORANDUM SALING PENGERTIAN\nMENGENAI KERJASAMA PERDAGANGAN\nANTARA\n\nr\n\n"
            "PEMERINTAH REPUBLIK TIRTANIA DAN PEMERINTAH KERAJAAN SUKAMAJU\n\n"
            "Pemerintah Republik Tirtania dan Pemerintah Kerajaan Sukamaju\n(selanjutnya disebut \"Para Pihak\");\n"
            "BERKEINGINAN mempererat hubungan kedua negara;\nTELAH MENCAPAI KESEPAKATAN sebagai berikut:\n\nPASAL I\n"
            "Para Pihak akan bekerja sama di bidang perdagangan.\n")
    assert _institutions(text) == ["Pemerintah Republik Tirtania", "Pemerintah Kerajaan Sukamaju"]


def test_yang_glued_to_the_name_before_the_designation_is_parted():
    # the scan lost the space before "yang"; the country's name is written nowhere else in the excerpt
    text = ("KONTRAK PELAKSANAAN PEKERJAAN\nANTARA\nUNIT KOORDINASI PROYEK\nDENGAN\nUNIVERSITAS SUKAMAJU\n\n"
            "Pada hari ini Senin tanggal tiga bulan Mei tahun dua ribu sebelas, kami yang bertanda tangan di bawah ini:\n"
            "I. Dr. Budi Santoso, M.Si., Manajer Proyek pada Direktorat Pendidikan, yang bertindak untuk dan atas nama "
            "Pemerintah Republik Tirtaniayang selanjutnya disebut PIHAK PERTAMA.\n"
            "II. Dr. Agus Salim, Rektor Universitas Sukamaju, yang bertindak untuk dan atas nama Universitas Sukamaju, "
            "yang selanjutnya disebut PIHAK KEDUA.\n\nPasal 1\nRUANG LINGKUP\n")
    assert _institutions(text)[0] == "Pemerintah Republik Tirtania"


def test_a_misread_word_of_the_acting_formula_is_read_as_the_formula():
    # "daiam hal ini diwakiri oleh" (dalam, diwakili): one word misread in a formula ("atas nanra" is read as before)
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nPT SUKAMAJU ENERGI\nDENGAN\nKOPERASI KARYAWAN TIRTA\n\n"
            "Pada hari ini Jumat tanggal sebelas bulan Oktober tahun dua ribu tiga belas, yang bertanda tangan di "
            "bawah ini:\n"
            "I. Dr. Budi Santoso, Direktur Utama PT Sukamaju Energi, yang bertindak untuk dan atas nanra PT Sukamaju "
            "Energi, yang selanjutnya disebut PIHAK PERTAMA.\n"
            "II. Koperasi Karyawan Tirta yang terdaftar pada Dinas Koperasi Nomor 12/KOP/2001, daiam hal ini diwakiri "
            "oleh Agus Salim selaku Ketua Koperasi Karyawan Tirta, yang selanjutnya disebut PIHAK KEDUA.\n\n"
            "Pasal 1\nRUANG LINGKUP\n")
    parties = extract_agreement([text]).parties
    assert [party.institution for party in parties] == ["PT Sukamaju Energi", "Koperasi Karyawan Tirta"]
    assert (parties[1].signatory, parties[1].position) == ("Agus Salim", "Ketua Koperasi Karyawan Tirta")


def test_a_letter_spaced_display_heading_gives_way_to_the_same_heading_in_plain_type():
    # a treaty's cover heading letter-spaced (a zero for an O), then printed again plainly; two states, no country
    # beside a party
    text = ("P E R S E T U D J U A N\n\nK E B U D A J A A N\n\nANTARA\n\nR E P U B L I K\n\nT I R T A N 1 A\nDAN\n\n"
            "S ALAWIA\n\n(\n\nPERSETUDJUAN KEBUDAJAAN\nANTARA\nREPUBLIK TIRTANIA\nDAN\nMALAYSIA\n\n\n"
            "Mengingat persahabatan jang telah lama terdjalin antara kedua negara;\n"
            "KEDUA PEMERINTAH MENJETUDJUI HAL-HAL BERIKUT :\nPasal 1\n"
            "Kedua Pihak akan bekerdja sama dibidang kebudajaan.\n")
    assert _institutions(text) == ["Republik Tirtania", "Malaysia"]


def test_a_country_beside_a_party_is_still_part_of_its_name():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE CITY OF SUKAMAJU,\nREPUBLIC OF INDONESIA\nAND\n"
            "THE CITY OF TIRTA,\nKINGDOM OF NORWAY\n\nON SISTER CITY COOPERATION\n\n"
            "The City of Sukamaju and the City of Tirta (hereinafter referred to as \"the Parties\");\n"
            "HAVE AGREED as follows:\n\nArticle 1\nThe Parties shall cooperate.\n")
    assert _institutions(text) == ["The City of Sukamaju, Republic of Indonesia", "The City of Tirta, Kingdom of Norway"]


def test_an_office_ends_where_a_clause_word_broken_into_specks_begins():
    # a clause word read by the scan as letters with spaces and a mark among them, after the office's comma
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nKEPALA BADAN PENDIDIKAN TIRTA\nDENGAN\nKEPALA PUSAT KESEHATAN SUKAMAJU\n\n"
            "NOMOR : HK.01/12/2014\n\nTENTANG\nPELATIHAN TENAGA KESEHATAN\n\n"
            "Pada hari Kamis tanggal dua bulan Oktober tahun dua ribu empat belas, kami yang bertanda tangan di bawah ini:\n\n"
            "1. dr. BUDI SANTOSO, M.P.H. Kepala Badan Pendidikan Tirta, berkedudukan di Jalan Melati 3, Kota Tirta, "
            "selanjutnya disebut PIHAK KESATU.\n\n"
            "2. Komisaris Besar Polisi, dr. AGUS SALIM, DFM Kepala Pusat Kesehatan Sukamaju, b e ^ d a s a r k a n surat "
            "perintah Nomor SP/12/X/2014 bertindak untuk dan atas nama Kepolisian Daerah Sukamaju, berkedudukan di "
            "Jalan Mawar 5, selanjutnya disebut PIHAK KEDUA.\n\nPasal 1\nRUANG LINGKUP\n")
    parties = extract_agreement([text]).parties
    assert parties[1].position == "Kepala Pusat Kesehatan Sukamaju"


def test_a_flattened_table_whose_labels_keep_their_item_numbers():
    # "1. Nama 2. Jabatan" on one line, ": value : value" on a later one
    text = ("PERJANJIAN KERJASAMA\nANTARA\nKLINIK SEHAT TIRTA\nDENGAN\nPT. SUKAMAJU MEDIKA\n\n"
            "Nomor : SKM/PKS/041/2022\n\nTENTANG PELAYANAN KESEHATAN\n\n"
            "Pada hari ini Senin tanggal empat bulan April tahun dua ribu dua puluh dua, yang bertanda tangan di bawah ini:\n\n"
            "1. Nama 2. Jabatan\n\n: dr. Rina Wulandari : Kepala Klinik\n\n"
            "Bertindak untuk dan atas nama KLINIK SEHAT TIRTA, berkedudukan di Jl. Melati 5, selanjutnya disebut PIHAK "
            "PERTAMA.\n\n1. Nama 2. Jabatan\n\n: Budi Santoso : Direktur Utama\n\n"
            "Bertindak untuk dan atas nama PT. SUKAMAJU MEDIKA, berkedudukan di Jl. Mawar 8, selanjutnya disebut PIHAK "
            "KEDUA.\n\nPasal 1\nRUANG LINGKUP\n")
    parties = extract_agreement([text]).parties
    assert [(party.signatory, party.position) for party in parties] == [
        ("dr. Rina Wulandari", "Kepala Klinik"), ("Budi Santoso", "Direktur Utama")]


def test_a_corner_bracket_read_for_j_in_the_kind_heading():
    # an OCR trained on CJK text reads J as a corner bracket (U+300D), with a space after it
    text = ("PERJAN\u300dIAN\nKERJASAMA ANTARA DINAS KESEHATAN KOTA TIRTA DENGAN PT SUKAMAJU MEDIKA TENTANG PELAYANAN "
            "KESEHATAN Nomor 12/DK/2019 Nomor 45/SM/2019 Pada hari ini Rabu tanggal enam belas bulan Oktober tahun dua "
            "ribu sembilan belas, kami yang bertandatangan di bawah ini:\n"
            "1. BUDI SANTOSO\n: Kepala Dinas Kesehatan Kota Tirta, dalam hal ini bertindak untuk dan atas nama Dinas "
            "Kesehatan Kota Tirta.\n2. AGUS SALIM\n: Direktur Utama PT Sukamaju Medika, dalam hal ini bertindak untuk "
            "dan atas nama PT Sukamaju Medika.\n"
            "Berdasarkan Nota Kesepahaman antara Wali Kota Tirta dengan Direktur Utama PT Sukamaju Medika Nomor "
            "44/NK/2019 tentang Pelayanan Kesehatan, para pihak sepakat sebagai berikut:\nPasal 1\nRUANG LINGKUP\n")
    facts = extract_agreement([text])
    assert (facts.doc_type, facts.parent_agreement) == ("PKS", "44/NK/2019")


def test_the_first_sub_item_of_a_deed_whose_roles_are_left_out():
    # a joint-operation deed: the first company is represented by two men (I.A., I.B.), the role words not yet
    # written in ("yang akan disebut,"); the excerpt ends inside the second man's paragraph
    text = ("PERJANJIAN KERJASAMA OPERASI\n\nANTARA\nPT. SUKAMAJU KARYA (PERSERO)\n\nDENGAN\nPT. TIRTA BANGUN\n\n"
            "UNTUK PAKET PEKERJAAN:\n\nPEMBANGUNAN GEDUNG KANTOR DINAS TIRTA\n"
            "No SK : …../DVO/VI/2011\n\n"
            "Pada hari ini, [senin ] tanggal [ tiga ] bulan [ juni ] tahun [dua ribu sebelas ], bertempat di Tirta, "
            "dibuat Perjanjian ini, yang dibuat oleh dan antara :\n\n"
            "I.A. Tuan Ir. BUDI SANTOSO, lahir di Sukamaju, pada\ntanggal Dua bulan Mei tahun Seribu Sembilan Ratus Enam "
            "Puluh (02-05-1960),\nKepala Divisi Operasi I Perseroan Terbatas PT. Sukamaju Karya, yang akan disebut, "
            "bertempat\ntinggal di Tirta, dalam hal ini mewakili Direksi, oleh karena itu bertindak untuk dan "
            "atas nama\nPerseroan Terbatas PT. Sukamaju Karya.\n\n"
            "B. Tuan [ ], lahir di [ ], pada tanggal [ ]\nbulan [ ] tahun [ ], Kepala Cabang II\nPerseroan Terbatas PT. "
            "Sukamaju Karya, yang akan disebut, bertempat\ntinggal di [ ], dengan surat kuasa Nomor [ ] tanggal [ ], "
            "mewakili Direksi\n")
    first = extract_agreement([text]).parties[0]
    assert (first.institution, first.signatory, first.position) == (
        "Perseroan Terbatas PT. Sukamaju Karya", "Tuan Ir. Budi Santoso",
        "Kepala Divisi Operasi I Perseroan Terbatas PT. Sukamaju Karya")


def test_a_branch_office_whose_name_is_left_blank_gives_the_body_it_belongs_to():
    text = ("PERJANJIAN KERJA SAMA\n\nNomor :\nNomor :\n\nTENTANG\nJAMINAN SOSIAL BAGI TENAGA PENDAMPING DESA\n\n"
            "Pada hari ini ………… bulan Mei tahun Dua Ribu Dua Puluh Tiga, bertempat di Kota ………, kami yang bertanda "
            "tangan di bawah ini:\n\n1. Nama : Budi Santoso\nJabatan : Pejabat Pembuat Komitmen Dinas Sosial Kota Tirta\n"
            "Alamat : Jl. Melati No. 5 Tirta\nDalam hal ini bertindak untuk dan atas nama Dinas Sosial Kota Tirta, "
            "yang selanjutnya disebut sebagai PIHAK KESATU.\n"
            "2. Nama : ……………………….\nJabatan : Kepala Kantor Asuransi Sukamaju Sejahtera Cabang\n……………………………\n"
            "Alamat : ……………………………\nDalam hal ini diangkat berdasarkan Keputusan Direksi Nomor ……………")
    parties = extract_agreement([text]).parties
    assert parties[1].institution == "Asuransi Sukamaju Sejahtera"


def test_a_balinese_names_initials_are_no_sub_item_mark():
    from ingest.extract.parties import parse_block

    block = "{} Mirah Dewi, Kepala Dinas Pariwisata Kota Tirta, bertindak untuk dan atas nama Pemerintah Kota Tirta"
    assert parse_block(block.format("I.A."))[1] == "I.A. Mirah Dewi"
    assert parse_block(block.format("I.A. Tuan"))[1] == "Tuan Mirah Dewi"  # a deed's sub-item before an honorific


def test_a_name_the_scan_damaged_in_the_heading_is_mended_from_its_clean_repetition():
    text = ("MEMORANDUM SALING PENGERTIAN\nANTARA\nPEMERINTAH PROVINSI TIRTA REPUBLIK INDONESIA\nDAN\n"
            "DEWAN DAERAH SUKA\nMAJ..URAKERAJAAN ELDORIA\nTENTANG\nKERJASAMA KOTA KEMBAR\n"
            "Pemerintah Provinsi Tirta Republik Indonesia dan Dewan Dacrah Suka Majura kerajaan Eldoria (masing-masing "
            "selanjutnya disebut \"Pihak\", bersama-sama \"Para Pihak\");\n"
            "Mengingat Surat Minat antara Pemerintah Provinsi Tirta, Republik Indonesia dan Dewan Daerah "
            "Suka Majura,\nKerajaan Eldoria tentang Kerjasama Kota Kembar;\n"
            "Pasal 1\nTUJUAN\nTujuan Memorandum ini adalah kerja sama kedua provinsi.\n")
    # the repetition that reads most like the damaged name: with the country the heading prints beside it
    assert _institutions(text)[1] == "Dewan Daerah Suka Majura, Kerajaan Eldoria"


def test_a_damaged_name_the_text_never_repeats_stays_as_read():
    from ingest.extract.mended_names import mended

    assert mended("Dewan Daerah Suka Maj..urakerajaan Eldoria", "DEWAN DAERAH SUKA MAJ..URA", 0, 30) is None
    assert mended("Universitas Sukamaju", "Universitas Sukamaju dan Universitas Sukamaju", 0, 20) is None  # clean
    # the first words damaged too: nothing to find the repetition by
    assert mended("The Governmi!,nt of I:ndon.l!.sia", "the Government of Indonesia", 0, 0) is None
    # an apostrophe or a legal form's dot and comma are no damage, whatever the text repeats
    text = "Yayasan Pendidikan Al Ma’arif Tirta dan PT Bank Sukamaju Tbk., Kantor Cabang Tirta; Yayasan Pendidikan Al"
    assert mended("Yayasan Pendidikan Al Ma’arif Tirta", text, 0, 10) is None
    assert mended("PT Bank Sukamaju Tbk., Kantor Cabang Tirta", text, 0, 10) is None


def test_an_office_cell_whose_region_name_the_text_layer_scattered_over_lines():
    # a Nama / Jabatan / Berkedudukan table without colons: the office's region name one word a line, another
    # cell's word between them; the address writes the region whole
    text = ("NASKAH PERJANJIAN KERJASAMA\n\nANTARA\nDINAS SOSIAL KABUPATEN TIRTA RAYA\nDENGAN\n"
            "RSUD. KABUPATEN TIRTA RAYA\nTENTANG\nPELAYANAN KESEHATAN WARGA MISKIN\nNomor : 440/12/Sos/I/2014\n\n"
            "Pada hari Kamis tanggal dua januari tahun dua ribu empat belas bertempat di kantor Dinas Sosial, kami "
            "yang bertanda tangan dibawah ini :\nNama\n\nBudi Santoso\n\nJabatan\n\nKepala Dinas Sosial Kabupaten Tirta "
            "Raya\n\nBerkedudukan\n\nJl. Melati No. 3 Kabupaten Tirta Raya\nSelanjutnya disebut sebagai PIHAK PERTAMA\n\n"
            "Nama\n\ndr. Agus Salim\n\nJabatan\n\nDirektur Rumah Sakit Umum Daerah Kabupaten\n\n\nTirta\n\n"
            "Keterangan\n\nRaya,\n\nSesuai\n\n840/001/Org/2010\nBerkedudukan\n\nJl.\nMawar\nKm.09\n"
            "Kabupaten Tirta Raya, Telp (0542) 7211361\nSelanjutnya disebut sebagai PIHAK KEDUA\n\n"
            "Pasal 1\nKETENTUAN UMUM\n")
    parties = extract_agreement([text]).parties
    assert parties[1].position == "Direktur Rumah Sakit Umum Daerah Kabupaten Tirta Raya"


_COLON_ITEMS = ("PERJANJIAN KERJASAMA ANTARA DINAS KESEHATAN KOTA TIRTA DENGAN PT SUKAMAJU MEDIKA DAN YAYASAN SEHAT "
                "BERSAMA TENTANG PELAYANAN KESEHATAN Nomor 12/DK/2019 Nomor 45/SM/2019 Nomor 7/YSB/2019 Pada hari ini "
                "Rabu tanggal enam belas bulan Oktober tahun dua ribu sembilan belas bertempat di Tirta, kami yang "
                "bertandatangan di bawah ini:\n1. BUDI SANTOSO\n{stray}: Kepala Dinas Kesehatan Kota Tirta yang diangkat "
                "dengan Keputusan Wali Kota Nomor 9 Tahun 2018, beralamat di Jalan Melati 7 Tirta, "
                "bertindak untuk dan atas nama Dinas Kesehatan Kota Tirta.\n2.\nAGUS SALIM\n: Direktur Utama PT "
                "Sukamaju Medika yang berkedudukan di Jalan Mawar 9 Sukamaju, dalam hal ini bertindak untuk dan atas "
                "nama PT Sukamaju Medika.\n3. RINA WULANDARI\n: Ketua Yayasan Sehat Bersama diangkat\nberdasarkan Akta "
                "Nomor: 10 Tahun 2015 yang berkedudukan di jalan Kenanga 2 Tirta, dalam hal ini bertindak untuk dan "
                "atas nama Yayasan Sehat Bersama.\nBerdasarkan Nota Kesepahaman Nomor 44/NK/2019 tentang Pelayanan "
                "Kesehatan, para pihak sepakat sebagai berikut:\nPasal 1\nRUANG LINGKUP\n")


def test_numbered_names_with_their_offices_after_a_colon_and_no_role_words():
    # "1. NAME" / ": office …, atas nama X." for each party, no PIHAK words: the roles follow the order; a bare
    # "diangkat" ends the office as "yang diangkat" does
    for stray in ("", "tahun dua\n"):  # a line of lower-case words a scan displaced between the name and its office
        parties = extract_agreement([_COLON_ITEMS.format(stray=stray)]).parties
        assert [(party.role, party.institution, party.signatory, party.position) for party in parties] == [
            ("PIHAK PERTAMA", "Dinas Kesehatan Kota Tirta", "Budi Santoso", "Kepala Dinas Kesehatan Kota Tirta"),
            ("PIHAK KEDUA", "PT Sukamaju Medika", "Agus Salim", "Direktur Utama PT Sukamaju Medika"),
            ("PIHAK KETIGA", "Yayasan Sehat Bersama", "Rina Wulandari", "Ketua Yayasan Sehat Bersama")], stray


def test_english_parties_made_between_end_where_the_recitals_open_on_the_next_line():
    # no "hereinafter" after the names: the list ends at the line opening "The Parties wish …", never running on
    # into it (a later "hereinafter" is no end of the names)
    text = ("MEMORANDUM OF AGREEMENT\nUnder Article 3 of the framework memorandum, this Agreement is made on the 9th "
            "day of March 2015 Between\n"
            "Sukamaju State University, Tirtania (SSU) And\nEldoria University of Technology, Malaysia (EUT)\n"
            "The Parties wish to cooperate on staff visits on the terms set out hereinafter.\n1. Staff visits\n"
            "Each party may host two visiting lecturers a year.\n")
    assert _institutions(text) == ["Sukamaju State University, Tirtania (SSU)",
                                   "Eldoria University of Technology, Malaysia (EUT)"]
