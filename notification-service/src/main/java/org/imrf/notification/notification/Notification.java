package org.imrf.notification.notification;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.language.UnLanguages;

/**
 * A message for one attendee.
 *
 * @param id assigned when it is created
 * @param participantId whom it is for
 * @param sourceEventId the event that caused it: one event never causes the same notification twice
 * @param kind what it is about, e.g. {@code registration-confirmation}
 * @param channel how it reaches the attendee, e.g. {@code email}
 * @param recipient the address on that channel
 * @param language the UN language it is written in (ISO 639-1)
 * @param subject its subject line
 * @param body its text
 * @param createdAt when it was created
 */
public record Notification(
    UUID id,
    UUID participantId,
    UUID sourceEventId,
    String kind,
    String channel,
    String recipient,
    String language,
    String subject,
    String body,
    Instant createdAt) {

  /** The code of the way its language is written. */
  public String direction() {
    return UnLanguages.direction(language);
  }
}
