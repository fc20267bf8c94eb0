package org.imrf.notification.participant;

import java.util.Objects;
import java.util.UUID;

/** This service's copy of participant-details-changed: the details it keeps, as they now are. */
record ParticipantDetailsChanged(
    UUID participantId, String name, String preferredLanguage, String attendance, String timeZone) {

  static final String TYPE = "imrf.participant.details-changed.v1";

  ParticipantDetailsChanged {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    Objects.requireNonNull(attendance, "attendance");
  }
}
