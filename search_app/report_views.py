"""Upward reports for download: the yearly report and the current search result, as XLSX, PDF or CSV.

Every logged-in user may download them (as /monev/ekspor.*), by session or API token; each download
is audited. The search export takes exactly the parameters of /api/search and holds every hit (not
only one page), up to the index's 1,000 hits.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from flask import Blueprint, Response, request, url_for
from werkzeug.datastructures import MultiDict

from ingest.errors import ServiceUnavailable
from models import audit, reports
from models.labels import PARTNER_LABELS, STATUS_LABELS
from models.search_query import MAX_PER_PAGE, SearchRejected, SearchRequest, parse_request
from search_app.agreements import run_search
from search_app.auth import current_user, login_required
from search_app.context import db
from search_app.errors import ApiError

bp = Blueprint("reports", __name__)
FORMAT = "<any(xlsx, pdf, csv):fmt>"


def _search_args() -> MultiDict:
    """The request's search parameters without paging: an export holds the whole result."""
    args = MultiDict(request.args)
    args.pop("page", None)
    args.pop("per_page", None)
    return args


@bp.app_template_global()
def search_export_url(fmt: str) -> str:
    """The address that downloads the whole current search result in a format."""
    return url_for("reports.search_result", fmt=fmt, **_search_args().to_dict(flat=False))


def _download(report: reports.Report, fmt: str, what: str) -> Response:
    data = reports.render(report, fmt)
    session = db()
    audit.record(session, "export", user_id=current_user().id, format=fmt, data=what, rows=len(report.rows),
                 **({"year": report.year} if report.year is not None else {}))
    session.commit()
    return Response(data, mimetype=reports.MEDIA_TYPES[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{reports.file_name(report, fmt)}"'})


@bp.route(f"/laporan/tahunan.{FORMAT}")
@login_required
def yearly(fmt: str):
    """The yearly report of the region's cooperation (?tahun=YYYY, default this year)."""
    year = request.args.get("tahun", str(date.today().year))
    try:
        report = reports.yearly_report(db(), reports.check_year(year))
    except reports.ReportRejected as exc:
        raise ApiError(400, str(exc), field="tahun") from None
    return _download(report, fmt, "laporan-tahunan")


def _describe(query: SearchRequest) -> str:
    parts = [f"“{query.q}”"] if query.q else []
    labels = {"status": STATUS_LABELS, "partner_kind": PARTNER_LABELS}
    for name, values in query.filters.items():
        parts.append(f"{name}: " + ", ".join(labels.get(name, {}).get(str(v), str(v)) for v in values))
    return "; ".join(parts)


def every_hit(query: SearchRequest) -> list[int]:
    """The agreement ids of the whole result of a search, in its order (page after page)."""
    ids: list[int] = []
    page = 1
    while True:
        result = run_search(db(), replace(query, page=page, per_page=MAX_PER_PAGE))
        ids += [hit.agreement_id for hit in result.hits]
        if page >= result.total_pages or not result.hits:
            return list(dict.fromkeys(ids))
        page += 1


@bp.route(f"/laporan/pencarian.{FORMAT}")
@login_required
def search_result(fmt: str):
    """The current search result (the parameters of /api/search; page and per_page are ignored)."""
    try:
        query = parse_request(_search_args())
    except SearchRejected as exc:
        raise ApiError(400, str(exc), "invalid_parameter", field=exc.field) from None
    try:
        ids = every_hit(query)
    except ServiceUnavailable:
        raise ApiError(503, "Pencarian sedang tidak tersedia (Meilisearch tidak menjawab); ekspor hasil pencarian "
                            "belum bisa dibuat. Coba lagi sebentar lagi.") from None
    return _download(reports.search_report(db(), ids, _describe(query)), fmt, "hasil-pencarian")
