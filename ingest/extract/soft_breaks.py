"""A line's end inside a sentence or a name is a space (issue 18, `bench.eval_real --wrap`): the line above a
short one was filled to the page's width and ends on no stop, so the page, not the writer, broke it. The readers
ask here for the sentence a line carries on, whatever width broke it."""
from __future__ import annotations

WRAPPED_WIDTH = 40  # a line this long, continued by the next one, was broken by the page's width, not by its writer
_STOPS = ".:;!?"


def soft_before(line: str) -> bool:
    """Whether the break after `line` is a soft one: the line filled a page's width and ends on no stop."""
    line = line.strip()
    return len(line) >= WRAPPED_WIDTH and line[-1] not in _STOPS


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
