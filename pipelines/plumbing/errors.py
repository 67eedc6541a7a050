"""Errors a user can act on: each names the file or release and what is wrong with it."""


class JrisError(Exception):
    """Base of every error the CLI prints as a one-line message instead of a traceback."""


class RegistryError(JrisError):
    """raw/registry.yaml cannot be read or contradicts the files in raw/."""


class DocumentError(JrisError):
    """One document cannot be read; the others still flow."""


def document_error(name: str, exc: BaseException) -> DocumentError:
    """Any failure met while reading or extracting one document, as a DocumentError naming its
    file in one line: a bug one document trips must quarantine it, not end the run unnamed."""
    if isinstance(exc, DocumentError):
        return exc
    detail = " ".join(str(exc).split())[:300] or "no detail"
    return DocumentError(f"{name}: could not be extracted ({type(exc).__name__}: {detail})")


class ContractError(JrisError):
    """A table breaks its pandera contract."""


class ReleaseError(JrisError):
    """A release cannot be published (exists already, nothing changed, bad version...)."""


class PublishError(JrisError):
    """A publication folder cannot be written (busy, full disk, a file in the way...)."""
