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
import org.imrf.registration.participant.ParticipantSummary;
import org.imrf.registration.participant.ParticipantView;
import org.imrf.registration.participant.Regions;
import org.imrf.registration.participant.RegistrationStatus;

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
    @OneOf(RegistrationStatus.class) String status,
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

  public static ParticipantResponse of(ParticipantView participant) {
    return of(participant, null);
  }

  public static ParticipantResponse of(ParticipantView participant, AccessLink link) {
    ParticipantSummary who = participant.summary();
    ParticipantView.PersonalDetails personal = participant.personal();
    ParticipantView.Timeline timeline = participant.timeline();
    return new ParticipantResponse(
        who.id(),
        who.editionId(),
        who.name(),
        personal.email(),
        who.organisation(),
        personal.country(),
        Regions.of(personal.country()),
        who.category().code(),
        who.preferredLanguage().code(),
        who.attendance().code(),
        timeline.waitlistedAt(),
        personal.accessibility().codes(),
        personal.accessibility().other(),
        personal.livedExperience().code(),
        personal.publicListing(),
        personal.timeZone().getId(),
        who.status().code(),
        who.accreditation().code(),
        who.objectionsUntil(),
        timeline.registeredAt(),
        timeline.cancelledAt(),
        participant.version(),
        link == null ? null : link.url(),
        link == null ? null : link.expiresAt());
  }
}
