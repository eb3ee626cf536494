"""Where each party's block lies in the opening: the block before a designation without the end of the previous
sentence, the next numbered item when the text ends before its designation, roles given in order when a draft
designates two blocks alike."""
from __future__ import annotations

import re

from ingest.extract import nlp, roles
from ingest.extract.heads import split_head
from ingest.extract.names import BODY, NAME_LINE


def slip_corrected(mentions: list, text: str) -> tuple[list, bool]:
    """Roles given in order when a draft designates two blocks alike ("PIHAK KEDUA" twice) while the text names the
    role none of them got ("PIHAK KESATU dan PIHAK KEDUA"): (mentions, whether they were corrected)."""
    names = [mention.role for mention in mentions]
    in_order = roles.roles_in_order(text)[:len(names)]
    missing = [role for role in in_order if role not in names]
    if len(set(names)) == len(names) or not set(names) <= set(in_order) or not missing or \
            not all(re.search(rf"\b{role}\b", text, re.IGNORECASE) for role in missing):
        return mentions, False
    return [nlp.RoleMention(mention.start, mention.end, role, True) for mention, role in zip(mentions, in_order)], True


_MARKER = re.compile(r"\(?(\d{1,2}|[IVX]{1,4}|[a-h])([.),])\s")  # "1," the OCR's comma for a dot
_LIST_CLOSED = re.compile(r"\b(?:para\s+pihak|the\s+parties|bahwa|menerangkan|sepakat|whereas|agree)\b", re.IGNORECASE)
# (or a list of another kind begun after the last party: "Dengan memperhatikan peraturan … sebagai berikut:" / "1. …",
# the definitions: "Dalam Perjanjian ini yang dimaksud dengan:" / "1. X adalah …")
_OTHER_LIST = re.compile(r"\b(?:sebagai\s+berikut|memperhatikan|mengingat|menimbang|yang\s+dimaksud\s+dengan|"
                         r"ketentuan\s+umum|definisi)\b", re.IGNORECASE)
_SUCCESSOR = {"I": "II", "II": "III", "III": "IV", "IV": "V", "V": "VI"}


def undesignated_item(region: str, cursor: int, last_block: str) -> tuple[int, str] | None:
    """The item after the last designated party's ("I. …" then "II. PT. BANK X, berkedudukan …") when the text ends
    or the opening closes before its designation: (start in region, block), or None."""
    marker = _MARKER.match(last_block)
    if marker is None:
        return None
    label = marker[1]
    nxt = _SUCCESSOR.get(label) if label in _SUCCESSOR else str(int(label) + 1) if label.isdigit() else \
        chr(ord(label) + 1) if len(label) == 1 and label.islower() else None
    dot = "[.,]" if marker[2] in ".," else re.escape(marker[2])
    found = re.compile(rf"(?:^|(?<=[.;] ))[ \t]*\(?{re.escape(nxt)}{dot}[ \t]+(?=\S)",
                       re.MULTILINE).search(region, cursor, cursor + 1500) if nxt else None
    # a flattened list: "… disebut PIHAK KESATU, 2. B : …" (the comma right after the designation, nothing between)
    glued = re.compile(rf"(?<=,[ \t])\(?{re.escape(nxt)}{dot}[ \t]+(?=\S)").search(region, cursor, cursor + 8) \
        if nxt and re.match(r"[ \t]*,[ \t]", region[cursor:cursor + 8]) else None
    found = glued or found
    if found is None or re.match(r"(?i:bahwa|that|para\s+pihak|pihak|the\s+parties)\b", region[found.end():]) or \
            _LIST_CLOSED.search(region, cursor, found.start()) or _OTHER_LIST.search(region, cursor, found.start()) or \
            re.search(r"\b(?:atau|or)[\s:]*$", region[cursor:found.start()], re.IGNORECASE):
        return None  # a recital, not a party; the parties were named together since; a template's alternative
        # to the last party's block ("… disebut PIHAK KEDUA." / "atau" / "III. PT/YAYASAN …")
    item = region[found.start():found.start() + 1500]
    if found.start() + 1500 >= len(region) and "," in item:
        item = item[:item.rfind(",")]  # the text ends inside the item: its last clause is cut ("atas nama PT. Bank Ra")
    return found.start(), item


# ("1.a. X", "I.A. Tuan X": its first sub-item; never "I.A. Mirah X", a Balinese name's initials)
_FIRST_ITEM = re.compile(r"\s*\(?(?:1|I)[.)](?:(?<=1.)a\.|(?<=I.)A\.(?=[ \t]+(?i:tuan|nyonya|nona|bapak|ibu|sdr)\b))?[ \t]+(?=\S)")


# "2. …", "b) …", and a roman numeral without its dot before a body's name ("II Dewan Pengurus …")
def first_item(region: str, start: int) -> tuple[int, str] | None:
    """The first numbered item right after the opening's "di bawah ini :" when the text ends inside it, before any
    designation (an excerpt): (start in region, block), or None."""
    found = _FIRST_ITEM.match(region, start)
    if found is None or _LIST_CLOSED.search(region, found.end()):
        return None
    item = region[found.start():found.start() + 1500]
    following = _SECOND_SUB_ITEM.search(item) if re.search(r"[.)][aA]\.", found.group()) else None
    if following:  # "I.A. Tuan X, …" / "B. Tuan Y, …": the second sub-item ends the first
        return found.start(), item[:following.start()]
    return found.start(), item[:item.rfind(",")] if "," in item else item  # its last clause may be cut


_SECOND_SUB_ITEM = re.compile(r"\n[ \t]*(?:(?:1|I)\.)?[bB]\.[ \t]")


# (a numeral in one case: "Xxx. Lowokwaru", a masked "Kec.", is a word, no item)
_ITEM_START = re.compile(rf"\n[ \t]*(?:\(?(?:\d{{1,2}}|(?-i:[IVX]{{1,4}}|[ivx]{{1,4}})|[a-h]|[|!])[.,)]{{1,2}}\s|(?-i:[IVX]{{1,4}})[ \t]+(?={BODY.pattern}))",
                         re.IGNORECASE)


# "SETYANTO" / "X. XXXXXXX, Director": a name in capitals broken before its middle initial, no list item
_INITIAL = re.compile(r"\n[ \t]*[A-Z]\.[ \t]+[A-Z]")


_INITIAL_AS_NUMERAL = re.compile(r"\n[ \t]*[VX]\.[ \t]+[A-Z][a-z]")


# a dot that ends no sentence at its line's end (searched in that line only): a title, initials or a short word
# ("Jalan Dr.", "Jl. M.H.", "oleh Prof."), a degree after a comma ("…, M.Kn.") or after a name without one ("… Hidayat M.Pd.")
_NO_SENTENCE_END = re.compile(r"(?:^|\s)(?:[A-Z][a-z]{0,2}|[A-Z]{2,3}|Prof|PROF|Drs|DRS|Dra|dr|drg|(?:[A-Z]\.){1,3}[A-Z])$|"
                              r",[ \t]*(?:[A-Z][a-z]{0,2}\.){1,3}[A-Za-z]{1,4}$|"
                              r"[a-z][ \t]+(?:[A-Z][a-z]{0,2}\.){1,3}[A-Za-z]{1,4}$")


# "… atas nama Koperasi X." / "Untuk selanjutnya disebut “Koperasi X” atau “": the designation's own sentence, which
# closes the block before it, never a block of its own
_DESIGNATION_ONLY = re.compile(r"\s*(?:untuk\s+)?selanjutnya\s+(?:disebut|dinamakan)\b|\s*hereinafter\b", re.IGNORECASE)


def last_block(block: str) -> str:
    """Drop text that belongs before this party's block (closing quotes, 'dan', an earlier sentence)."""
    starts = [start for start in _ITEM_START.finditer(block)
              if not re.search(r"(?:nomor|number|no\.?|jalan|jl\.?|km\.?)\s*$", block[:start.start()], re.IGNORECASE)
              and not (_INITIAL.match(block, start.start()) and re.search(r"[A-Z]{2,}[ \t]*$", block[:start.start()]))
              # "… dibuat dihadapan Notaris" / "X. Rina Sari, SH., …": a name's initial, a roman numeral's look-alike
              and not (_INITIAL_AS_NUMERAL.match(block, start.start()) and
                       re.search(r"(?<!\bdan)(?<!\band)(?<!\batau)[A-Za-z][ \t]*$", block[:start.start()]))
              # "diwakili oleh" / "H. Budi", "RSUD Prof. Dr." / "H. Ali …": a title at a line's start in mid-sentence,
              # no lettered item
              and not (re.match(r"\n[ \t]*(?:H|Hj)\.[ \t]", start.group()) and
                       re.search(r"(?:[a-z]|\b(?:Prof|Dr|DR|dr|drg|R))\.?[ \t]*$", block[:start.start()]))
              # "Kepala Divisi Regional" / "III PT X": a name's numeral wrapped to a line's start, no item "III"
              and not (re.match(r"\n[ \t]*[IVX]{1,4}[ \t]", start.group()) and
                       re.search(r"(?<!\bdan)(?<!\band)[A-Za-z][ \t]*$", block[:start.start()]))
              # "Jalan Pemuda" / "12, Sukamaju": an address's number after a line ending in a word, no item "12,"
              and not ("," in start.group() and re.search(r"[A-Za-z][ \t]*$", block[:start.start()])
                       and not re.search(r"(?:pihak[ \t]+\w+|party)[ \t]*$", block[:start.start()], re.IGNORECASE))]
    clean = [start for start in starts if "," not in start.group()]
    starts = clean or starts  # "2." beats "Nomor\n3, Bogor" (an address broken before its number)
    if starts:
        block = block[starts[-1].start():]
    else:
        sentence = block.rfind(".\n")
        # "dr. RATNA, M.Kes." ends a name line, "Jalan Dr." / "Cipto" or "oleh Prof." / "Dr. X" broken after a title, "No. 53." /
        # "Akta Notaris X, S.H., M.Kn." / "Nomor 12 …" a deed's notary and her degrees before the line's end,
        # ", dalam hal ini …" an address the sentence goes on after: no sentence end
        while sentence > 0 and (NAME_LINE.fullmatch(block[block.rfind("\n", 0, sentence) + 1:sentence + 1].strip())
                                or _NO_SENTENCE_END.search(block[block.rfind("\n", 0, sentence) + 1:sentence])
                                or re.match(r"\s*(?:,|[a-z])", block[sentence + 1:])
                                or _DESIGNATION_ONLY.match(block, sentence + 1)):
            sentence = block.rfind(".\n", 0, sentence)
        if sentence > 0 and len(block) - sentence > 40:
            block = block[sentence + 2:]
    block = re.sub(r"^[\s“”\"'‘’;:,.)]+", "", block)  # the previous designation's closing quote, either way round
    # "Dengan" between the parties; "-and-" / "- and" on its own line between an English memorandum's parties (the
    # dashes a word processor makes of it, "–and–", "— and —", or other marks: "~and~", "_and_", "and;")
    block = re.sub(r"^[-–—~_]?[ \t]*(?:dan|and|dengan|with)(?![^\W_])(?:[ \t]*[-–—~_])?[\s:;]+", "", block,
                   flags=re.IGNORECASE)
    # "_____," / "2015" / "at", each alone on its line before the first party: the opening's date and place blanks
    # the layout put below "by and between:" (a form's "this ___ day of ___, 2015 at ___")
    separated = list(_SEPARATOR_LINE.finditer(block))  # "A, a_____ / -and- / The B, …": an earlier party left
    block = block[separated[-1].end():] if separated and block[separated[-1].end():].strip() else block  # undesignated
    return _DATELINE_PIECES.sub("", block.strip()).strip()


_SEPARATOR_LINE = re.compile(r"\n[ \t]*[-–—~_]+[ \t]*(?:and|dan)[ \t]*[-–—~_]+[ \t]*\n", re.IGNORECASE)
_DATELINE_PIECES = re.compile(r"^(?:(?:_{3,}[ \t]*,?|(?:19|20)\d\d|at|in)[ \t]*\n\s*){2,}(?=[A-Z])")


_FIRST_LINE_ITEM = re.compile(r"^[ \t]*\(?(?:1|I)[.)][ \t]+(?=\S)", re.MULTILINE)


def earlier_item(block: str) -> tuple[int, str] | None:
    """A first numbered item before the block's last one, left undesignated ("1. dr. X …." / "2. dr. Y, …, disebut
    PIHAK KEDUA": a draft that has not finished its first party): (offset in block, item), or None."""
    last = last_block(block)
    head = block[:block.rfind(last)] if last and last in block else ""
    first = _FIRST_LINE_ITEM.search(head)
    return (first.start(), head[first.start():].strip()) if first and head[first.end():].strip() else None


_BARE_ORDINAL = re.compile(rf"\b(?:di)?sebut[ \t]*\n?[ \t]*(?<=[\s])[\"“”']?"
                           rf"(?P<word>(?-i:{'|'.join(sorted(roles.WORDS, key=len, reverse=True))}))\b",
                           re.IGNORECASE)


def bare_designations(region: str, mentions: list, text: str) -> tuple[list, bool]:
    """"selanjutnya disebut KESATU." (perhaps "disebut" / "KESATU.") where the text layer moved the word PIHAK
    elsewhere, kept when the text names that role in full somewhere: (mentions in order, whether one was added)."""
    named = {mention.role for mention in mentions}
    added = [nlp.RoleMention(match.start("word"), match.end("word"), f"PIHAK {match['word']}", True)
             for match in _BARE_ORDINAL.finditer(region)
             if f"PIHAK {match['word']}" not in named and re.search(rf"\bpihak\s+{match['word']}\b", text, re.IGNORECASE)]
    return sorted(mentions + added, key=lambda mention: mention.start), bool(added)


# "1. A 2. B Selaku X …, selanjutnya disebut PIHAK KESATU. Selaku Y …, selanjutnya disebut PIHAK KEDUA": OCR read a
# table's column of names before its column of offices; the names pair with the "Selaku" paragraphs in order
_LISTED_NAME = re.compile(r"(?:^|(?<=\s))(?P<number>\d)[.,][ \t\n]+(?P<name>(?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg)[.,][ \t\n]*)*"
                          r"[A-Z][\w'-]*(?:[ \t\n]+[A-Z][\w'-]*\.?){0,5}(?:,[ \t\n]*[A-Za-z][A-Za-z.-]{0,8}\.?){0,4})[ \t\n]+")
_CAPACITY_FIRST = re.compile(r"[\s.,;:]*(?i:selaku|sebagai)\b")


def names_listed_first(block: str) -> tuple[str, list[str]] | None:
    """(the first party's block with its name, the names of the later parties) when the block opens with two or more
    numbered names (1, 2, …; the first within its first 120 characters) right before a "Selaku" paragraph; None
    otherwise."""
    names, cursor = [], 0
    while (item := _LISTED_NAME.search(block, cursor, cursor + 160 if names else 120)) and \
            int(item["number"]) == len(names) + 1 and (not names or not block[cursor:item.start()].strip()):
        names.append(item["name"])
        cursor = item.end()
        if _CAPACITY_FIRST.match(block, cursor):
            break
    if len(names) < 2 or not _CAPACITY_FIRST.match(block, cursor):
        return None
    return f"{names[0]} {block[cursor:].lstrip()}", names[1:]


def unnamed_capacity(block: str) -> bool:
    """Whether a party's block opens with its capacity and names nobody ("Selaku Rektor, dalam hal ini …")."""
    return bool(_CAPACITY_FIRST.match(block))


def split_joined(parties: list) -> None:
    """The heading's one-line "X DAN Y" read as one name where the opening names Y on its own: X alone. The word
    between may be OCR's ("X / !fil2 / THE Y")."""
    for party, other in ((party, other) for party in parties for other in parties if other is not party):
        joined = re.search(rf"\s+(?:dan|and|(?=\S*[^\w\s])\S{{1,6}})\s+(?:the\s+)?{re.escape(other.institution)}$",
                           party.institution or "", re.IGNORECASE) if other.institution else None
        if joined:
            party.institution = party.institution[:joined.start()]


# "1. PIHAK PERTAMA" / "FIRST PARTY" alone on its line, its labelled block below it ("Nama : …", "Jabatan : …"); or
# "1. PIHAK PERTAMA : Universitas X, … diwakili oleh …" with the block after the colon
_ROLE_HEADING = re.compile(rf"^[ \t]*(?:\(?(?:\d{{1,2}}|[IVX]{{1,4}}|[a-h])[.)][ \t]*)?(?P<role>{roles.ROLE})"
                           r"[ \t]*(?::[ \t]*(?=\S)|:?[ \t]*$)", re.IGNORECASE | re.MULTILINE)
# ... or the person with the acting clause: "1. PIHAK PERTAMA : NAME, Bupati X, dalam hal ini bertindak untuk dan atas nama …"
_PARTY_BLOCK = re.compile(r"\b(?:nama|name)\s*:|diwakili\s+oleh|represented\s+by|\b(?:untuk\s+dan\s+)?atas\s+nama\s+(?-i:[A-Z])|"
                          r"\bon\s+behalf\s+of\b", re.IGNORECASE)
_HEADED_END = re.compile(r"^[ \t]*(?:kedua\s+belah|para\s+pihak|pihak\s+\w+\s+dan\s+pihak|bahwa|pasal|dengan\s+ini|both\s+parties|"
                         r"the\s+parties|whereas|article)\b",
                         re.IGNORECASE | re.MULTILINE)


def headed_blocks(region: str) -> list[tuple[str, int, int, str]]:
    """Party blocks under role headings, for a text that designates no block after it: (role, start, end, block)
    for two or more headings in order, each with a "Nama :" label or a representative, else none."""
    heads = list(_ROLE_HEADING.finditer(region))
    out = []
    for index, head in enumerate(heads):
        stop = heads[index + 1].start() if index + 1 < len(heads) else min(len(region), head.end() + 800)
        close = _HEADED_END.search(region, head.end(), stop)
        block = region[head.end():close.start() if close else stop]
        if not _PARTY_BLOCK.search(block):
            return []
        out.append((roles.role_name(head["role"]), head.start(), head.end() + len(block), block))
    roles_given = [role for role, _, _, _ in out]
    return out if len(out) >= 2 and len(set(roles_given)) == len(roles_given) else []


# "1. Nama : X Jabatan : Y … atas nama Pemerintah Kabupaten Z." / "2. a. Nama : …": numbered forms that designate no
# role (a regional government's budget agreement with its parliament); a lettered sub-item names a further signer
_NAMED_ITEM = re.compile(r"(?:^|(?<=\s))(?P<number>\d)[.)]\s+(?:[a-h][.)]\s+)?(?=(?:nama|name)[ \t]*:)",  # ("2. a." / "Nama :")
                         re.IGNORECASE | re.MULTILINE)


# "1. BUDI SANTOSO" / ": Kepala Dinas X …, dalam hal ini bertindak untuk dan atas nama Dinas X.": the name on the
# item's line (or alone on the next, after a bare number), the office after a colon on the line below; a line in lower
# case between them is a scan's stray words ("tahun dua", a date's words displaced), no part of the name
_COLON_ITEM = re.compile(r"(?:^|(?<=\s))(?P<number>\d)[.)][ \t]*\n?[ \t]*(?=[^\s:][^\n:]{2,60}\n"
                         r"(?P<stray>[ \t]*[a-z][a-z \t]{0,40}\n)?[ \t]*:[ \t]*[A-Z])", re.MULTILINE)


def named_items(region: str, in_order: list[str]) -> list[tuple[str, int, int, str]]:
    """Party blocks of numbered "Nama :" forms, for a text that designates no role: (role, start, end, block), the
    roles given in order, for two or more items numbered 1, 2, …, each acting for a body; else none. Items of a name
    and its office after a colon ("1. BUDI" / ": Kepala X …") likewise, when there is no "Nama :" form."""
    items = list(_NAMED_ITEM.finditer(region)) or list(_COLON_ITEM.finditer(region))
    if len(items) < 2 or [int(item["number"]) for item in items] != list(range(1, len(items) + 1)):
        return []
    out = []
    for index, item in enumerate(items):
        stop = items[index + 1].start() if index + 1 < len(items) else min(len(region), item.end() + 1500)
        block = region[item.start():stop]
        acting = re.search(r"\batas\s+nama\s+(?-i:[A-Z])(?:[^.;\n]|\n(?![ \t]*\n)(?![^.;\n]*?\b(?!(?:dan|and|of)\b)(?-i:[a-z]{3,})))*"
                           r"(?:\.(?=\w)[^.;\n]*)*", block, re.IGNORECASE)  # (a next line in words: a sentence's, no name's)
        if acting is None:
            return []
        block = block[:acting.end()]
        if item.re is _COLON_ITEM and item["stray"]:  # the stray line left out (same offsets up to it)
            block = block[:item.start("stray") - item.start()] + block[item.end("stray") - item.start():]
        out.append((in_order[index], item.start(), item.start() + len(block), block))
    return out


# the opening's numbered items with no role designated, each a body and who acts for it ("kami yang bertanda tangan di
# bawah ini:" / "1. Pemerintah Kabupaten A, diwakili oleh BUDI, Bupati A;" / "2. …", or "1. BUDI, Bupati A, bertindak
# untuk dan atas nama Pemerintah Kabupaten A;"), designated together at most ("… secara bersama-sama disebut PARA
# PIHAK"): a regional cooperation among several regencies; each item a party, the roles in order
_LIST_INTRO = re.compile(r"\bdi\s*bawah\s+ini\s*:[ \t]*\n", re.IGNORECASE)
_LISTED_ITEM = re.compile(r"^[ \t]*(?P<number>\d{1,2})[.)][ \t]+(?=\S)", re.MULTILINE)
_ITEM_ACTS = re.compile(r"\b(?:atas\s+nama|diwakili\s+oleh)\s+(?-i:[A-Z])", re.IGNORECASE)
_ITEM_STOP = re.compile(r";|\n[ \t]*\n|[,.]?\s*(?:yang\s+)?(?:untuk\s+)?selanjutnya\b|\bsepakat\b", re.IGNORECASE)


def acting_items(region: str, in_order: list[str]) -> list[tuple[str, int, int, str]]:
    """Party blocks of the opening's numbered items that each name a body and who acts for it, for a text that
    designates no role: (role, start, end, block), for two or more items numbered 1, 2, … right after "di bawah ini:";
    else none."""
    intro = _LIST_INTRO.search(region)
    items = list(_LISTED_ITEM.finditer(region, intro.end())) if intro else []
    if len(items) < 2 or region[intro.end():items[0].start()].strip():
        return []
    out = []
    for index, item in enumerate(items):
        if int(item["number"]) != index + 1 or index >= len(in_order):
            break
        stop = items[index + 1].start() if index + 1 < len(items) else len(region)
        cut = _ITEM_STOP.search(region, item.start(), stop)
        block = region[item.start():cut.start() if cut else stop]
        if not _ITEM_ACTS.search(block):
            return []
        out.append((in_order[index], item.start(), item.start() + len(block), block))
        if cut is not None and cut.group() != ";":
            break  # the designation or the opening's verb after the last item
    return out if len(out) >= 2 else []


# the representation after the designation: "X, …, hereinafter referred to as "THE SCHOOL", represented herein by its
# representative, NAME, OFFICE." (the item ends at its full stop, a semicolon or a blank line; never after a blank line,
# where the text goes on to another paragraph; a dot after an initial or a title at a line's end ends no item: "Hon.
# Glenn P." / "Flores, Mayor." is one name broken by the page's width)
_TITLE_DOT = (r"(?<![\s.][A-Z])(?<!\sHon)(?<!\sDr)(?<!\sMr)(?<!\sMrs)(?<!\sMs)(?<!\sEngr)(?<!\sAtty)(?<!\sProf)"
              r"(?<!\sRev)(?<!\sDrs)(?<!\sDra)(?<!\sIr)(?<!\sHj)")
TITLE_DOT = _TITLE_DOT  # (for the list of represented bodies: represented_items)
_REPRESENTED_AFTER = re.compile(r"(?:[ \t\"”’')]|\n(?![ \t]*\n))*,?(?:[ \t]|\n(?![ \t]*\n))*(?:and\s+)?(?:is\s+)?(?:duly\s+)?"
                                r"represented(?:\s+herein)?,?\s+by\s+"
                                rf"(?P<head>[^;]{{3,200}}?)(?=(?-i:{_TITLE_DOT})\.[ \t]*(?:\n|$)|;|\n[ \t]*\n|$)",
                                re.IGNORECASE)


def represented_after(region: str, start: int, stop: int) -> tuple[str | None, str | None, int] | None:
    """(signatory, position, end) from an English party's representation written after its designation, which the
    block before the designation does not hold; None when the designation is not followed by one, or by no one named
    ("represented by the undersigned officers who …": a clause, no signatory)."""
    found = _REPRESENTED_AFTER.match(region[:stop], start)
    if found is None:
        return None
    signatory, position = split_head(found["head"])
    if signatory and not signatory[:1].isupper():
        return None
    return (signatory, position, found.end()) if signatory or position else None
