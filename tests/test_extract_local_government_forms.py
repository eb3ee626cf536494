"""Forms of foreign local governments' agreements (issue 18, sealed13 released as a development set): US interlocal
agreements and their addenda, an English councils' collaboration agreement, a memorandum whose subject follows
RELATING TO, a page copied with its HTML line breaks. Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.cleanup import clean_pages
from tests.extract_texts import schema_of


def _institutions(facts: dict) -> list:
    return [party["institution"] for party in facts["parties"]]


def test_an_interlocal_cooperative_agreement_is_an_implementing_agreement():
    text = ("INTERLOCAL COOPERATIVE AGREEMENT\nFOR\nROAD MAINTENANCE\nThis Interlocal Cooperative Agreement for Road "
            "Maintenance is entered into between Pinecrest County and the City of Alderbrook.\n")
    assert schema_of([text])["doc_type"] == "PKS"


def test_a_councils_collaboration_agreement_is_an_implementing_agreement():
    text = ("DATED 20__\n\nNORTHFIELD DISTRICT COUNCIL\n\nand\n\nEASTBROOK DISTRICT COUNCIL\n\n"
            "JOINT WASTE COLLABORATION AGREEMENT\n\nContents\n1. Definitions\n2. Duration\n")
    assert schema_of([text])["doc_type"] == "PKS"


def test_an_agreements_name_followed_by_addendum_is_an_addendum():
    text = ("INTERLOCAL AGREEMENT ADDENDUM \"B\"\nTHIS INTERLOCAL AGREEMENT ADDENDUM \"B,\" made and entered into this "
            "day of , 2011, by and between the LAKEVIEW COUNTY BOARD OF EDUCATION and LAKEVIEW COUNTY.\n")
    assert schema_of([text])["doc_type"] == "ADDENDUM"


def test_an_html_line_break_left_in_a_copied_page_is_a_line_break_of_the_same_length():
    page = "STATE OF OREGON <br />HILL COUNTY<br/>\nAGREEMENT"
    cleaned = clean_pages([page]).text
    assert len(cleaned) == len(page)
    assert [line.strip() for line in cleaned.splitlines()] == ["STATE OF OREGON", "HILL COUNTY", "", "AGREEMENT"]


def test_relating_to_broken_by_the_scan_still_labels_the_subject_and_ends_the_last_party():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF THE REPUBLIC OF INDONESIA\nAND\n"
            "THE GOVERNMENT OF VALDORIA\nRELAT I NG TO\nTHE COASTAL FISHERIES PROJECT\n\n"
            "The Government of the Republic of Indonesia and the Government of Valdoria have agreed as follows:\n\n"
            "ARTICLE 1\nDEFINITIONS\n")
    facts = schema_of([text])
    assert facts["title"].upper() == "THE COASTAL FISHERIES PROJECT"
    assert [name.upper() for name in _institutions(facts)] == ["THE GOVERNMENT OF THE REPUBLIC OF INDONESIA",
                                                               "THE GOVERNMENT OF VALDORIA"]
