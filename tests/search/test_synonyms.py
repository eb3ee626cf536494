"""The synonym table (issue 13.4): built-in Indonesian abbreviations, and groups admins add without re-indexing."""
from __future__ import annotations

import subprocess
import sys

import pytest

from models.synonyms import SynonymRejected, add_group, extra_groups, path, remove_term
from tests.search.helpers import add_agreement, facts, filler, staff_client
from workers.indexing import index_pending

pytestmark = pytest.mark.xdist_group("meili")


@pytest.fixture
def api(client, search_env):
    add_agreement(search_env, facts("PKS", "Pelayanan Kesehatan Rujukan", ("Rumah Sakit Umum Daerah Kota Depok",
                                                                           "Universitas Pakuan")), [filler(1)])
    add_agreement(search_env, facts("KB", "Promosi Destinasi Wisata", ("Dinas Pariwisata Kota Padang",
                                                                       "Dinas Pendidikan Kota Palu")), [filler(1)])
    assert index_pending().startswith("indexed 2 documents")
    return staff_client(client, search_env)


def _titles(api, q: str) -> list[str]:
    body = api.get("/api/search", query_string={"q": q}).get_json()
    return [hit["title"] for hit in body["hits"]] if not body["dropped_terms"] else []


@pytest.mark.parametrize("q,title", [("RSUD Depok", "Pelayanan Kesehatan Rujukan"),
                                     ("Univ. Pakuan", "Pelayanan Kesehatan Rujukan"),
                                     ("Disdik Palu", "Promosi Destinasi Wisata"),
                                     ("kerjasama", "Pelayanan Kesehatan Rujukan")])
def test_built_in_abbreviations(api, q, title):
    assert title in _titles(api, q)


def _arsip(*args: str, env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "arsip.cli", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def test_an_added_group_applies_without_reindexing(api, search_env, monkeypatch):
    import os

    from models.index import SearchIndex

    assert _titles(api, "Dinpar Padang") == []
    tasks_before = SearchIndex(search_env).client.get_tasks({"types": "documentAdditionOrUpdate"}).total
    done = _arsip("search", "synonyms", "add", "Dinpar, Dinas Pariwisata", env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert "added: dinpar, dinas pariwisata" in done.stdout and "nothing re-indexed" in done.stdout
    assert _titles(api, "Dinpar Padang") == ["Promosi Destinasi Wisata"]
    assert SearchIndex(search_env).client.get_tasks({"types": "documentAdditionOrUpdate"}).total == tasks_before
    listed = _arsip("search", "synonyms", "--json", env=dict(os.environ))
    assert '"added": [["dinpar", "dinas pariwisata"]]' in listed.stdout

    removed = _arsip("search", "synonyms", "remove", "dinpar", env=dict(os.environ))
    assert removed.returncode == 0, removed.stderr
    assert _titles(api, "Dinpar Padang") == []


def test_bad_groups_are_named_and_change_nothing(search_env):
    with pytest.raises(SynonymRejected, match="at least two"):
        add_group(search_env, ["dispar"])
    with pytest.raises(SynonymRejected, match="not usable"):
        add_group(search_env, ["dispar", "dinas <b>pariwisata</b>"])
    with pytest.raises(SynonymRejected, match="built in"):
        remove_term(search_env, "pemkot")
    assert not path(search_env).exists()
    add_group(search_env, ["Dispar", " dinas   pariwisata "])
    add_group(search_env, ["dinas pariwisata", "dispar"])  # the same group again: not added twice
    assert extra_groups(search_env) == [("dispar", "dinas pariwisata")]


def test_a_hand_edited_mistake_never_stops_search(api, search_env):
    path(search_env).write_text("dinpar, dinas pariwisata\njust-one-term\n", encoding="utf-8")
    with pytest.raises(SynonymRejected, match="line 2"):
        extra_groups(search_env)
    from models.index import SearchIndex

    assert SearchIndex(search_env).push_synonyms() > 0  # the good line is used, the bad one logged
    assert _titles(api, "Dinpar Padang") == ["Promosi Destinasi Wisata"]
