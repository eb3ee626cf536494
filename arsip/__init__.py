"""Entry points: the `arsip` command line."""
