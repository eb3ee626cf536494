"""A line's end inside a sentence or a name is a space (issue 18, `bench.eval_real --wrap`): the line above a
short one was filled to the page's width and ends on no stop, so the page, not the writer, broke it. The readers
ask here for the sentence a line carries on, whatever width broke it."""
from __future__ import annotations

import re

WRAPPED_WIDTH = 40  # a line this long, continued by the next one, was broken by the page's width, not by its writer
_STOPS = ".:;!?"


# a dot that stops no sentence: a label's or a title's abbreviation, an initial ("Regulation No." / "95/2012", "Hon." /
# "A. Cruz")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,2}|(?:[a-z]{1,2}\.){1,2}[a-z]{1,2})\.$")


def soft_before(line: str) -> bool:
    """Whether the break after `line` is a soft one: the line filled a page's width and ends on no stop (an
    abbreviation's dot is none)."""
    line = line.strip()
    return len(line) >= WRAPPED_WIDTH and (line[-1] not in _STOPS or bool(_ABBREVIATION.search(line)))


def line_with_soft_above(text: str, line_end: int, most: int = 3) -> str:
    """The line ending at line_end joined by spaces with up to `most` lines above it broken softly: the sentence a
    short line closes ("… akan bersungguh-sungguh mengusahakan adanja" / "pertukaran penerangan"); a heading's
    short lines stay apart ("The Ministry of X" / "of Y" / "on")."""
    start = text.rfind("\n", 0, line_end) + 1
    pieces = [text[start:line_end].strip()]
    for _ in range(most):
        if start <= 0:
            break
        above_start = text.rfind("\n", 0, start - 1) + 1
        above = text[above_start:start - 1]
        if not soft_before(above):
            break
        pieces.insert(0, above.strip())
        start = above_start
    return " ".join(pieces)


_LINE_GOES_ON = re.compile(r"\n(?=[ \t]*\S)")
_ITEM_START = re.compile(r"[ \t]*(?:\(?(?:\d{1,2}|[a-hA-H]|[IVX]{1,4})[.)]|[-•*])[ \t]")


def text_goes_on_below(text: str, start: int) -> bool:
    """Whether a new line of text starts after `start` that the writer began, not the page's width: after a line
    that stopped short or on a stop, or an item's mark opening it ("…, and" / "2. PT B, …")."""
    for line_end in (found.start() for found in _LINE_GOES_ON.finditer(text, start)):
        line = text[text.rfind("\n", 0, line_end) + 1:line_end]
        if not soft_before(line) or _ITEM_START.match(text, line_end + 1):
            return True
    return False


def overflow_joined(lines: list[str]) -> list[str]:
    """The lines with a column's last words that the page's width pushed onto a line of their own ("… diwakili oleh
    Ferry" / "Achmadi": one or two words that would not fit on the full line above) joined back to the line above,
    its line end read as a space (the same length: offsets hold)."""
    width = max((len(line.rstrip("\n")) for line in lines), default=0)
    out: list[str] = []
    joined = False  # (one line's words at most: a short line below a joined one is a line of its own)
    for line in lines:
        words = line.split()
        joined = bool(out) and not joined and out[-1].endswith("\n") and 1 <= len(words) <= 2 and \
            len(line.strip()) <= 20 and not line[:1].isspace() and len(out[-1].rstrip("\n")) + 1 + len(words[0]) > width
        if joined:
            out[-1] = out[-1][:-1] + " " + line
        else:
            out.append(line)
    return out


_PROSE_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]+")
_WIDE_GAP = re.compile(r"\S[ \t]{3,}\S")


def prose_joined(lines: list[str]) -> list[str]:
    """The lines with each tail of a sentence of prose that the page's width broke joined to the line above it
    ("2. Meningkatkan kualitas … dengan strategi Directly" / "Observed"): a full line of four words in lower case at
    least, no stop at its end and no columns' gap in it; other lines (an office's, a name's) as they are."""
    out: list[str] = []
    for line in lines:
        above = out[-1] if out else ""
        if line.strip() and soft_before(above) and len(_PROSE_WORD.findall(above)) >= 4 and \
                not _WIDE_GAP.search(above) and not _WIDE_GAP.search(line.strip()):
            out[-1] = f"{above.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out
