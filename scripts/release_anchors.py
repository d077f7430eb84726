"""Record the anchors of the current build as released: data/released-anchors.json.

    make release-anchors

Released anchors are promises to the syllabi that link to them: this only adds to the
manifest, and refuses while a released anchor is missing from the build (add a redirect
in mkdocs.yml for a renamed page, or keep the anchor).
"""

from __future__ import annotations

import json
import sys

from edition_harness.project import PROJECT
from report_edition.generated.anchors import manifest, missing_anchors

RELEASED = PROJECT / "data" / "released-anchors.json"


def main() -> int:
    built = json.loads((PROJECT / "site" / "anchors.json").read_text(encoding="utf-8"))
    current = built["pages"]
    released = json.loads(RELEASED.read_text(encoding="utf-8")) if RELEASED.exists() else {}
    missing = missing_anchors(released, current, built["redirects"])
    if missing:
        print(f"{len(missing)} released anchors are missing from the build, e.g. {missing[0]}; nothing written.")
        return 1
    merged = {url: list(dict.fromkeys(released.get(url, []) + ids)) for url, ids in current.items()}
    merged.update({url: ids for url, ids in released.items() if url not in current})
    RELEASED.write_text(manifest(merged), encoding="utf-8")
    print(f"{RELEASED.relative_to(PROJECT)}: {sum(map(len, merged.values()))} anchors on {len(merged)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
