"""Private file storage: bytes by random key, outside any public web root.

`FileStorage` is the interface (put / open / delete by key); `LocalFileStorage`
keeps files under SUPPORT_STUDIO_FILES (default ./data/files). An S3-compatible
store would implement the same three methods (put_object / get_object /
delete_object on a private bucket) and be returned by `default_storage()`;
nothing else changes. Keys come from `new_key()` (secrets.token_urlsafe), never
from a user's file name. Plain Python, no Reflex.
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable

FILES_ENV = "SUPPORT_STUDIO_FILES"
DEFAULT_FILES_DIR = "./data/files"
_KEY = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_key() -> str:
    """A fresh random key (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def valid_key(key: str) -> bool:
    return isinstance(key, str) and _KEY.fullmatch(key) is not None


@runtime_checkable
class FileStorage(Protocol):
    """Where attachment bytes live. Keys are opaque random strings."""

    def put(self, key: str, data: bytes) -> None:
        """Store the bytes under a new key (never overwrites)."""

    def open(self, key: str) -> BinaryIO:
        """A readable binary stream of the bytes; FileNotFoundError if absent."""

    def delete(self, key: str) -> None:
        """Remove the bytes; a missing key is not an error."""


class LocalFileStorage:
    """Files on local disk: <root>/<first two chars of key>/<key>, mode 0600,
    folders 0700, written to a temp file and renamed, so a reader never sees
    half a file. The root holds a .gitignore so nothing is ever committed."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root).resolve()
        _refuse_public_root(self.root)

    def _path(self, key: str) -> Path:
        if not valid_key(key):
            raise ValueError("invalid storage key")
        return self.root / key[:2] / key

    def _ensure_root(self) -> None:
        if not self.root.is_dir():
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        ignore = self.root / ".gitignore"
        if not ignore.exists():
            ignore.write_text("*\n")

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        self._ensure_root()
        path.parent.mkdir(mode=0o700, exist_ok=True)
        if path.exists():
            raise FileExistsError("storage key already used")
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temp, 0o600)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def open(self, key: str) -> BinaryIO:
        return open(self._path(key), "rb")

    def read(self, key: str) -> bytes:
        with self.open(key) as stream:
            return stream.read()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()


def _public_roots() -> list[Path]:
    """Folders a web server hands out as they are: Reflex's upload folder, the
    app's assets and its built frontend."""
    here = Path.cwd()
    uploads = os.environ.get("REFLEX_UPLOADED_FILES_DIR", "uploaded_files")
    return [Path(uploads).resolve(), (here / "assets").resolve(), (here / ".web").resolve()]


def _refuse_public_root(root: Path) -> None:
    for public in _public_roots():
        if root == public or public in root.parents:
            raise ValueError(f"{FILES_ENV} must not be inside a public folder ({public})")


def files_dir() -> Path:
    """The configured folder: $SUPPORT_STUDIO_FILES, or ./data/files."""
    return Path(os.environ.get(FILES_ENV) or DEFAULT_FILES_DIR).resolve()


def default_storage() -> FileStorage:
    """The storage the app uses (local disk today; the place to return an
    S3-compatible implementation tomorrow)."""
    return LocalFileStorage(files_dir())
