"""Server-rendered HTML pages (Jinja2, autoescaped)."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from knowledge.model import Guide


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("api", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_guide(guide: Guide) -> str:
    """A guide as a clean HTML page with an anchor on every section heading."""
    return _environment().get_template("guide.html").render(guide=guide)


def render_index(guides: list[Guide]) -> str:
    """The home page: the guides this bot answers from."""
    return _environment().get_template("index.html").render(guides=guides)
