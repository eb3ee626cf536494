"""extract_agreement(pages) -> the facts of DESIGN.md section 4 (ingest.facts.AgreementFacts), each with its evidence."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.facts import AgreementFacts, Evidence, Obligation
from ingest.extract import (approvals, by_blocks, columns, council_lists, cover_dateline, doctype, doubts,
                            english_blocks, form_parties, heading_parties, heading_rest, kind_named,
                            listed_sides, loan_numbers, mended_names, named_subjects, note_signer, number_readback,
                            obligations, office_blocks, papers, parents, parties, preambles, references,
                            represented_items, roles, side_numbers, signatures, signing, terms, titles, two_sides)
from ingest.extract.articles import find_articles
from ingest.extract.cleanup import Cleaned, clean_pages
from ingest.extract.offices import institution_from_position
from ingest.extract.text import blank_beside, has_blank, is_placeholder, masked_inside

_NOISY_FACTOR = 0.9  # a value read through corrected OCR confusions is less certain
_MENDED = 0.6  # a party's damaged name mended from its clean repetition elsewhere
_KIND_NAMED = 0.6  # a party's body read from the heading by the kind its office names
_NEAR_BLANK = 0.7  # a value read beside a draft's blank: the form is not filled in yet, review it
_NOTE_GOVERNMENT = 0.6  # a government a note names only in passing ("the Japanese Government's rice")
_LISTED = 0.6  # a treaty's plenipotentiaries read from its preamble's list, paired with the parties by order
_PARENT_KINDS = {"PKS", "ADDENDUM", "OTHER"}
_PROSE_KIND = 0.6  # a kind read from the prose, or a weak word of the head (doctype.classify)
_REPRESENTED = 0.7  # an undesignated list's bodies and their officers (represented_items): roles by order


class _Evidence:
    """Collects {field: Evidence(page, start, end, confidence)} against the original page texts."""

    def __init__(self, cleaned: Cleaned):
        self.cleaned = cleaned
        self.fields: dict[str, Evidence] = {}
        self.drafted = has_blank(cleaned.text)  # a draft: its values may stand beside blanks

    def add(self, field: str, start: int, end: int, confidence: float, doubt: list[str] | None = None,
            near_blank: bool = True) -> None:
        """near_blank=False for a kind (no blank's neighbour) and the numbers (their own blanks lower them already)."""
        if self.cleaned.noisy(start, end):
            confidence *= _NOISY_FACTOR
        if near_blank and self.drafted and blank_beside(self.cleaned.text, start, end):
            confidence = min(confidence, _NEAR_BLANK)
        if doubt:  # a value shaped as a right one rarely is: reviewed first, whatever rule read it
            confidence = min(confidence, doubts.DOUBTED)
        page, local_start, local_end = self.cleaned.locate(start, end)
        self.fields[field] = Evidence(page, local_start, local_end, round(max(0.0, min(confidence, 1.0)), 2),
                                      "; ".join(dict.fromkeys(doubt)) if doubt else None)


_SENTENCE_END = re.compile(r"[.:;][ \t]*\n")


def _party_block(text: str, article) -> bool:
    """A numbered name line ("2. AGUS SANTOSO") taken for a section heading in a text without Pasal: the block
    goes on to designate a party."""
    if _PASAL.match(text, article.start):
        return False
    # a paragraph in capitals wrapped over lines the section finder split: its designation is further down the
    # paragraph (up to a blank line or the next numbered item)
    stop = _PARAGRAPH_END.search(text, article.start + 1, article.start + 1200)
    return bool(_DESIGNATED.search(text, article.start, max(article.end, stop.start() if stop else article.end)))


_PASAL = re.compile(r"\s*(?:pasal|article|artikel)\b", re.IGNORECASE)
# ("their mutual covenants hereinafter set forth": the agreement's own terms below, no party designated)
_DESIGNATED = re.compile(r"selanjutnya\s+disebut|hereinafter(?!\s+(?:set\s+forth|provided|stipulated|specified|described|"
                         r"stated|enumerated|mentioned))|referred\s+to\s+as|untuk\s+dan\s+atas\s+nama", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]")


def _opening_end(text: str, head: int, articles) -> int:
    """Where the opening ends: the first article after it, once its sentence has ended (OCR may read the first
    line of the opening above the heading lines, which then look like sections inside it)."""
    sentence = _SENTENCE_END.search(text, head)
    after = max(head, sentence.start() if sentence else head)
    later = [article.start for article in articles if article.start > after and not _party_block(text, article)]
    return later[0] if later else min(len(text), head + 6000)


def _with_signatures(found: list, text: str, head: int, opening_end: int) -> list:
    """Parties completed from the signature blocks; built from them when the opening names nobody."""
    # after the designations (an opening damaged by OCR may run on to the end of the text)
    after = min(opening_end, max(party.end for party in found)) if found else 0
    blocks = signatures.find_signatures(text, after) or \
        english_blocks.english_signatures(text, after, [(party.role, party.institution) for party in found]) or \
        by_blocks.by_signatures(text, after, [(party.role, party.institution) for party in found])
    by_role = {block.role: block for block in blocks}
    shared = {role for role, count in Counter(party.role for party in found).items() if count > 1}
    for party in found:
        block = by_role.get(party.role)
        if block is None or party.role in shared:  # bodies sharing a role: each signs under its own office
            continue
        party.signatory = party.signatory or block.signatory
        party.position = party.position or block.position
    # columns headed by the signer's office or body instead of a role: matched by that office or body (not a party
    # whose block was read, its name left blank by a draft)
    for index, (signatory, position) in office_blocks.office_signatures(text, after, found).items():
        if found[index].role in by_role:
            continue
        found[index].signatory = signatory
        found[index].position = found[index].position or position
    if found or not blocks:
        return found
    titled = heading_parties.title_parties(text, head)
    built = []
    for index, block in enumerate(blocks):
        institution = block.institution or institution_from_position(block.position)
        if institution is None and index < len(titled) and len(titled) == len(blocks):
            institution = titled[index][0]
        built.append(parties.Party(block.role, institution, block.signatory, block.position, block.start,
                                   block.end, 0.7))
    return built


def _preamble_parties(text: str, named: list, confidence: float = 0.7) -> list:
    """The two parties an English preamble or letter names in its prose ("This Memorandum expresses the understandings
    of A and B …", "A and B, hereinafter …" under a heading naming nobody, "I have the honour to refer to the Agreement
    between A and B"), in order: nothing designates them, so confidence 0.7."""
    return [parties.Party(role, name, None, None, start, end, confidence)
            for role, (name, start, end) in zip(roles.roles_in_order(text), named)]


def _unsigned(found: list) -> bool:
    """Whether no party has a signatory or a position yet."""
    return all(party.signatory is None and party.position is None for party in found)


def _designated_over_heading(found: list, text: str) -> list:
    """The parties an opening designates ("AGREEMENT, dated …, between A (the Bank) and B (PLN)") over those read
    from the heading alone, whose lines may break inside a name ("BANK FOR RECONSTRUCTION" / "AND DEVELOPMENT")."""
    if not found or any(party.confidence > 0.6 or party.signatory or party.position for party in found):
        return found
    return _preamble_parties(text, preambles.designated(text)) or found


def _listed(sides: list) -> list:
    """Parties from listed_sides' (role, name, start, end, confidence[, the office acting for it]): no one named as
    signing."""
    return [parties.Party(role, name, None, office[0] if office else None, start, end, confidence)
            for role, name, start, end, confidence, *office in sides]


def _listed_over_weak(found: list, text: str) -> list:
    """The bodies an English opening sentence lists ("entered into between A County, hereinafter …, and the
    municipalities of B and C, …": listed_sides) over parties read weakly from it by the designation blocks' rules."""
    if any(party.confidence > 0.6 for party in found):
        return found
    return _listed(listed_sides.listed_sides(text)) or _listed(council_lists.heading_group(text)) or \
        _listed(council_lists.listed_bodies(text)) or _listed(council_lists.numbered_bodies(text)) or [
        parties.Party(role, name, signatory, position, start, end, _REPRESENTED)
        for role, name, signatory, position, start, end in represented_items.represented_items(text)] or found


def _run_on(text: str, kind: doctype.Kind) -> list:
    """The two places a flattened title-case heading names ("Sister City Agreement between A, State, Country and B,
    Country The citizens …"), each with the officer the closing names for it ("Mayor A, State, Country Name")."""
    found = _listed(listed_sides.run_on_pair(text, kind.start, kind.end))
    for party in found:
        signer = listed_sides.run_on_signer(text, party.institution, party.end)
        if signer:
            party.signatory, party.position = signer[0], signer[1]
    return found


@dataclass(frozen=True)
class _Reading:
    """What every step reads: the joined text, where its heading and opening end, its articles and kind."""
    text: str
    head: int
    articles: list
    opening_end: int
    kind: doctype.Kind

    @property
    def reports(self) -> bool:
        """A paper typed from its heading (a report, minutes, a letter): it quotes agreements, it is none."""
        return self.kind.doc_type == "OTHER" and self.kind.end > self.kind.start

    @property
    def headed_paper(self) -> bool:
        """A paper its heading types (never a weak word of its prose, "telah mengambil keputusan …"): no treaty."""
        return self.reports and self.kind.confidence > _PROSE_KIND


def _read(cleaned: Cleaned) -> _Reading:
    text = columns.join_wrapped_names(cleaned.text)  # same length: evidence offsets hold
    head = two_sides.heading_end(text, doctype.head_end(text))  # (a two-sided heading's "hereinafter" ends none)
    articles = find_articles(text)
    kind = doctype.classify(text)
    named = two_sides.heading_kind(text) if kind.doc_type == "OTHER" and kind.end <= kind.start else None
    if named:  # "MUTUAL AID AGREEMENT" / "BETWEEN:" / two local governments: an agreement between them, weakly
        kind = doctype.Kind("PKS", named[0], named[1], _PROSE_KIND)
    return _Reading(text, head, articles, _opening_end(text, head, articles), kind)


def _signing(doc: _Reading):
    """The signing date and place. An agreement's cover page ("MEMORANDUM … / Sukamaju, 28 Juli 2022", the opening
    on the next page) was typed before the ceremony; a letter or report dates itself on its first page."""
    text, kind = doc.text, doc.kind
    cover = 0 if kind.doc_type == "OTHER" or doctype.letter_subject(text) else signing.cover_end(text, doc.head)
    sign_date, sign_place = signing.sign_date_and_place(text, doc.head, doc.opening_end, cover)
    if sign_date and sign_place is None:
        sign_place = cover_dateline.dated_number_place(text, sign_date)  # a budget agreement's "SUKAMAJU, TAHUN 2012"
    if doc.reports:
        sign_date, sign_place = papers.own_date(text, kind.end, doc.head, sign_date, sign_place)
    elif sign_date and sign_place is None:  # (sign_date_and_place gives full dates only)
        sign_place = cover_dateline.cover_place(text, doc.head, sign_date.value)  # "X, Mei 2021" on the cover
    return sign_date, sign_place


def _numbers(doc: _Reading, sign_date):
    """The document's own numbers, and the agreement an addendum or paper names as amended or reported on."""
    text, kind, head = doc.text, doc.kind, doc.head
    # a letter's number stands with its subject, below the addressee ("Kepada Yth." ends no heading there)
    letter = doc.reports and papers.is_letter(text, kind.start, kind.end)
    # (two labels' heads side by side first: a page's width may leave their line to themselves, "NOMOR: 445/ NOMOR:
    # 445/", where a label opening its line reads as one number's)
    own = references.own_numbers(text, max(head, kind.end) if letter else head)
    numbers = number_readback.with_kind_code(side_numbers.side_by_side(text, head) or
                                        side_numbers.wider_run(text, head, own) or
                                        side_numbers.run_together(text, head) or
                                        side_numbers.astray(text, head) or side_numbers.read_across(text, head) or
                                        loan_numbers.cover_number(text)[0],
                                        kind.doc_type)
    amended = None
    if doc.reports:
        numbers, amended = papers.own_numbers(text, numbers, kind.end, head, letter)
    if kind.doc_type == "ADDENDUM":
        numbers, amended = parents.amended_in_heading(text, numbers)
    if sign_date:
        numbers = number_readback.within_signing_year(numbers, sign_date.value.year,
                                                 text[sign_date.start:sign_date.end + 40])
        numbers = number_readback.months_as_written(numbers, text, sign_date.value.month)
    return number_readback.read_back_doubted(numbers, text), amended


def _parties(doc: _Reading, title) -> list:
    """The parties from the opening (or a preamble's prose, or an SPK form), completed from the signature blocks."""
    text, head = doc.text, doc.head
    governments = preambles.note_governments(text)
    if governments:  # a note of an exchange binds the two governments it names, not the bodies of the instrument
        # it quotes (its writer signs under the courtesy formula, read below)
        found = _preamble_parties(text, governments, _NOTE_GOVERNMENT)
    else:
        found = _with_signatures(_listed(two_sides.heading_sides(text)) or
                                 _listed_over_weak(_designated_over_heading(
            parties.find_parties(text, head, doc.opening_end), text), text) or
                                 _preamble_parties(text, preambles.named_parties(text, treaty=not doc.headed_paper)) or
                                 form_parties.spk_parties(text, head) or approvals.approving_parties(text) or
                                 _listed(listed_sides.cover_sides(text, doc.kind.start)) or _run_on(text, doc.kind),
                                 text, head, doc.opening_end)
    in_order = roles.roles_in_order(text)[:len(found)] == [party.role for party in found]
    if doc.opening_end >= len(text) and in_order:  # an excerpt cut inside the opening: the heading names the parties
        # it did not reach, in the same order as those it did
        for name, start, end in heading_rest.heading_rest(text, head, [p.institution for p in found]):
            role = roles.next_role(found[-1].role)
            if role is None or is_placeholder(name, not masked_inside(name)):
                break
            found.append(parties.Party(role, name, None, None, start, end, 0.6))
    writer = note_signer.note_signer(text, found) if preambles.letter_opening(text) is not None and \
        _unsigned(found) else None
    if writer:  # a note of an exchange: its writer signs under the courtesy formula
        found[writer[0]].signatory, found[writer[0]].position = writer[1], writer[2]
    listed = preambles.plenipotentiaries(text) if found and _unsigned(found) else []
    for party, (signatory, position) in zip(found, listed) if len(listed) == len(found) else ():
        # a treaty's plenipotentiaries, listed in the order of its parties (a scan's preamble: weakly)
        party.signatory, party.position, party.confidence = signatory, position, min(party.confidence, _LISTED)
    if doc.reports and found and _unsigned(found) and \
            papers.sides_quoted(text, found[0].start, max(title[2] if title else 0, doc.kind.end)):
        return []  # "… Nomor X antara A dengan B" in the paper's body: another agreement's sides
    for party in found:  # "Jabatan : Penanggung Jawab Klinik", no body named: the heading's one clinic, weakly
        named = None if party.institution else kind_named.heading_body(
            text, doc.kind.end, head, party.position, [other.institution for other in found])
        if named:
            party.institution, party.confidence = named[0], min(party.confidence, _KIND_NAMED)
    for party in found:  # "DEWAN X MAJ..URA": the name as the text repeats it cleanly, a weak reading
        repaired = mended_names.mended(party.institution, text, party.start, party.end) or mended_names.rejoined(
            party.institution, text, party.start, party.end)  # "RE P UBLIK FILIP INA": split words, joined elsewhere
        if repaired:
            party.institution, party.confidence = repaired, min(party.confidence, _MENDED)
    return found


def _parent(doc: _Reading, numbers, amended, sign_date):
    """The agreement this one implements or amends (a paper: the one it is about, ended or not)."""
    if doc.kind.doc_type not in _PARENT_KINDS:
        return None
    # the citation may stand in the heading ("ADDENDUM ... NOMOR 551/12/2021"); own numbers are skipped
    return amended or (papers.agreement_row(doc.text) if doc.reports else None) or parents.parent_agreement(
        doc.text, numbers, 0, doc.kind.doc_type == "ADDENDUM",
        sign_date.value if sign_date and not doc.reports else None, doc.kind.doc_type) or (
        loan_numbers.amended_loan(doc.text) if doc.kind.doc_type == "ADDENDUM" else None) or \
        loan_numbers.cover_number(doc.text)[1]  # a project agreement's cover: the loan it is under


def _add_all(evidence: _Evidence, field: str, items: list, doubted: list | None = None,
             near_blank: bool = True) -> None:
    """Evidence for each item of a list field and for the whole list (its least confidence)."""
    for index, item in enumerate(items):
        evidence.add(f"{field}[{index}]", item.start, item.end, item.confidence, doubted[index] if doubted else None,
                     near_blank=near_blank)
    if items:
        evidence.add(field, min(item.start for item in items), max(item.end for item in items),
                     min(item.confidence for item in items),
                     [d for ds in doubted for d in ds] if doubted else None, near_blank=near_blank)


def extract_agreement(pages: list[str]) -> AgreementFacts:
    """The facts of one agreement from its page texts (1 string per page); nulls where the text is silent."""
    cleaned = clean_pages([page or "" for page in pages])
    doc = _read(cleaned)
    text, kind = doc.text, doc.kind
    sign_date, sign_place = _signing(doc)
    numbers, amended = _numbers(doc, sign_date)
    title = named_subjects.without_translation(titles.title_of(text, kind, doc.head), text)
    found_parties = _parties(doc, title)
    # a report, minutes or letter (so headed) quotes other agreements' terms: it states none of its own
    term = terms.Term() if doc.reports else terms.find_term(text, doc.articles)
    effective, length, end = terms.resolve(term, sign_date.value if sign_date else None)
    duties = obligations.find_obligations(text, doc.articles)
    scope = obligations.find_scope(text, doc.articles)
    parent = _parent(doc, numbers, amended, sign_date)

    evidence = _Evidence(cleaned)
    if kind.end > kind.start:
        evidence.add("doc_type", kind.start, kind.end, kind.confidence, near_blank=False)
    _add_all(evidence, "numbers", numbers, [doubts.number_doubts(text, number.start, number.end) for number in numbers],
             near_blank=False)  # their own blanks lower them already
    if title:
        evidence.add("title", title[1], title[2], title[3], doubts.title_doubts(title[0]))
    _add_all(evidence, "parties", found_parties, [doubts.party_doubts(party.institution, party.signatory,
                                                                       party.position, text)
                                                  for party in found_parties])
    for name, value in (("sign_date", sign_date), ("sign_place", sign_place)):
        if value:
            evidence.add(name, value.start, value.end, value.confidence)
    for name, value in (("effective_date", effective), ("duration", length), ("end_date", end)):
        if value:
            evidence.add(name, value[1], value[2], value[3])
    _add_all(evidence, "obligations", duties)
    if scope:
        evidence.add("scope", scope[0].start, scope[-1].end, min(item.confidence for item in scope))
    if parent:
        evidence.add("parent_agreement", parent.start, parent.end, parent.confidence)

    return AgreementFacts(
        doc_type=kind.doc_type,
        numbers=[number.value for number in numbers],
        title=title[0] if title else None,
        parties=[party.record() for party in found_parties],
        sign_date=sign_date.value.isoformat() if sign_date else None,
        sign_place=sign_place.value if sign_place else None,
        effective_date=effective[0].isoformat() if effective else None,
        duration=length[0].iso() if length else None,
        end_date=end[0].isoformat() if end else None,
        obligations=[Obligation(item.role, item.text) for item in duties],
        scope=[item.text for item in scope],
        parent_agreement=parent.value if parent else None,
        evidence=evidence.fields,
    )


_SAMPLE = ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA BOGOR\nDENGAN\nUNIVERSITAS PAKUAN\n"
           "NOMOR: 1/KB/2024\nPada hari ini Senin tanggal satu bulan Juli tahun dua ribu dua puluh empat.")


def warm_up() -> None:
    """Build the spaCy pipeline and matchers now (about 2 s), e.g. in a worker before it forks its jobs."""
    extract_agreement([_SAMPLE])
