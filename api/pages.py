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


# The pages load only our own script and stylesheet; the widget's styles are constructed
# stylesheets, which need no 'unsafe-inline'.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
HTML_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY}


def render_guide(guide: Guide, demo: bool = False) -> str:
    """A guide as a clean HTML page with an anchor on every section heading and the widget."""
    template = _environment().get_template("guide.html")
    return template.render(guide=guide, demo=demo, widget_career=guide.slug)
