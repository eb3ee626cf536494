"""Contracts filed beside agreements: a regional office's service contracts with a company (waste collection,
cleaning, catering, vehicle rental) and a donor-funded project's grant and implementation contracts with a
university. The forms were written out systematically (headings with and without parties, a translation of the
kind, the project's financing line, identity rows with NPWP, payment articles with a bank account, terms in calendar
days) and run through the extractor; each test here stands for a form it misread. Every text here is invented."""
from __future__ import annotations

from tests.extract_texts import schema_of

_SERVICE_PARTIES = (
    "1. Nama : Rudi Hartono, S.T.\n   Jabatan : Pejabat Pembuat Komitmen\n   Alamat : Jl. Pahlawan No. 4, Sukamaju\n"
    "   Dalam hal ini bertindak untuk dan atas nama Dinas Lingkungan Hidup Kabupaten Sukamaju, selanjutnya disebut "
    "PIHAK PERTAMA.\n\n"
    "2. Nama : Agus Wibowo\n   Jabatan : Direktur CV Karya Bersih\n   Alamat : Jl. Melati No. 9, Sukamaju\n"
    "   NPWP : 12.345.678.9-012.000\n"
    "   Dalam hal ini bertindak untuk dan atas nama CV Karya Bersih, selanjutnya disebut PIHAK KEDUA.\n\n")
_OPENING = ("Pada hari ini Senin tanggal 5 bulan Februari tahun 2024, bertempat di Sukamaju, kami yang bertanda tangan "
            "di bawah ini:\n\n")
_GRANT_PARTIES = (
    "I. Dewi Lestari, S.E., Pejabat Pembuat Komitmen pada Direktorat Jenderal Pendidikan Tinggi, dalam hal ini "
    "bertindak untuk dan atas nama Direktorat Jenderal Pendidikan Tinggi, selanjutnya disebut PIHAK PERTAMA.\n"
    "II. Dr. Hendra Siregar, M.T., Rektor Universitas Tirta Sari, dalam hal ini bertindak untuk dan atas nama "
    "Universitas Tirta Sari, selanjutnya disebut PIHAK KEDUA.\n\n")


def test_a_contract_heading_naming_no_parties_gives_its_subject_above_the_number():
    text = ("KONTRAK\nJASA KEBERSIHAN KANTOR\nPADA DINAS LINGKUNGAN HIDUP KABUPATEN SUKAMAJU\nTAHUN ANGGARAN 2024\n\n"
            "Nomor : 027/114/DLH/2024\n\n" + _OPENING + _SERVICE_PARTIES)
    found = schema_of([text])
    assert found["title"] == "Jasa Kebersihan Kantor pada Dinas Lingkungan Hidup Kabupaten Sukamaju Tahun Anggaran 2024"
    assert found["evidence"]["title"]["confidence"] == 0.75  # the heading's subject without a label: weak
    assert (found["doc_type"], found["numbers"]) == ("PKS", ["027/114/DLH/2024"])
    # the kind sharing its line with other words, or a blank line inside the heading below it: no subject read
    assert schema_of([text.replace("KONTRAK\n", "KONTRAK PEMERINTAH\n")])["title"] != "Jasa Kebersihan Kantor pada " \
        "Dinas Lingkungan Hidup Kabupaten Sukamaju Tahun Anggaran 2024"
    assert schema_of([text.replace("KANTOR\nPADA", "KANTOR\n\nPADA")])["title"] is None
    # a party's name alone between the kind and the number is no subject
    party = text.replace("KONTRAK\nJASA KEBERSIHAN KANTOR\nPADA DINAS", "PERJANJIAN KERJA SAMA\nDINAS")
    assert schema_of([party])["title"] is None


def test_an_english_grant_contract_is_an_agreement_and_its_financing_line_no_part_of_the_subject():
    text = ("GRANT IMPLEMENTATION AGREEMENT\nINTEGRATED LABORATORY DEVELOPMENT\nIBRD LOAN NO. 8123-IND\n\n"
            "No. 14/PIU-LAB/KTR/2022\n\nThis Agreement is made on the 3rd day of May 2022 at Sukamaju, by and between:\n\n"
            "1. Dewi Lestari, S.E., Commitment Making Officer, acting for and on behalf of the Directorate General of "
            "Higher Education, hereinafter referred to as the FIRST PARTY;\n2. Dr. Hendra Siregar, M.T., Rector of "
            "Tirta Sari University, acting for and on behalf of Tirta Sari University, hereinafter referred to as the "
            "SECOND PARTY.\n\n")
    found = schema_of([text])
    assert (found["doc_type"], found["title"]) == ("PKS", "Integrated Laboratory Development")
    assert found["numbers"] == ["14/PIU-LAB/KTR/2022"]
    assert schema_of([text.replace("GRANT IMPLEMENTATION AGREEMENT", "CONTRACT AGREEMENT")])["doc_type"] == "PKS"


def test_a_grant_implementation_agreements_kind_and_its_translation_are_no_part_of_the_subject():
    text = ("PERJANJIAN PELAKSANAAN HIBAH\n(GRANT IMPLEMENTATION AGREEMENT)\nPENGEMBANGAN LABORATORIUM TERPADU\n"
            "ANTARA\nDIREKTORAT JENDERAL PENDIDIKAN TINGGI\nDENGAN\nUNIVERSITAS TIRTA SARI\n\n"
            "Nomor : 31/PIU-LAB/PPH/2022\n\n" + _OPENING + _GRANT_PARTIES)
    assert schema_of([text])["title"] == "Pengembangan Laboratorium Terpadu"
    contract = text.replace("PERJANJIAN PELAKSANAAN HIBAH\n(GRANT IMPLEMENTATION AGREEMENT)",
                            "KONTRAK PELAKSANAAN PEKERJAAN\n(CONTRACT AGREEMENT)")
    assert schema_of([contract])["title"] == "Pengembangan Laboratorium Terpadu"


def test_a_bank_account_or_tax_number_in_the_payment_article_is_no_parent_agreement():
    head = ("PERJANJIAN KERJA SAMA\nPENGANGKUTAN SAMPAH\nANTARA\nDINAS LINGKUNGAN HIDUP KABUPATEN SUKAMAJU\nDENGAN\n"
            "CV KARYA BERSIH\n\nNomor : 027/114/DLH/2024\n\n")
    for payment in ("Pembayaran dilakukan setiap bulan melalui rekening Bank Sukamaju Nomor 123.45.6789 atas nama "
                    "CV Karya Bersih.",
                    "Pembayaran dilakukan setiap bulan kepada CV Karya Bersih dengan NPWP Nomor 12.345.678.9-012.000.",
                    "Payment shall be made to the bank account No. 123.45.6789 of CV Karya Bersih."):
        text = (head + _OPENING + _SERVICE_PARTIES + "PIHAK PERTAMA dan PIHAK KEDUA sepakat mengadakan perjanjian "
                "dengan ketentuan sebagai berikut:\n\nPasal 1\nCARA PEMBAYARAN\n\n" + payment + "\n")
        assert schema_of([text])["parent_agreement"] is None, payment
    # an agreement cited by its number is still the parent
    cited = (head + _OPENING + _SERVICE_PARTIES + "Perjanjian ini merupakan pelaksanaan Kesepakatan Bersama Nomor "
             "07/KB/2023 tentang Pengelolaan Sampah.\n")
    assert schema_of([cited])["parent_agreement"] == "07/KB/2023"


def _term_of(article: str) -> dict:
    text = ("PERJANJIAN KERJA SAMA\nPENGANGKUTAN SAMPAH\nANTARA\nDINAS LINGKUNGAN HIDUP KABUPATEN SUKAMAJU\nDENGAN\n"
            "CV KARYA BERSIH\n\nNomor : 027/114/DLH/2024\n\n" + _OPENING + _SERVICE_PARTIES +
            "Pasal 1\nLINGKUP PEKERJAAN\n\nPIHAK KEDUA menerima pekerjaan pengangkutan sampah.\n\n" + article + "\n")
    found = schema_of([text])
    assert found["sign_date"] == "2024-02-05"
    return {key: found[key] for key in ("effective_date", "duration", "end_date")}


def test_the_period_to_complete_the_work_in_calendar_days():
    # stated without its start (the work order's date starts it): the length only, never a start from the signing
    assert _term_of("Pasal 2\nWAKTU PELAKSANAAN\n\nPIHAK KEDUA wajib menyelesaikan seluruh pekerjaan dalam waktu 60 "
                    "(enam puluh) hari kalender.") == {"effective_date": None, "duration": "P60D", "end_date": None}
    # counted from the signing: start and end
    assert _term_of("Pasal 2\nWAKTU PELAKSANAAN\n\nPIHAK KEDUA wajib menyelesaikan pekerjaan dalam waktu 30 (tiga "
                    "puluh) hari kalender terhitung sejak tanggal penandatanganan Perjanjian ini.") == {
        "effective_date": "2024-02-05", "duration": "P30D", "end_date": "2024-03-05"}
    # a notice period ("dalam waktu 7 hari setelah …") is still no term
    for notice in ("memperbaiki pekerjaan dalam waktu 7 (tujuh) hari setelah teguran tertulis",
                   "menyelesaikan pekerjaan perbaikan dalam waktu 7 (tujuh) hari sejak diterimanya teguran tertulis",
                   "menyelesaikan pekerjaan dalam waktu 14 (empat belas) hari kerja"):
        assert _term_of(f"Pasal 2\nSANKSI\n\nPIHAK KEDUA wajib {notice}.")["duration"] is None, notice


def test_a_period_counted_from_the_work_order_gives_no_start_or_end():
    for order in ("diterbitkannya Surat Perintah Mulai Kerja (SPMK)", "SPMK"):
        assert _term_of(f"Pasal 2\nJANGKA WAKTU PELAKSANAAN\n\nJangka waktu pelaksanaan pekerjaan adalah 90 (sembilan "
                        f"puluh) hari kalender terhitung sejak tanggal {order}.") == {
            "effective_date": None, "duration": "P90D", "end_date": None}, order


def test_the_standard_spk_tables_period_row():
    text = ("SURAT PERINTAH KERJA\n(SPK)\n\nSATUAN KERJA : Dinas Perhubungan Kota Sukamaju\n"
            "NOMOR DAN TANGGAL SPK : 012/SPK/DISHUB/2024, 5 Februari 2024\nPAKET PEKERJAAN : Sewa Kendaraan Dinas\n"
            "NILAI KONTRAK : Rp 25.000.000,-\nWAKTU PELAKSANAAN PEKERJAAN : 30 (tiga puluh) hari kalender\n\n")
    found = schema_of([text])
    assert (found["effective_date"], found["duration"], found["end_date"]) == (None, "P30D", None)


def test_an_english_term_in_hundreds_of_calendar_days():
    text = ("CONTRACT AGREEMENT\nCAMPUS NETWORK UPGRADE\n\nNo. 14/PIU/CA/2022\n\nThis Agreement is made on the 3rd day "
            "of May 2022 at Sukamaju.\n\nArticle 2\nTERM\n\nThis Agreement shall be valid for 180 (one hundred and "
            "eighty) calendar days from the date of its signing.\n")
    found = schema_of([text])
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2022-05-03", "P180D", "2022-10-29")


_SPK_FORM = ("SURAT PERINTAH KERJA\n(SPK)\n\nSATUAN KERJA : Dinas Perhubungan Kota Sukamaju\n"
             "NOMOR DAN TANGGAL SPK : 012/SPK/DISHUB/2024, 5 Februari 2024\nNAMA PPK : Rudi Hartono, S.T.\n"
             "NAMA PENYEDIA : CV Roda Lestari\nPAKET PEKERJAAN : Sewa Kendaraan Dinas\n"
             "NOMOR DAN TANGGAL DPA : 1.07.01/DPA/2024, 2 Januari 2024\nNILAI KONTRAK : Rp 25.000.000,-\n\n"
             "INSTRUKSI KEPADA PENYEDIA: Penagihan hanya dapat dilakukan setelah pekerjaan selesai.\n\n"
             "Untuk dan atas nama                          Untuk dan atas nama\n"
             "Dinas Perhubungan Kota Sukamaju              CV Roda Lestari\n"
             "Pejabat Pembuat Komitmen                     Direktur\n\n\n\n"
             "Rudi Hartono, S.T.                           Agus Wibowo\nNIP. 19750301 200501 1 001\n")


def test_the_standard_spk_forms_rows_name_the_parties_and_date_it():
    found = schema_of([_SPK_FORM])
    assert found["sign_date"] == "2024-02-05"  # the SPK's own date, never the budget paper's (DPA)
    assert found["evidence"]["sign_date"]["confidence"] == 0.8
    assert [(p["role"], p["institution"], p["signatory"], p["position"]) for p in found["parties"]] == [
        ("PIHAK PERTAMA", "Dinas Perhubungan Kota Sukamaju", "Rudi Hartono, S.T.", "Pejabat Pembuat Komitmen"),
        ("PIHAK KEDUA", "CV Roda Lestari", "Agus Wibowo", "Direktur")]
    assert found["evidence"]["parties[1]"]["confidence"] <= 0.7  # roles by order
    # the company's column left unsigned (a template): its office, no name
    blank = schema_of([_SPK_FORM.replace("Agus Wibowo", "")])["parties"][1]
    assert (blank["signatory"], blank["position"]) == (None, "Direktur")
    # the company named in prose, not heading a signature column: no signer read there
    prose = _SPK_FORM.split("Untuk dan atas nama")[0] + ("Pembayaran ditransfer ke rekening atas nama\nCV Roda Lestari\n"
                                                         "Bank Sukamaju\n\n\nKantor Cabang Sukamaju\n")
    assert schema_of([prose])["parties"][1]["signatory"] is None
    # a form naming no provider names no parties from its rows
    assert not schema_of([_SPK_FORM.replace("NAMA PENYEDIA : CV Roda Lestari\n", "")])["parties"]


_COMPANY_FORM = ("SURAT PERJANJIAN KERJA\nTENTANG\nJASA KEBERSIHAN KANTOR\n\nNomor : 640/212/KONTRAK/2024\n{extra}\n"
                 "Pada hari ini Senin tanggal 5 Februari 2024, yang bertanda tangan di bawah ini:\n\n"
                 "I. Nama : Rudi Hartono, S.T.\n   Jabatan : Kuasa Pengguna Anggaran Dinas Kesehatan Kota Sukamaju\n"
                 "   dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan Kota Sukamaju, selanjutnya disebut "
                 "PIHAK KESATU.\n\n"
                 "II. Nama Perusahaan : CV Karya Bersih\n    Nama Direktur : Agus Wibowo\n    Jabatan : Direktur\n"
                 "    Alamat : Jl. Kenanga No. 9 Sukamaju\n    NPWP : 12.345.678.9-012.000\n"
                 "    Nomor Rekening : 123.45.6789\n    selanjutnya disebut PIHAK KEDUA.\n\n"
                 "PIHAK KESATU dan PIHAK KEDUA sepakat mengikatkan diri dalam Kontrak dengan ketentuan sebagai "
                 "berikut:\n\nPasal 1\nPEMBAYARAN\n\nPembayaran dilakukan ke rekening PIHAK KEDUA.\n")


def test_a_company_forms_director_row_and_its_account_row():
    found = schema_of([_COMPANY_FORM.format(extra="")])
    assert [(p["institution"], p["signatory"], p["position"]) for p in found["parties"]] == [
        ("Dinas Kesehatan Kota Sukamaju", "Rudi Hartono, S.T.", "Kuasa Pengguna Anggaran Dinas Kesehatan Kota Sukamaju"),
        ("CV Karya Bersih", "Agus Wibowo", "Direktur")]  # (the account number had been read as the office)


def test_a_contracts_budget_paper_and_loan_rows_are_not_its_numbers_or_parent():
    for extra in ("Nomor DPA : 1.02.01/DPA/2024\n", "Nomor SPPBJ : 027/SPPBJ/DINKES/2024\n",
                  "Sumber Dana : IsDB Loan No. IND-4521\n", "Loan No. 8123-IND\n"):
        found = schema_of([_COMPANY_FORM.format(extra=extra)])
        assert (found["numbers"], found["parent_agreement"]) == (["640/212/KONTRAK/2024"], None), extra


def test_an_english_consultancy_contract_of_the_one_part_and_of_the_other_part():
    text = ("CONTRACT AGREEMENT\nFOR CONSULTING SERVICES\nCAMPUS NETWORK DESIGN\n\nContract No. 07/PPK-PIU/CA/2023\n\n"
            "THIS AGREEMENT is made on the 4th day of June 2023 between the Directorate General of Higher Education, "
            "represented by Dewi Lestari, Commitment Making Officer (hereinafter called \"the Employer\") of the one "
            "part, and PT Rancang Nusantara, represented by Agus Wibowo, President Director (hereinafter called "
            "\"the Consultant\") of the other part.\n\n1. The Consultant shall perform the Services within 120 (one "
            "hundred and twenty) calendar days from the date of the Letter of Commencement.\n")
    found = schema_of([text])
    assert (found["numbers"], found["parent_agreement"]) == (["07/PPK-PIU/CA/2023"], None)
    assert [(p["institution"], p["signatory"], p["position"]) for p in found["parties"]] == [
        ("Directorate General of Higher Education", "Dewi Lestari", "Commitment Making Officer"),
        ("PT Rancang Nusantara", "Agus Wibowo", "President Director")]
    assert (found["effective_date"], found["duration"], found["end_date"]) == (None, "P120D", None)


def test_a_contracts_period_row_masa_kontrak():
    text = ("KONTRAK HARGA SATUAN\n\nPAKET PEKERJAAN : Jasa Kebersihan Kantor\nNOMOR : 640/212/KONT/2024\n"
            "TANGGAL : 2 Januari 2024\n\nSurat Perjanjian ini dibuat dan ditandatangani di Sukamaju pada hari Selasa "
            "tanggal 2 bulan Januari tahun 2024 antara:\n\n" + _SERVICE_PARTIES +
            "Pasal 1\nMASA KONTRAK\n\nMasa Kontrak : 1 Januari 2024 s.d. 31 Desember 2024\n")
    found = schema_of([text])
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2024-01-01", "P1Y", "2024-12-31")
