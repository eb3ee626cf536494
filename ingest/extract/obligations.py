"""Per-party obligations from the Hak dan Kewajiban article, and scope items from Ruang Lingkup."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract import roles
from ingest.extract.articles import Article, Item, article_for, chapter_cut, first_run, split_items, tidy_item

_DUTIES_HEADING = re.compile(r"kewajiban|tugas|tanggung\s*jawab|obligation|responsibilit|duties|peran\s+(?:dan|para)",
                             re.IGNORECASE)
_SCOPE_HEADING = re.compile(r"ruang\s+lingkup|lingkup\s+kerja|bidang\s+kerja\s*sama|\bscope\b|areas?\s+of\s+coop",
                            re.IGNORECASE)
ROLE = re.compile(rf"\b(?:PIHAK\s+(?P<id>{roles.ORDINAL_ID})|(?P<en>{roles.ORDINAL_EN})\s+PARTY|"
                  r"(?P<both>PARA\s+PIHAK|(?:BOTH|THE)\s+PARTIES))\b", re.IGNORECASE)
_RIGHTS = re.compile(r"\b(?:berhak|hak|rights?|entitled)\b", re.IGNORECASE)
_DUTY = re.compile(r"\b(?:kewajiban|berkewajiban|wajib|bertugas|tugas|bertanggung\s*jawab|tanggung\s*jawab|"
                   r"shall|obligations?|responsib\w*|agrees?\s+to|akan)\b", re.IGNORECASE)
_VERB = re.compile(r"\s*(?:(?:mempunyai|memiliki)\s+(?:hak\s+dan\s+)?(?:kewajiban|tugas|hak)|berkewajiban|wajib|"
                   r"bertugas|bertanggung\s*jawab(?:\s+atas|\s+untuk)?|berhak(?:\s+untuk)?|akan|shall|agrees?\s+to|"
                   r"is\s+responsible\s+for|has\s+the\s+(?:following\s+)?(?:obligations|rights))\b\s*(?:untuk\s+)?",
                   re.IGNORECASE)
# "..., PIHAK KEDUA berkewajiban:" / "..., the SECOND PARTY is responsible for:": a list lead after a lead-in clause
_LIST_LEAD = re.compile(r"\s*(?:berkewajiban|wajib|bertugas|bertanggung\s*jawab|mempunyai\s+kewajiban|memiliki\s+kewajiban|"
                        r"shall|is\s+responsible\s+for|agrees?\s+to)\b[^:.;\n]{0,40}:", re.IGNORECASE)
_ITEM_VERB = re.compile(r"(?P<v>berhak|berkewajiban|wajib)\s+(?:untuk\s+)?(?=[a-z])", re.IGNORECASE)
_SCOPE_LEAD = re.compile(r"\b(?:meliputi|mencakup|terdiri\s+(?:atas|dari)|antara\s+lain|sebagai\s+berikut|include|"
                         r"includes|including|cover|covers|consist\s+of|(?P<is>adalah))\b\s*:?"
                         r"(?:\s*+,?\s*+(?:namun|tetapi|but)?\s*+(?:tidak\s+terbatas\s+pada|not\s+limited\s+to)\s*:?)?",
                         re.IGNORECASE)
_MARKER = re.compile(r"(?:^|(?<=[\s;,.:]))\(?(?:\d{1,2}\.){0,3}(?P<m>\d{1,2}|[a-z])[.)]\s+")


def _in_sequence(tail: str) -> list[str]:
    """Items marked in one sentence ("1. X 2. Y", "a. X; b. Y; dan c. Z"), split only at the next marker in
    sequence so that a number inside an item ("peningkatan 2 (dua) kali", "tahap 3. ") stays in it."""
    cuts, expected = [], None
    for match in _MARKER.finditer(tail):
        marker = match["m"]
        if expected is None or marker == expected:
            cuts.append(match)
            expected = str(int(marker) + 1) if marker.isdigit() else chr(ord(marker) + 1)
    parts = [tail[cut.end():(cuts[index + 1].start() if index + 1 < len(cuts) else len(tail))]
             for index, cut in enumerate(cuts)]
    if parts:
        parts[-1] = re.split(r"\.\s+(?=[A-Z])", parts[-1], maxsplit=1)[0]  # the sentence after the list
    return [re.sub(r"[;,]?\s*(?:dan|and|serta)?\s*$", "", part.strip()) for part in parts]


@dataclass(frozen=True)
class Found:
    role: str | None
    text: str
    start: int
    end: int
    confidence: float


def role_name(match: re.Match) -> str:
    """A role mention as the schema writes it: "PIHAK KEDUA", "SECOND PARTY"."""
    if match["id"]:
        return f"PIHAK {match['id'].upper()}"
    if match["both"]:
        return "PARA PIHAK" if match["both"].upper().startswith("PARA") else "PARTIES"
    return f"{match['en'].upper()} PARTY"


@dataclass(frozen=True)
class _Section:
    role: str
    rights: bool
    lead_end: int
    start: int
    inline: str | None  # "PIHAK PERTAMA berkewajiban menyediakan data." with no list after it
    inline_right: bool = False


def _sections(text: str, start: int, end: int, heading_role: str | None) -> list[_Section]:
    sections = []
    for match in ROLE.finditer(text, start, end):
        line_start = text.rfind("\n", start, match.start()) + 1
        before = re.sub(r"^[ \t]*(?:\(?\w{1,3}[.)][ \t]*)", "", text[line_start:match.start()])
        if (len(before.split()) > 5 or re.search(r"[,;]|\b(?:kepada|dengan|oleh|dari|to|by|from|with)\s*$", before,
                                                  re.IGNORECASE)) and not _LIST_LEAD.match(text, match.end(), end):
            continue  # the role is mentioned inside an item, not introducing a list
        sentence_end = re.search(r"[:.;]|\n[ \t]*\n|\n[ \t]*(?:\(?\w{1,3}[.)])[ \t]", text[match.end():end])
        lead_end = match.end() + (sentence_end.end() if sentence_end else len(text[match.end():end]))
        lead = before + text[match.start():lead_end]
        is_list = bool(sentence_end and sentence_end.group().startswith(":"))
        rights = bool(_RIGHTS.search(lead)) and not _DUTY.search(lead.replace("hak dan kewajiban", "kewajiban"))
        inline = None
        if not is_list:
            verb = _VERB.match(text, match.end())
            if not verb:
                continue
            inline = tidy_item(text[verb.end():lead_end])
            right_verb = verb.group().strip().lower().startswith(("berhak", "mempunyai hak", "memiliki hak"))
            rights = rights or right_verb
        sections.append(_Section(role_name(match), rights, lead_end, line_start, inline, bool(inline is not None and right_verb)))
    if not sections and heading_role:
        sections.append(_Section(heading_role, False, start, start, None))
    return sections


_LEAD_TAIL = re.compile(r"\s*(?:sebagai\s+berikut|antara\s+lain|yaitu|yakni|meliputi|berupa|the\s+following)?\s*:?$",
                        re.IGNORECASE)


def _leaves(items: list[Item]) -> list[Item]:
    """Top-level duties; an item that introduces sub-items keeps them: "melaporkan ... yang memuat: a; b; c"."""
    kept: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        children = []
        following = index + 1
        while following < len(items) and items[following].level > item.level:
            children.append(items[following])
            following += 1
        if children and item.lead_in:
            direct = [child.text for child in children if child.level == children[0].level]
            lead = _LEAD_TAIL.sub("", item.text) if re.search(r"(?:sebagai\s+berikut|the\s+following)\s*:?$",
                                                               item.text, re.IGNORECASE) else item.text
            kept.append(Item(f"{lead}: {'; '.join(direct)}", item.start, children[-1].end, item.level, False))
            index = following
            continue
        kept.append(item)
        index += 1
    return kept


def _inline_items(text: str, start: int, end: int) -> list[Item]:
    """Items run into the lead's own line, as flattened text layers give them: "berkewajiban : a. X; b. Y; dan c. Z."."""
    line = text[start:end].split("\n", 1)[0]
    if not re.match(r"\s*\(?(?:\d{1,2}\.){0,3}(?:1|a)[.)]\s", line):
        return []
    parts = _in_sequence(line.strip())
    if len(parts) < 2:
        return []
    items, cursor = [], start
    for part in parts:
        position = text.find(part, cursor, start + len(line))
        if position < 0 or not tidy_item(part):
            continue
        items.append(Item(tidy_item(part), position, position + len(part), 0, False))
        cursor = position + len(part)
    return items


def find_obligations(text: str, articles: list[Article]) -> list[Found]:
    """Each party's obligations, itemised, from the duties article(s)."""
    found: list[Found] = []
    for article in article_for(articles, _DUTIES_HEADING):
        end = chapter_cut(text, article.body_start, article.end)
        heading_role = ROLE.search(article.heading)
        heading_rights = bool(_RIGHTS.search(article.heading)) and not _DUTY.search(article.heading)
        sections = _sections(text, article.body_start, end, role_name(heading_role) if heading_role else None)
        for index, section in enumerate(sections):
            section_end = sections[index + 1].start if index + 1 < len(sections) else end
            rights = section.rights or heading_rights
            if section.inline is not None:
                if section.inline and not section.inline_right:  # "PIHAK PERTAMA berhak ...": a right, never a duty
                    found.append(Found(section.role, section.inline, section.start, section.lead_end,
                                       0.5 if rights else 0.85))
                continue
            items = _inline_items(text, section.lead_end, section_end) or _leaves(split_items(text, section.lead_end,
                                                                                             section_end))
            for item in items:  # "Hak dan Kewajiban PIHAK PERTAMA: 1. Berhak ...; 2. Wajib ...": each item says which
                verb = _ITEM_VERB.match(item.text)
                value = tidy_item(item.text[verb.end():]) if verb else item.text
                item_rights = rights or bool(verb and verb["v"].lower() == "berhak")
                found.append(Found(section.role, value or item.text, item.start, item.end, 0.5 if item_rights else 0.9))
    # where a party's duties are listed apart from its rights, its rights are not obligations
    with_duties = {item.role for item in found if item.confidence > 0.5}
    kept, seen = [], set()
    for item in found:
        key = (item.role, " ".join(item.text.casefold().split()).rstrip(".;, "))
        if (item.confidence > 0.5 or item.role not in with_duties) and key not in seen:
            seen.add(key)  # the same duty twice (a bilingual copy left untranslated, a repeated page) counts once
            kept.append(item)
    return kept


# Markers OCR ran into the line: a letter or number with its dot misread ("b..", "2,", "3:") or a letter read as a
# sign ("& ", "€ ").
_INLINE_MARKER = re.compile(r"[,;:]\s+(?:(?:dan|and)\s+)?(?:(?:[a-zA-Z]{1,2}|\d{1,2})[.,:]{1,2}-?|[&€£|«©¢][.,:]?)\s+(?=[a-z])"
                            r"|[;:]\s+(?:dan\s+)?(?=[a-z])")
_LEADING_MARKERS = re.compile(r"^(?:(?:dan|and)\s+(?=\d)|(?:[a-zA-Z]|\d{1,2})[.,:]{1,2}-?\s+|[_\-–•·]++\s*+)+(?=[a-z])")
_WORDLESS = re.compile(r"^(?!.*[A-Za-z]{3})")  # "b Cc": stray marker letters, no word of three letters
# possessive runs (`*+`): a word is never split into shorter ones, or a line that does not end the pattern's way
# would be tried in every split (exponential; one real agreement's scope item took hours)
_TRAILING_HEADING = re.compile(r"[,;:]\s++(?:[A-Z][\w.'-]*+\s++){2,}(?:[A-Za-z][\w.'-]*+\s*+|-\s*+)*+$")
_SENTENCE_BREAK = re.compile(r"\.\s+(?=[A-Z])")


def _scope_parts(text: str) -> list[str]:
    """A scope item as OCR may leave it: markers run into one line ("pendidikan, b.. kebudayaan") split apart,
    stray markers and a following sentence (a running footer) cut off."""
    text = _SENTENCE_BREAK.split(text, maxsplit=1)[0]
    text = _TRAILING_HEADING.sub("", text)  # a running footer OCR appended: ", Nota Kesepahaman Pemerintah ..."
    head, _, tail = text.partition(": ") if re.search(r":\s+[A-Z]", text) else (text, "", "")
    if tail and re.search(r"(?:\b[A-Z][\w'-]+\s+){3}", tail + " "):
        text = head  # "kreatif: Patata sesaat Perjanjian Kerja Sama ...": a garbled footer after the item
    parts = [tidy_item(_LEADING_MARKERS.sub("", part).strip()) for part in _INLINE_MARKER.split(text)]
    return [part for part in parts if part and not _WORDLESS.match(part)]


def _run_on(item) -> list[str]:
    """An item whose line carries the next ones in sequence ("1. Ekonomi 2. Perdagangan 3. ..."), split apart."""
    parts = _in_sequence(f"{item.marker} {item.text}") if item.marker else []
    return parts if len(parts) > 1 else [item.text]


def _field_name(text: str) -> str:
    """A field's name without what introduces its sub-items: "Kerja sama kebudayaan, yang dapat meliputi ...:"."""
    return tidy_item(re.split(r",?\s+(?:yang\s+(?:dapat\s+)?|antara\s+lain\s+)?(?:meliputi|mencakup|terdiri)\b|:",
                              text, maxsplit=1)[0])


def find_scope(text: str, articles: list[Article]) -> list[Found]:
    """The fields of cooperation listed in the Ruang Lingkup article."""
    for article in article_for(articles, _SCOPE_HEADING):
        end = chapter_cut(text, article.body_start, article.end)
        items = split_items(text, article.body_start, end)
        if items:
            lead = next((index for index, item in enumerate(items) if item.lead_in and index + 1 < len(items)
                         and items[index + 1].level > item.level), None)
            heads = [item for item in items[lead or 0:] if lead is not None and item.level == items[lead].level]
            if sum(item.lead_in for item in heads) > 1:  # fields, each itemised: "1. Kerja sama kebudayaan, meliputi: a."
                return [Found(None, _field_name(item.text), item.start, item.end, 0.8) for item in first_run(heads)]
            if lead is not None:
                level = items[lead].level + 1
                chosen = []
                for item in items[lead + 1:]:
                    if item.level < level:
                        break
                    if item.level == level:
                        chosen.append(item)
            else:
                chosen = [item for item in items if item.level == 0]
            chosen = first_run(chosen)
            chosen = [item for item in chosen if not re.search(r"sebagaimana\s+dimaksud|diatur\s+lebih\s+lanjut",
                                                               item.text, re.IGNORECASE)]
            if chosen:
                return [Found(None, text_, item.start, item.end, 0.9) for item in chosen
                        for part in _run_on(item) for text_ in _scope_parts(part)]
        inline = _SCOPE_LEAD.search(text, article.body_start, end)
        if inline:
            rest = text[inline.end():end]
            lettered = re.match(r"\s*\(?[a1][.)]\s", rest)
            stop = re.search(r"\.[ \t]*(?:\n|$)" if lettered else r"\.(?:\s|$)", rest)
            tail = rest[:stop.start() if stop else len(rest)]
            if lettered:
                parts = _in_sequence(tail.strip())
            else:  # "adalah X": one field unless listed with commas ("adalah pendidikan, kesehatan, dan ...")
                parts = re.split(r"\s*(?:[;,]\s*(?:dan|and)?" + ("" if inline["is"] else r"|\bdan\b|\band\b") + r")\s*",
                                 tail)
            out, cursor = [], inline.end()
            for part in parts:
                cleaned = tidy_item(re.sub(r"^(?:bidang|the\s+field\s+of)\s+", "", part.strip(), flags=re.IGNORECASE))
                position = text.find(part.strip(), cursor) if part.strip() else -1
                if cleaned and position >= 0:
                    out.append(Found(None, cleaned, position, position + len(part.strip()), 0.75))
                    cursor = position + len(part.strip())
            if out:
                return out
    return []
