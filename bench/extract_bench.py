"""Extraction speed: documents per second for a 10-page agreement on one core (target >= 50)."""
from __future__ import annotations

import time

TARGET = 50.0


def ten_page_agreement() -> list[str]:
    """A 10-page agreement: the test agreement's pages plus articles of ordinary prose."""
    from tests.extract_texts import KB_BOGOR

    filler = ("Pasal {n}\nPELAKSANAAN\n(1) PARA PIHAK melaksanakan kegiatan sesuai rencana kerja tahunan yang "
              "disusun bersama dan disetujui oleh pejabat yang ditunjuk masing-masing pihak.\n(2) Pelaksanaan kegiatan "
              "sebagaimana dimaksud pada ayat (1) dilaporkan secara berkala setiap 6 (enam) bulan kepada pimpinan "
              "PARA PIHAK, dengan tembusan kepada perangkat daerah yang membidangi kerja sama.\n")
    pages = list(KB_BOGOR[:2])
    for page in range(3, 10):
        pages.append("".join(filler.format(n=page * 10 + k) for k in range(6)) + f"Halaman {page} dari 10\n")
    pages.append(KB_BOGOR[2])
    return pages


def main() -> None:
    """Print documents per second for extract_agreement on a 10-page agreement, single process."""
    from ingest.extract.extractor import extract_agreement

    pages = ten_page_agreement()
    extract_agreement(pages)  # load spaCy and compile the patterns outside the timing
    runs, started, cpu_started = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - started < 3.0:
        extract_agreement(pages)
        runs += 1
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # CPU time: the figure for one core, whatever else the machine runs
    rate = runs / cpu
    characters = sum(len(page) for page in pages)
    print(f"extract: {rate:.1f} documents per CPU-second for a 10-page agreement ({characters} characters), "
          f"one core; target >= {TARGET:.0f} ({'met' if rate >= TARGET else 'NOT met'}); "
          f"wall clock {runs / wall:.1f}/s on this machine")


if __name__ == "__main__":
    main()
