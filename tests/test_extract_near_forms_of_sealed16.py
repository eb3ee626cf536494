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
