"""Commands a writer puts on a line of its own in a page (``\\reference_list``), replaced at build time."""

from __future__ import annotations


def replace_command(markdown: str, command: str, replacement: str) -> str:
    """Each line that holds only ``command`` becomes ``replacement``; the rest is left as it is."""
    if command not in markdown:
        return markdown
    return "\n".join(replacement if line.strip() == command else line for line in markdown.split("\n"))
