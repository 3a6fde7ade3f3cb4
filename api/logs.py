"""Log lines as JSON (or text), each with the id of the request it belongs to, for uvicorn's
``log_config``: the same in ``careerbot serve`` and each of its workers."""

from __future__ import annotations

from typing import Any, Literal

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter

LogFormat = Literal["json", "text"]
FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s %(correlation_id)s %(process)d"
QUIET = ("alembic", "httpx")  # their INFO lines say nothing an operator needs


def json_formatter() -> JsonFormatter:
    """One JSON object a line: time, level, logger, message, request_id, pid (and any extra
    fields a call passes, but not uvicorn's ANSI-coloured copy of the message)."""
    return JsonFormatter(
        FIELDS,
        rename_fields={
            "asctime": "time",
            "levelname": "level",
            "name": "logger",
            "correlation_id": "request_id",
            "process": "pid",
        },
        reserved_attrs=[*RESERVED_ATTRS, "color_message"],
    )


def logging_config(log_format: LogFormat, level: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` dict: every logger (uvicorn's access and error logs,
    careerbot's, libraries') writes one line per record to stderr with ``request_id`` ("-"
    outside a request)."""
    formatters = {
        "json": {"()": json_formatter},
        "text": {
            "format": "%(asctime)s %(levelname)s [%(correlation_id)s] %(name)s: %(message)s",
        },
    }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "asgi_correlation_id.CorrelationIdFilter", "default_value": "-"}
        },
        "formatters": {log_format: formatters[log_format]},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": log_format,
                "filters": ["request_id"],
                "level": level.upper(),
            }
        },
        "loggers": {
            **{
                name: {"handlers": [], "level": "NOTSET", "propagate": True}
                for name in ("uvicorn", "uvicorn.error", "uvicorn.access")
            },
            **{name: {"level": "WARNING"} for name in QUIET},
        },
        # Loggers pass INFO on (the metrics count the answer writer's INFO reports); the
        # handler prints from the configured level.
        "root": {"handlers": ["stderr"], "level": "DEBUG" if level == "debug" else "INFO"},
    }
