import json

from report_edition.generated.anchors import manifest, missing_anchors

CURRENT = {"taking-stock/": ["taking-stock", "p1", "p2", "fn:4"], "": ["home"]}


def test_manifest_orders_pages_and_drops_repeats():
    assert json.loads(manifest({"b/": ["x", "y", "x"], "a/": ["z"]})) == {"a/": ["z"], "b/": ["x", "y"]}
    assert list(json.loads(manifest(CURRENT))) == ["", "taking-stock/"]


def test_nothing_missing_when_every_released_anchor_resolves():
    assert missing_anchors({"taking-stock/": ["p1", "fn:4"]}, CURRENT) == []


def test_a_removed_anchor_is_reported():
    assert missing_anchors({"taking-stock/": ["p1", "p3"]}, CURRENT) == ["taking-stock/#p3"]


def test_a_removed_page_is_reported_unless_redirected():
    released = {"stock/": ["p1"]}
    assert missing_anchors(released, CURRENT) == ["stock/#p1"]
    assert missing_anchors(released, CURRENT, redirects={"stock/": "taking-stock/"}) == []
    assert missing_anchors({"stock/": ["p9"]}, CURRENT, redirects={"stock/": "taking-stock/"}) == ["stock/#p9"]
