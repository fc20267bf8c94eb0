package org.imrf.registration.participant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.imrf.backbone.ratelimit.RateLimits;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.IfMatch;
import org.imrf.registration.participant.ParticipantNotFound;
import org.imrf.registration.participant.ParticipantView;
import org.imrf.registration.participant.RegistrationChanges;
import org.imrf.registration.participant.Registrations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Participants", description = "Registration to a forum edition")
@RestController
@RequestMapping("/participants")
class ParticipantController {

  private final Registrations registrations;
  private final RegistrationChanges changes;
  private final RateLimits rateLimits;

  ParticipantController(
      Registrations registrations, RegistrationChanges changes, RateLimits rateLimits) {
    this.registrations = registrations;
    this.changes = changes;
    this.rateLimits = rateLimits;
  }

  @Operation(
      summary = "Register for a forum edition",
      description =
          "States, the UN system and intergovernmental organisations are registered at once;"
              + " civil society with ECOSOC status awaits its focal point's confirmation; other"
              + " stakeholders apply for special accreditation. Each stakeholder organisation has"
              + " a capped number of in-person places: beyond it, the answer is 409 offering"
              + " online attendance or the organisation's waiting list (see whenInPersonFull).")
  @ApiResponse(responseCode = "201", description = "Registered")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each listed under errors")
  @ApiResponse(responseCode = "404", description = "No such edition")
  @ApiResponse(
      responseCode = "409",
      description =
          "Already registered for this edition (the answer says how to get one's access link"
              + " again), registration is not open (it says when it opens or closed), or the"
              + " organisation's in-person places are taken (it offers the alternatives)")
  @ApiResponse(
      responseCode = "429",
      description = "Too many registrations from this address or for this email; see Retry-After")
  @PostMapping
  ResponseEntity<ParticipantResponse> register(
      @Valid @RequestBody RegistrationRequest request, HttpServletRequest http) {
    rateLimits.check("registration", http.getRemoteAddr(), request.email());
    Caller caller = Caller.current();
    // organisers may add a participant outside the registration window
    var registered =
        registrations.register(
            request.toRegistration(), caller.isOrganiser(), ActingFor.actor(caller));
    ParticipantResponse participant =
        ParticipantResponse.of(registered.participant(), registered.accessLink());
    return ResponseEntity.created(
            ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(participant.id())
                .toUri())
        .eTag(IfMatch.etag(participant.version()))
        .body(participant);
  }

  @Operation(
      summary = "A participant's registration",
      description =
          "For the participant (their access link's token) and organisers; the ETag is its"
              + " version.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Found")
  @ApiResponse(responseCode = "404", description = "No such participant")
  @GetMapping("/{id}")
  ResponseEntity<ParticipantResponse> participant(@PathVariable UUID id) {
    ActingFor.participant(id);
    return registrations
        .find(id)
        .map(participant -> answer(participant, HttpStatus.OK))
        .orElseThrow(() -> new ParticipantNotFound(id));
  }

  @Operation(
      summary = "Change one's details",
      description =
          "A JSON merge patch of name, preferred language, attendance, accessibility needs,"
              + " lived experience, public listing consent and time zone. Asking for in-person"
              + " attendance claims one of the organisation's places (409 when taken, unless"
              + " whenInPersonFull says what to do); going online frees one for its waiting"
              + " list. Send If-Match with the ETag you read to be sure you change what you saw.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Changed")
  @ApiResponse(
      responseCode = "409",
      description = "Cancelled, refused or erased; or the in-person places are taken")
  @ApiResponse(responseCode = "412", description = "Changed since you read it")
  @PatchMapping(
      path = "/{id}",
      consumes = {"application/merge-patch+json", "application/json"})
  ResponseEntity<ParticipantResponse> change(
      @PathVariable UUID id,
      @Parameter(description = "The ETag you read")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @Valid @RequestBody DetailsChangeRequest request) {
    Caller caller = ActingFor.participant(id);
    request.check();
    ParticipantView current = registrations.find(id).orElseThrow(() -> new ParticipantNotFound(id));
    ParticipantView changed =
        changes.change(
            id, request.toChange(current), IfMatch.version(ifMatch), ActingFor.actor(caller));
    return answer(changed, HttpStatus.OK);
  }

  /** Why a participant cancels, if they wish to say. */
  @Schema(name = "Cancellation")
  record CancellationRequest(
      @Size(max = 500)
          @jakarta.validation.constraints.Pattern(
              regexp = "[\\n\\r\\t\\P{Cntrl}]*",
              message = "must not contain control characters")
          String reason) {}

  @Operation(
      summary = "Cancel a registration",
      description =
          "The participant no longer takes part: their access links stop working, and an"
              + " in-person place goes to the first on the organisation's waiting list. The"
              + " address may register again. Cancelling twice changes nothing.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Cancelled")
  @PostMapping("/{id}/cancellation")
  ResponseEntity<ParticipantResponse> cancel(
      @PathVariable UUID id,
      @Parameter(description = "The ETag you read")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @Valid @RequestBody(required = false) CancellationRequest request) {
    Caller caller = ActingFor.participant(id);
    ParticipantView cancelled =
        changes.cancel(
            id,
            request == null ? null : request.reason(),
            IfMatch.version(ifMatch),
            ActingFor.actor(caller));
    return answer(cancelled, HttpStatus.OK);
  }

  private static ResponseEntity<ParticipantResponse> answer(
      ParticipantView participant, HttpStatus status) {
    return ResponseEntity.status(status)
        .eTag(IfMatch.etag(participant.version()))
        .body(ParticipantResponse.of(participant));
  }
}
