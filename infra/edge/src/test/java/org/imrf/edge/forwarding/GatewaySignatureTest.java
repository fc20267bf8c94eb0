package org.imrf.edge.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class GatewaySignatureTest {

  static final String KEY = base64("gateway-key-of-at-least-32-bytes");
  static final Instant NOW = Instant.parse("2026-05-16T08:00:00Z");
  static final ForwardedRequest FORWARDED =
      new ForwardedRequest("203.0.113.7", "https", "forum.example", 443, "/api/registration");

  final GatewaySignature gateway = at(NOW, KEY);

  @Test
  void theServiceRecognisesValuesTheGatewaySigned() {
    String signature = gateway.sign(FORWARDED);

    assertThat(at(NOW.plusSeconds(5), KEY).verifies(FORWARDED, signature)).isTrue();
  }

  @Test
  void changingAnyValueBreaksTheSignature() {
    String signature = gateway.sign(FORWARDED);

    assertThat(gateway.verifies(with("198.51.100.9", "forum.example", 443, ""), signature))
        .isFalse();
    assertThat(
            gateway.verifies(
                new ForwardedRequest(
                    "203.0.113.7", "https", "evil.example", 443, "/api/registration"),
                signature))
        .isFalse();
    assertThat(
            gateway.verifies(
                new ForwardedRequest(
                    "203.0.113.7", "http", "forum.example", 443, "/api/registration"),
                signature))
        .isFalse();
    assertThat(
            gateway.verifies(
                new ForwardedRequest(
                    "203.0.113.7", "https", "forum.example", 8443, "/api/registration"),
                signature))
        .isFalse();
    assertThat(
            gateway.verifies(
                new ForwardedRequest("203.0.113.7", "https", "forum.example", 443, "/api/identity"),
                signature))
        .isFalse();
    // the time is signed too: moving it forward does not renew a signature
    assertThat(
            gateway.verifies(
                FORWARDED,
                signature.replace(
                    "t=" + NOW.getEpochSecond(), "t=" + NOW.plusSeconds(20).getEpochSecond())))
        .isFalse();
  }

  @Test
  void aSignatureUnderAnotherKeyIsRefused() {
    String forged = at(NOW, base64("someone-elses-key-of-32-bytes-xy")).sign(FORWARDED);

    assertThat(gateway.verifies(FORWARDED, forged)).isFalse();
  }

  @Test
  void aSignatureHoldsOnlyForItsShortValidity() {
    String signature = gateway.sign(FORWARDED);

    assertThat(at(NOW.plusSeconds(30), KEY).verifies(FORWARDED, signature)).isTrue();
    assertThat(at(NOW.plusSeconds(31), KEY).verifies(FORWARDED, signature)).isFalse();
    // nor can one be made to hold later by dating it ahead
    assertThat(at(NOW.minusSeconds(31), KEY).verifies(FORWARDED, signature)).isFalse();
  }

  @Test
  void whatIsNotASignatureIsRefused() {
    for (String value :
        new String[] {null, "", "t=", "t=abc;mac=x", "mac=abc", "t=1;mac=%%%", "t=1"}) {
      assertThat(gateway.verifies(FORWARDED, value)).as(value).isFalse();
    }
  }

  @Test
  void aKeyShorterThan32BytesIsRefusedAtStart() {
    assertThatThrownBy(() -> at(NOW, base64("too-short")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("IMRF_GATEWAY_KEY");
    assertThatThrownBy(() -> at(NOW, "not base64!"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("IMRF_GATEWAY_KEY");
  }

  @Test
  void valuesThatCouldNotHaveComeFromTheGatewayAreRefused() {
    assertThatThrownBy(() -> with("203.0.113.7, 10.0.0.1", "forum.example", 443, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with("203.0.113.7", "forum.example\nX-Evil: 1", 443, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with("203.0.113.7", "forum.example", 0, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with("203.0.113.7", "forum.example", 443, "api/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ForwardedRequest("203.0.113.7", "gopher", "forum.example", 443, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static GatewaySignature at(Instant now, String key) {
    return new GatewaySignature(key, Duration.ofSeconds(30), Clock.fixed(now, ZoneOffset.UTC));
  }

  static ForwardedRequest with(String client, String host, int port, String prefix) {
    return new ForwardedRequest(client, "https", host, port, prefix);
  }

  static String base64(String key) {
    return Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.US_ASCII));
  }
}
