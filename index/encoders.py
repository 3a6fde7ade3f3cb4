"""The embedding model on ONNX Runtime: exported from torch once, cached by content, fp32 or int8.

The export (``torch.onnx`` then, for int8, ``onnxruntime.quantization.quantize_dynamic``) runs
in a child process the first time an encoder is asked for, so torch never loads in a server
that encodes with ONNX Runtime. The graph is one file per model content and encoder kind.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Literal, get_args

import numpy as np
from filelock import FileLock
from langchain_core.embeddings import Embeddings

Encoder = Literal["torch", "onnx", "onnx-int8", "torch-bf16", "onnx-bf16"]
ENCODERS: tuple[str, ...] = get_args(Encoder)
BF16_FLAGS = frozenset({"amx_bf16", "avx512_bf16"})  # CPU flags of native bfloat16 products
CPUINFO = Path("/proc/cpuinfo")
# Change one when its export or quantization recipe changes: its graphs are then exported anew.
RECIPES = {
    "onnx": "sentence-transformers graph, opset 17",
    "onnx-int8": (
        "sentence-transformers graph, opset 17; int8 weight MatMuls per channel, not layers 0-1"
    ),
}
INPUTS = ("input_ids", "attention_mask")
BATCH = 16  # fp32 documents per call: measured 0.76 of one at a time (16, 32, 64 tried)
log = logging.getLogger("careerbot")


def bfloat16_native(cpuinfo: Path = CPUINFO) -> bool:
    """Whether this CPU multiplies bfloat16 natively (unknown, off Linux, counts as yes)."""
    if not cpuinfo.is_file():
        return True
    return any(
        BF16_FLAGS & set(line.split())
        for line in cpuinfo.read_text(encoding="utf-8").splitlines()
        if line.startswith("flags")
    )


def fastest_encoder(cpuinfo: Path = CPUINFO) -> Encoder:
    """The default encoder (``auto``): ``onnx-bf16`` on a CPU known to multiply bfloat16
    natively (AMX, AVX-512 BF16), else ``onnx``; both keep torch's answers (README)."""
    return "onnx-bf16" if cpuinfo.is_file() and bfloat16_native(cpuinfo) else "onnx"


class OnnxEmbeddings(Embeddings):
    """A sentence-transformers model exported as one ONNX graph (transformer, pooling,
    normalisation) and run by ONNX Runtime after the model's own fast tokenizer.

    A query is one call. Documents (ingest) are tokenized in one pass and, on fp32, run in
    batches of texts of about the same length, shortest first, so little padding is computed:
    about 0.75 of the time of one at a time, and the same vectors (cosine 1.0000; padding is
    masked). int8 encodes documents one at a time: its graph quantizes activations with one
    range per call, so in a batch a text's vector would depend on its neighbours, and the
    content-hash caches assume a text always gets the same vector.
    """

    def __init__(self, graph: Path, model_dir: Path, encoder: Encoder, threads: int = 1) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.encoder = encoder
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.no_padding()  # the shipped file pads to 128, sentence-transformers not
        self._tokenizer.enable_truncation(max_seq_length(model_dir))
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # errors only
        self._session = onnxruntime.InferenceSession(
            str(graph), options, providers=["CPUExecutionProvider"]
        )
        self._width = int(self._session.get_outputs()[0].shape[-1])

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One L2-normalised vector per text."""
        ids = [encoding.ids for encoding in self._tokenizer.encode_batch(texts)]
        size = 1 if self.encoder == "onnx-int8" else BATCH
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        vectors = np.zeros((len(texts), self._width), dtype=np.float32)
        for start in range(0, len(order), size):
            batch = order[start : start + size]
            vectors[batch] = self._run([ids[i] for i in batch])
        result: list[list[float]] = vectors.tolist()
        return result

    def embed_query(self, text: str) -> list[float]:
        """The L2-normalised vector of one text."""
        result: list[float] = self._run([self._tokenizer.encode(text).ids])[0].tolist()
        return result

    def _run(self, ids: list[list[int]]) -> np.ndarray:
        """Normalised vectors of token sequences, padded with zeros to the longest (masked)."""
        tokens = np.zeros((len(ids), max(map(len, ids))), dtype=np.int64)
        for row, sequence in enumerate(ids):
            tokens[row, : len(sequence)] = sequence
        feed = {"input_ids": tokens, "attention_mask": (tokens != 0).astype(np.int64)}
        vectors = np.asarray(self._session.run(None, feed)[0], dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


def max_seq_length(model_dir: Path) -> int:
    """The longest input sentence-transformers feeds the model (its own truncation)."""
    config = model_dir / "sentence_bert_config.json"
    if config.is_file():
        return int(json.loads(config.read_text(encoding="utf-8")).get("max_seq_length") or 512)
    return 512


def model_digest(model_dir: Path, encoder: Encoder) -> str:
    """A hash of every file of the model, the encoder kind and the export recipe."""
    digest = hashlib.sha256(f"{RECIPES[encoder]}\0{encoder}\0".encode())
    for path in sorted(p for p in model_dir.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(model_dir).as_posix()}\0".encode())
        with path.open("rb") as file:
            digest.update(hashlib.file_digest(file, "sha256").digest())
    return digest.hexdigest()


def onnx_graph(model_dir: Path, encoder: Encoder, cache_dir: Path) -> Path:
    """The cached ONNX graph of ``model_dir`` for ``encoder``, exported first if missing."""
    target = cache_dir / f"{encoder}-{model_digest(model_dir, encoder)[:24]}.onnx"
    if target.is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(cache_dir / "export.lock"):  # one export at a time; the others wait for it
        if not target.is_file():
            log.warning(
                "exporting the embedding model to ONNX (%s), once, into %s", encoder, target
            )
            # A child process: torch and the exporter's memory are gone when it ends.
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(1, mp_context=context) as pool:
                pool.submit(export_graph, model_dir, encoder, target).result()
    return target


def kept_in_fp32(graph: Path) -> list[str]:
    """The matrix products int8 leaves in fp32: the first two layers' and every product of
    two activations (attention's query by key and weights by value), whose ranges one int8
    scale per call fits worst.

    Of the recipes measured against torch on the golden sets (README: Quality and speed),
    this one loses the fewest items: one on each bundled-guide question set, two at occ@5
    on CareerNet dev; with every MatMul but layer 0's in int8, three figures on guide
    questions and two held out.
    """
    import onnx

    model = onnx.load(str(graph), load_external_data=False).graph
    weights = {tensor.name for tensor in model.initializer}
    return [
        node.name
        for node in model.node
        if node.op_type == "MatMul"
        and (
            "/layer.0/" in node.name
            or "/layer.1/" in node.name
            or not any(name in weights for name in node.input)
        )
    ]


def export_graph(model_dir: Path, encoder: Encoder, target: Path) -> None:
    """Trace the model (tokens in, normalised sentence vector out) to ONNX; quantize its
    weights to int8 per channel for ``onnx-int8``. Written beside ``target``, then renamed."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    logging.getLogger().setLevel(logging.ERROR)  # the quantizer's advice to pre-process

    class Graph(torch.nn.Module):
        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            features = {"input_ids": input_ids, "attention_mask": attention_mask}
            vectors: torch.Tensor = self.model(features)["sentence_embedding"]
            return vectors

    model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
    staged = target.with_name(f".{target.stem}.{os.getpid()}.onnx")
    fp32 = staged.with_name(f"{staged.stem}.fp32.onnx") if encoder == "onnx-int8" else staged
    example = torch.ones(2, 16, dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")  # the TorchScript exporter's deprecation and trace notes
        torch.onnx.export(
            Graph(model).eval(),
            (example, example),
            str(fp32),
            input_names=list(INPUTS),
            output_names=["sentence_embedding"],
            dynamic_axes=axes | {"sentence_embedding": {0: "batch"}},
            opset_version=17,
            dynamo=False,  # the dynamo exporter needs onnxscript; this one needs nothing more
        )
    if encoder == "onnx-int8":
        quantize_dynamic(
            fp32,
            staged,
            per_channel=True,
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["MatMul"],
            nodes_to_exclude=kept_in_fp32(fp32),
        )
        fp32.unlink()
    os.replace(staged, target)
