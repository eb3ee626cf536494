"""Request rate limits kept in Redis (the `limits` library), for the login-free public pages."""
from __future__ import annotations

import logging
import time

import limits
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

log = logging.getLogger(__name__)


class RateLimit:
    """At most `rate` (e.g. "60/minute") requests per key and window; shared by every web process."""

    def __init__(self, redis_url: str, rate: str, scope: str):
        self.item = limits.parse(rate)
        self.scope = scope
        self.limiter = FixedWindowRateLimiter(storage_from_string(redis_url))

    def allow(self, key: str) -> bool:
        """Count one request; False once the key is over the limit. Without Redis the page stays open."""
        try:
            return self.limiter.hit(self.item, self.scope, key)
        except Exception as exc:  # noqa: BLE001 - any storage failure: serve rather than fail the public page
            log.warning("rate limit not applied (Redis: %s)", exc)
            return True

    def retry_after(self, key: str) -> int:
        """Seconds until the key's window resets."""
        try:
            reset, _ = self.limiter.get_window_stats(self.item, self.scope, key)
        except Exception:  # noqa: BLE001 - see allow()
            return 60
        return max(1, int(reset - time.time()))
