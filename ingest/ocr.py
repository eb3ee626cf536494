"""The only module that runs tesseract (through pytesseract); its failures become Arsip errors."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

# Without this, each tesseract process starts one thread per core and parallel OCR crawls.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract  # noqa: E402
from PIL import Image  # noqa: E402

from ingest import deskew, wordboxes  # noqa: E402
from ingest.errors import ArsipError, ToolMissing  # noqa: E402

INSTALL_HINT = "install it with: apt-get install tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng"
# Below this mean word confidence a page may be turned; orientation detection is worth a second call.
ROTATION_CHECK_BELOW = 75.0
LEVEL_TRUSTED = 85.0  # a levelled page read with this mean confidence is not read a second time as it was given
SURE = 60.0  # a word read with at least this confidence counts as read when two readings are compared


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


@dataclass(frozen=True)
class _Reading:
    text: str
    confidence: float | None  # mean word confidence 0..100
    boxes: wordboxes.WordBoxes
    sure: int  # characters in words read with confidence >= SURE: how much of the page this reading holds


def _read(image: Image.Image, lang: str, timeout: int) -> _Reading:
    data = _run(pytesseract.image_to_data, image, lang=lang, timeout=timeout,
                output_type=pytesseract.Output.DICT, config="--psm 3")
    lines: dict[tuple[int, int, int], list[str]] = {}
    boxes: dict[tuple[int, int, int], list[tuple]] = {}
    confidences, sure = [], 0
    for i, word in enumerate(data["text"]):
        if not word.strip():
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
        boxes.setdefault(key, []).append((word, data["left"][i], data["top"][i], data["width"][i], data["height"][i]))
        conf = float(data["conf"][i])
        if conf >= 0:
            confidences.append(conf)
        if conf >= SURE:
            sure += len(word.strip())
    text_lines, previous = [], None
    for key in sorted(lines):
        if previous is not None and key[0] != previous[0]:
            text_lines.append("")  # a blank line between text blocks
        text_lines.append(" ".join(lines[key]))
        previous = key
    mean = sum(confidences) / len(confidences) if confidences else None
    in_text_order = [box for key in sorted(boxes) for box in boxes[key]]
    return _Reading("\n".join(text_lines), mean, wordboxes.make(image.width, image.height, in_text_order), sure)


def detect_rotation(image: Image.Image, timeout: int = 60) -> int:
    """Degrees (0, 90, 180, 270) the page must be turned clockwise to be upright; 0 when unsure."""
    try:
        osd = _run(pytesseract.image_to_osd, image, timeout=timeout, config="--psm 0 -c min_characters_to_try=5",
                   output_type=pytesseract.Output.DICT)
    except OcrFailed:
        return 0  # too little text to tell: read it as it is
    return int(osd.get("rotate", 0)) % 360


def ocr_image(image: Image.Image, lang: str = "ind+eng", timeout: int = 120) -> OcrResult:
    """Read one page image. A page that leans (a photograph, a crooked scan) is read levelled first and kept
    when that reads well; otherwise the page is read as it is, checked for 90/180/270 degree turns when it reads
    badly, and the levelled reading still wins when it holds more."""
    if image.mode not in ("L", "RGB"):
        image = image.convert("L")
    angle = deskew.lean(image)
    level = _read(deskew.level(image, angle), lang, timeout) if abs(angle) >= deskew.MIN_ANGLE else None
    if level is not None and _reads_well(level, LEVEL_TRUSTED):
        return _result(_unlevelled(level, angle, image), 0)
    reading = _read(image, lang, timeout)
    rotation = 0
    if not _reads_well(reading, ROTATION_CHECK_BELOW):
        rotation = detect_rotation(image, timeout)
        if rotation:
            # PIL rotates counter-clockwise for positive angles.
            turned = _read(image.rotate(-rotation, expand=True), lang, timeout)
            if (turned.confidence or 0) > (reading.confidence or 0):
                reading = turned
            else:
                rotation = 0
    if level is not None and not rotation and level.sure > reading.sure:
        reading = _unlevelled(level, angle, image)
    return _result(reading, rotation)


def _reads_well(reading: _Reading, confidence: float) -> bool:
    """At least this mean word confidence over a page of some text (40 characters)."""
    return (reading.confidence or 0) >= confidence and len(reading.text) >= 40


def _result(reading: _Reading, rotation: int) -> OcrResult:
    confidence = None if reading.confidence is None else round(reading.confidence / 100, 4)
    return OcrResult(text=_tidy(reading.text), confidence=confidence, rotation=rotation, boxes=reading.boxes)


def _unlevelled(level: _Reading, angle: float, image: Image.Image) -> _Reading:
    """A reading of the levelled page with its boxes put back on the page as it was given."""
    words = [(w.text, *deskew.unlevel_box(w.x, w.y, w.w, w.h, angle, image.width, image.height))
             for w in level.boxes.words]
    return _Reading(level.text, level.confidence, wordboxes.make(image.width, image.height, words), level.sure)


def _tidy(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def tesseract_version() -> str:
    """The installed tesseract version, or raise ToolMissing."""
    return str(_run(pytesseract.get_tesseract_version))


def languages() -> list[str]:
    return list(_run(pytesseract.get_languages, config=""))
