"""A development bank's loan, credit or grant number as the agreement's own and as the one an amendment amends: the
cover's first line "LOAN NUMBER 8123-ID" ("Credit No. 4411-IND", "Grant Number H512-ID") above a LOAN / CREDIT /
GRANT / FINANCING AGREEMENT heading is the agreement's number; a letter amending it names it in its subject line
("Re: Loan No. 8123-ID (Project) / Amendment to the Loan Agreement"). A contract of the project that cites the loan
("IBRD Loan No. 7737-ID" on its cover, above a KONTRAK heading) keeps it out of its own numbers."""
from __future__ import annotations

import re

from ingest.extract.references import Reference

# the number's line, first on the cover (a heading's kind words may stand on the same line before it)
_OWN = re.compile(r"\A(?:[ \t]*\n){0,3}[ \t]*(?:(?:IBRD|IDA|ADB)[ \t]+)?(?i:loan|credit|grant)[ \t]+(?i:number|no\.?)[ \t]*:?[ \t]*"
                  r"(?P<value>[A-Z]?\d{3,5}[ \t]*-[ \t]*[A-Z]{2,3}(?:[ \t]*\([A-Z]{2}\))?)[ \t]*$", re.MULTILINE)
# the heading of the agreement itself, within the cover's next lines
_KIND = re.compile(r"^[ \t]*(?i:loan|credit|grant|financing|project)[ \t]+(?i:agreement)[ \t]*$", re.MULTILINE)
# the subject line of a letter amending the agreement: "Re: Loan No. 8123-ID (…)" with an amendment named near it
_SUBJECT = re.compile(r"^[ \t]*(?i:re|subject|perihal)[ \t]*:[ \t]*(?i:(?:IBRD|IDA|ADB)[ \t]+)?(?i:loan|credit|grant)[ \t]+"
                      r"(?i:number|no\.?)[ \t]*:?[ \t]*(?P<value>[A-Z]?\d{3,5}[ \t]*-[ \t]*[A-Z]{2,3}(?:[ \t]*\([A-Z]{2}\))?)",
                      re.MULTILINE)
_AMENDMENT = re.compile(r"\b(?:amendment|amend|amending|extension)\b", re.IGNORECASE)


def own_loan_number(text: str) -> list[Reference]:
    """The loan, credit or grant number on the cover's first line above the agreement's own heading (0.8)."""
    found = _OWN.match(text)
    if not found or not _KIND.search(text, found.end(), found.end() + 200):
        return []
    value = re.sub(r"[ \t]+", "", found["value"])
    return [Reference(value, found.start("value"), found.end("value"), 0.8)]


def amended_loan(text: str) -> Reference | None:
    """The loan, credit or grant number of a letter's subject line when the subject names an amendment (0.7)."""
    found = _SUBJECT.search(text, 0, 1500)
    if not found or not _AMENDMENT.search(text, found.end(), found.end() + 160):
        return None
    return Reference(re.sub(r"[ \t]+", "", found["value"]), found.start("value"), found.end("value"), 0.7)
