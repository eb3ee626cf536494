"""Moving a proposal: one conditional UPDATE per step (of two concurrent steps one wins, the other is told),
who is told next, and at berlaku the signed document becoming an agreement of the archive."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import audit, notifications
from models.claims import aware
from models.dossiers import link_manual
from models.proposals.board import is_overdue
from models.proposals.records import FILE_KINDS, SUBMISSION_FILES, acting_role, files_of, get_for, latest
from models.proposals.stages import UNIT_STAGES, ProposalRejected, Road, StageConflict, label
from models.status import DocType, LinkType, ProposalStage, Role
from models.tables import Document, Proposal, ProposalEvent, Unit, User, utcnow
from models.units import members


def transition(session: Session, road: Road, user: User, proposal_id: int, to: str, note: str = "",
               seen: str | None = None) -> ProposalEvent:
    """Move the proposal to `to` (ProposalError: 404 unseen, 409 not from this stage or lost a race, 403 not this
    role's stage, 400 a missing reason or file); records the step, tells the next people, files the agreement.

    `seen` is the stage the person was looking at (the page's form sends it): when someone else has moved the
    proposal since, the step is refused (409) even if it would be allowed from the new stage, since it was
    decided on what is no longer there."""
    proposal = get_for(session, user, proposal_id)
    note, to, old = (note or "").strip()[:5000], (to or "").strip(), proposal.stage
    if seen and seen.strip() != old:
        raise StageConflict(f"usulan ini sudah dipindahkan oleh pengguna lain dari tahap {label(seen.strip())} ke "
                            f"tahap {label(old)}; muat ulang halaman dan periksa lagi")
    road.check(old, to, acting_role(proposal, user), note)
    files = files_of(session, proposal)
    if to == ProposalStage.DIAJUKAN.value:
        missing = [FILE_KINDS[kind] for kind in SUBMISSION_FILES if latest(files, kind) is None]
        if missing:
            raise ProposalRejected(f"lampirkan dahulu: {', '.join(missing)} (PDF)")
    signed = latest(files, "signed", old)
    if to == ProposalStage.BERLAKU.value and signed is None:
        raise ProposalRejected("unggah dahulu naskah yang sudah ditandatangani (PDF) di tahap ini")
    now = utcnow()
    moved = session.execute(update(Proposal).where(Proposal.id == proposal.id, Proposal.stage == old)
                            .values(stage=to, stage_since=now, updated_at=now).execution_options(synchronize_session=False))
    if moved.rowcount != 1:
        session.rollback()
        current = session.scalar(select(Proposal.stage).where(Proposal.id == proposal_id))
        raise StageConflict(f"usulan ini baru saja dipindahkan oleh pengguna lain ke tahap {label(current or '?')}; "
                            "muat ulang halaman dan periksa lagi")
    session.refresh(proposal)
    event = ProposalEvent(proposal_id=proposal.id, from_stage=old, to_stage=to, user_id=user.id, at=now, note=note)
    session.add(event)
    audit.record(session, "proposal_transition", user_id=user.id, proposal=proposal.id, old=old, new=to)
    if to == ProposalStage.BERLAKU.value:
        _file_agreement(session, user, proposal, signed.document_id)
    _tell(session, road, proposal, old, to, user, note)
    session.flush()
    return event


def _file_agreement(session: Session, user: User, proposal: Proposal, document_id: int) -> None:
    """The signed document is the agreement: of the proposal's unit, linked to its KB (its dossier follows once
    the document is read and extracted, models.dossiers)."""
    document = session.get(Document, document_id)
    document.unit = session.get(Unit, proposal.unit_id).name
    proposal.agreement_id = document.id
    if proposal.parent_agreement_id and proposal.parent_agreement_id != document.id:
        kind = LinkType.AMENDS if proposal.doc_type == DocType.ADDENDUM.value else LinkType.IMPLEMENTS
        link_manual(session, document.id, proposal.parent_agreement_id, kind.value, user.id)


def _acting(session: Session, road: Road, proposal: Proposal, stage: str) -> list[User]:
    """Who acts on the proposal at `stage`: the unit's own users on its stages, else the stage's role."""
    if stage in UNIT_STAGES:
        return members(session, session.get(Unit, proposal.unit_id).name, (Role.OPD.value,))
    return list(session.scalars(select(User).where(User.role == road.role_for(stage), User.disabled_at.is_(None))))


def _title(proposal: Proposal) -> str:
    return f"Usulan #{proposal.id} ({proposal.doc_type} dengan {proposal.partner})"


def _tell(session: Session, road: Road, proposal: Proposal, old: str, to: str, actor: User, note: str) -> None:
    """Notify who acts next; the unit when its proposal is returned, rejected or signed."""
    unit = session.get(Unit, proposal.unit_id)
    title = _title(proposal)
    if to in UNIT_STAGES or to in (ProposalStage.DITOLAK.value, ProposalStage.BERLAKU.value):
        people = members(session, unit.name, (Role.OPD.value,))
        text = {ProposalStage.DIKEMBALIKAN.value: f"{title} dikembalikan kepada unit Anda untuk diperbaiki: {note}",
                ProposalStage.DITOLAK.value: f"{title} ditolak: {note}",
                ProposalStage.BERLAKU.value: f"{title} telah ditandatangani dan tercatat di arsip sebagai perjanjian "
                                             f"#{proposal.agreement_id}."}.get(to, f"{title}: {label(to)}")
    else:
        people = _acting(session, road, proposal, to)
        text = f"{title} dari {unit.name} menunggu tindakan Anda di tahap {label(to)} (dari {label(old)})."
        if note:
            text += f" Catatan: {note}"
    notifications.notify(session, [person for person in people if person.id != actor.id], text, proposal.id)
    if old == ProposalStage.DRAF.value and actor.role != Role.OPD.value:  # filed by an admin for the unit
        notifications.notify(session, members(session, unit.name, (Role.OPD.value,)),
                             f"{title} diajukan atas nama unit Anda oleh {actor.name}.", proposal.id)


def remind_overdue(session: Session, road: Road, now: datetime | None = None) -> list[int]:
    """Tell who acts on each proposal that has stayed longer than its stage's days (ARSIP_PROPOSAL_STAGES),
    once per stay at a stage, and the admins with them; returns the proposals reminded. Run by the daily job."""
    now = now or utcnow()
    admins = list(session.scalars(select(User).where(User.role == Role.ADMIN.value, User.disabled_at.is_(None))))
    reminded = []
    for proposal in session.scalars(select(Proposal).where(Proposal.stage.in_(road.review)).order_by(Proposal.id)):
        noted = proposal.overdue_noted_at
        if not is_overdue(road, proposal, now) or (noted is not None and aware(noted) >= aware(proposal.stage_since)):
            continue
        days = road.days_for(proposal.stage)
        unit = session.get(Unit, proposal.unit_id)
        text = (f"{_title(proposal)} dari {unit.name} sudah melewati batas {days} hari di tahap "
                f"{label(proposal.stage)}; mohon ditindaklanjuti.")
        notifications.notify(session, [*_acting(session, road, proposal, proposal.stage), *admins], text, proposal.id)
        proposal.overdue_noted_at = now
        reminded.append(proposal.id)
    return reminded
