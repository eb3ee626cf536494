"""The labelled rows of an identity form ("Nama :", "Jabatan :", "Instansi :", "Diwakili oleh :"), each value up to
the next label, the line's end or a clause; an office may wrap onto the next lines."""
from __future__ import annotations

import re

_NEXT_LABEL = (r"(?=\s+(?:(?:nama|jabatan|posisi|alamat(?:\s+kantor)?|nip|instansi|position|address)\s*:|dalam\s+hal\s+ini\b)|"
               r",?\s+(?:yang\s+)?(?:diwakili\s+oleh|represented\s+by)\s*:|\n|$)")
# "Nama :", and in a company's form "Nama Perwakilan PJ :", "Nama Direktur :" (its body under "Nama Perusahaan :")
NAME_LABEL = re.compile(r"(?<!atas )\b(?:nama|name)(?:\s+(?:perwakilan|wakil|penanggung\s+jawab|pejabat|direktur(?:\s+utama)?|"
                         r"pimpinan|pemilik)(?:\s+(?-i:[A-Z]{1,3}))?)?\s*:[ \t]*"
                         r"(?P<v>[^\n]+?)" + _NEXT_LABEL, re.IGNORECASE)
# an office too long for its line runs onto the next lines (up to three, of up to 80 characters: "…, Direktorat Jenderal
# X, Kementerian Y") when the address or the acting clause follows
_LINE_CLAUSE = r"(?:alamat|nip|address|dalam\s+hal|atas\s+nama|untuk|bertindak|yang|selanjutnya|berdasarkan)\b"
# (or onto the next row's label: "Jabatan : Direktur RSUD" / "Sukamaju" / "Instansi : …")
_WRAPPED_ROW = (rf"(?:(?:\n[ \t]*(?!{_LINE_CLAUSE})(?:[A-Z]|\((?=[A-Za-z]))[^\n:]{{0,80}}){{1,3}}(?=\n[ \t]*"
                r"(?:(?:alamat|nip|address|dalam\s+hal|(?:yang\s+|untuk\s+)?selanjutnya)\b|(?:instansi|lembaga|unit\s+kerja|pangkat|"
                r"(?:bertindak\s+)?(?:untuk\s+dan\s+)?atas\s+nama)\s*:)))?")  # ("… Sejati" / "(Persero)")
POSITION_LABEL = re.compile(rf"\b(?:jabatan|posisi|position|title)\s*:[ \t]*(?P<v>[^\n]+?{_WRAPPED_ROW})" + _NEXT_LABEL,
                             re.IGNORECASE)
INSTITUTION_LABEL = re.compile(r"\b(?:nama\s+perusaha?an|instansi|lembaga|perusahaan|badan\s+usaha|institution|organisation|"
                                r"organization)"
                                rf"\s*:[ \t]*(?P<v>[^\n]+?{_WRAPPED_ROW})" + _NEXT_LABEL, re.IGNORECASE)
EMPTY_NAME = re.compile(r"\bnama[ \t]*:[ \t]*$", re.IGNORECASE | re.MULTILINE)
# "Nama : PT X" then "Diwakili oleh : Budi": the name label holds the body, this one the person who signs for it
REPRESENTATIVE_LABEL = re.compile(r"(?:diwakili\s+oleh|represented\s+by)\s*(?P<colon>:?)\s*(?P<v>[^\n]+?)" + _NEXT_LABEL,
                                   re.IGNORECASE)
