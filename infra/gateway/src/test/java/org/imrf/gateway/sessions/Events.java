package org.imrf.gateway.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.ContractAssertions;
import org.imrf.testing.TopicWriter;

/** Events as registration-service and identity-service publish them (CloudEvents, binary mode). */
final class Events {

  static final String PARTICIPANTS = "registration.participants";
  static final String STAFF = "identity.staff";

  private Events() {}

  /** A participant event, checked against {@code infra/contracts} first. */
  static void participant(String type, UUID participant, String json) {
    Map<String, String> headers = headers(type, participant.toString(), "registration-service");
    assertThat(
            ContractAssertions.contracts().violations(type, PARTICIPANTS, headers, json.getBytes()))
        .as("the test's %s is what registration-service publishes", type)
        .isEmpty();
    TopicWriter.send(PARTICIPANTS, participant.toString(), headers, json);
  }

  /** A staff event, in the shape identity-service publishes it. */
  static void staff(String type, String username, String json) {
    TopicWriter.send(STAFF, username, headers(type, username, "identity-service"), json);
  }

  static void raw(String topic, String key, String type, String body) {
    TopicWriter.send(topic, key, headers(type, key, "registration-service"), body);
  }

  static String accessLinkRevoked(UUID participant, String tokenHash) {
    return """
        {"participantId": "%s", "tokenHash": "%s", "revokedBy": "participant",
         "revokedAt": "%s"}"""
        .formatted(participant, tokenHash, Instant.now());
  }

  static String erased(UUID participant) {
    return """
        {"participantId": "%s", "editionId": "imrf-2026", "requestedBy": "participant",
         "erasedAt": "%s"}"""
        .formatted(participant, Instant.now());
  }

  static String cancelled(UUID participant) {
    return """
        {"participantId": "%s", "editionId": "imrf-2026", "cancelledBy": "organiser",
         "reason": null, "cancelledAt": "%s"}"""
        .formatted(participant, Instant.now());
  }

  static String accountChanged(
      String username, String roles, boolean enabled, String previousRoles) {
    return """
        {"username": "%s", "roles": %s, "enabled": %s, "previousRoles": %s,
         "previouslyEnabled": true, "changedBy": "organiser", "changedAt": "%s"}"""
        .formatted(username, roles, enabled, previousRoles, Instant.now());
  }

  private static Map<String, String> headers(String type, String subject, String source) {
    return Map.of(
        "ce_specversion",
        "1.0",
        "ce_id",
        UUID.randomUUID().toString(),
        "ce_source",
        "/imrf/" + source,
        "ce_type",
        type,
        "ce_time",
        Instant.now().toString(),
        "ce_subject",
        subject,
        "content-type",
        "application/json");
  }
}
