"""Cooperation proposals (issue 15): from a unit's request to a signed agreement in the archive.

stages.py  the configured road, who acts where, the errors (400/403/404/409)
records.py the form, visibility (opd: own unit only), drafts, files per stage, plain-data views
flow.py    a step: conditional UPDATE on the stage, notifications, the agreement at berlaku
board.py   where things stand: counts, time per stage, overdue
"""
from models.proposals.flow import transition
from models.proposals.records import (FILE_KINDS, PARTNER_LABELS, SCOPES, add_file, create, describe, files_of,
                                      get_for, history, kinds_allowed, latest, locked, may_act, read_form, search,
                                      update)
from models.proposals.stages import (LABELS, ProposalError, ProposalNotFound, ProposalRejected, Road, RoleRefused,
                                     StageConflict, label)

__all__ = ["FILE_KINDS", "LABELS", "PARTNER_LABELS", "SCOPES", "ProposalError", "ProposalNotFound",
           "ProposalRejected", "Road", "RoleRefused", "StageConflict", "add_file", "create", "describe", "files_of",
           "get_for", "history", "kinds_allowed", "label", "latest", "locked", "may_act", "read_form", "search",
           "transition", "update"]
