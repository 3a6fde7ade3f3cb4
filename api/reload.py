"""Serve a new index without a restart: rebuild the retrieval parts after an ingest, swap."""

from __future__ import annotations

import asyncio
import logging

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool

from api.components import Components, reload_components
from index.generation import read_generation

log = logging.getLogger("careerbot")


async def follow_index(app: FastAPI, interval: float) -> None:
    """Every ``interval`` s, read the index generation stamp; when an ingest changed it, build
    new components in a worker thread and swap them in with one assignment, so a request sees
    either the old index or the new one, never a half-built state."""
    failed = ""
    while True:
        await asyncio.sleep(interval)
        components: Components = app.state.components
        generation = read_generation(components.settings.data_dir)  # a tiny file
        if generation in (components.generation, failed):
            continue
        runs = app.state.metrics.ingest_runs
        try:
            app.state.components = await run_in_threadpool(reload_components, components)
        except Exception:  # keep serving the old index; try again after the next ingest
            log.exception("reloading the index (generation %s) failed", generation)
            failed = generation
            runs.labels("reload", "failed").inc()
        else:
            log.info("now serving index generation %s", app.state.components.generation)
            runs.labels("reload", "changed").inc()


def start_following(app: FastAPI) -> asyncio.Task[None] | None:
    """Follow the index in the background if ``index_check_s`` is set; cancel it on shutdown."""
    components: Components = app.state.components
    interval = components.settings.index_check_s
    return asyncio.create_task(follow_index(app, interval)) if interval else None
