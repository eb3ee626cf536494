""""Maksud Anda: ..." words (issue 13.5): the admins' synonyms count, and the vocabulary follows the database
by reading only what changed."""
from __future__ import annotations

import pytest

from models import vocabulary
from models.db import session_scope
from models.document_status import delete
from models.index import SearchIndex
from models.synonyms import add_group
from models.tables import Document
from tests.search.helpers import add_agreement, facts, filler, search_json, staff_client
from workers.indexing import index_pending

pytestmark = pytest.mark.xdist_group("meili")


def test_suggestions_know_the_admins_synonyms(client, search_env):
    add_agreement(search_env, facts("PKS", "Promosi Destinasi Wisata",
                                    ("Pemerintah Kota Padang", "Dinas Kebudayaan dan Pariwisata Kota Bogor")),
                  [filler(1, "pariwisata")])
    assert index_pending().startswith("indexed 1 documents")
    api = staff_client(client, search_env)
    assert search_json(api, "disbudpr")["suggestions"] == []  # no word of the archive is near it
    add_group(search_env, ["disbudpar", "dinas kebudayaan dan pariwisata"])
    SearchIndex(search_env).push_synonyms()
    body = search_json(api, "disbudpr")
    assert body["total"] == 0 and body["suggestions"] == ["disbudpar"]
    assert search_json(api, "disbudpar")["total"] == 1  # the suggestion finds the agreement through the synonym


def test_the_vocabulary_reads_only_what_changed(search_env, monkeypatch):
    monkeypatch.setattr(vocabulary, "REFRESH_SECONDS", 0.0)
    first = add_agreement(search_env, facts(title="Penyelenggaraan Tridharma"), [filler(1)])
    with session_scope(search_env) as session:
        assert {"tridharma", "pakuan"} <= set(vocabulary.vocabulary(session))
        state = vocabulary._state[str(session.get_bind().url)]
        assert state.refresh(session) == 0  # nothing changed: no agreement's facts are read again
        session.get(Document, first).extraction = facts(title="Penyelenggaraan Tridarma Perguruan Tinggi")
    with session_scope(search_env) as session:
        counts = vocabulary.vocabulary(session)
        assert "tridarma" in counts and "perguruan" in counts and "tridharma" not in counts
        assert vocabulary._state[str(session.get_bind().url)].refresh(session) == 0
    second = add_agreement(search_env, facts(title="Beasiswa Mahasiswa", parties=("Pemerintah Kota Bogor",
                                                                                  "Universitas Siliwangi")),
                           [filler(1)])
    with session_scope(search_env) as session:
        counts = vocabulary.vocabulary(session)
        assert counts["siliwangi"] == 1 and counts["bogor"] == 2
        delete(session.get(Document, second))
    with session_scope(search_env) as session:
        counts = vocabulary.vocabulary(session)
        assert "siliwangi" not in counts and counts["bogor"] == 1 and counts["tridarma"] == 1
        delete(session.get(Document, first))
    with session_scope(search_env) as session:
        assert "tridarma" not in vocabulary.vocabulary(session, ["disbudpar"])
        assert vocabulary.vocabulary(session, ["disbudpar"])["disbudpar"] == 1  # a synonym's word, once


def test_a_web_worker_builds_the_vocabulary_at_start(search_env):
    from search_app.suggestions import warm_vocabulary

    add_agreement(search_env, facts(title="Penyelenggaraan Tridharma"), [filler(1)])
    vocabulary.forget()
    warm_vocabulary(search_env).join(timeout=60)
    with session_scope(search_env) as session:
        state = vocabulary._state[str(session.get_bind().url)]
        assert state.counts["tridharma"] == 1 and state.refresh(session) == 0  # built, and nothing left to read
