"""The search vocabulary: synonyms and Indonesian stop words, declared once for the index settings.

Admins add synonym groups without code in the storage root's synonyms.txt (models/synonyms.py)."""
from __future__ import annotations

# Each group is mutual: a query for any of its terms finds the others. Lower case; multi-word allowed.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("kb", "kesepakatan bersama", "mou", "nota kesepahaman", "memorandum of understanding"),
    ("pks", "perjanjian kerja sama", "perjanjian kerjasama"),
    ("kerja sama", "kerjasama"),
    ("nota kesepakatan", "nota kesepahaman bersama"),
    ("loi", "letter of intent", "surat pernyataan minat"),
    ("addendum", "adendum", "amandemen"),
    ("pemkot", "pemerintah kota"),
    ("pemkab", "pemerintah kabupaten"),
    ("pemprov", "pemerintah provinsi"),
    ("pemda", "pemerintah daerah"),
    ("kab", "kabupaten"),
    ("prov", "provinsi"),
    ("walikota", "wali kota"),
    ("wawali", "wakil wali kota"),
    ("sekda", "sekretaris daerah"),
    ("opd", "perangkat daerah", "organisasi perangkat daerah"),
    ("dinkes", "dinas kesehatan"),
    ("diskominfo", "dinas komunikasi dan informatika", "dinas kominfo"),
    ("dispar", "dinas pariwisata"),
    ("brin", "badan riset dan inovasi nasional"),
    ("disdik", "dinas pendidikan"),
    ("dishub", "dinas perhubungan"),
    ("dukcapil", "dinas kependudukan dan pencatatan sipil"),
    ("bappeda", "badan perencanaan pembangunan daerah"),
    ("bpbd", "badan penanggulangan bencana daerah"),
    ("rsud", "rumah sakit umum daerah"),
    ("puskesmas", "pusat kesehatan masyarakat"),
    ("pdam", "perusahaan daerah air minum", "perumda air minum"),
    ("bumd", "badan usaha milik daerah"),
    ("bumn", "badan usaha milik negara"),
    ("kemendagri", "kementerian dalam negeri"),
    ("ptn", "perguruan tinggi negeri"),
    ("univ", "universitas"),
    ("sister city", "kota kembar", "kota bersaudara"),
    ("ttd", "tanda tangan"),
)

# Words so frequent in agreements that they only add noise to ranking. Not: tidak, hak, kewajiban.
STOP_WORDS: tuple[str, ...] = (
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "ini", "itu", "atau", "oleh",
    "sebagai", "adalah", "akan", "tersebut", "bahwa", "para", "juga", "serta", "maupun", "agar", "dapat",
    "telah", "sudah", "secara", "terhadap", "yaitu", "yakni", "atas", "bagi", "antara", "hal", "tentang",
    "nya", "pun", "lah", "kah", "se", "per", "karena", "maka", "jika", "apabila", "sesuai", "setiap",
    "masing", "kepada", "hingga", "sampai", "sejak", "selama", "lebih", "kurang", "the", "of", "and",
)


def synonyms(groups=SYNONYM_GROUPS) -> dict[str, list[str]]:
    """The Meilisearch synonyms setting: every term of a group maps to the other terms of all its groups."""
    table: dict[str, list[str]] = {}
    for group in groups:
        for term in group:
            others = [other for other in group if other != term]
            table.setdefault(term, [])
            table[term].extend(o for o in others if o not in table[term])
    return table
