package org.imrf.registration.participant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.imrf.backbone.ratelimit.RateLimits;
import org.imrf.backbone.security.Caller;
import org.imrf.registration.participant.ParticipantNotFound;
import org.imrf.registration.participant.Registrations;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Participants", description = "Registration to a forum edition")
@RestController
@RequestMapping("/participants")
class ParticipantController {

  private static final String PROBLEM = "application/problem+json";

  private final Registrations registrations;
  private final RateLimits rateLimits;

  ParticipantController(Registrations registrations, RateLimits rateLimits) {
    this.registrations = registrations;
    this.rateLimits = rateLimits;
  }

  @Operation(summary = "Register for a forum edition")
  @ApiResponse(responseCode = "201", description = "Registered")
  @ApiResponse(
      responseCode = "400",
      description = "Invalid fields, each listed under errors",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "404",
      description = "No such edition",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "429",
      description = "Too many registrations from this address or for this email; see Retry-After",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "409",
      description =
          "Already registered for this edition, or registration is not open (the answer says"
              + " when it opens or closed)",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping
  ResponseEntity<ParticipantResponse> register(
      @Valid @RequestBody RegistrationRequest request, HttpServletRequest http) {
    rateLimits.check("registration", http.getRemoteAddr(), request.email());
    // organisers may add a participant outside the registration window
    var registered =
        registrations.register(request.toRegistration(), Caller.current().isOrganiser());
    ParticipantResponse participant =
        ParticipantResponse.of(registered.participant(), registered.accessLink());
    return ResponseEntity.created(
            ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(participant.id())
                .toUri())
        .body(participant);
  }

  @Operation(
      summary = "A participant's registration",
      description = "For the participant (their access link's token) and organisers.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Found")
  @ApiResponse(
      responseCode = "404",
      description = "No such participant",
      content =
          @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
  @GetMapping("/{id}")
  ResponseEntity<ParticipantResponse> participant(@PathVariable UUID id) {
    if (!Caller.current().actsFor(id)) {
      // another participant's registration does not exist for you
      throw new ParticipantNotFound(id);
    }
    return registrations
        .find(id)
        .map(ParticipantResponse::of)
        .map(ResponseEntity::ok)
        .orElseThrow(() -> new ParticipantNotFound(id));
  }
}
