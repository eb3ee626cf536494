"""English closing blocks, which name the body, not the role: "FOR THE GOVERNMENT OF THE / REPUBLIC OF INDONESIA /
(signed) / NAME / Minister of …", stacked or side by side, "For and on behalf of / the Ministry of X," above the name,
a draft's blank line for the name under a stated office, "Name: / Title:" rows. Each block goes to the party whose
body it names, else to the roles in order."""
from __future__ import annotations

import difflib
import re

from ingest.extract import roles
from ingest.extract.heads import position_of
from ingest.extract.names import DEGREE, clean_name
from ingest.extract.signatures import BLANK_NAME, Signature, labelled_rows, looks_like_name, skipped_line
from ingest.extract.text import SEGMENT, column_under, smart_title

# ... or in title case, the body on the next line: "For and on behalf of / the Government of X," (never a sentence)
_FOR_LINE = re.compile(r"^[ \t]*(?:FOR[ \t]+(?:AND[ \t]+ON[ \t]+BEHALF[ \t]+OF[ \t]+)?(?:THE[ \t]+)?\S[^\n]*|"
                       r"For[ \t]+and[ \t]+on[ \t]+behalf[ \t]+of\b[^\n.;]{0,80}|For[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[^\n.;]{0,80})$",
                       re.MULTILINE)
# the closing sentence the blocks stand under
_CLOSING = re.compile(r"\b(?:in\s+witness\s+whereof|done\s+(?:in|at)|signed\s+(?:in|at)|(?:have|has)\s+signed)\b", re.IGNORECASE)
_FOR_SPLIT = re.compile(r"[ \t]{2,}(?=(?:FOR|For)[ \t])")
_SIGNED_WORD = re.compile(r"^(?:signed|sgd\.?|ttd\.?|\(signed\)|\(sgd\.?\)|signature[ \t]*:.*)$", re.IGNORECASE)
_FOR_WORDS = re.compile(r"^FOR\s+(?:AND\s+ON\s+BEHALF\s+OF\s+)?", re.IGNORECASE)
# a body's name going on after a blank line: "… EAST JAVA PROVINCE" / "" / "OF THE REPUBLIC OF INDONESIA"
_BODY_GOES_ON = re.compile(r"(?:OF|AND)\b[A-Z ,.'-]*$")
# the row a signer dates his signature in: "Date: 3 May 2010", "Dated : …"
_DATE_ROW = re.compile(r"^(?:date|dated)[ \t]*:", re.IGNORECASE)


def _groups(lines: list[str]) -> list[list[str]]:
    """The block's lines in groups parted by blank lines, each line stripped."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line.strip())
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def _body_and_rest(lines: list[str]) -> tuple[list[str], list[str]]:
    """The body's lines (from the FOR line on) and the lines of the signer (name, office), the "signed" mark left out:
    up to the mark when there is one, else the first group and any group that goes on with the name."""
    groups = _groups(lines)
    for number, group in enumerate(groups):
        marker = next((index for index, line in enumerate(group) if _SIGNED_WORD.match(line)), None)
        if marker is not None:  # the signer's lines: after the mark in its group, else the next group
            rest = group[marker + 1:] or (groups[number + 1] if number + 1 < len(groups) else [])
            return [line for before in groups[:number] for line in before] + group[:marker], rest
    body, index = list(groups[0]) if groups else [], 1
    while index < len(groups) and _BODY_GOES_ON.match(groups[index][0]):
        body += groups[index]  # "OF THE REPUBLIC OF INDONESIA" after a blank line: still the body
        index += 1
    if len(groups) > index:
        return body, groups[index]
    return (body[:-2], body[-2:]) if len(body) > 2 else (body[:1], body[1:])  # no blank lines: name, office last


def _signer(rest: list[str]) -> tuple[str | None, str | None, bool]:
    """(name, office, stated): the signer's name and office from the lines under the body; `stated` when the lines
    are a signer's at all (a name, or a draft's blank for it under an office)."""
    rest = [line.strip() for line in rest if (not skipped_line(line) or BLANK_NAME.fullmatch(line.strip()))
            and not _DATE_ROW.match(line.strip())]  # "Date: 3 May 2010" under the office: when, not who
    rows = labelled_rows(rest)
    if rows:
        name, office = rows
        name = None if not name or BLANK_NAME.fullmatch(name) else name
        return (clean_name(name) if name and looks_like_name(name) else None), _office(office), bool(name or office)
    if not rest:
        return None, None, False
    if BLANK_NAME.fullmatch(rest[0]):  # a draft: the name left blank under the stated office
        office = _office(" ".join(rest[1:]))
        return None, office, office is not None
    name, offices = rest[0].strip(" ,"), rest[1:]
    if not looks_like_name(name) and len(rest) >= 2 and looks_like_name(rest[-1]):
        name, offices = rest[-1].strip(" ,"), rest[:-1]  # the office above the name
    if not looks_like_name(name):
        return None, None, False
    return clean_name(name), _office(" ".join(offices)), True


def _office(text: str | None) -> str | None:
    position = position_of(text) if text and len(text) < 160 else None
    return smart_title(position) if position and position.isupper() else position


def _institution(body: list[str]) -> str | None:
    institution = _FOR_WORDS.sub("", " ".join(body)).strip(" ,.:")
    institution = re.sub(r"^(?:and\s+on\s+behalf\s+of)\s*", "", institution, flags=re.IGNORECASE)
    institution = re.sub(r"(?<=[A-Za-z])\.(?=\s)", ",", institution)  # OCR reads the comma after a line as a dot
    return (smart_title(institution) if institution.isupper() else institution) or None



def split_columns(lines: list[str], starts: list[int]) -> list[list[str]]:
    """The lines of side-by-side blocks, column by column: a piece belongs to the column it starts in (two spaces
    of slack), so an office wrapped in one column alone stays in it."""
    columns: list[list[str]] = [[] for _ in starts]
    for line in lines:
        pieces = [[] for _ in starts]
        for piece in SEGMENT.finditer(line):
            pieces[column_under(piece.start(), starts)].append(piece.group())
        for column, words in zip(columns, pieces):
            column.append(" ".join(words))
    return columns


# two blocks side by side whose gap OCR read as one space: "FOR THE MUNICIPALITY OF A FOR THE CITY OF B" /
# "Drs. Budi, SE JOHN SMITH" / "Mayor of A Mayor of B"
_SECOND_FOR = re.compile(r"(?<=\S) (?=FOR (?:AND ON BEHALF OF )?(?:THE )?[A-Z])")
_SECOND_OFFICE = re.compile(r"(?<=\S) (?=(?:Mayor|Governor|Regent|Chairman|President|Director|Rector|Minister|Wali\s*[Kk]ota|"
                            r"Walikota(?:madya)?|Bupati|Gubernur|Rektor|Direktur|Ketua)\b)", re.IGNORECASE)
_SECOND_NAME = re.compile(r"(?<=\S) (?=(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg|Mr|Mrs|Ms)\.\s)|"  # a title opens the second name
                          r"(?<=[a-z]) (?=[A-Z]{2,}\b)|"  # a name in title case, then one in capitals
                          r"(?<=[A-Z]{2}) (?=[A-Z][a-z])")  # or the other way round


def _collapsed(lines: list[str]) -> list[list[str]] | None:
    """The two columns of side-by-side blocks read as single lines, when each line parts in two at a clear sign (a
    second FOR, a second office, a title or a change of case opening the second name, a degree closing the first);
    None when any line does not."""
    first = [line.strip() for line in lines]
    if len(_SECOND_FOR.findall(first[0])) != 1:
        return None
    columns: list[list[str]] = [[], []]
    for number, line in enumerate(first):
        if not line:
            columns[0].append("")
            columns[1].append("")
            continue
        words = line.split()
        if len(words) == 2 and words[0] == words[1]:  # "(signed) (signed)", "Mayor Mayor"
            cut = [len(words[0])]
        elif number == 0:
            cut = [match.start() for match in _SECOND_FOR.finditer(line)]
        else:
            cut = [match.start() for match in _SECOND_OFFICE.finditer(line)] or _after_degrees(line) or \
                [match.start() for match in _SECOND_NAME.finditer(line)  # (never a title after a title: "Prof. Dr.")
                 if not re.fullmatch(r"(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg|Mr|Mrs|Ms|[A-Z])\.", line[:match.start()].split()[-1])]
        if len(cut) != 1:
            return None
        columns[0].append(line[:cut[0]].strip())
        columns[1].append(line[cut[0]:].strip())
    return columns


def _after_degrees(line: str) -> list[int]:
    """Where a name ending in degrees after its comma ("Drs. Budi, SE, M.Sc.") is followed by a second name."""
    comma = line.find(", ")
    if comma < 0:
        return []
    words = line[comma + 2:].split(" ")
    for index, word in enumerate(words):
        if not DEGREE.match(word.strip(",")):
            return [comma + 2 + len(" ".join(words[:index]))] if index else []
    return []


def _key(name: str | None) -> str:
    words = re.sub(r"[^\w]+", " ", (name or "").lower()).split()
    return " ".join(word for word in words if word != "the")


def _names(block: str, party: str) -> bool:
    """Whether a block's body names the party: one name inside the other, or the two alike but for OCR's letters
    ("D1saster")."""
    if not block or not party:
        return False
    return block in party or party in block or difflib.SequenceMatcher(None, block, party).ratio() >= 0.9


def blocks_by_body(blocks: list[tuple[str | None, int]], parties: list[tuple[str, str | None]]) -> list[str] | None:
    """The role of each block whose body names one party alone (its name inside the party's or the party's inside
    its), when every block names a different party; None otherwise."""
    if len(blocks) != len(parties):
        return None
    owners = []
    for institution, _ in blocks:
        key = _key(institution)
        matching = [role for role, name in parties if _names(key, _key(name))]
        if len(matching) != 1:
            return None
        owners.append(matching[0])
    return owners if len(set(owners)) == len(owners) else None


def english_signatures(text: str, start: int = 0, parties: list[tuple[str, str | None]] | None = None) -> list[Signature]:
    """Signature blocks opened by "FOR <body>", stacked or side by side: each given the role of the party whose body
    it names, else the roles in order; [] unless every block names a signer (or a draft's blank under an office)."""
    blocks: list[tuple[int, list[str]]] = []
    closing = list(_CLOSING.finditer(text, start))
    heads = list(_FOR_LINE.finditer(text, closing[-1].end() if closing else start))  # (never "FOR THE X" of a heading)
    # "FOR THE MINISTRY" / "FOR RESEARCH AND TECHNOLOGY OF X": a body's name broken before its own "FOR" is one head
    heads = [head for index, head in enumerate(heads) if not index or text[heads[index - 1].end():head.start()] != "\n"
             or _FOR_SPLIT.search(heads[index - 1].group())]
    for index, head in enumerate(heads):
        stop = heads[index + 1].start() if index + 1 < len(heads) else len(text)  # (14 lines at most, below)
        lines = text[head.start():stop].expandtabs().split("\n")[:14]
        starts = [0] + [gap.end() for gap in _FOR_SPLIT.finditer(lines[0])]
        collapsed = _collapsed(lines) if len(starts) == 1 else None
        if len(starts) > 1:  # side by side: each piece of a line goes to the column it starts under
            for column in split_columns(lines, starts):
                blocks.append((head.start(), column))
        elif collapsed:
            blocks += [(head.start(), column) for column in collapsed]
        else:
            blocks.append((head.start(), lines))
    read = []
    for position, lines in blocks:
        body, rest = _body_and_rest(lines)
        name, office, stated = _signer(rest)
        if not stated:
            return []
        read.append((_institution(body), name, office, position))
    in_order = blocks_by_body([(institution, position) for institution, _, _, position in read], parties or []) or \
        roles.roles_in_order(text)
    return [Signature(role, office, name, institution, position, position + 1)
            for role, (institution, name, office, position) in zip(in_order, read)]
