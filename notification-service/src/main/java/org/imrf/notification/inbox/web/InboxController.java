package org.imrf.notification.inbox.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.edge.streams.TooManyStreams;
import org.imrf.notification.inbox.InboxEntries;
import org.imrf.notification.inbox.ReadStates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@Tag(
    name = "Inbox",
    description =
        "A participant's in-app notifications, read and unread, and their live stream: for the"
            + " participant and organisers")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/inbox")
class InboxController {

  static final String LAST_EVENT_ID = "Last-Event-ID";

  private final InboxEntries entries;
  private final ReadStates readStates;
  private final InboxStreams streams;

  InboxController(InboxEntries entries, ReadStates readStates, InboxStreams streams) {
    this.entries = entries;
    this.readStates = readStates;
    this.streams = streams;
  }

  @Operation(summary = "A participant's inbox, newest first, with how many are unread")
  @ApiResponse(responseCode = "200", description = "One page")
  @ApiResponse(responseCode = "404", description = "Not this caller's participant")
  @ApiResponse(responseCode = "400", description = "Invalid parameters, each listed under errors")
  @GetMapping
  InboxPage inbox(
      @Parameter(description = "The participant's id") @RequestParam UUID participant,
      @Parameter(description = "Only the notifications not read yet")
          @RequestParam(defaultValue = "false")
          boolean unread,
      @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0)
          int page,
      @Parameter(description = "Page size, 1 to 100")
          @RequestParam(defaultValue = "20")
          @Min(1)
          @Max(100)
          int size) {
    requireMayRead(participant);
    long total = entries.count(participant, unread);
    return new InboxPage(
        entries.page(participant, unread, page * size, size).stream().map(InboxItem::of).toList(),
        page,
        size,
        total,
        (total + size - 1) / size,
        unread ? total : entries.count(participant, true),
        entries.latestSeq(participant));
  }

  @Operation(
      summary = "A participant's inbox, live",
      description =
          "Server-sent events: `notification` (id = its seq, data = the notification) for each one"
              + " added, `read` (data = its id and read state) when one is marked read or unread,"
              + " and comment lines as heartbeats. A client that reconnects with Last-Event-ID (the"
              + " header, or `lastEventId` for clients that cannot set headers) first gets every"
              + " notification after it, in order, then the new ones; without it, only the new"
              + " ones. Each caller may hold a few streams open at once, and the service a bounded"
              + " number in all.")
  @ApiResponse(
      responseCode = "200",
      description = "The stream",
      content =
          @Content(
              mediaType = "text/event-stream",
              schema = @Schema(implementation = InboxItem.class)))
  @ApiResponse(responseCode = "404", description = "Not this caller's participant")
  @ApiResponse(responseCode = "400", description = "Invalid parameters, each listed under errors")
  @ApiResponse(
      responseCode = "429",
      description =
          "The caller, or everyone together, holds as many streams open as allowed; Retry-After"
              + " says when to try again")
  @GetMapping("/stream")
  SseEmitter stream(
      @Parameter(description = "The participant's id") @RequestParam UUID participant,
      @Parameter(description = "The last event id the client has, for clients without headers")
          @RequestParam(required = false)
          String lastEventId,
      @Parameter(description = "The last event id the client has (set by EventSource)")
          @RequestHeader(name = LAST_EVENT_ID, required = false)
          String lastEventIdHeader) {
    requireMayRead(participant);
    Long after = null; // none: only what comes from now on
    if (lastEventIdHeader != null) {
      after = eventId(LAST_EVENT_ID, lastEventIdHeader);
    } else if (lastEventId != null) {
      after = eventId("lastEventId", lastEventId);
    }
    return streams.subscribe(participant, Caller.current().subject(), after);
  }

  @Operation(summary = "Marks a notification of the inbox read")
  @ApiResponse(responseCode = "204", description = "It is read")
  @ApiResponse(responseCode = "404", description = "Not in an inbox this caller may see")
  @PutMapping("/{notificationId}/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void markRead(@PathVariable UUID notificationId) {
    readStates.mark(ownerOf(notificationId), notificationId, true);
  }

  @Operation(summary = "Marks a notification of the inbox unread")
  @ApiResponse(responseCode = "204", description = "It is unread")
  @ApiResponse(responseCode = "404", description = "Not in an inbox this caller may see")
  @DeleteMapping("/{notificationId}/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void markUnread(@PathVariable UUID notificationId) {
    readStates.mark(ownerOf(notificationId), notificationId, false);
  }

  @Operation(summary = "Marks every notification of a participant's inbox read")
  @ApiResponse(responseCode = "204", description = "All are read")
  @ApiResponse(responseCode = "404", description = "Not this caller's participant")
  @ApiResponse(responseCode = "400", description = "Invalid parameters, each listed under errors")
  @PostMapping("/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void markAllRead(
      @Parameter(description = "The participant's id") @RequestParam UUID participant) {
    requireMayRead(participant);
    readStates.markAllRead(participant);
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

  // another participant's inbox does not exist for you
  private static void requireMayRead(UUID participant) {
    if (!Caller.current().actsFor(participant)) {
      throw new InboxNotFound("There is no inbox of participant " + participant);
    }
  }

  private UUID ownerOf(UUID notificationId) {
    return entries
        .ownerOf(notificationId)
        .filter(Caller.current()::actsFor)
        .orElseThrow(
            () -> new InboxNotFound("No inbox you may see holds notification " + notificationId));
  }

  private static long eventId(String field, String value) {
    try {
      long id = Long.parseLong(value.strip());
      if (id >= 0) {
        return id;
      }
    } catch (NumberFormatException notANumber) {
      // told below
    }
    throw new InvalidFields(field, "must be a whole number from 0, the id of an event received");
  }

  static class InboxNotFound extends DomainProblem.NotFound {
    InboxNotFound(String message) {
      super("Inbox not found", message);
    }
  }
}
