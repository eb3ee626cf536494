"""Verification state as a search filter and facet (real Meilisearch)."""
from __future__ import annotations

import pytest

from tests.search.helpers import add_agreement, facts, filler, login, make_user
from workers.indexing import index_pending

pytestmark = pytest.mark.xdist_group("meili")


def test_verification_state_is_a_facet_and_a_filter(search_env, client):
    checked = add_agreement(search_env, facts(title="Kerja Sama Sampah Terpadu"), [filler(1)])
    add_agreement(search_env, facts(title="Kerja Sama Sampah Pesisir", numbers=("8/KB/2024",)), [filler(1)])
    index_pending()
    make_user(search_env, "petugas", "staff")
    login(client, "petugas")
    assert client.get("/api/search?q=sampah").get_json()["facets"]["review"] == {"unreviewed": 2}
    assert client.post(f"/api/agreements/{checked}/confirm", json={"all": True}).get_json()["state"] == "verified"
    index_pending()  # the confirmation sent it back to be re-indexed
    body = client.get("/api/search?q=sampah").get_json()
    assert body["facets"]["review"] == {"unreviewed": 1, "verified": 1}
    only = client.get("/api/search?q=sampah&review=verified").get_json()
    assert [hit["agreement_id"] for hit in only["hits"]] == [checked]
    bad = client.get("/api/search?q=sampah&review=benar")
    assert bad.status_code == 400 and bad.get_json()["error"]["field"] == "review"
    page = client.get("/?q=sampah").get_data(as_text=True)
    assert "Pemeriksaan" in page and "Terverifikasi" in page
