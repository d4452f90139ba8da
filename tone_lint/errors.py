"""The one exception type that ends in a one-line message and exit status 2."""


class ToneLintError(Exception):
    """A usage, configuration or input error: reported on one line, exit status 2.

    `where` is a location prefix such as a path or `FILE:LINE`.
    """

    def __init__(self, message: str, where: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InputError(ToneLintError):
    """One input could not be read: reported, and the other inputs are still linted."""
