"""The partner directory (/mitra): partners with their agreements, near-duplicate names merged by staff."""
from __future__ import annotations

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for

from models import partners
from models.labels import PARTNER_LABELS, STATUS_LABELS
from search_app.auth import current_user, has_role, login_required, role_required
from search_app.context import db
from search_app.follow_views import _today

bp = Blueprint("partners", __name__)
NAV = [("partners.directory", "Mitra", None)]


@bp.route("/mitra")
@login_required
def directory():
    """Every partner: kind, agreements by type, first signing, last end; filtered by a name fragment."""
    everyone = partners.directory(db(), _today())
    words = " ".join(request.args.get("q", "").split())
    wanted = partners.partner_key(words)
    shown = [p for key, p in everyone.items() if wanted in key or any(wanted in partners.partner_key(n) for n in p.names)]
    return render_template("partners/directory.html", partners=shown, q=words, labels=PARTNER_LABELS)


@bp.route("/mitra/p/<path:key>")
@login_required
def partner(key: str):
    """One partner with all its agreements and the names merged into it."""
    found = partners.directory(db(), _today())
    key = partners.resolve(partners.partner_key(key), partners.active_merges(db()))
    if key not in found:
        abort(404, "Mitra tidak ditemukan.")
    return render_template("partners/partner.html", partner=found[key], labels=PARTNER_LABELS,
                           status_labels=STATUS_LABELS, can_merge=has_role(current_user(), "staff"))


@bp.route("/mitra/usulan")
@login_required
def proposals():
    """Names that look like one partner, for staff to merge; and every merge so far, with undo."""
    found = partners.directory(db(), _today())
    return render_template("partners/proposals.html", partners=found,
                           proposals=partners.proposals(found, distinct=partners.distinct_pairs(db())),
                           history=partners.history(db()), can_merge=has_role(current_user(), "staff"))


def _change(action, done):
    """Run a merge or undo for the current user; its refusal is flashed, its result described."""
    session = db()
    try:
        row = action(session, current_user().id)
    except partners.MergeRejected as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("partners.proposals"))
    session.commit()
    flash(done(row))
    return redirect(url_for("partners.proposals") + "#riwayat")


@bp.route("/mitra/gabung", methods=["POST"])
@role_required("staff")
def merge():
    """Merge partner `alias` into `target`."""
    alias, target = request.form.get("alias", ""), request.form.get("target", "")
    return _change(lambda session, user_id: partners.merge(session, alias, target, user_id),
                   lambda row: f"{row.alias} digabung ke {row.target}; dapat dibatalkan di bawah.")


@bp.route("/mitra/berbeda", methods=["POST"])
@role_required("staff")
def distinct():
    """Two proposed names are different partners: stop proposing the pair."""
    a, b = request.form.get("a", ""), request.form.get("b", "")
    return _change(lambda session, user_id: partners.mark_distinct(session, a, b, user_id),
                   lambda row: f"{row.first} dan {row.second} dicatat sebagai mitra yang berbeda.")


@bp.route("/mitra/gabung/<int:merge_id>/batal", methods=["POST"])
@role_required("staff")
def undo(merge_id: int):
    """Undo a merge."""
    return _change(lambda session, user_id: partners.undo(session, merge_id, user_id),
                   lambda row: f"Penggabungan {row.alias} → {row.target} dibatalkan.")


@bp.route("/api/partners")
@login_required
def partners_api():
    """The directory as JSON: each partner with its agreement ids, kinds and terms."""
    found = partners.directory(db(), _today())
    return jsonify({"partners": [
        {"key": p.key, "name": p.name, "names": sorted(p.names), "partner_kind": p.partner_kind,
         "kinds": dict(p.kinds), "active": p.active,
         "agreements": [{"agreement_id": r.agreement_id, "doc_type": r.doc_type, "subject": r.subject,
                         "sign_date": r.sign_date.isoformat() if r.sign_date else None,
                         "end_date": r.end_date.isoformat() if r.end_date else None, "term": r.term or None,
                         "status": r.status} for r in p.agreements]}
        for p in found.values()]})
