"""Extraction time on hostile or broken text layers: the test agreement with a long run put inside it.

A text layer can hold what no typist writes (a PDF generator's 20,000 spaces, a line of one word repeated, a page of
blank lines); one such document must not hold a worker for minutes. Target: every case under 1 s on one core
(the ordinary agreement takes ~0.02 s). The cases once took: 20,000 spaces after TENTANG 56 s; 2,000 words of two
languages in one line 2.3 s; 2,000 dots after a signatory's name 8.3 s (cubic in the run).
"""
from __future__ import annotations

import time

TARGET_SECONDS = 1.0
_PLACES = ("NOMOR :", "ANTARA\n", "TENTANG\n", "1. Dr.", "bawah ini:\n", "Wali Kota Bogor")
_RUNS = {
    "20,000 spaces": " " * 20000,
    "20,000 tabs and spaces": "\t " * 10000,
    "5,000 blank lines": "\n" * 5000,
    "a word 2,000 times": "PEMERINTAH " * 2000,
    "two languages' words 2,000 times": "Dan the " * 2000,
    "1,000 lines of one capital": "A\n" * 1000,
    "one word of 20,000 letters": "Pl" * 10000,
    "a degree and an office 2,000 times": "M.P. : Dekan " * 2000,
    "one token of 20,000 letters and digits": "l1" * 10000,
    "20,000 dots (a draft's blank)": "." * 20000,
    "10,000 spaced dots": ". " * 10000,
}


def cases() -> list[tuple[str, str, list[str]]]:
    """(run's name, where it is put, the pages) for every run at every place of the test agreement's first page."""
    from tests.extract_texts import KB_BOGOR

    first = KB_BOGOR[0]
    out = []
    for name, run in _RUNS.items():
        for place in _PLACES:
            cut = first.index(place) + len(place)
            out.append((name, place.strip(), [first[:cut] + run + first[cut:], *KB_BOGOR[1:]]))
    return out


def main() -> None:
    """Print the slowest place for each run and whether every case met the target."""
    from ingest.extract.extractor import extract_agreement, warm_up

    warm_up()
    worst: dict[str, tuple[float, str]] = {}
    for name, place, pages in cases():
        started = time.process_time()
        extract_agreement(pages)
        seconds = time.process_time() - started
        if seconds >= worst.get(name, (-1.0, ""))[0]:
            worst[name] = (seconds, place)
    for name, (seconds, place) in worst.items():
        print(f"worst text: {name:40} slowest after {place!r:14} {seconds:6.2f} CPU-s")
    slowest = max(seconds for seconds, _ in worst.values())
    print(f"worst text: slowest case {slowest:.2f} CPU-s; target < {TARGET_SECONDS:.0f} s "
          f"({'met' if slowest < TARGET_SECONDS else 'NOT met'})")


if __name__ == "__main__":
    main()
