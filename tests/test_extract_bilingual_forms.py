"""Agreements with foreign partners printed in Indonesian and English: one language after the other (headings in
both, each paragraph then its translation) or side by side in two columns that the text layer gives line by line, a
single space between the cells. The forms were written out systematically (scratch generator of invented MoUs of
universities, cities, hospitals, companies and directorates general with foreign partners) and run through the
extractor; each test here stands for a form it misread. Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_OPENING = ("Pada hari ini Rabu tanggal tujuh bulan Juni tahun dua ribu dua puluh tiga (07-06-2023), bertempat di "
            "Tanjung Reka, kami yang bertanda tangan di bawah ini:",
            "On this Wednesday, the seventh day of June in the year 2023 (07-06-2023), in Tanjung Reka, we the "
            "undersigned:")
_TERM = ("Nota Kesepahaman ini berlaku selama 4 (empat) tahun sejak tanggal ditandatangani dan dapat diperpanjang "
         "atas kesepakatan PARA PIHAK.",
         "This Memorandum of Understanding shall be valid for 4 (four) years from the date of signing and may be "
         "extended by mutual agreement of the PARTIES.")
_CLOSING = ("Demikian Nota Kesepahaman ini dibuat dalam rangkap dua dalam bahasa Indonesia dan bahasa Inggris.",
            "In witness whereof, this Memorandum of Understanding is made in duplicate in Indonesian and English.")


def _parties(first: tuple[str, str, str, str], second: tuple[str, str, str, str]) -> list[tuple[str, str]]:
    """(name, office, office in English, body) of each side: the identity paragraphs in both languages."""
    rows = []
    for number, (name, office, office_en, body), role, role_en in ((1, first, "PERTAMA", "FIRST"),
                                                                   (2, second, "KEDUA", "SECOND")):
        rows.append((f"{number}. {name} : {office}, dalam hal ini bertindak untuk dan atas nama {body}, "
                     f"selanjutnya disebut PIHAK {role}.",
                     f"{number}. {name} : {office_en}, in this matter acting for and on behalf of {body}, "
                     f"hereinafter referred to as the {role_en} PARTY."))
    return rows


_FIRST = ("Dr. Hendra Kusuma", "Rektor", "Rector", "Universitas Bukit Mulia")
_SECOND = ("Prof. Ingrid Ashcombe", "Presiden", "President", "University of Kestrel Bay")


def _sequential(heading: list[str], pairs: list[tuple[str, str]]) -> dict:
    """Each paragraph, then its English, under a heading in both languages."""
    text = "\n".join(heading) + "\n\n" + "".join(f"{ours}\n\n{theirs}\n\n" for ours, theirs in pairs)
    return schema_of([text])


def _columns(pairs: list[tuple[str, str] | str], width: int = 38) -> dict:
    """Two columns `width` wide, each line of the text layer holding both cells a single space apart (a string: lines
    as the text layer gave them)."""
    def wrap(paragraph: str) -> list[str]:
        lines, line = [], ""
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return lines + [line] if line else lines
    out = []
    for pair in pairs:
        if isinstance(pair, str):
            out += [pair, ""]
            continue
        ours, theirs = pair
        left, right = wrap(ours), wrap(theirs)
        for index in range(max(len(left), len(right))):
            out.append(" ".join(part[index] for part in (left, right) if index < len(part)))
        out.append("")
    return schema_of(["\n".join(out)])


def _body_pairs(first=_FIRST, second=_SECOND, term=_TERM) -> list[tuple[str, str]]:
    return [_OPENING, *_parties(first, second), ("Pasal 1", "Article 1"), ("JANGKA WAKTU", "DURATION"), term,
            _CLOSING]


_HEADING = ["NOTA KESEPAHAMAN", "MEMORANDUM OF UNDERSTANDING", "", "ANTARA", "BETWEEN", "",
            "UNIVERSITAS BUKIT MULIA", "", "DAN", "AND", "", "UNIVERSITY OF KESTREL BAY", "",
            "Nomor : 318/UBM/KS/2023", ""]


def test_tentang_and_its_translation_on_two_lines_label_the_indonesian_subject():
    # "TENTANG" / "ON" / the subject / its English: the Indonesian subject, no "On", no translation
    found = _sequential(_HEADING + ["TENTANG", "ON", "", "KERJA SAMA PENDIDIKAN DAN PENELITIAN",
                                    "COOPERATION IN EDUCATION AND RESEARCH", ""], _body_pairs())
    assert found["title"] == "Kerja Sama Pendidikan dan Penelitian"


def test_tentang_slash_on_and_a_subject_written_in_both_halves_of_a_line():
    found = _sequential(_HEADING + ["TENTANG / ON", "", "PENGEMBANGAN PARIWISATA BUDAYA / DEVELOPMENT OF CULTURAL "
                                    "TOURISM", ""], _body_pairs())
    assert found["title"] == "Pengembangan Pariwisata Budaya"


def test_the_languages_the_closing_names_are_no_place():
    # "… is made in duplicate in Indonesian and English": the place stays the opening's
    found = _sequential(_HEADING + ["TENTANG", "KERJA SAMA PENDIDIKAN", ""], _body_pairs())
    assert found["sign_place"] == "Tanjung Reka"


def test_a_body_whose_name_ends_like_an_english_word_is_not_cut_between_the_columns():
    # "… atas nama Halbrook Engineering … on behalf of Halbrook Engineering": "Engineering" is a name's word in
    # both cells, never the English cell's first word
    second = ("Mr. Paul Denholm", "Direktur Pelaksana", "Managing Director", "Halbrook Engineering Ltd.")
    parties = _columns(_body_pairs(second=second), width=41)["parties"]
    assert parties[1]["institution"].rstrip(".") == "Halbrook Engineering Ltd"


def test_a_line_too_long_for_one_column_holds_both_cells():
    # "Direktorat Jenderal Energi Baru Directorate General of New and": no Indonesian word in the left cell, yet the
    # line is twice a cell's width; the body is not cut to its last word
    first = ("1. Ir. Bambang Wirawan : Direktur 1. Ir. Bambang Wirawan : Director General\n"
             "Jenderal Energi Baru Terbarukan, dalam of New and Renewable Energy, in this\n"
             "hal ini bertindak untuk dan atas nama matter acting for and on behalf of\n"
             "Direktorat Jenderal Energi Baru Directorate General of New and\n"
             "Terbarukan, selanjutnya disebut PIHAK Renewable Energy, hereinafter referred\n"
             "PERTAMA. to as the FIRST PARTY.")
    pairs = _body_pairs()
    found = _columns([pairs[0], first, *pairs[2:]])
    pairs = [(party["institution"], party["position"]) for party in found["parties"]]
    assert pairs[0] == ("Direktorat Jenderal Energi Baru Terbarukan", "Direktur Jenderal Energi Baru Terbarukan")


def test_a_foreign_name_with_an_indonesian_ending_does_not_move_the_split():
    # "2. Paul Kerrigan : Direktur Pelaksana, 2. Paul Kerrigan : Managing Director,": "Kerrigan" looks like a
    # "ke-…-an" word, yet both cells write it
    second = ("Paul Kerrigan", "Direktur Pelaksana", "Managing Director", "Oldbay Systems Ltd.")
    assert _columns(_body_pairs(second=second))["parties"][1]["position"] == "Direktur Pelaksana"


def test_a_number_at_a_cells_end_keeps_its_words_on_the_next_line():
    # "Nota Kesepahaman ini berlaku selama 4 This Memorandum …" / "(empat) tahun sejak …"
    term = ("Nota Kesepahaman ini berlaku selama 4 (empat) tahun sejak tanggal ditandatangani.",
            "This Memorandum of Understanding shall be valid for 4 (four) years from the date of signing.")
    found = _columns(_body_pairs(term=term), width=37)
    assert (found["duration"], found["end_date"]) == ("P4Y", "2027-06-06")


def test_a_subjects_second_line_in_both_languages():
    # "KERJA SAMA PERTUKARAN MAHASISWA DAN COOPERATION ON STUDENT AND ACADEMIC" / "STAF AKADEMIK STAFF EXCHANGE"
    heading = [("NOTA KESEPAHAMAN", "MEMORANDUM OF UNDERSTANDING"), ("TENTANG", "ON"),
               ("KERJA SAMA PERTUKARAN MAHASISWA DAN STAF AKADEMIK",
                "COOPERATION ON STUDENT AND ACADEMIC STAFF EXCHANGE"), ("Nomor : 318/UBM/KS/2023",
                                                                       "Number : 318/UBM/KS/2023")]
    assert _columns(heading + _body_pairs())["title"] == "Kerja Sama Pertukaran Mahasiswa dan Staf Akademik"


def test_a_closing_town_wrapped_in_a_narrow_cell():
    # "… Ditandatangani di Karang" / "Asri pada tanggal …": the town's second word on the next line of its cell
    closing = ("Demikian Nota Kesepahaman ini dibuat dalam rangkap dua. Ditandatangani di Karang\n"
               "Asri pada tanggal 7 Juni 2023.")
    text = ("NOTA KESEPAHAMAN\nTENTANG\nKERJA SAMA PENDIDIKAN\n\nPada hari ini tanggal 7 Juni 2023, kami yang "
            "bertanda tangan di bawah ini:\n\n" + "\n\n".join(ours for ours, _ in _parties(_FIRST, _SECOND))
            + "\n\nPasal 1\nJANGKA WAKTU\n\n" + _TERM[0] + "\n\n" + closing + "\n")
    assert schema_of([text])["sign_place"] == "Karang Asri"


def test_a_foreign_bodys_of_at_a_cells_end_stays_in_the_name():
    # "bertindak untuk dan atas nama University of acting for and on behalf of University of Kestrel," / "Kestrel,
    # selanjutnya …": "of" is the name's, not the English cell's first word
    second = ("2. Prof. Ingrid Ashcombe : Presiden, dalam hal 2. Prof. Ingrid Ashcombe : President, in this matter\n"
              "ini bertindak untuk dan atas nama University of acting for and on behalf of University of Kestrel,\n"
              "Kestrel, selanjutnya disebut PIHAK KEDUA. hereinafter referred to as the SECOND PARTY.")
    pairs = _body_pairs()
    found = _columns([*pairs[:2], second, *pairs[3:]], width=50)
    assert found["parties"][1]["institution"] == "University of Kestrel"
