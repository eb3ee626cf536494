"""A subject in capitals opened by a gerund right below the kind's heading, no label before it (a Philippine
barangay's memorandum headed as its resolutions are): read up to its full stop, the recitals or a blank line; never
a party's place ending in -ING, a heading's list of parties, or a subject line after the kind on its own line."""
from __future__ import annotations

import pytest

from ingest.extract.gerund_subjects import gerund_subject
from tests.extract_texts import schema_of

HEADED = ("REPUBLIC OF THE PHILIPPINES\nPROVINCE OF LAGUNA\nMUNICIPALITY OF PILA\nBARANGAY MASICO\n"
          "MEMORANDUM OF UNDERSTANDING\n"
          "ESTABLISHING A SEED BANK FOR THE FARMERS OF SITIO IBABA,\n"
          "BARANGAY MASICO, PILA, LAGUNA and PARTICIPATION\nIN THE GULAYAN SA PAARALAN PROGRAM.\n"
          "WHEREAS, the barangay supports its farmers;\n"
          "WHEREAS, the SAMAHAN NG MAGSASAKA has committed to help;\n1. Designation of Volunteers\n")


def test_the_subject_below_the_kind():
    assert schema_of([HEADED])["title"] == ("ESTABLISHING A SEED BANK FOR THE FARMERS OF SITIO IBABA, BARANGAY MASICO, "
                                            "PILA, LAGUNA and PARTICIPATION IN THE GULAYAN SA PAARALAN PROGRAM")


def test_the_subject_ends_at_the_recitals_without_a_full_stop():
    text = HEADED.replace("PAARALAN PROGRAM.", "PAARALAN PROGRAM")
    assert schema_of([text])["title"].endswith("GULAYAN SA PAARALAN PROGRAM")


@pytest.mark.parametrize("below", [
    "WYOMING STATE UNIVERSITY\nAND\nTHE CITY OF LARAMIE\n",  # a party whose name ends in -ING: no gerund
    "ESTABLISHING COOPERATION BETWEEN THE CITY OF PILA AND THE PILA FARMERS ASSOCIATION\n",  # the heading's parties
    "Establishing a seed bank for the farmers of the barangay.\n",  # prose, not a heading in capitals
])
def test_no_subject_so(below):
    text = f"MEMORANDUM OF UNDERSTANDING\n{below}WHEREAS, farming;\n"
    assert gerund_subject(text, len("MEMORANDUM OF UNDERSTANDING")) is None
