"""Corrections: validated at the door, recorded with who/when/old/new, audited, and never lost to re-extraction."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models.corrected import apply_corrections
from models.corrections import CorrectionRejected, correct, validate
from models.dossiers import relink_all, typed_links
from models.lifecycle import agreement_status
from models.status import AgreementStatus, DocumentStatus
from models.tables import AuditEntry, Correction, User
from tests.follow_support import add_document, follow_settings, session  # noqa: F401 - fixtures

FACTS = {"doc_type": "KB", "numbers": ["119/KB.12-Ker/2023"], "title": "Tridharma Perguruan Tinggi",
         "parties": [{"role": "PIHAK PERTAMA", "institution": "Pemerintah Kota Bogor", "signatory": "Bima Arya",
                      "position": "Wali Kota Bogor"},
                     {"role": "PIHAK KEDUA", "institution": "Universitas Pakuan", "signatory": None, "position": None}],
         "sign_date": "2023-08-24", "effective_date": "2023-08-24", "duration": "P5Y", "end_date": "2028-08-23"}


def staff(session) -> User:
    user = User(name="siti", password_hash="x", role="staff")
    session.add(user)
    session.flush()
    return user


@pytest.mark.parametrize("field, value, problem", [
    ("colour", "red", "colour"),
    ("sign_date", "24-08-2023", "YYYY-MM-DD"),
    ("end_date", "2023-02-30", "YYYY-MM-DD"),
    ("duration", "5 tahun", "ISO 8601"),
    ("doc_type", "SURAT", "jenis dokumen"),
    ("parties", [{"institution": ""}], "institution wajib"),
    ("parties", [{"institution": "X", "jabatan": "Y"}], "jabatan"),
    ("parties", "Pemerintah Kota Bogor", "daftar objek"),
    ("numbers", "119/KB/2023", "daftar teks"),
    ("partner_kind", "asing", "pilih"),
])
def test_bad_values_are_rejected_naming_the_field_and_the_problem(field, value, problem):
    with pytest.raises(CorrectionRejected) as caught:
        validate(field, value)
    message = str(caught.value)
    assert field in message and problem in message and "\n" not in message


def test_values_are_cleaned_to_the_schema_shape():
    assert validate("doc_type", " pks ") == "PKS"
    assert validate("duration", "p6m") == "P6M"
    assert validate("sign_date", "2024-02-29") == "2024-02-29"
    assert validate("title", "  Kerja   sama ") == "Kerja sama"
    assert validate("title", "   ") is None
    assert validate("numbers", ["  1/A/2023 ", ""]) == ["1/A/2023"]
    assert validate("parties", [{"institution": "Universitas Pakuan"}]) == [
        {"role": None, "institution": "Universitas Pakuan", "signatory": None, "position": None}]


def test_a_correction_records_who_when_old_and_new_and_an_audit_entry(session):
    user = staff(session)
    document = add_document(session, FACTS)
    row = correct(session, document, "sign_date", "2023-08-25", user.id)
    assert (row.old_value, row.new_value, row.user_id) == ("2023-08-24", "2023-08-25", user.id)
    assert row.created_at is not None
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "correction"))
    assert entry.user_id == user.id and entry.document_id == document.id
    assert entry.detail == {"field": "sign_date", "old": "2023-08-24", "new": "2023-08-25"}
    assert apply_corrections(session, document)["sign_date"] == "2023-08-25"


def test_an_indexed_document_goes_back_to_extracted_so_the_index_is_rebuilt(session):
    indexed = add_document(session, FACTS, name="a.pdf")
    waiting = add_document(session, FACTS, name="b.pdf", status=DocumentStatus.EXTRACTED.value)
    correct(session, indexed, "title", "Judul baru", None)
    correct(session, waiting, "title", "Judul baru", None)
    assert indexed.status == waiting.status == DocumentStatus.EXTRACTED.value


def test_an_unchanged_value_records_nothing(session):
    document = add_document(session, FACTS)
    assert correct(session, document, "doc_type", "kb", None) is None
    assert session.scalars(select(Correction)).all() == []
    assert session.scalars(select(AuditEntry)).all() == []


def test_corrections_survive_re_extraction_and_the_newest_wins(session):
    document = add_document(session, FACTS)
    correct(session, document, "end_date", "2029-01-01", None)
    correct(session, document, "end_date", "2030-01-01", None)
    correct(session, document, "parties", [{"institution": "Universitas Pakuan Bogor"}], None)
    # A re-extraction replaces the stored extraction wholesale, with other (wrong) values.
    document.extraction = dict(FACTS, end_date="2027-12-31", title="Judul dari ekstraksi baru",
                               parties=[{"institution": "Universitas Pakwan"}])
    session.flush()
    facts = apply_corrections(session, document)
    assert facts["end_date"] == "2030-01-01"
    assert [p["institution"] for p in facts["parties"]] == ["Universitas Pakuan Bogor"]
    assert facts["title"] == "Judul dari ekstraksi baru"  # uncorrected fields follow the new extraction
    assert set(facts["corrected"]) == {"end_date", "parties"}
    history = session.scalars(select(Correction).order_by(Correction.id)).all()
    assert [(h.old_value, h.new_value) for h in history if h.field == "end_date"] == [
        ("2028-08-23", "2029-01-01"), ("2029-01-01", "2030-01-01")]


def test_corrected_dates_reach_the_lifecycle_that_drives_alerts(session):
    document = add_document(session, dict(FACTS, end_date="2024-01-01", duration=None))
    today = date(2025, 6, 1)
    assert agreement_status(session, document, today, alert_days=(90,)) == AgreementStatus.EXPIRED
    correct(session, document, "end_date", "2030-12-31", None)
    assert agreement_status(session, document, today, alert_days=(90,)) == AgreementStatus.ACTIVE


def test_correcting_the_cited_number_moves_the_link(session):
    first = add_document(session, dict(FACTS, numbers=["1/KB/2020"]), name="kb1.pdf")
    second = add_document(session, dict(FACTS, numbers=["2/KB/2022"]), name="kb2.pdf")
    pks = add_document(session, {"doc_type": "PKS", "numbers": ["7/PKS/2023"], "parent_agreement": "1/KB/2020",
                                 "sign_date": "2023-01-05"}, name="pks.pdf")
    relink_all(session)
    assert [(l["type"], l["agreement_id"]) for l in typed_links(session, pks.id)] == [("implements", first.id)]
    correct(session, pks, "parent_agreement", "2/KB/2022", None)
    assert [(l["type"], l["agreement_id"]) for l in typed_links(session, pks.id)] == [("implements", second.id)]
    assert pks.dossier_id == second.dossier_id != first.dossier_id


def test_a_corrected_end_date_decides_which_alert_is_due_even_after_re_extraction(session, follow_settings):
    from models.alerts import compute_due

    document = add_document(session, dict(FACTS, end_date="2030-12-31", duration=None))
    today = date(2025, 6, 1)
    assert compute_due(session, follow_settings, today, users=[])[0] == []  # years away: nothing due
    correct(session, document, "end_date", "2025-06-20", None)
    document.extraction = dict(FACTS, end_date="2031-01-01", duration=None)  # a later re-extraction
    session.flush()
    (due,), _ = compute_due(session, follow_settings, today, users=[])
    assert (due.agreement_id, due.end_date, due.days_left, due.threshold) == (document.id, date(2025, 6, 20), 19, 30)
