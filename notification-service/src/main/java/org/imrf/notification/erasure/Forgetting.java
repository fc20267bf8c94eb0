package org.imrf.notification.erasure;

import org.imrf.notification.notification.Notifications;
import org.imrf.notification.participant.ParticipantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Forgets an erased participant: this service's copy of them and every message sent to them (which
 * carry their name, address and links). Runs in the transaction that records the event as
 * processed.
 */
@Service
public class Forgetting {

  private static final Logger log = LoggerFactory.getLogger(Forgetting.class);

  private final ParticipantDirectory participants;
  private final Notifications notifications;

  Forgetting(ParticipantDirectory participants, Notifications notifications) {
    this.participants = participants;
    this.notifications = notifications;
  }

  public void forget(ParticipantErased erased) {
    int messages = notifications.forget(erased.participantId());
    participants.forget(erased.participantId());
    // the id names nobody once everything it pointed to is gone
    log.info("Forgot participant {} and {} messages", erased.participantId(), messages);
  }
}
