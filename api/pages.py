"""Server-rendered HTML pages (Jinja2, autoescaped)."""

from __future__ import annotations

from functools import cache
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape

from api.catalogue import PER_PAGE, Catalogue
from knowledge.model import Guide


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("api", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


# The pages load only our own script and stylesheet; the widget's styles are constructed
# stylesheets, which need no 'unsafe-inline'. Forms only submit to us (the guide search).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HTML_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY}


def render_guide(guide: Guide, demo: bool = False) -> str:
    """A guide as a clean HTML page with an anchor on every section heading and the widget."""
    template = _environment().get_template("guide.html")
    count = sum(1 for _ in guide.walk())
    return template.render(
        guide=guide, demo=demo, widget=True, widget_career=guide.slug, section_count=count
    )


def render_index(catalogue: Catalogue, query: str, number: int) -> str:
    """Page ``number`` of the guide index, or of the guides whose titles match ``query``."""
    page = catalogue.page(query, number)

    def link(n: int) -> str:
        return "/guides?" + urlencode({"q": query, "page": n} if query else {"page": n})

    template = _environment().get_template("index.html")
    return template.render(
        page=page,
        query=query,
        link=link,
        per_page=PER_PAGE,
        widget=len(catalogue) > 0,
        on_index=not query and number == 1,
    )
