"""The facts of one agreement as a typed record (the extraction schema of DESIGN.md section 4), and FIELDS:
the one table of the schema's fields that corrections, review, the web pages, the API, the CLI and the
evaluation read. A new field is one row here, its extraction rule and its tests."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum


class DocType(StrEnum):
    KB = "KB"
    PKS = "PKS"
    MOU = "MOU"
    LOI = "LOI"
    ADDENDUM = "ADDENDUM"
    OTHER = "OTHER"


PARTNER_KINDS = ("daerah_lain", "pihak_ketiga", "luar_negeri")


class FieldKind(StrEnum):
    """The shape of a field's value in the schema."""
    CHOICE = "choice"            # one of Field.choices
    TEXT = "text"                # one line of text
    TEXT_LIST = "text_list"      # a list of texts
    DATE = "date"                # ISO YYYY-MM-DD
    DURATION = "duration"        # ISO 8601: P5Y, P6M, P90D
    PARTIES = "parties"          # a list of Party
    OBLIGATIONS = "obligations"  # a list of Obligation


@dataclass(frozen=True)
class Field:
    """One field of the schema as people see, correct and confirm it."""
    name: str
    label: str               # Indonesian, as the pages, the CLI and the exports show it
    kind: FieldKind
    key: bool                # a reviewer must confirm it before the agreement counts as verified
    term: bool = False       # verified also needs one of the term fields confirmed (duration or end date)
    links: bool = False      # the automatic linking reads it: correcting it relinks the document
    extracted: bool = True   # False: set by staff only (the extractor never writes it)
    choices: tuple[str, ...] = ()


FIELDS: tuple[Field, ...] = (
    Field("doc_type", "Jenis naskah", FieldKind.CHOICE, key=True, links=True, choices=tuple(DocType)),
    Field("numbers", "Nomor", FieldKind.TEXT_LIST, key=True, links=True),
    Field("title", "Judul (tentang)", FieldKind.TEXT, key=True),
    Field("parties", "Para pihak", FieldKind.PARTIES, key=True, links=True),
    Field("sign_date", "Tanggal tanda tangan", FieldKind.DATE, key=True, links=True),
    Field("sign_place", "Tempat tanda tangan", FieldKind.TEXT, key=False),
    Field("effective_date", "Tanggal mulai berlaku", FieldKind.DATE, key=True, links=True),
    Field("duration", "Jangka waktu", FieldKind.DURATION, key=False, term=True),
    Field("end_date", "Tanggal berakhir", FieldKind.DATE, key=False, term=True, links=True),
    Field("obligations", "Hak dan kewajiban", FieldKind.OBLIGATIONS, key=False),
    Field("scope", "Ruang lingkup", FieldKind.TEXT_LIST, key=False),
    Field("parent_agreement", "Nomor naskah induk", FieldKind.TEXT, key=False, links=True),
    Field("partner_kind", "Jenis mitra", FieldKind.CHOICE, key=False, extracted=False, choices=PARTNER_KINDS),
)
FIELD_BY_NAME = {item.name: item for item in FIELDS}
FIELD_NAMES = tuple(FIELD_BY_NAME)
LABELS = {item.name: item.label for item in FIELDS}
EXTRACTED_FIELDS = tuple(item.name for item in FIELDS if item.extracted)
KEY_FIELDS = tuple(item.name for item in FIELDS if item.key)
TERM_FIELDS = tuple(item.name for item in FIELDS if item.term)
LINKING_FIELDS = tuple(item.name for item in FIELDS if item.links)


@dataclass
class Party:
    role: str | None = None  # "PIHAK PERTAMA", "SECOND PARTY"
    institution: str | None = None
    signatory: str | None = None
    position: str | None = None

    def to_dict(self) -> dict:
        return {"role": self.role, "institution": self.institution, "signatory": self.signatory,
                "position": self.position}

    @classmethod
    def from_dict(cls, data: dict) -> Party:
        return cls(data.get("role"), data.get("institution"), data.get("signatory"), data.get("position"))


@dataclass
class Obligation:
    party_role: str | None
    text: str

    def to_dict(self) -> dict:
        return {"party_role": self.party_role, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict) -> Obligation:
        return cls(data.get("party_role"), data.get("text") or "")


@dataclass
class Evidence:
    """Where a value came from: the page (from 1) and the character span of that page's text."""
    page: int
    start: int
    end: int
    confidence: float
    doubt: str | None = None  # why the value looks wrong whatever rule read it (ingest/extract/doubts.py)

    def to_dict(self) -> dict:
        shown = {"page": self.page, "start": self.start, "end": self.end, "confidence": self.confidence}
        return shown | ({"doubt": self.doubt} if self.doubt else {})

    @classmethod
    def from_dict(cls, data: dict) -> Evidence:
        return cls(int(data["page"]), int(data["start"]), int(data["end"]), float(data["confidence"]),
                   data.get("doubt"))


@dataclass
class AgreementFacts:
    """What one agreement states; None (or an empty list) where the text is silent, never a guess."""
    doc_type: str = DocType.OTHER.value
    numbers: list[str] = field(default_factory=list)
    title: str | None = None
    parties: list[Party] = field(default_factory=list)
    sign_date: str | None = None        # ISO YYYY-MM-DD
    sign_place: str | None = None
    effective_date: str | None = None
    duration: str | None = None         # ISO 8601
    end_date: str | None = None         # stated, or start + duration - 1 day
    obligations: list[Obligation] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    parent_agreement: str | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict)  # "sign_date", "parties[0]", ...
    pages: int | None = None
    text_source: str | None = None      # text-layer | ocr | mixed
    ocr_confidence: float | None = None

    def to_dict(self) -> dict:
        """The JSON schema (empty lists written as null, as DESIGN.md section 4 asks)."""
        return {
            "doc_type": self.doc_type,
            "numbers": list(self.numbers) or None,
            "title": self.title,
            "parties": [party.to_dict() for party in self.parties] or None,
            "sign_date": self.sign_date, "sign_place": self.sign_place,
            "effective_date": self.effective_date, "duration": self.duration, "end_date": self.end_date,
            "obligations": [item.to_dict() for item in self.obligations] or None,
            "scope": list(self.scope) or None,
            "parent_agreement": self.parent_agreement,
            "evidence": {name: found.to_dict() for name, found in self.evidence.items()},
            "pages": self.pages, "text_source": self.text_source, "ocr_confidence": self.ocr_confidence,
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> AgreementFacts:
        """The record from the JSON schema (stored extractions, corrected facts); unknown keys are ignored."""
        data = data or {}
        known = {item.name for item in fields(cls)}
        plain = {key: value for key, value in data.items() if key in known and value is not None}
        plain["numbers"] = list(plain.get("numbers") or [])
        plain["scope"] = list(plain.get("scope") or [])
        plain["parties"] = [Party.from_dict(item) for item in plain.get("parties") or []]
        plain["obligations"] = [Obligation.from_dict(item) for item in plain.get("obligations") or []]
        plain["evidence"] = {name: Evidence.from_dict(item) for name, item in (plain.get("evidence") or {}).items()}
        return cls(**plain)

    def value(self, name: str) -> object:
        """A field's value as the schema writes it (for tables driven by FIELDS)."""
        return self.to_dict().get(name)


SCHEMA_KEYS = tuple(AgreementFacts().to_dict())  # every key of the schema, in its order
