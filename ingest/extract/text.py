"""Small text helpers shared by the extraction rules: casing and whitespace."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.dates import MONTH_WORDS

# the small words a heading or title leaves in lower case ("Kerja Sama di Bidang Pendidikan", "Memorandum of Understanding")
SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "dalam", "atas", "bagi", "pada", "serta", "atau", "antara",
               "dengan", "tentang", "mengenai", "oleh", "sebagai", "melalui", "terhadap", "of", "and", "or", "as", "the",
               "in", "on", "for", "to", "at", "by", "a", "an", "between", "with"}
_KEEP_UPPER = {"PT", "CV", "RI", "BUMN", "BUMD", "PDAM", "RSUD", "UPTD", "UPT", "DPRD", "TNI", "POLRI", "KPK", "BPJS",
               "BPS", "BNN", "BPBD", "OPD", "SKPD", "PKK", "UMKM", "IPB", "ITB", "UI", "UGM", "UNPAK", "LLDIKTI",
               "TBK", "TBK.", "(PERSERO)", "RSU", "RSIA", "RSGM", "CEO", "CFO", "COO", "CTO", "NGO", "USA", "UK",
               "PBB", "ASN", "SMK", "SMA", "SMP", "SD", "TK", "RS",
               "PMI", "KB", "PKS", "MOU", "LOI", "ICT", "IT", "TIK", "SPBE", "CSR", "LPPM", "DKI", "NTB", "NTT",
               "DIY", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "PERSERODA", "DAN/ATAU"}


# A run a draft leaves blank: dots or ellipses, underscores, dots spaced out (". . . . .")
BLANK_RUN = r"(?:\.{4,}|…|_{3,}|\.(?:[ \t]+\.){3,})"
# the shorter run a draft leaves for a date or a place ("Sukamaju, ………", "tanggal ...")
SHORT_BLANK = r"(?:\.{3,}|…+|_{3,})"
# A form's blank left to be filled in: a blank run, a "{Nama Mitra}", "[Jabatan]" or "<<nama>>" field (a brace OCR
# read inside a word, "NASIOI{AL", is a damaged letter, no field)
# (a value a draft wrote in square brackets to be confirmed, "[dr. Budi, MMR]", is filled: only a bracket that
# holds nothing, a blank or a field's hint is a blank)
_FIELD_WORD = (r"(?i:nama|name|jabatan|position|title|alamat|address|tanggal|date|tempat|place|nomor|number|"
               r"instansi|institusi|institution|perusahaan|company|mitra|partner|pihak|judul|subject|perihal|isi|diisi|"
               r"fill|insert)\b")
_BLANK_FIELD = re.compile(BLANK_RUN + r"|(?<![A-Za-z])\{[^}]*\}?|(?<![A-Za-z])\[[ \t]*(?:\]|$|[._…\-\s]|"
                          + _FIELD_WORD + r")|^\W*[\w ]*\}|<<|>>|"
                          r"(?<![\w-])-(?-i:[a-z])[\w \n]*-(?![\w-])")  # "-nama perusahaan-": a field's hint
# A field's hint where its value should stand, bracketed or bare, whole ("(nama pejabat)", "NAMA PEJABAT", "Nama
# Lengkap dan Gelar", "JABATAN", "(jabatan)"): a bracket a tidying step took off may be gone ("nama pejabat)")
_HINT = r"(?:jabatan|position|title|instansi|institusi|institution|perusahaan|mitra|pejabat|penandatangan|gelar|alamat)"
# ... perhaps after an honorific a template printed before it ("Hon. (Name of Mayor)"), or as an owner's name
# ("Mayor's Name", "Governor's Full Name")
_HINT_FIELD = re.compile(rf"\W*(?:(?:hon|h\.[ \t]?e|dr|mr|mrs|ms)\.?[ \t]+\W*)?"
                         rf"(?:(?:nama|name)(?:[ \t_]+(?:of[ \t]+)?[\w.]+){{0,4}}|[\w.]+'s[ \t]+(?:full[ \t]+)?name|"
                         rf"{_HINT}(?:[ \t_]+{_HINT})?)\W*", re.IGNORECASE)
_MASK = re.compile(r"\b(?:Xx{2,}|x{3,}|X{3,})\b")  # a name masked before publishing ("Xxx. Xxxxxxxxx", "RS XXXXX")


def is_placeholder(text: str | None, masks: bool = True) -> bool:
    """A value that is still a form's blank ("………", "{Nama Penandatangan}", "Pt……", "(nama pejabat)", "NAMA
    PEJABAT"), not a name; with `masks`, also a name masked before publishing ("Xxx. Xxxxxxxxx")."""
    return bool(text) and bool(_BLANK_FIELD.search(text) or _HINT_FIELD.fullmatch(text.strip())
                               or masks and _MASK.search(text))


# one masked word inside a body's name, its own words on both sides: "YAYASAN XXXX PENSIUN PEGAWAI", "PT XXXX EASTERN
# MINERALS": the rest still names the body (a person's masked name has no such words after it)
_MASKED_INSIDE = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:Xx{2,}|X{3,})(?:\s+(?-i:[A-Z])[\w.'-]+){2,}[^X]*")


def masked_inside(text: str) -> bool:
    """A body's name with one word masked inside it, which the text still states (kept as printed)."""
    return bool(_MASKED_INSIDE.fullmatch(text)) and len(_MASK.findall(text)) == 1


_MASKED_TAIL = re.compile(r"(?:\s+(?:Prof|Dr|dr|drg|Ir|H|Hj)\.)*(?:\s+[A-Z][a-z]+)?(?:\s+(?:Xx{2,}|X{3,})\b[.,]?)+.*$")


def unmasked(text: str) -> str:
    """A body or office named after a person whose name was masked, without the masked name: "Rumah Sakit Pusat
    Otak Nasional Prof. Dr. dr. Xxxxx Xxxxxxx" -> "Rumah Sakit Pusat Otak Nasional" (kept when three words remain)."""
    cut = _MASKED_TAIL.sub("", text)
    return cut if cut != text and len(cut.split()) >= 3 else text


def collapse(text: str) -> str:
    """Whitespace runs (line breaks included) as single spaces, trimmed."""
    return " ".join(text.split())


# "B E R I T A   A C A R A": capitals letter-spaced for display, three or more of them
_SPACED_RUN = re.compile(r"(?<!\S)[A-Z](?:[ \t][A-Z]){2,}(?!\S)")


def unspaced(text: str) -> str:
    """Letter-spaced words closed up ("B E R I T A   A C A R A" -> "BERITA   ACARA"); other text as it is."""
    return _SPACED_RUN.sub(lambda match: re.sub(r"[ \t]", "", match.group()), text)


def tight_parens(text: str) -> str:
    """Spaces inside parentheses dropped: "( JAMKESDA )" -> "(JAMKESDA)"."""
    return re.sub(r"\(\s+(?=\S)|(?<=\S)\s+\)", lambda match: match[0].strip(), text)


# a layout's piece of text: the words between runs of two or more spaces (pdftotext prints side-by-side blocks so)
SEGMENT = re.compile(r"\S+(?:[ \t]\S+)*")


def column_under(position: int, starts: list[int]) -> int:
    """The column a piece starting at `position` belongs to: the last one starting at or before it (two spaces of
    slack), else the first."""
    return max([index for index, start in enumerate(starts) if start <= position + 2], default=0)


def heading_case(line: str) -> bool:
    """A line in title case: every word capitalised but the small ones ("In the Field of Public Administration")."""
    words = re.findall(r"[^\W\d_][\w'-]*", line)
    return bool(words) and any(word[0].isupper() for word in words) and all(
        word[0].isupper() or word.lower() in SMALL_WORDS for word in words)


def smart_title(text: str) -> str:
    """An all-caps heading in title case, keeping acronyms and small words: "PEMERINTAH KOTA BOGOR" -> ..."""
    words = tight_parens(collapse(text)).split(" ")
    out = []
    for index, word in enumerate(words):
        bare = word.strip(",.;:()\"'")
        acronym = re.fullmatch(r"\([A-Z][A-Z0-9]{1,9}\)[,.;:]?", word)  # "(JAMKESDA)", "(PTSL)": spelled-out name's acronym
        if word.upper() in _KEEP_UPPER or bare.upper() in _KEEP_UPPER or acronym or (
                bare.isupper() and len(bare) <= 3 and not re.search(r"[AEIOU]", bare)):
            out.append(word.upper() if bare.upper() in _KEEP_UPPER else word)
        elif index and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("".join(re.sub(r"^(\W*)(\w)", lambda m: m[1] + m[2].upper(), part.lower())  # "(Rsup": after "("
                                for part in re.split(r"(?<=[-/])", word)))  # "0712/TIRTA" -> "0712/Tirta"
    return " ".join(out)


_BLANK_SIGN = re.compile(BLANK_RUN + r"|<<|(?<![A-Za-z])[\[{(<][ \t]*(?i:nama|name|jabatan|position|title|instansi)\b")
_BESIDE = 60  # characters either side of a value, within its lines


_BLANK_MARKS = ("...", "…", "___", ". . .", "<<")
_HINT_OPEN = re.compile(r"[\[{(<][ \t]*(?i:nama|name|jabatan|position|title|instansi)\b")


def has_blank(text: str, start: int = 0) -> bool:
    """Whether the text after `start` holds any draft's blank or field (found with plain string searches first: the
    regular expressions would try every position of a long text)."""
    return any(text.find(mark, start) != -1 for mark in _BLANK_MARKS) or bool(_HINT_OPEN.search(text, start))


def blank_beside(text: str, start: int, end: int) -> bool:
    """Whether a draft's blank (a run of dots or underscores, a "[Nama …]" field) stands inside a value's span or
    beside it on the same lines ("Pada hari ini …… tanggal dua belas …", "Direktur ………")."""
    left = max(text.rfind("\n", 0, start) + 1, start - _BESIDE)
    right = text.find("\n", end)
    right = min(len(text) if right == -1 else right, end + _BESIDE)
    return bool(_BLANK_SIGN.search(text, left, right))


BLANK_END = re.compile(rf"(?:^|[ \t]+){BLANK_RUN}[._…\s]*$")  # a blank run a draft left after a subject
_BLANK_TAIL = re.compile(r"[ \t]*(?:…|\.{2,}|_{3,}|\.(?:[ \t]+\.){3,})[._…\s]*$")
_GLUED_BLANK_TAIL = re.compile(r"(?<=[A-Za-z])(?:…|\.{2,}|_{3,})[._…\s]*$")


def without_blank_tail(value: str, glued_only: bool = False) -> str:
    """A value without the run of dots a draft left at its end ("dr. X, Sp.PD….", "Direktur Rumah Sakit ……");
    glued_only: only dots written against the last word ("Sp.PD…."; "… selaku ………" keeps its blank)."""
    start = len(value)  # the patterns read only the value's trailing run of dots, blanks and spaces: searched from the
    while start and (value[start - 1] in "._…" or value[start - 1].isspace()):  # start of a long run of dots
        start -= 1  # that something follows, they would try every offset and every split of it (cubic)
    found = (_GLUED_BLANK_TAIL if glued_only else _BLANK_TAIL).search(value, start)
    return value[:found.start()] + value[found.end():] if found else value





# The bottom of a cover page: the place and the year ("SUKAMAJU" / "2023", "KOTA TIRTA, 2023", "SUKAMAJU, JUNI 2023",
# OCR joining them to the subject's line) or the year alone, followed by the page's end, the opening or the heading
# printed again on the next page
# (an English cover's "JUNE 2023" too)
_MONTHS = "(?i:" + "|".join(sorted(MONTH_WORDS | {"january", "february", "march", "may", "june", "july", "august",
                                                  "october", "december"})) + ")"
_COVER_YEAR = re.compile(rf"(?:(?<=\s)|^)(?:\d{{1,2}}[ \t]+)?(?:{_MONTHS}[ \t]+)?(?:19|20)\d\d[ \t]*$", re.MULTILINE)
_AFTER_COVER = re.compile(r"\s*(?:\f|\Z|(?:SURAT[ \t]+)?(?:PERJANJIAN|KESEPAKATAN|NOTA|MEMORANDUM|ADDENDUM|ADENDUM|"
                          r"KONTRAK)\b)")
# the place before the year: up to three capitalised words, then a comma or a line break (a blank line too)
_COVER_PLACE = re.compile(r"(?:[A-Z][A-Za-z.'-]*[ \t]+){0,2}[A-Z][A-Za-z.'-]*"
                          r"[ \t]*,?[ \t]*(?:\n(?:[ \t]*\n)?[ \t]*)?")
_WORD_START = re.compile(r"(?:^|(?<=\s))[A-Z]")
_PLACE_KIND = re.compile(r"(?i:kota|kabupaten|kab\.|provinsi|propinsi)[ \t]")
_NOT_PLACE = re.compile(r"\b(?i:tahun|anggaran|periode|nomor|no)\b")
_REGION_BEFORE = re.compile(r"\b(?i:di|kota|kabupaten|kab\.|provinsi|propinsi|desa|kecamatan)[ \t]+$")


def heading_break(text: str, start: int, end: int) -> int:
    """Where the heading between start and end stops before end: at a page break (a cover page's end) or at the
    cover's place and year at the bottom of its page (a place the text names as one elsewhere: "di X",
    "Kabupaten X"); end when neither comes."""
    page = text.find("\f", start, end)
    end = page if page != -1 else end
    line = text.rfind("\n", start, end) + 1
    bottom = line if line and text[line:end].strip() else end  # an opening begun inside its line ("X ini dibuat …")
    for year in _COVER_YEAR.finditer(text, start, end):
        if not _AFTER_COVER.match(text, year.end(), bottom):
            continue
        cut = year.start()
        above = max(start, text.rfind("\n", start, max(start, text.rfind("\n", start, cut - 1))))
        for word in _WORD_START.finditer(text, above, cut):  # the longest place first
            place = _COVER_PLACE.match(text, word.start(), cut)
            if not place or place.end() != cut:
                continue
            name = " ".join(place.group().strip(" \t\n,").split())
            if _NOT_PLACE.search(name):
                continue  # "KOTA TIRTA TAHUN 2023": the subject's year
            line_start = text.rfind("\n", 0, word.start()) + 1
            placed = re.compile(rf"\b(?i:di|kota|kabupaten|kab\.|provinsi|propinsi)[ \t]+(?i:{re.escape(name)})\b")
            named = placed.search(text, 0, word.start()) or placed.search(text, year.end())  # the text's "di Sukamaju"
            if text[line_start:word.start()].strip():  # glued to the subject's line: a bare name the text places,
                # never the end of the subject's own place ("… PROVINSI NUSA KENCANA 2024")
                if named and not _PLACE_KIND.match(name) and not _REGION_BEFORE.search(text, line_start, word.start()):
                    return word.start()
                continue
            # on its own line: below a blank line, with a comma ("SUKAMAJU, 2023"), or a bare name the text places
            if re.search(r"\n[ \t]*\n[ \t]*$", text[max(0, line_start - 40):line_start]) or "," in place.group() \
                    or named and not _PLACE_KIND.match(name):
                return word.start()
        if re.search(r"\n[ \t]*\n[ \t]*$", text[max(start, cut - 40):cut]):  # the year alone, a blank line above
            return cut
    return end


@dataclass(frozen=True)
class Found:
    """A value read from the text at [start, end), with how sure the reading is."""
    value: object
    start: int
    end: int
    confidence: float
