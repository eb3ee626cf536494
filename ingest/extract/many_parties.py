"""Openings that designate several blocks at once: bodies sharing one role ("1. … atas nama Pemerintah Desa A;
2. … atas nama Pemerintah Desa B; selanjutnya secara bersama-sama disebut PIHAK PERTAMA"), blocks given their roles
respectively ("… yang selanjutnya masing-masing disebut PIHAK KESATU, PIHAK KEDUA dan PIHAK KETIGA", "… berturut-turut
disebut PIHAK KESATU sampai dengan PIHAK KELIMA"), and the parties given as a table's rows (No | Nama | Jabatan |
Instansi, with or without a column of roles).

Each body sharing a role is a party of its own with that role, in the order the text lists them.
"""
from __future__ import annotations

import re

from ingest.extract import roles
from ingest.extract.heads import position_of
from ingest.extract.names import clean_name
from ingest.extract.text import SEGMENT, column_under

_ROLE = re.compile(roles.INDONESIAN_ROLE, re.IGNORECASE)
# "secara bersama-sama disebut", "baik sendiri-sendiri maupun bersama-sama disebut", "masing-masing … disebut"
_TOGETHER = re.compile(r"\b(?:bersama-\s?sama|sendiri-\s?sendiri|masing-\s?masing|secara\s+kolektif)\b[^.;:]{0,60}?"
                       r"\b(?:di)?sebut(?:\s+sebagai)?\s*[\"“]?\s*$", re.IGNORECASE)
# the roles after the first: ", PIHAK KEDUA, … dan PIHAK KETIGA" or "sampai dengan PIHAK KELIMA"
_NEXT_ROLE = re.compile(rf"\s*[\"”]?\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)[\"“]?\s*(?P<role>{roles.INDONESIAN_ROLE})",
                        re.IGNORECASE)
_RANGE = re.compile(rf"\s*[\"”]?\s+(?:sampai\s+dengan|s\.?\s?d\.?|hingga)\s+[\"“]?\s*(?P<role>{roles.INDONESIAN_ROLE})",
                    re.IGNORECASE)
# at a line's start, or run in after the previous item's semicolon ("…; 2. H. Budi, Kepala Desa …", the label
# perhaps alone at a line's end)
# (a side's roman numeral before its first item: "I. 1. Nama : …"; a number without its dot before a form's label:
# "7 Nama : …")
_ITEM = re.compile(r"(?:^[ \t]*(?:[IVX]{1,4}\.[ \t]+)?|(?<=;)[ \t\n]+(?:dan[ \t]+)?)\(?(?:(?P<label>\d{1,2}|[a-o])[.)][ \t]*[ \t\n]|"
                   r"(?P<bare>\d{1,2})[ \t]+(?=Nama[ \t]*:))(?=\S)", re.MULTILINE)
_ACTS = re.compile(r"\b(?:atas\s+nama|diwakili\s+oleh|mewakili)\s+(?-i:[A-Z])|\bnama\s*:", re.IGNORECASE)


def _number(role: str) -> int | None:
    """The position a role names: "PIHAK KETIGA" -> 3."""
    word = roles.role_name(role).removeprefix("PIHAK ")
    return next((ordinal.number for ordinal in roles.ORDINALS if word in ordinal.words + (ordinal.roman,)), None)


def listed_roles(region: str, first) -> tuple[list[str], int]:
    """The roles a designation gives respectively, from its first mention on: (roles, where the list ends); a
    single role when no list or range follows it."""
    found, end = [first.role], first.end
    if (span := _RANGE.match(region, end)) is not None:
        low, high = _number(first.role), _number(span["role"])
        if low and high and high > low:
            in_order = roles.roles_in_order(first.role)
            return [first.role] + in_order[low:high], span.end()
    while (step := _NEXT_ROLE.match(region, end)) is not None:
        found.append(roles.role_name(step["role"]))
        end = step.end()
    return found, end


def together(region: str, mention) -> bool:
    """Whether the designation names several blocks together ("secara bersama-sama disebut PIHAK PERTAMA")."""
    return bool(_TOGETHER.search(region, max(0, mention.start - 90), mention.start))


def items(block: str) -> list[tuple[int, str]]:
    """The numbered items of a block that each act for a body: (offset in block, item); none unless two or more,
    numbered in sequence."""
    starts = list(_ITEM.finditer(block))
    out = []
    for index, start in enumerate(starts):
        stop = starts[index + 1].start() if index + 1 < len(starts) else len(block)
        out.append((start.start(), start["label"] or start["bare"], block[start.start():stop]))
    labels = [label for _, label, _ in out]
    in_sequence = all(_follows(a, b) for a, b in zip(labels, labels[1:]))
    if len(out) < 2 or not in_sequence or not all(_ACTS.search(item) for _, _, item in out):
        return []
    return [(offset, _without_designation(item)) for offset, _, item in out]


def _follows(label: str, following: str) -> bool:
    if label.isdigit() and following.isdigit():
        return int(following) == int(label) + 1
    return len(label) == len(following) == 1 and ord(following) == ord(label) + 1


def _without_designation(item: str) -> str:
    """An item without the collective designation written after it ("…; selanjutnya secara bersama-sama disebut",
    "…; masing-masing selaku Anggota Konsorsium, selanjutnya …"): it ends at its semicolon."""
    cut = re.search(r"[;,.]?\s*(?:\byang\s+)?(?:untuk\s+)?selanjutnya\b.*$|;\s.*$", item, re.IGNORECASE | re.DOTALL)
    return item[:cut.start()] if cut else item.rstrip(" \t\n;,.")


# ---- parties in a table -------------------------------------------------------------------------------------

_COLUMNS = {"nama": "signatory", "jabatan": "position", "instansi": "institution", "lembaga": "institution",
            "unit kerja": "institution", "sebutan": "role", "kedudukan": "role", "pihak": "role", "no": "number",
            "no.": "number", "nomor": "number"}
_BARS = re.compile(r"[ \t]*\|[ \t]*")

def _cells(line: str, barred: bool, starts: list[int]) -> list[str]:
    """A row's cells: between bars, or each piece of text under the column whose label starts at or before it."""
    if barred:
        return [cell.strip() for cell in _BARS.split(line.strip().strip("|"))]
    cells = [""] * len(starts)
    for piece in SEGMENT.finditer(line.expandtabs()):
        column = column_under(piece.start(), starts)
        cells[column] = f"{cells[column]} {piece.group()}".strip()
    return cells


def table_rows(region: str) -> tuple[int, int, list[dict]] | None:
    """A table of the parties (a header row naming Nama and Jabatan or Instansi, one row per party below it, a cell
    perhaps wrapped onto the next line with the number cell blank): (start, end, rows as {"signatory", "position",
    "institution", "role"}), or None."""
    for header in re.finditer(r"^[ \t]*\|?[ \t]*(?:No\.?[ \t|]+)?Nama\b[^\n]*$", region, re.IGNORECASE | re.MULTILINE):
        barred = "|" in header.group()
        labels = list(SEGMENT.finditer(header.group().expandtabs()))
        starts = [label.start() for label in labels]
        names = [_COLUMNS.get(cell.lower()) for cell in _cells(header.group(), barred, starts)]
        if None in names or "signatory" not in names or not {"position", "institution"} & set(names):
            continue
        rows: list[dict] = []
        end = header.end()
        for line in re.finditer(r"\n([^\n]*)", region[header.end():]):
            cells = _cells(line[1], barred, starts)
            if barred and rows and 0 < len(cells) < len(names):  # the cleanup took a wrapped row's leading bars
                cells = [""] * (len(names) - len(cells)) + cells  # with its blank cells: the text fills the last
            if not line[1].strip() or len(cells) != len(names):
                break
            row = dict(zip(names, cells))
            if rows and not cells[0]:  # a wrapped cell: its words go on under the row above
                rows[-1] = {key: f"{rows[-1][key]} {row[key]}".strip() for key in names}
            elif "number" in row and not re.fullmatch(r"\d{1,2}\.?", row["number"]):
                break
            else:
                rows.append(row)
            end = header.end() + line.end()
        if len(rows) >= 2:
            return header.start(), end, rows
    return None


def row_party(row: dict) -> tuple[str | None, str | None, str | None]:
    """(institution, signatory, position) of one row."""
    name = clean_name(row["signatory"]) if row.get("signatory") else None
    position = position_of(row["position"]) if row.get("position") else None
    return row.get("institution") or None, name, position


def table_parties(region: str, mentions: list) -> tuple[list[tuple[str, int, int, tuple]], int]:
    """Parties from a table of them: ([(role, start, end, (institution, signatory, position))], where the table
    and the designation that follows it end). Roles from the table's column of roles, else from a designation
    listing them after it, else in order."""
    table = table_rows(region)
    if table is None:
        return [], 0
    start, end, rows = table
    given = [roles.role_name(row["role"]) if _ROLE.fullmatch(row.get("role") or "") else None for row in rows]
    after = next((mention for mention in mentions if end <= mention.start <= end + 400), None)
    listed, list_end = listed_roles(region, after) if after else ([], end)
    if all(given):
        names = given
    elif len(listed) == len(rows):
        names, end = listed, list_end
    elif after is None and len(rows) <= len(roles.ORDINALS):
        names = roles.roles_in_order(region)[:len(rows)]
    else:
        return [], 0
    return [(role, start, end, row_party(row)) for role, row in zip(names, rows)], end


def designated_items(region: str, block_start: int, mention) -> tuple[list[tuple[str, int, str]], int]:
    """The numbered items one designation names together or respectively: ([(role, start in region, item)], where
    the designation ends); none when it designates a single block."""
    listed, end = listed_roles(region, mention)
    block = region[block_start:mention.start]
    if len(listed) >= 2:
        found = items(block)
        if len(found) == len(listed):
            return [(role, block_start + offset, item) for role, (offset, item) in zip(listed, found)], end
        return [], mention.end
    # "I. 1. Nama : A / Jabatan : Kepala Desa X … 7 Nama : G / Jabatan : Kepala Desa Y / selanjutnya disebut PIHAK
    # PERTAMA": the first role's items, each a form naming a person, share it when their bodies differ (the caller's
    # check); a later role's two items are a draft's first party left undesignated before the second's
    forms = _number(mention.role) == 1 and len(_FORM_NAME.findall(block)) >= 2
    if together(region, mention) or forms:
        found = items(block)
        if forms and not together(region, mention) and len(_FORM_NAME.findall(block)) != len(found):
            return [], mention.end
        return [(mention.role, block_start + offset, item) for offset, item in found], mention.end
    return [], mention.end


_FORM_NAME = re.compile(r"\bNama[ \t]*:", re.IGNORECASE)
