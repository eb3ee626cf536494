"""Proposals as records: the form checked at the door, who sees which, drafts, files per stage, plain-data views."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ingest.facts import PARTNER_KINDS, DocType
from models import audit
from models.claims import aware
from models.labels import PARTNER_LABELS
from models.document_status import is_live
from models.proposals.stages import (FINAL, UNIT_STAGES, ProposalNotFound, ProposalRejected, Road, RoleRefused,
                                     StageConflict, label)
from models.status import ProposalStage, Role
from models.tables import Document, Proposal, ProposalEvent, ProposalFile, Unit, User, utcnow
from models.units import find_unit, resolve, user_names

SCOPES = {"domestic": "Dalam negeri", "foreign": "Luar negeri"}
FILE_KINDS = {"letter": "Surat permohonan", "tor": "KAK/TOR", "draft": "Draf naskah",
              "signed": "Naskah yang ditandatangani"}
SUBMISSION_FILES = ("letter", "tor")
MAX_TERM_MONTHS = 600


@dataclass(frozen=True)
class ProposalForm:
    """What a unit proposes, checked: every field named in the message that refuses it."""
    partner: str
    partner_kind: str
    scope: str
    doc_type: str
    subject: str
    term_months: int | None
    parent_agreement_id: int | None


def read_form(session: Session, form: Mapping) -> ProposalForm:
    """A ProposalForm from form or JSON fields, or ProposalRejected naming the field and the fix."""
    def text(name: str) -> str:
        return " ".join(str(form.get(name) or "").split())

    partner, subject = text("partner"), str(form.get("subject") or "").strip()
    if not 2 <= len(partner) <= 500:
        raise ProposalRejected("mitra (partner) wajib diisi: nama lembaga mitra, 2-500 karakter", field="partner")
    if not 5 <= len(subject) <= 5000:
        raise ProposalRejected("pokok kerja sama (subject) wajib diisi, 5-5000 karakter", field="subject")
    partner_kind = text("partner_kind")
    if partner_kind not in PARTNER_KINDS:
        raise ProposalRejected(f"jenis mitra (partner_kind) harus salah satu dari: {', '.join(PARTNER_KINDS)}",
                               field="partner_kind")
    scope = text("scope")
    if scope not in SCOPES:
        raise ProposalRejected("lingkup (scope) harus domestic (dalam negeri) atau foreign (luar negeri)",
                               field="scope")
    doc_type = text("doc_type").upper()
    if doc_type not in {kind.value for kind in DocType} or doc_type == DocType.OTHER.value:
        raise ProposalRejected("jenis naskah (doc_type) harus salah satu dari: "
                               f"{', '.join(k.value for k in DocType if k != DocType.OTHER)}", field="doc_type")
    term = text("term_months")
    if term and (not term.isdigit() or not 1 <= int(term) <= MAX_TERM_MONTHS):
        raise ProposalRejected(f"jangka waktu (term_months) harus bilangan bulan 1-{MAX_TERM_MONTHS}",
                               field="term_months")
    parent = text("parent_agreement_id")
    parent_id = None
    if parent:
        document = session.get(Document, int(parent)) if parent.isdigit() else None
        if not is_live(document):
            raise ProposalRejected(f"perjanjian induk (parent_agreement_id) {parent!r} tidak ada di arsip",
                                   field="parent_agreement_id")
        parent_id = document.id
    return ProposalForm(partner, partner_kind, scope, doc_type, subject, int(term) if term else None, parent_id)


def may_see(user: User, proposal: Proposal, unit: Unit | None = None) -> bool:
    """opd users see their own unit's proposals only; every other role sees all."""
    if user.role != Role.OPD.value:
        return True
    return unit is not None and unit.id == proposal.unit_id


def unit_of(session: Session, user: User) -> Unit | None:
    return find_unit(session, user.unit)


def seen_by(session: Session, user: User) -> Select:
    """The proposals the user may see (may_see as a query): an opd user's own unit's, every one for the rest."""
    query = select(Proposal)
    if user.role == Role.OPD.value:
        own = unit_of(session, user)
        query = query.where(Proposal.unit_id == (own.id if own else -1))
    return query


def of_agreement(session: Session, user: User, document_id: int) -> list[Proposal]:
    """The proposals (the user may see) that became this agreement: its page links back to them."""
    return list(session.scalars(seen_by(session, user).where(Proposal.agreement_id == document_id).order_by(Proposal.id)))


def get_for(session: Session, user: User, proposal_id: int) -> Proposal:
    """The proposal if the user may see it; ProposalNotFound otherwise (another unit's is not found either)."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or not may_see(user, proposal, unit_of(session, user) if user.role == Role.OPD.value else None):
        raise ProposalNotFound(f"usulan {proposal_id} tidak ditemukan")
    return proposal


def acting_role(proposal: Proposal, user: User) -> str:
    """The role the user acts in on this proposal: an admin who filed a unit's proposal (a request that came on
    paper) fills and submits its draft in the unit's place; everyone else acts in their own role."""
    if (user.role == Role.ADMIN.value and proposal.stage == ProposalStage.DRAF.value
            and proposal.created_by == user.id):
        return Role.OPD.value
    return user.role


def may_act(road: Road, proposal: Proposal, user: User) -> bool:
    """Whether the user acts on the proposal's current stage (opd: only its own unit's, which it sees)."""
    return proposal.stage not in FINAL and road.role_for(proposal.stage) == acting_role(proposal, user)


def create(session: Session, user: User, data: ProposalForm, unit_name: str | None = None) -> Proposal:
    """A new proposal saved as a draft (draf): of the user's unit for a unit's user (opd); an admin files one for
    the unit named by `unit_name` (its request came on paper)."""
    if user.role == Role.ADMIN.value:
        unit = find_unit(session, unit_name)
        if unit is None:
            raise ProposalRejected("pilih unit pengusul dari daftar unit: admin mengajukan usulan atas nama unit",
                                   field="unit")
    elif user.role == Role.OPD.value:
        unit = unit_of(session, user)
        if unit is None:
            raise ProposalRejected("akun Anda belum punya unit; minta admin mengaturnya", field="unit")
    else:
        raise RoleRefused("usulan diajukan oleh pengguna unit pengusul (peran opd) atau oleh admin atas nama unit")
    proposal = Proposal(unit_id=unit.id, stage=ProposalStage.DRAF.value, created_by=user.id, **data.__dict__)
    session.add(proposal)
    session.flush()
    session.add(ProposalEvent(proposal_id=proposal.id, from_stage=None, to_stage=proposal.stage, user_id=user.id,
                              note="draf dibuat"))
    audit.record(session, "proposal_create", user_id=user.id, proposal=proposal.id, unit=unit.name)
    return proposal


def update(session: Session, road: Road, user: User, proposal: Proposal, data: ProposalForm) -> None:
    """Change a draft or a returned proposal (the unit's turn)."""
    if proposal.stage not in UNIT_STAGES:
        raise StageConflict(f"usulan di tahap {label(proposal.stage)} tidak dapat diubah lagi")
    if not may_act(road, proposal, user):
        raise RoleRefused("hanya unit pengusul yang mengubah usulannya")
    for name, value in data.__dict__.items():
        setattr(proposal, name, value)
    proposal.updated_at = utcnow()
    audit.record(session, "proposal_update", user_id=user.id, proposal=proposal.id)


def kinds_allowed(road: Road, stage: str) -> tuple[str, ...]:
    """The files that may be added at a stage: the request at the unit's turn, drafts while the text is made,
    the signed agreement at the last stage."""
    if stage in UNIT_STAGES:
        return SUBMISSION_FILES
    if stage == road.review[-1]:
        return ("draft", "signed")
    if stage in road.review[1:]:
        return ("draft",)
    return ()


def add_file(session: Session, road: Road, user: User, proposal: Proposal, kind: str, document_id: int,
             name: str) -> ProposalFile:
    """A new version of a file at the current stage; files of earlier stages stay as they were (locked)."""
    if kind not in FILE_KINDS:
        raise ProposalRejected(f"jenis berkas {kind!r} tidak dikenal; pilih: {', '.join(FILE_KINDS)}",
                               field="kind")
    if not may_act(road, proposal, user):
        raise RoleRefused(f"berkas di tahap {label(proposal.stage)} diunggah oleh yang mengerjakan tahap itu")
    allowed = kinds_allowed(road, proposal.stage)
    if kind not in allowed:
        raise StageConflict(f"{FILE_KINDS[kind]} tidak dapat diunggah di tahap {label(proposal.stage)}"
                            + (f"; di tahap ini: {', '.join(FILE_KINDS[k] for k in allowed)}" if allowed else ""))
    version = (session.scalar(select(func.max(ProposalFile.version)).where(ProposalFile.proposal_id == proposal.id,
                                                                          ProposalFile.kind == kind)) or 0) + 1
    row = ProposalFile(proposal_id=proposal.id, kind=kind, stage=proposal.stage, version=version,
                       document_id=document_id, name=name[:300], uploaded_by=user.id)
    session.add(row)
    document = session.get(Document, document_id)
    if document is not None and not document.unit:
        document.unit = session.get(Unit, proposal.unit_id).name  # the unit's own users may open it
    audit.record(session, "proposal_file", user_id=user.id, document_id=document_id, proposal=proposal.id,
                 kind=kind, version=version)
    session.flush()
    return row


def files_of(session: Session, proposal: Proposal) -> list[ProposalFile]:
    return list(session.scalars(select(ProposalFile).where(ProposalFile.proposal_id == proposal.id)
                                .order_by(ProposalFile.uploaded_at, ProposalFile.id)))


def locked(proposal: Proposal, row: ProposalFile) -> bool:
    """A file is locked once its stage has passed (or the proposal has ended)."""
    return row.stage != proposal.stage or proposal.stage in FINAL


def latest(files: list[ProposalFile], kind: str, stage: str | None = None) -> ProposalFile | None:
    found = [row for row in files if row.kind == kind and (stage is None or row.stage == stage)]
    return max(found, key=lambda row: row.version) if found else None


def history(session: Session, proposal: Proposal) -> list[ProposalEvent]:
    return list(session.scalars(select(ProposalEvent).where(ProposalEvent.proposal_id == proposal.id)
                                .order_by(ProposalEvent.at, ProposalEvent.id)))


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else aware(moment).isoformat(timespec="seconds")


def describe(session: Session, road: Road, proposal: Proposal, detail: bool = False,
             names: dict[int, str] | None = None) -> dict:
    """A proposal as plain data (the API's shape); `detail` adds its files and its history."""
    unit = session.get(Unit, proposal.unit_id)
    out = {"id": proposal.id, "stage": proposal.stage, "stage_label": label(proposal.stage), "unit": unit.name,
           "partner": proposal.partner, "partner_kind": proposal.partner_kind, "scope": proposal.scope,
           "doc_type": proposal.doc_type, "subject": proposal.subject, "term_months": proposal.term_months,
           "parent_agreement_id": proposal.parent_agreement_id, "agreement_id": proposal.agreement_id,
           "acting_role": road.role_for(proposal.stage) or None, "stage_since": _iso(proposal.stage_since),
           "created_at": _iso(proposal.created_at)}
    if detail:
        names = names if names is not None else user_names(session)
        out["files"] = [{"id": row.id, "kind": row.kind, "stage": row.stage, "version": row.version,
                         "document_id": row.document_id, "name": row.name, "by": names.get(row.uploaded_by),
                         "at": _iso(row.uploaded_at), "locked": locked(proposal, row)}
                        for row in files_of(session, proposal)]
        out["history"] = [{"from": event.from_stage, "to": event.to_stage, "by": names.get(event.user_id),
                           "at": _iso(event.at), "note": event.note} for event in history(session, proposal)]
    return out


def search(session: Session, user: User, stage: str | None = None, unit: str | None = None, page: int = 1,
           per_page: int = 50) -> tuple[list[Proposal], int]:
    """One page of the proposals the user may see, newest change first, optionally of one stage or unit."""
    query = seen_by(session, user)
    if stage:
        query = query.where(Proposal.stage == stage)
    if unit:
        query = query.where(Proposal.unit_id == resolve(session, unit).id)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = list(session.scalars(query.order_by(Proposal.updated_at.desc(), Proposal.id.desc())
                                .limit(per_page).offset((page - 1) * per_page)))
    return rows, total
