package org.imrf.notification.preference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.IfMatch;
import org.imrf.notification.preference.AlwaysByEmail;
import org.imrf.notification.preference.KindsOfMessage;
import org.imrf.notification.preference.ParticipantPreferences;
import org.imrf.notification.preference.Preferences;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Preferences",
    description =
        "What each participant chose to hear: channels per kind of message, language, immediate"
            + " or daily digest. Through the gateway: /api/notification/…")
@RestController
class PreferenceController {

  private static final String ALWAYS_BY_EMAIL =
      " Whatever is chosen, messages that carry the access link (registration-confirmation,"
          + " access-link, access-link-requested) and notices about the registration itself"
          + " (registration-cancelled) always go by email immediately, so that a lost link can"
          + " always be recovered: alwaysByEmail lists them.";

  private final ParticipantPreferences preferences;
  private final KindsOfMessage kinds;

  PreferenceController(ParticipantPreferences preferences, KindsOfMessage kinds) {
    this.preferences = preferences;
    this.kinds = kinds;
  }

  @Operation(
      summary = "A participant's preferences",
      description =
          "For the participant (their access-link session) and organisers; the defaults where"
              + " they chose nothing: email and in-app for every kind, immediately, in their"
              + " registration's language, a digest hour of 7."
              + ALWAYS_BY_EMAIL,
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Their preferences, with the ETag to send back")
  @ApiResponse(responseCode = "404", description = "No such participant, or not this caller's")
  @GetMapping("/participants/{id}/preferences")
  ResponseEntity<PreferencesResponse> read(@PathVariable UUID id) {
    actingFor(id);
    return preferences
        .of(id)
        .map(PreferenceController::answer)
        .orElseThrow(() -> new PreferencesNotFound(id));
  }

  @Operation(
      summary = "Replace a participant's preferences",
      description =
          "The whole document: what is left out takes its default. Every field is checked"
              + " before anything is written (400 naming each invalid one). The language applies"
              + " to every message written afterwards; a daily digest is one email a day at the"
              + " local hour, summarising the messages whose email it held. Send If-Match with"
              + " the ETag you read to be sure you replace what you saw (412 if it changed)."
              + ALWAYS_BY_EMAIL,
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Replaced; the preferences now")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each listed under errors")
  @ApiResponse(responseCode = "404", description = "No such participant, or not this caller's")
  @ApiResponse(responseCode = "412", description = "Changed since you read them")
  @PutMapping("/participants/{id}/preferences")
  ResponseEntity<PreferencesResponse> replace(
      @PathVariable UUID id,
      @Parameter(description = "The ETag you read")
          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
          String ifMatch,
      @RequestBody PreferencesRequest request) {
    actingFor(id);
    return preferences
        .replace(id, request.toChange(), IfMatch.version(ifMatch))
        .map(PreferenceController::answer)
        .orElseThrow(() -> new PreferencesNotFound(id));
  }

  @Operation(
      summary = "The kinds of message one can choose channels for",
      description =
          "Each with its name in the language asked for (?lang=, else Accept-Language, else"
              + " English), for a preferences page."
              + ALWAYS_BY_EMAIL)
  @ApiResponse(responseCode = "200", description = "Every kind, by code")
  @ApiResponse(responseCode = "400", description = "lang is not a UN language")
  @GetMapping("/preferences/kinds")
  ResponseEntity<List<KindResponse>> kinds(
      @Parameter(description = "ISO 639-1 code of a UN language") @RequestParam(required = false)
          String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    String language = UnLanguages.forReader(lang, acceptLanguage);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_LANGUAGE, language)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .body(
            kinds.all().stream()
                .map(
                    kind ->
                        new KindResponse(
                            kind, kinds.name(kind, language), AlwaysByEmail.covers(kind)))
                .toList());
  }

  /** Another participant's preferences do not exist for the caller. */
  private static void actingFor(UUID participant) {
    if (!Caller.current().actsFor(participant)) {
      throw new PreferencesNotFound(participant);
    }
  }

  private static ResponseEntity<PreferencesResponse> answer(Preferences preferences) {
    return ResponseEntity.ok()
        .eTag(IfMatch.etag(preferences.version()))
        .body(PreferencesResponse.of(preferences));
  }

  static class PreferencesNotFound extends DomainProblem.NotFound {
    PreferencesNotFound(UUID participant) {
      super("Participant not found", "There is no participant " + participant);
    }
  }
}
