"""Party forms of published agreements the extractor missed (issue 18.3, extractor 1.8.0): identity tables whose
rows follow each other, parties named only in the heading's ANTARA/BETWEEN structure or by short names, the second
party of a long notarial paragraph, commas inside a body's name, English signature blocks. Every text here is
written for these tests."""
from __future__ import annotations

from ingest.extract.columns import join_wrapped_names
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
