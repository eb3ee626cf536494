"""Signature blocks: "PIHAK PERTAMA, / WALI KOTA BOGOR, / (signed) / BIMA ARYA", stacked or side by side."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract import roles
from ingest.extract.names import RANK, clean_name, is_body, strip_name
from ingest.extract.heads import OFFICE_THEN_NAME, position_of, split_head
from ingest.extract.offices import ACTING_LOOSE, OFFICE_WORD, headed_body, regional_government
from ingest.extract.soft_breaks import prose_joined
from ingest.extract.text import SEGMENT, is_placeholder, smart_title

_ROLE = roles.ROLE
_ROLE_RE = re.compile(_ROLE, re.IGNORECASE)
# "Untuk dan atas nama PIHAK PERTAMA,", "a.n. PIHAK KEDUA" on the role's line
_FOR_ROLE = r"(?:untuk[ \t]+dan[ \t]+atas[ \t]+nama[ \t]+|atas[ \t]+nama[ \t]+|a\.[ \t]?n\.?[ \t]+|untuk[ \t]+)?"
_ROLE_LINE = re.compile(rf"^[ \t]*{_FOR_ROLE}{_ROLE}[ \t]*[,:]?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_MULTI_ROLE_LINE = re.compile(rf"^[ \t]*{_FOR_ROLE}{_ROLE}[ \t]*,?(?:[ \t]+{_FOR_ROLE}{_ROLE}[ \t]*,?)+[ \t]*$",
                              re.IGNORECASE | re.MULTILINE)
ROLE_LINE, MULTI_ROLE_LINE = _ROLE_LINE, _MULTI_ROLE_LINE  # the lines heading signature blocks, for office_blocks
_SKIP = re.compile(r"^(?:(?:NIP|NIK|NRP|NIDN|Pangkat|ttd|cap|materai|meterai|\(?\s*tanda\s+tangan|stempel|halaman|paraf)\b|"
                   r"[-–\s]*\d{1,3}[-–\s]*$|(?:Rp\.?[ \t]*)?\d{1,3}(?:[.,]?\d{3})+[,.]?-?$|"  # a stamp's value: "Rp10.000"
                   r"[_=\-–—\s]{3,}$|"  # a rule drawn under the name
                   # an English block's label alone: "Approved:", "Agreed and accepted:", "Witness:"
                   r"(?:approved|agreed|accepted|witness(?:ed)?)(?:[ \t]+(?:by|and[ \t]+(?:agreed|accepted)))?[ \t]*:$|"
                   # a civil servant's rank (pangkat) under the name: "Pembina Utama Muda", "Penata Tk. I (III/d)"
                   r"(?:Pembina|Penata|Pengatur|Juru)(?:[ \t]+(?:Utama|Muda|Madya|Tingkat[ \t]*I{1,2}|Tk\.?[ \t]*I{1,2}))*"
                   r"[ \t,]*(?:\(?[ \t]*[IV]{1,3}[ \t]*/[ \t]*[a-e][ \t]*\)?)?$)", re.IGNORECASE)
# the holder's number after the name or the rank on its line: "AJUN KOMISARIS BESAR POLISI NRP 78050123"
_ID_TAIL = re.compile(r"[ \t,]*\b(?:NIP|NRP|NIK|NIDN)\b\.?[ \t]*:?[ \t]*\d[\d \t./-]*$", re.IGNORECASE)
# a stamp printed beside the name, a gap between them: "NAME      Cap/Stempel", "Materai 10000     NAME"
_STAMP = r"\(?(?:cap|stempel|materai|meterai|ttd)\b[^ \t]*(?:[ \t]+(?:Rp\.?[ \t]?)?[\d.,]+)?\)?"
_STAMP_BESIDE = re.compile(rf"(?<![ \t])[ \t]{{3,}}+{_STAMP}[ \t]*$|^{_STAMP}[ \t]{{3,}}(?=\S)", re.IGNORECASE)
# a police or military rank alone under the name: "KOMISARIS BESAR POLISI", "LETNAN KOLONEL INF"
_RANK_LINE = re.compile(rf"(?:Ajun[ \t]+)?(?:{RANK.pattern})[ \t.,]*", re.IGNORECASE)
# the witnesses' or approvers' blocks after the parties' ("Mengetahui, / BUPATI X"): another person's signature
_WITNESS = re.compile(r"^[ \t]*(?:mengetahui|menyetujui|disaksikan(?:\s+oleh)?|saksi(?:[- ]saksi)?|witness(?:es|ed\s+by)?)"
                      r"\b", re.IGNORECASE | re.MULTILINE)
_ON_BEHALF = re.compile(r"^(?:untuk\s+dan\s+atas\s+nama|atas\s+nama|a\.n\.?|for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of)"
                        r"\s*(?P<rest>.*)$", re.IGNORECASE)
_TITLE_WORD = re.compile(r"^(?:Prof|Dr|Drs|Dra|Ir|Hj|H|dr|drg|Mr|Mrs|Ms|Kol|Inf|Letkol|Brigjen|Kombes|KH)\.$",
                         re.IGNORECASE)
_DEGREE_WORD = re.compile(r"^(?:[A-Z][a-zA-Z]{0,3}\.(?:[A-Za-z]{1,5}\.?){0,3}|Ph\.?D\.?|MBA|MARS|MPH|MPA|MSc|MM|MT|MH|"
                          r"SH|SE|ST|Ak|CA|CPA|IPU|IPM)$")
# An office that starts a second position inside a line, after a word of the first: "... DAN Rektor Universitas".
_OFFICE_START = re.compile(r"(?<=[A-Za-z,] )(?:Wali\s*Kota(?:madya)?|Bupati|Gubernur|Kepala|Rektor|Direktur|Ketua|Dekan|Camat|"
                           r"Mayor|Governor|Director|Rector|President|Chairman)\b")


@dataclass
class Signature:
    role: str
    position: str | None
    signatory: str | None
    institution: str | None
    start: int
    end: int


def _bracket_blanks(lines: list[str]) -> list[str]:
    """A draft's name slot left as empty brackets ("(                 )", or its "(" and ")" cut apart by a layout's
    gap) is the blank "(……)", so the office line wrapped above it is not read as the name."""
    out: list[str] = []
    for line in lines:
        if line.strip() == ")" and out and out[-1].strip() == "(":
            out[-1] = "(……)"
        elif _EMPTY_BRACKETS.fullmatch(line):
            out.append("(……)")
        else:
            out.append(line)
    return out


_EMPTY_BRACKETS = re.compile(r"[ \t]*\([ \t]*\)[ \t]*")


def read_column(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """(institution, position, signatory) from the lines under one role, top to bottom."""
    institution = None
    lines = prose_joined(_bracket_blanks(lines))  # (a sentence's tail the page's width broke off: no line of its own)
    content = []
    for line in lines:
        stripped = _ID_TAIL.sub("", _STAMP_BESIDE.sub("", line.strip()).strip("()"))  # "NAME, NIP. 1965…": the name
        if skipped_line(stripped):
            continue
        behalf = _ON_BEHALF.match(stripped)
        if behalf:  # "a.n. BUPATI X": the government the delegating office heads
            rest = behalf["rest"].strip(" ,")
            rest = smart_title(rest) if rest.isupper() else rest
            institution = (regional_government(rest) or headed_body(rest) or rest) if rest else None
            continue
        delegated = _DELEGATED.match(stripped)
        if delegated:  # "SEKRETARIS DAERAH / u.b. / ASISTEN …": the office signing for the one above it
            content = [delegated["rest"]] if delegated["rest"] else []
            continue
        content.append(stripped)
    if not content:
        return institution, None, None
    blank = _blank_above_office(content)
    if blank is not None:  # "(……………)" / "Direktur RSUD X" / "Lembah Hijau": a draft's blank name above its office
        return institution, position_of(" ".join(content[blank + 1:])), None
    if len(content) == 1 and OFFICE_LINE.match(content[0]) and not OFFICE_THEN_NAME.fullmatch(content[0]):
        return institution, position_of(content[0]), None  # "PIHAK KEDUA, / Direktur": the office, no name yet
    rows = labelled_rows(content)
    if rows and rows[0]:  # "Nama : X / Jabatan : Y" rows under the role
        name, office = rows
        return institution, position_of(office) if office else None, clean_name(name) if len(name) < 80 else None
    name = content[-1]
    if len(content) >= 2 and OFFICE_LINE.match(content[-1]) and is_person_line(content[-2]):
        name, content = content[-2], content[:-2] + content[-1:]  # "NAME / Bupati X": the office under the name
        if content[:-1] and institution is None and not any(OFFICE_LINE.match(line) for line in content[:-1]):
            institution, content = " ".join(content[:-1]), content[-1:]
        content.append(name)  # read below as the usual office-then-name block
    position_lines = [_restore_office(line) for line in content[:-1]]
    office_at = next((index for index, line in enumerate(position_lines) if OFFICE_LINE.match(line)), None)
    if office_at:  # "PT BANK X / CABANG Y / PEMIMPIN CABANG, / name": the body written out, then the office
        institution, position_lines = " ".join(position_lines[:office_at]), position_lines[office_at:]
    elif institution is None and office_at is None and len(position_lines) >= 2 and \
            not position_lines[0].endswith(","):
        institution = position_lines.pop(0)  # "PEMERINTAH KOTA BOGOR / WALI KOTA BOGOR, / name"
    # ("KEPALA DINAS X / KABUPATEN Y,": an office wrapped over two lines is one office)
    position = position_of(" ".join(position_lines)) if position_lines else None
    acting = re.match(r"(?:Plt|Plh|Pjs|Pj)\.\s*", position or "")
    if acting and position[acting.end():].isupper():  # "Plt. KEPALA DINAS X"
        position = acting.group() + smart_title(position[acting.end():])
    if institution:
        institution = " ".join(institution.split()).strip(" ,")
        institution = smart_title(institution) if institution.isupper() else institution
    if _OFFICE_AFTER_NAME.search(name) and not (position and OFFICE_LINE.match(position)):
        # "Birchwood County / Anna Kowalczyk, Reeve": the office after the name's comma, the body above it
        institution = institution or (smart_title(position) if position and position.isupper() else position)
        name, position = split_head(name)
    return institution, position, clean_name(name) if len(name) < 80 else None


_OFFICE_AFTER_NAME = re.compile(rf",[ \t]*(?:{ACTING_LOOSE}[ \t]+)?{OFFICE_WORD}[^,]*$", re.IGNORECASE)


def _blank_above_office(content: list[str]) -> int | None:
    """Where a name-first block leaves its name blank right above the office (wrapped over at most three lines)."""
    for index, line in enumerate(content[:-1]):
        if BLANK_NAME.fullmatch(line) and OFFICE_LINE.match(content[index + 1]) and len(content) - index <= 4:
            return index
    return None


def _blank_name(lines: list[str], position: str | None) -> bool:
    """A draft's signature whose name is still a blank ("(……………………)", "[Nama]", "NAMA PEJABAT") or left out
    under a stated office: the office stands."""
    kept = [line.strip() for line in _bracket_blanks(lines) if line.strip() and not _SKIP.match(line.strip())]
    last = kept[-1] if kept else ""
    return bool(position) and bool(BLANK_NAME.fullmatch(last) or _blank_above_office(kept) is not None
                                   or is_placeholder(last) or OFFICE_LINE.match(last) and position_of(last) == position)


# the line a draft leaves for the name: a rule or dots, perhaps in brackets ("(……………………)")
BLANK_NAME = re.compile(r"(?i:(?:per|by)[ \t]*:?[ \t]*)?\(?[ \t]*(?:\.{4,}|…+|_{4,})[.…_ \t]*\)?")  # ("Per: ____")
_LABELLED = re.compile(r"^(?P<label>nama|name|jabatan|position|title|designation)[ \t]*:[ \t]*(?P<value>.*)$",
                       re.IGNORECASE)


def labelled_rows(lines: list[str]) -> tuple[str | None, str | None] | None:
    """(name, office) from "Nama : X / Jabatan : Y" ("Name: / Title:") rows, None when no line is such a row."""
    rows = {found["label"].lower(): found["value"].strip() for found in map(_LABELLED.match, lines) if found}
    if not rows:
        return None
    return (rows.get("nama") or rows.get("name"),
            rows.get("jabatan") or rows.get("position") or rows.get("title") or rows.get("designation"))


def skipped_line(line: str) -> bool:
    """A line of a signature block that says nothing of the signer: a mark, a stamp, a rule, a rank, a number."""
    stripped = _ID_TAIL.sub("", line.strip().strip("()"))
    return not stripped or bool(_SKIP.match(stripped) or _RANK_LINE.fullmatch(stripped))


def is_person_line(line: str) -> bool:
    """A line that names a person: no office, no body, a name's shape."""
    return not OFFICE_LINE.match(line) and not is_body(line) and looks_like_name(line)


_DELEGATED = re.compile(r"^u\.?[ \t]?b\.?(?:[ \t]+(?P<rest>.*)|$)", re.IGNORECASE)  # "u.b.": untuk beliau
# a line opening with an office (office_blocks reads them too)
OFFICE_LINE = re.compile(rf"(?:{ACTING_LOOSE}[ \t]+)?{OFFICE_WORD}", re.IGNORECASE)


_OFFICE_FIRST = re.compile(r"(?:Wali\s*Kota(?:madya)?|Bupati|Gubernur|Kepala|Rektor|Direktur|Ketua|Dekan|Camat|Mayor|Governor|"
                           r"Director|Rector)\b", re.IGNORECASE)
_OFFICES = ("Wali", "Walikota", "Bupati", "Gubernur", "Kepala", "Rektor", "Direktur", "Ketua", "Dekan", "Camat")


def _restore_office(line: str) -> str:
    """An office word whose first letters a stamp or signature hid: "ektor Universitas X" -> "Rektor ...",
    "j Kota X" -> "Wali Kota X" (a regional head's title is the only position that begins with "Kota")."""
    first, _, rest = line.partition(" ")
    if not first[:1].islower():
        return line
    for office in _OFFICES:
        if len(first) >= 3 and office.lower().endswith(first.lower()) and office.lower() != first.lower():
            return f"{office} {rest}" if rest else office
    if len(first.strip("'`.,")) <= 2 and re.match(r"(?i:kota)\s+[A-Z]", rest):
        return f"Wali {rest}"
    return line


def _columns(line: str, count: int) -> list[str] | None:
    parts = [part for part in re.split(r"\s{2,}|\t", line.strip()) if part]
    if len(parts) == count:
        return parts
    commas = [part.strip() for part in line.strip().rstrip(",").split(",")]
    if line.strip().endswith(",") and len(commas) == count and all(commas):  # "Wali Kota X, Gubernur Y,"
        return [part + "," for part in commas]
    for split in (_split_names, _split_offices):
        found = split(line.strip())
        if len(found) == count:
            return found
    return None


def _split_names(line: str) -> list[str]:
    """Signatory names OCR joined with single spaces: "DRG. RUDI, S.E., M.M. KOL. INF. MADE HUTAPEA, M.M." splits
    where the degrees after one name's comma end ("M.M." without a comma) or another name or title begins."""
    names: list[list[str]] = [[]]
    in_degrees = False  # after the comma that closes a name, only degrees may follow
    for word in line.split():
        bare = word.rstrip(",")
        title = bool(_TITLE_WORD.match(bare))
        starts_new = names[-1] and (
            (in_degrees and (title or not _DEGREE_WORD.match(bare))) or
            (not in_degrees and title and any(not _TITLE_WORD.match(w) for w in names[-1])))
        if starts_new:
            names.append([])
            in_degrees = False
        names[-1].append(word)
        if in_degrees and not word.endswith(","):
            names.append([])  # the last degree has no comma after it
            in_degrees = False
        elif word.endswith(",") and any(not _TITLE_WORD.match(w) for w in names[-1]):
            in_degrees = True
    return [" ".join(name) for name in names if name]


def _split_offices(line: str) -> list[str]:
    """Positions joined on one line: "Bupati Wonosobo: Kepala Badan ...," (OCR read the comma as a colon) or
    "KEPALA DINAS X Rektor Universitas Y," where a capitalised office word starts the next one."""
    bounds = [0] + [match.end() for match in re.finditer(r"[,;:](?=[ \t]+[A-Z])", line)]
    if len(bounds) == 1:
        bounds += [match.start() for match in _OFFICE_START.finditer(line)]
    bounds = sorted(set(bounds))
    return [line[a:b].strip(" :;") for a, b in zip(bounds, bounds[1:] + [len(line)]) if line[a:b].strip(" :;,")]


_DOTTED_DEGREE = re.compile(r"[A-Z][a-z]{0,3}\.[A-Za-z]{1,5}\.?(?:[A-Za-z]{1,5}\.?)?")  # "S.H.", "M.Sc.", "S.Pd.I."


def looks_like_name(name: str | None) -> bool:
    """A signatory line, not a sentence: a few capitalised words, no digits, no clause punctuation."""
    if not name or _ROLE_RE.search(name) or re.search(r"\d|[:;]$", name) or _OFFICE_FIRST.match(name):
        return False  # "Rektor Universitas X": a position line left where the name was lost
    bare = strip_name(name)
    core = (bare or "").split()
    ends_well = not name.rstrip().endswith(".") or bool(re.search(r",\s*[A-Z][\w.]*\.$", name)) or \
        len(name.split()) >= 2 and bool(_DOTTED_DEGREE.fullmatch(name.split()[-1]))  # "Maya Budiman M.Sc.": a degree
    # without a comma before it (never a word ending a sentence: "Public Works.")
    # the name's first word capitalised as written, not only once stripped ("rawat inap, rawat": prose wrapped under a
    # page's running "PIHAK PERTAMA PIHAK KEDUA")
    written = re.search(rf"(?i:\b{re.escape(core[0])})", name) if core else None
    return 1 <= len(core) <= 8 and core[0][:1].isupper() and ends_well and \
        not (written and written.group()[:1].islower())


# pdftotext prints side-by-side blocks as a layout (text.SEGMENT): each column's lines start under its role, whatever
# the other column holds on that line (an office wrapped over more lines, a stamp, a name lower down)
def _laid_out(role_line: str) -> bool:
    """Roles side by side with a layout's gap between them (not OCR's single space)."""
    found = list(_ROLE_RE.finditer(role_line))
    return all(re.search(r"[ ]{2,}|\t", role_line[a.end():b.start()]) for a, b in zip(found, found[1:]))


def _by_position(role_line: str, lines: list[str], count: int) -> list[list[str]]:
    """The lines under side-by-side roles, each piece in the column it starts under (the middle between two roles
    divides them), up to the next role or witness line."""
    role_line = role_line.expandtabs()
    # each role with the words written before it ("Untuk dan atas nama PIHAK KEDUA")
    found = [piece for piece in SEGMENT.finditer(role_line) if _ROLE_RE.search(piece.group())]
    if len(found) != count:
        found = list(_ROLE_RE.finditer(role_line))
    bounds = [(a.end() + b.start()) // 2 for a, b in zip(found, found[1:])]
    columns: list[list[str]] = [[] for _ in range(count)]
    for line in lines:
        line = line.expandtabs()
        if _ROLE_RE.search(line) or _WITNESS.match(line):
            break
        pieces = list(SEGMENT.finditer(line))
        if len(pieces) == 1 and bounds and pieces[0].start() < bounds[0] and pieces[0].end() > found[1].start() + 2:
            split = _columns(line, count)  # one run of text over both columns: joined with single spaces
            if split:
                for column, part in zip(columns, split):
                    column.append(part)
                continue
        for piece in pieces:
            columns[sum(piece.start() >= bound for bound in bounds)].append(piece.group())
    return columns


def find_signatures(text: str, start: int = 0) -> list[Signature]:
    """The signature blocks after `start`, one per role (the last block of each role wins)."""
    found: dict[str, Signature] = {}
    for multi in _MULTI_ROLE_LINE.finditer(text, start):
        named = [roles.role_name(match.group()) for match in _ROLE_RE.finditer(multi.group())]
        columns: list[list[str]] = [[] for _ in named]
        if _laid_out(multi.group()):
            following = text[multi.end():multi.end() + 1600].split("\n")[1:16]
            columns = _by_position(multi.group(), following, len(named))
            following = []
        else:
            following = text[multi.end():multi.end() + 600].split("\n")[1:12]
        alone = []  # position lines OCR read one column at a time (a stamp or signature between them)
        for line in following:
            if _ROLE_RE.search(line) or not line.strip():
                if columns[0]:
                    continue
            split = _columns(line, len(named)) if line.strip() else None
            if split is None:
                if line.strip().endswith(",") and len(re.sub(r"[^A-Za-z]", "", line)) >= 4:
                    alone.append(line.strip())
                continue
            for column, part in zip(columns, split):
                column.append(part)
        if len(alone) == len(named) and all(len(column) <= 1 for column in columns):
            for column, line in zip(columns, alone):
                column.insert(0, line)
        for role, column in zip(named, columns):
            institution, position, signatory = read_column(column)
            if looks_like_name(signatory) or _blank_name(column, position):
                found[role] = Signature(role, position, signatory, institution, multi.start(), multi.end())
    lines = list(_ROLE_LINE.finditer(text, start))
    for index, match in enumerate(lines):
        stop = lines[index + 1].start() if index + 1 < len(lines) else min(len(text), match.end() + 400)
        witness = _WITNESS.search(text, match.end(), stop)  # "Mengetahui, / BUPATI X": not this party's signer
        block = text[match.end():witness.start() if witness else stop].split("\n")[:12]
        institution, position, signatory = read_column(block)
        if not (looks_like_name(signatory) or _blank_name(block, position)) or \
                (position and len(position.split()) > (24 if labelled_rows(block) else 14)):  # a "Jabatan :" row is an
            # office however long ("Kepala Balai Besar X Direktorat Jenderal Y Kementerian Z"), a loose line may be prose
            continue
        role = roles.role_name(_ROLE_RE.search(match.group()).group())
        found[role] = Signature(role, position, signatory, institution, match.start(), match.end() + len("\n".join(block)))
    return sorted(found.values(), key=lambda signature: signature.start)
