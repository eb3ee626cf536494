"""Lifecycles spelled out as string enums (enum.StrEnum: each member is its own value, str() included).

Document: received -> processing -> processed -> extracted -> indexed, or failed (with a
reason) from any step; deleted is a soft delete (the original file is kept). Every change of a
document's status goes through models/document_status.py.
Agreement (computed from dates and links): active, expiring, expired, renewed, superseded,
terminated (set by staff) or unknown_term (no end date; listed for review, never guessed).
"""
from __future__ import annotations

from enum import StrEnum

from ingest.facts import DocType  # noqa: F401 - the kinds of document belong to the facts


class DocumentStatus(StrEnum):
    RECEIVED = "received"
    PROCESSING = "processing"
    PROCESSED = "processed"
    EXTRACTED = "extracted"
    INDEXED = "indexed"
    FAILED = "failed"
    DELETED = "deleted"


# Statuses a sweep may push forward: the work after them has not been done yet.
UNFINISHED = (DocumentStatus.RECEIVED, DocumentStatus.PROCESSING, DocumentStatus.PROCESSED, DocumentStatus.EXTRACTED)


class AgreementStatus(StrEnum):
    ACTIVE = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    RENEWED = "renewed"
    SUPERSEDED = "superseded"
    TERMINATED = "terminated"
    UNKNOWN_TERM = "unknown_term"


class LinkType(StrEnum):
    IMPLEMENTS = "implements"
    AMENDS = "amends"
    EVALUATES = "evaluates"


class Role(StrEnum):
    """admin (Bagian Kerja Sama), reviewer (TKKSD), staff, viewer (leadership, read-only), opd (a unit's user:
    submits proposals, sees only its own unit's proposals and agreements)."""
    ADMIN = "admin"
    REVIEWER = "reviewer"
    STAFF = "staff"
    VIEWER = "viewer"
    OPD = "opd"


class TextSource(StrEnum):
    TEXT_LAYER = "text-layer"
    OCR = "ocr"
    MIXED = "mixed"


class FieldReview(StrEnum):
    """One extracted field: extracted -> confirmed (someone said it is right) or corrected (changed)."""
    EXTRACTED = "extracted"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"


class ReviewState(StrEnum):
    """An agreement: unreviewed (no field reviewed), partial, verified (every key field reviewed)."""
    UNREVIEWED = "unreviewed"
    PARTIAL = "partial"
    VERIFIED = "verified"


class Channel(StrEnum):
    """Alert channels beside e-mail (e-mail keeps its own table, models.tables.Alert)."""
    WEBHOOK = "webhook"
    WHATSAPP = "whatsapp"


class OutboxState(StrEnum):
    """pending -> sending -> sent; a failed send goes back to pending (attempts and last_error kept);
    a crash leaves 'sending' until the lease passes; closed when the end date moved or the term ended."""
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    CLOSED = "closed"


class DuplicateState(StrEnum):
    """A possible duplicate: pending (flagged, counted once) -> kept (two agreements) or merged (folded in)."""
    PENDING = "pending"
    KEPT = "kept"
    MERGED = "merged"


class ProposalStage(StrEnum):
    """A cooperation proposal: draf (saved, not sent) -> diajukan -> the configured review stages
    (ARSIP_PROPOSAL_STAGES) -> berlaku (signed, an agreement in the archive); from a review stage it may be
    dikembalikan (back to its unit, which resubmits: diajukan again) or ditolak (the end)."""
    DRAF = "draf"
    DIAJUKAN = "diajukan"
    VERIFIKASI = "verifikasi"
    PEMBAHASAN = "pembahasan"
    PENYUSUNAN_NASKAH = "penyusunan_naskah"
    PARAF = "paraf"
    PENANDATANGANAN = "penandatanganan"
    BERLAKU = "berlaku"
    DIKEMBALIKAN = "dikembalikan"
    DITOLAK = "ditolak"
