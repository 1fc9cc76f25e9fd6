"""The one exception a parser raises: the input is not a location profile page."""


class NotAProfilePage(Exception):
    """Raised with a stable `code` and a one-line human reason."""

    CODES = frozenset({"empty", "binary", "undecodable", "error-page", "listing-page", "not-a-profile"})

    def __init__(self, code: str, reason: str) -> None:
        if code not in self.CODES:
            raise ValueError(f"unknown refusal code {code!r}")
        super().__init__(f"not a profile page ({code}): {reason}")
        self.code = code
        self.reason = reason
