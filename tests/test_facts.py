"""The typed facts record and the one field table: the JSON schema round trip, and every reader of FIELDS."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.facts import (FIELDS, KEY_FIELDS, LABELS, LINKING_FIELDS, SCHEMA_KEYS, TERM_FIELDS, AgreementFacts, DocType, Evidence,
                          FieldKind, Obligation, Party)
from models import corrections

text = st.one_of(st.none(), st.text(min_size=1, max_size=20))
texts = st.lists(st.text(min_size=1, max_size=20), max_size=3)
iso_day = st.dates().map(lambda day: day.isoformat())
record = st.builds(
    AgreementFacts, doc_type=st.sampled_from(list(DocType)), numbers=texts, title=text,
    parties=st.lists(st.builds(Party, text, text, text, text), max_size=3),
    sign_date=st.one_of(st.none(), iso_day), sign_place=text, effective_date=st.one_of(st.none(), iso_day),
    duration=st.sampled_from([None, "P5Y", "P1Y6M", "P90D"]), end_date=st.one_of(st.none(), iso_day),
    obligations=st.lists(st.builds(Obligation, text, st.text(min_size=1, max_size=20)), max_size=3),
    scope=texts, parent_agreement=text,
    evidence=st.dictionaries(st.sampled_from(["title", "numbers[0]", "sign_date"]),
                             st.builds(Evidence, st.integers(1, 9), st.integers(0, 99), st.integers(100, 200),
                                       st.floats(0, 1))),
    pages=st.one_of(st.none(), st.integers(1, 300)), text_source=st.sampled_from([None, "text-layer", "ocr", "mixed"]),
    ocr_confidence=st.one_of(st.none(), st.floats(0, 1)))


@settings(deadline=None)  # timing varies on a loaded machine; the property does not
@given(record)
def test_the_record_round_trips_through_the_json_schema(facts):
    data = json.loads(json.dumps(facts.to_dict()))
    assert tuple(data) == SCHEMA_KEYS
    assert AgreementFacts.from_dict(data) == facts


def test_the_schema_writes_null_where_the_text_is_silent():
    data = AgreementFacts().to_dict()
    assert data["doc_type"] == "OTHER" and data["evidence"] == {}
    assert all(data[key] is None for key in SCHEMA_KEYS if key not in ("doc_type", "evidence"))
    assert AgreementFacts.from_dict({"title": "X", "corrected": ["title"], "unknown": 1}).title == "X"


def test_the_field_table_names_schema_fields_with_indonesian_labels():
    names = [item.name for item in FIELDS]
    assert len(set(names)) == len(names) and len(set(LABELS.values())) == len(names)
    assert all(item.name in SCHEMA_KEYS for item in FIELDS if item.extracted)
    assert [item.name for item in FIELDS if not item.extracted] == ["partner_kind"]
    assert KEY_FIELDS == ("doc_type", "numbers", "title", "parties", "sign_date", "effective_date")
    assert TERM_FIELDS == ("duration", "end_date")
    assert set(LINKING_FIELDS) == {"doc_type", "numbers", "parent_agreement", "parties", "sign_date",
                                   "effective_date", "end_date"}
    assert all(item.choices for item in FIELDS if item.kind is FieldKind.CHOICE)


def test_corrections_accept_every_field_of_the_table_and_nothing_else():
    examples = {FieldKind.CHOICE: None, FieldKind.TEXT: " a  b ", FieldKind.TEXT_LIST: ["a"],
                FieldKind.DATE: "2024-02-29", FieldKind.DURATION: "p5y",
                FieldKind.PARTIES: [{"role": "PIHAK PERTAMA", "institution": "Kota Bogor"}],
                FieldKind.OBLIGATIONS: [{"party_role": "PIHAK KEDUA", "text": "melapor"}]}
    for item in FIELDS:
        value = item.choices[0] if item.kind is FieldKind.CHOICE else examples[item.kind]
        assert corrections.validate(item.name, value) not in ("", [])
    assert corrections.validate("duration", "p5y") == "P5Y" and corrections.validate("title", " a  b ") == "a b"
    assert set(corrections.CORRECTABLE) == set(LABELS)
