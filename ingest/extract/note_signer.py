"""The writer of a note of an exchange ("I have the honour to …"), who signs under its courtesy formula: "… the
assurance of my highest consideration." / NAME / "Ambassador Extraordinary and Plenipotentiary of X", the addressee's
lines ("His Excellency …") after a blank line. The writer signs for the party whose country his office names, or, when
it names none, for the government the note proposes on behalf of."""
from __future__ import annotations

import re

from ingest.extract.names import clean_name
from ingest.extract.signatures import looks_like_name

_COURTESY = re.compile(r"\bhighest\s+consideration\b[ \t]*[.,]?[ \t]*\n", re.IGNORECASE)
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<body>Government\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5})")
_OFFICE_OF = re.compile(r"\bof\s+(?:the\s+)?(?P<country>[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*){0,4})\s*$")
_COMMON = {"government", "republic", "kingdom", "federal", "of", "the", "state", "people's", "democratic", "united"}


def _key_words(name: str) -> set[str]:
    return {word for word in re.findall(r"[\w'-]+", name.lower()) if word not in _COMMON}


def note_signer(text: str, parties: list) -> tuple[int, str, str | None] | None:
    """(index of the party, name, office) of the note's writer; None unless the note, its formula and the writer's
    name are there and one party alone is his."""
    courtesy = _COURTESY.search(text)
    if courtesy is None or len(parties) != 2:
        return None
    lines = text[courtesy.end():courtesy.end() + 400].split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    block = []
    for line in lines[:4]:
        if not line.strip():
            break
        block.append(line.strip())
    if not block or not looks_like_name(block[0]) or re.match(r"(?i:his|her|h\.e\.|to)\b", block[0]):
        return None
    name, office = clean_name(block[0]), " ".join(block[1:]) or None
    country = _OFFICE_OF.search(office) if office else None
    owners = [index for index, party in enumerate(parties) if country and party.institution and
              _key_words(country["country"]) and _key_words(country["country"]) <= _key_words(party.institution)]
    if not owners and not country:
        behalf = _ON_BEHALF.search(text, 0, courtesy.start())
        owners = [index for index, party in enumerate(parties) if behalf and party.institution and
                  _key_words(behalf["body"]) == _key_words(party.institution)]
    return (owners[0], name, office) if len(owners) == 1 else None
