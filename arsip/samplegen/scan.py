"""Simulated scans of the laid-out pages: skew, blur, speckle, stamps and signatures, JPEG artefacts.

Pages are drawn straight from the layout with Pillow (Liberation Serif has the metrics of the Times
used in the text PDF), so a scan shows the same lines at the same places without a PDF rasteriser.
"""
from __future__ import annotations

import time
import io
import math
import os
import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from arsip.samplegen.layout import PAGE_H, PAGE_W, Page

FONT_FILES = {
    False: ["/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
            "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"],
    True: ["/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
           "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"],
}
# PDFs carry a creation date; a fixed one keeps a seed's files byte-identical.
FIXED_DATE = time.gmtime(1704067200)  # 2024-01-01T00:00:00Z


@lru_cache(maxsize=64)
def _font(bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    for path in FONT_FILES[bold]:
        if os.path.exists(path):
            return ImageFont.truetype(path, pixels, layout_engine=ImageFont.Layout.BASIC)
    import reportlab  # the bundled Vera fonts: wider than Times, but always there

    name = "VeraBd.ttf" if bold else "Vera.ttf"
    return ImageFont.truetype(os.path.join(os.path.dirname(reportlab.__file__), "fonts", name), int(pixels * 0.9))


_WORDS: dict[tuple[bool, int, str], tuple] = {}


def _word(bold: bool, pixels: int, word: str) -> tuple:
    """A word's rendered mask, offset and advance, cached: agreements repeat their words page after page."""
    key = (bold, pixels, word)
    hit = _WORDS.get(key)
    if hit is None:
        font = _font(bold, pixels)
        mask, offset = font.getmask2(word, "L", anchor="ls")
        hit = (mask, offset, font.getlength(word))
        if len(_WORDS) < 200_000:
            _WORDS[key] = hit
    return hit


def draw_page(page: Page, dpi: int, paper: int = 255, ink: int = 20) -> Image.Image:
    """A clean grayscale image of one laid-out page at the given resolution."""
    scale = dpi / 72.0
    image = Image.new("L", (round(PAGE_W * scale), round(PAGE_H * scale)), paper)
    draw = ImageDraw.Draw(image)
    colour = draw._getink(ink)[0]
    for line in page.lines:
        x, y = line.x * scale, line.y * scale
        if line.rule:
            draw.rectangle([x, y - scale * 0.6, x + line.rule * scale, y + scale * 0.6], fill=ink)
            continue
        # Word by word from a cache (the same advances as drawing the whole line, without kerning),
        # because FreeType rendering is most of a page's cost.
        pixels = round(line.size * scale)
        space = _font(line.bold, pixels).getlength(" ")
        top = round(y)
        for word in line.text.split(" "):
            if word:
                mask, offset, advance = _word(line.bold, pixels, word)
                draw.draw.draw_bitmap((round(x) + offset[0], top + offset[1]), mask, colour)
                x += advance
            x += space
    return image


def _signature(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, y: float, width: float, ink: int) -> None:
    """A scribbled signature: a few loops along a rising stroke."""
    points = []
    length = width * rng.uniform(0.4, 0.7)
    loops = rng.randrange(3, 7)
    for k in range(60):
        t = k / 59
        points.append((x + t * length + math.sin(t * loops * math.pi * 2) * width * 0.04,
                       y - t * width * 0.08 + math.cos(t * loops * math.pi * 2) * width * 0.07))
    draw.line(points, fill=ink, width=max(2, int(width / 120)), joint="curve")


def _stamp(size: int, rng: random.Random, words: str, ink: int) -> Image.Image:
    """A round office stamp with the institution's name, on a white layer to multiply over the page."""
    layer = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(layer)
    width = max(3, size // 60)
    draw.ellipse([width, width, size - width, size - width], outline=ink, width=width)
    draw.ellipse([size * 0.18, size * 0.18, size * 0.82, size * 0.82], outline=ink, width=max(2, width // 2))
    font = _font(True, max(10, size // 11))
    for n, word in enumerate(words.upper().split()[:3]):
        draw.text((size / 2, size * (0.4 + 0.12 * n)), word, font=font, fill=ink, anchor="mm")
    return layer.rotate(rng.uniform(-25, 25), fillcolor=255)


def degrade(image: Image.Image, page: Page, dpi: int, rng: random.Random, stamp_words: str,
            turn: int = 0, poor: bool = False) -> Image.Image:
    """Signature and stamp over the text, skew, blur, speckle, and now and then a turned page.

    poor: a worn photocopy of a copy — always blurred, three times the speckle.
    """
    scale = dpi / 72.0
    paper = image.getpixel((2, 2))
    if page.signatures:
        draw = ImageDraw.Draw(image)
        for x, y, width in page.signatures:
            _signature(draw, rng, x * scale, y * scale, width * scale, rng.randrange(30, 90))
        x, y, width = rng.choice(page.signatures)
        size = int(min(width * scale * 0.75, dpi * 1.3))
        stamp = _stamp(size, rng, stamp_words, rng.randrange(90, 150))
        left = int(x * scale - size * rng.uniform(0.1, 0.4))
        top = int(y * scale - size * rng.uniform(0.4, 0.7))
        region = image.crop((left, top, left + size, top + size))
        image.paste(ImageChops.darker(region, stamp), (left, top))
    # Nearest-neighbour turning leaves the stair-stepped edges of a cheap scanner and is 7x faster
    # than bilinear; a real blur (costly) softens some pages.
    image = image.rotate(rng.uniform(-2.0, 2.0), fillcolor=paper)
    if poor or rng.random() < 0.25:  # one box pass: a third of a Gaussian's cost, alike at this radius
        image = image.filter(ImageFilter.BoxBlur(rng.uniform(0.5, 1.0) * dpi / 200))
    pixels = np.array(image)
    noise = np.random.default_rng(rng.randrange(2**32))
    count = int(pixels.size * rng.uniform(0.0002, 0.0008) * (3 if poor else 1))
    rows = noise.integers(0, pixels.shape[0], count)
    cols = noise.integers(0, pixels.shape[1], count)
    pixels[rows, cols] = noise.integers(20, 120, count, dtype=np.uint8)
    if rng.random() < 0.35:  # the dark edge a photocopier leaves along the binding
        edge = int(dpi * rng.uniform(0.08, 0.25))
        pixels[:, :edge] = (pixels[:, :edge] * rng.uniform(0.35, 0.7)).astype(np.uint8)
    image = Image.fromarray(pixels, "L")
    if turn:
        image = image.transpose({90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180,
                                 270: Image.Transpose.ROTATE_90}[turn])
    return image


def jpeg(image: Image.Image, quality: int, dpi: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return out.getvalue()


def bilevel(image: Image.Image) -> Image.Image:
    """Black and white at a fixed threshold, as archive scanners set to "text" mode store pages."""
    return image.point(lambda v: 255 if v > 140 else 0).convert("1", dither=Image.Dither.NONE)


def image_pdf(images: list[Image.Image], dpi: int, quality: int, title: str, optimize: bool = False) -> bytes:
    """An image-only PDF, one image per page at its own resolution (grayscale JPEG, or CCITT G4 for bilevel).

    optimize: a second Huffman pass, 5-10% smaller and half again as slow (for the shipped set).
    """
    out = io.BytesIO()
    jpeg_options = {"quality": quality, "optimize": optimize} if images[0].mode == "L" else {}
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi), **jpeg_options,
                   title=title, producer="arsip samples generate", creationDate=FIXED_DATE,
                   modDate=FIXED_DATE)
    return out.getvalue()


def tiff(images: list[Image.Image], dpi: int) -> bytes:
    """A multi-page bilevel TIFF (CCITT group 4), the way archive scanners store black-and-white pages."""
    pages = [image if image.mode == "1" else bilevel(image) for image in images]
    out = io.BytesIO()
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(dpi, dpi))
    return out.getvalue()


def photo(image: Image.Image, rng: random.Random, compact: bool = False) -> bytes:
    """A phone photo of a page: warm paper on a desk, uneven light, a slight turn, JPEG."""
    page = image.convert("RGB")
    tint = Image.new("RGB", page.size, (255, rng.randrange(236, 250), rng.randrange(205, 232)))
    page = ImageChops.multiply(page, tint)
    margin = int(page.width * 0.06)
    desk = Image.new("RGB", (page.width + 2 * margin, page.height + 2 * margin),
                     (rng.randrange(60, 120), rng.randrange(45, 90), rng.randrange(30, 70)))
    desk.paste(page, (margin, margin))
    desk = desk.rotate(rng.uniform(-4, 4), resample=Image.Resampling.BILINEAR, fillcolor=desk.getpixel((1, 1)))
    light = Image.linear_gradient("L").resize(desk.size).point(lambda v: 255 - int(v * rng.uniform(0.25, 0.45)))
    if rng.random() < 0.5:
        light = light.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    desk = ImageChops.multiply(desk, Image.merge("RGB", (light, light, light)))
    width = 1400 if compact else 1700
    desk = desk.resize((width, round(width * desk.height / desk.width)), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    quality = rng.randrange(60, 80)
    desk.save(out, "JPEG", quality=min(quality, 50) if compact else quality)
    return out.getvalue()
