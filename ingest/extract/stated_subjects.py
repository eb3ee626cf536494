"""Subjects an agreement states in its prose rather than a heading: an Indonesian opening naming the agreement with its
subject before its short name, an English opening naming it with its subject after FOR ("This Interlocal Cooperative
Agreement for Library Materials is entered into …"), an English recital's defined term, an English memorandum's
"expresses the understandings of A and B concerning X" (its heading lost)."""
from __future__ import annotations

import re

from ingest.extract.preambles import EXPRESSES, SPLIT_WORD
from ingest.extract.text import is_placeholder, smart_title

# "Perjanjian Kerjasama Pengelolaan Limbah B3 Medis (“Perjanjian”) ini dibuat …", "… dibuat Perjanjian Kerja Sama
# Operasi Untuk Paket Pekerjaan X, yang selanjutnya disebut sebagai ”Perjanjian”": the agreement named with its
# subject where the text gives it its short name
# atomic: a run of blanks is taken whole (else the several in a row split a long run every way, cubic in its length)
_S = r"(?>[ \t]*\n?[ \t]*)"
_W = r"(?>[ \t]*\n[ \t]*|[ \t]+)"  # a space between words, or a line break
_NAMED_SUBJECT = re.compile(
    rf"\b(?i:perjanjian|kontrak|kesepakatan){_S}(?:(?i:kerja){_S}(?i:sama)(?:{_S}(?i:operasi))?[ \t\n]+)?"
    rf"(?:(?i:untuk{_S}paket{_S}pekerjaan|untuk{_S}pekerjaan|tentang|mengenai)[ \t\n]+)?"
    rf"(?P<subject>[A-Z][\w'&-]*(?:{_W}(?:[A-Z0-9][\w'&().-]*|dan|di|ke|untuk|bagi|serta|atas|pada|dalam))*?)"
    rf"{_S},?{_S}(?:\({_S}(?:(?i:selanjutnya){_S}(?i:disebut){_S})?|(?:yang{_S})?(?:untuk{_S})?selanjutnya{_S}disebut"
    rf"(?:{_S}sebagai)?{_S})[\"“”'](?i:perjanjian|kontrak|kesepakatan|pks|kso)[\"“”']")


def named_subject(text: str) -> tuple[str, int, int] | None:
    """The subject between the agreement's kind and the short name the opening gives it."""
    match = _NAMED_SUBJECT.search(text, 0, 4000)
    if not match or len(match["subject"].split()) < 2 or is_placeholder(match["subject"]):
        return None
    subject = " ".join(match["subject"].split())
    return (smart_title(subject) if subject.isupper() else subject), match.start("subject"), match.end("subject")


# "This Interlocal Cooperative Agreement for Library Materials is entered into between …": the opening names the
# agreement, its kind's words capitalised, with the subject after FOR (in title case) before its verb
_FOR_SUBJECT = re.compile(r"\bThis\s+(?:[A-Z][\w'-]*\s+){0,4}Agreement\s+for\s+(?:the\s+)?"
                          r"(?P<subject>[A-Z][\w'-]*(?:\s+(?:(?!(?:Between|Among|By)\b)[A-Z][\w'-]*|and|of|the|for|in|to|on))"
                          r"{0,8}?)"  # (never "… Between A And B": the parties' list)
                          r"\s+(?:is|was)\s+(?:made|entered)\b")


def for_subject(text: str) -> tuple[str, int, int] | None:
    """The subject after FOR where the opening names the agreement ("This X Agreement for Y is entered into")."""
    match = _FOR_SUBJECT.search(text, 0, 3000)
    if not match or len(match["subject"].split()) < 2:
        return None
    return " ".join(match["subject"].split()), match.start("subject"), match.end("subject")


# "... an academic cooperation in relation to the Faculty Exchange programme (as hereinafter defined)": an English
# agreement without a subject line names it in its recitals as a defined term
_DEFINED_SUBJECT = re.compile(r"(?:in\s+relation\s+to|in\s+regard\s+to|with\s+respect\s+to|concerning|regarding)\s+"
                              r"(?:the\s+)?(?P<subject>[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|of|in|for|on|the|to|"
                              r"programme|program|project|scheme))*)\s*\((?:as\s+)?hereinafter\b")


def defined_subject(text: str) -> tuple[str, int, int] | None:
    """The subject an English agreement's recitals define ("in relation to the X (as hereinafter defined)")."""
    match = _DEFINED_SUBJECT.search(text, 0, 3000)
    if not match or len(match["subject"].split()) < 2:
        return None
    return " ".join(match["subject"].split()), match.start("subject"), match.end("subject")


def expressed_subject(text: str) -> tuple[str, int, int] | None:
    """The subject of "This Memorandum expresses the understandings of A and B concerning X" (its heading lost)."""
    match = EXPRESSES.search(text, 0, 4000)
    if match is None or len(match["subject"].split()) < 2:
        return None
    subject = " ".join(SPLIT_WORD.sub(lambda m: m["head"] + m["tail"], match["subject"]).split())
    return subject, match.start("subject"), match.end("subject")
