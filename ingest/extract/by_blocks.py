"""Signature blocks of contracts and loan agreements in the form of international and commercial practice: the body's
name on a line of its own, then a "By:" line (a "/s/" name, a rule for the pen, or nothing) and the signer in rows
("Name: X", "Title: Y", a "Date:" row left out), or the signer's office on the line under a "By /s/ NAME" line:

    PT EXAMPLE ENERGI                      REPUBLIC OF INDONESIA
                                           By ______________________
    By: /s/ Jane Doe                           Authorized Representative
    Name: Jane Doe                         Name: John Roe
    Title: President Director              Title: Minister of Finance

Each block goes to the party whose body it names, else to the roles in order; [] unless two blocks or more each name
a signer or an office, or leave the pen's line blank for a countersignature (its signer then unstated)."""
from __future__ import annotations

import re

from ingest.extract import roles
from ingest.extract.english_blocks import blocks_by_body, split_columns
from ingest.extract.heads import position_of
from ingest.extract.names import clean_name
from ingest.extract.signatures import Signature, labelled_rows, looks_like_name
from ingest.extract.text import smart_title

# "By:", "BY:", "By /s/ NAME", "By ________": the pen's line of a block (never "By and between", a sentence)
_BY = re.compile(r"^[ \t]*(?:By|BY)[ \t]*:?[ \t]*(?P<rest>(?:/s/[^\n]{0,60}|[_.…]{3,}[ \t_.…]{0,60}|[ \t]*))$", re.MULTILINE)
_SIGNED = re.compile(r"^/s/[ \t]*")
# a row of the signer that says nothing of him: his capacity as the bank's form prints it, the date he signed
_DATE_ROW = re.compile(r"^(?:date|dated|tanggal)\b[ \t]*:?", re.IGNORECASE)
_CAPACITY = re.compile(r"^(?:authori[sz]ed[ \t]+(?:representative|signatory)|duly[ \t]+authori[sz]ed)$", re.IGNORECASE)
_FOR_WORDS = re.compile(r"^(?:for[ \t]+and[ \t]+on[ \t]+behalf[ \t]+of|on[ \t]+behalf[ \t]+of|for)[ \t]+", re.IGNORECASE)
# a body's line is a name, not a sentence: "IN WITNESS WHEREOF, … written.", "AGREED:", "Sincerely,"
_NOT_BODY = re.compile(r"[:;,]$|^(?:agreed|accepted|confirmed|acknowledged|sincerely|yours|very\s+truly|witness)\b|"
                       r"\b(?:hereto|hereby|herein|written|executed|whereof)\b", re.IGNORECASE)


def _body_above(text: str, at: int) -> tuple[str | None, int]:
    """The body's name on the lines just above a "By" line (one blank line at most between), and where it starts."""
    lines = text[max(0, at - 400):at].split("\n")[:-1]
    while lines and not lines[-1].strip():
        lines.pop()
        if len(lines) and not lines[-1].strip():
            return None, at  # two blank lines: nothing above belongs to the block
    group: list[str] = []
    while lines and lines[-1].strip() and len(group) < 3:
        group.insert(0, lines.pop().strip())
    if lines and lines[-1].strip():
        return None, at  # a paragraph's last lines, not a name
    body = _FOR_WORDS.sub("", " ".join(group)).strip(" ,")
    if not body or len(body) > 120 or any(_NOT_BODY.search(line) for line in group) or \
            (group[-1].endswith(".") and (len(body.split()) > 8 or group[-1].split()[-1].rstrip(".").islower())):
        # (a sentence: long, or its last word in lower case, "Signed by the contractor below."; not "Example Co., Ltd.")
        return None, at
    return (smart_title(body) if body.isupper() else body), at - len("\n".join(group)) - 1


def _signer(rest: str, rows: list[str]) -> tuple[str | None, str | None]:
    """(name, office) from the "By" line's rest and the rows under it."""
    rows = [row for row in rows if not _DATE_ROW.match(row)]
    labelled = labelled_rows(rows)
    signed = _SIGNED.sub("", rest.strip()) if rest.strip().startswith("/s/") else None
    name, office = labelled or (None, None)
    if not labelled:  # "By /s/ NAME" / "Country Director": the office on the line under the name
        offices = [row for row in rows if not _CAPACITY.match(row)]
        office = offices[0] if offices else None
    name = name or signed
    name = clean_name(name) if name and looks_like_name(name) else None
    if office and (len(office) > 120 or office.endswith((".", ":"))):
        office = None
    office = position_of(office) or office if office else None
    return name, (smart_title(office) if office and office.isupper() else office)


def _blocks(text: str, start: int) -> list[tuple] | None:
    """(institution, name, office, begin, end) of each "By" block after `start`, stacked; None when one is no block."""
    read = []
    for by in _BY.finditer(text, start):
        institution, begin = _body_above(text, by.start())
        rows = []
        for line in text[by.end() + 1:by.end() + 400].split("\n")[:5]:
            if not line.strip():
                break
            rows.append(line.strip())
        name, office = _signer(by["rest"], rows)
        # a countersignature left for the addressee ("By: ______" / "Name: ______"): the body is stated, its signer not
        unfilled = bool(by["rest"].strip()) and not by["rest"].strip().startswith("/s/")
        if institution is None or not (name or office or unfilled):
            return None
        read.append((institution, name, office, begin, by.end()))
    return read


# two blocks side by side: "By: /s/ A            By: /s/ B", the bodies above and the rows below in the same columns
_SIDE = re.compile(r"^[ \t]*(?:By|BY)\b[^\n]{0,80}?[ \t]{3,}(?P<second>(?:By|BY)\b)", re.MULTILINE)


def _side_by_side(text: str, side: re.Match) -> list[tuple] | None:
    """The two blocks of a "By" line in two columns, each read as a stacked block (the By line's offsets for both)."""
    line_start = side.start()
    above = text[max(0, line_start - 400):line_start].split("\n")[:-1]
    if above and not above[-1].strip():
        above.pop()
    body: list[str] = []
    while above and above[-1].strip() and len(body) < 3:
        body.insert(0, above.pop())
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    rows = []
    for line in text[line_end + 1:line_end + 600].split("\n")[:5]:
        if not line.strip():
            break
        rows.append(line)
    starts = [0, side.start("second") - line_start]
    read = []
    for column in split_columns([*body, text[line_start:line_end], *rows], starts):
        blocks = _blocks("\n".join(column[:len(body)]) + "\n\n" + "\n".join(column[len(body):]), 0)
        if not blocks or len(blocks) != 1:
            return None
        read.append((*blocks[0][:3], line_start, line_end))
    return read


def by_signatures(text: str, start: int = 0, parties: list[tuple[str, str | None]] | None = None) -> list[Signature]:
    """The "By:" blocks after `start`, stacked or side by side, each given the role of the party whose body it names,
    else the roles in order; [] unless there are two or more and each names its body and a signer or office."""
    side = _SIDE.search(text, start)
    read = _side_by_side(text, side) if side else _blocks(text, start)
    if not read or len(read) < 2 or not any(name or office for _, name, office, _, _ in read):
        return []
    in_order = blocks_by_body([(institution, begin) for institution, _, _, begin, _ in read], parties or []) or \
        roles.roles_in_order(text)
    return [Signature(role, office, name, institution, begin, end)
            for role, (institution, name, office, begin, end) in zip(in_order, read)]
