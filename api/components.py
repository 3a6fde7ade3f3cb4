"""Builds the heavy objects (model, stores, bot) from settings, once per process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from sqlalchemy import Engine

from api.settings import Settings
from bot.advice import AdvicePlanner
from bot.adviser import Adviser
from bot.chatbot import CareerBot
from bot.conversations import ConversationStore
from bot.drafting import Drafter
from bot.feedback import FeedbackStore
from bot.grounding import GroundingGuard
from bot.llm import build_chat_model
from bot.passages import UnitBank, load_chunks
from bot.profiles import ProfileStore
from bot.retrieval import Fusion, Retriever
from bot.routing import Router
from bot.storage import open_database
from bot.writer import SYSTEM_PROMPT, AnswerWriter
from index.embeddings import load_embeddings, remembered
from index.ingest import IngestReport, ingest, record_manager
from index.store import chroma_client, vector_store
from knowledge.loader import load_guides
from knowledge.model import Guide


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

    def chunk_count(self) -> int:
        """How many chunks the index serves."""
        return int(self.store._collection.count())


def open_store(settings: Settings, embeddings: Embeddings) -> Chroma:
    """The vector store the settings point at."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    client = chroma_client(settings.chroma_dir, settings.chroma_url)
    return vector_store(client, settings.chroma_collection, embeddings)


def run_ingest(
    settings: Settings,
    store: Chroma,
    guides: list[Guide],
    on_chunk: Callable[[Document], None] | None = None,
) -> IngestReport:
    """Sync the index with ``guides``."""
    records = record_manager(settings.records_url, settings.chroma_collection)
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
    cached = remembered(embeddings, settings.embedding_cache_url, settings.embedding_model)
    UnitBank(chunks, cached, on_batch=on_batch)
    Router(guides, cached)


def build_components(
    settings: Settings,
    embeddings: Embeddings | None = None,
    llm: BaseChatModel | None = None,
) -> Components:
    """Load the models and guides, sync the index if configured, and build the bot."""
    embeddings = embeddings or load_embeddings(settings.embedding_model)
    store = open_store(settings, embeddings)
    guides = load_guides(settings.guides_dir, tuple(settings.allowed_link_domains))
    if settings.ingest_on_startup:
        run_ingest(settings, store, guides)
    chunks, vectors = load_chunks(store)
    cached = remembered(embeddings, settings.embedding_cache_url, settings.embedding_model)
    bank = UnitBank(chunks, cached)
    fusion = cast(Fusion, settings.retrieval_fusion)
    retriever = Retriever(store, embeddings, chunks, bank, vectors, fusion=fusion)
    database = open_database(settings.conversations_url)
    conversations = ConversationStore(database)
    drafter = Drafter(guides, retriever, bank, Router(guides, cached), settings.min_similarity)
    writer = AnswerWriter(
        llm or build_chat_model(settings.llm, settings.llm_max_tokens),
        GroundingGuard(embeddings, forbidden=[SYSTEM_PROMPT]),
        settings.llm_timeout_s,
    )
    bot = CareerBot(drafter, conversations, writer)
    adviser = Adviser(drafter, AdvicePlanner(embeddings), writer, conversations)
    return Components(
        settings,
        embeddings,
        store,
        guides,
        bot,
        conversations,
        FeedbackStore(database),
        ProfileStore(database),
        adviser,
        database,
    )
