"""Where things stand: proposals per stage, the time they spend at each stage, and those overdue."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.claims import aware
from models.proposals.records import seen_by
from models.proposals.stages import FINAL, Road
from models.status import ProposalStage
from models.tables import Proposal, ProposalEvent, User, utcnow
from models.units import find_unit


@dataclass(frozen=True)
class StageFigures:
    stage: str
    count: int  # proposals at this stage now
    overdue: int  # of them, longer than the stage's days
    mean_days: float | None  # mean time spent at this stage (finished stays and the current ones)
    max_days: int | None  # ARSIP_PROPOSAL_STAGES' days for the stage


def _days(start: datetime, end: datetime) -> float:
    return max(0.0, (aware(end) - aware(start)).total_seconds() / 86400)


def visible(session: Session, user: User) -> list[Proposal]:
    return list(session.scalars(seen_by(session, user)))


def is_overdue(road: Road, proposal: Proposal, now: datetime | None = None) -> bool:
    days = road.days_for(proposal.stage)
    return days is not None and _days(proposal.stage_since, now or utcnow()) > days


def figures(session: Session, road: Road, proposals: list[Proposal], now: datetime | None = None) -> list[StageFigures]:
    """Per stage (in road order): how many are there, how many overdue, mean days spent there."""
    now = now or utcnow()
    ids = [p.id for p in proposals]
    stays: dict[str, list[float]] = {}
    events = list(session.scalars(select(ProposalEvent).where(ProposalEvent.proposal_id.in_(ids or [0]))
                                  .order_by(ProposalEvent.proposal_id, ProposalEvent.at, ProposalEvent.id)))
    by_proposal: dict[int, list[ProposalEvent]] = {}
    for event in events:
        by_proposal.setdefault(event.proposal_id, []).append(event)
    current = {p.id: p for p in proposals}
    for proposal_id, steps in by_proposal.items():
        for here, after in zip(steps, steps[1:]):
            stays.setdefault(here.to_stage, []).append(_days(here.at, after.at))
        last = steps[-1]
        if last.to_stage not in FINAL:
            stays.setdefault(last.to_stage, []).append(_days(current[proposal_id].stage_since, now))
    out = []
    for stage in road.every:
        here = [p for p in proposals if p.stage == stage]
        spent = stays.get(stage, [])
        out.append(StageFigures(stage, len(here), sum(is_overdue(road, p, now) for p in here),
                                round(sum(spent) / len(spent), 1) if spent else None, road.days_for(stage)))
    return out


def running(session: Session, unit: str | None = None) -> int:
    """Proposals on their way (submitted, neither signed nor rejected), of one unit when named: the M&E
    page's "usulan berjalan" card."""
    ended = (*FINAL, ProposalStage.DRAF.value)  # not yet submitted, or no longer on its way
    query = select(func.count()).select_from(Proposal).where(Proposal.stage.not_in(ended))
    if unit:
        found = find_unit(session, unit)
        query = query.where(Proposal.unit_id == (found.id if found else -1))
    return session.scalar(query) or 0
