"""Bot API errors as Telegram reports them: status, description, optional parameters."""

from __future__ import annotations

from typing import Any

DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot "
    "instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class ApiError(Exception):
    """A failed Bot API call; rendered as `{"ok": false, "error_code", "description", ...}`."""

    def __init__(
        self, status: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def envelope(self) -> dict[str, Any]:
        """The JSON body Telegram would send for this error."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(detail: str) -> ApiError:
    """A 400 with Telegram's `Bad Request: ` prefix."""
    return ApiError(400, f"Bad Request: {detail}")


def injected_error(
    status: int, description: str | None = None, retry_after: int | None = None
) -> ApiError:
    """The error a `fail_next` rule answers with, defaulting to Telegram's usual wording."""
    parameters: dict[str, Any] | None = None
    if status == 429:
        wait = 5 if retry_after is None else retry_after
        description = description or f"Too Many Requests: retry after {wait}"
        parameters = {"retry_after": wait}
    elif retry_after is not None:
        parameters = {"retry_after": retry_after}
    if description is None:
        description = DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
    return ApiError(status, description, parameters)
