package org.imrf.registration.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.imrf.edge.forwarding.ForwardedRequest;
import org.imrf.edge.forwarding.GatewaySignature;
import org.imrf.registration.ParticipantsApi;
import org.imrf.registration.Registrants;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
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

  static final String PREFIX = "/api/registration";

  @Autowired RestTestClient http;

  @Test
  void aFloodFromOneAddressIsTurnedAwayWhileAnotherAddressIsStillServed() {
    // clients behind the gateway, which names each one's address
    String flooder = "203.0.113.7";
    for (int i = 0; i < 3; i++) {
      register(TestGateway.forwarded(flooder, PREFIX)).expectStatus().isCreated();
    }

    register(TestGateway.forwarded(flooder, PREFIX))
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .valueMatches("Retry-After", "[1-9][0-9]*")
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .isEqualTo("Too many requests from your address. Please try again later.");

    register(TestGateway.forwarded("198.51.100.9", PREFIX)).expectStatus().isCreated();
  }

  @Test
  void whateverAddressADirectClientClaimsItIsCountedAsItsOwn() {
    // a client on this machine (127.0.0.1, the only test to register from it here), each time
    // claiming another address in a way the gateway did not sign
    ForwardedRequest claimed = TestGateway.forwardedRequest("192.0.2.50", PREFIX);
    List<Consumer<HttpHeaders>> claims =
        List.of(
            headers -> headers.set("X-Forwarded-For", "192.0.2.10"),
            headers -> headers.set("Forwarded", "for=192.0.2.11"),
            headers -> headers.set("X-Real-IP", "192.0.2.12"),
            // made-up, expired, and signed for another client: none holds
            TestGateway.headers(claimed, "t=" + Instant.now().getEpochSecond() + ";mac=AAAA"),
            TestGateway.signed(
                claimed, Instant.now().minus(GatewaySignature.DEFAULT_VALIDITY.multipliedBy(2))),
            TestGateway.headers(
                TestGateway.forwardedRequest("192.0.2.51", PREFIX),
                TestGateway.signatureOf(claimed)));

    for (int i = 0; i < claims.size(); i++) {
      // the limit is 3 a minute: the fourth request from 127.0.0.1 is refused, whatever it claims
      register(claims.get(i)).expectStatus().isEqualTo(i < 3 ? 201 : 429);
    }
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
            .headers(TestGateway.forwarded("198.51.100.30", PREFIX))
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

  private RestTestClient.ResponseSpec register(Consumer<HttpHeaders> forwarding) {
    return http.post()
        .uri("/participants")
        .headers(forwarding)
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
        .headers(TestGateway.forwarded(clientAddress, PREFIX))
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("edition", "imrf-2026", "email", email))
        .exchange();
  }
}
