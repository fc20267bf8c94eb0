package org.imrf.registration.badge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.security.Role;
import org.imrf.registration.badge.BadgeIssuing;
import org.imrf.registration.badge.BadgePrinter;
import org.imrf.registration.badge.IssuedBadge;
import org.imrf.registration.participant.ParticipantNotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Badges", description = "In-person participants' badges, with a QR code to check in")
@RestController
@RequestMapping("/participants/{id}")
class BadgeController {

  private static final String WHO =
      " For the participant (their access link's token), organisers and check-in staff.";

  private final BadgeIssuing issuing;
  private final BadgePrinter printer;

  BadgeController(BadgeIssuing issuing, BadgePrinter printer) {
    this.issuing = issuing;
    this.printer = printer;
  }

  @Operation(
      summary = "A participant's badge",
      description =
          "Name, organisation, category and the signed code its QR code carries. Registered"
              + " participants (accredited, or needing no accreditation) who attend in person have"
              + " one; it is issued at the first request."
              + WHO,
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The badge")
  @ApiResponse(responseCode = "404", description = "No such participant")
  @ApiResponse(
      responseCode = "409",
      description =
          "No badge, and why (reason): online, waiting-list, awaiting-accreditation, refused,"
              + " cancelled or erased")
  @GetMapping("/badge")
  ResponseEntity<BadgeResponse> badge(@PathVariable UUID id) {
    IssuedBadge issued = issuing.badgeOf(id, requireMaySee(id));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(BadgeResponse.of(issued));
  }

  @Operation(
      summary = "A participant's badge as an image",
      description =
          "A6 portrait (1240 × 1748 pixels, 300 dpi): edition, name, organisation, QR code, and"
              + " the category on a coloured band."
              + WHO,
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "200",
      description = "The badge",
      content =
          @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(responseCode = "404", description = "No such participant")
  @ApiResponse(responseCode = "409", description = "No badge, and why")
  @GetMapping("/badge.png")
  ResponseEntity<byte[]> png(@PathVariable UUID id) {
    IssuedBadge issued = issuing.badgeOf(id, requireMaySee(id));
    return file(printer.png(issued.face()), MediaType.IMAGE_PNG, "badge.png");
  }

  @Operation(
      summary = "A participant's badge to print",
      description = "One A6 page (105 × 148 mm) holding the badge's image." + WHO,
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "200",
      description = "The badge",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(responseCode = "404", description = "No such participant")
  @ApiResponse(responseCode = "409", description = "No badge, and why")
  @GetMapping("/badge.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
    IssuedBadge issued = issuing.badgeOf(id, requireMaySee(id));
    return file(printer.pdf(issued.face()), MediaType.APPLICATION_PDF, "badge.pdf");
  }

  @Operation(
      summary = "Replace a lost badge",
      description =
          "Issues a new badge; the old one no longer checks anyone in (scanning it answers 410)."
              + " A participant already checked in stays checked in. For organisers.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The new badge")
  @ApiResponse(responseCode = "404", description = "No such participant")
  @ApiResponse(responseCode = "409", description = "No badge, and why")
  @PostMapping("/badge/reissue")
  ResponseEntity<BadgeResponse> reissue(@PathVariable UUID id) {
    IssuedBadge issued = issuing.reissue(id, Caller.current().actor());
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(BadgeResponse.of(issued));
  }

  /** The actor to record; another participant's badge does not exist for the caller. */
  private static String requireMaySee(UUID id) {
    Caller caller = Caller.current();
    if (!caller.actsFor(id) && !caller.has(Role.CHECK_IN)) {
      throw new ParticipantNotFound(id);
    }
    return caller.participantId().isPresent() ? "participant" : caller.actor();
  }

  private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
    return ResponseEntity.ok()
        // the QR code admits its holder: no cache keeps a copy
        .cacheControl(CacheControl.noStore())
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(name).build().toString())
        .body(content);
  }
}
