package org.imrf.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.notification.Notifications;
import org.imrf.testing.ProblemAnswers;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Participants see where their notifications stand; organisers list and count deliveries. */
@DeliveryServiceTest
class ReadingDeliveriesTest {

  @Autowired RestTestClient http;
  @Autowired Notifications notifications;
  @Autowired Deliveries deliveries;

  @Test
  void aParticipantSeesEachChannelOfTheirConfirmationAndNoOneElseDoes() {
    // given a participant whose registration was confirmed
    UUID participant = UUID.randomUUID();
    UUID confirmation = confirmed(participant, "imrf-2026");

    // when they ask where it stands
    JsonNode each = deliveriesOf(confirmation, TestTokens.attendee(participant), 200);

    // then they see it sent by email and in-app, and not by webhook, which they did not choose
    assertThat(each).hasSize(3);
    assertThat(each.findValuesAsString("channel")).containsExactly("email", "in-app", "webhook");
    assertThat(each.findValuesAsString("state")).containsExactly("sent", "sent", "suppressed");
    assertThat(each.get(2).get("lastError").asString()).isEqualTo("not chosen");
    assertThat(each.get(0).get("editionId").asString()).isEqualTo("imrf-2026");
    // and another participant is not told it exists, while an organiser sees it
    deliveriesOf(confirmation, TestTokens.attendee(UUID.randomUUID()), 404);
    assertThat(deliveriesOf(confirmation, TestTokens.organiser(), 200)).hasSize(3);
    deliveriesOf(UUID.randomUUID(), TestTokens.organiser(), 404);
  }

  @Test
  void organisersCountAnEditionsDeliveriesByStateChannelAndKind() {
    // given two participants of an edition of their own, confirmed
    String edition = "imrf-" + ThreadLocalRandom.current().nextInt(5000, 9999);
    confirmed(UUID.randomUUID(), edition);
    confirmed(UUID.randomUUID(), edition);

    // when an organiser counts the edition's deliveries
    JsonNode counts = get("/deliveries/counts?edition=" + edition, TestTokens.organiser(), 200);

    // then each state, channel and kind is counted, zero where there is none
    assertThat(counts.get("edition").asString()).isEqualTo(edition);
    assertThat(counts.get("total").asLong()).isEqualTo(6);
    assertThat(counts.get("byState").get("sent").asLong()).isEqualTo(4);
    assertThat(counts.get("byState").get("suppressed").asLong()).isEqualTo(2);
    assertThat(counts.get("byState").get("failed").asLong()).isZero();
    assertThat(counts.get("byChannel").get("email").asLong()).isEqualTo(2);
    assertThat(counts.get("byChannel").get("in-app").asLong()).isEqualTo(2);
    assertThat(counts.get("byChannel").get("webhook").asLong()).isEqualTo(2);
    assertThat(counts.get("byKind").get("registration-confirmation").asLong()).isEqualTo(6);

    // and lists them, filtered and paged
    JsonNode page =
        get(
            "/deliveries?edition=" + edition + "&state=sent&channel=email&size=1&sort=createdAt",
            TestTokens.organiser(),
            200);
    assertThat(page.get("totalItems").asLong()).isEqualTo(2);
    assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("channel").asString()).isEqualTo("email");
    assertThat(page.get("items").get(0).get("state").asString()).isEqualTo("sent");
  }

  @Test
  void aListAskedForWithBadParametersNamesEachOne() {
    String problem =
        http.get()
            .uri("/deliveries?edition=2026&state=lost&channel=pigeon&size=0&sort=colour,sideways")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .returnResult(String.class)
            .getResponseBody();

    for (String field : List.of("edition", "state", "channel", "size", "sort")) {
      assertThat(ProblemAnswers.namesField(problem, field)).as(field + " in " + problem).isTrue();
    }
  }

  @Test
  void theDeliveriesOfAnErasedParticipantAreForgottenWithTheirNotifications() {
    // given a participant whose confirmation was delivered
    UUID participant = UUID.randomUUID();
    UUID confirmation = confirmed(participant, "imrf-2026");

    // when they are erased
    EventFixtures.erased(participant).send();

    // then their notification's deliveries are gone with it
    await().atMost(Duration.ofSeconds(30)).until(() -> notifications.find(confirmation).isEmpty());
    assertThat(deliveries.ofNotification(confirmation)).isEmpty();
    assertThat(
            get("/deliveries?participant=" + participant, TestTokens.organiser(), 200)
                .get("totalItems")
                .asLong())
        .isZero();
  }

  /** Registers a participant for an edition, as registration-service tells it; the confirmation. */
  private UUID confirmed(UUID participant, String edition) {
    EventFixtures.registered(UUID.randomUUID(), participant, "Amal Nasser", "en", edition).send();
    EventFixtures.linkIssued(
            UUID.randomUUID(), participant, "http://x/access/" + participant, "registration")
        .send();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !notifications.forParticipant(participant, 0, 1).isEmpty()
                    && allSettled(notifications.forParticipant(participant, 0, 1).get(0).id()));
    return notifications.forParticipant(participant, 0, 1).get(0).id();
  }

  private boolean allSettled(UUID notification) {
    JsonNode each = deliveriesOf(notification, TestTokens.organiser(), 200);
    return each.size() == 3 && !each.findValuesAsString("state").contains("queued");
  }

  private JsonNode deliveriesOf(UUID notification, String token, int status) {
    return get("/notifications/" + notification + "/deliveries", token, status);
  }

  private JsonNode get(String uri, String token, int status) {
    return http.get()
        .uri(uri)
        .header("Authorization", "Bearer " + token)
        .exchange()
        .expectStatus()
        .isEqualTo(status)
        .returnResult(JsonNode.class)
        .getResponseBody();
  }
}
