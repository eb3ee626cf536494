"""The one label table: every code of the archive has Indonesian words, and dates read as staff write them."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from ingest.facts import FIELDS, PARTNER_KINDS, DocType
from ingest.isodate import date_words
from models import labels
from models.status import AgreementStatus, DocumentStatus, DuplicateState, FieldReview, LinkType, ReviewState, Role
from search_app.words import detail_words, moment_words

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("enum", "kind"), [
    (AgreementStatus, "status"), (DocumentStatus, "doc_status"), (DocType, "doc_type"), (DocType, "doc_type_short"),
    (LinkType, "link"), (LinkType, "link_passive"), (FieldReview, "field_state"), (ReviewState, "review"),
    (DuplicateState, "duplicate"), (Role, "role"),
])
def test_every_code_of_a_lifecycle_has_words(enum, kind):
    missing = [member.value for member in enum if member.value not in labels.TABLES[kind]]
    assert not missing


def test_fields_and_partner_kinds_read_from_their_one_table():
    assert labels.TABLES["field"] is labels.FIELD_LABELS  # the field table itself, not a copy
    assert all(labels.FIELD_LABELS[item.name].strip() and labels.FIELD_LABELS[item.name] != item.name for item in FIELDS)
    assert set(labels.PARTNER_LABELS) == set(PARTNER_KINDS)


def test_every_audit_action_written_by_the_code_has_words():
    written = set()
    for path in [*ROOT.glob("models/**/*.py"), *ROOT.glob("search_app/*.py"), *ROOT.glob("workers/*.py")]:
        text = path.read_text(encoding="utf-8")
        written |= set(re.findall(r"(?:audit\.record|[^.]record|_record)\(\w+(?:\(\))?, \"([a-z_]+)\"", text))
    # actions written through a constant (audit.UPLOAD_BATCH, RUN_ACTION) are named in models/audit.py
    written |= set(re.findall(r"^[A-Z_]+ = \"([a-z_]+)\"", (ROOT / "models" / "audit.py").read_text(encoding="utf-8"),
                              re.MULTILINE))
    assert {"upload", "correction", "login", "terminated", "alerts_run"} <= written  # the scan finds them
    assert sorted(written - set(labels.ACTION_LABELS)) == []


def test_labels_replace_codes_and_never_fail_on_unknown_ones():
    assert labels.label("expiring", "status") == "Segera berakhir"
    assert labels.label(AgreementStatus.RENEWED, "status") == "Diperpanjang"
    assert labels.label("ADDENDUM", "doc_type") == "Adendum"
    assert labels.label("evaluates", "link_passive") == "dievaluasi oleh"
    assert labels.label("some_new_code", "status") == "some new code"
    assert labels.label(None, "status") == ""


def test_codes_to_keep_off_pages_exclude_ordinary_words():
    assert {"ADDENDUM", "OTHER", "unknown_term", "correction", "daerah_lain", "extracted"} <= labels.CODES
    assert not {"KB", "PKS", "target"} & labels.CODES


@pytest.mark.parametrize(("value", "words"), [
    ("2019-05-16", "16 Mei 2019"), (dt.date(2028, 8, 23), "23 Agustus 2028"), ("2024-02-29T10:00:00", "29 Februari 2024"),
    (None, ""), ("bukan tanggal", ""),
])
def test_dates_read_as_staff_write_them(value, words):
    assert date_words(value) == words


def test_moments_carry_the_time_of_day():
    assert moment_words(dt.datetime(2026, 1, 2, 9, 5)) == "2 Januari 2026 pukul 09.05"
    assert moment_words("2026-01-02T09:05:00+00:00") == "2 Januari 2026 pukul 09.05"
    assert moment_words(dt.date(2026, 1, 2)) == "2 Januari 2026"


@pytest.mark.parametrize(("duration", "words"), [("P2Y", "2 tahun"), ("P1Y6M", "1 tahun 6 bulan"), ("P90D", "90 hari"),
                                                 (None, ""), ("lima tahun", "lima tahun")])
def test_terms_read_in_words(duration, words):
    assert labels.term_words(duration) == words


def test_audit_details_read_as_words_not_codes():
    moved = detail_words({"proposal": 4, "old": "pembahasan", "new": "penyusunan_naskah"}, "proposal_transition")
    assert moved == "usulan: 4; lama: Pembahasan TKKSD; baru: Penyusunan naskah"
    assert detail_words({"old": "staff", "new": "viewer"}, "user_role") == "lama: staf; baru: pembaca"
    batch = detail_words({"chosen": 2, "rejections": [{"name": "kosong.pdf", "reason": "empty file (0 bytes)"}]},
                         "upload_batch")
    assert batch == "dipilih: 2; penolakan: (nama: kosong.pdf; alasan: berkas kosong (0 bita))"
    assert detail_words({"sessions_ended": 2}, "password_change") == "sesi diakhiri: 2"
    # the same values under another action are not stages: kept as written
    assert detail_words({"old": "Bogor", "new": "Depok"}, "correction") == "lama: Bogor; baru: Depok"
