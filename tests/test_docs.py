"""Documentation generated from the code is current; examples in the docs run (as doctests)."""

from __future__ import annotations

import pytest

from .conftest import ROOT
from .update_snapshots import generated_pages

PAGES = generated_pages()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_generated_reference_page_is_current(name: str) -> None:
    committed = (ROOT / "docs" / name).read_text(encoding="utf-8")
    assert committed == PAGES[name], f"docs/{name} is stale: run `python -m tests.update_snapshots`"


def test_every_docs_page_is_in_the_navigation() -> None:
    import yaml

    config = yaml.safe_load(
        (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nplugins:")[0]
    )

    def pages(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, list):
            return [p for item in node for p in pages(item)]
        if isinstance(node, dict):
            return [p for value in node.values() for p in pages(value)]
        return []

    listed = set(pages(config["nav"]))
    on_disk = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert on_disk - listed == set()
