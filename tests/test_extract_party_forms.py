"""Party forms of published agreements the extractor missed (issue 18.3, extractor 1.8.0): identity tables whose
rows follow each other, parties named only in the heading's ANTARA/BETWEEN structure or by short names, the second
party of a long notarial paragraph, commas inside a body's name, English signature blocks. Every text here is
written for these tests."""
from __future__ import annotations

from ingest.extract.columns import join_wrapped_names
from ingest.extract.extractor import extract_agreement
from ingest.extract.parties import parse_block
from tests.extract_texts import schema_of


def test_a_wrapped_name_right_after_an_unwrapped_row_is_joined():
    text = ("1. ANDI PRAKOSO : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas\n"
            "2. Dr. Lestari Pramudita : Rektor Universitas Tirtawangi, dalam hal ini bertindak untuk\n"
            "Anggraini, S.E., M.M. dan atas nama Universitas Tirtawangi, berkedudukan di Jalan\n")
    joined = join_wrapped_names(text)
    assert len(joined) == len(text)
    assert "2. Dr. Lestari Pramudita Anggraini, S.E., M.M. : Rektor" in joined
    assert joined.startswith("1. ANDI PRAKOSO : Bupati Sukamaju,")


def test_a_roman_row_label_is_not_taken_for_the_previous_names_degree():
    text = ("I. ANDI PRAKOSO : Bupati Sukamaju, untuk dan atas nama Pemerintah Kabupaten\n"
            "II. BUDI SANTOSO : Direktur, bertindak untuk dan atas nama PT Tirta\n")
    assert join_wrapped_names(text) == text


def test_a_one_line_heading_names_two_bodies_joined_by_dan():
    text = ("NOTA SALING PENGERTIAN ANTARA PEMERINTAH KOTA SUKAMAJU PROVINSI JAWA TIRTA, REPUBLIK INDONESIA DAN "
            "PEMERINTAH KOTA NORDHAVEN, NORWAY MENGENAI KERJASAMA KOTA KEMBAR Pemerintah Kota Sukamaju dan "
            "Pemerintah Kota Nordhaven, selanjutnya disebut sebagai “Para Pihak”; MENYADARI pentingnya kerja sama;\n")
    parties = schema_of([text])["parties"]
    assert [(p["role"], p["institution"]) for p in parties] == [
        ("PIHAK PERTAMA", "Pemerintah Kota Sukamaju Provinsi Jawa Tirta, Republik Indonesia"),
        ("PIHAK KEDUA", "Pemerintah Kota Nordhaven, Norway")]


def test_dan_inside_a_bodys_name_does_not_split_it():
    text = ("NOTA KESEPAHAMAN ANTARA KEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN DENGAN BADAN PEMBERDAYAAN MASYARAKAT DAN "
            "PEREMPUAN KOTA SUKAMAJU TENTANG PELATIHAN GURU\nPara Pihak sepakat sebagai berikut:\n")
    assert [p["institution"] for p in schema_of([text])["parties"]] == [
        "Kementerian Pendidikan dan Kebudayaan", "Badan Pemberdayaan Masyarakat dan Perempuan Kota Sukamaju"]


def test_a_heading_broken_after_dan_names_two_bodies():
    text = ("MEMORANDUM SALING PENGERTIAN ANTARA\n\nDIREKTORAT JENDERAL TATA AIR KEMENTERIAN PEKERJAAN UMUM\n\n"
            "REPUBLIK INDONESIA DAN\n\nNORDHAVEN TECHNICAL UNIVERSITY MENGENAI\n\nPERTUKARAN AHLI HIDROLOGI\n\n"
            "Para Pihak sepakat sebagai berikut:\n")
    assert [p["institution"] for p in schema_of([text])["parties"]] == [
        "Direktorat Jenderal Tata Air Kementerian Pekerjaan Umum Republik Indonesia", "Nordhaven Technical University"]


_NOTARIAL = """PERJANJIAN KERJA SAMA
ANTARA
RUMAH SAKIT SUKAMAJU
DENGAN
……………………………
TENTANG
LAYANAN KESEHATAN KARYAWAN

Pada hari ini ………… tanggal ………… bertempat di Sukamaju, kami yang bertanda tangan di bawah ini:

I. dr. Rina Wulandari, M.Kes, selaku Direktur Rumah Sakit Sukamaju, dalam hal ini bertindak untuk dan
atas nama Rumah Sakit Sukamaju, selanjutnya disebut PIHAK PERTAMA.

II. Bambang Irawan, Pemimpin Cabang PT. Bank Tirta Makmur (Persero) Tbk. Cabang Sukamaju yang bertempat
tinggal di Sukamaju; dalam hal ini bertindak dalam jabatannya mewakili Direksi, berdasarkan Surat Kuasa Nomor 7
tanggal 3 Mei 2016 yang dibuat di hadapan Sri Lestari, SH, Notaris di Sukamaju, berdasarkan Anggaran Dasar
yang dimuat dalam Akta Nomor 12 tanggal 2 Juni 2008 dibuat di hadapan Joko Pranoto, SH, Notaris di
"""


def test_the_next_item_after_the_last_designation_is_a_party_when_the_text_ends_first():
    parties = schema_of([_NOTARIAL])["parties"]
    assert [(p["role"], p["institution"], p["signatory"]) for p in parties] == [
        ("PIHAK PERTAMA", "Rumah Sakit Sukamaju", "dr. Rina Wulandari, M.Kes"),
        ("PIHAK KEDUA", "PT. Bank Tirta Makmur (Persero) Tbk. Cabang Sukamaju", "Bambang Irawan")]
    assert parties[1]["position"] == "Pemimpin Cabang PT. Bank Tirta Makmur (Persero) Tbk. Cabang Sukamaju"


def test_a_body_opening_its_item_is_the_institution_without_its_short_name():
    text = _NOTARIAL.split("II. ")[0] + (
        "II. PT. BANK TIRTA MAKMUR DISINGKAT PT. BANK TIRTA, berkedudukan dan berkantor pusat di Sukamaju, yang "
        "didirikan dengan Akta No. 38 tanggal 16 April 1999 dibuat di hadapan Sri Lestari, SH, Notaris di\n")
    parties = schema_of([text])["parties"]
    assert [(p["institution"], p["signatory"]) for p in parties[1:]] == [("PT. Bank Tirta Makmur", None)]


def test_a_recital_after_the_parties_is_no_party():
    text = _NOTARIAL.split("II. ")[0] + ("II. bahwa PIHAK PERTAMA memerlukan layanan perbankan bagi karyawannya;\n")
    assert len(schema_of([text])["parties"]) == 1


def test_parties_designated_by_short_names_take_the_roles_in_order():
    text = ("ADDENDUM KONTRAK SWAKELOLA\nNomor : 12/PPK/XII/2023\n\n"
            "ADDENDUM KONTRAK SWAKELOLA ini (selanjutnya disebut “Kontrak”) dibuat dan ditandatangani di Sukamaju pada "
            "tanggal 4 Desember 2023 antara\n"
            "1. Rahmat Hidayat, selaku Pejabat Pembuat Komitmen, yang bertindak untuk dan atas nama\n"
            "Direktorat Pelayanan Sosial, yang berkedudukan di Jalan Merdeka No. 9 Sukamaju, selanjutnya disebut “PPK” dan\n"
            "2. DEWI LESTARI, yang berkedudukan di Desa Tirtawangi RT 002, selanjutnya disebut ”Pelaksana”.\n"
            "MAKA OLEH KARENA ITU, PPK dan Pelaksana bersepakat sebagai berikut:\n")
    parties = schema_of([text])["parties"]
    assert [(p["role"], p["institution"], p["signatory"], p["position"]) for p in parties] == [
        ("PIHAK PERTAMA", "Direktorat Pelayanan Sosial", "Rahmat Hidayat", "Pejabat Pembuat Komitmen"),
        ("PIHAK KEDUA", None, "Dewi Lestari", None)]


def test_short_names_after_the_heading_and_the_collective_name_ending_the_list():
    text = ("MEMORANDUM SALING PENGERTIAN ANT ARA KEMENTERIAN TATA AIR REPUBLIK INDONESIA DAN\n"
            "THE NORDHAVEN COUNCIL FOR RURAL WATER SUPPLY TENTANG\nPENGELOLAAN AIR BERSIH Kementerian Tata Air Republik "
            "Indonesia, selanjutnya disebut \"KEMENTERIAN\", dan The Nordhaven Council for Rural Water Supply, untuk "
            "selanjutnya disebut \"NCRWS\", selanjutnya secara bersama disebut \"PARA PIHAK\". Mengingat bahwa NCRWS "
            "adalah lembaga nirlaba, selanjutnya disebut \"Lembaga Mitra\".\n")
    parties = schema_of([text])["parties"]
    assert [(p["role"], p["institution"]) for p in parties] == [
        ("PIHAK PERTAMA", "Kementerian Tata Air Republik Indonesia"),
        ("PIHAK KEDUA", "The Nordhaven Council for Rural Water Supply")]


def test_masked_names_in_the_blocks_take_the_headings_names():
    text = ("PERJANJIAN INTERNAL KONSORSIUM antara PT SUKA KARYA (Persero) Tbk. dengan PT TIRTA BAJA (Persero) tentang "
            "PELAKSANAAN PEKERJAAN XXXXXXXX\nPada hari ini, Senin, tanggal 14 Agustus 2017, dibuat Perjanjian (untuk "
            "selanjutnya disebut “Perjanjian”), oleh dan antara: 1. PT XXXXXXXX., suatu perseroan terbatas, yang dalam "
            "hal ini diwakili oleh XXXXXX selaku Direktur Utama, sehingga berhak bertindak untuk dan atas nama PT "
            "xxxxxxxx. (untuk selanjutnya disebut “XXXX”); dan 2. PT XXXXXX, suatu perseroan terbatas, yang dalam hal "
            "ini diwakili oleh xxx dalam wewenangnya sebagai xxx (untuk selanjutnya disebut “XXXXX”). XXXX dan XXXXX "
            "selanjutnya secara bersama-sama disebut “Para Pihak”.\n")
    parties = schema_of([text])["parties"]
    assert [(p["institution"], p["signatory"], p["position"]) for p in parties] == [
        ("PT Suka Karya (Persero) TBK.", None, "Direktur Utama"), ("PT Tirta Baja (Persero)", None, None)]


def test_a_clause_before_the_name_is_not_part_of_it():
    text = ("PERJANJIAN KERJA SAMA\nPada hari ini Senin tanggal 7 Juni 2021 oleh dan antara:\n"
            "1. PT. Sukamaju Data, berkedudukan di Sukamaju, dalam perbuatan hukum ini diwakili secara sah oleh\n"
            "legally represented by Rina Hartati sebagai General Manager, (selanjutnya disebut “SUKADATA”); dan\n"
            "2. PT. Tirta Niaga, berkedudukan di Tirtawangi, diwakili oleh Agus Salim selaku Direktur (selanjutnya "
            "disebut “TIRTA”).\n")
    parties = schema_of([text])["parties"]
    assert [(p["institution"], p["signatory"], p["position"]) for p in parties] == [
        ("PT. Sukamaju Data", "Rina Hartati", "General Manager"), ("PT. Tirta Niaga", "Agus Salim", "Direktur")]


def test_commas_and_dan_inside_a_bodys_name():
    text = ("MEMORANDUM KERJASAMA\nANTARA\nKEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN\nREPUBLIK INDONESIA\nDAN\n"
            "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, OLAH RAGA, SAINS, DAN\nTEKNOLOGI NORDHAVEN\nTENTANG KERJASAMA PENDIDIKAN\n"
            "Kedua pihak sepakat sebagai berikut:\n")
    assert [p["institution"] for p in schema_of([text])["parties"]] == [
        "Kementerian Pendidikan dan Kebudayaan Republik Indonesia",
        "Kementerian Pendidikan, Kebudayaan, Olah Raga, Sains, dan Teknologi Nordhaven"]
    block = ("PERJANJIAN KERJA SAMA\nPada hari ini Senin tanggal 7 Juni 2021, kami yang bertanda tangan di bawah ini:\n"
             "1. dr. Rina Wulandari, M.Kes\nKepala Badan Pemberdayaan Masyarakat, dan Perempuan (BPMP) Kota Sukamaju, "
             "dalam hal ini bertindak untuk dan atas nama Badan Pemberdayaan Masyarakat, dan Perempuan (BPMP) Kota "
             "Sukamaju yang berkedudukan di Jalan Merdeka 1, Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n"
             "2. Agus Salim, Direktur Rumah Sakit Tirta, dalam hal ini bertindak untuk dan atas nama Rumah Sakit Tirta, "
             "Jalan Raya 2, Tirtawangi, selanjutnya disebut PIHAK KEDUA.\n")
    assert [p["institution"] for p in schema_of([block])["parties"]] == [
        "Badan Pemberdayaan Masyarakat, dan Perempuan (BPMP) Kota Sukamaju", "Rumah Sakit Tirta"]


def test_a_heading_in_capitals_ends_where_the_preamble_starts():
    text = ("MEMORANDUM OF UNDERSTANDING\nON COOPERATION IN EDUCATION\nBETWEEN\nTHE GOVERNMENT OF NORDHAVEN\nAND\n"
            "THE GOVERNMENT OF THE REPUBLIC OF INDONESIA\nThe Government of Nordhaven and the Government of the Republic "
            "of Indonesia\n(hereinafter referred to as \"the Parties\"),\nRecognising the importance of education,\n")
    assert [p["institution"] for p in schema_of([text])["parties"]] == [
        "The Government of Nordhaven", "The Government of the Republic of Indonesia"]
    garbled = text.replace("BETWEEN", "BE'fWEEN").replace("The Government of Nordhaven and the", "THIS MEMORANDUM")
    assert len(schema_of([garbled])["parties"]) == 2


def test_a_role_word_split_by_ocr_still_designates():
    text = ("PERJANJIAN KERJASAMA\nANTARA\nPALANG MERAH INDONESIA KOTA SUKAMAJU\nDENGAN\nRUMAH SAKIT TIRTA\n"
            "Pada hari ini Sabtu tanggal 1 April 2017, yang bertanda tangan dibawah ini,\n"
            "Nama : Drs. H. Bambang Irawan, MM\nJabatan : Ketua Palang Merah Indonesia Kota Sukamaju\n\n"
            "Bertindak untuk dan atas nama PMI Kota Sukamaju\n\nSelanjutnya disebut sebagai PIHAK PERT AMA\n"
            "Nama : dr. Agus Salim\nJabatan : Direktur Rumah Sakit Tirta\n\nSelanjutnya disebut sebagai PIHAK KEDUA\n")
    parties = schema_of([text])["parties"]
    assert [(p["role"], p["institution"], p["signatory"]) for p in parties] == [
        ("PIHAK PERTAMA", "PMI Kota Sukamaju", "Drs. H. Bambang Irawan, MM"),
        ("PIHAK KEDUA", "Rumah Sakit Tirta", "dr. Agus Salim")]


def test_the_next_item_on_the_same_line_after_a_sentence():
    text = _NOTARIAL.replace("selanjutnya disebut PIHAK PERTAMA.\n\nII. ", "selanjutnya disebut PIHAK PERTAMA. II. ")
    assert [p["signatory"] for p in schema_of([text])["parties"]] == ["dr. Rina Wulandari, M.Kes", "Bambang Irawan"]


def test_an_office_whose_body_is_left_blank_keeps_the_office():
    text = ("PERJANJIAN KERJA SAMA\nPada hari ini ….. tanggal … kami yang bertanda tangan di bawah ini :\n"
            "1. dr. Rina Wulandari, selaku Kepala Rumah Sakit Sukamaju, bertindak untuk dan atas nama Rumah Sakit "
            "Sukamaju, selanjutnya disebut PIHAK PERTAMA.\n"
            "2. …………………., Direktur ………………. yang beralamat ……………….. bertindak untuk\n"
            "dan atas nama …………………. selanjutnya disebut PIHAK KEDUA.\n")
    second = schema_of([text])["parties"][1]
    assert (second["institution"], second["signatory"], second["position"]) == (None, None, "Direktur")


def test_an_address_broken_after_a_title_is_no_sentence_end():
    text = ("PERJANJIAN KERJA SAMA\nPada hari ini Kamis tanggal 2 Januari 2014, yang bertanda tangan di bawah ini:\n"
            "Dr. H. AGUS SALIM : Gubernur Jawa Tirta, berkedudukan di Jalan Pahlawan Nomor 1, dalam hal ini bertindak "
            "untuk dan atas nama Pemerintah Provinsi Jawa Tirta, yang selanjutnya disebut PIHAK PERTAMA;\n\n"
            "KH. A. BUDI SANTOSO, M. Si : Bupati Sukamaju, berkedudukan di Jalan Dr.\n\n\n"
            "Wahidin Nomor 3 Sukamaju dalam hal ini\nbertindak untuk dan atas nama Pemerintah\n"
            "Kabupaten Sukamaju, yang\nselanjutnya disebut PIHAK KEDUA.\n")
    second = schema_of([text])["parties"][1]
    assert (second["signatory"], second["position"]) == ("KH. A. Budi Santoso, M. Si", "Bupati Sukamaju")


def test_degrees_wrapped_under_a_name_in_the_comma_and_selaku_forms():
    comma = ("1. Dr. Rina Wulandari, Penanggung Jawab Klinik Utama Jiwa\n"
             "SpKJ.,MARS Sukamaju Sehat berdasarkan Keputusan Ketua Yayasan\n")
    joined = join_wrapped_names(comma)
    assert len(joined) == len(comma)
    assert joined.startswith("1. Dr. Rina Wulandari SpKJ.,MARS, Penanggung Jawab Klinik Utama Jiwa\nSukamaju Sehat")
    selaku = ("KOLONEL CKM. dr. A. BUDI SANTOSO selaku Kepala Rumah Sakit\n"
              "PRAKOSO, Sp.B.,MARS Tk.II.04 dr. Sukamaju yang berkedudukan\n")
    assert join_wrapped_names(selaku).startswith(
        "KOLONEL CKM. dr. A. BUDI SANTOSO PRAKOSO, Sp.B.,MARS selaku Kepala Rumah Sakit\nTk.II.04")


def test_a_degree_after_blank_lines_and_a_name_inside_the_office_stay_where_they_belong():
    gap = "1. dr. AGUS SALIM, : Direktur RSUD Hj. RATNA SARI\n\n\nM.Kes Sukamaju yang berkedudukan\n"
    assert join_wrapped_names(gap).startswith("1. dr. AGUS SALIM, M.Kes : Direktur RSUD Hj. RATNA SARI\n\n\nSukamaju")
    inside = "I. dr. Agus Salim : Dalam jabatannya selaku Direktur RSUD Prof. Dr.\nM. Ali Hanafiah Sukamaju berdasarkan\n"
    assert join_wrapped_names(inside) == inside
    plain = "Budi Santoso selaku Kepala Dinas Kesehatan Kota\nSukamaju, berkedudukan di Jalan Merdeka\n"
    assert join_wrapped_names(plain) == plain


def test_acting_for_an_office_gives_the_office_and_its_body():
    text = ("NOTA KESEPAHAMAN ANTARA RUMAH SAKIT TIRTA DAN UPTD PUSKESMAS SUKAMAJU TENTANG RUJUKAN\n"
            "Pada hari ini….. Tanggal …. kami para pihak yang bertanda tangan dibawah ini : 1. Nama\n"
            ": Hj. Rina Wulandari, S.Kep\nDalam hal ini bertindak untuk dan atas nama Kepala UPTD Puskesmas Sukamaju "
            "yang selanjutnya disebut PIHAK PERTAMA. 2. Nama\n: dr. H. Agus Salim, MMRS\nDalam hal ini bertindak "
            "untuk dan atas nama Direktur Utama Rumah Sakit Umum Tirta yang selanjutnya disebut PIHAK KEDUA.\n")
    parties = schema_of([text])["parties"]
    assert [(p["institution"], p["position"]) for p in parties] == [
        ("UPTD Puskesmas Sukamaju", "Kepala UPTD Puskesmas Sukamaju"),
        ("Rumah Sakit Umum Tirta", "Direktur Utama Rumah Sakit Umum Tirta")]


def test_a_body_before_the_name_and_a_private_person_named_in_the_heading():
    text = ("PERJANJIAN KERJASAMA ANTARA RSUD SUKAMAJU Nomor : 024/TU/RSUD/I/2021 DENGAN dr. RINA WULANDARI, Sp.Rad "
            "TENTANG PELAYANAN RADIOLOGI Pada hari ini Jumat tanggal 8 Januari 2021, kami yang bertanda tangan dibawah "
            "ini masing-masing : 1. RSUD SUKAMAJU: dr Agus Salim, MM selaku Direktur Rumah Sakit Umum Daerah Sukamaju, "
            "dalam hal ini bertindak atas nama Rumah Sakit Umum Daerah Sukamaju yang berkedudukan di Jalan Merdeka "
            "untuk selanjutnya disebut “PIHAK PERTAMA” dr. Rina Wulandari, Sp.Rad, selaku dokter spesialis radiologi, "
            "yang beralamat di Jalan Danau No. 4 Sukamaju yang selanjutnya disebut “PIHAK KEDUA” PIHAK PERTAMA dan "
            "PIHAK KEDUA selanjutnya disebut sebagai PARA PIHAK.\n")
    parties = schema_of([text])["parties"]
    assert [(p["institution"], p["signatory"], p["position"]) for p in parties] == [
        ("Rumah Sakit Umum Daerah Sukamaju", "dr Agus Salim, MM", "Direktur Rumah Sakit Umum Daerah Sukamaju"),
        (None, "dr. Rina Wulandari, Sp.Rad", "dokter spesialis radiologi")]


def test_a_company_form_with_its_own_labels():
    text = ("PERJANJIAN KERJASAMA\nKONTRAK PRODUKSI\nAntara\nCV Sukamaju Kosmetik dengan PT. Tirta Farma\n\n"
            "Pada hari ini Kamis tanggal 16 Agustus 2018, telah dibuat perjanjian oleh dan diantara :\n\n"
            "Nama Perusahan : CV Sukamaju Kosmetik\n\n\nNama Perwakilan PJ : Rina Wulandari\nJabatan : Direktur\n"
            "Alamat : Jl. Industri Raya III, Blok AD No. 9,\nKab. Sukamaju\n15710.\nEmail perusahaan : rina@sukamaju.id\n\n"
            "Selanjutnya disebut sebagai pemberi kontrak disebut juga Pihak Pertama,\n\n"
            "Nama Perusahaan : PT. Tirta Farma\n\nNama Perwakilan PJ : Agus Salim\nJabatan : Direktur PT. Tirta Farma\n"
            "Alamat : Jl. Hijau Daun D7, Tirtawangi\n\nUntuk selanjutnya disebut sebagai penerima kontrak juga disebut "
            "Pihak Kedua.\n")
    parties = schema_of([text])["parties"]
    assert [(p["institution"], p["signatory"], p["position"]) for p in parties] == [
        ("CV Sukamaju Kosmetik", "Rina Wulandari", "Direktur"),
        ("PT. Tirta Farma", "Agus Salim", "Direktur PT. Tirta Farma")]


def test_a_company_described_after_its_name_and_recitals_numbered_on():
    text = _NOTARIAL.split("II. ")[0] + (
        "This Agreement is made by the hospital, in this matter represented by its director.\n"
        "II. PT. TIRTA NIAGA, suatu perseroan terbatas yang didirikan berdasarkan peraturan perundang-undangan\n")
    assert [p["institution"] for p in schema_of([text])["parties"]] == ["Rumah Sakit Sukamaju", "PT. Tirta Niaga"]
    recitals = _NOTARIAL.split("II. ")[0] + ("PIHAK PERTAMA dan PIHAK KEDUA selanjutnya disebut PARA PIHAK\n"
                                             "I. Bahwa PIHAK PERTAMA adalah rumah sakit;\n"
                                             "II. PARA PIHAK sepakat untuk saling mengikatkan diri.\n")
    assert len(schema_of([recitals])["parties"]) == 1


def test_between_garbled_by_ocr_with_two_marks():
    text = ("MEMORANDUM OF UNDERSTANDING\nBE.'TWEEN\nTHE GOVERNMENT OF NORDHAVEN\nAND\nTHE GOVERNMENT OF SUKAMAJU\n"
            "RELATING TO THE WATER PROJECT\nGENERAL\n1. THIS MEMORANDUM expresses the understanding.\n")
    assert [p["institution"] for p in schema_of([text])["parties"]] == [
        "The Government of Nordhaven", "The Government of Sukamaju"]


def test_a_fourth_item_with_a_masked_name_keeps_its_office():
    text = _NOTARIAL.split("II. ")[0] + "II. XXXX XXXXXX XXXXXXX : Pjs. Area Head PT. Bank Tirta (Persero) Tbk Area\n" \
        "Sukamaju dalam jabatannya tersebut diatas berdasarkan surat kuasa dari Regional CEO PT. Bank Tirta\n"
    second = schema_of([text])["parties"][1]
    assert (second["role"], second["signatory"], second["position"]) == (
        "PIHAK KEDUA", None, "Pjs. Area Head PT. Bank Tirta (Persero) Tbk Area Sukamaju")


def test_a_party_name_broken_by_blank_lines_in_the_heading():
    text = ("PERJANJIAN KERJASAMA\n\nANTARA :\n\nUTD PALANG MERAH INDONESIA (PMI)\n\n\nKABUPATEN SUKAMAJU\n\nDENGAN :\n\n"
            "RSAL TIRTA\n\nTENTANG :\nBANK DARAH RUMAH SAKIT\n\nNomor :\n\nPada hari ini Senin Tanggal 2 September 2019 "
            "di Sukamaju, para pihak yang bertanda tangan dibawah ini :\n\nNama :\nJabatan : Ketua PMI\nAlamat :\n\n"
            "Selanjutnya disebut sebagai PIHAK PERTAMA\n\nNama :\nJabatan :\nAlamat :\n\n"
            "Selanjutnya disebut sebagai PIHAK KEDUA\n")
    assert [p["institution"] for p in schema_of([text])["parties"]] == [
        "Utd Palang Merah Indonesia (PMI) Kabupaten Sukamaju", "Rsal Tirta"]


def test_a_designation_on_a_typed_rule_and_an_office_acted_for_before_the_body():
    text = ("PERJANJIAN KERJASAMA\nANTARA\n\nDIREKTORAT JENDERAL TATA AIR\nDENGAN\nPERUSAHAAN UMUM POS TIRTA\n\n"
            "Pada hari ini kamis tanggal 9 Desember 1993, bertempat di Sukamaju, kami yang bertandatangan di bawah ini\n\n"
            "I.\n\nDrs. Budi Santoso, Sekretaris Direktorat Jenderal Tata Air, bertindak untuk dan atas nama Direktur "
            "Jenderal dari dan oleh karena demikian bertindak untuk atas nama Direktorat Jenderal Tata Air berkedudukan "
            "di Jalan Merdeka 4 Sukamaju, selanjutnya disebut :\n\n\n------------------PIHAK PERTAMA------------------\n\n"
            "II.\n\nIr. Agus Salim, Direktur Operasi Perusahaan Umum Pos Tirta, bertindak untuk dan atas nama Direksi "
            "dari dan oleh karena demikian bertindak untuk dan atas nama Perusahaan Umum Pos Tirta, selanjutnya disebut "
            ":\n\n\n------------------PIHAK KEDUA--------------------\n")
    parties = schema_of([text])["parties"]
    assert [(p["institution"], p["signatory"], p["position"]) for p in parties] == [
        ("Direktorat Jenderal Tata Air", "Drs. Budi Santoso", "Sekretaris Direktorat Jenderal Tata Air"),
        ("Perusahaan Umum Pos Tirta", "Ir. Agus Salim", "Direktur Operasi Perusahaan Umum Pos Tirta")]


def test_the_clause_a_text_ends_inside_gives_no_body():
    text = _NOTARIAL + "0054353, bertindak untuk dan atas nama PT. Bank Tir"
    assert schema_of([text])["parties"][1]["institution"] == "PT. Bank Tirta Makmur (Persero) Tbk. Cabang Sukamaju"


def test_two_blocks_designated_alike_take_the_roles_in_order_when_the_text_names_the_missing_one():
    block = ("{n}. {rs}, berkedudukan di Sukamaju, dalam hal ini diwakili oleh {who} dalam jabatannya selaku Direktur {rs}, oleh karena itu sah bertindak "
             "untuk dan atas nama {rs}, selanjutnya disebut “PIHAK KEDUA”.\n")
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nRSUD SUKAMAJU\nDENGAN\nRSUD TIRTA\n"
            "Pada hari ini …… yang bertanda tangan di bawah ini:\n"
            + block.format(n=1, who="drg. Rina Wulandari, M. Kes", rs="RSUD Sukamaju")
            + block.format(n=2, who="dr. Agus Salim, MARS", rs="RSUD Tirta")
            + "Selanjutnya PIHAK KESATU dan PIHAK KEDUA dalam perjanjian ini disebut PARA PIHAK.\n")
    parties = schema_of([text])["parties"]
    assert [(p["role"], p["institution"]) for p in parties] == [
        ("PIHAK KESATU", "RSUD Sukamaju"), ("PIHAK KEDUA", "RSUD Tirta")]
    alone = text.replace("Selanjutnya PIHAK KESATU dan PIHAK KEDUA", "Selanjutnya kedua pihak")
    assert [p["role"] for p in schema_of([alone])["parties"]] == ["PIHAK KEDUA"]  # no evidence of the slip: as written


def test_an_office_where_the_name_was_left_blank_is_no_signatory():
    text = _NOTARIAL.split("II. ")[0] + ("II. PT TIRTA, suatu perseroan terbatas, yang dalam hal ini diwakili oleh "
                                         "Director, ………………, sehingga sah mewakili perseroan tersebut, dan selanjutnya "
                                         "disebut sebagai PIHAK KEDUA;\n")
    second = schema_of([text])["parties"][1]
    assert (second["institution"], second["signatory"]) == ("PT Tirta", None)


def test_the_office_beside_the_name_before_a_second_capacity():
    text = ("PERJANJIAN KERJA SAMA\nPada hari ini Sabtu tanggal 23 Oktober 2010, kami yang bertandatangan di bawah ini: I.\n"
            "Dr. Ir. Rina Wulandari, M.S., Manajer Proyek Kegiatan Pendidikan Tenaga Kesehatan pada Direktorat Jenderal "
            "Tata Air dan sebagai Kuasa Pengguna Anggaran pada Direktorat Akademik, bertindak untuk dan atas nama "
            "Pemerintah Republik Indonesia, selanjutnya disebut PIHAK PERTAMA.\n"
            "II. BUDI SANTOSO, S.Sos. M.AP Kepala Badan Pendapatan Daerah Kabupaten Sukamaju selaku Pejabat Pendapatan "
            "Daerah, bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK KEDUA.\n")
    parties = schema_of([text])["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [
        ("Dr. Ir. Rina Wulandari, M.S.", "Manajer Proyek Kegiatan Pendidikan Tenaga Kesehatan pada Direktorat Jenderal "
                                         "Tata Air"),
        ("Budi Santoso, S.Sos. M.AP", "Kepala Badan Pendapatan Daerah Kabupaten Sukamaju")]
    doctor = text.replace("Dr. Ir. Rina Wulandari, M.S., Manajer Proyek Kegiatan Pendidikan Tenaga Kesehatan pada "
                          "Direktorat Jenderal Tata Air dan sebagai", "dr, Rina Wulandari, Sp.Rad, selaku")
    assert schema_of([doctor])["parties"][0]["position"] == "Kuasa Pengguna Anggaran pada Direktorat Akademik"


def test_a_unit_keeps_the_faculty_and_university_it_belongs_to():
    text = ("PERJANJIAN KERJASAMA\nPada hari ini Senin tanggal 4 Desember 2017, yang bertanda tangan di bawah ini:\n"
            "I. PT TIRTA NIAGA, berkedudukan di Sukamaju, dalam hal ini diwakili oleh Agus Salim selaku Direktur, "
            "selanjutnya disebut “PIHAK PERTAMA”. II. KELOMPOK KAJIAN STATISTIKA TERAPAN, FMIPA UNIVERSITAS SUKAMAJU, "
            "yang beralamat di Jalan Veteran, Sukamaju, dalam hal ini diwakili oleh Dr. Ir. Budi Santoso, MS. selaku "
            "Ketua yang selanjutnya disebut sebagai “PIHAK KEDUA”.\n")
    parties = schema_of([text])["parties"]
    # (a name in capitals comes out in title case, acronyms included)
    assert parties[1]["institution"].casefold() == "kelompok kajian statistika terapan, fmipa universitas sukamaju"
    block = ("Rina Wulandari selaku Ketua, bertindak untuk dan atas nama Kelompok Kajian Statistika, Fakultas Teknik "
             "Universitas Tirta, berkedudukan di Tirtawangi")
    assert parse_block(block)[0] == "Kelompok Kajian Statistika, Fakultas Teknik Universitas Tirta"


def test_the_company_named_in_an_office_when_nothing_else_names_the_body():
    text = _NOTARIAL.split("II. ")[0] + "II. XXXX XXXXXX : Pjs. Area Head PT. Bank Tirta (Persero) Tbk Area Sukamaju\n" \
        "dalam jabatannya tersebut diatas berdasarkan surat kuasa dari Regional CEO, yang\n"
    assert schema_of([text])["parties"][1]["institution"] == "PT. Bank Tirta (Persero) Tbk"


def test_an_item_label_ocr_read_as_il_is_not_part_of_the_name():
    text = ("PERJANJIAN KERJA SAMA\nPada hari ini Senin tanggal 9 Desember 2019, yang bertanda tangan di bawah ini:\n"
            "IL Dr Ir. Budi Santoso, M.M. : Wali Kota Sukamaju, dalam hal ini bertindak untuk dan atas nama\n"
            "Pemerintah Kota Sukamaju, berkedudukan di Jalan Merdeka 3, selanjutnya\ndisebut PIHAK PERTAMA.\n")
    assert schema_of([text])["parties"][0]["signatory"] == "Dr Ir. Budi Santoso, M.M."


def test_roles_given_by_order_carry_a_low_confidence():
    text = ("ADDENDUM KONTRAK\nKontrak ini (selanjutnya disebut “Kontrak”) dibuat antara\n"
            "1. Rahmat Hidayat, selaku Pejabat Pembuat Komitmen, yang bertindak untuk dan atas nama Direktorat "
            "Pelayanan Sosial, selanjutnya disebut “PPK” dan\n2. DEWI LESTARI, yang berkedudukan di Desa Tirtawangi, "
            "selanjutnya disebut ”Pelaksana”.\n")
    evidence = extract_agreement([text]).evidence
    assert evidence["parties[0]"].confidence <= 0.6 and evidence["parties"].confidence <= 0.6
    designated = extract_agreement([_NOTARIAL.split("II. ")[0]]).evidence
    assert designated["parties[0]"].confidence > 0.6


def test_a_heading_party_left_blank_is_no_institution():
    text = ("NOTA KESEPAHAMAN\nANTARA\nSEKOLAH TINGGI ILMU KESEHATAN SUKAMAJU\nDENGAN\n………………………………………..\n"
            "TENTANG\nPENDIDIKAN KLINIK\nPara pihak sepakat sebagai berikut:\n")
    assert [(p["role"], p["institution"]) for p in schema_of([text])["parties"]] == [
        ("PIHAK PERTAMA", "Sekolah Tinggi Ilmu Kesehatan Sukamaju"), ("PIHAK KEDUA", None)]
