package org.imrf.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.imrf.backbone.random.Unpredictable;

/**
 * Signing secrets and signatures as the Standard Webhooks specification defines them: a secret is
 * {@code whsec_} and the Base64 of its bytes; a signature is {@code v1,} and the Base64 of the
 * HMAC-SHA256, under those bytes, of {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class WebhookSignatures {

  static final String SECRET_PREFIX = "whsec_";

  /** 32 bytes: the specification asks for 24 to 64. */
  private static final int SECRET_BYTES = 32;

  private WebhookSignatures() {}

  /** A new random secret, as shown to the organiser once. */
  static String newSecret() {
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(Unpredictable.bytes(SECRET_BYTES));
  }

  /** One {@code v1,…} signature of the message under one secret. */
  static String sign(String secret, String id, long timestamp, String body) {
    String base64 =
        secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64), "HmacSHA256"));
      byte[] signature =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }

  /** The {@code webhook-signature} header: one signature per secret, separated by spaces. */
  static String header(List<String> secrets, String id, long timestamp, String body) {
    return secrets.stream()
        .map(secret -> sign(secret, id, timestamp, body))
        .collect(Collectors.joining(" "));
  }
}
