"""FOR in a heading: a subject's label, or a body's name broken before its own FOR (ingest/extract/for_label.py)."""
from ingest.extract.for_label import for_inside_list


def _at_for(text: str) -> int:
    return text.index("FOR")


def test_a_ministrys_name_broken_before_for_goes_on_when_another_party_follows():
    text = "BETWEEN\nTHE COORDINATING MINISTRY\nFOR MARITIME AFFAIRS OF ARCADIA\nAND\nTHE CITY OF VELMORE\n"
    assert for_inside_list(text, _at_for(text), len(text))


def test_for_alone_on_its_line_is_the_subjects_label():
    text = "BETWEEN\nTHE CITY OF VELMORE\nFOR\nSCHOOL EXCHANGES\nAND\nTHE CITY OF ORLEN\n"
    assert not for_inside_list(text, _at_for(text), len(text))


def test_a_company_above_ends_its_name_before_for_and_the_subjects_label():
    text = "BETWEEN\nPT SAMUDRA TIRTA\nFOR WATER TREATMENT WORKS\nON\nOPERATION AND UPKEEP\n"
    assert not for_inside_list(text, _at_for(text), len(text))


def test_on_the_texts_first_line_no_line_above_is_read_from_the_texts_end():
    # the company's line at the very end is no line above FOR: only the label that follows decides
    text = "FOR WATER TREATMENT WORKS\nON\nOPERATION AND UPKEEP\nPT SAMUDRA TIRTA"
    assert for_inside_list(text, 0, len(text))
