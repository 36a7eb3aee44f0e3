"""The platform's one Settings class, read once at start from the environment and `.env`."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_PATH = PROJECT_ROOT / "var" / "civic.db"


def async_database_url(url: str) -> str:
    """Map plain database URLs to their async drivers; explicit async forms pass through."""
    if url.startswith("sqlite:"):
        url = "sqlite+aiosqlite:" + url[len("sqlite:") :]
    elif url.startswith(("postgresql:", "postgres:")) or url.startswith("postgresql+psycopg2:"):
        url = "postgresql+asyncpg:" + url.split(":", 1)[1]
    if url.startswith("sqlite+aiosqlite:///"):
        path = url[len("sqlite+aiosqlite:///") :].split("?", 1)[0]
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return url


def is_public_https(url: str | None) -> bool:
    """True when Telegram would accept the URL in a button: https on a public host."""
    if not url:
        return False
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme != "https" or not host or "." not in host or host.endswith(".local"):
        return False
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host != "localhost"
    return ip.is_global


class Settings(BaseSettings):
    """Configuration; names are part of the platform's contract with its operators."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = f"sqlite:///{DEFAULT_SQLITE_PATH}"
    telegram_bot_token: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    public_base_url: str | None = None
    web_host: str = "127.0.0.1"
    web_port: int = 8080
    webhook_secret: str | None = None
    link_signing_key: str | None = None
    admin_telegram_ids: Annotated[list[int], NoDecode] = []
    timezone: str = "Europe/London"
    civic_due_scan_seconds: float = 15.0
    map_tiles_url: str | None = None
    map_tiles_attribution: str | None = None

    @field_validator("admin_telegram_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]
            except ValueError as exc:
                raise ValueError(
                    "ADMIN_TELEGRAM_IDS must be comma-separated Telegram user ids, e.g. 123,456"
                ) from exc
        return value

    @field_validator("public_base_url")
    @classmethod
    def _strip_slash(cls, value: str | None) -> str | None:
        return value.rstrip("/") if value else value

    @property
    def async_database_url(self) -> str:
        return async_database_url(self.database_url)

    @property
    def base_url(self) -> str:
        """Where users reach the web server: PUBLIC_BASE_URL, else the local address."""
        return self.public_base_url or f"http://{self.web_host}:{self.web_port}"

    @property
    def webhook_mode(self) -> bool:
        """Webhook mode (several processes behind a load balancer) needs both settings."""
        return bool(self.public_base_url and self.webhook_secret)

    @property
    def links_in_buttons(self) -> bool:
        return is_public_https(self.public_base_url)


@lru_cache
def get_settings() -> Settings:
    return Settings()
