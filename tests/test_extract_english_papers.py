"""English papers about an agreement are no agreement (issue 18: a paper reporting on or evaluating an agreement
gets no end date computed from the dates it quotes). English names the paper's kind last ("SISTER CITY AGREEMENT
IMPLEMENTATION REPORT", "COLLABORATION AGREEMENT REVIEW") or first with "of" ("REVIEW OF THE COLLABORATION
AGREEMENT"); a subject that merely mentions a review or a report stays the agreement's. Texts written for this test."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of

_BODY = ("\n\n1. Background\nThe sister city agreement between the City of Alderton and the City of Sukamaju was "
         "signed on 12 May 2015 for a period of five years. This paper reports what was done in 2018.\n")


@pytest.mark.parametrize("heading", [
    "SISTER CITY AGREEMENT IMPLEMENTATION REPORT",
    "COOPERATION AGREEMENT EVALUATION REPORT",
    "COLLABORATION AGREEMENT REVIEW",
    "MEMORANDUM OF UNDERSTANDING PROGRESS REPORT",
    "REVIEW OF THE COLLABORATION AGREEMENT",
    "EVALUATION OF THE SISTER CITY AGREEMENT",
])
def test_a_paper_about_an_agreement_is_other_with_no_term(heading):
    facts = schema_of([heading + _BODY])
    assert facts["doc_type"] == "OTHER"
    assert facts["end_date"] is None


@pytest.mark.parametrize(("heading", "kind"), [
    ("MEMORANDUM OF UNDERSTANDING ON JOINT REVIEW", "MOU"),  # the subject, after "ON"
    ("MEMORANDUM OF UNDERSTANDING ON THE EVALUATION OF SCHOOLS", "MOU"),
    ("COOPERATION AGREEMENT FOR AUDIT REPORTS", "PKS"),
    ("MEMORANDUM OF UNDERSTANDING", "MOU"),
])
def test_an_agreement_whose_subject_mentions_a_review_or_a_report_stays_the_agreement(heading, kind):
    text = heading + "\n\nThis Memorandum is made on 3 May 2019 between the City of Alderton and the City of Sukamaju.\n"
    assert schema_of([text])["doc_type"] == kind
