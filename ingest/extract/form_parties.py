"""The parties of a procurement's standard form (the SPK, "Surat Perintah Kerja"): no opening names them, the form's
labelled rows do ("SATUAN KERJA : Dinas X", "NAMA PPK : Budi", "NAMA PENYEDIA : CV Y"), and the company's signer
stands in its signature column ("Untuk dan atas nama / CV Y / Direktur / (blank) / NAME")."""
from __future__ import annotations

import re

from ingest.extract import roles
from ingest.extract.parties import Party
from ingest.extract.text import is_placeholder

_ROW = r"^[ \t]*(?:{labels})[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*$"
_UNIT = re.compile(_ROW.format(labels=r"(?:NAMA[ \t]+)?SATUAN[ \t]+KERJA|SKPD|(?:NAMA[ \t]+)?UNIT[ \t]+KERJA"),
                   re.IGNORECASE | re.MULTILINE)
_OFFICER = re.compile(_ROW.format(labels=r"NAMA[ \t]+(?:PPK|PEJABAT[ \t]+PEMBUAT[ \t]+KOMITMEN)"),
                      re.IGNORECASE | re.MULTILINE)
_PROVIDER = re.compile(_ROW.format(labels=r"NAMA[ \t]+PENYEDIA(?:[ \t]+(?:BARANG|JASA|BARANG/JASA|BARANG[ \t]+DAN[ \t]+JASA))?"),
                       re.IGNORECASE | re.MULTILINE)
_COLUMN_END = re.compile(r"[ \t]{2,}|[ \t]*$")
_NAME_START = re.compile(r"[A-Z]")
_SIGNING_FOR = re.compile(r"untuk\s+dan\s+atas\s+nama|\bpenyedia\b|\bPIHAK\s+KEDUA\b", re.IGNORECASE)


def _value(match: re.Match | None) -> str | None:
    value = match["value"].strip(" \t,;") if match else ""
    return None if not value or is_placeholder(value) else value


def _column_below(text: str, start: int, column: int) -> list[str]:
    """The pieces of the lines below start that open at this column (blank lines as empty strings), up to 8 lines."""
    pieces = []
    for line in text[start:].split("\n")[1:9]:
        piece = line[column:]
        if line[:column].strip() and not line[column - 1:column].isspace():
            break  # a line running through the column: the blocks ended
        pieces.append(piece[:_COLUMN_END.search(piece).start()].strip())
    return pieces


def _signer(text: str, body: str, after: int) -> tuple[str | None, str | None]:
    """The office and the name under the body's line in its signature column (the office right below it, the name
    after the blank lines left for the signature)."""
    at = text.find(body, after)
    line_start = text.rfind("\n", 0, at) + 1
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    if at == -1 or not _SIGNING_FOR.search(above):
        return None, None  # the body named in prose ("… atas nama CV X"), not heading a signature column
    column = at - line_start
    pieces = _column_below(text, at, column) if column else [
        line.split("  ")[0].strip() for line in text[at:].split("\n")[1:9]]
    if len(pieces) < 3 or not pieces[0] or pieces[1]:
        return None, None  # the office right below the body, then blank lines
    name = next((piece for piece in pieces[2:] if piece), None)
    if not name or not _NAME_START.match(name) or is_placeholder(name) or name.upper().startswith("NIP"):
        return pieces[0], None
    return pieces[0], name


def spk_parties(text: str, head: int) -> list[Party]:
    """The two parties of an SPK form's labelled rows, in their order (the commitment officer's body first), with
    confidence 0.7 (roles by order: no role words)."""
    officer, provider = _OFFICER.search(text, 0, head + 3000), _PROVIDER.search(text, 0, head + 3000)
    if not officer or not provider or provider.start() < officer.start():
        return []
    unit = _UNIT.search(text, 0, officer.start())
    institution = _value(unit)
    company = _value(provider)
    if company is None:
        return []
    first, second = roles.roles_in_order(text)[:2]
    position, name = _signer(text, company, provider.end())
    return [Party(first, institution, _value(officer), "Pejabat Pembuat Komitmen", (unit or officer).start(),
                  officer.end(), 0.7),
            Party(second, company, name, position, provider.start(), provider.end(), 0.7)]
