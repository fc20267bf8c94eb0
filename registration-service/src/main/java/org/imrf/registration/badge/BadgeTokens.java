package org.imrf.registration.badge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.imrf.backbone.random.Unpredictable;

/**
 * The token a badge's QR code carries: {@code IMRF1.<badge id>.<signature>}, the badge id being 128
 * random bits and the signature an HMAC-SHA256 of {@code IMRF1.<badge id>} under the badge key
 * ({@code IMRF_BADGE_KEY}), both Base64url without padding. Nobody without the key can make one,
 * and the id alone says nothing about the participant.
 */
final class BadgeTokens {

  static final String VERSION = "IMRF1.";
  private static final int ID_BYTES = 16;
  private static final int MIN_KEY_BYTES = 32;
  private static final String HMAC = "HmacSHA256";
  private static final Pattern FORMAT =
      Pattern.compile("IMRF1\\.([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})");
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;

  /**
   * @param base64Key at least 32 bytes, Base64
   * @throws IllegalStateException if the key is missing, not Base64 or too short
   */
  public BadgeTokens(String base64Key) {
    if (base64Key == null || base64Key.isBlank()) {
      throw new IllegalStateException(
          "imrf.badge.key (IMRF_BADGE_KEY) is not set: badges are signed with it. Give at least"
              + " 32 random bytes in Base64, e.g. from `openssl rand -base64 32`, the same to"
              + " every instance (./forum up makes one and keeps it)");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("imrf.badge.key (IMRF_BADGE_KEY) is not Base64", e);
    }
    if (bytes.length < MIN_KEY_BYTES) {
      throw new IllegalStateException(
          "imrf.badge.key (IMRF_BADGE_KEY) must be at least "
              + MIN_KEY_BYTES
              + " bytes in Base64, not "
              + bytes.length);
    }
    this.key = new SecretKeySpec(bytes, HMAC);
  }

  /** A new badge id: 128 random bits, Base64url. */
  public String newBadgeId() {
    byte[] id = new byte[ID_BYTES];
    Unpredictable.fill(id);
    return BASE64URL.encodeToString(id);
  }

  /** The token a badge's QR code carries. */
  public String tokenFor(String badgeId) {
    return VERSION + badgeId + "." + signature(VERSION + badgeId);
  }

  /**
   * The badge id a token carries, once its signature is verified.
   *
   * @throws UnreadableBadgeCode if it is no badge token, or was changed, or signed with another key
   */
  public String badgeIdOf(String token) {
    Matcher parts = FORMAT.matcher(token == null ? "" : token.strip());
    if (!parts.matches()) {
      throw new UnreadableBadgeCode("is not an IMRF badge code");
    }
    // compared as text, not decoded bytes: Base64 lets a changed last character decode the same
    byte[] expected = signature(VERSION + parts.group(1)).getBytes(StandardCharsets.US_ASCII);
    byte[] given = parts.group(2).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, given)) {
      throw new UnreadableBadgeCode(
          "is not a badge of this forum: it was altered, or signed with another key");
    }
    return parts.group(1);
  }

  private String signature(String signed) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return BASE64URL.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
