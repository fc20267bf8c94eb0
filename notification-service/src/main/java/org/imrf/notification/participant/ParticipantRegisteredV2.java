package org.imrf.notification.participant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * This service's copy of registration-service's participant-registered, version 2: who registered,
 * how they attend and where their accreditation stands.
 */
public record ParticipantRegisteredV2(
    UUID participantId,
    String editionId,
    String editionTitle,
    String name,
    String email,
    String preferredLanguage,
    String attendance,
    String accreditation,
    Instant registeredAt) {

  public static final String TYPE = "imrf.participant.registered.v2";

  public ParticipantRegisteredV2 {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(editionId, "editionId");
    Objects.requireNonNull(editionTitle, "editionTitle");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    Objects.requireNonNull(attendance, "attendance");
    Objects.requireNonNull(accreditation, "accreditation");
  }
}
