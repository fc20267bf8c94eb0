package org.imrf.notification.webhook.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.notification.webhook.WebhookEndpoint;

/** An endpoint as the API shows it: its secret only in the answer that registers it. */
@Schema(name = "WebhookEndpoint")
record EndpointResponse(
    UUID id,
    String organisation,
    String url,
    List<String> kinds,
    String description,
    @Schema(allowableValues = {"enabled", "disabled"}) String status,
    @Schema(description = "Why it is disabled: by whom, or after which failures")
        String disabledReason,
    Instant disabledAt,
    @Schema(description = "Failed sends since the last that succeeded") int consecutiveFailures,
    Instant failingSince,
    String lastFailure,
    String registeredBy,
    String contactEmail,
    Instant createdAt,
    Instant changedAt,
    @Schema(description = "Until when the secret replaced by the last rotation still signs")
        Instant previousSecretValidUntil,
    @Schema(
            description =
                "The signing secret (whsec_ and Base64), shown in this answer only: keep it to"
                    + " verify webhook-signature")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String secret) {

  static EndpointResponse of(WebhookEndpoint endpoint) {
    return of(endpoint, null);
  }

  static EndpointResponse of(WebhookEndpoint endpoint, String secret) {
    return new EndpointResponse(
        endpoint.id(),
        endpoint.organisation(),
        endpoint.url(),
        endpoint.kinds(),
        endpoint.description(),
        endpoint.enabled() ? "enabled" : "disabled",
        endpoint.disabledReason(),
        endpoint.disabledAt(),
        endpoint.consecutiveFailures(),
        endpoint.failingSince(),
        endpoint.lastFailure(),
        endpoint.registeredBy(),
        endpoint.contactEmail(),
        endpoint.createdAt(),
        endpoint.changedAt(),
        endpoint.previousSecretValidUntil(),
        secret);
  }
}
