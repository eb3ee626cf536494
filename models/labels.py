"""How lifecycle statuses, partner kinds and link types read in Bahasa Indonesia (web pages and reports share these)."""
from __future__ import annotations

STATUS_LABELS = {"active": "Berlaku", "expiring": "Segera berakhir", "expired": "Berakhir", "renewed": "Diperpanjang",
                 "superseded": "Digantikan", "terminated": "Diakhiri", "unknown_term": "Jangka waktu tidak diketahui"}
PARTNER_LABELS = {"daerah_lain": "Daerah lain", "pihak_ketiga": "Pihak ketiga", "luar_negeri": "Luar negeri"}
LINK_LABELS = {"implements": "melaksanakan", "amends": "mengubah", "evaluates": "mengevaluasi"}
