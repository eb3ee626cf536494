"""Near forms of extractor 1.11.45's rules (sealed15's English council agreements and Philippine memoranda) on which
they must not fire: invented texts, each failing before its mend."""
from __future__ import annotations

from tests.extract_texts import schema_of


def test_a_letter_speaking_of_an_executed_agreement_is_no_agreement():
    """_THIS_AGREEMENT types a text headed by no kind by the agreement's own opening sentence; a letter's "…, this
    agreement was executed by both offices" (mid-sentence, in lower case) tells of a signed agreement."""
    text = """Dear Mr. Hartono,

Further to our meeting last week, this agreement was executed by both offices on 12 March 2022 and copies are
enclosed for your records.

Yours sincerely,

Rina Wati
Head of Legal Bureau
"""
    assert schema_of([text])["doc_type"] != "PKS"


def test_a_listed_side_with_its_representative_is_no_damaged_name():
    """listed_sides reads a designated side that is no clean name as a scan's damaged name; "Bank X represented by
    its Governor" is a side and its representative (the designation blocks' rules read them), not a name."""
    text = """AGREEMENT

This Agreement is entered into on 5 May 2021 by and between Bank Central of Kedaton represented by its Governor,
hereinafter referred to as "Bank", and the Ministry of Fisheries, represented by the Minister, hereinafter referred to
as "Ministry".
"""
    institutions = [party["institution"] for party in schema_of([text])["parties"] or []]
    assert not any(name and "represented" in name for name in institutions)


def test_a_resolution_speaking_of_its_agreement_is_no_agreement():
    """The council's paper carrying the agreement below it is typed by the agreement's opening; a resolution whose
    section only speaks of the agreement ("This agreement was made necessary by …", "This Agreement was executed in
    2015 and expires …") carries none: the participle goes on as no opening does."""
    necessary = """A RESOLUTION

A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF OAKVALE AUTHORIZING THE MAYOR TO EXECUTE AN INTERLOCAL AGREEMENT
WITH PINE COUNTY FOR BOOKMOBILE SERVICES.

WHEREAS, the City and the County wish to share a bookmobile; and

BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF OAKVALE:

Section 1. The Mayor is authorized to execute the agreement with Pine County. This agreement was made necessary by
the closure of the branch library.

PASSED AND ADOPTED this 4th day of March, 2019.
"""
    renewal = """RESOLUTION NO. 19-44

A RESOLUTION APPROVING THE RENEWAL OF THE AMBULANCE SERVICES CONTRACT.

Section 1. The renewal is approved. This Agreement was executed in 2015 and expires on 30 June 2019.

PASSED this 4th day of March, 2019.
"""
    assert schema_of([necessary])["doc_type"] == "OTHER"
    assert schema_of([renewal])["doc_type"] == "OTHER"


def test_a_sentence_in_capitals_below_the_kind_is_no_gerund_subject():
    """gerund_subjects reads "MEMORANDUM OF AGREEMENT / DESIGNATING …" as the subject; a note in capitals opened by
    one of its verbs but carrying a finite verb ("IMPLEMENTING GUIDELINES ARE ATTACHED AS ANNEX A") is a sentence,
    no heading's subject."""
    text = """MEMORANDUM OF AGREEMENT
IMPLEMENTING GUIDELINES ARE ATTACHED AS ANNEX B
This Memorandum of Agreement is entered into by and between the Town of Lumbang and the Province of Sulu Verde.
"""
    assert schema_of([text])["title"] is None


def test_a_count_after_a_month_is_no_form_century_date():
    """dates._FORM_CENTURY reads a form's printed century and typed year apart ("20th day of September , 19 73"); "the
    10th day of May, 20 21 days after the notice" counts days, it names no year."""
    text = """AGREEMENT

This Agreement is made on the 10th day of May, 20 21 days after the notice, between the Town of Elmreach and Birch
County.
"""
    assert schema_of([text])["sign_date"] is None
