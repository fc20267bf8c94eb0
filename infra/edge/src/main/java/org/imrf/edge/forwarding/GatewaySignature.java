package org.imrf.edge.forwarding;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The gateway's proof that it set a request's forwarded values: an HMAC-SHA256, under the key the
 * gateway shares with the services ({@code IMRF_GATEWAY_KEY}), of those values and the time it
 * signed them. A signature is good for a short while only, so that one seen in a log or a capture
 * cannot be used for long.
 */
public final class GatewaySignature {

  /** The request header that carries it: {@code t=<epoch seconds>;mac=<Base64url>}. */
  public static final String HEADER = "Imrf-Forwarded-Signature";

  /** How long a signature holds by default: the clocks of gateway and services may differ a bit. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofSeconds(30);

  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final Duration validity;
  private final Clock clock;

  /**
   * @param base64Key at least 32 bytes, Base64
   * @param validity how far from now a signature's time may be, either way
   * @throws IllegalStateException if the key is not Base64 or too short
   */
  public GatewaySignature(String base64Key, Duration validity, Clock clock) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("imrf.gateway.key (IMRF_GATEWAY_KEY) is not Base64", e);
    }
    if (bytes.length < 32) {
      throw new IllegalStateException(
          "imrf.gateway.key (IMRF_GATEWAY_KEY) must be at least 32 bytes in Base64, not "
              + bytes.length);
    }
    this.key = new SecretKeySpec(bytes, ALGORITHM);
    this.validity = validity;
    this.clock = clock;
  }

  /** Signs the values now. */
  public String sign(ForwardedRequest request) {
    return sign(request, clock.instant());
  }

  /** Signs the values as of {@code at}. */
  public String sign(ForwardedRequest request, Instant at) {
    long seconds = at.getEpochSecond();
    return "t=" + seconds + ";mac=" + BASE64URL.encodeToString(mac(request, seconds));
  }

  /** Whether {@code signature} was made with this key for exactly these values, recently enough. */
  public boolean verifies(ForwardedRequest request, String signature) {
    if (signature == null || !signature.startsWith("t=")) {
      return false;
    }
    int separator = signature.indexOf(";mac=");
    if (separator < 0) {
      return false;
    }
    long seconds;
    byte[] given;
    try {
      seconds = Long.parseLong(signature.substring(2, separator));
      given = Base64.getUrlDecoder().decode(signature.substring(separator + 5));
    } catch (IllegalArgumentException e) {
      return false;
    }
    long age = clock.instant().getEpochSecond() - seconds;
    if (Math.abs(age) > validity.toSeconds()) {
      return false;
    }
    return MessageDigest.isEqual(mac(request, seconds), given);
  }

  private byte[] mac(ForwardedRequest request, long seconds) {
    // one value a line: ForwardedRequest allows no line breaks in them
    String signed =
        String.join(
            "\n",
            "imrf-forwarded-v1",
            request.clientAddress(),
            request.proto(),
            request.host(),
            Integer.toString(request.port()),
            request.prefix(),
            Long.toString(seconds));
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
