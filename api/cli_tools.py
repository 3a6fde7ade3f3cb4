"""The operator's ``careerbot`` commands: mint a test token, import O*NET guides, run a
golden set (registered on the app in ``api.cli``)."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal

import typer
from tqdm import tqdm

from api.cli_support import check_database, fail, load_settings

TTL_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def token(
    user: Annotated[str, typer.Option(help="User id, the token's 'sub' claim.")],
    plan: Annotated[Literal["free", "plus"], typer.Option(help="The visitor's plan.")],
    ttl: Annotated[str, typer.Option(help="Lifetime: 90s, 30m, 1h or 2d.")] = "1h",
) -> None:
    """Print a signed visitor token, as the host site would issue it (for testing)."""
    from api.auth import jwt_secret, mint_token

    settings = load_settings()
    longest = timedelta(seconds=settings.token_max_ttl_s)
    lifetime = _ttl(ttl, longest)
    if lifetime is None:
        typer.secho(
            f"error: --ttl {ttl!r} is not a lifetime; use a number and s, m, h or d "
            f"(90s, 30m, 1h, 2d), at most {settings.token_max_ttl_s}s "
            "(CAREERBOT_TOKEN_MAX_TTL_S)",
            fg="red",
            err=True,
        )
        raise typer.Exit(2)
    if not user.strip():
        typer.secho("error: --user must not be empty", fg="red", err=True)
        raise typer.Exit(2)
    try:
        secret = jwt_secret(settings)
    except ValueError as error:
        fail(error)
    typer.echo(mint_token(secret, user.strip(), plan, lifetime))


def _ttl(text: str, longest: timedelta) -> timedelta | None:
    """``90s``, ``30m``, ``1h`` or ``2d`` as a timedelta; None if invalid or over ``longest``."""
    match = re.fullmatch(r"([1-9][0-9]{0,7})([smhd])", text.strip().lower())
    if match is None:
        return None
    lifetime = timedelta(**{TTL_UNITS[match[2]]: int(match[1])})
    return lifetime if lifetime <= longest else None


def import_onet(
    onet: Annotated[Path, typer.Option(help="O*NET database directory.")],
    out: Annotated[Path, typer.Option(help="Directory to write the Markdown guides to.")],
    oews: Annotated[Path | None, typer.Option(help="BLS OEWS national wages CSV.")] = None,
    esco: Annotated[
        Path | None, typer.Option(help="ESCO occupations_en.csv, for job-title synonyms.")
    ] = None,
    bls_ep: Annotated[
        Path | None,
        typer.Option(
            "--bls-ep",
            metavar="DIR",
            help="BLS Employment Projections 2024–34 tables (entry education, outlook).",
        ),
    ] = None,
    onet_ratings: Annotated[
        Path | None,
        typer.Option(
            "--onet-ratings",
            metavar="DIR",
            help="O*NET 29.3 ratings (education shares, skills, work styles, job titles).",
        ),
    ] = None,
) -> None:
    """Write one Markdown guide per O*NET occupation; only changed guides are rewritten."""
    from knowledge.onet import OnetImportError, check_inputs, compose_guides, occupation_count

    try:
        check_inputs(onet, oews, esco, bls_ep, onet_ratings)
        with tqdm(total=occupation_count(onet), unit="guide", desc="Writing guides") as bar:
            report = compose_guides(
                onet,
                oews,
                esco,
                out,
                on_guide=lambda _: bar.update(),
                bls_ep_dir=bls_ep,
                ratings_dir=onet_ratings,
            )
    except OnetImportError as error:
        fail(error)
    typer.echo(
        f"{report.occupations} occupation(s): {report.written} written, "
        f"{report.unchanged} unchanged, {report.removed} removed; "
        f"{report.without_wages} without a median wage."
    )


def evaluate_set(
    golden: Annotated[
        Path, typer.Option("--set", help="Golden set (JSON list, or CareerNet .jsonl).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    career: Annotated[
        str | None, typer.Option(help="Guide page the questions are asked on (slug).")
    ] = None,
) -> None:
    """Run a golden set through the real bot and print its quality figures."""
    from api.components import build_components
    from bot.services.evaluation import evaluate, load_set

    if not golden.is_file():
        typer.secho(f"error: {golden}: golden set not found", fg="red", err=True)
        raise typer.Exit(2)
    settings = load_settings()
    check_database(settings)
    bot = build_components(settings).bot
    try:
        items = load_set(golden, bot.guides)
    except (ValueError, KeyError) as error:
        typer.secho(
            f"error: {golden}: not a JSON list or CareerNet JSON lines ({error})",
            fg="red",
            err=True,
        )
        raise typer.Exit(2) from error
    figures = evaluate(bot, items, career)
    if as_json:
        typer.echo(json.dumps(figures, indent=2))
        return
    for name, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) and value < 10 else f"{value:g}"
        typer.echo(f"{name:>20}  {shown}")
