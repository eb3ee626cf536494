"""A heading that names two sides after BETWEEN, each side's short name given in parentheses below or beside it, and
no opening sentence around them, as neighbouring municipalities' frameworks and sister-city memoranda print them:

- stacked: "BETWEEN:" / "Birchwood County" / "(hereinafter referred to as "Birchwood")" / "- and -" /
  "Stonecreek County" / "(hereinafter referred to as "Stonecreek")", a side's region on the lines under its name
  ("THE REGENCY OF SUKAMAJU" / "REPUBLIC OF INDONESIA" / "AND" / "The City of Lindenfeld" / "(hereinafter …)"), one
  side perhaps without a short name when "AND" stands alone between them; "(the "County")", "OF THE FIRST PART",
  "AND:" before the next name; a bilingual memorandum's first heading ("ANTARA" / … "(selanjutnya disebut "X")" /
  "DAN" / …);
- run into one line: "… Framework Between Birchwood County (hereinafter referred to as "Birchwood") And Stonecreek
  County (hereinafter referred to "Stonecreek")";
- a side whose name the publishing site masked, its short name left alone: "… And (hereinafter referred to as
  "Stonecreek")": that short name is the only name the text gives the side (confidence 0.5);
- an excerpt that ends right after the first side: that side alone (0.6).

The general readers miss this form: with no opening formula the heading's end is taken at the first "hereinafter",
inside the list, and a body's name there reads as a person's (heading_end gives the heading's true end, its subject
line included). Nothing designates roles, so they follow the order the heading names the sides (PIHAK PERTAMA, PIHAK
KEDUA), at confidence 0.7; sides the heading designates by role ("(hereinafter referred to as "FIRST PARTY")") take
that role (0.8) unless the opening designates the roles again. An agreement of a name the classifier does not know on
the line above ("MUTUAL AID AGREEMENT"): heading_kind. An opening sentence ("This Agreement is made … between"), a
recital ("WHEREAS … Between") or a sentence wrapped onto the BETWEEN line is no heading."""
from __future__ import annotations

import functools
import re

from ingest.extract import roles
from ingest.extract.bodies import BODY_DESCRIPTION
from ingest.extract.body_words import is_region
from ingest.extract.text import heading_case, smart_title

_NAMED = 0.7  # a side the heading names, its role by order
_MASKED = 0.5  # a side known only by its short name (the site masked its name)
_DESIGNATED = 0.8  # a side the heading designates by its role
_CUT_SIDE = 0.6  # the first side alone, the excerpt cut before the second

# BETWEEN opening a line (perhaps with a colon), or after the kind on the heading's line ("… Framework Between A")
_BETWEEN = re.compile(r"^[ \t]*(?:BETWEEN|Between|ANTARA|Antara)[ \t]*:?[ \t]*\n?|(?<=[A-Za-z] )(?:BETWEEN|Between)[ \t]+",
                      re.MULTILINE)
_QUOTES = "\"“”'‘’"
# "(hereinafter referred to as "X")", "(hereinafter referred to "X")", "(hereinafter called the "X")", ", hereinafter
# referred to as the "County","; "(selanjutnya disebut "X")"; the short name alone in parentheses, "(the "County")";
# a contract's "OF THE FIRST PART" under it
_DESIGNATOR = (r"(?i:here(?:in)?[ \t]*after[ \t\n]+(?:referred[ \t\n]+to(?:[ \t\n]+as)?|called)|"
               r"selanjutnya[ \t\n]+(?:disebut|dinamakan)(?:[ \t\n]+sebagai)?)")
_DESIGNATION = re.compile(rf"[ \t\n]*(?:\([ \t]*(?:{_DESIGNATOR}[ \t\n]+)?|{_DESIGNATOR}[ \t\n]+)(?i:the[ \t\n]+)?"
                          rf"[{_QUOTES}](?P<short>[^{_QUOTES}\n()]{{1,40}})[{_QUOTES}][ \t]*\)?[ \t]*[,;.]?"
                          r"(?:\s*(?i:of[ \t]+the[ \t]+(?:first|second|one|other)[ \t]+part)[ \t]*[,;.]?)?")
# the word between the sides: alone on its line ("AND", "- and -", blank lines around it; "AND:" before the name), or
# inline after a side's designation
_ALONE = re.compile(r"[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*(?:[-–—~_]+[ \t]*)?(?i:and|dan|dengan)(?:[ \t]*[-–—~_]+)?"
                    r"(?:[ \t]*\n(?:[ \t]*\n){0,3}|[ \t]*:[ \t]*\n?)")
_INLINE = re.compile(r"[ \t\n]*(?<!\w)(?i:and|dan|dengan)\b[ \t]*\n?")
# a name line: capitalised words and a name's small words, a district's number ("No. 135"), never a sentence
_WORD = r"(?:[A-Z][\w'’.&-]*|of|the|upon|on|and|de|la|No\.|\d{1,4})"
_NAME_LINE = re.compile(rf"[ \t]*(?P<line>{_WORD}(?:[ \t]+{_WORD}){{0,9}})[ \t]*(?=\n|[ \t]*\(|$)")
# ... or a body described after its name: "MOUNTAIN VIEW COUNTY, a municipality incorporated under the laws of X"
_DESCRIBED_LINE = re.compile(rf"[ \t]*(?P<line>{_WORD}(?:[ \t]+{_WORD}){{0,9}},[ \t]*an?[ \t][^\n()]{{3,120}}?)[ \t]*"
                             r"(?=\n|\(|$)")
_DESCRIBED_AFTER = re.compile(r",[ \t]*an?[ \t]")  # (where the description begins: ", a special purpose district")
# what opens a sentence, never a side: the opening formula, a recital
_SENTENCE = re.compile(r"\b(?:is|are|was|made|entered|whereas|agree|agreed|shall|this|ini|yang|bahwa|adalah|dibuat|"
                       r"sepakat)\b", re.IGNORECASE)


def _name(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The side's name in text[start:end]: one to three name lines (a region's line joined after a comma), or
    None when the span holds anything else; ("", end, end) when it holds nothing (a masked name)."""
    span = text[start:end]
    if not span.strip():
        return "", end, end
    # (a comma closing the name before its designation: "BIRCHWOOD COUNTY," / "hereinafter …")
    lines = [line.rstrip(" \t,") for line in span.split("\n") if line.strip()]
    if len(lines) > 3:
        return None
    names = []
    for index, line in enumerate(lines):
        found = _NAME_LINE.fullmatch(line) or _DESCRIBED_LINE.fullmatch(line)
        if index and found is None and all(is_region(piece) for piece in line.split(",")):
            names.append(" ".join(line.split()))  # "CENTRAL JAVA PROVINCE, REPUBLIC OF INDONESIA"
            continue
        if found is None or _SENTENCE.search(line.split(",")[0]):
            return None
        named = found["line"] if found.re is _NAME_LINE else _DESCRIBED_AFTER.split(found["line"], 1)[0]
        names.append(" ".join(BODY_DESCRIPTION.sub("", named).split()))  # (never the description after the name)
    name = _cased(names[0])
    for line in names[1:]:
        regions = all(is_region(piece) for piece in line.split(","))
        name = f"{name}, {_cased(line)}" if regions else f"{name} {_cased(line)}"
    lead = start + len(span) - len(span.lstrip())
    return name, lead, start + len(span.rstrip())


def _cased(line: str) -> str:
    """A line of the heading as a name: in title case when printed in capitals (as the headings' reader gives it)."""
    return smart_title(line) if line.isupper() else line


def _side(text: str, start: int, last: bool) -> tuple[str, str, int, int, int] | None:
    """One side from `start`: (name, short name, start, end, where the next thing begins), the name perhaps empty,
    the short name perhaps empty (a side "AND" alone parts from the next)."""
    limit = min(len(text), start + 300)
    designation = _DESIGNATION.search(text, start, limit)
    alone = None if last else _ALONE.search(text, start, limit)
    if designation and (alone is None or designation.start() < alone.start()):
        named = _name(text, start, designation.start())
        if named is None or not named[0] and _SENTENCE.search(text, start, designation.start()):
            return None
        return named[0], designation["short"].strip(), named[1] if named[0] else designation.start(), \
            designation.end(), designation.end()
    if alone is None:
        return None
    named = _name(text, start, alone.start())
    if not named or not named[0]:
        return None
    return named[0], "", named[1], named[2], alone.start()


# a line above the label that may stand in a heading: the kind in capitals, a logo's letters OCR spaced apart
_MOSTLY_CAPITALS = re.compile(r"[^a-z]*(?:[a-z][^a-z]*){0,3}")


# what may follow the first side where an excerpt ends: its contract formula, the separator
_CUT = re.compile(r"\s*(?:(?i:of\s+the\s+first\s+part)[.;,]?\s*)?(?:[-–—~_]*[ \t]*(?i:and)[ \t]*[-–—~_]*\s*)?\Z")


_DATE_LINE = re.compile(r"(?i:dated)[ \t]*:?[ \t]+(?:(?i:the)[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:(?i:day[ \t]+of)[ \t]+)?"
                        r"[A-Z][a-z]+,?[ \t]+\d{4}")


@functools.lru_cache(maxsize=4)  # (heading_end, heading_kind and heading_sides ask it of the same text in turn)
def _two(text: str, limit: int) -> tuple[tuple, ...] | None:
    """The heading's two sides as _side gives them, or None unless the form is whole (two sides, the second
    designated, one at least named, the first before any opening sentence); the first alone, named and designated,
    when the text ends after it (an excerpt)."""
    between = _BETWEEN.search(text, 0, limit)
    if between is None or _SENTENCE.search(text, text.rfind("\n", 0, between.start()) + 1, between.start()):
        return None  # ("This Agreement is made … between": an opening sentence, read by the openings' readers)
    above = text[slice(*_line_above(text, between.start()))]
    if re.search(r"[a-z]", above) and not heading_case(above) and not _MOSTLY_CAPITALS.fullmatch(above) and \
            not _DATE_LINE.fullmatch(above):  # (the heading's own "dated 12 May 2018" line above BETWEEN is no sentence)
        return None  # "… wish to renew the memorandum signed in 2015" / "Between A (…) and B (…)": a sentence wrapped
    first = _side(text, between.end(), False)
    if first is None:
        return None
    after = first[4]
    if first[0] and first[1] and not _role(first[1]) and _CUT.match(text, after):
        return (first,)  # the excerpt ends after the first side ("… (Hereinafter referred to as "County")" / "- and -")
    separator = _ALONE.match(text, after) if not first[1] else (_ALONE.match(text, after) or _INLINE.match(text, after))
    if separator is None:
        return None
    second = _side(text, separator.end(), True)
    if second is None or not second[1] or not (first[0] or second[0]):
        return None  # (the second side always designated: "AND" / "B" with no short name is the headings' readers')
    designated = [bool(_role(short)) for _, short, *_ in (first, second)]
    if any(designated) and not (all(designated) and first[0] and second[0]):
        return None  # one side by role, the other by a short name (or none): no such heading
    return first, second


# a role designated below the heading ("1. NAME, Mayor of X, … hereinafter referred to as the FIRST PARTY")
_DESIGNATED_AGAIN = re.compile(rf"(?i:here(?:in)?[ \t]*after|selanjutnya)[^.;]{{0,60}}?\b(?i:{roles.ROLE})")


def _role(short: str) -> str | None:
    """The role a short name designates ("FIRST PARTY", "PIHAK KEDUA"), as the schema writes it; None for a name."""
    return roles.role_name(short) if short and re.fullmatch(roles.ROLE, short.strip(), re.IGNORECASE) else None


# the lines after the last side, down to a blank line: the heading's subject ("ON SISTER CITY COOPERATION")
_LINES_BELOW = re.compile(r"[ \t]*\n(?P<lines>(?:[ \t]*\S[^\n]*\n?){1,4}?)(?=[ \t]*\n|\Z)")


# a number's label line below the heading, after blank lines ("No. 075/412/2019", "NOMOR: …", "Number: …")
_NUMBER_BELOW = re.compile(r"(?:[ \t]*\n){1,3}[ \t]*(?i:no\.|nomor|number)[ \t]*:?[ \t]*\S[^\n]*")


def heading_end(text: str, head: int, limit: int = 3000) -> int:
    """Where a two-sided heading ends (the general reader ends it at its first "hereinafter", inside the list): after
    the last side and the heading's lines below it, in capitals or title case, down to a blank line; `head` when
    there is no such heading or it ends before."""
    two = _two(text, limit)
    if two is None:
        return head
    end = two[-1][4]
    below = _LINES_BELOW.match(text, end)
    cursor = below.start("lines") if below else end
    for line in below["lines"].splitlines(keepends=True) if below else ():
        if line.strip() and not (heading_case(line) or line.strip().isupper()):
            break  # ("ON SISTER CITY COOPERATION" / "dated 12 May 2018": the subject is the heading's, the date not)
        cursor += len(line)
        end = cursor
    while numbered := _NUMBER_BELOW.match(text, end):  # "" / "No. 075/412/2019": the memorandum's numbers
        end = numbered.end()
    return max(head, end)


# the heading's line above BETWEEN naming an agreement of no kind the classifier knows ("MUTUAL AID AGREEMENT")
_AGREEMENT_LINE = re.compile(r"(?:[A-Z][\w'-]*[ \t]+){0,5}(?:AGREEMENT|Agreement)")


def heading_kind(text: str, limit: int = 3000) -> tuple[int, int] | None:
    """Where the heading names an agreement by a name the classifier does not know, on the line right above the two
    sides it names ("MUTUAL AID AGREEMENT" / "BETWEEN:" / …): (start, end) of that line's name, for the caller to type
    it an agreement between the two (PKS, weakly); None otherwise."""
    two = _two(text, limit)
    between = _BETWEEN.search(text, 0, limit) if two and len(two) == 2 else None
    if between is None:
        return None
    start, end = _line_above(text, between.start())
    return (start, end) if _AGREEMENT_LINE.fullmatch(text[start:end]) else None


def _line_above(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the last line with words above the line holding `at`, without its spaces."""
    lines = text[:text.rfind("\n", 0, at) + 1].rstrip()
    above = lines[lines.rfind("\n") + 1:]
    return len(lines) - len(above.lstrip()), len(lines)


def heading_sides(text: str, limit: int = 3000) -> list[tuple[str, str, int, int, float]]:
    """The two sides an English heading names after BETWEEN with their short names, as (role, institution, start,
    end, confidence) in the order named; none unless the form is whole."""
    two = _two(text, limit)
    if two is None:
        return []
    if _role(two[0][1]) and _DESIGNATED_AGAIN.search(text, two[-1][3]):
        return []  # the opening designates the roles again, each with its signer: the designation blocks' readers
    sides = []
    for role, (name, short, start, end, _) in zip(roles.roles_in_order(text), two):
        designated = _role(short)
        if designated:  # "(hereinafter referred to as "FIRST PARTY")": the role the heading designates
            sides.append((designated, name, start, end, _DESIGNATED))
        elif name:
            sides.append((role, name, start, end, _NAMED))
        else:  # the site masked the name: its short name is all the text gives
            sides.append((role, short, start, end, _MASKED))
    if len(two) == 1:  # (an excerpt cut after its first side: weakly)
        sides = [(role, name, start, end, min(confidence, _CUT_SIDE)) for role, name, start, end, confidence in sides]
    return sides
