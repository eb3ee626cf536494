"""Names and numbers made comparable: document numbers, institutions, and whether one is the region itself.

Dossiers, partners, duplicates, statistics and reports compare with these.
"""
from __future__ import annotations

import re

_OCR_CONFUSIONS = str.maketrans({"O": "0", "I": "1", "L": "1", "–": "-", "—": "-"})
_REGIONAL = re.compile(r"^(PEMERINTAH\s+(DAERAH\s+)?(PROVINSI|KABUPATEN|KOTA)|PROVINSI|KABUPATEN|KOTA|DINAS|BADAN"
                       r"|SEKRETARIAT\s+DAERAH|INSPEKTORAT|KECAMATAN|KELURAHAN|UPTD|UPT|RSUD|PUSKESMAS|BAGIAN"
                       r"|SATUAN\s+POLISI|(GUBERNUR|BUPATI|WALI\s*KOTA)\b)")
# Central-government (vertical) offices are partners even when named after a region (BPS Kota Bekasi).
_VERTICAL = re.compile(r"\b(NASIONAL|PUSAT\s+STATISTIK|KEMENTERIAN|REPUBLIK\s+INDONESIA|KANTOR\s+WILAYAH"
                       r"|KANTOR\s+PERTANAHAN|RISET\s+DAN\s+INOVASI)\b")


def normalise_number(text: str | None) -> str:
    """A document number reduced for comparison: case, spaces, O/0 and I/l/1 confusions, 'Nomor:' prefix."""
    if not text:
        return ""
    value = text.upper().strip()
    value = re.sub(r"^(NOMOR|NO)\s*[.:]?\s*", "", value)
    value = re.sub(r"\s+", "", value).translate(_OCR_CONFUSIONS)
    return value.strip(".,;:")


def normalise_institution(text: str | None) -> str:
    """An institution name reduced for comparison (case, punctuation, spacing)."""
    return " ".join(re.sub(r"[^\w\s]", " ", (text or "").upper()).split())


def is_regional_government(institution: str | None) -> bool:
    """True for a Pemerintah Provinsi/Kabupaten/Kota or one of its perangkat daerah."""
    name = normalise_institution(institution)
    return bool(_REGIONAL.match(name)) and not _VERTICAL.search(name)
