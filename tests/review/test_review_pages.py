"""The review pages without a browser: inbox, count in the top bar, review screen data, roles."""
from __future__ import annotations

import json
import re

from tests.search.helpers import add_agreement, facts, login, make_user


def _client(app, settings, name, role):
    make_user(settings, name, role)
    client = app.test_client()
    login(client, name)
    return client


def test_the_inbox_count_shows_in_the_top_bar_and_drops_when_verified(offline_app, offline_env):
    first = add_agreement(offline_env, facts(title="Pertama"), ["a"])
    add_agreement(offline_env, facts(title="Kedua"), ["b"])
    staff = _client(offline_app, offline_env, "petugas", "staff")
    page = staff.get("/perlu-diperiksa").get_data(as_text=True)
    assert re.search(r'Perlu diperiksa <span class="navcount">2</span>', page)
    assert "Pertama" in page and "Kedua" in page and f"/perlu-diperiksa/{first}" in page
    staff.post(f"/api/agreements/{first}/confirm", json={"all": True})
    page = staff.get("/perlu-diperiksa").get_data(as_text=True)
    assert re.search(r'Perlu diperiksa <span class="navcount">1</span>', page) and "Pertama" not in page
    assert staff.get(f"/perlu-diperiksa/berikutnya?setelah={first}").headers["Location"].endswith(
        f"/perlu-diperiksa/{first + 1}")


def test_the_review_screen_carries_each_field_with_its_evidence(offline_app, offline_env):
    text = "Perjanjian ini berlaku sampai dengan tanggal 23 Agustus 2028 dan dapat diperpanjang."
    start = text.index("23 Agustus")
    extraction = facts(evidence={"end_date": {"page": 1, "start": start, "end": start + 15, "confidence": 0.7}})
    doc_id = add_agreement(offline_env, extraction, [text])
    viewer = _client(offline_app, offline_env, "tamu", "viewer")
    page = viewer.get(f"/perlu-diperiksa/{doc_id}").get_data(as_text=True)
    data = json.loads(re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page, re.S).group(1))
    end = next(f for f in data["fields"] if f["name"] == "end_date")
    assert (end["page"], end["start"], end["confidence"], end["state"]) == (1, start, 0.7, "extracted")
    assert data["pages"]["1"]["text"] == text and data["can_confirm"] is False
    assert "hanya dapat melihat" in page
    assert "Perlu diperiksa" not in page.split("<main")[0]  # viewers do not review: no entry in the top bar
