"""Near forms of fix8's and fix9's rules (treaties' and English contracts' parties, banks' covers, reference numbers)
that must not be read as those rules read their own documents. Every text here is invented for these tests."""
from __future__ import annotations

import time

from ingest.extract.extractor import extract_agreement


def _parties(text: str) -> list[tuple]:
    return [(p.institution, p.signatory, p.position) for p in extract_agreement([text]).parties]


_LEASE = ("PERJANJIAN SEWA MENYEWA\nNomor: 12/SW/2022\n\nPada hari ini Senin tanggal dua bulan Agustus tahun dua ribu "
          "dua puluh dua, kami yang bertanda tangan di bawah ini:\n1. {first}, selanjutnya disebut PIHAK PERTAMA;\n"
          "2. Budi Hartono, selaku Direktur PT Sehat Sentosa, selanjutnya disebut PIHAK KEDUA.\n"
          "Kedua belah pihak sepakat untuk mengadakan sewa menyewa.\n")


def test_a_persons_dotted_initials_are_no_legal_form_beside_a_persons_particulars():
    # "S.A." closes a company's name ("Alpha Minera S.A."), but a person living somewhere is a person
    person = _parties(_LEASE.format(first="Rina S.A., bertempat tinggal di Jalan Melati 4 Kota Tirta"))[0]
    assert person[:2] == (None, "Rina S.A.")
    company = _parties(_LEASE.format(first="Alpha Minera S.A., berkedudukan di Kota Tirta"))[0]
    assert company[:2] == ("Alpha Minera S.A", None)


def test_an_office_naming_an_enterprise_or_a_company_is_not_cut_as_a_companys_description():
    text = ("MEMORANDUM OF UNDERSTANDING\nNo. 7/MOU/2023\n\nThis Memorandum is made on 5 May 2023 between:\n"
            "1. Dr. Sari Wulandari, Director of an Enterprise Incubator Centre of Universitas Tirta, acting for and on "
            "behalf of Universitas Tirta, hereinafter referred to as the \"FIRST PARTY\";\n"
            "2. Hendra Gunawan, Head of a Company Registry Office, acting for and on behalf of the Ministry of Law of "
            "the Republic of Tirta, hereinafter referred to as the \"SECOND PARTY\".\n")
    assert [party[2] for party in _parties(text)] == [
        "Director of an Enterprise Incubator Centre of Universitas Tirta", "Head of a Company Registry Office"]


def test_the_legal_form_and_the_head_end_readers_stay_linear_on_a_long_run_of_blanks():
    from ingest.extract.names import is_body
    from ingest.extract.block_reading import _HEAD_END
    for line in (" " * 20000, ", " * 10000, "\t \n" * 7000):
        started = time.perf_counter()
        is_body(line)
        _HEAD_END.search(line)
        assert time.perf_counter() - started < 0.5


def test_a_dated_openings_names_never_run_past_their_sentence():
    # the opening defines no terms; the recital below does: no party "… AIR TIRTA. WHEREAS the Republic of Tirta"
    text = ("PROJECT AGREEMENT\n\nAGREEMENT, dated March 3, 1988, between NORDIC DEVELOPMENT FUND and PERUSAHAAN UMUM "
            "AIR TIRTA.\n\nWHEREAS the Republic of Tirta (the Borrower) and the Fund (the Lender) have entered into a "
            "Loan Agreement;\nNOW THEREFORE the parties agree as follows:\n")
    assert not any("WHEREAS" in (party.institution or "") for party in extract_agreement([text]).parties)
    from ingest.extract.preambles import designated
    assert designated(text) == []


def test_a_letter_amending_an_agreement_dated_earlier_takes_neither_its_date_nor_its_parties():
    text = ("Letter No. 17/NB/2019\nJune 3, 2019\n\nRe: Tirta Water Project\n\nThis letter amends the Loan Agreement "
            "(the \"Agreement\"), dated May 1, 2015, between the Republic of Tirta (the Borrower) and Nordic Bank "
            "(the Bank), as follows.\n")
    facts = extract_agreement([text])
    assert facts.sign_date != "2015-05-01"
    assert facts.numbers == ["17/NB/2019"]  # (its year was "corrected" to the amended agreement's)


def test_the_reference_of_the_letter_answered_is_not_the_documents_number():
    text = ("Nordic Bank\nJakarta Office\n\nYour Reference No. 77/DJPPR/2019\nJune 3, 2019\n\n"
            "Re: Tirta Water Project Loan No. 8123-ID; Amendment No. 2\n\nDear Sir, we agree to amend the Loan "
            "Agreement as follows.\n")
    assert "77/DJPPR/2019" not in extract_agreement([text]).numbers


def test_a_subject_line_in_prose_citing_another_loan_names_no_amended_loan():
    text = ("June 3, 2019\n\nRe: Tirta Water Project, follow-up of the completed Loan No. 7001-ID\n\nDear Sir, this "
            "amendment letter amends the Loan Agreement for Credit No. 8123-ID as follows.\n")
    assert extract_agreement([text]).parent_agreement != "7001-ID"
    named = text.replace(", follow-up of the completed Loan No. 7001-ID", " (Phase 2) Loan No. 7001-ID; Amendment No. 1")
    assert extract_agreement([named]).parent_agreement == "7001-ID"


def test_a_role_or_a_bodys_name_before_a_colon_in_the_heading_does_not_end_the_list():
    roles = ("PERJANJIAN KERJA SAMA\nANTARA\nPIHAK PERTAMA : PEMERINTAH KABUPATEN TIRTA\nDAN\n"
             "PIHAK KEDUA : PT ALPHA ABADI\nTENTANG\nPENGELOLAAN AIR BERSIH\nNomor: 12/PKS/2022\n")
    assert len(extract_agreement([roles]).parties) == 2
    wrapped = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN TIRTA\nDAN\nKOPERASI SERBA USAHA :\nMAJU BERSAMA\n"
               "TENTANG\nPENGELOLAAN AIR BERSIH\nNomor: 12/PKS/2022\n")
    assert len(extract_agreement([wrapped]).parties) == 2


def test_a_the_line_below_a_separator_is_the_next_name_not_the_preamble():
    text = ("Memorandum of Understanding\nbetween\nthe Ministry of Health of the Republic of Tirta\nand\n"
            "The Avalon Institute of Tropical Medicine\n\nThe Parties have agreed as follows:\n")
    assert [party.institution for party in extract_agreement([text]).parties] == [
        "The Ministry of Health of the Republic of Tirta", "The Avalon Institute of Tropical Medicine"]


def test_a_subject_citing_the_first_partys_other_memorandum_is_no_repetition_of_the_heading():
    from ingest.extract.title_forms import heading_again
    line = ("NOTA KESEPAHAMAN ANTARA PEMERINTAH KOTA TIRTA DAN UNIVERSITAS SUKAMAJU TENTANG PELAKSANAAN NOTA "
            "KESEPAHAMAN ANTARA PEMERINTAH KOTA TIRTA DAN PEMERINTAH PROVINSI AVALON\n")
    start = line.index("PELAKSANAAN")
    assert heading_again(line, start, len(line) - 1) is None
    again = line.replace("DAN PEMERINTAH PROVINSI AVALON", "DAN UNIVERSITAS SUKAMAJU TENTANG KERJA SAMA")
    assert heading_again(again, start, len(again) - 1) == again.index("NOTA", start)


def test_a_letter_cited_at_a_lines_start_is_not_the_documents_number():
    text = ("SURAT PERJANJIAN\nNomor: 44/SP/2019\n\nMenunjuk\nLetter No. 12/NB/2018 tanggal 3 Maret 2018 dari Nordic "
            "Bank, kedua pihak sepakat.\n")
    assert extract_agreement([text]).numbers == ["44/SP/2019"]
    letter = "Letter No. 17/NB/2019\nJune 3, 2019\n\nDear Sir, we agree to amend the Loan Agreement as follows.\n"
    assert extract_agreement([letter]).numbers == ["17/NB/2019"]
