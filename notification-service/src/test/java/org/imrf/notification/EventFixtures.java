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

  /** The title of the editions fixtures register for, in the six languages. */
  public static final Map<String, String> TITLES =
      Map.of(
          "ar", "المنتدى الدولي لاستعراض الهجرة لعام 2026",
          "zh", "2026年国际移民审查论坛",
          "en", "International Migration Review Forum 2026",
          "fr", "Forum d’examen des migrations internationales de 2026",
          "ru", "Международный форум по обзору миграции 2026 года",
          "es", "Foro de Examen de la Migración Internacional de 2026");

  /** Version 3, as registration-service now writes it: the edition titled in six languages. */
  public static Event registered(
      UUID eventId,
      UUID participantId,
      String name,
      String language,
      String edition,
      String attendance,
      String accreditation) {
    return registered(
        eventId, participantId, name, language, edition, attendance, accreditation, TITLES);
  }

  /** Version 3, the edition titled in the languages given. */
  public static Event registered(
      UUID eventId,
      UUID participantId,
      String name,
      String language,
      String edition,
      String attendance,
      String accreditation,
      Map<String, String> editionTitles) {
    Map<String, Object> payload =
        registration(participantId, name, language, edition, attendance, accreditation);
    payload.remove("editionTitle");
    Map<String, Object> ordered = new LinkedHashMap<>();
    payload.forEach(
        (field, value) -> {
          ordered.put(field, value);
          if (field.equals("editionId")) {
            ordered.put("editionTitles", editionTitles);
          }
        });
    return event("imrf.participant.registered.v3", eventId, participantId, ordered);
  }

  /** Version 2, which registration-service wrote before titles were translated. */
  public static Event registeredV2(
      UUID eventId, UUID participantId, String name, String language, String edition) {
    return event(
        "imrf.participant.registered.v2",
        eventId,
        participantId,
        registration(participantId, name, language, edition, "online", "not-required"));
  }

  private static Map<String, Object> registration(
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
    return payload;
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
    return event("imrf.participant.registered.v1", eventId, participantId, payload);
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

  public static Event provisionallyApproved(UUID participantId, Instant objectionsUntil) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("approvedBy", "organiser@un.example");
    payload.put("objectionsUntil", objectionsUntil.toString());
    payload.put("approvedAt", now());
    return event(
        "imrf.accreditation.provisionally-approved.v1", UUID.randomUUID(), participantId, payload);
  }

  public static Event objected(UUID participantId, String state, String reason) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("raisedBy", state);
    payload.put("recordedBy", "organiser@un.example");
    payload.put("reason", reason);
    payload.put("objectedAt", now());
    return event("imrf.accreditation.objected.v1", UUID.randomUUID(), participantId, payload);
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
    return event("imrf.participant.access-link-issued.v1", eventId, participantId, payload);
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

  /** A segment of a schedule as edition events carry it (version 2: titles per language). */
  public static Map<String, Object> segment(
      String kind, Map<String, String> titles, String startsAt, String endsAt) {
    Map<String, Object> segment = new LinkedHashMap<>();
    segment.put("kind", kind);
    segment.put("titles", titles);
    segment.put("startsAt", startsAt);
    segment.put("endsAt", endsAt);
    return segment;
  }

  /** A schedule as edition events carry it. */
  public static Map<String, Object> schedule(
      String startsOn, String endsOn, List<Map<String, Object>> programme) {
    Map<String, Object> schedule = new LinkedHashMap<>();
    schedule.put("startsOn", startsOn);
    schedule.put("endsOn", endsOn);
    schedule.put("programme", programme);
    return schedule;
  }

  /** Version 2 of edition-rescheduled, as registration-service now writes it. */
  public static Event rescheduled(
      String edition,
      Map<String, String> titles,
      Map<String, Object> previous,
      Map<String, Object> current) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("editionId", edition);
    payload.put("titles", titles);
    payload.put("timeZone", "America/New_York");
    payload.put("previous", previous);
    payload.put("current", current);
    payload.put("rescheduledBy", "organiser@un.example");
    payload.put("rescheduledAt", now());
    return event(
        "imrf.edition.rescheduled.v2", UUID.randomUUID(), edition, Topics.EDITIONS, payload);
  }

  /** Version 2 of edition-details-changed: the titles as they now are. */
  public static Event detailsChanged(String edition, Map<String, String> titles) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("editionId", edition);
    payload.put("titles", titles);
    payload.put("venue", "United Nations Headquarters, New York");
    payload.put("registrationOpensAt", null);
    payload.put("registrationClosesAt", null);
    payload.put("programme", List.of());
    payload.put("changedBy", "organiser@un.example");
    payload.put("changedAt", now());
    return event(
        "imrf.edition.details-changed.v2", UUID.randomUUID(), edition, Topics.EDITIONS, payload);
  }

  /** Version 2 of speaker-selected: the session titled per language. */
  public static Event speakerSelected(
      UUID speaker, Map<String, String> sessionTitles, String plannedStartAt, String zone) {
    return speakerSelected(
        speaker, sessionTitles, plannedStartAt, zone, UUID.randomUUID().toString());
  }

  /** speaker-selected, version 2, in a given session (selected again: another turn in it). */
  public static Event speakerSelected(
      UUID speaker,
      Map<String, String> sessionTitles,
      String plannedStartAt,
      String zone,
      String session) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("requestId", UUID.randomUUID().toString());
    payload.put("editionId", "imrf-2026");
    payload.put("sessionId", session);
    payload.put("sessionTitles", sessionTitles);
    payload.put("sessionStartsAt", "2026-05-04T14:00:00Z");
    payload.put("timeZone", "America/New_York");
    payload.put("participantId", speaker.toString());
    payload.put("speakerTimeZone", zone);
    payload.put("position", 2);
    payload.put("speakingTime", "PT3M");
    payload.put("plannedStartAt", plannedStartAt);
    payload.put("selectedBy", "organiser@un.example");
    payload.put("selectedAt", now());
    return event(
        "imrf.hearing.speaker-selected.v2",
        UUID.randomUUID(),
        "imrf-2026",
        Topics.HEARING,
        payload);
  }

  /** Version 2 of speaker-declined: the session titled per language. */
  public static Event speakerDeclined(
      UUID speaker, Map<String, String> sessionTitles, String reason) {
    return speakerDeclined(speaker, sessionTitles, reason, UUID.randomUUID().toString());
  }

  /** speaker-declined, version 2, in a given session. */
  public static Event speakerDeclined(
      UUID speaker, Map<String, String> sessionTitles, String reason, String session) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("requestId", UUID.randomUUID().toString());
    payload.put("editionId", "imrf-2026");
    payload.put("sessionId", session);
    payload.put("sessionTitles", sessionTitles);
    payload.put("participantId", speaker.toString());
    payload.put("wasSelected", false);
    payload.put("reason", reason);
    payload.put("declinedBy", "organiser@un.example");
    payload.put("declinedAt", now());
    return event(
        "imrf.hearing.speaker-declined.v2",
        UUID.randomUUID(),
        "imrf-2026",
        Topics.HEARING,
        payload);
  }

  /** Version 1 of edition-rescheduled: titles in English, dates only. */
  public static Event rescheduledV1(
      String edition, String title, Map<String, Object> previous, Map<String, Object> current) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("editionId", edition);
    payload.put("title", title);
    payload.put("timeZone", "America/New_York");
    payload.put("previous", previous);
    payload.put("current", current);
    payload.put("rescheduledBy", "organiser@un.example");
    payload.put("rescheduledAt", now());
    return event(
        "imrf.edition.rescheduled.v1", UUID.randomUUID(), edition, Topics.EDITIONS, payload);
  }

  /** Version 1 of speaker-selected: the session titled in English. */
  public static Event speakerSelectedV1(
      UUID speaker, String sessionTitle, String plannedStartAt, String zone) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("requestId", UUID.randomUUID().toString());
    payload.put("editionId", "imrf-2026");
    payload.put("sessionId", UUID.randomUUID().toString());
    payload.put("sessionTitle", sessionTitle);
    payload.put("sessionStartsAt", "2026-05-04T14:00:00Z");
    payload.put("timeZone", "America/New_York");
    payload.put("participantId", speaker.toString());
    payload.put("speakerTimeZone", zone);
    payload.put("position", 1);
    payload.put("speakingTime", "PT4M30S");
    payload.put("plannedStartAt", plannedStartAt);
    payload.put("selectedBy", "organiser@un.example");
    payload.put("selectedAt", now());
    return event(
        "imrf.hearing.speaker-selected.v1",
        UUID.randomUUID(),
        "imrf-2026",
        Topics.HEARING,
        payload);
  }
}
