"""The project's own exceptions: each carries a message a user can act on and an exit code."""
from __future__ import annotations


class ArsipError(Exception):
    """Base of every expected failure; printed as one line, never as a traceback."""
    exit_code = 1


class InputRejected(ArsipError):
    """A file that cannot become a document (empty, corrupt, encrypted, too large...)."""
    exit_code = 3


class ToolMissing(ArsipError):
    """An external program the step needs is not installed; the message says how to install it."""
    exit_code = 4


class ServiceUnavailable(ArsipError):
    """Redis, Meilisearch or the database does not answer."""
    exit_code = 5
