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


def declared_image_sizes(reader: PdfReader, index: int) -> list[tuple[int, int]]:
    """(width, height) of the images a page's resources declare, read without decoding any of them."""
    sizes = []
    try:
        resources = reader.pages[index].get("/Resources") or {}
        xobjects = resources.get_object().get("/XObject") or {}
        for value in xobjects.get_object().values():
            item = value.get_object()
            if item.get("/Subtype") == "/Image":
                sizes.append((int(item.get("/Width", 0)), int(item.get("/Height", 0))))
    except Exception:  # noqa: BLE001 - odd resources: nothing declared, the decoder decides
        return []
    return sizes


def page_image(reader: PdfReader, index: int, max_pixels: int | None = None) -> Image.Image | None:
    """A scanned page's one embedded image, at its own resolution and turned as the page shows it.

    None when the page has no image, several (a scan in strips, a photo pasted beside text) or none
    that decodes: such a page is drawn whole instead (ingest.render). An image declared larger than
    `max_pixels` is refused before it is decoded.
    """
    if max_pixels:
        for width, height in declared_image_sizes(reader, index):
            if width * height > max_pixels:
                raise InputRejected(f"page image of {width}x{height} pixels is over the limit of {max_pixels} "
                                    "(setting ARSIP_MAX_IMAGE_PIXELS)")
    page = reader.pages[index]
    try:
        images = list(page.images)
    except Exception:  # noqa: BLE001 - an undecodable image leaves the page to be drawn
        return None
    if len(images) != 1:
        return None
    try:
        image = images[0].image
    except Exception:  # noqa: BLE001
        return None
    if image is None:
        return None
    rotation = (page.rotation or 0) % 360
    return image.rotate(-rotation, expand=True) if rotation else image
