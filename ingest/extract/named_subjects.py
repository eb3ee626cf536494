"""Subjects a document names outside its TENTANG line and its heading's subject: the package a procurement paper is
for ("PAKET PEKERJAAN X", "Nama Paket : X"), the subject above a kind the classifier does not know ("Cessation of
Hostilities / Framework Agreement Between"), and a bilingual heading's title without its English ("KONTRAK KERJA
PENGANGKUTAN KAYU TIMBER HAULING" beside "This Timber Hauling contract is made")."""
from __future__ import annotations

import re

from ingest.extract.body_words import BODY_OPENS, is_region
from ingest.extract.text import SMALL_WORDS, is_placeholder, smart_title, tight_parens
from ingest.extract.title_forms import TITLE_BREAK

# A procurement contract or its cover names its subject as a package: "PAKET PEKERJAAN X", "Nama Paket : X"
_PACKAGE = re.compile(r"^[ \t]*(?:(?P<label>(?i:nama[ \t]+)?(?i:paket(?:[ \t]+pekerjaan)?|pekerjaan))[ \t]*:[ \t]*"
                      r"(?P<value>[^\n]*\w[^\n]*)|(?P<line>(?:PAKET|PEKERJAAN)[ \t]+[A-Z][^\n]*))$", re.MULTILINE)
# after blank lines, a line opening with a preposition still continues the package's name ("... / DI KECAMATAN X")
_NEXT_LINE = re.compile(r"\n[ \t]*(?=\S)")
_CONTINUES = re.compile(r"\n(?:[ \t]*\n)*[ \t]*(?=(?:DI|KE|BAGI|DAN|UNTUK|PADA|SERTA|DARI|YANG|TAHUN)\b)")


def package_subject(text: str, head: int) -> tuple[str, int, int] | None:
    """The package a procurement paper is for, when its heading has no TENTANG line and no subject before ANTARA."""
    match = _PACKAGE.search(text, 0, head)
    if not match:
        return None
    if match["label"]:
        start, end = match.span("value")
    else:  # the package's upper-case lines, up to a blank line (unless a preposition continues), a label or prose
        start, end = match.span("line")
        while True:
            after = _NEXT_LINE.match(text, end, head) or _CONTINUES.match(text, end, head)
            if not after:
                break
            line_end = text.find("\n", after.end())
            line_end = head if line_end == -1 or line_end > head else line_end
            line = text[after.end():line_end].strip()
            if not line.isupper() or TITLE_BREAK.match(line):
                break
            end = line_end
    raw = text[start:end].strip()
    subject = " ".join(raw.split()).strip(" :;,")
    if len(subject.split()) < 2 or len(subject) > 300 or is_placeholder(subject):
        return None
    return (smart_title(subject) if subject.isupper() else tight_parens(subject)), start, start + len(raw)


# a heading naming its subject before a kind the classifier does not know, the parties after "Between": "Cessation of
# Hostilities / Framework Agreement Between / Government of A / And B" (never a sentence: no lower-case word opens it)
_SUBJECT_FIRST = re.compile(r"\A\s*(?P<subject>[A-Z][\w'-]*(?:[ \t]+(?:[A-Z][\w'-]*|of|and|for|on|the|in|to)){1,7})"
                            r"[ \t]*\n[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:Agreement|AGREEMENT)[ \t]+(?:Between|BETWEEN)[ \t]*\n")

# the lines a page or its sender puts above a heading: an office or a state, a disclosure, translation or annex caption
_NO_SUBJECT = re.compile(r"^(?:the\s+)?(?:office|embassy|republic|kingdom|state|president)\b|\b(?:public\s+disclosure|"
                         r"translation|terjemahan|annex|appendix|attachment|lampiran|draft|confidential|copy|salinan)\b",
                         re.IGNORECASE)


def subject_before_kind(text: str) -> tuple[str, int, int] | None:
    """The subject on the heading's first line, above "[Framework] Agreement Between" and the parties."""
    found = _SUBJECT_FIRST.match(text)
    if found is None or BODY_OPENS.match(found["subject"]) or _NO_SUBJECT.search(found["subject"]):
        return None  # a sender's or a page's line above the heading: "Office of the President", "Unofficial Translation"
    return smart_title(found["subject"]), found.start("subject"), found.end("subject")



# the English opening naming the document by its subject's words: "This Timber Hauling contract is made …"
_THIS_NAMED = re.compile(r"(?<!\w)(?:This|this)[ \t\n]+(?P<words>(?:[A-Za-z][\w-]*[ \t\n]+){2,8}?)(?i:contract|agreement)\b")
_INDONESIAN_OPENING = re.compile(r"\b(?:ini|dibuat|ditandatangani)\b", re.IGNORECASE)


def without_translation(title: tuple[str, int, int, float] | None, text: str) -> tuple[str, int, int, float] | None:
    """A bilingual heading run into one line ("KONTRAK KERJA PENGANGKUTAN KAYU TIMBER HAULING Nomor : …") puts the
    subject's English beside it; the English opening names itself by those words ("This Timber Hauling contract is
    made"): the title is the words before them."""
    if title is None:
        return None
    line_start, line_end = text.rfind("\n", 0, title[1]) + 1, text.find("\n", title[2])
    if not (text[line_start:title[1]] + text[title[2]:None if line_end == -1 else line_end]).strip():
        return title  # (a subject on a line of its own, "PROGRAM CORPORATE SOCIAL RESPONSIBILITY", is run into nothing)
    words = list(re.finditer(r"\S+", text[title[1]:title[2]]))
    lowered = [word.group().lower() for word in words]
    for named in _THIS_NAMED.finditer(text, 0, 6000):  # (the opening, near the top)
        tail = named["words"].lower().split()
        kind = named.group()[named.end("words") - named.start():].lower()
        size = next((len(end) for end in (tail, tail + [kind]) if len(words) > len(end) and lowered[-len(end):] == end),
                    None)  # ("… TIMBER HAULING CONTRACT": the English with its kind)
        if size and lowered[-size - 1] not in SMALL_WORDS and _INDONESIAN_OPENING.search(
                text, max(0, named.start() - 300), named.start()):  # (its Indonesian beside it; never a title
            end = title[1] + words[-size - 1].end()  # cut after "of": "Provision of Cold Storage Services")
            return smart_title(" ".join(text[title[1]:end].split())), title[1], end, title[3]
    return title


# a letterhead's or an address's line, no subject: a local government, a state, an office or a ministry ("City of X",
# "Office of the City Mayor", "State of North Carolina"), a body, a region
_PLACE_LINE = re.compile(r"[ \t]*(?:the\s+)?(?:city|town|county|municipality|municipal|province|provincial|barangay|village|"
                         r"borough|township|district|state|commonwealth|republic|kingdom|office|department|ministry|"
                         r"government|embassy)\s+(?:of\b|(?-i:[A-Z]))", re.IGNORECASE)


def place_or_body(line: str) -> bool:
    """Whether a heading's line names a place, a body or an office (a letterhead, an address), not a subject."""
    return bool(_PLACE_LINE.match(line) or BODY_OPENS.match(line.strip()) or is_region(line))


# the opening sentence naming the kind at its line's start ("This Memorandum of Agreement is entered into by:")
_THIS_KIND = re.compile(r"[ \t]*(?:This|THIS)[ \t]+")
_PARENTHESIZED = re.compile(r"\([^()\n]*\)")  # an acronym in parentheses keeps its own case ("(e-VRS)")


def subject_above_opening(text: str, kind_start: int, kind_end: int) -> tuple[str, int, int] | None:
    """The subject a memorandum without a heading prints above its opening sentence, which names the kind ("Rollout
    of the / Electronic Records System (e-RS) / In the Eastern Region" / blank / "This Memorandum of Agreement is
    entered into by:"): up to six lines (a page's width may break them) in title case (or capitals) that open the
    text, a blank line below them."""
    line_start = text.rfind("\n", 0, kind_start) + 1
    if kind_end <= kind_start or not _THIS_KIND.fullmatch(text, line_start, kind_start):
        return None
    above = text[:line_start]
    raw = above.strip()
    if not raw or not re.search(r"\n[ \t]*\n[ \t]*$", above) or re.search(r"\n[ \t]*\n", raw):
        return None
    lines = raw.split("\n")
    subject = " ".join(raw.split())
    if len(lines) > 6 or len(subject.split()) < 3 or len(subject) > 300 or BODY_OPENS.match(subject) or \
            _NO_SUBJECT.search(subject) or is_placeholder(subject) or any(place_or_body(line) for line in lines) or \
            not all(_titled(_PARENTHESIZED.sub("", line)) or _PARENTHESIZED.fullmatch(line.strip()) for line in lines):
        return None
    start = above.index(raw)
    return (smart_title(subject) if subject.isupper() else subject), start, start + len(raw)


def _titled(line: str) -> bool:
    """A line in title case or in capitals (no word of its own in lower case but the small ones)."""
    words = re.findall(r"[^\W\d_][\w'-]*", line)
    return bool(words) and all(word[0].isupper() or word.lower() in SMALL_WORDS for word in words)
