"""Sides a heading lists after BETWEEN each with the same description and no separator between them, as New Zealand
councils' alliance agreements print them: "dated 31 March 2017 Between The ALDERTON DISTRICT COUNCIL, a council
listed in Part 2 of Schedule 2 of the Local Government Act 2002 The BIRCHWOOD CITY COUNCIL, a council listed in Part 2
… The …", flattened into one line or stacked a side a paragraph.

Each side is the name before ", a/an <description>"; the list holds when two sides at least follow one another
directly, each described in the same first words ("a council listed …"), the first right after BETWEEN. The name in
capitals is given in title case ("The Alderton District Council"), as the headings' reader gives it. Nothing
designates roles: they follow the order listed (0.7)."""
from __future__ import annotations

import re

from ingest.extract import roles
from ingest.extract.text import smart_title

_LISTED = 0.7

# BETWEEN at a line's start or after a "dated …" line's date ("dated 31 March 2017 Between The …")
_BETWEEN = re.compile(r"(?:^[ \t]*|(?<=\d{4}[ \t])|(?<=\d{4}\n))(?:BETWEEN|Between)[ \t]*:?\s*", re.MULTILINE)
# one side: its name (capitalised words and a name's small words) and the first words of its description
_SIDE = re.compile(r"(?P<name>(?:(?:The|THE)[ \t]+)?(?-i:[A-Z])[\w'&.-]*(?:[ \t]+(?:(?-i:[A-Z])[\w'&.-]*|of|OF|and|AND)){0,7})"
                   r"(?:[ \t]*\([^()\n]{1,60}\))?"  # "(also known as X)" beside the name
                   r"[ \t]*,[ \t]*(?P<description>an?[ \t]+[a-z]+[ \t]+[a-z]+)\b[^\n]*?(?=[ \t\n]+(?:The|THE)[ \t]|\n|$)",
                   re.MULTILINE)
_GAP = re.compile(r"\s*")  # between one side's description and the next side: spaces or blank lines only
_LIMIT = 3000


def described_sides(text: str) -> list[tuple[str, str, int, int, float]]:
    """The sides listed after BETWEEN, each with the same description, as (role, institution, start, end,
    confidence) in order; none unless two at least follow one another from BETWEEN on."""
    between = _BETWEEN.search(text, 0, _LIMIT)
    if between is None:
        return []
    found, cursor = [], between.end()
    while (side := _SIDE.match(text, cursor)) is not None:
        found.append(side)
        cursor = _GAP.match(text, side.end()).end()
    if len(found) < 2 or len({side["description"].lower() for side in found}) > 1:
        return []
    return [(role, _named(side["name"]), side.start("name"), side.end("name"), _LISTED)
            for role, side in zip(roles.roles_in_order(text), found)]


def _named(name: str) -> str:
    """A side's name as the headings' reader gives it: "The AUCKLAND COUNCIL" -> "The Auckland Council"."""
    name = " ".join(name.split())
    return smart_title(name) if re.sub(r"^(?:The|THE)\s+", "", name).isupper() else name
