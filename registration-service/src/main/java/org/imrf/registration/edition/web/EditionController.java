package org.imrf.registration.edition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.IfMatch;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.edge.limits.RequestBodyLimit;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.EditionSchedules;
import org.imrf.registration.edition.UnknownEdition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Editions", description = "Forum editions and their programmes")
@RestController
@RequestMapping("/editions")
class EditionController {

  /**
   * An edition's programme has up to 60 segments, each with a title of up to 200 characters, which
   * a client may send escaped (six bytes each): about 80 KB, and six times that once titles come in
   * the six UN languages. Other requests fit the platform's default.
   */
  static final String EDITION_BODY = "512KB";

  static final String READERS_LANGUAGE =
      "Titles come in the reader's language (title) and in every language given (titles):"
          + " ?lang= chooses it, else Accept-Language; English where no translation was given."
          + " Content-Language says which.";
  static final String LANG = "A UN language: ar, zh, en, fr, ru or es; wins over Accept-Language";

  private final EditionSchedules schedules;
  private final Clock clock;

  EditionController(EditionSchedules schedules, Clock clock) {
    this.schedules = schedules;
    this.clock = clock;
  }

  @Operation(
      summary = "Every edition, newest first, with its programme",
      description = READERS_LANGUAGE)
  @GetMapping
  ResponseEntity<List<EditionResponse>> all(
      @Parameter(description = LANG) @RequestParam(required = false) String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    String language = UnLanguages.forReader(lang, acceptLanguage);
    Instant now = Instant.now(clock);
    return inLanguage(ResponseEntity.ok(), language)
        .body(
            schedules.all().stream()
                .map(edition -> EditionResponse.of(edition, language, now))
                .toList());
  }

  @Operation(
      summary = "One edition and its programme; its ETag is its version",
      description = READERS_LANGUAGE)
  @ApiResponse(responseCode = "200", description = "Found")
  @ApiResponse(responseCode = "400", description = "lang is not a UN language")
  @ApiResponse(responseCode = "404", description = "No such edition")
  @GetMapping("/{id}")
  ResponseEntity<EditionResponse> one(
      @PathVariable String id,
      @Parameter(description = LANG) @RequestParam(required = false) String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    return answer(
        schedules.find(id).orElseThrow(() -> new UnknownEdition(id)),
        HttpStatus.OK,
        UnLanguages.forReader(lang, acceptLanguage));
  }

  @Operation(summary = "Set up an edition", security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "201", description = "Set up")
  @ApiResponse(responseCode = "409", description = "The id is taken")
  @PostMapping
  @RequestBodyLimit(EDITION_BODY)
  ResponseEntity<EditionResponse> create(
      @Valid @RequestBody EditionRequest request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    Edition edition = schedules.create(request.toDraft(false), Caller.current().actor());
    String language = UnLanguages.forReader(null, acceptLanguage);
    return inLanguage(
            ResponseEntity.created(
                ServletUriComponentsBuilder.fromCurrentRequest()
                    .path("/{id}")
                    .buildAndExpand(edition.id())
                    .toUri()),
            language)
        .eTag(etag(edition))
        .body(EditionResponse.of(edition, language, Instant.now(clock)));
  }

  @Operation(
      summary = "Change an edition",
      description =
          "A change of dates or programme times is a rescheduling: every participant of the"
              + " edition is told. Send If-Match with the ETag you read to be sure you change what"
              + " you saw.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Changed")
  @ApiResponse(responseCode = "404", description = "No such edition")
  @ApiResponse(responseCode = "412", description = "Changed by someone else since you read it")
  @PutMapping("/{id}")
  @RequestBodyLimit(EDITION_BODY)
  ResponseEntity<EditionResponse> change(
      @PathVariable String id,
      @Parameter(description = "The ETag you read")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @Valid @RequestBody EditionRequest request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    if (!id.equals(request.id())) {
      throw new InvalidFields("id", "must be the edition's id, " + id);
    }
    Edition current = schedules.find(id).orElseThrow(() -> new UnknownEdition(id));
    Edition changed =
        schedules.change(
            id,
            request.toDraft(current.demo()),
            IfMatch.version(ifMatch),
            Caller.current().actor());
    return answer(changed, HttpStatus.OK, UnLanguages.forReader(null, acceptLanguage));
  }

  private ResponseEntity<EditionResponse> answer(
      Edition edition, HttpStatus status, String language) {
    return inLanguage(ResponseEntity.status(status), language)
        .eTag(etag(edition))
        .body(EditionResponse.of(edition, language, Instant.now(clock)));
  }

  /** Says which language the titles are in, and that the answer depends on the one asked for. */
  private static ResponseEntity.BodyBuilder inLanguage(
      ResponseEntity.BodyBuilder response, String language) {
    return response
        .header(HttpHeaders.CONTENT_LANGUAGE, language)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
  }

  private static String etag(Edition edition) {
    return IfMatch.etag(edition.version());
  }
}
