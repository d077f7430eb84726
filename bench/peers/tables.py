"""Plain Markdown tables of any columns, for the side-by-side figures and the diagnostics."""

from __future__ import annotations


def grid(headings: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headings, *rows)]
    lines = ["| " + " | ".join(f"{cell:<{width}}" for cell, width in zip(headings, widths)) + " |",
             "|" + "|".join("-" * (width + 2) for width in widths) + "|"]
    lines += ["| " + " | ".join(f"{cell:<{width}}" for cell, width in zip(row, widths)) + " |" for row in rows]
    return "\n".join(lines)
