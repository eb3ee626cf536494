"""One module per command noun; each exposes click commands that arsip.cli registers."""
