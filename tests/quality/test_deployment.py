"""The GitHub Pages workflow runs every test, builds with the README's command and publishes what it built."""

from __future__ import annotations

import re

import yaml

from edition_harness.project import PROJECT

WORKFLOW = PROJECT / ".github" / "workflows" / "pages.yml"


def test_pages_workflow_builds_strictly_and_deploys_site():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    test, build, deploy = workflow["jobs"]["test"], workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert "make test" in "\n".join(step.get("run", "") for step in test["steps"])
    assert build["needs"] == "test"  # nothing is built for publishing unless every test passed
    runs = "\n".join(step.get("run", "") for step in build["steps"])
    assert "make build" in runs  # the Makefile's build is strict (mkdocs build --strict)
    assert "SOURCE_DATE_EPOCH" in runs
    upload = next(step for step in build["steps"] if "upload-pages-artifact" in step.get("uses", ""))
    assert upload["with"]["path"] == "site"
    assert deploy["needs"] == "build" and "deploy-pages" in deploy["steps"][0]["uses"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    for step in test["steps"] + build["steps"] + deploy["steps"]:
        if "uses" in step:
            assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", step["uses"]), step["uses"]  # pinned to a commit


def test_make_build_is_strict():
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    build_recipe = makefile.split("\nbuild:")[1].split("\n\n")[0]
    assert "build --strict" in build_recipe
