package org.imrf.identity.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.imrf.identity.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class IssuingTokensTest {

  @Autowired RestTestClient http;

  @Test
  void aScriptObtainsATokenWithItsRolesSignedByTheProvidersPublishedKey() throws Exception {
    JsonNode answer =
        http.post()
            .uri("/oauth2/token")
            .headers(headers -> headers.setBasicAuth("test-scripts", "test-secret"))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("grant_type=client_credentials")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(JsonNode.class)
            .getResponseBody();

    SignedJWT token = SignedJWT.parse(answer.get("access_token").asString());
    assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(TestTokens.ISSUER);
    assertThat(token.getJWTClaimsSet().getStringListClaim("roles"))
        .containsExactlyInAnyOrder("ops", "organiser");
    // as short as staff and attendee tokens: services check tokens offline
    assertThat(answer.get("expires_in").asInt()).isBetween(299, 300);

    String keys =
        http.get()
            .uri("/oauth2/jwks")
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseBody();
    RSAKey key = (RSAKey) JWKSet.parse(keys).getKeyByKeyId(token.getHeader().getKeyID());
    assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
  }

  @Test
  void anAttendeeTokenIsAsShortLivedAsEveryOther() throws Exception {
    // given registration-service issued an access link
    UUID participant = UUID.randomUUID();
    String link = UUID.randomUUID().toString().replace("-", "") + "0123456789abcdef";
    String hash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.UTF_8)));
    Map<String, String> headers =
        Map.of(
            "ce_specversion", "1.0",
            "ce_id", UUID.randomUUID().toString(),
            "ce_source", "/imrf/registration-service",
            "ce_type", "imrf.participant.access-link-issued.v1",
            "ce_time", Instant.now().toString(),
            "ce_subject", participant.toString(),
            "content-type", "application/json");
    String payload =
        """
        {"participantId": "%s", "editionId": "imrf-2026", "tokenHash": "%s",
         "sealedLink": "c2VhbGVk", "expiresAt": "%s", "reason": "registration",
         "issuedBy": "participant", "issuedAt": "%s"}
        """
            .formatted(participant, hash, Instant.now().plus(Duration.ofDays(30)), Instant.now());
    TopicWriter.send(
        Topics.PARTICIPANTS,
        participant.toString(),
        headers,
        payload.getBytes(StandardCharsets.UTF_8));

    // when the gateway exchanges it, then the token lives five minutes
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                http.post()
                    .uri("/oauth2/token")
                    .headers(h -> h.setBasicAuth("test-gateway", "gateway-secret"))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(
                        "grant_type=urn:imrf:params:oauth:grant-type:access-link&access_link="
                            + link)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.expires_in")
                    .value(Integer.class, seconds -> assertThat(seconds).isBetween(299, 300)));
  }

  @Test
  void aWrongSecretGetsNoToken() {
    http.post()
        .uri("/oauth2/token")
        .headers(headers -> headers.setBasicAuth("test-scripts", "guessed"))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body("grant_type=client_credentials")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void theProviderDescribesItselfForOpenIdConnectClients() {
    http.get()
        .uri("/.well-known/openid-configuration")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.issuer")
        .isEqualTo(TestTokens.ISSUER)
        .jsonPath("$.code_challenge_methods_supported[0]")
        .isEqualTo("S256")
        .jsonPath("$.grant_types_supported")
        .value(
            java.util.List.class,
            grants -> assertThat(grants).contains("authorization_code", "client_credentials"));
  }

  @Test
  void aBrowserThatIsNotSignedInIsSentToTheSignInPage() {
    http.get()
        .uri(
            "/oauth2/authorize?response_type=code&client_id=test-browser&scope=openid"
                + "&redirect_uri=http://127.0.0.1:8080/login/oauth2/code/imrf"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&code_challenge_method=S256")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .is3xxRedirection()
        .expectHeader()
        .valueMatches("Location", ".*/login");
  }

  @Test
  void aScriptClientCannotStartABrowserSignIn() {
    http.get()
        .uri("/oauth2/authorize?response_type=code&client_id=test-scripts")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }
}
