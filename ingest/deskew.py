"""How far a scanned or photographed page leans, and turning it level for OCR.

Tesseract reads lines that lean up to about a degree; a page photographed at 3-5 degrees loses whole paragraphs
(the sample letter of intent photographed at 4 degrees: 369 characters read of about 2,000). The lean is the
angle whose turned page gives the sharpest profile of ink per row (text lines level with the rows), searched
coarsely over +-MAX_ANGLE and then finely around the best, on a small black-and-white copy of the page.
"""
from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageOps

MIN_ANGLE = 2.0  # degrees: below this tesseract copes (the sample scans lean up to 2) and the page is read as it is
MAX_ANGLE = 10.0  # a page leaning more than this is not a lean but a layout (or a turned page, read by OSD)
_SIDE = 800  # pixels: the long side of the copy the angle is measured on
_COARSE, _FINE = 0.5, 0.1  # degrees


def _ink(image: Image.Image) -> Image.Image:
    """The page's dark pixels as a small 0/255 image (Otsu's threshold on the grey copy)."""
    grey = ImageOps.grayscale(image)
    scale = _SIDE / max(grey.size)
    if scale < 1:
        grey = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))))
    pixels = np.asarray(grey)
    counts = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    levels = np.arange(256)
    below, weighted = np.cumsum(counts), np.cumsum(counts * levels)
    above = below[-1] - below
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (weighted[-1] * below - weighted * below[-1]) ** 2 / (below * above)
    threshold = int(np.nanargmax(between)) if np.isfinite(between).any() else 128
    return Image.fromarray(np.where(pixels <= threshold, 255, 0).astype(np.uint8))


def _sharpness(ink: Image.Image, angle: float) -> float:
    rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST)).sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(rows)).sum())


def lean(image: Image.Image) -> float:
    """Degrees to turn the page counter-clockwise (PIL's sense) so that its text lines are level; 0.0 for a
    blank page."""
    ink = _ink(image)
    if not np.asarray(ink).any():
        return 0.0
    steps = round(MAX_ANGLE / _COARSE)
    coarse = _sharpest(ink, [k * _COARSE for k in range(-steps, steps + 1)])
    return round(_sharpest(ink, [coarse + k * _FINE for k in range(-4, 5)]), 2)


def _sharpest(ink: Image.Image, angles: list[float]) -> float:
    """The angle whose rows are sharpest (the smaller angle on a tie)."""
    return max(angles, key=lambda angle: (_sharpness(ink, angle), -abs(angle)))


def level(image: Image.Image, angle: float) -> Image.Image:
    """The page turned by `angle` degrees about its centre, in the same frame, corners filled with white."""
    white = 255 if image.mode == "L" else (255,) * len(image.getbands())
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=white)


def unlevel_box(x: float, y: float, w: float, h: float, angle: float, width: int, height: int
                ) -> tuple[float, float, float, float]:
    """A box measured on the levelled page, as the box that holds it on the page as it was photographed."""
    cx, cy = width / 2, height / 2
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    xs, ys = [], []
    for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)):
        dx, dy = px - cx, py - cy
        xs.append(cx + dx * cos - dy * sin)
        ys.append(cy + dx * sin + dy * cos)
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)
