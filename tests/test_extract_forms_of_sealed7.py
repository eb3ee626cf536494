"""Forms a scanned appendix, an unfilled grant form, a three-party template and a project's contracts wrote, read
right (extractor 1.11.34, helper fix7). Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement


def _parties(text: str) -> list[tuple]:
    return [(p.role, p.institution, p.signatory, p.position) for p in extract_agreement([text]).parties or []]


# a "Nama : / Jabatan : / Alamat :" form whose designators a scan misread ("disebul.", "dlsebut"), the first office
# running on into the acting clause, the second director acting for the board ("mewakili Dlreksl") and so for the company
_SCANNED_FORM = (
    "PERJANJIAN KERJASAMA\n\nPada hari ini, Kamis tanggal tujuh bulan Juli tahun dua ribu empat, bertempat di Kantor "
    "Pusat PT. Bank Tirta (Persero) di Jalan Merak Nomor 5 Sukamaju, yang bertandatangan di bawah ini:\n\n"
    "Nama : Drs. HARTONO WIBISONO\n\nJabatan : Direktur Jenderal Pembinaan Desa, bertindak untuk dan atas nama "
    "Pemerintah Republik Indonesia cq. Departemen Dalam Negeri.\n\nAlamat : Jalan Melati 4, Sukamaju\n\n"
    "Selanjutnya disebul. PIHAK PERTAMA.\n\n"
    "II Nama : RUDI HARSONO\n\nJabatan : Direktur Umum PT. Bank Tirta (Persero), dalam hal ini mewakili Dlreksl dan "
    "oleh karena itu bertindak untuk dan atas nama PT. Bank Tirta (Persero), berkedudukan di Jalan Merak Nomor 5 "
    "Sukamaju.\n\nAlamat : Jalan Merak Nomor 5 Sukamaju\n\nSelanjutnya dlsebut PIHAK KEDUA.\n\n"
    "Dengan mempertimbangkan hal-hal sebagai berikut:\n")


def test_a_misread_designator_still_designates_the_party_block():
    assert _parties(_SCANNED_FORM) == [
        ("PIHAK PERTAMA", "Pemerintah Republik Indonesia cq. Departemen Dalam Negeri", "Drs. Hartono Wibisono",
         "Direktur Jenderal Pembinaan Desa"),
        ("PIHAK KEDUA", "PT. Bank Tirta (Persero)", "Rudi Harsono", "Direktur Umum PT. Bank Tirta (Persero)")]


def test_a_name_like_the_designator_is_left_alone():
    from ingest.extract.ocr_marks import fix_marks
    for text in ("desa Dlsebul PIHAK", "dlsebut pihak lain", "tidak disebut. Pihak ketiga"):
        assert fix_marks(text) == text
    assert fix_marks("Selanjutnya dlsebut PIHAK KEDUA.") == "Selanjutnya disebut PIHAK KEDUA."


def test_an_office_wrapped_over_three_long_lines_is_read_whole():
    text = ("PERJANJIAN PENGGUNAAN DANA\nBANTUAN PELATIHAN GURU SD\n\nNomor: ....... /......./2016\n\n"
            "Pada hari ini tanggal bulan tahun dua ribu enam belas,\nyang bertandatangan di bawah ini:\n\n"
            "1. Nama : Hendra Wijaya, M.Pd\n\n\nNIP : 196501011990031001\n"
            "Jabatan : Direktur Pembinaan Guru dan Tenaga Kependidikan Sekolah Menengah\n"
            "Pertama, Direktorat Jenderal Pendidikan Menengah, Kementerian Pendidikan\nNasional\n"
            "Alamat : Gedung B Lantai 5, Jalan Merak Sukamaju\n\n"
            "Bertindak untuk dan atas nama Direktorat Pembinaan Guru dan Tenaga\nKependidikan Sekolah Menengah "
            "Pertama, yang selanjutnya disebut PIHAK PERTAMA.\n\n2. Nama : SITI RAHAYU, S.Pd\n\n\n"
            "Jabatan : Ketua Gugus Sekolah III\nAlamat : Jln. Mawar No. 3 Desa Tirta\n\n"
            "Bertindak untuk dan atas nama Gugus Sekolah III Kec. Tirta selanjutnya disebut PIHAK KEDUA.\n\n"
            "Kedua belah pihak sepakat sebagai berikut.\n")
    assert _parties(text)[0][3] == ("Direktur Pembinaan Guru dan Tenaga Kependidikan Sekolah Menengah Pertama, "
                                    "Direktorat Jenderal Pendidikan Menengah, Kementerian Pendidikan Nasional")


def test_a_template_choice_of_offices_left_blank_is_no_office():
    text = ("SURAT PERJANJIAN KERJASAMA\nPENGELOLAAN SAMPAH MEDIS\n\nKLINIK / PUSKESMAS…………\nDENGAN\n"
            "PT. SURYA BERSIH LESTARI\n\nPerjanjian ini dibuat dan ditandatangani pada hari Rabu tanggal 3 Maret "
            "2021 oleh dan antara :\n\n1. Nama : Dr.\nJabatan : Kepala Klinik / Kepala Puskesmas…….\n"
            "Alamat : Jl. ……………………………..\n\nDalam hal ini bertindak untuk dan atas nama klinik / Puskesmas\n"
            "……… yang selanjutnya disebut PIHAK PERTAMA.\n\n2. Nama : Agus Pranoto\n\n"
            "Jabatan : Direktur PT. Surya Bersih Lestari\nAlamat : Jl. Raya Tirta KM. 4, Sukamaju\n\n"
            "Dalam hal ini bertindak untuk dan atas nama PT. Surya Bersih Lestari yang selanjutnya disebut "
            "PIHAK KEDUA.\n\nPara Pihak terlebih dahulu menerangkan hal-hal sebagai berikut :\n")
    found = _parties(text)
    assert found[0] == ("PIHAK PERTAMA", None, None, None)
    assert found[1] == ("PIHAK KEDUA", "PT. Surya Bersih Lestari", "Agus Pranoto", "Direktur PT. Surya Bersih Lestari")


def test_an_office_naming_two_bodies_with_a_slash_stays():
    from ingest.extract.heads import position_of
    assert position_of("Kepala Dinas Pendidikan / Kebudayaan") == "Kepala Dinas Pendidikan / Kebudayaan"
    assert position_of("Direktur RS / Kepala Puskesmas") == "Direktur RS / Kepala Puskesmas"


_PROJECT_HEAD = ("KONTRAK PELAKSANAAN PEKERJAAN\nAntara Unit Koordinasi Proyek Tirta dengan Unit Pelaksana Proyek "
                 "Universitas Sukamaju\n")
_PROJECT_PARTIES = (
    "I.\nDr. Ir. Ratna Dewi, M.S., Manajer Proyek Tirta pada Direktorat Jenderal Pendidikan Tinggi, yang bertindak "
    "untuk dan atas nama Pemerintah Republik Indonesia yang selanjutnya disebut PIHAK PERTAMA.\n"
    "II. dr. Bayu Saputra, MM, Direktur Eksekutif Unit Pelaksana Proyek, yang bertindak untuk dan atas nama "
    "Universitas Sukamaju, berkedudukan di Jl. Merak 7, Sukamaju yang selanjutnya disebut PIHAK KEDUA.\n")


def test_an_opening_whose_first_words_the_scan_moved_still_dates_the_agreement():
    text = (_PROJECT_HEAD + "ini\nKamis tanggal Dua Belas bulan Mei tahun Dua Ribu Sebelas, kami yang bertandatangan "
            "di bawah ini: Pada hari\n" + _PROJECT_PARTIES)
    facts = extract_agreement([text])
    assert facts.sign_date == "2011-05-12"
    assert facts.evidence["sign_date"].confidence < 0.9
    # a weekday opening a line of the body (a term's start, far below the opening) is no signing date
    later = (_PROJECT_HEAD + "Pada hari ini, kami yang bertandatangan di bawah ini:\n" + _PROJECT_PARTIES +
             "\nPasal 1\nJANGKA WAKTU\nKontrak ini berlaku mulai\nSenin tanggal 6 Juni 2011 sampai dengan 5 Juni 2012.\n")
    assert extract_agreement([later]).sign_date is None


def test_a_kind_phrase_misread_in_the_heading_is_no_subject():
    for misread in ("PETAKSANAAN", "PEI.AKSANAAN"):
        text = (f"KONTRAK {misread} PEKERJAAN\n" + _PROJECT_HEAD.split("\n", 1)[1] + "\nPada hari ini Kamis tanggal "
                "Dua Belas bulan Mei tahun Dua Ribu Sebelas, kami yang bertandatangan di bawah ini:\n" + _PROJECT_PARTIES)
        assert extract_agreement([text]).title is None, misread
    # a subject of its own after the kind stays the title
    text = ("KONTRAK PENGADAAN ALAT LABORATORIUM\n" + _PROJECT_HEAD.split("\n", 1)[1] + "\nPada hari ini Kamis tanggal "
            "Dua Belas bulan Mei tahun Dua Ribu Sebelas, kami yang bertandatangan di bawah ini:\n" + _PROJECT_PARTIES)
    assert extract_agreement([text]).title == "Pengadaan Alat Laboratorium"


def test_a_month_letter_spaced_in_the_opening_dates_the_record():
    text = ("BERITA ACARA KESEPAKATAN BATAS DESA DESA SUKAMAJU DENGAN DESA TIRTA KECAMATAN MERAK Nomor : Nomor :\n\n"
            "Pada hari ini Kamis tanggal dua belas bulan O k t o b e r tahun dua ribu dua puluh dua bertempat di "
            "Desa Sukamaju telah dilaksanakan kesepakatan batas desa.\n")
    assert extract_agreement([text]).sign_date == "2022-10-12"
    # a letter-spaced word that is no month after "bulan", or a month letter-spaced elsewhere, stays as written
    from ingest.extract.cleanup import clean_pages
    for kept in ("selama satu bulan N A M A", "M E I 2022 di Sukamaju"):
        assert clean_pages([kept]).text == kept


def test_a_regency_named_before_its_province_is_the_place():
    from ingest.extract.places import city_of
    assert city_of("Kantor Desa Sukamaju Kecamatan Merak Kabupaten Tirta Provinsi Jawa Raya") == "Tirta"
    assert city_of("Rumah Sakit Umum Kabupaten Hulu Sungai Tengah") == "Hulu Sungai Tengah"


def test_a_record_heading_run_together_with_its_number_labels_is_its_title_weakly():
    text = ("BERITA ACARA PENINJAUAN LAPANGAN BATAS WILAYAH DESA SUKAMAJU DENGAN DESA TIRTA Nomor : Nomor :\n\n"
            "Pada hari ini Kamis tanggal dua belas bulan Oktober tahun dua ribu dua puluh dua bertempat di Desa "
            "Sukamaju telah dilaksanakan peninjauan lapangan batas wilayah.\n")
    facts = extract_agreement([text])
    assert facts.title == "Berita Acara Peninjauan Lapangan Batas Wilayah Desa Sukamaju dengan Desa Tirta"
    assert facts.evidence["title"].confidence < 0.9


_RECORD = ("BERITA ACARA KESEPAKATAN BATAS DESA\n\nPada hari ini Kamis tanggal dua belas bulan Oktober tahun dua ribu dua "
           "puluh dua bertempat di Desa Sukamaju telah dilaksanakan kesepakatan batas antara Desa Sukamaju dengan Desa "
           "Tirta dengan hasil sebagai berikut : 1. Batas kedua desa adalah sungai Merak.\n\n"
           "TIM PENEGASAN BATAS DESA\n\n1.\n\nBUDI HARTONO ................\n\n")


def test_approval_blocks_of_two_village_heads_are_the_record_s_parties():
    text = _RECORD + ("Menyetujui, Kepala Desa Sukamaju\n\nAHMAD FAUZI, S.Sos\n\n.................\n\n"
                      "Menyetujui, Kepala Desa Tirta\n\nWAYAN SUDARMA\n")
    facts = extract_agreement([text])
    assert [(p.role, p.institution, p.position) for p in facts.parties] == [
        ("PIHAK PERTAMA", "Desa Sukamaju", "Kepala Desa Sukamaju"), ("PIHAK KEDUA", "Desa Tirta", "Kepala Desa Tirta")]
    assert [p.signatory for p in facts.parties] == ["Ahmad Fauzi, S.Sos", "Wayan Sudarma"]
    assert facts.evidence["parties"].confidence < 0.9
    # one approving head (a report's approval), or two of the same body, name no sides
    one = _RECORD + "Menyetujui, Kepala Desa Sukamaju\n\nAHMAD FAUZI, S.Sos\n"
    same = one + "\nMenyetujui, Kepala Desa Sukamaju\n\nAGUS SALIM\n"
    assert extract_agreement([one]).parties in (None, [])
    assert extract_agreement([same]).parties in (None, [])


def test_a_recital_citing_a_dated_memorandum_over_a_line_end_is_no_dateline():
    text = ("MEMORANDUM SALING PENGERTIAN\nANTARA\nKEMENTERIAN PERTANIAN REPUBLIK INDONESIA\nDAN\nBADAN PANGAN "
            "REPUBLIK NUSA\nMENGENAI\nKERJASAMA TEKNIK DI BIDANG PERTANIAN\n\nKementerian Pertanian Republik Indonesia "
            "dan Badan Pangan Republik Nusa, selanjutnya disebut sebagai \"Para Pihak\";\n\nMengganti Memorandum "
            "Saling Pengertian antara Kementerian Pertanian dan Badan Pangan Mengenai Kerjasama Pertanian dan\n"
            "Perikanan, 12 Juni 2008; dan\nSesuai dengan peraturan yang berlaku;\n\nTelah dicapai kesepahaman "
            "sebagai berikut:\n\nPASAL 1\nTUJUAN\nTujuan Memorandum ini adalah kerjasama teknik.\n")
    facts = extract_agreement([text])
    assert (facts.sign_date, facts.sign_place) == (None, None)
    # a dateline above the signatures still dates the memorandum
    signed = text + "\nSukamaju, 3 Maret 2015\n\nUntuk Kementerian Pertanian\n"
    assert extract_agreement([signed]).sign_date == "2015-03-03"


def test_a_number_below_stacked_labels_is_read_as_written():
    for number, expected, weak in (("12/UKP/K2/PTS|20L1", "12/UKP/K2/PTS|20L1", True),
                                   ("12/UKP/K2/PTS/2011", "12/UKP/K2/PTS/2011", False)):
        text = (_PROJECT_HEAD + "Nomor :\nTanggal\n:\n" + number + " 12 Mei 2011\nPada hari ini Kamis tanggal Dua "
                "Belas bulan Mei tahun Dua Ribu Sebelas, kami yang bertandatangan di bawah ini:\n" + _PROJECT_PARTIES)
        facts = extract_agreement([text])
        assert facts.numbers == [expected], number
        assert (facts.evidence["numbers"].confidence < 0.75) == weak, number


def test_the_acting_clause_s_last_word_misread_still_names_the_body():
    for misread in ("ruIma", "nelna"):
        text = (_PROJECT_HEAD + "\nPada hari ini Kamis tanggal Dua Belas bulan Mei tahun Dua Ribu Sebelas, kami yang "
                "bertandatangan di bawah ini:\n" +
                _PROJECT_PARTIES.replace("atas nama Universitas Sukamaju", f"atas {misread} Universitas Sukamaju"))
        assert _parties(text)[1][1] == "Universitas Sukamaju", misread
    # "untuk dan atas pihak …" names no body
    from ingest.extract.block_reading import _INSTITUTION
    assert _INSTITUTION.search("bertindak untuk dan atas pihak Sukamaju") is None
