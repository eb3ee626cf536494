"""Layout families seen in published agreements (issue 18): each document shows one family's form, truth exact.

`arsip samples generate --families all` cycles through FAMILIES; `make eval` scores the set as its own table, so
the shipped sample archive (agreement.py) stays as it is. The forms themselves (numbers, identity paragraphs,
signature blocks, dates, terms) are in forms.py.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from arsip.samplegen import articles, forms, parties, terms, vocab
from arsip.samplegen.agreement import LAWS, random_date, workday
from arsip.samplegen.model import Draft, clean, list_items
from arsip.samplegen.parties import Side
from arsip.samplegen.topics import SISTER_CITY, TOPICS
from arsip.samplegen.words import ORDINAL_ID, date_id

# family -> what it varies (the rest of the document keeps the common form)
FAMILIES = {
    "nomor-kosong": "a number line per party, one or both partly blank ('445/    /ADMEN/V/2019', '……../KTR/XI-08/1221')",
    "nomor-bentuk": "'NOMOR : 25 TAHUN 2016', a number broken over two lines, an owner in parentheses, 'PRJ- 181'",
    "identitas-nama": "identity as 'Nama : X / Jabatan : Y / Alamat : Z'",
    "identitas-romawi": "identity as 'I. X : jabatan, dalam hal ini bertindak untuk dan atas nama …'",
    "identitas-selaku": "identity as 'X, selaku Y, …' or 'INSTANSI, … diwakili oleh X selaku Y'",
    "identitas-tabel": "identity as a two-column table whose names wrap beside the office",
    "sister-en": "English sister-city MoU or LoI, country beside the parties, 'FOR THE … / Signed / NAME / Mayor'",
    "dwibahasa": "bilingual sister-city MoU, country and province beside the parties, bilingual signature blocks",
    "multi-pihak": "three or four parties (PIHAK KETIGA, PIHAK KEEMPAT)",
    "tanggal-penutup": "no date in the opening (or a blank one): the date only in the closing, in words, digits or both",
    "jangka-rentang": "the term as a date range, or open-ended",
    "laporan-kutipan": "evaluation reports and berita acara quoting other agreements' dates and terms",
    "adendum-jangka": "an addendum that changes only the term",
    "tanpa-tentang": "no TENTANG line: the subject stands in the heading before ANTARA",
}
TYPES = {"KB": "Kesepakatan Bersama", "PKS": "Perjanjian Kerja Sama", "MOU": "Nota Kesepahaman"}


@dataclass
class Setup:
    """The facts of one generated agreement before it is written out."""
    doc_type: str
    name: str  # "Perjanjian Kerja Sama", as the body calls itself
    heading: str
    title: str
    sides: list[Side]
    roles: list[str]
    signed: dt.date
    place: str
    topic: object


def _setup(rng: random.Random, doc_type: str, count: int = 2, foreign: bool = False) -> Setup:
    region = parties.pick_region(rng)
    signed = random_date(rng)
    if foreign:
        topic = SISTER_CITY
        sides = [parties.region_side(rng, region, signed), parties.partner_side(rng, "foreign", region, signed)]
    else:
        topic = rng.choice([t for t in TOPICS if count == 2 or "region" in t.partners])
        kind = "region" if count > 2 else rng.choice(topic.partners)
        if kind == "agency" and region[0] == "Provinsi":
            region = rng.choice(vocab.REGIONS)
        sides = [parties.region_side(rng, region, signed), parties.partner_side(rng, kind, region, signed, topic.key)]
        taken = {region[:2]}
        while len(sides) < count:  # further regions, then a university or a company
            if len(sides) == 2:
                other = parties.pick_region(rng, avoid=region)
                if other[:2] in taken:
                    continue
                taken.add(other[:2])
                sides.append(parties.region_side(rng, other, signed))
            else:
                sides.append(parties.partner_side(rng, rng.choice(["university", "company"]), region, signed))
    sides = [replace(side, mandate="") for side in sides]
    first = "KESATU" if rng.random() < 0.2 else "PERTAMA"
    roles = [f"PIHAK {first if n == 0 else ORDINAL_ID[n + 1]}" for n in range(len(sides))]
    heading = {"KB": "KESEPAKATAN BERSAMA", "PKS": rng.choice(["PERJANJIAN KERJA SAMA", "PERJANJIAN KERJASAMA"]),
               "MOU": "NOTA KESEPAHAMAN", "LOI": "LETTER OF INTENT"}[doc_type]
    title = topic.pks_title or topic.title if doc_type == "PKS" else topic.title
    name = TYPES.get(doc_type, "Letter of Intent")
    return Setup(doc_type, name, heading, title, sides, roles, signed, sides[0].place, topic)


def _title_block(draft: Draft, s: Setup, numbers_style: str, rng: random.Random, tentang: bool = True):
    """Heading, parties, numbers and TENTANG; returns (numbers, partial numbers) as the truth holds them."""
    if tentang:
        draft.add("center", s.heading, bold=True, size=draft.size + 1)
    else:  # the subject in the heading: on the kind's line or on the next
        if rng.random() < 0.5:
            draft.add("center", f"{s.heading} {s.title.upper()}", bold=True, size=draft.size + 1)
        else:
            draft.add("center", s.heading, bold=True, size=draft.size + 1)
            draft.add("center", s.title.upper(), bold=True)
    draft.add("center", "ANTARA", bold=True)
    for n, side in enumerate(s.sides):
        if n == len(s.sides) - 1:
            draft.add("center", rng.choice(["DENGAN", "DAN"]), bold=True)
        draft.add("center", side.institution.upper(), bold=True)
    numbers = forms.number_lines(rng, draft, s, numbers_style)
    if tentang:
        draft.add("center", "TENTANG", bold=True)
        draft.add("center", s.title.upper(), bold=True)
    if s.sides[-1].kind == "foreign":  # the English heading of a bilingual memorandum
        draft.add("center", "MEMORANDUM OF UNDERSTANDING", bold=True)
        draft.add("center", "BETWEEN", bold=True)
        draft.add("center", " AND ".join(side.english.upper() for side in s.sides), bold=True)
        draft.add("center", "ON SISTER CITY COOPERATION", bold=True)
    draft.add("rule")
    return numbers


def _body(draft: Draft, s: Setup, rng: random.Random, term: terms.Term | None, term_text: str = "") -> list[str]:
    """Recitals, scope, term and closing articles; returns the scope's truth."""
    reasons = [f"bahwa kerja sama daerah dilaksanakan berdasarkan {law}" for law in rng.sample(LAWS, 1)]
    reasons.append(f"bahwa PARA PIHAK sepakat untuk melaksanakan kerja sama di bidang {s.title.lower()}")
    draft.add("para", f"{' dan '.join(s.roles)} yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih "
                      "dahulu menerangkan hal-hal sebagai berikut:")
    list_items(draft, reasons, rng, style="alpha")
    draft.add("para", f"Berdasarkan pertimbangan tersebut di atas, PARA PIHAK sepakat untuk mengadakan {s.name} "
                      "dengan ketentuan sebagai berikut:")
    arts = articles.Articles(draft, rng, False)
    articles.purpose(arts, s.name, s.title, False)
    count = rng.randrange(3, min(len(s.topic.scope), 6) + 1)
    scope = articles.scope(arts, s.name, rng.sample(list(s.topic.scope), count), [])
    if term is not None or term_text:
        articles.term(arts, term_text or term.text, "")
    articles.boilerplate(arts, s.name, len(s.sides), 0)
    return scope


def _truth(s: Setup, numbers, title, parties_truth, term, scope, sign_date, sign_place, parent=None,
           also=None, language="id") -> dict:
    full, partial = numbers
    truth = {
        "doc_type": s.doc_type, "numbers": full, "title": clean(title), "parties": parties_truth,
        "sign_date": sign_date.isoformat() if sign_date else None, "sign_place": sign_place,
        "effective_date": term.effective.isoformat() if term else None,
        "duration": (term.duration or terms.implied_duration(term.effective, term.end)) if term and term.end else None,
        "end_date": term.end.isoformat() if term and term.end else None, "obligations": [], "scope": scope,
        "parent_agreement": parent, "partner_kind": _partner_kind(s), "numbers_partial": partial,
        "language": language,
    }
    if also:
        truth["also"] = also
    return truth


def _partner_kind(s: Setup) -> str:
    if len(s.sides) > 2:
        return "daerah_lain"
    return parties.partner_kind(s.sides[1].kind)


def agreement(rng: random.Random, family: str) -> Draft:
    """One agreement of the family (every family but laporan-kutipan and adendum-jangka)."""
    draft = Draft(size=rng.choice([11.0, 11.5, 12.0]), target_pages=2)
    doc_type = {"sister-en": rng.choice(["MOU", "LOI"]), "dwibahasa": "MOU"}.get(
        family, rng.choice(["KB", "PKS", "PKS", "MOU"]))
    count = rng.choice([3, 4]) if family == "multi-pihak" else 2
    s = _setup(rng, doc_type, count, foreign=family in ("sister-en", "dwibahasa"))
    if family == "sister-en":
        numbers, title, party_truth, term, scope, also = forms.english_agreement(rng, draft, s)
        draft.truth = _truth(s, (numbers, []), title, party_truth, term, scope, s.signed, s.place, also=also,
                             language="en")
        draft.footer = "number"
        return draft
    number_style = {"nomor-kosong": "blank", "nomor-bentuk": "forms"}.get(family, "per_party")
    numbers = _title_block(draft, s, number_style, rng, tentang=family != "tanpa-tentang")
    dated_opening = family != "tanggal-penutup"
    forms.opening(rng, draft, s, dated_opening, bilingual=family == "dwibahasa")
    identity = {"identitas-nama": "nama", "identitas-romawi": "roman", "identitas-selaku": "selaku",
                "identitas-tabel": "table", "dwibahasa": "bilingual"}.get(family, "default")
    party_truth, also = forms.identities(rng, draft, s, identity)
    term, term_text = None, ""
    if family == "jangka-rentang":
        term, term_text = forms.range_term(rng, s)
    elif rng.random() < 0.7:
        term = terms.choose(rng, doc_type, s.signed, s.name)
    scope = _body(draft, s, rng, term, term_text)
    forms.signatures(rng, draft, s, party_truth, closing=not dated_opening,
                     style="bilingual" if family == "dwibahasa" else rng.choice(["default", "name_above"]))
    return _finish(draft, _truth(s, numbers, s.title, party_truth, term, scope, s.signed, s.place, also=also,
                                 language="id+en" if family == "dwibahasa" else "id"))


def _finish(draft: Draft, truth: dict) -> Draft:
    draft.truth = truth
    draft.footer = "dash"
    return draft


def report(rng: random.Random) -> Draft:
    """An evaluation report or berita acara about an agreement, quoting its dates and term and another's end."""
    draft = Draft(size=rng.choice([11.0, 12.0]), target_pages=2)
    s = _setup(rng, "PKS")
    quoted = terms.choose(rng, "PKS", s.signed, s.name)
    number = forms.plain_number(rng, s.sides[0], "PKS", s.signed)
    day = workday(max(quoted.effective + dt.timedelta(days=rng.randrange(200, 500)), s.signed), rng)
    ref = (f"{s.name} antara {s.sides[0].institution} dan {s.sides[1].institution} Nomor {number} tanggal "
           f"{date_id(s.signed)}")
    term_words = (f"berlaku terhitung mulai tanggal {date_id(quoted.effective)} sampai dengan tanggal "
                  f"{date_id(quoted.end)}")
    older = s.signed - dt.timedelta(days=rng.randrange(400, 1500))
    background = (f"Kerja sama ini melanjutkan Kesepakatan Bersama yang ditandatangani pada tanggal {date_id(older)} "
                  f"dan berakhir pada tanggal {date_id(older + dt.timedelta(days=rng.randrange(300, 1000)))}.")
    numbers: tuple[list[str], list[str]] = ([], [])
    if rng.random() < 0.5:
        title = f"Laporan Evaluasi Pelaksanaan {s.name} tentang {s.title} Tahun {day.year}"
        for line in ("LAPORAN EVALUASI", f"PELAKSANAAN {s.name.upper()}", f"TENTANG {s.title.upper()}",
                     f"TAHUN {day.year}"):
            draft.add("center", line, bold=True)
        draft.add("rule")
        draft.add("para", "BAB I PENDAHULUAN", bold=True)
        draft.add("para", f"{ref} {term_words}, untuk jangka waktu {forms.duration_words(quoted, rng)}. "
                          f"{background}")
        draft.add("para", "BAB II HASIL EVALUASI", bold=True)
        draft.add("para", f"Dari {rng.randrange(6, 12)} kegiatan yang direncanakan, {rng.randrange(3, 6)} kegiatan "
                          "telah terlaksana. Kerja sama direkomendasikan untuk diperpanjang sebelum berakhir.")
        signer_date = True
    else:
        title = f"Berita Acara Rapat Evaluasi Pelaksanaan {s.name} tentang {s.title}"
        draft.add("center", "BERITA ACARA", bold=True)
        draft.add("center", f"RAPAT EVALUASI PELAKSANAAN {s.name.upper()}", bold=True)
        draft.add("center", f"TENTANG {s.title.upper()}", bold=True)
        ba_number = f"{rng.choice(['005', '000.7', '180'])}/{rng.randrange(10, 999)}/BA-Kerma/{day.year}"
        draft.add("center", f"Nomor : {ba_number}")
        numbers = ([ba_number], [])
        draft.add("rule")
        draft.add("para", f"Pada hari ini {forms.opening_date(day, rng)}, bertempat di {s.place}, telah "
                          f"dilaksanakan rapat evaluasi pelaksanaan {ref} yang {term_words}. {background} "
                          "Rapat menyepakati hal-hal sebagai berikut:")
        list_items(draft, ["kegiatan yang belum terlaksana dijadwalkan kembali pada triwulan berikutnya",
                           "PARA PIHAK menyusun usulan perpanjangan kerja sama"], rng)
        draft.add("para", "Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya.")
        signer_date = False
    signer = parties.person(rng)
    column = [f"KEPALA BAGIAN KERJA SAMA SETDA {parties.region_name(s.sides[0].region).upper()},", "", signer]
    if signer_date:
        column.insert(0, f"{s.place}, {date_id(day)}")
    draft.add("space", "1")
    draft.add("sig", columns=[column])
    s = replace(s, doc_type="OTHER")
    return _finish(draft, _truth(s, numbers, title, [], None, [], day, s.place, parent=number))


def addendum(rng: random.Random) -> Draft:
    """An addendum whose only change is the term; the old agreement's dates are quoted in the recitals."""
    draft = Draft(size=rng.choice([11.0, 12.0]), target_pages=2)
    s = _setup(rng, "PKS")
    old_number = forms.plain_number(rng, s.sides[0], "PKS", s.signed)
    old = terms.choose(rng, "PKS", s.signed, s.name)
    s.signed = workday(max(old.end - dt.timedelta(days=rng.randrange(20, 120)), s.signed + dt.timedelta(days=30)), rng)
    heading = rng.choice(["ADENDUM PERTAMA", "ADDENDUM I", "ADENDUM KESATU"])
    s = replace(s, doc_type="ADDENDUM", heading=f"{heading}\n{s.heading}")
    draft.add("center", heading, bold=True, size=draft.size + 1)
    draft.add("center", s.heading.split("\n")[1], bold=True)
    draft.add("center", f"NOMOR {old_number}", bold=True)
    draft.add("center", "ANTARA", bold=True)
    draft.add("center", s.sides[0].institution.upper(), bold=True)
    draft.add("center", "DENGAN", bold=True)
    draft.add("center", s.sides[1].institution.upper(), bold=True)
    draft.add("center", "TENTANG", bold=True)
    draft.add("center", s.title.upper(), bold=True)
    numbers = forms.number_lines(rng, draft, s, "per_party")
    draft.add("rule")
    forms.opening(rng, draft, s, True)
    party_truth, _ = forms.identities(rng, draft, s, "default")
    draft.add("para", "PARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:")
    list_items(draft, [f"bahwa PARA PIHAK telah menandatangani {s.name} Nomor {old_number} tanggal "
                       f"{date_id(old.effective)} tentang {s.title} yang berlaku sampai dengan tanggal "
                       f"{date_id(old.end)}", "bahwa PARA PIHAK sepakat untuk memperpanjang jangka waktu kerja sama"],
               rng, style="alpha")
    new = terms.extension(rng, old.end, f"{s.name} Nomor {old_number}")
    arts = articles.Articles(draft, rng, False)
    arts.start("PERUBAHAN JANGKA WAKTU")
    arts.para(f"Ketentuan mengenai jangka waktu dalam {s.name} diubah sehingga berbunyi sebagai berikut: {new.text}")
    arts.start("KETENTUAN LAIN")
    arts.para(f"Ketentuan lain dalam {s.name} yang tidak diubah dengan Adendum ini dinyatakan tetap berlaku.")
    forms.signatures(rng, draft, s, party_truth, closing=False, style="default")
    return _finish(draft, _truth(s, numbers, s.title, party_truth, new, [], s.signed, s.place, parent=old_number))


def build(rng: random.Random, family: str) -> Draft:
    """One document of the named family."""
    if family not in FAMILIES:
        raise ValueError(f"unknown layout family {family!r} (known: {', '.join(FAMILIES)})")
    if family == "laporan-kutipan":
        return report(rng)
    if family == "adendum-jangka":
        return addendum(rng)
    return agreement(rng, family)
