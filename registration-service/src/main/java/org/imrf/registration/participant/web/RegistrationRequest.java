package org.imrf.registration.participant.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.imrf.registration.participant.Registration;
import org.imrf.registration.participant.UnLanguage;

/** What someone sends to register. Server-owned fields (id, dates) are not accepted here. */
@Schema(name = "RegistrationRequest")
record RegistrationRequest(
    @Schema(description = "The forum edition", example = "imrf-2026")
        @NotBlank
        @Pattern(regexp = "imrf-[0-9]{4}", message = "must be an edition id such as imrf-2026")
        String edition,
    @Schema(description = "Full name, in any script", example = "ليلى حداد")
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String name,
    @Schema(example = "layla.haddad@example.org")
        @NotBlank
        @Size(max = 254)
        @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
        String email,
    @Schema(
            description = "The UN language to hear from the forum in (ISO 639-1)",
            allowableValues = {"ar", "zh", "en", "fr", "ru", "es"},
            example = "ar")
        @NotBlank
        @Pattern(regexp = UnLanguage.CODES, message = "must be one of ar, zh, en, fr, ru, es")
        String preferredLanguage) {

  Registration toRegistration() {
    return new Registration(
        edition, name, email, UnLanguage.ofCode(preferredLanguage).orElseThrow());
  }
}
