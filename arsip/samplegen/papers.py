"""Other archive papers (doc_type OTHER): evaluation report, cover letter, work plan, minutes."""
from __future__ import annotations

import datetime as dt
import random

from arsip.samplegen import parties
from arsip.samplegen.agreement import STREETS, random_date, workday
from arsip.samplegen.articles import ACTIVITIES, MONTHS, TARGETS
from arsip.samplegen.model import Draft, Record, clean, list_items
from arsip.samplegen.words import date_any, date_id, opening_id


def _letterhead(draft: Draft, rng: random.Random, institution: str, place: str) -> None:
    draft.add("center", institution.upper(), bold=True, size=draft.size + 2)
    draft.add("center", "SEKRETARIAT DAERAH", bold=True)
    draft.add("center", f"{rng.choice(STREETS)}, {place}, Telepon (0251) {rng.randrange(300000, 899999)}",
              size=draft.size - 2)
    draft.add("rule")


def _signer(rng: random.Random, draft: Draft, place: str, day: dt.date, position: str, dated: bool) -> str:
    name = parties.person(rng)
    column = [position + ",", "", name, f"NIP. {rng.randrange(1966, 1984)}{rng.randrange(1, 13):02d}"
                                        f"{rng.randrange(1, 29):02d} {rng.randrange(1990, 2010)}01 1 001"]
    if dated:
        column.insert(0, f"{place}, {date_any(day, rng)}")
    draft.add("space", "1")
    draft.add("sig", columns=[column])
    return name


def build(rng: random.Random, doc_id: str, variant: str, parent: Record | None) -> tuple[Draft, None]:
    """One OTHER paper about an earlier agreement (parent) of the set, or about an invented one."""
    draft = Draft(size=rng.choice([11.0, 12.0]))
    if parent is None:  # nothing earlier to talk about: cite an agreement outside the set
        region = parties.pick_region(rng)
        number = f"{rng.randrange(10, 999)}/KB.{rng.randrange(1, 20)}-Ker/{rng.randrange(2016, 2023)}"
        heading, title, sign = "Kesepakatan Bersama", "Penyelenggaraan Tridharma Perguruan Tinggi", random_date(rng)
        institution, place, cited = f"Pemerintah {parties.region_name(region)}", region[3], number
    else:
        region = parent.region
        heading, title, sign = parent.heading, parent.title, parent.sign_date
        side = next(side for side in parent.sides if side.region == region)
        institution = side.institution if side.institution.startswith("Pemerintah") else (
            f"Pemerintah {parties.region_name(region)}")
        place = side.place
        cited = parent.numbers[0] if parent.numbers else None
    ref = f"{heading} Nomor {cited}" if cited else heading
    truth = {"doc_type": "OTHER", "numbers": [], "parties": [], "effective_date": None, "duration": None,
             "end_date": None, "obligations": [], "scope": [], "parent_agreement": cited,
             "partner_kind": parent.partner_kind if parent else "pihak_ketiga", "numbers_partial": [],
             "language": "id", "sign_place": place}
    if variant == "pengantar":
        day = workday(sign + dt.timedelta(days=rng.randrange(3, 30)), rng)
        _letterhead(draft, rng, institution, place)
        number = f"{rng.choice(['075', '000.7', '180'])}/{rng.randrange(100, 9999)}/{rng.choice(['Bag.Kerjasama', 'Pem', 'Setda'])}"
        subject = f"Penyampaian Naskah {heading}"
        draft.add("para", f"{place}, {date_any(day, rng)}")
        for label, value in (("Nomor", number), ("Sifat", "Penting"), ("Lampiran", "1 (satu) berkas"),
                             ("Perihal", subject)):
            draft.add("para", f"{label} : {value}")
        draft.add("space", "1")
        draft.add("para", "Yth. Kepala Biro Pemerintahan dan Otonomi Daerah")
        draft.add("para", f"Sekretariat Daerah Provinsi {region[2]}")
        draft.add("space", "1")
        draft.add("para", f"Bersama ini kami sampaikan salinan {ref} tanggal {date_id(sign)} tentang {title} "
                          "untuk dicatat dan didokumentasikan dalam sistem informasi kerja sama daerah.")
        draft.add("para", "Demikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.")
        _signer(rng, draft, place, day, "SEKRETARIS DAERAH", False)
        truth.update(numbers=[number], title=subject)
        draft.target_pages = 1
    elif variant == "evaluasi":
        year = sign.year + rng.randrange(1, 3)
        day = workday(dt.date(year, rng.randrange(10, 13), rng.randrange(1, 28)), rng)
        title_text = f"Laporan Evaluasi Pelaksanaan {heading} tentang {title} Tahun {year}"
        draft.add("center", "LAPORAN EVALUASI", bold=True, size=draft.size + 1)
        draft.add("center", f"PELAKSANAAN {heading.upper()}", bold=True)
        draft.add("center", f"TENTANG {title.upper()}", bold=True)
        draft.add("center", f"TAHUN {year}", bold=True)
        draft.add("rule")
        draft.add("para", "BAB I PENDAHULUAN", bold=True)
        draft.add("para", f"{ref} ditandatangani pada tanggal {date_id(sign)}. Laporan ini menyajikan hasil "
                          f"evaluasi pelaksanaan kerja sama sampai dengan bulan {MONTHS[day.month - 1]} {year} "
                          "sebagai bahan pertimbangan pimpinan.")
        draft.add("para", "BAB II PELAKSANAAN KEGIATAN", bold=True)
        list_items(draft, [f"{a} dengan sasaran {rng.choice(TARGETS)}" for a in rng.sample(ACTIVITIES, 5)], rng)
        draft.add("para", "BAB III HASIL EVALUASI", bold=True)
        draft.add("para", f"Dari {rng.randrange(6, 12)} kegiatan yang direncanakan, {rng.randrange(3, 6)} kegiatan "
                          f"telah terlaksana dengan capaian rata-rata {rng.randrange(50, 95)} persen. Kendala utama "
                          "adalah keterbatasan anggaran dan pergantian pejabat penanggung jawab kegiatan.")
        draft.add("para", "BAB IV REKOMENDASI", bold=True)
        list_items(draft, ["kerja sama dilanjutkan dan diperpanjang sebelum jangka waktu berakhir",
                           "rencana kerja tahunan disusun bersama mitra pada awal tahun anggaran",
                           "hasil kegiatan dipublikasikan melalui laman resmi pemerintah daerah"], rng)
        _signer(rng, draft, place, day, f"KEPALA BAGIAN KERJA SAMA SETDA {parties.region_name(region).upper()}", True)
        truth.update(title=title_text)
        draft.target_pages = rng.randrange(2, 5)
    else:
        day = workday(sign + dt.timedelta(days=rng.randrange(10, 90)), rng)
        if variant == "berita":
            title_text = f"Berita Acara Rapat Koordinasi Pelaksanaan {heading} tentang {title}"
            draft.add("center", "BERITA ACARA", bold=True, size=draft.size + 1)
            draft.add("center", f"RAPAT KOORDINASI PELAKSANAAN {heading.upper()}", bold=True)
            draft.add("center", f"TENTANG {title.upper()}", bold=True)
            draft.add("rule")
            draft.add("para", f"Pada hari ini {opening_id(day, rng)}, bertempat di {place}, telah dilaksanakan rapat "
                              f"koordinasi pelaksanaan {ref} tanggal {date_id(sign)}, dengan hasil sebagai berikut:")
            list_items(draft, [f"PARA PIHAK menyepakati jadwal {a}" for a in rng.sample(ACTIVITIES, 4)], rng)
            draft.add("para", "Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya.")
        else:
            title_text = f"Rencana Kerja Pelaksanaan {heading} tentang {title} Tahun {day.year}"
            draft.add("center", "RENCANA KERJA", bold=True, size=draft.size + 1)
            draft.add("center", f"PELAKSANAAN {heading.upper()}", bold=True)
            draft.add("center", f"TENTANG {title.upper()}", bold=True)
            draft.add("center", f"TAHUN {day.year}", bold=True)
            draft.add("rule")
            draft.add("para", f"Rencana kerja ini merupakan penjabaran {ref} tanggal {date_id(sign)}.")
            for n, activity in enumerate(rng.sample(ACTIVITIES, 8)):
                draft.add("item", f"{activity.capitalize()}; waktu: {MONTHS[(day.month + n) % 12]}; penanggung "
                                  f"jawab: tim koordinasi; sasaran: {rng.choice(TARGETS)}.", label=f"{n + 1}.")
        signers = parent.sides if parent else []
        columns, party_truth = [], []
        for n, side in enumerate(signers[:2]):
            role = f"PIHAK {['PERTAMA', 'KEDUA'][n]}"
            name = parties.person(rng)
            columns.append([f"{role},", f"{side.position},", "", name])
            party_truth.append({"role": role, "institution": side.institution, "signatory": clean(name),
                                "position": side.position})
        if columns:
            draft.add("space", "1")
            draft.add("sig", columns=columns)
        else:
            _signer(rng, draft, place, day, "KEPALA BAGIAN KERJA SAMA", True)
        truth.update(title=title_text, parties=party_truth)
        if columns and variant != "berita":  # a work plan signed in columns states no date or place
            truth.update(sign_place=None, undated=True)
        draft.target_pages = rng.randrange(1, 3)
    truth["sign_date"] = None if truth.pop("undated", False) else day.isoformat()
    truth["title"] = clean(truth["title"])
    order = ["doc_type", "numbers", "title", "parties", "sign_date", "sign_place", "effective_date", "duration",
             "end_date", "obligations", "scope", "parent_agreement", "partner_kind", "numbers_partial", "language"]
    draft.truth = {key: truth[key] for key in order}
    draft.header = ""
    draft.footer = rng.choice(["dash", "number"])
    return draft, None
