package org.imrf.backbone.forgetting;

import java.util.List;
import java.util.UUID;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.inbox.InboundEvent;
import org.imrf.backbone.inbox.InboxFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Forgets each erased participant once, through every feature's hook, and keeps every later event
 * that names them from the service's features.
 */
class Forgetting implements EventHandlers, InboxFilter {

  /** Where registration-service announces erasures. */
  static final String PARTICIPANTS_TOPIC = "registration.participants";

  private static final Logger log = LoggerFactory.getLogger(Forgetting.class);

  private final ForgottenParticipants forgotten;
  private final List<ForgetsParticipants> hooks;
  private final ObjectMapper json;

  Forgetting(ForgottenParticipants forgotten, List<ForgetsParticipants> hooks, ObjectMapper json) {
    this.forgotten = forgotten;
    this.hooks = List.copyOf(hooks);
    this.json = json;
  }

  @Override
  public void register(Routes routes) {
    routes
        .from(PARTICIPANTS_TOPIC)
        .on(
            ParticipantErased.TYPE,
            ParticipantErased.class,
            erased -> forget(erased.participantId()));
  }

  /** Records the participant as forgotten and calls every hook, unless that was done already. */
  void forget(UUID participantId) {
    if (!forgotten.record(participantId)) {
      return;
    }
    hooks.forEach(hook -> hook.forget(participantId));
    // the id names nobody once everything it pointed to is gone
    log.info("Forgot participant {} in {} features", participantId, hooks.size());
  }

  @Override
  public boolean admits(InboundEvent event) {
    UUID participant = participantNamedBy(event);
    if (participant == null || !forgotten.contains(participant)) {
      return true;
    }
    log.info("Dropped {} {}: participant {} was erased", event.type(), event.id(), participant);
    return false;
  }

  /**
   * The participant the payload names ({@code participantId}, the platform's field for it), if any;
   * an unreadable payload is left to the consumer, which dead-letters it.
   */
  private UUID participantNamedBy(InboundEvent event) {
    if (event.payload() == null || event.payload().length == 0) {
      return null;
    }
    try {
      JsonNode id = json.readTree(event.payload()).get("participantId");
      return id != null && id.isString() ? UUID.fromString(id.asString()) : null;
    } catch (JacksonException | IllegalArgumentException unreadable) {
      return null;
    }
  }
}
