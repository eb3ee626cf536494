"""Unfilled and partly filled drafts and templates: every blank a form leaves (dots, underscores, dots spaced out,
"[Nama Direktur]", "(nama pejabat)", "<<nama>>", "NAMA PEJABAT", "(jabatan)") gives nothing, the filled parts are
read. Every text here is invented."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of


def _draft(title: str, first: str, second: str, closing: str = "") -> str:
    return ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM DAERAH WANASARI\nDENGAN\n……………………\n"
            "NOMOR : 445/     /RSUD/2024\nTENTANG\n" + title + "\n\n"
            "Pada hari ini …… tanggal …… bulan …… tahun dua ribu dua puluh empat, bertempat di Wanasari, kami yang "
            "bertanda tangan di bawah ini :\n\n" + first + "\n\n" + second + "\n\n"
            "PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK, sepakat untuk mengadakan kerja "
            "sama dengan ketentuan sebagai berikut :\n\nPasal 1\nMAKSUD DAN TUJUAN\n\nMaksud kerja sama ini adalah "
            "meningkatkan mutu pelayanan.\n\n" + closing)


_FIRST = ("1. dr. Ratna Kusumawardani, M.Kes, selaku Direktur Rumah Sakit Umum Daerah Wanasari, dalam hal ini "
          "bertindak untuk dan atas nama Rumah Sakit Umum Daerah Wanasari, berkedudukan di Jalan Merpati Nomor 12 "
          "Wanasari, selanjutnya disebut PIHAK PERTAMA.")


@pytest.mark.parametrize("name, office, body", [
    ("[Nama Direktur]", "[Jabatan]", "[Nama Instansi]"),
    ("(nama pejabat)", "(jabatan)", "(nama perusahaan)"),
    ("<<nama>>", "<<jabatan>>", "<<nama mitra>>"),
    ("{nama_penandatangan}", "{jabatan}", "{instansi}"),
    ("NAMA PEJABAT", "JABATAN", "NAMA INSTANSI"),
    ("(Nama Lengkap dan Gelar)", "_______________", "_____________________"),
    (". . . . . . . . . .", ". . . . . . . .", ". . . . . . . . . . ."),
])
def test_a_blank_second_party_gives_nothing(name, office, body):
    second = (f"2. {name}, selaku {office}, dalam hal ini bertindak untuk dan atas nama {body}, berkedudukan di "
              "……………………, selanjutnya disebut PIHAK KEDUA.")
    facts = schema_of([_draft("PELAYANAN KESEHATAN RUJUKAN", _FIRST, second)])
    first, other = facts["parties"]
    assert (first["institution"], first["signatory"], first["position"]) == (
        "Rumah Sakit Umum Daerah Wanasari", "dr. Ratna Kusumawardani, M.Kes",
        "Direktur Rumah Sakit Umum Daerah Wanasari")
    assert (other["role"], other["institution"], other["signatory"], other["position"]) == (
        "PIHAK KEDUA", None, None, None)
    assert facts["title"] == "Pelayanan Kesehatan Rujukan"
    assert facts["numbers"] == ["445/ /RSUD/2024"]
    assert facts["sign_date"] is None and facts["sign_place"] == "Wanasari"


@pytest.mark.parametrize("title", ["_______________________", ". . . . . . . . . .", "……………………",
                                   "[JUDUL KERJA SAMA]"])
def test_a_blank_subject_is_no_title(title):
    second = ("2. ……………………, selaku Direktur ……………, dalam hal ini bertindak untuk dan atas nama ……………, "
              "selanjutnya disebut PIHAK KEDUA.")
    facts = schema_of([_draft(title, _FIRST, second)])
    assert facts["title"] is None
    assert facts["parties"][1]["position"] == "Direktur"


@pytest.mark.parametrize("value, blank", [
    ("Nama Pejabat", True), ("nama>>", True), ("Nama Direktur]", True), ("JABATAN", True), ("Jabatan Pejabat", True),
    ("Budi Santoso, S.H.", False), ("Penamaan Jalan dan Taman Kota", False), ("Pejabat Pembuat Komitmen", False),
    ("Perusahaan Daerah Air Minum Tirta", False), ("Direktur ___________", True),
])
def test_a_fields_hint_is_a_blank(value, blank):
    from ingest.extract.text import is_placeholder

    assert is_placeholder(value) is blank


_SECOND = ("2. Hadi Santoso, S.Kom, selaku Direktur PT Sinar Mandiri Sejahtera, dalam hal ini bertindak untuk dan atas "
           "nama PT Sinar Mandiri Sejahtera, berkedudukan di Jalan Cempaka Raya Nomor 45 Mekarsari, selanjutnya "
           "disebut PIHAK KEDUA.")
_BLANK_FIRST = ("1. ……………………, selaku Direktur Rumah Sakit Umum Daerah Wanasari, dalam hal ini bertindak untuk dan "
                "atas nama Rumah Sakit Umum Daerah Wanasari, selanjutnya disebut PIHAK PERTAMA.")
_CLOSINGS = [
    # side by side, the first block's name left out, its office wider than its column
    "Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\n"
    "PIHAK PERTAMA,                                  PIHAK KEDUA,\n"
    "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\n"
    "                                                Hadi Santoso, S.Kom\n"
    "NIP. ……………………\n",
    # stacked, the first block with its office and a blank name, the second filled
    "Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\nPIHAK PERTAMA,\n"
    "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\nNIP. ...................\n\n"
    "PIHAK KEDUA,\nDirektur PT Sinar Mandiri Sejahtera\n\n\nHadi Santoso, S.Kom\n",
    # stacked, the first block with nothing under its office
    "Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\nPIHAK PERTAMA,\n"
    "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\n\nPIHAK KEDUA,\nDirektur PT Sinar Mandiri Sejahtera\n\n\n"
    "Hadi Santoso, S.Kom\n",
]


@pytest.mark.parametrize("closing", _CLOSINGS)
def test_only_the_second_block_is_filled_and_the_signers_stay_apart(closing):
    facts = schema_of([_draft("PELAYANAN KESEHATAN RUJUKAN", _BLANK_FIRST, _SECOND, closing)])
    first, second = facts["parties"]
    assert (first["signatory"], first["position"]) == (None, "Direktur Rumah Sakit Umum Daerah Wanasari")
    assert (second["signatory"], second["institution"]) == ("Hadi Santoso, S.Kom", "PT Sinar Mandiri Sejahtera")


@pytest.mark.parametrize("office, body", [
    ("Pimpinan", None), ("Ketua", None), ("Penanggung Jawab", None),
    ("Penanggung Jawab Klinik Pratama Harapan Sehat", "Klinik Pratama Harapan Sehat"),  # the body its office heads
])
def test_a_block_with_only_the_office_names_nobody(office, body):
    second = (f"2. ……………………, selaku {office}, dalam hal ini bertindak untuk dan atas nama ……………………, "
              "selanjutnya disebut PIHAK KEDUA.")
    closing = ("Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\nPIHAK PERTAMA,\n"
               "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\ndr. Ratna Kusumawardani, M.Kes\n\n"
               f"PIHAK KEDUA,\n{office}\n\n\n\n")
    facts = schema_of([_draft("PELAYANAN KESEHATAN RUJUKAN", _FIRST, second, closing)])
    first, other = facts["parties"]
    assert first["signatory"] == "dr. Ratna Kusumawardani, M.Kes"
    assert (other["signatory"], other["position"], other["institution"]) == (None, office, body)


def _closing(line: str) -> str:
    return ("Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\n" + line + "\n\nPIHAK PERTAMA,\n"
            "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\ndr. Ratna Kusumawardani, M.Kes\n\n"
            "PIHAK KEDUA,\nDirektur PT Sinar Mandiri Sejahtera\n\n\nHadi Santoso, S.Kom\n")


_NO_PLACE = ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM DAERAH WANASARI\nDENGAN\nPT SINAR MANDIRI SEJAHTERA\n"
             "TENTANG\nPELAYANAN KESEHATAN RUJUKAN\n\nPada hari ini …… tanggal …… bulan …… tahun ……, kami yang "
             "bertanda tangan di bawah ini :\n\n" + _FIRST + "\n\n" + _SECOND + "\n\nPasal 1\nMAKSUD DAN TUJUAN\n\n"
             "Maksud kerja sama ini adalah meningkatkan mutu pelayanan.\n\n")


@pytest.mark.parametrize("line, date, place", [
    ("Mekarsari, ……………………", None, "Mekarsari"),  # the place written, the whole date left blank
    ("Mekarsari, ______________", None, "Mekarsari"),
    ("……………………, 12 Maret 2023", "2023-03-12", None),  # the date written, the place left blank
    ("Mekarsari, …………… Maret 2023", None, "Mekarsari"),
    ("Dibuat di      : ……………………\nPada tanggal   : 12 Maret 2023", "2023-03-12", None),
])
def test_a_closing_line_partly_blank(line, date, place):
    facts = schema_of([_NO_PLACE + _closing(line)])
    assert (facts["sign_date"], facts["sign_place"]) == (date, place)
    assert [party["signatory"] for party in facts["parties"]] == ["dr. Ratna Kusumawardani, M.Kes", "Hadi Santoso, S.Kom"]


@pytest.mark.parametrize("term, duration, effective", [
    ("berlaku selama 2 (dua) tahun terhitung mulai tanggal …………… sampai dengan tanggal ……………", "P2Y", None),
    ("berlaku selama 2 (dua) tahun terhitung sejak tanggal ………………", "P2Y", None),
    ("berlaku untuk jangka waktu … (……) tahun terhitung sejak tanggal ditandatangani", None, "2023-03-12"),
    ("berlaku untuk jangka waktu 2 (dua) tahun terhitung sejak tanggal ditandatangani", "P2Y", "2023-03-12"),
])
def test_a_term_with_a_blank_start_runs_from_no_date(term, duration, effective):
    text = _NO_PLACE + f"Pasal 2\nJANGKA WAKTU\n\nPerjanjian ini {term}.\n\n" + _closing("Mekarsari, 12 Maret 2023")
    facts = schema_of([text])
    assert facts["sign_date"] == "2023-03-12"
    assert (facts["duration"], facts["effective_date"]) == (duration, effective)
    assert facts["end_date"] == ("2025-03-11" if duration and effective else None)


@pytest.mark.parametrize("title", ["PELAYANAN KESEHATAN RUJUKAN ……………………", "PELAYANAN KESEHATAN RUJUKAN _________",
                                   "PELAYANAN KESEHATAN RUJUKAN . . . . . . . ."])
def test_a_subject_keeps_its_words_before_a_blank(title):
    facts = schema_of([_NO_PLACE.replace("PELAYANAN KESEHATAN RUJUKAN", title)])
    assert facts["title"] == "Pelayanan Kesehatan Rujukan"


@pytest.mark.parametrize("second, block", [
    ("2. NAMA PEJABAT : Pimpinan, dalam hal ini bertindak untuk dan atas nama (nama perusahaan), selanjutnya "
     "disebut PIHAK KEDUA.", "Pimpinan\n\n\nNAMA PEJABAT"),
    ("2. ……………, selaku Penanggung Jawab ……………, dalam hal ini bertindak untuk dan atas nama ……………, selanjutnya "
     "disebut PIHAK KEDUA.", "Penanggung Jawab ……………………\n\n\n"),
])
def test_an_office_alone_is_no_signatory(second, block):
    closing = ("Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\nPIHAK PERTAMA,\n"
               "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\ndr. Ratna Kusumawardani, M.Kes\n\n"
               f"PIHAK KEDUA,\n{block}\n")
    facts = schema_of([_draft("PELAYANAN KESEHATAN RUJUKAN", _FIRST, second, closing)])
    assert facts["parties"][1]["signatory"] is None
    assert facts["parties"][0]["signatory"] == "dr. Ratna Kusumawardani, M.Kes"


@pytest.mark.parametrize("line, numbers", [
    ("NOMOR : 445/RSUD……/2023", ["445/RSUD…/2023"]),  # a blank glued to the code: one "…" as the convention writes it
    ("NOMOR : 445/RSUD........../2023", ["445/RSUD…/2023"]),
    ("NOMOR : 445/RSUD_____/2023", ["445/RSUD…/2023"]),
    ("NOMOR : 445/PKS.01/2023", ["445/PKS.01/2023"]),
])
def test_a_blank_glued_to_a_numbers_part(line, numbers):
    facts = schema_of([_NO_PLACE.replace("TENTANG\n", line + "\nTENTANG\n", 1)])
    assert facts["numbers"] == numbers


def test_a_blank_name_glued_to_selaku():
    first = ("1. _______________selaku Rektor Universitas Mekarsari dalam hal ini bertindak dalam jabatannya tersebut "
             "dan atas nama Universitas Mekarsari, berkedudukan di …………………… selanjutnya disebut PIHAK PERTAMA.")
    facts = schema_of([_draft("PELAYANAN KESEHATAN RUJUKAN", first, _SECOND)])
    party = facts["parties"][0]
    assert (party["institution"], party["signatory"], party["position"]) == (
        "Universitas Mekarsari", None, "Rektor Universitas Mekarsari")


def test_an_english_template():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nUNIVERSITAS MEKARSARI\nAND\n[NAME OF INSTITUTION]\nON\n"
            "ACADEMIC COOPERATION\n\nThis Memorandum of Understanding is made on this [date] 2024 at Mekarsari, by "
            "and between:\n\n1. Universitas Mekarsari, represented by Prof. Dr. Rahmat Hidayat, M.Sc., in his "
            "capacity as Rector, hereinafter referred to as the FIRST PARTY;\n2. [Name of Institution], represented "
            "by [Name of Signatory], in his capacity as [Title], hereinafter referred to as the SECOND PARTY.\n\n"
            "Article 1\nSCOPE\n\nThe Parties agree to cooperate in education and research.\n\n"
            "FIRST PARTY,                                    SECOND PARTY,\n\n\n"
            "Prof. Dr. Rahmat Hidayat, M.Sc.                 [Name of Signatory]\n"
            "Rector                                          [Title]\n")
    facts = schema_of([text])
    assert (facts["sign_date"], facts["sign_place"]) == (None, "Mekarsari")
    first, second = facts["parties"]
    assert (first["signatory"], first["position"]) == ("Prof. Dr. Rahmat Hidayat, M.Sc.", "Rector")
    assert (second["institution"], second["signatory"], second["position"]) == (None, None, None)


def test_values_read_beside_blanks_are_reviewed_first():
    from ingest.extract.extractor import extract_agreement

    second = ("2. ……………………, selaku Direktur ……………, dalam hal ini bertindak untuk dan atas nama ……………, "
              "selanjutnya disebut PIHAK KEDUA.")
    text = _draft("PELAYANAN KESEHATAN RUJUKAN ………", _FIRST, second).replace(
        "Pada hari ini …… tanggal …… bulan …… tahun dua ribu dua puluh empat",
        "Pada hari ini …… tanggal dua belas bulan Maret tahun dua ribu dua puluh empat")
    facts = extract_agreement([text])
    evidence = facts.evidence
    assert facts.sign_date == "2024-03-12" and facts.title == "Pelayanan Kesehatan Rujukan"
    assert facts.parties[1].position == "Direktur"
    for field in ("parties[1]", "sign_date", "title"):
        assert evidence[field].confidence <= 0.7, field
    assert evidence["parties[0]"].confidence > 0.7  # the filled first party's block holds no blank


@pytest.mark.parametrize("name, office, signatory, position", [
    ("[drg. Yulia Puspitasari, MARS]", "[Direktur Utama Klinik Harapan Sehat]", "drg. Yulia Puspitasari, MARS",
     "Direktur Utama Klinik Harapan Sehat"),  # a draft's values in brackets, filled in to be confirmed
    ("[Nama Direktur]", "[Jabatan]", None, None),  # a bracket holding a field's hint is a blank
    ("[………………]", "[__________]", None, None),
])
def test_a_bracketed_value_is_filled_unless_a_hint(name, office, signatory, position):
    second = (f"2. PT Harapan Sehat Sejahtera, berkedudukan di Jalan Veteran Nomor 7 Mekarsari, dalam hal ini diwakili "
              f"{name}, selaku {office}, dari dan oleh karenanya sah bertindak untuk dan atas nama PT Harapan Sehat "
              "Sejahtera, selanjutnya disebut PIHAK KEDUA.")
    facts = schema_of([_draft("PELAYANAN KESEHATAN RUJUKAN", _FIRST, second)])
    party = facts["parties"][1]
    assert (party["institution"], party["signatory"], party["position"]) == (
        "PT Harapan Sehat Sejahtera", signatory, position)


@pytest.mark.parametrize("line, numbers", [
    ("NOMOR : ........./ ...... /...... / 2024", ["…/…/…/2024"]),  # every part blank but the year: as written
    ("NOMOR : ……/PKS/……/……/2024", ["…/PKS/…/…/2024"]),
    ("NOMOR : III/..../2024-..../.....-MOA", []),  # blanks set into fixed parts: a template's pattern, no number
])
def test_a_number_blank_in_every_part(line, numbers):
    facts = schema_of([_NO_PLACE.replace("TENTANG\n", line + "\nTENTANG\n", 1)])
    assert (facts["numbers"] or []) == numbers


def test_dotted_leaders_around_the_role_and_blank_number_labels():
    text = ("PERJANJIAN KERJASAMA PELAYANAN KESEHATAN ANTARA RUMAH SAKIT UMUM DAERAH WANASARI DENGAN PT. TANI MAKMUR "
            "SEJAHTERA,tbk No. No. Pada hari ini ..... tanggal ..... Bulan ...... Tahun Dua Ribu Dua Puluh Tiga kami "
            "yang bertanda tangan di bawah ini : 1. HADI SANTOSO,S.KM,MPH, bertempat tinggal di Jalan ........., "
            "Kabupaten Wanasari dalam hal ini bertindak dalam jabatannya selaku Direktur Rumah Sakit Umum Daerah "
            "Wanasari dari dan oleh karena itu bertindak untuk dan atas nama Rumah Sakit Umum Daerah Wanasari, "
            "untuk selanjutnya dapat juga disebut : ……………………….. PIHAK PERTAMA ………..………… 2. [nama pemimpin "
            "perusahaan] , [jabatan dalam perusahaan], dalam hal ini bertindak untuk dan atas nama PT Tani Makmur "
            "Sejahtera, berkedudukan di Jln. ..................., untuk selanjut dapat juga disebut : "
            "…………………………..….…… PIHAK KEDUA ………..…...……….… 3. PARA PIHAK sepakat untuk mengadakan Perjanjian.\n")
    facts = schema_of([text])
    assert not facts["numbers"]
    first, second = facts["parties"]
    assert (first["institution"], first["signatory"], first["position"]) == (
        "Rumah Sakit Umum Daerah Wanasari", "Hadi Santoso, S.KM, MPH", "Direktur Rumah Sakit Umum Daerah Wanasari")
    assert (second["institution"], second["signatory"], second["position"]) == ("PT Tani Makmur Sejahtera", None, None)


def test_a_templates_hint_after_an_honorific_or_as_an_owners_name_is_no_signatory():
    """An English template's "represented by the Municipal Mayor, Hon. (Name of Mayor)" or "the City Mayor, Mayor's
    Name" leaves the holder to be filled in: the office stays, no holder is read."""
    from tests.extract_texts import schema_of

    text = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement is made and entered into by and between:\n\n"
            "The PROVINCIAL GOVERNMENT OF LUMBANG, represented by the Provincial Governor, Hon. (Name of Governor), "
            "hereinafter referred to as the PROVINCE;\n\n-and-\n\nThe CITY OF PILAR, represented by the City Mayor, "
            "Mayor's Name, hereinafter referred to as the CITY;\n\nWITNESSETH:\n\nWHEREAS, the parties agree.\n")
    parties = schema_of([text])["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [(None, "Provincial Governor"), (None, "City Mayor")]
    filled = text.replace("Hon. (Name of Governor)", "Hon. Ramon T. Aquino").replace("Mayor's Name", "Lea B. Cruz")
    assert [p["signatory"] for p in schema_of([filled])["parties"]] == ["Hon. Ramon T. Aquino", "Lea B. Cruz"]
