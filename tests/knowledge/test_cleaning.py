"""The export's defects are repaired: mojibake, decorative emoji, page furniture."""

from __future__ import annotations

import re

import pytest

from knowledge.cleaning import clean_text, drop_decorative_emoji, repair_greek_mojibake
from knowledge.model import Guide

# Characters that only appear in this export when UTF-8 was decoded as Windows-1253.
MOJIBAKE = re.compile(r"[\u0370-\u03ff\u0178\u0153\u2021\u02c6]|â€|Ã")


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("42,000β€”75,000", "42,000—75,000"),
        ("πŸ“ˆ Market Demand", "📈 Market Demand"),
        ("βœ… Pros", "✅ Pros"),
        ("❌ Cons", "❌ Cons"),
        ("Go to account β€Ί", "Go to account ›"),
        ("a technician’s commitment", "a technician’s commitment"),
        ("πŸ‡ΊπŸ‡Έ Annual Salary", "🇺🇸 Annual Salary"),
    ],
)
def test_greek_mojibake_is_repaired(broken: str, fixed: str) -> None:
    assert repair_greek_mojibake(broken) == fixed


def test_real_greek_and_bullets_are_left_alone() -> None:
    text = "  • Ensure compliance — Αθήνα, βήτα"
    assert repair_greek_mojibake(text) == text


def test_clean_text_uses_en_dash_for_number_ranges_and_straight_apostrophes() -> None:
    assert clean_text("42,000β€”75,000 and it’s") == "42,000–75,000 and it's"


def test_decorative_emoji_are_dropped_from_headings() -> None:
    assert drop_decorative_emoji("📈 Market Demand") == "Market Demand"
    assert drop_decorative_emoji("🇺🇸 Annual Salary (US, USD)") == "Annual Salary (US, USD)"
    assert drop_decorative_emoji("✅ Pros") == "Pros"


def test_no_mojibake_survives_anywhere_in_the_guide(guide: Guide) -> None:
    texts = [guide.title] + [t for s in guide.walk() for t in (s.title, s.text)]
    leftovers = [t for t in texts if MOJIBAKE.search(t)]
    assert leftovers == []


def test_page_furniture_is_gone(guide: Guide) -> None:
    everything = "\n".join(f"{s.title}\n{s.text}" for s in guide.walk())
    for furniture in ("Share career guide", "Jobicy", "USD $8/month", "Go to account", "•"):
        assert furniture not in everything
