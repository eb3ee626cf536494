"""Agreement facts from page texts: spaCy rules plus Indonesian number, date and term parsers.

`extract_agreement` is loaded on first use, so the pure text readers (`ingest.extract.dates`,
`ingest.extract.numbers`) can be imported without spaCy, e.g. by the search index's date terms.
"""
EXTRACTOR_VERSION = "1.7.0"

_SAMPLE = ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA BOGOR\nDENGAN\nUNIVERSITAS PAKUAN\n"
           "NOMOR: 1/KB/2024\nPada hari ini Senin tanggal satu bulan Juli tahun dua ribu dua puluh empat.")


def __getattr__(name: str):
    if name == "extract_agreement":
        from ingest.extract.extractor import extract_agreement

        return extract_agreement
    raise AttributeError(f"module 'ingest.extract' has no attribute {name!r}")


def warm_up() -> None:
    """Build the spaCy pipeline and matchers now (about 2 s), e.g. in a worker before it forks its jobs."""
    from ingest.extract.extractor import extract_agreement

    extract_agreement([_SAMPLE])


__all__ = ["EXTRACTOR_VERSION", "extract_agreement", "warm_up"]
