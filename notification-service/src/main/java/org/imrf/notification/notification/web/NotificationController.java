package org.imrf.notification.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.backbone.security.Caller;
import org.imrf.notification.notification.Notifications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Notifications",
    description = "What the forum has told each attendee: for the attendee and organisers")
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/notifications")
class NotificationController {

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @Operation(summary = "A participant's notifications, newest first")
  @ApiResponse(responseCode = "200", description = "One page")
  @ApiResponse(responseCode = "404", description = "Not this caller's participant")
  @ApiResponse(responseCode = "400", description = "Invalid parameters, each listed under errors")
  @GetMapping
  NotificationPage forParticipant(
      @Parameter(description = "The participant's id") @RequestParam UUID participant,
      @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0)
          int page,
      @Parameter(description = "Page size, 1 to 100")
          @RequestParam(defaultValue = "20")
          @Min(1)
          @Max(100)
          int size) {
    if (!Caller.current().actsFor(participant)) {
      throw new NotificationNotFound("There are no notifications for participant " + participant);
    }
    long total = notifications.countForParticipant(participant);
    return new NotificationPage(
        notifications.forParticipant(participant, page * size, size).stream()
            .map(NotificationResponse::of)
            .toList(),
        page,
        size,
        total,
        (total + size - 1) / size);
  }

  @Operation(summary = "One notification")
  @ApiResponse(responseCode = "200", description = "Found")
  @ApiResponse(responseCode = "404", description = "No such notification")
  @GetMapping("/{id}")
  NotificationResponse notification(@PathVariable UUID id) {
    return notifications
        .find(id)
        // another participant's notification does not exist for you
        .filter(notification -> Caller.current().actsFor(notification.participantId()))
        .map(NotificationResponse::of)
        .orElseThrow(() -> new NotificationNotFound("There is no notification " + id));
  }

  static class NotificationNotFound extends DomainProblem.NotFound {
    NotificationNotFound(String message) {
      super("Notification not found", message);
    }
  }
}
