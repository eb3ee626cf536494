"""Bilingual pages whose Indonesian and English columns the text layer interleaved line by line:
"Pada hari ini Senin tanggal sembilan   On this Monday the ninth day of" (a wide gap, or a single space).

reading_order(lines) gives a page's lines as (text, offset) pieces: when most of its lines hold an Indonesian half and an
English half, only the Indonesian column, each line's half in order (the truth reads the Indonesian text where both
exist; the English half would name every party twice). A left half is its line's slice up to the gap with the gap's
first space read as the line's end, so every piece keeps its offset in the page (the cleanup's offset map stays valid).
A page that is not so (one language, a table, signature blocks side by side) is unchanged.
"""
from __future__ import annotations

import functools
import re

from ingest.extract.dates import MONTH_WORDS
from ingest.extract.soft_breaks import overflow_joined

# words only one of the two languages writes (agreements' vocabulary and function words; never a word of the names
# both columns write alike: Kota, Jalan, Universitas, Pemerintah, City, Government)
_INDONESIAN = frozenset("""
yang dan di ke dari pada ini itu dengan untuk dalam oleh sebagai akan atau tidak adalah tersebut bahwa secara hari
tanggal bulan tahun telah dibuat antara para pihak selanjutnya disebut berkedudukan bertindak atas nama selaku kerja
sama kerjasama perjanjian nota kesepahaman tentang nomor berdasarkan hukum suatu perusahaan didirikan tunduk beralamat
diwakili kapasitasnya karenanya bertanda tangan bawah kami sepakat mengadakan ketentuan berikut pasal ruang lingkup
meliputi pendidikan penelitian pengabdian kepada masyarakat demikian rangkap masing-masing mempunyai kekuatan jabatan
alamat pertama kedua ketiga keempat bersama-sama disebutkan menerangkan terlebih dahulu hal-hal maksud tujuan hak
kewajiban jangka waktu berlaku sejak sampai dengan ditandatangani bertempat perseroan terbatas pemegang kartu tanda
penduduk warga satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh
ribu senin selasa rabu kamis jumat sabtu minggu januari februari maret mei juni juli agustus oktober desember
mewakili sah berwenang tersebut kantor perbuatan wewenangnya dalam hal melaksanakan pengembangan pertukaran juga
hanya setiap apabila jika maka bagi karena sehingga namun tetapi serta agar supaya guna melalui terhadap hingga sesuai
yaitu yakni sudah belum dapat harus wajib boleh perlu oleh ia mereka kedua belah lain lainnya segala seluruh
staf akademik mahasiswa dosen energi
""".split())
_ENGLISH = frozenset("""
the of and in on to for by with this that is are be as at from which who whose hereinafter referred between
agreement concerning number day year month party parties first second third fourth undersigned whereas shall will
company established laws represented capacity behalf acting domiciled address having its their his her has have been
made executed entered into hereby under following terms agree cooperation memorandum understanding witness whereof
originals each same legal force article scope covers education research community service name position mayor regent
governor rector director head liability holder identity card
citizen one two three four five six seven eight nine ten eleven twelve twenty thirty thousand hundred
monday tuesday wednesday thursday friday saturday sunday january february march june july august october
december nineteenth ninth tenth first collectively called each hereby explain represent authorized entitled
mentioned above located incorporated subject legally carries out which do does not undertake therefore
herein thereof such all any other it an or may must upon within without during after before also only both these
those there where when if then than shall should would could can into onto each every either neither
staff student students academic exchange health energy renewable lecturer lecturers
""".split())
_WORD = re.compile(r"\S+")
# a date's month after "bulan" at the end of the line above ("… tanggal lima bulan" / "Juni tahun …")
_MONTHS = frozenset(("bulan", month) for month in MONTH_WORDS)


# a word's form: Indonesian affixes (peng-…-an, ber-…-kan, -nya), English endings (-tion, -ment, -ness, -ing)
_INDONESIAN_FORM = re.compile(r"(?:(?:me|pe)(?:ng|ny|m|n)?|ber|ter|per|ke)[a-z]{3,}(?:an|kan)|[a-z]{3,}(?:kan|nya)")
_ENGLISH_FORM = re.compile(r"[a-z]{3,}(?:tions?|ments?|ness|ships?|ities|[^aeiou]ing|ies)")


@functools.lru_cache(maxsize=16384)  # asked about each word many times a page
def _language(word: str) -> int:
    """+1 Indonesian, -1 English, 0 neither (a name, a number)."""
    bare = word.strip(".,;:()\"'“”‘’").lower()
    if bare in _INDONESIAN:
        return 1
    if bare in _ENGLISH:
        return -1
    if not bare.isalpha():
        return 0
    return 1 if _INDONESIAN_FORM.fullmatch(bare) else -1 if _ENGLISH_FORM.fullmatch(bare) else 0


def _tokens(line: str) -> list[re.Match]:
    return list(_WORD.finditer(line))


def _signs(words: list[re.Match]) -> list[int]:
    """Each word's language (+1, -1, 0); none for a capitalised word the line writes twice whose language only its
    ending tells ("atas nama Selbury Engineering on behalf of Selbury Engineering": a name both cells write)."""
    return list(_line_signs(tuple(word.group() for word in words)))


@functools.lru_cache(maxsize=4096)  # asked about each line for each split point
def _line_signs(texts: tuple[str, ...]) -> tuple[int, ...]:
    signs = [_language(text) for text in texts]
    keys = [_key(text) for text in texts]
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    return tuple(0 if sign and seen[key] >= 2 and text[:1].isupper() and key.isalpha() and key not in _INDONESIAN
                 and key not in _ENGLISH else sign for sign, key, text in zip(signs, keys, texts))


def _best_split(words: list[re.Match], indonesian_left: bool) -> tuple[int, list[int]] | None:
    """The best score and the word indexes achieving it, splitting the line into the two languages' halves."""
    signs = _signs(words)
    if not indonesian_left:
        signs = [-sign for sign in signs]
    right = -sum(signs)  # before index 0 everything is on the right
    best, where = None, []
    left = 0
    for index in range(1, len(words)):
        left += signs[index - 1]
        right += signs[index - 1]
        score = left + right
        if best is None or score > best:
            best, where = score, [index]
        elif score == best:
            where.append(index)
    return (best, where) if best is not None else None


def _counts(words: list[re.Match]) -> tuple[int, int]:
    signs = [_language(word.group()) for word in words]
    return signs.count(1), signs.count(-1)


def _confident(signs: list[int], index: int, indonesian_left: bool, least: int) -> bool:
    """Both halves written in their own language: at least `least` words of it, the other's few (`signs`: the
    line's `_signs`, computed once by the caller: a long line ties at many split points)."""
    left = signs[:index].count(1), signs[:index].count(-1)
    right = signs[index:].count(1), signs[index:].count(-1)
    if not indonesian_left:
        left, right = left[::-1], right[::-1]
    return left[0] >= least and right[1] >= least and left[1] * 3 <= left[0] and right[0] * 3 <= right[1]


def _key(word: str) -> str:
    return word.strip(".,;:").lower()


def _duplicated(words: list[re.Match]) -> int | None:
    """A line that is the same words twice ("ANTARA ORRIN LTD ORRIN LTD" is not; "PT X, PT PT X, PT" is): the index."""
    count = len(words)
    if count >= 2 and count % 2 == 0:
        half = count // 2
        if [_key(w.group()) for w in words[:half]] == [_key(w.group()) for w in words[half:]]:
            return half
    return None


def _repeated_opening(words: list[re.Match]) -> int | None:
    """Where a line's first three words come again ("2. Prof. X, Vice- 2. Prof. X, Rektor"): both cells open alike."""
    head = [_key(word.group()) for word in words[:3]]
    for index in range(3, len(words) - 2):
        if [_key(word.group()) for word in words[index:index + 3]] == head:
            return index
    return None


def _name_word(word: str) -> bool:
    """A word of a name both columns write alike: capitalised, of neither language."""
    bare = word.strip(".,;:()")
    return len(bare) >= 3 and bare[:1].isupper() and bare.isalpha() and _language(bare) == 0


_BLANK = re.compile(r"[.…_]{3,}[,;:]?")
_ITEM = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]")


def _line_text(words: list[re.Match]) -> str:
    return " ".join(word.group() for word in words)


def _repeated_run(words: list[re.Match]) -> int | None:
    """Where a run of three or more words (an address, a name) comes the second time, the first ending just before:
    "Jl. X No. 3, RT 07, Jl. X No. 3, RT 07, Kel. Y": the two cells."""
    keys = [_key(word.group()) for word in words]
    for size in range(min(len(keys) // 2, 8), 2, -1):
        for start in range(len(keys) - 2 * size + 1):
            for again in range(start + size, len(keys) - size + 1):
                if keys[again:again + size] == keys[start:start + size]:
                    return again
    return None


_NO_CONTEXT = (None, None, frozenset())


def _choose(words: list[re.Match], where: list[int], limit: float | None, context: tuple = _NO_CONTEXT) -> int:
    """Among equally good split points, narrowed by each sign in turn: a wide gap; a name carried over a line end going
    on in its own cell; the names both cells write; the right cell opening as the line does ("1. PT X … 1. PT X"), or as
    the left one closes ("Manager, General Manager,"); both ending with the same name. Then the widths: a heading's two
    halves of like length, else the rightmost split the left column's width allows (its lines fill it)."""
    keys = [_key(word.group()) for word in words]
    above, below, pairs = context

    def names(part: list[re.Match]) -> set[str]:
        return {_key(word.group()) for word in part if _name_word(word.group())}
    signs = (
        lambda index: words[index].start() - words[index - 1].end() >= 2,
        lambda index: not _BLANK.fullmatch(words[index].group()),  # a blank to fill in stays after its word
        # the previous line's right cell ended with "Surat", the page writes "Surat Kuasa": "Kuasa" opens the right cell
        lambda index: (above, keys[index]) in _MONTHS,  # "… tanggal tiga bulan" / "Juni tahun …"
        # "… berlaku selama 4" / "(empat) tahun …": a number's words in parentheses open the next line of its cell
        lambda index: keys[index - 1].isdigit() and (below or "").startswith("("),
        lambda index: ((above, keys[index]) in pairs) + ((keys[index - 1], below) in pairs),
        lambda index: len(names(words[:index]) & names(words[index:])),
        lambda index: keys[index:index + 2] == keys[:2] or keys[index] == keys[0] and (
            bool(_ITEM.fullmatch(words[0].group())) or _name_word(words[0].group())),
        lambda index: keys[index - 1] == keys[index] and _name_word(words[index].group()),
        lambda index: keys[index - 1] == keys[-1] and _name_word(words[-1].group()),
    )
    for sign in signs:
        scores = [int(sign(index)) for index in where]
        if max(scores):
            where = [index for index, score in zip(where, scores) if score == max(scores)]
    length = words[-1].end() - words[0].start()
    if limit is None or length <= limit or not re.search(r"[a-z]", _line_text(words)):  # a heading, a short line
        return min(where, key=lambda index: abs(words[index - 1].end() - words[0].start()
                                                - (words[-1].end() - words[index].start())))
    fitting = [index for index in where if words[index].start() <= limit]
    return fitting[-1] if fitting else where[0]


_WIDE = re.compile(r"\S[ \t]{2,}(?=\S)")


def _wide_column(lines: list[str]) -> int | None:
    """Where the right column starts when most split lines share one wide gap's end (a spacing layout)."""
    ends: dict[int, int] = {}
    for line in lines:
        for gap in _WIDE.finditer(line):
            ends[gap.end()] = ends.get(gap.end(), 0) + 1
    if not ends:
        return None
    column = max(ends, key=lambda end: sum(ends.get(end + shift, 0) for shift in (-1, 0, 1)))
    near = sum(ends.get(column + shift, 0) for shift in (-1, 0, 1))
    return column if near >= 3 else None


_LOWER_WORD = re.compile(r"[a-z]+")


def _plan(lines: list[str], known: bool | None) -> tuple[bool, list[tuple[int, int] | None | int]] | None:
    """Per line: (gap start, gap end) to split at, or +1/-1 for a whole line of one column; None when not bilingual."""
    # a page of one language is let go at once: the vote below needs at least two English words on each of four
    # lines (one line on a later page of a bilingual document), and English prose writes its function words
    english = sum(1 for word in _LOWER_WORD.findall("\n".join(lines).lower()) if word in _ENGLISH)
    if english < (2 if known else 8):
        return None
    tokenized = [_tokens(line) for line in lines]
    votes = {True: 0, False: 0}
    for words in tokenized:
        if len(words) < 4:
            continue
        signs = None  # (the line's signs, computed once for both orientations)
        for indonesian_left in (True, False):
            found = _best_split(words, indonesian_left)
            if found and signs is None:
                signs = _signs(words)
            if found and any(_confident(signs, index, indonesian_left, 2) for index in found[1]):
                votes[indonesian_left] += 1
    long_lines = sum(1 for words in tokenized if len(words) >= 4)
    indonesian_left = votes[True] >= votes[False] if known is None or votes[True] != votes[False] else known
    confident = votes[indonesian_left]
    if known is not None and indonesian_left == known and confident >= 1 and confident * 5 >= long_lines:
        pass  # a later page of a bilingual document: one line of both languages is enough
    elif confident < 4 or confident * 5 < long_lines * 2:  # at least 4 lines and 40 % of the page's long lines
        return None
    splits = []
    for words in tokenized:
        found = _best_split(words, indonesian_left) if len(words) >= 2 else None
        if found and len(found[1]) == 1 and _confident(_signs(words), found[1][0], indonesian_left, 2):
            splits.append(words[found[1][0]].start())
    column = sorted(splits)[len(splits) * 3 // 4] if splits else None  # the left cells' width (most fill it)
    wide = _wide_column(lines)
    pairs = frozenset((_key(a.group()), _key(b.group())) for words in tokenized for a, b in zip(words, words[1:]))
    plan: list[tuple[int, int] | None | int] = []
    above = None  # the last word of the previous line's right cell
    for number, (line, words) in enumerate(zip(lines, tokenized)):
        below = next((_key(later[0].group()) for later in tokenized[number + 1:number + 3] if later), None)
        step = _by_column(line, words, wide, indonesian_left) if wide is not None else None
        step = step if step is not None else _line_plan(line, words, indonesian_left, column, (above, below, pairs))
        plan.append(step)
        above = _key(line[step[1]:].split()[-1]) if isinstance(step, tuple) and line[step[1]:].split() else None
    return indonesian_left, plan


def _by_column(line: str, words: list[re.Match], column: int, indonesian_left: bool):
    """A line of a spacing layout: split at its wide gap at the column; a line that starts at the column is the right
    column's, one that ends before it the left's."""
    if not words:
        return None
    for gap in _WIDE.finditer(line):
        if abs(gap.end() - column) <= 1:
            return gap.start() + 1, gap.end()
    right = -1 if indonesian_left else 1
    if words[0].start() >= column - 1:
        return right
    if words[-1].end() < column - 1:  # a line of the left cell, or two cells a single space apart
        return _line_plan(line, words, indonesian_left, None) or -right
    return None


def _line_plan(line: str, words: list[re.Match], indonesian_left: bool, column: float | None,
               context: tuple = _NO_CONTEXT) -> tuple[int, int] | int | None:
    """How one line of a bilingual page is read: (gap start, gap end), or +1/-1 (a line of one column), or None."""
    if not words:
        return None
    twice = _duplicated(words)
    if twice is not None:
        return words[twice - 1].end(), words[twice].start()
    found = _best_split(words, indonesian_left) if len(words) >= 2 else None
    if found:
        signs = _signs(words)
        good = [index for index in found[1] if _confident(signs, index, indonesian_left, 1)]
        if good:
            index = _choose(words, good, column, context)
            below, pairs = context[1], context[2]
            # "… atas nama University of" / "Norvale, …": a name's "of" before its end on the next line stays left
            keys = [_key(word.group()) for word in words]
            if (indonesian_left and index < len(words) - 1 and keys[index] == "of" and (keys[index], below) in pairs
                    and _name_word(words[index - 1].group())
                    and keys[index - 1:index + 1] in [keys[at:at + 2] for at in range(index + 1, len(keys) - 1)]):
                index += 1  # (the right cell writes "University of" too)
            return words[index - 1].end(), words[index].start()
    twice = _repeated_opening(words)
    if twice is None:
        twice = _repeated_run(words)
    if twice is not None:  # the right cell opens with its own language's words before the name ("beralamat di X")
        while twice > 1 and _language(words[twice - 1].group()) == (-1 if indonesian_left else 1):
            twice -= 1
        return words[twice - 1].end(), words[twice].start()
    indonesian, english = _counts(words)
    if found and column and words[-1].end() - words[0].start() > column * 1.3 and (indonesian or english):
        # a line too long for one cell holds both ("Direktorat Jenderal Energi Baru Directorate General of New and",
        # the left cell's words of neither language): split where the language changes, as the width allows
        index = _choose(words, found[1], column, context)
        return words[index - 1].end(), words[index].start()
    ends = [index for index in range(1, len(words)) if _key(words[index - 1].group()) == _key(words[-1].group())]
    if (not indonesian or not english) and ends and _name_word(words[-1].group()):
        index = ends[-1]  # a name in both cells, one language's words only in one of them
        return words[index - 1].end(), words[index].start()
    if english > indonesian * 3 and english >= 1:
        return -1  # an English line alone (the other column blank there)
    return 1 if indonesian else None  # an Indonesian line alone; a line of names or numbers stays whole, read first


def reading_order(lines: list[str], start: int, known: bool | None = None) -> tuple[list[tuple[str, int]], bool | None]:
    """The page's lines (with their line ends) as (text, offset) pieces in reading order; offsets from `start`; and
    whether the Indonesian column is the left one (None: not a bilingual page). `known`: an earlier page's answer."""
    joined = overflow_joined(lines)  # (a column's words the page's width pushed below: back on their line)
    found = _plan(joined, known)
    pieces, position = [], start
    for line in lines if found is None else joined:  # (the same text either way: joining keeps every offset)
        pieces.append((line, position))
        position += len(line)
    if found is None:
        return pieces, None
    indonesian_left, plan = found
    read = []  # the Indonesian column; the English one (the same text) is left out
    for (line, offset), step in zip(pieces, plan):
        if not line.strip() or step is None or step == 1:
            read.append((line, offset))  # a blank line, an Indonesian line alone, a line of names read whole
        elif step != -1:
            gap_start, gap_end = step
            read.append((line[:gap_start] + "\n", offset) if indonesian_left else (line[gap_end:], offset + gap_end))
    return read, indonesian_left


def indonesian_lines(block: str) -> str:
    """A heading's subject printed in both languages, one under the other ("KERJA SAMA PENDIDIKAN" / "COOPERATION
    IN EDUCATION"): the Indonesian lines only; the first line all of whose words that tell are English (one at
    least), below lines all of whose words that tell are Indonesian, starts the translation. Else `block` as is."""
    halves = block.split(" / ")  # "KERJA SAMA X / COOPERATION ON X" on one line
    if len(halves) == 2 and "\n" not in block:
        left, right = _counts(_tokens(halves[0])), _counts(_tokens(halves[1]))
        if left[0] and not left[1] and right[1] and not right[0]:
            return halves[0].rstrip()
    lines = block.split("\n")
    seen = 0
    for index, line in enumerate(lines):
        indonesian, english = _counts(_tokens(line))
        if indonesian and not english:
            seen += 1
        elif english and not indonesian and seen:
            later = [_counts(_tokens(line)) for line in lines[index + 1:]]
            # (a translation of the line above names several English words; one in English below it is its own)
            if english <= 1 and any(counts[0] for counts in later) and not any(counts[1] for counts in later):
                return block  # "… TES SWAB" / "POLYMERASE CHAIN REACTION" / "DAN RAPID TEST": an English term the
                # page's width put on a line of its own, the Indonesian subject going on below it
            return "\n".join(lines[:index]).rstrip()
        elif english or indonesian:
            return block
    return block
