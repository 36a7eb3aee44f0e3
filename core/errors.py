"""Domain errors: the bot turns them into friendly replies, the web server into HTTP errors."""


class CivicError(Exception):
    """Base of every domain error; its message is safe and friendly to show to the user."""


class InvalidInput(CivicError):
    """The user's input cannot be used as it is; the message says how to fix it."""


class NotFound(CivicError):
    """The thing asked for does not exist, or the asker may not know that it does."""


class NotAllowed(CivicError):
    """The user may not do this."""


class Conflict(CivicError):
    """Someone else changed the same thing at the same time; trying again is safe."""
