package org.imrf.registration.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.imrf.registration.Registrants;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * One email address registers only so often an hour (imrf.rate-limits.registration.per-email),
 * whatever addresses the attempts come from and however the address is capitalised.
 */
@ServiceTest
class RegisteringUnderOneEmailTest {

  private static final String PREFIX = "/api/registration";

  @Autowired RestTestClient http;

  @Value("${imrf.rate-limits.registration.per-email.limit}")
  int perEmail;

  @Test
  void attemptsForOneEmailBeyondTheLimitAreRefusedFromAnyAddressAndOtherEmailsStillRegister() {
    String email = "limit." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    // given as many attempts for one email as the limit allows, each from another address
    List<Integer> allowed = new ArrayList<>();
    for (int i = 0; i < perEmail; i++) {
      String written = i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT);
      allowed.add(register(written, TestGateway.forwarded("198.51.100." + (10 + i), PREFIX)));
    }
    assertThat(allowed).as("attempts within the limit").doesNotContain(429).contains(201);

    // when one more comes, from an address not heard from before
    var refused =
        http.post()
            .uri("/participants")
            .headers(TestGateway.forwarded("203.0.113.99", PREFIX))
            .contentType(MediaType.APPLICATION_JSON)
            .body(Registrants.delegate("imrf-2026", "Limit Reached", email, "en"))
            .exchange();

    // then it is refused, saying why and when to come back
    refused
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .valueMatches("Retry-After", "[1-9][0-9]*")
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("Too many requests for this email address. Please try again later.");

    // and that address registers another email all the same
    String other = "other." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    assertThat(register(other, TestGateway.forwarded("203.0.113.99", PREFIX))).isEqualTo(201);
  }

  private int register(String email, Consumer<HttpHeaders> from) {
    return http.post()
        .uri("/participants")
        .headers(from)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Registrants.delegate("imrf-2026", "Limit Tester", email, "en"))
        .exchange()
        .returnResult(String.class)
        .getStatus()
        .value();
  }
}
