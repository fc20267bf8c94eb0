package org.imrf.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.imrf.notification.webhook.WebhookStories.endpoint;
import static org.imrf.notification.webhook.WebhookStories.notification;
import static org.imrf.notification.webhook.WebhookStories.participantOf;
import static org.imrf.notification.webhook.WebhookStories.register;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.devservices.mail.EmbeddedMail;
import org.imrf.notification.delivery.DeliveryFailure;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.participant.KnownParticipant;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestClock;
import org.imrf.testing.TestInfrastructure;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications reach an organisation's own system: a real receiver on 127.0.0.1 (which the setting
 * allows here), signed, disabled when it is gone or keeps failing, its organiser told by email (a
 * real SMTP server).
 */
@ServiceTest
@TestPropertySource(
    properties = {
      "imrf.webhooks.allow-private-addresses=true",
      "imrf.webhooks.allow-http=true",
      "imrf.webhooks.disable-after-failures=3",
      "imrf.webhooks.disable-after-failing-for=1h",
      "imrf.webhooks.timeout=1s"
    })
class DeliveringWebhooksTest {

  @Autowired RestTestClient http;
  @Autowired WebhookSender sender;
  @Autowired ParticipantDirectory participants;
  @Autowired TestClock clock;
  @Autowired DisabledEndpointNotices notices;

  private final Receiver receiver = new Receiver();
  private final String organisation = "Réseau des migrants " + UUID.randomUUID();

  @AfterEach
  void tearDown() {
    receiver.close();
    clock.reset();
  }

  @Test
  void aParticipantsNotificationReachesTheirOrganisationsEndpointSignedWithTheSecretShownOnce()
      throws Exception {
    // given a participant of an organisation, whose endpoint an organiser registered under
    // another spelling of its name
    UUID participant =
        participantOf(organisation, "SN", "migrant-diaspora-organisation", participants);
    JsonNode registered =
        register(
            http,
            organisation.toUpperCase().replace("É", "E"),
            receiver.url("/imrf/webhooks"),
            List.of("registration-confirmation"));
    String secret = registered.get("secret").asString();
    String endpoint = registered.get("id").asString();

    // when a registration confirmation is written for them and sent
    Notification confirmation = notification(participant, "registration-confirmation");
    List<String> targets = sender.targets(confirmation);
    assertThat(targets).containsExactly(endpoint);
    sender.send(confirmation, endpoint);

    // then the receiver got it, and its signature verifies with the secret shown at creation
    Receiver.Received got = receiver.last();
    assertThat(receiver.received()).hasSize(1);
    assertThat(got.id()).isEqualTo("msg_" + confirmation.id() + "_" + endpoint);
    assertThat(Long.parseLong(got.timestamp()))
        .isCloseTo(Instant.now().getEpochSecond(), within(30L));
    assertThat(got.contentType()).isEqualTo("application/json");
    assertThat(signatures(got))
        .containsExactly(
            WebhookSignaturesTest.hmac(
                secret, got.id() + "." + got.timestamp() + "." + got.body()));
    JsonNode body = JsonMapper.builder().build().readTree(got.body());
    assertThat(body.get("type").asString()).isEqualTo("notification.registration-confirmation");
    assertThat(body.get("timestamp").asString()).isNotBlank();
    JsonNode data = body.get("data");
    assertThat(data.get("notificationId").asString()).isEqualTo(confirmation.id().toString());
    assertThat(data.get("participantId").asString()).isEqualTo(participant.toString());
    assertThat(data.get("kind").asString()).isEqualTo("registration-confirmation");
    assertThat(data.get("language").asString()).isEqualTo("ar");
    assertThat(data.get("subject").asString()).isEqualTo("تأكيد التسجيل");
    assertThat(data.get("body").asString()).isEqualTo(confirmation.body());
    assertThat(data.get("createdAt").asString()).isEqualTo(confirmation.createdAt().toString());

    // and the participant's organisation, country and category are kept
    KnownParticipant known = participants.require(participant);
    assertThat(known.organisation()).isEqualTo(organisation);
    assertThat(known.country()).isEqualTo("SN");
    assertThat(known.category()).isEqualTo("migrant-diaspora-organisation");
    // and a kind the endpoint did not ask for goes nowhere, nor one for another organisation
    assertThat(sender.targets(notification(participant, "edition-rescheduled"))).isEmpty();
    UUID stranger =
        participantOf("Another organisation " + UUID.randomUUID(), "FR", "academia", participants);
    assertThat(sender.targets(notification(stranger, "registration-confirmation"))).isEmpty();
    // and the secret is never shown again
    assertThat(endpoint(http, endpoint).has("secret")).isFalse();
  }

  @Test
  void duringTheGracePeriodARotatedSecretStillSignsBesideTheNewOneAndAfterItOnlyTheNewOneDoes()
      throws Exception {
    // given an endpoint receiving every kind, and its first secret
    UUID participant = participantOf(organisation, "JO", "member-state", participants);
    JsonNode registered = register(http, organisation, receiver.url("/hook"), List.of("*"));
    String endpoint = registered.get("id").asString();
    String first = registered.get("secret").asString();

    // when an organiser rotates it
    JsonNode rotated =
        http.post()
            .uri("/webhooks/{id}/secrets", endpoint)
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    String second = rotated.get("secret").asString();
    Instant graceEnds = Instant.parse(rotated.get("previousSecretValidUntil").asString());
    assertThat(second).startsWith("whsec_").isNotEqualTo(first);
    assertThat(graceEnds)
        .isBetween(
            Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
    assertThat(endpoint(http, endpoint).get("previousSecretValidUntil").asString()).isNotBlank();

    // then a notification sent meanwhile carries both signatures, the new one first
    sender.send(notification(participant, "access-link"), endpoint);
    Receiver.Received during = receiver.last();
    String signed = during.id() + "." + during.timestamp() + "." + during.body();
    assertThat(signatures(during))
        .containsExactly(
            WebhookSignaturesTest.hmac(second, signed), WebhookSignaturesTest.hmac(first, signed));

    // and once the grace period is over, only the new secret signs
    clock.advanceTo(graceEnds.plusSeconds(1));
    sender.send(notification(participant, "access-link"), endpoint);
    Receiver.Received after = receiver.last();
    assertThat(signatures(after))
        .containsExactly(
            WebhookSignaturesTest.hmac(
                second, after.id() + "." + after.timestamp() + "." + after.body()));
  }

  @Test
  void anEndpointThatAnswers410GoneIsDisabledAndItsQueuedDeliveriesStop() {
    UUID participant = participantOf(organisation, "PH", "trade-union", participants);
    String endpoint =
        register(http, organisation, receiver.url("/gone"), List.of("*")).get("id").asString();

    // when the endpoint says it is gone for good
    receiver.answers(410);
    DeliveryFailure failure =
        catchThrowableOfType(
            DeliveryFailure.class,
            () -> sender.send(notification(participant, "access-link"), endpoint));

    // then that delivery fails for good, and the endpoint shows it is disabled and why
    assertThat(failure.permanent()).isTrue();
    JsonNode disabled = endpoint(http, endpoint);
    assertThat(disabled.get("status").asString()).isEqualTo("disabled");
    assertThat(disabled.get("disabledReason").asString()).contains("410 Gone");
    assertThat(sender.targets(notification(participant, "access-link"))).isEmpty();
    // and a delivery queued before is not attempted: it fails for good too
    receiver.answers(204);
    DeliveryFailure queued =
        catchThrowableOfType(
            DeliveryFailure.class,
            () -> sender.send(notification(participant, "access-link"), endpoint));
    assertThat(queued.permanent()).isTrue();
    assertThat(queued.getMessage()).contains("disabled");
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void anEndpointThatKeepsFailingIsDisabledItsOrganiserIsToldAndEnablingItStartsAfresh()
      throws Exception {
    // given an endpoint that answers 503, and one notification retried against it
    UUID participant = participantOf(organisation, "MX", "academia", participants);
    String endpoint =
        register(http, organisation, receiver.url("/busy"), List.of("*")).get("id").asString();
    Notification notification = notification(participant, "edition-rescheduled");
    receiver.answers(503);

    // when it fails three times (the setting here) within the first hour
    for (int attempt = 0; attempt < 3; attempt++) {
      DeliveryFailure failure =
          catchThrowableOfType(DeliveryFailure.class, () -> sender.send(notification, endpoint));
      assertThat(failure.permanent()).isFalse();
      assertThat(failure.getMessage()).contains("503");
    }
    // then it stays enabled: three failures in a few seconds may be a short outage
    JsonNode failing = endpoint(http, endpoint);
    assertThat(failing.get("status").asString()).isEqualTo("enabled");
    assertThat(failing.get("consecutiveFailures").asInt()).isEqualTo(3);
    assertThat(failing.get("lastFailure").asString()).contains("503");

    // when it still fails over an hour after the first failure
    clock.advanceTo(Instant.now().plus(Duration.ofMinutes(61)));
    DeliveryFailure fourth =
        catchThrowableOfType(DeliveryFailure.class, () -> sender.send(notification, endpoint));
    assertThat(fourth.permanent()).isFalse();

    // then it is disabled, says why, and the organiser who registered it is told by email
    JsonNode disabled = endpoint(http, endpoint);
    assertThat(disabled.get("status").asString()).isEqualTo("disabled");
    assertThat(disabled.get("disabledReason").asString())
        .contains("4 sends in a row failed", "503");
    MimeMessage notice =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> noticeAbout(organisation), m -> m != null);
    assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("organiser@un.example");
    assertThat(GreenMailUtil.getBody(notice)).contains(receiver.url("/busy"), endpoint, "503");
    // and its queued deliveries stop without reaching it
    assertThat(
            catchThrowableOfType(DeliveryFailure.class, () -> sender.send(notification, endpoint))
                .permanent())
        .isTrue();
    assertThat(receiver.received()).hasSize(4);

    // when the organiser enables it again, and it answers
    JsonNode enabled =
        http.patch()
            .uri("/webhooks/{id}", endpoint)
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .contentType(MediaType.valueOf("application/merge-patch+json"))
            .body(Map.of("enabled", true))
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(enabled.get("status").asString()).isEqualTo("enabled");
    assertThat(enabled.get("consecutiveFailures").asInt()).isZero();
    receiver.answers(200);
    sender.send(notification, endpoint);

    // then every attempt carried the same webhook-id, for the receiver to keep one
    assertThat(receiver.received())
        .hasSize(5)
        .extracting(Receiver.Received::id)
        .containsOnly("msg_" + notification.id() + "_" + endpoint);
  }

  @Test
  void theNoticeOfADisabledEndpointWaitsOutAMailOutageAndIsSentOnce() throws Exception {
    // given an endpoint that is gone, while the mail relay is down
    UUID participant = participantOf(organisation, "BD", "academia", participants);
    String endpoint =
        register(http, organisation, receiver.url("/gone-during-outage"), List.of("*"))
            .get("id")
            .asString();
    receiver.answers(410);
    try (EmbeddedMail.Outage outage = TestInfrastructure.mail().interrupt()) {
      // when it is disabled
      catchThrowableOfType(
          DeliveryFailure.class,
          () -> sender.send(notification(participant, "access-link"), endpoint));
      assertThat(endpoint(http, endpoint).get("status").asString()).isEqualTo("disabled");

      // then no notice could go yet, and a round while the relay is down sends none
      assertThat(notices.sendPending()).isZero();
    }
    assertThat(noticeAbout(organisation)).isNull();

    // when the relay is back and the next round comes
    notices.sendPending();
    notices.sendPending();

    // then the organiser is told, once
    assertThat(
            TestInfrastructure.mail().received().stream()
                .filter(message -> subjectOf(message).contains(organisation)))
        .hasSize(1);
  }

  @Test
  void anEndpointThatDoesNotAnswerInTimeFailsForNowAndIsTriedAgain() {
    UUID participant = participantOf(organisation, "KE", "private-sector", participants);
    String endpoint =
        register(http, organisation, receiver.url("/slow"), List.of("*")).get("id").asString();
    receiver.delays(Duration.ofSeconds(3));

    DeliveryFailure failure =
        catchThrowableOfType(
            DeliveryFailure.class,
            () -> sender.send(notification(participant, "access-link"), endpoint));

    assertThat(failure.permanent()).isFalse();
    assertThat(failure.getMessage()).contains("no answer within");
    assertThat(endpoint(http, endpoint).get("consecutiveFailures").asInt()).isEqualTo(1);
  }

  @Test
  void anEndpointThatNeverEndsItsAnswerDoesNotHoldTheSender() {
    UUID participant = participantOf(organisation, "GH", "media", participants);
    String endpoint =
        register(http, organisation, receiver.url("/endless"), List.of("*")).get("id").asString();
    receiver.answersWithoutEnd();

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> sender.send(notification(participant, "access-link"), endpoint));

    assertThat(receiver.received()).hasSize(1);
    assertThat(endpoint(http, endpoint).get("consecutiveFailures").asInt()).isZero();
  }

  private static List<String> signatures(Receiver.Received received) {
    return Arrays.stream(received.signature().split(" "))
        .peek(signature -> assertThat(signature).startsWith("v1,"))
        .map(signature -> signature.substring(3))
        .toList();
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage noticeAbout(String organisation) throws Exception {
    // the tests' real mail server, which every service test sends to
    for (MimeMessage message : TestInfrastructure.mail().received()) {
      if (message.getSubject().contains(organisation)) {
        return message;
      }
    }
    return null;
  }
}
