"""The sides of an agreement: who they are, who signs for them, and how they number their copy."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from arsip.samplegen import vocab
from arsip.samplegen.words import ROMAN, date_id


@dataclass(frozen=True)
class Side:
    """One party before it gets a role: institution, signer and how it numbers documents."""
    institution: str
    signatory: str
    position: str
    place: str  # seat, for the address and the signing place
    code: str  # short code used in its document numbers
    kind: str  # region | university | company | agency | ministry | foreign
    english: str = ""  # English name (foreign partners and bilingual documents)
    position_en: str = ""
    region: tuple | None = None  # the vocab.REGIONS row when kind == region
    mandate: str = ""  # the appointment decree or power of attorney it signs under (a distractor date)
    extra: dict = field(default_factory=dict)


def person(rng: random.Random, formal: bool = True) -> str:
    """A signer's name, with or without titles and degrees."""
    female = rng.random() < 0.3
    first = rng.choice(vocab.FEMALE_FIRST if female else vocab.MALE_FIRST)
    name = first if rng.random() < 0.12 else f"{first} {rng.choice(vocab.LAST)}"
    if rng.random() < 0.3:
        name = f"{name} {rng.choice(vocab.LAST)}"
    if not formal:
        return name
    prefix = rng.choice(vocab.PREFIX_TITLES)
    if female:
        prefix = prefix.replace("H.", "Hj.").replace("Hjj.", "Hj.").replace("Drs.", "Dra.")
    else:
        prefix = prefix.replace("Hj.", "H.").replace("Dra.", "Drs.")
    degree = rng.choice(vocab.DEGREES)
    if prefix:
        name = f"{prefix} {name}"
    if degree:
        name = f"{name}, {degree}"
    return name


def region_name(region: tuple) -> str:
    kind, name = region[0], region[1]
    return f"{kind} {name}"


def head_title(region: tuple) -> str:
    kind = region[0]
    return {"Kota": "Wali Kota", "Kabupaten": "Bupati", "Provinsi": "Gubernur"}[kind]


def pick_region(rng: random.Random, avoid: tuple | None = None) -> tuple:
    """A kota/kabupaten row, or now and then a province (kind 'Provinsi')."""
    while True:
        if rng.random() < 0.12:
            province, capital = rng.choice(vocab.PROVINCES)
            region = ("Provinsi", province, province, capital)
        else:
            region = rng.choice(vocab.REGIONS)
        if avoid is None or region[:2] != avoid[:2]:
            return region


def appointment(rng: random.Random, title: str, signed: dt.date) -> str:
    """The decree appointing a regional head, dated years before: a date that is not the signing date."""
    when = signed - dt.timedelta(days=rng.randrange(200, 1500))
    number = f"{rng.choice(['131.32', '131.33', '131.35', '132.32'])}-{rng.randrange(100, 9999)} Tahun {when.year}"
    return (f"berdasarkan Keputusan Menteri Dalam Negeri Nomor {number} tanggal {date_id(when)} "
            f"tentang Pengesahan Pengangkatan {title}")


def region_side(rng: random.Random, region: tuple, signed: dt.date, dinas: str = "") -> Side:
    """A regional government, signed by its head or (dinas given) by the head of a perangkat daerah."""
    place, name = region[3], region_name(region)
    if region[0] == "Provinsi":
        name = f"Provinsi {region[1]}"
    head = f"{head_title(region)} {region[1]}"
    code = rng.choice(["KB", "PKS", "Kerjasama", "HK", "Pem"])
    if not dinas:
        mandate = appointment(rng, head, signed) if rng.random() < 0.5 else ""
        english = {"Kota": "City", "Kabupaten": "Regency", "Provinsi": "Provincial"}[region[0]]
        english = f"{region[1]} {english} Government" if region[0] != "Provinsi" else f"{region[1]} Provincial Government"
        return Side(f"Pemerintah {name}", person(rng), head, place, code, "region", english,
                    f"{'Mayor' if region[0] == 'Kota' else 'Regent' if region[0] == 'Kabupaten' else 'Governor'} "
                    f"of {region[1]}", region, mandate)
    position = f"Kepala {dinas} {name}"
    institution = rng.choice([f"Pemerintah {name}", f"{dinas} {name}"])
    mandate = ""
    if rng.random() < 0.5:
        when = signed - dt.timedelta(days=rng.randrange(3, 40))
        mandate = (f"berdasarkan Surat Kuasa {head} Nomor {rng.randrange(100, 999)}/{rng.randrange(10, 999)}-Huk "
                   f"tanggal {date_id(when)}")
    return Side(institution, person(rng), position, place, code, "region", region=region, mandate=mandate)


def puskesmas_side(rng: random.Random, region: tuple, signed: dt.date) -> Side:
    """A Kepala Puskesmas signing under a power of attorney from the Kepala Dinas Kesehatan."""
    name = rng.choice(vocab.PUSKESMAS)
    when = signed - dt.timedelta(days=rng.randrange(3, 30))
    mandate = (f"berdasarkan Surat Kuasa Kepala Dinas Kesehatan {region_name(region)} Nomor "
               f"445/{rng.randrange(100, 9999)}-Dinkes tanggal {date_id(when)}")
    return Side(f"UPTD {name} {region_name(region)}", person(rng), f"Kepala UPTD {name}", region[3], "PKM",
                "region", region=region, mandate=mandate)


AGENCY_FOR_TOPIC = {"hukum": "KEJARI", "kesehatan": "BPJS", "statistik": "BPS", "pertanahan": "BPN",
                    "bencana": "POLRES", "dukcapil": "BPJSTK"}


def partner_side(rng: random.Random, kind: str, region: tuple, signed: dt.date, topic_key: str = "") -> Side:
    """A partner of the given kind near the region (universities and agencies keep their own city)."""
    if kind == "region":
        other = pick_region(rng, avoid=region)
        return region_side(rng, other, signed)
    if kind == "university":
        name, code, city = rng.choice(vocab.UNIVERSITIES)
        position = rng.choice(["Rektor", "Rektor", "Wakil Rektor Bidang Kerja Sama", "Dekan Fakultas Teknik"])
        return Side(name, person(rng), f"{position} {name}" if position != "Dekan Fakultas Teknik"
                    else f"Dekan Fakultas Teknik {name}", city, code, kind)
    if kind == "company":
        name, code, word, position = rng.choice(vocab.COMPANIES)
        branch = f" Cabang {region[3]}" if "Cabang" in position else ""
        return Side(name + branch, person(rng, formal=rng.random() < 0.5), f"{position} {name}{branch}",
                    region[3], code, kind, extra={"word": word})
    if kind == "agency":
        wanted = AGENCY_FOR_TOPIC.get(topic_key)
        template, code, position = next((row for row in vocab.AGENCIES if row[1] == wanted), None) or rng.choice(
            vocab.AGENCIES)
        names = {"place": region[3], "region": region_name(region)}
        return Side(template.format(**names), person(rng), position.format(**names), region[3], code, kind)
    if kind == "ministry":
        name, code, position = rng.choice(vocab.MINISTRIES)
        head = position if position.startswith("Kepala") else f"{position} {name}"
        return Side(name, person(rng), head, "Jakarta", code, kind)
    if kind == "foreign":
        index = rng.randrange(len(vocab.FOREIGN_CITIES))
        row = vocab.FOREIGN_CITIES[index]
        return Side(f"Pemerintah {row[0]}, {row[2]}", vocab.FOREIGN_NAMES[index], row[4], row[0].removeprefix("Kota ")
                    .removeprefix("Metropolitan "), "", kind, english=f"{row[1]}, {row[3]}", position_en=row[5])
    raise ValueError(f"unknown partner kind {kind}")


def partner_kind(kind: str) -> str:
    """The truth's partner_kind for a partner side kind."""
    return {"region": "daerah_lain", "foreign": "luar_negeri"}.get(kind, "pihak_ketiga")


def number_for(rng: random.Random, side: Side, doc_code: str, signed: dt.date) -> str:
    """A document number in the numbering style of this kind of institution."""
    n, year, month = rng.randrange(1, 1400), signed.year, ROMAN[signed.month - 1]
    if side.kind == "region":
        return rng.choice([
            f"{n}/{doc_code}.{rng.randrange(1, 30)}-Ker/{year}",
            f"{rng.choice(['180', '119', '075', '130'])}/{n}/{doc_code}/{month}/{year}",
            f"{rng.choice(['075', '180'])}/{n}/{rng.choice(['Bag.Kerjasama', 'Huk', 'Pem', 'Setda'])}/{year}",
            f"{doc_code}.{n}/{rng.choice(['Pem', 'Hkm', 'Kerma'])}/{month}/{year}",
            f"{rng.choice(['000.7', '100.3.7', '000.9'])}/{n}/{doc_code}-{rng.choice(['Kerma', 'Tapem', 'Hukum'])}/{year}",
        ])
    if side.kind == "university":
        return rng.choice([f"{n}/{side.code}/{doc_code}/{year}", f"{n}/{side.code}/{month}/{year}",
                           f"{n}/{side.code}.{rng.choice(['A', 'B', 'C'])}/HK.07/{year}"])
    if side.kind == "company":
        return rng.choice([f"{n}/{side.code}/{doc_code}/{month}/{year}", f"{doc_code}.{n}/DIR/{side.code}/{year}",
                           f"B.{n}-{side.code}/{rng.choice(['KC', 'RO', 'WIL'])}/{month}/{year}"])
    if side.kind in ("agency", "ministry"):
        return rng.choice([f"B-{n}/{side.code}/{rng.choice(['Gp', 'Dek', 'Kerma'])}.{rng.randrange(1, 9)}/{month}/{year}",
                           f"HK.{rng.randrange(1, 9):02d}.{rng.randrange(1, 9):02d}/{n}/{year}",
                           f"{n}/{side.code}/{doc_code}/{year}"])
    return ""

