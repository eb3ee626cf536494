"""Every search example the README gives finds something in the sample archive (issue 13.5)."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.xdist_group("meili")
ROOT = Path(__file__).resolve().parents[2]


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = text[text.index("Open the address, log in, and search"):]
    paragraph = paragraph[:paragraph.index("\n\n")]
    return re.findall(r"`([^`]+)`", paragraph)


def test_the_readme_gives_examples():
    examples = readme_examples()
    assert len(examples) >= 6 and "748/" in examples and "Mei 2019" in examples


def test_every_readme_example_finds_something_in_the_samples(search_env):
    from bench.relevance_bench import load_samples
    from models.index import SearchIndex
    from models.search_query import parse_request

    folders = load_samples(dict(os.environ))
    assert len(folders) == 20
    index = SearchIndex(search_env)
    for example in readme_examples():
        result = index.search(parse_request({"q": example}))
        assert result.total > 0 and result.dropped_terms == [], example
