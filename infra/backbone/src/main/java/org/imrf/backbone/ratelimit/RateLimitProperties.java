package org.imrf.backbone.ratelimit;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits by rule name ({@code
 * imrf.rate-limits.<rule>.per-address|per-email-and-address|per-email.limit|period}), e.g. {@code
 * IMRF_RATE_LIMITS_REGISTRATION_PER_ADDRESS_LIMIT=120}.
 */
@ConfigurationProperties("imrf")
public record RateLimitProperties(Map<String, Rule> rateLimits) {

  public RateLimitProperties {
    rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
  }

  /**
   * One rule's limits; a missing one is no limit.
   *
   * @param perAddress requests from one client address, whatever they are about
   * @param perEmailAndAddress requests about one email address from one client address: what one
   *     client, perhaps a stranger, can use up of that email address's requests
   * @param perEmail requests about one email address from anywhere, against floods of mail to it;
   *     set above {@code perEmailAndAddress} so that one client cannot use it up alone
   */
  public record Rule(Limit perAddress, Limit perEmailAndAddress, Limit perEmail) {}

  /** At most {@code limit} requests every {@code period}. */
  public record Limit(int limit, Duration period) {}
}
