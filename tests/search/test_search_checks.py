"""What /api/search checks on every request stays exact while it is made cheap (issue 13.8): a token revoked,
a user disabled or made a unit account, a document deleted — each written as another process would (straight
to the database, not through this app) — takes effect on the very next search."""
from __future__ import annotations

import pytest

from models.db import session_scope
from models.document_status import delete
from models.tables import Document
from models.users import find_user, revoke_tokens, set_disabled, set_role
from tests.search.helpers import add_agreement, facts, filler, make_user, token_for
from workers.indexing import index_pending

pytestmark = pytest.mark.xdist_group("meili")


@pytest.fixture
def archive(search_env):
    ids = [add_agreement(search_env, facts("PKS", f"Praktik Kerja Lapangan {n}"), [filler(1)]) for n in (1, 2)]
    assert index_pending().startswith("indexed 2 documents")
    return ids


def _get(client, token: str, q: str = "Pakuan"):
    return client.get("/api/search", query_string={"q": q}, headers={"Authorization": f"Bearer {token}"})


def _change(settings, name: str, change) -> None:
    with session_scope(settings) as session:
        change(session, find_user(session, name))


@pytest.mark.parametrize("change, status", [
    (lambda session, user: revoke_tokens(session, user), 401),
    (lambda session, user: set_disabled(session, user, True), 401),
    (lambda session, user: set_role(session, user, "opd"), 403),
])
def test_a_token_stops_on_the_next_search(app, search_env, archive, change, status):
    make_user(search_env, "pembaca", "viewer")
    token = token_for(search_env, "pembaca")
    client = app.test_client()
    for _ in range(2):  # twice: a second request must not answer from anything the first one kept
        assert _get(client, token).status_code == 200
    _change(search_env, "pembaca", change)
    assert _get(client, token).status_code == status


def test_a_deleted_agreement_leaves_the_next_search(app, search_env, archive):
    make_user(search_env, "pembaca", "viewer")
    token = token_for(search_env, "pembaca")
    client = app.test_client()
    assert sorted(hit["agreement_id"] for hit in _get(client, token).get_json()["hits"]) == archive
    with session_scope(search_env) as session:
        delete(session.get(Document, archive[0]))  # the index still holds its pages: the database wins
    assert [hit["agreement_id"] for hit in _get(client, token).get_json()["hits"]] == [archive[1]]
