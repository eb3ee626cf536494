"""The proposals API (DESIGN.md section 4), same auth (session or Bearer token) and error shape as the rest:

GET  /api/proposals?stage=&unit=&page=        {"items": [...], "total", "page", "per_page"}
POST /api/proposals                           multipart: partner, partner_kind, scope, doc_type, subject,
                                              term_months, parent_agreement_id?, unit (an admin filing for a
                                              unit); files letter, tor -> 201
GET  /api/proposals/<id>                      with "stage", "files" and "history": [{"from","to","by","at","note"}]
POST /api/proposals/<id>/transition           JSON {"to", "note"}: 403 wrong role or unit, 409 wrong stage
POST /api/proposals/<id>/files                multipart: kind (draft | signed | letter | tor) and the file
"""
from __future__ import annotations

from flask import Blueprint, jsonify, request

from ingest.errors import InputRejected
from models import proposals as model
from models.status import ProposalStage
from search_app.auth import current_user, login_required
from search_app.context import db
from search_app.errors import ApiError, sentence
from search_app.proposal_views import attach_files, finish, road

bp = Blueprint("proposal_api", __name__)
OPD = True
PER_PAGE = 50


def _failed(exc: Exception) -> ApiError:
    db().rollback()
    return ApiError(getattr(exc, "status", 400), sentence(exc), field=getattr(exc, "field", None))


@bp.get("/api/proposals")
@login_required
def list_proposals():
    args = request.args
    page = args.get("page", "1")
    if not page.isdigit() or int(page) < 1:
        raise ApiError(400, "Parameter page harus bilangan bulat mulai 1.", field="page")
    stage, the_road = args.get("stage") or None, road()
    if stage is not None and stage not in the_road.every:
        raise ApiError(400, f"Tahap {stage!r} tidak dikenal; pilih: {', '.join(the_road.every)}.", field="stage")
    try:
        rows, total = model.search(db(), current_user(), stage, args.get("unit") or None, int(page), PER_PAGE)
    except InputRejected as exc:
        raise _failed(exc) from None
    return jsonify({"items": [model.describe(db(), the_road, row) for row in rows], "total": total,
                    "page": int(page), "per_page": PER_PAGE})


@bp.post("/api/proposals")
@login_required
def create():
    """A unit's user submits a proposal with its letter and TOR (PDF): 201 with the proposal at `diajukan`. An
    admin files one for a unit (field `unit`: its name or short name)."""
    session, user = db(), current_user()
    try:
        for kind in ("letter", "tor"):
            if not request.files.get(kind) or not request.files[kind].filename:
                raise model.ProposalRejected(f"berkas {kind} ({model.FILE_KINDS[kind]}, PDF) wajib dilampirkan",
                                             field=kind)
        proposal = model.create(session, user, model.read_form(session, request.form), request.form.get("unit"))
        new_documents = attach_files(proposal, user, ("letter", "tor"))
        model.transition(session, road(), user, proposal.id, ProposalStage.DIAJUKAN.value,
                         request.form.get("note", ""))
    except (model.ProposalError, InputRejected) as exc:
        raise _failed(exc) from None
    finish(new_documents)
    return jsonify(model.describe(db(), road(), proposal, detail=True)), 201


@bp.get("/api/proposals/<int:proposal_id>")
@login_required
def get_proposal(proposal_id: int):
    try:
        proposal = model.get_for(db(), current_user(), proposal_id)
    except model.ProposalError as exc:
        raise _failed(exc) from None
    return jsonify(model.describe(db(), road(), proposal, detail=True))


@bp.post("/api/proposals/<int:proposal_id>/transition")
@login_required
def transition(proposal_id: int):
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("to"), str):
        raise ApiError(400, 'Kirim JSON {"to": "<tahap>", "note": "..."}.', field="to")
    note, seen = body.get("note") or "", body.get("from")
    if not isinstance(note, str):
        raise ApiError(400, "Catatan (note) harus teks.", field="note")
    if seen is not None and not isinstance(seen, str):
        raise ApiError(400, "Tahap asal (from) harus teks: tahap yang Anda lihat.", field="from")
    try:
        model.transition(db(), road(), current_user(), proposal_id, body["to"], note, seen)
    except model.ProposalError as exc:
        raise _failed(exc) from None
    finish([])
    return jsonify(model.describe(db(), road(), model.get_for(db(), current_user(), proposal_id), detail=True))


@bp.post("/api/proposals/<int:proposal_id>/files")
@login_required
def add_file(proposal_id: int):
    kind = request.form.get("kind", "")
    try:
        proposal = model.get_for(db(), current_user(), proposal_id)
        if kind not in model.FILE_KINDS or not request.files.get(kind):
            raise model.ProposalRejected(f"kirim kind ({', '.join(model.FILE_KINDS)}) dan berkas PDF dengan "
                                         "nama yang sama", field="kind")
        new_documents = attach_files(proposal, current_user(), (kind,))
    except (model.ProposalError, InputRejected) as exc:
        raise _failed(exc) from None
    finish(new_documents)
    return jsonify(model.describe(db(), road(), proposal, detail=True)), 201
