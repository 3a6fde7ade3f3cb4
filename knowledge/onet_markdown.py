"""One O*NET occupation as a Markdown guide in the bundled guide's section template."""

from __future__ import annotations

import re

from knowledge.bls_projections import BLS_EP_CREDIT
from knowledge.onet_data import (
    ESCO_CREDIT,
    JOB_ZONES,
    MAX_RELATED,
    MAX_TASKS,
    MAX_TOOLS,
    ONET_ATTRIBUTION,
    ONET_RELEASE,
    PERCENTILE_NOTE,
    TOP_ANNUAL,
    TOP_CODE,
    TOP_HOURLY,
    WAGE_CREDIT,
    Occupation,
)
from knowledge.onet_ratings import ONET_RATINGS_CREDIT, ONET_RATINGS_RELEASE
from knowledge.onet_sections import Sources, how_to_become_blocks, outlook_blocks, rating_blocks

# Job titles for routing only: an HTML comment the parser skips (see markdown_guide).
ROUTING_COMMENT = "<!-- routing titles: {} -->"

# --- writing ---------------------------------------------------------------------------


def render_guide(
    occupation: Occupation, by_code: dict[str, Occupation], sources: Sources | None = None
) -> str:
    """The Markdown guide of one occupation; sections without data are left out, except
    those of an optional source (``sources``), which say plainly what it lacks."""
    sources = sources or Sources()
    head = (
        f"# {occupation.title} Career Guide\n"
        f"<!-- generated from O*NET {ONET_RELEASE} ({occupation.code}) -->"
    )
    if occupation.routing_titles:
        head += f"\n{ROUTING_COMMENT.format('; '.join(occupation.routing_titles))}"
    blocks = [head]
    if occupation.description:
        blocks.append(occupation.description)
    detailed = not occupation.code.endswith(".00")  # an O*NET occupation within a SOC one
    salary = _salary_blocks(occupation.wages, occupation.title, detailed)
    if salary:
        blocks += ["## Annual Salary (US, USD)", *salary]
    path = how_to_become_blocks(occupation, sources)
    if path:
        blocks += ["## How to Become One", *path]
    if sources.projections:
        blocks += ["## Job Outlook", *outlook_blocks(occupation, sources)]
    tasks = [t for rank in sorted(occupation.tasks) for t in occupation.tasks[rank]]
    if tasks:
        blocks += ["## Key Responsibilities", _items(tasks[:MAX_TASKS])]
    tools = [*occupation.in_demand_tools, *occupation.hot_tools, *occupation.other_tools]
    tools = tools[:MAX_TOOLS]  # those employers' postings ask for most first, then hot ones
    if tools:
        blocks += ["## Tech Stack", _items(tools)]
    if sources.ratings:
        for heading, rated in rating_blocks(occupation.title, occupation.ratings):
            blocks += [f"## {heading}", *rated]
    interests = _interest_sentence(occupation)
    if interests:
        blocks += ["## Interests and Fit", interests]
    preparation = _preparation_blocks(occupation, sources)
    if preparation:
        blocks += ["## Preparation", *preparation]
    if occupation.aka:
        blocks += ["## Also Known As", _items(occupation.aka)]
    related = _related_links(occupation, by_code)
    if related:
        blocks += ["## Related Roles", _items(related)]
    blocks += ["## Sources & References", *_source_blocks(occupation, bool(salary), sources)]
    return "\n\n".join(blocks) + "\n"


def _items(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _salary_blocks(wages: dict[str, str], title: str, detailed: bool) -> list[str]:
    """``Label: value`` paragraphs (one each, so every label is its own line) and notes."""
    if not wages:
        return []
    low, median, high = (wage_value(wages.get(k, "")) for k in ("a_pct10", "a_median", "a_pct90"))
    lines = [
        f"{label}: {_dollars(value)}"
        for label, value in (
            ("Median", median),
            ("Entry-Level", low),
            ("Mid-Level", median),
            ("Senior-Level", high),
        )
        if value is not None
    ]
    if low is not None and high is not None:
        lines.append(f"Range: {_plain(low)}–{_plain(high)}")
    employment = wage_value(wages.get("employment", ""))
    if employment is not None and employment != TOP_CODE:
        lines.append(f"Employment: {_plain(employment)}")
    if low is not None or high is not None:
        lines.append(PERCENTILE_NOTE)
    if median is None:
        hourly = _hourly_sentence(wages)
        if hourly:
            lines.append(hourly)
    soc_title = wages.get("title", "")
    if lines and soc_title and _same_words(soc_title) != _same_words(title):
        note = f"These are BLS figures for the occupation {soc_title} ({wages['code']})"
        lines.append(note + (", which includes this one." if detailed else "."))
    return lines


def _same_words(title: str) -> str:
    """Words of a title for comparison: ``Lapping, & Buffing`` → ``lapping and buffing``."""
    return " ".join(re.findall(r"[a-z0-9]+", title.lower().replace("&", " and ")))


def wage_value(raw: str) -> float | str | None:
    """A number, :data:`TOP_CODE`, or None for missing and suppressed (``*``, ``**``, ``-``)."""
    text = raw.strip().replace(",", "").lstrip("$")
    if text == TOP_CODE:
        return TOP_CODE
    try:
        return float(text)
    except ValueError:
        return None


def _dollars(value: float | str) -> str:
    return f"${TOP_ANNUAL:,} or more" if value == TOP_CODE else f"${float(value):,.0f}"


def _plain(value: float | str) -> str:
    return f"{TOP_ANNUAL:,} or more" if value == TOP_CODE else f"{float(value):,.0f}"


def _hourly_sentence(wages: dict[str, str]) -> str:
    """For occupations BLS publishes hourly wages only for (actors, dancers, ...)."""
    median = wage_value(wages.get("h_median", ""))
    if median is None:
        return ""

    def hourly(value: float | str) -> str:
        return f"${TOP_HOURLY:,.2f} or more" if value == TOP_CODE else f"${float(value):,.2f}"

    parts = [f"a median of {hourly(median)} an hour"]
    for key, name in (("h_pct10", "10th"), ("h_pct90", "90th")):
        value = wage_value(wages.get(key, ""))
        if value is not None:
            parts.append(f"{hourly(value)} at the {name} percentile")
    return (
        "BLS publishes hourly wages only for this occupation: "
        + ", ".join(parts)
        + " (BLS OEWS, May 2025)."
    )


def _interest_sentence(occupation: Occupation) -> str:
    """The O*NET high-point interests (or the top three scores) as one sentence."""
    names = [occupation.high_points[rank] for rank in sorted(occupation.high_points)]
    if not names:
        ranked = sorted(occupation.interests.items(), key=lambda kv: -kv[1])
        names = [name for name, _ in ranked[:3]]
    if not names:
        return ""
    named = [
        f"{name} ({occupation.interests[name]:.2f})" if name in occupation.interests else name
        for name in names
    ]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    strongest = "interest" if len(named) == 1 else "interests"
    return (
        f"The strongest {strongest} for this work: {listed}, "
        "on O*NET's 1–7 RIASEC occupational interest scale."
    )


def _preparation_blocks(occupation: Occupation, sources: Sources) -> list[str]:
    """The O*NET 29.3 job zone with its description, else the 2019 rating."""
    zone = occupation.ratings.job_zone if occupation.ratings else None
    if zone in JOB_ZONES:
        scale = f"this rating is from O*NET {ONET_RATINGS_RELEASE}."
        education, training = sources.zones.get(zone, ("", ""))
        described = " ".join(t for t in (education, training) if t)
    else:
        zone, described = occupation.job_zone, ""
        scale = "this rating is from the O*NET job zone file of 2019."
    if zone is None:
        return []
    blocks = [
        f"Job Zone {zone}: {JOB_ZONES[zone]}. Job zones run from 1 (little or no "
        f"preparation) to 5 (extensive preparation); {scale}"
    ]
    if described:
        blocks.append(described)
    blocks += [f"{name}: {value}" for name, value in occupation.job_zone_details]
    return blocks


def _related_links(occupation: Occupation, by_code: dict[str, Occupation]) -> list[str]:
    links: list[str] = []
    seen: set[str] = set()
    for _, _, code in sorted(occupation.related):
        other = by_code.get(code)
        if other is None or code == occupation.code or code in seen:
            continue
        seen.add(code)
        links.append(f"[{other.title}](/guides/{other.slug})")
        if len(links) == MAX_RELATED:
            break
    return links


def _source_blocks(occupation: Occupation, with_wages: bool, sources: Sources) -> list[str]:
    # Two lines, as every import so far wrote it (the parser keeps a "*" inside a word).
    first, _, trademark = ONET_ATTRIBUTION.rpartition(" O*NET® ")
    blocks = [f"{first}\nO*NET® {trademark}"]
    if sources.ratings and occupation.ratings:
        blocks.append(f"{ONET_RATINGS_CREDIT}\nO*NET® {trademark}")
    if occupation.aka:
        blocks.append(ESCO_CREDIT)
    if with_wages:
        blocks.append(WAGE_CREDIT)
    if sources.projections and occupation.projection:
        blocks.append(BLS_EP_CREDIT)
        if occupation.projection.ooh_url:
            blocks.append(f"Occupational Outlook Handbook: {occupation.projection.ooh_url}")
    blocks.append(f"O*NET-SOC code: {occupation.code}.")  # .00 = an occupation, .01+ = a specialty
    return blocks
