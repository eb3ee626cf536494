"""The only module that reads PDFs (through pypdf); malformed files become InputRejected."""
from __future__ import annotations

import logging
import re
from pathlib import Path

from PIL import Image
from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, EmptyFileError, FileNotDecryptedError, PdfReadError, PyPdfError

from ingest.errors import InputRejected

# pypdf logs every recoverable oddity of a scanner's PDF; those are not the user's business.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# A text layer with fewer letters than this is page chrome or noise, not the page's text.
MIN_TEXT_LETTERS = 25
_LETTER = re.compile(r"[A-Za-z]")


def open_pdf(path: Path) -> PdfReader:
    """Open a PDF for reading, decrypting an empty user password; reject what cannot be read."""
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise InputRejected("encrypted PDF that needs a password: decrypt it first "
                                "(e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and ingest the copy")
        count = len(reader.pages)
    except InputRejected:
        raise
    except EmptyFileError:
        raise InputRejected("empty PDF (no bytes)") from None
    except (FileNotDecryptedError, DependencyError) as exc:
        raise InputRejected(f"encrypted PDF that cannot be opened: {exc}") from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError) as exc:
        raise InputRejected(f"corrupt or truncated PDF ({type(exc).__name__}: {str(exc)[:120]})") from None
    if count == 0:
        raise InputRejected("PDF has no pages")
    return reader


def page_count(reader: PdfReader) -> int:
    return len(reader.pages)


def page_text(reader: PdfReader, index: int) -> str:
    """The page's text layer ('' when it has none or it cannot be decoded)."""
    try:
        text = reader.pages[index].extract_text() or ""
    except Exception:  # noqa: BLE001 - a broken content stream costs this page's text layer only
        return ""
    return text.replace("\x00", "").strip()


def has_real_text(text: str) -> bool:
    return len(_LETTER.findall(text)) >= MIN_TEXT_LETTERS


def page_image(reader: PdfReader, index: int) -> Image.Image | None:
    """The largest image embedded in a page, at its own resolution and turned as the page shows it."""
    page = reader.pages[index]
    try:
        images = list(page.images)
    except Exception:  # noqa: BLE001 - an undecodable image leaves the page without one
        return None
    best = None
    for candidate in images:
        try:
            image = candidate.image
        except Exception:  # noqa: BLE001
            continue
        if image is not None and (best is None or image.width * image.height > best.width * best.height):
            best = image
    if best is None:
        return None
    rotation = (page.rotation or 0) % 360
    if rotation:
        best = best.rotate(-rotation, expand=True)
    return best
