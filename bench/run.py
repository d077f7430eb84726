"""`make bench`: every figure of the edition's speed and size, in one table (figures, not pass/fail).

Run after `make build` (site/ and dist/ are measured as they are). The parts run one after
another, so that none competes with another for the machine's cores. `python -m bench.run scale`
(or linker, first, peers, diagnostics, build, search, exports) runs one part.
"""

from __future__ import annotations

import platform
import sys
import time

from bench import (
    build_time,
    exports,
    first_view,
    linker_quality,
    linker_throughput,
    scale,
    search_index,
    search_quality,
)
from bench.peers import diagnostics, side_by_side
from bench.rows import table

PARTS = [
    ("linker", linker_throughput.measure),  # first: pure CPU work, before the browsers and builds
    ("linker quality", linker_quality.measure),
    ("first view, every page", first_view.measure),
    ("peers, side by side (Lighthouse)", side_by_side.measure),
    ("diagnostics, edition and Material (Lighthouse)", diagnostics.measure),
    ("build", build_time.measure),
    ("scale", scale.measure),
    ("search index", search_index.measure),
    ("search quality, query set online and offline", search_quality.measure),
    ("exports", exports.measure),
]


def main() -> None:
    only = set(sys.argv[1:])
    rows = []
    for name, measure in PARTS:
        if only and name.split(",")[0].split()[0] not in only:
            continue
        start = time.perf_counter()
        print(f"measuring: {name} ...", file=sys.stderr, flush=True)
        rows += measure()
        print(f"           {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    print(f"Machine: {platform.machine()}, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
    print(table(rows))


if __name__ == "__main__":
    main()
