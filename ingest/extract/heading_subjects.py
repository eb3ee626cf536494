"""The subject a heading names without a TENTANG label: after the kind and before the parties ("PERJANJIAN
KERJASAMA / PENERIMAAN MAHASISWA / ANTARA ..."), above the number's label in a heading that names no parties, or after
an inline "On" in a heading written in title case. The labelled subject (TENTANG, ON, CONCERNING) is read in
titles.py, which consults these readers when there is none."""
from __future__ import annotations

import re

from ingest.extract import nlp, title_forms
from ingest.extract.doctype import Kind
from ingest.extract.garbled import kind_phrase_misread
from ingest.extract.named_subjects import place_or_body
from ingest.extract.names import BODY
from ingest.extract.text import heading_break, heading_case, is_placeholder, smart_title, tight_parens
from ingest.extract.title_forms import INLINE_STOP, JOINED, PARTIES_START


# "Memorandum Of Understanding / Between The Ministry Of X And The Ministry Of Y On Cooperation In Education ~":
# a heading in title case names its subject after an inline "On" (or Concerning, Regarding, Tentang, Mengenai)
_TITLE_CASE_LABEL = re.compile(r"[ \t](?P<label>On|Concerning|Regarding|Relating[ \t]+To|Tentang|Mengenai|on|concerning|"
                               r"regarding|tentang|mengenai|[Ii]n[ \t]+the[ \t]+Fields?[ \t]+of)(?:[ \t]+|[ \t]*\n[ \t]*)"
                               r"(?P<subject>[A-Z][^\n]*?)[\W_]*$", re.MULTILINE)  # (the label closing a wrapped line)


def subject_above_numbers(text: str, kind: Kind, head: int) -> tuple[str, int, int] | None:
    """A contract's heading naming no parties: "KONTRAK / JASA KEBERSIHAN KANTOR / PADA DINAS X / Nomor : …",
    "GRANT IMPLEMENTATION AGREEMENT / X / IBRD LOAN NO. 1234-ID / No. …": the kind alone on its line, the subject in
    capitals on the lines below it down to the number's label (or the project's financing line); after a
    procurement paper's package ("untuk / PAKET X")."""
    if kind.end <= kind.start or kind.confidence < 0.75 or _PARTIES_NEXT.match(text, kind.end):
        return None  # ("Memorandum of Understanding Between" / …: the parties follow the kind, no subject between)
    head = heading_break(text, kind.end, head)
    if PARTIES_START.search(text, kind.end, head) or JOINED.search(text, kind.end, head) or \
            title_forms.parties_line(text, kind.end, head) is not None:  # ("TK X" / "DENGAN PUSKESMAS Y": parties)
        return None
    line_end = text.find("\n", kind.end)
    line_end = len(text) if line_end == -1 else line_end
    if text[text.rfind("\n", 0, kind.start) + 1:kind.start].strip() or text[kind.end:line_end].strip():
        return None
    numbered = next((found for found in _NUMBER_LABEL.finditer(text, line_end, head)
                     if not title_forms.quoted_number(text, found.start())), None)
    if not numbered:
        return None
    end = text.rfind("\n", 0, numbered.start()) + 1
    end = title_forms.financing_line(text, line_end, end)
    again = _KIND_AGAIN.match(text, kind.end, end)
    raw = text[again.end() if again else kind.end:end].strip(" \t\n,:;")
    subject = " ".join(raw.split())
    if len(subject.split()) < 2 or len(subject) > 300 or not subject.isupper() or "\n\n" in raw or \
            is_placeholder(subject) or BODY.match(subject):  # ("PEMERINTAH KOTA X": a party, not a subject)
        return None
    start = text.index(raw, kind.end)
    return smart_title(subject), start, start + len(raw)


# the kind's line going on with FOR and a subject in capitals to its end (no parties on it)
_FOR_REST = re.compile(r"[ \t]+FOR[ \t]+(?:THE[ \t]+)?(?!.*\b(?:BETWEEN|AMONG|ANTARA)\b)(?P<subject>[A-Z][A-Z0-9 ,&'()/-]*[A-Z0-9)])"
                       r"[ \t]*$")


_KIND_OPENS = re.compile(r"[ \t]*(?:perjanjian|kesepakatan|nota|memorandum|addendum|adendum)\b", re.IGNORECASE)


def _title_case(line: str) -> bool:
    words = [word for word in re.findall(r"[A-Za-z][\w'-]*", line) if len(word) > 1]
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= 0.9 * len(words)


def title_case_subject(text: str, head: int) -> tuple[str, int, int] | None:
    """The subject after an inline "On" in a heading written in title case (not upper case), up to its line's end."""
    for match in _TITLE_CASE_LABEL.finditer(text, 0, head):
        line = text[text.rfind("\n", 0, match.start()) + 1:match.end()]
        if "\n" in text[match.end("label"):match.start("subject")] and not (
                _title_case(line.split("\n")[0]) and match["label"][0].isupper()):
            continue  # (the label closing its line: "… Republic Of Indonesia On" / "Cooperation …", a heading's)
        subject = match["subject"].strip()
        if subject.isupper():  # "… Tentang PENYELENGGARAAN PENDIDIKAN," / "DAN PENGABDIAN Nomor : …": a wrapped subject
            subject = text[match.start("subject"):title_forms.capitals_after(text, match.end("subject"), head)].strip()
        inline = INLINE_STOP.search(subject)  # "Tentang X Nomor: 1/SK/2019 Nomor: ...": the numbers are not the subject
        subject = subject[:inline.start()].strip(" \t,;:") if inline else subject
        # "Perjanjian Kerja Sama antara X dengan Y tentang Z", "Memorandum of Understanding on X": a heading opening
        # with its kind, its small words (the label too) in lower case
        opens = heading_case(line) and _KIND_OPENS.match(line)
        heading = opens or _title_case(line) and match["label"][0].isupper()
        if heading and not line.isupper() and len(subject.split()) >= 2 and not is_placeholder(subject):
            title = " ".join(subject.split())
            return (smart_title(title) if title.isupper() else title), match.start("subject"), match.start(
                "subject") + len(subject)
    return None


_LINE_START = re.compile(r"^[ \t]*(\S)", re.MULTILINE)
_ONE_WORD_SUBJECT = re.compile(r"(?!(?:BERSAMA|INDUK|DAERAH|OPERASI|OPERASIONAL|KEMITRAAN|TRIPARTIT|TRIPARTITE|"
                               r"BILATERAL|KOLEKTIF|ANTARDAERAH|ANTAR|UMUM|POKOK|LANJUTAN|TAMBAHAN|PERPANJANGAN|PENDAHULUAN)\b)[A-Z]{5,}")


# the kind's own line going on with the parties' word, in any case ("Memorandum of Understanding Between")
_PARTIES_NEXT = re.compile(r"[ \t]+(?i:between|among|antara)\b")


def heading_subject(text: str, kind: Kind, head: int) -> tuple[str, int, int] | None:
    """The subject written in the heading itself, after the kind and before the parties, when there is no TENTANG
    line: "PERJANJIAN KERJASAMA / PENERIMAAN MAHASISWA JALUR BEASISWA / ANTARA ..." -> "Penerimaan Mahasiswa ..."."""
    if kind.end <= kind.start or kind.confidence < 0.75 or _PARTIES_NEXT.match(text, kind.end):
        return None  # ("Memorandum of Understanding Between" / …: the parties follow the kind, no subject between)
    head = heading_break(text, kind.end, head)
    line_end = text.find("\n", kind.end)
    line_end = len(text) if line_end == -1 else line_end
    inline = INLINE_STOP.search(text, kind.end, line_end + 4)  # ("… SAWIT Nomor" / ": 1/SPK/2019": its colon below)
    inline = inline if inline and inline.start() < line_end else None
    joined = None
    parties = PARTIES_START.search(text, kind.end, head)
    if inline:  # "SURAT PERJANJIAN KERJASAMA JUAL BELI X Nomor : 1/2019 Antara: ...": one line, the number after it
        end = inline.start()
    elif (rest := _FOR_REST.match(text, kind.end, line_end)) and not place_or_body(rest["subject"]):
        # "MEMORANDUM OF AGREEMENT FOR INTER-AGENCY COOPERATION" (never "… FOR THE PROVINCE OF X", a party): the
        end = title_forms.capitals_after(text, line_end, head)  # subject after FOR on the kind's own line, in capitals
        # to its end (and on the lines in capitals a page's width broke it onto)
    elif parties:
        end = parties.start()
    elif line_end < head and not text[line_end:head].strip():  # "PERJANJIAN KERJASAMA X" alone, the opening below
        end = line_end
    elif (named := title_forms.parties_line(text, kind.end, head)) is not None:  # no ANTARA: "KIND / X / RSUD A /
        end, joined = max(kind.end, named - 1), named  # DENGAN / RSUD B", "KIND / TK A / DENGAN PUSKESMAS B"
    elif line_end < head and not text[(wrapped := title_forms.capitals_after(text, line_end, head)):head].strip():
        end = wrapped  # ... its subject wrapped onto the next line
    else:  # no ANTARA: "PERJANJIAN KERJA SAMA / RUJUKAN PELAYANAN / RSUD A / DENGAN / RSUD B": the first party is the
        joined = JOINED.search(text, kind.end, head)  # line above DENGAN, the subject what stands between
        if not joined:
            return None
        lines = list(_LINE_START.finditer(text, kind.end + 1, joined.start()))  # the non-blank lines above DENGAN
        if lines and _NUMBER_LABEL.match(text, lines[-1].start(1)):
            lines.pop()  # the party's own number below its name
        end = lines[-1].start() - 1 if lines else kind.end
        if end <= kind.end:
            return None
    numbered = next((found for found in _NUMBER_LABEL.finditer(text, kind.end, end)
                     if not title_forms.quoted_number(text, found.start())), None)
    end = numbered.start() if numbered else end  # "PERJANJIAN KERJA SAMA / X / NOMOR : 1/PKS/2023 / ANTARA …"
    again = _KIND_AGAIN.match(text, kind.end, end)  # "ADENDUM PERTAMA / ATAS / PERJANJIAN KERJA SAMA / X"
    raw = text[again.end() if again else kind.end:end].strip(" \t\n,:;")
    # "MEMORANDUM ... ON X / BETWEEN"; "AMENDMENT TO THE X AGREEMENT / BETWEEN": the amended agreement's name
    label = re.match(r"(?:ON|CONCERNING|REGARDING|TENTANG|MENGENAI|(?:TO|FOR)(?:[ \t\n]+THE)?(?=[ \t\n]))[ \t\n]+", raw)
    raw = raw[label.end():] if label else raw
    serial = _CONTRACT_SERIAL.match(raw)  # "INTERLOCAL AGREEMENT Contract # C2019-44 between …": its number, no subject
    raw = raw[serial.end():] if serial else raw
    if re.fullmatch(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", raw):
        raw = raw[1:-1]  # "(PELAYANAN KESEHATAN RUJUKAN)": the subject in parentheses below the kind
    subject = " ".join(raw.split())
    # a heading in title case ("Perjanjian Kerja Sama / Praktik Kerja Lapangan / antara …") names it in title case
    titled = heading_case(text[kind.start:kind.end]) and heading_case(subject) and not subject.isupper()
    # "PERJANJIAN KERJA SAMA PELAYANAN ANTARA …": one word before the parties is the subject too, unless it only
    # qualifies the kind ("… KERJA SAMA DAERAH", "… BERSAMA", "… INDUK")
    single = (parties is not None and end == parties.start() or joined is not None) and \
        _ONE_WORD_SUBJECT.fullmatch(subject)
    if len(subject.split()) < 2 and not single or len(subject) > 300 or not (subject.isupper() or titled) or \
            is_placeholder(subject) or kind_phrase_misread(text[kind.start:kind.end], subject):
        return None  # ("KONTRAK PETAKSANAAN PEKERJAAN": the kind's own words misread, no subject)
    start = text.index(raw, kind.end)
    return (tight_parens(subject) if titled else smart_title(subject)), start, start + len(raw)


# a contract's serial after its kind: "Contract # C2019-44", "Contract No. 12-0345"
_CONTRACT_SERIAL = re.compile(r"(?i:contract|agreement)[ \t]*(?:#|no\.?|number)[ \t]*:?[ \t]*\S+[ \t\n]*")


# a number's label inside a heading: at a line's start, or before a colon or a value with digits (never "NOMOR
# INDUK KEPENDUDUKAN", a subject's words)
_NUMBER_LABEL = re.compile(r"(?:^|(?<=[ \t]))(?i:nomor|no\.?|N[ \t]O[ \t]M[ \t]O[ \t]R)(?![A-Za-z])(?:[ \t]+(?i:pihak)[ \t]+\w+)?(?=[ \t]*:|[ \t]*[^\s:]*\d)",
                           re.MULTILINE)
# the kind named again after its first words: an addendum's ordinal and the kind it amends ("ADENDUM PERTAMA / ATAS /
# PERJANJIAN KERJA SAMA", "ADDENDUM I PERJANJIAN …"), a translation ("NOTA KESEPAHAMAN / MEMORANDUM OF UNDERSTANDING")
# (a lone "KONTRAK" or "PERJANJIAN" only after ATAS: "PERJANJIAN KERJASAMA / KONTRAK PRODUKSI" names its subject)
_KIND_PHRASES = "|".join(sorted((r"[ \t\n]+".join(map(re.escape, phrase.split())) for kind, phrases in
                                 nlp.HEADINGS.items() if kind != "OTHER" for phrase in phrases
                                 if phrase not in ("perjanjian", "kontrak", "mou")), key=len, reverse=True))
_KIND_AGAIN = re.compile(rf"(?:[ \t\n/]*(?:(?i:pertama|kedua|ketiga|keempat|kelima|ke-?\d{{1,2}})|(?-i:[IVX]{{1,4}})|"
                         rf"\d{{1,2}}|(?i:(?:atas|terhadap)(?:[ \t\n]+(?:perjanjian|kontrak)\b(?![ \t\n]+kerja))?)|"
                         rf"(?i:(?:surat[ \t\n]+)?(?:{_KIND_PHRASES})))\b|[ \t\n]*\((?:[A-Za-z]\.?){{2,5}}\)|"
                         rf"[ \t\n]*\((?i:{_KIND_PHRASES})\))+")
# (the kind's short name in parentheses too: "NOTA KESEPAHAMAN (MoU)", "PERJANJIAN KERJA SAMA (PKS)", and its
# translation: "PERJANJIAN PELAKSANAAN HIBAH / (GRANT IMPLEMENTATION AGREEMENT)")


# a heading a page flattened into its opening's paragraph, the parties in capitals: "MEMORANDUM OF UNDERSTANDING
# between A UNIVERSITY and CITY OF B for Joint Coursework Projects through the X Program This Memorandum …": the subject
# after the lower-case label, in title case, up to the sentence that opens the text
_SMALL = r"(?:of|and|for|the|in|on|to|through|with|at|by|a|an|under|within)"
_SOFT = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # (a line's end inside the flattened heading is a space: a page's width broke it)
_RUN_ON_SUBJECT = re.compile(rf"{_SOFT}?(?:[A-Z]{{2,}}{_SOFT}){{0,5}}between{_SOFT}(?:[^\n]|\n(?![ \t]*\n)){{3,300}}?"
                             rf"(?<=[A-Z.)]){_SOFT}(?:for|on|concerning|regarding){_SOFT}(?P<subject>[A-Z][\w'’()-]*"
                             rf"(?:(?:{_SOFT}{_SMALL})*{_SOFT}[A-Z(][\w'’()-]*)*?)"
                             rf"{_SOFT}(?=(?:This|These|WHEREAS|Whereas|KNOW{_SOFT}ALL)\b)")


def run_on_subject(text: str, kind: Kind) -> tuple[str, int, int] | None:
    """The subject of a heading run into the opening's paragraph (its kind opening the text, the parties after a
    lower-case "between"), at least two words."""
    if kind.end <= kind.start or text[:kind.start].strip():
        return None
    found = _RUN_ON_SUBJECT.match(text, kind.end)
    if found is None or len(found["subject"].split()) < 2:
        return None
    return " ".join(found["subject"].split()), found.start("subject"), found.end("subject")


# below the heading's last party and a blank line: one to five lines of a subject with no label ("BETWEEN / A AND B /
# (blank) / Funding for Joint Programs / Fiscal Year Outreach / (blank) / WHEREAS, …"), the recitals or the opening
# after another blank line
_BELOW_PARTIES = re.compile(r"[ \t]*\n(?:[ \t]*\n)+(?!\s*(?i:know\s+all|witnesseth|whereas|preamble|recitals)\b)"
                            r"(?P<lines>(?:[ \t]*\S[^\n]*\n){1,5})(?:[ \t]*\n)+[ \t]*"
                            r"(?=(?i:whereas|this|now|know\s+all|witnesseth|recitals|preamble)\b)")


def subject_below_parties(text: str, kind: Kind, head: int, parties_end: int | None) -> tuple[str, int, int] | None:
    """The subject a heading states on lines of its own below its parties, without a label (0.75 in titles)."""
    if parties_end is None or kind.end <= kind.start or kind.end > parties_end:
        return None
    found = _BELOW_PARTIES.match(text, parties_end)
    if found is None or found.start("lines") > head:
        return None
    lines = [line.strip() for line in found["lines"].split("\n") if line.strip()]
    subject = " ".join(" ".join(lines).split())
    if len(subject.split()) < 3 or len(subject) > 300 or is_placeholder(subject) or BODY.match(subject) or \
            _NUMBER_LABEL.match(subject) or not all(heading_case(re.sub(r"\([^()]*\)", "", line)) for line in lines) or \
            any(place_or_body(line) for line in lines):  # ("State of X", "County of Y, State Z": the parties' places)
        return None
    raw = found["lines"].strip()
    start = found.start("lines") + found["lines"].index(raw)
    return (smart_title(subject) if subject.isupper() else subject), start, start + len(raw)
