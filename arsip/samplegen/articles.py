"""The numbered articles (Pasal) of an agreement's body, returning the truth they state."""
from __future__ import annotations

import random

from arsip.samplegen.layout import Block
from arsip.samplegen.model import Draft, item_truth, list_items
from arsip.samplegen.topics import COMMON_PARTNER, COMMON_REGION, NESTED, RIGHTS, SISTER_CITY_EN
from arsip.samplegen.words import with_words

ACTIVITIES = ["rapat koordinasi teknis", "sosialisasi program kepada masyarakat", "pelatihan petugas lapangan",
              "penyusunan kajian kebutuhan", "survei lokasi kegiatan", "pendampingan teknis",
              "penyusunan laporan kemajuan", "evaluasi tengah tahun", "publikasi hasil kegiatan",
              "lokakarya pemangku kepentingan", "pengadaan peralatan pendukung", "uji coba layanan"]
TARGETS = ["aparatur perangkat daerah", "masyarakat di 5 (lima) kecamatan", "pelaku usaha mikro",
           "kelompok tani", "mahasiswa dan dosen", "petugas puskesmas", "kader posyandu", "pengelola data"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


class Articles:
    """Numbers the articles as they are added ("Pasal 1", "PASAL 2") with an optional English twin."""

    def __init__(self, draft: Draft, rng: random.Random, bilingual: bool):
        self.draft, self.rng, self.bilingual, self.n = draft, rng, bilingual, 0
        self.word = rng.choice(["Pasal", "Pasal", "PASAL"])

    def start(self, heading: str, heading_en: str = "") -> None:
        self.n += 1
        self.draft.add("space", "0.6")
        label = f"{self.word} {self.n}"
        if self.bilingual:
            label = f"{label} / Article {self.n}"
            heading = f"{heading} / {heading_en}"
        self.draft.add("center", label, bold=True)
        self.draft.add("center", heading, bold=True)

    def para(self, text: str, text_en: str = "") -> None:
        self.draft.add("para", text)
        if self.bilingual and text_en:
            self.draft.add("para", text_en)


def purpose(arts: Articles, name: str, title: str, partner_en: bool) -> None:
    arts.start("MAKSUD DAN TUJUAN", "PURPOSE AND OBJECTIVES")
    subject = title.lower() if title.lower().startswith("kerja sama") else f"kerja sama {title.lower()}"
    arts.para(f"(1) Maksud {name} ini adalah sebagai pedoman bagi PARA PIHAK dalam melaksanakan {subject}.", "(1) The purpose of this Memorandum is to serve as a guideline for the Parties."
              if partner_en else "")
    arts.para(f"(2) Tujuan {name} ini adalah untuk meningkatkan efektivitas dan efisiensi penyelenggaraan "
              "pemerintahan dan pelayanan publik melalui sinergi sumber daya PARA PIHAK.",
              "(2) The objective is to promote mutual benefit and friendship between the Parties." if partner_en else "")


def scope(arts: Articles, name: str, items: list[str], items_en: list[str]) -> list[str]:
    arts.start("RUANG LINGKUP", "SCOPE")
    arts.para(f"Ruang lingkup {name} ini meliputi:", "The scope of cooperation covers:" if items_en else "")
    list_items(arts.draft, items, arts.rng)
    if items_en:
        list_items(arts.draft, items_en, arts.rng, level=1, conj="and")
    return [item_truth(item) for item in items]


def _duties(rng: random.Random, own: tuple, common: tuple, count: int) -> list:
    pool = list(dict.fromkeys(own + common))
    rng.shuffle(pool)
    items: list = pool[:count]
    if rng.random() < 0.4:
        items.insert(rng.randrange(len(items) + 1), rng.choice(NESTED))
    return items


def duties(arts: Articles, roles: list[str], region_index: int, topic, foreign: bool) -> list[dict]:
    """Rights and duties per party, in one of three drafting styles; only duties (kewajiban) are truth."""
    rng, draft = arts.rng, arts.draft
    style = rng.choice(["hak_kewajiban", "per_party", "tugas"])
    truth = []
    per_party = []
    partner_role = roles[1] if region_index == 0 else roles[0]
    for index, role in enumerate(roles):
        own = topic.region_duties if index == region_index else topic.partner_duties
        common = COMMON_REGION if index == region_index else COMMON_PARTNER
        items = _duties(rng, own, common, rng.randrange(2, 6))
        if foreign:
            items = [item for item in items if isinstance(item, str)][:3] or list(own)
        per_party.append((role, [_name_roles(item, roles[region_index], partner_role) for item in items]))
    if style == "hak_kewajiban":
        arts.start("HAK DAN KEWAJIBAN", "RIGHTS AND OBLIGATIONS")
        number = 0
        for role, items in per_party:
            number += 1
            draft.add("para", f"({number}) Hak {role}:")
            list_items(draft, rng.sample(RIGHTS, 2), rng, level=1, style="alpha")
            number += 1
            draft.add("para", f"({number}) Kewajiban {role}:")
            list_items(draft, items, rng, level=1, style="alpha")
            _english(arts, items)
            truth += [{"party_role": role, "text": item_truth(item)} for item in items]
    elif style == "per_party":
        for role, items in per_party:
            arts.start(f"KEWAJIBAN {role}", f"OBLIGATIONS OF THE {role}")
            draft.add("para", f"{role} berkewajiban:")
            list_items(draft, items, rng, style="num")
            _english(arts, items)
            truth += [{"party_role": role, "text": item_truth(item)} for item in items]
    else:
        arts.start("TUGAS DAN TANGGUNG JAWAB", "DUTIES AND RESPONSIBILITIES")
        for n, (role, items) in enumerate(per_party):
            draft.add("item", f"Tugas dan tanggung jawab {role}:", label=f"({n + 1})")
            list_items(draft, items, rng, level=1, style="alpha")
            _english(arts, items)
            truth += [{"party_role": role, "text": item_truth(item)} for item in items]
    return truth


def _name_roles(item, region_role: str, partner_role: str):
    """Duty texts say PIHAK PERTAMA for the region and PIHAK KEDUA for the partner; use the real roles."""
    if isinstance(item, tuple):
        return item
    return item.replace("PIHAK PERTAMA", "\0R").replace("PIHAK KEDUA", "\0P").replace(
        "\0R", region_role).replace("\0P", partner_role)


def _english(arts: Articles, items: list) -> None:
    if arts.bilingual:
        english = [SISTER_CITY_EN.get(item, item) for item in items if isinstance(item, str)]
        list_items(arts.draft, english, arts.rng, level=1, style="alpha", conj="and")


def execution(arts: Articles, name: str, doc_type: str) -> None:
    arts.start("PELAKSANAAN", "IMPLEMENTATION")
    if doc_type in ("KB", "MOU"):
        arts.para(f"(1) Pelaksanaan {name} ini dituangkan lebih lanjut dalam Perjanjian Kerja Sama yang disusun "
                  "oleh perangkat daerah dan unit kerja PARA PIHAK sesuai bidang tugasnya.",
                  "(1) This Memorandum shall be implemented through separate arrangements.")
    else:
        arts.para("(1) Pelaksanaan kegiatan dilakukan sesuai rencana kerja yang disepakati PARA PIHAK.")
    arts.para(f"(2) Untuk kelancaran pelaksanaan {name} ini, PARA PIHAK membentuk tim koordinasi yang "
              "ditetapkan dengan keputusan masing-masing pihak.",
              "(2) The Parties shall establish a joint working group.")


def funding(arts: Articles, name: str) -> None:
    arts.start("PEMBIAYAAN", "FUNDING")
    arts.para(f"Biaya yang timbul sebagai akibat pelaksanaan {name} ini dibebankan kepada PARA PIHAK sesuai "
              "dengan kemampuan keuangan masing-masing dan sumber lain yang sah dan tidak mengikat sesuai "
              "ketentuan peraturan perundang-undangan.",
              "Costs arising from this Memorandum shall be borne by each Party according to its own budget.")


def term(arts: Articles, text: str, text_en: str) -> None:
    arts.start("JANGKA WAKTU", "DURATION")
    arts.para(f"(1) {text}", f"(1) {text_en}" if text_en else "")
    arts.para("(2) Dalam hal salah satu pihak bermaksud memperpanjang atau mengakhiri kerja sama, pihak yang "
              f"bersangkutan wajib memberitahukan secara tertulis paling lambat {with_words(3)} bulan sebelum "
              "jangka waktu berakhir.",
              "(2) A Party intending to extend or terminate shall notify the other Party in writing "
              "at least 3 (three) months in advance.")


def boilerplate(arts: Articles, name: str, copies: int, extras: int) -> None:
    """Force majeure, disputes and, for longer documents, confidentiality, evaluation and notices."""
    arts.start("KEADAAN KAHAR", "FORCE MAJEURE")
    arts.para("(1) Keadaan kahar adalah keadaan yang terjadi di luar kemampuan PARA PIHAK, antara lain bencana "
              "alam, kebakaran, wabah penyakit, huru-hara, perang dan kebijakan pemerintah di bidang moneter.",
              "(1) Force majeure means events beyond the control of the Parties.")
    arts.para("(2) Pihak yang mengalami keadaan kahar wajib memberitahukan secara tertulis kepada pihak lainnya "
              f"paling lambat {with_words(14)} hari kalender sejak terjadinya keadaan kahar.")
    optional = [
        ("MONITORING DAN EVALUASI", "(1) PARA PIHAK melakukan monitoring dan evaluasi pelaksanaan kerja sama paling "
         f"sedikit {with_words(1)} kali dalam {with_words(1)} tahun. (2) Hasil monitoring dan evaluasi digunakan "
         "sebagai bahan pertimbangan perpanjangan atau pengakhiran kerja sama."),
        ("KERAHASIAAN", "PARA PIHAK wajib menjaga kerahasiaan data, dokumen dan informasi yang diperoleh dalam "
         "pelaksanaan kerja sama dan tidak memberikannya kepada pihak lain tanpa persetujuan tertulis."),
        ("KORESPONDENSI", "Setiap pemberitahuan dalam rangka pelaksanaan kerja sama dilakukan secara tertulis dan "
         "disampaikan ke alamat kantor masing-masing pihak sebagaimana tercantum dalam naskah ini."),
        ("PENGAKHIRAN", "Kerja sama ini dapat diakhiri sebelum jangka waktu berakhir atas kesepakatan PARA PIHAK "
         f"dengan pemberitahuan tertulis paling lambat {with_words(30)} hari sebelumnya, tanpa mengurangi "
         "penyelesaian kegiatan yang sedang berjalan."),
        ("LAIN-LAIN", "Hal-hal yang belum diatur atau perubahan yang dianggap perlu akan diatur kemudian dalam "
         "addendum atau amandemen yang merupakan bagian tidak terpisahkan dari naskah ini."),
    ]
    for heading, text in optional[:extras]:
        arts.start(heading, heading.title())
        arts.para(text)
    arts.start("PENYELESAIAN PERSELISIHAN", "SETTLEMENT OF DISPUTES")
    arts.para("Apabila terjadi perselisihan dalam pelaksanaan kerja sama ini, PARA PIHAK sepakat untuk "
              "menyelesaikannya secara musyawarah untuk mufakat.",
              "Any dispute shall be settled amicably through consultation and negotiation.")
    arts.start("PENUTUP", "CLOSING")
    arts.para(f"{name} ini dibuat dalam rangkap {with_words(copies)}, masing-masing bermeterai cukup dan "
              "mempunyai kekuatan hukum yang sama, ditandatangani oleh PARA PIHAK pada hari, tanggal, bulan dan "
              "tahun sebagaimana tersebut di atas.",
              "This Memorandum is made in two originals in the Indonesian and English languages, "
              "both texts being equally authentic.")


def annex(draft: Draft, rng: random.Random, year: int, dinas: str) -> None:
    """A work-plan annex, laid out chunk by chunk only as far as the page target needs."""
    draft.annex.append(Block("break"))
    draft.annex.append(Block("center", "LAMPIRAN", bold=True))
    draft.annex.append(Block("center", "RENCANA KEGIATAN PELAKSANAAN KERJA SAMA", bold=True))
    for n in range(60):
        text = (f"{rng.choice(ACTIVITIES).capitalize()} dilaksanakan pada bulan {rng.choice(MONTHS)} {year + n // 12} "
                f"oleh {dinas} bersama mitra kerja sama dengan sasaran {rng.choice(TARGETS)}, keluaran berupa "
                f"laporan kegiatan dan indikator capaian sebesar {rng.randrange(40, 100)} persen.")
        draft.annex.append(Block("item", text, label=f"{n + 1}."))
