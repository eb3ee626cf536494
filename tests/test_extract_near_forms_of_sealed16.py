"""Near forms of extractor 1.11.46/1.11.47's rules (council lists, two-sided English headings, English papers, the
new term phrases) on which they must not misfire: invented texts, each failing before its mend."""
from __future__ import annotations

from tests.extract_texts import schema_of


def test_an_earlier_sentence_effective_date_is_not_the_agreements():
    """terms reads "The Agreement is effective from …" as a term's sentence; its region opened 50 characters before it,
    so the sentence just above ("The fee schedule is effective from 1 July 2020.") gave the effective date."""
    text = """SERVICES AGREEMENT

This Agreement is entered into on 1 March 2020 between Alderton Shire Council and Northstar Consulting Pty Ltd.

4. Fees
The fee schedule is effective from 1 July 2020.
5. Term
The Agreement is effective from 1 March 2020 until 28 February 2022.
"""
    facts = schema_of([text])
    assert facts["effective_date"] == "2020-03-01"
    assert facts["end_date"] == "2022-02-28"


def test_a_titled_person_surnamed_county_is_no_body():
    """names.is_body reads "X County" as a local government; "DR. LEO COUNTY" signing under his office is a person
    (before, the signatory was lost into the position "Chief, DR. LEO COUNTY")."""
    text = """MEMORANDUM OF AGREEMENT

This Memorandum of Agreement is entered into by and between:

ALDERTON STATE UNIVERSITY, represented by its President, DR. ROSA MARTIN, hereinafter referred to as "ASU";

and

BIRCHWOOD MEDICAL CENTER, represented by its Chief, DR. LEO COUNTY, hereinafter referred to as "BMC".

ALDERTON STATE UNIVERSITY               BIRCHWOOD MEDICAL CENTER
By:                                     By:
DR. ROSA MARTIN                         DR. LEO COUNTY
President                               Chief
"""
    parties = schema_of([text])["parties"]
    assert parties[1]["signatory"] == "Dr. Leo County"
    assert "COUNTY" not in (parties[1]["position"] or "")


def test_a_signers_dated_row_below_the_clauses_of_a_short_text_is_no_signing_date():
    """stated_dates.dated_line skips a signer's "Dated:" row below the heading; in a short text whose heading end
    is found nowhere the whole text counted as heading, and the first signer's row gave the signing date."""
    text = """SHARED SERVICES AGREEMENT
BETWEEN
ALDERTON SHIRE COUNCIL
AND
BIRCHWOOD CITY COUNCIL

1. Purpose
The councils will share a road crew for the term of this agreement and review it each year.

2. Costs
Each council bears half of the costs.

Signed for Alderton Shire Council
Mary Holt, Mayor
Dated: 3 May 2021

Signed for Birchwood City Council
Peter Lang, Mayor
Dated: 4 May 2021
"""
    assert schema_of([text])["sign_date"] != "2021-05-03"


def test_a_month_and_year_opening_a_sides_name_is_no_heading_date():
    """heading_parties ends the names at the heading's "October 2012"; a side named "MAY 2019 FESTIVAL TRUST" was
    cut away (before, the second side was lost)."""
    text = """MEMORANDUM OF UNDERSTANDING
BETWEEN
ALDERTON SHIRE COUNCIL
AND
MAY 2019 FESTIVAL TRUST

1. Purpose
"""
    institutions = [party["institution"] for party in schema_of([text])["parties"] or []]
    assert "May 2019 Festival Trust" in institutions


def test_a_paper_whose_between_goes_on_as_a_sentence_is_no_dated_deed():
    """doctype._DEED_DATED types "… AGREEMENT" / "dated …" / "Between" a deed; a newsletter or minutes whose
    "Between" opens a sentence in lower case names no sides (before, both were typed PKS)."""
    newsletter = """THE AGREEMENT NEWSLETTER
Issue 4
dated 3 March 2021
Between friends: how Alderton and Birchwood work together.
"""
    minutes = """MINUTES OF THE JOINT COMMITTEE
Item 4: PARTNERSHIP AGREEMENT
dated 3 March 2021
Between the meetings, officers prepared the draft.
"""
    assert schema_of([newsletter])["doc_type"] != "PKS"
    assert schema_of([minutes])["doc_type"] != "PKS"
