package org.imrf.backbone.sealing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.imrf.backbone.random.Unpredictable;

/**
 * Seals text with AES-256-GCM under the platform's sealing key ({@code IMRF_SEALING_KEY}, Base64 of
 * 32 bytes): a sealed field can travel on a topic that other services read without them being able
 * to read it, and any change to it is detected.
 */
public final class Sealer {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;

  public Sealer(String base64Key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("imrf.sealing.key (IMRF_SEALING_KEY) is not Base64", e);
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "imrf.sealing.key (IMRF_SEALING_KEY) must be 32 bytes in Base64, not " + bytes.length);
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /** Base64url of nonce and ciphertext. */
  public String seal(String text) {
    byte[] nonce = new byte[NONCE_BYTES];
    Unpredictable.fill(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot seal", e);
    }
  }

  /**
   * @throws IllegalArgumentException if it was not sealed with this key, or was changed
   */
  public String open(String sealed) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      return new String(
          cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException
        | IllegalArgumentException
        | ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("Not sealed with this platform's key, or changed", e);
    }
  }
}
