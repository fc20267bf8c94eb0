package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.imrf.registration.participant.RegisteringAParticipantTest.unique;
import static org.imrf.testing.TopicProbe.keyed;

import java.time.Duration;
import org.imrf.devservices.KafkaService;
import org.imrf.registration.Registrants;
import org.imrf.registration.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestInfrastructure;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class OutboxDuringBrokerOutageTest {

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;

  @Test
  void aRegistrationAcceptedWhileKafkaIsDownReachesKafkaExactlyOnceWhenItIsBack() {
    KafkaService kafka = TestInfrastructure.get().kafka();
    assumeThat(kafka.interruptible()).as("the broker can be stopped by the test").isTrue();
    String id;

    // given Kafka is down
    try (var outage = kafka.interrupt()) {

      // when someone registers
      JsonNode participant =
          http.post()
              .uri("/participants")
              .contentType(MediaType.APPLICATION_JSON)
              .body(Registrants.delegate("imrf-2026", "Сергей Иванов", unique("sergei"), "ru"))
              .exchange()
              // then the registration is accepted all the same
              .expectStatus()
              .isCreated()
              .returnResult(JsonNode.class)
              .getResponseBody();
      id = participant.get("id").asString();

      // and its events (registered, access link issued) wait in the outbox, where operations can
      // see them, while the service says it is not ready
      assertThat(waiting(id)).isEqualTo(2);
      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(() -> assertThat(backlog()).isPositive());
      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(
              () ->
                  http.get()
                      .uri("/actuator/health/readiness")
                      .exchange()
                      .expectStatus()
                      .isEqualTo(503));
    }

    // when Kafka is back, each event is published, exactly once, in order, and leaves the outbox
    try (TopicProbe topic = TopicProbe.of(Topics.PARTICIPANTS)) {
      assertThat(topic.await(keyed(id), 2, Duration.ofSeconds(60))).hasSize(2);
      assertThat(topic.publishedBy("registration", keyed(id)))
          .extracting(record -> TopicProbe.header(record, "ce_type"))
          .containsExactly(
              "imrf.participant.registered.v3", "imrf.participant.access-link-issued.v1");
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> waiting(id) == 0);
    await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(backlog()).isZero());
    http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
  }

  /** The outbox backlog of the participants topic, as Prometheus scrapes it. */
  private double backlog() {
    String metrics =
        http.get()
            .uri("/actuator/prometheus")
            .header("Authorization", "Bearer " + TestTokens.ops())
            .exchange()
            .returnResult(String.class)
            .getResponseBody();
    var line =
        java.util.regex.Pattern.compile(
                "^imrf_outbox_backlog\\{[^}]*topic=\"registration.participants\"[^}]*} (\\S+)$",
                java.util.regex.Pattern.MULTILINE)
            .matcher(metrics);
    assertThat(line.find()).as("imrf_outbox_backlog for registration.participants").isTrue();
    return Double.parseDouble(line.group(1));
  }

  private long waiting(String participantId) {
    return jdbc.sql("select count(*) from messaging.outbox where subject = :id")
        .param("id", participantId)
        .query(Long.class)
        .single();
  }
}
