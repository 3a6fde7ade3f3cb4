"""The ``careerbot`` command: ingest guides, ask a question, serve the API, mint tokens."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from tqdm import tqdm

from api.cli_support import check_database, fail, load_settings
from api.cli_tools import evaluate_set, import_onet, token

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
    check_database(settings)
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
    check_database(settings)
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


app.command()(token)
app.command("import-onet")(import_onet)
app.command("eval")(evaluate_set)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
