"""Articles (Pasal) with their headings, and the numbered, lettered and nested items inside them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract import roles

# a stray mark a scan left before the word ("; Pasal 2", "| Pasal4 ."), a number glued to it ("Pasal2")
_ARTICLE = re.compile(r"^[ \t]*(?:[|;:'\x22\u201c\u201d\u2018\u2019.,_~«»©¢£€•*][ \t]*)?(?:pasal|article|artikel)(?:[ \t]+|(?=\d))"
                      r"(?P<n>\d{1,2}|[IVXL]{1,6})\b[ \t]*[.:]?[ \t]*(?P<rest>[^\n]{0,120})$",
                      re.IGNORECASE | re.MULTILINE)
# a heading line in capitals (up to eight words) with a speck a scan left before it or a colon after it
_CAPITALS_HEADING = re.compile(r"(?:[|«»©¢•*][ \t]*)?(?P<h>[A-Z]{2,}(?:[ \t,&/-]{1,3}[A-Z]{2,}){0,7})[ \t]*:?[ \t]*")
_BILINGUAL_NUMBER = re.compile(r"^\s*/\s*(?:pasal|article)\s+\w+\s*", re.IGNORECASE)  # "PASAL 2 / Article 2"
_CHAPTER = re.compile(r"^[ \t]*(?:bab|chapter)[ \t]+[IVXL\d]{1,6}\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
_BARE_HEADING = re.compile(r"^[ \t]*(?:[IVX]{1,5}\.|\d{1,2}\.)?[ \t]*(?P<h>[A-Z][A-Z ,/&()-]{3,80})[ \t]*$", re.MULTILINE)
MARKER = re.compile(r"^[ \t]*(?P<m>\(\d{1,2}\)|\(\s?[a-z]\s?\)|\d{1,2}\.\d{1,2}\.?|[\u201c\u201d\u2018\u2019'\x22]?\d{1,2}(?:[.)]|\.[.,]{1,2})|[a-zA-Z|£€«©¢&][.,:)][.,:\-]?|"
                    r"[ivx]{1,4}[.)]|"
                    r"[-•·*▪●–])(?:[ \t]+|[ \t]*(?:\n[ \t]*)+)(?=\S)", re.MULTILINE)  # text layers often break after "1."


@dataclass(frozen=True)
class Article:
    number: str
    heading: str
    start: int       # start of the "Pasal N" line
    body_start: int  # after the heading
    end: int


def find_articles(text: str) -> list[Article]:
    """Every Pasal/Article in order, each with its heading (same line or the next short line)."""
    matches = list(_ARTICLE.finditer(text))
    articles = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        heading, body_start = _BILINGUAL_NUMBER.sub("", match["rest"]).strip(), match.end()
        if not heading:
            following = re.match(r"\s*\n[ \t]*(?P<h>[^\n]{2,120})", text[match.end():end])
            capitals = following and _CAPITALS_HEADING.fullmatch(following["h"])
            if capitals:  # "RUANG LINGKUP:", "| KEADAAN KAHAR :": a scan's speck before or a colon after it
                heading, body_start = capitals["h"], match.end() + following.end()
            elif following and not MARKER.match(following["h"]) and not following["h"].rstrip().endswith((".", ";", ":")):
                heading, body_start = following["h"].strip(), match.end() + following.end()
        articles.append(Article(match["n"], heading, match.start(), body_start, end))
    if not articles:
        articles = _bare_sections(text)
    return articles


# "PIHAK\nPERTAMA": a party's role broken over two lines, not a section heading
_ROLE_REST = re.compile(rf"^(?:PIHAK\s+)?{roles.ORDINAL_ID}\W*$")


def _bare_sections(text: str) -> list[Article]:
    """Documents without Pasal: treat all-caps heading lines as section starts."""
    heads = [match for match in _BARE_HEADING.finditer(text) if len(match["h"].split()) <= 8
             and not _ROLE_REST.match(match["h"]) and not re.search(r"\bpihak\s*$", text[:match.start()], re.IGNORECASE)]
    sections = []
    for index, match in enumerate(heads):
        end = heads[index + 1].start() if index + 1 < len(heads) else len(text)
        sections.append(Article(str(index + 1), match["h"].strip(), match.start(), match.end(), end))
    return sections


def article_for(articles: list[Article], pattern: re.Pattern) -> list[Article]:
    """The articles whose heading matches the pattern."""
    return [article for article in articles if pattern.search(article.heading)]


def chapter_cut(text: str, start: int, end: int) -> int:
    """End of an article body before a following chapter (BAB) heading, if any."""
    match = _CHAPTER.search(text, start, end)
    return match.start() if match else end


@dataclass(frozen=True)
class Item:
    text: str
    start: int
    end: int
    level: int
    lead_in: bool  # ends with ":" and introduces sub-items
    marker: str = ""


def _style(marker: str) -> str:
    marker = marker.lstrip("\u201c\u201d\u2018\u2019'\x22")  # a speck a scan read as a quote before "2."
    if marker.startswith("("):
        return "(1)" if marker[1:-1].strip().isdigit() else "(a)"
    if re.match(r"\d+\.\d+", marker):
        return "1.1"
    if marker[:-1].isdigit():
        return "1" + marker[-1]
    if re.fullmatch(r"[ivx]{1,4}[.)]", marker) and marker[0] in "iv" and len(marker) > 2:
        return "i" + marker[-1]
    letters = marker.rstrip(".,:)-")
    if letters in ("|", "||") or letters.isdigit():
        return "1."  # "|." and "2..." are how OCR reads "1." and "2."
    if letters in ("€", "£", "«", "©", "¢", "&") or letters.isalpha() and len(letters) == 1:  # "€.", "©." OCR's "c."
        return "a"  # OCR turns "b." into "b:", "C.-" or "c.."; the letter is what counts
    return "-"


_CONNECTIVE_END = re.compile(r"(?:[;,.:]\s*)?\b(?:dan|serta|atau|and|or)\s*[;,.:]?$", re.IGNORECASE)
_BLANK_GAP = re.compile(r"\n[ \t]*\n(?=[ \t]*[A-Z])")


def tidy_item(text: str) -> str:
    """An item as one line without its trailing connective: "menyediakan data;\\n dan" -> "menyediakan data"."""
    text = re.sub(r"^[‘’“”'\"`]+\s+", "", " ".join(text.split()))  # a stray quote OCR put before the item
    if text[-8:].lower().rstrip(" ;,.:").endswith(("dan", "serta", "atau", "and", "or")):
        text = _CONNECTIVE_END.sub("", text).strip()
    return text.strip(" ;,.:~")  # OCR often reads the closing ";" as ":", and leaves a speck after it


def first_run(items: list[Item]) -> list[Item]:
    """Items up to where the numbering starts again (a bilingual text repeats "a., b., c." in English)."""
    if not items:
        return items
    for index, item in enumerate(items[1:], start=1):
        if item.level == items[0].level and item.marker == items[0].marker and item.marker != "-":
            return items[:index]
    return items


# A column of markers alone on their lines, as OCR reads them: "b" without its dot, "Cc." for "c.", "|." for "1."
_BARE_MARKERS = re.compile(r"(?:[ \t]*(?:\(?\d{1,2}[.)]?|\(?[a-z][.)]?|(?i:([a-z])\1)[.,]|[|€£«©¢][.,]?)[ \t]*\n)+\s*")


_CONTINUES = re.compile(r"^(?:dan|serta|atau|yang|untuk|dengan|di|ke|dari|dalam|sesuai|oleh|pada|bagi|and|or|of)\b")
# OCR'd stamps, lost markers: "VR WN", "an", "TN ee oe" (no list item is words of two letters)
_JUNK_LINE = re.compile(r"^(?:\W*|\w{1,3}\W{0,2}|[A-Z]{1,3}(?:\s+[A-Z]{1,3})?|(?:\w{1,2}[ \t]+){1,5}\w{1,2})$")
# a sentence introducing a list: "Ruang lingkup ... meliputi:", "... sebagai berikut:"
_LEAD_IN = re.compile(r"(?:berikut|meliputi|memuat|mencakup|terdiri\s+(?:atas|dari)|antara\s+lain|yaitu|following)\s*:$",
                      re.IGNORECASE)


_GARBLED_MARKER = re.compile(r"^(?:[A-Za-z]{1,2}|[|€£«©¢])[.,:)]{1,2}[ \t]+(?=[a-z])")


def _unmarked(text: str, start: int, end: int, minimum: int = 2) -> list[Item]:
    """A list whose markers were lost (OCR): each item ends with ";", ":", "," or "." at a line end."""
    items, item_start, cursor, skipped = [], None, start, 0
    lines = text[start:end].split("\n")
    lead = next((index for index, line in enumerate(lines) if line.strip()), -1)
    for index, line in enumerate(lines):
        line_start, cursor = cursor, cursor + len(line) + 1
        stripped = line.strip()
        if not stripped or _JUNK_LINE.match(stripped):
            continue
        garbled = _GARBLED_MARKER.match(stripped) if item_start is None else None
        if garbled:  # "Pp: pertukaran pemuda,": a marker OCR misread, not the start of a sentence
            line = line[:len(line) - len(line.lstrip())] + stripped[garbled.end():]
            line_start += garbled.end()
            stripped = line.strip()
        if item_start is None:
            if not items and not skipped and index == lead and _LEAD_IN.search(stripped):
                continue  # the list's lead-in, the markers of its items lost
            if not stripped[0].islower():
                skipped += 1
                if not items or skipped > 3:
                    break  # ordinary prose, not a list
                continue  # a page footer or stamp between two items of the list
            skipped = 0
            item_start = line_start + len(line) - len(line.lstrip())
        following = next((later.strip() for later in lines[index + 1:] if later.strip()), "")
        ends_item = stripped[-1] in ";:,." or bool(re.search(r"[;:,]\s*(?:dan|atau|serta)$", stripped))
        if ends_item and not _CONTINUES.match(following):
            items.append(Item(tidy_item(text[item_start:line_start + len(line)]), item_start, line_start + len(line),
                              0, False, "-"))
            item_start = None
    return [item for item in items if item.text] if len(items) >= minimum else []


def _lost_markers(text: str, start: int, end: int) -> list[Item]:
    """An item whose body runs on into further items whose markers OCR lost: "x:\nmelaksanakan ...,\nmematuhi ..."."""
    body = text[start:end]
    if "\n" not in body.strip():
        return []
    first_line = body.strip().split("\n")[0].strip()
    if _LEAD_IN.search(first_line):
        return []  # a real lead-in
    return _unmarked(text, start, end, minimum=2)


def split_items(text: str, start: int, end: int) -> list[Item]:
    """Numbered/lettered/bulleted items in text[start:end], layout line breaks joined back."""
    markers = list(MARKER.finditer(text, start, end))
    if not markers:
        return _unmarked(text, start, end)
    styles: list[str] = []
    items = _unmarked(text, start, markers[0].start())  # items before the first marker lost theirs (OCR)
    empty_before = False
    for index, match in enumerate(markers):
        item_end = markers[index + 1].start() if index + 1 < len(markers) else end
        body = text[match.end():item_end]
        bare = _BARE_MARKERS.match(body)
        if empty_before or bare:
            # OCR read the numbers as a column of their own ("1.\n2.\n3.\n" then the texts): split by line ends
            offset = match.end() + (bare.end() if bare else 0)
            detached = _unmarked(text, offset, item_end)
            if detached:
                items += detached
                empty_before = False
                continue
        empty_before = not body.strip()
        style = _style(match["m"])
        if match["m"] in ("I.", "l.", "I)", "l)") and index + 1 < len(markers) and markers[index + 1]["m"][:2] in ("2.", "2)"):
            style = "1" + match["m"][-1]  # "I. x; 2. y": the first number read as a letter (a Roman list goes on "II.")
        if style not in styles:
            styles.append(style)
        level = styles.index(style)
        lost = _lost_markers(text, match.end(), match.end() + len(body.rstrip()))
        # a blank line followed by an unmarked paragraph ends the item (closing sentence of the article)
        gap = _BLANK_GAP.search(body)
        if gap and index + 1 == len(markers):
            body = body[:gap.start()]
        if lost:
            # only the first carries the marker: the others lost theirs (first_run must not see a restart)
            items += [Item(item.text, item.start, item.end, styles.index(style), False, match["m"] if not number else "-")
                      for number, item in enumerate(lost)]
            continue
        cleaned = tidy_item(body)
        if cleaned:
            items.append(Item(cleaned, match.start("m"), match.end() + len(body.rstrip()), level,
                              body.rstrip().endswith(":"), match["m"]))
    return items
