package org.imrf.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.imrf.backbone.forgetting.ForgetsParticipants;
import org.imrf.notification.notification.NotificationWriter;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * An erased participant is forgotten here through the backbone's forgetting: every feature's hook
 * deletes what it holds, and news of them that arrives later is dropped.
 */
@ServiceTest
class ForgettingAnErasedParticipantTest {

  @Autowired RestTestClient http;
  @Autowired ParticipantDirectory participants;
  @Autowired List<ForgetsParticipants> hooks;
  @Autowired JdbcClient jdbc;

  @Test
  void anErasedParticipantsCopyAndMessagesAreGoneAndOthersKeepTheirs() {
    // given two confirmed participants
    UUID erased = confirmed("Fatima Zahra");
    UUID other = confirmed("Kwame Mensah");

    // when one of them is erased (sent twice, as a redelivery would)
    var erasure = EventFixtures.erased(erased);
    erasure.send();
    erasure.send();

    // then nothing about them is left here, and the other is untouched
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(erased).isEmpty());
    assertThat(total(erased)).isZero();
    assertThat(participants.find(other)).isPresent();
    assertThat(total(other)).isEqualTo(1);
  }

  @Test
  void newsOfAnErasedSpeakerArrivingLateIsDroppedNotDeadLettered() {
    // given a speaker who was erased
    UUID erased = confirmed("Nadia Rahman");
    EventFixtures.erased(erased).send();
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(erased).isEmpty());

    // when the hearing's decision about them arrives afterwards (another topic, no order between
    // the two), followed by one about a speaker still here
    UUID other = confirmed("Kofi Boateng");
    var late = selected(erased);
    late.send();
    selected(other).send();

    // then the speaker still here is told, and the late news was neither sent nor dead-lettered
    // (both share the edition's partition: the late news was done with before the other was told)
    await().atMost(Duration.ofSeconds(30)).until(() -> total(other) == 2);
    assertThat(total(erased)).isZero();
    try (TopicProbe deadLetters = TopicProbe.of(Topics.DEAD_LETTERS)) {
      assertThat(
              deadLetters.readToEnd(
                  record ->
                      new String(record.value(), StandardCharsets.UTF_8)
                          .contains(erased.toString())))
          .isEmpty();
    }
  }

  @Test
  void everyFeatureForgetsAndLateNewsOnTheParticipantsTopicIsDroppedBeforeAnyFeatureSeesIt() {
    // given the two features that hold data about participants
    assertThat(hooks)
        .hasAtLeastOneElementOfType(ParticipantDirectory.class)
        .hasAtLeastOneElementOfType(NotificationWriter.class);

    // when a confirmed participant is erased
    UUID erased = confirmed("Amina Diallo");
    EventFixtures.erased(erased).send();

    // then each hook ran (their copy and their messages are gone) and only the id is kept
    await().atMost(Duration.ofSeconds(30)).until(() -> participants.find(erased).isEmpty());
    assertThat(total(erased)).isZero();
    assertThat(
            jdbc.sql("select count(*) from messaging.forgotten_participant where id = :id")
                .param("id", erased)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // when news of them arrives late on the participants topic (a link asked for by address and a
    // decision on their accreditation, which would find no registration)
    EventFixtures.linkIssued(UUID.randomUUID(), erased, "http://x/access/late", "requested").send();
    EventFixtures.accreditationGranted(erased).send();

    // then both are dropped before any feature sees them: counted, neither written nor retried
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                dropped("imrf.participant.access-link-issued.v1")
                    && dropped("imrf.accreditation.granted.v1"));
    assertThat(total(erased)).isZero();
    assertThat(participants.find(erased)).isEmpty();
  }

  /** Whether the participants topic's consumer dropped an event of the type. */
  private boolean dropped(String type) {
    String metrics =
        http.get()
            .uri("/actuator/prometheus")
            .header("Authorization", "Bearer " + TestTokens.ops())
            .exchange()
            .returnResult(String.class)
            .getResponseBody();
    return Pattern.compile(
            "imrf_events_dropped_total\\{[^}]*topic=\"registration.participants\"[^}]*type=\""
                + Pattern.quote(type)
                + "\"")
        .matcher(metrics)
        .find();
  }

  private static EventFixtures.Event selected(UUID speaker) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("requestId", UUID.randomUUID().toString());
    payload.put("editionId", "imrf-2026");
    payload.put("sessionId", UUID.randomUUID().toString());
    payload.put("sessionTitle", "Thematic session 1");
    payload.put("sessionStartsAt", "2026-05-04T14:00:00Z");
    payload.put("timeZone", "America/New_York");
    payload.put("participantId", speaker.toString());
    payload.put("speakerTimeZone", "America/New_York");
    payload.put("position", 1);
    payload.put("speakingTime", "PT3M");
    payload.put("plannedStartAt", "2026-05-04T14:00:00Z");
    payload.put("selectedBy", "organiser@un.example");
    payload.put("selectedAt", Instant.now().toString());
    return EventFixtures.event(
        "imrf.hearing.speaker-selected.v1",
        UUID.randomUUID(),
        "imrf-2026",
        Topics.HEARING,
        payload);
  }

  private UUID confirmed(String name) {
    UUID participant = UUID.randomUUID();
    EventFixtures.registered(UUID.randomUUID(), participant, name, "en").send();
    EventFixtures.linkIssued(UUID.randomUUID(), participant, "http://x/access/e", "registration")
        .send();
    await().atMost(Duration.ofSeconds(30)).until(() -> total(participant) == 1);
    return participant;
  }

  private long total(UUID participant) {
    return http.get()
        .uri("/notifications?participant={p}", participant)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(tools.jackson.databind.JsonNode.class)
        .getResponseBody()
        .get("totalItems")
        .asLong();
  }
}
