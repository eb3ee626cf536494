"""Forms of the fourth sealed set's misses (extractor 1.11.34): a flattened party list whose next item follows the
last designation after a comma, a heading listing many bodies with no separator, a heading listing the parties
without ANTARA, numbered names listed before their offices. Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement

_HEAD = ("PERJANJIAN KERJASAMA ANTARA PEMERINTAH KABUPATEN TIRTA DENGAN PEMERINTAH KABUPATEN SUKAMAJU TENTANG "
         "PENGELOLAAN SAMPAH NOMOR : 600/12/2019 Pada hari ini Senin tanggal dua bulan Desember tahun dua ribu "
         "sembilan belas bertempat di Tirta kami yang bertanda tangan di bawah ini : ")


def test_the_next_item_after_a_comma_in_a_flattened_list_is_read_when_the_excerpt_ends_in_it():
    text = (_HEAD + "1, BUDI SANTOSO : Kepala Dinas Lingkungan Hidup Kabupaten Tirta, berkedudukan di Tirta, dalam hal "
            "ini bertindak untuk dan atas nama Pemerintah Kabupaten Tirta, selanjutnya disebut PIHAK KESATU, 2. AGUS "
            "SALIM : Kepala Dinas Lingkungan Hidup Kabupaten Sukamaju, berkedudukan di Sukamaju, dalam hal ini "
            "bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju, selanj")
    second = extract_agreement([text]).parties[1]
    assert (second.role, second.institution, second.signatory) == ("PIHAK KEDUA", "Pemerintah Kabupaten Sukamaju",
                                                                   "Agus Salim")
    assert second.position == "Kepala Dinas Lingkungan Hidup Kabupaten Sukamaju"


def test_a_comma_before_a_numbered_recital_starts_no_party():
    text = (_HEAD + "1. BUDI SANTOSO : Bupati Tirta, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten "
            "Tirta, selanjutnya disebut PIHAK KESATU, 2. bahwa PIHAK KESATU adalah daerah otonom, dan seterusnya")
    assert [party.role for party in extract_agreement([text]).parties] in (["PIHAK KESATU"],
                                                                          ["PIHAK KESATU", "PIHAK KEDUA"])


def _institutions(text: str) -> list[tuple[str, str | None]]:
    return [(party.role, party.institution) for party in extract_agreement([text]).parties]


def test_a_heading_running_many_regional_bodies_together_names_the_parties_the_excerpt_did_not_reach():
    # OCR lost the separators of a long list; each body ends in its region, the next body's word follows
    text = ("PERJANJIAN KERJASAMA ANTARA DINAS PERHUBUNGAN PROVINSI SULAWESI UTARA DINAS PERHUBUNGAN PROVINSI GORONTALO "
            "DINAS PERHUBUNGAN KABUPATEN BOLAANG MONGONDOW UTARA KANTOR PELABUHAN DAN PENYEBERANGAN KOTA KOTAMOBAGU "
            "BADAN PENGELOLA TRANSPORTASI PEMERINTAH KABUPATEN POHUWATO TENTANG ANGKUTAN ANTAR WILAYAH PERBATASAN "
            "NOMOR : 551/7/2020 Pada hari ini Rabu tanggal lima bulan Februari tahun dua ribu dua puluh bertempat di "
            "Tondano kami yang bertanda tangan di bawah ini : 1. JOHAN WENAS : Kepala Dinas Perhubungan Provinsi Sulawesi "
            "Utara, dalam hal ini bertindak untuk dan atas nama Pemerintah Daerah Provinsi Sulawesi Utara, selanjutnya "
            "disebut PIHAK KESATU, 2. RAHMAT UMAR : Kepala Dinas Perhubungan Provinsi Gorontalo, dalam hal ini bertindak "
            "untuk dan atas nama Pemerintah Daerah Provinsi Gorontalo, selanjutnya disebut PIHAK KEDUA, 3. SUSI LAMPE : "
            "Kepala Dinas Perhubungan Kabupaten Bolaang Mongondow Utara, dalam hal ini bertin")
    assert _institutions(text) == [
        ("PIHAK KESATU", "Pemerintah Daerah Provinsi Sulawesi Utara"),
        ("PIHAK KEDUA", "Pemerintah Daerah Provinsi Gorontalo"),
        ("PIHAK KETIGA", "Dinas Perhubungan Kabupaten Bolaang Mongondow Utara"),
        ("PIHAK KEEMPAT", "Kantor Pelabuhan dan Penyeberangan Kota Kotamobagu"),
        ("PIHAK KELIMA", "Badan Pengelola Transportasi Pemerintah Kabupaten Pohuwato")]


def test_a_heading_listing_the_parties_with_semicolons_without_antara_names_those_the_excerpt_did_not_reach():
    text = ("NOTA KESEPAHAMAN\n\nUNIVERSITAS SUKAMAJU;\n\nRUMAH SAKIT UMUM DAERAH TIRTA;\n\nDINAS KESEHATAN KABUPATEN "
            "TIRTA; POLITEKNIK KESEHATAN\nSUKAMAJU DAN BADAN KEPEGAWAIAN DAERAH KABUPATEN TIRTA\n\nTENTANG\n"
            "PENDIDIKAN TENAGA KESEHATAN\n\nNOMOR :\nNOMOR :\n\nPada hari ini Kamis tanggal dua bulan Maret tahun dua "
            "ribu dua puluh tiga, bertempat di Tirta, kami yang bertanda tangan di bawah ini:\n\n"
            "I. Prof. Dr. Budi Hartono, M.Si., Rektor Universitas Sukamaju, dalam hal ini bertindak untuk dan atas nama "
            "Universitas Sukamaju Tirta, berkedudukan di Jalan Kenari 4, selanjutnya disebut PIHAK KESATU;\n\n"
            "II. dr. Sari Dewi, M.Kes., Direktur RSUD Tirta, dalam hal ini bertindak untuk dan atas nama Rumah Sakit "
            "Umum Daerah Tirta, berkedudukan di Jalan Melati 1, selanjutnya disebut PIHAK KEDUA;\n\n"
            "III. drg. Andi Wijaya, Kepala Dinas Kesehatan Kabupaten Tirta, dalam hal ini bertin")
    assert _institutions(text)[3:] == [("PIHAK KEEMPAT", "Politeknik Kesehatan Sukamaju"),
                                       ("PIHAK KELIMA", "Badan Kepegawaian Daerah Kabupaten Tirta")]


def test_a_short_heading_list_without_separators_stays_as_it_was():
    # two bodies run together in a short heading: no split (the list may be one body's name)
    text = ("KESEPAKATAN BERSAMA ANTARA PEMERINTAH KABUPATEN TIRTA BADAN PENGELOLA KAWASAN TIRTA TENTANG KAWASAN WISATA "
            "NOMOR : 1/2020 Pada hari ini Senin tanggal dua bulan Maret tahun dua ribu dua puluh, kami yang bertanda "
            "tangan di bawah ini : 1. BUDI : Bupati Tirta, dalam hal ini bertindak untuk dan atas nama Pemerintah "
            "Kabupaten Tirta, selanjutnya disebut PIHAK KESATU, 2. ANI : Ketua Badan Pengelola Kawasan Tirta, dalam hal "
            "ini bertindak untuk dan atas nama Badan Pengelola Kawasan Tirta, selanjutnya disebut PIHAK KEDUA.")
    assert [role for role, _ in _institutions(text)] == ["PIHAK KESATU", "PIHAK KEDUA"]


_BUDGET = ("NOTA KESEPAKATAN ANTARA PEMERINTAH KABUPATEN SUKAMAJU DENGAN DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN "
           "SUKAMAJU Nomor : 05/KB/SKM/DPRD/2019 TANGGAL 12 AGUSTUS 2019 TENTANG KEBIJAKAN UMUM ANGGARAN PENDAPATAN DAN "
           "BELANJA DAERAH KABUPATEN SUKAMAJU TAHUN ANGGARAN {tail}\n\n2 DAFTAR ISI Daftar Isi i BAB I : PENDAHULUAN I "
           "Latar Belakang I - 1 BAB II : KERANGKA EKONOMI DAERAH II - 3\n")


def test_a_budget_agreements_cover_place_below_its_dated_number_is_the_place_with_a_low_confidence():
    facts = extract_agreement([_BUDGET.format(tail="TIRTAKARYA, TAHUN 2019")])
    assert (facts.sign_date, facts.sign_place) == ("2019-08-12", "Tirtakarya")
    assert facts.evidence["sign_place"].confidence < 0.9


def test_a_cover_line_of_another_year_or_none_gives_no_place():
    assert extract_agreement([_BUDGET.format(tail="TIRTAKARYA, TAHUN 2020")]).sign_place is None
    assert extract_agreement([_BUDGET.format(tail="2020")]).sign_place is None


_LISTED = ("PERJANJIAN KERJASAMA ANTARA PUSAT PELATIHAN TENAGA KESEHATAN DENGAN UNIVERSITAS SUKAMAJU TENTANG PELATIHAN "
           "BIDAN DESA Nomor : HK.02.03/5/00123/2019 Nomor : 88/UNSKM/IV/2019 Pada hari Selasa tanggal Sembilan bulan "
           "April tahun Dua Ribu Sembilan Belas, bertempat di Tirta, kami yang bertandatangan dibawah ini:{sep}1. dr. "
           "Budi Hartono, M.Kes.{sep}2. Prof. Dr. Ani Lestari, M.Si.{sep}Selaku Pelaksana Tugas Kepala Pusat Pelatihan "
           "Tenaga Kesehatan, Badan Pengembangan Sumber Daya Kesehatan Kementerian Kesehatan sekaligus Pejabat Pembuat "
           "Komitmen, dalam hal ini bertindak untuk dan atas nama Badan Pengembangan Sumber Daya Kesehatan yang "
           "berkedudukan di Jalan Merpati 3, Tirta, yang selanjutnya disebut PIHAK KESATU. Selaku Rektor, dalam hal ini "
           "bertindak atas nama Universitas Sukamaju yang berkedudukan di Jalan Kenari 4, Tirta, selanjutnya disebut "
           "PIHAK KEDUA. Untuk selanjutnya PIHAK KESATU dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.")


def test_names_listed_before_their_offices_pair_with_the_selaku_paragraphs_in_order():
    for sep in (" ", "\n"):  # flattened, or a line each
        parties = extract_agreement([_LISTED.format(sep=sep)]).parties
        assert [(party.signatory, party.position) for party in parties] == [
            ("dr. Budi Hartono, M.Kes.", "Pelaksana Tugas Kepala Pusat Pelatihan Tenaga Kesehatan, Badan Pengembangan "
                                         "Sumber Daya Kesehatan Kementerian Kesehatan"),
            ("Prof. Dr. Ani Lestari, M.Si.", "Rektor")], sep
        assert [party.institution for party in parties] == ["Badan Pengembangan Sumber Daya Kesehatan",
                                                            "Universitas Sukamaju"]


_SIDE = ("PERJANJIAN KERJASAMA ANTARA RUMAH SAKIT UMUM DAERAH TIRTA DENGAN RSUD SUKAMAJU PROVINSI NUSA RAYA TENTANG "
         "RUJUKAN PASIEN NOMOR: {heads}\n\n{tails}\n\nPada hari ini, Senin tanggal lima , bulan Agustus , tahun dua ribu "
         "sembilan belas (05-08-2019) di Sukamaju, telah ditandatangani perjanjian kerjasama oleh PARA PIHAK:\n")


def test_two_numbers_side_by_side_broken_after_a_slash_pair_their_tails_in_order():
    facts = extract_agreement([_SIDE.format(heads="440/ NOMOR: 027/", tails="/RSUDT/VIII/ 2019 /3.2/RS-SKM/ /2019")])
    assert facts.numbers == ["440//RSUDT/VIII/2019", "027//3.2/RS-SKM/ /2019"]
    assert facts.evidence["numbers"].confidence < 0.9
    assert facts.parent_agreement is None


def test_tails_that_do_not_pair_with_the_heads_give_no_number():
    facts = extract_agreement([_SIDE.format(heads="440/ NOMOR: 027/", tails="/RSUDT/VIII/ 2019")])
    assert facts.numbers == []


def test_a_mark_glued_to_a_numbers_part_before_its_year_keeps_the_number_as_printed_with_a_low_confidence():
    text = ("PERJANJIAN KERJASAMA ANTARA YAYASAN KESEHATAN SUKAMAJU DENGAN RUMAH SAKIT UMUM DAERAH TIRTA TENTANG "
            "PELAYANAN KESEHATAN Nomor : 12/HK.500/YKS-007/2020 Nomor: 440 / 57% / 2020 Pada hari ini Senin tanggal "
            "tiga bulan Februari tahun Dua ribu dua puluh yang bertanda tangan dibawah ini:")
    facts = extract_agreement([text])
    assert facts.numbers == ["12/HK.500/YKS-007/2020", "440/57%/2020"]
    assert facts.evidence["numbers[1]"].confidence < 0.75
    # noise with no year after it is still no number
    assert extract_agreement([text.replace("440 / 57% / 2020", "440 / 57% ?")]).numbers == ["12/HK.500/YKS-007/2020"]


def test_many_parties_numbers_run_into_one_line_around_a_damaged_label_are_read_in_order():
    text = ("PERJANJIAN KERJASAMA ANTARA DINAS PERHUBUNGAN PROVINSI SULAWESI UTARA DINAS PERHUBUNGAN PROVINSI GORONTALO "
            "DINAS PERHUBUNGAN KABUPATEN BOLAANG MONGONDOW UTARA KANTOR PELABUHAN DAN PENYEBERANGAN KOTA KOTAMOBAGU "
            "DINAS PERHUBUNGAN KABUPATEN POHUWATO TENTANG ANGKUTAN ANTAR WILAYAH PERBATASAN : 551/204/DISHUB-SU/II/2020 "
            "_551.2/77/2020 Q 552/Kpts.18-Hub/2020 NOMOR *: 551/PKS.07-DHG/2020 4 Tahun 2020 _550/316.B/umum/2020 _ Pada "
            "hari ini Rabu tanggal lima bulan Februari tahun dua ribu dua puluh bertempat di Tondano kami yang bertanda "
            "tangan di bawah ini :")
    facts = extract_agreement([text])
    assert facts.numbers == ["551/204/DISHUB-SU/II/2020", "_551.2/77/2020", "552/Kpts.18-Hub/2020",
                             "551/PKS.07-DHG/2020", "4 Tahun 2020", "_550/316.B/umum/2020"]
    assert facts.evidence["numbers"].confidence < 0.9


def test_a_colon_before_a_few_numbers_in_prose_reads_no_run():
    text = ("KESEPAKATAN BERSAMA ANTARA PEMERINTAH KOTA TIRTA DENGAN UNIVERSITAS SUKAMAJU TENTANG PENDIDIKAN dengan "
            "mengingat : 12/PKS/2019 dan 14/PKS/2019 Pada hari ini Senin tanggal dua bulan Maret tahun dua ribu dua "
            "puluh, kami yang bertanda tangan di bawah ini :")
    assert extract_agreement([text]).numbers == []


def test_an_opening_government_of_another_region_does_not_take_the_headings_list_for_its_own():
    text = ("PERJANJIAN KERJASAMA ANTARA BADAN PENANGGULANGAN BENCANA DAERAH PROVINSI NUSA BARAT BADAN PENANGGULANGAN "
            "BENCANA DAERAH PROVINSI NUSA TIMUR BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN TIRTA BADAN PENANGGULANGAN "
            "BENCANA DAERAH KABUPATEN SUKAMAJU TENTANG SIAGA BENCANA NOMOR : 360/5/2018 Pada hari ini Senin tanggal dua "
            "bulan April tahun dua ribu delapan belas kami yang bertanda tangan di bawah ini : 1. BUDI : Kepala Pelaksana "
            "Badan Penanggulangan Bencana Daerah Provinsi Nusa Selatan, dalam hal ini bertindak untuk dan atas nama "
            "Pemerintah Daerah Provinsi Nusa Selatan, selanjutnya disebut PIHAK KESATU, 2. ANI : Kepala Pelaksana")
    assert "Badan Penanggulangan Bencana Daerah Kabupaten Tirta" not in [institution for _, institution in
                                                                         _institutions(text)]
