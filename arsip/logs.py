"""Logging for command-line runs: details (tracebacks) to a file, one line per problem on stderr."""
from __future__ import annotations

import logging
from pathlib import Path


class _OneLine(logging.Formatter):
    """Drops tracebacks from terminal output; they are in the log file."""

    def __init__(self, log_file: Path):
        super().__init__("arsip: %(levelname)s: %(message)s")
        self.log_file = log_file

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            line = super().format(record)
        finally:
            record.exc_info, record.exc_text = saved
        return f"{line} (details in {self.log_file})" if saved[0] else line


def configure(data_dir: Path) -> Path:
    """Send INFO and up to DATA_DIR/logs/arsip.log and WARNING and up, one line each, to stderr."""
    log_dir = Path(data_dir) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "arsip.log"
    root = logging.getLogger()
    if getattr(root, "_arsip_configured", False):
        return log_file
    file_handler = logging.FileHandler(log_file, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"))
    file_handler.setLevel(logging.INFO)
    terminal = logging.StreamHandler()
    terminal.setFormatter(_OneLine(log_file))
    terminal.setLevel(logging.WARNING)
    root.addHandler(file_handler)
    root.addHandler(terminal)
    root.setLevel(logging.INFO)
    root._arsip_configured = True
    return log_file
