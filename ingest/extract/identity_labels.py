"""The labelled rows of an identity form ("Nama :", "Jabatan :", "Instansi :", "Diwakili oleh :"), each value up to
the next label, the line's end or a clause; an office may wrap onto the next lines."""
from __future__ import annotations

import re

from ingest.extract.body_words import BODY_OPENS
from ingest.extract.names import BODY
from ingest.extract.offices import OFFICE_WORD

# (its blanks tried from a run's first one only: a value before a long run of blanks is no slow search)
_NEXT_LABEL = (r"(?=(?<![ \t])\s+(?:(?:nama|jabatan|posisi|alamat(?:\s+kantor)?|nip|instansi|unit\s+kerja|position|address)\s*:|"
               r"dalam\s+hal\s+ini\b)|(?:,|(?<![ \t]))\s+(?:yang\s+)?(?:diwakili\s+oleh|represented\s+by)\s*:|\n|$)")
# "Nama :", and in a company's form "Nama Perwakilan PJ :", "Nama Direktur :" (its body under "Nama Perusahaan :")
NAME_LABEL = re.compile(r"(?<!atas )\b(?:nama|name)(?:\s+(?:perwakilan|wakil|penanggung\s+jawab|pejabat|direktur(?:\s+utama)?|"
                         r"pimpinan|pemilik)(?:\s+(?-i:[A-Z]{1,3}))?)?\s*:[ \t]*"
                         r"(?P<v>[^\n]+?)" + _NEXT_LABEL, re.IGNORECASE)
# an office too long for its line runs onto the next lines (up to three, of up to 80 characters: "…, Direktorat Jenderal
# X, Kementerian Y") when the address or the acting clause follows
_LINE_CLAUSE = r"(?:alamat|nip|address|dalam\s+hal|atas\s+nama|untuk|bertindak|yang|selanjutnya|berdasarkan)\b"
# (or onto the next row's label: "Jabatan : Direktur RSUD" / "Sukamaju" / "Instansi : …")
_WRAPPED_ROW = (rf"(?:(?:\n[ \t]*(?!{_LINE_CLAUSE})(?:[A-Z]|\((?=[A-Za-z]))[^\n:]{{0,80}}){{1,3}}(?=\n[ \t]*"
                r"(?:(?:alamat|nip|address|dalam\s+hal|(?:yang\s+|untuk\s+)?selanjutnya)\b|(?:instansi|lembaga|unit\s+kerja|pangkat|"
                r"(?:bertindak\s+)?(?:untuk\s+dan\s+)?atas\s+nama)\s*:)))?")  # ("… Sejati" / "(Persero)")
# "Unit Kerja : Puskesmas X": the body, when the value opens with a body's word (never a body's own unit, "Unit Kerja :
# Instalasi Gizi", "Bagian Umum": the heading or the office names the body then)
_UNIT_OF_BODY = rf"unit\s+kerja(?=\s*:[ \t]*(?:{BODY_OPENS.pattern}|(?:tk|mi|slb|paud|taman\s+kanak)\b))"
POSITION_LABEL = re.compile(rf"\b(?:jabatan|posisi|position|title)\s*:[ \t]*(?P<v>[^\n]+?{_WRAPPED_ROW})" + _NEXT_LABEL,
                             re.IGNORECASE)
INSTITUTION_LABEL = re.compile(r"\b(?:nama\s+perusaha?an|instansi|" + _UNIT_OF_BODY + r"|lembaga|perusahaan|badan\s+usaha|institution|organisation|"
                                r"organization)"
                                rf"\s*:[ \t]*(?P<v>[^\n]+?{_WRAPPED_ROW})" + _NEXT_LABEL, re.IGNORECASE)
EMPTY_NAME = re.compile(r"\bnama[ \t]*:[ \t]*$", re.IGNORECASE | re.MULTILINE)
# "Nama : PT X" then "Diwakili oleh : Budi": the name label holds the body, this one the person who signs for it
REPRESENTATIVE_LABEL = re.compile(r"(?:diwakili\s+oleh|represented\s+by)\s*(?P<colon>:?)\s*(?P<v>[^\n]+?)" + _NEXT_LABEL,
                                   re.IGNORECASE)


# An identity paragraph with its labels inline ("Nama : X Jabatan : Y Dalam hal ini …") wrapped by a narrower page:
# a name or an office running to its line's end goes on at the next line's start, up to the next label or clause
# that line holds ("Jabatan : Direktur Rumah" / "Sakit Sejahtera Dalam hal ini …"), and a "Nama :" closing its line
# has its value there ("… ini: 1. Nama :" / "dr. X Jabatan : …")
_ROW_LABEL = re.compile(r"(?:^|(?<=\s))(?:(?P<label>nama|name|jabatan|posisi|position|instansi|alamat|nip|address)"
                        r"(?:\s+kantor)?\s*:|"
                        r"(?P<bare>(?-i:Nama|NAMA))[ \t]+(?=[^\s:]))", re.IGNORECASE)  # "Nama dr. X": its colon lost
_LABEL_BROKEN = re.compile(r"(?<=\s)(?P<label>(?i:nama|jabatan|alamat|nip|instansi))[ \t]*\n[ \t]*(?=:)")  # "Alamat" / ": Jl. …"
_ROW_END = re.compile(r"\s(?:(?:nama|name|jabatan|posisi|position|instansi|unit\s+kerja|alamat|nip|address)(?:\s+kantor)?\s*:|dalam\s+hal\s+ini\b|"
                      r"bertindak\b|(?:untuk\s+)?(?:yang\s+)?(?:diwakili\s+oleh|selanjutnya)\b|untuk\s+dan\s+atas\b|"
                      r"berdasarkan\b|berkedudukan\b)", re.IGNORECASE)
_CONTINUATION = re.compile(rf"[ \t]*(?!\(?(?:\d{{1,2}}|[IVX]{{1,4}}|[a-h])[.)][ \t])(?!(?i:pihak|para|{_LINE_CLAUSE}))[A-Za-z(]")
# ... but a line opening a row of its own is none of that value's (rows one to a line, the next one unlabelled): an
# office, a capacity, a body or an address after the name ("Nama : X" / "Kepala Dinas Y, dalam hal ini …"), an
# address or a capacity after the office ("Jabatan : Kepala Dinas Y" / "Jalan Melati 4, berkedudukan …")
_ADDRESS_OPENS = r"(?:jalan|jln?\.?|kantor[ \t]+di|kelurahan|kecamatan|selaku|sebagai|berkedudukan|beralamat)\b"
_NOT_A_NAME = re.compile(rf"[ \t]*(?:{_ADDRESS_OPENS}|{OFFICE_WORD}|{BODY.pattern})", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s(?!(?i:dalam\s+hal|nama|name|jabatan|posisi|position|instansi|alamat|nip|address)\b)")
_NOT_AN_OFFICE = re.compile(rf"[ \t]*{_ADDRESS_OPENS}", re.IGNORECASE)
# a labels row's last label closing its line is no broken row ("Nama Jabatan" / ": X : Y": a flattened table's)
_LABELS_BEFORE = re.compile(r"[^\w\n]*(?:(?:\d{1,2}[.)][ \t]*)?(?:nama|jabatan|alamat|nip|instansi)[ \t]+)+", re.IGNORECASE)


def _label_rejoined(found: re.Match) -> str:
    line_start = found.string.rfind("\n", 0, found.start()) + 1
    if _LABELS_BEFORE.fullmatch(found.string, line_start, found.start()):
        return found.group()
    return f"{found['label']} "


def inline_rows_joined(block: str) -> str:
    """The block with each such wrapped inline row on one line again; rows one to a line stay as they are."""
    lines: list[str | None] = list(_LABEL_BROKEN.sub(_label_rejoined, block).split("\n"))
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        labels = list(_ROW_LABEL.finditer(line))
        if not labels or (labels[-1]["label"] or "").lower() in ("alamat", "nip", "address"):
            continue
        value = line[labels[-1].end():]
        before = line[labels[-2].end() if len(labels) > 1 else 0:labels[-1].start()]
        if _ROW_END.search(" " + value) or (not value.strip() and not before.strip()):
            continue  # the row ended on its line; a labels row ("Nama : Jabatan :"), a label alone on its line
        end = _ROW_END.search(following)
        if end is None and index + 2 < len(lines):  # the clause itself broken: "… Hamzah" / "Sukamaju, dalam" / "hal ini …"
            end = _ROW_END.search(f"{following}\n{lines[index + 2]}", 0, len(following) + 40)
            end = end if end and end.start() < len(following.rstrip()) else None
        if end is None or not _CONTINUATION.match(following) or ":" in following[:end.start()] or end.start() > 80 \
                or _ROW_END.match(" " + following.lstrip()):
            continue
        label = (labels[-1]["label"] or "nama").lower()
        if (_NOT_A_NAME if label in ("nama", "name") else _NOT_AN_OFFICE).match(following):
            continue
        rest = following[end.start():]  # a clause the row's value does not stop at stays on a line of its own
        split = "\n" if _CLAUSE_END.match(rest) else " "  # ("Jabatan : Kepala Dinas" / "X berkedudukan di …")
        lines[index + 1] = f"{line.rstrip()} {following[:end.start()].strip()}{split}{rest.lstrip()}"
        lines[index] = None
    return "\n".join(line for line in lines if line is not None)
