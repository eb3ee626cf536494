"""The one label table: how every code of the archive reads in Bahasa Indonesia.

Web pages, reports and e-mails show these words, never the codes (the API and the CLI's JSON keep the codes).
Field labels live with the field table (ingest.facts.FIELDS) and are read from there. `label(kind, code)` is
the door the templates use (`{{ status|label('status') }}`); `CODES` lists every code that must never reach a
page's visible text (the browser tests read it).
"""
from __future__ import annotations

from ingest.facts import LABELS as FIELD_LABELS
from ingest.isodate import date_words, parse_duration

# Agreement lifecycle (models.status.AgreementStatus).
STATUS_LABELS = {"active": "Berlaku", "expiring": "Segera berakhir", "expired": "Berakhir", "renewed": "Diperpanjang",
                 "superseded": "Digantikan", "terminated": "Diakhiri", "unknown_term": "Jangka waktu tidak diketahui"}
# Document pipeline (models.status.DocumentStatus): what the processing page says while a file is read.
DOC_STATUS_LABELS = {"received": "Diterima", "processing": "Sedang dibaca", "processed": "Teks terbaca",
                     "extracted": "Data terbaca, menunggu indeks", "indexed": "Selesai", "failed": "Gagal",
                     "deleted": "Dihapus"}
# Kinds of document (ingest.facts.DocType); KBBI spells "adendum".
DOC_TYPE_LABELS = {"KB": "Kesepakatan Bersama", "PKS": "Perjanjian Kerja Sama", "MOU": "Nota Kesepahaman (MoU)",
                   "LOI": "Surat Pernyataan Minat (LoI)", "ADDENDUM": "Adendum", "OTHER": "Dokumen lain"}
# The short word staff use in lists and chronologies.
DOC_TYPE_SHORT = {"KB": "KB", "PKS": "PKS", "MOU": "MoU", "LOI": "LoI", "ADDENDUM": "Adendum", "OTHER": "Dokumen"}
PARTNER_LABELS = {"daerah_lain": "Daerah lain", "pihak_ketiga": "Pihak ketiga", "luar_negeri": "Luar negeri"}
# Typed links between agreements, read from the source ("PKS #4 melaksanakan KB #1") ...
LINK_LABELS = {"implements": "melaksanakan", "amends": "mengubah", "evaluates": "mengevaluasi"}
# ... and from the target ("KB #1 dilaksanakan oleh PKS #4").
LINK_LABELS_PASSIVE = {"implements": "dilaksanakan oleh", "amends": "diubah oleh", "evaluates": "dievaluasi oleh"}
# Review of one field (models.status.FieldReview) and of a whole agreement (models.status.ReviewState).
FIELD_STATE_LABELS = {"extracted": "belum diperiksa", "confirmed": "benar", "corrected": "dikoreksi"}
REVIEW_STATE_LABELS = {"unreviewed": "Belum diperiksa", "partial": "Sebagian diperiksa", "verified": "Terverifikasi"}
DUPLICATE_LABELS = {"pending": "Menunggu keputusan", "kept": "Disimpan keduanya", "merged": "Digabung"}
ROLE_LABELS = {"admin": "admin", "staff": "staf", "viewer": "pembaca", "reviewer": "TKKSD", "opd": "perangkat daerah"}
TEXT_SOURCE_LABELS = {"text-layer": "lapisan teks PDF", "ocr": "OCR (hasil pindai)", "mixed": "campuran teks dan OCR"}
CHANNEL_LABELS = {"email": "e-mail", "webhook": "webhook", "whatsapp": "WhatsApp"}
# The audit log (models.audit.record's actions).
ACTION_LABELS = {
    "upload": "Unggah", "upload_batch": "Unggahan berkas", "download": "Unduh", "delete": "Hapus",
    "restore": "Pulihkan", "reprocess": "Baca ulang",
    "correction": "Koreksi", "confirm": "Konfirmasi", "confirm_stale": "Konfirmasi gugur (nilai berubah saat dibaca ulang)", "terminated": "Diakhiri lebih awal", "target": "Target tahunan",
    "link": "Tautkan", "unlink": "Lepas tautan", "relink": "Tautan diperbarui", "evaluation_note": "Catatan evaluasi",
    "export": "Ekspor", "login": "Masuk", "logout": "Keluar", "login_failed": "Gagal masuk",
    "login_locked": "Akun terkunci", "login_refused": "Masuk ditolak", "login_unlock": "Buka kunci",
    "password_change": "Ganti kata sandi", "password_reset": "Atur ulang kata sandi", "token_issue": "Token API dibuat",
    "token_revoke": "Token API dicabut", "user_add": "Pengguna ditambah", "user_disable": "Pengguna dinonaktifkan",
    "user_enable": "Pengguna diaktifkan", "user_email": "E-mail pengguna", "user_role": "Peran pengguna",
    "user_unit": "Unit pengguna", "unit_set": "Unit dokumen", "phone_set": "Nomor WhatsApp",
    "unit_phones_set": "Nomor WhatsApp unit", "alert_acknowledged": "Peringatan ditindaklanjuti",
    "alert_snoozed": "Peringatan ditunda", "catalogue_marked": "Katalog publik", "partner_merged": "Mitra digabung",
    "partner_merge_undone": "Penggabungan mitra dibatalkan", "partner_distinct": "Mitra dibedakan",
    "duplicate_kept": "Duplikat: simpan keduanya", "duplicate_merged": "Duplikat digabung",
    "duplicate_unmerged": "Penggabungan duplikat dibatalkan", "alerts_run": "Peringatan harian dijalankan",
    "unit_add": "Unit ditambah", "unit_change": "Unit diubah", "proposal_create": "Usulan dibuat",
    "proposal_update": "Usulan diubah", "proposal_file": "Berkas usulan", "proposal_transition": "Tahap usulan",
}
# Keys of audit details, as the audit page shows them.
DETAIL_LABELS = {"field": "kolom", "old": "lama", "new": "baru", "format": "format", "data": "data", "name": "nama",
                 "date": "tanggal", "reason": "alasan", "type": "jenis", "source": "dari", "target": "ke",
                 "role": "peran", "unit": "unit", "expires_at": "berlaku sampai", "count": "jumlah", "path": "berkas",
                 "sha256": "sha256", "address": "alamat", "days": "hari", "year": "tahun", "ids": "dokumen",
                 "today": "tanggal", "reindex": "diindeks ulang", "user": "pengguna", "value": "nilai",
                 "chosen": "dipilih", "duplicate": "duplikat", "rejected": "ditolak", "rejections": "penolakan",
                 "proposal": "usulan", "kind": "jenis", "version": "versi", "sessions_ended": "sesi diakhiri",
                 "retry_after": "coba lagi setelah (detik)", "seconds": "detik", "failures": "kegagalan",
                 "account": "akun", "disabled": "akun nonaktif", "original": "dokumen asli", "target_id": "dokumen tujuan",
                 "merge_id": "penggabungan", "alias": "nama lain", "token_id": "token", "target_user": "pengguna",
                 "scope": "cakupan", "key": "kunci", "cleared": "dibuka", "first": "pertama", "second": "kedua",
                 "short": "singkatan", "note_id": "catatan", "alert_id": "peringatan", "until": "sampai",
                 "rows": "baris", "added_sources": "sumber ditambahkan", "status": "status"}

TABLES: dict[str, dict[str, str]] = {
    "status": STATUS_LABELS, "doc_status": DOC_STATUS_LABELS, "doc_type": DOC_TYPE_LABELS,
    "doc_type_short": DOC_TYPE_SHORT, "partner_kind": PARTNER_LABELS, "link": LINK_LABELS,
    "link_passive": LINK_LABELS_PASSIVE, "field": FIELD_LABELS, "field_state": FIELD_STATE_LABELS,
    "review": REVIEW_STATE_LABELS, "duplicate": DUPLICATE_LABELS, "role": ROLE_LABELS,
    "text_source": TEXT_SOURCE_LABELS, "channel": CHANNEL_LABELS, "action": ACTION_LABELS, "detail": DETAIL_LABELS,
}
# Codes a page must never show: every code that reads differently from its label, except those that are also
# ordinary words of a page (KB and PKS are what staff call them; "target", "email", "format" are words).
_WORDS = frozenset({"target", "email", "webhook", "admin", "format", "data", "nama", "unit", "alamat", "sha256",
                    "proposal"})
_SAME = frozenset(code for table in TABLES.values() for code, text in table.items() if code.lower() == text.lower())
CODES: frozenset[str] = frozenset(code for table in TABLES.values() for code in table) - _SAME - _WORDS


def label(code: object, kind: str) -> str:
    """The Indonesian words for a code of one kind ("expiring", "status" -> "Segera berakhir"); an unknown
    code reads with its underscores as spaces, an empty one as ""."""
    if code is None or code == "":
        return ""
    text = str(getattr(code, "value", code))
    return TABLES[kind].get(text) or text.replace("_", " ")


def term_words(duration: object) -> str:
    """An ISO duration in words ("P2Y" -> "2 tahun"); "" for none, the text itself when it is not a duration."""
    parsed = parse_duration(duration)
    if parsed is None:
        return "" if duration in (None, "") else str(duration)
    return parsed.words() or "0 hari"


__all__ = ["ACTION_LABELS", "CODES", "DOC_STATUS_LABELS", "DOC_TYPE_LABELS", "DOC_TYPE_SHORT", "FIELD_LABELS",
           "LINK_LABELS", "LINK_LABELS_PASSIVE", "PARTNER_LABELS", "STATUS_LABELS", "TABLES", "date_words", "label",
           "term_words"]
