"""Agreement facts from page texts: spaCy rules plus Indonesian number, date and term parsers."""
from ingest.extract.extractor import extract_agreement

EXTRACTOR_VERSION = "1.7.0"

_SAMPLE = ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA BOGOR\nDENGAN\nUNIVERSITAS PAKUAN\n"
           "NOMOR: 1/KB/2024\nPada hari ini Senin tanggal satu bulan Juli tahun dua ribu dua puluh empat.")


def warm_up() -> None:
    """Build the spaCy pipeline and matchers now (about 2 s), e.g. in a worker before it forks its jobs."""
    extract_agreement([_SAMPLE])


__all__ = ["EXTRACTOR_VERSION", "extract_agreement", "warm_up"]
