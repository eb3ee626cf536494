"""Page images from TIFF, PNG and JPEG files (Pillow), with a guard against enormous images."""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Iterator

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from ingest.errors import InputRejected


def _open(path: Path, max_pixels: int) -> Image.Image:
    saved = Image.MAX_IMAGE_PIXELS  # Pillow's guard is process-wide: set it for this open only
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
            image.size  # noqa: B018 - forces the header to be read
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputRejected(f"image too large (over ARSIP_MAX_IMAGE_PIXELS={max_pixels} pixels)") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise InputRejected(f"unreadable image ({str(exc)[:120]})") from None
    finally:
        Image.MAX_IMAGE_PIXELS = saved
    if image.width * image.height > max_pixels:
        raise InputRejected(f"image too large: {image.width}x{image.height} pixels "
                            f"(limit ARSIP_MAX_IMAGE_PIXELS={max_pixels})")
    return image


def image_page_count(path: Path, max_pixels: int) -> int:
    """Number of frames (pages) in an image file, checking every frame's size."""
    image = _open(path, max_pixels)
    try:
        count = 0
        for frame in ImageSequence.Iterator(image):
            if frame.width * frame.height > max_pixels:
                raise InputRejected(f"page {count + 1} too large: {frame.width}x{frame.height} pixels")
            count += 1
        return count
    except EOFError:
        raise InputRejected("truncated image file") from None
    finally:
        image.close()


def image_pages(path: Path, max_pixels: int) -> Iterator[Image.Image]:
    """Each page of an image file, upright per its EXIF orientation, fully loaded."""
    image = _open(path, max_pixels)
    try:
        for frame in ImageSequence.Iterator(image):
            try:
                page = ImageOps.exif_transpose(frame.copy())
                page.load()
            except (OSError, ValueError) as exc:
                raise InputRejected(f"corrupt image data ({str(exc)[:120]})") from None
            yield page
    finally:
        image.close()
