"""`arsip extract FILE [--json]`: read one file and print its extraction without storing anything."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ingest.errors import InputRejected

_LABELS = [("doc_type", "Jenis"), ("numbers", "Nomor"), ("title", "Judul"), ("sign_date", "Tanggal tanda tangan"),
           ("sign_place", "Tempat"), ("effective_date", "Mulai berlaku"), ("duration", "Jangka waktu"),
           ("end_date", "Berakhir"), ("parent_agreement", "Induk perjanjian")]


def extraction_of(path: Path) -> dict:
    """The extraction schema for one file: its pages read (text layer or OCR), then the facts."""
    from ingest.extract import extract_agreement
    from ingest.pipeline import Limits, read_document
    from models.settings import load_settings

    reading = read_document(path, Limits.from_settings(load_settings()))
    facts = extract_agreement([page.text for page in reading.pages])
    facts.update(pages=len(reading.pages), text_source=reading.text_source, ocr_confidence=reading.ocr_confidence)
    return facts


def _confidence(facts: dict, field: str) -> str:
    found = facts.get("evidence", {}).get(field)
    return f"  (hal. {found['page']}, keyakinan {found['confidence']:.2f})" if found else ""


def render(facts: dict) -> str:
    """The extraction as lines a person reads (Bahasa Indonesia labels)."""
    lines = []
    for field, label in _LABELS:
        value = facts.get(field)
        shown = ", ".join(value) if isinstance(value, list) else value
        lines.append(f"{label + ':':22} {shown if shown is not None else '-'}{_confidence(facts, field)}")
    lines.append("Para pihak:")
    for party in facts.get("parties") or []:
        who = " / ".join(part for part in (party.get("institution"), party.get("signatory"), party.get("position"))
                         if part)
        lines.append(f"  {party['role']}: {who or '-'}")
    if facts.get("scope"):
        lines.append("Ruang lingkup:")
        lines += [f"  - {item}" for item in facts["scope"]]
    if facts.get("obligations"):
        lines.append("Kewajiban:")
        lines += [f"  [{item['party_role']}] {item['text']}" for item in facts["obligations"]]
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
