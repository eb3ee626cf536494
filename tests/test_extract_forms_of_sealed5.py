"""Forms of released real documents (sealed5, sealed3, holdout) the extractor misread, each written here as an
invented text of the same form: invented names, places and numbers."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement

_COMPANY_HEAD = ("PERJANJIAN KERJA SAMA\nPT SUKA MAJU (Persero)\nDengan\nRUMAH SAKIT UMUM DAERAH TIRTA\nTentang\n"
                 "RUJUKAN PASIEN\nNomor : .............\n\nPada hari ini Senin tanggal lima bulan Juni tahun dua ribu "
                 "delapan belas\n(05-06-2018) yang bertanda tangan di bawah ini :\n")


def test_a_division_head_of_a_company_signs_for_the_company():
    # "Kepala Divisi X PT Y (Persero)" with no "untuk dan atas nama": the company, not its division, is the party
    text = _COMPANY_HEAD + ("1. BUDI HARTONO : Kepala Divisi Umum PT Suka Maju\n(Persero) yang berkedudukan di "
                            "Jalan Merpati 3,\nTirta, berdasarkan Keputusan Direksi\nNo, 12 / KPTS / 4 / 2018, tanggal 02 "
                            "Mei\n2018 , untuk selanjutnya disebut Pihak\nPertama.\n\n"
                            "2. dr. SARI DEWI : Direktur Rumah Sakit Umum Daerah Tirta,\ndalam hal ini bertindak untuk "
                            "dan atas nama\nRumah Sakit Umum Daerah Tirta, untuk selanjutnya disebut Pihak\nKedua.\n\n"
                            "Pasal 1\n")
    parties = extract_agreement([text]).parties
    assert [party.institution for party in parties] == ["PT Suka Maju (Persero)", "Rumah Sakit Umum Daerah Tirta"]
    assert parties[0].position == "Kepala Divisi Umum PT Suka Maju (Persero)"
    # a department of a listed company, too; a regional government's bureau is no company's
    department = text.replace("Divisi Umum PT Suka Maju\n(Persero)", "Departemen Layanan Korporasi PT Bank\nTirta Tbk")
    assert extract_agreement([department]).parties[0].institution == "PT Bank Tirta Tbk"
    bureau = text.replace("Divisi Umum PT Suka Maju\n(Persero)", "Bagian Hukum Sekretariat Daerah\nKabupaten Tirta")
    assert extract_agreement([bureau]).parties[0].institution == "Bagian Hukum Sekretariat Daerah Kabupaten Tirta"


def test_a_comma_typed_twice_before_the_degrees_leaves_the_office_to_the_clause():
    # "dr. Agus R., ,Sp.PD., dalam hal ini bertindak dalam kedudukannya sebagai Direktur …": the degrees stay the name's
    text = ("PERJANJIAN KERJA SAMA ANTARA\n\nDINAS KESEHATAN KABUPATEN SUKAMAJU\n\nDENGAN\n\nRUMAH SAKIT UMUM TIRTA\n\n"
            "TENTANG\nPELAYANAN KESEHATAN\nNomor :\nNomor :\n\nPada hari ini Tanggal Sebelas Bulan Maret Tahun Dua Ribu "
            "Sembilan Belas, yang bertanda\ntangan dibawah ini :\n\n1. dr. H. Budi Santoso, Nip 19700101 199503 1 002, "
            "dalam hal ini bertindak dalam\nkedudukannya sebagai Kepala Dinas Kesehatan Kabupaten Sukamaju yang\n"
            "berkedudukan dan berkantor di jalan Melati, Sukamaju,\nselanjutnya disebut sebagai PIHAK PERTAMA.\n\n"
            "2. dr. Agus R., ,Sp.PD., dalam hal ini bertindak dalam kedudukannya sebagai Direktur\nRumah Sakit Umum "
            "Tirta yang berkedudukan dan beralamatkan di jalan\nKenanga No.1 Kota Tirta, yang ditetapkan berdasarkan "
            "Keputusan Walikota Tirta\nNomor : 800/45/BKD/2019, Selanjutnya disebut sebagai PIHAK KEDUA.\n\n"
            "PASAL 1\n")
    second = extract_agreement([text]).parties[1]
    assert (second.signatory, second.position) == ("dr. Agus R., Sp.PD.", "Direktur Rumah Sakit Umum Tirta")


def test_an_identity_list_before_the_dating_sentence():
    # the list comes first ("1. NAME : Kepala X … bertindak sebagai PIHAK PERTAMA." / "2. …"), the dating sentence after
    open_text = ("PERJANJIAN KERJA SAMA\n\nANTARA\nPUSKESMAS MEKAR\nDENGAN\nRUMAH SAKIT UMUM DAERAH SUKAMAJU\n"
                        "TENTANG\nPELAYANAN KESEHATAN RUJUKAN PASIEN\n\nNomor : 445/ /3321/2023\n\n\nNomor :\n\n"
                        "1. Lestari,SKM.MKM : Kepala Puskesmas Mekar yang berkedudukan di\n\n\nJln Merdeka No.3 Mekar\n"
                        "dalam hal ini bertindak sebagai PIHAK\nPERTAMA.\n\n2. Drg. Andi Saputra. : Direktur Rumah Sakit "
                        "Umum Daerah Sukamaju\nMARS yang beralamat di Jalan Kenari No. 5,\nKabupaten Sukamaju, dalam hal "
                        "ini bertindak dalam\njabatannya sebagai Direktur Rumah Sakit Umum\nDaerah Sukamaju, yang "
                        "selanjutnya\ndisebut sebagai PIHAK KEDUA.\nPada hari Rabu tanggal Lima bulan April tahun Dua "
                        "Ribu Dua Puluh Tiga yang\nbertanda tangan dibawah ini :\n\nBahwa PIHAK PERTAMA dan PIHAK KEDUA "
                        "secara bersama-sama disebut PARA\nPIHAK.\n\nPASAL 1\nDASAR PERJANJIAN\n")
    facts = extract_agreement([open_text])
    assert [(party.role, party.institution, party.position) for party in facts.parties] == [
        ("PIHAK PERTAMA", "Puskesmas Mekar", "Kepala Puskesmas Mekar"),
        ("PIHAK KEDUA", "Rumah Sakit Umum Daerah Sukamaju", "Direktur Rumah Sakit Umum Daerah Sukamaju")]
    assert (facts.sign_date, facts.numbers, facts.title) == ("2023-04-05", ["445/ /3321/2023"],
                                                            "Pelayanan Kesehatan Rujukan Pasien")


def test_an_identity_table_flattened_column_by_column_gives_the_names_in_order():
    # "ini: 1." / "NAME" / "2." / "NAME" / ": office … PIHAK PERTAMA office … PIHAK KEDUA": names first, offices after
    text = ("PERJANJIAN KERJASAMA ANTARA PT ASURANSI SUKA MAJU (PERSERO) TIRTA DENGAN RSUD MEKAR SARI TIRTA TENTANG "
            "PELAYANAN KESEHATAN BAGI KORBAN KECELAKAAN\n\nPada hari ini, ........ tanggal ....... bulan .... tahun "
            ".......... bertempat di Tirta, kami yang bertanda tangan dibawah ini: 1.\n\nBAMBANG SETIAWAN, SE\n\n2.\n\n"
            "dr. RINA KUSUMA WARDHANI\n\n: Kepala Kantor Pelayanan PT. Asuransi Suka Maju (Persero) Tirta berkedudukan "
            "di Jl Mawar 12 Tirta, dalam hal ini bertindak untuk dan atas nama Jabatannya untuk selanjutnya disebut "
            "PIHAK PERTAMA Direktur Rumah Sakit Umum Daerah Mekar Sari Kabupaten Tirta berkedudukan di Jalan Kenari "
            "Nomor 4 Tirta, dalam hal ini bertindak untuk dan atas nama Jabatannya, untuk selanjutnya disebut PIHAK "
            "KEDUA;\n\nBerdasarkan : 1. Peraturan Daerah Nomor 7 Tahun 2014 tentang Pelayanan Kesehatan;\n")
    parties = extract_agreement([text]).parties
    assert [(party.signatory, party.position) for party in parties] == [
        ("Bambang Setiawan, SE", "Kepala Kantor Pelayanan PT. Asuransi Suka Maju (Persero) Tirta"),
        ("dr. Rina Kusuma Wardhani", "Direktur Rumah Sakit Umum Daerah Mekar Sari Kabupaten Tirta")]
    # the ordinary table, each name beside its office, is read as before
    rows = text.replace("1.\n\nBAMBANG SETIAWAN, SE\n\n2.\n\ndr. RINA KUSUMA WARDHANI\n\n: Kepala",
                        "\n1. BAMBANG SETIAWAN, SE : Kepala").replace("PIHAK PERTAMA Direktur",
                                                                    "PIHAK PERTAMA\n2. dr. RINA KUSUMA WARDHANI : Direktur")
    assert [party.signatory for party in extract_agreement([rows]).parties] == [
        "Bambang Setiawan, SE", "dr. Rina Kusuma Wardhani"]


def test_a_heading_party_the_excerpt_never_reaches_after_an_office_acting_for_its_government():
    # the heading names an office ("DINAS X KOTA Y"), the opening its government ("atas nama Pemerintah Kota Y"); the
    # third party's paragraph lies beyond the excerpt: the heading still names it
    text = ("PERJANJIAN KERJASAMA ANTARA\nDINAS PERHUBUNGAN KOTA TIRTA DENGAN\nPT. BANK SUKA MAJU DENGAN\n"
            "PT. KERETA SEJAHTERA (PERSERO) CABANG TIRTA\nTENTANG\nLAYANAN PEMBAYARAN RETRIBUSI PARKIR\n"
            "Nomor : 551/77\nNomor : 012/BSM/2022 Nomor : 45/KS/0722\n"
            "Pada hari ini, Senin tanggal Empat bulan Juli tahun Dua Ribu Dua Puluh Dua (04-07-2022) bertempat di "
            "Tirta, yang bertanda tangan di bawah ini :\nI. BUDI SANTOSO : Kepala Dinas Perhubungan Kota Tirta, dalam "
            "hal ini bertindak untuk dan atas nama Pemerintah Kota Tirta berkedudukan di Jalan Melati No. 7, Tirta, "
            "yang selanjutnya disebut PIHAK KESATU.\nII. AGUS SALIM PT. Bank Suka Maju, berkantor pusat di Tirta, "
            "berdiri menurut Akta No. 12 tanggal 3 Mei 2001 di hadapan seorang Notaris di Tirta, yang sesudahnya "
            "diubah lagi")
    facts = extract_agreement([text])
    assert [(party.role, party.institution) for party in facts.parties] == [
        ("PIHAK KESATU", "Pemerintah Kota Tirta"), ("PIHAK KEDUA", "PT. Bank Suka Maju"),
        ("PIHAK KETIGA", "PT. Kereta Sejahtera (PERSERO) Cabang Tirta")]


def test_an_ocr_at_sign_closing_a_number_part_keeps_the_number_as_printed():
    # "NOMOR : K7@/RSMS/DIR/2020": OCR read a digit as "@"; the number is kept as printed, at a low confidence
    text = ("PERJANJIAN KERJASAMA, ANTARA RUMAH SAKIT UMUM PUSAT SUKAMAJU DENGAN PT. RUMAH SAKIT MEKAR TIRTA TENTANG "
            "RUJUKAN PELAYANAN KESEHATAN NOMOR : KS.02.03/IX/07.11/2020 NOMOR : K7@/RSMT/DIR/2020 Perjanjian Kerjasama "
            "ini dibuat dan ditandatangani di Tirta pada Hari Selasa tanggal Dua puluh Bulan Februari Tahun Dua ribu "
            "dua puluh (20-02-2020), oleh dan antara 1, RUMAH SAKIT UMUM PUSAT SUKAMAJU, yang beralamat kantor di Jalan "
            "Mawar No. 1, Tirta, dalam hal ini diwakili oleh dr. Budi Santoso, MARS dalam jabatannya selaku Direktur "
            "Utama, yang selanjutnya disebut sebagai Pihak Pertama ;\n")
    facts = extract_agreement([text])
    assert facts.numbers == ["KS.02.03/IX/07.11/2020", "K7@/RSMT/DIR/2020"]
    assert facts.evidence["numbers[1]"].confidence < 0.75
    # an address with "@" is no number
    assert extract_agreement(["PERJANJIAN KERJA SAMA\nNOMOR : 12/PKS/2020\nEmail : tirta@sukamaju.go.id\n"]).numbers == [
        "12/PKS/2020"]


def test_a_number_the_flattened_form_moved_below_its_bare_label():
    # "NOMOR PIHAK PERTAMA" / ":" / "NOMOR PIHAK KEDUA" / ":" / "hari" / "ini," / "KS.01/RS.2.1/......../2022"
    text = ("PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM SUKAMAJU DENGAN ................ TENTANG JEJARING "
            "PELAYANAN KESEHATAN\nPada\nNOMOR PIHAK PERTAMA\n:\nNOMOR PIHAK KEDUA\n:\nhari\nini,\n...............\n"
            "KS.01/RS.2.1/............/2022\ntanggal\n.....................\nbulan\n..............\ntahun\n"
            "................ bertempat di Kota Tirta, kami yang bertandatangan di bawah ini : I\n"
            "dr. BUDI SANTOSO, Sp.JP\n: selaku Direktur Utama RSU Sukamaju, dalam hal ini bertindak untuk dan atas "
            "nama RSU Sukamaju, selanjutnya disebut sebagai PIHAK PERTAMA.\n")
    facts = extract_agreement([text])
    assert facts.numbers == ["KS.01/RS.2.1/…/2022"]
    assert facts.evidence["numbers"].confidence <= 0.6


def test_a_piece_of_the_name_run_into_the_office_by_a_table_read_line_by_line():
    # "1. Dr. dr. AB Budi : Dekan Fakultas Hukum Universitas Negeri Santoso, M.Kes, Tirta berdasarkan …": the name's
    # second line ("Santoso, M.Kes,") sits inside the office; the body it acts for shows where
    text = ("PERJANJIAN KERJASAMA. ANTARA FAKULTAS HUKUM UNIVERSITAS NEGERI TIRTA DAN RUMAH SAKIT UMUM DAERAH SUKAMAJU "
            "Nomor : B/1234/UN9.4/KS.01/2021 Nomor : 445/12.1/2021 TENTANG PENYELENGGARAAN PENDIDIKAN, Pada hari "
            "Selasa tanggal Sembilan bulan Maret tahun Dua Ribu Dua Puluh Satu, yang bertandatangan dibawah ini: 1. Dr. "
            "dr. AB Budi : Dekan Fakultas Hukum Universitas Negeri Santoso, M.Kes, Tirta berdasarkan Surat Keputusan "
            "Rektor Nomor 201/UN9/KP/2021, dalam hal ini bertindak untuk dan atas nama Fakultas Hukum Universitas "
            "Negeri Tirta yang berkedudukan di Jalan Mawar No.1 Tirta, selanjutnya disebut PIHAK KESATU. 2. dr. Sari "
            "Dewi, MMR : Direktur RSUD Sukamaju, dalam hal ini bertindak untuk dan atas nama RSUD Sukamaju yang "
            "berkedudukan di Jalan Kenari No.4 Sukamaju, selanjutnya disebut PIHAK KEDUA. Selanjutnya PIHAK KESATU dan "
            "PIHAK KEDUA sepakat.")
    first = extract_agreement([text]).parties[0]
    assert (first.institution, first.position) == ("Fakultas Hukum Universitas Negeri Tirta",
                                                   "Dekan Fakultas Hukum Universitas Negeri Tirta")


def test_each_side_at_its_own_seat_names_no_place():
    text = ("NOTA KESEPAKATAN\n\nANTARA\nDIREKTORAT JENDERAL SUMBER AIR\nDAN\nPEMERINTAH KOTA TIRTA\nTENTANG\n"
            "PENGELOLAAN AIR BERSIH\n\nNOMOR :\nNOMOR :\n\nPada hari ini, Selasa, tanggal tujuh bulan Maret tahun dua "
            "ribu dua puluh tiga (7-3-2023), bertempat di kedudukan masing-masing, kami yang\nbertandatangan di bawah "
            "ini:\nI. BUDI SANTOSO : Direktur Air Baku Direktorat Jenderal Sumber Air, dalam hal ini bertindak untuk dan "
            "atas nama Direktorat Jenderal Sumber Air, selanjutnya disebut PIHAK KESATU.\nII. AGUS SALIM : Wali Kota "
            "Tirta, dalam hal ini bertindak untuk dan atas nama Pemerintah Kota Tirta, selanjutnya disebut PIHAK "
            "KEDUA.\n")
    facts = extract_agreement([text])
    assert (facts.sign_date, facts.sign_place) == ("2023-03-07", None)
    assert extract_agreement([text.replace("kedudukan masing-masing", "Kota Tirta")]).sign_place == "Kota Tirta"


def test_a_letter_whose_header_runs_into_one_line_is_a_letter():
    # an OCR'd cover letter flattened into one line: "Nornor X <date> Lampiran … Perihal <subject> Kepada Yth.: …"
    text = ("PT SUKA MAJU (PERSERO) KANTOR PUSAT Jalan Melati 12 Tirta 40111 Telp. (022) 5550101 Nornor 318/DIV-UM/2019 "
            "14 Maret 2019 Lampiran 2 (dua) berkas Sifat Segera Perihal Penyampaian Addendum Perjanjian Kerja Bersama "
            "2018-2020 Kepada Yth.: Para Manajer Wilayah Kami kirimkan salinan Addendum Perjanjian Kerja Bersama "
            "2018-2020 yang ditandatangani pada tanggal 1 Maret 2019 untuk dilaksanakan. Addendum itu mulai berlaku "
            "tanggal 15 Maret 2019. Atas perhatian Saudara kami ucapkan terima kasih. KEPALA DIVISI UMUM BUDI SANTOSO")
    facts = extract_agreement([text])
    assert (facts.doc_type, facts.title, facts.sign_date) == (
        "OTHER", "Penyampaian Addendum Perjanjian Kerja Bersama 2018-2020", "2019-03-14")
    assert (facts.parties, facts.effective_date) == ([], None)
    assert facts.numbers == ["318/DIV-UM/2019"] and facts.evidence["numbers"].confidence < 0.6
    # "Hal" for "Perihal", "Nomor :" with its colon: the same letter
    other = text.replace("Nornor", "Nomor :").replace("Perihal", "Hal")
    assert (extract_agreement([other]).doc_type, extract_agreement([other]).sign_date) == ("OTHER", "2019-03-14")


def test_two_wrapped_number_cells_read_across():
    # "… Nomor Nomor" / ": 445 / : /" / "/ RSMS /KS/2016 / / 2016": each cell's head, then both tails on one line
    text = ("PERJANJIAN KERJASAMA ANTARA PT ASURANSI SUKA MAJU (PERSERO) TIRTA DENGAN RSUD MEKAR SARI TIRTA TENTANG "
            "PELAYANAN KESEHATAN Nomor Nomor\n\n: 445 / : /\n\n/ RSMS /KS/2016 / / 2016\n\nPada hari ini, ........ "
            "tanggal ....... bulan .... tahun .......... bertempat di Tirta, kami yang bertanda tangan dibawah ini:\n")
    facts = extract_agreement([text])
    assert facts.numbers == ["445/ /RSMS/KS/2016", "/ / /2016"]
    assert facts.evidence["numbers"].confidence <= 0.6
