package org.imrf.testing;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.security.JwtRoles;
import org.imrf.backbone.security.Role;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Tokens as the platform's OpenID Connect provider issues them, signed with a key made for this
 * test JVM; services under test trust that key ({@link RealInfrastructureInitializer}).
 */
public final class TestTokens {

  public static final String ISSUER = "https://identity.test.imrf";

  /** The sealing key services under test share (32 bytes, Base64). */
  public static final String SEALING_KEY =
      Base64.getEncoder()
          .encodeToString("test-sealing-key-of-32-bytes-xyz".getBytes(StandardCharsets.US_ASCII));

  /** The key registration-service under test signs badges with (32 bytes, Base64). */
  public static final String BADGE_KEY =
      Base64.getEncoder()
          .encodeToString("test-badge-key-of-32-bytes-abcde".getBytes(StandardCharsets.US_ASCII));

  /**
   * The key services under test share with the gateway (32 bytes, Base64): {@link TestGateway}
   * signs forwarded headers with it.
   */
  public static final String GATEWAY_KEY =
      Base64.getEncoder()
          .encodeToString("test-gateway-key-of-32-bytes-xyz".getBytes(StandardCharsets.US_ASCII));

  private static final KeyPair KEYS = generate();
  private static final NimbusJwtEncoder ENCODER =
      new NimbusJwtEncoder(
          new ImmutableJWKSet<>(
              new com.nimbusds.jose.jwk.JWKSet(
                  new RSAKey.Builder((RSAPublicKey) KEYS.getPublic())
                      .privateKey((RSAPrivateKey) KEYS.getPrivate())
                      .keyID("test")
                      .build())));

  private TestTokens() {}

  /** The public key services verify test tokens with, Base64 X.509. */
  public static String publicKey() {
    return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
  }

  public static String organiser() {
    return staff("organiser@un.example", Role.ORGANISER);
  }

  public static String ops() {
    return staff("ops@un.example", Role.OPS);
  }

  /** A staff member's token with the given roles (scoped ones as {@code chair:round-table-2}). */
  public static String staff(String subject, String... roles) {
    return token(subject, List.of(roles), null);
  }

  /** A participant's token, as exchanged for their personal access link. */
  public static String attendee(UUID participant) {
    return token("participant:" + participant, List.of(Role.ATTENDEE), participant);
  }

  public static String token(String subject, List<String> roles, UUID participant) {
    Instant now = Instant.now();
    JwtClaimsSet.Builder claims =
        JwtClaimsSet.builder()
            .issuer(ISSUER)
            .subject(subject)
            .issuedAt(now)
            .expiresAt(now.plus(Duration.ofMinutes(15)))
            .claim("roles", roles);
    if (participant != null) {
      claims.claim(JwtRoles.PARTICIPANT_CLAIM, participant.toString());
    }
    return ENCODER
        .encode(
            JwtEncoderParameters.from(
                JwsHeader.with(() -> "RS256").keyId("test").build(), claims.build()))
        .getTokenValue();
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
