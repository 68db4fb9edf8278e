"""Private links and addresses: what we store instead of the secret itself."""

import hashlib
import secrets

from django.utils.crypto import salted_hmac


def new_token():
    """A fresh link token: 256 bits from the OS, URL-safe."""
    return secrets.token_urlsafe(32)


def token_hash(token):
    """What we store for a token. The token has 256 bits of entropy, so a plain SHA-256 suffices."""
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_address(address):
    return address.strip().lower()


def address_hash(address):
    """A keyed hash of an e-mail address: enough to block or rate-limit it, useless to read it."""
    return salted_hmac("welcome.guides.address", normalise_address(address), algorithm="sha256").hexdigest()


def message_fingerprint(text):
    """Same message with other spacing or case → same fingerprint (duplicate detection)."""
    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()
