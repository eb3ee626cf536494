"""Agreements (KB, PKS, MOU, LOI, ADDENDUM): who signs, title block, opening, articles, signatures, truth."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from arsip.samplegen import articles, parties, terms, vocab
from arsip.samplegen.model import Draft, Record, clean, list_items
from arsip.samplegen.parties import Side
from arsip.samplegen.topics import SISTER_CITY, TOPICS
from arsip.samplegen.words import ORDINAL_ID, date_any, date_en, date_id, opening_en, opening_id

NAMES = {"KB": "Kesepakatan Bersama", "PKS": "Perjanjian Kerja Sama", "MOU": "Nota Kesepahaman",
         "LOI": "Letter of Intent"}
CODES = {"KB": "KB", "PKS": "PKS", "MOU": "NK", "LOI": "LOI", "ADDENDUM": "ADD"}
LAWS = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah "
    "terakhir dengan Undang-Undang Nomor 6 Tahun 2023",
    "Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah",
    "Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan Daerah Lain "
    "dan Kerja Sama Daerah dengan Pihak Ketiga",
    "Peraturan Presiden Nomor 12 Tahun 2021 tentang Perubahan atas Peraturan Presiden Nomor 16 Tahun 2018",
]
LAW_FOREIGN = ("Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan "
               "Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri")
STREETS = ["Jalan Ir. H. Juanda Nomor 10", "Jalan Pahlawan Nomor 1", "Jalan Merdeka Nomor 142",
           "Jalan Jenderal Sudirman Nomor 25", "Jalan Diponegoro Nomor 22", "Jalan Veteran Nomor 7",
           "Jalan Pemuda Nomor 148", "Jalan Ahmad Yani Nomor 3", "Jalan Gajah Mada Nomor 58"]


def workday(day: dt.date, rng: random.Random) -> dt.date:
    """Agreements are signed on working days, nearly always."""
    if day.weekday() >= 5 and rng.random() < 0.9:
        return day + dt.timedelta(days=7 - day.weekday())
    return day


def random_date(rng: random.Random) -> dt.date:
    return workday(dt.date(2016, 1, 4) + dt.timedelta(days=rng.randrange(0, 3450)), rng)


def _sides(rng, doc_type, variant, parent: Record | None, signed):
    """(sides in role order, index of the regional government, topic, title, partner kind word)."""
    if doc_type in ("PKS", "ADDENDUM") and parent is not None:
        region, topic = parent.region, parent.topic
        old = parent.sides
        region_index = next(i for i, side in enumerate(old) if side.region == region and side.kind == "region")
        if doc_type == "ADDENDUM":
            sides = [replace(side, signatory=parties.person(rng)) if rng.random() < 0.5 else side for side in old]
            return sides, region_index, topic, parent.title, parent.partner_kind
        if variant == "kuasa" and topic.key == "kesehatan":
            own = parties.puskesmas_side(rng, region, signed)
        else:
            own = parties.region_side(rng, region, signed, dinas=vocab.DINAS[topic.key])
            if variant == "kuasa" and not own.mandate:
                own = replace(own, mandate=f"berdasarkan Surat Kuasa {parties.head_title(region)} {region[1]} "
                                           f"Nomor {rng.randrange(100, 999)}/Kuasa-Huk tanggal "
                                           f"{date_id(signed - dt.timedelta(days=rng.randrange(2, 20)))}")
        partner = next(side for i, side in enumerate(old) if i != region_index)
        partner = replace(partner, signatory=parties.person(rng), mandate="")
        title = topic.pks_title or topic.title
        ordered = _order(rng, [own, partner])
        return ordered, ordered.index(own), topic, title, parent.partner_kind
    region = parties.pick_region(rng)
    if variant in ("sister", "foreign") or (doc_type == "LOI" and rng.random() < 0.5):
        topic, kind = SISTER_CITY, "foreign"
        title = topic.title if doc_type != "LOI" else "Penjajakan Kerja Sama Kota Bersaudara"
    elif variant in ("multi", "region"):
        topic = rng.choice([t for t in TOPICS if "region" in t.partners])
        kind, title = "region", topic.title
    elif variant == "kesehatan":
        topic = next(t for t in TOPICS if t.key == "kesehatan")
        kind, title = rng.choice(topic.partners), topic.title
    elif variant == "nota":
        topic = rng.choice([t for t in TOPICS if "ministry" in t.partners])
        kind, title = "ministry", topic.title
    else:
        topic = rng.choice(TOPICS)
        kind = rng.choice(topic.partners)
        title = topic.title if doc_type != "LOI" else f"Rencana Kerja Sama {topic.title}"
    if kind != "foreign" and region[0] == "Provinsi" and kind == "agency":
        region = rng.choice(vocab.REGIONS)
    own = parties.region_side(rng, region, signed)
    sides = [own, parties.partner_side(rng, kind, region, signed, topic.key)]
    if variant == "multi":
        for _ in range(rng.choice([1, 1, 2])):
            sides.append(parties.region_side(rng, parties.pick_region(rng, avoid=region), signed))
        return sides, 0, topic, title, "daerah_lain"
    if kind != "foreign" and rng.random() < 0.25:
        return sides[::-1], 1, topic, title, parties.partner_kind(kind)
    return sides, 0, topic, title, parties.partner_kind(kind)


def _order(rng, sides):
    return sides if rng.random() < 0.75 else sides[::-1]


def _numbers(rng, draft: Draft, sides: list[Side], doc_type: str, signed, roles,
             forced: str = "") -> tuple[list[str], list[str]]:
    """Number lines in one of several styles; returns (full numbers, partial numbers) as printed."""
    code = CODES[doc_type] if doc_type != "ADDENDUM" else rng.choice(["ADD", "PKS", "KB"])
    numbered = [side for side in sides if side.kind != "foreign"]
    style = rng.choices(["per_party", "single", "blank", "partial"], [50, 20, 15, 15])[0]
    if doc_type == "LOI" or len(numbered) == 1:
        style = "single"
    style = forced or style
    label = rng.choice(["NOMOR", "Nomor", "NOMOR"])
    full, partial = [], []
    for n, side in enumerate(numbered):
        if style == "single" and n > 0:
            break
        number = parties.number_for(rng, side, code, signed)
        who = f" {roles[sides.index(side)]}" if style == "per_party" and rng.random() < 0.3 else ""
        if style == "blank" and n == len(numbered) - 1:
            draft.add("center", f"{label}{who} : ......................................")
        elif style == "partial" and n == len(numbered) - 1:
            shown = "........../" + number.split("/", 1)[1] if "/" in number else "........"
            partial.append(shown)
            draft.add("center", f"{label}{who} : {shown}")
        else:
            full.append(number)
            draft.add("center", f"{label}{who} : {number}")
    return full, partial


def _title_block(rng, draft, heading, sides, title, doc_type, signed, roles, bilingual, parent_heading="",
                 number_style=""):
    draft.add("center", heading, bold=True, size=draft.size + 1)
    if parent_heading:
        draft.add("center", parent_heading.upper(), bold=True)
    draft.add("center", "ANTARA", bold=True)
    for n, side in enumerate(sides):
        if n == len(sides) - 1:  # middle parties of a multi-party title are simply stacked
            draft.add("center", rng.choice(["DENGAN", "DAN"]), bold=True)
        draft.add("center", side.institution.upper(), bold=True)
    upper = rng.random() < 0.8
    numbers_first = rng.random() < 0.6
    if numbers_first:
        numbers = _numbers(rng, draft, sides, doc_type, signed, roles, number_style)
    draft.add("center", "TENTANG", bold=True)
    draft.add("center", title.upper() if upper else title, bold=True)
    if not numbers_first:
        numbers = _numbers(rng, draft, sides, doc_type, signed, roles, number_style)
    if bilingual:
        draft.add("space", "0.5")
        draft.add("center", "MEMORANDUM OF UNDERSTANDING" if doc_type == "MOU" else "LETTER OF INTENT", bold=True)
        draft.add("center", "BETWEEN", bold=True)
        draft.add("center", " AND ".join((side.english or side.institution).upper() for side in sides), bold=True)
        draft.add("center", "ON SISTER CITY COOPERATION", bold=True)
    draft.add("rule")
    return numbers


def build(rng: random.Random, doc_id: str, doc_type: str, variant: str, parent: Record | None,
          number_style: str = "") -> tuple[Draft, Record]:
    """One agreement's content and truth; number_style forces a numbering style (per_party|single|blank|partial)."""
    if parent is not None and doc_type == "PKS":
        signed = parent.sign_date + dt.timedelta(days=rng.randrange(20, 400))
    elif parent is not None and doc_type == "ADDENDUM":
        signed = (parent.end_date or parent.sign_date + dt.timedelta(days=700)) - dt.timedelta(days=rng.randrange(20, 200))
        signed = max(signed, parent.sign_date + dt.timedelta(days=30))
    if parent is not None:
        signed = workday(signed, rng)
    else:
        signed = random_date(rng)
    sides, region_index, topic, title, kind = _sides(rng, doc_type, variant, parent, signed)
    bilingual = kind == "luar_negeri" and (variant == "sister" or rng.random() < 0.5)
    first = "KESATU" if rng.random() < 0.2 else "PERTAMA"
    roles = [f"PIHAK {first if n == 0 else ORDINAL_ID[n + 1]}" for n in range(len(sides))]
    draft = Draft(size=rng.choice([11.0, 11.5, 12.0, 12.0]))
    name = NAMES.get(doc_type, "Addendum")
    heading = {"KB": "KESEPAKATAN BERSAMA", "PKS": rng.choice(["PERJANJIAN KERJA SAMA", "PERJANJIAN KERJASAMA"]),
               "LOI": "LETTER OF INTENT", "ADDENDUM": rng.choice(["ADDENDUM PERTAMA", "ADENDUM I", "AMANDEMEN KESATU",
                                                                  "PERUBAHAN PERTAMA"])}.get(doc_type, "")
    if doc_type == "MOU":
        heading = {"sister": "MEMORANDUM SALING PENGERTIAN", "nota": "NOTA KESEPAKATAN"}.get(variant, "NOTA KESEPAHAMAN")
        name = heading.title()
    parent_heading = ""
    if doc_type == "ADDENDUM":
        parent_heading = ("ATAS " if heading.startswith("PERUBAHAN") else "") + parent.heading
        name = heading.title() + " " + parent.heading
    numbers, partial = _title_block(rng, draft, heading, sides, title, doc_type, signed, roles, bilingual,
                                    parent_heading, number_style)
    place = sides[region_index].place if rng.random() < 0.85 else sides[1 - region_index if len(sides) > 1 else 0].place
    in_opening = rng.random() < 0.65
    if in_opening:
        draft.add("para", f"Pada hari ini {opening_id(signed, rng)}, bertempat di {place}, yang bertanda tangan di "
                          "bawah ini:")
        if bilingual:
            draft.add("para", f"On this day, {opening_en(signed)}, in {place}, the undersigned:")
    else:
        draft.add("para", f"{name} ini dibuat dan ditandatangani di {place} oleh dan antara:")
    upper_names = rng.random() < 0.5
    for n, (side, role) in enumerate(zip(sides, roles)):
        who = side.signatory.upper() if upper_names else side.signatory
        mandate = f" {side.mandate}," if side.mandate else ""
        draft.add("item", f"{who} : {side.position},{mandate} dalam hal ini bertindak untuk dan atas nama "
                          f"{side.institution}, berkedudukan di {rng.choice(STREETS)}, {side.place}, selanjutnya "
                          f"disebut {role}.", label=f"{n + 1}.")
        if bilingual:
            draft.add("para", f"{side.position_en or side.position}, acting for and on behalf of "
                              f"{side.english or side.institution}, hereinafter referred to as the "
                              f"{['FIRST', 'SECOND', 'THIRD', 'FOURTH'][n]} PARTY.", level=1)
    together = "PARA PIHAK"
    draft.add("para", f"{' dan '.join(roles)} yang selanjutnya secara bersama-sama disebut {together}, terlebih "
                      "dahulu menerangkan hal-hal sebagai berikut:")
    reasons = [f"bahwa kerja sama daerah dilaksanakan berdasarkan {law}" for law in rng.sample(LAWS, rng.randrange(1, 3))]
    if kind == "luar_negeri":
        reasons.append(f"bahwa kerja sama dengan pihak luar negeri berpedoman pada {LAW_FOREIGN}")
    parent_number = None
    if parent is not None:
        cited = rng.choice(parent.numbers) if parent.numbers else None
        parent_number = cited
        ref = f" Nomor {cited}" if cited else ""
        reasons.append(f"bahwa PARA PIHAK telah menandatangani {parent.heading}{ref} tanggal "
                       f"{date_id(parent.sign_date)} tentang {parent.title}")
    field = title.lower() if title.lower().startswith("kerja sama") else f"kerja sama di bidang {title.lower()}"
    reasons.append(f"bahwa PARA PIHAK sepakat untuk melaksanakan {field} untuk kepentingan masyarakat")
    list_items(draft, reasons, rng, style="alpha")
    draft.add("para", f"Berdasarkan pertimbangan tersebut di atas, PARA PIHAK sepakat untuk mengadakan {name} "
                      "dengan ketentuan sebagai berikut:")
    arts = articles.Articles(draft, rng, bilingual)
    truth_scope, obligations, term = [], [], None
    if doc_type == "ADDENDUM":
        term = terms.extension(rng, parent.end_date or signed, f"{parent.heading} sebagaimana dimaksud")
        arts.start("PERUBAHAN JANGKA WAKTU")
        arts.para(f"Ketentuan mengenai jangka waktu dalam {parent.heading} diubah sehingga berbunyi sebagai "
                  f"berikut: {term.text}")
        arts.start("KETENTUAN LAIN")
        arts.para(f"Ketentuan lain dalam {parent.heading} yang tidak diubah dengan {heading.title()} ini "
                  "dinyatakan tetap berlaku dan mengikat PARA PIHAK.")
        articles.boilerplate(arts, heading.title(), len(sides), 0)
        draft.target_pages = rng.randrange(2, 5)
    else:
        long_lived = topic.key in ("air", "sampah") and doc_type == "KB"
        articles.purpose(arts, name, title, bilingual)
        count = rng.randrange(3, min(len(topic.scope), 8) + 1)
        items = rng.sample(list(topic.scope), count) if not bilingual else list(topic.scope[:count])
        truth_scope = articles.scope(arts, name, items, list(topic.scope_en[:count]) if bilingual else [])
        if doc_type != "LOI" and (doc_type == "PKS" or rng.random() < 0.75):
            obligations = articles.duties(arts, roles, region_index, topic, kind == "luar_negeri")
        if doc_type != "LOI" or rng.random() < 0.5:
            term = terms.choose(rng, doc_type, signed, name, long_lived, bilingual)
        articles.execution(arts, name, doc_type)
        if doc_type != "LOI":
            articles.funding(arts, name)
        if term is not None:
            articles.term(arts, term.text, term.text_en)
        low, high = {"KB": (3, 10), "PKS": (4, 15), "MOU": (3, 9), "LOI": (2, 3)}[doc_type]
        draft.target_pages = rng.randrange(low, high + 1)
        articles.boilerplate(arts, name, len(sides), rng.randrange(0, 6) if draft.target_pages > 4 else 0)
        if draft.target_pages > 6:
            articles.annex(draft, rng, signed.year, sides[region_index].institution)
    signatories = _signatures(rng, draft, sides, roles, place, signed, in_opening, bilingual, upper_names)
    draft.header = rng.choice(["", f"{heading.title()} {sides[0].institution} - {sides[-1].institution}",
                               f"{name} {title}"])[:110]
    draft.footer = rng.choice(["dash", "halaman", "number", "paraf" if len(sides) == 2 else "dash"])
    draft.truth = {
        "doc_type": doc_type, "numbers": numbers, "title": title,
        "parties": [{"role": role, "institution": side.institution, "signatory": signatory,
                     "position": side.position} for side, role, signatory in zip(sides, roles, signatories)],
        "sign_date": signed.isoformat(), "sign_place": place,
        "effective_date": term.effective.isoformat() if term else None,
        "duration": (term.duration or terms.implied_duration(term.effective, term.end)) if term else None,
        "end_date": term.end.isoformat() if term else None,
        "obligations": obligations, "scope": truth_scope, "parent_agreement": parent_number,
        "partner_kind": kind, "numbers_partial": partial, "language": "id+en" if bilingual else "id",
    }
    record = Record(doc_id, doc_type, heading.title() if doc_type != "ADDENDUM" else parent.heading, numbers,
                    title, sides, sides[region_index].region, topic, signed, term.end if term else None, kind)
    if doc_type == "ADDENDUM":
        record = replace(record, numbers=parent.numbers, sign_date=parent.sign_date)
    return draft, record


def _signatures(rng, draft, sides, roles, place, signed, in_opening, bilingual, upper_names) -> list[str]:
    """The signing line and the signature block; returns each signer's name as printed under the gap."""
    if not in_opening or rng.random() < 0.3:
        line = rng.choice([f"Ditandatangani di {place} pada tanggal {date_any(signed, rng)}",
                           f"{place}, {date_any(signed, rng)}",
                           f"Dibuat di : {place}   Pada tanggal : {date_any(signed, rng)}"])
        draft.add("space", "1")
        draft.add("para", line)
        if bilingual:
            draft.add("para", f"Signed in {place} on {date_en(signed, rng.random() < 0.5)}")
    draft.add("space", "1")
    columns, names = [], []
    for side, role in zip(sides, roles):
        shown = side.signatory.upper() if upper_names else side.signatory
        column = [f"{role},", f"{side.position.upper()}," if rng.random() < 0.6 else f"{side.position},", "", shown]
        if side.kind == "region" and not side.position.startswith(("Wali", "Bupati", "Gubernur")):
            if rng.random() < 0.5:
                column.append(rng.choice(vocab.RANKS))
            column.append(f"NIP. {rng.randrange(1965, 1985)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d} "
                          f"{rng.randrange(1990, 2010)}{rng.randrange(1, 13):02d} {rng.randrange(1, 3)} "
                          f"{rng.randrange(1, 20):03d}")
        columns.append(column)
        names.append(clean(shown))
    draft.add("sig", columns=columns)
    return names
