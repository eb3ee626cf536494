"""Generating a set: plan every document's content in order (later ones cite earlier ones), then draw in parallel."""
from __future__ import annotations

import json
import multiprocessing
import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from arsip.samplegen import agreement, families, papers, render, scan
from arsip.samplegen.layout import Style, add_chrome, lay_out
from arsip.samplegen.model import Draft, Record

# Twenty slots that together hold every type and style; a set cycles through them.
PATTERN = [("KB", ""), ("PKS", ""), ("MOU", "nota"), ("KB", "region"), ("PKS", ""), ("LOI", "foreign"),
           ("ADDENDUM", ""), ("MOU", "sister"), ("OTHER", "evaluasi"), ("PKS", ""), ("KB", "kesehatan"),
           ("PKS", "kuasa"), ("OTHER", "pengantar"), ("MOU", ""), ("ADDENDUM", ""), ("KB", "multi"), ("PKS", "kuasa"),
           ("OTHER", "rencana"), ("LOI", ""), ("OTHER", "berita")]
# Slots whose number lines must show the rarer styles, so every 20 documents hold one of each.
NUMBER_STYLES = {4: "partial", 13: "blank", 15: "per_party"}
TRUTH_ORDER = ["doc_type", "numbers", "title", "parties", "sign_date", "sign_place", "effective_date", "duration",
               "end_date", "obligations", "scope", "parent_agreement", "pages", "partner_kind", "files",
               "numbers_partial", "language", "source_text"]


@dataclass
class Job:
    doc_id: str
    draft: Draft
    seed: str  # drives the scan's noise, independent of the content
    compact: bool  # smaller scans (the shipped samples)
    photos: bool = True  # sometimes a TIFF or photographed pages besides the text PDF and the scan


def _parent(rng: random.Random, doc_type: str, records: list[Record], cited: dict[str, int]) -> Record | None:
    if doc_type == "PKS":  # the least implemented of the latest KBs: one KB rarely gets all the PKS
        pool = [r for r in records if r.doc_type == "KB"][-3:]
        fewest = min((cited.get(r.doc_id, 0) for r in pool), default=0)
        pool = [r for r in pool if cited.get(r.doc_id, 0) == fewest]
    elif doc_type == "ADDENDUM":
        pool = [r for r in records if r.doc_type in ("KB", "PKS") and r.end_date and r.numbers][-4:]
    elif doc_type == "OTHER":
        pool = [r for r in records if r.doc_type in ("KB", "PKS", "MOU")][-4:]
    else:
        return None
    return rng.choice(pool) if pool else None


def plan(count: int, seed: int, compact: bool = False) -> Iterator[Job]:
    """Every document's content and truth, in order; each draws from its own seeded generator."""
    records: list[Record] = []
    cited: dict[str, int] = {}
    for index in range(count):
        doc_type, variant = PATTERN[index % len(PATTERN)]
        rng = random.Random(f"arsip-samples/{seed}/{index}")
        doc_id = f"{index + 1:04d}-{doc_type.lower()}"
        parent = _parent(rng, doc_type, records, cited)
        if doc_type == "PKS" and variant == "kuasa":
            parent = next((r for r in reversed(records) if r.doc_type == "KB" and r.topic.key == "kesehatan"), parent)
        if doc_type == "ADDENDUM" and parent is None:
            doc_type, doc_id = "KB", f"{index + 1:04d}-kb"  # nothing to amend yet
        if doc_type == "OTHER":
            draft, record = papers.build(rng, doc_id, variant, parent)
        else:
            draft, record = agreement.build(rng, doc_id, doc_type, variant, parent,
                                            NUMBER_STYLES.get(index % len(PATTERN), ""))
        if record is not None:
            records.append(record)
        if parent is not None:
            cited[parent.doc_id] = cited.get(parent.doc_id, 0) + 1
        yield Job(doc_id, draft, f"arsip-scan/{seed}/{index}", compact)


def plan_families(count: int, seed: int, names: list[str], compact: bool = False) -> Iterator[Job]:
    """count documents cycling through the named layout families (families.FAMILIES), each with exact truth."""
    for index in range(count):
        family = names[index % len(names)]
        draft = families.build(random.Random(f"arsip-families/{seed}/{index}"), family)
        draft.truth["family"] = family
        yield Job(f"{index + 1:04d}-{family}", draft, f"arsip-families-scan/{seed}/{index}", compact, photos=False)


def pages_of(draft: Draft) -> list:
    """Lay the draft out, adding as much of its annex as reaches its page target."""
    style = Style(size=draft.size)
    blocks = draft.blocks
    if draft.annex:
        ends: list[int] = []
        lay_out(blocks + draft.annex, style, ends)
        keep = 0
        for k in range(len(draft.annex)):
            if ends[len(blocks) + k] > draft.target_pages:
                break
            keep = k + 1
        blocks = blocks + draft.annex[:keep] if keep > 3 else blocks
    pages = lay_out(blocks, style)
    add_chrome(pages, style, draft.header, draft.footer)
    return pages


def write(job: Job, out: Path) -> dict:
    """Draw one document in all its forms and write its folder; returns its truth."""
    folder = out / job.doc_id
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("page-*.jpg"), folder / "scan.tiff"]:  # forms a previous run wrote, this one may not
        old.unlink(missing_ok=True)
    draft = job.draft
    pages = pages_of(draft)
    title = draft.truth["title"]
    (folder / "text.pdf").write_bytes(render.text_pdf(pages, title))
    (folder / "text.txt").write_text("\f".join(page.text() for page in pages) + "\n", encoding="utf-8")
    rng = random.Random(job.seed)
    dpi = 300 if rng.random() < 0.25 else 200
    quality = rng.randrange(35, 70)
    mode = "bilevel" if rng.random() < 0.2 else "gray"
    if job.compact:  # the shipped archive stays small: long or 300-dpi scans are stored black and white
        quality = min(quality, 32)
        mode = "bilevel" if len(pages) * (dpi / 200) ** 2 > 3 else mode  # gray: up to 3 pages' worth at 200 dpi
    poor = rng.random() < 0.15
    paper = rng.randrange(212, 228) if poor else rng.randrange(232, 252)
    ink = rng.randrange(55, 90) if poor else rng.randrange(10, 50)
    stamp = " ".join(draft.truth["parties"][0]["institution"].split()[-2:]) if draft.truth["parties"] else "SETDA"
    turned = {}
    images = []
    for number, page in enumerate(pages, start=1):
        turn = 0
        if len(pages) > 1 and rng.random() < 0.04:
            turn = rng.choice([90, 180, 270])
            turned[str(number)] = turn
        images.append(scan.degrade(scan.draw_page(page, dpi, paper, ink), page, dpi, rng, stamp, turn, poor))
    files = [{"path": "text.pdf", "form": "text"},
             {"path": "scan.pdf", "form": "scan", "dpi": dpi, "mode": mode, "quality": "poor" if poor else "fair",
              "turned_pages": turned}]
    stored = [scan.bilevel(image) for image in images] if mode == "bilevel" else images
    (folder / "scan.pdf").write_bytes(scan.image_pdf(stored, dpi, quality, title, optimize=job.compact))
    extra = rng.random() if job.photos else 1.0
    if extra < 0.2:
        (folder / "scan.tiff").write_bytes(scan.tiff(stored, dpi))
        files.append({"path": "scan.tiff", "form": "tiff", "dpi": dpi, "mode": "bilevel", "turned_pages": turned})
    elif extra < 0.35 and len(pages) <= (3 if job.compact else 6):
        for number, page in enumerate(pages, start=1):
            clean = scan.degrade(scan.draw_page(page, 200, paper, 30), page, 200, rng, stamp, 0)
            (folder / f"page-{number:02d}.jpg").write_bytes(scan.photo(clean, rng, job.compact))
            files.append({"path": f"page-{number:02d}.jpg", "form": "photo", "page": number})
    truth = dict(draft.truth, pages=len(pages), files=files, source_text="text.txt")
    truth = {key: truth[key] for key in [*TRUTH_ORDER, "family", "also"] if key in truth}
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return truth


def _write_args(args: tuple[Job, Path]) -> tuple[str, dict]:
    job, out = args
    return job.doc_id, write(job, out)


def generate(count: int, out: Path, seed: int = 2023, workers: int = 1, compact: bool = False,
             progress: Callable[[str], None] | None = None, family_names: list[str] | None = None) -> list[dict]:
    """Write count documents under out/<doc-id>/; returns their truths in order. family_names: the layout
    families to cycle through instead of the sample archive's pattern."""
    out.mkdir(parents=True, exist_ok=True)
    planned = plan_families(count, seed, family_names, compact) if family_names else plan(count, seed, compact)
    jobs = [(job, out) for job in planned]
    truths: dict[str, dict] = {}
    if workers <= 1:
        results = map(_write_args, jobs)
        for doc_id, truth in results:
            truths[doc_id] = truth
            if progress:
                progress(doc_id)
    else:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for doc_id, truth in pool.map(_write_args, jobs, chunksize=4):
                truths[doc_id] = truth
                if progress:
                    progress(doc_id)
    return [truths[job.doc_id] for job, _ in jobs]
