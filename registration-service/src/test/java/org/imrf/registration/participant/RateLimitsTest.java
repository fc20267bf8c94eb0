package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.imrf.registration.Registrants;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceTest
@TestPropertySource(
    properties = {
      "imrf.rate-limits.registration.per-address.limit=3",
      "imrf.rate-limits.links.per-email.limit=2"
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

    requestLink("192.0.2.1", email).expectStatus().isAccepted();
    requestLink("192.0.2.2", email).expectStatus().isAccepted();
    requestLink("192.0.2.3", email)
        .expectStatus()
        .isEqualTo(429)
        .expectBody()
        .jsonPath("$.detail")
        .value(String.class, detail -> assertThat(detail).contains("for this email address"));
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
