"""The only module that runs tesseract (through pytesseract); its failures become Arsip errors."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

# Without this, each tesseract process starts one thread per core and parallel OCR crawls.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract  # noqa: E402
from PIL import Image  # noqa: E402

from ingest import wordboxes  # noqa: E402
from ingest.errors import ArsipError, ToolMissing  # noqa: E402

INSTALL_HINT = "install it with: apt-get install tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng"
# Below this mean word confidence a page may be turned; orientation detection is worth a second call.
ROTATION_CHECK_BELOW = 75.0


class OcrFailed(ArsipError):
    """Tesseract ran but could not read this page (timeout, unreadable image)."""


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float | None  # mean word confidence 0..1, None when no word was read
    rotation: int = 0  # degrees clockwise the page was turned to read it
    boxes: wordboxes.WordBoxes | None = None  # each word's box on the page turned upright


def _run(call, *args, **kwargs):
    try:
        return call(*args, **kwargs)
    except pytesseract.TesseractNotFoundError:
        raise ToolMissing(f"tesseract is not installed; {INSTALL_HINT}") from None
    except pytesseract.TesseractError as exc:
        message = str(exc.message or exc).strip()
        if "Failed loading language" in message or "Error opening data file" in message:
            raise ToolMissing(f"tesseract language data missing ({message.splitlines()[0]}); {INSTALL_HINT}") from None
        raise OcrFailed(f"tesseract failed: {message.splitlines()[0] if message else exc.status}") from None
    except RuntimeError as exc:
        if "timeout" in str(exc).lower():
            raise OcrFailed(f"OCR timed out after {kwargs.get('timeout')} s") from None
        raise


def _read(image: Image.Image, lang: str, timeout: int) -> tuple[str, float | None, wordboxes.WordBoxes]:
    data = _run(pytesseract.image_to_data, image, lang=lang, timeout=timeout,
                output_type=pytesseract.Output.DICT, config="--psm 3")
    lines: dict[tuple[int, int, int], list[str]] = {}
    boxes: dict[tuple[int, int, int], list[tuple]] = {}
    confidences = []
    for i, word in enumerate(data["text"]):
        if not word.strip():
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
        boxes.setdefault(key, []).append((word, data["left"][i], data["top"][i], data["width"][i], data["height"][i]))
        conf = float(data["conf"][i])
        if conf >= 0:
            confidences.append(conf)
    text_lines, previous = [], None
    for key in sorted(lines):
        if previous is not None and key[0] != previous[0]:
            text_lines.append("")  # a blank line between text blocks
        text_lines.append(" ".join(lines[key]))
        previous = key
    mean = sum(confidences) / len(confidences) if confidences else None
    in_text_order = [box for key in sorted(boxes) for box in boxes[key]]
    return "\n".join(text_lines), mean, wordboxes.make(image.width, image.height, in_text_order)


def detect_rotation(image: Image.Image, timeout: int = 60) -> int:
    """Degrees (0, 90, 180, 270) the page must be turned clockwise to be upright; 0 when unsure."""
    try:
        osd = _run(pytesseract.image_to_osd, image, timeout=timeout, config="--psm 0 -c min_characters_to_try=5",
                   output_type=pytesseract.Output.DICT)
    except OcrFailed:
        return 0  # too little text to tell: read it as it is
    return int(osd.get("rotate", 0)) % 360


def ocr_image(image: Image.Image, lang: str = "ind+eng", timeout: int = 120) -> OcrResult:
    """Read one page image; a page that reads badly is checked for 90/180/270 degree turns."""
    if image.mode not in ("L", "RGB"):
        image = image.convert("L")
    text, confidence, boxes = _read(image, lang, timeout)
    rotation = 0
    if confidence is None or confidence < ROTATION_CHECK_BELOW or len(text) < 40:
        rotation = detect_rotation(image, timeout)
        if rotation:
            # PIL rotates counter-clockwise for positive angles.
            turned = image.rotate(-rotation, expand=True)
            turned_text, turned_conf, turned_boxes = _read(turned, lang, timeout)
            if (turned_conf or 0) > (confidence or 0):
                text, confidence, boxes = turned_text, turned_conf, turned_boxes
            else:
                rotation = 0
    return OcrResult(text=_tidy(text), confidence=None if confidence is None else round(confidence / 100, 4),
                     rotation=rotation, boxes=boxes)


def _tidy(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def tesseract_version() -> str:
    """The installed tesseract version, or raise ToolMissing."""
    return str(_run(pytesseract.get_tesseract_version))


def languages() -> list[str]:
    return list(_run(pytesseract.get_languages, config=""))
