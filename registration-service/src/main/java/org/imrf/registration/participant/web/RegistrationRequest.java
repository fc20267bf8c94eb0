package org.imrf.registration.participant.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.web.IsoCountry;
import org.imrf.backbone.web.OneOf;
import org.imrf.backbone.web.TimeZoneId;
import org.imrf.backbone.web.VisibleText;
import org.imrf.registration.participant.AccessibilityNeed;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.LivedExperience;
import org.imrf.registration.participant.Registration;
import org.imrf.registration.participant.UnLanguage;
import org.imrf.registration.participant.WhenInPersonFull;

/** What someone sends to register. Server-owned fields (id, dates, status) are not accepted. */
@Schema(name = "RegistrationRequest")
record RegistrationRequest(
    @Schema(description = "The forum edition", example = "imrf-2026")
        @NotBlank
        @Pattern(regexp = "imrf-[0-9]{4}", message = "must be an edition id such as imrf-2026")
        String edition,
    @Schema(description = "Full name, in any script", example = "ليلى حداد")
        @NotNull(message = "must not be blank")
        @Size(max = 200)
        @VisibleText
        String name,
    @Schema(example = "layla.haddad@example.org")
        @NotBlank
        @Size(max = 254)
        @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
        String email,
    @Schema(
            description = "The organisation, delegation or entity represented",
            example = "Migrant Rights Network")
        @NotNull(message = "must not be blank")
        @Size(max = 200)
        @VisibleText
        String organisation,
    @Schema(description = "ISO 3166-1 alpha-2 code of the country", example = "JO")
        @NotBlank
        @IsoCountry
        String country,
    @Schema(
            description =
                "Who the participant takes part as; decides the accreditation track (none for"
                    + " states, the UN system and intergovernmental organisations; confirmation"
                    + " for civil society with ECOSOC status; special accreditation for other"
                    + " stakeholders)",
            example = "migrant-diaspora-organisation")
        @NotBlank
        @OneOf(value = Category.class, message = "must be one of the participant categories")
        String category,
    @Schema(description = "The UN language to hear from the forum in (ISO 639-1)", example = "ar")
        @NotBlank
        @OneOf(UnLanguage.class)
        String preferredLanguage,
    @Schema(example = "in-person")
        @NotBlank
        @OneOf(value = RequestableAttendance.class, message = "must be in-person or online")
        String attendance,
    @Schema(
            description =
                "If the organisation's in-person places are taken: ask (the default: answered"
                    + " 409, offering the others), attend online, or join its waiting list",
            defaultValue = "ask")
        @OneOf(WhenInPersonFull.class)
        String whenInPersonFull,
    @ArraySchema(arraySchema = @Schema(description = "Accessibility needs"))
        @Size(max = 4)
        @OneOf(AccessibilityNeed.class)
        List<@NotNull String> accessibility,
    @Schema(description = "The need, in the participant's words; required with \"other\"")
        @Size(max = 500)
        @Pattern(regexp = "[\\n\\r\\t\\P{Cntrl}]*", message = "must not contain control characters")
        String accessibilityOther,
    @Schema(
            description =
                "Self-declared lived experience of migration; optional, kept within registration"
                    + " and used only for the balance of the hearing's speakers",
            defaultValue = "not-said")
        @OneOf(LivedExperience.class)
        String livedExperience,
    @Schema(
            description = "Consent to appear (name, organisation, country) on the public list",
            defaultValue = "false")
        Boolean publicListing,
    @Schema(
            description = "Where the participant follows the forum from; the edition's by default",
            example = "Asia/Amman")
        @TimeZoneId
        String timeZone) {

  Registration toRegistration() {
    return new Registration(
        edition,
        name,
        email,
        organisation,
        country,
        Coded.ofCode(Category.class, category).orElseThrow(),
        Coded.ofCode(UnLanguage.class, preferredLanguage).orElseThrow(),
        Coded.ofCode(Attendance.class, attendance).orElseThrow(),
        whenInPersonFull == null
            ? WhenInPersonFull.ASK
            : Coded.ofCode(WhenInPersonFull.class, whenInPersonFull).orElseThrow(),
        Accessibility.needs(accessibility, accessibilityOther),
        livedExperience == null
            ? LivedExperience.NOT_SAID
            : Coded.ofCode(LivedExperience.class, livedExperience).orElseThrow(),
        Boolean.TRUE.equals(publicListing),
        timeZone == null ? null : ZoneId.of(timeZone));
  }
}
