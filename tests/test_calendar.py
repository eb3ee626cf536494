"""The "Akan berakhir" pages and the iCalendar feed, through the Flask app (real login and CSRF)."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest
import time_machine
from icalendar import Calendar
from sqlalchemy import select

from models.alerts import claim, mark_sent
from models.db import session_scope
from models.tables import Alert, Document
from models.units import add_unit
from models.users import add_user, calendar_token
from tests.alert_support import add_document, add_link, alert_env, extraction  # noqa: F401 - fixture

TODAY = date(2026, 11, 2)
PASSWORD = "rahasia-panjang-1"

# Every test here uses Redis DB 5 (flushed per test): keep them on one xdist worker.
pytestmark = pytest.mark.xdist_group("alerts-redis5")


@pytest.fixture
def web(alert_env):
    """The app with: an expiring KB (unit DLH) extended by an addendum, an expiring PKS, a PKS of unknown term,
    an expired MOU, a terminated KB and a report; users admin / staff (DLH) / staff (Dinkes) / viewer."""
    from search_app import create_app

    with session_scope(alert_env) as session:
        add_unit(session, "Dinas Lingkungan Hidup", "DLH")
        add_unit(session, "Dinas Kesehatan", "Dinkes")
        ids = {
            "kb": add_document(session, extraction(end=TODAY + timedelta(days=40), title="Pengelolaan Sampah"),
                               unit="Dinas Lingkungan Hidup").id,
            "pks": add_document(session, extraction(doc_type="PKS", end=TODAY + timedelta(days=100), title="Magang",
                                                    number="7/PKS/2024"), unit="Dinas Kesehatan").id,
            "unknown": add_document(session, extraction(doc_type="PKS", end=None, title="Layanan Puskesmas",
                                                        number="8/PKS/2024")).id,
            "expired": add_document(session, extraction(doc_type="MOU", end=TODAY - timedelta(days=3),
                                                        title="Sister City", number="3/MOU/2020")).id,
            "report": add_document(session, extraction(doc_type="OTHER", end=None, title="Laporan")).id,
        }
        ended = add_document(session, extraction(end=TODAY + timedelta(days=20), title="Diakhiri", number="4/KB/2021"))
        ended.terminated_on = TODAY - timedelta(days=1)
        old = add_document(session, extraction(end=TODAY + timedelta(days=10), title="Air Bersih", number="5/KB/2021"))
        addendum = add_document(session, extraction(doc_type="ADDENDUM", end=TODAY + timedelta(days=800),
                                                    title="Addendum Air Bersih", number="6/ADD/2026"))
        add_link(session, addendum, old)
        ids.update(ended=ended.id, renewed=old.id, addendum=addendum.id)
        add_user(session, "admin1", "admin", password=PASSWORD, email="admin@kota.go.id")
        add_user(session, "dlh1", "staff", password=PASSWORD, email="dlh@kota.go.id", unit="Dinas Lingkungan Hidup")
        add_user(session, "dinkes1", "staff", password=PASSWORD, unit="Dinas Kesehatan")
        add_user(session, "viewer1", "viewer", password=PASSWORD)
    app = create_app(alert_env, {"TESTING": True})
    return app, ids, alert_env


def _csrf(page) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True)).group(1)


def login(client, name: str) -> str:
    response = client.post("/login", data={"username": name, "password": PASSWORD, "csrf_token": _csrf(client.get("/login"))})
    assert response.status_code == 302
    return _csrf(client.get("/alerts"))


@pytest.fixture
def frozen():
    with time_machine.travel(datetime.combine(TODAY, time(9)).astimezone(), tick=False):
        yield


def test_dashboard_lists_expiring_and_unknown_term(web, frozen):
    app, ids, _ = web
    client = app.test_client()
    login(client, "viewer1")
    page = client.get("/alerts").get_data(as_text=True)
    expiring = page.split('id="akan-berakhir"')[1].split('id="masa-berlaku-tidak-diketahui"')[0]
    review = page.split('id="masa-berlaku-tidak-diketahui"')[1].split('id="kalender"')[0]
    assert re.findall(r'data-document-id="(\d+)"', expiring) == [str(ids["kb"]), str(ids["pks"])]
    assert re.findall(r'data-document-id="(\d+)"', review) == [str(ids["unknown"])]
    assert "Akan berakhir" in page and "40 hari" in page
    assert "Diakhiri lebih awal" not in page  # a viewer cannot terminate or set units
    # grouped by the alert thresholds, each row with its partner (every party but the region's own)
    groups = re.findall(r'<h3 class="alert-group">([^<]+)<', expiring)
    assert [g.strip() for g in groups] == ["31–90 hari lagi", "91–180 hari lagi"]
    assert expiring.count("<td>Universitas Pakuan</td>") == 2 and "Pemerintah Kota Bogor" not in expiring
    assert 'id="belum-berjalan"' in page  # no daily run yet today: said, so nobody waits for an e-mail
    assert 'id="webcal"' not in page  # no calendar address until one is made
    data = client.get("/api/alerts").get_json()
    assert [row["agreement_id"] for row in data["expiring"]] == [ids["kb"], ids["pks"]]
    assert data["expiring"][0]["status"] == "expiring" and data["unknown_term"][0]["status"] == "unknown_term"


def test_acknowledge_and_snooze_from_the_dashboard(web, frozen):
    app, ids, settings = web
    with session_scope(settings) as session:
        claim(session, settings, TODAY)
        mark_sent(session, [a.id for a in session.scalars(select(Alert))])
    client = app.test_client()
    csrf = login(client, "dlh1")
    page = client.get("/alerts").get_data(as_text=True)
    mine = re.findall(r'data-alert-id="(\d+)"', page)
    assert len(mine) == 1  # only the DLH agreement is theirs
    assert "Pengelolaan Sampah" in page.split('id="akan-berakhir"')[0]
    assert client.post(f"/alerts/{mine[0]}/snooze", data={"days": "7"}).status_code == 400  # no CSRF token
    assert client.post(f"/alerts/{mine[0]}/snooze", data={"days": "7", "csrf_token": csrf}).status_code == 302
    assert 'data-alert-id' not in client.get("/alerts").get_data(as_text=True).split('id="akan-berakhir"')[0]
    with time_machine.travel(datetime.combine(TODAY + timedelta(days=7), time(9)).astimezone(), tick=False):
        assert client.get("/alerts").status_code == 302  # a week idle: the login session has ended
        csrf = login(client, "dlh1")
        assert re.findall(r'data-alert-id="(\d+)"', client.get("/alerts").get_data(as_text=True)) == mine
        assert client.post(f"/alerts/{mine[0]}/acknowledge", data={"csrf_token": csrf}).status_code == 302
        assert re.findall(r'data-alert-id="(\d+)"', client.get("/alerts").get_data(as_text=True)) == []
    with session_scope(settings) as session:
        assert session.get(Alert, int(mine[0])).state == "acknowledged"
    other = app.test_client()
    other_csrf = login(other, "dinkes1")
    assert other.post(f"/alerts/{mine[0]}/acknowledge", data={"csrf_token": other_csrf}).status_code == 404


def test_staff_set_the_responsible_unit_and_viewers_cannot(web, frozen):
    app, ids, settings = web
    staff, viewer = app.test_client(), app.test_client()
    csrf = login(staff, "dlh1")
    response = staff.post(f"/alerts/agreements/{ids['pks']}/unit", data={"unit": "Dinas Lingkungan Hidup", "csrf_token": csrf,
                                                                       "next": f"/perjanjian/{ids['pks']}"})
    assert response.status_code == 302 and response.headers["Location"] == f"/perjanjian/{ids['pks']}"
    for elsewhere in ("//evil.example", "/\\evil.example", "https://evil.example/"):
        response = staff.post(f"/alerts/agreements/{ids['pks']}/unit",
                              data={"unit": "Dinas Lingkungan Hidup", "csrf_token": csrf, "next": elsewhere})
        assert response.headers["Location"] == "/alerts"
    viewer_csrf = login(viewer, "viewer1")
    assert viewer.post(f"/alerts/agreements/{ids['pks']}/unit",
                       data={"unit": "X", "csrf_token": viewer_csrf}).status_code == 403
    with session_scope(settings) as session:
        assert session.get(Document, ids["pks"]).unit == "Dinas Lingkungan Hidup"
        due = {item.agreement_id: item.recipients for item in claim(session, settings, TODAY).due}
    assert due[ids["pks"]] == ["admin@kota.go.id", "dlh@kota.go.id"]  # the unit's staff now get its alerts


def test_calendar_feed_has_one_event_per_end_date(web, frozen):
    app, ids, settings = web
    with session_scope(settings) as session:
        from models.users import find_user

        admin_token = calendar_token(session, find_user(session, "admin1"))
        staff_token = calendar_token(session, find_user(session, "dinkes1"))
    client = app.test_client()
    response = client.get(f"/calendar.ics?token={admin_token}")
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    events = Calendar.from_ical(response.data).walk("VEVENT")
    by_uid = {str(e["UID"]): e for e in events}
    expected = {ids["kb"]: TODAY + timedelta(days=40), ids["pks"]: TODAY + timedelta(days=100),
                ids["expired"]: TODAY - timedelta(days=3), ids["renewed"]: TODAY + timedelta(days=800)}
    assert sorted(by_uid) == sorted(f"arsip-agreement-{i}-{d.isoformat()}@arsip" for i, d in expected.items())
    for doc_id, end in expected.items():
        event = by_uid[f"arsip-agreement-{doc_id}-{end.isoformat()}@arsip"]
        assert event.decoded("DTSTART") == end
        assert str(event["URL"]) == f"https://arsip.example.go.id/agreements/{doc_id}"
    assert str(by_uid[f"arsip-agreement-{ids['kb']}-{expected[ids['kb']].isoformat()}@arsip"]["SUMMARY"]) == \
        "Berakhir: Pengelolaan Sampah"
    staff_events = Calendar.from_ical(client.get(f"/calendar.ics?token={staff_token}").data).walk("VEVENT")
    assert {str(e["UID"]).split("-")[2] for e in staff_events} == {str(ids["pks"]), str(ids["expired"]),
                                                                   str(ids["renewed"])}  # not DLH's KB


@pytest.mark.parametrize("query", ["", "?token=", "?token=tebakan-salah"])
def test_calendar_without_a_known_token_is_a_json_404(web, query):
    app, _, _ = web
    response = app.test_client().get("/calendar.ics" + query)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "calendar_not_found"


def test_calendar_token_is_created_and_rotated_from_the_dashboard(web, frozen):
    app, _, _ = web
    client = app.test_client()
    csrf = login(client, "admin1")
    client.post("/alerts/calendar-token", data={"csrf_token": csrf})
    page = client.get("/alerts").get_data(as_text=True)
    first = re.search(r"calendar\.ics\?token=([\w-]+)", page).group(1)
    assert client.get(f"/calendar.ics?token={first}").status_code == 200
    assert f'href="webcal://localhost/calendar.ics?token={first}"' in page  # opens the calendar app
    assert 'data-copy="calendar-url"' in page and f'value="http://localhost/calendar.ics?token={first}"' in page
    client.post("/alerts/calendar-token", data={"csrf_token": csrf, "rotate": "1"})
    second = re.search(r"calendar\.ics\?token=([\w-]+)", client.get("/alerts").get_data(as_text=True)).group(1)
    assert second != first
    assert client.get(f"/calendar.ics?token={first}").status_code == 404


def test_the_link_in_mail_and_calendar_leads_to_the_agreement_page(web):
    app, ids, _ = web
    client = app.test_client()
    login(client, "viewer1")
    response = client.get(f"/agreements/{ids['kb']}")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/perjanjian/{ids['kb']}")
    assert client.get(response.headers["Location"]).status_code == 200
