"""`arsip extract FILE [--json]`: read one file and print its extraction without storing anything."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ingest.errors import InputRejected
from ingest.facts import FIELDS, FieldKind


def extraction_of(path: Path) -> dict:
    """The extraction schema for one file: its pages read (text layer or OCR), then the facts."""
    from ingest.extract.extractor import extract_agreement
    from ingest.pipeline import read_document
    from ingest.triage import Limits
    from models.settings import load_settings

    reading = read_document(path, Limits.from_settings(load_settings()))
    facts = extract_agreement([page.text for page in reading.pages])
    facts.pages, facts.text_source, facts.ocr_confidence = len(reading.pages), reading.text_source, reading.ocr_confidence
    return facts.to_dict()


def _confidence(facts: dict, field: str) -> str:
    found = facts.get("evidence", {}).get(field)
    return f"  (hal. {found['page']}, keyakinan {found['confidence']:.2f})" if found else ""


def _party(party: dict) -> str:
    who = " / ".join(part for part in (party.get("institution"), party.get("signatory"), party.get("position")) if part)
    return f"  {party.get('role')}: {who or '-'}"


def render(facts: dict) -> str:
    """The extraction as lines a person reads, one per field of the field table (Bahasa Indonesia labels)."""
    lines = []
    for field in FIELDS:
        if not field.extracted:
            continue
        value = facts.get(field.name)
        if field.kind is FieldKind.PARTIES:
            lines += [f"{field.label}:"] + [_party(party) for party in value or []]
        elif field.kind is FieldKind.OBLIGATIONS:
            lines += [f"{field.label}:"] + [f"  [{item['party_role']}] {item['text']}" for item in value or []]
        else:
            shown = "; ".join(value) if isinstance(value, list) else value
            lines.append(f"{field.label + ':':22} {shown if shown else '-'}{_confidence(facts, field.name)}")
    source = facts.get("text_source") or "-"
    ocr = facts.get("ocr_confidence")
    lines.append(f"Halaman: {facts.get('pages')}, sumber teks: {source}"
                 + (f", keyakinan OCR {ocr:.2f}" if isinstance(ocr, (int, float)) else ""))
    return "\n".join(lines)


@click.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction as JSON (schema of DESIGN.md §4).")
def extract(file: Path, as_json: bool) -> None:
    """Read FILE (text layer or OCR) and print the agreement facts; nothing is stored."""
    if not file.exists():
        raise InputRejected(f"{file}: no such file; give the path of a PDF, TIFF, PNG or JPEG")
    facts = extraction_of(file)
    click.echo(json.dumps(facts, ensure_ascii=False, indent=2) if as_json else render(facts))


COMMANDS = [extract]
