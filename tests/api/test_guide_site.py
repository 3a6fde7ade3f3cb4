"""The guide site: the ``/guides`` index with its search, guide pages, the favicon."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from api.catalogue import PER_PAGE, Catalogue
from api.pages import render_guide, render_index
from knowledge.model import Guide, Section

ONET_LIKE = [
    ("registered-nurses", "Registered Nurses", ["Staff Nurse", "RN"]),
    ("nurse-practitioners", "Nurse Practitioners", ["Advanced Practice Nurse"]),
    ("paramedics", "Paramedics", ["Ambulance Paramedic"]),
    ("police-patrol-officers", "Police and Sheriff's Patrol Officers", ["Patrol Officer"]),
    ("electricians", "Electricians", ["Wireman"]),
]


def guide(slug: str, career: str, aka: list[str] | None = None) -> Guide:
    sections = [Section("Overview", ("Overview",), "overview", [f"{career} work."])]
    if aka:
        sections.append(Section("Also Known As", ("Also Known As",), "also-known-as", [], aka))
    return Guide(slug, f"{career} Career Guide", career, sections)


def corpus(size: int) -> list[Guide]:
    """The careers above and enough numbered ones to make ``size`` guides."""
    made = [guide(*entry) for entry in ONET_LIKE]
    made += [guide(f"career-{n:04d}", f"Career {n:04d} Specialists") for n in range(size)]
    return made[:size]


def listed(html: str) -> list[str]:
    return re.findall(r'<li><a href="/guides/([a-z0-9-]+)">', html)


def test_search_finds_careers_by_title_alternative_title_and_abbreviation() -> None:
    catalogue = Catalogue(corpus(40))
    assert [hit.slug for hit in catalogue.search("RN")][:1] == ["registered-nurses"]
    assert {hit.slug for hit in catalogue.search("nurses")} == {
        "registered-nurses",
        "nurse-practitioners",
    }
    (wireman,) = catalogue.search("wireman")
    assert (wireman.slug, wireman.matched) == ("electricians", "Wireman")
    assert [hit.slug for hit in catalogue.search("cops")] == ["police-patrol-officers"]
    assert [hit.slug for hit in catalogue.search("reg nur")] == ["registered-nurses"]
    assert catalogue.search("astronaut") == []


def test_the_index_pages_through_more_than_a_thousand_guides() -> None:
    catalogue = Catalogue(corpus(1_200))
    first = render_index(catalogue, "", 1)
    assert "1,200 guides, A to Z." in first
    assert len(listed(first)) == PER_PAGE
    assert "Page 1 of 24" in first
    assert 'href="/guides?page=2"' in first
    last = render_index(catalogue, "", 24)
    assert len(listed(last)) == 1_200 - 23 * PER_PAGE
    assert render_index(catalogue, "", 999) == last  # past the end: the last page
    everyone = [slug for n in range(1, 25) for slug in listed(render_index(catalogue, "", n))]
    assert sorted(everyone) == sorted(g.slug for g in corpus(1_200))  # each guide once
    found = render_index(catalogue, "RN", 1)
    assert listed(found) == ["registered-nurses"]
    assert "1 guide matches “RN”." in found
    assert "No guide matches “astronaut”" in render_index(catalogue, "astronaut", 1)


def test_an_index_of_one_guide() -> None:
    html = render_index(Catalogue(corpus(1)), "", 1)
    assert listed(html) == ["registered-nurses"]
    assert "1 guide, A to Z." in html
    assert "Page 1" not in html


def test_a_guide_page_has_a_skip_link_a_contents_with_subheadings_and_self_links(
    guide: Guide,
) -> None:
    html = render_guide(guide)
    assert '<a class="skip" href="#main">Skip to content</a>' in html
    assert '<main id="main" tabindex="-1">' in html
    contents = html[html.index('<details class="toc">') : html.index("</details>")]
    assert '<a href="#tech-skills">Tech Skills</a>' in contents  # a sub-heading
    assert contents.count("<li>") == sum(1 for _ in guide.walk())
    assert '<h3 id="tech-skills"><a class="self" href="#tech-skills">Tech Skills</a></h3>' in html
    assert '<footer><a href="/guides">All guides</a></footer>' in html
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html


def test_the_index_favicon_and_search_over_http(client: TestClient) -> None:
    index = client.get("/guides", params={"q": "production tech"})
    assert index.status_code == 200
    assert listed(index.text) == ["production-technician"]
    assert "form-action 'self'" in index.headers["content-security-policy"]
    assert client.get("/guides", params={"page": 0}).json()["error"] == "invalid_request"
    assert client.get("/guides", params={"q": "x" * 101}).status_code == 422
    icon = client.get("/favicon.ico")
    assert (icon.status_code, icon.headers["content-type"]) == (200, "image/x-icon")
    assert icon.content[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert client.get("/static/favicon.svg").status_code == 200


def test_the_index_marks_its_own_nav_link_as_the_current_page(client: TestClient) -> None:
    assert 'href="/guides" aria-current="page"' in client.get("/guides").text
    assert 'aria-current="page"' not in client.get("/guides", params={"q": "tech"}).text
    assert 'aria-current="page"' not in client.get("/guides/production-technician").text
