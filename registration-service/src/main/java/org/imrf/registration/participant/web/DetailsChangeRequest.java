package org.imrf.registration.participant.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.backbone.web.OneOf;
import org.imrf.backbone.web.TimeZoneId;
import org.imrf.backbone.web.VisibleText;
import org.imrf.registration.participant.AccessibilityNeed;
import org.imrf.registration.participant.AccessibilityNeeds;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.DetailsChange;
import org.imrf.registration.participant.LivedExperience;
import org.imrf.registration.participant.ParticipantView;
import org.imrf.registration.participant.UnLanguage;
import org.imrf.registration.participant.WhenInPersonFull;

/**
 * What a participant may change about themselves (a JSON merge patch: a field left out stays as it
 * is). Email, organisation, country and category are fixed: they decide accreditation.
 */
@Schema(name = "ParticipantChange")
record DetailsChangeRequest(
    @Schema(description = "Full name, in any script") @Size(max = 200) @VisibleText String name,
    @OneOf(UnLanguage.class) String preferredLanguage,
    @Schema(
            description =
                "in-person asks for one of the organisation's places (or keeps a place on its"
                    + " waiting list); online gives up a place, or leaves the waiting list")
        @OneOf(value = RequestableAttendance.class, message = "must be in-person or online")
        String attendance,
    @Schema(defaultValue = "ask") @OneOf(WhenInPersonFull.class) String whenInPersonFull,
    @ArraySchema(
            arraySchema = @Schema(description = "Accessibility needs, replacing the earlier ones"))
        @Size(max = 4)
        @OneOf(AccessibilityNeed.class)
        List<@NotNull String> accessibility,
    @Size(max = 500)
        @Pattern(regexp = "[\\n\\r\\t\\P{Cntrl}]*", message = "must not contain control characters")
        String accessibilityOther,
    @OneOf(LivedExperience.class) String livedExperience,
    Boolean publicListing,
    @TimeZoneId String timeZone) {

  DetailsChange toChange(ParticipantView current) {
    return new DetailsChange(
        name,
        preferredLanguage == null
            ? null
            : Coded.ofCode(UnLanguage.class, preferredLanguage).orElseThrow(),
        attendance == null ? null : Coded.ofCode(Attendance.class, attendance).orElseThrow(),
        whenInPersonFull == null
            ? null
            : Coded.ofCode(WhenInPersonFull.class, whenInPersonFull).orElseThrow(),
        accessibility(current),
        livedExperience == null
            ? null
            : Coded.ofCode(LivedExperience.class, livedExperience).orElseThrow(),
        publicListing,
        timeZone == null ? null : ZoneId.of(timeZone));
  }

  private AccessibilityNeeds accessibility(ParticipantView current) {
    if (accessibility != null) {
      return Accessibility.needs(accessibility, accessibilityOther);
    }
    if (accessibilityOther == null) {
      return null;
    }
    // new words for a need already ticked
    return Accessibility.needs(current.personal().accessibility().codes(), accessibilityOther);
  }

  boolean isEmpty() {
    return name == null
        && preferredLanguage == null
        && attendance == null
        && accessibility == null
        && accessibilityOther == null
        && livedExperience == null
        && publicListing == null
        && timeZone == null;
  }

  /**
   * @throws InvalidFields if it changes nothing, or blanks the name
   */
  void check() {
    if (isEmpty()) {
      throw new InvalidFields("body", "must change at least one field");
    }
    if (name != null && name.isBlank()) {
      throw new InvalidFields("name", "must not be blank");
    }
  }
}
