"""Parties an English opening lists one a paragraph after "by and between:" without designating any of them, each
with the officer who represents it (a Philippine memorandum among many bodies):

    This agreement made and entered into this 5th day of May 2001 in X, by and between:
    The GOVERNMENT OF A, represented herein by its Secretary of Y, Hon. NAME;
    The Province of B, represented herein by its Governor, the Hon. NAME;
    AND
    The C Foundation, represented herein by its President, Mr. NAME;
    all collectively referred to as the "Parties";

Each paragraph names its body before the comma that opens its representation or its description (", a local
government unit …", ", with office address at …"; a comma inside the name before a capitalised word stays: "the
Commission for the Restoration, Conservation and …"), then "represented (herein)(,) by" its officer: the office and
the holder as `heads.split_head` reads them. Nothing designates the roles: they follow the order of the list, at
0.7; the list needs two paragraphs or more, each of this form, and ends at the parties' collective name or the
recitals."""
from __future__ import annotations

import re

from ingest.extract import roles
from ingest.extract.heads import split_head
from ingest.extract.party_blocks import TITLE_DOT
from ingest.extract.text import is_placeholder

# the list's opening: "by and between:", "among:" at a line's end
# (or inline, the bodies parted by a word processor's "-and-": "by and between the X, represented by …, -and- the Y, …")
_INTRO = re.compile(r"\b(?:by\s+and\s+)?(?:between|among(?:st)?)(?:[ \t]*:[ \t]*\n|[ \t]+(?=[^\n]*[ \t][-–—~_]and[-–—~_][ \t]))",
                    re.IGNORECASE)
# a paragraph: up to a semicolon or full stop ending its line (never a title's or an initial's dot: "the Hon." /
# "Secretary NAME", a page's width broke the line there), or a blank line; or up to an inline "-and-"
_ITEM_END = re.compile(rf"(?:;|{TITLE_DOT}\.)[ \t]*(?:\n|$)|\n[ \t]*\n|[,;]?[ \t]+[-–—~_]and[-–—~_][ \t]+")
# a separator alone on its line between two paragraphs ("AND", "-and-", "– and –")
_SEPARATOR = re.compile(r"[-–—~_]?[ \t]*(?i:and)[ \t]*[-–—~_]?[ \t]*[;:,]?")
# where the list closes: the parties' collective name, the recitals or a designation
_CLOSED = re.compile(r"\b(?:collectively|jointly|witnesseth|whereas|hereinafter|herein\s+(?:after\s+)?referred|"
                     r"referred\s+(?:to|herein)\s+as)\b", re.IGNORECASE)
_ITEM = re.compile(r"(?P<name>(?:the\s+)?[A-Z](?:[^;\n]|\n(?![ \t]*\n))*?)[ \t]*,?[ \t\n]+(?:and\s+)?(?:is\s+)?(?:duly\s+)?"
                   r"represented(?:\s+herein)?[ \t]*,?[ \t\n]+by[ \t\n]+(?P<head>[^;]{3,200}?)[ \t]*[;.]?[ \t]*$",
                   re.DOTALL)
# a body's description after its name: ", a local government unit …", ", with office address at …"
_DESCRIBED = re.compile(r"[ \t]*,[ \t\n]+(?=[a-z])")


def represented_items(text: str, limit: int = 4000) -> list[tuple[str, str | None, str | None, str | None, int, int]]:
    """[(role, body, signatory, position, start, end)] of the paragraphs such a list holds; [] when the text has no
    such list or a paragraph of it is of another form (never guess)."""
    intro = _INTRO.search(text, 0, limit)
    if intro is None:
        return []
    items, cursor = [], intro.end()
    while cursor < len(text):
        while (blank := re.match(r"[ \t]*\n", text[cursor:])) and blank.end():
            cursor += blank.end()
        end = _ITEM_END.search(text, cursor)
        stop = end.start() if end else len(text)
        piece = text[cursor:stop]
        if _SEPARATOR.fullmatch(piece.strip()):
            cursor = end.end() if end else len(text)
            continue
        if not piece.strip() or _CLOSED.search(piece):
            break
        found = _ITEM.fullmatch(piece.strip())
        if found is None:
            return []
        items.append((found, cursor + len(piece) - len(piece.lstrip())))
        cursor = end.end() if end else len(text)
    in_order = roles.roles_in_order(text)
    if len(items) < 2 or len(items) > len(in_order):
        return []
    out = []
    for role, (found, start) in zip(in_order, items):
        name = " ".join(_DESCRIBED.split(found["name"], 1)[0].split()).strip(" ,")
        signatory, position = split_head(" ".join(found["head"].split()))  # (a line's end inside it is a space)
        if not name or len(name) > 150 or not (signatory or position):
            return []
        out.append((role, None if is_placeholder(name) else name, signatory, position, start, start + found.end()))
    return out
