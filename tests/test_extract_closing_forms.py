"""Signature parts and closings of agreements in their common forms: the forms were written out systematically (who
signs, how the block is laid out, what stands under the name, which closing sentence dates it) with openings that
name the parties fully or leave the names to the closing, and run through the extractor; each test here stands for
a form it misread. Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.signatures import find_signatures
from tests.extract_texts import schema_of

_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\n{second}\nNOMOR : 12/PKS/2023\n"
         "TENTANG\nPELAYANAN KESEHATAN\n\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh "
         "tiga, kami yang bertanda tangan di bawah ini:\n\n")
_BODY = ("\nPIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK, sepakat mengadakan kerja sama "
         "sebagai berikut:\n\nPasal 1\nRUANG LINGKUP\n\nRuang lingkup kerja sama ini meliputi pelayanan kesehatan.\n\n"
         "Demikian Perjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua) asli.\n\nSukamaju, 12 Juni 2023\n\n")


def _rows(second: str, identity: str, closing: str) -> list[tuple]:
    parties = schema_of([_HEAD.format(second=second) + identity + _BODY + closing])["parties"]
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in parties]


_BODIES_ONLY = ("1. Pemerintah Kabupaten Sukamaju, berkedudukan di Jalan Melati 1, selanjutnya disebut PIHAK PERTAMA;\n"
                "2. {second}, berkedudukan di Jalan Kenanga 2, selanjutnya disebut PIHAK KEDUA.\n")


def test_side_by_side_blocks_read_by_where_each_line_starts():
    # the columns' cells are top-aligned: the second office wraps over more lines, so the names stand on different
    # lines and most lines hold one column only
    closing = ("PIHAK PERTAMA,                                  PIHAK KEDUA,\n"
               "BUPATI SUKAMAJU,                                KEPALA DINAS KESEHATAN\n"
               "                                                KABUPATEN SUKAMAJU,\n"
               "ttd.\n"
               "                                                ttd.\n"
               "WIRA ADHITAMA, S.E.\n"
               "                                                dr. LESTARI HANDAYANI, M.Kes.\n")
    rows = _rows("DINAS KESEHATAN KABUPATEN SUKAMAJU",
                 _BODIES_ONLY.format(second="Dinas Kesehatan Kabupaten Sukamaju"), closing)
    assert rows == [("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "Wira Adhitama, S.E.", "Bupati Sukamaju"),
                    ("PIHAK KEDUA", "Dinas Kesehatan Kabupaten Sukamaju", "dr. Lestari Handayani, M.Kes.",
                     "Kepala Dinas Kesehatan Kabupaten Sukamaju")]
    # the second party's block on the left, a stamp in one column only
    reversed_order = ("PIHAK KEDUA,                                    PIHAK PERTAMA,\n"
                      "KEPALA DINAS KESEHATAN                          BUPATI SUKAMAJU,\n"
                      "KABUPATEN SUKAMAJU,\n"
                      "                                                Materai 10000\n"
                      "dr. LESTARI HANDAYANI, M.Kes.                   WIRA ADHITAMA, S.E.\n")
    assert _rows("DINAS KESEHATAN KABUPATEN SUKAMAJU",
                 _BODIES_ONLY.format(second="Dinas Kesehatan Kabupaten Sukamaju"), reversed_order) == rows


def test_what_stands_under_a_name_is_no_name():
    # a rule under the name, the holder's civil-service rank, a police rank with its number, NIP
    blocks = find_signatures("PIHAK PERTAMA,\nKEPALA DINAS SOSIAL KOTA TIRTA,\n\n\nDrs. BAYU SETIADI, M.Si.\n"
                             "________________________\nPembina Utama Muda (IV/c)\nNIP. 19680101 199303 1 004\n\n\n"
                             "PIHAK KEDUA,\nKEPALA KEPOLISIAN RESOR TIRTA,\n\n\nANDRA KUSUMA, S.I.K.\n"
                             "AJUN KOMISARIS BESAR POLISI NRP 79030411\n")
    assert [(b.signatory, b.position) for b in blocks] == [
        ("Drs. Bayu Setiadi, M.Si.", "Kepala Dinas Sosial Kota Tirta"),
        ("Andra Kusuma, S.I.K.", "Kepala Kepolisian Resor Tirta")]
    rank_alone = find_signatures("PIHAK KEDUA,\nKOMANDAN KODIM 0712/TIRTA,\n\n\nHARIS MULYONO, S.Sos.\n"
                                 "LETNAN KOLONEL INF\n")
    assert (rank_alone[0].signatory, rank_alone[0].position) == ("Haris Mulyono, S.Sos.", "Komandan Kodim 0712/Tirta")


def test_an_office_wrapped_over_lines_and_a_body_written_above_its_office():
    blocks = find_signatures("PIHAK PERTAMA,\nPlt. KEPALA DINAS PENDIDIKAN\nKOTA TIRTA,\n\n\nSRI MULYANI, M.Pd.\n\n\n"
                             "PIHAK KEDUA,\nPT BANK SEJAHTERA NUSA\nKANTOR CABANG TIRTA\nPEMIMPIN CABANG,\n\n\n"
                             "FAJAR NUGROHO\n")
    assert [(b.institution, b.position, b.signatory) for b in blocks] == [
        (None, "Plt. Kepala Dinas Pendidikan Kota Tirta", "Sri Mulyani, M.Pd."),
        ("PT Bank Sejahtera Nusa Kantor Cabang Tirta", "Pemimpin Cabang", "Fajar Nugroho")]
    # the body above the office as before ("PEMERINTAH KOTA X / WALI KOTA X,")
    kept = find_signatures("PIHAK PERTAMA,\nPEMERINTAH KOTA TIRTA\nWALI KOTA TIRTA,\n\n\nANDI WIBOWO\n")
    assert (kept[0].institution, kept[0].position) == ("Pemerintah Kota Tirta", "Wali Kota Tirta")


def test_signing_on_behalf_of_a_regional_head():
    # "a.n. BUPATI X / SEKRETARIS DAERAH": the regional government; "u.b.": the office signing for the one above it
    blocks = find_signatures("PIHAK PERTAMA,\na.n. BUPATI SUKAMAJU\nSEKRETARIS DAERAH,\n\n\nIr. HADI PRANOTO, M.Si.\n"
                             "NIP. 19690303 199403 1 002\n\n\nPIHAK KEDUA,\na.n. WALI KOTA TIRTA\nSEKRETARIS DAERAH\n"
                             "u.b.\nASISTEN PEMERINTAHAN,\n\n\nDra. NINA KARTIKA\n")
    assert [(b.institution, b.position, b.signatory) for b in blocks] == [
        ("Pemerintah Kabupaten Sukamaju", "Sekretaris Daerah", "Ir. Hadi Pranoto, M.Si."),
        ("Pemerintah Kota Tirta", "Asisten Pemerintahan", "Dra. Nina Kartika")]
    # with the body written above the delegation, the body as written
    written = find_signatures("PIHAK PERTAMA,\nPEMERINTAH KABUPATEN SUKAMAJU\na.n. BUPATI SUKAMAJU\n"
                              "SEKRETARIS DAERAH,\n\n\nIr. HADI PRANOTO, M.Si.\n")
    assert (written[0].institution, written[0].position) == ("Pemerintah Kabupaten Sukamaju", "Sekretaris Daerah")


def test_a_witness_block_after_the_last_party_is_not_that_party():
    blocks = find_signatures("PIHAK PERTAMA,\nKEPALA UPTD PUSKESMAS SUKAMULYA,\n\n\ndrg. RINA AGUSTINA\n\n\n"
                             "PIHAK KEDUA,\nDIREKTUR RSUD KOTA TIRTA,\n\n\ndr. YOGA PRATAMA, Sp.B.\n\n"
                             "Mengetahui,\nKEPALA DINAS KESEHATAN KABUPATEN SUKAMAJU,\n\n\ndr. DEWI ANGGRAENI\n")
    assert [(b.signatory, b.position) for b in blocks] == [
        ("drg. Rina Agustina", "Kepala UPTD Puskesmas Sukamulya"), ("dr. Yoga Pratama, Sp.B.", "Direktur RSUD Kota Tirta")]


def test_bodies_the_identity_names_without_a_person():
    # "UPTD Puskesmas X, berkedudukan …" and "Kecamatan X, …" are bodies (the person comes from the closing);
    # "diwakili oleh Plt. Kepala Dinas X" is an acting office, its holder unnamed
    closing = ("PIHAK PERTAMA,                                  PIHAK KEDUA,\n"
               "BUPATI SUKAMAJU,                                KEPALA UPTD PUSKESMAS SUKAMULYA,\n\n\n"
               "WIRA ADHITAMA, S.E.                             drg. RINA AGUSTINA\n")
    rows = _rows("UPTD PUSKESMAS SUKAMULYA", _BODIES_ONLY.format(second="UPTD Puskesmas Sukamulya"), closing)
    assert rows[1] == ("PIHAK KEDUA", "UPTD Puskesmas Sukamulya", "drg. Rina Agustina", "Kepala UPTD Puskesmas Sukamulya")
    rows = _rows("KECAMATAN SUKAMULYA", _BODIES_ONLY.format(second="Kecamatan Sukamulya"),
                 closing.replace("KEPALA UPTD PUSKESMAS SUKAMULYA", "CAMAT SUKAMULYA        "))
    assert rows[1] == ("PIHAK KEDUA", "Kecamatan Sukamulya", "drg. Rina Agustina", "Camat Sukamulya")
    acting = ("1. Pemerintah Kabupaten Sukamaju, berkedudukan di Jalan Melati 1, selanjutnya disebut PIHAK PERTAMA;\n"
              "2. Dinas Pendidikan Kabupaten Sukamaju, dalam hal ini diwakili oleh Plt. Kepala Dinas Pendidikan "
              "Kabupaten Sukamaju, selanjutnya disebut PIHAK KEDUA.\n")
    rows = _rows("DINAS PENDIDIKAN KABUPATEN SUKAMAJU", acting,
                 "PIHAK PERTAMA,\nBUPATI SUKAMAJU,\n\n\nWIRA ADHITAMA, S.E.\n\n\nPIHAK KEDUA,\n"
                 "Plt. KEPALA DINAS PENDIDIKAN\nKABUPATEN SUKAMAJU,\n\n\nSRI MULYANI, M.Pd.\n")
    assert rows[1] == ("PIHAK KEDUA", "Dinas Pendidikan Kabupaten Sukamaju", "Sri Mulyani, M.Pd.",
                       "Plt. Kepala Dinas Pendidikan Kabupaten Sukamaju")


def test_english_blocks_for_and_on_behalf_of_in_title_case():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF SUKAMAJU REGENCY\nAND\nTHE CITY OF NORDVIK\n"
            "ON\nCULTURAL EXCHANGE\n\nThe Parties have agreed as follows:\n\nArticle 1\nThe Parties shall promote "
            "exchanges of artists.\n\nDone in duplicate in Sukamaju on 3 May 2022.\n\n")
    stacked = ("For and on behalf of\nthe Government of Sukamaju Regency,\n\n\nWIRA ADHITAMA\nRegent\n\n"
               "For and on behalf of\nthe City of Nordvik,\n\n\nASTRID LUND\nMayor\n")
    side = ("For and on behalf of                              For and on behalf of\n"
            "the Government of Sukamaju Regency,               the City of Nordvik,\n\n\n"
            "WIRA ADHITAMA                                     ASTRID LUND\n"
            "Regent                                            Mayor\n")
    for closing in (stacked, side):
        parties = schema_of([text + closing])["parties"]
        assert [(p["signatory"], p["position"]) for p in parties] == [("Wira Adhitama", "Regent"),
                                                                     ("Astrid Lund", "Mayor")]
    # a sentence opening with "For" is no block
    prose = text + "For the purposes of this Memorandum, each Party bears its own costs.\n\n" + stacked
    assert [p["signatory"] for p in schema_of([prose])["parties"]] == ["Wira Adhitama", "Astrid Lund"]


def test_a_drafts_blank_name_under_a_stated_office_keeps_the_office():
    blocks = find_signatures("PIHAK PERTAMA,                                  PIHAK KEDUA,\n"
                             "BUPATI SUKAMAJU,                                DIREKTUR RSUD KOTA TIRTA,\n\n\n"
                             "(..............................)                (..............................)\n")
    assert [(b.signatory, b.position) for b in blocks] == [(None, "Bupati Sukamaju"), (None, "Direktur RSUD Kota Tirta")]
    # no office either: nothing
    assert find_signatures("PIHAK PERTAMA,\n\n\n(..............................)\n") == []


def test_role_lines_written_untuk_dan_atas_nama():
    side = ("Untuk dan atas nama PIHAK PERTAMA,                  Untuk dan atas nama PIHAK KEDUA,\n"
            "BUPATI SUKAMAJU,                                    DIREKTUR RSUD KOTA TIRTA,\n\n\n"
            "WIRA ADHITAMA, S.E.                                 dr. YOGA PRATAMA, Sp.B.\n")
    stacked = ("Atas nama PIHAK PERTAMA,\nBUPATI SUKAMAJU,\n\n\nWIRA ADHITAMA, S.E.\n\n\n"
               "a.n. PIHAK KEDUA\nDIREKTUR RSUD KOTA TIRTA,\n\n\ndr. YOGA PRATAMA, Sp.B.\n")
    for text in (side, stacked):
        assert [(b.role, b.signatory, b.position) for b in find_signatures(text)] == [
            ("PIHAK PERTAMA", "Wira Adhitama, S.E.", "Bupati Sukamaju"),
            ("PIHAK KEDUA", "dr. Yoga Pratama, Sp.B.", "Direktur RSUD Kota Tirta")]


def test_the_office_under_the_name():
    side = ("PIHAK PERTAMA                                   PIHAK KEDUA\n\n\n\n"
            "WIRA ADHITAMA, S.E.                             dr. YOGA PRATAMA, Sp.B.\n"
            "Bupati Sukamaju                                 Direktur RSUD Kota Tirta\n")
    stacked = ("PIHAK PERTAMA,\n\n\n\nWIRA ADHITAMA, S.E.\nBupati Sukamaju\n\n\n"
               "PIHAK KEDUA,\nRSUD KOTA TIRTA\n\n\ndr. YOGA PRATAMA, Sp.B.\nDirektur\n")
    assert [(b.signatory, b.position) for b in find_signatures(side)] == [
        ("Wira Adhitama, S.E.", "Bupati Sukamaju"), ("dr. Yoga Pratama, Sp.B.", "Direktur RSUD Kota Tirta")]
    assert [(b.institution, b.signatory, b.position) for b in find_signatures(stacked)] == [
        (None, "Wira Adhitama, S.E.", "Bupati Sukamaju"), ("RSUD Kota Tirta", "dr. Yoga Pratama, Sp.B.", "Direktur")]
    # the usual order is read as before, a body above the office included
    usual = find_signatures("PIHAK PERTAMA,\nPEMERINTAH KABUPATEN SUKAMAJU\nBUPATI SUKAMAJU,\n\n\nWIRA ADHITAMA\n")
    assert [(b.institution, b.signatory, b.position) for b in usual] == [
        ("Pemerintah Kabupaten Sukamaju", "Wira Adhitama", "Bupati Sukamaju")]


def test_labelled_rows_and_a_stamps_value_under_the_role():
    labelled = find_signatures("PIHAK PERTAMA\nTanda tangan :\nNama         : WIRA ADHITAMA, S.E.\n"
                               "Jabatan      : Bupati Sukamaju\n\nPIHAK KEDUA\nTanda tangan :\n"
                               "Nama         : dr. YOGA PRATAMA, Sp.B.\nJabatan      : Direktur RSUD Kota Tirta\n")
    assert [(b.signatory, b.position) for b in labelled] == [
        ("Wira Adhitama, S.E.", "Bupati Sukamaju"), ("dr. Yoga Pratama, Sp.B.", "Direktur RSUD Kota Tirta")]
    stamp = find_signatures("PIHAK PERTAMA,\nBUPATI SUKAMAJU,\n\nMATERAI\nRp10.000\n\nWIRA ADHITAMA, S.E.\n")
    assert (stamp[0].signatory, stamp[0].position) == ("Wira Adhitama, S.E.", "Bupati Sukamaju")


def test_a_drafts_closing_with_the_day_left_blank_gives_the_place_only():
    blocks = "PIHAK PERTAMA,\nBUPATI SUKAMAJU,\n\n\nWIRA ADHITAMA\n\n\nPIHAK KEDUA,\nDIREKTUR RSUD KOTA TIRTA,\n\n\nYOGA\n"
    identity = _BODIES_ONLY.format(second="RSUD Kota Tirta")
    for line in ("Sukamaju,            Juni 2023", "Sukamaju, .............. 2023", "Sukamaju, …… Juni 2023"):
        text = (_HEAD.format(second="RSUD KOTA TIRTA").replace("Senin tanggal dua belas bulan Juni tahun dua ribu dua "
                                                                "puluh tiga", "........ tanggal ........ bulan ........")
                + identity + _BODY.replace("Sukamaju, 12 Juni 2023", line) + blocks)
        found = schema_of([text])
        assert (found["sign_date"], found["sign_place"]) == (None, "Sukamaju")


def test_columns_headed_by_the_signers_offices_without_roles():
    identity = ("1. Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju, "
                "selanjutnya disebut PIHAK PERTAMA;\n2. Dinas Kesehatan Kota Tirta, berkedudukan di Jalan Kenanga 2, "
                "selanjutnya disebut PIHAK KEDUA.\n")
    side = ("KEPALA DINAS KESEHATAN                        BUPATI SUKAMAJU,\n"
            "KOTA TIRTA,\n\n"
            "ttd.                                          ttd.\n\n"
            "dr. LESTARI HANDAYANI, M.Kes.                 WIRA ADHITAMA, S.E.\n"
            "NIP. 19700101 199503 2 001\n")
    stacked = ("BUPATI SUKAMAJU,\n\n\nWIRA ADHITAMA, S.E.\n\n\nKEPALA DINAS KESEHATAN\nKOTA TIRTA,\n\n\n"
               "dr. LESTARI HANDAYANI, M.Kes.\n")
    for closing in (side, stacked):
        rows = _rows("DINAS KESEHATAN KOTA TIRTA", identity, closing)
        # the first party by its office, the second by the office heading its body (never by the columns' order)
        assert rows == [("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "Wira Adhitama, S.E.", "Bupati Sukamaju"),
                        ("PIHAK KEDUA", "Dinas Kesehatan Kota Tirta", "dr. Lestari Handayani, M.Kes.",
                         "Kepala Dinas Kesehatan Kota Tirta")]
    # a head that names no party's office or body names nobody's signer
    other = stacked.replace("BUPATI SUKAMAJU,", "KETUA DPRD SUKAMAJU,")
    assert _rows("DINAS KESEHATAN KOTA TIRTA", identity, other)[0][2] is None


def test_a_number_on_the_names_line_leaves_the_name():
    blocks = find_signatures("PIHAK PERTAMA,\nKEPALA DINAS SOSIAL KOTA TIRTA,\n\n\nDrs. BAYU SETIADI, NIP. 19680101 199303 1 004\n")
    assert (blocks[0].signatory, blocks[0].position) == ("Drs. Bayu Setiadi", "Kepala Dinas Sosial Kota Tirta")
