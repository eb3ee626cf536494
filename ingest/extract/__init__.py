"""Agreement facts from page texts: spaCy rules plus Indonesian number, date and term parsers.

The package imports nothing, so the pure text readers (`ingest.extract.dates`, `ingest.extract.numbers`)
load without spaCy, e.g. for the search index's date terms and the web's forms: the extractor is
ingest.extract.extractor (extract_agreement, warm_up).
"""

EXTRACTOR_VERSION = "1.11.48"
