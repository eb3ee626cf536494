"""Two or three parties' numbers printed side by side, each broken after a slash, and read a line at a time across
the columns: "NOMOR: 445/ NOMOR: 445/" then "/RSUD/VIII/ 2019 /6.1/RSUD-SF/ /2019" (each number's tail in the same
order, each ending in its year); a form flattened word by word, its number a few lines below its bare label; two
wrapped cells read across. Read only when the heading gives no number otherwise."""
from __future__ import annotations

import re

from ingest.extract.references import Reference, is_number, tidy

# a number's label and its head up to the slash it broke after
_HEAD = re.compile(r"\b(?:NOMOR|Nomor|NO|No)\.?[ \t]*:[ \t]*\n?[ \t]*(?P<head>[\w.\-]{1,20}/)[ \t]*")
# the first label ending the line above its head, a page's width broke there ("… RUMAH SAKIT NOMOR:" / "441/ NOMOR: 442/")
_LABEL_ENDS = re.compile(r"\b(?:NOMOR|Nomor|NO|No)\.?[ \t]*:[ \t]*\Z")
# the next line (a blank line between perhaps), then each tail in turn: a slash, its parts, its year
_NEXT_LINE = re.compile(r"\n(?:[ \t]*\n)?[ \t]*(?P<line>[^\n]+)")
_TAIL = re.compile(r"[ \t]*(?P<tail>/[^\n]{1,40}?(?<!\d)(?:19|20)\d\d)(?=[ \t]|$)")
_WEAK = 0.7  # the columns are paired by order


def side_by_side(text: str, head_end: int) -> list[Reference]:
    """The numbers of such a pair of lines in the heading, in order; none when the heads and tails do not pair up."""
    for line in re.finditer(r"[^\n]+", text[:head_end]):
        above = text.rfind("\n", 0, max(0, line.start() - 1)) + 1
        label = _LABEL_ENDS.search(text, above, line.start() - 1) if line.start() else None
        heads = [head for head in _HEAD.finditer(text, label.start() if label else line.start(), line.end())]
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


# many parties' numbers run into one line by OCR, a label or a lone colon before them and perhaps another label amid
# them (": 800/12/BPBD/2016 019.6/76/2016 Z 360/Kpts.69-Huk/2016 NOMOR +: 360/PKS.11/2016 19 Tahun 2016 …")
# (a run wrapped over lines: a single line break is a space in it, as between its words)
_RUN_START = re.compile(r"(?:(?<=\s)|^)(?:(?:NOMOR|Nomor)\b\.?[ \t]*[^\w\s:]{0,2}[ \t]*)?:(?=[ \t\n])")
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=\S))"
_RUN_ITEM = re.compile(rf"{_GAP}(?:(?P<yearly>\d{{1,4}}{_GAP}(?i:tahun){_GAP}(?:19|20)\d\d)|"
                       r"(?P<number>[\w.\-]+(?:/[\w.\-]+){2,})|"  # three parts or more
                       r"(?P<label>(?:NOMOR|Nomor)\b\.?[ \t]*\n?[ \t]*[^\w\s:]{0,2}[ \t]*:)|"
                       r"[^\w\s]{1,2}|[A-Za-z_])(?=[ \t\n]|$)")
_RUN_LEAST = 4  # fewer run-together numbers are read by the NOMOR lines' own rules


def wider_run(text: str, head_end: int, found: list[Reference]) -> list[Reference]:
    """A run of numbers holding more than the NOMOR lines' own rules found and all of them (a page's width left its
    inner label opening a line: "… 523/Kpts.22-Kel/2021" / "NOMOR *: 523/PKS.03-DPT/2021 …"); else `found`."""
    run = run_together(text, head_end) if found else []
    values = [number.value for number in run]
    return run if len(run) > len(found) and all(number.value in values for number in found) else found


def run_together(text: str, head_end: int) -> list[Reference]:
    """The numbers of such a run in the heading, in order, each at 0.7; none when the run holds fewer than four."""
    for start in _RUN_START.finditer(text, 0, head_end):
        numbers, cursor = [], start.end()
        while item := _RUN_ITEM.match(text, cursor, head_end + 200):
            cursor = item.end()
            if item["yearly"]:
                numbers.append(Reference(" ".join(item["yearly"].split()), item.start("yearly"), item.end("yearly"), _WEAK))
            elif item["number"] and is_number(tidy(item["number"])):
                numbers.append(Reference(tidy(item["number"]), item.start("number"), item.end("number"), _WEAK))
        if len(numbers) >= _RUN_LEAST:
            return numbers
    return []


# a form flattened word by word: "NOMOR PIHAK PERTAMA" / ":" (its colon alone on the next line, no value), the value
# a few lines further, alone on its line among the opening's words ("hari" / "ini," / "KS.01/RS/…/2022" / "tanggal")
_SPLIT_LABEL = re.compile(r"^[ \t]*(?:nomor|number)[ \t]+(?:pihak|party)[^\n:]{0,30}\n[ \t]*:[ \t]*$",
                          re.IGNORECASE | re.MULTILINE)
_ASTRAY = re.compile(r"^[ \t]*(?P<value>[\w.…\-]+(?:/[\w.…\-]+){2,}/(?:19|20)\d\d)[ \t]*$", re.MULTILINE)


def astray(text: str, head_end: int) -> list[Reference]:
    """The number of a labelled row whose value the flattening moved a few lines below its bare label (weak)."""
    label = _SPLIT_LABEL.search(text, 0, head_end)
    if label is None:
        return []
    value = _ASTRAY.search(text, label.end(), min(head_end, label.end() + 300))
    if value is None or not is_number(tidy(value["value"])):
        return []
    return [Reference(tidy(value["value"]), value.start("value"), value.end("value"), 0.6)]


# two number cells side by side, each wrapped, read across: "… Nomor Nomor" / ": 446 / : /" / "/ RSMS /KS/2016 / / 2016"
# (the first cell's tail ends at its year, the second's follows)
_ACROSS = re.compile(r"\b(?:nomor|no\.)[ \t]+(?:nomor|no\.)[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*:[ \t]*(?P<first>[^:\n]{1,40}?)"
                     r"[ \t]*:[ \t]*(?P<second>[^:\n]{0,40})\n(?:[ \t]*\n){0,3}[ \t]*(?P<tail>[^:\n]{1,40}?"
                     r"\b(?:19|20)\d\d)(?P<rest>[^:\n]{0,40})$", re.IGNORECASE | re.MULTILINE)


def read_across(text: str, head_end: int) -> list[Reference]:
    """The numbers of two wrapped cells read across (weak: where one ends is read from its year)."""
    cells = _ACROSS.search(text, 0, head_end + 200)
    if cells is None or cells.start() >= head_end:
        return []
    out = []
    for value in (f"{cells['first']} {cells['tail']}", f"{cells['second']} {cells['rest']}"):
        number = tidy(value)
        if "/" in number and is_number(number):
            out.append(Reference(number, cells.start("first"), cells.end("rest"), 0.6))
    return out
