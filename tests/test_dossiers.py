"""Automatic and manual linking, dossiers, timelines and the "KB tanpa PKS" list."""
from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st
from sqlalchemy import select

from models.dossiers import (CONFIDENCE_NUMBER, CONFIDENCE_PARTIES, link_document, link_manual, normalise_number,
                             relink_all, typed_links, unlink)
from models.status import DocumentStatus
from models.tables import Alert, AuditEntry, Dossier, EvaluationNote, Link
from models.timeline import dossier_timeline, kb_without_pks
from tests.follow_support import add_document, follow_settings, load_sample_archive, load_truths, session  # noqa: F401

BOGOR = {"institution": "Pemerintah Kota Bogor"}
PAKUAN = {"institution": "Universitas Pakuan"}


def kb(number: str, signed: str, partner: dict = PAKUAN, end: str | None = None) -> dict:
    return {"doc_type": "KB", "numbers": [number, "45/UNPAK/VIII/2023"], "title": f"KB {number}",
            "parties": [BOGOR, partner], "sign_date": signed, "end_date": end}


def pks(number: str, signed: str, parent: str | None, partner: dict = PAKUAN, end: str | None = None) -> dict:
    return {"doc_type": "PKS", "numbers": [number], "parent_agreement": parent, "title": f"PKS {number}",
            "parties": [{"institution": "Dinas Kesehatan Kota Bogor"}, partner], "sign_date": signed, "end_date": end}


def links(session) -> set[tuple[int, str, int, str, float, bool]]:
    return {(l.source_id, l.type, l.target_id, l.origin, l.confidence, l.active) for l in session.scalars(select(Link))}


CONFUSABLE = st.sampled_from(list("0OIl1 ./-ABK23456789"))


@given(st.lists(CONFUSABLE, min_size=1, max_size=25).map("".join), st.randoms())
def test_ocr_confusions_case_and_spaces_do_not_change_a_number(number, rnd):
    swap = {"0": "O", "O": "0", "1": rnd.choice("Il"), "I": "1", "l": "1"}
    noisy = "".join(swap.get(c, c) if rnd.random() < 0.5 else c for c in number)
    noisy = "".join(c.lower() if rnd.random() < 0.3 else c for c in noisy).replace("/", rnd.choice(["/", " / "]))
    assert normalise_number(noisy) == normalise_number(number)


def test_different_numbers_stay_different():
    assert normalise_number("119/KB.12-Ker/2023") != normalise_number("119/KB.12-Ker/2022")
    assert normalise_number("Nomor: 119/KB/2023") == normalise_number("119 / kb / 2023")


def test_cited_numbers_link_pks_addendum_and_report_into_one_dossier(session):
    umbrella = add_document(session, kb("119/KB.12-Ker/2023", "2023-08-24"))
    contract = add_document(session, pks("7/PKS/2024", "2024-01-10", "119/KB.l2-Ker/2O23"))  # OCR confusions
    addendum = add_document(session, {"doc_type": "ADDENDUM", "numbers": ["9/ADD/2024"], "parent_agreement": "7/pks/2024",
                                      "sign_date": "2024-06-01"})
    report = add_document(session, {"doc_type": "OTHER", "numbers": [], "parent_agreement": "7/PKS/2024",
                                    "sign_date": "2024-12-01"})
    other = add_document(session, kb("1/KB/2019", "2019-01-01", {"institution": "PT Lain"}))
    relink_all(session)
    assert links(session) == {(contract.id, "implements", umbrella.id, "auto", CONFIDENCE_NUMBER, True),
                              (addendum.id, "amends", contract.id, "auto", CONFIDENCE_NUMBER, True),
                              (report.id, "evaluates", contract.id, "auto", CONFIDENCE_NUMBER, True)}
    assert len({umbrella.dossier_id, contract.dossier_id, addendum.dossier_id, report.dossier_id}) == 1
    assert other.dossier_id not in (None, umbrella.dossier_id)
    assert session.get(Dossier, umbrella.dossier_id).title.startswith("KB")


def test_shared_partner_links_with_lower_confidence_only_when_dates_fit(session):
    umbrella = add_document(session, kb("1/KB/2020", "2020-02-01", end="2025-01-31"))
    add_document(session, kb("2/KB/2020", "2020-02-01", {"institution": "Pemerintah Kabupaten Bogor"}))
    fits = add_document(session, pks("3/PKS/2021", "2021-05-01", None, {"institution": "UNIVERSITAS  PAKUAN"}))
    too_late = add_document(session, pks("4/PKS/2026", "2026-05-01", None))
    too_early = add_document(session, pks("5/PKS/2019", "2019-05-01", None))
    only_region = add_document(session, {"doc_type": "PKS", "numbers": ["6/PKS/2021"], "sign_date": "2021-01-01",
                                         "parties": [{"institution": "Pemerintah Kabupaten Bogor"}, BOGOR]})
    relink_all(session)
    assert links(session) == {(fits.id, "implements", umbrella.id, "auto", CONFIDENCE_PARTIES, True)}
    assert CONFIDENCE_PARTIES < CONFIDENCE_NUMBER
    assert too_late.dossier_id != umbrella.dossier_id and too_early.dossier_id != umbrella.dossier_id
    assert only_region.dossier_id != umbrella.dossier_id


def test_relinking_is_idempotent_and_keeps_dossier_ids(session):
    umbrella = add_document(session, kb("1/KB/2020", "2020-02-01"))
    contract = add_document(session, pks("3/PKS/2021", "2021-05-01", "1/KB/2020"))
    relink_all(session)
    before = (links(session), umbrella.dossier_id, contract.dossier_id, session.scalars(select(Dossier.id)).all())
    relink_all(session)
    link_document(session, contract.id)
    link_document(session, umbrella.id)
    after = (links(session), umbrella.dossier_id, contract.dossier_id, session.scalars(select(Dossier.id)).all())
    assert before == after


def test_a_kb_arriving_after_its_pks_is_linked_by_link_document(session):
    contract = add_document(session, pks("3/PKS/2021", "2021-05-01", "1/KB/2020"))
    link_document(session, contract.id)
    assert links(session) == set()
    umbrella = add_document(session, kb("1/KB/2020", "2020-02-01"))
    link_document(session, umbrella.id)
    assert links(session) == {(contract.id, "implements", umbrella.id, "auto", CONFIDENCE_NUMBER, True)}
    assert contract.dossier_id == umbrella.dossier_id


def test_staff_unlink_is_kept_and_never_re_added_and_manual_links_stay(session):
    umbrella = add_document(session, kb("1/KB/2020", "2020-02-01"))
    contract = add_document(session, pks("3/PKS/2021", "2021-05-01", "1/KB/2020"))
    letter = add_document(session, {"doc_type": "OTHER", "numbers": [], "sign_date": "2022-01-01"})
    relink_all(session)
    (auto,) = typed_links(session, contract.id)
    unlink(session, auto["link_id"], user_id=None)
    relink_all(session)
    link_document(session, contract.id)
    assert links(session) == {(contract.id, "implements", umbrella.id, "auto", CONFIDENCE_NUMBER, False)}
    assert contract.dossier_id != umbrella.dossier_id
    link_manual(session, letter.id, umbrella.id, "evaluates", user_id=None)
    relink_all(session)
    assert (letter.id, "evaluates", umbrella.id, "manual", 1.0, True) in links(session)
    assert letter.dossier_id == umbrella.dossier_id
    actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["unlink", "link"]


def test_a_deleted_document_leaves_its_dossier_and_its_automatic_links_go(session):
    from models.dossiers import link_pending

    umbrella = add_document(session, kb("1/KB/2020", "2020-02-01"))
    contract = add_document(session, pks("3/PKS/2021", "2021-05-01", "1/KB/2020"))
    other = add_document(session, pks("4/PKS/2021", "2021-06-01", "1/KB/2020"))
    assert link_pending(session) == 3 and link_pending(session) == 0
    contract.status = DocumentStatus.DELETED.value
    link_document(session, contract.id)
    assert contract.dossier_id is None and umbrella.dossier_id is not None
    assert links(session) == {(other.id, "implements", umbrella.id, "auto", CONFIDENCE_NUMBER, True)}
    other.status = DocumentStatus.DELETED.value  # deleted by a page that does not relink
    session.flush()
    assert link_pending(session) == 1
    assert links(session) == set() and other.dossier_id is None


def test_timeline_tells_the_story_with_source_documents(session):
    umbrella = add_document(session, kb("1/KB/2020", "2020-02-01", end="2025-01-31"))
    contract = add_document(session, dict(pks("3/PKS/2021", "2021-05-01", "1/KB/2020", end="2022-04-30"),
                                          effective_date="2021-05-03"))
    addendum = add_document(session, {"doc_type": "ADDENDUM", "numbers": ["4/ADD/2022"], "parent_agreement": "3/PKS/2021",
                                      "sign_date": "2022-04-01", "effective_date": "2022-04-01", "end_date": "2024-04-30"})
    report = add_document(session, {"doc_type": "OTHER", "numbers": [], "parent_agreement": "3/PKS/2021",
                                    "sign_date": "2023-03-03"})
    relink_all(session)
    session.add(EvaluationNote(document_id=contract.id, noted_on=date(2023, 5, 5), text="Program berjalan baik"))
    session.add(Alert(document_id=umbrella.id, end_date=date(2025, 1, 31), threshold=90, recipient="a@b.id",
                      state="sent", sent_at=__import__("datetime").datetime(2024, 11, 2, 8, 0)))
    session.flush()
    events = [(e.when.isoformat(), e.kind, e.document_id) for e in dossier_timeline(session, umbrella.dossier_id,
                                                                                     date(2025, 6, 1))]
    expected = [("2020-02-01", "signed", umbrella.id), ("2021-05-01", "signed", contract.id),
                ("2021-05-03", "effective", contract.id), ("2022-04-01", "signed", addendum.id), ("2022-04-01", "amended", addendum.id),
                ("2022-04-01", "renewed", addendum.id), ("2023-03-03", "signed", report.id),
                ("2023-03-03", "evaluated", report.id), ("2023-05-05", "note", contract.id),
                ("2024-04-30", "expired", contract.id), ("2024-11-02", "alert_sent", umbrella.id),
                ("2025-01-31", "expired", umbrella.id)]
    assert events == expected


def test_kb_without_pks_at_a_chosen_date(session):
    waiting = add_document(session, kb("1/KB/2024", "2024-01-15"))
    served = add_document(session, kb("2/KB/2024", "2024-01-15", {"institution": "PT Air"}))
    add_document(session, pks("3/PKS/2024", "2024-03-01", "2/KB/2024", {"institution": "PT Air"}))
    recent = add_document(session, kb("4/KB/2024", "2024-05-20", {"institution": "PT Baru"}))
    unlinked = add_document(session, kb("5/KB/2024", "2024-01-01", {"institution": "PT Putus"}))
    add_document(session, pks("6/PKS/2024", "2024-02-01", "5/KB/2024", {"institution": "PT Putus"}))
    relink_all(session)
    (row,) = [l for l in typed_links(session, unlinked.id) if l["type"] == "implements"]
    unlink(session, row["link_id"], None)
    found = kb_without_pks(session, date(2024, 7, 15), months=6)
    assert [(w.document_id, w.months) for w in found] == [(unlinked.id, 6), (waiting.id, 6)]
    assert served.id not in [w.document_id for w in found] and recent.id not in [w.document_id for w in found]
    later = kb_without_pks(session, date(2024, 11, 20), months=6)
    assert {w.document_id for w in later} == {waiting.id, recent.id, unlinked.id}
    pks_of_served = session.scalar(select(Link.source_id).where(Link.target_id == served.id))
    session.get(type(served), pks_of_served).status = DocumentStatus.DELETED.value  # its only PKS deleted
    session.flush()
    assert served.id in {w.document_id for w in kb_without_pks(session, date(2024, 11, 20), months=6)}



def test_a_number_named_in_the_text_links_when_extraction_found_no_parent(session):
    from models.dossiers import CONFIDENCE_TEXT
    from models.tables import Page

    umbrella = add_document(session, kb("748/NK.2-Ker/2019", "2019-05-16"))
    contract = add_document(session, pks("12/PKS/2020", "2020-01-01", "748/NK.2-Ker/2019"))
    report = add_document(session, {"doc_type": "OTHER", "numbers": ["180/2077/Bag.Kerjasama"], "sign_date": "2021-12-04"})
    report.pages.append(Page(number=1, method="ocr", text="LAPORAN EVALUASI 180/2077/Bag.Kerjasama\nNota Kesepakatan "
                             "Nomor 748 / NK.2-Ker/2Ol9 ditandatangani pada tanggal 16 Mei 2019 dan PKS 12/PKS/2020."))
    addendum = add_document(session, {"doc_type": "ADDENDUM", "numbers": ["3/ADD/2021"], "sign_date": "2021-01-01"})
    addendum.pages.append(Page(number=1, method="text-layer", text="mengubah PKS Nomor 12/PKS/2020 di bawah "
                                                                   "KB Nomor 748/NK.2-Ker/2019."))
    session.flush()
    relink_all(session)
    made = {(l.source_id, l.type, l.target_id, l.confidence) for l in session.scalars(select(Link))}
    assert made == {(contract.id, "implements", umbrella.id, CONFIDENCE_NUMBER),
                    (report.id, "evaluates", umbrella.id, CONFIDENCE_TEXT),
                    (report.id, "evaluates", contract.id, CONFIDENCE_TEXT),
                    (addendum.id, "amends", contract.id, CONFIDENCE_TEXT)}
    link_document(session, report.id)
    assert {(l.source_id, l.type, l.target_id, l.confidence) for l in session.scalars(select(Link))} == made


# ---- the sample archive's truth -------------------------------------------------------------------------

AGREEMENT_KINDS = {"PKS": ("implements", {"KB", "MOU", "LOI"}), "ADDENDUM": ("amends", {"KB", "PKS", "MOU", "LOI"}),
                   "OTHER": ("evaluates", {"KB", "PKS", "MOU", "LOI"})}


def cited_by_truth(truths: dict[str, dict]) -> set[tuple[str, str, str]]:
    """(citing doc, link type, cited doc) from the truth: the cited number printed exactly in the other's numbers."""
    expected = set()
    for doc_id, truth in truths.items():
        rule = AGREEMENT_KINDS.get(truth["doc_type"])
        if rule is None or not truth.get("parent_agreement"):
            continue
        for other_id, other in truths.items():
            if other_id != doc_id and truth["parent_agreement"] in (other.get("numbers") or []) \
                    and other["doc_type"] in rule[1]:
                expected.add((doc_id, rule[0], other_id))
    return expected


def number_links(session, documents) -> set[tuple[str, str, str]]:
    name = {doc.id: doc_id for doc_id, doc in documents.items()}
    return {(name[l.source_id], l.type, name[l.target_id]) for l in session.scalars(select(Link))
            if l.active and l.confidence == CONFIDENCE_NUMBER}


def test_sample_archive_every_pks_addendum_and_report_finds_what_it_cites(session):
    truths = dict(load_truths())
    documents = load_sample_archive(session)
    relink_all(session)
    expected = cited_by_truth(truths)
    assert any(kind == "implements" for _, kind, _ in expected)  # the archive does hold PKS under KBs
    assert number_links(session, documents) == expected
    for source, _, target in expected:  # and each sits in its umbrella's dossier
        assert documents[source].dossier_id == documents[target].dossier_id
    for link in session.scalars(select(Link)):
        if link.confidence != CONFIDENCE_NUMBER:  # inferred from parties only where nothing was cited
            assert not truths[next(k for k, d in documents.items() if d.id == link.source_id)].get("parent_agreement")


def test_sample_archive_links_survive_ocr_damage_to_the_cited_numbers(session):
    truths = dict(load_truths())
    documents = load_sample_archive(session)
    damage = str.maketrans({"0": "O", "1": "l", "/": " / "})
    for doc_id, document in documents.items():
        parent = truths[doc_id].get("parent_agreement")
        if parent:
            document.extraction = dict(document.extraction, parent_agreement=parent.translate(damage).lower())
    session.flush()
    relink_all(session)
    assert number_links(session, documents) == cited_by_truth(truths)


def test_sample_archive_kb_without_pks_at_a_chosen_date(session):
    truths = dict(load_truths())
    documents = load_sample_archive(session)
    relink_all(session)
    today, months = date(2024, 6, 1), 6
    cited = {target for _, kind, target in cited_by_truth(truths) if kind == "implements"}
    old_enough = {doc_id for doc_id, t in truths.items() if t["doc_type"] == "KB" and t.get("sign_date")
                  and date.fromisoformat(t["sign_date"]) <= date(2023, 12, 1)}
    ended = {doc_id for doc_id, t in truths.items() if t.get("end_date") and date.fromisoformat(t["end_date"]) < today}

    def waiting(day):
        return {next(k for k, d in documents.items() if d.id == w.document_id) for w in kb_without_pks(session, day, months)}

    found = waiting(today)
    assert found <= old_enough - cited - ended  # never a KB a PKS cites, a recent one or one whose term ended
    inferred = {next(k for k, d in documents.items() if d.id == l.target_id) for l in session.scalars(select(Link))
                if l.type == "implements" and l.active and l.confidence < CONFIDENCE_NUMBER}
    assert old_enough - cited - ended - found == inferred & (old_enough - cited - ended)  # the rest: a PKS by partner
    assert "0016-kb" in (old_enough - cited) & ended  # so, by the first assertion, it is not listed
    assert "0016-kb" in waiting(date(2017, 9, 1))  # listed while its term ran, not after it ended in 2018


def test_a_batch_links_like_one_by_one(session):
    from models.dossiers import link_documents

    documents = [add_document(session, kb("1/KB/2020", "2020-02-01")),
                 add_document(session, pks("3/PKS/2021", "2021-05-01", "1/KB/2020")),
                 add_document(session, {"doc_type": "ADDENDUM", "numbers": ["4/ADD/2022"], "parent_agreement": "3/PKS/2021",
                                        "sign_date": "2022-04-01"}),
                 add_document(session, pks("5/PKS/2022", "2022-05-01", None))]  # by shared partner
    link_documents(session, [d.id for d in documents])
    batch = links(session), [d.dossier_id for d in documents]
    relink_all(session)
    assert (links(session), [d.dossier_id for d in documents]) == batch
    assert len(batch[0]) == 3 and len(set(batch[1])) == 1


def test_the_indexing_job_links_newly_extracted_documents_even_while_meilisearch_is_down(follow_settings):
    from models.db import session_scope
    from models.tables import Document
    from workers.indexing import index_pending

    with session_scope(follow_settings) as session:
        ids = [add_document(session, kb("21/KB/2021", "2021-03-01"), status=DocumentStatus.EXTRACTED.value).id,
               add_document(session, pks("8/PKS/2022", "2022-01-05", "21/KB/2021"),
                            status=DocumentStatus.EXTRACTED.value).id]
    outcome = index_pending()  # MEILI_URL points at a closed port
    assert outcome.startswith("waiting")
    with session_scope(follow_settings) as session:
        assert {(l.source_id, l.type, l.target_id) for l in session.scalars(select(Link))} == {
            (ids[1], "implements", ids[0])}
        documents = [session.get(Document, i) for i in ids]
        assert documents[0].dossier_id and documents[0].dossier_id == documents[1].dossier_id
        assert {d.status for d in documents} == {DocumentStatus.EXTRACTED.value}  # they wait for the index
