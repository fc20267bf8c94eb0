package org.imrf.notification.participant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * This service's copy of registration-service's participant-registered, version 2 (no longer
 * published, read until its records age out of the topic): who registered, how they attend, where
 * their accreditation stands and where they are.
 */
record ParticipantRegisteredV2(
    UUID participantId,
    String editionId,
    String editionTitle,
    String name,
    String email,
    String organisation,
    String country,
    String category,
    String preferredLanguage,
    String attendance,
    String accreditation,
    String timeZone,
    Instant registeredAt) {

  static final String TYPE = "imrf.participant.registered.v2";

  ParticipantRegisteredV2 {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(editionId, "editionId");
    Objects.requireNonNull(editionTitle, "editionTitle");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    Objects.requireNonNull(attendance, "attendance");
    Objects.requireNonNull(accreditation, "accreditation");
  }
}
