"""Near forms of the sealed14 rules (a review): DALAM inside a body's name over a line's end or misread, "NAME adalah
X" where X is no office, a name filled in after a template's hint, a NIP row left blank or misread, a heading's DAN
inside its subject, a blank year's place in a recital, a code's dot with two spaces after it. Every text here is
invented for these tests."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement

_OPENING = ("Pada hari ini Selasa tanggal empat bulan April tahun dua ribu dua puluh tiga, kami yang bertanda tangan di "
            "bawah ini :\n")
_BARE_BLOCKS = ("1. dr. Ani Susanti, selanjutnya disebut PIHAK PERTAMA;\n2. dr. Budi Hartono, selanjutnya disebut PIHAK "
                "KEDUA.\nKedua belah pihak sepakat sebagai berikut:\n")


def _parties(text: str) -> list[tuple]:
    return [(p.role, p.institution, p.signatory, p.position) for p in extract_agreement([text]).parties or []]


def test_dalam_of_a_bodys_name_over_a_line_end_or_misread_labels_no_subject():
    for heading, first, second in (
            ("ANTARA\nRUMAH SAKIT UMUM TIRTA BAGIAN PENYAKIT\nDALAM\nDENGAN\nKLINIK SEHAT SENTOSA\n",
             "Rumah Sakit Umum Tirta Bagian Penyakit dalam", "Klinik Sehat Sentosa"),
            ("ANTARA\nKEMENTERIAN DALAM NEGERl\nDENGAN\nKLINIK SEHAT SENTOSA\n", "Kementerian dalam Negerl",
             "Klinik Sehat Sentosa"),
            ("ANTARA\nKLINIK SEHAT SENTOSA\nDENGAN\nRSUD TIRTA POLI DALAM\n", "Klinik Sehat Sentosa",
             "RSUD Tirta Poli dalam"),
            ("ANTARA\nDINAS PERHUBUNGAN KOTA TIRTA\nDENGAN\nPERUSAHAAN ANGKUTAN DALAM KOTA SUKAMAJU\n",
             "Dinas Perhubungan Kota Tirta", "Perusahaan Angkutan dalam Kota Sukamaju")):
        text = "PERJANJIAN KERJA SAMA\n" + heading + "TENTANG\nRUJUKAN PASIEN\n\n" + _OPENING + _BARE_BLOCKS
        assert [party[1] for party in _parties(text)] == [first, second], heading
    # the label itself still ends the list
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM TIRTA\nDENGAN\nKLINIK SEHAT SENTOSA\nDALAM PELAYANAN RUJUKAN "
            "PASIEN\n\n" + _OPENING + _BARE_BLOCKS)
    assert [party[1] for party in _parties(text)] == ["Rumah Sakit Umum Tirta", "Klinik Sehat Sentosa"]


_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nPUSKESMAS TIRTA\nDENGAN\nKLINIK SEHAT SENTOSA\nTENTANG\nRUJUKAN PASIEN\n\n"
         + _OPENING + "1. Hj. Wiwik Rahayu, SKM, Kepala Puskesmas Tirta, bertindak untuk dan atas nama Puskesmas Tirta, "
         "selanjutnya disebut PIHAK PERTAMA;\n")


def test_adalah_before_what_is_no_office_gives_no_signer():
    for what in ("Warga Negara Indonesia, pemegang KTP nomor 3201", "Pemilik Tanah Persil Nomor 12"):
        second = _parties(_HEAD + f"2. Budi Santoso adalah {what}, beralamat di Jalan Kenari 4, selanjutnya disebut "
                                  "PIHAK KEDUA.\n")[1]
        assert second[2:] == (None, None), what
    text = _HEAD + ("2. Sumber Rejeki Abadi adalah Perseroan Terbatas yang didirikan menurut hukum Indonesia, "
                    "selanjutnya disebut PIHAK KEDUA.\n")
    assert _parties(text)[1][3] != "Perseroan Terbatas"


def test_adalah_after_a_name_with_degrees_gives_the_owners_office():
    second = _parties(_HEAD + "2. RINA KARTIKA, S.Farm adalah Pemilik Apotek Sehat Farma, beralamat di Jalan Kenari 4, "
                              "selanjutnya disebut PIHAK KEDUA.\n")[1]
    assert second[2] == "Rina Kartika, S.Farm"
    assert second[3] == "Pemilik Apotek Sehat Farma"


def test_a_name_filled_in_after_a_templates_hint_is_read():
    second = _parties(_HEAD + "2. …………… (nama penanggung jawab) dr. Rina Kartika, selaku Penanggung Jawab Klinik Sehat "
                              "Sentosa, selanjutnya disebut PIHAK KEDUA.\n")[1]
    assert second[2:] == ("dr. Rina Kartika", "Penanggung Jawab Klinik Sehat Sentosa")
    second = _parties(_HEAD + "2. …………… (nama penanggung jawab), selaku Penanggung Jawab Klinik Sehat Sentosa, "
                              "selanjutnya disebut PIHAK KEDUA.\n")[1]
    assert second[2:] == (None, "Penanggung Jawab Klinik Sehat Sentosa")


def test_a_nip_row_left_blank_or_misread_is_neither_name_nor_office():
    for label in ("NIP. …………………", "NlP. 19680512 199003 1 004"):
        text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN TIRTA\nDENGAN\nRUMAH SAKIT UMUM SEHAT SENTOSA\n"
                "TENTANG\nPELAYANAN GIZI BURUK\n\n" + _OPENING +
                f"I. dr. Hendra Wijaya, M.Kes : Kepala Dinas Kesehatan Kabupaten\n{label} Tirta, beralamat di Jalan "
                "Melati 3, dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan Kabupaten Tirta, selanjutnya "
                "disebut PIHAK KESATU;\n\nII. dr. Sari Lestari : Direktur Rumah Sakit Umum Sehat Sentosa, dalam hal ini "
                "bertindak untuk dan atas nama Rumah Sakit Umum Sehat Sentosa, selanjutnya disebut PIHAK KEDUA;\n")
        first = _parties(text)[0]
        assert first[2:] == ("dr. Hendra Wijaya, M.Kes", "Kepala Dinas Kesehatan Kabupaten Tirta"), label


def test_dan_inside_a_headings_subject_names_no_parties():
    for subject in ("TENTANG\nPENGUATAN LAYANAN\nPUSKESMAS TIRTA\nDAN\nRUMAH SAKIT UMUM DAERAH SUKAMAJU\n",
                    "TENTANG\nSINERGI\nPEMERINTAH DAERAH\nDAN\nUNIVERSITAS NEGERI\n"):
        text = "KESEPAKATAN BERSAMA\n" + subject + "\n" + _OPENING + _BARE_BLOCKS
        assert [party[1] for party in _parties(text)] == [None, None], subject
    # the subject on the label's line, the names below it: the heading's parties
    text = ("PERJANJIAN KERJA SAMA\nTENTANG PELAYANAN KESEHATAN\nRUMAH SAKIT UMUM TIRTA\nDENGAN\nKLINIK SEHAT SENTOSA\n\n"
            + _OPENING + _BARE_BLOCKS)
    assert [party[1] for party in _parties(text)] == ["Rumah Sakit Umum Tirta", "Klinik Sehat Sentosa"]


def test_a_blank_years_place_in_a_recital_is_no_signing_place():
    heading = "PERJANJIAN KERJASAMA\n\nANTARA\nRUMAH SAKIT TIRTA\nDENGAN\nKLINIK SEHAT\nTENTANG\nRUJUKAN PASIEN\n\n"
    blocks = ("1. dr. Ani, Direktur Rumah Sakit Tirta, selanjutnya disebut PIHAK PERTAMA.\n"
              "2. dr. Budi, Kepala Klinik Sehat, selanjutnya disebut PIHAK KEDUA.\n")
    text = heading + _OPENING + blocks + "bahwa sejak tahun …. di Tirta, kami telah bekerja sama;\n"
    assert extract_agreement([text]).sign_place is None


def test_a_codes_dot_with_two_spaces_after_it_is_kept_whole():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN TIRTA\nDENGAN\nRUMAH SAKIT UMUM SEHAT SENTOSA\n"
            "TENTANG\nPELAYANAN GIZI BURUK\n\nNomor: 445.  17/ /YANKES/ IV /2023\n\n" + _OPENING)
    assert extract_agreement([text]).numbers == ["445.17/ /YANKES/IV/2023"]


def test_a_logos_body_wrapped_over_two_lines_keeps_its_second_line():
    for heading, names in (("LOGO DINAS KESEHATAN\nKOTA TIRTA\nDENGAN\nKLINIK SEHAT\n",
                            ["Dinas Kesehatan Kota Tirta", "Klinik Sehat"]),
                           ("DINAS KESEHATAN KOTA TIRTA\nDENGAN\nLOGO RUMAH SAKIT UMUM\nDAERAH SUKAMAJU\n",
                            ["Dinas Kesehatan Kota Tirta", "Rumah Sakit Umum Daerah Sukamaju"])):
        text = "KESEPAKATAN BERSAMA\nANTARA\n" + heading + "TENTANG\nGIZI BALITA\n\n" + _OPENING + _BARE_BLOCKS
        assert [party[1] for party in _parties(text)] == names, heading
