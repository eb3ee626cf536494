"""A record's sides named only in its approval blocks ("Menyetujui, Kepala Desa A" / NAME beside "Menyetujui, Kepala
Desa B" / NAME under a boundary record): no role words, no opening designating anyone, so each block whose office heads
a body of its own is a party, in the order the blocks stand (weak evidence: 0.6)."""
from __future__ import annotations

import re

from ingest.extract import roles
from ingest.extract.offices import institution_from_position
from ingest.extract.parties import Party
from ingest.extract.signatures import OFFICE_LINE, is_person_line
from ingest.extract.names import clean_name
from ingest.extract.text import smart_title

# "Menyetujui, Kepala Desa X" on its own line (never "menyetujui hal-hal sebagai berikut"), the name on a later line
_APPROVED = re.compile(r"^[ \t]*(?:Menyetujui|MENYETUJUI)[ \t]*,[ \t]*(?P<office>[^\n,:]{5,80}?)[ \t]*,?[ \t]*$"
                       r"(?P<gap>(?:\n[ \t]*)+)(?P<name>[^\n]{3,60})", re.MULTILINE)
_CONFIDENCE = 0.6


def approving_parties(text: str) -> list[Party]:
    """The parties of a record's approval blocks (two or more, each heading another body), in order; else none.
    `party` is the Party class to build them with."""
    found = []
    for block in _APPROVED.finditer(text):
        office = block["office"].strip()
        name = block["name"].strip()
        if not OFFICE_LINE.match(office) or not is_person_line(name) or block["gap"].count("\n") > 3:
            continue
        office = smart_title(office) if office.isupper() else office
        body = institution_from_position(office)
        if body:
            found.append((body, clean_name(name), office, block.start(), block.end()))
    if len(found) < 2 or len({body.lower() for body, *_ in found}) < len(found):
        return []
    return [Party(role, body, name, office, start, end, _CONFIDENCE)
            for role, (body, name, office, start, end) in zip(roles.roles_in_order(text), found)]
