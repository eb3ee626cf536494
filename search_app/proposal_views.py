"""Proposals in the browser (`/usulan`): the board per role, the form, a proposal with its timeline and
actions, and the notifications (`/notifikasi`). The rules live in models/proposals; these views read forms."""
from __future__ import annotations

from datetime import datetime, timezone

from flask import Blueprint, flash, redirect, render_template, request, url_for

from ingest.errors import InputRejected
from models import notifications
from models import proposals as model
from models.proposals import board
from models.status import DocType, Role
from models.tables import Proposal, Unit, User
from models.units import all_units, unit_agreements, user_names
from search_app.auth import current_user, login_required
from search_app.context import app_settings, db
from search_app.errors import ApiError, sentence
from search_app.units_views import unit_names
from search_app.uploads import queue_new, store_pdf

bp = Blueprint("proposals", __name__)
NAV = [("proposals.index", "Usulan", None), ("proposals.notifications_page", "Notifikasi", None)]
OPD = True  # a unit's users work here (search_app.auth.check_unit_scope)
DOC_TYPES = [kind.value for kind in DocType if kind != DocType.OTHER]


def road() -> model.Road:
    return model.Road.from_settings(app_settings())


def unread() -> int | str:
    user = current_user()
    return (notifications.unread_count(db(), user) or "") if user else ""


def attach_files(proposal: Proposal, user: User, kinds: tuple[str, ...]) -> list[int]:
    """Store the uploaded files named in `kinds` and add them to the proposal; returns the new document ids."""
    new = []
    for kind in kinds:
        upload = request.files.get(kind)
        if upload is None or not upload.filename:
            continue
        document_id, name, fresh = store_pdf(upload, user, model.FILE_KINDS[kind])
        model.add_file(db(), road(), user, proposal, kind, document_id, name)
        if fresh:
            new.append(document_id)
    return new


def finish(new_documents: list[int]) -> None:
    """Commit the step, queue the new files' reading and, when the step wrote e-mail, the notify job."""
    db().commit()
    queue_new(new_documents)
    if notifications.mail_waiting(db()):
        from workers.queue import enqueue_notifications

        enqueue_notifications(app_settings())


def _refused(exc: Exception, proposal_id: int | None = None):
    db().rollback()
    flash(sentence(exc), "error")
    if proposal_id:
        return redirect(url_for("proposals.detail", proposal_id=proposal_id))
    return redirect(url_for("proposals.index"))


@bp.get("/usulan")
@login_required
def index():
    """Counts, time and overdue per stage; what waits for this user; the list (filtered by stage and unit)."""
    session, user, the_road = db(), current_user(), road()
    seen = board.visible(session, user)
    stage, unit = request.args.get("tahap") or None, request.args.get("unit", "")
    unit_id = int(unit) if unit.isdigit() else None
    listed = [p for p in seen if (stage is None or p.stage == stage) and (unit_id is None or p.unit_id == unit_id)]
    listed.sort(key=lambda p: (p.updated_at, p.id), reverse=True)
    mine = [p for p in seen if model.may_act(the_road, p, user)]
    units = {u.id: u.name for u in all_units(session)}
    agreements = unit_agreements(session, user.unit) if user.role == Role.OPD.value and user.unit else []
    return render_template("proposals/index.html", figures=board.figures(session, the_road, seen), listed=listed,
                           mine=mine, units=units, label=model.label, stage=stage, unit=unit_id, road=the_road,
                           overdue=lambda p: board.is_overdue(the_road, p), agreements=agreements,
                           may_propose=user.role in (Role.OPD.value, Role.ADMIN.value))


def _form(form, error: str | None = None):
    """The proposal form (an admin also picks the unit it files for)."""
    user = current_user()
    units = unit_names() if user.role == Role.ADMIN.value else []
    return render_template("proposals/form.html", form=form, error=error, doc_types=DOC_TYPES, units=units,
                           scopes=model.SCOPES, partner_kinds=model.PARTNER_LABELS)


@bp.route("/usulan/baru", methods=["GET", "POST"])
@login_required
def new():
    """The proposal form; "Simpan draf" keeps it as a draft, "Ajukan" submits it at once. A unit's user proposes
    for its unit; an admin files a request that came on paper for the unit it names."""
    user = current_user()
    if user.role not in (Role.OPD.value, Role.ADMIN.value):
        flash("Usulan diajukan oleh pengguna unit pengusul (peran opd) atau oleh admin atas nama unit.", "error")
        return redirect(url_for("proposals.index"))
    if request.method == "GET":
        return _form({})
    session = db()
    try:
        proposal = model.create(session, user, model.read_form(session, request.form), request.form.get("unit"))
        new_documents = attach_files(proposal, user, ("letter", "tor"))
        if request.form.get("action") == "ajukan":
            model.transition(session, road(), user, proposal.id, "diajukan", request.form.get("note", ""))
    except (model.ProposalError, InputRejected) as exc:
        session.rollback()
        return _form(request.form, str(exc)), getattr(exc, "status", 400)
    finish(new_documents)
    flash(f"Usulan #{proposal.id} {'diajukan' if proposal.stage == 'diajukan' else 'disimpan sebagai draf'}.")
    return redirect(url_for("proposals.detail", proposal_id=proposal.id))


@bp.get("/usulan/<int:proposal_id>")
@login_required
def detail(proposal_id: int):
    """One proposal: its facts, files per stage (locked once passed), the timeline, and what this user may do."""
    session, user, the_road = db(), current_user(), road()
    try:
        proposal = model.get_for(session, user, proposal_id)
    except model.ProposalNotFound as exc:
        raise ApiError(404, sentence(exc)) from None
    names = user_names(session)
    data = model.describe(session, the_road, proposal, detail=True, names=names)
    acting = model.may_act(the_road, proposal, user)
    return render_template("proposals/detail.html", p=proposal, data=data, label=model.label, road=the_road,
                           acting=acting, moves=the_road.moves(proposal.stage) if acting else [],
                           kinds=model.kinds_allowed(the_road, proposal.stage) if acting else (),
                           file_kinds=model.FILE_KINDS, scopes=model.SCOPES, partner_kinds=model.PARTNER_LABELS,
                           doc_types=DOC_TYPES, overdue=board.is_overdue(the_road, proposal),
                           unit=session.get(Unit, proposal.unit_id), form=data)


def _step(proposal_id: int, work, refused: tuple[type[Exception], ...] = (model.ProposalError, InputRejected)):
    """One change to a proposal from a form: `work()` returns (new document ids, what to tell the user). Refused:
    rolled back and told in words; done: committed, its files queued, the people told. Back to the proposal."""
    try:
        new_documents, done = work()
    except refused as exc:
        return _refused(exc, proposal_id)
    finish(new_documents)
    flash(done)
    return redirect(url_for("proposals.detail", proposal_id=proposal_id))


@bp.post("/usulan/<int:proposal_id>/ubah")
@login_required
def edit(proposal_id: int):
    """The unit changes its draft or returned proposal (and may add new versions of the letter and TOR)."""
    session, user = db(), current_user()
    submit = request.form.get("action") == "ajukan"

    def work():
        proposal = model.get_for(session, user, proposal_id)
        model.update(session, road(), user, proposal, model.read_form(session, request.form))
        new_documents = attach_files(proposal, user, ("letter", "tor"))
        if submit:
            model.transition(session, road(), user, proposal.id, "diajukan", request.form.get("note", ""))
        return new_documents, f"Usulan #{proposal_id} {'diajukan kembali' if submit else 'disimpan'}."
    return _step(proposal_id, work)


@bp.post("/usulan/<int:proposal_id>/berkas")
@login_required
def upload(proposal_id: int):
    """A new version of a file at the current stage (a draft of the text, the signed agreement)."""
    session, user = db(), current_user()
    kind = request.form.get("kind", "")

    def work():
        proposal = model.get_for(session, user, proposal_id)
        if kind not in model.FILE_KINDS or not request.files.get(kind):
            raise model.ProposalRejected("pilih berkas PDF yang akan diunggah")
        return attach_files(proposal, user, (kind,)), f"{model.FILE_KINDS[kind]} diunggah."
    return _step(proposal_id, work)


@bp.post("/usulan/<int:proposal_id>/tahap")
@login_required
def move(proposal_id: int):
    """Move the proposal to the chosen stage, with a note (required when returning or rejecting)."""
    session, user = db(), current_user()
    to = request.form.get("to", "")

    def work():
        model.transition(session, road(), user, proposal_id, to, request.form.get("note", ""),
                         request.form.get("from") or None)
        done = f"Usulan #{proposal_id} kini di tahap {model.label(to)}."
        agreement_id = session.get(Proposal, proposal_id).agreement_id
        if agreement_id:
            done += f" Naskahnya tercatat di arsip sebagai perjanjian #{agreement_id}."
        return [], done
    return _step(proposal_id, work, (model.ProposalError,))


@bp.get("/notifikasi")
@login_required
def notifications_page():
    """The user's notifications, newest first."""
    user = current_user()
    return render_template("proposals/notifications.html", rows=notifications.recent(db(), user),
                           now=datetime.now(timezone.utc))


@bp.post("/notifikasi/baca")
@login_required
def notifications_read():
    count = notifications.mark_read(db(), current_user())
    db().commit()
    flash(f"{count} notifikasi ditandai sudah dibaca.")
    return redirect(url_for("proposals.notifications_page"))
