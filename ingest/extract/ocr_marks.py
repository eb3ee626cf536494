"""Specks and misread letters a scan leaves around the words the rules anchor on (form labels, titles, a date's labels,
roles, the acting clause), put right without changing the text's length (`cleanup.fix_ocr` runs these last)."""
from __future__ import annotations

import re

from ingest.extract.dates import MONTH_WORDS

# a form's label whose colon a scan read as another mark or doubled: "Nama - X", "Jabatan — Y", "Alamat »Jl. Z",
# "Nama ' : X", "Jabatan . : Y", "Alamat : : Z", "Jahatan - Y" (b read as h); the run before the value becomes one
# colon (same length). Labels in their own case at a line's start (after an item number) only, never "atas nama X".
_LABEL_RUN = re.compile(r"(?:Nama|NAMA|Ja[bh]atan|JA[BH]ATAN|Alamat|ALAMAT|Instansi|INSTANSI)"
                        r"(?P<run>[ \t]*+(?:[-—–»«\x22“”'‘’!#|.~;,:*_+][ \t]*+){1,6}+)(?=[\w(])")
_LEAD = re.compile(r"[ \t]*(?:(?:\d{1,2}|[IVX]{1,3}|[a-z])[.,)]{1,2}[ \t]*)?")  # from the line's start to the label


def _label_run(match: re.Match) -> str:
    text, start = match.string, match.start()
    if not _LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return match.group()
    run = match["run"]
    label = match.group()[:match.start("run") - start]
    label = label.replace("h", "b") if label.startswith("Ja") else label.replace("H", "B") if label.startswith("JA") \
        else label
    marks = [i for i, char in enumerate(run) if not char.isspace()]
    if len(marks) == 1 and run[marks[0]] == ":" or not any(char.isspace() for char in run):  # "Nama-nama": a word
        return label + run
    if len(marks) == 1 and run[marks[0]] == "," and text[match.end():match.end() + 1].islower():
        return label + run  # "Alamat, nomor telepon dan …", "Nama, jabatan dan alamat": a list, no label
    return label + "".join(":" if i == marks[0] else " " for i in range(len(run)))


# a form's label typed letter by letter, as a word processor's spaced-out heading prints it: "N a m a : X",
# "J A B A T A N : Y" (at a line's start, after an item number, before its colon); written whole, the spaces after it
_SPACED_WORDS = ("Nama", "Jabatan", "Alamat", "Instansi")
_SPACED_LABEL = re.compile("(?:" + "|".join("[ \t]".join(letters) for word in _SPACED_WORDS
                                             for letters in (word, word.upper())) + r")(?![\w])(?=[ \t]*+:)")


def spaced_labels(text: str) -> str:
    """The text with such labels written whole (same length; typography, not a scan's damage: no value read beside
    them is the less certain)."""
    return _SPACED_LABEL.sub(_spaced_label, text)


def _spaced_label(match: re.Match) -> str:
    text, start = match.string, match.start()
    if not _LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
        return match.group()
    word = match.group().replace(" ", "").replace("\t", "")
    return word.ljust(len(match.group()))


# a digit one read as a mark before its words: "jangka waktu | (satu) tahun", "l (satu)"
_SATU = re.compile(r"\((?i:satu)\)")


def _one_word(text: str) -> str:
    """A bar, l, I or ! standing alone before "(satu)" is the digit 1."""
    chars = None
    for match in _SATU.finditer(text):
        k = match.start()
        while k and text[k - 1] in " \t":
            k -= 1
        if k and text[k - 1] in "|lI!" and (k == 1 or not (text[k - 2].isalnum() or text[k - 2] in "_|!")):
            chars = chars or list(text)
            chars[k - 1] = "1"
    return text if chars is None else "".join(chars)


# a title's dot read as a colon before the name: "Prof: Dr. Rina", "DRS: SLAMET", "Ir: Budi" (never a label's colon:
# "Nama : X" has no title before it)
_TITLE_COLON = re.compile(r":(?:(?<=(?<![A-Za-z])(?:Dr|DR|Ir|IR|Hj|HJ|dr):)|(?<=(?<![A-Za-z])(?:Drs|DRS|Dra|DRA|drg):)|"
                          r"(?<=(?<![A-Za-z])(?:Prof|PROF):))(?=[ \t]?[A-Z][A-Za-z])")
# a hyphen a scan put for the space between a date's label and its value: "bulan-Maret", "hari-ini", "tahun-dua"
# (never a doubled word: "hari-hari")
_DATE_HYPHEN = re.compile(r"-(?:(?<=(?<![A-Za-z])(?i:hari)-)|(?<=(?<![A-Za-z])(?i:bulan|tahun)-)|"
                          r"(?<=(?<![A-Za-z])(?i:tanggal)-))(?=(?i:ini|" + "|".join(sorted(MONTH_WORDS)) +
                          r"|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seribu|\d)(?![a-z]))")
# the same hyphen after a day's number, before the month's label: "tanggal 7-bulan 08 tahun 2017" (a range is written
# between two numbers, "7-9 Agustus", never before "bulan")
_DAY_HYPHEN = re.compile(r"-(?=bulan[ \t])(?:(?<=(?<![\d/.-])\d-)|(?<=(?<![\d/.-])\d\d-))", re.IGNORECASE)
# the title "H." (haji) misread as "Hl", "HL" or "Hi" after an academic title, before the name ("Ir. Hl Hendra"), or as
# "He" inside a name in capitals ("IR. He RAHMAT"; "Dr. He Wei" is a name: left)
_HAJI = re.compile(r"(?<![A-Za-z])(?:Ir|IR|Dr|DR|dr|Drs|DRS|Dra|DRA|drg|Prof|PROF)\.[ \t](?:H[lLi](?=[ \t]+[A-Z][A-Za-z])|He(?=[ \t]+[A-Z]{3,}(?![a-z])))")


# a speck a scan put between a role's words: "disebut PIHAK: KEDUA", "Pihak. Pertama" (in the role's own case)
_ROLE_MARK = re.compile(r"PIHAK[:;.,'](?=[ \t]+(?:PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|KESATU)(?![\w-]))|"
                        # (never two sentences: "masing-masing Pihak. Kedua belah pihak …")
                        r"Pihak[:;.,'](?=[ \t]+(?:Pertama|Kedua|Ketiga|Keempat|Kelima|Kesatu)(?![\w-])"
                        r"(?![ \t]+(?i:belah|pihak)\b))")


# the acting clause's words misread: "dalam bal ini", "dalam lial ini", "dalam hal inj" (h read as b or li, i as j)
_IN_THIS = re.compile(r"alam(?<=(?<![A-Za-z])[Dd]alam)[ \t]+(?P<hal>[bh]a[l1iI]|lial)[ \t]+(?P<ini>in[ijl1]|lni)(?![A-Za-z])")


def _in_this(match: re.Match) -> str:
    hal = match["hal"]
    text = match.group()
    start = match.start()
    text = text[:match.start("hal") - start] + "hal".ljust(len(hal)) + text[match.end("hal") - start:]
    return text[:match.start("ini") - start] + "ini" + text[match.end("ini") - start:]


# a dot a scan put for the space after a word of an office or a body's name: "Wali.Kota X", "Politeknik Negeri.Lembah
# Sari", "Kantor.Pertanahan"; with its space kept only after words no sentence ends with ("selaku. Wali. Kota X",
# "Kepala. Badan X"; never "Pengadilan Negeri. Apabila")
_BODY_DOT = re.compile(r"\.(?=[ \t]?[A-Z][a-z]{2})")
_GLUED_AFTER = frozenset("Wali Kota Ilmu Dinas Badan Rumah Sakit Umum Negeri Kepala Kantor Tinggi selaku Provinsi Daerah "
                         "Sekolah Kabupaten Pemerintah Politeknik Universitas".split())
_SPACED_AFTER = frozenset("Wali Kepala selaku".split())  # (a sentence may end with "… Sekolah." or "Universitas.")
# the same for a hyphen: "Kepala Kantor-Pertanahan X" (a doubled word stays: "Sekolah-Sekolah")
_BODY_HYPHEN = re.compile(r"-(?<=[a-z]-)(?=[A-Z][a-z]{2})")
# a speck a scan read as a dash after the last word of a line: "Jabatan : Kepala Kantor Pertanahan Kabupaten X -" (never
# a page number's "- 2 -", a range's or a hyphenated word's break: a word of three letters and a space before it)
_TRAILING_DASH = re.compile(r"-(?<=[A-Za-z]{3}[ \t]-)(?=[ \t]*$)", re.MULTILINE)


def _word_before(text: str, end: int) -> str:
    """The letters that end at `end` (the word a dot or a hyphen follows)."""
    start = end
    while start and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _body_hyphen(match: re.Match) -> str:
    text, end = match.string, match.start()
    word = _word_before(text, end)
    return " " if word in _GLUED_AFTER and not text.startswith(word, end + 1) else "-"


def _body_dot(match: re.Match) -> str:
    text, end = match.string, match.start()
    spaced = text[end + 1] in " \t"
    return " " if _word_before(text, end) in (_SPACED_AFTER if spaced else _GLUED_AFTER) else "."


# the colon between a person's last degree and the office read as a plus: "Yusuf Hadi, M.P. + Dekan Fakultas X" (a
# plus is no word of an agreement's prose between a degree of two dotted parts and a word in title case; never after
# "dst." or "Rp.": "dst. + Biaya Bahan")
_DEGREE_PLUS = re.compile(r"\+(?<=[A-Za-z]\.[ \t]\+)(?=[ \t][A-Z][a-z])")
_DEGREE = re.compile(r"(?<![\w.])(?:[A-Z][A-Za-z]{0,3}\.){2,4}[ \t]$")  # "M.P. ", "M.Kom. ", "Ph.D. ", "S.T. "


def _degree_plus(match: re.Match) -> str:
    return ":" if _DEGREE.search(match.string, max(0, match.start() - 20), match.start()) else "+"


# a dot a scan put for the space between two words of a heading in capitals: "PROMOSI.BERSAMA DESTINASI WISATA"
# (words of five and four letters or more, on a line without digits or slashes: never an abbreviation, "KAB.BOGOR", nor
# a part of a number, "050/BAPPEDA.KERMA/2019")
_CAPITALS_DOT = re.compile(r"\.(?<=[A-Z]{5}\.)(?=[A-Z]{4})")
_NOT_CAPITALS = re.compile(r"[\d/a-z]")  # (a line with any of these is no heading in capitals)


def _capitals_dots(text: str) -> str:
    chars, lines = None, {}  # each line read once (a line of many such dots was quadratic: 20,000 characters, 0.5 s)
    for match in _CAPITALS_DOT.finditer(text):
        at = match.start()
        start = text.rfind("\n", 0, at) + 1
        if start not in lines:
            end = text.find("\n", at)
            lines[start] = not _NOT_CAPITALS.search(text, start, len(text) if end < 0 else end)
        if lines[start]:
            chars = chars or list(text)
            chars[at] = " "
    return text if chars is None else "".join(chars)


# a word's capital a scan set apart from the rest: "Pemerintah Provinsi J awa Barat" (joined, the space after it, only
# when the whole word is written elsewhere in the text: "Gubernur Jawa Barat"; never "I", a Roman one)
_SPLIT_CAPITAL = re.compile(r"[A-HJ-Z](?<![\w.][A-HJ-Z])[ \t](?=[a-z]{2})")
# a letter cited after its label: "huruf B dan C", "Lampiran A tentang …"
_LETTER_LABEL = re.compile(r"(?<![\w])(?i:huruf|butir|lampiran|kelas|golongan|tipe)[ \t]+$")
_LOWER_REST = re.compile(r"[a-z]++(?![\w.-])")  # the rest of the split word
_TITLE_WORD = re.compile(r"(?<![\w.])[A-Z][a-z]{2,}+(?![\w])")
_LOWER_WORD = re.compile(r"(?<![\w.-])(?<![A-Z][ \t])[a-z]{2,}+(?![\w])")


def _split_capitals(text: str) -> str:
    words: set[str] | None = None
    lower: set[str] | None = None
    chars = None
    for match in _SPLIT_CAPITAL.finditer(text):
        rest = _LOWER_REST.match(text[match.end():match.end() + 40])
        if not rest:
            continue
        if words is None:
            words = set(_TITLE_WORD.findall(text))
        if match.group()[0] + rest.group() in words and not _LETTER_LABEL.search(text, max(0, match.start() - 12),
                                                                                  match.start()):
            if lower is None:
                lower = set(_LOWER_WORD.findall(text))
            if rest.group() in lower:
                continue  # the rest is a word of the text itself: "Lampiran huruf B angka 2" (with "Bangka" elsewhere)
            chars = chars or list(text)
            start = match.start()
            chars[start + 1:start + 2 + len(rest.group())] = rest.group() + match.group()[1]
    return text if chars is None else "".join(chars)


# a number's year split by a speck read as a space, at its line's end: "Nomor : 100.3/708/PKS/20 19" (the space goes
# after it: same length); and a dash a speck left between a number label's colon and the number: "Nomor :-100.3/708/PKS/2019"
# (a number of two slashes or more: never "halaman 3/20 19", "jam 08/20 15"; the label a word of its own: never "nominal")
_SPLIT_YEAR = re.compile(r"(?P<c>19|20)(?<=[\w.)]/\d\d)[ \t](?P<y>\d\d)(?=[ \t]*$)", re.MULTILINE)
_NUMBER_BEFORE = re.compile(r"[^\s/]*/[^\s/]*/$")
_COLON_DASH = re.compile(r"(?P<s>(?<![A-Za-z])(?i:nomor|nomer|number|no)(?![A-Za-z])\.?[^:\n]{0,30}?:[ \t]{0,2})-"
                         r"(?=\d[\w.]*/[\w.-]+/)")


def _split_year(match: re.Match) -> str:
    if not _NUMBER_BEFORE.search(match.string, max(0, match.start() - 60), match.start()):
        return match.group()
    return match["c"] + match["y"] + " "


# the designator before a role misread: "dlsebut PIHAK KEDUA", "disebul. PIHAK PERTAMA" (i read as l, t as l, a speck
# after it); put right only before a role in its own case, so a name's letters are never touched (a right "disebut."
# ends a sentence: left)
_DESIGNATOR = re.compile(r"d(?<![A-Za-z]d)[il1|]sebu[tl1|]\.?(?=[ \t]+(?:PIHAK[ \t]+[A-Z]{4}|Pihak[ \t]+[A-Z][a-z]{3}))")


def _designator(match: re.Match) -> str:
    return match.group() if match.group().startswith("disebut") else "disebut".ljust(len(match.group()))


def fix_marks(text: str) -> str:
    """The text with these specks put right (same length)."""
    text = _LABEL_RUN.sub(_label_run, text)
    text = _one_word(text)
    text = _TITLE_COLON.sub(".", text)
    text = _DATE_HYPHEN.sub(" ", text)
    text = _DAY_HYPHEN.sub(" ", text)
    text = _HAJI.sub(lambda match: match.group()[:-2] + "H.", text)
    text = _BODY_DOT.sub(_body_dot, text)
    text = _BODY_HYPHEN.sub(_body_hyphen, text)
    text = _TRAILING_DASH.sub(" ", text)
    text = _DEGREE_PLUS.sub(_degree_plus, text)
    text = _SPLIT_YEAR.sub(_split_year, text)
    text = _COLON_DASH.sub(lambda match: match["s"] + " ", text)
    text = _capitals_dots(text)
    text = _split_capitals(text)
    text = _DESIGNATOR.sub(_designator, text)
    text = _ROLE_MARK.sub(lambda match: match.group()[:-1] + " ", text)
    return _IN_THIS.sub(_in_this, text)
