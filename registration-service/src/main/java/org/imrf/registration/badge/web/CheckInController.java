package org.imrf.registration.badge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.edge.streams.TooManyStreams;
import org.imrf.registration.badge.BadgeReplaced;
import org.imrf.registration.badge.CheckInDesk;
import org.imrf.registration.badge.CheckInOutcome;
import org.imrf.registration.badge.UnreadableBadgeCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@Tag(name = "Check-in", description = "Scanning badges at the venue, and the live counts")
@RestController
class CheckInController {

  private static final String EDITION = "imrf-[0-9]{4}";
  private static final String EDITION_MESSAGE = "must be an edition id such as imrf-2026";

  private final CheckInDesk desk;
  private final CheckInCountsStream stream;

  CheckInController(CheckInDesk desk, CheckInCountsStream stream) {
    this.desk = desk;
    this.stream = stream;
  }

  /** A scanned badge. */
  @Schema(name = "CheckInRequest")
  record CheckInRequest(
      @Schema(
              description = "What the badge's QR code carries",
              example = "IMRF1.q3Vb0xR7nE2mJ8sT4wYc1A.Zk3m9Qv7xN2pL5sR8tW1yB4cE6fH0jK3mP7qS9uV2xZ")
          @NotBlank
          @Size(max = 200)
          String token) {}

  @Operation(
      summary = "Check a participant in",
      description =
          "The first scan of a badge checks its participant in (201); any later scan, from any"
              + " scanner and however simultaneous, answers 200 with alreadyCheckedIn and the"
              + " first time, and counts nothing. For check-in staff and organisers.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "201", description = "Checked in now")
  @ApiResponse(responseCode = "200", description = "Checked in already (alreadyCheckedIn)")
  @ApiResponse(
      responseCode = "400",
      description =
          "Not a badge of this forum: malformed, altered, or signed with another key (field"
              + " token)")
  @ApiResponse(responseCode = "404", description = "A badge this forum never issued")
  @ApiResponse(
      responseCode = "409",
      description =
          "The participant may not (or no longer) enter, and why (reason): cancelled, erased,"
              + " online, waiting-list, awaiting-accreditation, refused")
  @ApiResponse(responseCode = "410", description = "The badge was replaced by a newer one")
  @PostMapping("/check-ins")
  ResponseEntity<CheckInResponse> checkIn(@Valid @RequestBody CheckInRequest request) {
    CheckInOutcome outcome;
    try {
      outcome = desk.checkIn(request.token(), Caller.current().actor());
    } catch (UnreadableBadgeCode e) {
      throw new InvalidFields("token", e.getMessage());
    }
    return ResponseEntity.status(outcome.alreadyCheckedIn() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(CheckInResponse.of(outcome));
  }

  @Operation(
      summary = "Live check-in counts of an edition",
      description =
          "Checked in and expected (checked in, plus registered in-person participants not yet"
              + " checked in), in all and by category. For check-in staff and organisers.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The counts")
  @ApiResponse(responseCode = "404", description = "No such edition")
  @GetMapping("/editions/{edition}/check-ins/counts")
  CountsResponse counts(
      @PathVariable @Pattern(regexp = EDITION, message = EDITION_MESSAGE) String edition) {
    return CountsResponse.of(desk.counts(edition));
  }

  @Operation(
      summary = "Live check-in counts as they change",
      description =
          "Server-sent events named counts, each holding the CheckInCounts: one at once, one"
              + " after each check-in on this instance, and one every few seconds (so that the"
              + " counts of every instance's check-ins arrive). For check-in staff and organisers;"
              + " each caller may hold a few streams open at once, and the service a bounded"
              + " number in all.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "200",
      description = "The stream",
      content =
          @Content(
              mediaType = "text/event-stream",
              schema = @Schema(implementation = CountsResponse.class)))
  @ApiResponse(responseCode = "404", description = "No such edition")
  @ApiResponse(
      responseCode = "429",
      description =
          "The caller, or everyone together, holds as many streams open as allowed; Retry-After"
              + " says when to try again")
  @GetMapping("/editions/{edition}/check-ins/counts/stream")
  SseEmitter countsStream(
      @PathVariable @Pattern(regexp = EDITION, message = EDITION_MESSAGE) String edition) {
    return stream.subscribe(edition, Caller.current().subject());
  }

  /** Too many open streams: 429, and when to try again. */
  @ExceptionHandler(TooManyStreams.class)
  ResponseEntity<ProblemDetail> tooManyStreams(TooManyStreams refused) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, refused.getMessage());
    problem.setTitle("Too many open streams");
    problem.setProperty("retryAfterSeconds", TooManyStreams.RETRY_AFTER.toSeconds());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(TooManyStreams.RETRY_AFTER.toSeconds()))
        .body(problem);
  }

  /** A replaced badge is gone for good: 410, so that the desk tells it from a forgery. */
  @ExceptionHandler(BadgeReplaced.class)
  ResponseEntity<ProblemDetail> replaced(BadgeReplaced replaced) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.GONE, replaced.getMessage());
    problem.setTitle(replaced.title());
    replaced.properties().forEach(problem::setProperty);
    return ResponseEntity.status(HttpStatus.GONE).body(problem);
  }
}
