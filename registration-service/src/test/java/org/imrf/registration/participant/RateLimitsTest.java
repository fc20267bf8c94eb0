package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.imrf.registration.ParticipantsApi;
import org.imrf.registration.Registrants;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
@TestPropertySource(
    properties = {
      "imrf.rate-limits.registration.per-address.limit=3",
      "imrf.rate-limits.links.per-email-and-address.limit=2",
      "imrf.rate-limits.links.per-email.limit=4"
    })
class RateLimitsTest {

  @Autowired RestTestClient http;

  @Test
  void aFloodFromOneAddressIsTurnedAwayWhileAnotherAddressIsStillServed() {
    String flooder = "203.0.113.7";
    for (int i = 0; i < 3; i++) {
      register(flooder).expectStatus().isCreated();
    }

    register(flooder)
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .valueMatches("Retry-After", "[1-9][0-9]*")
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("Too many requests from your address. Please try again later.");

    register("198.51.100.9").expectStatus().isCreated();
  }

  @Test
  void requestsForOneEmailAreLimitedWhateverAddressTheyComeFrom() {
    String email = "target." + UUID.randomUUID() + "@example.org";

    for (int i = 1; i <= 4; i++) {
      requestLink("192.0.2." + i, email).expectStatus().isAccepted();
    }
    requestLink("192.0.2.5", email)
        .expectStatus()
        .isEqualTo(429)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("Too many requests for this email address. Please try again later.");
  }

  @Test
  void aStrangersRequestsForSomeonesAddressDoNotStopThemFromGettingALink() {
    // given a registered participant
    String email = "owner." + UUID.randomUUID() + "@example.org";
    String participant =
        http.post()
            .uri("/participants")
            .header("X-Forwarded-For", "198.51.100.30")
            .contentType(MediaType.APPLICATION_JSON)
            .body(Registrants.delegate("imrf-2026", "Link Owner", email, "en"))
            .exchange()
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody()
            .get("id")
            .asString();

    // when a stranger asks for links for their address until refused
    String stranger = "203.0.113.66";
    requestLink(stranger, email).expectStatus().isAccepted();
    requestLink(stranger, email).expectStatus().isAccepted();
    requestLink(stranger, email)
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .valueMatches("Retry-After", "[1-9][0-9]*")
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo(
            "Too many requests for this email address from your address. Please try again later.");

    // then the participant, from their own address, still gets one
    requestLink("198.51.100.30", email).expectStatus().isAccepted();
    assertThat(ParticipantsApi.events(participant, "access-link-issued", 4)).hasSize(4);
  }

  private RestTestClient.ResponseSpec register(String clientAddress) {
    return http.post()
        .uri("/participants")
        .header("X-Forwarded-For", clientAddress)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Registrants.delegate(
                "imrf-2026",
                "Flood " + UUID.randomUUID(),
                UUID.randomUUID() + "@example.org",
                "en"))
        .exchange();
  }

  private RestTestClient.ResponseSpec requestLink(String clientAddress, String email) {
    return http.post()
        .uri("/access-links")
        .header("X-Forwarded-For", clientAddress)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("edition", "imrf-2026", "email", email))
        .exchange();
  }
}
