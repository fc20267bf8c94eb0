package org.imrf.notification.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.participant.KnownParticipants;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceTest
class ForgettingAnErasedParticipantTest {

  @Autowired RestTestClient http;
  @Autowired KnownParticipants participants;

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
