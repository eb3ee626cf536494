"""Forms of health offices', puskesmas' and clinics' agreements and their templates (issue 18, sealed14 released as a
development set): a number's code with a space after its dot, a NIP under the name in an identity table, a subject
after a bare DALAM, a logo's placeholder in the heading, "NAME adalah Pemilik Klinik X", the body acted for before
"serta oleh karenanya sah mewakili", a template's name hint after a blank, the place after a blank date, an
Indonesian definitions list, a heading without ANTARA. Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement


def _facts(text: str):
    return extract_agreement([text])


def _parties(text: str) -> list[tuple]:
    return [(p.role, p.institution, p.signatory, p.position) for p in _facts(text).parties or []]


_OPENING = ("Pada hari ini Selasa tanggal empat bulan April tahun dua ribu dua puluh tiga, kami yang bertanda tangan di "
            "bawah ini :\n")
_TB_BLOCKS = ("Pada hari ini …… tanggal …… bulan …… tahun …… kami yang bertanda tangan di bawah ini :\n\n"
              "1. Hj. WIWIK RAHAYU, SKM, Kepala Puskesmas Tirta 2, bertindak untuk dan atas nama Puskesmas Tirta 2,\n"
              "selanjutnya disebut PIHAK PERTAMA;\n"
              "2. RINA KARTIKA adalah Pemilik Klinik SEHAT SENTOSA, beralamat di Jalan Kenari 4 Sukamaju,\n"
              "selanjutnya disebut PIHAK KEDUA.\n"
              "Kedua belah pihak sepakat mengadakan perjanjian kerja sama sebagai berikut:\n\n"
              "Pasal 1\nRUANG LINGKUP\n\nRuang lingkup perjanjian ini adalah pengendalian penyakit malaria.\n")
_TERMS = [("Program Magang", "Program"), ("Peserta Didik", "Siswa"), ("Dunia Usaha dan Dunia Industri", "DUDI"),
          ("Guru Pembimbing", "Pembimbing"), ("Instruktur Lapangan", "Instruktur"), ("Laporan Kegiatan", "Laporan")]
_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nSMK NEGERI 2 SUKAMAJU\nDENGAN\nPT MAJU JAYA\n\nPada hari ini Senin tanggal "
         "tiga bulan Maret tahun dua ribu dua puluh satu, kami yang bertanda tangan di bawah ini:\n\n")
_BY_SHORT_NAMES = ("Drs. Budi Santoso, Kepala SMK Negeri 2 Sukamaju, dalam hal ini bertindak untuk dan atas nama SMK "
                   "Negeri 2 Sukamaju, selanjutnya disebut \"SEKOLAH\";\n\nSiti Aminah, Direktur PT Maju Jaya, dalam "
                   "hal ini bertindak untuk dan atas nama PT Maju Jaya, selanjutnya disebut \"PERUSAHAAN\".\n\n")
_BY_ROLES = ("1. Drs. Budi Santoso, Kepala SMK Negeri 2 Sukamaju, dalam hal ini bertindak untuk dan atas nama SMK Negeri "
             "2 Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n2. Siti Aminah, Direktur PT Maju Jaya, dalam hal ini "
             "bertindak untuk dan atas nama PT Maju Jaya, selanjutnya disebut PIHAK KEDUA.\n\n")


def test_a_numbers_code_with_a_space_after_its_dot_is_kept_whole():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN TIRTA\nDENGAN\nRUMAH SAKIT UMUM SEHAT SENTOSA\n"
            "TENTANG\nPELAYANAN GIZI BURUK\n\nNOMOR : 445. 17/ /YANKES/ IV /2023\n\n" + _OPENING)
    assert _facts(text).numbers == ["445.17/ /YANKES/IV/2023"]
    # a year's dot before the opening is no code's ("…/2023. Pada hari …" stays the number it was)
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN TIRTA\nDENGAN\nRUMAH SAKIT UMUM SEHAT SENTOSA\n"
            "TENTANG\nPELAYANAN GIZI BURUK\n\nNOMOR : 445/17/YANKES/2023. 5\n\n" + _OPENING)
    assert _facts(text).numbers[0].startswith("445/17/YANKES/2023")


def test_a_nip_under_the_name_is_neither_the_name_nor_the_office():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN TIRTA\nDENGAN\nRUMAH SAKIT UMUM SEHAT SENTOSA\n"
            "TENTANG\nPELAYANAN GIZI BURUK\n\n" + _OPENING +
            "I. dr. Hendra Wijaya, M.Kes : Kepala Dinas Kesehatan Kabupaten\n\n\n"
            "NIP. 19680512 199003 1 004 Tirta, beralamat di Jalan Melati Nomor 3, Kabupaten\n"
            "Tirta, dalam hal ini bertindak untuk dan atas\nnama Dinas Kesehatan Kabupaten Tirta, selanjutnya\n"
            "disebut PIHAK KESATU;\n\n"
            "II. dr. Sari Lestari : Direktur Rumah Sakit Umum Sehat Sentosa\nberalamat di Jalan Kenanga Nomor 8, dalam hal "
            "ini bertindak\nuntuk dan atas nama Rumah Sakit Umum Sehat Sentosa\nselanjutnya disebut PIHAK KEDUA;\n\n"
            "PIHAK KESATU dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK;\n")
    first = _parties(text)[0]
    assert first[2] == "dr. Hendra Wijaya, M.Kes"
    assert first[3] == "Kepala Dinas Kesehatan Kabupaten Tirta"


def test_a_bare_dalam_after_the_headings_parties_labels_the_subject():
    text = ("PERJANJIAN KERJASAMA\n\nANTARA PUSKESMAS DENGAN KLINIK PRATAMA SWASTA DALAM\n\n"
            "PENGENDALIAN PENYAKIT MALARIA DENGAN PEMERIKSAAN MIKROSKOPIS\n\n" + _TB_BLOCKS)
    facts = _facts(text)
    assert facts.title.upper() == "PENGENDALIAN PENYAKIT MALARIA DENGAN PEMERIKSAAN MIKROSKOPIS"
    assert not any("dalam" in (party.institution or "").lower() for party in facts.parties)
    text = ("SURAT PERJANJIAN KERJASAMA\n\n\nANTARA PUSKESMAS …………………..DENGAN KLINIK /DPM…………………...\n"
            "DALAM PENGENDALIAN PENYAKIT MALARIA\n\nPada hari tanggal bulan tahun Dua ribu dua puluh tiga\n"
            "yang bertandatangan dibawah ini :\nNama :\nJabatan :\nAlamat :\n\nyang selanjutnya disebut PIHAK PERTAMA\n\n"
            "Nama :\nJabatan :\nAlamat :\n\nBertindak atas nama ………………… yang selanjutnya disebut PIHAK KEDUA\n")
    facts = _facts(text)
    assert facts.title.upper() == "PENGENDALIAN PENYAKIT MALARIA"
    assert [party.institution for party in facts.parties] == [None, None]


def test_dalam_inside_a_bodys_name_labels_nothing():
    text = ("MEMORANDUM SALING PENGERTIAN\nANTARA\nKEMENTERIAN DALAM NEGERI REPUBLIK INDONESIA\nDAN\nYAYASAN PEDULI "
            "DESA\nTENTANG\nPENGUATAN PEMERINTAHAN DESA\n\nKementerian Dalam Negeri Republik Indonesia (selanjutnya "
            "disebut \"KEMENDAGRI\") dan Yayasan Peduli Desa (selanjutnya disebut \"YPD\"), keduanya selanjutnya "
            "disebut \"Para Pihak\";\n")
    facts = _facts(text)
    assert facts.title.upper() == "PENGUATAN PEMERINTAHAN DESA"
    assert facts.parties[0].institution.upper() == "KEMENTERIAN DALAM NEGERI REPUBLIK INDONESIA"
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM TIRTA BAGIAN PENYAKIT DALAM\nDENGAN\nKLINIK SEHAT SENTOSA\n"
            "TENTANG\nRUJUKAN PASIEN\n\n" + _OPENING)
    assert _facts(text).title.upper() == "RUJUKAN PASIEN"


def test_an_owners_block_with_adalah_gives_her_clinic_over_the_headings_category():
    text = ("PERJANJIAN KERJASAMA\n\nANTARA PUSKESMAS DENGAN KLINIK PRATAMA SWASTA DALAM\n\n"
            "PENGENDALIAN PENYAKIT MALARIA\n\n" + _TB_BLOCKS)
    first, second = _parties(text)
    assert first[1] == "Puskesmas Tirta 2"
    assert second[2].upper() == "RINA KARTIKA"
    assert second[3] == "Pemilik Klinik SEHAT SENTOSA"
    assert second[1] == "Klinik SEHAT SENTOSA"


def test_a_logos_placeholder_in_the_heading_is_no_part_of_a_party():
    text = ("KESEPAKATAN BERSAMA\n\nANTARA\nLOGO DINAS KESEHATAN KOTA TIRTA\nMITRA/ DENGAN\nFASILITAS KESEHATAN "
            "SWASTA\n……\nTENTANG\nPELAYANAN GIZI BALITA\n\nPada hari ini …… tanggal …… tahun dua ribu dua puluh tiga, "
            "kami yang bertanda tangan di bawah ini:\n\n1. drg. Wulan Sari, M.Kes, Kepala Dinas Kesehatan Kota Tirta, "
            "berkantor di Jalan Mawar No. 1, selanjutnya disebut PIHAK PERTAMA;\n\n2. ……………………, ……………………, "
            "selanjutnya disebut PIHAK KEDUA.\n")
    institutions = [party.institution for party in _facts(text).parties]
    assert institutions[0] == "Dinas Kesehatan Kota Tirta"
    assert not any("logo" in (name or "").lower() for name in institutions)


def test_the_body_acted_for_ends_before_serta_oleh_karenanya_sah_mewakili():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS SOSIAL KABUPATEN TIRTA\nDENGAN\nKLINIK UTAMA MEDIKA\nTENTANG\n"
            "PELAYANAN KESEHATAN LANSIA\n" + _OPENING +
            "1. dr. ANDI PRATAMA : Kepala Dinas Sosial Kabupaten Tirta, bertindak untuk dan atas nama Dinas Sosial\n"
            "serta oleh karenanya sah mewakili Pemerintah Kabupaten Tirta, selanjutnya disebut PIHAK KESATU;\n"
            "2. dr. Maya Kusuma : Kepala Klinik Utama Medika, bertindak untuk dan atas nama serta oleh\n"
            "karenanya sah mewakili Klinik Utama Medika, selanjutnya disebut PIHAK KEDUA;\n"
            "PIHAK KESATU dan PIHAK KEDUA bersama-sama disebut PARA PIHAK.\n")
    assert [party[1] for party in _parties(text)] == ["Dinas Sosial", "Klinik Utama Medika"]


def test_a_templates_name_hint_after_a_blank_leaves_no_signatory():
    text = ("PERJANJIAN KERJASAMA\nANTARA\nPUSKESMAS …… KOTA TIRTA\nDENGAN\nKLINIK SWASTA\nTENTANG\n"
            "PENANGGULANGAN MALARIA\n\nPada hari ini …… tanggal …… 2023 bertempat di Kota Tirta, kami yang bertanda "
            "tangan di bawah ini:\n"
            "PUSKESMAS ……… KOTA : diwakili oleh …………… (nama kepala),\n"
            "TIRTA selaku Kepala Puskesmas ……,\nsesuai surat keputusan pengangkatan, berkedudukan di ……, "
            "selanjutnya disebut PIHAK KESATU.\n\nKLINIK …… : diwakili oleh …………… (nama penanggung jawab), selaku "
            "Penanggung Jawab Klinik ……, selanjutnya disebut PIHAK KEDUA.\n")
    first = _parties(text)[0]
    assert first[2] is None
    assert first[3] == "Kepala Puskesmas"


def test_the_place_after_a_blank_year_or_a_variant_of_bertempat():
    heading = "PERJANJIAN KERJASAMA\n\nANTARA\nRUMAH SAKIT TIRTA\nDENGAN\nKLINIK SEHAT\nTENTANG\nRUJUKAN PASIEN\n\n"
    blocks = ("1. dr. Ani, Direktur Rumah Sakit Tirta, selanjutnya disebut PIHAK PERTAMA.\n"
              "2. dr. Budi, Kepala Klinik Sehat, selanjutnya disebut PIHAK KEDUA.\n")
    text = heading + ("Pada hari ini ……… tanggal ……… bulan ……… tahun …….. di Sukamaju, kami yang bertanda "
                      "tangan di bawah ini :\n") + blocks
    assert _facts(text).sign_place == "Sukamaju"
    text = heading + ("Pada hari ini Senin tanggal tiga bulan Juli tahun dua ribu dua puluh tiga ( 03-07-2023)\n"
                      "bertempatan di kota Sukamaju, kami yang bertanda tangan di bawah ini :\n") + blocks
    assert _facts(text).sign_place.lower() in ("sukamaju", "kota sukamaju")


def test_an_indonesian_definitions_list_after_the_parties_names_no_party():
    quoted = "".join(f"{index}. {term}, selanjutnya disebut \"{short}\", adalah {term.lower()} yang ditetapkan;\n"
                     for index, (term, short) in enumerate(_TERMS, 1))
    bare = "".join(f"{index}. {term} yang selanjutnya disebut {short} adalah {term.lower()} yang ditetapkan;\n"
                   for index, (term, short) in enumerate(_TERMS, 1))
    for blocks in (_BY_SHORT_NAMES, _BY_ROLES):
        for definitions in (quoted, bare):
            for intro in ("Dalam Perjanjian ini yang dimaksud dengan:\n",
                          "Kedua belah pihak sepakat sebagai berikut:\n\nKETENTUAN UMUM\n"):
                text = _HEAD + blocks + intro + definitions + "\nRUANG LINGKUP\nMagang siswa.\n"
                assert [party[1] for party in _parties(text)] == ["SMK Negeri 2 Sukamaju", "PT Maju Jaya"], intro


def test_a_heading_without_antara_names_its_parties_one_a_line_around_dan():
    cover = ("KESEPAKATAN BERSAMA\n\nPEMERINTAH KABUPATEN SUKAMAJU\n\n{join}\n\nPT TIRTA ABADI\n\nTENTANG\n"
             "PENGELOLAAN AIR BERSIH\n\nSUKAMAJU\n2021\n")
    for join in ("DAN", "DENGAN"):
        facts = _facts(cover.format(join=join))
        assert [party.institution for party in facts.parties] == ["Pemerintah Kabupaten Sukamaju", "PT Tirta Abadi"]
        assert all(facts.evidence[f"parties[{index}]"].confidence <= 0.6 for index in range(2))
    text = ("PERJANJIAN KERJA SAMA\nRUJUKAN PELAYANAN KESEHATAN\nRSUD SUKAMAJU\nDAN\nKLINIK TIRTA MEDIKA\nTENTANG\n"
            "RUJUKAN PASIEN\n\n" + _OPENING + "1. dr. Ani, Direktur RSUD Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n"
            "2. dr. Budi, Penanggung Jawab, selanjutnya disebut PIHAK KEDUA.\n")
    assert [party[1] for party in _parties(text)] == ["RSUD Sukamaju", "Klinik Tirta Medika"]
