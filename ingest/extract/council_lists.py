"""Parties of an agreement among several local governments listed rather than set out in identity paragraphs, with
no role words and no one named as signing (roles follow the order of the list, PIHAK PERTAMA, KEDUA, …):

- a list after "between the following parties:" (or "Between" alone on its line), each body's name in capitals, then
  its address or its description, "AND" between them ("CITY OF A of 1 Main Street, A, AND" / "SHIRE OF B of 5 Rail
  Road, B, AND" / …), or one body a line with no "AND" ("The C COUNCIL, a council listed in Part 2 of Schedule 2 …" /
  "The D REGIONAL COUNCIL, a regional council …"), perhaps flattened onto one line: listed_bodies. The address or
  description is no part of the name;
- a numbered list under a heading "Parties" or "Signatories" ("1. A Regional Council 2. B District Council …", one a
  line or flattened onto one, a later heading such as "Non-primary signatories" between two items): numbered_bodies;
- a heading naming one body, then "-and-" and a group of them ("A PARTNERSHIP INC ("the P") -and- THE CITIES OF B, C
  AND D AND THE SHIRES OF E AND F (collectively "Member Local Governments")"): heading_group. The group's members
  share the second role, each a party of its own written "CITY OF B", "SHIRE OF E".

A site that masks names leaves an item with no name ("SHIRE OF A of X Street, A, AND of Y Street, B, AND …", "The ,
a local government …", "2. Council 3. B District Council"): the item keeps its place in the order and gives no party
(a name is never invented). Nothing designates the roles, so confidence 0.7 (a group's members 0.6).
"""
from __future__ import annotations

import re

from ingest.extract import roles

_LISTED = 0.7
_GROUPED = 0.6
_LIMIT = 4000  # the list stands near the text's start
# a name in capitals: "CITY OF ALDERTON", "BAY OF PLENTY REGIONAL COUNCIL", "SHIRE OF MT MARSHALL" (never "AND",
# the list's own separator)
_CAPS_WORD = r"(?!AND\b)[A-Z][A-Z'’&.-]*(?![a-z])"
_CAPS_NAME = rf"{_CAPS_WORD}(?:[ \t]+(?:{_CAPS_WORD}|\([A-Z][^()\n]{{0,40}}\))){{0,9}}"
# what opens such a list: "… made between the following parties:", "BETWEEN:" or "Between" alone on its line, perhaps
# after the line dating the agreement; flattened, "… 2017 Between The A COUNCIL, a council …" (the word capitalised,
# the first item after it)
_INTRO = re.compile(r"\bbetween[ \t]+the[ \t]+following[ \t]+parties[ \t]*:?|"
                    r"^[ \t]*(?:(?i:dated)\b[^\n]{0,40}?[ \t\n]+)?(?i:by[ \t]+and[ \t]+)?(?i:between|among)[ \t]*:?"
                    r"(?=[ \t]*\n|[ \t]+(?:The|THE)[ \t]+[A-Z]{2})|"
                    r"(?<=[ \t])(?-i:Between|BETWEEN)(?=[ \t]+(?:The|THE)[ \t]+[A-Z]{2})", re.MULTILINE | re.IGNORECASE)
# between two items: "AND" in capitals (after a comma, or alone at a line's end), or a line's end before the next
# item in the one-a-line form, or (flattened) a space before "The X, a …"
_AND = re.compile(r"[ \t]*,?[ \t\n]+AND(?:[ \t]*(?:\n[ \t]*)+|[ \t]+)")  # ("… " / "" / "AND" / "" / "B …")
_NEXT_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                        r"(?=(?:The|THE)[ \t]*(?:,|[A-Z]{2})|[A-Z]{2}[^\n]*?,[ \t]+an?[ \t]+[a-z]|"
                        r"\(\d{1,2}\)[ \t]+(?:The[ \t]+|THE[ \t]+)?[A-Z]{2})")  # (a deed's "(2) B COUNCIL of …")
_RUN_ON = re.compile(r"[ \t]+(?=(?:The|THE)[ \t]+[A-Z]{2}[A-Z '’&.-]{0,80}(?:,|[ \t]\()[ \t]*[a-z])")
# an item: "(The) NAME" (an English deed's "(1) NAME") then its address (" of 1 Main Street") or its description (", a
# council listed …", ", also known as X, a regional council …", "(also known as X), a …", "(company number 123) whose
# registered office …"); never a bare name (a heading's "BETWEEN" / "A" / "AND" / "B": the heading's rules read
# those); a masked item: the address or description alone; the name perhaps wrapped ("… AND SHIRE" / "OF KOORDA of …")
_WRAPPED_NAME = rf"{_CAPS_WORD}(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:{_CAPS_WORD}|\([A-Z][^()\n]{{0,40}}\))){{0,9}}"
_ITEM = re.compile(rf"(?:\(\d{{1,2}}\)[ \t]+)?(?:(?:The|THE)[ \t]+)?(?P<name>{_WRAPPED_NAME})(?=[ \t]+of[ \t]|"
                   r"[ \t]*,[ \t\n]*[a-z]|[ \t]*\([a-z][^()\n]{0,80}\)[ \t]*,[ \t\n]*[a-z]|"
                   r"[ \t]*\((?:company|registered|registration)[ \t]+(?:number|no\.?)[ \t])")
_MASKED = re.compile(r"(?:(?:The|THE)[ \t]*)?(?:,[ \t]*)?(?:of|an?)[ \t]")


def listed_bodies(text: str, limit: int = _LIMIT) -> list[tuple[str, str, int, int, float]]:
    """[(role, name, start, end, 0.7)] of the bodies listed after "between the following parties:" or a "Between"
    line, in the forms above; [] unless two or more bodies are named and every item is one (never guess)."""
    for intro in _INTRO.finditer(text, 0, limit):
        found = _items(text, intro.end())
        if found:
            return found
    return []


def _items(text: str, start: int) -> list[tuple[str, str, int, int, float]]:
    cursor = start + len(text[start:]) - len(text[start:].lstrip())
    named: list[tuple[int, str, int, int]] = []  # (place in the list, name, start, end)
    place, by_and = 0, None
    while place < len(roles.ORDINALS):
        item = _ITEM.match(text, cursor)
        if item is not None:
            named.append((place, " ".join(item["name"].split()), item.start("name"), item.end("name")))
        elif not _MASKED.match(text, cursor):
            break
        place += 1
        # the item's separator from the next: the same kind throughout the list
        following = [(kind, found) for kind, pattern in (("and", _AND), ("line", _NEXT_LINE), ("line", _RUN_ON))
                     if (found := _next(pattern, text, cursor)) is not None]
        following = [(kind, found) for kind, found in following if by_and is None or kind == by_and]
        if not following:
            break
        by_and, separator = min(following, key=lambda pair: pair[1].start())
        cursor = separator.end()
    if len(named) < 2 or 2 * len(named) < place:  # (a list mostly masked is no reading)
        return []
    in_order = roles.roles_in_order(text)
    return [(in_order[index], name, begin, end, _LISTED) for index, name, begin, end in named]


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ITEM_LENGTH = 400  # a name with its address or description: a few lines at most


def _next(pattern: re.Pattern, text: str, cursor: int) -> re.Match | None:
    """The next separator of this kind after the item at `cursor`, starting within the item: before a blank line
    (the one-a-line form may leave one blank line between two items)."""
    limit = min(len(text), cursor + _ITEM_LENGTH)
    blanks = [blank.start() for blank in _BLANK_LINE.finditer(text, cursor, limit)]
    allowed = 1 if pattern is _NEXT_LINE else 0
    limit = blanks[allowed] if len(blanks) > allowed else limit
    found = pattern.search(text, cursor, min(len(text), limit + 200))  # (room for its look ahead)
    return found if found is not None and found.start() <= limit else None


# ---- a numbered list under a heading ---------------------------------------------------------------------------

# (flattened, "… March 2020 Signatories 1. A Regional Council 2. …": the word capitalised, the first item after it)
# (never "Members": a committee's or forum's members listed inside the agreement)
_HEADING_WORDS = (r"(?:[Tt]he[ \t]+)?(?i:parties|signatories|principal[ \t]+signatories|para[ \t]+pihak)"
                  r"(?i:[ \t]+to[ \t]+(?:this|the)[ \t]+\w+)?(?i:[ \t]+(?:are|is))?[ \t]*:?")
# (or the opening's formula introducing the list at its line's end: "kami yang bertanda tangan di bawah ini:" / "1.
# Pemerintah Kabupaten A;" / "2. …", the items naming bodies only; never a letter's "… the following parties:" /
# "1. A District Council" / … / "have endorsed the plan", nor its "daftar peserta sebagai berikut:")
_HEADING = re.compile(rf"^[ \t]*(?:[A-Z\d]{{1,2}}[.)][ \t]+)?{_HEADING_WORDS}[ \t]*(?=\n|[ \t]1[.)][ \t])|"
                      r"(?i:bertanda[ \t]*tangan[ \t]+di[ \t]*bawah[ \t]+ini)[ \t]*:[ \t]*(?=\n)|"
                      rf"(?<=[ \t])(?=[A-Z]){_HEADING_WORDS}(?=[ \t]+1[.)][ \t])", re.MULTILINE)
_NUMBER = re.compile(r"(?:^|(?<=[ \t]))[ \t]*(?P<number>\d{1,2})[.)][ \t]+", re.MULTILINE)
# a body's name in title case or capitals, a bracketed other name after it ("Horizons Regional Council (X Regional
# Council)"); the prose after the last item is no part of it
_OPENER = r"(?!(?:The|This|These|That|It|Each|All|In|On|For|To|By|With|Where|Whereas|Purpose|Background)\b)"
_TITLED = re.compile(rf"[A-Z][\w'’.&-]*(?:[ \t]+(?:{_OPENER}[A-Z][\w'’.&-]*|of|the|and|dan|\([^()\n]{{1,60}}\)))*")
# what may follow a name on its item's line: its punctuation, the list's "dan" before the last item ("…; dan")
_ITEM_END = re.compile(r"[ \t,;.]*(?:(?i:dan|and|serta)[ \t]*)?")
# a later heading between two items ("Non-primary signatories:")
_LABEL_AFTER = re.compile(r"[ \t]*(?:\b(?:principal|primary|non-?[ \t]?primary|other|additional)[ \t]+)?"
                          r"\b(?:signator(?:y|ies)|parties|members)[ \t]*:?[ \t]*$", re.IGNORECASE)
# a body's word, so that a list of persons under "Signatories" is never read as bodies
_BODY = re.compile(r"\b(?:council|shire|city|district|region(?:al)?|county|borough|municipality|municipal|government|"
                   r"authority|town|village|pemerintah|kabupaten|kota|provinsi|desa)\b", re.IGNORECASE)
# a name the site masked down to its kind's words ("Council", "City Council", "District Council")
_KIND_ONLY = re.compile(r"(?:(?:the|city|district|regional|county|shire|town|municipal)[ \t]+){0,2}(?:council|shire)",
                        re.IGNORECASE)


def numbered_bodies(text: str, limit: int = _LIMIT) -> list[tuple[str, str, int, int, float]]:
    """[(role, name, start, end, 0.7)] of the bodies a numbered list names under a heading "Parties" or "Signatories",
    numbered from 1 in sequence; [] unless three or more items each name a body (a masked one keeps its place)."""
    for heading in _HEADING.finditer(text, 0, limit):
        found = _numbered(text, heading.end())
        if found:
            return found
    return []


def _numbered(text: str, start: int) -> list[tuple[str, str, int, int, float]]:
    numbers = []
    cursor = start
    for number in _NUMBER.finditer(text, start, start + 2500):
        if int(number["number"]) != len(numbers) + 1:
            if numbers:
                break
            return []
        between = text[cursor:number.start()]
        if numbers and _BLANK_LINE.search(between) and not _LABEL_AFTER.search(between):
            break  # (a blank line ends the list, but before a later heading: "" / "Non-primary signatories")
        if not numbers and between.strip():
            return []  # the list follows the heading at once
        numbers.append(number)
        cursor = number.end()
    if len(numbers) < 3:
        return []
    in_order = roles.roles_in_order(text)
    found = []
    for index, number in enumerate(numbers):
        stop = numbers[index + 1].start() if index + 1 < len(numbers) else text.find("\n", number.end())
        stop = len(text) if stop < 0 else stop
        piece = text[number.end():stop]
        line = piece.split("\n")[0]
        label = _LABEL_AFTER.search(line)
        line = line[:label.start()] if label else line
        name = _TITLED.match(line)
        if name is None or index + 1 < len(numbers) and not _ITEM_END.fullmatch(line, name.end()):
            return []  # an item that is no name (a clause): no list of parties
        value = name.group().rstrip(" ,;.")
        if index >= len(in_order) or not _BODY.search(value):
            return []
        if _KIND_ONLY.fullmatch(value):
            continue  # masked
        found.append((in_order[index], " ".join(value.split()), number.end(), number.end() + len(value), _LISTED))
    return found if len(found) >= 2 and 2 * len(found) >= len(numbers) else []


# ---- a heading's group of bodies -------------------------------------------------------------------------------

# the separator between a heading's two sides: "-and-" on its own line or between the names
_SIDES_AND = re.compile(r"[ \t]*\n?[ \t]*[-–—]+[ \t]*(?i:and)[ \t]*[-–—]+[ \t]*\n?[ \t]*")
# a plural kind and its bodies: "THE CITIES OF A, B AND C", "the Shires of D and E"
_KINDS = {"cities": "city", "shires": "shire", "towns": "town", "counties": "county", "boroughs": "borough",
          "municipalities": "municipality", "villages": "village", "districts": "district"}
_GROUP = re.compile(rf"(?:the[ \t\n]+)?(?P<kind>{'|'.join(_KINDS)})[ \t\n]+of[ \t\n]+", re.IGNORECASE)
_GROUP_AND = re.compile(rf"[ \t\n]+(?:and|AND)[ \t\n]+(?=(?:the[ \t\n]+)?(?:{'|'.join(_KINDS)})[ \t\n]+of\b)",
                        re.IGNORECASE)
_MEMBER_SEPARATOR = re.compile(r"[ \t\n]*,[ \t\n]*(?:(?:and|AND)[ \t\n]+)?|[ \t\n]+(?:and|AND)[ \t\n]+")
_MEMBER = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}")
# the group's collective name, or the first side's short name, after it
_SHORT_NAME = re.compile(r"[ \t\n]*\((?:collectively[ \t]+|the[ \t]+)?[\"“][^\"“”\n]{1,60}[\"”]\)", re.IGNORECASE)
# the first side: the words before "-and-" (and its short name), from its line's start or after the heading's kind or
# "BETWEEN" on the same line ("… MEMORANDUM OF UNDERSTANDING A PARTNERSHIP INC ("the P") -and- …" flattened), in
# capitals perhaps over two lines, or in title case on one
_FIRST_SIDE = re.compile(r"(?:^|(?<=UNDERSTANDING[ \t])|(?<=AGREEMENT[ \t])|(?<=BETWEEN[ \t])|(?<=Between[ \t]))[ \t]*"
                         r"(?:(?:The|THE)[ \t]+)?(?!(?:MEMORANDUM|AGREEMENT|BETWEEN|DEED|CONTRACT|OF|THE|Memorandum|"
                         r"Agreement|Between|Deed|Contract)\b)"
                         rf"(?P<name>{_WRAPPED_NAME}|[A-Z][\w'’.&-]*(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|the|and)){{0,9}})"
                         rf"(?:{_SHORT_NAME.pattern})?[ \t]*\Z", re.MULTILINE)


def heading_group(text: str, limit: int = 1500) -> list[tuple[str, str, int, int, float]]:
    """[(role, name, start, end, confidence)]: the body a heading names, then "-and-" and a group of bodies of plural
    kinds ("THE CITIES OF A AND B AND THE SHIRES OF C AND D"): the body PIHAK PERTAMA at 0.7, each member PIHAK KEDUA
    at 0.6, in the order the heading writes them; [] otherwise."""
    for sides in _SIDES_AND.finditer(text, 0, limit):
        first = _FIRST_SIDE.search(text, max(0, sides.start() - 300), sides.start())
        members = _members(text, sides.end()) if first else []
        if len(members) < 2:
            continue
        in_order = roles.roles_in_order(text)
        return [(in_order[0], " ".join(first["name"].split()), first.start("name"), first.end("name"), _LISTED)] + \
            [(in_order[1], name, start, end, _GROUPED) for name, start, end in members]
    return []


def _members(text: str, start: int) -> list[tuple[str, int, int]]:
    """The bodies of the groups from `start`: [(name as "CITY OF A", start, end)]; none unless the groups run to their
    collective name or the line's end."""
    members, cursor = [], start
    while (group := _GROUP.match(text, cursor)) is not None:
        kind = _KINDS[group["kind"].lower()]
        kind = kind.upper() if group["kind"].isupper() else kind.title()
        of = "OF" if group["kind"].isupper() else "of"
        ends = _GROUP_AND.search(text, group.end(), group.end() + 400)
        stop = ends.start() if ends else None
        collective = _SHORT_NAME.search(text, group.end(), group.end() + 400)
        line_end = text.find("\n\n", group.end())
        stop = min(x for x in (stop, collective.start() if collective else None,
                               line_end if line_end >= 0 else len(text)) if x is not None)
        piece_cursor = group.end()
        for separator in [*_MEMBER_SEPARATOR.finditer(text, group.end(), stop), None]:
            piece_end = separator.start() if separator else stop
            name = _MEMBER.match(text, piece_cursor, piece_end)
            rest = text[name.end():piece_end] if name else ""
            # (words after a member only on the next line, after the heading's last member: "… AND E" / "MEMORANDUM")
            line_ends = separator is None and ends is None and collective is None and rest.lstrip(" \t")[:1] == "\n"
            if name is None or rest.strip() and not line_ends:
                return []
            members.append((f"{kind} {of} {' '.join(name.group().split())}", name.start(), name.end()))
            piece_cursor = separator.end() if separator else stop
        if ends is None or (collective and collective.start() < ends.start()):
            break
        cursor = ends.end()
    return members
