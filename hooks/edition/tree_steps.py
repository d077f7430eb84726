"""A Python-Markdown extension that runs one function over each page's element tree.

The edition's steps (paragraph numbers, reference links, note numbers, focusable
abbreviations) differ only in the function, its name and its place among Markdown's
treeprocessors; this is the one registration they share.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class _StepProcessor(Treeprocessor):
    def __init__(self, md: Markdown, step: "TreeStep") -> None:
        super().__init__(md)
        self.step = step

    def run(self, root: etree.Element) -> None:
        if self.step.enabled:
            self.step.run(root)


class TreeStep(Extension):
    """``run(root)`` on every page while ``enabled``; registered as ``name`` at ``priority``."""

    def __init__(self, name: str, priority: float, run: Callable[[etree.Element], object]) -> None:
        super().__init__()
        self.name, self.priority, self.run = name, priority, run
        self.enabled = True

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_StepProcessor(md, self), self.name, self.priority)
