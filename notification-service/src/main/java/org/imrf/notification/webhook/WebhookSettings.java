package org.imrf.notification.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are sent ({@code imrf.webhooks.*}, each overridable by an {@code IMRF_WEBHOOKS_*}
 * variable: see docs/configuration.md).
 *
 * @param allowPrivateAddresses post to private, loopback and link-local addresses too (tests and
 *     local development only: it opens server-side request forgery)
 * @param allowHttp accept endpoints over plain http (local development only)
 * @param secretGracePeriod how long a rotated secret still signs beside the new one
 * @param connectTimeout how long to wait for an endpoint to accept the connection
 * @param timeout how long to wait for an endpoint's answer once connected
 * @param disableAfterFailures consecutive failed sends that disable an endpoint …
 * @param disableAfterFailingFor … once it has been failing for at least this long
 * @param noticeFrom the sender of the notice that an endpoint was disabled
 */
@ConfigurationProperties("imrf.webhooks")
record WebhookSettings(
    boolean allowPrivateAddresses,
    boolean allowHttp,
    Duration secretGracePeriod,
    Duration connectTimeout,
    Duration timeout,
    int disableAfterFailures,
    Duration disableAfterFailingFor,
    String noticeFrom) {}
