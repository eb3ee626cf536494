"""The term of the agreement: effective date, duration and end date from the Jangka Waktu article."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ingest.extract.articles import Article, article_for, chapter_cut
from ingest.extract.dates import find_dates
from ingest.extract.durations import between, find_durations
from ingest.extract.text import SHORT_BLANK
from ingest.isodate import IsoDuration

_TERM_HEADING = re.compile(r"jangka\s+waktu|masa\s+berlaku|masa\s+kontrak|berlakunya|\bterm\b|duration|validity|period|"
                           r"perpanjangan|jangka", re.IGNORECASE)
_TERM_CONTEXT = re.compile(r"jangka\s+waktu|berlaku\s+(?:untuk|selama)|berlaku\s+\d{1,3}\s*(?:\([a-z ]+\)\s*)?(?:tahun|bulan)\b|masa\s+berlaku|diperpanjang|"
                           r"masa\s+kontrak|"  # a contract's "Masa Kontrak : 1 Januari 2024 s.d. 31 Desember 2024"
                           # a recital's or closing's "bekerja sama selama 3 (tiga) tahun terhitung sejak tanggal …"
                           r"\bselama\s[^.;\n]{1,50}?\b(?:tahun|bulan|hari(?:\s+kalender)?)\s+(?:terhitung\s+)?(?:sejak|mulai)\b|"
                           r"for\s+a\s+period|valid\s+for|"
                           # "The effective date of this agreement shall be the 1st day of October, 1987."
                           r"effective\s+date\s+of\s+this\s+(?:agreement|contract)\s+(?:shall|will)\s+be\b|"
                           r"remain\s+in\s+(?:force|effect)|take\s+effect|"
                           # "The Agreement is effective from 1 March 2020 until …"; a council agreement's line "Term of
                           # Agreement 1 July 2020 – 30 June 2023" (the dates right after it)
                           # (the agreement its subject: never "The fee schedule is effective from …")
                           r"(?P<own>\b(?:agreement|memorandum|mou|arrangement|contract)\s+(?:is|shall\s+be|will\s+be)\s+"
                           r"effective\s+(?:from|on|as\s+of)\b|"
                           r"\bterm\s+of\s+(?:this\s+|the\s+)?(?:agreement|memorandum|mou)[ \t]*:?[ \t]*(?=\d))|"
                           r"come\s+into\s+(?:force|effect)|enter\s+into\s+force|"
                           r"(?:will|shall)\s+cease|"
                           r"(?:will|shall)\s+(?:terminate|expire|end)\s+on\b|"  # "This MOU … will terminate on June 30, 2021"
                           # a contract's period of work: "wajib menyelesaikan pekerjaan dalam waktu 30 hari kalender",
                           # the standard SPK's row "WAKTU PELAKSANAAN PEKERJAAN : 30 (tiga puluh) hari kalender"
                           r"menyelesaikan\s+(?:seluruh\s+)?pekerjaan|waktu\s+pelaksanaan(?:\s+pekerjaan)?[ \t]*:|"
                           r"(?:perform|complete)\s+the\s+(?:services|works)\s+within",
                           re.IGNORECASE)
_DURATION_LEAD = re.compile(r"(?:jangka\s+waktu|selama|untuk|period\s+of|for|masa|berlaku|diperpanjang|extended|"
                            r"berakhir\s+setelah)"  # "mulai berlaku pada tanggal ditandatangani dan berakhir setelah 2 tahun"
                            r"[^.;\n]{0,40}$", re.IGNORECASE)
# "Jangka waktu pelaksanaan kegiatan sebagaimana dimaksud dalam Pasal 1 adalah 6 (enam) bulan": the sentence's subject
# is the term, its length after "adalah"
_TERM_IS = re.compile(r"(?:jangka\s+waktu|masa\s+berlaku|\bterm\b|\bduration\b)[^.;\n]{0,120}?\b(?:adalah|ialah|yaitu|"
                      r"(?:shall|will)\s+be|is)\s*:?\s*$", re.IGNORECASE)  # "The term of this Agreement shall be three years"
_NOT_TERM = re.compile(r"(?:paling\s+lambat|selambat-lambatnya|dalam\s+waktu|within|pemberitahuan|notice|"
                       r"sekurang-kurangnya|paling\s+singkat|at\s+least|no\s+later|"
                       # a warranty's or maintenance period: "dengan masa garansi 12 (dua belas) bulan"
                       r"garansi|masa\s+(?:jaminan|pemeliharaan|retensi)|warranty|guarantee|defects?\s+liability|"
                       r"maintenance\s+period)[^.;]{0,40}$", re.IGNORECASE)
_NOT_TERM_AFTER = re.compile(r"^\s*(?:sebelum|before|prior|setelah|sesudah|after|sejak\s+diterimanya|kerja)\b",
                             re.IGNORECASE)
# a contract's period of work, stated without its start ("menyelesaikan seluruh pekerjaan dalam waktu 60 (enam puluh)
# hari kalender", a table row "WAKTU PELAKSANAAN PEKERJAAN : 30 hari kalender", "shall perform the Services within 120
# calendar days"), or counted from the work order ("… hari kalender terhitung sejak tanggal SPMK", "from the date of
# the Letter of Commencement"): its length, never a start or an end from the signing
_WORK_PERIOD = re.compile(r"(?:menyelesaikan\s+(?:seluruh\s+)?pekerjaan[^.;\n]{0,40}?\bdalam\s+(?:jangka\s+)?waktu|"
                          r"waktu\s+pelaksanaan(?:\s+pekerjaan)?[ \t]*:|(?:perform|complete)\s+the\s+(?:services|works)\s+within)"
                          r"\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\.[ \t]*(?:\n|$)|\.[ \t]+(?=[A-Z0-9])")
_FROM_WORK_ORDER = re.compile(r"[ \t\n]*(?:terhitung\s+)?(?:sejak|mulai|dari)\s+(?:tanggal\s+)?(?:diterbitkannya\s+|"
                              r"diterimanya\s+|ditandatanganinya\s+)?(?:surat\s+perintah\s+mulai\s+kerja|spmk)\b|"
                              r"[ \t\n]*(?:from|after)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:letter\s+of\s+commencement|"
                              r"notice\s+to\s+proceed|commencement)\b", re.IGNORECASE)
# "… selama 3 (tiga) tahun terhitung sejak tanggal berakhirnya Perjanjian Kerja Sama Nomor …", "… sejak
# ditandatanganinya Kesepakatan Bersama Nomor …": a term counted from another agreement's date, never this signing
_FROM_OTHER_AGREEMENT = re.compile(r"[ \t\n]*(?:terhitung\s+)?(?:(?:mulai|sejak|dari|setelah|sesudah)\s+)+(?:tanggal\s+)?"
                                   r"(?:berakhirnya|habisnya|ditandatanganinya|penandatanganan|berlakunya)\s+"
                                   r"(?:(?:masa|jangka\s+waktu)\s+(?:berlaku\s+)?)?"
                                   r"(?:kesepakatan\s+bersama|perjanjian|nota\s+kesepahaman|memorandum|kontrak|mou)"
                                   r"(?:\s+kerja\s*sama)?\s+(?:nomor|no\.|tanggal|yang|induk|sebelumnya|terdahulu|"
                                   r"sebagaimana)\b|"
                                   # "… sejak tanggal berakhirnya Perjanjian Kerja Sama tersebut": the one cited before
                                   r"[ \t\n]*(?:terhitung\s+)?(?:(?:mulai|sejak|dari|setelah|sesudah)\s+)+(?:tanggal\s+)?"
                                   r"(?:berakhirnya|habisnya)\s+(?:(?:masa|jangka\s+waktu)\s+(?:berlaku\s+)?)?"
                                   r"(?:kesepakatan\s+bersama|perjanjian|nota\s+kesepahaman|memorandum|kontrak|mou)"
                                   r"(?:\s+kerja\s*sama)?\s+tersebut\b", re.IGNORECASE)
# "… sampai dengan berakhirnya Tahun Anggaran 2024", "s.d. akhir Tahun Anggaran 2025", "hingga Tahun Anggaran 2023
# berakhir", "berlaku untuk Tahun Anggaran 2024", "selama 1 (satu) tahun anggaran, yaitu Tahun Anggaran 2022": the end of
# a fiscal year, which in Indonesia is the calendar year (UU 17/2003 Pasal 4), so its last day is stated
_FISCAL_END = re.compile(r"\b(?:(?:sampai\s+dengan|s\.?\s?d\.?|s/d|hingga|sampai)\s+(?:tanggal\s+)?(?:(?:berakhirnya|akhir)\s+)?|"
                         r"berlaku\s+(?:selama|untuk)\s+|tahun\s+anggaran\s*,?\s+(?:yaitu|yakni)\s+)"
                         r"(?:tahun\s+anggaran|TA\.?)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "selama 2 (dua) tahun anggaran": fiscal years, not years counted from a date
_FISCAL_YEARS = re.compile(r"\s*anggaran\b", re.IGNORECASE)
# "... will cease 5 years after the date of signature of this Memorandum": the term, counted from signing
_CEASES = re.compile(r"(?:cease|expire|terminate|berakhir)\s*$", re.IGNORECASE)
_AFTER_SIGNING = re.compile(r"\s*(?:after|setelah|sejak)\s+(?:the\s+)?(?:date\s+of\s+)?(?:(?:its|the)\s+)?(?:signature|signing|"
                            r"(?:tanggal\s+)?(?:ditandatangani|penandatanganan))\b", re.IGNORECASE)
# "... will cease three and a half years after the date of commencement": a term counted from another date the text
# names (or one the excerpt cut): its length is stated, its start is not the signing
_AFTER_DATE = re.compile(r"\s*after\s+the\s+date\s+of\b", re.IGNORECASE)
_END_LEAD = re.compile(r"(?:(?:sampai\s+dengan|s\.?\s?d\.?|s/d|hingga|berakhir(?:\s+dengan\s+sendirinya)?(?:\s+pada)?|until|till|up\s+to|expire[sd]?"
                       r"(?:\s+on)?|cease\s+on|(?:will|shall)\s+(?:terminate|end)\s+on|to|sampai)\s*+(?:tanggal|date)?\s*+:?|"
                       r"(?:19|20)\d\d\s*+[–—-])\s*$",  # "DATE – DATE"
                       re.IGNORECASE)
_RENEWAL = re.compile(r"(?:diperpanjang|perpanjangan|extended|renewed|extension)[^.;]{0,40}$", re.IGNORECASE)
_START_LEAD = re.compile(r"(?:(?:terhitung|mulai|sejak|berlaku|from|commenc(?:e|es|ing)|effective|efektif|starting|dari|"
                         r"into\s+(?:force|effect)|takes?\s+effect|"  # "shall enter into force on 1 April 2022"
                         # "The effective date of this agreement shall be the 1st day of …": the date named as it
                         r"effective\s+date\s+of\s+this\s+(?:agreement|contract)\s+(?:shall|will)\s+be(?:\s+the)?|"
                         r"term\s+of\s+(?:this\s+|the\s+)?(?:agreement|memorandum|mou))"
                         r"(?:\s+(?:mulai|sejak|berlaku|pada|on|as\s+of|efektif\s+per|per))?\s*+(?:tanggal|date)?\s*+:?|"
                         r"masa\s+(?:berlaku|kontrak)[^.;:\n]{0,50}:)\s*$", re.IGNORECASE)  # "Masa berlaku Perjanjian ini: DATE – DATE"
# "shall enter into force on the date of receipt of the last written notification …", "mulai berlaku pada tanggal
# diterimanya pemberitahuan terakhir …": the start is another event than the signing, a date the text does not give
_FROM_EVENT = re.compile(r"(?:enters?\s+into\s+force|comes?\s+into\s+(?:force|effect)|takes?\s+effect|mulai\s+berlaku|berlaku)"
                         r"\s+(?:on\s+the\s+(?:date|day)\s+of\s+|upon\s+|(?:pada\s+tanggal|sejak(?:\s+tanggal)?)\s+)?(?:the\s+)?"
                         r"(?:receipt|exchange|completion|notification|ratification|last|later|latter|diterimanya|pertukaran|"
                         r"pemberitahuan|notifikasi)\b", re.IGNORECASE)
_FROM_SIGNING = re.compile(r"(?:sejak|terhitung|mulai|semenjak|berlaku\s+pada|from|upon|on|as\s+of|effective)[^.;]{0,60}?"
                           r"(?:ditandatangani|penandatanganan|signed|signing|signature)"
                           # never another paper's signing: "sejak tanggal ditandatangani Berita Acara Serah Terima"
                           r"(?!(?:nya)?\s+(?:berita\s+acara|bast|surat|spmk|spk|nota\s+dinas|kwitansi|kuitansi)\b)",
                           re.IGNORECASE)


# the sentence's subject is another agreement, cited by its number ("Kesepakatan Bersama Nomor 07/KB/2019 tanggal …")
_CITED = re.compile(r"\b(?:kesepakatan\s+bersama|perjanjian(?:\s+kerja\s*sama)?|nota\s+kesepahaman|memorandum)"
                    r"\s+(?:[^.;\n]{0,80}?\s)?nomor\b(?![^.;\n]*\b(?:ini|this)\b)[^.;\n]*$", re.IGNORECASE)


# a relative clause on another agreement: "… Kesepakatan Bersama yang berlaku sejak tanggal …", "… which expired on …"
_OTHERS_TERM = re.compile(r"\b(?:kesepakatan\s+bersama|perjanjian|nota\s+kesepahaman|memorandum|agreement)\b"
                          r"(?:(?!\b(?:ini|this)\b)[^.;\n]){0,80}?\b(?:yang|which)\s+(?:telah\s+|sudah\s+|has\s+)?"
                          r"(?:berlaku|berakhir|dimulai|expired?|ended)\b[^.;\n]{0,30}$", re.IGNORECASE)


# "terhitung mulai tanggal …… sampai dengan tanggal ……": a draft left the start blank, so the term runs from no date
# the text states (never from signing)
_BLANK_START = re.compile(r"(?:terhitung|mulai|sejak|from|commencing|effective)"
                          r"(?:\s+(?:mulai|sejak|berlaku|pada|on|as\s+of))?\s*+(?:tanggal|date)?\s*+:?[ \t]*"
                          + SHORT_BLANK, re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    effective: tuple | None = None   # (date, start, end, confidence)
    duration: tuple | None = None    # (IsoDuration, start, end, confidence)
    end: tuple | None = None         # (date, start, end, confidence)
    from_signing: tuple | None = None  # (start, end) of "sejak tanggal ditandatangani"
    from_other: bool = False  # the duration runs from another date ("after the date of commencement")
    from_event: bool = False  # the agreement takes effect on another event than its signing ("last notification")


# an addendum's article that rewrites another: "Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut: / "Pasal 5 / …"
_REWORDED = re.compile(r"(?:berbunyi|menjadi|reads?|read\s+as\s+follows)(?:\s+sebagai\s+berikut)?\s*:[\s\"“”']*$",
                       re.IGNORECASE)


def _amended_end(text: str, articles: list[Article], article: Article) -> int:
    """Where a term article ends; an article whose body ends by quoting the new wording of another runs on through the
    quoted article (the quote's own "Pasal 5" line starts an article found without a term heading)."""
    end = chapter_cut(text, article.body_start, article.end)
    if end == article.end and _REWORDED.search(text, max(article.body_start, end - 120), end):
        following = next((other for other in articles if other.start >= article.end), None)
        if following is not None:
            return chapter_cut(text, following.body_start, following.end)
    return end


def _regions(text: str, articles: list[Article]) -> list[tuple[int, int]]:
    """Where the term is stated: the Jangka Waktu article(s), else paragraphs that speak of the term."""
    regions = [(article.body_start, _amended_end(text, articles, article))
               for article in article_for(articles, _TERM_HEADING)]
    if any(text[start:end].strip() for start, end in regions):
        return regions  # not when every such "article" is a bare margin heading ("GENERAL / DURATION") OCR put first
    out = []
    for match in _TERM_CONTEXT.finditer(text):
        if _CITED.search(text[max(0, match.start() - 200):match.start()]):
            continue  # "bahwa Kesepakatan Bersama Nomor X tanggal Y berlaku selama 5 tahun": a cited agreement's term
        # (the agreement's own effective sentence or term line opens its region: the sentence before it may be
        # another's, "The fee schedule is effective from 1 July 2020. / 5. Term / The Agreement is effective from …")
        out.append((match.start() if match["own"] else max(0, match.start() - 50), min(len(text), match.end() + 400)))
    return out


def find_term(text: str, articles: list[Article]) -> Term:
    """Effective date, duration and end date as written (nothing computed here)."""
    effective = duration = end = from_signing = None
    # no_signing_start: the term runs from no signing (a work order, another agreement)
    from_other = from_event = no_signing_start = False
    for start, stop in _regions(text, articles):
        body = text[start:stop]
        # (its sentence may open before a region found by its words: "… enter into force on … It shall remain valid …")
        from_event = from_event or bool(_FROM_EVENT.search(text, max(0, start - 300), stop))
        stated_end = next((hit.start for hit in find_dates(body)
                           if _END_LEAD.search(body[max(0, hit.start - 50):hit.start])), None)
        for hit in find_durations(body):
            if _FISCAL_YEARS.match(body, hit.end):
                continue
            before = body[max(0, hit.start - 60):hit.start]
            if _OTHERS_TERM.search(body, max(0, hit.start - 150), hit.start):
                continue  # "Perjanjian Nomor X tanggal Y yang berlaku selama 3 (tiga) tahun, diperpanjang …": that one's term
            signing = _AFTER_SIGNING.match(body[hit.end:hit.end + 60])
            other = not signing and _AFTER_DATE.match(body[hit.end:hit.end + 60])
            ceases = _CEASES.search(before) and (signing or other)
            work = _WORK_PERIOD.search(before)
            if not ceases and (_NOT_TERM.search(before) and not work or _NOT_TERM_AFTER.match(body[hit.end:hit.end + 30])):
                continue  # (a period of work stays one when its days are no notice's: "… 7 hari setelah teguran")
            if stated_end is not None and stated_end < hit.start and _RENEWAL.search(before):
                continue  # "berlaku sampai dengan 31 Desember 2024 dan dapat diperpanjang 1 tahun": the renewal, not the term
            stated = _DURATION_LEAD.search(before) or _TERM_IS.search(body[max(0, hit.start - 160):hit.start])
            if duration is None and (stated or ceases or work):
                duration = (hit.duration, start + hit.start, start + hit.end, 0.92 if hit.consistent else 0.7)
                from_other = bool(ceases and other)
                sentence = _CLAUSE_END.search(body, hit.end)
                counted = body[hit.end:sentence.start() if sentence else len(body)]
                if _FROM_WORK_ORDER.match(body, hit.end) or work and not _FROM_SIGNING.search(counted):
                    from_other = no_signing_start = True  # the work's period, from the work order or no stated start
                elif _FROM_OTHER_AGREEMENT.match(body, hit.end):
                    from_other = no_signing_start = True  # from another agreement's end or signing: no start stated
        for hit in find_dates(body):
            before = body[max(0, hit.start - 50):hit.start]
            if _OTHERS_TERM.search(body[max(0, hit.start - 150):hit.start]):
                continue  # "pelaksanaan Kesepakatan Bersama yang berlaku sejak tanggal …": that agreement's term
            if end is None and _END_LEAD.search(before):
                end = (hit.date, start + hit.start, start + hit.end, 0.92)
            elif effective is None and _START_LEAD.search(before):
                effective = (hit.date, start + hit.start, start + hit.end, 0.9)
        # (only for a term no length states: "… selama 3 tahun … dibebankan pada APBD sampai dengan Tahun Anggaran
        # 2024" is the budget's year, not the end)
        fiscal = None if end or duration else _FISCAL_END.search(body)
        if fiscal:
            end = (dt.date(int(fiscal[1]), 12, 31), start + fiscal.start(1), start + fiscal.end(1), 0.85)
        signing = _FROM_SIGNING.search(body)
        if signing and from_signing is None:
            from_signing = (start + signing.start(), start + signing.end())
        from_other = from_other or bool(duration and effective is None and not signing and _BLANK_START.search(body))
        if no_signing_start:
            from_signing = None
        if duration or end:
            break  # the first region that states the term decides; later ones restate or quote it
    if from_signing is None and not no_signing_start:
        signing = _FROM_SIGNING.search(text)
        if signing and re.search(r"berlaku|effect|force", text[max(0, signing.start() - 80):signing.end()],
                                 re.IGNORECASE) and not _OTHERS_TERM.search(text, max(0, signing.start() - 150),
                                                                            signing.start()):
            # (never "Kesepakatan Bersama Nomor X tanggal Y yang berlaku selama 5 tahun sejak ditandatangani")
            from_signing = (signing.start(), signing.end())
    return Term(effective, duration, end, None if from_event else from_signing, from_other, from_event)


def resolve(term: Term, sign_date: dt.date | None) -> tuple[tuple | None, tuple | None, tuple | None]:
    """(effective, duration, end) with the rules of DESIGN.md: start from signing when the text says so; end = start
    + duration - 1 day when only a duration is stated; a range from a start to an end date states its duration."""
    effective = term.effective
    if effective is None and sign_date is not None:
        if term.from_signing:
            effective = (sign_date, term.from_signing[0], term.from_signing[1], 0.85)
        elif term.duration and not term.from_other and not term.from_event:
            # a term with no stated start runs from signing (PP 28/2018 agreements take effect when signed)
            effective = (sign_date, term.duration[1], term.duration[2], 0.6)
    end = term.end
    if end is None and term.duration and effective is not None and not term.from_other:
        duration: IsoDuration = term.duration[0]
        end = (duration.end_from(effective[0]), term.duration[1], term.duration[2],
               round(min(term.duration[3], effective[3]) - 0.05, 2))
    length = term.duration
    if length is None and end is not None and effective is not None:
        implied = between(effective[0], end[0])
        if implied is not None:
            length = (implied, min(effective[1], end[1]), max(effective[2], end[2]),
                      round(min(effective[3], end[3]) - 0.1, 2))
    return effective, length, end
