package org.imrf.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.sealing.Sealer;
import org.imrf.notification.confirmation.AccessLinkIssued;
import org.imrf.notification.participant.ParticipantRegistered;
import org.imrf.notification.participant.ParticipantRegisteredV2;
import org.imrf.testing.ContractAssertions;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicWriter;
import tools.jackson.databind.json.JsonMapper;

/** Participant events as registration-service writes them, checked against the contracts. */
public final class EventFixtures {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Sealer SEALER = new Sealer(TestTokens.SEALING_KEY);

  private EventFixtures() {}

  public record Event(String key, String topic, Map<String, String> headers, byte[] payload) {
    public void send() {
      TopicWriter.send(topic, key, headers, payload);
    }
  }

  /** A registration as registration-service announces it: registered, then the first link. */
  public static List<Event> registration(
      UUID participant, String name, String language, String link) {
    return List.of(
        registered(UUID.randomUUID(), participant, name, language),
        linkIssued(UUID.randomUUID(), participant, link, "registration"));
  }

  public static Event registered(UUID eventId, UUID participantId, String name, String language) {
    return registered(eventId, participantId, name, language, "imrf-2026");
  }

  public static Event registered(
      UUID eventId, UUID participantId, String name, String language, String edition) {
    return registered(eventId, participantId, name, language, edition, "online", "not-required");
  }

  /** Version 2, as registration-service now writes it. */
  public static Event registered(
      UUID eventId,
      UUID participantId,
      String name,
      String language,
      String edition,
      String attendance,
      String accreditation) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", edition);
    payload.put("editionTitle", "International Migration Review Forum 2026");
    payload.put("name", name);
    payload.put("email", email(participantId));
    payload.put("organisation", "Migrant Rights Network");
    payload.put("country", "PH");
    payload.put(
        "category",
        accreditation.equals("not-required") ? "member-state" : "migrant-diaspora-organisation");
    payload.put("preferredLanguage", language);
    payload.put("attendance", attendance);
    payload.put("accessibility", List.of("captioning"));
    payload.put("accreditation", accreditation);
    payload.put("timeZone", "Asia/Manila");
    payload.put("registeredAt", Instant.now().toString());
    return event(ParticipantRegisteredV2.TYPE, eventId, participantId, payload);
  }

  /** Version 1, which registration-service wrote before organisations and accreditation. */
  public static Event registeredV1(UUID eventId, UUID participantId, String name, String language) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("editionTitle", "International Migration Review Forum 2026");
    payload.put("name", name);
    payload.put("email", email(participantId));
    payload.put("preferredLanguage", language);
    payload.put("registeredAt", Instant.now().toString());
    return event(ParticipantRegistered.TYPE, eventId, participantId, payload);
  }

  public static String email(UUID participantId) {
    return "p" + participantId.toString().substring(0, 8) + "@example.org";
  }

  public static Event detailsChanged(
      UUID participantId, String name, String language, String attendance) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("changed", List.of("preferredLanguage"));
    payload.put("name", name);
    payload.put("preferredLanguage", language);
    payload.put("attendance", attendance);
    payload.put("accessibility", List.of());
    payload.put("timeZone", "Asia/Manila");
    payload.put("publicListing", false);
    payload.put("changedBy", "participant");
    payload.put("changedAt", now());
    return event("imrf.participant.details-changed.v1", UUID.randomUUID(), participantId, payload);
  }

  public static Event cancelled(UUID participantId) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("cancelledBy", "participant");
    payload.put("reason", null);
    payload.put("cancelledAt", now());
    return event("imrf.participant.cancelled.v1", UUID.randomUUID(), participantId, payload);
  }

  public static Event erased(UUID participantId) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("requestedBy", "participant");
    payload.put("erasedAt", now());
    return event("imrf.participant.erased.v1", UUID.randomUUID(), participantId, payload);
  }

  public static Event accreditationGranted(UUID participantId) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("how", "no-objection");
    payload.put("grantedBy", "non-objection-period");
    payload.put("grantedAt", now());
    return event("imrf.accreditation.granted.v1", UUID.randomUUID(), participantId, payload);
  }

  public static Event accreditationRefused(UUID participantId, String reason) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("refusedBy", "organiser@un.example");
    payload.put("reason", reason);
    payload.put("refusedAt", now());
    return event("imrf.accreditation.refused.v1", UUID.randomUUID(), participantId, payload);
  }

  public static Event promoted(UUID participantId) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("organisation", "Migrant Rights Network");
    payload.put("promotedAt", now());
    return event(
        "imrf.participant.waiting-list-promoted.v1", UUID.randomUUID(), participantId, payload);
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
  }

  public static Event linkIssued(UUID eventId, UUID participantId, String link, String reason) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("tokenHash", "ab".repeat(32));
    payload.put("sealedLink", SEALER.seal(link));
    payload.put("expiresAt", "2027-01-01T05:00:00Z");
    payload.put("reason", reason);
    payload.put("issuedBy", "participant");
    payload.put("issuedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    return event(AccessLinkIssued.TYPE, eventId, participantId, payload);
  }

  private static Event event(
      String type, UUID eventId, UUID participantId, Map<String, Object> payload) {
    return event(type, eventId, participantId.toString(), Topics.PARTICIPANTS, payload);
  }

  public static Event event(
      String type, UUID eventId, String subject, String topic, Map<String, Object> payload) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ce_specversion", "1.0");
    headers.put("ce_id", eventId.toString());
    headers.put("ce_source", "/imrf/registration-service");
    headers.put("ce_type", type);
    headers.put("ce_time", Instant.now().toString());
    headers.put("ce_subject", subject);
    headers.put("content-type", "application/json");
    byte[] body = JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
    assertThat(ContractAssertions.contracts().violations(type, topic, headers, body))
        .as("the fixture itself keeps the contract")
        .isEmpty();
    return new Event(subject, topic, headers, body);
  }
}
