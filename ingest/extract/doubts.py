"""Values shaped as a right value rarely is: a label or a clause caught inside a name, a body that opens with
"mewakili", an address where the office should be, a title cut at "bagi Pegawai/". Whatever rule read them, their
confidence is lowered to DOUBTED so the review inbox shows them first (issue 18, point 4). Each check looks at the
value alone, so it also catches forms no rule was written for."""
from __future__ import annotations

import re

from ingest.extract.body_words import is_region
from ingest.extract.names import strip_name

DOUBTED = 0.5

# a form's labels, read as part of a name or an office ("Nama Burhan W", "N a m a : Jabatan")
_LABEL = re.compile(r"(?i:\b(?:n\s?a\s?m\s?a|name|jabatan|position|alamat|address)\b)|:")
_BODY_WORD = re.compile(r"\b(?:rumah\s+sakit|universitas|university|pemerintah|government|dinas|kementerian|ministry|"
                        r"badan|kantor|puskesmas|rsud|bank|yayasan|koperasi|perseroan)\b|\b(?:PT|CV)\b\.?", re.IGNORECASE)
# a person's academic and professional degrees ("S.H.", "M.Kes", "SH..MH", "Sp.PD-KGEH")
_DEGREE = re.compile(r"(?<![\w.])(?:S\.?H|M\.?H|S\.?Sos|M\.?Si|M\.?Kes|S\.?Kep|M\.?M|MS|MARS|MBA|S\.?E|S\.?T|"
                     r"M\.?T|S\.?Pd|M\.?Pd|Sp\.[A-Z]\w*|Ph\.?D|S\.?Ked|S\.?K\.?M|M\.?P\.?H)\.?(?![\w])")
_PREFIXES = {"dr", "drs", "dra", "drg", "ir", "h", "hj", "prof", "van", "de", "di", "da"}  # lower case before a name
_TITLE_ONLY = re.compile(r"^(?:(?:prof|dr|drs|dra|drg|ir|h|hj|hon|mr|mrs|ms)\.?,?\s*)+$", re.IGNORECASE)
# words a clause goes on with: a value ending in one was cut mid-sentence, one opening with one took in the lead
_DANGLING = {"dan", "atau", "yang", "untuk", "dengan", "oleh", "dalam", "di", "ke", "pada", "serta", "sebagai",
             "selaku", "dari", "bagi", "tersebut", "and", "or", "of", "the", "for", "by", "to", "in", "jabatan"}
_LEAD_IN = {"secara", "mewakili", "pihak", "dan", "dalam", "yang", "oleh", "by", "between", "dari", "untuk", "atas",
            "selaku", "sebagai", "yaitu", "adalah", "represented", "on"}
_CLAUSE = re.compile(r"\b(?:bertindak|beralamat\w*|berkedudukan|bertempat|dengan\s+demikian|karenanya|"
                     r"kapasitas\w*|sekaligus|sebagaimana|dalam\s+jabatannya|designates|hereinafter|selanjutnya|"
                     r"disebut|berdasarkan|hal\s+ini)\b", re.IGNORECASE)
# a second body joined on ("… Republik Indonesia dan the International Institute …", "… sebagai penanggungjawab …")
_SECOND_BODY = re.compile(r"\b(?:dan|and)\s+(?:the\s+|badan\s|pemerintah\s|universitas\s|rumah\s+sakit\s|PT\b)|"
                          r"\bsebagai\b", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:jl|jln|jalan)\b|\bjl\.|\bno\.\s*\d|\bkode\s+pos\b", re.IGNORECASE)
_OFFICE_FIRST = re.compile(r"^(?:direktur|kepala|ketua|rektor|dekan|bupati|wali\s*kota(?:madya)?|walikota(?:madya)?|gubernur|camat|"
                           r"pimpinan|pemimpin|manager|director)\b", re.IGNORECASE)
_KIND_ONLY = re.compile(r"^(?:pemerintah|rumah\s+sakit|universitas|dinas|badan|kantor|pt\.?|cv\.?|the\s+government)$",
                        re.IGNORECASE)
# a title run on into the next heading's words: an article, the preamble, a number's label left without its number
_TITLE_TAIL = re.compile(r"(?:\b(?:preamble|pembukaan|mukadimah|pasal|article|nomor|number)|\bgeneral\.|[/,;(-])\s*$",
                         re.IGNORECASE)
# ... or into the body: a list's bullet, a numbered section ("Development General 1. Objectives 2 •")
_TITLE_INSIDE = re.compile(r"\b(?:semula|diubah\s+menjadi|annex|lampiran|pada\s+hari\s+ini|yang\s+bertanda)\b|"
                           r"[•●▪■►]|(?<![\w.])(?<!nomor )(?<!no\. )\d{1,2}\.[ \t]+[A-Z][a-z]|"
                           # a row of labels with their values after them ("… Secara Terpadu Nomor Nomor : 12/PKS")
                           r"\b(?:nomor|number)[ \t]*:|\b(?:nomor|number)[ \t]+(?:nomor|number)\b", re.IGNORECASE)
# an office run on into the form's next label ("Branch Manager Alamat", "Kepala Bidang NIP")
_LABEL_END = re.compile(r"\b(?:alamat|address|nip|nik|nama|name|telp|telepon|phone|fax)\.?\s*$", re.IGNORECASE)
# a body run on into the clause after it, its last word in lower case after "dan" ("Bank X Cabang Y dan unutk")
_AND_LOWER_END = re.compile(r"\b(?:dan|and)\s+[a-z]+\s*$")
# a subject run on into the heading printed again ("… Pertanian Memorandum Saling Pengertian Antara Kementerian …")
# (after the subject's first words: a title may open with its own kind, "Perjanjian Kerja Sama X antara A dan B")
_HEADING_AGAIN = re.compile(r"(?:\S+\s+){4}[^.;]*?\b(?:memorandum|perjanjian|kesepakatan|nota|agreement)\b[^.;]{0,60}?"
                            r"\b(?:antara|ant\s?ara|between)\b", re.IGNORECASE)
# a body or an office ending in a person's title ("Rumah Sakit Umum Daerah dr"): cut before the name it belongs to
_TITLE_END = re.compile(r"\b(?:prof|dr|drs|dra|drg|ir|hj)\.?$", re.IGNORECASE)
# a clause's words in lower case inside a name ("…, dalam jabatannya", "… da'lam hal ini")
_NAME_CLAUSE = re.compile(r"\b(?:dalam|yang|selaku|sebagai|untuk|oleh|hal|ini|bertindak|jabatan\w*)\b")


# two words OCR joined into one: a name's parts ("TriKuncoro"; not "McAdam", "DeVries", "LaNyalla", "SpAn"), or a
# clause's word glued to the body's last word ("Republik Indonesiayang selanjutnya disebut")
_JOINED_NAME = re.compile(r"\b(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Sp)[A-Z])[A-Z][a-z]+[A-Z][a-z]")
_GLUED_CLAUSE = re.compile(r"\b([A-Za-z]{4,}?)(?:yang|dan|dengan|selaku)\b", re.IGNORECASE)


def _words(value: str) -> list[str]:
    return re.findall(r"[\w'’]+", value.lower())



def _ends_dangling(value: str) -> bool:
    words = _words(value)
    return bool(words) and (words[-1] in _DANGLING or value.rstrip().endswith(("(", ",", "/", "-", ":")))


def signatory_doubts(name: str) -> list[str]:
    """Why a signatory does not look like a person's name (empty when it does)."""
    doubts = []
    if _LABEL.search(name):
        doubts.append("memuat label formulir")
    if _BODY_WORD.search(name):
        doubts.append("memuat nama instansi")
    first = (_words(name) or [""])[0]
    if re.search(r"\d", name) or not re.match(r"[A-Za-z(]", name) or (name[:1].islower() and first not in _PREFIXES):
        doubts.append("tidak berawal seperti nama orang")
    if _TITLE_ONLY.match(name) or _ends_dangling(name) or len(name.split()) > 10 or _NAME_CLAUSE.search(name):
        doubts.append("bukan nama utuh")
    if _JOINED_NAME.search(strip_name(name) or ""):
        doubts.append("kata nama tersambung (OCR)")
    return doubts


def position_doubts(position: str) -> list[str]:
    """Why a position does not look like an office."""
    doubts = []
    if _ADDRESS.search(position):
        doubts.append("tampak seperti alamat")
    if _DEGREE.search(position):
        doubts.append("memuat gelar orang")
    if _CLAUSE.search(position) or _ends_dangling(position) or len(position.split()) > 16 or position.islower() \
            or _TITLE_END.search(position):
        doubts.append("terpotong atau ikut kalimat")
    if _LABEL_END.search(position):
        doubts.append("ikut label formulir")
    return doubts


def institution_doubts(institution: str) -> list[str]:
    """Why an institution does not look like a body's name."""
    doubts = []
    words = _words(institution)
    if not words:
        return ["kosong"]
    if words[0] in _LEAD_IN or _OFFICE_FIRST.match(institution) or re.match(r"\d|[A-Za-z]\s", institution):
        doubts.append("diawali kata pengantar atau jabatan")
    if _ends_dangling(institution) or _CLAUSE.search(institution) or ":" in institution or len(words) > 16 \
            or _TITLE_END.search(institution) or _SECOND_BODY.search(institution) or _AND_LOWER_END.search(institution):
        doubts.append("terpotong atau ikut kalimat")
    if _KIND_ONLY.match(institution.strip()) or any(a == b and len(a) > 2 for a, b in zip(words, words[1:])) \
            or institution.count("(") != institution.count(")"):
        doubts.append("nama instansi tidak utuh")
    return doubts


def glued_doubts(value: str, text: str) -> list[str]:
    """A clause's word glued to a country's name or to a word the text also prints alone ("Republik Indonesiayang",
    "Kesehatandan" beside "Kesehatan"); never a name that ends so ("Bengkayang", "Pasundan": their first part is
    no word of the text)."""
    for match in _GLUED_CLAUSE.finditer(value):
        if is_region(match[1]) or re.search(rf"(?<![\w-]){re.escape(match[1])}(?![\w-])", text, re.IGNORECASE):
            return ["kata tersambung (OCR)"]
    return []


def party_doubts(institution: str | None, signatory: str | None, position: str | None, text: str = "") -> list[str]:
    """Every doubt about one party's values (with the text, also the words OCR glued together in its names)."""
    return [*(institution_doubts(institution) if institution else []),
            *(signatory_doubts(signatory) if signatory else []),
            *(position_doubts(position) if position else []),
            *(glued_doubts(f"{institution or ''} {position or ''}", text) if text else [])]


def title_doubts(title: str) -> list[str]:
    """Why a title looks cut short or run on."""
    doubts = []
    if _TITLE_TAIL.search(title) or _ends_dangling(title):
        doubts.append("terpotong")
    if _TITLE_INSIDE.search(title) or len(title.split()) > 60 or _HEADING_AGAIN.match(title):
        doubts.append("ikut teks lain")
    return doubts


# a scan's stray mark glued before a number ("#PKS/VII/2018"), or the number's line going on with a mark or a token of
# letters and digits the reading did not take ("180 /Kerma’ V1V2018": its blanks garbled, the rest lost)
_MARK = "#*~^’'`‘"
_LEFT_AFTER = re.compile(rf"[ \t]*+(?:[{_MARK}]|(?=[A-Za-z]*+\d)(?=\d*+[A-Za-z])[A-Za-z\d]{{3,}}(?![\w/]))")


def number_doubts(text: str, start: int, end: int) -> list[str]:
    """Why a number read at text[start:end] looks cut from a garbled line (never one followed by a word, a date,
    its owner in parentheses or the next label)."""
    if start and text[start - 1] in _MARK or _LEFT_AFTER.match(text, end):
        return ["nomor tidak utuh (OCR)"]
    return []
