"""Two or three parties' numbers printed side by side, each broken after a slash, and read a line at a time across
the columns: "NOMOR: 445/ NOMOR: 445/" then "/RSUD/VIII/ 2019 /6.1/RSUD-SF/ /2019" (each number's tail in the same
order, each ending in its year). Read only when the heading gives no number otherwise."""
from __future__ import annotations

import re

from ingest.extract.references import Reference, is_number, tidy

# a number's label and its head up to the slash it broke after
_HEAD = re.compile(r"\b(?:NOMOR|Nomor|NO|No)\.?[ \t]*:[ \t]*(?P<head>[\w.\-]{1,20}/)[ \t]*")
# the next line (a blank line between perhaps), then each tail in turn: a slash, its parts, its year
_NEXT_LINE = re.compile(r"\n(?:[ \t]*\n)?[ \t]*(?P<line>[^\n]+)")
_TAIL = re.compile(r"[ \t]*(?P<tail>/[^\n]{1,40}?(?<!\d)(?:19|20)\d\d)(?=[ \t]|$)")
_WEAK = 0.7  # the columns are paired by order


def side_by_side(text: str, head_end: int) -> list[Reference]:
    """The numbers of such a pair of lines in the heading, in order; none when the heads and tails do not pair up."""
    for line in re.finditer(r"[^\n]+", text[:head_end]):
        heads = [head for head in _HEAD.finditer(text, line.start(), line.end())]
        if len(heads) < 2 or heads[-1].end() != line.end() or \
                any(text[a.end():b.start()].strip() for a, b in zip(heads, heads[1:])):
            continue
        below = _NEXT_LINE.match(text, line.end(), head_end + 200)
        tails, cursor = [], below.start("line") if below else 0
        while below and (tail := _TAIL.match(text, cursor, below.end("line"))):
            tails.append(tail)
            cursor = tail.end()
        if not below or len(tails) != len(heads) or text[cursor:below.end("line")].strip():
            continue
        numbers = [Reference(tidy(head["head"] + tail["tail"]), head.start("head"), tail.end("tail"), _WEAK)
                   for head, tail in zip(heads, tails)]
        if all(is_number(number.value) for number in numbers):
            return numbers
    return []
