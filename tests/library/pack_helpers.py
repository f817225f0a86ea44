"""A signing key for tests, and this PC trusting it.

``TEST_KEY`` is fixed (its seed is in this file), so it must never be trusted
anywhere but a test's private profile. Tests that install a pack either sign
it (``packs.build(..., key=TEST_KEY)`` or :func:`sign`) and use the
``trusted_test_key`` fixture (tests/conftest.py makes it available to every
module), or pass ``allow_unsigned=True``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from equalcity_desktop.library import pack_keys, packs
from equalcity_desktop.library.pack_keys import SigningKey, TrustedKey

TEST_KEY = SigningKey("Test office", bytes(range(32)))
OTHER_KEY = SigningKey("Somebody else", bytes(range(32, 64)))
TEST_TRUST = [TrustedKey("Test office", TEST_KEY.public)]


def trust(key: SigningKey = TEST_KEY, name: str | None = None) -> None:
    """Trust ``key`` in the current (test) profile's trusted-keys.yaml."""
    pack_keys.add_trusted(pack_keys.b64(key.public), name or key.name)


def sign(archive: Path, key: SigningKey = TEST_KEY) -> Path:
    packs.sign(archive, key)
    return archive


def write_key_file(path: Path, key: SigningKey = TEST_KEY) -> Path:
    """A private key file for ``pack sign --key`` (as `pack keys generate` writes)."""
    path.write_text(f"name: {key.name}\nprivate: {pack_keys.b64(key.seed)}\n"
                    f"public: {pack_keys.b64(key.public)}\n", encoding="utf-8")
    path.chmod(0o600)
    return path


@pytest.fixture
def trusted_test_key(private_profile: Path) -> SigningKey:
    """This test's profile trusts TEST_KEY."""
    trust()
    return TEST_KEY
