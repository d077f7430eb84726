"""One row of the benchmark table: what was measured, the figure, the target, whether it is met."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    metric: str
    value: str
    target: str = ""
    met: bool | None = None  # None: a figure without a target

    @property
    def verdict(self) -> str:
        return "" if self.met is None else ("met" if self.met else "NOT met")


def table(rows: list[Row]) -> str:
    widths = [max(len(getattr(row, name)) for row in rows) for name in ("metric", "value", "target")]
    header = f"| {'Metric':<{widths[0]}} | {'Measured':<{widths[1]}} | {'Target':<{widths[2]}} |       |"
    rule = f"|{'-' * (widths[0] + 2)}|{'-' * (widths[1] + 2)}|{'-' * (widths[2] + 2)}|-------|"
    lines = [header, rule]
    for row in rows:
        lines.append(f"| {row.metric:<{widths[0]}} | {row.value:<{widths[1]}} | {row.target:<{widths[2]}} | {row.verdict:<5} |")
    return "\n".join(lines)
