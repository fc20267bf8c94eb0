package org.imrf.edge.accesslinks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How registration-service, identity and the gateway name an access link without holding it:
 * SHA-256 of its token, lower-case hex. It is what registration-service stores and publishes, what
 * identity looks a token up by, and what the gateway keeps in a participant's session, so it must
 * stay the same everywhere and over time (stored hashes are compared with it).
 */
public final class AccessLinkHash {

  private AccessLinkHash() {}

  public static String of(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No SHA-256 in this JVM", e);
    }
  }
}
