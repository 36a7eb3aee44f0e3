"""Settings: the names operators use, and the database URL forms they may write."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from core.config import Settings, async_database_url, is_public_https


def test_plain_urls_get_async_drivers(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "x.db"
    assert async_database_url(f"sqlite:///{db}") == f"sqlite+aiosqlite:///{db}"
    assert db.parent.is_dir()  # created, so a fresh machine just works
    assert async_database_url("postgresql://u@h/d") == "postgresql+asyncpg://u@h/d"
    assert async_database_url("postgres://u@h/d") == "postgresql+asyncpg://u@h/d"
    assert async_database_url("postgresql+asyncpg://u@h/d") == "postgresql+asyncpg://u@h/d"


def test_default_database_is_an_absolute_sqlite_file() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    path = settings.database_url.removeprefix("sqlite:///")
    assert Path(path).is_absolute() and path.endswith("var/civic.db")


def test_admin_ids_are_comma_separated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_TELEGRAM_IDS", "123, 456")
    assert Settings(_env_file=None).admin_telegram_ids == [123, 456]  # type: ignore[call-arg]
    monkeypatch.setenv("ADMIN_TELEGRAM_IDS", "123,alice")
    with pytest.raises(ValidationError, match="comma-separated"):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_only_public_https_links_may_be_buttons() -> None:
    assert is_public_https("https://civic.example.org")
    for url in (
        None,
        "http://civic.example.org",
        "https://localhost:8080",
        "https://127.0.0.1",
        "https://10.0.0.5",
        "https://civic.local",
        "https://intranet",
    ):
        assert not is_public_https(url)
