"""Signature columns without role words, each headed by its signer's office or body ("WALI KOTA TIRTA, / (signed) /
NAME" beside "BUPATI SUKAMAJU, / … / NAME", or stacked): a party the opening names without its signer takes the
name under the head that is its own office, or the office of the body it names. Never matched by order alone."""
from __future__ import annotations

import re

from ingest.extract.offices import ACTING_LOOSE, institution_from_position
from ingest.extract import roles
from ingest.extract.signatures import MULTI_ROLE_LINE, OFFICE_LINE, ROLE_LINE, is_person_line, read_column, skipped_line
from ingest.extract.text import SEGMENT, smart_title

# a head wrapped over lines: "KEPALA DINAS KESEHATAN / KABUPATEN SUKAMAJU,"
_HEAD_GOES_ON = re.compile(r"(?:kabupaten|kota|provinsi|propinsi|kantor|cabang|kecamatan|desa|universitas|fakultas)\b",
                           re.IGNORECASE)
_LINES = 12
_CLOSING = re.compile(r"\b(?:demikian|in\s+witness|ditandatangani\s+di|dibuat\s+di|done\s+(?:in|at))\b", re.IGNORECASE)


def _key(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w/]+", " ", text or "").lower().split())


def _heads(party) -> tuple[set[str], str]:
    """The head lines that name this party's signer: its office; the body, or the office heading the body."""
    return {key for key in (_key(party.position), _key(party.institution)) if key}, _key(party.institution)


def _bounds(piece: re.Match, neighbours: list[re.Match]) -> tuple[int, int]:
    """The columns' bounds around a piece of a line: the middle of each gap to its neighbours on that line."""
    return (max([(other.end() + piece.start()) // 2 for other in neighbours if other.end() <= piece.start()], default=0),
            min([(piece.end() + other.start()) // 2 for other in neighbours if other.start() >= piece.end()],
                default=10 ** 6))


def _column(lines: list[str], first: int, piece: re.Match, neighbours: list[re.Match],
            within: tuple[int, int] = (0, 10 ** 6)) -> list[str]:
    """The text under one head, from its line down to the name: each line's pieces that start between the head's
    neighbours (the middle of each gap divides two columns), and within the column of the role above it."""
    left, right = _bounds(piece, neighbours)
    left, right = max(left, within[0]), min(right, within[1])
    column = []

    def piece_of(line: str) -> str:
        return " ".join(found.group() for found in SEGMENT.finditer(line.expandtabs()) if left <= found.start() < right)
    for number in range(first, min(len(lines), first + _LINES)):
        text = piece_of(lines[number])
        if column and ROLE_LINE.fullmatch(text):
            return []  # another party's block begins ("PIHAK KEDUA,"): this head's name was left blank
        if not text or skipped_line(text):
            continue
        column.append(text)
        if len(column) > 1 and is_person_line(text) and not text.endswith(",") and not _HEAD_GOES_ON.match(text):
            return column + _office_under(lines[number + 1:number + 3], piece_of)  # the name closes the block
    return []


def _office_under(lines: list[str], piece_of) -> list[str]:
    """The office printed right under the name ("Untuk dan atas nama / BODY, / NAME / Bupati X"): the line after it
    (an ID number's line between them), never after a blank line nor one ending in a comma (the next block's head)."""
    for line in lines:
        text = piece_of(line)
        if not text or ROLE_LINE.fullmatch(text):
            return []
        if skipped_line(text):
            continue
        return [text] if OFFICE_LINE.match(text) and not text.endswith(",") else []
    return []


def _owner(head: str, wanted: dict, found: dict) -> int | None:
    """The party whose signer this head line names: its office or body written out, or their first three words or more
    (the rest wraps onto the next line), or the office that heads its body or delegates to its signer ("a.n. X")."""
    head = re.sub(r"^(?:a\.?[ \t]?n\.?|atas[ \t]+nama|untuk[ \t]+dan[ \t]+atas[ \t]+nama)[ \t]+", "", head.strip(" ,"),
                  flags=re.IGNORECASE)
    key = _key(head)
    office = re.sub(rf"^{ACTING_LOOSE}[ \t]+", "", head, flags=re.IGNORECASE)
    headed = _key(institution_from_position(smart_title(office) if office.isupper() else office))
    owners = [index for index, (keys, body) in wanted.items() if index not in found and key and (
        key in keys or len(key.split()) >= 3 and any(target.startswith(key + " ") for target in keys) or
        # "KEPALA DINAS KESEHATAN" (wrapped) heads "Dinas Kesehatan Kabupaten X"; "KEPALA DESA X", "Pemerintah Desa X"
        body and len(headed.split()) >= 2 and (body.startswith(headed) or body.endswith(" " + headed)))]
    return owners[0] if len(owners) == 1 else None


_ROLE = re.compile(roles.ROLE, re.IGNORECASE)


def _role_above(lines: list[str], number: int, piece: re.Match) -> tuple[str | None, tuple[int, int]]:
    """The role whose block this head line stands in (the nearest line of roles alone above it; when roles stand side
    by side, the one whose column the head starts in) and that role's column; (None, no bounds) when no role heads
    the blocks."""
    for line in reversed(lines[max(0, number - _LINES):number + 1]):
        line = line.expandtabs()
        if not (ROLE_LINE.fullmatch(line) or MULTI_ROLE_LINE.fullmatch(line)):
            continue
        found = list(_ROLE.finditer(line))
        own = ([role for role in found if role.start() <= piece.start() + 2] or found[:1])[-1]
        return roles.role_name(own.group()).replace("KESATU", "PERTAMA"), \
            _bounds(own, [role for role in found if role is not own])
    return None, (0, 10 ** 6)


def office_signatures(text: str, start: int, parties: list) -> dict[int, tuple[str, str | None]]:
    """{party index: (signatory, position)} for the parties without a signatory whose head line stands in the
    closing after `start`."""
    closing = list(_CLOSING.finditer(text, start))
    if not closing:
        return {}  # only in a closing: a body's name alone on a line elsewhere heads no signature
    lines = text[closing[-1].start():].split("\n")
    wanted = {index: _heads(party) for index, party in enumerate(parties) if not party.signatory}
    found: dict[int, tuple[str, str | None]] = {}
    for number, line in enumerate(lines):
        pieces = list(SEGMENT.finditer(line.expandtabs()))
        for piece in pieces:
            owner = _owner(piece.group(), wanted, found)
            above, within = _role_above(lines, number, piece) if owner is not None else (None, (0, 10 ** 6))
            if above and above != parties[owner].role.replace("KESATU", "PERTAMA"):
                owner = None  # the head of another party's block ("PIHAK PERTAMA, / Ketua"), whatever its office
            column = _column(lines, number, piece, [other for other in pieces if other is not piece], within) \
                if owner is not None else []
            _, position, name = read_column(column) if column else (None, None, None)
            if name:
                body = wanted[owner][1]
                found[owner] = (name, None if _key(position) == body else position)
    return found
