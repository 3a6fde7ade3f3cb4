"""Builds the heavy objects (model, stores, bot) from settings, once per process."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import cast

from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from sqlalchemy import Engine

from api.catalogue import Catalogue
from api.settings import Settings
from bot.compose.drafter import Drafter
from bot.generate.grounding import GroundingGuard
from bot.generate.llm import EMBEDDED, build_chat_model
from bot.generate.llm_process import ModelProcess
from bot.generate.llm_queue import ModelQueue
from bot.generate.writer import SYSTEM_PROMPT, AnswerWriter
from bot.moves.advice import MoveAdvicePlanner
from bot.moves.answers import PersonalAnswers
from bot.moves.planner import MovePlanner
from bot.retrieval.retriever import Fusion, Retriever
from bot.retrieval.units import UnitBank, load_chunks, split_units, unit_vectors
from bot.routing.career import career_of
from bot.routing.ranking import summary_vectors
from bot.routing.router import Router
from bot.services.advice import Adviser
from bot.services.chat import CareerBot
from bot.services.protocol import AnswerRecorder
from index.embeddings import load_embeddings, remembered, request_embeddings, vocabulary
from index.generation import exclusive_ingest, publish_generation, read_generation
from index.ingest import IngestReport, ingest, record_manager
from index.store import chroma_client, chunk_count, vector_store
from knowledge.loader import load_guides
from knowledge.model import Guide
from store.conversations import ConversationStore
from store.feedback import FeedbackStore
from store.profiles import ProfileStore
from store.schema import ensure_current
from store.tables import open_database


@dataclass
class Components:
    """Everything a request needs, built at start-up and shared."""

    settings: Settings
    embeddings: Embeddings
    store: Chroma
    guides: list[Guide]
    bot: CareerBot
    conversations: ConversationStore
    feedback: FeedbackStore
    profiles: ProfileStore
    adviser: Adviser
    database: Engine
    generation: str = ""  # the index generation the retrieval parts were built from
    model_process: ModelProcess | None = None
    ingested: str | None = None  # start-up ingest: "changed", "unchanged", None if not run
    served_chunks: int = 0  # the chunks the bot was built from: changes only with a swap

    def start_model(self) -> None:
        """Start loading the embedded model in its process, so the first Plus answer is quick."""
        if self.model_process is not None:
            self.model_process.start()

    def close(self) -> None:
        """Stop the embedded model's queue and process."""
        if self.bot.writer is not None:
            self.bot.writer.close()

    @cached_property
    def catalogue(self) -> Catalogue:
        """The guide index (``/guides``), built on first use."""
        return Catalogue(self.guides)

    def chunk_count(self) -> int:
        """How many chunks the index serves."""
        return chunk_count(self.store)


INGEST_WAIT_S = 600.0  # how long a second ingest on one data dir waits for the first
log = logging.getLogger("careerbot")


def load_settings_embeddings(settings: Settings) -> Embeddings:
    """The embedding model on the configured encoder (an ONNX graph is exported once)."""
    return load_embeddings(
        settings.embedding_model,
        settings.encoder,
        settings.encoder_cache_dir,
        settings.encoder_threads,
    )


def open_store(settings: Settings, embeddings: Embeddings, fresh: bool = False) -> Chroma:
    """The vector store the settings point at (``fresh``: not this process's cached client):
    the configured encoder's own collection."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    token = settings.chroma_token.get_secret_value() if settings.chroma_token else None
    client = chroma_client(settings.chroma_dir, settings.chroma_url, fresh=fresh, token=token)
    return vector_store(client, settings.collection_name, embeddings, settings.encoder)


def load_settings_guides(settings: Settings) -> list[Guide]:
    """The guides of ``guides_dir``, linted with the configured link domains."""
    return load_guides(settings.guides_dir, tuple(settings.allowed_link_domains))


def changed(report: IngestReport) -> bool:
    """Whether an ingest changed what the index serves."""
    return bool(report.added or report.updated or report.deleted)


def run_ingest(
    settings: Settings,
    store: Chroma,
    guides: list[Guide],
    on_chunk: Callable[[Document], None] | None = None,
) -> IngestReport:
    """Sync the index with ``guides``."""
    records = record_manager(settings.records_url, settings.collection_name)
    return ingest(guides, store, records, on_chunk=on_chunk)


def warm_caches(
    settings: Settings,
    store: Chroma,
    embeddings: Embeddings,
    guides: list[Guide],
    on_batch: Callable[[int], None] | None = None,
) -> None:
    """Embed every sentence and guide summary into the remembering cache, so that start-up
    reads them and no question ever waits on the model for them."""
    chunks, _ = load_chunks(store)
    cached = remembered(embeddings, settings.embedding_cache_url, settings.embedding_key)
    unit_vectors([unit for chunk in chunks for unit in split_units(chunk)], cached, on_batch)
    summary_vectors([career_of(guide) for guide in guides], cached)


def hosted_model(settings: Settings) -> BaseChatModel:
    """The ``provider:model`` chat model the settings name, called by each request's thread."""
    return build_chat_model(
        settings.llm,
        settings.llm_max_tokens,
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key,
        timeout_s=settings.llm_timeout_s,
    )


def build_components(
    settings: Settings,
    embeddings: Embeddings | None = None,
    llm: BaseChatModel | ModelQueue | None = None,
) -> Components:
    """Load the models and guides, sync the index if configured, and build the bot."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    database = open_database(settings.conversations_url)
    ensure_current(database, settings.migrates_on_startup)  # before anything slow
    embeddings = embeddings or load_settings_embeddings(settings)
    guides = load_settings_guides(settings)
    ingested = None
    if settings.ingest_on_startup:
        waiting = f"another ingest is running on {settings.data_dir}; waiting…"
        with exclusive_ingest(settings.data_dir, INGEST_WAIT_S, lambda: log.warning(waiting)):
            store = open_store(settings, embeddings)
            ingested = "unchanged"
            if changed(run_ingest(settings, store, guides)):
                publish_generation(settings.data_dir)
                ingested = "changed"
    else:
        store = open_store(settings, embeddings)
    generation = read_generation(settings.data_dir)
    conversations = ConversationStore(database)
    process = None
    if llm is None and settings.llm == EMBEDDED:  # its own process, one answer at a time
        process = ModelProcess(settings.llm, settings.llm_max_tokens)
        llm = ModelQueue(process, settings.llm_queue)
    writer = AnswerWriter(
        llm or hosted_model(settings),
        GroundingGuard(request_embeddings(embeddings), forbidden=[SYSTEM_PROMPT]),
        settings.llm_timeout_s,
        settings.llm_max_rejected,
    )
    profiles = ProfileStore(database)
    served = chunk_count(store)
    bot, adviser = _answering(settings, embeddings, store, guides, writer, conversations, profiles)
    return Components(
        settings,
        embeddings,
        store,
        guides,
        bot,
        conversations,
        FeedbackStore(database),
        profiles,
        adviser,
        database,
        generation,
        process,
        ingested,
        served,
    )


def reload_components(components: Components) -> Components:
    """The same components with the retrieval parts rebuilt from the index as it is now
    (after an ingest by another process); the caller swaps them in whole."""
    settings = components.settings
    generation = read_generation(settings.data_dir)
    store = open_store(settings, components.embeddings, fresh=True)
    served = chunk_count(store)
    guides = load_settings_guides(settings)
    writer = components.bot.writer
    if writer is None:
        raise ValueError("these components were built without an answer writer")
    bot, adviser = _answering(
        settings,
        components.embeddings,
        store,
        guides,
        writer,
        components.conversations,
        components.profiles,
    )
    return replace(
        components,
        store=store,
        guides=guides,
        bot=bot,
        adviser=adviser,
        generation=generation,
        served_chunks=served,
    )


def _answering(
    settings: Settings,
    embeddings: Embeddings,
    store: Chroma,
    guides: list[Guide],
    writer: AnswerWriter,
    conversations: ConversationStore,
    profiles: ProfileStore,
) -> tuple[CareerBot, Adviser]:
    """The bot and adviser over the chunks the store holds now."""
    chunks, vectors = load_chunks(store)
    cached = remembered(embeddings, settings.embedding_cache_url, settings.embedding_key)
    bank = UnitBank(chunks, cached)
    fusion = cast(Fusion, settings.retrieval_fusion)
    retriever = Retriever(store, embeddings, chunks, bank, vectors, fusion=fusion)
    router = Router(guides, cached, vocabulary(settings.embedding_model))
    drafter = Drafter(guides, retriever, bank, router, settings.min_similarity)
    recorder = AnswerRecorder(conversations)
    asked = request_embeddings(embeddings)  # a split encoder's document model stays unloaded
    planner = MoveAdvicePlanner(asked)
    planner.moves = moves = MovePlanner(guides, planner, asked)  # ratings read once
    bot = CareerBot(guides, drafter, recorder, writer, PersonalAnswers(profiles, moves))
    return bot, Adviser(guides, drafter, planner, writer, recorder)
