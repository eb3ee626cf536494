"""Agreement facts from page texts: spaCy rules plus Indonesian number, date and term parsers."""
from ingest.extract.extractor import extract_agreement

EXTRACTOR_VERSION = "1.1.0"

__all__ = ["EXTRACTOR_VERSION", "extract_agreement"]
