from __future__ import annotations

from report_edition.exports.book import Kind, book_parts


def test_parts_in_reading_order(parts):
    assert [(part.kind, part.id) for part in parts] == [
        (Kind.COVER, "home"), (Kind.CHAPTER, "one"), (Kind.CHAPTER, "two"), (Kind.ABOUT, "about"),
        (Kind.BIBLIOGRAPHY, "references"), (Kind.APPENDIX, "charter")]  # not the Glossary: not a part of the book


def test_the_cover_is_the_title_block_and_the_citation(parts):
    cover = parts[0].page.content
    assert "A Retreat" in cover and "Suggested Citation" in cover and '"A Report," An Institute, 2012.' in cover
    for left_out in ("BibTeX", "Take It Offline", "Contents", "Each Cite button", "edition-cite", "headerlink"):
        assert left_out not in cover


def test_the_cover_names_the_published_edition(pages, backmatter):
    cover = book_parts(pages, backmatter, online_url="https://example.org/r/")[0].page.content
    assert '<p class="online-edition">The online edition: <a href="https://example.org/r/" rel="external">https://example.org/r/</a></p>' in cover
    assert "online edition" not in book_parts(pages, backmatter)[0].page.content


def test_site_only_things_leave_every_part(parts):
    for part in parts:
        assert "headerlink" not in part.page.content and "hidden" not in part.page.content
    assert 'class="para-num"' in parts[1].page.content  # the paragraph numbers stay
