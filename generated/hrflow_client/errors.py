"""Replaces the generated `errors.py`: an undocumented status from the functional API is an `HrFlowError` too, its text redacted."""

from ._exceptions import HrFlowError
from ._redaction import redact_everywhere

_SHOWN = 500


class UnexpectedStatus(HrFlowError):
    """An API function met a status its operation does not document (and `raise_on_unexpected_status` is set).

    `content` is the start of the answer, with the secrets of every live client removed.
    """

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = redact_everywhere(content[:_SHOWN].decode(errors="replace")).encode()
        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n"
            f"{self.content.decode(errors='replace')}"
        )


__all__ = ["UnexpectedStatus"]
