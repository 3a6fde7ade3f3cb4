"""The importer on the real O*NET, OEWS and ESCO copies in ../shared/data (built in a temp dir)."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from knowledge.loader import load_guide
from knowledge.onet import (
    compose_guides,
)
from tests.knowledge.test_onet import ATTRIBUTION, INSPECTORS, LINK
from tests.paths import SHARED_DATA

pytestmark = pytest.mark.slow  # a real server, browser or subprocess


def test_real_data(tmp_path: Path) -> None:
    """The shared O*NET, OEWS, ESCO, BLS EP and O*NET 29.3 files: every occupation, parsed."""
    onet, oews = SHARED_DATA / "onet", SHARED_DATA / "oews/oews_may2025_national.csv"
    esco = SHARED_DATA / "esco/occupations_en.csv"
    if not (onet.is_dir() and oews.is_file() and esco.is_file()):
        pytest.skip(f"shared data not found under {SHARED_DATA}")
    out = tmp_path / "guides"
    started = time.perf_counter()
    bls_ep, ratings = SHARED_DATA / "bls-ep", SHARED_DATA / "onet-29.3"
    report = compose_guides(onet, oews, esco, out, bls_ep_dir=bls_ep, ratings_dir=ratings)
    composed = time.perf_counter() - started
    assert report.written >= 900
    assert report.written == report.occupations == len(list(out.glob("*.md")))

    with oews.open(encoding="utf-8-sig", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["occ_code"] == "51-9061")
    expected_median = f"${int(row['Annual median wage']):,}"
    guide = load_guide(out / f"{INSPECTORS}.md")
    assert guide.career == "Inspectors, Testers, Sorters, Samplers, and Weighers"
    assert guide.facts.median_salary is not None
    assert guide.facts.median_salary.value == expected_median == "$48,570"

    slugs = {p.stem for p in out.glob("*.md")}
    with_median = 0
    for path in sorted(out.glob("*.md")):
        parsed = load_guide(path)
        with_median += parsed.facts.median_salary is not None
        lines = path.read_text(encoding="utf-8").splitlines()
        raw = "\n".join(line for line in lines if not line.startswith("<!--"))  # marker: skipped
        text = "\n".join([parsed.title, *(s.text for s in parsed.walk())])
        for mark in "*_`":  # nothing read as emphasis: "O*NET ... O*NET" on one line would be
            assert text.count(mark) == raw.count(mark), (path.name, mark)
        sources = parsed.find("Sources & References")
        assert sources is not None
        assert sources.paragraphs[0] == ATTRIBUTION
        assert {m["slug"] for m in LINK.finditer(raw)} <= slugs, path.name
    assert with_median == report.occupations - report.without_wages
    assert composed < 60, f"import took {composed:.1f}s"
    assert time.perf_counter() - started < 60

    again = compose_guides(onet, oews, esco, out, bls_ep_dir=bls_ep, ratings_dir=ratings)
    assert (again.written, again.unchanged, again.removed) == (0, report.occupations, 0)
