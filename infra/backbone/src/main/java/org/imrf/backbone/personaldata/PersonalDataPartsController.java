package org.imrf.backbone.personaldata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.backbone.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Personal data")
@RestController
class PersonalDataPartsController {

  private final String service;
  private final List<PersonalDataContributor> contributors;

  PersonalDataPartsController(String service, List<PersonalDataContributor> contributors) {
    this.service = service;
    this.contributors = contributors;
  }

  /** This service's parts of a participant's export. */
  @Schema(name = "ServicePersonalData")
  record ServicePersonalData(
      String service,
      @Schema(description = "Each feature's data, by the part's name") Map<String, Object> parts) {}

  @Operation(
      operationId = "personalDataParts",
      summary = "This service's part of everything held about a participant",
      description =
          "For the participant and organisers. The gateway puts every service's part into one"
              + " download: GET /api/personal-data/{participantId}.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "This service's parts")
  @ApiResponse(responseCode = "404", description = "No such participant (or not yours)")
  @GetMapping("/personal-data/{participantId}")
  ServicePersonalData export(@PathVariable UUID participantId) {
    if (!Caller.current().actsFor(participantId)) {
      throw new NotYours(participantId);
    }
    Map<String, Object> parts = new LinkedHashMap<>();
    for (PersonalDataContributor contributor : contributors) {
      parts.put(contributor.part(), contributor.exportFor(participantId));
    }
    return new ServicePersonalData(service, parts);
  }

  /** Another participant's data does not exist for you. */
  static class NotYours extends DomainProblem.NotFound {
    NotYours(UUID participantId) {
      super("Participant not found", "There is no participant " + participantId);
    }
  }
}
