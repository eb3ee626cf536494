"""Agreement numbers ("NOMOR: 119/KB.12-Ker/2023", one per party) as written; the parent agreement a PKS cites is
ingest.extract.parents."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.names import DEGREE
from ingest.extract.number_forms import OWNER, is_number, letters_only, tidy, unfilled
from ingest.extract.soft_breaks import WRAPPED_WIDTH, soft_before
from ingest.extract.title_forms import upper_line

# "| NOMOR : … | NOMOR : … |": a label may open a table row after its bar
# "NO 18.12.13/440/114/II/2019": a bare "No" before a number of slashed parts opening with a digit is its label too
# ("Borrower Reference Number. K.12/2004" / "Bank Reference Number. 010/2004": each party's reference for the agreement;
# never "Your Reference No.": the letter answered; the number alone on its line, never "Letter No. X dated …", a letter cited)
_LABEL = re.compile(r"^[ \t]*(?:\|[ \t]*)?(?:(?:contract|agreement|(?:letter|(?:(?!your\b)[A-Z][a-z]+[ \t]+)?reference)(?=[ \t]+(?:no|number)[ \t]*\.?[ \t]*\S+[ \t]*$))[ \t]+(?=no\.|number))?"  # "Contract No. 14/PIU/CA/2022"
                    r"(?:(?:nomor|number|nomer|N[ \t]O[ \t]M[ \t]O[ \t]R)\b|no\.|ref(?:erence)?\.?(?:[ \t]*no\.?)?(?=[ \t]*:)|no(?=[ \t]*:)|no(?=[ \t]+[A-Z]{2,4}[ \t]*:)|"
                    r"no(?=[ \t]+\d[\w.-]*/[\w.-]+/))(?P<label>[^:\n]{0,40}?)[ \t]*[:.]?[ \t]*(?P<value>[^\n]*)$",
                    re.IGNORECASE | re.MULTILINE)
# A reference number: pieces joined by slashes, with a digit or a blank ("…", "...") somewhere.
# A number without slashes joins its pieces with dots or hyphens and may open with letters ("CTR-2025-001").
_NUMBER = re.compile(r"(?:[\w.…\-]+(?:[ \t]{0,3}/[ \t]{0,3}[\w.…()\-]+)+|\w[\w.\-]*?\d(?:[\w.\-]*\w)?)")
# On a NOMOR line a part may be left blank to be filled in when signing: "445/      /ADMEN/V/2019", "/PKS/2018"
# "PRJ- 181": a space after a hyphen stays inside a part; "…/RSUD/TAHUN 2016": a year may be written out as a part
# ("K7@/RSMT/2020": OCR's "@" for a digit closing a part before its slash is kept as printed)
_PART = (r"(?:(?i:tahun)[ \t]+(?:19|20)\d\d|[\w.…()\-]+(?:(?<=\w)@(?=/))?"
         r"(?:(?<=-)[ \t]{1,2}[\w.…()\-]+|(?<=\b\d{3}\.)[ \t]{1,2}\d[\w.…()\-]*)*"  # "445. 17/…": a code's dot, then a space
         r"(?:(?<=\w\w)[ \t]+[-–][ \t]+[A-Za-z][\w.()\-]+(?:[ \t][A-Za-z][\w.()\-]+)?(?=[ \t]*/))?"  # "18/PALYJA - PAM JAYA/III/2018"
         # "001/SPK-BPK Sei. Tempayan/PB/IV/2019": a place's name inside a part, its last word against the next slash;
         # a school's name with its numeral ("…/III/SMAN 13 BTM/2022")
         r"(?:(?<![12]\d\d\d)(?:[ \t](?!(?i:antara|dengan|between|and|dan|tanggal|tgl|tentang|pada|date|dated)\b)"
         r"(?:[A-Z][\w.()\-]*|\d{1,3}(?=[ \t][A-Z]))){1,2}(?=/[\w…]))?"
         # "PKS __/_ / /2019", "119/KB ..../2020": a code, then its serial left blank after a space, before the slash
         r"(?:(?<=[A-Za-z])[ \t]{1,3}(?:[._]{2,}|…+)(?=[ \t]*/))?)")
_BLANKED = re.compile(rf"(?:{_PART})?(?:[ \t]*/[ \t]*(?:{_PART}|(?=/)))+")
# "NOMOR : 25 TAHUN 2016": a number in the style of a regulation, the whole value of its line
_YEARLY = re.compile(r"[ \t]*(?P<number>(?:[A-Z]{1,5}\.)?\d{1,4}[A-Z]?[ \t]+(?i:tahun|year)[ \t]+(?:19|20)\d\d)[ \t.,;]*$")
_BLANK = re.compile(r"^[\s._…\-]*$")
KIND = re.compile(r"\b(?:kesepakatan\s+bersama|nota\s+kesepahaman|nota\s+kesepakatan|memorandum\s+of\s+understanding|"
                  r"memorandum\s+saling\s+pengertian|mou|perjanjian\s+kerja\s*sama|perjanjian|cooperation\s+agreement|"
                  r"addendum|adendum|amandemen|letter\s+of\s+intent|kontrak|sister\s+(?:city|province|state)\s+agreement|"
                  r"memorandum\s+of\s+agreement)\b", re.IGNORECASE)
# "Nomor 174/KTR/XI-" + "08/1218": a cited number broken after a hyphen or a slash goes on at the next line's start
CITED = re.compile(r"\b(?:nomor|no\.|number)\s*:?\s*(?P<value>[^\s,;]+(?:[ \t]{0,3}/[ \t]{0,3}[^\s,;]+)*"
                   r"(?:(?<=[-/])[ \t]*\n[ \t]*[^\s,;]+(?:/[^\s,;]+)*)?)", re.IGNORECASE)
NOT_AGREEMENT = re.compile(r"\b(?:undang|peraturan|keputusan|instruksi|surat\s+edaran|surat\s+kuasa|i[jz]in|akta|"
                           r"anggaran\s+dasar|sertifikat|surat\s+keterangan|"
                           r"surat\s+tugas|law|regulation|decree|uu|pp|perpres|perda|perbup|perwal|pergub|qanun|perkada|"
                           r"permen\w*|kepmen\w*|kepres|keppres|inpres|sk)\b", re.IGNORECASE)
# a number labelled as a contract's payment or financing ("rekening Bank X Nomor …", "NPWP : …", "IBRD Loan No. …"):
# the words right before its label (an agreement's subject may name an account: "… tentang Layanan Rekening Kas
# Umum Daerah Nomor 900/…" is that agreement's number)
PAYMENT_LABEL = re.compile(r"\b(?:rekening|(?:bank\s+)?account|npwp|wajib\s+pajak|loan|pinjaman|credit)\b"
                           r"(?:\s+[^\s,;]+){0,2}\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Reference:
    value: str
    start: int
    end: int
    confidence: float


# "... DIRECT SALES No : PKS. 110/DIR/HCC/VII/2010 Pada hari ini": the label inside a heading run into one line (or
# after the first party's number left blank: "PT X Nomor : ………… Nomor : 12/PKS/…")
# ("… COOPERATIVE AGREEMENT Contract # C20200564 FOR …": a county's contract number stamped into the heading, "#" its label;
# a line's end after "#" is a space: the page's width may carry the serial to the next line)
_INLINE_LABEL = re.compile(r"(?:(?<=[A-Z0-9),] )|(?<=…[ \t])|(?<=[._]{2}[ \t]))(?:(?:NOMOR|Nomor|NO|No)\.?(?:[ \t]*\n)?[ \t]*:|(?:NO|No)\.|"
                           r"(?:CONTRACT|Contract|AGREEMENT|Agreement)[ \t]*#(?:[ \t]*\n)?)[ \t]*"
                           r"(?P<value>(?:(?!\b(?:NOMOR|Nomor)\b|(?<=[ \t])(?:NO|No)\.)[^\n])*)")  # a second "NOMOR:" on the line is its own
# ("… DAERAH NOMOR" / ": 178/2016": the page's width broke the line before the label's colon)
# "... DI DESA Nomor 120/45/BD Nomor PER/112/2016 Pada hari ini": several parties' numbers without colons in a
# heading run into one line, each followed by the next or by the opening
_INLINE_BARE = re.compile(r"(?<=[A-Z0-9),] )(?:NOMOR|Nomor)(?:[ \t]+|[ \t]*\n[ \t]*)(?P<value>[^\s:]*(?:\d[^\s:]*/|/[^\s:]*\d)[^\s:]*)"
                          r"(?=[ \t]+(?:NOMOR|Nomor|PADA|Pada)\b)")
_VALUE_BELOW = re.compile(r"\n[ \t]*(?P<value>(?=[^\n]*\d)[^\s/]*/[^\n]*)")
_REST_BELOW = re.compile(r"\n[ \t]*(?P<value>[\w.…/-][^\n]*)")
_LABEL_WORD = re.compile(r"\b(?:Nomor|No)\b")  # (the labels of the numbers before: "PATEN Nomor 1/BAK Nomor …")
_LABEL_ENDS = re.compile(r"(?<=[A-Z0-9),] )(?:NOMOR|Nomor|NO|No)\.?[ \t]*:[ \t]*$")
# a street's number, never the document's: "JL. MAWAR NO. 12/A", "Jalan Kenanga No : 5/B"
_ADDRESS = re.compile(r"(?i:\b(?:jl|jln|gg|komp|kav)\.|\b(?:jalan|gang|komplek|blok|kavling)\b)[^\n,;:]{0,40}$")
# words before a label carried to a line that make its number another paper's: a letter's, a regulation's, an account's,
# the agreement an addendum amends ("SURAT PENGANTAR Nomor : …", "PERUBAHAN ATAS PERJANJIAN KERJA SAMA Nomor : …")
_OTHER_PAPER = re.compile(r"(?i:^[ \t]*surat\b(?!\s+(?:perjanjian|kesepakatan|kerja))|\bsurat\s+(?:pengantar|permohonan|"
                          r"undangan|dinas)\b|\b(?:perubahan|atas|adendum|addendum|"
                          r"amandemen|berdasarkan|menindaklanjuti|sesuai)\b)")
_PROSE = re.compile(r"\b[a-z]{3,}[ \t]+[a-z]{3,}[ \t]+[a-z]{3,}\b")  # words of a sentence, in lower case
_FORM_LABEL = re.compile(r", (?:NOMOR|Nomor|NO|No)[ \t]*:")  # a form's field after an address on the same line
_PREFIXED = re.compile(r"(?P<prefix>[A-Z]{2,6}\.)[ \t]?$")


# a table's heads for one number per party side by side, their values on the next line
_HEADS = re.compile(r"(?:[^\d:\n]*[ \t]{2})?(?:(?i:nomor|nomer|number)\b|(?i:no)\.)[^\d:\n]*")
_NOT_OWN = re.compile(r"[ \t]*(?i:telp|tel|telepon|telpon|phone|fax|faks|hp|handphone|rek|rekening|ktp|npwp|kontak|wa|"
                      # a contract's budget papers and financing: "Nomor DPA : …", "Nomor SPPBJ :", "Loan No."
                      r"dpa|dpa-skpd|dipa|sppbj|rup|kode[ \t]+rup|loan|pinjaman|account)\b")


# "… TENTANG X NOMOR NOMOR NOMOR" / ": A : B : C": a table's labels, one per party, stacked at the heading's end and
# their values after colons on one line below it (the labels' line wrapped: "NOMOR NOMOR" / "NOMOR")
_STACKED = re.compile(r"(?:^|[ \t])(?:NOMOR|Nomor)(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:NOMOR|Nomor)){1,7}[ \t]*\n(?:[ \t]*\n){0,4}"
                      r"[ \t]*(?P<values>:[^\n]*?(?::[ \t]*\n[ \t]*(?=[^\s:]*/)(?=[^\n]*\d)[^\n]*)?)$", re.MULTILINE)
# (the last value wrapped below: a number opening the next line)


# the last value's last words wrapped alone below a filled values line, a blank line after them ("… : P/ 168/2019/PT
# Jasa" / "Raharja", "… : P/" / "168/2019/PT Jasa Raharja")
_VALUES_WRAPPED = re.compile(r"\n[ \t]*(?P<rest>[^\s:][^\n:]{0,40}?)[ \t]*(?=\n[ \t]*\n|\Z)")


def _stacked(text: str, head_end: int) -> list[Reference]:
    found = []
    for match in _STACKED.finditer(text, 0, head_end + 200):
        wrapped = _VALUES_WRAPPED.match(text, match.end("values")) if soft_before(match["values"]) else None
        values = text[match.start("values"):wrapped.end("rest") if wrapped and len(wrapped["rest"].split()) <= 3
                      else match.end("values")]
        for piece in re.finditer(r"[^:]+", values):
            start = match.start("values") + piece.start()
            found += _numbers_in(text, start, start + len(piece.group()), 0.85)[:1]
    return found


def own_numbers(text: str, head_end: int) -> list[Reference]:
    """The document's own numbers from the NOMOR lines of its title block, as written, in order."""
    found: list[Reference] = _stacked(text, head_end)
    bare = [match for match in _INLINE_BARE.finditer(text, 0, head_end + 200) if match.start() < head_end]
    inline = sorted([*_INLINE_LABEL.finditer(text, 0, head_end), *bare], key=lambda match: match.start())
    for match in inline:
        line_start = text.rfind("\n", 0, match.start()) + 1
        # not a label at the start of its line: far into it, after a heading's capitals or a number the page's width
        # carried to the line ("TINGKAT LANJUTAN Nomor : …", "B/12/2020 Nomor : …"; a line a label opens is read
        # below), or a form's "No :" after a comma ("Kayu Apak, No : …")
        # a label with its colon, or bare between numbers ("PATEN Nomor 1/BAK Nomor 2/KTR Pada …"), never "JL. MAWAR
        # NO. 12": an address
        colon = ":" in text[match.start():match.start("value")] or match.re is _INLINE_BARE or (
            re.match(r"(?=[^\s/]*/)(?=\S*\d)", match["value"]))  # "JAKARTA, NO.PKS.B.064/09-2019": "No." before a number
        # (the previous line's label its value: "… Nomor :" / "/SK/2019 Nomor : …")
        before = _LABEL_WORD.sub("", text[line_start:match.start()])
        # (a name's degrees after its comma in a heading in capitals: "… DENGAN dr. A." / "NGURAH PUTRA, Sp.M NOMOR : …")
        before = re.sub(r"(?<=,)[ \t]*\S+", lambda word: "" if DEGREE.fullmatch(word.group().strip()) else word.group(), before)
        if _ADDRESS.search(text, line_start, match.start()) and (text.startswith(("NO", "No"), match.start()) or not
                                                                 text.startswith(("NOMOR", "Nomor"), match.start())):
            continue  # "… BERALAMAT DI JL. MAWAR NO. 12/A": an address
        previous = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
        carried = re.search(r"[A-Z0-9]{2}", before) and (upper_line(before) or not re.search(r"[^\W\d_]", before)) and (
            len(previous.strip()) >= WRAPPED_WIDTH and not _OTHER_PAPER.search(before) and not NOT_AGREEMENT.search(
                before) and not PAYMENT_LABEL.search(before)) or \
            _LABEL_ENDS.search(text, max(0, line_start - 30), max(0, line_start - 1))
        hashed = "#" in text[match.start():match.start("value")]
        if hashed and _CITING_SERIAL.search(text, line_start, match.start()):
            continue  # "SUPERSEDES Contract # …": the contract the line cites
        serial = _SERIAL.match(match["value"]) if hashed else None
        if serial:  # "Contract # C20200564": a serial, letters and digits without separators, named a number by "#"
            found.append(Reference(serial.group(), match.start("value"), match.start("value") + serial.end(), 0.85))
            continue
        if line_start <= match.start() - 40 or colon and carried and not _LABEL.match(text, line_start) or (
                _FORM_LABEL.match(text, match.start() - 2) and not _LABEL.match(text, line_start)):
            value_start, value_end = match.span("value")
            broken = match["value"].rstrip().endswith("/")
            below = (_REST_BELOW if broken else _VALUE_BELOW).match(text, value_end) if broken or not re.search(
                r"\d", match["value"]) else None
            if below:  # "… LANJUTAN Nomor :" / "045.3/PKS/2023 …", "No : PKS." / "110/DIR/2010", "Nomor : 12/PKS/" /
                value_end = below.end("value")  # "2024": the page's width put the value (or its rest) on the next line
            else:  # "Nomor : 03/KB/BTD" / "/KSP/2012 TANGGAL …"
                value_end = _continued(text, value_end, head_end)
            for number in _numbers_in(text, value_start, value_end, 0.85)[:1]:
                if _PROSE.search(text, value_start, number.start):
                    continue  # a council's heading run into its prose: "RESOLUTION NO. 11,180 … that the City Manager
                    # is authorized … for the fiscal year 1973-1974": a figure of the sentence, no number of the label
                prefix = _PREFIXED.search(text, value_start, number.start)
                if prefix:  # "PKS. 110/DIR/2010": a code before the number belongs to it
                    number = Reference(prefix["prefix"] + number.value, prefix.start(), number.end, number.confidence)
                found.append(number)
    for match in _LABEL.finditer(text, 0, head_end):
        label = match["label"].strip()
        if _NOT_OWN.match(match["label"] + match["value"]):
            continue  # "No. Telp : 0857 9111/0812": a telephone, an account, an identity card: not the document's
        has_colon = text[match.end("label"):match.start("value")].strip().startswith(":")
        if label and not (has_colon or re.match(r"/\s*(?:number|no\.?)\s*$", label, re.IGNORECASE)):
            continue  # "Nomor 23 Tahun 2014" inside prose, not a number line
        position = _continued(text, match.end("value"), head_end)
        dated = re.fullmatch(r"[ \t]*(?i:tanggal|tgl\.?|date)[ \t]*", match["value"])
        if dated or _HEADS.fullmatch(match["value"]):
            # "Nomor   Tanggal" / "20/HPEQ/K3/2010   23 Oktober 2010": a table's labels, its values on the next line;
            # "NOMOR PIHAK PERTAMA      NOMOR PIHAK KEDUA" / "119/PKS/2023      045/UTJ/2023": one column a party
            below = re.match(r"\n[ \t]*(?P<value>[^\n]*)", text[position:head_end])
            if below:
                found += _numbers_in(text, position + below.start("value"), position + below.end("value"),
                                     0.8)[:1 if dated else None]
            continue
        stacked = _LABELS_STACKED.match(text, match.end(), head_end + 200) if _BLANK.match(match["value"]) else None
        if stacked:  # "Nomor :" / "Tanggal" / ":" / "12/UKP/K2/PTS|20L1 12 Mei 2011": the table's labels stacked,
            found += _stacked_number(text, stacked)  # its values on one row below them
            continue
        if _BLANK.match(match["value"]):
            above = _number_above(text, match.start())
            if above:
                found.append(above)
        ordinal = re.match(r"(?:[IVX]{1,4}|\d)[ \t]*:[ \t]*", match["value"])  # "Nomor I : 11 Tahun 2021"
        value_start = match.start("value") + (ordinal.end() if ordinal else 0)
        bare = re.fullmatch(r"[ \t]*(\d{3,4}(?:[ \t]*/)?)[ \t]*", text[value_start:position])
        if bare:  # "NOMOR: 440", "NOMOR : 440/": a draft's number with only its classification code, weak evidence
            found.append(Reference(re.sub(r"[ \t]", "", bare[1]), value_start + bare.start(1), value_start + bare.end(1),
                                   0.5))
        found += _numbers_in(text, value_start, position, 0.95)
        # one number per party may follow on the next lines without a label (a typed one indented under the first,
        # read by OCR flush left after a blank line: one with a slash, less surely)
        while True:
            line = re.match(r"\n(?P<blank>[ \t]*\n)?[ \t]*(?P<value>[^\n]*)", text[position:head_end])
            if not line or not _NUMBER.fullmatch(line["value"].strip()) or not is_number(line["value"]) or \
                    line["blank"] is not None and "/" not in line["value"]:
                break
            value_start = position + line.start("value")
            found += _numbers_in(text, value_start, position + line.end("value"), 0.75 if line["blank"] else 0.85)
            position += line.end()
    unique: list[Reference] = []
    for reference in found:
        if reference.value not in {item.value for item in unique}:
            unique.append(reference)
    return unique


# ".........SJ.T.0219" / "Nomor :" / "......": a table flattened by the page's layout puts the value above its blank
# label; a lone number there (partly left blank, perhaps) is the label's, a weak reading
_LONE_NUMBER = re.compile(r"[.…_]*(?:[A-Za-z][\w]*[.\-])+\d{2,}|[.…_]*[\w.…\-]*(?:/[\w.…\-]+)+")


def _number_above(text: str, label_start: int) -> Reference | None:
    line_end = text.rfind("\n", 0, label_start)
    if line_end <= 0:
        return None
    line_start = text.rfind("\n", 0, line_end) + 1
    raw = text[line_start:line_end].strip()
    if not _LONE_NUMBER.fullmatch(raw) or not re.search(r"\d.*\d", raw) or (
            "/" in raw and not is_number(tidy(raw))):
        return None
    start = text.index(raw, line_start)
    return Reference(tidy(raw) if "/" in raw else raw, start, start + len(raw), 0.6)


# a two-column table whose labels OCR stacked: "Nomor :" / "Tanggal" / ":" / "NUMBER DATE" (the date's label after the
# number's, each colon on its label's line or alone below it)
_LABELS_STACKED = re.compile(r"[ \t]*\n[ \t]*(?i:tanggal|tgl\.?|date)[ \t]*:?[ \t]*\n(?:[ \t]*:[ \t]*\n)?[ \t]*"
                             r"(?P<value>[^\s:][^\n]{0,80})")
# the number opening that row, its slashes perhaps read as bars: "12/UKP/K2/PTS|20L1"
_ROW_NUMBER = re.compile(r"[\w.\-]+(?:[/|][\w.\-]+){2,}(?=[ \t]|$)")


def _stacked_number(text: str, stacked: re.Match) -> list[Reference]:
    """The number on the values row below stacked labels: read as usual, or as written when a scan put bars for some
    of its slashes (weakly: 0.6)."""
    start, end = stacked.start("value"), stacked.end("value")
    read = _numbers_in(text, start, end, 0.8)[:1]
    if read:
        return read
    number = _ROW_NUMBER.match(text, start, end)
    if number and "/" in number.group() and re.search(r"\d", number.group()):
        return [Reference(number.group(), number.start(), number.end(), 0.6)]
    return []


# a contract the line cites before its serial, not this one's: "SUPERSEDES Contract # …", "AMENDMENT NO. 1 TO
# INTERLOCAL AGREEMENT Contract # …" (the amended contract's), "UNDER …", "REPLACING …"
_CITING_SERIAL = re.compile(r"\b(?i:supersed\w*|replac\w*|amend(?:s|ing)|to|under|pursuant)\b(?:[ \t]+\S+){0,4}[ \t]*$")
# a serial after "#": a few letters, then four digits or more, perhaps a hyphenated tail ("C20200564", "K-2021-0043")
_SERIAL = re.compile(r"(?!(?:19|20)\d\d(?![\w/-]))[A-Z]{0,4}-?\d{4,}(?:-[A-Z0-9]+)*(?![\w/])")  # (a year alone is none)


_HEADING_WORD = re.compile(r"(?i:tentang|antara|dengan|mengenai|perihal|concerning|between|regarding|on)")
_NEXT_PIECE = re.compile(r"\n(?:[ \t]*\n)?[ \t]*[\w.…()/\- \t]*[\w)][ \t]*(?=\n|$)")  # a blank line between too
# a part holding a space broken at it by the page's width: "001/SPK-BPK Sei." / "Tempayan/PB/IV/2019 Antara …",
# "18/PALYJA - PAM" / "JAYA/III/2018": the line's value ends in a part of words without a slash (never after a year),
# the next line opens with the part's rest (a word with a capital against its slash) and the number's further parts
_SPACE_BROKEN = re.compile(r"/(?![12]\d\d\d[ \t])[^/\s]+(?:[ \t]+[^/\s]+){1,3}[ \t]*$")
_PART_REST = re.compile(r"\n[ \t]*[A-Z][\w.()\-]*(?:/[\w.…()\-]+)+(?=\s|$)")
# an owner's name ending a number, its last words wrapped alone below ("…/2019/PT Jasa" / "Raharja", "…/PT" / "Jasa
# Raharja"): words, no part, a space between
_NAME_REST = re.compile(r"\n[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]*(?=\n|$)")


def _continued(text: str, end: int, limit: int) -> int:
    """The end of a number value broken over two lines: "119/KB.12-Ker/" + "2023", "027/PKS/DINKES" + "/VIII/2023"."""
    value = text[text.rfind("\n", 0, end) + 1:end].rstrip()
    rest = _PART_REST.match(text, end, limit)
    if rest and _SPACE_BROKEN.search(value[-200:]):
        return rest.end()  # the part with a space broken at it
    following = _NEXT_PIECE.match(text, end, limit)
    # digits before the break, or a draft's blank ("........./PKS/VI/" + "2023")
    if not following or not re.search(r"\d|[.…]{3}", value) or re.search(r"(?i:nomor|no\.|number)", following.group()) or \
            _HEADING_WORD.fullmatch(following.group().strip()):
        return end  # ("NOMOR : 440/" / "TENTANG": the heading goes on, the number's rest left blank)
    piece = following.group().strip()
    if value.endswith(("/", "-")) or piece.startswith("/") and not re.search(r"(?:19|20)\d\d$", value):
        return following.end()
    return end


_NOISE = r"[?¿!^\\~|{}<>*@$%]"
_GARBLED_BEFORE = re.compile(rf"{_NOISE}$")
_GARBLED_AFTER = re.compile(rf"[ \t]*/?[ \t]*{_NOISE}")


_WHOLE_YEAR = re.compile(r"/[ \t]*(?:19|20)\d\d$")
_STRAY_TAIL = re.compile(rf"(?:{_NOISE}|[\[\]]){{1,3}}[A-Za-z]{{0,2}}[ \t]*$")
_MARKED_PART = re.compile(rf"{_NOISE}[ \t]*/[ \t]*(?:19|20)\d\d(?![\w/])")
_CELL_BAR = re.compile(r"[ \t]+\|[ \t]*$")
_RUN_ON = re.compile(r"[ \t]+(?!(?i:tanggal|tgl|tahun|dated|date|pada|tentang|antara|between|perihal|hal)\b)"
                     r"[A-Za-z0-9]{1,4}(?:[ \t]|$)")


# what parts two numbers on one line: a second label ("NOMER: PKS-2022-028      NOMER: 090/KB/2022", columns side by
# side), "dan", ";", a table's cell bar ("| NO : 607/KS/2019 | NO : 109/UTJ/2019 |"), a column's gap between two
# pieces ("SPK-2019-044      357/DISDIK/2019"; never a blank part: "445/     /ADMEN"), a spaced dash between two digits
# ("119/PKS/2023 - 045/UTJ/2023", "SPK-2023-021 – 737/UTJ/2023"; "18/PALYJA - PAM JAYA/III/2018" is one number)
_SEPARATOR = re.compile(r"\b(?:nomor|nomer|number)\b\s*:?|\bno\.\s*|\bno[ \t]*:|\bdan\b|\band\b|;|[ \t]\|[ \t]|"
                        r"(?<=[^/\s])[ \t]{4,}(?=[^/\s])|(?<=\d)[ \t]+[-–][ \t]+(?=\d)",
                        re.IGNORECASE)


# the words after a number's last part of letters, to the value's end or the heading's next label: its body named
# in two words
_LINKING = r"(?!(?i:tanggal|tgl|tahun|tentang|antara|dengan|dan|pada|perihal|hal|date|dated|between|and|concerning)\b)"
_OWNER_WORDS = re.compile(rf"[ \t]+(?P<words>{_LINKING}[A-Z][A-Za-z]+(?:[ \t]+{_LINKING}[A-Z][A-Za-z]+)?)[ \t.,;]*"
                          r"(?:$|(?=(?:TENTANG|Tentang|PADA|Pada)\b))")


def _numbers_in(text: str, start: int, end: int, confidence: float) -> list[Reference]:
    """The numbers written on one NOMOR line's value (perhaps two, joined by "dan" or ";"), as written."""
    if "\n" in text[start:end]:  # a number broken over two lines: read it joined, spans still in the text
        broken = re.search(r"[ \t]*(?:\n[ \t]*)+", text[start:end])
        # (a part's space the break took is one space again: "Sei." / "Tempayan/…")
        at = start + broken.start() + broken.group().index("\n")
        space = " " if _SPACE_BROKEN.search(text[start:start + broken.start()]) and _PART_REST.match(text, at) or \
            _NAME_REST.match(text, at) and text[start + broken.start() - 1:start + broken.start()].isalpha() else ""
        joined = text[:start + broken.start()] + space + text[start + broken.end():]
        width = broken.end() - broken.start() - len(space)
        return [Reference(ref.value, ref.start + (width if ref.start > start + broken.start() else 0),
                          ref.end + (width if ref.end > start + broken.start() else 0), ref.confidence)
                for ref in _numbers_in(joined, start, end - width, confidence)]
    bar = _CELL_BAR.search(text, start, end)
    end = bar.start() if bar else end  # "NOMOR : 019/35/2019 |": a table cell's bar, not OCR noise after the number
    value = text[start:end]
    if _BLANK.match(value):
        return []
    yearly = _YEARLY.fullmatch(OWNER.sub("", value.rstrip()))  # "25 TAHUN 2016 (DESA X)": the owner left out
    if yearly:
        return [Reference(" ".join(yearly["number"].split()), start + yearly.start("number"),
                          start + yearly.end("number"), confidence)]
    out = []
    for part in _SEPARATOR.split(value):
        offset = value.find(part)
        for match in (_BLANKED if "/" in part else _NUMBER).finditer(part):
            garbled_before = _GARBLED_BEFORE.search(part, 0, match.start())
            marked = _MARKED_PART.match(part, match.end()) if re.search(r"\d$", match.group()) else None
            if marked and not garbled_before:
                # "445 / 23% / 2021": one mark glued to a part's digits, the number going on to its year: as printed,
                # a weak reading (the mark stands for a character OCR lost)
                out.append(Reference(tidy(match.group() + marked.group()), start + offset + match.start(),
                                     start + offset + marked.end(), round(confidence * 0.65, 2)))
                continue
            stray = _STRAY_TAIL.match(part, match.end()) if _WHOLE_YEAR.search(match.group()) else None
            if stray and not garbled_before:
                # "03/KB/I/2022\]p": keys struck after the number's year, the line ending there: the number to its
                # year, a weak reading
                out.append(Reference(tidy(match.group()), start + offset + match.start(), start + offset + match.end(),
                                     round(confidence * 0.65, 2)))
                continue
            if garbled_before or _GARBLED_AFTER.match(part, match.end()):
                continue  # "ft?9/PN/¿ 0": a piece of OCR noise around a handwritten number, not a number
            number, number_end = tidy(match.group()), match.end()
            owner = _OWNER_WORDS.match(part, number_end) if re.search(r"/[ \t]*[A-Za-z]{2,}$", match.group()) else None
            if owner:  # "P/ 12 / SP / 2021 / ASURANSI MAJU": the body's code at the end in two words
                number, number_end = f"{number} {' '.join(owner['words'].split())}", owner.end("words")
            # a part still to be filled in ("…/PKS/VIII/2023"): kept as written, but not yet a sure identifier
            partial = unfilled(number)
            # "3892 /PKS /BS Ge fyp O21": short pieces run on after a number without its year; its tail may be lost
            cut = not re.search(r"(?:19|20)\d\d$", number) and _RUN_ON.match(part, number_end)
            if is_number(number) and len(number) >= 4:
                sure = round(confidence - (0.15 if partial else 0) - (0.25 if cut else 0), 2)
                if letters_only(number):
                    sure = min(sure, 0.5)  # "IMC/PKS-RS/…/…/20…": only the form's letters filled, nothing to identify
                out.append(Reference(number, start + offset + match.start(), start + offset + number_end,
                                     min(sure, 0.7) if "@" in number else sure))  # ("K7@/…": OCR damage kept)
    return out


# A cited number whose slashes OCR read as spaces: "Nomor 628 KB.21-Ker. 2016 tanggal" (never "Nomor 12 Tahun 2008")
