"""Signatories' names: as written but tidied (clean_name), and without honorifics and degrees (strip_name)."""
from __future__ import annotations

import re

from ingest.extract.text import is_placeholder, smart_title, without_blank_tail

DEGREE = re.compile(r"^(?!(?:Plt|Plh|Pjs|Pj|Kol|Kombes|Brigjen|Letkol)\.)"  # an acting officer's or a rank's abbreviation
                    r"(?:[A-Z][a-zA-Z]{0,4}\.(?:\s?[A-Za-z]{1,5}\.?){0,3}(?:-[A-Z]{2,6})?"
                    r"(?:\s?\([A-Z]{1,3}\))?|"  # "Sp.OG(K)", "Sp.JP (K)"
                    r"Ph\.?\s?D\.?|MBA|MPH|MPA|MSc|MA|BA|MARS|DEA|MKM|MKes|"
                    r"Ak|CA|CPA|MM|MT|MH|SH|SE|ST|CFP|CHRM|QIA|IPU|IPM|ASEAN\s+(?:Eng|ENG)\.?|"
                    r"Ns|Bd|Apt)$")  # a health profession's title after the degrees: Ners, Bidan, Apoteker ("S.Kep., Ns")
_HONORIFIC = re.compile(r"^(?:(?:Associate\s+Professor|Assoc\.?\s+Prof|Professor|Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg|Mr|Mrs|Ms|Mx|KH|K\.H|Hon|Rev|Sir|Dr\.-Ing|apt|Ns|"
                        r"Kol|Letkol|Brigjen|Mayjen|Irjen|Kombes|AKBP)\.?\s+|"
                        r"(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg|apt)\.(?=[A-Z][A-Za-z]|(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg)\.)|"  # glued to the name: "Dr.H.Budi", "drg.RINA"
                        r"(?:Bapak|Ibu|Tuan|Nyonya|Nona|Saudara|Saudari|Sdr\.?|Sdri\.?|Ny\.|Tn\.)\s+)",
                        re.IGNORECASE)

# A body's name where a person's could stand ("PT. BANK X, berkedudukan di ..."): its first word names a kind of body
BODY = re.compile(r"(?:the\s+)?(?:PT|CV|Perum|Perumda|Pemerintah|Rumah\s+Sakit|RSUD|RSU|RSIA|RS|Bank|Universitas|Universiti|University|Institut|"
                  r"Politeknik|Yayasan|Koperasi|Kementerian|Badan|Balai|Biro|Fakultas|Dinas|Direktorat|Kantor|Puskesmas|Klinik|Lembaga|"
                  r"Kepolisian|Perusahaan|UPTD|UPT|Kecamatan|Kelurahan|Kejaksaan|Pengadilan|Inspektorat|Sekretariat|Palang\s+Merah|UTD|BPJS|Dewan|Komisi|Persatuan|Perkumpulan|Asosiasi|Ikatan|Departemen|"
                  r"Government|Ministry|Department|Committee|Council|"
                  r"Agency|Authority|Association|Foundation|Corporation|Company|Organi[sz]ation|Municipality)\b\.?", re.IGNORECASE)

# a kind of school, village or health unit alone, its name left blank by a form ("atas nama Sekolah Dasar ………",
# "Kepala UPT Puskesmas ……"); a draft's choice of kinds too ("Rumah Sakit Umum Daerah/Puskesmas ……")
_ONE_KIND = (r"(?i:(?:(?:UPTD?\.?|UOBK)\s+)?(?:puskesmas|pusat\s+kesehatan\s+masyarakat|"
             r"rumah\s+sakit(?:\s+umum)?(?:\s+daerah)?|laboratorium(?:\s+kesehatan)?|klinik(?:\s+(?:pratama|utama))?)|"
             r"sekolah(?:\s+(?:dasar|menengah(?:\s+(?:pertama|atas|kejuruan))?))?(?:\s+negeri)?|"
             r"(?:SD|SMP|SMA|SMK|TK|MI|MTs|MA)(?:\s+negeri)?|taman\s+kanak-kanak|madrasah(?:\s+(?:ibtidaiyah|"
             r"tsanawiyah|aliyah))?|desa|kelurahan)")
KIND_ALONE = re.compile(rf"{_ONE_KIND}(?:[ \t]*/[ \t]*{_ONE_KIND})*")
# a template's category of health facility in its heading, no facility's own name: "KLINIK PRATAMA SWASTA", "RUMAH
# SAKIT/KLINIK/BIDAN MANDIRI" (the one that signs is named in its block)
GENERIC_FACILITY = re.compile(r"(?i:(?:klinik|puskesmas|rumah\s+sakit|rs|apotek|praktik|praktek|dokter|bidan|swasta|mandiri|"
                              r"pratama|utama|umum|daerah|dpm|bpm|bps|pmb|fasilitas|pelayanan|kesehatan)(?:[ \t]*/[ \t]*|[ \t]+|$))+")

# a party of persons of a kind, no body: "PESERTA PROGRAM PENDIDIKAN X", "Penerima Beasiswa Y", "Mahasiswa Z"
PERSONS = re.compile(r"(?i:peserta|penerima|mahasiswa|calon)\b")

_BODY_INSIDE = re.compile(r"\b(?:Council|Committee|University|Universiti|Universitas|Ministry|Kementerian|Government|Pemerintah|"
                          r"Rumah\s+Sakit|Department|Agency|Association|Foundation|Corporation|Institute|Institut|"
                          r"Perseroan|Persero|Municipality|School|College)\b", re.IGNORECASE)


# a company's legal form closing its name: "Beta Oil of Indonesia, Inc.", "Gamma Petroleum Ltd.", "Delta B.V."
# (or its branch: "Delta Bank N.V. Surabaya Branch")
# (tried only where a run of blanks starts: a long run of them stays linear)
_COMPANY_END = re.compile(r"(?<![\s,])[\s,]++(?:Inc|Ltd|Limited|LLC|L\.L\.C|Corp|PLC|GmbH|N\.\s?V|B\.\s?V|Pte\.?\s+Ltd|S\.A)"
                          r"\.?(?:(?:\s+[A-Z][a-z]+){1,2}\s+Branch)?\s*+$", re.IGNORECASE)


# a local government named by its kind, in English: "Birchwood County", "The City of Lindenfeld", "Shire of Alderton",
# "Municipal District of Stonecreek No. 42", "ALDERTON SHIRE" (a person's name never ends or opens so)
_LOCAL_KIND_OF = (r"(?:City|Town|County|Shire|Municipality|Municipal[ \t\n]+District|(?:Regional|Rural|Specialized)[ \t\n]+"
                  r"Municipality|Summer[ \t\n]+Village|Village|Borough|Township|District|Regency|Parish)")
LOCAL_GOVERNMENT = re.compile(rf"(?:(?i:the)[ \t\n]+)?(?i:{_LOCAL_KIND_OF})[ \t\n]+(?i:of)[ \t\n]+(?-i:[A-Z])[\w'.-]*"
                              rf"(?:[ \t\n]+(?-i:[A-Z])[\w'.-]*){{0,3}}(?:[ \t\n]+(?i:No)\.?[ \t\n]*\d{{1,4}})?|"
                              # (never a person's name behind a title: "DR. LEO COUNTY", "Mrs. Ann Town")
                              r"(?!(?i:prof|dr|drs|ir|mr|mrs|ms|miss|hon|atty|engr|rev|sir)\.?[ \t\n])"
                              rf"(?:(?i:the)[ \t\n]+)?(?-i:[A-Z])[\w'.-]*(?:[ \t\n]+(?-i:[A-Z])[\w'.-]*){{0,3}}[ \t\n]+"
                              r"(?i:County|Shire|Borough|Township|Regency)")


def is_body(name: str) -> bool:
    """A body's name where a person's could stand: "PT. Bank X", "The Nordhaven Council for Water", "X Oil, Inc.",
    "Birchwood County", "the Town of Alderton"."""
    return bool(BODY.match(name) or _BODY_INSIDE.search(name) or _COMPANY_END.search(name) or
                LOCAL_GOVERNMENT.fullmatch(name.strip(" ,;:(")))


_JOINING = {"for", "and", "of", "the", "dan", "untuk"}


def named_like_body(name: str) -> bool:
    """A body's own name without a body's word ("Mercy Relief for Aid and Development Inc."): capitalised words
    joined by "for" or "and", which a person's name never holds."""
    words = name.strip(" ,;:(").split()
    return any(word in ("for", "and") for word in words) and words[0][:1].isupper() and \
        all(word in _JOINING or word[:1].isupper() for word in words)


# A signatory's name alone on its line: capitalised words, perhaps with titles and degrees, no clause words
NAME_LINE = re.compile(r"(?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg)\.\s*)*[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]*){0,5}"
                        r"(?:,\s*[A-Za-z][A-Za-z.]{0,8}\.?)*")


TITLES_ONLY = re.compile(r"(?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg)\.?\s*)+")
# a police or military rank before the name: "Brigadir Jenderal Polisi, dr. X", "Komisaris Besar Polisi X", "AKBP X"
RANK = re.compile(r"(?:(?:Brigadir|Inspektur|Komisaris|Mayor|Letnan)\s+(?:Jenderal|Besar|Kolonel|Jendral)|Brigjen|Irjen|"
                  r"Kombes|Marsekal(?:\s+(?:Pertama|Muda|Madya))?|Laksamana(?:\s+(?:Pertama|Muda|Madya))?|Kolonel|"
                  r"Letkol|AKBP|AKP|Kompol|Iptu|Ipda|Kapten|Mayor(?=\s+(?:Inf|Kav|Arh|Arm|Czi|Cba|Chk|Cpl|Ckm|Kes|Laut|Pnb|Sus|Tek|Mar|CPM)\b))"
                  r"(?:\s+(?:(?:Polisi|Pol|TNI|CPM|Inf|Kav|Arh|Arm|Czi|Cba|Chk|Cpl|Ckm|Kes|Pnb|Sus|Tek|Mar|Laut|Udara)\b\.?|"
                  r"\((?:Purn|P|K|E|T|S|KH|M|PM)\)))*\.?",
                  re.IGNORECASE)


def strip_name(raw: str) -> str | None:
    """A signatory's name without honorifics and degrees: "Dr. H. Bima Arya, S.Sos., M.A." -> "Bima Arya"."""
    pieces = [piece.strip() for piece in raw.split(",")]
    while len(pieces) > 1 and TITLES_ONLY.fullmatch(pieces[0]):  # "Drs. H, Budi": OCR read a title's dot as a comma
        pieces[:2] = [f"{pieces[0]} {pieces[1]}"]
    name = pieces[0] if pieces else ""
    previous = None
    while previous != name:
        previous = name
        rank = RANK.match(name)  # "Letkol Inf Budi", "Bapak AKBP Budi": a rank and corps before the name, like a title
        name = name[rank.end():].strip() if rank and rank.end() < len(name) and name[rank.end()].isspace() else name
        name = _HONORIFIC.sub("", name).strip()
    words = name.split()
    while words and DEGREE.match(words[-1]) and len(words) > 1:
        words.pop()
    name = " ".join(words).strip(" .:;")
    if not name or not re.search(r"[A-Za-z]{2}", name) or re.search(r"\d{3}", name):
        return None
    return smart_title(name) if name.isupper() or name.islower() else name


# an identity-card clause where a draft left the name blank: "Warga Negara Indonesia, pemegang Kartu Tanda Penduduk"
# ... and an address or the opening's date taken for one ("Cipto Nomor 33 Sumenep", "Pada hari ini Jumat tanggal ...")
_ID_CLAUSE = re.compile(r"\b(?:warga\s+negara|citizen|pemegang|holder\s+of|kartu\s+tanda|n\.?i\.?k\b|pada\s+hari|"
                        r"tanggal|nomor|jalan|jln?\.)|\d{2,}", re.IGNORECASE)
# an office where the name was left blank ("diwakili oleh Director, ………"): no name
_OFFICE_ONLY = re.compile(r"(?i:the\s+)?(?i:director|direktur(?:nya)?(?:\s+utama)?|president|kepala|ketua|manager|"
                          r"manajer|rektor|pimpinan|pemimpin|penanggung\s*jawab|"
                          r"rector|chairman|mayor|governor|bupati|gubernur|wali\s*kota(?:madya)?)")
# an English honorific before a name ("Hon.", "Mr.", "H.E."); with no name after it, "HON. ______" (a template's blank
# holder), no name at all
ENGLISH_HONORIFIC = r"(?:hon|honou?rable|mr|mrs|ms|atty|engr|rev|sir|h\.\s?e)"
_HONORIFIC_ONLY = re.compile(rf"(?:(?i:{ENGLISH_HONORIFIC})\.?\s*)+|"
                             r"(?i:inc|ltd|llc|corp|co|plc|limited|incorporated)\.?")  # a company's form, its name blank
# a form's labels where the value should stand: "Nama Jabatan", "Name Position", "N a m a : Jabatan : Alamat"
_LABEL = r"(?:n\s?a\s?m\s?[ae]|jabatan|position|title|alamat|address|nip|instansi)"
_LABELS_ONLY = re.compile(rf"{_LABEL}(?:[\s:/]+{_LABEL})*[\s:]*", re.IGNORECASE)
_CANONICAL_TITLE = {"prof.": "Prof.", "dr.": "Dr.", "drs.": "Drs.", "dra.": "Dra.", "ir.": "Ir.", "h.": "H.",
                    "hj.": "Hj.", "mr.": "Mr.", "mrs.": "Mrs.", "ms.": "Ms."}


_BRACKETED = re.compile(r"^\s*\[([^\[\]]+)\][\s,]*$")
_FORCE_ACRONYMS = {"TNI", "POLRI", "AKBP", "AKP", "IPTU", "IPDA"}  # a rank's force before a name ("Mayor Jenderal TNI X")


def clean_name(raw: str) -> str | None:
    """A signatory as written, tidied: "Dr. H. BIMA ARYA, S.Sos., M.A." -> "Dr. H. Bima Arya, S.Sos., M.A."."""
    raw = _BRACKETED.sub(r"\1", raw)  # "[dr. X, MMR]": a draft's value in brackets, filled
    raw = re.sub(r"^[^A-Za-z]*(?:(?:\d{1,2}|[|!])[.,)]+\s*|\(?[a-h]\)\s*)?", "", raw)  # an item marker: "1.", "b)"
    raw = re.sub(r"^((?:(?:Prof|Dr|Drs|Dra|Ir|Hj|H|dr|drg)[.,]\s*)+)", lambda m: re.sub(r",\s*", ". ", m[1]),
                 raw)  # "Dra, Endah", "dr. H, Zaini": OCR read a title's dot as a comma
    raw = without_blank_tail(raw)  # "dr. X, Sp.PD….": a draft's dots after the name
    raw = re.sub(r"\.\.+\s*", ". ", raw)
    raw = re.sub(r"^(?:(?!(?:dr|drg|drs|dra|apt|ns|ir|prof|h|hj)\b)[a-z]+\s+)+(?=(?:[A-Z]|(?:dr|drg)\.))", "", raw)  # "represented by Budi"
    raw = re.sub(r"^(?!(?:H|Hj|Ir|Dr)[.,]?\s)\w{1,2}[.,]?\s+(?=(?:Prof|Dr|Drs|Dra|Ir|H|Hj|drg|dr)\.\s)", "", raw.strip(),
                 flags=re.IGNORECASE)  # "Ie Dr. H. ...", "Ul. dr. ...": an OCR'd "1." or "II." before the name
    # "Il Made", "IL Dr", "Il: Budi", "Il « Drs.", "L- Prof.", "L H.JOKO": an OCR'd "II." or "I." (never "L. Budi": an initial)
    # ("L Hendra": an initial too; an "L" is dropped only before a mark or a title)
    raw = re.sub(r"^(?:[Il1|]{2,3}|I[lL1|]|L(?=[-,:«»“”\"'‘’]|\s+(?:Prof|Drs|Dra|drg|Ir|Dr|dr|Hj|H)\.))"
                 r"(?=[^A-Za-z0-9])[-.,:\s«»“”\"'‘’]+(?=[A-Z])", "", raw)
    for _ in range(2):  # "Drs.Habring", "drg.RINA", "H.JOKO", "Dr.H.Ali": a title's dot (twice: a title glued to a title)
        raw = re.sub(r"(?<![\w.])(Prof|Drs|Dra|drg|Ir|Dr|dr|Hj|H|apt|HJ|DR|DRS|IR)\.(?=[A-Z][a-z]|[A-Z]{3}|"
                     r"(?:Prof|Drs|Dra|drg|Ir|Dr|dr|Hj|H)\.)", r"\1. ", raw)
    raw = re.sub(r"(?<=[A-Za-z]{3})\.([A-Za-z])(?=[A-Za-z]{2})", lambda m: " " + m[1], raw)  # "Asep.hidayat"
    if strip_name(raw) is None or TITLES_ONLY.fullmatch(raw.strip()) or is_placeholder(raw) or _LABELS_ONLY.fullmatch(raw.strip()) or _ID_CLAUSE.search(raw) \
            or _OFFICE_ONLY.fullmatch(raw.strip(" ,.")) or _HONORIFIC_ONLY.fullmatch(raw.strip(" ,")):
        return None
    pieces = [" ".join(piece.split()) for piece in raw.split(",")]
    pieces = [piece for piece in pieces if piece]
    words = []
    split = pieces[0].split(" ")
    degrees = len(split)  # the degrees after the name without commas: "Ir. Budi Santoso M.T IPU", "BUDI S.Sos M.Si"
    while degrees > 1 and DEGREE.fullmatch(split[degrees - 1]):
        degrees -= 1
    ordinary = not all(word.isupper() for word in split[:degrees] if not word.endswith("."))
    for index, word in enumerate(split):
        if word.endswith(".") and word.lower() in _CANONICAL_TITLE and word.isupper():
            words.append(_CANONICAL_TITLE[word.lower()])
        elif index and index >= degrees and (ordinary or "." in word or DEGREE.fullmatch(word)):
            words.append(word)  # "Drs. H Haidir Basir MM": a degree after a name in ordinary case; "M.T", "MKM" in any
        elif word.isupper() and len(word) > 1 and not word.endswith(".") and word not in _FORCE_ACRONYMS:
            words.append(word.capitalize())
        else:
            words.append(word)
    name = ", ".join([" ".join(words)] + pieces[1:]).strip(" ,;:—–‘’'-")  # "X, MMR —": the OCR'd rule of a table
    return name or None


# degrees in capitals without dots, a consultant's "(K)" after them: "SU", "PA (K)" (never an office: "CEO", "GM")
CAPITAL_DEGREE = re.compile(r"(?!(?:CEO|CFO|COO|CTO|CIO|GM|VP|SVP|EVP|PLT|PLH|PJS)\b)[A-Z]{2,4}(?:\s*\([A-Z]{1,3}\))?")
