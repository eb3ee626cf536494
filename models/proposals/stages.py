"""The road of a proposal: the configured stages (ARSIP_PROPOSAL_STAGES), who acts at each, where each may go.

    draf ──► diajukan ──► verifikasi ──► pembahasan ──► … ──► penandatanganan ──► berlaku
              ▲   every review stage may also go to dikembalikan (back to the unit) or ditolak (the end)
              └── dikembalikan (the unit fixes and resubmits)

The unit's own users (role opd) act on draf and dikembalikan; each review stage names the role that acts
on it (admin, reviewer or staff), and no other role may, admins included: the TKKSD's discussion is the
TKKSD's.
"""
from __future__ import annotations

from dataclasses import dataclass

from ingest.errors import ArsipError
from models.status import ProposalStage, Role

LABELS = {"draf": "Draf", "diajukan": "Diajukan", "verifikasi": "Verifikasi administrasi",
          "pembahasan": "Pembahasan TKKSD", "penyusunan_naskah": "Penyusunan naskah", "paraf": "Paraf",
          "penandatanganan": "Penandatanganan", "berlaku": "Berlaku", "dikembalikan": "Dikembalikan",
          "ditolak": "Ditolak"}
ROLE_LABELS = {"admin": "admin (Bagian Kerja Sama)", "reviewer": "reviewer (TKKSD)", "staff": "staff",
               "opd": "unit pengusul (opd)", "viewer": "viewer"}
UNIT_STAGES = (ProposalStage.DRAF.value, ProposalStage.DIKEMBALIKAN.value)  # the unit's turn
FINAL = (ProposalStage.BERLAKU.value, ProposalStage.DITOLAK.value)
NOTE_REQUIRED = (ProposalStage.DIKEMBALIKAN.value, ProposalStage.DITOLAK.value)


class ProposalError(ArsipError):
    """A proposal action refused; `status` is the HTTP answer (400 input, 403 role, 404 unseen, 409 stage)."""
    status = 400

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field  # the form field at fault, when one is


class ProposalRejected(ProposalError):
    """Input that cannot be used (400)."""


class RoleRefused(ProposalError):
    status = 403


class ProposalNotFound(ProposalError):
    status = 404


class StageConflict(ProposalError):
    status = 409


def label(stage: str) -> str:
    return LABELS.get(stage, stage.replace("_", " ").capitalize())


@dataclass(frozen=True)
class Road:
    """The configured stages: [(stage, acting role, days before overdue)], diajukan first."""
    stages: tuple[tuple[str, str, int], ...]

    @classmethod
    def from_settings(cls, settings) -> "Road":
        return cls(tuple(settings.proposal_stages))

    @property
    def review(self) -> list[str]:
        return [name for name, _, _ in self.stages]

    @property
    def every(self) -> list[str]:
        """Every stage in the order they are shown."""
        return [ProposalStage.DRAF.value, *self.review, ProposalStage.BERLAKU.value,
                ProposalStage.DIKEMBALIKAN.value, ProposalStage.DITOLAK.value]

    def role_for(self, stage: str) -> str:
        """The role that acts on a stage (opd on the unit's stages; none on a final one)."""
        if stage in UNIT_STAGES:
            return Role.OPD.value
        for name, role, _ in self.stages:
            if name == stage:
                return role
        return ""

    def days_for(self, stage: str) -> int | None:
        for name, _, days in self.stages:
            if name == stage:
                return days
        return None

    def next_of(self, stage: str) -> str | None:
        review = self.review
        if stage in UNIT_STAGES:
            return review[0]
        if stage in review:
            index = review.index(stage)
            return review[index + 1] if index + 1 < len(review) else ProposalStage.BERLAKU.value
        return None

    def moves(self, stage: str) -> list[str]:
        """Where a proposal may go from `stage`."""
        forward = self.next_of(stage)
        if forward is None:
            return []
        if stage in UNIT_STAGES:
            return [forward]
        return [forward, ProposalStage.DIKEMBALIKAN.value, ProposalStage.DITOLAK.value]

    def check(self, stage: str, to: str, role: str, note: str) -> None:
        """Refuse a move: 409 when `to` is not reachable from `stage`, 403 when the role does not act there,
        400 when a return or a rejection comes without its reason."""
        allowed = self.moves(stage)
        if to not in allowed:
            where = ", ".join(label(s) for s in allowed) or "tidak ke mana pun (tahap akhir)"
            raise StageConflict(f"usulan di tahap {label(stage)} tidak dapat dipindah ke {label(to)}; dari tahap ini: "
                                f"{where}")
        actor = self.role_for(stage)
        if role != actor:
            raise RoleRefused(f"tahap {label(stage)} dikerjakan oleh {ROLE_LABELS.get(actor, actor)}, bukan oleh "
                              f"peran Anda ({ROLE_LABELS.get(role, role)})")
        if to in NOTE_REQUIRED and not note.strip():
            raise ProposalRejected(f"tulis alasannya: usulan yang {label(to).lower()} harus disertai catatan")
