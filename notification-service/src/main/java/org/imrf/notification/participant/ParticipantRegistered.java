package org.imrf.notification.participant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * This service's own copy of registration-service's event (version 1, no longer published but still
 * read until its records age out of the topic), with only what it reads; its contract test proves
 * that it reads what the contracts allow.
 */
record ParticipantRegistered(
    UUID participantId,
    String editionId,
    String editionTitle,
    String name,
    String email,
    String preferredLanguage,
    Instant registeredAt) {

  static final String TYPE = "imrf.participant.registered.v1";

  ParticipantRegistered {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(editionId, "editionId");
    Objects.requireNonNull(editionTitle, "editionTitle");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
  }
}
