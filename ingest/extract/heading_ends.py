"""Where a heading's list of parties gives way to the preamble: a heading in capitals at the first line in ordinary
case, one in title case at the first line of prose (or the period closing the list's first line)."""
from __future__ import annotations

import re

from ingest.extract.text import heading_case

# a bare DALAM in capitals after a heading's parties names the subject like TENTANG ("… DENGAN B DALAM" / "X", "DALAM X"
# opening a line): never a body's own word ("KEMENTERIAN DALAM NEGERI", OCR's "NEGERl"; "PENYAKIT DALAM", "POLI DALAM"
# across a line's end too; "ANGKUTAN DALAM KOTA"), nor "DALAM RANGKA/HAL" (read on their own)
_BODYS_OWN = r"(?-i:NEGE?R[I1l]|KOTA|KABUPATEN|PROVINSI|DAERAH|DAN|DENGAN)\b"
DALAM_LABEL = (r"(?:^[ \t]*|(?<=[A-Z0-9.…)] ))(?<!PENYAKIT[ \t\n])(?<!POLI[ \t\n])(?-i:DALAM)(?![ \t]+(?-i:RANGKA|HAL)\b)"
               rf"(?=[ \t]+(?!{_BODYS_OWN})(?-i:[A-Z]{{2}})|[ \t]*\n(?:[ \t]*\n){{0,2}}[ \t]*(?!{_BODYS_OWN})(?-i:[A-Z]{{2}}))")


def _lowercase(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 12 and sum(char.islower() for char in letters) > len(letters) / 2


def _title_case_end(text: str, start: int, end: int) -> int:
    """Where a heading in title case gives way to the preamble: the first line of prose after the list's first line
    (four words or more, not all capitalised: "This Arrangement is made at X on …")."""
    offset, first, lower_the, joined = start, True, False, False
    while offset < end:
        stop = text.find("\n", offset)
        line = text[offset:len(text) if stop == -1 else stop]  # whole, past the heading's end
        if not first and (len(line.split()) >= 4 and not heading_case(line) or
                          lower_the and not joined and line.lstrip().startswith("The ")):
            return offset  # (names written "the X" / "and" / "the Y": a line opening "The …" is the preamble's sentence,
            # unless a separator alone on the line above joins it: "the X" / "and" / "The Y" names the next party)
        closed = _LIST_CLOSED.search(line) if first else None
        if closed:  # "Pemerintah A dan Pemerintah B." / (the preamble names them again)
            return min(end, offset + closed.start())
        first = first and not line.strip()
        lower_the = lower_the or line.lstrip().startswith("the ")
        joined = bool(_SEPARATOR_LINE.fullmatch(line)) if line.strip() else joined
        offset += len(line) + 1
    return end


_SEPARATOR_LINE = re.compile(r"[ \t]*(?i:and|dan|with|dengan)[ \t]*:?[ \t]*")
# a title-case list's first line closed by a sentence's period after a word (never an abbreviation's: "Kab.", "Tbk.")
_LIST_CLOSED = re.compile(r"(?<=[a-z]{4})\.[ \t]*+$")


def _opens_line(text: str, start: int) -> bool:
    """Whether the list's label (BETWEEN) opens its line, as a heading's does (never "… March, 1986 between A and" /
    "B, as amended …": a sentence)."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    return not _LABEL_END.sub("", before).strip()


_LABEL_END = re.compile(r"(?i:between|antara|among(?:st)?)\W*$")


# a name in capitals opening a line, the preamble's first word in title case run on after it
_NAME_RUN_ON = re.compile(r"[ \t]*(?:[A-Z][A-Z'&.-]+[ \t]+){2,8}(?=[A-Z][a-z])")


def list_end(text: str, start: int, end: int) -> int:
    """Where a heading in capitals gives way to the preamble's ordinary case on a line of its own ("… AND / THE
    GOVERNMENT OF X" / "The Government of Y and …, hereinafter …"): the list ends there."""
    lines = text[start:end].split("\n")
    offset = start
    capitals = False
    for line in lines:
        if line.strip() and not capitals:
            capitals = not _lowercase(line) and sum(c.isupper() for c in line) > len(line.strip()) / 2
            if not capitals:
                # ("Persetujuan X antara" / "Pemerintah A dan Pemerintah B.": the label ending the kind's line)
                return _title_case_end(text, offset, end) if heading_case(line) and (
                    _opens_line(text, start) or not text[start:text.find("\n", start)].strip()) else end
        elif capitals and _lowercase(line):
            # "BINUS UNIVERSITY The University of X and …": the heading's last name run into the preamble's line
            run = _NAME_RUN_ON.match(line)
            return offset + run.end() if run else offset
        offset += len(line) + 1
    return end
