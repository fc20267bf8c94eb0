package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The first flow across services: registering yields a confirmation, readable from its API. */
class RegistrationToNotificationFlowTest {

  @RegisterExtension
  static final SharedPlatform<RunningServices> shared =
      RunningServices.registrationAndNotification();

  static RunningServices platform;

  @BeforeAll
  static void services() {
    platform = shared.get();
  }

  @Test
  void someoneWhoRegistersReceivesAConfirmationInTheirLanguageWithinSeconds() {
    // given a delegate who prefers French
    String email = "amelie." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    // when she registers with registration-service
    Http.Response registered =
        Http.post(
            platform.url("registration-service") + "/participants",
            """
            {"edition": "imrf-2026", "name": "Amélie Dubois", "email": "%s", "preferredLanguage": "fr",
             "organisation": "Permanent Mission of Portugal", "country": "PT", "category": "member-state", "attendance": "online"}
            """
                .formatted(email));
    assertThat(registered.status()).isEqualTo(201);
    String participant = registered.body().get("id").asString();

    // then, within seconds, notification-service holds one confirmation for her, in French
    String notifications =
        platform.url("notification-service") + "/notifications?participant=" + participant;
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                Http.get(notifications, TestTokens.attendee(UUID.fromString(participant)))
                        .body()
                        .path("totalItems")
                        .asInt()
                    == 1);
    JsonNode confirmation =
        Http.get(notifications, TestTokens.attendee(UUID.fromString(participant)))
            .body()
            .get("items")
            .get(0);
    assertThat(confirmation.get("recipient").asString()).isEqualTo(email);
    assertThat(confirmation.get("language").asString()).isEqualTo("fr");
    assertThat(confirmation.get("body").asString()).startsWith("Bonjour Amélie Dubois");
  }

  @Test
  void eachOfManyRegistrationsIsConfirmedExactlyOnce() {
    int registrations = 25;
    String[] participants = new String[registrations];
    for (int i = 0; i < registrations; i++) {
      Http.Response registered =
          Http.post(
              platform.url("registration-service") + "/participants",
              """
              {"edition": "imrf-2026", "name": "Participant %d", "email": "p%d.%s@example.org", "preferredLanguage": "%s",
             "organisation": "Permanent Mission of Portugal", "country": "PT", "category": "member-state", "attendance": "online"}
              """
                  .formatted(
                      i,
                      i,
                      UUID.randomUUID().toString().substring(0, 8),
                      "ar zh en fr ru es".split(" ")[i % 6]));
      assertThat(registered.status()).isEqualTo(201);
      participants[i] = registered.body().get("id").asString();
    }

    for (String participant : participants) {
      String notifications =
          platform.url("notification-service") + "/notifications?participant=" + participant;
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  Http.get(notifications, TestTokens.attendee(UUID.fromString(participant)))
                          .body()
                          .path("totalItems")
                          .asInt()
                      >= 1);
      assertThat(
              Http.get(notifications, TestTokens.attendee(UUID.fromString(participant)))
                  .body()
                  .path("totalItems")
                  .asInt())
          .as("confirmations for " + participant)
          .isEqualTo(1);
    }
  }
}
