package org.imrf.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's endpoint, as organisers see it (never its secrets).
 *
 * @param id its id, the target of its deliveries
 * @param organisation the organisation whose participants' notifications it receives, as
 *     registration names it
 * @param url where they are posted
 * @param kinds the kinds of notification it receives, or {@link #EVERY_KIND}
 * @param description what it is for, in the organiser's words; null if none
 * @param enabled whether it receives anything
 * @param disabledReason why it was disabled (by an organiser, or after failures); null if enabled
 * @param disabledAt when; null if enabled
 * @param consecutiveFailures failed sends since the last one that succeeded
 * @param failingSince when the first of them failed; null if none
 * @param lastFailure what went wrong the last time; null if nothing
 * @param registeredBy the staff member who registered it (the token's subject)
 * @param contactName whom to tell when it is disabled; null if the token gave no name
 * @param contactEmail their address; null if none is known
 * @param createdAt when it was registered
 * @param changedAt when it last changed
 * @param previousSecretValidUntil until when the secret replaced by the last rotation still signs;
 *     null if none does
 */
public record WebhookEndpoint(
    UUID id,
    String organisation,
    String url,
    List<String> kinds,
    String description,
    boolean enabled,
    String disabledReason,
    Instant disabledAt,
    int consecutiveFailures,
    Instant failingSince,
    String lastFailure,
    String registeredBy,
    String contactName,
    String contactEmail,
    Instant createdAt,
    Instant changedAt,
    Instant previousSecretValidUntil) {

  /** The kind that stands for every kind of notification. */
  public static final String EVERY_KIND = "*";

  public WebhookEndpoint {
    kinds = List.copyOf(kinds);
  }

  /** Whether it receives notifications of this kind. */
  public boolean receives(String kind) {
    return kinds.contains(EVERY_KIND) || kinds.contains(kind);
  }
}
