"""Countries read as the regions of the world a guide speaks of: "can I work in Germany?"
is answered by what it says of Western Europe."""

from __future__ import annotations

import re

WESTERN_EUROPE = (
    "germany", "france", "uk", "england", "britain", "scotland", "wales", "ireland",
    "netherlands", "belgium", "spain", "italy", "portugal", "switzerland", "austria", "sweden",
    "norway", "denmark", "finland",
)  # fmt: skip
COUNTRIES = {
    "western europe": WESTERN_EUROPE,
    "europe": (*WESTERN_EUROPE, "poland", "czech", "hungary", "romania", "greece", "ukraine"),
    "north america": ("usa", "united states", "america", "canada"),
    "asia": (
        "china", "india", "japan", "korea", "vietnam", "philippines", "thailand", "indonesia",
        "malaysia", "singapore", "pakistan", "bangladesh",
    ),
    "middle east": ("saudi", "uae", "dubai", "qatar", "kuwait", "oman", "israel", "turkey"),
    "latin america": ("mexico", "brazil", "argentina", "colombia", "chile", "peru", "venezuela"),
    "africa": ("nigeria", "kenya", "south africa", "ghana", "egypt", "ethiopia"),
}  # fmt: skip
US_STATES = (
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon",
    "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
    "wisconsin", "wyoming", "new york", "new jersey", "new mexico", "new hampshire",
    "north carolina", "south carolina", "north dakota", "south dakota", "west virginia",
    "rhode island",
)  # fmt: skip
# Places within the US read as North America ("is montana even a place with these jobs?");
# not Georgia or Washington, which also name a country and a city
US_PLACES = (
    "the us",
    r"the u\.s\.?",
    *(s for s in US_STATES if s not in ("georgia", "washington")),
)
_WITHIN = {"north america": US_PLACES}
_NAMES = {
    region: re.compile(
        rf"\b(?:{region}|{'|'.join((*countries, *_WITHIN.get(region, ())))})\b",
        re.IGNORECASE,
    )
    for region, countries in COUNTRIES.items()
}


# A region put aside, not asked of ("i'm in ohio not asia lol")
PUT_ASIDE = re.compile(
    r"\b(?:not|instead of|rather than)\s+(?:in\s+|from\s+)?(?:"
    + "|".join(sorted({n for region, names in COUNTRIES.items() for n in (region, *names)}))
    + r")\b",
    re.IGNORECASE,
)


def without_regions_put_aside(text: str) -> str:
    """``text`` without the regions and countries it puts aside ("not asia")."""
    return PUT_ASIDE.sub(" ", text)


def regions_named(text: str) -> list[str]:
    """The regions ``text`` names, itself or by one of its countries ("germany": western
    europe and europe), but not one it puts aside ("not asia")."""
    text = without_regions_put_aside(text)
    return [region for region, pattern in _NAMES.items() if pattern.search(text)]
