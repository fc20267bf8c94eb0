package org.imrf.registration.badge.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.imrf.registration.badge.CategoryLabels;
import org.imrf.registration.badge.CheckInOutcome;
import org.imrf.registration.participant.UnLanguage;

/** What a scan found: who it is, and whether they were in already. */
@Schema(name = "CheckIn")
record CheckInResponse(
    UUID participant,
    String edition,
    @Schema(description = "To compare with the person at the desk") String name,
    String organisation,
    String category,
    @Schema(description = "The category, in English") String categoryLabel,
    @Schema(description = "When they were first checked in") Instant checkedInAt,
    @Schema(description = "Whether an earlier scan checked them in: this one counted nothing")
        boolean alreadyCheckedIn) {

  static CheckInResponse of(CheckInOutcome outcome) {
    return new CheckInResponse(
        outcome.participant().id(),
        outcome.participant().editionId(),
        outcome.participant().name(),
        outcome.participant().organisation(),
        outcome.participant().category().code(),
        // for the desk, whatever the participant's language
        CategoryLabels.label(outcome.participant().category(), UnLanguage.ENGLISH),
        outcome.checkIn().checkedInAt(),
        outcome.alreadyCheckedIn());
  }
}
