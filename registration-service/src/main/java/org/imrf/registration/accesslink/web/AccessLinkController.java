package org.imrf.registration.accesslink.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.imrf.backbone.ratelimit.RateLimits;
import org.imrf.backbone.security.Caller;
import org.imrf.registration.accesslink.AccessLinks;
import org.imrf.registration.participant.web.ActingFor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Access links", description = "Participants' personal access links")
@RestController
class AccessLinkController {

  private final AccessLinks links;
  private final RateLimits rateLimits;

  AccessLinkController(AccessLinks links, RateLimits rateLimits) {
    this.links = links;
    this.rateLimits = rateLimits;
  }

  /** Which edition and address to send a fresh link to. */
  @Schema(name = "AccessLinkRequest")
  record AccessLinkRequest(
      @Schema(example = "imrf-2026")
          @NotBlank
          @Pattern(regexp = "imrf-[0-9]{4}", message = "must be an edition id such as imrf-2026")
          String edition,
      @NotBlank
          @Size(max = 254)
          @Email(regexp = ".+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
          String email) {}

  @Operation(
      summary = "Send me a fresh access link",
      description =
          "If the address is registered for the edition, a new link is sent to it; earlier links"
              + " keep working until the new one is first opened. The answer is the same whether or"
              + " not it is registered. Limited per client address, per email and client address,"
              + " and per email.")
  @ApiResponse(
      responseCode = "202",
      description = "Accepted; a link follows if the address is registered")
  @PostMapping("/access-links")
  ResponseEntity<ProblemDetail> requestFresh(
      @Valid @RequestBody AccessLinkRequest request, HttpServletRequest http) {
    rateLimits.check("links", http.getRemoteAddr(), request.email());
    links.requestFresh(request.edition(), request.email());
    ProblemDetail answer =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.ACCEPTED,
            "If this address is registered for "
                + request.edition()
                + ", a new access link is on its way to it. Earlier links keep working until the new"
                + " one is opened.");
    answer.setTitle("Request received");
    return ResponseEntity.accepted().body(answer);
  }

  @Operation(
      summary = "Replace a participant's access link",
      description = "The old link stops working; the new one is sent to the participant's address.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "202", description = "A new link is on its way")
  @PostMapping("/participants/{id}/access-link")
  ResponseEntity<Void> reissue(@PathVariable UUID id) {
    Caller caller = ActingFor.participant(id);
    links.reissue(id, caller.actor());
    return ResponseEntity.accepted().build();
  }

  @Operation(
      summary = "Revoke a participant's access link",
      description = "No link of theirs opens anything until a fresh one is requested.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "204", description = "Revoked")
  @DeleteMapping("/participants/{id}/access-link")
  ResponseEntity<Void> revoke(@PathVariable UUID id) {
    Caller caller = ActingFor.participant(id);
    links.revoke(id, caller.actor());
    return ResponseEntity.noContent().build();
  }
}
