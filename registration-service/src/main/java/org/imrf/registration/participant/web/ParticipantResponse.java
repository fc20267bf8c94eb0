package org.imrf.registration.participant.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.imrf.registration.participant.AccessLink;
import org.imrf.registration.participant.Participant;

/** A participant as the API shows it; the access link only in the answer to registering. */
@Schema(name = "Participant")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ParticipantResponse(
    UUID id,
    String edition,
    String name,
    String email,
    String preferredLanguage,
    Instant registeredAt,
    @Schema(
            description =
                "The participant's personal access link: shown this once, and sent by email."
                    + " Whoever holds it acts as the participant.")
        String accessLink,
    Instant accessLinkExpiresAt) {

  static ParticipantResponse of(Participant participant) {
    return of(participant, null);
  }

  static ParticipantResponse of(Participant participant, AccessLink link) {
    return new ParticipantResponse(
        participant.id(),
        participant.editionId(),
        participant.name(),
        participant.email(),
        participant.preferredLanguage().code(),
        participant.registeredAt(),
        link == null ? null : link.url(),
        link == null ? null : link.expiresAt());
  }
}
