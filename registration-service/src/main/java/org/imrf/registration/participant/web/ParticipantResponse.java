package org.imrf.registration.participant.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.imrf.registration.participant.Participant;

/** A participant as the API shows it. */
@Schema(name = "Participant")
record ParticipantResponse(
    UUID id,
    String edition,
    String name,
    String email,
    String preferredLanguage,
    Instant registeredAt) {

  static ParticipantResponse of(Participant participant) {
    return new ParticipantResponse(
        participant.id(),
        participant.editionId(),
        participant.name(),
        participant.email(),
        participant.preferredLanguage().code(),
        participant.registeredAt());
  }
}
