"""Who signs for whom: the identity paragraphs ("yang bertanda tangan di bawah ini") and the signature blocks in the
forms offices use, written out systematically (names with titles and degrees in any order, "selaku", "dalam
jabatannya sebagai", "yang diwakili oleh", labelled rows, acting officials, companies, units of ministries and
universities, lines wrapped by the text layer) and run through the extractor; each test here stands for a form it
misread. Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nPT CAHAYA TIRTA LESTARI\n\n"
         "NOMOR : 119/PKS/BAG.KS/2023\nNOMOR : 045/CTL/PKS/2023\n\nTENTANG\nPENGELOLAAN AIR BERSIH\n\n"
         "Pada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh tiga, bertempat di Sukamaju, "
         "kami yang bertanda tangan di bawah ini:\n\n")
_TAIL = ("\n\nPIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n\nPasal 1\nMAKSUD DAN TUJUAN\n\n"
         "Maksud Perjanjian ini adalah sebagai pedoman bagi PARA PIHAK.\n\nPasal 2\nPENUTUP\n\nDemikian Perjanjian "
         "ini dibuat dalam rangkap 2 (dua).\n")


def _parties(first: str, second: str) -> list[tuple]:
    found = schema_of([_HEAD + first + "\n\n" + second + _TAIL])["parties"]
    return [(party["role"], party["institution"], party["signatory"], party["position"]) for party in found]


_COMPANY = ("2. Budi Santoso, S.E., selaku Direktur Utama PT Cahaya Tirta Lestari, dalam hal ini bertindak untuk dan "
            "atas nama PT Cahaya Tirta Lestari, berkedudukan di Jalan Melati Nomor 3, Sukamaju, selanjutnya disebut "
            "PIHAK KEDUA.")
_COMPANY_FOUND = ("PIHAK KEDUA", "PT Cahaya Tirta Lestari", "Budi Santoso, S.E.", "Direktur Utama PT Cahaya Tirta Lestari")


def test_berkantor_di_ends_the_office_after_the_representative():
    # "PT X, yang diwakili oleh NAME, OFFICE, berkantor di …": the seat clause is no part of the office
    found = _parties("1. Pemerintah Kabupaten Sukamaju, yang diwakili oleh H. Arif Budiman, M.Si., Bupati Sukamaju, "
                     "berkantor di Jalan Merdeka Nomor 1, Sukamaju, selanjutnya disebut PIHAK PERTAMA;", _COMPANY)
    assert found == [("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "H. Arif Budiman, M.Si.", "Bupati Sukamaju"),
                     _COMPANY_FOUND]
    # the same clause after a name and its office with no body named before them
    found = _parties("1. Dra. Rina Kusuma, M.M., Kepala Dinas Pekerjaan Umum Kabupaten Sukamaju, berkantor di Jalan "
                     "Merdeka Nomor 9, Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten "
                     "Sukamaju, selanjutnya disebut PIHAK PERTAMA;", _COMPANY)
    assert found[0][3] == "Kepala Dinas Pekerjaan Umum Kabupaten Sukamaju"


def test_an_office_in_capitals_on_the_line_below_the_name():
    # "NAME, DEGREES" / "OFFICE IN CAPITALS" / "dalam hal ini …": the degrees stay with the name, the office is the
    # next line (an office in ordinary case below was read already)
    found = _parties("1. H. Arif Budiman, M.Si.\n   BUPATI SUKAMAJU\n   dalam hal ini bertindak untuk dan atas nama "
                     "Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;",
                     "2. Budi Santoso, S.E.\n   DIREKTUR UTAMA PT CAHAYA TIRTA LESTARI\n   dalam hal ini bertindak "
                     "untuk dan atas nama PT Cahaya Tirta Lestari, selanjutnya disebut PIHAK KEDUA.")
    assert [(role, body, name) for role, body, name, _ in found] == [
        ("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "H. Arif Budiman, M.Si."),
        ("PIHAK KEDUA", "PT Cahaya Tirta Lestari", "Budi Santoso, S.E.")]
    assert [office.lower() for *_, office in found] == ["bupati sukamaju", "direktur utama pt cahaya tirta lestari"]
    # a name without degrees, an acting officer's office in capitals below it
    found = _parties("1. Prof. Dr. Ir. H. Arif Budiman\n   PLT. KEPALA DINAS PERTANIAN KABUPATEN SUKAMAJU\n   dalam "
                     "hal ini bertindak untuk dan atas nama Dinas Pertanian Kabupaten Sukamaju, selanjutnya disebut "
                     "PIHAK PERTAMA;", _COMPANY)
    assert found[0][2] == "Prof. Dr. Ir. H. Arif Budiman"
    assert found[0][3].lower() == "plt. kepala dinas pertanian kabupaten sukamaju"


def test_an_acting_mark_at_the_end_of_the_names_line():
    # "NAME, NIP. …, Plt." / "Wali Kota X, …": the text layer wrapped the line after the acting mark
    found = _parties("1. Dr. Arif Budiman, M.Si., NIP. 197305122000031002, Plt.\n   Bupati Sukamaju, dalam hal ini "
                     "bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;",
                     _COMPANY)
    assert found[0] == ("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "Dr. Arif Budiman, M.Si.",
                        "Plt. Bupati Sukamaju")
    found = _parties("1. Dr. Arif Budiman, Pj.\n   Bupati Sukamaju, bertindak untuk dan atas nama Pemerintah Kabupaten "
                     "Sukamaju, selanjutnya disebut PIHAK PERTAMA;", _COMPANY)
    assert found[0][2:] == ("Dr. Arif Budiman", "Pj. Bupati Sukamaju")


def test_labelled_rows_wrapped_before_the_next_label():
    # "Jabatan : … Kantor Cabang" / "Sukamaju" / "Instansi : …": the office and the body run onto the next line
    # before the next row's label
    rows = ("1. PIHAK PERTAMA\n   Nama : H. Arif Budiman, M.Si.\n   Jabatan : Bupati Sukamaju\n   Instansi : "
            "Pemerintah Kabupaten Sukamaju\n   Alamat : Jalan Merdeka Nomor 1, Sukamaju")
    branch = ("2. PIHAK KEDUA\n   Nama : Budi Santoso, S.E.\n   Jabatan : Pemimpin Cabang PT Bank Tirta Makmur "
              "(Persero) Tbk Kantor Cabang\n   Sukamaju\n   Instansi : PT Bank Tirta Makmur (Persero) Tbk Kantor "
              "Cabang\n   Sukamaju\n   Alamat : Jalan Melati Nomor 3, Sukamaju")
    found = _parties(rows, branch)
    assert found[1] == ("PIHAK KEDUA", "PT Bank Tirta Makmur (Persero) Tbk Kantor Cabang Sukamaju", "Budi Santoso, S.E.",
                        "Pemimpin Cabang PT Bank Tirta Makmur (Persero) Tbk Kantor Cabang Sukamaju")
    # an office wrapped before the Instansi row, the body on one line
    hospital = ("2. PIHAK KEDUA\n   Nama : dr. Maya Halim, M.Kes\n   Jabatan : Direktur Rumah Sakit Umum Daerah "
                "Kabupaten\n   Tirta Raya\n   Instansi : Rumah Sakit Umum Daerah Kabupaten Tirta Raya\n   Alamat : "
                "Jalan Melati Nomor 3, Tirta Raya")
    assert _parties(rows, hospital)[1][3] == "Direktur Rumah Sakit Umum Daerah Kabupaten Tirta Raya"


def test_titles_glued_to_the_name():
    # "drg.RINA", "Dr.H.Ali", "apt.Budi": the title's dot with no space after it, before a name in capitals or
    # another title; the name keeps its dot and the compared name (without titles) is the person's
    from ingest.extract.names import clean_name, strip_name

    assert clean_name("drg.RINA KUSUMA, M.Kes.") == "drg. Rina Kusuma, M.Kes."
    assert clean_name("Dr.H.Arif Budiman, S.Ag., M.Pd.I") == "Dr. H. Arif Budiman, S.Ag., M.Pd.I"
    assert clean_name("apt.Budi Santoso, S.Farm") == "apt. Budi Santoso, S.Farm"
    for glued in ("Dr.H.Arif Budiman, S.Ag.", "Ir.Arif Budiman, MPH", "Dra.ARIF BUDIMAN,S.Pd.I"):
        assert strip_name(glued).lower() == "arif budiman", glued
    # initials stay a name's ("H.R. Budi"), never a title taken off
    assert strip_name("H.R. BUDI") == "H.R. Budi"
    found = _parties("1. drg.RINA KUSUMA, M.Kes., selaku Kepala Dinas Kesehatan Kabupaten Sukamaju, bertindak untuk dan "
                     "atas nama Dinas Kesehatan Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;", _COMPANY)
    assert found[0][2] == "drg. Rina Kusuma, M.Kes."


def test_a_balai_named_alone_is_a_body():
    # "II. Balai Besar X, berkedudukan …, selanjutnya disebut PIHAK KEDUA": the body, no one signing in the opening
    found = _parties("1. H. Arif Budiman, M.Si., selaku Bupati Sukamaju, bertindak untuk dan atas nama Pemerintah "
                     "Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;",
                     "2. Balai Besar Pelatihan Pertanian Tirta Raya, berkantor di Jalan Melati Nomor 3, Tirta Raya, "
                     "selanjutnya disebut PIHAK KEDUA.")
    assert found[1] == ("PIHAK KEDUA", "Balai Besar Pelatihan Pertanian Tirta Raya", None, None)
    found = _parties("1. H. Arif Budiman, M.Si., selaku Bupati Sukamaju, bertindak untuk dan atas nama Pemerintah "
                     "Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;",
                     "2. Fakultas Teknik Universitas Tirta Jaya, beralamat di Jalan Kampus Nomor 5, Tirta Raya, "
                     "selanjutnya disebut PIHAK KEDUA.")
    assert found[1][1:3] == ("Fakultas Teknik Universitas Tirta Jaya", None)


def test_the_office_under_the_name_in_a_block_headed_by_the_body():
    # "Untuk dan atas nama" / "BODY," / stamp / "NAME" / "Office": the office printed under the name is the position
    # of the party the opening names by its body alone
    text = (_HEAD + "1. Pemerintah Kabupaten Sukamaju, berkedudukan di Jalan Merdeka Nomor 1, Sukamaju, selanjutnya "
            "disebut PIHAK PERTAMA;\n\n2. PT Cahaya Tirta Lestari, berkedudukan di Jalan Melati Nomor 3, Sukamaju, "
            "selanjutnya disebut PIHAK KEDUA." + _TAIL + "\n"
            "Untuk dan atas nama                  Untuk dan atas nama\n"
            "PEMERINTAH KABUPATEN SUKAMAJU,       PT CAHAYA TIRTA LESTARI,\n\n"
            "Cap/Stempel                          Materai 10000\n"
            "H. ARIF BUDIMAN, M.Si.               Budi Santoso, S.E.\n"
            "Bupati Sukamaju                      Direktur Utama\n")
    found = [(p["institution"], p["signatory"], p["position"]) for p in schema_of([text])["parties"]]
    assert found == [("Pemerintah Kabupaten Sukamaju", "H. Arif Budiman, M.Si.", "Bupati Sukamaju"),
                     ("PT Cahaya Tirta Lestari", "Budi Santoso, S.E.", "Direktur Utama")]
    # an office after a blank line below the name belongs to no one (the next block's head ends in a comma)
    stacked = text.replace("Bupati Sukamaju                      Direktur Utama\n", "\nKEPALA BAGIAN HUKUM,\n")
    assert [p["position"] for p in schema_of([stacked])["parties"]] == [None, None]


def test_a_numeral_in_a_name_wrapped_to_the_lines_start():
    # "Kepala Divisi Regional" / "III PT X (Persero), …": the numeral continues the name, no item "III" opening a block
    found = _parties("1. H. Arif Budiman, M.Si., selaku Bupati Sukamaju, bertindak untuk dan atas nama Pemerintah "
                     "Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;",
                     "2. Budi Santoso, S.E., selaku Kepala Divisi Regional\n   III PT Cahaya Tirta Lestari (Persero), "
                     "dalam hal ini bertindak untuk dan atas nama Divisi Regional\n   III PT Cahaya Tirta Lestari "
                     "(Persero), selanjutnya disebut PIHAK KEDUA.")
    assert found[1] == ("PIHAK KEDUA", "Divisi Regional III PT Cahaya Tirta Lestari (Persero)", "Budi Santoso, S.E.",
                        "Kepala Divisi Regional III PT Cahaya Tirta Lestari (Persero)")


def test_labelled_rows_wrapped_before_the_acting_row():
    # "Jabatan : … PT X" / "(Persero)" / "Bertindak untuk dan atas nama : …": the wrapped end of the office, a
    # parenthesis too, before a row naming the body acted for
    rows = ("1. Nama : H. Arif Budiman, M.Si.\n   Jabatan : Bupati Sukamaju\n   Bertindak untuk dan atas nama : "
            "Pemerintah Kabupaten Sukamaju\n   selanjutnya disebut PIHAK PERTAMA;")
    company = ("2. Nama : Budi Santoso, S.E.\n   Jabatan : Kepala Divisi Operasi II PT Cahaya Tirta Lestari\n"
               "   (Persero)\n   Bertindak untuk dan atas nama : PT Cahaya Tirta Lestari (Persero) Kantor Cabang\n"
               "   Sukamaju\n   selanjutnya disebut PIHAK KEDUA.")
    assert _parties(rows, company)[1] == ("PIHAK KEDUA", "PT Cahaya Tirta Lestari (Persero) Kantor Cabang Sukamaju",
                                          "Budi Santoso, S.E.", "Kepala Divisi Operasi II PT Cahaya Tirta Lestari (Persero)")


def test_a_degree_without_a_comma_ends_the_names_line():
    # " Prof. Dr. Budi Santoso M.Pd." / "Rektor …" (items not numbered): the degree's dot is no sentence's end
    found = _parties(" Dr. Arif Budiman M.Si.\n   Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah "
                     "Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;",
                     " Prof. Dr. Budi Santoso M.Pd.\n   Rektor Universitas Tirta Jaya, dalam hal ini bertindak untuk dan "
                     "atas nama Universitas Tirta Jaya, selanjutnya disebut PIHAK KEDUA.")
    assert [party[2:] for party in found] == [("Dr. Arif Budiman M.Si.", "Bupati Sukamaju"),
                                              ("Prof. Dr. Budi Santoso M.Pd.", "Rektor Universitas Tirta Jaya")]


def test_menjabat_sebagai_states_the_office():
    found = _parties("1. H. Arif Budiman, M.Si. yang dalam hal ini menjabat sebagai Bupati Sukamaju, bertindak untuk dan "
                     "atas nama Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;", _COMPANY)
    assert found[0] == ("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "H. Arif Budiman, M.Si.", "Bupati Sukamaju")


def test_signature_blocks_under_roman_roles_and_stamps_beside_names():
    # "PIHAK I,      PIHAK II,": the numeral's comma is no initial's dot read wrong (the blocks were lost); a stamp
    # beside the name ("NAME      Cap/Stempel") is no part of it; a name ending in a degree without a comma is a name
    text = (_HEAD.replace("kami yang bertanda tangan di bawah ini:\n\n", "kami:\n\n") +
            "1. Pemerintah Kabupaten Sukamaju, berkedudukan di Jalan Merdeka Nomor 1, Sukamaju, selanjutnya disebut "
            "PIHAK I;\n\n2. PT Cahaya Tirta Lestari, berkedudukan di Jalan Melati Nomor 3, Sukamaju, selanjutnya "
            "disebut PIHAK II." + _TAIL.replace("PIHAK PERTAMA dan PIHAK KEDUA", "PIHAK I dan PIHAK II") + "\n"
            "PIHAK I,                             PIHAK II,\n"
            "BUPATI SUKAMAJU,                     DIREKTUR UTAMA,\n\n"
            "Materai 10000                        Budi Santoso M.M.\n\n\n"
            "H. ARIF BUDIMAN, M.Si.\n")
    found = [(p["signatory"], p["position"]) for p in schema_of([text])["parties"]]
    assert found == [("H. Arif Budiman, M.Si.", "Bupati Sukamaju"), ("Budi Santoso M.M.", "Direktur Utama")]
    stacked = text[:text.index("PIHAK I,  ")] + ("PIHAK I,\nBUPATI SUKAMAJU,\n\n\nH. ARIF BUDIMAN, M.Si.      Cap/Stempel\n"
                                                "\n\nPIHAK II,\nDIREKTUR UTAMA,\n\n\nMaterai 10000      Budi Santoso, M.M.\n")
    found = [(p["signatory"], p["position"]) for p in schema_of([stacked])["parties"]]
    assert found == [("H. Arif Budiman, M.Si.", "Bupati Sukamaju"), ("Budi Santoso, M.M.", "Direktur Utama")]
    # a one-word name with a degree and no comma
    single = stacked.replace("Budi Santoso, M.M.", "SUPARMIN S.H.")
    assert schema_of([single])["parties"][1]["signatory"] == "Suparmin S.H."
    # a line ending in an ordinary capitalised word and a full stop is no name ("… Ministry of Public Works.")
    from ingest.extract.signatures import looks_like_name

    assert not looks_like_name("Public Works.") and looks_like_name("Maya Budiman M.Sc.")


def test_a_representatives_rows_wrapped_before_the_designation():
    # "PT X, …, yang dalam hal ini diwakili oleh:" / "Nama : …" / "Jabatan : … Kantor Cabang" / "Sukamaju" /
    # "selanjutnya disebut …": the office's wrapped end before the designation line
    found = _parties("1. H. Arif Budiman, M.Si., selaku Bupati Sukamaju, bertindak untuk dan atas nama Pemerintah "
                     "Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;",
                     "2. PT Bank Tirta Makmur Kantor Cabang Sukamaju, berkedudukan di Jalan Melati Nomor 3, yang dalam "
                     "hal ini diwakili oleh:\n   Nama : Budi Santoso, S.E.\n   Jabatan : Pemimpin Cabang PT Bank Tirta "
                     "Makmur Kantor Cabang\n   Sukamaju\n   selanjutnya disebut PIHAK KEDUA.")
    assert found[1] == ("PIHAK KEDUA", "PT Bank Tirta Makmur Kantor Cabang Sukamaju", "Budi Santoso, S.E.",
                        "Pemimpin Cabang PT Bank Tirta Makmur Kantor Cabang Sukamaju")


def test_acting_offices_spelt_out():
    # "Pelaksana Tugas (Plt.) Kepala …", "Pelaksana Harian Bupati …": the acting mark is part of the office, in every
    # form the plain office is read in
    office = "Pelaksana Tugas (Plt.) Kepala Dinas Pertanian Kabupaten Sukamaju"
    body = "bertindak untuk dan atas nama Dinas Pertanian Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;"
    for name, first in (("Dr. Arif Budiman, M.Si.", f"1. Dr. Arif Budiman, M.Si., dalam kedudukannya selaku {office}, {body}"),
                        ("Dr. Arif Budiman M.Si.", f"1. Dr. Arif Budiman M.Si.\n   {office}, {body}"),
                        ("Dr. Arif Budiman, M.Si.", f"1. Dr. Arif Budiman, M.Si.\n   {office.upper()}\n   {body}")):
        found = _parties(first, _COMPANY)[0]
        assert (found[2], found[3].lower()) == (name, office.lower()), first
    found = _parties("1. Dr. Arif Budiman, Pelaksana Harian Bupati Sukamaju, bertindak untuk dan atas nama Pemerintah "
                     "Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;", _COMPANY)
    assert found[0][2:] == ("Dr. Arif Budiman", "Pelaksana Harian Bupati Sukamaju")


def test_a_long_office_in_a_signatures_labelled_row():
    # "Nama : …" / "Jabatan : Kepala Balai Besar X Direktorat Jenderal Y Kementerian Z" (over fourteen words): the row
    # states the office, however long
    office = ("Pelaksana Tugas Kepala Balai Besar Penjaminan Mutu Pendidikan Sukamaju Direktorat Jenderal Pendidikan "
              "Vokasi Kementerian Pendidikan")
    text = (_HEAD + "1. Balai Besar Penjaminan Mutu Pendidikan Sukamaju, berkedudukan di Jalan Merdeka Nomor 1, "
            "Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n\n" + _COMPANY + _TAIL + "\n"
            f"PIHAK PERTAMA\nTanda tangan :\nNama : Dr. Arif Budiman, M.Si.\nJabatan : {office}\n\n"
            "PIHAK KEDUA\nTanda tangan :\nNama : Budi Santoso, S.E.\nJabatan : Direktur Utama PT Cahaya Tirta Lestari\n")
    first = schema_of([text])["parties"][0]
    assert (first["signatory"], first["position"]) == ("Dr. Arif Budiman, M.Si.", office)


def test_a_long_capital_degree_ends_the_names_line():
    # "dr. X, Sp.PD-KGEH, FINASIM" / "KEPALA DINAS …": a degree in capitals of six or seven letters stays with the name
    found = _parties("1. dr. Arif Budiman, Sp.PD-KGEH, FINASIM\n   KEPALA DINAS KESEHATAN KABUPATEN SUKAMAJU\n   dalam "
                     "hal ini bertindak untuk dan atas nama Dinas Kesehatan Kabupaten Sukamaju, selanjutnya disebut PIHAK "
                     "PERTAMA;", _COMPANY)
    assert (found[0][2], found[0][3].lower()) == ("dr. Arif Budiman, Sp.PD-KGEH, FINASIM",
                                                  "kepala dinas kesehatan kabupaten sukamaju")


def test_a_hajis_title_opening_an_item_without_a_number():
    # " H. Arif Budiman M.Si." / "Bupati …" (items not numbered): the title stays the name's, no lettered item "H."
    found = _parties(" H. Arif Budiman M.Si.\n   Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah "
                     "Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;",
                     " H. Budi, S.E.\n   Direktur Utama PT Cahaya Tirta Lestari, dalam hal ini bertindak untuk dan atas "
                     "nama PT Cahaya Tirta Lestari, selanjutnya disebut PIHAK KEDUA.")
    assert [party[2] for party in found] == ["H. Arif Budiman M.Si.", "H. Budi, S.E."]
    capitals = _parties(" H. ARIF BUDIMAN, M.Si.\n   Bupati Sukamaju, bertindak untuk dan atas nama Pemerintah Kabupaten "
                        "Sukamaju, selanjutnya disebut PIHAK PERTAMA;", _COMPANY)
    assert capitals[0][2] == "H. Arif Budiman, M.Si."
