"""The ``careerbot`` command: ingest guides, ask a question, serve the API, mint tokens."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal

import typer
from tqdm import tqdm

from api.settings import Settings

app = typer.Typer(
    help="Career answers from career guides, cited to the section.", no_args_is_help=True
)


@app.command()
def ingest(
    guides: Annotated[
        Path | None, typer.Option(help="Guides directory (default: settings).")
    ] = None,
) -> None:
    """Sync the index with a directory of guides; unchanged chunks are not re-embedded."""
    from api.components import open_store, run_ingest, warm_caches
    from index.chunking import chunk_guide
    from index.embeddings import load_embeddings
    from knowledge.loader import GuideError, load_guides

    settings = Settings()
    if guides:
        settings = settings.model_copy(update={"guides_dir": guides})
    try:
        loaded = load_guides(settings.guides_dir, tuple(settings.allowed_link_domains))
    except GuideError as error:
        typer.secho(f"error: {error}", fg="red", err=True)
        raise typer.Exit(2) from error
    embeddings = load_embeddings(settings.embedding_model)
    store = open_store(settings, embeddings)
    total = sum(len(chunk_guide(g)) for g in loaded)
    with tqdm(total=total, unit="chunk", desc="Indexing") as bar:
        report = run_ingest(settings, store, loaded, on_chunk=lambda _: bar.update())
    with tqdm(unit="sentence", desc="Sentence vectors") as bar:
        warm_caches(settings, store, embeddings, loaded, on_batch=bar.update)
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
    from api.routes.chat import chat_response
    from api.schemas import ChatRequest
    from bot.chatbot import UnknownCareerError
    from bot.conversations import ConversationNotFoundError

    try:
        body = ChatRequest(message=question, conversation_id=conversation, career=career)
    except ValueError as error:
        typer.secho(f"error: {error}", fg="red", err=True)
        raise typer.Exit(2) from error
    components = build_components(Settings())
    try:
        reply = components.bot.reply(body.message, body.conversation_id, body.career)
    except (ConversationNotFoundError, UnknownCareerError) as error:
        typer.secho(f"error: {error}", fg="red", err=True)
        raise typer.Exit(2) from error
    if as_json:
        typer.echo(json.dumps(chat_response(reply).model_dump(), ensure_ascii=False, indent=2))
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
) -> None:
    """Serve the API and pages with uvicorn."""
    import uvicorn

    from api.app import create_app

    uvicorn.run(create_app(Settings()), host=host, port=port, proxy_headers=True)


TTL_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
MAX_TTL = timedelta(days=366)


@app.command()
def token(
    user: Annotated[str, typer.Option(help="User id, the token's 'sub' claim.")],
    plan: Annotated[Literal["free", "plus"], typer.Option(help="The visitor's plan.")],
    ttl: Annotated[str, typer.Option(help="Lifetime: 90s, 30m, 1h or 2d.")] = "1h",
) -> None:
    """Print a signed visitor token, as the host site would issue it (for testing)."""
    from api.auth import jwt_secret, mint_token

    lifetime = _ttl(ttl)
    if lifetime is None:
        typer.secho(
            f"error: --ttl {ttl!r} is not a lifetime; use a number and s, m, h or d "
            f"(90s, 30m, 1h, 2d), at most {MAX_TTL.days}d",
            fg="red",
            err=True,
        )
        raise typer.Exit(2)
    if not user.strip():
        typer.secho("error: --user must not be empty", fg="red", err=True)
        raise typer.Exit(2)
    try:
        secret = jwt_secret(Settings())
    except ValueError as error:
        typer.secho(f"error: {error}", fg="red", err=True)
        raise typer.Exit(2) from error
    typer.echo(mint_token(secret, user.strip(), plan, lifetime))


def _ttl(text: str) -> timedelta | None:
    """``90s``, ``30m``, ``1h`` or ``2d`` as a timedelta; None if invalid or over a year."""
    match = re.fullmatch(r"([1-9][0-9]{0,7})([smhd])", text.strip().lower())
    if match is None:
        return None
    lifetime = timedelta(**{TTL_UNITS[match[2]]: int(match[1])})
    return lifetime if lifetime <= MAX_TTL else None


@app.command("import-onet")
def import_onet(
    onet: Annotated[Path, typer.Option(help="O*NET database directory.")],
    oews: Annotated[Path, typer.Option(help="BLS OEWS national wages CSV.")],
    out: Annotated[Path, typer.Option(help="Directory to write the Markdown guides to.")],
    esco: Annotated[
        Path | None, typer.Option(help="ESCO occupations_en.csv, for job-title synonyms.")
    ] = None,
) -> None:
    """Write one Markdown guide per O*NET occupation; only changed guides are rewritten."""
    from knowledge.onet import OnetImportError, check_inputs, compose_guides, occupation_count

    try:
        check_inputs(onet, oews, esco)
        with tqdm(total=occupation_count(onet), unit="guide", desc="Writing guides") as bar:
            report = compose_guides(onet, oews, esco, out, on_guide=lambda _: bar.update())
    except OnetImportError as error:
        typer.secho(f"error: {error}", fg="red", err=True)
        raise typer.Exit(2) from error
    typer.echo(
        f"{report.occupations} occupation(s): {report.written} written, "
        f"{report.unchanged} unchanged, {report.removed} removed; "
        f"{report.without_wages} without a median wage."
    )


@app.command("eval")
def evaluate_set(
    golden: Annotated[Path, typer.Option("--set", help="Golden set (JSON list).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    career: Annotated[
        str | None, typer.Option(help="Guide page the questions are asked on (slug).")
    ] = None,
) -> None:
    """Run a golden set through the real bot and print its quality figures."""
    from api.components import build_components
    from bot.evaluation import evaluate, load_set

    if not golden.is_file():
        typer.secho(f"error: {golden}: golden set not found", fg="red", err=True)
        raise typer.Exit(2)
    try:
        items = load_set(golden)
    except ValueError as error:
        typer.secho(f"error: {golden}: not a JSON list ({error})", fg="red", err=True)
        raise typer.Exit(2) from error
    figures = evaluate(build_components(Settings()).bot, items, career)
    if as_json:
        typer.echo(json.dumps(figures, indent=2))
        return
    for name, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) and value < 10 else f"{value:g}"
        typer.echo(f"{name:>20}  {shown}")


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
