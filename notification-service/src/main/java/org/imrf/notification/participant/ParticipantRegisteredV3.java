package org.imrf.notification.participant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;

/**
 * This service's copy of registration-service's participant-registered, version 3: who registered,
 * the edition's title in each UN language given, how they attend, where their accreditation stands
 * and where they are.
 */
record ParticipantRegisteredV3(
    UUID participantId,
    String editionId,
    MultilingualText editionTitles,
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

  static final String TYPE = "imrf.participant.registered.v3";

  ParticipantRegisteredV3 {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(editionId, "editionId");
    Objects.requireNonNull(editionTitles, "editionTitles");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    Objects.requireNonNull(attendance, "attendance");
    Objects.requireNonNull(accreditation, "accreditation");
  }
}
