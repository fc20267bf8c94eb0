package org.imrf.backbone.random;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Cryptographically strong random bytes and UUIDs from one DRBG per thread. {@code
 * UUID.randomUUID()} and {@code new SecureRandom()} share the JDK's native generator, whose single
 * lock convoyed fifty request threads in the registration benchmark (hundreds of waits over 20 ms).
 */
public final class Unpredictable {

  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(Unpredictable::newGenerator);

  private Unpredictable() {}

  /** Fills {@code bytes} with random bytes. */
  public static void fill(byte[] bytes) {
    RANDOM.get().nextBytes(bytes);
  }

  /** A fresh array of {@code length} random bytes. */
  public static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    fill(bytes);
    return bytes;
  }

  /** A random (version 4) UUID, as {@link UUID#randomUUID()} makes. */
  public static UUID uuid() {
    byte[] bytes = bytes(16);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
    long most = 0;
    long least = 0;
    for (int i = 0; i < 8; i++) {
      most = (most << 8) | (bytes[i] & 0xff);
      least = (least << 8) | (bytes[i + 8] & 0xff);
    }
    return new UUID(most, least);
  }

  private static SecureRandom newGenerator() {
    try {
      // seeded once from the system's entropy; each thread's instance is its own
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
