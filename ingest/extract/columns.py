"""Identity tables as the text layer gives them. Two-column tables read row by row: a name too long for its cell runs onto the next row, before the
rest of the other cell ("1. IR. NURUL GUNADI : Wali Kota ..., untuk dan atas" / "SIREGAR nama Pemerintah Kota ...").

join_wrapped_names(text) moves such a fragment back to the end of the name; the text keeps its length, so every
offset outside the two lines stays valid. Inside one party's block: a table flattened to a labels row and a values
row (unflattened), and a table whose colons were lost (cell).
"""
from __future__ import annotations

import re

from ingest.extract.names import DEGREE, clean_name
from ingest.extract.offices import OFFICE_NAMED

# "1. NAME : office", "1. Dr. Name, Office", "NAME selaku office"; the next line (after up to three blank ones) is
# looked at, not taken
_ROW = re.compile(r"^(?P<label>[ \t]*(?:(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+)?)(?P<name>[^\n:]{3,60}?)"
                  r"(?P<sep>[ \t]+:[ \t]*|,[ \t]+(?=[A-Z][a-z])|[ \t]+(?:selaku|sebagai)[ \t]+)"
                  r"(?P<right>[^\n]*[a-z][^\n]*)\n(?P<gap>(?:[ \t]*\n){0,3})(?=(?P<next>[^\n]+))", re.MULTILINE)
_ROW_START = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+[^\n:]{3,60}?[ \t]+:")
# degrees written after a name: "S.H.,", "M.Kes", "M.EC.DEV.", "S.Pd.", "MBA", "Sp.PD" (not "Ir.", "H.", "Dr.": those
# come before a name, and a street "Jalan / Ir. H. Juanda" wraps the same way)
# nor an address's abbreviation ("… berkantor di" / "Jln. Kenanga …": the street, never a degree)
_DEGREE = re.compile(r"(?!(?:Ir|IR|H|Hj|HJ|Dr|DR|Drs|DRS|Dra|DRA|Prof|PROF|dr|drg|DRG)\.(?:\s|$))"
                     r"(?!(?i:jl|jln|no|kel|kec|ds|kab|kota|rt|rw|tk)\.)"  # ("Tk. III": a hospital's class)
                     r"(?:[A-Za-z]{1,3}\.){1,3}[A-Za-z]{0,4}\.?|Sp[A-Z][A-Za-z]{0,3}\.?|MBA|MPH|MARS|MKM|MM|MH|MT|MSi|MSc|SH|SE|PhD|IPU|IPM|IPP")
_TITLE_END = ("Dr.", "DR.", "dr.", "Prof.", "PROF.", "H.", "Hj.", "Ir.", "Drs.", "Jalan", "Jl.", "Jln.")
_NOT_NAME = {"PIHAK", "PARA", "PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KESATU", "NIP", "NAMA", "JABATAN", "ALAMAT",
             "DAN", "ATAS", "SELAKU", "TENTANG", "ANTARA", "NOMOR", "REPUBLIK", "INDONESIA", "PT", "CV", "RI",
             "NIK", "NRP", "NIDN", "NPWP", "STR", "SIP", "SIPB", "SIPA", "SIK", "SIKB", "NO"}  # a licence's label
_LABELS = re.compile(r"^(?:nama|jabatan|alamat|nip|instansi|kedudukan)$", re.IGNORECASE)
# a civil servant's or officer's number in the name's column, its label before it ("NIP. 19680512 199003 1 004"; a
# form's blank for it, "NIP. ……"; OCR's "NlP")
_ID_ROW = re.compile(r"(?:N[Il1]P|NRP|NIK|NIDN)\.?[ \t]*:?[ \t]*(?:\d{8}(?:[ \t]?\d{1,10}){0,3}|[.…_]{3,})(?=[ \t]|$)")
# words of the identity formula that a one-word fragment may split ("untuk dan atas / SIREGAR nama")
_PAIRS = {("atas", "nama"), ("untuk", "dan"), ("dan", "atas"), ("hal", "ini"), ("dalam", "hal"), ("ini", "bertindak"),
          ("bertindak", "untuk"), ("selanjutnya", "disebut"), ("berkedudukan", "di"), ("yang", "selanjutnya")}


def _degrees(word: str) -> bool:
    """A word of degrees only: "M.Kes", "SpKJ.,MARS", "Sp.B.,MARS"."""
    parts = [part for part in word.split(",") if part]
    return bool(parts) and all(_DEGREE.fullmatch(part) for part in parts)


def _fragment(name: str, right: str, words: list[str]) -> int:
    """How many leading words of the next row belong to the name (0: none)."""
    if words and re.fullmatch(r"\(?(?:\d{1,2}|[IVX]{1,4}|[a-h])[.)]", words[0]):
        return 0  # the next row's item label ("II.", "2."), never a degree of this name
    if re.search(r"\b(?:disebut|referred\s+to\s+as)\b", f"{name} {right}", re.IGNORECASE):
        return 0  # the row ends its party's block ("… selanjutnya disebut PIHAK KEDUA."): the next line is another's;
        # "… bersama-sama selanjutnya disebut sebagai PIHAK PERTAMA; 3. NAME," is a designation, its "sebagai" no office's
    number = _ID_ROW.match(" ".join(words))
    if number:  # "NIP. 19680512 199003 1 004" under the name: its number, the office's line going on after it
        return len(number.group().split())
    letters = [word.strip(".,") for word in name.split() if len(word.strip(".,")) >= 3 and word.strip(".,").isalpha()]
    capitals = bool(letters) and all(word.isupper() for word in letters)  # "KOLONEL CKM. dr. A. RUSLI BUDI"
    count = 0
    if len(words) > 1 and words[0].endswith(",") and words[0][:-1].isalpha() and _degrees(words[1]):
        count = 1  # "Mulyadi, S.Pd.": a surname before its degrees
    for word in words[count:4]:
        bare = word.rstrip(",")
        if _degrees(bare) or (capitals and bare.isalpha() and bare.isupper() and len(bare) > 1
                              and bare not in _NOT_NAME):
            count += 1
            continue
        break
    # "… Jalan" / "Ir. H. Juanda", "… RSUD Prof. Dr." / "M. Ali …": the office's own words run on
    if count and (right.rstrip().endswith(_TITLE_END) or count == len(words)
                  or re.search(r"(?:(?<!untuk )\b(?:dan|serta|and)|&)$", right.rstrip())):
        return 0  # "… Sosialisasi, parmas dan" / "SDM, dalam hal ini": the office goes on after its conjunction
    tail = right.split()[-1].strip(".,") if right.split() else ""
    if count and tail.isalpha() and tail.isupper() and len(tail) > 1 and words[count - 1].endswith(",") and \
            not any(_degrees(word.rstrip(",")) for word in words[:count]):
        return 0  # "Direktur Utama PT. BINTANG LAUT" / "SEJAHTERA, berdasarkan …": a body in capitals runs on, no name
    if count:
        return count
    last = right.split()[-1].lower() if right.split() else ""
    if len(words) > 1 and words[0][:1].isupper() and words[0].isalpha() and (last, words[1].lower()) in _PAIRS:
        return 1  # a title-case surname splitting the formula
    return 0


# the same table as a PDF's text layer may give it, cell by cell: "2. dr. Joko Rahman, M.Si.," / "Ph.D." / ": Kepala …"
_CELLS = re.compile(r"^(?P<name>[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+[^\n:]{3,60})\n(?P<rest>[^\n:]{1,50})\n(?=[ \t]*:)",
                    re.MULTILINE)


def _cells_joined(text: str) -> str:
    def join(match: re.Match) -> str:
        words = match["rest"].split()
        if len(words) > 5 or not all(word[:1].isupper() or _DEGREE.fullmatch(word.rstrip(",")) for word in words):
            return match.group()
        return f"{match['name']} {match['rest']} "  # the two line breaks become spaces
    return _CELLS.sub(join, text)


def join_wrapped_names(text: str) -> str:
    """The identity rows with their names whole again; other text unchanged (same length)."""
    text = _cells_joined(text)
    out, last = [], 0
    for row in _ROW.finditer(text):
        if _LABELS.match(row["name"].strip()) or row.start() < last or _ROW_START.match(row["next"]):
            continue  # a label, a line already rebuilt, or the next line a row of its own ("II. NAME : ...")
        if not row["label"] and ":" in row["sep"] or not row["label"] and "," in row["sep"]:
            continue  # without an item number only "NAME selaku office" is a row
        if OFFICE_NAMED.match(row["name"].strip()):
            continue  # "2. Direktur X, Drs. Budi," / "M.M, dalam …": the office first, the degrees its holder's
        words = row["next"].split(" ")
        count = _fragment(row["name"], row["right"], words)
        if not count:
            continue
        fragment, rest = " ".join(words[:count]), " ".join(words[count:])
        rebuilt = f"{row['label']}{row['name']} {fragment}{row['sep']}{row['right']}\n{row['gap']}{rest}"
        out.append(text[last:row.start()])
        out.append(rebuilt)
        last = row.end("next")
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# A form's table flattened by the text layer: the labels on one line, the values on a later one after colons
# ("Nama Jabatan Alamat" / ": drg. X, MBA : Direktur Y : Jl. Z")
_ROW_LABEL = r"(?:nama|jabatan|alamat|nip|instansi|unit[ \t]+kerja)"
# (each label may keep its item number: "1. Nama 2. Jabatan" / ": X : Y")
_ROW_ITEM = r"(?:\d{1,2}[.)][ \t]*)?"
_ROW_NAMES = re.compile(_ROW_LABEL, re.IGNORECASE)  # (a labels row's labels, in order)
_LABELS_ROW = re.compile(rf"^[^\w\n]*{_ROW_ITEM}(?P<labels>{_ROW_LABEL}(?:[ \t]+{_ROW_ITEM}{_ROW_LABEL})+)[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
_VALUES_ROW = re.compile(r"^[ \t]*:[ \t]*(?P<values>[^\n]+)$", re.MULTILINE)
_WRAPPED_VALUES = re.compile(r"\n[ \t]*(?![ \t:]|\n|(?i:dalam\s+hal|bertindak|selanjutnya|(?:untuk\s+dan\s+)?atas\s+nama|yang|berkedudukan)\b|"
                             rf"(?i:{_ROW_LABEL}(?:[ \t]+kantor)?[ \t]*:))[^\n]+")  # (a row with its label: its own, not the cell's)


# ... or its labels and values on one line, the values after one colon each ("2. Nama Jabatan Unit Kerja : X : Y : Z
# Dalam hal ini …", a page whose lines the site ran together); the values up to the acting clause or the line's end
_INLINE_LABELS = re.compile(rf"(?<![^\s.])(?P<labels>(?-i:Nama|NAMA)(?:[ \t]+{_ROW_LABEL}){{1,4}})[ \t]*:[ \t]*"
                            r"(?=\S)", re.IGNORECASE)
_INLINE_END = re.compile(r"(?<![ \t,])[ \t,]+(?:dalam\s+hal\s+ini|bertindak|(?:yang\s+)?selanjutnya|untuk\s+dan\s+atas|"
                         r"(?:yang\s+)?berkedudukan)\b|$", re.IGNORECASE)
# (the values wrapped over the next two lines at most, never over a row of its own: "Nama Jabatan : Kepala X" /
# "Nama : Y" is a form's office-title label, then the name's row; a blank line ends them too)
_WRAPPED_CELLS = re.compile(rf"[^\n]*(?:\n(?![ \t]*(?:\n|$)|[ \t]*{_ROW_ITEM}{_ROW_LABEL}(?:[ \t]+kantor)?[ \t]*:)[^\n]*){{0,2}}",
                            re.IGNORECASE)
# a cell's separator (from the first blank of a run: a long run of blanks is no slow search)
_CELL_COLON = re.compile(r"(?<![ \t])[ \t]+:[ \t]+")


def _inline_rows(block: str) -> str:
    """Such a line written back as "Label : value" lines when it holds one value per label (the values perhaps
    wrapped over the next two lines, up to the acting clause); else unchanged."""
    found = _INLINE_LABELS.search(block)
    if found is None:
        return block
    names = _ROW_NAMES.findall(found["labels"])
    span = _WRAPPED_CELLS.match(block, found.end())
    for stop in (block.find("\n", found.end()), span.end()):  # its own line first, then with the wrapped lines
        stop = len(block) if stop == -1 else stop
        flat = block[found.end():stop].replace("\n", " ")  # (same length: offsets hold)
        end = _INLINE_END.search(flat)
        cells = _CELL_COLON.split(flat[:end.start()].strip())
        if len(cells) == len(names) and all(re.search(r"[A-Za-z]{2}", cell) for cell in cells):
            rows = "\n".join(f"{name} : {' '.join(value.split())}" for name, value in zip(names, cells))
            rest = block[found.end() + end.start():].lstrip(" \t,")
            return block[:found.start()] + rows + ("\n" + rest if rest else "")
    return block


# ... or its labels with their colons on one line and the cells run together on the next, without separators:
# "1. N a m a : Jabatan : Alamat :" / "BUDI, M.Kes BUPATI SUKAMAJU Jalan Merdeka 4, Dalam hal ini …"
_LABELS_COLONS = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]*)?n[ \t]?a[ \t]?m[ \t]?a[ \t]*:[ \t]*jabatan[ \t]*:(?:[ \t]*alamat[ \t]*:)?"
                            r"[ \t]*\n(?P<values>[^\n:]+(?:\n(?![ \t]*\n)[^\n:]+){0,3})", re.IGNORECASE | re.MULTILINE)  # (wrapped)
_OFFICE_START = re.compile(r"\s(?=(?:bupati|wali\s*kota(?:madya)?|walikota(?:madya)?|gubernur|rektor|dekan|direktur|kepala|ketua|camat|menteri|"
                           r"pimpinan|pemimpin)\b)", re.IGNORECASE)
_OFFICE_END = re.compile(r"\s(?=(?:jalan|jln?\.|alamat|kelurahan|dalam\s+hal\s+ini|(?:yang\s+)?berkedudukan|"
                         r"kantor\s+(?:di\s+)?(?:jalan|jln?))\b)", re.IGNORECASE)  # ("X" / "yang berkedudukan …": no office's)


def _run_together(block: str) -> str:
    """The name and the office of a labels line whose cells ran together, written back as "Nama :" and "Jabatan :"
    lines: the office from its first word to the address (the name ends before it); unchanged when no office word."""
    found = _LABELS_COLONS.search(block)
    if found is None:
        return block
    values = found["values"]
    start = _OFFICE_START.search(values, 3)
    end = _OFFICE_END.search(values, start.end()) if start else None
    if start is None or end is None or not values[:start.start()].strip(" ,"):
        return block
    rows = f"Nama : {' '.join(values[:start.start()].split()).strip(' ,')}\nJabatan : {' '.join(values[start.end():end.start()].split())}\n"
    rest = values[end.start():].lstrip(" ,\n")
    address = "Alamat : " if re.match(r"(?i:(?:kantor\s+(?:di\s+)?)?(?:jalan|jln?\.?)|kelurahan)\b", rest) else ""  # its wrapped lines no office's
    return block[:found.start()] + rows + address + rest + block[found.end():]


# A form's labels run together with their values, the colons lost: "Nama drg. X Jabatan : Y Alamat : Z", "II Nama X" /
# "Jabatan Kepala Y" (a label in its own case, never "atas nama X" nor a labels row "Nama Jabatan Alamat", nor a
# draft's hint "NAMA PEJABAT, selaku JABATAN")
_BARE_NAME = re.compile(r"(?<![^\s.])(?<!(?i:atas) )(?-i:Nama|NAMA)[ \t]+"
                        r"(?!(?:\d{1,2}[.)][ \t]*)?(?i:jabatan|alamat|nip|instansi|pejabat|penandatangan|lengkap|mitra|"
                        r"perusahaan)\b)(?=[^\s:])")
_BARE_OFFICE = re.compile(r"(?<![^\s.])(?-i:Jabatan|JABATAN)[ \t]+(?=[^\s:])")
_OFFICE_CLAUSE = re.compile(r",\s*(?:berdasarkan|bertindak|dalam\s+hal|selaku|yang|nip)\b", re.IGNORECASE)
_OFFICE_LABEL = re.compile(r"(?<![^\s.])(?-i:Jabatan|JABATAN)\b")


def colons_restored(block: str) -> str:
    """A party block whose "Nama" label runs into its value with a "Jabatan" label after it, the colons written back
    ("Nama : X", "Jabatan : Y"); other blocks unchanged."""
    name = _BARE_NAME.search(block)
    label = _OFFICE_LABEL.search(block, name.end(), name.end() + 400) if name else None
    if label is None or ":" in block[name.end():label.start()] or re.search(r"\b(?:nama|name)\s*:", block, re.IGNORECASE):
        return block  # "Nama Perusahaan : X": a label of its own
    block = block[:name.end()].rstrip(" \t") + " : " + block[name.end():]
    office = _BARE_OFFICE.search(block, name.end())
    if office and office.start() < name.end() + 400:
        block = block[:office.end()].rstrip(" \t") + " : " + block[office.end():]
        start = office.end() + 2
        end = _OFFICE_CLAUSE.search(block, start, start + 300)  # the office wrapped over lines up to its clause
        if end and not re.search(r"(?i:alamat|nip)\s*:", block[start:end.start()]):
            block = block[:start] + block[start:end.start()].replace("\n", " ") + "\n" + block[end.start() + 1:].lstrip()
    return block


def labels_row(block: str) -> bool:
    """Whether the block holds a form's flattened labels row ("Nama Jabatan Alamat", the values on a later line)."""
    labels = _LABELS_ROW.search(block)
    values = _VALUES_ROW.search(block, labels.end()) if labels else None
    return bool(values and re.search(r"[A-Za-z]{2}", values["values"]))  # ": :": a form left blank


def unflattened(block: str) -> str:
    """A party block with a flattened table written back as "Label : value" lines; other blocks unchanged."""
    block = colons_restored(block)
    labels = _LABELS_ROW.search(block)
    values = _VALUES_ROW.search(block, labels.end()) if labels else None
    if values is None or block[labels.end():values.start()].count("\n") > 6:
        return _inline_rows(_run_together(block))
    names, cells = _ROW_NAMES.findall(labels["labels"]), _CELL_COLON.split(values["values"].strip())
    end = values.end()
    for _ in range(3):  # the values row wrapped inside a cell: its next lines (three at most), until every label
        line = _WRAPPED_VALUES.match(block, end) if len(cells) < len(names) else None  # has its cell
        if line is None:
            break
        end = line.end()
        cells = _CELL_COLON.split(" ".join(block[values.start("values"):end].split()))
    if len(names) != len(cells):
        return block
    rows = "\n".join(f"{name} : {value}" for name, value in zip(names, cells))
    return block[:labels.start()] + block[labels.end():values.start()] + rows + block[end:]


# A table whose colons were lost: "Nama" and "Jabatan" alone on their lines, each value on the next line
LABEL_LINE = re.compile(r"^[ \t]*(?P<label>nama|jabatan)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_CELL_END = re.compile(r"(?i:nama|jabatan|alamat|berkedudukan|nip|jl\.?|jalan|telp)\b|\d|.*:")


def cell(block: str, label: str) -> str | None:
    """The value under a bare label line, with a one-word wrapped tail ("... Kabupaten Penajam Paser / Utara")."""
    for match in LABEL_LINE.finditer(block):
        if match["label"].lower() != label:
            continue
        lines = [line.strip() for line in block[match.end():].split("\n") if line.strip()]
        if not lines or _CELL_END.match(lines[0]):
            return None
        value = lines[0]
        if len(lines) > 2 and re.fullmatch(r"[A-Z][a-z]+,?", lines[1]) and not _CELL_END.match(lines[1]) \
                and _CELL_END.match(lines[2]):
            value += " " + lines[1]
        return value + _scattered_region(block, value, lines[1:9])
    return None


# A two-column identity table flattened column by column: the item numbers and names first, each on its own line,
# then the offices after one colon ("ini: 1." / "BUDI, SE" / "2." / "dr. SITI" / ": Kepala X … PIHAK PERTAMA Direktur
# Y … PIHAK KEDUA"): the names belong to the parties in the order listed
def _listed(n: int) -> str:
    """An item number and its name on a line of its own (blank lines around it)."""
    return rf"[ \t]*{n}\.[ \t]*\n(?:[ \t]*\n){{0,3}}[ \t]*(?P<name{n}>[^\n:]{{3,60}})\n(?:[ \t]*\n){{0,3}}"


_NAMES_FIRST = re.compile(rf"(?:^|(?<=[:\s])){_listed(1)}{_listed(2)}(?:{_listed(3)})?[ \t]*:[ \t]*(?=[A-Z])")


def names_column_first(block: str) -> list[str]:
    """The names of a table flattened column by column, in the order listed ([] when the block is no such table)."""
    found = _NAMES_FIRST.search(block)
    if found is None:
        return []
    names = [found[f"name{n}"].strip() for n in (1, 2, 3) if found[f"name{n}"]]
    if any(OFFICE_NAMED.match(name) or re.search(r"\b(?:pihak|bertindak|nama|jabatan)\b", name, re.IGNORECASE)
           for name in names):
        return []
    return names


def names_in_column_order(parties: list, text: str) -> None:
    """The parties' signatories from such a table in their first block, when it lists one name per party and no
    later block named its own (at most 0.75: the pairing is by order)."""
    column = names_column_first(text[parties[0].start:parties[0].end]) if parties else []
    if len(column) == len(parties) > 1 and not any(party.signatory for party in parties[1:]):
        for party, name in zip(parties, column):
            party.signatory, party.confidence = clean_name(name), min(party.confidence, 0.75)


def _bare_words(words: list[str]) -> list[str]:
    return [word.strip(".,;:").lower() for word in words]


def position_without_name(position: str | None, institution: str | None) -> str | None:
    """An office with a piece of its holder's name run into it by a two-column table read line by line ("Dekan
    Fakultas X Universitas Jenderal Prihatno, M.Kes, Sudirman" beside "atas nama Fakultas X Universitas Jenderal
    Sudirman"): the office over the body it acts for, the run of name and degrees taken out; else `position`."""
    if not position or not institution:
        return position
    words, body = position.split(), _bare_words(institution.split())
    bare = _bare_words(words)
    for start in range(1, min(4, len(words))):  # the office's own words ("Dekan", "Kepala Dinas")
        rest = bare[start:]
        if len(rest) <= len(body) or rest[:1] != body[:1]:
            continue
        for cut in range(1, len(body)):  # the run sits between the body's cut-th and next word
            extra = len(rest) - len(body)
            if rest[:cut] != body[:cut] or rest[cut + extra:] != body[cut:] or extra > 4:
                continue
            run = words[start + cut:start + cut + extra]
            if run[0][:1].isupper() and run[0].endswith(",") and any(DEGREE.match(word.strip(",")) for word in run[1:]):
                return " ".join(words[:start + cut] + words[start + cut + extra:])
    return position
_REGION_END = re.compile(r"\b(?:Kabupaten|Kota|Provinsi|Propinsi)$")
_REGION_NAMED = re.compile(r"\b(?:Kabupaten|Kota|Provinsi|Propinsi)[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})")


def _scattered_region(block: str, value: str, following: list[str]) -> str:
    """The rest of a cell cut after its region's word ("Direktur RSUD Kabupaten") whose name the text layer scattered
    over the next lines, one word a line among the other cells' words ("Tirta" / "Keterangan" / "Raya,"):
    the name as the block writes it in full elsewhere (the longest), its words found there in order, the first on
    the next line (" Tirta Raya"); else ""."""
    if not _REGION_END.search(value) or not following:
        return ""
    words = [line.strip(" ,.;") for line in following if len(line.split()) == 1]
    names = sorted({named["name"] for named in _REGION_NAMED.finditer(block)}, key=len, reverse=True)
    for name in map(str.split, names):
        if following[0].strip(" ,.;") == name[0] and _in_order(name, words):
            return " " + " ".join(name)
    return ""


def _in_order(name: list[str], words: list[str]) -> bool:
    found = iter(words)
    return all(any(word == part for word in found) for part in name)
