"""Settings from the environment or a Streamlit-secrets-like mapping (secrets win over env).

A plain dataclass: four settings do not earn pydantic-settings' import time on every CLI call.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

Provider = Literal["offline", "openai"]
DEFAULT_MODEL = "gpt-4o-mini"


@dataclass(frozen=True)
class Settings:
    provider: Provider = "offline"
    api_key: str | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    timeout_s: float = 30.0
    max_retries: int = 2

    @property
    def engine_label(self) -> str:
        if self.provider == "offline":
            return "Offline engine (rule-based, no model, no network)"
        where = self.base_url or "api.openai.com"
        return f"{self.model} via {where}"

    @classmethod
    def load(cls, secrets: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(key: str) -> str | None:
            if secrets is not None:
                try:
                    value = secrets.get(key)
                except Exception:  # noqa: BLE001 - st.secrets raises when no secrets file exists
                    value = None
                if value not in (None, ""):
                    return str(value)
            value = env.get(key)
            return value if value not in (None, "") else None

        api_key = get("OPENAI_API_KEY")
        provider = (get("QUERYCHAT_PROVIDER") or ("openai" if api_key else "offline")).lower()
        if provider not in ("offline", "openai"):
            raise ValueError(f"QUERYCHAT_PROVIDER must be 'offline' or 'openai', not {provider!r}")
        return cls(
            provider=provider,  # type: ignore[arg-type]
            api_key=api_key,
            base_url=get("OPENAI_BASE_URL"),
            model=get("QUERYCHAT_MODEL") or DEFAULT_MODEL,
            timeout_s=float(get("QUERYCHAT_TIMEOUT") or cls.timeout_s),
            max_retries=int(get("QUERYCHAT_MAX_RETRIES") or cls.max_retries),
        )
