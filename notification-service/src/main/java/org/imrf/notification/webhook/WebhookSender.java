package org.imrf.notification.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelSender;
import org.imrf.notification.delivery.DeliveryFailure;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a notification to each enabled endpoint of the recipient's organisation that receives its
 * kind, signed per the Standard Webhooks specification with every secret still valid. A send to an
 * address that is not public is refused, whatever the name resolved to when it was registered.
 */
@Component
class WebhookSender implements ChannelSender {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final WebhookRegistry registry;
  private final ParticipantDirectory participants;
  private final EndpointAddresses addresses;
  private final DisabledEndpointNotices notices;
  private final HttpClient http;
  private final WebhookSettings settings;
  private final Clock clock;

  WebhookSender(
      WebhookRegistry registry,
      ParticipantDirectory participants,
      EndpointAddresses addresses,
      DisabledEndpointNotices notices,
      HttpClient webhookHttpClient,
      WebhookSettings settings,
      Clock clock) {
    this.registry = registry;
    this.participants = participants;
    this.addresses = addresses;
    this.notices = notices;
    this.http = webhookHttpClient;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  /** One delivery per endpoint of the recipient's organisation that receives the kind. */
  @Override
  public List<String> targets(Notification notification) {
    return participants
        .find(notification.participantId())
        .map(KnownParticipant::organisation)
        .map(organisation -> registry.receiving(organisation, notification.kind()))
        .orElse(List.of())
        .stream()
        .map(UUID::toString)
        .toList();
  }

  /** For many notifications: the endpoints of each kind once, the organisations in one query. */
  @Override
  public Map<UUID, List<String>> targets(List<Notification> notifications) {
    Map<String, Map<String, List<UUID>>> byKind = new HashMap<>();
    for (Notification notification : notifications) {
      byKind.computeIfAbsent(notification.kind(), registry::receivingByOrganisation);
    }
    Map<UUID, List<String>> targets = new HashMap<>();
    if (byKind.values().stream().allMatch(Map::isEmpty)) {
      // no endpoint receives these kinds: nobody's organisation needs looking up
      notifications.forEach(notification -> targets.put(notification.id(), List.of()));
      return targets;
    }
    Map<UUID, String> organisations =
        participants.organisations(
            notifications.stream().map(Notification::participantId).distinct().toList());
    for (Notification notification : notifications) {
      String organisation = organisations.get(notification.participantId());
      List<UUID> endpoints =
          organisation == null
              ? List.of()
              : byKind
                  .get(notification.kind())
                  .getOrDefault(Organisations.key(organisation), List.of());
      targets.put(notification.id(), endpoints.stream().map(UUID::toString).toList());
    }
    return targets;
  }

  @Override
  public void send(Notification notification, String target) throws DeliveryFailure {
    UUID id;
    try {
      id = UUID.fromString(target);
    } catch (IllegalArgumentException e) {
      throw DeliveryFailure.permanentFailure("No webhook endpoint is named " + target, e);
    }
    WebhookEndpoint endpoint =
        registry
            .find(id)
            .orElseThrow(
                () ->
                    DeliveryFailure.permanentFailure(
                        "Webhook endpoint " + id + " was removed", null));
    if (!endpoint.enabled()) {
      throw DeliveryFailure.permanentFailure(
          "Webhook endpoint " + id + " is disabled: " + endpoint.disabledReason(), null);
    }
    URI url = URI.create(endpoint.url());
    Optional<EndpointAddresses.Refusal> refusal = addresses.refusal(url.getHost());
    if (refusal.isPresent()) {
      throw refused(endpoint, refusal.get());
    }
    Instant now = Instant.now(clock);
    String messageId = messageId(notification, id);
    long timestamp = now.getEpochSecond();
    String body = body(notification, now);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(settings.timeout())
            .header("content-type", "application/json")
            .header("user-agent", "IMRF-Webhooks/1")
            .header("webhook-id", messageId)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature",
                WebhookSignatures.header(registry.signingSecrets(id), messageId, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    int status;
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      // the status is the answer: closing the body unread stops an endpoint that never ends it
      try (InputStream unread = response.body()) {
        status = response.statusCode();
      }
    } catch (HttpTimeoutException e) {
      throw failed(endpoint, "no answer within " + settings.timeout(), e);
    } catch (IOException e) {
      throw failed(endpoint, "could not reach it: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryFailure.transientFailure("Interrupted while posting to " + id, e);
    }
    if (status >= 200 && status < 300) {
      registry.succeeded(id);
      return;
    }
    if (status == 410) {
      registry.gone(id, "it answered 410 Gone").ifPresent(notices::disabled);
      throw DeliveryFailure.permanentFailure(
          "Webhook endpoint " + id + " answered 410 Gone: disabled", null);
    }
    throw failed(
        endpoint,
        "it answered "
            + status
            + (status >= 300 && status < 400 ? " (redirects are not followed)" : ""),
        null);
  }

  /**
   * The same for every attempt of one delivery, so that a receiver drops a repeat: the notification
   * and the endpoint.
   */
  static String messageId(Notification notification, UUID endpoint) {
    return "msg_" + notification.id() + "_" + endpoint;
  }

  /** The payload: the event type, when it was sent, and the notification. */
  static String body(Notification notification, Instant sentAt) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("notificationId", notification.id().toString());
    data.put("participantId", notification.participantId().toString());
    data.put("kind", notification.kind());
    data.put("language", notification.language());
    data.put("subject", notification.subject());
    data.put("body", notification.body());
    data.put("createdAt", notification.createdAt().toString());
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", "notification." + notification.kind());
    payload.put("timestamp", sentAt.toString());
    payload.put("data", data);
    return JSON.writeValueAsString(payload);
  }

  /**
   * A host that now resolves inside the network is refused for good: trying again would only ask
   * again to reach an internal address. One that does not resolve may resolve later. Both count as
   * failures of the endpoint, so that one that keeps failing is disabled.
   */
  private DeliveryFailure refused(WebhookEndpoint endpoint, EndpointAddresses.Refusal refusal) {
    String reason = "not sent: " + refusal.reason();
    registry.failed(endpoint.id(), reason).ifPresent(notices::disabled);
    String message = "Webhook endpoint " + endpoint.id() + " " + reason;
    return refusal.unresolved()
        ? DeliveryFailure.transientFailure(message, null)
        : DeliveryFailure.permanentFailure(message, null);
  }

  private DeliveryFailure failed(WebhookEndpoint endpoint, String reason, Throwable cause) {
    registry.failed(endpoint.id(), reason).ifPresent(notices::disabled);
    return DeliveryFailure.transientFailure(
        "Webhook endpoint " + endpoint.id() + ": " + reason, cause);
  }
}
