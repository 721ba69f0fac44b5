"""Brotli or gzip compression of text responses that carry nothing personal.

Compressing a response that holds a secret (a CSRF token, a member's own data)
next to text an attacker can choose lets the attacker guess the secret from the
compressed size (the BREACH attack), so personal responses stay uncompressed.
Static files are compressed ahead of time by WhiteNoise, which serves the
``.br`` and ``.gz`` copies itself.
"""

import gzip

import brotli
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile

from hub.personal import response_is_personal

# Shorter bodies gain little and can grow; Django's GZipMiddleware uses the same limit.
MIN_LENGTH = 200
# Quality 5 compresses HTML within a few milliseconds and close to the best ratio.
BROTLI_QUALITY = 5
GZIP_LEVEL = 6
COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/xml",
    "application/javascript",
    "image/svg+xml",
)
# Only the coding names matter here; a token followed by q=0 is refused by the client.
ENCODING_RE = _lazy_re_compile(r"\s*([a-z*]+)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*", flags=0)


def accepted_encodings(request):
    """Return the content codings the request's Accept-Encoding allows (q above 0)."""
    accepted = set()
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").lower().split(","):
        match = ENCODING_RE.fullmatch(part)
        if match is None:
            continue
        name, quality = match.groups()
        try:
            if quality is not None and float(quality) <= 0:
                continue
        except ValueError:
            continue
        accepted.add(name)
    return accepted


def negotiate_encoding(request):
    """Return ``"br"``, ``"gzip"`` or ``""``: the coding a compressed response would use."""
    accepted = accepted_encodings(request)
    if "br" in accepted:
        return "br"
    if "gzip" in accepted or "*" in accepted:
        return "gzip"
    return ""


def compress(body, encoding):
    if encoding == "br":
        return brotli.compress(body, quality=BROTLI_QUALITY)
    return gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)


class CompressionMiddleware:
    """Compress shareable text responses with brotli or gzip; leave personal ones as they are."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.streaming
            or response.has_header("Content-Encoding")
            or not response.get("Content-Type", "").startswith(COMPRESSIBLE_TYPES)
            or len(response.content) < MIN_LENGTH
        ):
            return response

        patch_vary_headers(response, ("Accept-Encoding",))
        encoding = negotiate_encoding(request)
        if not encoding or response_is_personal(request, response):
            return response

        compressed = compress(response.content, encoding)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response["Content-Length"] = str(len(compressed))
        response["Content-Encoding"] = encoding
        # The same entity in another coding needs another tag (RFC 9110, section 8.8.3).
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response["ETag"] = "W/" + etag
        return response
