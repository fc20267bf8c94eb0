package org.imrf.identity.attendee;

import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.events.DomainEvent;
import org.imrf.backbone.events.EventType;

/**
 * A participant's access link was exchanged for a token for the first time. Only the address's
 * owner receives a link, so registration-service then ends the participant's older links.
 */
@EventType(name = "imrf.access-link.first-used", version = 1)
public record AccessLinkFirstUsed(UUID participantId, String tokenHash, Instant usedAt)
    implements DomainEvent {

  @Override
  public String aggregateId() {
    return participantId.toString();
  }

  @Override
  public Instant occurredAt() {
    return usedAt;
  }
}
