"""Monitoring & evaluation: figures with SVG charts, yearly targets, CSV/XLSX export; the audit log for admins."""
from __future__ import annotations

from datetime import date, datetime

from flask import Blueprint, Response, flash, jsonify, redirect, render_template, request, url_for

from ingest.errors import ArsipError
from models import audit, audit_log, stats
from models import monev as figures
from models.labels import DOC_TYPE_SHORT, PARTNER_LABELS, STATUS_LABELS
from models.proposals import board
from search_app.auth import current_user, has_role, login_required, role_required
from search_app.charts import bar_chart
from search_app.context import app_settings, db
from search_app.errors import ApiError

bp = Blueprint("monitoring", __name__)
NAV = [("monitoring.monev", "Monitoring & Evaluasi", None), ("monitoring.audit_page", "Log audit", ("admin",))]

DIMENSION_TITLES = {"year": "Menurut tahun tanda tangan", "doc_type": "Menurut jenis dokumen",
                    "partner_kind": "Menurut jenis mitra", "region": "Menurut daerah", "status": "Menurut status"}
KEY_LABELS = dict(STATUS_LABELS, **PARTNER_LABELS, **DOC_TYPE_SHORT, tidak_diketahui="Tidak diketahui",
                  bukan_perjanjian="Bukan perjanjian")
PAGE_SIZE = 100


def _today() -> date:
    value = request.args.get("today")
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError:
        raise ApiError(400, f"today={value!r} bukan tanggal YYYY-MM-DD.", field="today") from None


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d")


def _monev_filters() -> figures.Filters:
    try:
        return figures.parse_filters(request.args)
    except figures.FilterRejected as exc:
        raise ApiError(400, str(exc), field="dari" if "dari" in str(exc) else "sampai") from None


@bp.route("/monev")
@login_required
def monev():
    """Figure cards, charts that click through to their lists, and signed agreements against the targets,
    for a range of signing years and a unit."""
    session, today, filters = db(), _today(), _monev_filters()
    table = figures.narrow(stats.rows(session, today), filters)
    months = int(app_settings().kb_without_pks_months)
    waiting = figures.kb_without_pks(session, today, months, filters)
    sections = []
    for by in stats.DIMENSIONS:
        counts = stats.figures(table, by)
        links = {KEY_LABELS.get(k, k): url_for("monitoring.monev_list", **{by: k}, **filters.params()) for k, _ in counts}
        labelled = [(KEY_LABELS.get(k, k), n) for k, n in counts]
        sections.append((by, DIMENSION_TITLES[by], labelled, bar_chart(DIMENSION_TITLES[by], labelled, links=links)))
    report = figures.year_progress(session, table, filters)
    target_chart = bar_chart("Perjanjian baru ditandatangani per tahun (garis merah: target)",
                             [(str(p.year), p.signed) for p in report],
                             targets={str(p.year): p.target for p in report if p.target is not None},
                             links={str(p.year): url_for("monitoring.monev_list", year=p.year, **filters.params())
                                    for p in report})
    no_target = not any(p.year == today.year and p.target is not None for p in report)
    return render_template("follow/monev.html", sections=sections, report=report, target_chart=target_chart,
                           total=len(table), is_admin=has_role(current_user(), "admin"), this_year=today.year,
                           cards=figures.cards(table, waiting), filters=filters, units=figures.units(session),
                           no_target=no_target, months=months,
                           proposals_running=board.running(session, filters.unit))


@bp.route("/monev/daftar")
@login_required
def monev_list():
    """The agreements behind a figure card or a chart bar, with the same filters."""
    session, today, filters = db(), _today(), _monev_filters()
    table = figures.narrow(stats.rows(session, today), filters)
    waiting = figures.kb_without_pks(session, today, int(app_settings().kb_without_pks_months), filters)
    try:
        title, rows = figures.select_rows(table, waiting, request.args)
    except figures.FilterRejected as exc:
        raise ApiError(400, str(exc), field="kartu") from None
    return render_template("follow/monev_daftar.html", title=title, rows=rows, filters=filters,
                           labels=KEY_LABELS)


@bp.route("/monev/target", methods=["POST"])
@role_required("admin")
def set_target():
    """An admin sets how many agreements the region aims to sign in a year."""
    session = db()
    try:
        year, target = int(request.form.get("year", "")), int(request.form.get("target", ""))
    except ValueError:
        flash("Isi tahun dan target sebagai angka.", "error")
        return redirect(url_for("monitoring.monev"))
    try:
        stats.set_target(session, year, target, current_user().id)
    except ArsipError as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("monitoring.monev"))
    session.commit()
    flash(f"Target {year}: {target} perjanjian.")
    return redirect(url_for("monitoring.monev") + "#target")


@bp.route("/monev/ekspor.csv")
@login_required
def export_csv():
    """CSV export: ?data=documents (default), figures or targets."""
    session = db()
    what = request.args.get("data", "documents")
    text = stats.export_csv(stats.rows(session, _today()), what, session)
    audit.record(session, "export", user_id=current_user().id, format="csv", data=what)
    session.commit()
    return Response("\ufeff" + text, mimetype="text/csv; charset=utf-8",  # BOM: Excel opens UTF-8 correctly
                    headers={"Content-Disposition": f'attachment; filename="monev-{what}-{_stamp()}.csv"'})


@bp.route("/monev/ekspor.xlsx")
@login_required
def export_xlsx():
    """Excel export of the figures, the targets and every document."""
    session = db()
    data = stats.export_xlsx(session, stats.rows(session, _today()))
    audit.record(session, "export", user_id=current_user().id, format="xlsx")
    session.commit()
    return Response(data, mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="monev-{_stamp()}.xlsx"'})


@bp.route("/api/targets")
@login_required
def targets_api():
    """New agreements signed per year against the yearly targets (counts by dimension: /api/stats)."""
    session = db()
    table = stats.rows(session, _today())
    return jsonify({"targets": [{"year": p.year, "signed": p.signed, "target": p.target, "percent": p.percent}
                                for p in stats.progress(session, table)]})


def _filters() -> dict:
    document = request.args.get("document", "").strip()
    if document and not document.isdigit():
        raise ApiError(400, "Filter dokumen harus berupa ID angka.", field="document")
    return {"action": request.args.get("action") or None, "document_id": int(document) if document else None}


@bp.route("/audit")
@role_required("admin")
def audit_page():
    """The audit log: corrections, links, uploads, deletions, downloads... newest first."""
    session = db()
    filters = _filters()
    page = max(1, request.args.get("page", 1, type=int))
    rows = audit_log.entries(session, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, **filters)
    total = audit_log.count(session, **filters)
    return render_template("follow/audit.html", rows=rows, total=total, page=page,
                           pages=max(1, -(-total // PAGE_SIZE)), names=audit_log.user_names(session),
                           actions=audit_log.actions(session), filters=filters)


@bp.route("/audit.csv")
@role_required("admin")
def audit_csv():
    """The (filtered) audit log as CSV."""
    session = db()
    filters = _filters()
    text = audit_log.to_csv(session, audit_log.entries(session, limit=None, **filters))
    audit.record(session, "export", user_id=current_user().id, format="csv", data="audit")
    session.commit()
    return Response("\ufeff" + text, mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="audit-{_stamp()}.csv"'})
