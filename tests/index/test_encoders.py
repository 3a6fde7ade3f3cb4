"""The encoders: offline, close to torch, cached once, and never mixed in one index."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import httpx
import numpy as np
import pytest
from langchain_core.embeddings import Embeddings
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from typer.testing import CliRunner

from api.cli import app
from api.components import Components, build_components, load_settings_embeddings
from api.settings import Settings
from bot.retrieval.units import load_chunks, split_units
from index.embeddings import SplitEmbeddings
from index.encoders import bfloat16_native, fastest_encoder
from index.store import ENCODER_KEY, EncoderMismatchError, chroma_client
from tests.bot.services.test_plus_order import PLUS, PROFILE
from tests.index.test_ingest import CountingEmbeddings
from tests.live_server import ServerProcess
from tests.paths import EVAL

GOLD = json.loads((EVAL / "guide_questions.json").read_text(encoding="utf-8"))
QUESTIONS = [item["question"] for item in GOLD]
# Questions whose first cited section must be this gold section, on every encoder.
CITED = {
    "how much does a production tech make starting out? like first job": "Annual Salary (US, USD)",
    "how long do the tech school / trade programs usually last": "Required Education",
    "im 16 and still in hs, what classes should i be taking if i want to do this later": (
        "Path to Production Technician"
    ),
}


def shared(encoder: str, data_dir: Path) -> Settings:
    """Settings on ``encoder`` with the session's exported graphs (see conftest)."""
    return Settings(data_dir=data_dir, encoder=encoder, stream_delay_ms=0)


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Embeddings]:
    """Every encoder, loaded with the Hugging Face offline switches on."""
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    data = tmp_path_factory.mktemp("models")
    return {
        name: load_settings_embeddings(shared(name, data))
        for name in ("torch", "onnx", "onnx-int8", "torch-bf16", "onnx-bf16")
        if not name.endswith("bf16") or bfloat16_native()  # refused on a CPU without it
    }


def build(settings: Settings, embeddings: Embeddings) -> Components:
    """The real stack on a data dir; Plus is never asked here."""
    return build_components(settings, embeddings, FakeListChatModel(responses=["unused"]))


def cited(components: Components, question: str) -> str:
    """The section the answer's first marker cites."""
    return components.bot.reply(question, None, None).citations[0].section


@pytest.mark.slow
def test_every_encoder_gives_normalised_vectors_close_to_torch(
    models: dict[str, Embeddings],
) -> None:
    torch = np.asarray(models["torch"].embed_documents(QUESTIONS))
    for name, floor in (("onnx", 0.9999), ("onnx-int8", 0.9)):
        vectors = np.asarray([models[name].embed_query(q) for q in QUESTIONS])
        assert vectors.shape == torch.shape == (len(QUESTIONS), 384)
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
        cosine = (vectors * torch).sum(axis=1)
        assert cosine.min() >= floor, (name, float(cosine.min()))
        # a text gets the same vector alone or among others (the caches rely on it)
        # (40 texts of mixed lengths: more than one fp32 batch, each padded to its longest)
        assert np.allclose(models[name].embed_documents(QUESTIONS[:40]), vectors[:40], atol=1e-6)


@pytest.mark.slow
@pytest.mark.skipif(not bfloat16_native(), reason="this CPU has no native bfloat16")
def test_bfloat16_vectors_are_torchs_and_do_not_depend_on_their_batch(
    models: dict[str, Embeddings],
) -> None:
    torch = np.asarray(models["torch"].embed_documents(QUESTIONS))
    alone = np.asarray([models["torch-bf16"].embed_query(q) for q in QUESTIONS])
    batched = np.asarray(models["torch-bf16"].embed_documents(QUESTIONS))
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    assert (batched * torch).sum(axis=1).min() >= 0.999
    assert (alone * torch).sum(axis=1).min() >= 0.999
    assert (alone * batched).sum(axis=1).min() >= 0.9999  # padding to a batch's longest
    assert not np.allclose(batched, torch, atol=1e-6)  # bfloat16 products really ran
    from torch import autocast, bfloat16

    with autocast("cpu", dtype=bfloat16):  # fp32 weights, cast by autocast on every call
        recast = np.asarray([models["torch"].embed_query(q) for q in QUESTIONS[:10]])
    assert np.allclose(alone[:10], recast, atol=1e-6)  # weights cast once: the same vectors


@pytest.mark.slow
@pytest.mark.skipif(not bfloat16_native(), reason="this CPU has no native bfloat16")
def test_onnx_bf16_asks_like_onnx_and_embeds_documents_like_torch_bf16(
    models: dict[str, Embeddings],
) -> None:
    split = models["onnx-bf16"]
    assert isinstance(split, SplitEmbeddings)
    asked = [split.embed_query(q) for q in QUESTIONS[:20]]
    assert asked == [models["onnx"].embed_query(q) for q in QUESTIONS[:20]]
    assert not split.documents_loaded  # questions alone never load torch
    assert split.embed_documents([]) == []
    assert not split.documents_loaded
    documents = np.asarray(split.embed_documents(QUESTIONS))
    assert split.documents_loaded
    assert np.allclose(documents, models["torch-bf16"].embed_documents(QUESTIONS), atol=1e-6)
    assert not np.allclose(documents[:20], asked, atol=1e-6)  # two models really ran


@pytest.mark.slow
@pytest.mark.skipif(not bfloat16_native(), reason="this CPU has no native bfloat16")
def test_onnx_bf16_has_its_own_collection_and_a_cached_restart_loads_no_torch(
    tmp_path: Path, models: dict[str, Embeddings]
) -> None:
    build(shared("onnx", tmp_path), models["onnx"])
    first = load_settings_embeddings(shared("onnx-bf16", tmp_path))
    assert isinstance(first, SplitEmbeddings)
    assert not first.documents_loaded
    ingested = build(shared("onnx-bf16", tmp_path), first)
    assert first.documents_loaded  # its empty collection was filled by its document model
    client = chroma_client(tmp_path / "chroma")
    names = {c.name: c.metadata for c in client.list_collections()}
    assert names["careerbot-onnx"][ENCODER_KEY] == "onnx"
    assert names["careerbot-onnx-bf16"][ENCODER_KEY] == "onnx-bf16"
    stored = ingested.store.get(include=["documents", "embeddings"])
    bf16 = np.asarray(models["torch-bf16"].embed_documents(stored["documents"][:10]))
    assert (np.asarray(stored["embeddings"][:10]) * bf16).sum(axis=1).min() >= 0.9999
    onnx = np.asarray(models["onnx"].embed_documents(stored["documents"][:10]))
    assert not np.allclose(stored["embeddings"][:10], onnx, atol=1e-5)  # not onnx's vectors

    # Restarted on its ingested index: every chunk and sentence vector is cached.
    restarted = load_settings_embeddings(shared("onnx-bf16", tmp_path))
    assert isinstance(restarted, SplitEmbeddings)
    written = "Production technicians set up, run and calibrate the machines on the line [1]."
    again = build_components(
        shared("onnx-bf16", tmp_path), restarted, FakeListChatModel(responses=[written] * 4)
    )
    for question, section in CITED.items():
        assert cited(again, question) == section
    # Plus: the written sentence is checked against its sources, the visitor's skills
    # matched to the guide's; both embed new text, on the question graph.
    guide = again.guides[0]
    plus = again.bot.reply("What does a production technician do all day?", None, guide.slug, PLUS)
    assert "calibrate the machines" in plus.answer
    advice = list(again.adviser.stream(PROFILE, None, guide, PLUS))
    assert any(name == "plan" for name, _ in advice)
    assert not restarted.documents_loaded  # no torch weights for a server that only answers


def test_bfloat16_is_native_only_on_a_cpu_with_its_flags(tmp_path: Path) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu avx2 avx512f avx512_vnni\n")
    assert not bfloat16_native(cpuinfo)
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu avx2 amx_bf16 amx_int8\n")
    assert bfloat16_native(cpuinfo)


def test_the_default_encoder_is_the_fastest_this_cpu_runs(tmp_path: Path) -> None:
    cpuinfo = tmp_path / "cpuinfo"
    assert fastest_encoder(cpuinfo) == "onnx"  # unknown CPU: the one that runs everywhere
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu avx2 avx512f avx512_vnni\n")
    assert fastest_encoder(cpuinfo) == "onnx"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu avx2 amx_bf16 amx_int8\n")
    assert fastest_encoder(cpuinfo) == "onnx-bf16"
    assert Settings(data_dir=tmp_path).encoder == fastest_encoder()  # what "auto" means here
    assert Settings(data_dir=tmp_path, encoder="torch").encoder == "torch"
    with pytest.raises(ValueError, match="encoder"):
        Settings(data_dir=tmp_path, encoder="gpu")


@pytest.mark.slow
def test_export_runs_once_into_the_data_dir(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(data_dir=tmp_path, encoder="onnx-int8", encoder_dir=None)
    with caplog.at_level(logging.WARNING, logger="careerbot"):
        first = load_settings_embeddings(settings)
    graphs = list((tmp_path / "encoders").glob("*.onnx"))
    assert [g.name.split("-")[:2] for g in graphs] == [["onnx", "int8"]]
    assert "exporting the embedding model to ONNX (onnx-int8)" in caplog.text
    written = graphs[0].stat().st_mtime_ns
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="careerbot"):
        again = load_settings_embeddings(settings)
    assert "exporting" not in caplog.text
    assert graphs[0].stat().st_mtime_ns == written
    assert again.embed_query("pay?") == first.embed_query("pay?")


@pytest.mark.slow
def test_switching_encoders_never_mixes_vectors(
    tmp_path: Path, models: dict[str, Embeddings]
) -> None:
    torch_settings = shared("torch", tmp_path)
    first = build(torch_settings, models["torch"])
    for question, section in CITED.items():
        assert cited(first, question) == section

    # Restart on int8: its own collection, filled by int8 alone, nothing read from torch's.
    int8 = CountingEmbeddings(models["onnx-int8"])
    second = build(shared("onnx-int8", tmp_path), int8)
    chunks, _ = load_chunks(second.store)
    units = sum(len(split_units(chunk)) for chunk in chunks)
    assert len(int8.embedded) == second.chunk_count() + units  # every text, each once
    client = chroma_client(tmp_path / "chroma")
    names = {c.name: c.metadata for c in client.list_collections()}
    assert names["careerbot"]["careerbot:encoder"] == "torch"
    assert names["careerbot-onnx-int8"]["careerbot:encoder"] == "onnx-int8"
    stored = second.store.get(include=["documents", "embeddings"])  # int8's own vectors
    again = models["onnx-int8"].embed_documents(stored["documents"][:10])
    assert np.allclose(stored["embeddings"][:10], again, atol=1e-5)
    for question, section in CITED.items():
        assert cited(second, question) == section

    # Back to torch: its collection and sentence vectors are still there, nothing re-embedded.
    torch_again = CountingEmbeddings(models["torch"])
    third = build(torch_settings, torch_again)
    assert torch_again.embedded == []
    question = next(iter(CITED))
    assert (
        third.bot.reply(question, None, None).answer == first.bot.reply(question, None, None).answer
    )

    # A collection filled by one encoder is refused to another, with the fix in the message.
    clash = Settings(data_dir=tmp_path, encoder="torch", chroma_collection="careerbot-onnx-int8")
    with pytest.raises(EncoderMismatchError, match="CAREERBOT_ENCODER=onnx-int8"):
        build(clash, models["torch"])


@pytest.mark.parametrize("variable", ["CAREERBOT_ENCODER", "CAREERBOT_ENCODER_THREADS"])
def test_a_bad_encoder_setting_stops_start_up_naming_it(
    variable: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERBOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv(variable, "tensorflow")
    for command in (["serve"], ["ingest"]):
        result = CliRunner().invoke(app, command)
        assert result.exit_code == 2, result.output
        assert f"{variable}='tensorflow'" in result.output
    assert not (tmp_path / "chroma").exists()


@pytest.mark.slow
@pytest.mark.parametrize("encoder", ["onnx", "onnx-bf16"])
def test_an_onnx_server_answers_without_loading_torch(encoder: str, tmp_path: Path) -> None:
    server = ServerProcess(tmp_path, CAREERBOT_ENCODER=encoder)
    if encoder == "onnx-bf16":  # restarted on its ingested index: every vector is cached
        if not bfloat16_native():
            pytest.skip("this CPU has no native bfloat16")
        server.start()
        server.stop()
    server.start()
    try:
        reply = httpx.post(f"{server.url}/v1/chat", json={"message": next(iter(CITED))}).json()
        assert reply["citations"][0]["section"] == CITED[next(iter(CITED))]
        assert server.process is not None
        mapped = Path(f"/proc/{server.process.pid}/maps").read_text()
        assert "onnxruntime" in mapped
        assert "libtorch" not in mapped  # about 300 MB of resident memory it does not need
    finally:
        server.stop()
