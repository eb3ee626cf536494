"""The forms the layout families write (families.py): number lines, openings, identity paragraphs, terms, signatures.

Every function writes blocks into the draft and returns the truth of what it wrote, as the document states it.
"""
from __future__ import annotations

import datetime as dt
import random

from arsip.samplegen import articles, parties, terms
from arsip.samplegen.agreement import STREETS
from arsip.samplegen.model import Draft, clean, list_items
from arsip.samplegen.words import (DAYS_ID, MONTHS_ID, ROMAN, date_en, date_id, date_numeric, duration_en, duration_id,
                                   en_ordinal, id_words, opening_en, opening_id)
from ingest.isodate import parse_duration

UNITS = ["ADMEN", "KTR", "PKS", "Bag.Hkm", "RSUD", "Dinkes", "Kerma", "HK.07"]
OWNERS = ["DESA SUKAMAJU", "DESA MEKARSARI", "RSUD", "PUSKESMAS CIBUNGBULANG", "BAPPEDA"]
EN_REGION = {"Kota": "City Government", "Kabupaten": "Regency Government", "Provinsi": "Provincial Government"}
ENGLISH_ORDINALS = ["FIRST", "SECOND", "THIRD", "FOURTH"]


def plain_number(rng: random.Random, side, code: str, signed: dt.date) -> str:
    return parties.number_for(rng, side, code, signed) or f"{rng.randrange(10, 999)}/{code}/{signed.year}"


def _blank_number(rng: random.Random, signed: dt.date) -> tuple[str, str]:
    """(as printed, as the truth holds it): a blank part is one space, a run of dots '…'."""
    prefix, unit = rng.choice(["445", "119", "180", "075", "000.7"]), rng.choice(UNITS)
    month, year, n = ROMAN[signed.month - 1], signed.year, rng.randrange(100, 1500)
    dots = rng.choice(["." * rng.randrange(4, 12), "…" * rng.randrange(2, 5)])
    form = rng.randrange(4)
    if form == 0:
        return f"{prefix}/{' ' * rng.randrange(4, 9)}/{unit}/{month}/{year}", f"{prefix}/ /{unit}/{month}/{year}"
    if form == 1:
        tail = f"{unit}/{month}-{str(year)[2:]}/{n}"
        return f"{dots}/{tail}", f"…/{tail}"
    if form == 2:
        return f"{prefix}/{dots}/{unit}/{year}", f"{prefix}/…/{unit}/{year}"
    return f"   /{unit}/{month}/{year}", f"/{unit}/{month}/{year}"


def number_lines(rng: random.Random, draft: Draft, s, style: str) -> tuple[list[str], list[str]]:
    """The number lines under the heading, one per numbered party; returns (full, partial) as the truth holds them."""
    numbered = [(side, role) for side, role in zip(s.sides, s.roles) if side.kind != "foreign"]
    code = {"KB": "KB", "PKS": "PKS", "MOU": "NK", "ADDENDUM": "ADD"}.get(s.doc_type, "KS")
    label = rng.choice(["NOMOR", "Nomor", "NOMOR"])
    full, partial = [], []
    blanks = {rng.randrange(len(numbered))} | ({n for n in range(len(numbered)) if rng.random() < 0.4})
    for n, (side, role) in enumerate(numbered):
        who = f" {role}" if style != "forms" and (style == "blank" or rng.random() < 0.3) else ""
        if style == "blank" and n in blanks:
            printed, truth = _blank_number(rng, s.signed)
            draft.add("center", f"{label}{who} : {printed}")
            partial.append(truth)
            continue
        number = plain_number(rng, side, code, s.signed)
        if style == "forms":
            form = rng.randrange(4) if n == 0 else rng.randrange(1, 4)
            if form == 0:  # a regulation-style number, the line's whole value
                number = f"{rng.randrange(1, 40)} TAHUN {s.signed.year}"
            elif form == 1:  # the owner in parentheses is not part of the number
                draft.add("center", f"{label} : {number}{rng.choice(['', ' '])}({rng.choice(OWNERS)})")
                full.append(number)
                continue
            elif form == 2 and "/" in number:  # broken over two lines after a slash
                head, _, year = number.rpartition("/")
                draft.add("center", f"{label} : {head}/")
                draft.add("center", year)
                full.append(number)
                continue
            else:  # a letter prefix whose hyphen is followed by a space
                number = f"PRJ- {rng.randrange(10, 400)}/{rng.choice(['PB', 'HK', 'KS'])}/{s.signed.year}"
        draft.add("center", f"{label}{who} : {number}")
        full.append(number)
    return full, partial


def opening_date(day: dt.date, rng: random.Random) -> str:
    """The opening's date in words, digits or both (the digits beside the words in parentheses)."""
    weekday, month = DAYS_ID[day.weekday()], MONTHS_ID[day.month - 1]
    pick = rng.randrange(7)
    if pick < 4:
        return opening_id(day, rng)
    if pick == 4:
        return f"{weekday} tanggal {date_numeric(day, rng)}"
    if pick == 5:
        return f"{weekday} tanggal {day.day} bulan {day.month:02d} tahun {day.year}"
    return (f"{weekday} tanggal {id_words(day.day)} ({day.day}) bulan {month} tahun {id_words(day.year)} "
            f"({day.year})")


def closing_date(day: dt.date, rng: random.Random) -> str:
    """A closing's date: long, numeric, in words only, or both."""
    month = MONTHS_ID[day.month - 1]
    return rng.choice([date_id(day), date_numeric(day, rng), f"{id_words(day.day)} {month} {id_words(day.year)}",
                       f"{date_id(day)} ({id_words(day.day)} {month} {id_words(day.year)})"])


def opening(rng: random.Random, draft: Draft, s, dated: bool, bilingual: bool = False) -> None:
    """The opening sentence: with the date and place, or (dated False) without them or with blanks."""
    if dated:
        draft.add("para", f"Pada hari ini {opening_date(s.signed, rng)}, bertempat di {s.place}, yang bertanda "
                          "tangan di bawah ini:")
        if bilingual:
            draft.add("para", f"On this day, {opening_en(s.signed)}, in {s.place}, the undersigned:")
    elif rng.random() < 0.5:
        draft.add("para", f"{s.name} ini dibuat oleh dan antara:")
    else:
        draft.add("para", "Pada hari ini .......... tanggal .......... bulan .......... tahun .........., bertempat "
                          "di .........., yang bertanda tangan di bawah ini:")


def _beside(side) -> tuple[str, str]:
    """(Indonesian, English) region or country printed beside a party's name."""
    if side.kind == "foreign":
        return side.institution.split(", ", 1)[1], side.english.split(", ", 1)[1]
    return (f"Provinsi {side.region[2]}, Republik Indonesia" if side.region[0] != "Provinsi" else "Republik Indonesia",
            f"{side.region[2]} Province, Republic of Indonesia" if side.region[0] != "Provinsi"
            else "Republic of Indonesia")


def _english_name(side) -> str:
    if side.kind == "foreign":
        return side.english.split(", ", 1)[0]
    return f"{side.region[1]} {EN_REGION[side.region[0]]}"


def identities(rng: random.Random, draft: Draft, s, form: str) -> tuple[list[dict], dict]:
    """The parties' identity paragraphs in one form; returns the parties' truth and accepted alternatives."""
    upper = rng.random() < 0.5
    truth, also, rows = [], {}, []
    for n, (side, role) in enumerate(zip(s.sides, s.roles)):
        who = side.signatory.upper() if upper else side.signatory
        institution = side.institution.split(", ", 1)[0] if side.kind == "foreign" else side.institution
        acting = institution
        if form == "bilingual":
            acting = f"{institution}, {_beside(side)[0]}"
            also[f"institution:{role}"] = [acting]
        seat = f"berkedudukan di {rng.choice(STREETS)}, {side.place}"
        tail = f"dalam hal ini bertindak untuk dan atas nama {acting}, {seat}, selanjutnya disebut {role}."
        if form == "nama":
            draft.add("item", f"Nama : {who}", label=f"{n + 1}.")
            draft.add("para", f"Jabatan : {side.position}", level=1)
            draft.add("para", f"Alamat : {rng.choice(STREETS)}, {side.place}", level=1)
            draft.add("para", f"dalam hal ini bertindak untuk dan atas nama {acting}, selanjutnya disebut {role}.",
                      level=1)
        elif form == "roman":
            draft.add("item", f"{who} : {side.position}, {tail}", label=f"{ROMAN[n]}.")
        elif form == "selaku":
            if rng.random() < 0.5:
                text = f"{who}, selaku {side.position}, {tail}"
            else:
                text = (f"{acting}, {seat}, dalam hal ini diwakili oleh {who} selaku {side.position}, "
                        f"selanjutnya disebut {role}.")
            draft.add("item", text, label=f"{n + 1}.")
        elif form == "table":
            rows.append([f"{n + 1}. {who}", f": {side.position}, {tail}"])
        else:
            draft.add("item", f"{who} : {side.position}, {tail}", label=f"{n + 1}.")
            if form == "bilingual":
                draft.add("para", f"{side.position_en or side.position}, acting for and on behalf of "
                                  f"{_english_name(side)}, {_beside(side)[1]}, hereinafter referred to as the "
                                  f"{ENGLISH_ORDINALS[n]} PARTY.", level=1)
        truth.append({"role": role, "institution": institution, "signatory": clean(who), "position": side.position})
    if rows:
        draft.add("table", columns=rows, label=rng.choice(["0.3", "0.34"]))
    return truth, also


def range_term(rng: random.Random, s) -> tuple[terms.Term, str]:
    """A term written as a date range (its truth holds the range's duration), or open-ended."""
    if rng.random() < 0.3:
        text = (f"{s.name} ini berlaku sejak tanggal ditandatangani sampai dengan diakhiri atas kesepakatan "
                "PARA PIHAK.")
        return terms.Term(s.signed, None, None, text), text
    start = rng.choice([s.signed, dt.date(s.signed.year + 1, 1, 1)])
    years = rng.choice([1, 2, 3, 5])
    end = rng.choice([terms.end_of(start, years, 0, 0), dt.date(start.year + years, 12, 31)])
    if rng.random() < 0.7:
        text = (f"{s.name} ini berlaku terhitung mulai tanggal {date_id(start)} sampai dengan tanggal "
                f"{date_id(end)}.")
    else:
        text = f"Masa berlaku {s.name} ini: {date_id(start)} – {date_id(end)}."
    return terms.Term(start, None, end, text), text


def duration_words(term: terms.Term, rng: random.Random) -> str:
    """A quoted term's length in words ("3 (tiga) tahun")."""
    duration = parse_duration(term.duration or terms.implied_duration(term.effective, term.end))
    return duration_id(duration.years, duration.months, duration.days, rng, False)


def signatures(rng: random.Random, draft: Draft, s, party_truth: list[dict], closing: bool, style: str) -> None:
    """The signing line (always when the opening has no date) and the signature block."""
    if closing or rng.random() < 0.3:
        when = closing_date(s.signed, rng)
        draft.add("space", "1")
        draft.add("para", rng.choice([f"Ditandatangani di {s.place} pada tanggal {when}", f"{s.place}, {when}",
                                      f"Dibuat di : {s.place}   Pada tanggal : {when}"]))
    draft.add("space", "1")
    columns = []
    for side, party in zip(s.sides, party_truth):
        name = party["signatory"]
        if style == "bilingual":
            columns.append([f"UNTUK {party['institution'].upper()} / FOR THE {_english_name(side).upper()},", "",
                            name, f"{side.position} / {side.position_en or side.position}"])
        elif style == "name_above":
            columns.append([f"{party['role']},", "", name, side.position])
        else:
            columns.append([f"{party['role']},", f"{side.position.upper()},", "", name])
    draft.add("sig", columns=columns)


def english_agreement(rng: random.Random, draft: Draft, s) -> tuple[list[str], str, list[dict], terms.Term | None,
                                                                   list[str], dict]:
    """An English sister-city MoU or LoI: country and province beside the parties, FOR THE … / Signed blocks.
    Returns (numbers, title, parties, term, scope, accepted alternatives) as the truth holds them."""
    kind = "MEMORANDUM OF UNDERSTANDING" if s.doc_type == "MOU" else "LETTER OF INTENT"
    title = "Sister City Cooperation" if s.doc_type == "MOU" else "Establishment of Sister City Relationship"
    names = [_english_name(side) for side in s.sides]
    draft.add("center", kind, bold=True, size=draft.size + 1)
    draft.add("center", "BETWEEN", bold=True)
    for n, side in enumerate(s.sides):
        if n:
            draft.add("center", "AND", bold=True)
        draft.add("center", f"THE {names[n].upper()}", bold=True)
        draft.add("center", _beside(side)[1].upper(), bold=True)
    draft.add("center", f"ON {title.upper()}", bold=True)
    full: list[str] = []
    if rng.random() < 0.5:
        full.append(plain_number(rng, s.sides[0], "KS", s.signed))
        draft.add("center", f"No. {full[0]}")
    draft.add("rule")
    dated = rng.random() < 0.6
    if dated:
        day = rng.choice([opening_en(s.signed), f"the {en_ordinal(s.signed.day)} day of "
                                                f"{date_en(s.signed).split(' ', 1)[1]}"])
        draft.add("para", f"This {kind.title()} is made on {day} in {s.place} by and between:")
    else:
        draft.add("para", f"This {kind.title()} is made by and between:")
    truth, also = [], {}
    upper = rng.random() < 0.5
    for n, (side, role) in enumerate(zip(s.sides, s.roles)):
        who = side.signatory.upper() if upper else side.signatory
        beside = _beside(side)[1]
        draft.add("item", f"the {names[n]}, {beside}, represented by {who}, {side.position_en}, hereinafter referred "
                          f"to as the {ENGLISH_ORDINALS[n]} PARTY;", label=f"{n + 1}.")
        truth.append({"role": role, "institution": names[n], "signatory": clean(who), "position": side.position_en})
        also[f"institution:{role}"] = [f"{names[n]}, {beside}", f"the {names[n]}", f"the {names[n]}, {beside}"]
    draft.add("para", "The FIRST PARTY and the SECOND PARTY, hereinafter jointly referred to as the Parties, have "
                      "agreed as follows:")
    arts = articles.Articles(draft, rng, False)
    arts.word = "Article"
    arts.start("SCOPE")
    arts.para("The Parties agree to cooperate in the following fields:")
    items = list(s.topic.scope_en[:rng.randrange(3, 6)])
    list_items(draft, items, rng, conj="and")
    term = None
    if s.doc_type == "MOU" or rng.random() < 0.5:
        years = rng.choice([2, 3, 5])
        term = terms.Term(s.signed, f"P{years}Y", terms.end_of(s.signed, years, 0, 0), "")
        arts.start("DURATION")
        arts.para(f"This {kind.title()} shall come into effect on the date of its signing and shall remain valid for "
                  f"a period of {duration_en(years, 0, 0)}, and may be extended by mutual consent of the Parties.")
    arts.start("SETTLEMENT OF DISPUTES")
    arts.para("Any dispute arising from this document shall be settled amicably through consultation.")
    draft.add("space", "1")
    if not dated or rng.random() < 0.5:
        draft.add("para", f"Done in duplicate in {s.place} on {date_en(s.signed, rng.random() < 0.5)}, in the English "
                          "language, both texts being equally authentic.")
    else:
        draft.add("para", "Done in duplicate in the English language, both texts being equally authentic.")
    draft.add("space", "1")
    draft.add("sig", columns=[[f"FOR THE {names[n].upper()},", "", "Signed", party["signatory"], side.position_en]
                              for n, (side, party) in enumerate(zip(s.sides, truth))])
    return full, title, truth, term, [clean(i) for i in items], also

