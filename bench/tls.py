"""A throwaway certificate authority and server certificate, made at bench time with trustme."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path

import certifi
import trustme


@dataclass(frozen=True)
class TlsFiles:
    """PEM files: the server's chain and key, and a CA bundle clients trust.

    `ca_bundle` is certifi's bundle plus the throwaway CA, so a client that loads its
    trust store per connection (the official SDK via requests) pays what it pays in
    production, where it loads certifi's bundle.
    """

    server_cert: Path
    server_key: Path
    ca_cert: Path
    ca_bundle: Path

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_bundle))


def make(directory: Path) -> TlsFiles:
    """Write a fresh CA and a `localhost`/`127.0.0.1` certificate into `directory`."""
    authority = trustme.CA()
    issued = authority.issue_cert("localhost", "127.0.0.1")
    files = TlsFiles(
        server_cert=directory / "server-chain.pem",
        server_key=directory / "server-key.pem",
        ca_cert=directory / "ca.pem",
        ca_bundle=directory / "ca-bundle.pem",
    )
    issued.private_key_pem.write_to_path(str(files.server_key))
    files.server_cert.write_bytes(b"".join(blob.bytes() for blob in issued.cert_chain_pems))
    authority.cert_pem.write_to_path(str(files.ca_cert))
    files.ca_bundle.write_bytes(
        Path(certifi.where()).read_bytes() + b"\n" + authority.cert_pem.bytes()
    )
    return files
