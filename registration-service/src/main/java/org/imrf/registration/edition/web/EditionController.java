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
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.IfMatch;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.edge.limits.RequestBodyLimit;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.EditionSchedules;
import org.imrf.registration.edition.UnknownEdition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
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

  private final EditionSchedules schedules;
  private final Clock clock;

  EditionController(EditionSchedules schedules, Clock clock) {
    this.schedules = schedules;
    this.clock = clock;
  }

  @Operation(summary = "Every edition, newest first, with its programme")
  @GetMapping
  List<EditionResponse> all() {
    Instant now = Instant.now(clock);
    return schedules.all().stream().map(edition -> EditionResponse.of(edition, now)).toList();
  }

  @Operation(summary = "One edition and its programme; its ETag is its version")
  @ApiResponse(responseCode = "200", description = "Found")
  @ApiResponse(responseCode = "404", description = "No such edition")
  @GetMapping("/{id}")
  ResponseEntity<EditionResponse> one(@PathVariable String id) {
    return answer(schedules.find(id).orElseThrow(() -> new UnknownEdition(id)), HttpStatus.OK);
  }

  @Operation(summary = "Set up an edition", security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "201", description = "Set up")
  @ApiResponse(responseCode = "409", description = "The id is taken")
  @PostMapping
  @RequestBodyLimit(EDITION_BODY)
  ResponseEntity<EditionResponse> create(@Valid @RequestBody EditionRequest request) {
    Edition edition = schedules.create(request.toDraft(false), Caller.current().actor());
    return ResponseEntity.created(
            ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(edition.id())
                .toUri())
        .eTag(etag(edition))
        .body(EditionResponse.of(edition, Instant.now(clock)));
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
      @Valid @RequestBody EditionRequest request) {
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
    return answer(changed, HttpStatus.OK);
  }

  private ResponseEntity<EditionResponse> answer(Edition edition, HttpStatus status) {
    return ResponseEntity.status(status)
        .eTag(etag(edition))
        .body(EditionResponse.of(edition, Instant.now(clock)));
  }

  private static String etag(Edition edition) {
    return IfMatch.etag(edition.version());
  }
}
