"""Texts that made a pattern try every way of splitting a run (catastrophic backtracking): before the patterns' runs
were made possessive, each of these took hours or longer (one real agreement's scope item hung the extractor, and a
search word of dashes could hang a web worker). Each test checks what comes out; every text is invented here."""
from __future__ import annotations

from ingest.extract.cleanup import clean_pages
from ingest.extract.obligations import _scope_parts
from models.number_keys import query_key
from tests.extract_texts import schema_of

_RUN_ON = "pelatihan aparatur desa, Bidang Kesehatan " + "masyarakat desa terpencil " * 12 + "(dua)"


def test_a_scope_item_ending_in_a_long_run_of_words_keeps_them():
    assert _scope_parts(_RUN_ON) == [_RUN_ON]  # no trailing heading to cut: the item stays whole
    # a running footer in capitals after the item is still cut off
    assert _scope_parts("pendidikan, Nota Kesepahaman Pemerintah Kota Tirta dan") == ["pendidikan"]


def test_a_whole_agreement_with_such_an_item_is_read():
    text = ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDAN\nUNIVERSITAS TIRTA\nTENTANG\n"
            "PEMBERDAYAAN MASYARAKAT\n\nPasal 2\nRUANG LINGKUP\nRuang lingkup Kesepakatan Bersama ini meliputi:\n"
            f"a. {_RUN_ON};\nb. penelitian terapan.\n\nPasal 3\nJANGKA WAKTU\nKesepakatan Bersama ini berlaku selama "
            "2 (dua) tahun.\n")
    facts = schema_of([text])
    assert facts["scope"][-1] == "penelitian terapan"
    assert facts["scope"][0].startswith("pelatihan aparatur desa")


def test_runs_of_marks_and_spaces_are_read_as_before():
    page = ("PERJANJIAN KERJA SAMA\n" + " " * 3000 + "x\n" + "-" * 400 + "X\n"
            + "Pasal 1\nJangka waktu berlaku terhitung" + " " * 400 + "sejak ditandatangani.\n")
    cleaned = clean_pages([page])
    assert "Pasal 1" in cleaned.text and "-" * 400 + "X" in cleaned.text


def test_a_search_word_of_separators_is_no_number():
    assert query_key("0" + "-" * 60 + "!") is None
    assert query_key("0" + "-" * 60 + "1") is not None  # digits joined by separators still are
    assert query_key("119/KB.12-Ker/2023") is not None


_AGREEMENT = ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDAN\nUNIVERSITAS TIRTA\n"
              "NOMOR : 119/KB/2023\nNOMOR : 45/UT/2023\nTENTANG\nPEMBERDAYAAN MASYARAKAT DESA\n\n"
              "Pada hari ini Senin tanggal dua bulan Januari tahun dua ribu dua puluh tiga bertempat di Sukamaju, "
              "kami yang bertanda tangan di bawah ini:\n"
              "1. BUDI SANTOSO : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten "
              "Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n"
              "2. Prof. Dr. SITI AMINAH : Rektor Universitas Tirta, selanjutnya disebut PIHAK KEDUA.\n\n"
              "Pasal 1\nJANGKA WAKTU\nKesepakatan Bersama ini berlaku selama 3 (tiga) tahun.\n")


def test_a_text_layer_of_twenty_thousand_blanks_reads_as_without_them():
    """Rules that scan a heading line then the next took close to a minute on such a run; a run is now read as
    LONGEST_BLANK blanks (and blank lines in a row as MOST_BLANK_LINES), and every value's evidence still points at
    the original page's characters."""
    plain = schema_of([_AGREEMENT])
    for mark in ("TENTANG\n", "ANTARA\n", "Pasal 1\n", "NOMOR :"):
        cut = _AGREEMENT.index(mark) + len(mark)
        lines = ("\n" * 5000, " \n" * 3000) if mark.endswith("\n") else ()  # blank lines between lines
        for run in (" " * 20000, "\t " * 6000, *lines):
            page = _AGREEMENT[:cut] + run + _AGREEMENT[cut:]
            padded = schema_of([page])
            evidence = padded.pop("evidence")
            assert padded == {key: value for key, value in plain.items() if key != "evidence"}, mark
            for field, where in evidence.items():
                before = plain["evidence"][field]
                shift = len(run) if before["start"] >= cut else 0
                assert where["start"] == before["start"] + shift, (mark, field)
                if before["start"] >= cut or before["end"] <= cut:
                    assert where["end"] == before["end"] + (len(run) if before["end"] > cut else 0), (mark, field)


def test_a_word_of_twenty_thousand_letters_is_left_as_it_is_and_mangled_keywords_still_mended():
    """The OCR-confusion token pattern tried every split of a long word (1.8 s for 20,000 letters); the same tokens
    are read, now in one pass."""
    from ingest.extract.cleanup import fix_ocr

    word = "Pl" * 10000
    assert fix_ocr(f"NOMOR : {word} x")[0] == f"NOMOR : {word} x"
    fixed, changed = fix_ocr("P1HAK KEDUA dan Pasa1 3 serta N0MOR 12")
    assert fixed == "PIHAK KEDUA dan Pasal 3 serta NOMOR 12" and changed


def test_a_run_of_twenty_thousand_dots_inside_a_value_is_no_blank_tail_and_reads_as_without_it():
    """The blank-tail patterns, searched from a value's start, tried every offset and every split of a long run of
    dots that something follows (cubic: 1,000 dots after a signatory's name took 1.1 s, 2,000 took 8.3 s); they now read
    only the value's trailing run."""
    from ingest.extract.text import without_blank_tail

    dots = "." * 20000
    assert without_blank_tail(f"Direktur {dots} Rumah Sakit") == f"Direktur {dots} Rumah Sakit"
    assert without_blank_tail(f"Direktur {dots}") == "Direktur"
    assert without_blank_tail(f"dr. Sinta, Sp.PD{dots} \n", glued_only=True) == "dr. Sinta, Sp.PD"
    assert without_blank_tail("Kepala Dinas … selaku", glued_only=True) == "Kepala Dinas … selaku"
    plain = schema_of([_AGREEMENT])
    for mark in ("1. BUDI SANTOSO", "Rektor Universitas Tirta"):
        cut = _AGREEMENT.index(mark) + len(mark)
        for run in (dots, "…" * 5000, ". " * 5000):
            padded = schema_of([_AGREEMENT[:cut] + run + _AGREEMENT[cut:]])
            assert padded["parties"] == plain["parties"], (mark, run[:3])
