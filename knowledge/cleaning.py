"""Text repair for exported guide pages: mojibake, decorative emoji and page furniture."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import ftfy


@cache
def _greek_mojibake_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """A regex matching UTF-8 byte sequences that were decoded as Windows-1253.

    Bytes Windows-1253 leaves undefined were decoded as Windows-1252 by the exporter
    (``✅`` became ``βœ…``), so the byte table falls back to it, then to Latin-1.
    """
    char_to_byte: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        for codec in ("cp1253", "cp1252", "latin-1"):
            try:
                char_to_byte.setdefault(bytes([byte]).decode(codec), byte)
                break
            except UnicodeDecodeError:
                continue

    def chars(low: int, high: int) -> str:
        return "".join(re.escape(c) for c, b in char_to_byte.items() if low <= b <= high)

    cont = f"[{chars(0x80, 0xBF)}]"
    pattern = (
        f"[{chars(0xC2, 0xDF)}]{cont}"
        f"|[{chars(0xE0, 0xEF)}]{cont}{{2}}"
        f"|[{chars(0xF0, 0xF4)}]{cont}{{3}}"
    )
    return re.compile(pattern), char_to_byte


def repair_greek_mojibake(text: str) -> str:
    """Turn ``42,000β€”75,000`` back into ``42,000—75,000`` (ftfy does not detect this codec)."""
    pattern, char_to_byte = _greek_mojibake_pattern()

    def decode(match: re.Match[str]) -> str:
        raw = bytes(char_to_byte[c] for c in match.group())
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group()

    return pattern.sub(decode, text)


def _is_decorative(char: str) -> bool:
    """Emoji, flags and their joiners: pictures, not words."""
    code = ord(char)
    return (
        (unicodedata.category(char) == "So" and code >= 0x2190)
        or 0x1F1E6 <= code <= 0x1F1FF  # regional indicators (flags)
        or code in (0x200D, 0xFE0F, 0xFE0E)
    )


def drop_decorative_emoji(text: str) -> str:
    """Remove emoji used as decoration (``📈 Market Demand`` → ``Market Demand``)."""
    return re.sub(r"[ \t]{2,}", " ", "".join(c for c in text if not _is_decorative(c))).strip()


NUMBER_RANGE = re.compile(r"(?<=\d)\s*[—―]\s*(?=\$?\d)")


def clean_text(text: str) -> str:
    """Repair mojibake, normalise Unicode, straighten apostrophes, en-dash number ranges."""
    text = repair_greek_mojibake(text)
    text = ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return NUMBER_RANGE.sub("–", text)


FURNITURE_START = re.compile(r"^\s*Share career guide\s*$", re.MULTILINE)


def strip_page_furniture(text: str) -> str:
    """Cut the share line and the subscription block that close an exported page."""
    match = FURNITURE_START.search(text)
    return text[: match.start()] if match else text
