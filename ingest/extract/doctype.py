"""The kind of document (KB, PKS, MOU, LOI, ADDENDUM, OTHER) from its title block, never its file name."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ingest.extract import nlp
from ingest.extract.text import is_placeholder, smart_title, tight_parens

# Where the heading proper ends: the parties, the numbers, the subject or the opening paragraph.
_HEADING_END = re.compile(r"^\s*(?:antara|between|nomor|number|no\.|tentang|concerning|regarding|pada hari)\b",
                          re.IGNORECASE | re.MULTILINE)
_OPENING = re.compile(r"\b(?:pada\s+hari\s+ini|pada\s+hari(?!\s*(?:,|dan\b))|yang\s+bertanda\s*tangan|on\s+this\s+day|the\s+undersigned|"
                      r"dibuat\s+dan\s+ditandatangani|ditandatangani\s+(?:di|pada)|oleh\s+dan\s+antara|"
                      r"by\s+and\s+between|(?:is|was)\s+made\s+(?:and\s+entered\s+)?(?:on|in|at|by))\b|"
                      r"^\s*(?:pasal|article|bab)\s+(?:1|I)\b|^\s*(?:yth|kepada\s+yth)\b|\bselanjutnya\s+disebut\b|"
                      # the preamble of a treaty-style memorandum, which has no opening formula
                      r"^[ \t]*(?:desiring|recognizing|recognising|berkeinginan|menyadari|didorong|mengakui)\b",
                      re.IGNORECASE | re.MULTILINE)
_SELF = re.compile(r"[ \t\n]*(?:\([^()\n]{1,15}\)[ \t\n]*)?(?:ini|this)\b", re.IGNORECASE)
_WEAK = {"perjanjian", "keputusan", "peraturan", "evaluasi", "report", "mou"}
# An official letter: "Nomor / Sifat / Lampiran / Perihal" and "Yth." before the body.
_LETTER_SUBJECT = re.compile(r"^[ \t]*(?:perihal|hal)[ \t]*:[ \t]*(?P<subject>[^\n]+)", re.IGNORECASE | re.MULTILINE)
_LETTER_ADDRESS = re.compile(r"^[ \t]*(?:yth\.?|kepada[ \t]+yth)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Kind:
    doc_type: str
    start: int
    end: int
    confidence: float


def head_end(text: str, limit: int = 4000) -> int:
    """Offset where the title block ends (the opening paragraph or the first article)."""
    match = _OPENING.search(text, 0, limit)
    if not match:
        return min(len(text), limit)
    if match.group().lower().startswith("selanjutnya"):
        # no opening formula: the first party block starts the body; back up to its paragraph
        paragraph = max(text.rfind("\n\n", 0, match.start()), text.rfind(":\n", 0, match.start()))
        return paragraph + 1 if paragraph > 0 else match.start()
    return match.start()


def classify(text: str) -> Kind:
    """The document kind from the title block of the cleaned text (offsets into that text)."""
    head = text[:head_end(text)]
    letter = letter_subject(text)
    if letter:
        return Kind("OTHER", letter[1], letter[2], 0.9)
    heading = head[:_heading_stop(head)]
    named = nlp.heading_kinds(heading)
    if not named:  # no heading: "Memorandum Saling Pengertian (MSP) ini" names the document itself
        itself = [hit for hit in nlp.heading_kinds(text[:3000]) if hit[2] != "OTHER" and _SELF.match(text, hit[1])]
        if itself:
            return Kind(itself[0][2], itself[0][0], itself[0][1], 0.7)
    if not named:
        garbled = _garbled_heading(heading)
        if garbled:  # "LETTI::R OF !:\TE NT": the heading as OCR damaged it, still nearer one kind than any other
            return garbled
    for region, confidence in ((heading, 0.95), (head, 0.8), (text[:3000], 0.6)):
        found = named if confidence == 0.95 else nlp.heading_kinds(region)
        strong = [hit for hit in found if region[hit[0]:hit[1]].lower() not in _WEAK]
        if strong:
            start, end, kind = strong[0]
            return Kind(kind, start, end, confidence)
        if found:
            start, end, kind = found[0]
            return Kind(kind, start, end, confidence - 0.2)
    return Kind("OTHER", 0, 0, 0.5)


_LETTERS = re.compile(r"[^A-Z]")
_FUZZY_PHRASES = [(_LETTERS.sub("", phrase.upper()), kind) for kind, phrases in nlp.HEADINGS.items()
                  for phrase in phrases if len(phrase) >= 12]


def _garbled_heading(heading: str) -> Kind | None:
    """A heading line OCR garbled, read by its letters against the kinds' phrases; a weak reading (confidence 0.6)."""
    offset = 0
    for line in heading.split("\n")[:6]:
        letters = _LETTERS.sub("", line.upper())
        if len(letters) >= 8 and sum(ch.isupper() for ch in line) >= 0.6 * sum(ch.isalpha() for ch in line):
            scored = [(difflib.SequenceMatcher(None, letters, phrase).ratio(), kind) for phrase, kind in _FUZZY_PHRASES]
            ratio, kind = max(scored)
            if ratio >= 0.8:
                return Kind(kind, offset, offset + len(line), 0.6)
        offset += len(line) + 1
    return None


def letter_subject(text: str) -> tuple[str, int, int] | None:
    """(subject, start, end) when the document is a letter: a Perihal line and an addressee near the top."""
    top = text[:1500]
    subject = _LETTER_SUBJECT.search(top)
    if subject and _LETTER_ADDRESS.search(top):
        value = " ".join(subject["subject"].split()).strip(" .")
        return value, subject.start("subject"), subject.end("subject")
    return None


def heading_title(text: str, kind: Kind) -> tuple[str, int, int] | None:
    """A non-agreement's title: its heading lines from the kind's phrase on ("BERITA ACARA RAPAT ... TAHUN 2021")."""
    letter = letter_subject(text)
    if letter:
        return letter
    if kind.end <= kind.start:
        return None
    start = text.rfind("\n", 0, kind.start) + 1
    lines, position, cursor = [], start, start
    for line in text[start:start + 600].split("\n"):
        stripped = line.strip()
        cursor += len(line) + 1
        if not stripped and lines and _HEADING_TAIL.match(text, cursor):
            continue  # OCR put a blank line inside the heading before its closing "TAHUN 2021"
        if not stripped or not stripped.isupper() or _TITLE_BREAK.match(stripped) or len(stripped) > 120:
            break
        lines.append(stripped)
        position = cursor
    if not lines:
        return None
    return smart_title(" ".join(lines)), start, position - 1


_HEADING_TAIL = re.compile(r"[ \t]*(?:TAHUN|PERIODE|SEMESTER|TRIWULAN)[ \t]+[\dIVX][\d\-/ IVX]*[ \t]*\n")
_TITLE_BREAK = re.compile(r"^(?:nomor|no\.|bab|pasal|article|pada hari|yth|kepada)\b", re.IGNORECASE)


def _heading_stop(head: str) -> int:
    """End of the heading lines: the first ANTARA/NOMOR/TENTANG line after some heading text."""
    for match in _HEADING_END.finditer(head):
        if head[:match.start()].strip():
            return match.start()
    return len(head)


_TENTANG = re.compile(r"^[ \t]*(?:(?:concerning|regarding|on|about)[ \t]+tentang|tentang[ \t]+(?:concerning|regarding|on)|"
                      r"tentang|concerning|regarding|relating\s+to|on|about|mengenai)\b[ \t]*:?[ \t]*",
                      re.IGNORECASE | re.MULTILINE)  # "CONCERNING TENTANG": a bilingual label is one label
_INLINE_TENTANG = re.compile(r"(?<=[A-Za-z.…,] )(?:TENTANG|CONCERNING|MENGENAI)\s+(?=[A-Z])")  # inside a one-line heading
_STOP_PARTS = (r"^[ \t]*(?:nomor|number|no\.|no(?=[ \t]*:)|antara|between|pada\s+hari|dengan\s+rahmat|tentang{english})\b|"
               r"^[ \t]*$|"
               r"^[ \t]*[\[(]?[A-Z ]*(?:MEMORANDUM|AGREEMENT|UNDERSTANDING)|"
               r"^[ \t]*(?:PERJANJIAN|KESEPAKATAN[ \t]+BERSAMA|NOTA[ \t]+KESEPAHAMAN)\b|"  # the heading again
               r"^[ \t]*[A-Z][A-Z ]{{2,30}}\n(?:[ \t]*\n)*[ \t]*\d{{1,2}}\.[ \t]*$")  # a section: "GENERAL" / "1."
_TITLE_STOP = re.compile(_STOP_PARTS.format(english="|on|concerning|regarding|about"), re.IGNORECASE | re.MULTILINE)
# after an English label ("RELATING TO"), a line starting "ON ..." continues the subject: no English half follows
_TITLE_STOP_EN = re.compile(_STOP_PARTS.format(english=""), re.IGNORECASE | re.MULTILINE)
_ENGLISH_LABEL = re.compile(r"\s*(?:relating\s+to|concerning|regarding|on|about)\b(?!\s+tentang)", re.IGNORECASE)
_INLINE_STOP = re.compile(r"[ \t](?:NOMOR|Nomor|NO|No)\.?[ \t]*:")  # "... DIRECT SALES No : PKS.110/...": one line


_CAPITAL_RUN = re.compile(r"((?:[A-Z0-9()/&,.“”\"'-]+[ \t\n]+)+[A-Z0-9()/&,.“”\"'-]*[A-Z0-9)])[ \t\n]+(?=[A-Z][a-z])")
_PARTIES_START = re.compile(r"(?:^[ \t]*|(?<=[A-Z)] ))(?i:antara|between)\b", re.MULTILINE)


_JOINED = re.compile(r"^[ \t]*(?:DENGAN|DAN)[ \t]*$", re.MULTILINE)


def heading_subject(text: str, kind: Kind, head: int) -> tuple[str, int, int] | None:
    """The subject written in the heading itself, after the kind and before the parties, when there is no TENTANG
    line: "PERJANJIAN KERJASAMA / PENERIMAAN MAHASISWA JALUR BEASISWA / ANTARA ..." -> "Penerimaan Mahasiswa ..."."""
    if kind.end <= kind.start or kind.confidence < 0.75:
        return None
    parties = _PARTIES_START.search(text, kind.end, head)
    if parties:
        end = parties.start()
    else:  # no ANTARA: "PERJANJIAN KERJA SAMA / RUJUKAN PELAYANAN / RSUD A / DENGAN / RSUD B": the first party is the
        joined = _JOINED.search(text, kind.end, head)  # line above DENGAN, the subject what stands between
        if not joined:
            return None
        end = text.rfind("\n", kind.end, text.rfind("\n", kind.end, joined.start()))
        if end <= kind.end:
            return None
    raw = text[kind.end:end].strip(" \t\n,:;")
    subject = " ".join(raw.split())
    if len(subject.split()) < 2 or len(subject) > 300 or not subject.isupper() or is_placeholder(subject):
        return None
    start = text.index(raw, kind.end)
    return smart_title(subject), start, start + len(raw)


def find_title(text: str, head: int) -> tuple[str, int, int] | None:
    """The subject after TENTANG (or ON/CONCERNING) in the title block: (title, start, end)."""
    match = _TENTANG.search(text, 0, head) or _INLINE_TENTANG.search(text, 0, head)
    if not match:
        return None
    start = match.end()
    if not text[start:text.find("\n", start) if "\n" in text[start:] else len(text)].strip():
        start += len(text[start:head]) - len(text[start:head].lstrip())  # subject below a bare TENTANG (blank lines too)
    head = text.rfind("\n", 0, head) + 1 if text.rfind("\n", start, head) > 0 else head  # not the opening line
    first_line_end = text.find("\n", start)
    stops = _TITLE_STOP_EN if _ENGLISH_LABEL.match(match.group()) else _TITLE_STOP
    stop = stops.search(text, first_line_end if first_line_end != -1 else head, head)
    while stop and not stop.group().strip() and text[start:first_line_end].strip().isupper():
        following = re.match(r"\s*\n[ \t]*(?P<line>[^\n]+)", text[stop.start():head])
        line_start = text.rfind("\n", 0, stop.start() + following.start("line")) + 1 if following else 0
        if not following or not following["line"].strip().isupper() or stops.match(text, line_start):
            break  # a blank line inside an upper-case subject, as page texts put them, does not end it
        if " ".join(following["line"].split()[:2]) in text[:match.start()]:
            break  # a party of the heading named again: its identity paragraph begins
        stop = stops.search(text, stop.start() + following.end(), head)
    end = stop.start() if stop else head
    inline = _INLINE_STOP.search(text, start, min(end, first_line_end if first_line_end != -1 else end))
    end = inline.start() if inline else end
    first_upper = text[start:first_line_end].strip().isupper()
    cursor = first_line_end
    while 0 < cursor < end:  # an upper-case title ends where ordinary text begins
        line_end = text.find("\n", cursor + 1)
        line_end = end if line_end == -1 or line_end > end else line_end
        line = text[cursor + 1:line_end].strip()
        if line and first_upper and not line.isupper():
            end = cursor
            break
        cursor = line_end if line_end > cursor else end
    raw = text[start:end].strip()
    # "TENTANG X / ON Y": the Indonesian half; "SYMPOSIUM / SEMINAR" is one subject
    raw = re.split(r"\s/\s(?=\s*(?i:on|concerning|regarding|about|tentang)\b)|\n[ \t]*/", raw)[0]
    caps = _CAPITAL_RUN.match(raw)
    if caps and not raw[caps.end():].lstrip().isupper():
        raw = caps.group(1)  # "KERJASAMA KOTA KEMBAR Pemerintah Kota X ...": the subject ends where the capitals do
    title = " ".join(raw.split()).strip(" :;,")
    if re.search(r"[ \t](?:\.{4,}|…+)$", title) and not is_placeholder(re.sub(r"[ .…]+$", "", title)):
        title = re.sub(r"[ .…]+$", "", title)  # "PELAYANAN RUJUKAN ………": the subject, its blank left for more
    if not title or len(title) > (600 if title.isupper() else 300) or raw.rstrip().endswith(":") or is_placeholder(title):
        return None  # a sentence that introduces a list (the subject line was lost to OCR) is not a title
    return (smart_title(title) if title.isupper() else tight_parens(title)), start, start + len(raw.rstrip())
