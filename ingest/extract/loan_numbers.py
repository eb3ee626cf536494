"""A development bank's loan, credit or grant number as the agreement's own, as the loan a project agreement is
under, and as the one an amendment amends: the cover's first line "LOAN NUMBER 8123-ID" ("Credit No. 4411-IND",
"Grant Number H512-ID") above a LOAN / CREDIT / GRANT / FINANCING AGREEMENT heading is the agreement's number, above
a PROJECT AGREEMENT heading the loan the project agreement implements; a letter amending it names it in its subject
line ("Re: Loan No. 8123-ID (Project) / Amendment to the Loan Agreement"). A contract of the project that cites the
loan ("IBRD Loan No. 7737-ID" on its cover, above a KONTRAK heading) keeps it out of its own numbers."""
from __future__ import annotations

import re

from ingest.extract.references import Reference

# the number's line, first on the cover (a heading's kind words may stand on the same line before it)
_NUMBER_LINE = re.compile(r"\A(?:[ \t]*\n){0,3}[ \t]*(?:(?:IBRD|IDA|ADB)[ \t]+)?(?i:loan|credit|grant)[ \t]+(?i:number|no\.?)[ \t]*:?[ \t]*"
                          r"(?P<value>[A-Z]?\d{3,5}[ \t]*-[ \t]*[A-Z]{2,3}(?:[ \t]*\([A-Z]{2}\))?)[ \t]*$", re.MULTILINE)
# the heading of the agreement itself, within the cover's next lines
_KIND = re.compile(r"^[ \t]*(?i:loan|credit|grant|financing|project)[ \t]+(?i:agreement)[ \t]*$", re.MULTILINE)
# the subject line of a letter amending the agreement: "Re: Loan No. 8123-ID (…)" with an amendment named near it
# (the project named first: "Re: Java Flood Project (Phase 2) Loan No. 8123-ID; Amendment No. 2")
# (its words capitalised, never prose: "Re: X Project, follow-up of the completed Loan No. 7001-ID" names another loan)
_SUBJECT = re.compile(r"^[ \t]*(?i:re|subject|perihal)[ \t]*:[ \t]*(?:(?:[A-Z0-9(][^\s;:]*|of|and|for|the|in|-)"
                      r"(?:[ \t]+|[ \t]*\n[ \t]*)){0,15}"  # (a single line break in the subject: the page's width)
                      r"(?i:(?:IBRD|IDA|ADB)(?:[ \t]+|[ \t]*\n[ \t]*))?"
                      r"(?i:loan|credit|grant)(?:[ \t]+|[ \t]*\n[ \t]*)"
                      r"(?i:number|no\.?)[ \t]*:?[ \t]*\n?[ \t]*(?P<value>[A-Z]?\d{3,5}[ \t]*-[ \t]*[A-Z]{2,3}(?:[ \t]*\([A-Z]{2}\))?)",
                      re.MULTILINE)
_AMENDMENT = re.compile(r"\b(?:amendment|amend|amending|extension)\b", re.IGNORECASE)
# a conformed copy's cover run on or broken over lines: "[Page 1] [CONFORMED COPY] LOAN NUMBER 4712-IND / Project
# Agreement / (Java Power Project) / between …" ("CREDIT NUMBER 165 IND", "GRANT NUMBER TF 029281", the kind's heading
# perhaps OCR-damaged, "Loan Agreeinent", or missing: "LOAN NUMBER 3602 IND (X Project) between")
_VALUE = r"(?-i:(?:[A-Z]{1,2}[ \t]?)?\d{3,6}(?:[ \t]*-[ \t]*|[ \t]+)(?!AND\b)[A-Z]{2,3}\b|[A-Z]{2}[ \t]\d{5,6}\b)"
_COVER = re.compile(r"\A\s*(?:page[ \t]+1\s+)?(?:conforme[a-z]\s+copy\s+)?(?:(?:IBRD|IDA|ADB)[ \t]+)?"
                    rf"(?P<kind>loan|credit|grant)[ \t]+number[ \t]*:?[ \t]*(?P<value>{_VALUE})\s+"
                    r"(?:(?P<heading>(?:[a-z]+[ \t]+)?(?:project|loan|credit|grant|financing|guarantee)[ \t]+agre\w*)\s*)?"
                    r"\((?P<subject>[^()\n]{4,150}(?:\n[^()\n]{1,150})?)\)\s*between\b", re.IGNORECASE)
_OWN_KIND = re.compile(r"(?:[a-z]+[ \t]+)?(?:loan|credit|grant|financing)[ \t]+agre\w*", re.IGNORECASE)


def _cover(text: str) -> re.Match | None:
    return _COVER.match(text, 0, 1500)


def _cover_heading(text: str, cover: re.Match) -> str | None:
    """The kind of agreement the cover heads: its own heading line, else the one beside the number's repeat below
    ("… LOAN NUMBER 3602 IND LOAN AGREEMENT AGREEMENT, dated …")."""
    if cover["heading"]:
        return cover["heading"]
    value = r"\s*".join(re.escape(part) for part in cover["value"].split())
    repeat = re.search(rf"{value}\s+(?P<heading>(?:[A-Za-z]+[ \t]+)?(?i:project|loan|credit|grant|financing)[ \t]+"
                       r"(?i:agre\w*))", text[cover.end():cover.end() + 800])
    return repeat["heading"] if repeat else None


def _cover_number(text: str) -> tuple[Reference, str] | None:
    """The number on the cover's first line and the heading of the agreement it stands above: the number alone on its
    line, the heading on a line of its own below ("LOAN NO. 8123-ID" / "PROJECT AGREEMENT"), or a conformed copy's
    cover run on to its project and "between"."""
    line = _NUMBER_LINE.match(text)
    kind = _KIND.search(text, line.end(), line.end() + 200) if line else None
    if kind:
        value = re.sub(r"[ \t]+", "", line["value"])
        return Reference(value, line.start("value"), line.end("value"), 0.8), kind.group()
    cover = _cover(text)
    heading = _cover_heading(text, cover) if cover else None
    if heading is None:
        return None
    return Reference(" ".join(cover["value"].split()), cover.start("value"), cover.end("value"), 0.8), heading


def cover_number(text: str) -> tuple[list[Reference], Reference | None]:
    """(own numbers, parent) from the cover: the loan's number is a loan, credit or grant agreement's own (0.8) and
    the one a project agreement under that loan implements (0.7)."""
    found = _cover_number(text)
    if found is None:
        return [], None
    number, heading = found
    if _OWN_KIND.fullmatch(heading.strip()):
        return [number], None
    if heading.lower().split()[0] == "project":
        return [], Reference(number.value, number.start, number.end, 0.7)
    return [], None


def cover_subject(text: str) -> tuple[str, int, int] | None:
    """The project a conformed copy's cover names in parentheses below the loan's number: "(Java Power Project)"."""
    cover = _cover(text)
    if cover is None or _cover_heading(text, cover) is None:
        return None
    return " ".join(cover["subject"].split()), cover.start("subject"), cover.end("subject")


def amended_loan(text: str) -> Reference | None:
    """The loan, credit or grant number of a letter's subject line when the subject names an amendment (0.7)."""
    found = _SUBJECT.search(text, 0, 1500)
    if not found or not _AMENDMENT.search(text, found.end(), found.end() + 160):
        return None
    return Reference(re.sub(r"[ \t]+", "", found["value"]), found.start("value"), found.end("value"), 0.7)
