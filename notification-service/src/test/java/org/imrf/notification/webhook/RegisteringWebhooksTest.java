package org.imrf.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.imrf.notification.webhook.WebhookStories.endpoint;
import static org.imrf.notification.webhook.WebhookStories.notification;
import static org.imrf.notification.webhook.WebhookStories.participantOf;
import static org.imrf.notification.webhook.WebhookStories.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.notification.delivery.DeliveryFailure;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.testing.ProblemAnswers;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.StoredRows;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Organisers register endpoints as the platform runs by default: https only, and never an address
 * inside the network (server-side request forgery), neither when registered nor when sent to. Hosts
 * under {@code .invalid} never resolve: nothing here reaches outside this machine.
 */
@ServiceTest
class RegisteringWebhooksTest {

  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;
  @Autowired WebhookSender sender;
  @Autowired ParticipantDirectory participants;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "https://localhost/hook",
        "https://10.0.0.5/hook",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]:8443/hook",
        "https://[::ffff:127.0.0.1]/hook",
        "https://100.64.0.7/hook",
        "https://2130706433/hook",
        "http://hooks.imrf.invalid/hook"
      })
  void anEndpointLeadingInsideTheNetworkIsRefusedNamingItsUrlAndNothingIsWritten(String url) {
    // given an organisation nobody registered an endpoint for
    String organisation = "Intranet Probe " + UUID.randomUUID();

    // when an organiser registers an endpoint at an internal address (or over plain http)
    String problem =
        http.post()
            .uri("/webhooks")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("organisation", organisation, "url", url, "kinds", List.of("*")))
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .returnResult(String.class)
            .getResponseBody();

    // then the answer names the url, and nothing is written
    assertThat(ProblemAnswers.namesField(problem, "url")).as(problem).isTrue();
    assertThat(ProblemAnswers.namesField(problem, "organisation")).isFalse();
    assertThat(StoredRows.mentioning(jdbc, organisation)).isEmpty();
  }

  @Test
  void aNameResolvingToLoopbackIsRefusedSayingWhatItResolvesTo() {
    String problem =
        refusedRegistration(
            Map.of(
                "organisation",
                "Loopback Probe",
                "url",
                "https://localhost:8084/x",
                "kinds",
                List.of("*")));
    assertThat(problem).contains("resolves to", "loopback");
  }

  @Test
  void everyInvalidFieldIsNamedAtOnceAndNothingIsWritten() {
    String marker = "bad-" + UUID.randomUUID();
    Map<String, Object> request = new HashMap<>();
    request.put("organisation", " \u200b ");
    request.put("url", "ftp://hooks.imrf.invalid/" + marker);
    request.put("kinds", List.of("*", "Registration Confirmation"));
    request.put("description", "bell\u0007" + marker);
    request.put("contactEmail", "not-an-address-" + marker);

    String problem = refusedRegistration(request);

    for (String field : List.of("organisation", "url", "kinds", "description", "contactEmail")) {
      assertThat(ProblemAnswers.namesField(problem, field)).as(field + " in " + problem).isTrue();
    }
    assertThat(StoredRows.mentioning(jdbc, marker)).isEmpty();
  }

  @Test
  void aKindThatDoesNotExistIsRefusedWhenSetNamingItAndNothingIsWritten() {
    // given an organiser who misspells a kind of notification
    String organisation = "Kinds Probe " + UUID.randomUUID();

    // when they register an endpoint for it
    String problem =
        refusedRegistration(
            Map.of(
                "organisation",
                organisation,
                "url",
                "https://hooks.imrf.invalid/kinds",
                "kinds",
                List.of("registration-confirmation", "registration-confirmed")));

    // then the answer names the field and the unknown kind, and nothing is stored
    assertThat(ProblemAnswers.namesField(problem, "kinds")).as(problem).isTrue();
    assertThat(problem).contains("unknown kinds registration-confirmed");
    assertThat(StoredRows.mentioning(jdbc, organisation)).isEmpty();
  }

  @Test
  void anEndpointIsRegisteredItsSecretShownOnceAndNeverStoredInPlain() {
    // when an organiser registers an endpoint for an organisation
    String organisation = "Migrant Forum in Asia " + UUID.randomUUID();
    JsonNode registered =
        register(
            http,
            organisation,
            "https://hooks.imrf.invalid/imrf",
            List.of("registration-confirmation", "edition-rescheduled"));

    // then the answer holds a Standard Webhooks secret, which is stored sealed only
    String secret = registered.get("secret").asString();
    assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
    assertThat(StoredRows.mentioning(jdbc, secret.substring(6, 30))).isEmpty();
    assertThat(registered.get("status").asString()).isEqualTo("enabled");
    assertThat(registered.get("registeredBy").asString()).isEqualTo("organiser@un.example");
    assertThat(registered.get("contactEmail").asString()).isEqualTo("organiser@un.example");

    // and the organisation's endpoints, under any spelling registration takes as the same, list it
    // without its secret
    JsonNode page =
        http.get()
            .uri("/webhooks?organisation={o}&size=5", "  " + organisation.toLowerCase() + ". ")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(page.get("totalItems").asLong()).isEqualTo(1);
    JsonNode listed = page.get("items").get(0);
    assertThat(listed.get("id").asString()).isEqualTo(registered.get("id").asString());
    assertThat(listed.get("kinds").toString())
        .isEqualTo("[\"registration-confirmation\",\"edition-rescheduled\"]");
    assertThat(listed.has("secret")).isFalse();

    // and it can be changed, then removed
    String id = registered.get("id").asString();
    JsonNode changed =
        http.put()
            .uri("/webhooks/{id}", id)
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                Map.of(
                    "url", "https://crm.imrf.invalid/new", "kinds", List.of("*"), "enabled", false))
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();
    assertThat(changed.get("url").asString()).isEqualTo("https://crm.imrf.invalid/new");
    assertThat(changed.get("status").asString()).isEqualTo("disabled");
    assertThat(changed.get("disabledReason").asString())
        .isEqualTo("Disabled by organiser@un.example");
    assertThat(changed.has("description")).isTrue();
    http.delete()
        .uri("/webhooks/{id}", id)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isNoContent();
    http.get()
        .uri("/webhooks/{id}", id)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void aChangeToAnInternalAddressIsRefusedAndTheEndpointStaysAsItWas() {
    String id =
        register(
                http,
                "Patch Probe " + UUID.randomUUID(),
                "https://hooks.imrf.invalid/a",
                List.of("*"))
            .get("id")
            .asString();

    String problem =
        http.patch()
            .uri("/webhooks/{id}", id)
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .contentType(MediaType.valueOf("application/merge-patch+json"))
            .body(Map.of("url", "https://192.168.1.1/hook", "kinds", List.of()))
            .exchange()
            .expectStatus()
            .isBadRequest()
            .returnResult(String.class)
            .getResponseBody();

    assertThat(ProblemAnswers.namesField(problem, "url")).as(problem).isTrue();
    assertThat(ProblemAnswers.namesField(problem, "kinds")).as(problem).isTrue();
    assertThat(endpoint(http, id).get("url").asString()).isEqualTo("https://hooks.imrf.invalid/a");
  }

  @Test
  void aSendToAHostThatNowResolvesInsideIsRefusedForGoodAndOneThatDoesNotResolveIsTriedAgain() {
    // given an endpoint of a participant's organisation
    String organisation = "Rebinding Probe " + UUID.randomUUID();
    UUID participant = participantOf(organisation, "BR", "academia", participants);
    String id =
        register(http, organisation, "https://hooks.imrf.invalid/a", List.of("*"))
            .get("id")
            .asString();

    // when its host does not resolve at the time of sending
    DeliveryFailure unresolved =
        catchThrowableOfType(
            DeliveryFailure.class, () -> sender.send(notification(participant, "access-link"), id));

    // then the delivery is tried again later: the name may resolve by then
    assertThat(unresolved.permanent()).isFalse();
    assertThat(unresolved.getMessage()).contains("does not resolve");

    // when its host comes to resolve to this machine (as after a DNS change: here, the URL's
    // host is made localhost behind the API's back)
    jdbc.sql("update webhook_endpoint set url = 'https://localhost:9/hook' where id = :id")
        .param("id", UUID.fromString(id))
        .update();
    DeliveryFailure inside =
        catchThrowableOfType(
            DeliveryFailure.class, () -> sender.send(notification(participant, "access-link"), id));

    // then the delivery fails for good, saying why, and counts as the endpoint's failure
    assertThat(inside.permanent()).isTrue();
    assertThat(inside.getMessage()).contains("resolves to", "loopback");
    assertThat(endpoint(http, id).get("consecutiveFailures").asInt()).isEqualTo(2);
  }

  private String refusedRegistration(Map<String, Object> request) {
    return http.post()
        .uri("/webhooks")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(request)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .returnResult(String.class)
        .getResponseBody();
  }
}
