package org.imrf.notification.announcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Pattern;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.IfMatch;
import org.imrf.notification.announcement.AnnouncementView;
import org.imrf.notification.announcement.Announcements;
import org.imrf.notification.announcement.AudienceCount;
import org.imrf.notification.announcement.Preview;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Announcements",
    description =
        "The organisers' messages to an edition's participants, in up to six languages: written,"
            + " previewed, tested and sent once")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/announcements")
class AnnouncementController {

  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Announcements announcements;

  AnnouncementController(Announcements announcements) {
    this.announcements = announcements;
  }

  @Operation(summary = "Write a draft announcement")
  @ApiResponse(responseCode = "201", description = "Written, as a draft")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each listed under errors")
  @PostMapping
  ResponseEntity<AnnouncementView> create(@RequestBody AnnouncementRequest request) {
    AnnouncementView created = announcements.create(request.draft(), Caller.current().actor());
    return ResponseEntity.created(URI.create("/announcements/" + created.id()))
        .eTag(IfMatch.etag(created.version()))
        .body(created);
  }

  @Operation(
      summary = "Replace a draft announcement",
      description = "Send If-Match with the ETag you read to be sure you change what you saw.")
  @ApiResponse(responseCode = "200", description = "Changed")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each listed under errors")
  @ApiResponse(responseCode = "404", description = "No such announcement")
  @ApiResponse(responseCode = "409", description = "Already sent")
  @ApiResponse(responseCode = "412", description = "Changed since you read it")
  @PutMapping("/{id}")
  ResponseEntity<AnnouncementView> replace(
      @PathVariable UUID id,
      @Parameter(description = "The ETag you read")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @RequestBody AnnouncementRequest request) {
    AnnouncementView changed =
        announcements.replace(id, request.draft(), version(ifMatch), Caller.current().actor());
    return ResponseEntity.ok().eTag(IfMatch.etag(changed.version())).body(changed);
  }

  @Operation(
      summary = "An announcement and its progress",
      description =
          "Its state (draft, sending, sent), how many participants it reached when sent"
              + " (recipients) and how many notifications are written so far (written).")
  @ApiResponse(responseCode = "200", description = "Found")
  @ApiResponse(responseCode = "404", description = "No such announcement")
  @GetMapping("/{id}")
  ResponseEntity<AnnouncementView> find(@PathVariable UUID id) {
    AnnouncementView found = announcements.find(id);
    return ResponseEntity.ok().eTag(IfMatch.etag(found.version())).body(found);
  }

  @Operation(
      summary = "The announcement as a reader of a language gets it",
      description =
          "Where the language was not given, the English text after a notice in the reader's"
              + " language that it was not translated.")
  @ApiResponse(responseCode = "200", description = "Rendered")
  @ApiResponse(responseCode = "400", description = "Not a UN language")
  @ApiResponse(responseCode = "404", description = "No such announcement")
  @GetMapping("/{id}/preview")
  Preview preview(
      @PathVariable UUID id,
      @Parameter(description = "ISO 639-1 code of a UN language") @RequestParam(defaultValue = "en")
          String language) {
    return announcements.preview(id, language);
  }

  @Operation(summary = "How many participants the filters reach now, by language")
  @ApiResponse(responseCode = "200", description = "Counted")
  @ApiResponse(responseCode = "404", description = "No such announcement")
  @GetMapping("/{id}/audience")
  AudienceCount audience(@PathVariable UUID id) {
    return announcements.audience(id);
  }

  @Operation(
      summary = "Email the announcement to yourself",
      description =
          "As a reader of the language gets it, to the address of your own account only, through"
              + " the mail relay.")
  @ApiResponse(responseCode = "202", description = "Handed to the mail relay")
  @ApiResponse(responseCode = "400", description = "Not a UN language")
  @ApiResponse(responseCode = "404", description = "No such announcement")
  @ApiResponse(responseCode = "409", description = "Your account's token carries no address")
  @ApiResponse(responseCode = "503", description = "No mail relay, or it refused the message")
  @PostMapping("/{id}/test")
  ResponseEntity<Void> test(
      @PathVariable UUID id,
      @Parameter(description = "ISO 639-1 code of a UN language") @RequestParam(defaultValue = "en")
          String language) {
    announcements.test(id, language, callersAddress());
    return ResponseEntity.accepted().build();
  }

  @Operation(
      summary = "Send the announcement, once",
      description =
          "It is written to every participant it reaches in the background: follow its progress"
              + " at the Location given.")
  @ApiResponse(responseCode = "202", description = "Being sent")
  @ApiResponse(responseCode = "404", description = "No such announcement")
  @ApiResponse(responseCode = "409", description = "Already sent")
  @ApiResponse(responseCode = "412", description = "Changed since you read it")
  @PostMapping("/{id}/send")
  ResponseEntity<AnnouncementView> send(
      @PathVariable UUID id,
      @Parameter(description = "The ETag you read")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch) {
    AnnouncementView sending = announcements.send(id, version(ifMatch), Caller.current().actor());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create("/announcements/" + id))
        .eTag(IfMatch.etag(sending.version()))
        .body(sending);
  }

  private static Integer version(String ifMatch) {
    OptionalInt version = IfMatch.version(ifMatch);
    return version.isPresent() ? version.getAsInt() : null;
  }

  /** The caller's own address: the token's email claim, else its subject if that is one. */
  private static String callersAddress() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof JwtAuthenticationToken token) {
      String email = token.getToken().getClaimAsString("email");
      if (email != null && ADDRESS.matcher(email).matches()) {
        return email;
      }
      if (ADDRESS.matcher(token.getToken().getSubject()).matches()) {
        return token.getToken().getSubject();
      }
    }
    throw new NoAddress();
  }

  static final class NoAddress extends DomainProblem.Conflict {
    NoAddress() {
      super(
          "No address to send the test to",
          "Your account's token carries no email address: the test goes to you alone.");
    }
  }
}
