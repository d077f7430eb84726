"""One kind of error for bad input: a single line that names the file and, where it can, the line."""

from __future__ import annotations


class EditionError(ValueError):
    """``file:line: message`` (or ``file: message`` when no line is known)."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
