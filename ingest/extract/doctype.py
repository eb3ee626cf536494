"""The kind of document (KB, PKS, MOU, LOI, ADDENDUM, OTHER) from its title block, never its file name (its title:
ingest.extract.titles)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ingest.extract import garbled, nlp, preambles
from ingest.extract.contents import without_contents
from ingest.extract.soft_breaks import soft_before
from ingest.extract.text import heading_case

# Where the heading proper ends: the parties, the numbers, the subject or the opening paragraph.
_HEADING_END = re.compile(r"^\s*(?:antara|between|among|nomor|number|no(?=[ \t]*[.:])|tentang|concerning|regarding|pada hari)\b",
                          re.IGNORECASE | re.MULTILINE)
_OPENING = re.compile(r"\b(?:(?:bahwa\s+)?pada\s+hari\s+ini|pada\s+hari(?!\s*(?:,|dan\b))|yang\s+bertanda\s*tangan|on\s+this\s+day|the\s+undersigned|"
                      r"dibuat\s+dan\s+ditandatangani|ditandatangani\s+(?:di|pada)|oleh\s+dan\s+antara|"
                      r"(?!(?-i:BY\s+AND\s+BETWEEN)[ \t]*\n)by\s+and\s+between|(?:is|was)\s+made\s+(?:and\s+entered\s+)?(?:on|in|at|by)|"
                      r"(?:is|was)\s+entered\s+into(?:\s+and\s+signed)?\s+(?:on|in|at|by)|"
                      r"made\s+and\s+entered\s+into\s+(?:on|in|at|by)|"
                      # "entered into and between:" (its "by" left out), "is made and entered among:" (many parties)
                      r"entered\s+into\s+and\s+between|(?:made\s+and\s+)?entered\s+(?:into\s+)?(?:by\s+and\s+)?among)\b|"
                      r"^\s*(?:pasal|article|bab)\s+(?:1|I)\b|^\s*(?:yth|kepada\s+yth)\b|\bselanjutnya\s+disebut\b|"
                      r"\bhereinafter\s+(?:referred\s+to|called)\b|"
                      # the preamble of a treaty-style memorandum, which has no opening formula
                      r"^[ \t]*(?:desiring|recognizing|recognising|berkeinginan|menyadari|didorong|mengakui)\b",
                      re.IGNORECASE | re.MULTILINE)
# an identity list's later item and its first one ("2. NAME : office", "II. NAME"), and a role the item takes
_LATER_ITEM = re.compile(r"[ \t\n]*(?:[2-9]|II|III|IV)[.)][ \t]+\S")
_FIRST_ITEM = re.compile(r"^[ \t]*(?:1|I)[.)][ \t]+\S", re.MULTILINE)
_ACTS_AS = re.compile(r"\b(?:bertindak\s+(?:sebagai|selaku)|disebut(?:\s+sebagai)?)\s+PIHAK\b", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"\s*(?:(?:nomor|number)\b|no\.)[^\n]*\n", re.IGNORECASE)
SELF_NAMED = re.compile(r"[ \t\n]*(?:\([^()\n]{1,15}\)[ \t\n]*)?(?:ini|this)\b", re.IGNORECASE)
_THIS = re.compile(r"\b(?:this|the\s+present)[ \t\n]+$", re.IGNORECASE)
_THIS_MEMORANDUM = re.compile(r"\b(?:this|the\s+present)[ \t\n]+memorandum\b(?![ \t\n]+of[ \t\n]+agreement)|"
                              r"\bmemorandum[ \t\n]+ini\b", re.IGNORECASE)
# an English agreement's own opening sentence: "THIS AGREEMENT, made and entered into … by and between", "This
# Agreement is entered into …" (never one citing another: "the Agreement entered into between …"); the word as a scan
# damaged it ("THIS AGREDlM, made and entered into …")
# (its "This" capitalised, as a sentence opens: never a letter's "Further to our meeting, this agreement was executed
# by both offices …", speaking of a signed agreement; the participle goes on as an opening does, "and entered", "into",
# "this … day", "by and between": never a resolution's "This agreement was made necessary by …", "This Agreement was
# executed in 2015 and expires …")
_THIS_AGREEMENT = re.compile(r"\b(?-i:T)his[ \t\n]+agre(?:ement|\w{2,6})[ \t\n]*,?[ \t\n]+(?:is[ \t\n]+|was[ \t\n]+)?(?:made|entered|executed)\b"
                             r"(?=[ \t\n]*,|[ \t\n]+(?:and|into|this|by|on|as|between)\b)", re.IGNORECASE)
# the sentence inside a recital or a report's clause ("WHEREAS, this Agreement is made pursuant to …", "noted that
# this Agreement was entered into …"): a paper speaking of the agreement, not the agreement
_RECITED = re.compile(r"\b(?:whereas|that|noted|provided)\b[^.;:\n]*$", re.IGNORECASE)
# a state's concession under its own name ("CONTRACT OF WORK", "PRODUCTION SHARING CONTRACT"): no agreement between
# cooperating bodies, whatever its sentence calls itself (OTHER, as the truth's convention has it)
_CONCESSION = re.compile(r"\b(?:contract[ \t\n]+of[ \t\n]+work|production[ \t\n]+sharing|concession|kontrak[ \t\n]+karya)\b",
                         re.IGNORECASE)
# an agreement's name in capitals, then (no sentence between: a cover's list of the parties at most) the deed's date
# line over the list of its parties ("… ALLIANCE AGREEMENT" / "dated 31 March 2017" / "Between")
# (its Between naming the sides, never a sentence going on in lower case: "THE AGREEMENT NEWSLETTER" / "dated 3 March
# 2021" / "Between friends: …", minutes' "PARTNERSHIP AGREEMENT" / "dated …" / "Between the meetings, …")
_DEED_DATED = re.compile(r"\b(?-i:AGREEMENT)\b(?=[^.]{0,600}?" + preambles.DEED_DATE_LINE +
                         r"[^\n]{0,40}?\s{0,6}(?-i:Between|BETWEEN)(?![ \t]+(?-i:[a-z])))")
# the council's paper named by its number alone, above the agreement it approves ("RESOLUTION 87-71" / "INTERLOCAL
# COOPERATION AGREEMENT" / "THIS AGREEMENT is made and entered into …"): no damaged heading of another kind
_COUNCIL_NUMBER = re.compile(r"(?:resolution|ordi\w\wnce)[ \t]+(?:no\.?[ \t]*)?\d[\d,.-]*", re.IGNORECASE)
# a council's paper that approves an agreement and may carry it below ("AN ORDINANCE AUTHORIZING … AN INTERLOCAL
# AGREEMENT …" / "A G R E E M E N T" / "THIS AGREEMENT, made and entered into …")
_COUNCIL_PAPERS = {"a resolution", "an ordinance", "resolution no", "resolution no.", "ordinance no", "ordinance no."}
_WEAK = {"perjanjian", "protokol", "keputusan", "peraturan", "evaluasi", "report", "mou", "kontrak", "monitoring",
         "sister city relationship", "sister city relations", "sister province relationship", "sister province relations"}
# what a letter of an exchange proposes: "that Article 5 … be amended to read as follows", "the following amendments"
_AMENDS = re.compile(r"\b(?:be\s+amended|(?:the\s+following\s+)?amendments?\s+to|to\s+amend|amending|(?:the\s+following\s+)?"
                     r"modifications?\s+(?:to|of))\b", re.IGNORECASE)
# An official letter: "Nomor / Sifat / Lampiran / Perihal" and "Yth." before the body.
_LETTER_SUBJECT = re.compile(r"^[ \t]*(?:perihal|hal)[ \t]*:[ \t]*(?P<subject>[^\n]+)", re.IGNORECASE | re.MULTILINE)
_SUBJECT_LINE = re.compile(r"^[ \t]*(?:subject|re)[ \t]*:[ \t]*(?P<subject>[^\n]+)", re.IGNORECASE | re.MULTILINE)
# the addressee's countersignature under a letter agreement: "AGREED:" / "CONFIRMED:" / "ACCEPTED AND AGREED:" alone
_COUNTERSIGNED = re.compile(r"^[ \t]*(?:AGREED|CONFIRMED|ACCEPTED(?:[ \t]+AND[ \t]+AGREED)?)(?:[ \t]+TO)?[ \t]*:?[ \t]*$",
                            re.MULTILINE)
_WRAPPED_SUBJECT = re.compile(r"\n(?:[ \t]{2,}|\t)\S[^\n]*")  # a subject line's words wrapped onto an indented line
_SUBJECT_GOES_ON = re.compile(r"\n[ \t]*(?!Dear\b)\S[^\n]*")
_DEAR = re.compile(r"^[ \t]*Dear[ \t]+[A-Z][^\n]{0,60}[,:]?[ \t]*$", re.MULTILINE)
# a letter's header run into one line by the page's flattening: "… Lampiran 1 berkas Perihal X Kepada Yth.: …" (that
# line broken again by the page's width: a single line break anywhere in it)
_RUN_ON_SUBJECT = re.compile(r"\b(?:lampiran|sifat)\b(?:[^\n]|\n(?![ \t]*\n)){0,80}?\b(?:perihal|hal)[ \t]*:?\s+"
                             r"(?P<subject>(?:[^\n:]|\n(?![ \t]*\n)){3,120}?)\s+(?=kepada\s+yth)", re.IGNORECASE)
# (a nota dinas: "Kepada : Yth. Bupati X")
_LETTER_ADDRESS = re.compile(r"^[ \t]*(?:yth\.?|kepada[ \t]*:?[ \t]*yth)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Kind:
    doc_type: str
    start: int
    end: int
    confidence: float


# blank lines between a line ending in a word (no sentence's end) and one going on in lower case: one sentence
_PAGE_GAP = re.compile(r"[^\n]*[a-z,][ \t]*\n(?:[ \t]*\n)+[ \t]*[a-z]")


def _line_start(text: str, at: int) -> int:
    """The start of the line holding the text before offset `at`'s blank run (the "\n\n" found at `at`)."""
    return text.rfind("\n", 0, len(text[:at + 1].rstrip())) + 1


def head_end(text: str, limit: int = 4000) -> int:
    """Offset where the title block ends (the opening paragraph or the first article)."""
    match = _OPENING.search(text, 0, limit)
    if not match:
        return min(len(text), limit)
    if match.group().lower().startswith(("selanjutnya", "hereinafter")):
        # no opening formula: the first party block starts the body; back up to its paragraph
        paragraph = max(text.rfind("\n\n", 0, match.start()), text.rfind(":\n", 0, match.start()))
        while paragraph > 0 and _PAGE_GAP.match(text, _line_start(text, paragraph)):
            # "… established and" / (blank lines) / "existing under the laws …": a page's gap inside the sentence
            paragraph = max(text.rfind("\n\n", 0, _line_start(text, paragraph)), text.rfind(":\n", 0, paragraph))
        if paragraph <= 0:
            return match.start()
        start = paragraph + 1
        while label := _NUMBER_LINE.match(text, start, match.start()):
            start = label.end()  # the "Nomor :" lines the paragraph opens with stay in the heading
        if _LATER_ITEM.match(text, start):  # "2. NAME : …": the list's first item, its role given without
            first = None  # "selanjutnya disebut" ("… bertindak sebagai PIHAK PERTAMA."), opens the body
            for first in _FIRST_ITEM.finditer(text, max(0, start - 1500), start):
                pass
            if first and _ACTS_AS.search(text, first.end(), start):
                return first.start()
        return start
    return match.start()


# a regional government's budget agreement with its parliament (KUA, PPAS): "NOTA KESEPAKATAN ANTARA PEMERINTAH
# KABUPATEN X DENGAN DEWAN PERWAKILAN RAKYAT DAERAH …", a joint agreement, never a memorandum
_PARLIAMENT = re.compile(r"\b(?:dewan\s+perwakilan\s+rakyat\s+daerah|DPRD)\b", re.IGNORECASE)
_UNSETTLED = 0.75  # a heading whose kind two conventions read differently
# "PERSETUJUAN KERJA SAMA X / ANTARA / (PEMERINTAH) REPUBLIK A / DAN / (PEMERINTAH) KERAJAAN B" (old spelling too):
# states' treaty, OTHER ("PERSETUJUAN PINJAMAN … ANTARA REPUBLIK A DAN BANK X": a state's loan agreement, one)
_STATE = r"(?i:republik|kerajaan|keradjaan|negara|commonwealth|federasi|persatuan|konfederasi|kesultanan)\b"
_STATES = re.compile(rf"[^\n]*(?:\n[^\n]*){{0,3}}?\b(?i:antara)\s+(?:(?i:pemerintah)\s+)?{_STATE}"
                     rf"[^\n]*(?:\n[^\n]*){{0,3}}?\b(?i:dan)\s+(?:(?i:pemerintah)\b|{_STATE})")


def classify(text: str) -> Kind:
    """The document kind from the title block of the cleaned text (offsets into that text)."""
    kind = _classify(text)
    # ("NOTA KESEPA KATAN ANTARA …": the phrase as OCR split it, read by its letters; or only "Nota Kesepakatan ini")
    if kind.doc_type == "MOU" and garbled.phrase_letters(text[kind.start:kind.end]).startswith("NOTAKESEPAKATAN"):
        if _PARLIAMENT.search(text, 0, max(kind.end, head_end(text))):
            return Kind("KB", kind.start, kind.end, kind.confidence)
        # any other "Nota Kesepakatan" (an agreement's word, a memorandum's form) is typed MOU by a convention the
        # truth has not settled (docs/extraction.md, 1.11.31): reviewed before the plain headings
        return Kind("MOU", kind.start, kind.end, min(kind.confidence, _UNSETTLED))
    if kind.doc_type == "PKS" and garbled.phrase_letters(text[kind.start:kind.end]).startswith("PERSETU") and \
            _STATES.match(text, kind.end, kind.end + 300):
        return Kind("OTHER", 0, 0, 0.5)  # a treaty: no kind of the schema's (as a heading naming none)
    return kind


# an English paper's kind after the agreement's on the heading's line, ending it: "COOPERATION AGREEMENT EVALUATION
# REPORT", "MEMORANDUM OF UNDERSTANDING IMPLEMENTATION REVIEW" (never a subject: "… ON JOINT REVIEW", "… FOR AUDIT
# REPORTS"; never a kind of its own after it: "PEER REVIEW AGREEMENT" names the agreement last)
_PAPER_AFTER = re.compile(r"(?:[ \t]+(?!(?i:on|for|of|about|concerning|regarding|in|to|with|between|and|tentang)\b)"
                          r"[A-Za-z-]+){0,2}[ \t]+(?P<paper>(?i:evaluation[ \t]+report|review|evaluation|"
                          r"(?:annual|progress|implementation|monitoring|final)[ \t]+report|report|minutes))[ \t]*(?:\n|$)")
# an English agreement's kind that only cites it, on a line of its own above another kind's heading: its number
# ("No. P14AC00123", "# 12-345", "Number 7") or the programme it names ("PROGRAM"), then the line's end
_CITED_KIND = re.compile(r"[ \t]+(?:(?i:no\.|number|#)[ \t]*[\w./-]+|(?i:program(?:me)?))[ \t]*\n\s*")
# an attachment's own title after its letter, another attachment below ("ADDENDUM A: SERVICE AREA MAP" / "ADDENDUM B –
# FEES"): a list of what is attached under the agreement's name, no addendum to it
_ATTACHMENT = re.compile(r"[ \t]+[\"“]?[A-Z0-9]{1,3}[\"”]?[ \t]*[:–—-][ \t]*\w[^\n]*\n\s*"
                         r"(?i:addendum|exhibit|attachment|schedule|appendix|annex|lampiran)\b")


def _classify(text: str) -> Kind:
    text = without_contents(text)  # a table of contents' entries ("FEASIBILITY STUDY REPORT 111") are no headings
    head = text[:head_end(text)]
    letter = letter_subject(text)
    if letter:
        return Kind("OTHER", letter[1], letter[2], 0.9)
    heading = head[:_heading_stop(head)]
    named = _headings(heading)
    honour = preambles.letter_opening(text)
    amends = _AMENDS.search(text, honour, 3000) if honour is not None and (not named or honour < named[0][0]) else None
    if amends:  # a letter of an exchange (no kind's heading above it) proposing or accepting amendments to an
        return Kind("ADDENDUM", amends.start(), amends.end(), 0.7)  # agreement: an addendum by letters
    if not named:  # no heading: "Memorandum Saling Pengertian (MSP) ini", "This Memorandum of ..." name the document
        itself = [hit for hit in nlp.heading_kinds(text[:3000]) if hit[2] != "OTHER" and (
            SELF_NAMED.match(text, hit[1]) or _THIS.search(text, max(0, hit[0] - 12), hit[0]))]
        if itself:
            return Kind(itself[0][2], itself[0][0], itself[0][1], 0.7)
    if not named:
        damaged = _garbled_heading(heading)
        if damaged:  # "LETTI::R OF !:\TE NT": the heading as OCR damaged it, still nearer one kind than any other
            return damaged
        memorandum = _THIS_MEMORANDUM.search(text, 0, 3000)
        if memorandum:  # "1. THIS MEMORANDUM expresses ...": the heading lost, the text calls itself a memorandum
            return Kind("MOU", memorandum.start(), memorandum.end(), 0.6)
    else:
        damaged = _garbled_heading(heading[:named[0][0]], careful=True)
        if damaged and _COUNCIL_NUMBER.fullmatch(heading[damaged.start:damaged.end].strip()) and \
                _agreement_opening(text, named[0][1]):
            damaged = None  # "RESOLUTION 87-71" above the agreement it approves: read below
        if damaged and damaged.doc_type != named[0][2]:
            # "ADE NDUM PERTAMA / ATAS / PERJANJIAN KERJA SAMA", "B E R I T A   A C A R A / PENANDATANGANAN …": the
            # heading's first line, damaged, names the kind; the phrase read intact below names what it is about
            return damaged
        if damaged and damaged.doc_type == "OTHER":  # "L A P O R A N / HASIL MONITORING …": a paper's heading (its
            return Kind("OTHER", damaged.start, damaged.end, 0.95)  # title) starts on the damaged line
    agreement = _agreement_opening(text)
    council_paper = bool(named) and heading[named[0][0]:named[0][1]].lower() in _COUNCIL_PAPERS
    if agreement and not _CONCESSION.search(text, 0, agreement.start()) and (
            not named or council_paper and named[0][0] < agreement.start()):
        # an English agreement headed only "AGREEMENT" or "… SERVICES AGREEMENT", or carried below the council's
        # ordinance or resolution approving it: the agreement its own sentence opens
        return Kind("PKS", agreement.start(), agreement.end(), 0.7)
    deed = None if named else _DEED_DATED.search(text, 0, 1500)
    if deed:  # "A STRATEGIC ALLIANCE AGREEMENT" / "dated 31 March 2017" / "Between" / the parties' list: an English
        # deed headed by its own name, no kind this reader knows, opened by its date line
        return Kind("PKS", deed.start(), deed.end(), 0.7)
    about = [hit for hit in named if hit[2] != "OTHER"]
    if named and named[0][2] == "OTHER" and about and named[0][0] < about[0][0]:
        # "EVALUASI PELAKSANAAN PERJANJIAN KERJA SAMA", "BERITA ACARA PENANDATANGANAN ...": a paper about an agreement
        return Kind("OTHER", named[0][0], named[0][1], 0.9)
    paper = _PAPER_AFTER.match(heading, named[0][1]) if named and named[0][2] != "OTHER" else None
    if paper:  # English puts the paper's kind last: "SISTER CITY AGREEMENT EVALUATION REPORT", "… AGREEMENT REVIEW"
        return Kind("OTHER", paper.start("paper"), paper.end("paper"), 0.9)
    for region, confidence in ((heading, 0.95), (head, 0.8), (text[:3000], 0.6)):
        found = named if confidence == 0.95 else _headings(region) if confidence == 0.8 else nlp.heading_kinds(region)
        found = [hit for hit in found if region[hit[0]:hit[1]].lower() != "protokol" or confidence > 0.6 and
                 _protocol_heading(text, hit[0], hit[1])]  # (a convention's protocol named in prose: none)
        strong = [hit for hit in found if region[hit[0]:hit[1]].lower() not in _WEAK]
        if len(found) >= 2 and region[found[0][0]:found[0][1]].lower() == "perjanjian" and found[1][2] == "KB" and \
                not region[found[0][1]:found[1][0]].strip():  # "PERJANJIAN KESEPAKATAN KERJASAMA": an agreement
            return Kind("PKS", found[0][0], found[1][1], confidence)
        if strong:
            start, end, kind = strong[0]
            if len(strong) > 1 and strong[1][2] != kind and "agreement" in region[start:end].lower() and \
                    _CITED_KIND.match(region, end) and \
                    _CITED_KIND.match(region, end).end() >= strong[1][0]:
                # "Cooperative Agreement No. P14AC00123" / "MEMORANDUM OF UNDERSTANDING", "… COOPERATIVE AGREEMENT
                # PROGRAM" / "MEMORANDUM …": a line above the heading cites the agreement it falls under, or a programme
                start, end, kind = strong[1]
            amending = next((hit for hit in found if hit[0] >= end), None)
            if kind != "ADDENDUM" and amending and amending[2] == "ADDENDUM" and not region[end:amending[0]].strip() \
                    and not _ATTACHMENT.match(region, amending[1]):
                # "INTERLOCAL AGREEMENT ADDENDUM "A"", "LOAN AGREEMENT AMENDMENT": the agreement's name, then the
                # kind of the document that amends it
                start, end, kind = start, amending[1], "ADDENDUM"
            if confidence == 0.95 and (_THIS.search(text, max(0, start - 12), start) or SELF_NAMED.match(text, end)):
                confidence = 0.7  # "this Memorandum of Agreement is made", "MSP ini": a sentence naming it, no heading
            return Kind(kind, start, end, confidence)
        if found:
            start, end, kind = found[0]
            return Kind(kind, start, end, confidence - 0.2)
    return Kind("OTHER", 0, 0, 0.5)


# a protocol's heading opens its line and names the agreement it is to or its parties ("PROTOKOL MENGENAI
# PERSETUDJUAN …", "PROTOKOL KERJA SAMA … / ANTARA …"): a health protocol's ("PROTOKOL KESEHATAN / PENCEGAHAN …"), an
# office's ("BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN") names no kind
_PROTOCOL_GOES_ON = re.compile(r"[^\n]*(?:\n[^\n]*){0,4}?\b(?i:antara|between|persetu\w*|perdjandjian|perjanjian|"
                               r"agreement|konvensi|convention)\b")


def _agreement_opening(text: str, start: int = 0) -> re.Match | None:
    """An English agreement's own opening sentence within the first 6,000 characters after `start`, never one a
    recital or a report's clause holds."""
    return next((found for found in _THIS_AGREEMENT.finditer(text, start, 6000)
                 if not _RECITED.search(text, max(0, found.start() - 160), found.start())), None)


def _protocol_heading(text: str, start: int, end: int) -> bool:
    """Whether the PROTOKOL at start names the document: it opens its line and its heading goes on to an agreement's
    or the parties' words."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip(" \t.-") and \
        bool(_PROTOCOL_GOES_ON.match(text, end, end + 300))


def _garbled_heading(heading: str, careful: bool = False) -> Kind | None:
    """A heading line as OCR damaged it, read as the kind it is nearest (ingest.extract.garbled)."""
    found = garbled.garbled_line(heading, careful)
    return Kind(*found) if found else None


def _headings(region: str) -> list[tuple[int, int, str]]:
    """The kind phrases of a region that may be headings: never one in lower case inside a line of prose ("(2).
    Setiap perubahan atas MSP ini ...": a clause of a middle page, not an addendum's heading)."""
    # "WORK" / "PLAN": a heading's phrase broken over two lines is read joined (the same length: offsets hold)
    joined = _LINE_BREAK.sub(" ", region)
    return [hit for hit in nlp.heading_kinds(joined) if not (region[hit[0]:hit[1]].islower() and _in_prose(region, hit[0]))]


def _in_prose(region: str, start: int) -> bool:
    """Whether a phrase in lower case stands inside a line of prose, or opens a line carrying on the sentence of a
    line the page's width broke ("… yang dikuatkan oleh" / "surat keterangan dari pejabat …")."""
    line_start = region.rfind("\n", 0, start) + 1
    return bool(region[line_start:start].strip()) or line_start > 0 and soft_before(
        region[region.rfind("\n", 0, line_start - 1) + 1:line_start - 1])


_LINE_BREAK = re.compile(r"(?<=[A-Za-z])\n(?=[A-Za-z])")


@functools.lru_cache(maxsize=2)  # asked by the classifier, the cover check, the title and the paper readers of one text
def letter_subject(text: str) -> tuple[str, int, int] | None:
    """(subject, start, end) when the document is a letter: a Perihal line and an addressee near the top; in
    English a Subject line above the salutation ("Dear Mayor,"), unless the letter is one of an exchange ("I have the
    honour to …"), which is the agreement itself."""
    top = text[:1500]
    subject = _LETTER_SUBJECT.search(top) or _RUN_ON_SUBJECT.search(top)
    if subject is None:
        subject = _SUBJECT_LINE.search(top)
        salutation = _DEAR.search(top, subject.end()) if subject else None
        if salutation is None or preambles.letter_opening(text) is not None or any(
                kind != "OTHER" for _, _, kind in _headings(top[:subject.start()])) or _COUNTERSIGNED.search(text):
            return None  # ("MEMORANDUM OF UNDERSTANDING / … / Re: X / Dear Partners,": an agreement's heading above;
            # a letter agreement the addressee countersigns under "AGREED:" is the agreement itself)
    elif subject.re is _LETTER_SUBJECT and not _LETTER_ADDRESS.search(top):
        return None  # (a header run into one line names its addressee after the subject: "Perihal X Kepada Yth.")
    value = " ".join(subject["subject"].split()).strip(" .")
    return value, subject.start("subject"), subject.end("subject")


def kind_in_subject(text: str, kind: Kind) -> tuple[str, int, int] | None:
    """(subject, start, end) of an English letter's subject line that names the kind itself ("Dear Mr. X:" / "Re: X
    Project Loan No. 8123-ID; Amendment No. 2"): a letter amending an agreement, its subject the title."""
    subject = _SUBJECT_LINE.search(text, 0, 1500)
    if kind.doc_type != "ADDENDUM" or subject is None:
        return None
    end = subject.end("subject")
    while (wrapped := _WRAPPED_SUBJECT.match(text, end) or _SUBJECT_GOES_ON.match(text, end)) is not None and (
            wrapped.re is _WRAPPED_SUBJECT or soft_before(text[subject.start():end]) and heading_case(wrapped.group())):
        end = wrapped.end()  # "Re: Amendment No. 1 to the Loan Agreement for the Coastal Roads" / "     Improvement
        # Project": its words wrapped under it, indented, or below a line the page's width broke, in title case
        # ("… (Jakarta Emergency Dredging" / "Initiative) Loan No. 8121-ID; Amendment No. 2")
    if not subject.start("subject") <= kind.start < end or not _DEAR.search(
            text, max(0, subject.start() - 300), end + 300):
        return None  # (an ordinary letter's "Re: Invitation to sign the Memorandum …" names another document)
    value = " ".join(text[subject.start("subject"):end].split()).strip(" .")
    return value, subject.start("subject"), end


def _heading_stop(head: str) -> int:
    """End of the heading lines: the first ANTARA/NOMOR/TENTANG line after some heading text."""
    for match in _HEADING_END.finditer(head):
        if head[:match.start()].strip():
            return match.start()
    return len(head)
