"""FOR in a heading: a subject's label after the parties ("FOR" / "TECHNICAL COOPERATION"), or a body's name
broken before its own "FOR" ("THE COORDINATING MINISTRY" / "FOR ECONOMIC AFFAIRS OF X" / "AND" …)."""
from __future__ import annotations

import re

from ingest.extract.body_words import BODY_OPENS, BODY_WORD

# "FOR" (For, for) alone on its line, or before a subject in capitals (never "for the purpose of" in prose):
# a subject's label after the parties, in the heading's list and in titles._TENTANG
FOR_LABEL = r"(?-i:FOR|For|for)(?=[ \t]*\n[ \t]*[A-Z]|[ \t]+(?-i:[A-Z]{2}))"
_FOR_WORD = re.compile(r"\s*(?-i:FOR|For|for)\b")
# a company's name on the line above: its legal form first ("PT X", "P.T. X", "CV X") or last ("X LTD.", "X, INC.")
_COMPANY_LINE = re.compile(r"[ \t]*(?:(?:PT|P\.[ \t]?T|CV|C\.[ \t]?V)\.?[ \t]+\S|.*[\s,](?i:inc|ltd|limited|llc|corp|plc|tbk)"
                           r"\.?[ \t]*$)")
# on one of the next two lines, another party's separator (alone, or before a body) or the subject's own label
_LATER = re.compile(rf"^[ \t]*(?:(?:and|dan|dengan|a[ \t]n[ \t]d)(?:[ \t]*$|[ \t]+(?:the\b|{BODY_WORD}))|"
                    r"(?P<label>on|concerning|regarding|relating\s+to|in\s+the\s+fields?\s+of)\b)", re.IGNORECASE | re.MULTILINE)


def for_inside_list(text: str, start: int, head_end: int) -> bool:
    """A line opening with FOR that is no subject's label: another party or the subject's label follows it, so it goes
    on with a body's name broken before "FOR" ("THE COORDINATING MINISTRY" / "FOR ECONOMIC AFFAIRS OF X" / "AND" …);
    never "FOR" alone on its line."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    if not _FOR_WORD.match(text, start) or not text[start:line_end].strip()[3:].strip():
        return False
    following = [line for line in text[line_end:head_end].split("\n") if line.strip()][:2]  # the name's next lines
    laters = [_LATER.match(line) for line in following]
    if not any(laters):
        return False
    # a company's name ends before FOR ("PT X" / "FOR PRODUCTION" / "ON"), unless a body follows "AND" ("AND" / "PT Z")
    company = _COMPANY_LINE.match(_line_above(text, start))
    for index, (line, later) in enumerate(zip(following, laters)):
        if later and (not company or not later["label"] and BODY_OPENS.match(
                line[later.end():].strip() or "".join(following[index + 1:index + 2]).strip())):
            return True
    return False


def _line_above(text: str, position: int) -> str:
    """The last line with text above position's line, read back from there (never a copy of all the text before it);
    nothing when position's line is the text's first."""
    end = text.rfind("\n", 0, position + 1)
    if end == -1:
        return ""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[text.rfind("\n", 0, end) + 1:end]
