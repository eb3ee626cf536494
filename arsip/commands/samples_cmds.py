"""`arsip samples generate`: realistic agreements with their ground truth, for demos, tests and benchmarks."""
from __future__ import annotations

import collections
import os
import time
from pathlib import Path

import click
from tqdm import tqdm

from ingest.errors import InputRejected


@click.group("samples")
def samples_group() -> None:
    """Generated sample agreements with ground truth (truth.json per document)."""


@samples_group.command("generate")
@click.option("--count", type=click.IntRange(1, 100_000), required=True, help="How many documents to write.")
@click.option("--out", "out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder to write <doc-id>/ folders into (created when missing).")
@click.option("--seed", type=int, default=2023, show_default=True, help="Same seed, same documents.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Processes drawing documents (default: all cores).")
@click.option("--compact/--full", default=None,
              help="Smaller scans (lower JPEG quality, fewer 300-dpi pages); default: compact for 50 or fewer.")
@click.option("--families", "family_list", default=None, metavar="all|NAME,...",
              help="Write documents of the layout families seen in published agreements instead (text PDF and "
                   "scan each), cycling through them: `all` or names from arsip/samplegen/families.py.")
def generate_command(count: int, out: Path, seed: int, workers: int | None, compact: bool | None,
                     family_list: str | None) -> None:
    """Write COUNT agreements of every type (text PDF, scanned PDF, sometimes TIFF or photos) with truth.json."""
    from arsip.samplegen import generate
    from arsip.samplegen.families import FAMILIES

    names = None
    if family_list is not None:
        names = list(FAMILIES) if family_list.strip() == "all" else [n.strip() for n in family_list.split(",")
                                                                    if n.strip()]
        unknown = [name for name in names if name not in FAMILIES]
        if unknown or not names:
            raise InputRejected(f"unknown layout family {', '.join(unknown) or '(none given)'}; "
                                f"known: all, {', '.join(FAMILIES)}")

    if out.exists():
        stale = sorted(child for child in out.iterdir() if child.is_dir() and child.name[:4].isdigit()
                       and int(child.name[:4]) > count)
        if stale:
            raise InputRejected(f"{out} already holds documents beyond --count {count} (e.g. {stale[0].name}); "
                                "use an empty folder or remove them first")
    workers = workers or os.cpu_count() or 1
    compact = count <= 50 if compact is None else compact
    started = time.perf_counter()
    with tqdm(total=count, desc="membuat", unit="dok", disable=None) as bar:
        truths = generate(count, out, seed=seed, workers=min(workers, count), compact=compact,
                          progress=lambda _doc_id: bar.update(1), family_names=names)
    elapsed = time.perf_counter() - started
    kinds = collections.Counter(truth["doc_type"] for truth in truths)
    forms = collections.Counter(item["form"] for truth in truths for item in truth["files"])
    pages = sum(truth["pages"] for truth in truths)
    size = sum(path.stat().st_size for path in out.rglob("*") if path.is_file())
    click.echo(f"wrote {len(truths)} documents ({pages} pages) to {out} in {elapsed:.1f} s, seed {seed}")
    click.echo("types: " + ", ".join(f"{kind} {kinds[kind]}" for kind in sorted(kinds)))
    click.echo("files: " + ", ".join(f"{form} {forms[form]}" for form in sorted(forms))
               + f"; {size / 1_000_000:.1f} MB in all; truth in <doc-id>/truth.json")


COMMANDS = [samples_group]
