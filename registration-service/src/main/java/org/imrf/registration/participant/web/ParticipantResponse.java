package org.imrf.registration.participant.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.web.OneOf;
import org.imrf.registration.participant.AccessLink;
import org.imrf.registration.participant.Accreditation;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.LivedExperience;
import org.imrf.registration.participant.Participant;
import org.imrf.registration.participant.Regions;

/** A participant as the API shows it; the access link only in the answer to registering. */
@Schema(name = "Participant")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantResponse(
    UUID id,
    String edition,
    String name,
    String email,
    String organisation,
    @Schema(description = "ISO 3166-1 alpha-2") String country,
    @Schema(description = "UN M49 region of the country") String region,
    String category,
    String preferredLanguage,
    @OneOf(Attendance.class) String attendance,
    @Schema(description = "Since when on the organisation's waiting list") Instant waitingSince,
    List<String> accessibility,
    String accessibilityOther,
    @OneOf(LivedExperience.class) String livedExperience,
    boolean publicListing,
    String timeZone,
    @OneOf(Participant.Status.class) String status,
    @OneOf(Accreditation.class) String accreditation,
    @Schema(description = "End of the non-objection period of a provisional approval")
        Instant objectionsUntil,
    Instant registeredAt,
    Instant cancelledAt,
    @Schema(description = "Incremented by every change; also the ETag") int version,
    @Schema(
            description =
                "The participant's personal access link: shown this once, and sent by email."
                    + " Whoever holds it acts as the participant.")
        String accessLink,
    Instant accessLinkExpiresAt) {

  public static ParticipantResponse of(Participant participant) {
    return of(participant, null);
  }

  public static ParticipantResponse of(Participant participant, AccessLink link) {
    return new ParticipantResponse(
        participant.id(),
        participant.editionId(),
        participant.name(),
        participant.email(),
        participant.organisation(),
        participant.country(),
        Regions.of(participant.country()),
        participant.category().code(),
        participant.preferredLanguage().code(),
        participant.attendance().code(),
        participant.waitlistedAt(),
        participant.accessibility().codes(),
        participant.accessibility().other(),
        participant.livedExperience().code(),
        participant.publicListing(),
        participant.timeZone().getId(),
        participant.status().code(),
        participant.accreditation().code(),
        participant.objectionsUntil(),
        participant.registeredAt(),
        participant.cancelledAt(),
        participant.version(),
        link == null ? null : link.url(),
        link == null ? null : link.expiresAt());
  }
}
