package org.imrf.registration.accreditation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.backbone.web.IsoCountry;
import org.imrf.backbone.web.OneOf;
import org.imrf.registration.accreditation.AccreditationDecision;
import org.imrf.registration.accreditation.AccreditationDecisionKind;
import org.imrf.registration.accreditation.Accreditations;
import org.imrf.registration.participant.ParticipantLookup;
import org.imrf.registration.participant.ParticipantNotFound;
import org.imrf.registration.participant.ParticipantSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Accreditation",
    description =
        "ECOSOC confirmation and special accreditation with its non-objection period;"
            + " organisers decide, and every decision records who made it")
@RestController
@RequestMapping("/participants/{id}/accreditation")
class AccreditationController {

  private static final String REASON_TEXT = "[\\n\\r\\t\\P{Cntrl}]*";

  private final Accreditations accreditations;
  private final ParticipantLookup registrations;

  AccreditationController(Accreditations accreditations, ParticipantLookup registrations) {
    this.accreditations = accreditations;
    this.registrations = registrations;
  }

  /** A participant's accreditation and its history. */
  @Schema(name = "Accreditation")
  record AccreditationResponse(
      UUID participant,
      String category,
      String organisation,
      String accreditation,
      @Schema(description = "End of the non-objection period, while provisionally approved")
          Instant objectionsUntil,
      List<String> possibleDecisions,
      List<Step> history) {

    /** One decision or objection. */
    @Schema(name = "AccreditationStep")
    record Step(
        String decision,
        @Schema(description = "Who decided or recorded it") String by,
        @Schema(description = "For an objection, the Member State that raised it") String raisedBy,
        String reason,
        Instant at) {}

    static AccreditationResponse of(
        ParticipantSummary participant, List<AccreditationDecision> history) {
      return new AccreditationResponse(
          participant.id(),
          participant.category().code(),
          participant.organisation(),
          participant.accreditation().code(),
          participant.objectionsUntil(),
          participant.live()
              ? AccreditationDecisionKind.possibleFrom(participant.accreditation())
              : List.of(),
          history.stream()
              .map(
                  step ->
                      new Step(
                          step.decision(),
                          step.actor(),
                          step.raisedBy(),
                          step.reason(),
                          step.decidedAt()))
              .toList());
    }
  }

  @Operation(
      summary = "A participant's accreditation and who decided what",
      security = @SecurityRequirement(name = "bearer"))
  @GetMapping
  AccreditationResponse accreditation(@PathVariable UUID id) {
    ParticipantSummary participant =
        registrations.find(id).orElseThrow(() -> new ParticipantNotFound(id));
    return AccreditationResponse.of(participant, accreditations.decisions(id));
  }

  /** An organiser's decision. */
  @Schema(name = "AccreditationDecision")
  record DecisionRequest(
      @Schema(
              description =
                  "confirm (ECOSOC track), provisionally-approve (special track; opens the"
                      + " non-objection period), grant (after an objection), refuse (with a"
                      + " reason the participant is told)")
          @NotBlank
          @OneOf(AccreditationDecisionKind.class)
          String decision,
      @Size(max = 1000)
          @Pattern(regexp = REASON_TEXT, message = "must not contain control characters")
          String reason) {}

  @Operation(
      summary = "Decide on an accreditation",
      description = "409 says where the accreditation stands and which decisions are possible.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Decided")
  @ApiResponse(responseCode = "409", description = "Not possible from where it stands")
  @PostMapping("/decisions")
  AccreditationResponse decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
    AccreditationDecisionKind decision =
        Coded.ofCode(AccreditationDecisionKind.class, request.decision()).orElseThrow();
    if (decision == AccreditationDecisionKind.REFUSE
        && (request.reason() == null || request.reason().isBlank())) {
      throw new InvalidFields("reason", "must say why: the participant is told");
    }
    ParticipantSummary decided =
        accreditations.decide(id, decision, request.reason(), Caller.current().actor());
    return AccreditationResponse.of(decided, accreditations.decisions(id));
  }

  /** A Member State's objection, as an organiser records it. */
  @Schema(name = "AccreditationObjection")
  record ObjectionRequest(
      @Schema(description = "The objecting Member State (ISO 3166-1 alpha-2)", example = "XY")
          @NotBlank
          @IsoCountry
          String memberState,
      @NotBlank
          @Size(max = 1000)
          @Pattern(regexp = REASON_TEXT, message = "must not contain control characters")
          String reason) {}

  @Operation(
      summary = "Record a Member State's objection",
      description =
          "Only during the non-objection period of a provisional approval; the application goes"
              + " back to the organisers, who grant or refuse it.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Recorded")
  @ApiResponse(responseCode = "409", description = "Not provisionally approved, or period over")
  @PostMapping("/objections")
  AccreditationResponse object(
      @PathVariable UUID id, @Valid @RequestBody ObjectionRequest request) {
    ParticipantSummary objected =
        accreditations.object(
            id, request.memberState(), request.reason(), Caller.current().actor());
    return AccreditationResponse.of(objected, accreditations.decisions(id));
  }
}
