package org.imrf.notification.webhook.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A new signing secret, shown once, and until when the previous one still signs beside it. */
@Schema(name = "WebhookSecret")
record SecretResponse(String secret, Instant previousSecretValidUntil) {}
