package org.imrf.notification.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.imrf.notification.Topics;
import org.imrf.testing.ContractAssertions;
import tools.jackson.databind.json.JsonMapper;

/** Participant events as registration-service writes them, checked against the contracts. */
final class ParticipantEventsFixture {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ParticipantEventsFixture() {}

  record Event(String key, Map<String, String> headers, byte[] payload) {}

  static Event registered(UUID eventId, UUID participantId, String name, String language) {
    Instant now = Instant.now();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ce_specversion", "1.0");
    headers.put("ce_id", eventId.toString());
    headers.put("ce_source", "/imrf/registration-service");
    headers.put("ce_type", ParticipantRegistered.TYPE);
    headers.put("ce_time", now.toString());
    headers.put("ce_subject", participantId.toString());
    headers.put("content-type", "application/json");
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("participantId", participantId.toString());
    payload.put("editionId", "imrf-2026");
    payload.put("editionTitle", "International Migration Review Forum 2026");
    payload.put("name", name);
    payload.put("email", "p" + participantId.toString().substring(0, 8) + "@example.org");
    payload.put("preferredLanguage", language);
    payload.put("registeredAt", now.toString());
    byte[] body = JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
    assertThat(
            ContractAssertions.contracts()
                .violations(ParticipantRegistered.TYPE, Topics.PARTICIPANTS, headers, body))
        .as("the fixture itself keeps the contract")
        .isEmpty();
    return new Event(participantId.toString(), headers, body);
  }
}
