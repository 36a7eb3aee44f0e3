"""Conversation state in our own table, one row per chat and user, guarded by a version."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from core.errors import Conflict
from core.models import DialogState
from core.sql import insert_ignore

IDLE = "idle"


@dataclass
class Dialog:
    chat_id: int
    user_id: int
    state: str = IDLE
    draft: dict[str, Any] = field(default_factory=dict)
    version: int = 0

    def go(self, state: str, **draft: Any) -> None:
        self.state = state
        self.draft.update(draft)

    def reset(self, *, keep: tuple[str, ...] = ()) -> None:
        self.state = IDLE
        self.draft = {k: v for k, v in self.draft.items() if k in keep}


async def get_dialog(
    session: AsyncSession, chat_id: int, user_id: int, *, now: datetime
) -> Dialog:
    await insert_ignore(
        session,
        DialogState,
        chat_id=chat_id,
        user_id=user_id,
        state=IDLE,
        draft_json="{}",
        version=0,
        updated_at=now,
    )
    row = await session.get(DialogState, (chat_id, user_id), populate_existing=True)
    assert row is not None
    return Dialog(chat_id, user_id, row.state, json.loads(row.draft_json), row.version)


async def do_save_dialog(session: AsyncSession, dialog: Dialog, *, now: datetime) -> None:
    """Write the dialog back if nobody else did meanwhile; Conflict otherwise."""
    result = await session.exec(
        update(DialogState)
        .where(
            col(DialogState.chat_id) == dialog.chat_id,
            col(DialogState.user_id) == dialog.user_id,
            col(DialogState.version) == dialog.version,
        )
        .values(
            state=dialog.state,
            draft_json=json.dumps(dialog.draft),
            version=dialog.version + 1,
            updated_at=now,
        )
    )
    if result.rowcount != 1:
        raise Conflict("Someone else changed this conversation at the same time; please retry.")
    dialog.version += 1
