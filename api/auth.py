"""Who is asking: a signed-in visitor (HS256 token from the host site) or an anonymous one."""

from __future__ import annotations

import os
import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import jwt
from fastapi import Depends, Request
from jwt.exceptions import InvalidSubjectError

from api.settings import Settings

Plan = Literal["free", "plus"]
PLANS: tuple[str, ...] = get_args(Plan)
ALGORITHM = "HS256"
MIN_SECRET_BYTES = 32  # RFC 7518 §3.2: an HS256 key has at least 256 bits
SECRET_FILE = "jwt-secret"
ANONYMOUS_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
BEARER_HINT = "the Authorization header must carry a token; use 'Authorization: Bearer <token>'"
MAX_SUB_CHARS = 64  # a UUID or an identity provider's id fits; owners are stored in 100 chars
MAX_AUTHORIZATION_BYTES = 4096
DEFAULT_MAX_TTL = timedelta(days=1)


class TokenError(Exception):
    """A token that cannot be trusted; the message says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Caller:
    """The visitor behind a request; ``plan`` only ever comes from a verified token."""

    user_id: str | None
    plan: Plan
    anonymous_id: str | None
    client_ip: str

    @property
    def owner(self) -> str | None:
        """``user:<sub>`` when signed in, ``anon:<id>`` for an anonymous id, else None."""
        if self.user_id is not None:
            return f"user:{self.user_id}"
        if self.anonymous_id is not None:
            return f"anon:{self.anonymous_id}"
        return None


def mint_token(secret: str, user_id: str, plan: Plan, ttl: timedelta) -> str:
    """A signed token for ``user_id`` on ``plan``, valid for ``ttl``."""
    if not user_id:
        raise ValueError("user id must not be empty")
    if plan not in PLANS:
        raise ValueError(f"plan must be one of {', '.join(PLANS)}, not {plan!r}")
    now = datetime.now(UTC)
    claims = {"sub": user_id, "plan": plan, "iat": now, "exp": now + ttl}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify_token(secret: str, token: str, max_ttl: timedelta = DEFAULT_MAX_TTL) -> tuple[str, Plan]:
    """The ``(sub, plan)`` of a valid token; raises ``TokenError`` with the reason otherwise.

    A token must live at most ``max_ttl`` (from ``iat``, or from now without it), so a leaked
    token stops working soon.
    """
    try:
        claims = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub", "plan"]}
        )
    except jwt.PyJWTError as error:
        raise TokenError(_reason(error)) from error
    except (OverflowError, ValueError) as error:  # e.g. "exp": Infinity
        raise TokenError(f"token is malformed ({error})") from error
    sub, plan = claims["sub"], claims["plan"]
    if not isinstance(sub, str) or not sub:
        raise TokenError("token 'sub' claim must be a non-empty string")
    if len(sub) > MAX_SUB_CHARS:
        raise TokenError(f"token 'sub' claim is longer than {MAX_SUB_CHARS} characters")
    _check_lifetime(claims, max_ttl)
    if plan not in PLANS:
        raise TokenError(f"token 'plan' claim must be one of {', '.join(PLANS)}")
    return sub, plan


def _check_lifetime(claims: dict[str, Any], max_ttl: timedelta) -> None:
    """Refuse a token that lives longer than ``max_ttl`` (from ``iat``, else from now)."""
    # PyJWT has checked that int() takes both claims.
    seconds = int(claims["exp"]) - int(claims.get("iat", time.time()))
    if seconds > max_ttl.total_seconds():
        raise TokenError(
            f"token lifetime is too long: it expires {_span(seconds)} after it was issued; "
            f"the limit is {_span(int(max_ttl.total_seconds()))}, so sign it with an earlier 'exp'"
        )


def _span(seconds: int) -> str:
    """``36 hours`` or ``3,650 days``, rounded up."""
    hours = -(-seconds // 3600)
    return f"{hours:,} hours" if hours <= 48 else f"{-(-hours // 24):,} days"


def _reason(error: jwt.PyJWTError) -> str:
    """A readable reason for a PyJWT failure."""
    match error:
        case jwt.ExpiredSignatureError():
            return "token has expired; sign in again for a new one"
        case jwt.InvalidAlgorithmError():
            return f"token algorithm is not allowed; use {ALGORITHM}"
        case jwt.InvalidSignatureError():
            return "token signature is invalid"
        case jwt.MissingRequiredClaimError():
            return f"token is missing the '{error.claim}' claim"
        case InvalidSubjectError():
            return "token 'sub' claim must be a non-empty string"
        case jwt.ImmatureSignatureError():
            return "token is not yet valid; check the clock of the server that signed it"
        case jwt.DecodeError():
            return f"token is malformed ({error})"
    return f"token is invalid ({error})"


def jwt_secret(settings: Settings) -> str:
    """The HS256 secret: ``CAREERBOT_JWT_SECRET``, else one kept in ``data_dir/jwt-secret``."""
    if settings.jwt_secret is not None:
        secret = settings.jwt_secret.get_secret_value()
        origin = "CAREERBOT_JWT_SECRET"
    else:
        path = settings.data_dir / SECRET_FILE
        secret, origin = _stored_secret(path), str(path)
    if len(secret.encode()) < MIN_SECRET_BYTES:
        raise ValueError(
            f"{origin} is shorter than {MIN_SECRET_BYTES} bytes; use a long random value, e.g. "
            "python -c 'import secrets; print(secrets.token_urlsafe(48))'"
        )
    return secret


def _stored_secret(path: Path) -> str:
    """The secret in ``path``, created (mode 0600) by whichever process gets there first."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(secrets.token_urlsafe(48))
        try:
            os.link(draft, path)  # atomic, and never replaces a secret already there
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text(encoding="utf-8").strip()


def _app_secret(request: Request) -> str:
    """The app's secret, resolved on first use and kept on ``app.state``."""
    secret: str | None = getattr(request.app.state, "jwt_secret", None)
    if secret is None:
        secret = jwt_secret(request.app.state.settings)
        request.app.state.jwt_secret = secret
    return secret


# Async on purpose: FastAPI runs plain ``def`` dependencies in a worker thread.
async def get_caller(request: Request) -> Caller:
    """The caller: verified from ``Authorization: Bearer``, else an anonymous Free visitor."""
    client_ip = request.client.host if request.client else "unknown"
    header = request.headers.get("authorization")
    if header is not None and len(header) > MAX_AUTHORIZATION_BYTES:
        raise TokenError(
            f"the Authorization header is {len(header):,} bytes; the limit is "
            f"{MAX_AUTHORIZATION_BYTES:,}, send a visitor token, not a larger credential"
        )
    if header is None:
        anonymous_id = request.headers.get("x-anonymous-id")
        if anonymous_id is not None and not ANONYMOUS_ID.fullmatch(anonymous_id):
            anonymous_id = None
        return Caller(None, "free", anonymous_id, client_ip)
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise TokenError(BEARER_HINT)
    settings: Settings = request.app.state.settings
    max_ttl = timedelta(seconds=settings.token_max_ttl_s)
    user_id, plan = verify_token(_app_secret(request), token.strip(), max_ttl)
    return Caller(user_id, plan, None, client_ip)


CallerDep = Annotated[Caller, Depends(get_caller)]
