package org.imrf.registration.accesslink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.imrf.edge.forwarding.ForwardedRequest;
import org.imrf.edge.forwarding.GatewaySignature;
import org.imrf.registration.Registrants;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Where a new registration says it is ({@code Location}): at the gateway's public address when the
 * gateway forwarded the request, and nowhere a client chose otherwise.
 */
@ServiceTest
class LinksBehindTheGatewayTest {

  static final String PREFIX = "/api/registration";
  static final String AT_THE_GATEWAY =
      "https://" + TestGateway.PUBLIC_HOST + PREFIX + "/participants/[0-9a-f-]{36}";

  @Autowired RestTestClient http;
  @LocalServerPort int port;

  @Test
  void aRegistrationForwardedByTheGatewayIsAtTheGatewaysPublicAddress() {
    String location = register(TestGateway.forwarded("203.0.113.7", PREFIX));

    assertThat(location).matches(AT_THE_GATEWAY);
  }

  @Test
  void aHostAClientNamesItselfDoesNotChangeWhereTheRegistrationIs() {
    List<Consumer<HttpHeaders>> forgeries =
        List.of(
            headers -> {
              headers.set("X-Forwarded-Host", "evil.example");
              headers.set("X-Forwarded-Proto", "https");
              headers.set("X-Forwarded-Prefix", "/phish");
            },
            headers -> headers.set("Forwarded", "host=evil.example;proto=https"));

    for (Consumer<HttpHeaders> forgery : forgeries) {
      assertThat(register(forgery)).matches(direct());
    }
  }

  @Test
  void forwardedHeadersWhoseSignatureDoesNotHoldAreIgnoredTheSameWay() {
    ForwardedRequest evil =
        new ForwardedRequest("203.0.113.7", "https", "evil.example", 443, "/phish");
    List<Consumer<HttpHeaders>> forgeries =
        List.of(
            TestGateway.headers(evil, "t=" + Instant.now().getEpochSecond() + ";mac=AAAA"),
            TestGateway.signed(
                evil, Instant.now().minus(GatewaySignature.DEFAULT_VALIDITY.multipliedBy(2))),
            TestGateway.headers(
                evil,
                TestGateway.signatureOf(TestGateway.forwardedRequest("203.0.113.7", PREFIX))));

    for (Consumer<HttpHeaders> forgery : forgeries) {
      assertThat(register(forgery)).matches(direct());
    }
  }

  private String direct() {
    return "http://localhost:" + port + "/participants/[0-9a-f-]{36}";
  }

  private String register(Consumer<HttpHeaders> forwarding) {
    return http.post()
        .uri("/participants")
        .headers(forwarding)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Registrants.delegate(
                "imrf-2026", "Nadia Rahman", Registrants.unique("nadia.rahman"), "en"))
        .exchange()
        .expectStatus()
        .isCreated()
        .returnResult(Void.class)
        .getResponseHeaders()
        .getFirst(HttpHeaders.LOCATION);
  }
}
