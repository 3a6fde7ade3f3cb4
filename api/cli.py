"""The ``careerbot`` command: ingest guides, ask a question, serve the API, mint tokens."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal, NoReturn

import typer
from pydantic import ValidationError
from tqdm import tqdm

from api.settings import Settings

app = typer.Typer(
    help="Career answers from career guides, cited to the section.", no_args_is_help=True
)


def _version(show: bool) -> None:
    if show:
        from api.version import version

        typer.echo(f"careerbot {version()}")
        raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Career answers from career guides, cited to the section."""


@app.command()
def ingest(
    guides: Annotated[
        Path | None, typer.Option(help="Guides directory (default: settings).")
    ] = None,
    wait: Annotated[
        float, typer.Option(help="Seconds to wait for another ingest on the data dir.")
    ] = 600,
) -> None:
    """Sync the index with a directory of guides; unchanged chunks are not re-embedded."""
    from api.components import (
        changed,
        load_settings_embeddings,
        load_settings_guides,
        open_store,
        run_ingest,
        warm_caches,
    )
    from index.chunking import chunk_guide
    from index.generation import IngestBusyError, exclusive_ingest, publish_generation
    from knowledge.loader import GuideError

    settings = load_settings()
    if guides:
        settings = settings.model_copy(update={"guides_dir": guides})
    try:
        loaded = load_settings_guides(settings)
    except GuideError as error:
        fail(error)
    waiting = f"another ingest is running on {settings.data_dir}; waiting…"
    try:
        with exclusive_ingest(settings.data_dir, wait, lambda: typer.echo(waiting, err=True)):
            embeddings = load_settings_embeddings(settings)
            store = open_store(settings, embeddings)
            total = sum(len(chunk_guide(g)) for g in loaded)
            with tqdm(total=total, unit="chunk", desc="Indexing") as bar:
                report = run_ingest(settings, store, loaded, on_chunk=lambda _: bar.update())
            with tqdm(unit="sentence", desc="Sentence vectors") as bar:
                warm_caches(settings, store, embeddings, loaded, on_batch=bar.update)
            if changed(report):  # running servers reload the index when they see this
                publish_generation(settings.data_dir)
    except IngestBusyError as error:
        fail(error)
    typer.echo(
        f"{report.guides} guide(s), {report.chunks} chunks: {report.added} added, "
        f"{report.updated} updated, {report.skipped} unchanged, {report.deleted} deleted."
    )
    if report.dropped:
        reasons = Counter(d.reason.value for d in report.dropped)
        typer.secho(
            f"Dropped from the guides ({', '.join(f'{n} {r}' for r, n in reasons.items())}):",
            fg="yellow",
        )
        for item in report.dropped:
            where = f" › {item.section}" if item.section else ""
            typer.echo(f"  {item.guide}{where}: {item.reason.value}: {item.text}")


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="Your question.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the /v1/chat response.")] = False,
    conversation: Annotated[str | None, typer.Option(help="Continue a conversation.")] = None,
    career: Annotated[str | None, typer.Option(help="Guide slug to answer from.")] = None,
) -> None:
    """Ask one question and print the cited answer."""
    from api.components import build_components
    from api.schemas import ChatRequest, ChatResponse
    from bot.services.protocol import UnknownCareerError
    from store.conversations import ConversationNotFoundError

    try:
        body = ChatRequest(message=question, conversation_id=conversation, career=career)
    except ValueError as error:
        fail(error)
    settings = load_settings()
    _check_database(settings)
    components = build_components(settings)
    try:
        reply = components.bot.reply(body.message, body.conversation_id, body.career)
    except (ConversationNotFoundError, UnknownCareerError) as error:
        fail(error)
    if as_json:
        typer.echo(json.dumps(ChatResponse.of(reply).model_dump(), ensure_ascii=False, indent=2))
        return
    typer.echo(reply.answer)
    if reply.citations:
        typer.echo("")
        for citation in reply.citations:
            typer.echo(
                f"[{citation.id}] {citation.guide_title} › {citation.section} ({citation.url})"
            )
    if reply.suggestions:
        typer.echo("\nYou could also ask: " + " · ".join(reply.suggestions))
    typer.echo(f"\n(conversation {reply.conversation_id})")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Worker processes (default: $WEB_CONCURRENCY or 1)."),
    ] = None,
) -> None:
    """Serve the API and pages with uvicorn: one process, or N worker processes."""
    count, asked = _workers(workers)
    settings = load_settings()
    if count > 1 and settings.jwt_secret is None:
        fail(
            f"{asked}: every process must verify the same tokens, so set CAREERBOT_JWT_SECRET "
            "(the host site's HS256 secret, at least 32 bytes) to serve with more than one"
        )
    _check_database(settings)
    from api.server import serve as run
    from api.server import server_config, shared_metrics

    with shared_metrics(count):
        config = server_config(settings, host, port, settings.log_level, workers=count)
        if not run(config):
            raise typer.Exit(3)


def _workers(workers: int | None) -> tuple[int, str]:
    """How many processes to serve with, and how that was asked for (for messages)."""
    if workers is not None:
        return workers, f"--workers {workers}"
    given = os.environ.get("WEB_CONCURRENCY", "1").strip() or "1"
    if not given.isdigit() or int(given) < 1:
        fail(f"WEB_CONCURRENCY={given!r} is not a number of processes (1 or more)")
    return int(given), f"WEB_CONCURRENCY={given}"


def _check_database(settings: Settings) -> None:
    """Fail now, in one line, if the database is behind (migrating the embedded SQLite)."""
    from sqlalchemy.exc import OperationalError

    from store.schema import SchemaOutOfDateError, ensure_current, shown
    from store.tables import open_database

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = open_database(settings.conversations_url)
    try:
        ensure_current(engine, settings.migrates_on_startup)
    except SchemaOutOfDateError as error:
        fail(error)
    except OperationalError as error:
        fail(f"cannot reach the database {shown(engine.url)}: {error.orig}")
    finally:
        engine.dispose()


@app.command()
def migrate() -> None:
    """Bring the database schema to the newest revision (once per deploy, before serving)."""
    from sqlalchemy.exc import OperationalError

    from store.schema import migrate as upgrade
    from store.schema import shown

    settings = load_settings()
    url = settings.conversations_url
    if settings.database_url is None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        before, after = upgrade(url)
    except OperationalError as error:
        fail(f"migrating the database {shown(url)} failed: {error.orig}")
    if before == after:
        typer.echo(f"{shown(url)}: at revision {after}, nothing to do.")
    else:
        typer.echo(f"{shown(url)}: migrated from {before or 'no revision'} to {after}.")


TTL_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


@app.command()
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


@app.command("import-onet")
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


@app.command("eval")
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
    _check_database(settings)
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


def load_settings() -> Settings:
    """The settings from the environment; a bad value exits 2 naming its variable."""
    try:
        return Settings()
    except ValidationError as error:
        fail(
            "; ".join(
                f"CAREERBOT_{'_'.join(str(part) for part in problem['loc']).upper()}="
                f"{problem['input']!r}: {problem['msg']}"
                for problem in error.errors()
            )
        )


def fail(error: object) -> NoReturn:
    """Print the error as the command's last line and exit with status 2."""
    typer.secho(f"error: {error}", fg="red", err=True)
    raise typer.Exit(2)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
