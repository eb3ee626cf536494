"""The lines a document-sharing site prints around a document it hosts, when the document's text comes from a copy
of the site's page (a PDF printed from the browser, a saved page): no part of the agreement.

- a page counter in the site's language: "You are on page 1of 9", "Anda di halaman 1dari 5", "Sie sind auf Seite
  1von 7", "Sunteți pe pagina 1din 6";
- the site's buttons and panels: "Download as docx, pdf, or txt", "Report DMCA / Copyright", "DOWNLOAD FILE",
  "Recommend Stories", "Citation preview", "Loading...", a file card "Total Page:16 File Type:pdf, Size:1020kb";
- a hosting site's header: the document's name (often cut short: "… TENTANG PELAYANAN K") and its figures, "Views 74
  Downloads 12 File size 380KB": every line above the figures at the top of a page is the site's, not the document's;
- the site's name of the document alone on the first line, cut short, above the document's own heading that begins
  with the same letters ("MEMORANDUM OF UNDERSTANDING Perjanjian K" / "MEMORANDUM OF UNDERSTANDING" / "(Perjanjian
  Kerjasama …").
"""
from __future__ import annotations

import re

_SITE_LINE = re.compile("|".join((
    r"\s*(?:you\s+are\s+on\s+page|anda\s+di\s+halaman|sie\s+sind\s+auf\s+seite|sunte[țt]i\s+pe\s+pagina|vous\s+[êe]tes\s+"
    r"sur\s+la\s+page|est[áa]s\s+en\s+la\s+p[áa]gina|sei\s+sulla\s+pagina|voc[êe]\s+est[áa]\s+na\s+p[áa]gina)\s*\d{1,4}\s*"
    r"(?:of|dari|von|din|sur|de|di|/)\s*\d{1,4}\s*$",
    r"\s*download\s+as\s+(?:docx?|pdf|txt)(?:\s*,\s*(?:or\s+)?(?:docx?|pdf|txt))*\s*(?:,?\s*or\s+(?:docx?|pdf|txt))?\s*$",
    r"\s*(?:report\s+dmca\s*/\s*copyright|download\s+file|recommend\s+stories|citation\s+preview|loading\s*\.\.\.)\s*$",
    # a site's file card, on one line or two: "Total Page:16" / "File Type:pdf, Size:1020kb"
    r"\s*total\s+pages?\s*:\s*\d{1,4}\s*(?:file\s+type\s*:\s*\w{2,5}\s*,?\s*size\s*:\s*\d[\d.,]*\s*[kmg]?b\s*)?$",
    r"\s*file\s+type\s*:\s*\w{2,5}\s*,?\s*size\s*:\s*\d[\d.,]*\s*[kmg]?b\s*$",
)), re.IGNORECASE)
# the hosting site's figures under the document's name
_FIGURES = re.compile(r"\s*views\s+\d[\d,.]*\s+downloads\s+\d[\d,.]*\s+file\s+size\s+\d[\d,.]*\s*[kmg]?b\s*$",
                      re.IGNORECASE)
_HEADER_LINES = 12  # the site's header stands in a page's first lines
_NAME_LETTERS = 20  # a site's name of the document: long enough not to be a heading's first words by chance
_LONGEST = 64  # a site's line is short ("Views 1,204 Downloads 31 File size 1.2MB" is 41): a longer one is never read


def is_site_line(line: str) -> bool:
    """Whether the line is one of a hosting site's own lines (its figures included): short lines only."""
    return len(line) <= _LONGEST and bool(_SITE_LINE.match(line) or _FIGURES.match(line))


def header_end(lines: list[str]) -> int:
    """The index of the first line after a hosting site's header (the document's name and the site's figures, or
    the document's name cut short above the document's own heading) at the top of a page; 0 when there is none."""
    for index, line in enumerate(lines[:_HEADER_LINES]):
        if _FIGURES.match(line):
            return index + 1
    first = next((index for index, line in enumerate(lines[:3]) if line.strip()), None)
    if first is None:
        return 0
    name = _letters(lines[first])
    below = _letters("".join(lines[first + 1:first + 12]))
    # "MEMORANDUM OF UNDERSTANDING Perjanjian K" / "MEMORANDUM OF UNDERSTANDING" / "(Perjanjian Kerjasama …": the
    # site's name of the document, cut short, and the heading that begins with the same letters
    return first + 1 if len(name) >= _NAME_LETTERS and len(below) > len(name) and below.startswith(name) else 0


def _letters(text: str) -> str:
    return "".join(character for character in text.lower() if character.isalpha())
