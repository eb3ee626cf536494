"""OCR damage in scanned agreements: invented agreements of every kind were drawn as page images, degraded the way
scans are (150-300 dpi, blur, speckle, skew, JPEG, a stamp and a signature over the names), read by Arsip's own OCR
and extracted; each test here stands for a form of damage the extractor misread. Every text here is invented for
these tests (the damage written in by hand, after the forms tesseract left)."""
from __future__ import annotations

from ingest.extract.cleanup import fix_ocr
from tests.extract_texts import schema_of

_HEAD = ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nUNIVERSITAS TIRTA JAYA\nTENTANG\n"
         "PENGEMBANGAN SUMBER DAYA MANUSIA\nNOMOR : 119/KB/BAG.KS/2023\n\n")
_OPENING = ("Pada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh tiga, bertempat di Sukamaju, "
            "kami yang bertanda tangan di bawah ini:\n")
_PARTIES = ("1. H. Arif Budiman, S.E. : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah "
            "Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA.\n"
            "2. Prof. Dr. Sutrisno Hadi, M.Sc. : Rektor Universitas Tirta Jaya, dalam hal ini bertindak untuk dan "
            "atas nama Universitas Tirta Jaya, selanjutnya disebut PIHAK KEDUA.\n")
_AGREE = "PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n"
_SCOPE = ("Pasal 1\nRUANG LINGKUP\nRuang lingkup Kesepakatan Bersama ini meliputi:\na. pendidikan dan pelatihan;\n"
          "b. penelitian dan pengkajian;\nc. pengabdian kepada masyarakat.\n")
_TERM = ("Pasal 2\nJANGKA WAKTU\nKesepakatan Bersama ini berlaku untuk jangka waktu 2 (dua) tahun terhitung sejak "
         "tanggal ditandatangani.\n")
_CLOSE = ("Pasal 3\nPENUTUP\nKesepakatan Bersama ini dibuat dalam rangkap 2 (dua).\n\n"
          "PIHAK PERTAMA                    PIHAK KEDUA\n\n\n"
          "H. ARIF BUDIMAN, S.E.            Prof. Dr. SUTRISNO HADI, M.Sc.\n")
_SCOPE_ITEMS = ["pendidikan dan pelatihan", "penelitian dan pengkajian", "pengabdian kepada masyarakat"]


def _extract(opening: str = _OPENING, parties: str = _PARTIES, scope: str = _SCOPE, term: str = _TERM) -> dict:
    return schema_of([_HEAD + opening + parties + _AGREE + scope + term + _CLOSE])


def _party(found: dict, role: str) -> dict:
    return next((party for party in found["parties"] if party["role"] == role), {})


def test_an_article_heading_after_a_speck_or_with_its_number_glued():
    # "; Pasal 1", "| Pasal2 .", "Pasal1": the article is still found, so its list is the scope
    for heading in ("; Pasal 1", "| Pasal1 .", "Pasal1", "\u201cPasal 1"):
        found = _extract(scope=_SCOPE.replace("Pasal 1", heading, 1))
        assert found["scope"] == _SCOPE_ITEMS, heading
    # the term article likewise
    assert _extract(term=_TERM.replace("Pasal 2", "Pasal2"))["duration"] == "P2Y"


_FORM = ("1. Nama : Drs. Bambang Wiryo, M.Si.\n   Jabatan : Kepala Dinas Kesehatan Kabupaten Sukamaju\n"
         "   Alamat : Jalan Merdeka No. 4, Sukamaju\n"
         "dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan Kabupaten Sukamaju, selanjutnya disebut PIHAK "
         "PERTAMA.\n"
         "2. Nama : Prof. Dr. Sutrisno Hadi, M.Sc.\n   Jabatan : Rektor Universitas Tirta Jaya\n"
         "   Alamat : Jalan Kampus No. 5, Tirta\n"
         "dalam hal ini bertindak untuk dan atas nama Universitas Tirta Jaya, selanjutnya disebut PIHAK KEDUA.\n")


def test_a_form_label_whose_colon_the_scan_misread():
    # the colon read as a dash, a guillemet, a quote, or doubled with a speck; "Jabatan" read with an h
    for name_row, office_row in (("1. Nama - Drs.", "Jahatan - Kepala"), ("1. Nama \u201cDrs.", "Jabatan \u2014 Kepala"),
                                 ("1. Nama ' : Drs.", "Jabatan . : Kepala"), ("1. Nama : | : Drs.", "Jabatan __.\u00bb + Kepala"),
                                 ("1,.Nama ' : Drs.", "Jabatan ; : Kepala")):
        parties = _FORM.replace("1. Nama : Drs.", name_row).replace("Jabatan : Kepala", office_row)
        first = _party(_extract(parties=parties), "PIHAK PERTAMA")
        assert first.get("signatory") == "Drs. Bambang Wiryo, M.Si.", name_row
        assert first.get("position") == "Kepala Dinas Kesehatan Kabupaten Sukamaju", office_row
    # a word that only starts like a label, and a label read right, are left as written
    assert fix_ocr("Nama-nama peserta\nNama : Budi")[0] == "Nama-nama peserta\nNama : Budi"


def test_a_digit_one_read_as_a_bar_before_its_words():
    term = "Pasal 2\nJANGKA WAKTU\nKesepakatan Bersama ini berlaku untuk jangka waktu | (satu) tahun.\n"
    assert _extract(term=term)["duration"] == "P1Y"
    assert _extract(term=term.replace("| (satu)", "l (satu)"))["duration"] == "P1Y"


def test_a_titles_dot_read_as_a_colon():
    parties = _PARTIES.replace("2. Prof. Dr. Sutrisno", "2. Prof: Dr. Sutrisno")
    assert _party(_extract(parties=parties), "PIHAK KEDUA")["signatory"] == "Prof. Dr. Sutrisno Hadi, M.Sc."
    parties = _PARTIES.replace("2. Prof. Dr. Sutrisno Hadi", "2. PROF. DR: SUTRISNO HADI")
    assert _party(_extract(parties=parties), "PIHAK KEDUA")["signatory"] == "Prof. Dr. Sutrisno Hadi, M.Sc."


def test_a_hyphen_for_the_space_after_a_dates_label():
    opening = _OPENING.replace("bulan Juni", "bulan-Juni")
    assert _extract(opening=opening)["sign_date"] == "2023-06-12"
    assert _extract(opening=_OPENING.replace("hari ini", "hari-ini"))["sign_date"] == "2023-06-12"


def test_a_list_letter_read_as_a_sign():
    # "c." read as "©." or "«." on its own line, or run into the item before it
    for marker in ("\u00a9.", "\u00ab.", "\u00a2."):
        found = _extract(scope=_SCOPE.replace("c. pengabdian", f"{marker} pengabdian"))
        assert found["scope"] == _SCOPE_ITEMS, marker
    run_in = _SCOPE.replace(";\nc. pengabdian", ": \u00a9. pengabdian")
    assert _extract(scope=run_in)["scope"] == _SCOPE_ITEMS
    # "a." read as "&." and a speck after an item's closing mark
    found = _extract(scope=_SCOPE.replace("a. pendidikan dan pelatihan;", "&. pendidikan dan pelatihan, ~"))
    assert found["scope"] == _SCOPE_ITEMS


def test_a_roman_item_number_misread_before_the_name():
    selaku = ("I. H. Arif Budiman, S.E., selaku Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama "
              "Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n"
              "II. DRS. SUTRISNO HADI, selaku Rektor Universitas Tirta Jaya, dalam hal ini bertindak untuk dan atas "
              "nama Universitas Tirta Jaya, selanjutnya disebut PIHAK KEDUA.\n")
    for mark in ("Il \u00ab", "L-", "Il \u201c", "IL"):
        found = _extract(parties=selaku.replace("II. DRS.", f"{mark} DRS."))
        assert _party(found, "PIHAK KEDUA")["signatory"] == "Drs. Sutrisno Hadi", mark
    found = _extract(parties=_PARTIES.replace("2. Prof. Dr.", "Il: Prof. Dr."))  # "NAME : office" rows
    assert _party(found, "PIHAK KEDUA")["signatory"] == "Prof. Dr. Sutrisno Hadi, M.Sc."
    found = _extract(parties=selaku.replace("I. H. Arif Budiman", "L H.ARIF BUDIMAN"))
    assert _party(found, "PIHAK PERTAMA")["signatory"] == "H. Arif Budiman, S.E."


def test_a_speck_between_a_roles_words():
    parties = ("I. H. Arif Budiman, S.E., selaku Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama "
               "Pemerintah Kabupaten Sukamaju, yang berkedudukan di Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n"
               "I. Prof. Dr. Sutrisno Hadi, selaku Rektor Universitas Tirta Jaya, dalam hal ini bertindak untuk dan "
               "atas nama Universitas Tirta Jaya, yang berkedudukan di Tirta, selanjutnya disebut PIHAK: KEDUA, .\n")
    # (the second item's "II." read as "I.": only the role tells the party)
    second = _party(_extract(parties=parties), "PIHAK KEDUA")
    assert (second.get("institution"), second.get("position")) == ("Universitas Tirta Jaya",
                                                                   "Rektor Universitas Tirta Jaya")


def test_the_acting_clause_misread_ends_the_office():
    for clause in ("dalam bal ini", "dalam lial ini", "dalam hal inj"):
        parties = _PARTIES.replace("Bupati Sukamaju, dalam hal ini", f"Bupati Sukamaju, {clause}")
        assert _party(_extract(parties=parties), "PIHAK PERTAMA")["position"] == "Bupati Sukamaju", clause


def test_a_towns_name_wrapped_onto_the_next_line_or_of_three_words():
    # "bertempat di Kota" / "Lembah Hijau, kami …": the line broke inside the town's name
    opening = _OPENING.replace("bertempat di Sukamaju, kami", "bertempat di Kota\nLembah Hijau, kami")
    assert _extract(opening=opening)["sign_place"] == "Kota Lembah Hijau"
    opening = _OPENING.replace("bertempat di Sukamaju, kami", "bertempat di Batu\nPutih Raya, kami")
    assert _extract(opening=opening)["sign_place"] == "Batu Putih Raya"
    # a regency or town whose name has three words
    opening = _OPENING.replace("bertempat di Sukamaju", "bertempat di Kabupaten Muara Sungai Tengah")
    assert _extract(opening=opening)["sign_place"] == "Kabupaten Muara Sungai Tengah"


def test_a_dot_for_the_space_inside_an_office_or_a_body():
    parties = _PARTIES.replace("2. Prof. Dr. Sutrisno Hadi, M.Sc. : Rektor Universitas Tirta Jaya",
                               "2. Prof. Dr. Sutrisno Hadi, M.Sc. : Kepala. Badan Riset Kota.Tirta")
    second = _party(_extract(parties=parties), "PIHAK KEDUA")
    assert second["position"] == "Kepala Badan Riset Kota Tirta"
    parties = _PARTIES.replace(": Bupati Sukamaju,", ": Wali.Kota Sukamaju,")
    assert _party(_extract(parties=parties), "PIHAK PERTAMA")["position"] == "Wali Kota Sukamaju"
    # a sentence that ends with such a word stays a sentence
    assert fix_ocr("melalui Pengadilan Negeri. Apabila")[0] == "melalui Pengadilan Negeri. Apabila"
