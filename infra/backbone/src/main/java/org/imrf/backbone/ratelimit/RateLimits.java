package org.imrf.backbone.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Locale;

/**
 * Checks a request against its rule's limits: one token bucket per client address, one per email
 * address and client address, and one per email address, each refilled every period. Buckets of
 * clients gone quiet are forgotten.
 */
public class RateLimits {

  private final RateLimitProperties properties;
  private final Cache<String, RateLimiter> limiters =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofHours(2)).build();

  public RateLimits(RateLimitProperties properties) {
    this.properties = properties;
  }

  /**
   * Takes one request's permit under {@code rule}.
   *
   * @param address the client's address, as the server sees it through trusted proxies
   * @param email the email address the request is about, or null
   * @throws RateLimitExceeded if a limit is reached; the narrower buckets are checked first, so
   *     that a client refused for one email address takes nothing from that address's overall
   *     bucket
   */
  public void check(String rule, String address, String email) {
    RateLimitProperties.Rule limits = properties.rateLimits().get(rule);
    if (limits == null) {
      return;
    }
    take(rule, "address", address, limits.perAddress(), "from your address");
    if (email != null) {
      String normalised = email.strip().toLowerCase(Locale.ROOT);
      if (address != null) {
        take(
            rule,
            "email-and-address",
            normalised + "|" + address,
            limits.perEmailAndAddress(),
            "for this email address from your address");
      }
      take(rule, "email", normalised, limits.perEmail(), "for this email address");
    }
  }

  private void take(
      String rule, String kind, String key, RateLimitProperties.Limit limit, String what) {
    if (limit == null || key == null) {
      return;
    }
    RateLimiter limiter =
        limiters.get(
            rule + "|" + kind + "|" + key,
            name ->
                RateLimiter.of(
                    name,
                    RateLimiterConfig.custom()
                        .limitForPeriod(limit.limit())
                        .limitRefreshPeriod(limit.period())
                        .timeoutDuration(Duration.ZERO)
                        .build()));
    if (!limiter.acquirePermission()) {
      long nanos =
          limiter instanceof io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter atomic
              ? atomic.getDetailedMetrics().getNanosToWait()
              : limit.period().toNanos();
      throw new RateLimitExceeded(what, Duration.ofNanos(Math.max(nanos, 1_000_000_000L)));
    }
  }
}
