"""A heading without ANTARA that names its two parties one above the other, DAN or DENGAN alone on the line between
them: "PERJANJIAN KERJA SAMA" / "DINAS X KOTA Y" / "DENGAN" / "KLINIK Z" / "TENTANG …", a cover page likewise
("KESEPAKATAN BERSAMA" / "PEMERINTAH KABUPATEN X" / "DAN" / "UNIVERSITAS Y" / "SUKAMAJU" / "2021")."""
from __future__ import annotations

import re

from ingest.extract.body_words import OPENS_BODY
from ingest.extract.offices import headed_body, regional_government
from ingest.extract.text import smart_title
from ingest.extract.title_forms import upper_line

_JOINED = re.compile(r"^[ \t]*(?:DAN|DENGAN)[ \t]*$", re.MULTILINE)
# the agreement's kind in capitals on a line above the names
_KIND_LINE = re.compile(r"^[ \t]*(?:SURAT[ \t]+)?(?:PERJANJIAN|KESEPAKATAN|NOTA[ \t]+KESEPA(?:HAMAN|KATAN)|MEMORANDUM|"
                        r"KONTRAK|ADDENDUM|ADENDUM)\b[^\n]*$", re.MULTILINE)
# a line that is no name: the heading's next label, the opening
_LABEL = re.compile(r"[ \t]*(?:TENTANG|T[ \t]E[ \t]N[ \t]T[ \t]A[ \t]N[ \t]G|NOMOR|NO\.|MENGENAI|PERIHAL|DALAM|ANTARA|"
                    r"PADA[ \t]+HARI)\b", re.IGNORECASE)
# the subject's label between the kind's line and the names, the subject on its line or below it
_SUBJECT = re.compile(r"^[ \t]*(?:TENTANG|T[ \t]E[ \t]N[ \t]T[ \t]A[ \t]N[ \t]G|MENGENAI|PERIHAL)\b[ \t:]*(?P<subject>[^\n]*)$",
                      re.MULTILINE | re.IGNORECASE)
_NEAR = 600  # the kind's line within so many characters above the separator
_LINES = 2  # a name over two lines at most


def _name_lines(lines: list[tuple[int, str]], whole: bool = False) -> tuple[str, int, int] | None:
    """The name the lines hold, in reading order: capitals, opening with a body's word (the last line alone when only
    it does: "RUJUKAN PELAYANAN" / "RSUD A" above DENGAN, the subject above the party); whole: all the lines or none."""
    for first in range(1 if whole and lines else len(lines)):
        chosen = lines[first:]
        if OPENS_BODY.match(chosen[0][1].strip()):
            name = " ".join(" ".join(line for _, line in chosen).split()).strip(" ,;:")
            name = headed_body(name) or regional_government(name) or name
            start = chosen[0][0] + len(chosen[0][1]) - len(chosen[0][1].lstrip())
            return smart_title(name), start, chosen[-1][0] + len(chosen[-1][1].rstrip())
    return None


def _block(text: str, start: int, end: int, upward: bool) -> list[tuple[int, str]]:
    """Up to two lines of capitals next to the separator (above or below it, blank lines between skipped first)."""
    found, offset = [], start
    for line in text[start:end].split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    block: list[tuple[int, str]] = []
    for offset, line in reversed(found) if upward else found:
        if not line.strip():
            if block:
                break
            continue
        if _LABEL.match(line) or _KIND_LINE.match(line) or not upper_line(line.strip()) or len(block) == _LINES:
            break
        block.append((offset, line))
    return list(reversed(block)) if upward else block


def joined_pair(text: str, head_end: int) -> list[tuple[str, int, int]]:
    """[(name, start, end)] of the two parties such a heading names, or [] when it is not so written."""
    joined = list(_JOINED.finditer(text, 0, head_end))
    if len(joined) != 1:
        return []
    separator = joined[0]
    kind = None
    for kind in _KIND_LINE.finditer(text, max(0, separator.start() - _NEAR), separator.start()):
        pass
    if kind is None:
        return []
    subject = None
    for subject in _SUBJECT.finditer(text, kind.end(), separator.start()):
        pass
    if subject and not subject["subject"]:
        return []  # "KESEPAKATAN BERSAMA" / "TENTANG" / "PENGUATAN LAYANAN" / "PUSKESMAS A" / "DAN" / "RSUD B": the subject
    # names them; after "TENTANG X" on its line, a name only on the lines below it whole
    above = _name_lines(_block(text, kind.end(), separator.start(), True), whole=subject is not None)
    below = _name_lines(_block(text, separator.end(), head_end, False))
    return [above, below] if above and below else []
