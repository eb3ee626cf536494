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


def test_run_together_cells_under_their_labels_wrapped_over_lines():
    # "1. N a m a : Jabatan : Alamat :" then the cells run together without separators; the page breaks them inside
    # the name's degrees and inside the address: the office still ends where the address starts
    opening = ("Pada hari ini Senin tanggal dua bulan Mei tahun dua ribu dua puluh dua, kami yang bertanda tangan di "
               "bawah ini:\n1. N a m a : Jabatan : Alamat :\ndr. Hj. Lestari Wulandari, M.Kes, Sp.PD DIREKTUR RUMAH "
               "SAKIT\nUMUM DAERAH SUKAMAJU Jalan Merdeka Nomor 1, Kelurahan Sukamaju,\nKecamatan Sukamaju Kabupaten "
               "Sukamaju, Dalam hal ini bertindak untuk dan\natas nama Rumah Sakit Umum Daerah Sukamaju yang "
               "selanjutnya disebut PIHAK KESATU.\n2. N a m a : Jabatan : Alamat :\ndrg. Bambang Setiawan, M.Kes, "
               "Ph.D\nDirektur Rumah Sakit Bakti Husada Jalan Kenanga Nomor 4,\nSukamaju, Dalam hal ini bertindak untuk "
               "dan atas nama Rumah Sakit\nBakti Husada, yang selanjutnya disebut PIHAK KEDUA.")
    assert [(name, office) for _, _, name, office in _parties(opening)] == [
        ("dr. Hj. Lestari Wulandari, M.Kes, Sp.PD", "Direktur Rumah Sakit Umum Daerah Sukamaju"),
        ("drg. Bambang Setiawan, M.Kes, Ph.D", "Direktur Rumah Sakit Bakti Husada")]


_BUDGET = ("NOTA KESEPAKATAN ANTARA PEMERINTAH KABUPATEN TIRTAKARYA DENGAN DEWAN PERWAKILAN\nRAKYAT DAERAH KABUPATEN "
           "TIRTAKARYA NOMOR :\n17/KB/DPRD/2021 NOMOR : 903/12/Bappeda/2021 TANGGAL : 9 Agustus\n2021 TENTANG KEBIJAKAN "
           "UMUM ANGGARAN PENDAPATAN DAN BELANJA DAERAH\nTAHUN ANGGARAN 2022 Yang bertanda tangan di bawah ini : 1. "
           "Nama : Ir. ANDI\nPRATAMA Jabatan :\nBupati Tirtakarya Alamat Kantor : Jl. Pahlawan 2 Tirtakarya bertindak "
           "selaku\ndan atas nama Pemerintah Kabupaten Tirtakarya. 2. a.\nNama : Hj. DEWI ANGGRAINI Jabatan : Ketua DPRD "
           "Kabupaten\nTirtakarya Alamat Kantor : Jl. Pahlawan 5 Tirtakarya b. Nama : YUSUF, ST\nJabatan : Wakil Ketua "
           "DPRD Kabupaten Tirtakarya Alamat Kantor : Jl.\nPahlawan 5 Tirtakarya Sebagai Pimpinan DPRD bertindak selaku "
           "dan atas nama\nDewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Tirtakarya. Dengan ini menyatakan\nbahwa "
           "para pihak sepakat terhadap Kebijakan Umum APBD.\n")


def test_a_numbered_name_form_wrapped_between_its_item_and_its_label():
    # "2. a." closing a line, "Nama :" opening the next; an office's label closing a line, the office on the next;
    # the body acted for wrapped before its name's end; the heading's number dated on the line after "NOMOR :"
    facts = schema_of([_BUDGET])
    assert [(p["role"], p["institution"], p["signatory"], p["position"]) for p in facts["parties"]] == [
        ("PIHAK PERTAMA", "Pemerintah Kabupaten Tirtakarya", "Ir. Andi Pratama", "Bupati Tirtakarya"),
        ("PIHAK KEDUA", "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Tirtakarya", "Hj. Dewi Anggraini",
         "Ketua DPRD Kabupaten Tirtakarya")]
    assert facts["sign_date"] == "2021-08-09"


def test_a_heading_number_broken_before_its_date_still_dates_it():
    text = _BUDGET.replace("NOMOR :\n17/KB/DPRD/2021 NOMOR : 903/12/Bappeda/2021", "Nomor : 17/KB/DPRD\n/2021")
    assert schema_of([text])["sign_date"] == "2021-08-09"


def test_names_listed_first_with_a_name_broken_after_its_titles():
    # "1. dr. X, M.Kes. 2. Prof. Dr." / "Ir. Y, M.S. Selaku …": the titles close a line, the name opens the next
    text = ("PERJANJIAN KERJASAMA ANTARA BALAI PELATIHAN KESEHATAN DENGAN UNIVERSITAS TIRTAKARYA TENTANG PELATIHAN\n"
            "PERAWAT Nomor : HK.02/3/0456/2020 Nomor : 77/UTK/V/2020 Pada hari Rabu tanggal Enam bulan\nMei tahun Dua "
            "Ribu Dua Puluh, bertempat di Tirtakarya, kami yang bertandatangan\ndibawah ini: 1. dr. Rahmat Hidayat, "
            "M.Kes. 2. Prof. Dr.\nIr. Sri Wahyuni, M.S. Selaku Kepala Balai Pelatihan Kesehatan, dalam hal ini\nbertindak "
            "untuk dan atas nama Balai Pelatihan Kesehatan yang berkedudukan di Jalan\nMawar 8, Tirtakarya, yang "
            "selanjutnya disebut PIHAK KESATU. Selaku Rektor, dalam hal\nini bertindak atas nama Universitas Tirtakarya "
            "yang berkedudukan di Jalan Dahlia 2,\nTirtakarya, selanjutnya disebut PIHAK KEDUA. Untuk selanjutnya PIHAK "
            "KESATU dan\nPIHAK KEDUA secara bersama-sama disebut PARA PIHAK.")
    parties = schema_of([text])["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [
        ("dr. Rahmat Hidayat, M.Kes.", "Kepala Balai Pelatihan Kesehatan"), ("Prof. Dr. Ir. Sri Wahyuni, M.S.", "Rektor")]


_PLACED = ("PERJANJIAN KERJA SAMA\nANTARA\nPENGADILAN AGAMA TIRTAKARYA\nDENGAN\nPT POS INDONESIA (PERSERO)\n\nTENTANG\n"
           "LAYANAN PENGIRIMAN SURAT\n\nPada hari ini Senin tanggal lima bulan Juni tahun dua ribu dua puluh tiga "
           "(05-06-2023), bertempat di {place}, yang bertanda tangan di bawah ini:\n1. Nama : Drs. Ahmad Fauzi, M.H.\n"
           "Jabatan : Ketua Pengadilan Agama Tirtakarya\nselanjutnya disebut PIHAK PERTAMA.\n2. Nama : Rina Marlina\n"
           "Jabatan : Kepala Kantor Pos Tirtakarya\nselanjutnya disebut PIHAK KEDUA.\n")


def test_a_signing_place_wrapped_onto_the_next_line():
    for place, found in [("Pengadilan Agama Tirtakarya", "Pengadilan Agama Tirtakarya"),
                         ("Tirtakarya Kabupaten Sukamaju", "Tirtakarya")]:
        head, tail = place.rsplit(" ", 1)
        assert schema_of([_PLACED.format(place=place)])["sign_place"] == found
        assert schema_of([_PLACED.format(place=f"{head}\n{tail}")])["sign_place"] == found, place
    # the town after a building's address wrapped before it ("… Jalan Melati Nomor 30" / "Tirtakarya 40115, yang")
    text = _PLACED.format(place="Kantor Pusat PT. Sinar Jaya (Persero) di Jalan Melati Nomor 30\nTirtakarya 40115")
    assert schema_of([text])["sign_place"] == "Tirtakarya"


def test_a_heading_party_whose_dan_opens_the_next_line_stays_one_body():
    # "ANTARA KEMENTERIAN PERTANIAN" / "DAN KEHUTANAN REPUBLIK X DAN KEMENTERIAN Y": the line's end fell before the
    # name's own "DAN"; the DAN before the next body's word is the separator
    heading = ("MEMORANDUM SALING PENGERTIAN ANTARA KEMENTERIAN PERTANIAN\nDAN KEHUTANAN REPUBLIK NUSANTARA DAN "
               "KEMENTERIAN PERDAGANGAN\nREPUBLIK SAMUDRA TENTANG KERJA SAMA DI BIDANG PERTANIAN\n\n")
    opening = ("Kementerian Pertanian dan Kehutanan Republik Nusantara dan Kementerian Perdagangan Republik Samudra, "
               "untuk selanjutnya disebut sebagai \"Para Pihak\"; MENYADARI pentingnya kerja sama;\n\nPasal 1\nTujuan\n"
               "Para Pihak bekerja sama di bidang pertanian.\n")
    parties = schema_of([heading + opening])["parties"]
    assert [p["institution"] for p in parties] == ["Kementerian Pertanian dan Kehutanan Republik Nusantara",
                                                   "Kementerian Perdagangan Republik Samudra"]


_KOPERASI = ("PERJANJIAN KERJASAMA\nAntara PT. SAWIT LESTARI ABADI Dengan KOPERASI TANI MAKMUR\n\nPERJANJIAN KERJASAMA ini "
             "dibuat pada hari ini, Senin tanggal 7 Mei 2012, oleh dan antara : PT. SAWIT LESTARI ABADI, suatu perseroan "
             "terbatas yang berkedudukan di Jalan Kenanga no 12 Tirtakarya yang dalam hal ini diwakili oleh Bambang "
             "Sutrisno, selaku Direktur perseroan terbatas tersebut. Untuk selanjutnya disebut “ Perseroan “ atau “ Pihak "
             "Pertama “, KOPERASI TANI MAKMUR, suatu badan hukum yang berkedudukan di desa Sukamaju, yang dalam hal ini "
             "diwakili oleh Yohanes Purba selaku Ketua dari dan karenanya bertindak untuk dan atas nama Koperasi Tani "
             "Makmur.{cut}Untuk selanjutnya disebut “{quote}Koperasi Tani Makmur “ atau “ Pihak Kedua “, Untuk selanjutnya "
             "Pihak Pertama dan Pihak Kedua secara bersama-sama akan disebut sebagai “ Para Pihak “.\n\nPasal 1\n"
             "Para Pihak sepakat.\n")


def test_a_designation_on_a_line_of_its_own_or_broken_after_its_opening_quote():
    # "… atas nama Koperasi X." / "Untuk selanjutnya disebut “ Koperasi X “ atau “ Pihak Kedua “": the designation's
    # sentence closes the block before it; "disebut “" / "Koperasi X “ atau “ Pihak Kedua “": a line's end is no word
    for cut, quote in [(" ", " "), ("\n", " "), (" ", "\n")]:
        parties = schema_of([_KOPERASI.format(cut=cut, quote=quote)])["parties"]
        assert [(p["role"], p["institution"], p["signatory"], p["position"]) for p in parties][1:] == [
            ("PIHAK KEDUA", "Koperasi Tani Makmur", "Yohanes Purba", "Ketua")], (cut, quote)


def test_an_address_broken_after_a_streets_initials_stays_inside_its_block():
    # "beralamat di Jl. M.H." / "Thamrin" / "Nomor 5 …": the initials' dot ends no sentence
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nKANTOR KEMENTERIAN AGAMA KABUPATEN TIRTAKARYA\nDENGAN\nPT BANK SEJAHTERA\n\n"
            "Pada hari ini Rabu tanggal delapan bulan Juli tahun dua ribu dua puluh, kami yang bertanda tangan di bawah "
            "ini:\n\nDrs. H. Ahmad Fauzi, M.Pd. Kepala Kantor Kementerian Agama Kabupaten Tirtakarya, dalam hal ini "
            "bertindak untuk dan atas nama Kantor Kementerian Agama Kabupaten Tirtakarya, selanjutnya disebut "
            "PIHAK PERTAMA.\n\nDengan\n\nPT Bank Sejahtera, berkedudukan di Jakarta Pusat dan beralamat di Jl. M.H.\n"
            "Sudirman\nNomor 7 Jakarta, yang anggaran dasarnya telah diubah dengan Akta Nomor 10 yang dibuat di\n"
            "hadapan Notaris di Jakarta, dalam hal ini diwakili oleh Rudi Hartono selaku Area Manager PT Bank\n"
            "Sejahtera, oleh karenanya sah bertindak untuk dan atas nama PT Bank Sejahtera, selanjutnya disebut\n"
            "PIHAK KEDUA.\n\nPasal 1\nPara pihak sepakat.\n")
    parties = schema_of([text])["parties"]
    assert [(p["institution"], p["signatory"]) for p in parties][1:] == [("PT Bank Sejahtera", "Rudi Hartono")]


def test_a_memorandums_parties_when_the_heading_or_the_preamble_breaks_a_name():
    # the heading broken inside the second party's name ("… DAN NORLAND" / "COUNCIL UNTUK …"); the preamble's last
    # party named over two lines before the designation of both ("dan Norland Council untuk" / "Nusantara
    # selanjutnya disebut "Para Pihak"")
    text = ("MEMORANDUM SALING PENGERTIAN ANTARA KEMENTERIAN PERTANIAN REPUBLIK NUSANTARA DAN NORLAND\nCOUNCIL UNTUK "
            "NUSANTARA TENTANG HIBAH ALAT PERTANIAN Kementerian Pertanian Republik\nNusantara (selanjutnya disebut "
            "\"Kementan\") dan Norland Council untuk\nNusantara selanjutnya disebut \"Para Pihak\": BERKEINGINAN untuk "
            "memelihara kerja sama;\nTELAH MENYETUJUI hal-hal sebagai berikut :\n\nPasal 1 Maksud dan Tujuan\n"
            "Memorandum ini bertujuan menghibahkan alat pertanian.\n")
    parties = schema_of([text])["parties"]
    assert [p["institution"] for p in parties] == ["Kementerian Pertanian Republik Nusantara",
                                                   "Norland Council untuk Nusantara"]
    heading_only = text.replace("Kementerian Pertanian Republik\nNusantara (selanjutnya disebut \"Kementan\") dan "
                                "Norland Council untuk\nNusantara selanjutnya disebut \"Para Pihak\": ", "")
    assert [p["institution"] for p in schema_of([heading_only])["parties"]] == [
        "Kementerian Pertanian Republik Nusantara", "Norland Council untuk Nusantara"]


def test_a_heading_dan_opening_a_line_before_the_lists_own_dan_on_a_later_line():
    # "… KEMENTERIAN RISET TEKNOLOGI" / "DAN PENDIDIKAN TINGGI" / "" / "REPUBLIK NUSANTARA DAN" / "" /
    # "UNIVERSITAS SAMUDRA": the first DAN is the name's own, the one ending a line before a body's word the list's
    text = ("MEMORANDUM SALING PENGERTIAN ANTARA\n\nDIREKTORAT JENDERAL PEMBELAJARAN KEMENTERIAN RISET TEKNOLOGI\n"
            "DAN PENDIDIKAN TINGGI\n\nREPUBLIK NUSANTARA DAN\n\nUNIVERSITAS SAMUDRA MENGENAI\n\nKUNJUNGAN AHLI\n\n"
            "Memorandum ini berisi kesepahaman tentang kunjungan ahli.\n")
    parties = schema_of([text])["parties"]
    assert [p["institution"] for p in parties] == [
        "Direktorat Jenderal Pembelajaran Kementerian Riset Teknologi dan Pendidikan Tinggi Republik Nusantara",
        "Universitas Samudra"]


def test_an_openings_date_wrapped_after_its_verb_or_inside_its_words():
    # "… ini dibuat" / "pada hari Kamis tanggal …": the opening's own sentence, not one running on; "tahun Dua Ribu
    # Sembilan Belas" / "(2019)": the words of a date broken before its digits in parentheses
    head = ("PERJANJIAN KERJA SAMA\nANTARA\nDESA SUKAMAJU\nDENGAN\nUPT PUSKESMAS TIRTAKARYA\n\nPerjanjian ini dibuat\n")
    body = (", kami yang bertanda tangan di bawah ini:\n1. Budi Santoso selaku Kepala Desa Sukamaju, selanjutnya "
            "disebut PIHAK PERTAMA.\n2. dr. Rina Wati selaku Kepala UPT Puskesmas Tirtakarya, selanjutnya disebut "
            "PIHAK KEDUA.\n\nPasal 1\nPara pihak sepakat.\n")
    for date in ["pada hari Rabu tanggal Tiga Belas bulan Februari tahun Dua Ribu Sembilan Belas (13-02-2019)",
                 "pada hari Rabu, Tanggal Tiga Belas (13) bulan dua (02) tahun Dua Ribu Sembilan Belas\n(2019)"]:
        assert schema_of([head + date + body])["sign_date"] == "2019-02-13", date


def test_a_bare_ordinal_designation_on_the_next_line():
    # a draft that left out PIHAK ("selanjutnya disebut" / "KESATU."), its role named in full elsewhere
    text = ("PERJANJIAN KERJA SAMA ANTARA RS GIGI TIRTAKARYA DAN FAKULTAS KEDOKTERAN GIGI UNIVERSITAS SAMUDRA\n\n"
            "Kami yang bertanda tangan di bawah ini:\n\na)\n\nNama Jabatan Alamat\n\n: drg. Sinta Dewi, MBA : Direktur RS "
            "Gigi Tirtakarya : Jl. Melati 3 Tirtakarya\n\nDalam hal ini bertindak untuk dan atas nama RS Gigi Tirtakarya, "
            "selanjutnya disebut\nKESATU.\n\nb)\n\nNama Jabatan Alamat\n\n: Prof. Dr. Budi Santoso : Dekan Fakultas "
            "Kedokteran Gigi Universitas Samudra : Jl. Mawar 5 Tirtakarya\n\nDalam hal ini bertindak untuk dan atas nama "
            "Fakultas Kedokteran Gigi Universitas Samudra, selanjutnya disebut PIHAK KEDUA.\n\nPIHAK KESATU dan PIHAK "
            "KEDUA sepakat.\n\nPasal 1\nRuang lingkup.\n")
    parties = schema_of([text])["parties"]
    assert [(p["role"], p["signatory"]) for p in parties] == [("PIHAK KESATU", "drg. Sinta Dewi, MBA"),
                                                              ("PIHAK KEDUA", "Prof. Dr. Budi Santoso")]


def test_a_name_initial_or_a_masked_word_at_a_lines_start_is_no_item():
    # "… dibuat dihadapan Notaris" / "X. Rina Sari, SH., …" and "… Xxxxxxxxxx," / "Xxx. Sukamaju, Kota X": neither the
    # initial nor the masked word (mixed case) is a roman numeral opening the party's item
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nPT BANK SEJAHTERA SYARIAH\nDENGAN\nPENGADILAN AGAMA TIRTAKARYA\n\n"
            "Pada hari ini tanggal lima bulan Mei tahun dua ribu dua puluh tiga, yang bertanda tangan di bawah ini:\n"
            "1. Xxxxx Xxxxx, dalam kapasitasnya selaku Pemimpin PT Bank Sejahtera Syariah Cabang Tirtakarya,\n"
            "dalam hal ini bertindak untuk dan atas nama PT Bank Sejahtera Syariah, berdasarkan Akta Nomor 49 yang "
            "dibuat dihadapan Notaris\nX. Rina Sari, SH., Notaris di Kota Sukamaju, dan telah diberitahukan kepada "
            "Kementerian Hukum\ndan Hak Asasi Manusia, selanjutnya disebut PIHAK PERTAMA;\n2. Drs. Ahmad Fauzi, S.H. , "
            "dalam kapasitasnya selaku Ketua Pengadilan Agama Tirtakarya, sah\nbertindak untuk dan atas nama Pengadilan "
            "Agama Tirtakarya, berkedudukan di Jl. Xxxxxxxxx Xx.0,\nXxx. Sukamaju, Kota Tirtakarya, Jawa Barat 40115, "
            "selanjutnya disebut PIHAK KEDUA.\n\nPasal 1\nRuang lingkup.\n")
    parties = schema_of([text])["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [
        (None, "Pemimpin PT Bank Sejahtera Syariah Cabang Tirtakarya"),
        ("Drs. Ahmad Fauzi, S.H.", "Ketua Pengadilan Agama Tirtakarya")]


def test_prose_wrapped_under_a_pages_running_roles_line_names_no_signatory():
    # a draft's page footer "PIHAK PERTAMA PIHAK KEDUA" (initials' boxes) above a definition wrapped mid-clause
    # ("… pelayanan rawat inap, rawat" / "jalan, …"): its lowercase words are no signer's name
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM DAERAH TIRTAKARYA\nDENGAN\nDOKTER UMUM\n\n"
            "Yang bertanda tangan di bawah ini:\n1. dr. Rina Wati, M.K.M. : Direktur Rumah Sakit Umum Daerah Tirtakarya, "
            "dalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum Daerah Tirtakarya, selanjutnya disebut PIHAK "
            "PERTAMA.\n2. dr………………… : Dokter Umum yang berkedudukan di Jalan ………., dalam hal ini bertindak untuk dan "
            "atas nama diri sendiri, selanjutnya disebut PIHAK KEDUA.\n\nPasal 1\nPengertian\n"
            "Halaman 1 dari 8\nPIHAK PERTAMA PIHAK KEDUA\n1. Rumah Sakit Umum Daerah Tirtakarya yang\n"
            "selanjutnya disingkat RSUD\nadalah rumah sakit umum daerah sebagai organisasi perangkat\n"
            "daerah berbentuk badan\nlayanan umum daerah yang menyelenggarakan pelayanan\nkesehatan perorangan secara\n"
            "paripurna yang menyediakan pelayanan rawat inap, rawat\njalan,")  # (an excerpt, cut there)
    parties = schema_of([text])["parties"]
    assert [(p["role"], p["signatory"]) for p in parties] == [("PIHAK PERTAMA", "dr. Rina Wati, M.K.M."),
                                                              ("PIHAK KEDUA", None)]


def test_a_dan_opening_a_line_before_an_association_or_after_a_whole_regional_government_parts_two_bodies():
    # the wrapped-DAN rule ("KEMENTERIAN PENDIDIKAN" / "DAN KEBUDAYAAN …") joined these into one body
    heading = ("KESEPAKATAN BERSAMA\nANTARA\n{}\nTENTANG\nPENGEMBANGAN PENDIDIKAN VOKASI\n\nNOMOR : 12/KB/2024\n")

    def bodies(names: str) -> list[str]:
        return [p["institution"] for p in schema_of([heading.format(names)])["parties"]]

    assert bodies("PEMERINTAH KABUPATEN SUKAMAJU\nDAN PERSATUAN GURU REPUBLIK INDONESIA\nDAN UNIVERSITAS TIRTA") == [
        "Pemerintah Kabupaten Sukamaju", "Persatuan Guru Republik Indonesia", "Universitas Tirta"]
    assert bodies("PEMERINTAH KABUPATEN SUKAMAJU\nDAN KONI KABUPATEN SUKAMAJU\nDAN UNIVERSITAS TIRTA") == [
        "Pemerintah Kabupaten Sukamaju", "Koni Kabupaten Sukamaju", "Universitas Tirta"]
    # a unit's own "dan" still joins: "Dinas Pemberdayaan Masyarakat dan Desa"
    assert bodies("DINAS PEMBERDAYAAN MASYARAKAT\nDAN DESA PROVINSI TIRTA\nDAN UNIVERSITAS TIRTA") == [
        "Dinas Pemberdayaan Masyarakat dan Desa Provinsi Tirta", "Universitas Tirta"]
