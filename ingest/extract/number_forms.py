"""How an agreement number is written: its value tidied as printed, whether it is a number at all, and what of it a
draft left blank (see ingest.extract.references for where numbers are found)."""
from __future__ import annotations

import re

# "115/DMK/IV/2021(DESA SUKAMAJU)": the owner named after a number is not part of it
OWNER = re.compile(r"(?<=[\w.])[ \t]*\((?=[^()/]*[A-Za-z]{2})[^()/]*\)?$")


_ROMANISH = re.compile(r"^(?=[IVXLl1|H]*[IVXlH|])[IVXLl1|H]{1,5}$|^[1l|]{1,3}$")


def _roman_months(value: str) -> str:
    """OCR reads the Roman month of a number as digits or letters: ".../KB/1/2020" -> ".../KB/I/2020", "X11" -> "XII"."""
    parts = value.split("/")
    if len(parts) < 3 or not re.fullmatch(r"\d{4}", parts[-1]) or not any(re.search(r"[A-Za-z]{2}", p) for p in parts[:-2]):
        return value
    month = parts[-2]
    if _ROMANISH.match(month) and not re.fullmatch(r"[IVX]+", month):
        parts[-2] = month.replace("H", "II").translate(str.maketrans("l1|", "III"))
    return "/".join(parts)


def _blank_part(part: str, index: int) -> str:
    """One slash-separated part: spaces around it dropped; left blank, it stays one space ("445/ /ADMEN") or "…"
    for a run of dots; a blank before the first slash is left out ("/PKS/2018", as printed)."""
    stripped = re.sub(r"(?<! )-[ \t]+", "-", part.strip(" \t"))  # "PRJ- 181" is one piece; "X - Y" stays as printed
    stripped = re.sub(r"(?<=\b\d{3}\.)[ \t]+(?=\d)", "", stripped)  # "445. 17": the code's dot, a space typed after it
    if re.fullmatch(r"[._…]{2,}|…", stripped):
        return "…"
    if not stripped and part and index:
        return " "
    return stripped


def tidy(value: str) -> str:
    """Spaces around slashes dropped; a blank left for a number to be filled in ("....../") becomes "…/"."""
    value = OWNER.sub("", value.strip())
    value = "/".join(_blank_part(part, index) for index, part in enumerate(value.split("/")))
    value = re.sub(r"(?<=/)[ \t]*(19|20)[ \t]*(?:\.{2,}|…+|_{2,})$", r"\1…", value.strip(" ,;:'`\"")).rstrip(".")
    # ("…/20..": the year's last digits left blank)
    value = re.sub(r"(?<=\d)-[a-z]+$", "", value)  # "2020-tanggal": a word glued on by a broken line
    value = _roman_months(value)
    value = re.sub(r"(?<![A-Za-z0-9])(LO)[1l|](?![A-Za-z0-9])", r"\1I", value)  # OCR: "LO1.26" -> "LOI.26" (not "IT1")
    value = re.sub(r"^[.…_\-]+(?=/)", "…", value)
    value = re.sub(r"(?<=/[12]\d\d\d)(?:…|\.{3,}|_{3,})[.…_]*+$", "", value)  # "…/VI/2024……": a leader after the year
    value = re.sub(r"(?<=[A-Za-z0-9])(?:…|\.{3,}|_{3,})[.…_]*+(?=/|$)", "…", value)  # "RSUD……/2023": a blank glued on
    value = re.sub(r"(?<=[A-Za-z][ \t])(?:\.{2,}|…+)(?=/)", "…", value)  # "KB ..../2020" ("PKS __/": as written)
    return value.strip("()") if value.startswith("(") and value.endswith(")") else value


# "…/VI/20…": the year's last digits left to fill in
_YEAR_TO_COMPLETE = re.compile(r"/(?:19|20)…$")


def is_number(value: str) -> bool:
    """Digits with slashes or in two groups ("045.2-PKS"), or a code and its serial ("SPK-001"); never one that opens
    with a lone dot (".9314/IMP": OCR noise of a handwritten number; a blank is a run of dots)."""
    if re.match(r"\.(?![.…])", value) or re.search(r"/(?:X{2,}|0000)(?:/|$)", value, re.IGNORECASE):
        return False  # "004/PAM/F/X.XX/XXX/0000": a number masked by the site that published it
    fixed = _YEAR_TO_COMPLETE.sub("", value)  # ("…/…/20…": the year left to complete is no fixed part)
    if len(re.findall(r"\.{2,}|…+", value)) >= 3 and re.search(r"[\w-](?:\.{2,}|…)|(?:\.{2,}|…)[\w-]", fixed):
        return False  # "III/…/2021-…/…-MOA": a template's pattern, blanks set into its fixed parts, identifies
        # nothing ("…/…/…/2014", each part left blank but the year, is a number as written)
    return bool(re.search(r"\d", value) and ("/" in value or re.search(r"\d.*[.\-].*\d", value)
                                              or re.fullmatch(r"[A-Za-z]{2,}[.\-]\d{2,}", value)))


def unfilled(number: str) -> bool:
    """A part still to be filled in ("…/PKS/VIII/2023", "445/ /ADMEN", "PKS __/…", "…/VI/20…"): kept as written, but
    not yet a sure identifier."""
    return number.startswith(("…", "/")) or "/ /" in number or "/…" in number or bool(
        re.search(r"[ \t](?:…|__)", number) or _YEAR_TO_COMPLETE.search(number))


def letters_only(number: str) -> bool:
    """Nothing filled but the form's letters ("IMC/PKS-RS/…/…/20…"): no digit outside a year left to complete."""
    return not re.search(r"\d", _YEAR_TO_COMPLETE.sub("", number))
