package org.imrf.registration.personaldata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.security.Caller;
import org.imrf.registration.accesslink.IssuedLink;
import org.imrf.registration.accreditation.AccreditationDecision;
import org.imrf.registration.participant.ParticipantView;
import org.imrf.registration.participant.web.ActingFor;
import org.imrf.registration.participant.web.ParticipantResponse;
import org.imrf.registration.personaldata.PersonalDataRequests;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Personal data",
    description =
        "A participant (or an organiser at their request) sees everything held about them, and"
            + " has it erased")
@RestController
@RequestMapping("/participants/{id}")
class PersonalDataController {

  private final PersonalDataRequests requests;

  PersonalDataController(PersonalDataRequests requests) {
    this.requests = requests;
  }

  /** Everything registration-service holds about one participant. */
  @Schema(name = "PersonalData")
  record PersonalDataResponse(
      Instant exportedAt,
      ParticipantResponse registration,
      List<Decision> accreditation,
      List<IssuedLink> accessLinks,
      @Schema(
              description =
                  "What each other feature holds (hearing requests, badge, check-in), by feature")
          Map<String, Object> more,
      @Schema(description = "Where else the forum holds data about the participant")
          List<HeldElsewhere> heldElsewhere) {

    /** One accreditation decision or objection. */
    @Schema(name = "PersonalDataAccreditationStep")
    record Decision(String decision, String by, String raisedBy, String reason, Instant at) {}

    /** Another service's data, and how to read it. */
    record HeldElsewhere(String service, String what, String read) {}

    static PersonalDataResponse of(PersonalDataRequests.Export export) {
      UUID id = export.participant().summary().id();
      return new PersonalDataResponse(
          export.exportedAt(),
          ParticipantResponse.of(export.participant()),
          export.accreditation().stream().map(PersonalDataResponse::decision).toList(),
          export.accessLinks(),
          export.sections(),
          List.of(
              new HeldElsewhere(
                  "notification-service",
                  "the messages sent to the participant, with their address and language",
                  "GET /api/notification/notifications?participant=" + id)));
    }

    private static Decision decision(AccreditationDecision step) {
      return new Decision(
          step.decision(), step.actor(), step.raisedBy(), step.reason(), step.decidedAt());
    }
  }

  @Operation(
      summary = "Everything held about a participant",
      description =
          "Their registration, accreditation history, access links (never the links themselves)"
              + " and what every other feature holds about them, as one JSON document to keep."
              + " For the participant and organisers.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The participant's data")
  @ApiResponse(responseCode = "404", description = "No such participant (or not yours)")
  @GetMapping("/personal-data")
  ResponseEntity<PersonalDataResponse> personalData(@PathVariable UUID id) {
    ActingFor.participant(id);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("imrf-personal-data-" + id + ".json")
                .build()
                .toString())
        .body(PersonalDataResponse.of(requests.export(id)));
  }

  @Operation(
      summary = "Erase a participant's personal data",
      description =
          "Irreversible. The registration stays as an anonymous record for the counts (edition,"
              + " category, country, language); name, address, organisation, needs and everything"
              + " other features hold are forgotten, access links stop working, an in-person"
              + " place goes to the organisation's waiting list, and every service is told to"
              + " forget the person. Erasing twice changes nothing. For the participant, or an"
              + " organiser acting on their request.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Erased; the anonymous record")
  @ApiResponse(responseCode = "404", description = "No such participant (or not yours)")
  @PostMapping("/erasure")
  ParticipantResponse erase(@PathVariable UUID id) {
    Caller caller = ActingFor.participant(id);
    ParticipantView erased = requests.erase(id, ActingFor.actor(caller));
    return ParticipantResponse.of(erased);
  }
}
