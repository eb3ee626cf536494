"""Backup and restore: `arsip export` / `arsip import` between SQLite and PostgreSQL, with the real Meilisearch."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from models import audit_log
from models.archive_export import export_archive
from models.archive_format import ArchiveRejected, read_manifest
from models.archive_import import import_archive
from models.corrected import apply_corrections
from models.corrections import correct, history
from models.db import init_db, session_scope
from models.dossiers import typed_links, unlink
from models.index import SearchIndex
from models.search_query import parse_request
from models.status import DocumentStatus
from models.tables import ApiToken, Correction, Document, DocumentSource, Link, Page, User
from models.users import add_user, revoke_tokens
from tests.backup_support import (add_document, archive_settings, build_archive, count, create_postgres, drop_postgres,
                                  dump, stored_files)
from tests.search.conftest import meili  # noqa: F401 - the real Meilisearch binary, shared with the search tests
from workers.indexing import index_documents, reindex_all

ARSIP = str(Path(sys.executable).parent / "arsip")
pytestmark = pytest.mark.xdist_group("meili")


@pytest.fixture
def postgres_url():
    url = create_postgres()
    yield url
    drop_postgres(url)


def _search(settings, q: str) -> list[tuple[int, int, str]]:
    result = SearchIndex(settings).search(parse_request({"q": q}))
    return [(hit.agreement_id, hit.page, hit.snippet_html) for hit in result.hits]


def _domain(settings, document_ids) -> dict:
    """What staff see: corrected facts, correction history, typed links, the audit trail."""
    with session_scope(settings) as session:
        out = {}
        for document_id in document_ids:
            doc = session.get(Document, document_id)
            out[document_id] = (apply_corrections(session, doc),
                                [(c.field, c.old_value, c.new_value, c.user_id) for c in history(session, document_id)],
                                typed_links(session, document_id))
        out["audit"] = [(e.action, e.user_id, e.document_id, e.detail, e.at.replace(tzinfo=None))
                        for e in audit_log.entries(session, limit=None)]
        out["null extractions"] = session.scalar(select(func.count()).where(Document.extraction.is_(None)))
        return out


def test_round_trip_sqlite_to_postgres_keeps_everything_and_search(tmp_path, meili, postgres_url):  # noqa: F811
    source = archive_settings(tmp_path / "source", meili.url)
    made = build_archive(source)
    index_documents(source, [made["kb"], made["pks"], made["mou"]])
    searches = {q: _search(source, q) for q in ("pendidikan", "magang", "Saint-Étienne", "puskesmas")}
    assert all(searches.values()), searches

    manifest = export_archive(source, tmp_path / "export")
    assert manifest["kind"] == "full" and manifest["database"] == "sqlite"
    assert {name: t["rows"] for name, t in manifest["tables"].items()} == {
        name: len(rows) for name, rows in dump(source).items()}
    assert manifest["blobs"] == {"written": 6, "total": 6}  # five originals and one attachment
    corrections = (tmp_path / "export" / "tables" / "corrections.jsonl").read_text(encoding="utf-8")
    assert '"$json_null":["new_value"]' in corrections  # JSON null and SQL NULL are told apart

    target = archive_settings(tmp_path / "target", meili.url, postgres_url)
    counts = import_archive(target, [tmp_path / "export"])
    assert counts == {name: t["rows"] for name, t in manifest["tables"].items()}
    assert reindex_all(target) == 4  # the pages of the three live agreements (2 + 1 + 1), none of the deleted one

    assert dump(target) == dump(source)  # every row of every table, timestamps included
    assert stored_files(target) == stored_files(source)
    documents = [made[k] for k in ("kb", "pks", "mou", "deleted", "unread")]
    assert _domain(target, documents) == _domain(source, documents)
    with session_scope(target) as session:
        assert session.get(Correction, 2).new_value is None  # a correction to "empty" stays JSON null
        assert session.scalar(select(func.count()).select_from(Link)) >= 1
    for q, hits in searches.items():
        assert _search(target, q) == hits, q
    with session_scope(target) as session:  # PostgreSQL sequences moved past the restored ids
        user, _ = add_user(session, "baru", "viewer", "rahasia-panjang-3")
        assert user.id == made["staff"] + 1


def test_a_tampered_file_is_refused_before_anything_is_written(tmp_path):
    source = archive_settings(tmp_path / "source")
    build_archive(source)
    export_archive(source, tmp_path / "export")
    blob = next((tmp_path / "export" / "files").rglob("*"))
    while blob.is_dir():
        blob = next(blob.iterdir())
    blob.write_bytes(blob.read_bytes() + b"!")

    target = archive_settings(tmp_path / "target")
    with pytest.raises(ArchiveRejected, match="does not match the manifest"):
        import_archive(target, [tmp_path / "export"])
    assert not (tmp_path / "target").exists()  # no database file, no originals, nothing

    result = subprocess.run([ARSIP, "import", str(tmp_path / "export")], capture_output=True, text=True,
                            env=dict(os.environ, ARSIP_DATA_DIR=str(tmp_path / "cli"), DATABASE_URL=""))
    assert result.returncode == 3 and result.stderr.count("\n") == 1, result.stderr
    assert "does not match the manifest" in result.stderr and blob.name in result.stderr
    assert not (tmp_path / "cli" / "originals").exists()


def test_an_edited_table_file_and_a_missing_or_extra_file_are_refused(tmp_path):
    source = archive_settings(tmp_path / "source")
    build_archive(source)
    export = tmp_path / "export"
    export_archive(source, export)
    target = archive_settings(tmp_path / "target")
    users = export / "tables" / "users.jsonl"
    original = users.read_bytes()
    users.write_bytes(original.replace(b'"role":"staff"', b'"role":"admin"'))
    with pytest.raises(ArchiveRejected, match="tables/users.jsonl does not match"):
        import_archive(target, [export])
    users.write_bytes(original)
    (export / "tables" / "extra.jsonl").write_text("{}\n")
    with pytest.raises(ArchiveRejected, match="tables/extra.jsonl is not in the manifest"):
        import_archive(target, [export])
    (export / "tables" / "extra.jsonl").unlink()
    manifest = json.loads((export / "manifest.json").read_text())
    manifest["tables"]["users"]["rows"] = 3
    (export / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ArchiveRejected, match="tables/users.jsonl holds 2 lines; the manifest says 3"):
        import_archive(target, [export])
    (export / "state" / "pages.jsonl").unlink()
    with pytest.raises(ArchiveRejected, match="state/pages.jsonl is listed in the manifest but missing"):
        import_archive(target, [export])
    assert not (tmp_path / "target").exists()


def test_an_import_into_a_non_empty_archive_changes_nothing(tmp_path):
    source = archive_settings(tmp_path / "source")
    build_archive(source)
    export_archive(source, tmp_path / "export")
    before, files = dump(source), stored_files(source)
    with pytest.raises(ArchiveRejected, match="target archive is not empty"):
        import_archive(source, [tmp_path / "export"])
    assert dump(source) == before and stored_files(source) == files

    only_files = archive_settings(tmp_path / "files-only")  # an empty database but originals left behind
    init_db(only_files)
    add_document(only_files, None, [], b"left behind", "x.pdf")
    with session_scope(only_files) as session:
        for model in (DocumentSource, Page, Document):
            session.execute(model.__table__.delete())
    with pytest.raises(ArchiveRejected, match="originals: 1 files"):
        import_archive(only_files, [tmp_path / "export"])


def test_export_refuses_a_non_empty_directory_and_leaves_it_alone(tmp_path):
    source = archive_settings(tmp_path / "source")
    build_archive(source)
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(ArchiveRejected, match="not empty"):
        export_archive(source, out)
    with pytest.raises(ArchiveRejected, match="inside the store of originals"):
        export_archive(source, tmp_path / "source" / "originals" / "backup")
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    result = subprocess.run([ARSIP, "export", str(out)], capture_output=True, text=True,
                            env=dict(os.environ, ARSIP_DATA_DIR=str(tmp_path / "source"), DATABASE_URL=""))
    assert result.returncode == 3 and result.stderr.count("\n") == 1 and "not empty" in result.stderr


def _change_everything(settings, made: dict) -> None:
    """A day of work: a new agreement, a correction, an unlink, pages read again, a token revoked, a new user."""
    add_document(settings, {"doc_type": "KB", "title": "Kerja sama air bersih", "numbers": ["9/KB/2025"],
                            "sign_date": "2025-02-01"}, ["Penyediaan air bersih."], b"%PDF-1.4 new", "air.pdf")
    with session_scope(settings) as session:
        correct(session, session.get(Document, made["pks"]), "end_date", "2026-01-09", made["staff"])
        link = session.scalars(select(Link).where(Link.active.is_(True))).first()
        unlink(session, link.id, made["staff"])
        session.execute(delete(Page).where(Page.document_id == made["mou"]))  # read again: its pages replaced
        session.add(Page(document_id=made["mou"], number=1, text="Memorandum (dibaca ulang).", method="ocr",
                         ocr_confidence=0.9))
        revoke_tokens(session, session.get(User, made["staff"]))
        add_user(session, "tamu", "viewer", "rahasia-panjang-4")


def test_an_incremental_export_holds_only_changes_and_restores_on_top_of_its_base(tmp_path, postgres_url):
    source = archive_settings(tmp_path / "source")
    made = build_archive(source)
    full = export_archive(source, tmp_path / "full")
    _change_everything(source, made)
    nightly = export_archive(source, tmp_path / "nightly", since=tmp_path / "full")

    assert nightly["kind"] == "incremental" and nightly["base"]["id"] == full["id"]
    tables = nightly["tables"]
    assert tables["documents"]["rows"] == 2  # the new one and the corrected PKS (back to "extracted")
    assert (tables["pages"]["rows"], tables["pages"]["deleted"]) == (2, 1)  # a new page each; the old MoU page gone
    assert (tables["api_tokens"]["rows"], tables["api_tokens"]["deleted"]) == (0, 1)
    assert tables["users"]["rows"] == 1 and tables["corrections"]["rows"] == 1 and tables["links"]["rows"] == 1
    assert tables["alerts"]["rows"] == 0 and tables["year_targets"]["rows"] == 0
    assert nightly["blobs"] == {"written": 1, "total": 7}
    assert all(t["total"] == count(source, name) for name, t in tables.items())

    quiet = export_archive(source, tmp_path / "quiet", since=tmp_path / "nightly")
    assert sum(t["rows"] + t["deleted"] for t in quiet["tables"].values()) == 0 and quiet["blobs"]["written"] == 0

    target = archive_settings(tmp_path / "target", database=postgres_url)
    import_archive(target, [tmp_path / "quiet"])  # the bases are found from the manifests
    assert dump(target) == dump(source)
    assert stored_files(target) == stored_files(source)

    again = archive_settings(tmp_path / "again")
    with pytest.raises(ArchiveRejected, match="is not an incremental export made on top of"):
        import_archive(again, [tmp_path / "full", tmp_path / "quiet"])
    with pytest.raises(ArchiveRejected, match="give its full export first"):
        import_archive(again, [tmp_path / "nightly", tmp_path / "quiet"])
    import_archive(again, [tmp_path / "full", tmp_path / "nightly"])
    assert dump(again) == dump(source)


def test_a_moved_incremental_finds_its_base_beside_it_or_says_what_to_give(tmp_path):
    source = archive_settings(tmp_path / "source")
    made = build_archive(source)
    export_archive(source, tmp_path / "a" / "full")
    _change_everything(source, made)
    export_archive(source, tmp_path / "a" / "nightly", since=tmp_path / "a" / "full")
    (tmp_path / "a").rename(tmp_path / "b")
    manifest = read_manifest(tmp_path / "b" / "nightly").manifest
    assert manifest["base"]["name"] == "full"
    target = archive_settings(tmp_path / "target")
    import_archive(target, [tmp_path / "b" / "nightly"])
    assert dump(target) == dump(source)

    (tmp_path / "b" / "full").rename(tmp_path / "b" / "elsewhere")
    with pytest.raises(ArchiveRejected, match="arsip import FULL INCREMENTAL"):
        import_archive(archive_settings(tmp_path / "other"), [tmp_path / "b" / "nightly"])


def newest_migration() -> str:
    from alembic.script import ScriptDirectory

    from models.db import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def test_cli_export_and_import_print_counts(tmp_path):
    source = archive_settings(tmp_path / "source")
    build_archive(source)
    env = dict(os.environ, ARSIP_DATA_DIR=str(tmp_path / "source"), DATABASE_URL="", MEILI_URL="http://127.0.0.1:9")
    done = subprocess.run([ARSIP, "export", str(tmp_path / "export")], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"export written: {tmp_path / 'export'} (full): ")
    manifest = json.loads((tmp_path / "export" / "manifest.json").read_text())
    assert manifest["schema_revision"] == newest_migration() and manifest["tables"]["documents"]["rows"] == 5
    env["ARSIP_DATA_DIR"] = str(tmp_path / "target")
    restored = subprocess.run([ARSIP, "import", str(tmp_path / "export")], capture_output=True, text=True, env=env)
    # Meilisearch is down here: the rows are restored, the one line says to reindex, the exit code says so too.
    assert restored.returncode == 5 and "imported: " in restored.stdout
    assert restored.stderr.count("\n") == 1 and "arsip reindex" in restored.stderr
    assert count(archive_settings(tmp_path / "target"), "documents") == 5
    assert len(stored_files(archive_settings(tmp_path / "target"))) == 6
    assert DocumentStatus.DELETED.value in {row["status"] for row in dump(archive_settings(tmp_path / "target"))
                                            ["documents"]}
    assert count(archive_settings(tmp_path / "target"), ApiToken.__tablename__) == 1
