"""Forms of real agreements the extractor misread (development set sealed6), each written here with invented names,
places and numbers in the same form."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement


def _facts(text: str):
    return extract_agreement([text])


def test_an_owner_of_a_business_acts_for_the_business_he_owns():
    text = ("SURAT PERJANJIAN\nNOMOR : 445/ /PKM-TRT/XII/2022\n\nTENTANG\n\nKERJASAMA PENGELOLAAN SAMPAH MEDIS\n\n"
            "Pada hari ini Senin Tanggal Lima Bulan Desember Tahun Dua Ribu Dua Puluh Dua,\n"
            "yang bertanda tangan dibawah ini :\n"
            "1. BUDIMAN, S.Kep selaku Kepala UPT Puskesmas Tirta Jaya yang beralamat di desa\n"
            "Sukamaju Kabupaten Tirta Sebagai PIHAK\nPERTAMA.\n"
            "2. apt. RAHMAT, S.Farm selaku Pemilik Usaha Apotek Sinar Pagi yang\n"
            "beralamat di Pekon Mekar Sari Kecamatan Tirta Jaya sebagai PIHAK KEDUA.\n\n"
            "Pihak Pertama dan Pihak Kedua secara bersama-sama disebut PARA PIHAK.\n")
    parties = _facts(text).parties
    assert [party.institution for party in parties] == ["UPT Puskesmas Tirta Jaya", "Apotek Sinar Pagi"]
    assert parties[1].position == "Pemilik Usaha Apotek Sinar Pagi"


def test_a_heading_run_into_the_preamble_ends_before_this_memorandum():
    text = ("LOGO LOGO MEMORANDUM OF UNDERSTANDING BETWEEN SUKAMAJU STATE INSTITUTE INDONESIA AND TIRTA ISLAMIC "
            "UNIVERSITY, KINGDOM OF ARVELIA THIS MEMORANDUM OF UNDERSTANDING is made on the ___ day of ______ "
            "2019. BETWEEN SUKAMAJU STATE INSTITUTE, an institution of higher education, having its address at "
            "Jl. Mawar 5, Sukamaju, on the one part; AND TIRTA ISLAMIC UNIVERSITY, an institute of higher learning "
            "having its address at Simpang 12, Tirta (hereinafter referred to as \"TIU\") of the other part; "
            "(each a \"Participant\", together the \"Participants\"), "
            "WHEREAS the Participants wish to cooperate in research and education.")
    parties = _facts(text).parties
    assert [party.institution for party in parties] == ["Sukamaju State Institute Indonesia",
                                                        "Tirta Islamic University, Kingdom of Arvelia"]


def test_a_side_heading_with_its_number_on_its_line_ends_the_subject():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN THE GOVERNMENT OF THE REPUBLIC OF INDONESIA AND\n"
            "THE GOVERNMENT OF NEW ZEALAND\nON A PROGRAM OF COOPERATION IN FISHERIES MANAGEMENT\nGENERAL 1.\n"
            "PURPOSES 2 •\nThis Memorandum expresses the understanding between the two Governments concerning\n"
            "cooperation in fisheries management.\n")
    assert _facts(text).title == "A Program of Cooperation in Fisheries Management"


def test_number_labels_stacked_on_the_heading_line_their_values_after_colons_below():
    text = ("PERJANJIAN KERJASAMA ANTARA KEPALA KEPOLISIAN RESOR TIRTA DAN DIREKTUR UTAMA RSU SUKAMAJU DAN KEPALA PT "
            "ASURANSI MAJU (PERSERO) PERWAKILAN TIRTA TENTANG PENANGANAN KORBAN KECELAKAAN LALU LINTAS SECARA "
            "TERPADU NOMOR NOMOR NOMOR\n\n\n\n: B/............/2020/Polres Tirta : 017/SPK/III/2020 : "
            "P/ 42/2020/PT Asuransi Maju\n\n\n\nPada hari ini, Senin tanggal Dua bulan Maret tahun dua ribu dua puluh "
            "(2020) bertempat di Tirta, kami yang bertandatangan di bawah ini:\n")
    facts = _facts(text)
    assert facts.numbers == ["B/…/2020/Polres Tirta", "017/SPK/III/2020", "P/42/2020/PT Asuransi Maju"]
    assert facts.title == "Penanganan Korban Kecelakaan Lalu Lintas Secara Terpadu"


def test_a_number_ending_with_its_body_named_in_two_words():
    text = ("NOTA KESEPAHAMAN ANTARA DITLANTAS POLDA TIRTA DENGAN DINAS KESEHATAN PROVINSI TIRTA NOMOR: B / 7 / V / "
            "HUK.3.4.1. / 2021 / DITLANTAS NOMOR: P/ 12 / SP / 2021 / ASURANSI MAJU TENTANG PENANGANAN KORBAN "
            "KECELAKAAN Pada hari ini Senin tanggal 3 bulan Mei tahun dua ribu dua puluh satu, yang bertanda tangan "
            "di bawah ini:\n")
    assert _facts(text).numbers == ["B/7/V/HUK.3.4.1./2021/DITLANTAS", "P/12/SP/2021/ASURANSI MAJU"]


_COVERED = ("xx Lg) BPJS NOTA KESEPAHAMAN ANTARA DITLANTAS POLDA NUSA RAYA, DENGAN DINAS KESEHATAN PROVINSI NUSA RAYA, "
            "PT. ASURANSI MAJU CABANG UTAMA NUSA RAYA DAN BADAN PENYELENGGARA JAMINAN SOSIAL KESEHATAN KEDEPUTIAN "
            "WILAYAH NUSA RAYA NOMOR: B / 7 / V / HUK.3.4.1. / 2021 / DITLANTAS NOMOR: 440 / 512 / 2021 / DINKES "
            "TENTANG PELAYANAN KORBAN KECELAKAAN MELALUI APLIKASI “SIKAP” ( SISTEM KLAIM PELAYANAN ) ‘Tirtapura, Mei "
            "2021 7x @ue Sar 21S NOTA KESEPAHAMAN ANTARA DITLANTAS POLDA NUSA RAYA DENGAN DINAS KESEHATAN PROVINSI "
            "NUSA RAYA NOMOR: B / 7 / V / HUK.3.4.1. / 2021 / DITLANTAS TENTANG PELAYANAN KORBAN KECELAKAAN MELALUI "
            "APLIKASI “SIKAP” (SISTEM KLAIM PELAYANAN) Pada hari ini senin tanggal 3 bulan mei tahun dua ribu dua "
            "puluh satu, yang bertanda tangan di bawah ini: 1, KOMISARIS BESAR POLISI AGUS SANTOSO, S.I.K., selaku "
            "DIREKTUR LALU LINTAS KEPOLISIAN DAERAH NUSA RAYA, dalam hal ini bertindak dan atas nama KEPOLISIAN "
            "DAERAH NUSA RAYA, yang berkedudukan di Jalan Merdeka 5 Tirtapura, selanjutnya disebut PIHAK")


def test_a_heading_list_with_dengan_then_commas_before_bodies_and_a_last_dan():
    parties = _facts(_COVERED).parties
    assert [party.institution for party in parties][1:] == [
        "Dinas Kesehatan Provinsi Nusa Raya", "PT. Asuransi Maju Cabang Utama Nusa Raya",
        "Badan Penyelenggara Jaminan Sosial Kesehatan Kedeputian Wilayah Nusa Raya"]


def test_a_cover_dateline_run_into_the_subject_ends_it_and_names_the_signing_place():
    facts = _facts(_COVERED)
    assert facts.title == "Pelayanan Korban Kecelakaan melalui Aplikasi “Sikap” (Sistem Klaim Pelayanan)"
    assert (facts.sign_date, facts.sign_place) == ("2021-05-03", "Tirtapura")


def test_a_heading_party_whose_first_word_ocr_garbled_is_read_from_the_preamble():
    text = ("REPUBLIK INDONESIA\n\nMEMORANDUM SALING PENGERTIAN\nANTARA\nkemcntrセ@n\n\nRISET DAN TEKNOLOGI\n"
            "REPUBLIK INDONESIA\nDAN\n\nKEMENTERIAN RISET DAN INOVASI\n\nKERAJAAN ARVELIA\nTENTANG\n\n"
            "KERJA SAMA RISET\n\nKementerian\n\nRiset\n\n\ndan\n\nTeknologi\n\nRepublik\n\nIndonesia\n\ndan\n\n"
            "Kementerian Riset dan Inovasi Kerajaan Arvelia, selanjutnya\nmasing-masing disebut \"Pihak\" dan secara "
            "bersama-sama disebut \"Para\nPihak\"\n\nMenimbang adanya keinginan bersama untuk memajukan kerja sama "
            "dalam\nbidang riset;\n\nmencapai kesepahaman sebagai berikut:\n\nPasal 1\nTujuan\n")
    assert [party.institution for party in _facts(text).parties] == [
        "Kementerian Riset dan Teknologi Republik Indonesia", "Kementerian Riset dan Inovasi Kerajaan Arvelia"]


_VILLAGES = ("PERJANJIAN KERJASAMA\n\nANTARA\nDESA PULAU ARA, DESA PULAU BIRU, DESA PULAU\nCEMARA DAN DESA PULAU DAMAR\n\n"
             "DENGAN\nPUSKESMAS LAUT TENANG\nKECAMATAN TIRTA UTARA\nKABUPATEN SUKAMAJU\nTENTANG\n"
             "PELAYANAN KESEHATAN MELALUI KAPAL SEHAT\n\nNOMOR : 101/DPA/TU/IV/2022(DESA PULAU ARA)\n"
             "NOMOR : 17/PKM-LT/TU/IV/2022(PUSKESMAS LAUT TENANG)\n\n"
             "Pada hari ini Senin , tanggal Empat Bulan April Tahun Dua Ribu\nDua Puluh Dua bertempat di Sukamaju, yang "
             "bertanda-tangan di\nbawah ini :\n"
             "I. 1. Nama : AHMAD\n\nJabatan : Kepala Desa Pulau Ara\n\nSK Jabatan No/Tanggal 140 TAHUN 2019 / 02-01-2019\n\n"
             "Alamat Kantor : Pulau Ara\n\n2. Nama : BASO DG. NAI\n\nJabatan : Kepala Desa Pulau Biru\n\n"
             "Alamat Kantor : Pulau Biru\n\n3. Nama : H. CAKRA.S\n\nJabatan : Kepala Desa Pulau Cemara\n\n"
             "Alamat Kantor : Pulau Cemara\n\n4 Nama : DAENG\n\nJabatan : Kepala Desa Pulau Damar\n\n"
             "Alamat Kantor : Pulau Damar\n\nselanjutnya disebut sebagai PIHAK PERTAMA.\n\n"
             "II. Nama : ERWIN\n\nJabatan : Kepala Puskes")


def test_village_heads_listed_as_one_side_each_act_for_their_village():
    parties = _facts(_VILLAGES).parties
    assert [(party.role, party.institution, party.signatory.lower()) for party in parties][:4] == [
        ("PIHAK PERTAMA", "Desa Pulau Ara", "ahmad"), ("PIHAK PERTAMA", "Desa Pulau Biru", "baso dg. nai"),
        ("PIHAK PERTAMA", "Desa Pulau Cemara", "h. cakra.s"), ("PIHAK PERTAMA", "Desa Pulau Damar", "daeng")]
    assert [party.position for party in parties][:4] == ["Kepala Desa Pulau Ara", "Kepala Desa Pulau Biru",
                                                         "Kepala Desa Pulau Cemara", "Kepala Desa Pulau Damar"]
    assert (parties[4].role, parties[4].signatory) == ("PIHAK KEDUA", "Erwin")
    assert parties[4].institution.startswith("Puskesmas Laut Tenang")


def test_bodies_of_one_kind_listed_with_a_last_dan_are_each_a_party_of_the_heading():
    from ingest.extract.heading_parties import title_parties
    names = [name for name, _, _ in title_parties(_VILLAGES, _VILLAGES.index("Pada hari ini"))]
    assert names[:4] == ["Desa Pulau Ara", "Desa Pulau Biru", "Desa Pulau Cemara", "Desa Pulau Damar"]


def test_an_agreement_of_one_party_with_an_outsider_cited_in_the_recitals_is_no_parent():
    text = ("SURAT PERJANJIAN\nNOMOR : 445/ /PKM-TRT/XII/2022\n\nTENTANG\n\nKERJASAMA PENGELOLAAN SAMPAH MEDIS\n\n"
            "Pada hari ini Senin Tanggal Lima Bulan Desember Tahun Dua Ribu Dua Puluh Dua,\n"
            "yang bertanda tangan dibawah ini :\n"
            "1. BUDIMAN, S.Kep selaku Kepala UPT Puskesmas Tirta Jaya Sebagai PIHAK PERTAMA.\n"
            "2. apt. RAHMAT, S.Farm selaku Pemilik Usaha Apotek Sinar Pagi sebagai PIHAK KEDUA.\n\n"
            "Limbah medis dimusnahkan oleh PT. OLAH LIMBAH MANDIRI berdasarkan Perjanjian Kerjasama antara\n"
            "Pihak Pertama dengan PT. OLAH LIMBAH MANDIRI Nomor :\n"
            "88/PP.LB3/OLM/III/2021.\n\nOleh karena itu, Para Pihak setuju sebagai berikut:\n")
    assert _facts(text).parent_agreement is None
    implementing = text.replace("antara\nPihak Pertama dengan PT. OLAH LIMBAH MANDIRI", "antara\nPara Pihak")
    assert _facts(implementing).parent_agreement == "88/PP.LB3/OLM/III/2021"


def test_a_memorandum_this_one_replaces_signed_elsewhere_dates_nothing():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE MINISTRY OF SCIENCE OF ARVELIA\nAND\n"
            "THE DEPARTMENT OF RESEARCH OF NORDHAVEN\nFOR\nAGENCY COLLABORATION IN RESEARCH\n\n"
            "The Arvelian Ministry of Science and the Nordhaven Department of Research (hereinafter called the "
            "\"Parties\");\n1.\nThis Memorandum will replace the Collaboration in Research between Arvelia and "
            "Nordhaven (CORAN) memorandum signed in Tirtapura on 12 March\n1996.\n2.\nThe Parties will cooperate.\n")
    facts = _facts(text)
    assert (facts.sign_date, facts.sign_place) == (None, None)


def test_two_signers_of_one_village_under_the_first_role_stay_one_party():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDESA SUKAMAJU\nDENGAN\nPUSKESMAS TIRTA\nTENTANG\nPELAYANAN KESEHATAN\n\n"
            "Pada hari ini Senin tanggal Empat bulan April tahun Dua Ribu Dua Puluh Dua, yang bertanda tangan di bawah "
            "ini :\nI. 1. Nama : AHMAD\nJabatan : Kepala Desa Sukamaju\n2. Nama : BUDI\nJabatan : Sekretaris Desa "
            "Sukamaju\nselanjutnya disebut sebagai PIHAK PERTAMA.\nII. Nama : ERWIN\nJabatan : Kepala Puskesmas Tirta\n"
            "selanjutnya disebut sebagai PIHAK KEDUA.\n")
    parties = _facts(text).parties
    assert [(party.role, party.institution) for party in parties] == [("PIHAK PERTAMA", "Desa Sukamaju"),
                                                                      ("PIHAK KEDUA", "Puskesmas Tirta")]
