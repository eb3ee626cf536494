"""Realistic generated agreements with their ground truth (`arsip samples generate`).

Shares no code with ingest/extract: the truth comes from the generator's own parameters.
"""
from arsip.samplegen.generate import generate, plan

__all__ = ["generate", "plan"]
