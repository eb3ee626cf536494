"""What a generated document is made of before it is drawn: blocks to lay out and the truth behind them."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from arsip.samplegen.layout import Block
from arsip.samplegen.parties import Side
from arsip.samplegen.topics import Topic


@dataclass
class Record:
    """What later documents of the same set may cite about an earlier one."""
    doc_id: str
    doc_type: str
    heading: str  # e.g. "Kesepakatan Bersama"
    numbers: list[str]
    title: str
    sides: list[Side]
    region: tuple
    topic: Topic
    sign_date: dt.date
    end_date: dt.date | None
    partner_kind: str


@dataclass
class Draft:
    """A document's content and truth; layout and drawing happen later, in a worker."""
    blocks: list[Block] = field(default_factory=list)
    truth: dict = field(default_factory=dict)
    header: str = ""
    footer: str = "dash"
    size: float = 12.0
    target_pages: int = 3
    annex: list[Block] = field(default_factory=list)  # appended piece by piece until target_pages is reached

    def add(self, kind: str, text: str = "", **kwargs) -> None:
        self.blocks.append(Block(kind, text, **kwargs))


def clean(text: str) -> str:
    """Whitespace normalised: how truth compares to rendered text."""
    return " ".join(text.split())


LABELS = {
    "alpha": lambda n: f"{chr(ord('a') + n)}.",
    "num": lambda n: f"{n + 1}.",
    "paren": lambda n: f"({n + 1})",
    "alpha_paren": lambda n: f"{chr(ord('a') + n)})",
    "num_paren": lambda n: f"{n + 1})",
}


def list_items(draft: Draft, items: list, rng: random.Random, level: int = 0, style: str = "",
               closing: str = ";", conj: str = "dan") -> None:
    """A list; items are strings or (lead-in, sub-items) pairs rendered as nested lists.

    Separators follow legal drafting: ";" after each item, "; dan" before the last, "." at the end.
    """
    style = style or rng.choice(["alpha", "num", "alpha"])
    sub_style = "num_paren" if style == "alpha" else "alpha_paren"
    for n, item in enumerate(items):
        last = n == len(items) - 1
        end = "." if last else (f"; {conj}" if n == len(items) - 2 and rng.random() < 0.5 else closing)
        if isinstance(item, tuple):
            lead, subs = item
            draft.add("item", f"{lead}:", label=LABELS[style](n), level=level)
            for k, sub in enumerate(subs):
                sub_end = end if k == len(subs) - 1 else ";"
                draft.add("item", f"{sub}{sub_end}", label=LABELS[sub_style](k), level=level + 1)
        else:
            draft.add("item", f"{item}{end}", label=LABELS[style](n), level=level)


def item_truth(item) -> str:
    """The truth text of a list item: the lead-in and its sub-items, without labels or separators."""
    if isinstance(item, tuple):
        lead, subs = item
        return clean(f"{lead}: " + "; ".join(subs))
    return clean(item)
