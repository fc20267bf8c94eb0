package org.imrf.notification.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.problems.DomainProblem;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.OneOf;
import org.imrf.backbone.web.SortedBy;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.Deliveries;
import org.imrf.notification.delivery.DeliveryQuery;
import org.imrf.notification.delivery.DeliveryState;
import org.imrf.notification.notification.Notifications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Deliveries",
    description =
        "Where each notification stands on each channel: for the attendee it is for and organisers")
@SecurityRequirement(name = "bearer")
@RestController
class DeliveryController {

  private static final String EDITION = "imrf-[0-9]{4}";
  private static final String EDITION_MESSAGE = "must be an edition id such as imrf-2026";

  private final Deliveries deliveries;
  private final Notifications notifications;

  DeliveryController(Deliveries deliveries, Notifications notifications) {
    this.deliveries = deliveries;
    this.notifications = notifications;
  }

  @Operation(summary = "Where one notification stands on each channel")
  @ApiResponse(responseCode = "200", description = "Its deliveries, by channel and target")
  @ApiResponse(responseCode = "404", description = "No such notification for this caller")
  @GetMapping("/notifications/{id}/deliveries")
  List<DeliveryResponse> ofNotification(@PathVariable UUID id) {
    return notifications
        .find(id)
        // another participant's notification does not exist for you
        .filter(notification -> Caller.current().actsFor(notification.participantId()))
        .map(notification -> deliveries.ofNotification(id))
        .orElseThrow(() -> new NotificationNotFound(id))
        .stream()
        .map(DeliveryResponse::of)
        .toList();
  }

  /** One page of deliveries. */
  @Schema(name = "DeliveryPage")
  record DeliveryPage(
      List<DeliveryResponse> items, int page, int size, long totalItems, long totalPages) {}

  @Operation(
      summary = "Search deliveries",
      description =
          "Filters combine; sorted by when they were queued, newest first, unless sort says"
              + " otherwise (e.g. sort=attempts,desc or sort=state).")
  @ApiResponse(responseCode = "200", description = "One page")
  @ApiResponse(responseCode = "400", description = "Invalid parameters, each listed under errors")
  @GetMapping("/deliveries")
  DeliveryPage search(
      @Parameter(description = "Of participants registered for this edition")
          @RequestParam(required = false)
          @Pattern(regexp = EDITION, message = EDITION_MESSAGE)
          String edition,
      @Parameter(description = "Of one participant") @RequestParam(required = false)
          UUID participant,
      @Parameter(description = "In this state")
          @RequestParam(required = false)
          @OneOf(DeliveryState.class)
          String state,
      @Parameter(description = "On this channel")
          @RequestParam(required = false)
          @OneOf(Channel.class)
          String channel,
      @Parameter(description = "Of notifications of this kind, e.g. registration-confirmation")
          @RequestParam(required = false)
          @Size(min = 1, max = 100)
          String kind,
      @Parameter(description = "Page number, from 0")
          @RequestParam(defaultValue = "0")
          @Min(0)
          @Max(100_000)
          int page,
      @Parameter(description = "Page size, 1 to 200")
          @RequestParam(defaultValue = "50")
          @Min(1)
          @Max(200)
          int size,
      @Parameter(description = "Field and direction, e.g. createdAt,desc or attempts")
          @RequestParam(defaultValue = "createdAt,desc")
          @SortedBy(DeliveryQuery.Sort.class)
          String sort) {
    String[] order = sort.split(",");
    DeliveryQuery query =
        new DeliveryQuery(
            edition,
            participant,
            state,
            channel,
            kind,
            Coded.ofCode(DeliveryQuery.Sort.class, order[0]).orElseThrow(),
            order.length > 1 && order[1].equals("desc"),
            page,
            size);
    long total = deliveries.count(query);
    return new DeliveryPage(
        deliveries.search(query).stream().map(DeliveryResponse::of).toList(),
        page,
        size,
        total,
        (total + size - 1) / size);
  }

  /** Deliveries counted for a dashboard. */
  @Schema(name = "DeliveryCounts")
  record CountsResponse(
      @Schema(description = "The edition counted; absent when every edition is") String edition,
      long total,
      @Schema(description = "By state: every state, zero when none") Map<String, Long> byState,
      @Schema(description = "By channel: every channel, zero when none")
          Map<String, Long> byChannel,
      @Schema(description = "By the kind of notification") Map<String, Long> byKind) {}

  @Operation(
      summary = "Count deliveries by state, channel and kind",
      description = "Of an edition's participants, or of everyone's when no edition is given.")
  @ApiResponse(responseCode = "200", description = "The counts")
  @ApiResponse(responseCode = "400", description = "Invalid parameters, each listed under errors")
  @GetMapping("/deliveries/counts")
  CountsResponse counts(
      @Parameter(description = "Of participants registered for this edition")
          @RequestParam(required = false)
          @Pattern(regexp = EDITION, message = EDITION_MESSAGE)
          String edition) {
    Deliveries.Counts counts = deliveries.counts(edition);
    return new CountsResponse(
        edition, counts.total(), counts.byState(), counts.byChannel(), counts.byKind());
  }

  static class NotificationNotFound extends DomainProblem.NotFound {
    NotificationNotFound(UUID id) {
      super("Notification not found", "There is no notification " + id);
    }
  }
}
