"""Parties: institution, signatory and position from the title and the "selanjutnya disebut" blocks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest import facts
from ingest.extract import many_parties, nlp, roles
from ingest.extract.identity_labels import NAME_LABEL
from ingest.extract.columns import LABEL_LINE, labels_row, names_in_column_order, position_without_name
from ingest.extract.heading_parties import completed_from_title, title_parties
from ingest.extract.party_blocks import (acting_items, bare_designations, earlier_item, first_item, headed_blocks,
                                         last_block, named_items, names_listed_first, represented_after, slip_corrected,
                                         split_joined, unnamed_capacity, undesignated_item)
from ingest.extract.short_names import short_designations
from ingest.extract.names import GENERIC_FACILITY, PERSONS, is_body, strip_name
from ingest.extract.offices import OFFICE_NAMED, institution_from_position
from ingest.extract.text import is_placeholder, masked_inside
# (one block read: parse_block, kept importable from here as before)
from ingest.extract.block_reading import parse_block

_BLOCK_START = re.compile(r"(?:di\s*bawah\s+ini(?:\s+masing-masing)?|undersigned|sebagai\s+berikut|oleh\s+dan\s+antara|(?:by\s+and\s+)?(?:between|among)|"
                          r"entered\s+into\s+by(?=\s*:)|"  # "This Memorandum of Agreement is entered into by:"
                          r"antara(?:\s+pihak-pihak)?)\s*[’'‘]?\s*(?::|(?=(?:1|I|\|)[.,)]\s)|(?<=between\s)(?=(?-i:the\s+[A-Z]|[A-Z])))|"  # item 1
                          r"(?:di\s*bawah\s+ini|undersigned)[ \t]*\n(?=\s*(?-i:[A-Z]))|"  # line's end; "between X" inline
                          r"di\s*bawah\s+ini[ \t]*,[ \t]*(?=(?:dr|drg|drs|dra|ir|h|hj|prof|ns)\.\s|(?-i:[A-Z]))",  # ", dr. X, selaku"
                          re.IGNORECASE)
# a contract's formula between its two parties: "… (hereinafter called "the Employer") of the one part, and …"
# ("…, hereinafter called "PERTAMINA", party of the first part, and …": a production sharing contract's words)
_ONE_PART = re.compile(r"[\s\"”’')]*(?:,\s*)?(?:(?:party\s+)?of\s+the\s+(?:one|first)\s+part|(?:di|pada)\s+satu\s+pihak)"
                       r"\s*[,;]?\s*(?:and|dan)\s+",
                       re.IGNORECASE)


@dataclass
class Party:
    role: str
    institution: str | None = None
    signatory: str | None = None
    position: str | None = None
    start: int = 0
    end: int = 0
    confidence: float = 0.0

    def record(self) -> facts.Party:
        """The schema's party, without where it was found."""
        return facts.Party(self.role, self.institution, self.signatory, self.position)


def find_parties(text: str, head_end: int, opening_end: int) -> list[Party]:
    """Parties from the designation blocks of the opening, completed from the title block."""
    region = text[head_end:opening_end]
    in_order = roles.roles_in_order(text)
    mentions = nlp.designations(region)
    indonesian = [mention for mention in mentions if mention.role.startswith("PIHAK")]
    mentions = indonesian or mentions
    mentions, cap = slip_corrected(mentions, text)  # roles read against the text's own words: less certain
    mentions, bare = bare_designations(region, mentions, text) if mentions else (mentions, False)
    cap = cap or bare
    if not mentions:  # parties designated by short names ("selanjutnya disebut "PPK""), given roles in order
        shorts = short_designations(region, head_end + len(region) >= len(text))
        mentions = [nlp.RoleMention(short.start, short.end, role, True)
                    for short, role in zip(shorts, in_order)]
        cap = cap or bool(mentions)
    headed = [] if mentions else headed_blocks(region)  # "1. PIHAK PERTAMA" / "Nama : …" below it
    headed = headed or ([] if mentions else named_items(region, in_order))  # "1. Nama : …", no role
    # "1. Pemerintah Kabupaten A, diwakili oleh X, Bupati A;" / "2. …": no role designated, each item a body
    acted = [] if headed or mentions else acting_items(region, in_order)
    headed = headed or acted
    titled = title_parties(text, head_end, len({mention.role for mention in mentions}) or len(headed))
    parties: list[Party] = []
    for role, start, end, block in headed:
        # "PIHAK PERTAMA :" / "a. … atas nama Pemerintah Desa A;" / "b. …": the bodies sharing the role, each a party
        items = _each_body([(role, end - len(block) + offset, item) for offset, item in many_parties.items(block)]) or \
            [(role, start, block, parse_block(block))]
        for role_given, item_start, item, found in items:
            parties.append(_party(role_given, found, len(parties), titled, head_end + item_start,
                                  head_end + item_start + len(item)))
    if acted and len({(party.institution or "").lower() for party in parties}) < len(parties):
        parties = []  # (officers acting for one body, or for none named: no list of the parties)
    if parties:
        if acted:  # no role designated: the roles by the list's order only
            for party in parties:
                party.confidence = min(party.confidence, _UNDESIGNATED)
        return parties
    seen: set[str] = set()
    first = mentions[0].start if mentions else 0
    intros = [match for match in _BLOCK_START.finditer(region, 0, first)]
    cursor = intros[-1].end() if intros else 0
    previous_block, waiting = "", []
    tabled, table_end = many_parties.table_parties(region, mentions)
    for role, start, end, found in tabled:  # "No | Nama | Jabatan | Instansi": a row per party
        parties.append(_party(role, found + (0.75,), len(parties), titled, head_end + start, head_end + end))
        seen.add(role)
    cursor = max(cursor, table_end)
    for index, mention in enumerate(mentions):
        if mention.start < table_end:
            continue
        block_start, cursor = cursor, mention.end
        if mention.role in seen:
            continue
        several, list_end = many_parties.designated_items(region, block_start, mention)
        found = _each_body(several)
        if found:
            for role, start, item, block_found in found:
                parties.append(_party(role, block_found, len(parties), titled, head_end + start,
                                      head_end + start + len(item)))
                seen.add(role)
            cursor = list_end
            previous_block = region[block_start:mention.start].strip()  # "I. 1. …" then "II. …": the next side's item
            continue
        seen.add(mention.role)
        formula = _ONE_PART.match(region, block_start, mention.start)  # ") of the one part, and PT X, represented
        block_start = formula.end() if formula else block_start  # by …": the contract's formula
        block = region[block_start:mention.start]
        earlier = earlier_item(block) if not parties and mention.role == "PIHAK KEDUA" else None
        found = parse_block(earlier[1]) if earlier else None
        if found and (found[1] or found[2]):  # the first party's item, its designation left out by a draft
            parties.append(_party(in_order[0], found[:3] + (min(found[3], 0.6),), 0, titled,
                                  head_end + block_start + earlier[0], head_end + mention.start))
        # the block may carry the end of the previous sentence; start at the last item marker or sentence
        labelled = LABEL_LINE.search(block) or labels_row(block) or \
            NAME_LABEL.search(last_block(block)) is None and NAME_LABEL.search(block)
        previous_block = block.strip() if labelled else last_block(block)  # a form's labels: never cut at an address
        listed = None if parties else names_listed_first(block)  # "1. A 2. B Selaku X …" / "Selaku Y …"
        if listed:
            previous_block, waiting = listed
        elif waiting and unnamed_capacity(previous_block):
            previous_block = f"{waiting.pop(0)} {previous_block.lstrip(' .,;:')}"
        found = parse_block(previous_block)
        # (or when the block names no body and no one representing it: "The X / Building 1, Y Street, Manila /
        # (hereinafter … "First Party"), / represented by …": an address line is no officer)
        after = None if (found[1] or found[2]) and (found[0] or _REPRESENTING.search(previous_block)) else \
            represented_after(region, mention.end, mentions[index + 1].start if index + 1 < len(mentions) else len(region))
        if after:  # "X, …, hereinafter referred to as "A", represented herein by NAME, OFFICE."
            found, cursor = (found[0], *after[:2], min(found[3], 0.75)), after[2]  # (no part of the next block)
        parties.append(_party(mention.role, found, len(parties), titled, head_end + block_start,
                              head_end + mention.end))
    names_in_column_order(parties, text)  # "1. / BUDI / 2. / SITI / : Kepala X …": the names in order
    for party in parties if cap else []:
        party.confidence = min(party.confidence, 0.6)
    following = undesignated_item(region, cursor, previous_block) if parties else None
    role = roles.next_role(parties[-1].role) if following else None
    if following and role and role not in seen:  # the next item's designation lies beyond the text (an excerpt)
        item_start, item = following
        found = parse_block(item)
        body = re.match(r"[\W\d]*(?P<name>(?:PT|CV)\b[^,\n]*)", item)  # "2. PT. xxx, berdomisili …": a company left blank
        if found[0] or found[1] or found[2] or body and is_placeholder(body["name"]):
            parties.append(_party(role, found[:3] + (min(found[3], 0.6),), len(parties), titled,
                                  head_end + item_start, head_end + item_start + len(item)))
    if not parties and titled:
        intro = _BLOCK_START.search(region) if head_end + len(region) >= len(text) else None
        item = first_item(region, intro.end()) if intro else None  # the text ends inside the first item
        for index, (name, start, end) in enumerate(titled[:len(in_order)]):
            found = parse_block(item[1]) if item and index == 0 else None
            if found and (found[1] or found[2]):
                parties.append(_party(in_order[0], found[:3] + (0.6,), 0, titled, head_end + item[0],
                                      head_end + item[0] + len(item[1])))
                continue
            parties.append(Party(in_order[index], None if is_placeholder(name) else name, None, None, start, end, 0.6))
    split_joined(parties)
    return parties


_UNDESIGNATED = 0.8
_REPRESENTING = re.compile(r"represent|diwakili|acting|\bby\b|selaku|sebagai|bertindak|:", re.IGNORECASE)


def _each_body(items: list[tuple[str, int, str]]) -> list[tuple[str, int, str, tuple]]:
    """Items read as blocks, [(role, start, item, parse_block(item))], when there are two or more and each acts for
    a body of its own; else none (several signers acting for one body are one party)."""
    found = [(role, start, item, parse_block(item)) for role, start, item in items]
    # ("Nama : A / Jabatan : Kepala Desa X": a form's item names no body but the one its office heads)
    unnamed = all(not block[0] and institution_from_position(block[2]) for _, _, _, block in found)
    bodies = [block[0] or (institution_from_position(block[2]) if unnamed else None) for _, _, _, block in found]
    return found if len(found) > 1 and len({(body or "").lower() for body in bodies}) == len(found) else []


def _words(name: str) -> str:
    """A name's words in lower case between single spaces, its dots and commas dropped ("dr. A. A. Budi" → " dr a a budi ")."""
    return " " + " ".join(re.findall(r"[a-z]+", name.lower())) + " "


def _party(role: str, found: tuple, index: int, titled: list, start: int, end: int) -> Party:
    """A party from one block's (institution, signatory, position, confidence), completed from the title's list."""
    institution, signatory, position, confidence = found
    if signatory and OFFICE_NAMED.match(signatory):  # "diwakili oleh Wali Kota X": an office, its holder unnamed
        signatory, position = None, position or signatory.rstrip(" ,;:(")  # "… (hereinafter …"
    if institution and index < len(titled):
        institution = completed_from_title(institution, titled[index][0])
    person = _words(strip_name(signatory)) if signatory and strip_name(signatory) and not is_body(signatory) else None
    if institution is None and index < len(titled) and not is_placeholder(titled[index][0]) \
            and not (person and person in _words(titled[index][0])) and not PERSONS.match(titled[index][0]) \
            and not (GENERIC_FACILITY.fullmatch(titled[index][0]) and institution_from_position(position)):
        # (a template's category, "Klinik Pratama Swasta", gives way to the facility the office names)
        # a private person named in the heading, or persons of a kind ("PESERTA PROGRAM X": whoever signs up)
        # (as the heading writes him: "dr. A. A. BUDI, Sp.M" beside "dr. A A Budi, Sp.M")
        institution, confidence = titled[index][0], min(confidence, 0.8)  # the title names the parties in order
    if institution is None or is_placeholder(institution, not masked_inside(institution)):
        institution, confidence = institution_from_position(position), min(confidence, 0.7)
    office = position_without_name(position, institution)  # "Dekan X Universitas Y Budi, M.Kes, Z": a name run in
    if office != position:
        position, confidence = office, min(confidence, 0.75)
    return Party(role, institution, signatory, position, start, end, confidence)
