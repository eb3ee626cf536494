"""Lifecycle status of agreements: dates, corrections, addenda, replacements, early termination."""
from __future__ import annotations

import pytest
from datetime import date, timedelta

from models.corrections import correct
from models.db import session_scope
from models.lifecycle import agreement_status, effective_end_date, mark_changed, term_of
from models.status import AgreementStatus as S
from tests.alert_support import add_document, add_link, alert_env, extraction  # noqa: F401 - fixture

END = date(2027, 3, 31)

# Every test here uses Redis DB 5 (flushed per test): keep them on one xdist worker.
pytestmark = pytest.mark.xdist_group("alerts-redis5")


def test_status_follows_the_end_date_through_the_largest_window(alert_env):
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=END))
        seen = {day: agreement_status(session, kb, END + timedelta(days=day)) for day in (-181, -180, -1, 0, 1)}
    assert seen == {-181: S.ACTIVE, -180: S.EXPIRING, -1: S.EXPIRING, 0: S.EXPIRING, 1: S.EXPIRED}


def test_window_comes_from_the_alert_days_setting(alert_env):
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=END))
        assert agreement_status(session, kb, END - timedelta(days=60), alert_days=(30, 7)) == S.ACTIVE
        assert agreement_status(session, kb, END - timedelta(days=30), alert_days=(30, 7)) == S.EXPIRING


def test_other_documents_have_no_term_and_missing_end_is_unknown(alert_env):
    with session_scope(alert_env) as session:
        report = add_document(session, extraction(doc_type="OTHER", end=END))
        pks = add_document(session, extraction(doc_type="PKS", end=None))
        assert agreement_status(session, report, date(2026, 1, 1)) is None
        assert agreement_status(session, pks, date(2026, 1, 1)) == S.UNKNOWN_TERM
        assert effective_end_date(session, pks) is None


def test_a_stated_duration_gives_the_end_when_no_end_date_is_stated(alert_env):
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=None, sign=date(2022, 3, 1), duration="P5Y"))
        assert effective_end_date(session, kb) == date(2027, 2, 28)


def test_a_corrected_end_date_counts(alert_env):
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=None))
        assert agreement_status(session, kb, date(2026, 1, 1)) == S.UNKNOWN_TERM
        correct(session, kb, "end_date", "2026-03-01", user_id=None)
        assert effective_end_date(session, kb) == date(2026, 3, 1)
        assert agreement_status(session, kb, date(2026, 1, 1)) == S.EXPIRING


def test_an_addendum_with_a_later_end_renews_and_moves_the_end(alert_env):
    later = date(2030, 3, 31)
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=END))
        addendum = add_document(session, extraction(doc_type="ADDENDUM", end=later, sign=date(2027, 1, 5),
                                                    number="2/ADD/2027", parent="1/KB/2022"))
        add_link(session, addendum, kb)
        today = date(2027, 3, 1)  # inside the old window, long before the new end
        assert agreement_status(session, kb, today) == S.RENEWED
        assert effective_end_date(session, kb) == later
        term = term_of(session, addendum, today)
        assert term.carried_by == kb.id and term.end_date == later and not term.alerts
        # as the extended term nears its end, the agreement is expiring again, then expired
        assert agreement_status(session, kb, later - timedelta(days=10)) == S.EXPIRING
        assert agreement_status(session, kb, later + timedelta(days=1)) == S.EXPIRED


def test_an_addendum_without_a_later_end_changes_nothing(alert_env):
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=END))
        addendum = add_document(session, extraction(doc_type="ADDENDUM", end=None, sign=date(2026, 1, 5)))
        add_link(session, addendum, kb)
        assert agreement_status(session, kb, date(2025, 1, 1)) == S.ACTIVE
        assert effective_end_date(session, addendum) == END  # an addendum lives as long as its agreement


def test_unsure_or_removed_links_never_extend_a_term(alert_env):
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=END))
        inferred = add_document(session, extraction(doc_type="ADDENDUM", end=date(2031, 1, 1)))
        removed = add_document(session, extraction(doc_type="ADDENDUM", end=date(2032, 1, 1)))
        add_link(session, inferred, kb, confidence=0.6)
        add_link(session, removed, kb).active = False
        session.flush()
        assert effective_end_date(session, kb) == END
        assert agreement_status(session, kb, END - timedelta(days=5)) == S.EXPIRING


def test_a_later_agreement_that_replaces_it_supersedes(alert_env):
    with session_scope(alert_env) as session:
        old = add_document(session, extraction(end=END, sign=date(2022, 3, 1)))
        new = add_document(session, extraction(end=date(2032, 1, 1), sign=date(2027, 2, 1), number="9/KB/2027"))
        add_link(session, new, old)
        assert agreement_status(session, old, date(2027, 3, 1)) == S.SUPERSEDED
        assert agreement_status(session, new, date(2027, 3, 1)) == S.ACTIVE


def test_staff_termination_wins_from_its_day(alert_env):
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=END))
        kb.terminated_on = date(2025, 6, 1)
        assert agreement_status(session, kb, date(2025, 5, 31)) == S.ACTIVE
        assert agreement_status(session, kb, date(2025, 6, 1)) == S.TERMINATED


def test_changed_statuses_are_sent_back_for_reindexing(alert_env):
    with session_scope(alert_env) as session:
        crossing = add_document(session, extraction(end=END))
        steady = add_document(session, extraction(end=date(2035, 1, 1)))
        waiting = add_document(session, extraction(end=END), status="extracted")
        day = END - timedelta(days=180)
        marked = mark_changed(session, [crossing, steady, waiting], day - timedelta(days=1), day)
        assert marked == [crossing.id]
        assert (crossing.status, steady.status, waiting.status) == ("extracted", "indexed", "extracted")
