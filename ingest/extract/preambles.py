"""Parties an English treaty-style text names only in its prose: "This Memorandum expresses the understandings of A and
B concerning X", "The Ministry of A and the Ministry of B, hereinafter referred to as "the Parties"" under a heading
that names nobody, "This Arrangement is made on … between A and B", and a letter's "I have the honour to refer to the
Agreement between A and B …"."""
from __future__ import annotations

import re

from ingest.extract.dates import MONTH
from ingest.extract.names import BODY, is_body

# "1. THIS MEMORANDUM expresses the understandings of A and B con-cerning X" (the heading lost, a word split by OCR)
EXPRESSES = re.compile(r"\b(?:this|the\s+present)\s+memorandum(?:\s+of\s+understanding)?\s+expresses\s+the\s+"
                        r"unders\w*ings?\s+(?:reached\s+)?(?:of|between)\s+(?P<names>[^;:]{10,400}?)\s+"
                        r"con-?\s*cerning\s+(?P<subject>[^;:()]{3,200}?)\s*(?:\(|[.;:](?:\s|$))", re.IGNORECASE)
# the preamble's first words: "The Government of A and the Government of B, hereinafter referred to as …" (with each
# party's short name after it: 'A ("X") and B ("Y")'); the paragraph opens after a blank line, a sentence's end or a
# heading line in capitals
_HEREINAFTER = re.compile(r"\s*(?:,\s*|\(\s*)?(?:hereinafter|(?:jointly|collectively|individually)\s+referred)\b",
                          re.IGNORECASE)
# "This Memorandum of Understanding is made (at X) on … between A and B, hereinafter …"
# (or, without "hereinafter" after the names, up to a line opening the recitals: "… and B (EUT)" / "The Parties wish
# …", "WHEREAS …")
_MADE_BETWEEN = re.compile(r"\b(?:is|was)\s+made\b[^;:]{0,160}?\b(?:by\s+and\s+)?between\s+(?P<names>[^;:]{10,400}?)"
                           r"(?:" + _HEREINAFTER.pattern + r"|(?=[ \t]*\n[ \t]*(?:the\W{0,2}[ \t]+parties|whereas|witnesseth)\b))",
                           re.IGNORECASE)
# a letter of an exchange: "I have the honour to refer to the Memorandum of Understanding between A and B on …"
_HONOUR = re.compile(r"\bI\s+have\s+the\s+hono(?:u)?r\s+to\s+refer\s+to\s+(?:the\s+)?[^;:]{0,120}?\bbetween\s+"
                     r"(?P<names>[^;:]{10,400}?)(?=\s*(?:[,(]|\.(?![.\s]*+\band\s)|\s(?:on|concerning|regarding|relating\s+to|in\s+the\s+field"
                     r"|with\s+respect\s+to|signed|done|dated|which)\s|\sfor\s+(?-i:[a-z])))", re.IGNORECASE)
# a development bank's or a contract's opening: "AGREEMENT, dated October 1, 2003, between A (the Bank) and B (the
# Borrower)", "This Amendment (this "Amendment"), dated as of May 5, 2002, between A ("Seller") and B ("Buyer")": the
# names after "between", each followed by the term it is defined as, in parentheses (the date may be garbled by OCR)
# (the words between "This" and the kind name it, "This Amendment No 2 to the Loan Agreement", never a sentence's verb:
# "This letter amends the Loan Agreement, dated …": the amended agreement's date and parties)
DATED_OPENING = (r"(?:\b(?-i:AGREEMENT|CONTRACT),|\b(?i:this)\s+(?:(?-i:[A-Z0-9][\w-]*|to|of|the|and|on|for)\s+){0,5}?"
                 r"(?i:agreement|amendment|contract)"
                 r"(?:\s*\([^()\n]{0,60}\))?\s*,?)\s+(?i:dated)\b")  # (the signing date follows)
# a deed's date line over the list of its parties: "dated 31 March 2017" / "Between" / "The A COUNCIL, …" (perhaps a
# blank line between, or flattened onto one line after a page's number: "2 dated 31 March 2017 Between The A
# COUNCIL"); never a cited deed's "the Deed dated 1 May 2015 between …"
DEED_DATE_LINE = (r"(?<![A-Za-z,][ \t])(?<![A-Za-z,])(?-i:dated|Dated|DATED)"
                  rf"(?=[ \t]+(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:day[ \t]+of[ \t]+)?(?i:{MONTH}),?"
                  r"[ \t]+\d{4}"
                  r"[ \t]*(?:\n[ \t]*){0,2}(?-i:Between|BETWEEN)\b)")
_DATED_BETWEEN = re.compile(DATED_OPENING + r"[^;:]{0,60}?\bbetween\s+", re.IGNORECASE)
# one name and its defined term: "(the Bank)", "(PLN)", "("Seller")", "(hereinafter called the Association)",
# "(herein- after called PLN)", "(the\nRecipient)"; never "(Persero)" or "(formerly known as …)", which go on the name
_TERM = (r"\((?:here-?\s*in-?\s*after\s+(?:called|referred\s+to\s+as)\s+)?(?:the\s+)?[\"“”']?"
         r"(?!(?i:persero|tbk)\b)(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3}[\"“”']?\)")
_NAME = r"[^;:()]{4,200}?(?:\([^()]{1,80}\)[^;:()]{0,40}?){0,2}"  # "P.T. X (Persero) (as successor to Y)"
# (the first party described after its term: ', a company organized under …, and B ("Buyer")', its comma before "and")
_DESIGNATED_PAIR = re.compile(rf"(?P<first>{_NAME})\s*{_TERM}(?:,\s+(?:a|an)\s[^;:]{{0,300}}?,)?\s+and\s+"
                              rf"(?P<second>{_NAME})\s*{_TERM}")
# a name run past its sentence's end ("… AIR TIRTA. WHEREAS the Republic (the Borrower) and …": no term of its own)
_SENTENCE_END = re.compile(r"\b(?!(?i:inc|ltd|corp|bhd|sdn|pte|tbk|co|jl|no)\.)(?:[A-Za-z][a-z]{2,}|[A-Z]{4,})\.\s+[A-Z]|"
                           r"\b(?i:whereas|dated|between)\b")
_ASIDE = re.compile(r"\s*\((?-i:[a-z])[^()]*\)")  # "(formerly known as X)", "(as successor to Y)": no part of the name
_AND = re.compile(r",?\s+and\s+", re.IGNORECASE)
# the second party's name opens with a body's word, perhaps after a few words ("the State Government", "Shah Alam City
# Council", "the National Research and Innovation Agency", "the Meteorology, Climatology and Geophysical Agency")
_OPENS_BODY = re.compile(r"(?:[A-Z][\w'.-]*,?\s+|(?:and|of|for|&)\s+){0,5}?" + BODY.pattern, re.IGNORECASE)
_SHORT_NAME = re.compile(r"\s*\(\s*[\"“'][^()]{1,40}?[\"”']\s*\)")  # 'A ("Indonesia")'
SPLIT_WORD = re.compile(r"\b(?P<head>[A-Za-z]{2,})-\s*(?P<tail>[a-z]{2,})\b")


def _pair(names: str, text: str) -> list[str] | None:
    """The two bodies of "A and B", split at the one "and" both sides of which name a body; None when no split or
    more than one fits (never guess)."""
    names = " ".join(_SHORT_NAME.sub("", names).split())
    splits = [match for match in _AND.finditer(names)
              if is_body(names[:match.start()]) and _OPENS_BODY.match(names, match.end())]
    with_the = [match for match in splits if names[match.end():match.end() + 4].lower() == "the "]
    splits = with_the or splits
    if len(splits) != 1:
        return None
    first, second = names[:splits[0].start()], names[splits[0].end():]
    out = [_tidy(name, text) for name in (first, second)]
    return out if all(out) else None


def _tidy(name: str, text: str) -> str | None:
    """A body's name as written, without a leading lower-case "the", its OCR-split words rejoined when the text writes
    them whole elsewhere ("Indo-nesia")."""
    name = re.sub(r"^(?:of\s+)?the\s+", "", name.strip(" ,.;"))  # "… of A and of the Government of B"
    # "discussions between the representatives of the Government of X and …": the body they represent
    name = re.sub(r"^(?:the\s+)?(?:(?:duly\s+)?authori[sz]ed\s+)?(?:representatives?|delegations?)\s+of\s+(?:the\s+)?[·•]?", "", name,
                  flags=re.IGNORECASE)
    name = SPLIT_WORD.sub(lambda m: m["head"] + m["tail"] if re.search(
        rf"\b{re.escape(m['head'] + m['tail'])}\b", text, re.IGNORECASE) else m.group(), name)
    return name if 6 <= len(name) <= 200 and BODY.search(name) else None


def _leading(text: str, limit: int) -> tuple[str, int, int] | None:
    """The words before the first "hereinafter" back to the start of their paragraph: (names, start, end)."""
    found = _HEREINAFTER.search(text, 0, limit)
    if found is None:
        return None
    start = text.rfind("\n", 0, found.start()) + 1
    while start > 0:
        above_start = text.rfind("\n", 0, start - 1) + 1
        above = text[above_start:start - 1].strip()
        if not above or above[-1] in ".;:" or not any(char.islower() for char in above):
            break
        start = above_start
    names = re.sub(r"^[ \t]*\d{1,2}[.)][ \t]+", "", text[start:found.start()])
    return names, found.start() - len(names), found.start()


# a letter's reference to the agreement it amends: "I refer to the loan agreement ("Loan Agreement"), dated …, as
# amended on …, between A (the "Borrower") and B (the "Bank")"
_REFER_BETWEEN = re.compile(r"\bI\s+(?:have\s+the\s+hono(?:u)?r\s+to\s+)?refer\s+to\s+[^;:]{0,200}?\bbetween\s+",
                            re.IGNORECASE)
_TERM_WORD = re.compile(r"([A-Z][\w.-]*)[\"“”']?\)$")
# a letter's date, the end of its letterhead: "March 27, 2017", "27 March 2017" alone on a line
_DATE_LINE = re.compile(r"^[ \t]*(?:[A-Z][a-z]+[ \t]+\d{1,2},[ \t]*|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+)(?:19|20)\d\d[ \t]*$",
                        re.MULTILINE)


def designated(text: str, limit: int = 4000) -> list[tuple[str, int, int]]:
    """The two parties of "AGREEMENT, dated …, between A (the Bank) and B (PLN)", each at its own name."""
    opening = _DATED_BETWEEN.search(text, 0, limit)
    pair = _DESIGNATED_PAIR.match(text, opening.end()) if opening else None
    return _designated_names(pair)


def letter_sides(text: str, limit: int = 3000) -> list[tuple[str, int, int]]:
    """The two sides of the agreement a letter amends ("I refer to the loan agreement …, between A (the "Borrower")
    and B (the "Bank")"), the writer first: the side its letterhead names (above the letter's date), by its name or,
    when it names neither side's, by its defined term ("WORLD BANK GROUP"); in the text's order when it names neither
    or both."""
    refer = _REFER_BETWEEN.search(text, 0, limit)
    pair = _DESIGNATED_PAIR.match(text, refer.end()) if refer else None
    names = _designated_names(pair)
    dated = _DATE_LINE.search(text, 0, 800)
    if not names or dated is None:
        return names
    terms = [_TERM_WORD.search(text[pair.end(key):end].strip()) for key, end in
             (("first", pair.start("second")), ("second", pair.end()))]
    terms = [term[1] if term else "" for term in terms]
    head = text[:dated.start()]
    # the side's own name ("ASIAN RIVER BANK"; never a street's "Jalan Bank Sentral" under the ministry's "REPUBLIC OF
    # X"), else its term
    named = [_names(head, name) for name, _, _ in names]
    writer = named if any(named) else [_names(head, term) for term in terms]
    return names[::-1] if writer == [False, True] else names


def _names(head: str, words: str) -> bool:
    """Whether a letterhead names these words, case and line breaks aside."""
    return bool(words) and re.search(r"\b" + r"\s+".join(map(re.escape, words.split())) + r"\b", head,
                                     re.IGNORECASE) is not None


def _designated_names(pair: re.Match | None) -> list[tuple[str, int, int]]:
    if pair is None:
        return []
    names = [(" ".join(re.sub(r"^the\s+", "", _ASIDE.sub("", pair[key]).strip(" ,.")).split()), pair.start(key),
              pair.end(key))
             for key in ("first", "second")]
    if any(not 4 <= len(name) <= 200 or not name[0].isupper() or _SENTENCE_END.search(name) for name, _, _ in names):
        return []
    return names


def named_parties(text: str, limit: int = 4000, treaty: bool = True) -> list[tuple[str, int, int]]:
    """[(institution, start, end)] of the two parties the preamble or a letter names, in order; [] when it names
    none in these forms (the two governments a treaty's preamble names only when the text may be one: never a paper
    typed from its heading, a report on their work)."""
    pair = designated(text, limit) or letter_sides(text, limit)
    if pair:
        return pair
    found = [(match["names"], match.start("names"), match.end("names"))
             for pattern in (EXPRESSES, _HONOUR, _MADE_BETWEEN) for match in [pattern.search(text, 0, limit)] if match]
    for names, start, end in found + [_leading(text, limit) or ("", 0, 0)]:
        pair = _pair(names, text)
        if pair:
            return [(pair[0], start, end), (pair[1], start, end)]
    return governments(text) if treaty else []


# a treaty's preamble between governments, in Indonesian: "Pemerintah Republik A dan Pemerintah Republik B, sesuai
# dengan …" (or each name on its own line, "dan" between, specks after them: "Pemerintah Republik B •" / "- dengan
# hasrat …"), opening its paragraph and going on in prose; or a title-case heading's list closed on its line:
# "Persetujuan Kebudayaan antara / Pemerintah A dan Pemerintah B."
_PEMERINTAH = r"Pemerintah(?:[ \t]+(?-i:[A-Z])[\w.]*){1,6}"
_SPECKS = r"[ \t'‘’•·.]*"
_GOVERNMENTS = re.compile(rf"^[ \t]*[.'•·]?(?P<first>{_PEMERINTAH}){_SPECKS}\s+dan{_SPECKS}\s+(?P<second>{_PEMERINTAH})"
                          rf"(?:{_SPECKS},|[ \t'‘’•·]*\n)\s*(?:-[ \t]*)?(?=(?-i:[a-z]))|"
                          rf"\bantara[ \t]*\n?[ \t]*(?P<first2>{_PEMERINTAH})[ \t]+dan[ \t]+(?P<second2>{_PEMERINTAH})"
                          rf"(?<!\.)(?:\.(?=\s)|[ \t]*$)", re.MULTILINE)

# a recital, a legal basis or a list item above it: the governments it names are those of an agreement it quotes
# ("Menimbang : a. bahwa … / Pemerintah A dan Pemerintah B, telah menandatangani …", "Dasar : / 1. Kesepakatan
# Bersama antara Pemerintah A dan Pemerintah B"); a heading's list after a line of prose ("… telah lama bekerja dalam
# kerangka kesepakatan antara Pemerintah A dan Pemerintah B."): a sentence's
_RECITED = re.compile(r"^[ \t]*(?:(?i:menimbang|mengingat|memperhatikan|dasar|bahwa|considering|whereas|recalling)\b|"
                      r"(?:\d{1,2}|[a-z])[.)][ \t])", re.MULTILINE)
_PROSE_WORD = re.compile(r"(?<![\w-])(?!(?:dan|antara)\b)[a-z][a-z-]+")


_ARTICLE = re.compile(r"^[ \t]*(?:pasal|article)\b", re.IGNORECASE | re.MULTILINE)


def _before_articles(text: str, limit: int) -> int:
    """Where the first article opens, or limit: a treaty's preamble stands above it."""
    article = _ARTICLE.search(text, 0, limit)
    return article.start() if article else limit


def governments(text: str, limit: int = 3000) -> list[tuple[str, int, int]]:
    """[(institution, start, end)] of the two governments a treaty's preamble (or its heading's one line) names
    before its first article; [] when it names none so."""
    match = _GOVERNMENTS.search(text, 0, _before_articles(text, limit))
    if match is None or _RECITED.search(text, 0, match.start()):
        return []
    line = text.rfind("\n", 0, match.start()) + 1
    if not text[line:match.start()].strip():  # ("… dalam kerangka kesepakatan" / "antara Pemerintah A dan …")
        line = text.rfind("\n", 0, max(0, line - 1)) + 1
    if not match["first"] and len(_PROSE_WORD.findall(text, line, match.start())) >= 3:
        return []
    keys = ("first", "second") if match["first"] else ("first2", "second2")
    names = [(" ".join(match[key].rstrip(".").split()), match.start(key), match.end(key)) for key in keys]
    return names if names[0][0].lower() != names[1][0].lower() else []


def letter_opening(text: str, limit: int = 3000) -> int | None:
    """Where a letter of an exchange of notes or letters opens its body ("I have the honour to …"), near its start."""
    found = re.search(r"\bI\s+have\s+the\s+hono(?:u)?r\s+to\b", text[:limit])
    return found.start() if found else None


# a note of an exchange of notes: "Excellency," (or "Sir,") alone on its line above "I have the honour to …"
_EXCELLENCY = re.compile(r"^[ \t]*(?:Your\s+)?(?:Excellency|Sir|Madam)[ \t]*[,:]?[ \t]*\n(?:[ \t]*\n)*[ \t]*"
                         r"I\s+have\s+the\s+hono(?:u)?r\s+to\b", re.MULTILINE)
# a government as a note names it: "the Government of the Republic of X", "the Japanese Government('s rice)" (never
# "Each Government shall …")
_NOTE_GOVERNMENT = re.compile(r"\bGovernment\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*){0,4})|"
                         r"\b(?!(?:Each|Which|Such|Much|Urban|Human)\b)"
                         r"(?P<adjective>[A-Z][a-z]+(?:ese|an|ish|ch))\s+Government\b")
# the adjectives whose country's name they do not begin ("British Government", "Government of … Great Britain …")
_DEMONYMS = {"british": "great britain", "dutch": "netherlands", "french": "france", "norwegian": "norway",
             "danish": "denmark", "irish": "ireland", "spanish": "spain"}
# the sides of the instrument a note refers to: a state first ("the Government of X", "the Republic of X"), a state
# after "and"
_STATE = r"(?:(?:Government|Republic|Kingdom|State|Commonwealth)\s+of\b|[A-Z][a-z]+\s+Government\b)"
_A_GOVERNMENT = re.compile(rf"(?:the\s+)?{_STATE}")
_AND_GOVERNMENT = re.compile(rf"\band\s+(?:the\s+)?{_STATE}")
_STATE_WORDS = {"government", "republic", "kingdom", "of", "the", "state", "federal", "people's", "democratic", "united"}


def _country(found: re.Match) -> str:
    """The key of the country a government's name holds: "Republic of Indonesia" -> "indonesia", "Japanese" -> "japan"."""
    words = [_DEMONYMS.get(word, word) for word in re.findall(r"[\w'-]+", (found["of"] or found["adjective"]).lower())
             if word not in _STATE_WORDS]
    key = " ".join(words)
    return re.sub(r"(?:ese|ian|an|ish)$", "", key) if found["adjective"] else key


def note_governments(text: str, limit: int = 4000) -> list[tuple[str, int, int]]:
    """The two governments a note of an exchange names, in the order it first names them ("the Contract for Loan of
    Japanese Government's Rice between agency A and agency B …, concluded at the request of the Government of B"): an
    exchange of notes binds the governments, whatever bodies the instrument it confirms names; [] unless the text is
    such a note and names exactly two governments."""
    if not _EXCELLENCY.search(text, 0, 1500) or letter_sides(text):
        return []  # (a lender's letter naming the sides of the agreement it refers to: they are its parties)
    refer = _REFER_BETWEEN.search(text, 0, 3000)
    sides = text[refer.end():refer.end() + 300] if refer else ""
    if _A_GOVERNMENT.match(sides) and not _AND_GOVERNMENT.search(sides):
        return []  # "… refer to the Agreement between the Government of A and the X Programme": a state and a body,
        # whatever other government (a funder's) the note names
    seen: dict[str, tuple[str, int, int]] = {}
    for found in _NOTE_GOVERNMENT.finditer(text, 0, limit):
        key = _country(found)
        if not key:
            continue
        if not any(other.startswith(key) or key.startswith(other) for other in seen):
            seen[key] = (" ".join(found.group().split()), found.start(), found.end())
    return list(seen.values()) if len(seen) == 2 else []


# a treaty's plenipotentiaries, listed after the sentence that appoints them ("… telah mengangkat sebagai wakilnja …,
# jaitu :", "have appointed as their plenipotentiaries:"), up to "jang/yang setelah memeriksa …" ("who, having …"):
# each under the government it acts for ("Pemerintah Republik A :" / NAME / "- POSITION"), or each after an honorific
# ("J.M. NAME, POSITION. J.M. NAME ; POSITION.": Jang/Yang Mulia, His Excellency)
# (as those who act for the governments, with full powers: "sebagai wakilnja", "kuasa penuh"; never contact persons
# or officers, "menunjuk narahubung sebagai berikut :")
_APPOINTED = re.compile(r"\b(?:mengangkat|menundjuk|menunjuk|appointed)\b(?=[^:;]{0,300}?\b(?:wakil|(?:ber)?kuasa|"
                        r"plenipotentiar|authori[sz]ed|full\s+powers))[^:;]{0,300}?:[ \t]*\n", re.IGNORECASE)
_LIST_END = re.compile(r"\n[ \t]*(?:[jy][ \t]*\n?[ \t]*ang[ \t]+setelah|who\b|have\s+agreed)|\n[ \t]*(?:pasal|article)\b",
                       re.IGNORECASE)
_UNDER_BODY = re.compile(r"^[ \t]*(?:(?:untuk|for)[ \t]+(?:the[ \t]+)?)?(?:Pemerintah|Government)\b[^\n:]{2,100}?[ \t]*:[ \t]*\n"
                         r"[ \t]*(?P<name>[^\n]{3,60}?)[ \t,]*\n(?P<position>(?:[ \t]*[^\s\n][^\n]*\n?){1,3}?)(?=[ \t]*\n|\Z)",
                         re.MULTILINE)
_HONORIFIC = re.compile(r"(?<![\w.])(?:[JY][ \t]*[.•][ \t]*M|H[ \t]*[.•][ \t]*E)[ \t]*[.•][ \t]*")
_NAME_THEN_POSITION = re.compile(r"(?P<name>[^,;]{3,40}?)[ \t]*[,;][ \t\n]*(?P<position>[^;]{5,160}?)\.(?=\s|\Z)")

_LIST_ITEM = re.compile(r"\d{1,2}[.)][ \t]")  # "1. NAME / 2. NAME": a delegation's members, not one who signs


def plenipotentiaries(text: str, limit: int = 4000) -> list[tuple[str, str]]:
    """[(signatory, position)] of a treaty's plenipotentiaries in the order listed; [] when no list is so written."""
    appointed = _APPOINTED.search(text, 0, _before_articles(text, limit))  # (an article's officers sign nothing)
    if appointed is None:
        return []
    end = _LIST_END.search(text, appointed.end(), appointed.end() + 800)
    listed = text[appointed.end():end.start() if end else appointed.end() + 800] + "\n"
    found = [(match["name"], match["position"]) for match in _UNDER_BODY.finditer(listed)]
    if not found:
        pieces = _HONORIFIC.split(listed)
        entries = [_NAME_THEN_POSITION.match(piece.strip()) for piece in pieces[1:]]
        found = [(entry["name"], entry["position"]) for entry in entries if entry] if not pieces[0].strip() else []
    out = [(" ".join(name.split()), " ".join(position.strip(" \t\n-–•").split())) for name, position in found]
    return out if len(out) >= 2 and all(name and position and not is_body(name) and not _LIST_ITEM.match(name) and
                                        not _LIST_ITEM.match(position) for name, position in out) else []
