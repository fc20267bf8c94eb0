package org.imrf.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.imrf.edge.forwarding.ForwardedHeaders;
import org.imrf.edge.forwarding.ForwardedRequest;
import org.imrf.edge.forwarding.GatewaySignature;
import org.springframework.http.HttpHeaders;

/**
 * Requests as the gateway forwards them to a service under test: the client's address and the
 * public address in {@code X-Forwarded-*} headers, signed with {@link TestTokens#GATEWAY_KEY}.
 */
public final class TestGateway {

  /** The gateway's public host in tests, at {@code https://forum.test.imrf}. */
  public static final String PUBLIC_HOST = "forum.test.imrf";

  private static final GatewaySignature SIGNATURE =
      new GatewaySignature(
          TestTokens.GATEWAY_KEY, GatewaySignature.DEFAULT_VALIDITY, Clock.systemUTC());

  private TestGateway() {}

  /**
   * Headers of a request from {@code clientAddress}, forwarded by the gateway from {@code
   * https://forum.test.imrf<prefix>}.
   */
  public static Consumer<HttpHeaders> forwarded(String clientAddress, String prefix) {
    return signed(forwardedRequest(clientAddress, prefix), Instant.now());
  }

  /** The values {@link #forwarded} sends. */
  public static ForwardedRequest forwardedRequest(String clientAddress, String prefix) {
    return new ForwardedRequest(clientAddress, "https", PUBLIC_HOST, 443, prefix);
  }

  /** Headers carrying {@code values}, signed as of {@code at} (in the past: an expired one). */
  public static Consumer<HttpHeaders> signed(ForwardedRequest values, Instant at) {
    return headers(values, SIGNATURE.sign(values, at));
  }

  /** The gateway's signature of {@code values}, made now. */
  public static String signatureOf(ForwardedRequest values) {
    return SIGNATURE.sign(values);
  }

  /** Headers carrying {@code values} with any {@code signature}, e.g. a forged one. */
  public static Consumer<HttpHeaders> headers(ForwardedRequest values, String signature) {
    return headers -> {
      HttpHeaders replaced = ForwardedHeaders.replace(headers, values, signature);
      headers.clear();
      headers.addAll(replaced);
    };
  }
}
