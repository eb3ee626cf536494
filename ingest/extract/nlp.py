"""The only module that imports spaCy: a blank Indonesian pipeline with rule components for agreements."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ingest.errors import ArsipError
from ingest.extract import roles

ORDINALS_ID = [word.lower() for word in roles.WORDS if " " not in word]
ORDINALS_TWO = [word.lower().split() for word in roles.WORDS if " " in word]  # "kedua belas"
ORDINALS_EN = [word.lower() for word in roles.ENGLISH]
_SPACE = {"IS_SPACE": True, "OP": "*"}
_DESIGNATORS = {"disebut", "referred", "called", "sebagai", "as", "dinamakan", "hereinafter"}

# Heading phrases that name a kind of document; the earliest in the title block decides.
HEADINGS = {
    # "PERUBAHAN KEEMPAT ATAS …", "PERUBAHAN KE-2 ATAS …", "PERUBAHAN II ATAS …": an amendment by any ordinal
    "ADDENDUM": ["addendum", "adendum", "amandemen", "amendemen", "amendment", "perubahan atas", "perubahan terhadap",
                 "perubahan perjanjian", "perubahan kesepakatan", "perubahan nota",
                 *(f"perubahan {word.lower()}" for word in roles.WORDS),
                 *(f"perubahan {number.lower()} atas" for number in roles.NUMBERED + roles.ROMAN)],
    "LOI": ["letter of intent", "surat pernyataan kehendak", "pernyataan kehendak", "surat minat"],
    # a sister city's (or province's) agreement is the memorandum that founds the relation with a foreign region
    "MOU": ["nota kesepahaman", "memorandum of understanding", "memorandum saling pengertian", "nota kesepakatan",
            "mou", "m.o.u", "memorandum kesepahaman", "nota saling pengertian", "msp", "memorandum kerjasama",
            "memorandum kerja sama", "memorandum of cooperation", "memorandum kesepakatan", "sister city agreement",
            "sister province agreement", "sister state agreement",
            # "AGREEMENT / ON SISTER CITY RELATIONSHIP" (the 1990s' English): the relation names the memorandum
            "sister city relationship", "sister city relations", "sister province relationship",
            "sister province relations"],
    "KB": ["kesepakatan bersama", "kesepakatan kerja sama", "kesepakatan kerjasama", "joint agreement",
           # the umbrella agreement's older names (1980s-2000s): a charter, a text of cooperation
           "piagam kerjasama", "piagam kerja sama", "naskah kerjasama", "naskah kerja sama"],
    "PKS": ["perjanjian kerja sama", "perjanjian kerjasama", "perjanjian kemitraan", "cooperation agreement",
            "co-operation agreement", "persetujuan kerja sama", "persetujuan kerjasama",  # "cooperation agreement"
            # local governments' agreements in English: "INTERLOCAL (COOPERATIVE) AGREEMENT" (US counties, cities,
            # school boards), "SHARED SERVICE COLLABORATION AGREEMENT" (councils)
            "cooperative agreement", "co-operative agreement", "interlocal agreement", "collaboration agreement",
            "implementing arrangement", "perjanjian",
            # neighbouring municipalities' framework under a province's act (Alberta: "INTERMUNICIPAL COLLABORATION
            # FRAMEWORK" between two counties), an agreement between local governments
            "intermunicipal collaboration framework", "inter-municipal collaboration framework",
            "intermunicipal agreement", "inter-municipal agreement",
            "memorandum of agreement",  # between universities, the agreement that implements a memorandum
            "kontrak", "kontrak pelaksanaan pekerjaan", "kontrak pekerjaan", "kontrak kerja sama",
            "kontrak kerjasama",  # a contract ("kontrak" alone is weak: "ADDENDUM KONTRAK" is an addendum)
            "surat perintah kerja",
            # grant and implementation contracts of donor-funded projects, a regional office's service contracts
            "perjanjian pelaksanaan hibah", "grant implementation agreement", "grant agreement", "contract agreement",
            "surat perjanjian kerja", "kontrak kerja",  # an SPK, a procurement's contract (never the SPMK that orders work to start)
            "protokol"],  # a protocol implementing an agreement between governments (weak alone: doctype._WEAK)
    "OTHER": ["rencana kerja", "berita acara", "laporan", "surat keputusan", "surat edaran", "surat undangan",
              "surat permohonan", "surat pemberitahuan", "surat tugas", "notulen", "notula", "kerangka acuan",
              "petunjuk teknis", "keputusan", "peraturan", "work plan", "minutes of meeting", "report",
              "nota dinas", "telaahan staf", "evaluasi", "program kerja evaluasi", "monitoring", "monev",
              "hasil evaluasi", "pemantauan", "surat perintah mulai kerja",
              # papers filed beside agreements, which name agreements in their bodies
              "surat pernyataan", "surat kuasa", "surat keterangan", "risalah rapat", "daftar hadir",
              "pakta integritas", "lembar disposisi", "proposal", "instruksi bupati", "instruksi wali kota",
              "instruksi walikota", "instruksi gubernur",
              # papers recording a signing or supporting a cooperation
              "record of signing", "minutes of the meeting", "summary record", "letter of support", "statement of support",
              "surat dukungan", "notulensi",
              # a council's papers approving an English local governments' agreement ("A RESOLUTION APPROVING AN
              # INTERLOCAL AGREEMENT …", "ORDINANCE NO. 1234 / AN ORDINANCE AUTHORIZING … A COOPERATIVE AGREEMENT")
              "a resolution", "an ordinance", "resolution no", "resolution no.", "ordinance no", "ordinance no.",
              "agenda item",
              # an English review of an agreement, the paper's kind first ("REVIEW OF THE COLLABORATION AGREEMENT")
              "review of", "evaluation of"],
}


@dataclass(frozen=True)
class RoleMention:
    start: int
    end: int
    role: str          # as written, normalised: "PIHAK KESATU", "FIRST PARTY"
    designation: bool  # introduced by "selanjutnya disebut" / "hereinafter referred to as"


class NlpUnavailable(ArsipError):
    """spaCy cannot build the blank Indonesian pipeline."""
    exit_code = 4


@Language.component("arsip_designations")
def _mark_designations(doc: Doc) -> Doc:
    """Role entities named right after "disebut"/"referred to as" are designations of a party block."""
    marked = []
    for ent in doc.ents:
        if ent.label_ != "ROLE":
            continue
        # eight words back, a line's end counting for none ("disebut “" / "Koperasi X “ atau “ PIHAK KEDUA “")
        words = [token for token in doc[max(ent.start - 16, 0):ent.start] if not token.is_space][-8:]
        for token in reversed(words):
            if token.text == ":" and token.i and doc[token.i - 1].lower_ in _DESIGNATORS:
                continue  # "selanjutnya disebut :" / "-----PIHAK PERTAMA-----" on a line of its own
            if token.text in {";", ".", ":"} or token.lower_ in ("pihak", "party", "dan", "and"):
                break  # the designator belongs to an earlier clause
            if token.lower_ in _DESIGNATORS:
                marked.append(Span(doc, ent.start, ent.end, label="DESIGNATION"))
                break
    doc.spans["designation"] = marked
    return doc


def _role_patterns() -> list[dict]:
    patterns = [{"label": "ROLE", "pattern": [{"LOWER": "pihak"}, _SPACE, {"LOWER": {"IN": ORDINALS_ID}}]},
                {"label": "ROLE", "pattern": [{"LOWER": "pihak"}, _SPACE, {"TEXT": {"IN": list(roles.ROMAN)}}]},
                # "PIHAK I." at a sentence's end: the tokenizer keeps the dot with a single capital like an initial
                # (on the same line: "PARA PIHAK" / "I. Bahwa …" is the next item's label)
                {"label": "ROLE", "pattern": [{"LOWER": "pihak"}, {"TEXT": {"IN": [f"{roman}." for roman in roles.ROMAN]}}]},
                # ... never "PARA PIHAK I. Bahwa …" (the longer match wins, and it names no role)
                {"label": "COLLECTIVE", "pattern": [{"LOWER": {"IN": ["para", "kedua", "belah"]}}, {"LOWER": "pihak"},
                                                    {"TEXT": {"IN": [f"{roman}." for roman in roles.ROMAN]}}]},
                {"label": "ROLE", "pattern": [{"LOWER": "pihak"}, _SPACE,
                                              {"LOWER": {"IN": [numbered.lower() for numbered in roles.NUMBERED]}}]},
                # the tokenizer splits "KE-3" into "KE", "-", "3"
                {"label": "ROLE", "pattern": [{"LOWER": "pihak"}, _SPACE, {"LOWER": "ke"}, {"TEXT": "-"},
                                              {"TEXT": {"IN": [str(o.number) for o in roles.ORDINALS]}}]}]
    patterns += [{"label": "ROLE", "pattern": [{"LOWER": "pihak"}, _SPACE, {"LOWER": head}, _SPACE, {"LOWER": tail}]}
                 for head, tail in ORDINALS_TWO]
    # an ordinal OCR split in two: "PIHAK PERT AMA", "PIHAK KE DUA"
    split = [[word[:cut], word[cut:]] for word in ORDINALS_ID for cut in range(2, len(word) - 1)]
    patterns += [{"label": "ROLE", "pattern": [{"LOWER": "pihak"}, _SPACE, {"LOWER": head}, {"LOWER": tail}]}
                 for head, tail in split]
    # a "ke" left before a whole ordinal: "PIHAK KE PERTAMA"
    patterns.append({"label": "ROLE", "pattern": [{"LOWER": "pihak"}, _SPACE, {"LOWER": "ke"}, {"LOWER": {"IN": ORDINALS_ID}}]})
    patterns.append({"label": "ROLE", "pattern": [{"LOWER": {"IN": ORDINALS_EN}}, _SPACE,
                                                    {"LOWER": {"IN": ["party", "parties"]}}]})
    return patterns


@functools.lru_cache(maxsize=1)
def pipeline() -> Language:
    """The shared pipeline: Indonesian tokenizer, a role EntityRuler and the designation marker."""
    try:
        nlp = spacy.blank("id")
    except (OSError, ImportError, ValueError) as exc:
        raise NlpUnavailable(f"spaCy cannot load its Indonesian tokenizer ({exc}); reinstall spacy") from None
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(_role_patterns())
    nlp.add_pipe("arsip_designations")
    return nlp


@functools.lru_cache(maxsize=1)
def _heading_matcher() -> PhraseMatcher:
    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, phrases in HEADINGS.items():
        matcher.add(label, [nlp.make_doc(phrase) for phrase in phrases])
    return matcher


def _role_name(span: Span) -> str:
    words = [token.text.upper() for token in span if not token.is_space]
    words[-1] = words[-1].rstrip(".")  # "PIHAK I."
    if len(words) == 3 and words[0] == "PIHAK" and words[1] == "KE" and words[2] in roles.WORDS:
        words = [words[0], words[2]]  # "PIHAK KE PERTAMA": the ordinal without the stray "ke"
    elif len(words) == 3 and words[0] == "PIHAK" and " ".join(words[1:]) not in roles.WORDS:
        words = [words[0], words[1] + words[2]]  # "PIHAK PERT AMA": the ordinal whole again
    return roles.role_name(" ".join(words))  # "PIHAK KE - 3": PIHAK KETIGA


_RULE = re.compile(r"[-_=.…]{4,}|…+")  # a typed rule, or a draft's dotted leader ("disebut : ……… PIHAK PERTAMA ………")
# ... and "…, sebagai PIHAK PERTAMA." where no "disebut" comes before the role
_DESIGNATOR_RE = re.compile(r"\b(?:disebut|dinamakan|referred|called|bertindak\s+sebagai|"
                            r"sebagai(?=[ \t]*[\"“']?[ \t]*pihak[ \t]+\w))\b", re.IGNORECASE)


def role_mentions(text: str) -> list[RoleMention]:
    """Every party role named in the text ("PIHAK KEDUA", "SECOND PARTY"), marking designations."""
    doc = pipeline()(text)
    designated = {(span.start_char, span.end_char) for span in doc.spans.get("designation", [])}
    return [RoleMention(ent.start_char, ent.end_char, _role_name(ent), (ent.start_char, ent.end_char) in designated)
            for ent in doc.ents if ent.label_ == "ROLE"]


def _window_end(text: str, match: re.Match) -> int:
    """90 characters after the designator, not counting typed rules ("disebut : -------…------PIHAK KEDUA")."""
    end, position = match.end() + 90, match.end()
    # looked for inside the window only (endpos + 3: a rule starting before `end` shows its first 4 characters),
    # then taken whole: an unbounded search would scan the rest of the document for every designator
    while (start := _RULE.search(text, position, end + 3)) is not None:
        rule = _RULE.match(text, start.start())
        end, position = end + len(rule.group()), rule.end()
    return end


def designations(text: str) -> list[RoleMention]:
    """The roles a party block is given ("selanjutnya disebut PIHAK PERTAMA"), in order.

    Only short windows after each "disebut"/"referred to as" go through the pipeline: the tokenizer
    is the slowest step of extraction and the rest of the opening cannot hold a designation."""
    windows = [(match.start(), _RULE.sub(lambda rule: " " * len(rule.group()),
                                         text[match.start():_window_end(text, match)]))
               for match in _DESIGNATOR_RE.finditer(text)]  # "-----PIHAK PERTAMA-----": a typed rule is no word
    found: dict[int, RoleMention] = {}
    for (offset, _), doc in zip(windows, pipeline().pipe(window for _, window in windows)):
        for span in doc.spans.get("designation", []):
            start = offset + span.start_char
            found.setdefault(start, RoleMention(start, offset + span.end_char, _role_name(span), True))
    return [found[start] for start in sorted(found)]


def heading_kinds(text: str) -> list[tuple[int, int, str]]:
    """Document-kind phrases in a title block as (start, end, kind), earliest first, longest on ties."""
    doc = pipeline().make_doc(re.sub(r"[/()]", " ", text))  # "NOTA KESEPAHAMAN/MEMORANDUM": split on slashes
    found = []
    for match_id, start, end in _heading_matcher()(doc):
        span = doc[start:end]
        found.append((span.start_char, span.end_char, doc.vocab.strings[match_id]))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    return found


def tokens(text: str) -> list[str]:
    """The Indonesian tokenizer's tokens (no whitespace tokens)."""
    return [token.text for token in pipeline().make_doc(text) if not token.is_space]
