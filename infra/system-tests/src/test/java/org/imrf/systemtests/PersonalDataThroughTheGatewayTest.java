package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.imrf.devservices.process.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A participant downloads everything the forum holds about them through the gateway, with the
 * session their access link opened: registration-service's part and notification-service's, each
 * service from its own jar.
 */
class PersonalDataThroughTheGatewayTest {

  private static final String GATEWAY_SECRET = "gateway-secret-" + UUID.randomUUID();

  static RunningServices platform;
  static String gateway;

  @BeforeAll
  static void start() {
    int[] ports = Ports.free(4);
    String identity = "http://127.0.0.1:" + ports[0];
    gateway = "http://127.0.0.1:" + ports[1];
    String clients =
        """
        {"imrf": {"identity": {"clients": [
          {"client-id": "gateway", "secret-hash": "{bcrypt}%s",
           "grant-types": ["authorization_code", "refresh_token",
                           "urn:imrf:params:oauth:grant-type:access-link"],
           "redirect-uris": ["%s/login/oauth2/code/imrf"]}]}}}
        """
            .formatted(new BCryptPasswordEncoder().encode(GATEWAY_SECRET), gateway);
    // the services trust the real provider here, not the tests' key
    Map<String, String> trustIdentity = Map.of("OIDC_ISSUER", identity, "OIDC_JWT_PUBLIC_KEY", "");
    platform =
        RunningServices.start(
            Map.of(
                "identity-service",
                Map.of(
                    "PORT",
                    Integer.toString(ports[0]),
                    "OIDC_ISSUER",
                    identity,
                    "OIDC_JWT_PUBLIC_KEY",
                    "",
                    "SPRING_APPLICATION_JSON",
                    clients),
                "registration-service",
                merge(
                    trustIdentity,
                    Map.of(
                        "PORT", Integer.toString(ports[2]), "IMRF_ACCESS_LINK_BASE_URL", gateway)),
                "notification-service",
                merge(trustIdentity, Map.of("PORT", Integer.toString(ports[3]))),
                "gateway",
                Map.of(
                    "PORT",
                    Integer.toString(ports[1]),
                    "IMRF_IDENTITY_URL",
                    identity,
                    "IMRF_GATEWAY_CLIENT_SECRET",
                    GATEWAY_SECRET,
                    "IMRF_REGISTRATION_URL",
                    "http://127.0.0.1:" + ports[2],
                    "IMRF_NOTIFICATION_URL",
                    "http://127.0.0.1:" + ports[3])),
            "identity-service",
            "registration-service",
            "notification-service",
            "gateway");
  }

  @AfterAll
  static void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void theDownloadHoldsWhatEveryServiceKeepsAboutTheParticipant() {
    // given a participant who registered and opened their access link
    Http.Response registered =
        Http.post(
            gateway + "/api/registration/participants",
            """
            {"edition": "imrf-2026", "name": "Mariam Diallo", "email": "%s@example.org",
             "preferredLanguage": "fr", "organisation": "Permanent Mission of Senegal",
             "country": "SN", "category": "member-state", "attendance": "online"}
            """
                .formatted(UUID.randomUUID()));
    assertThat(registered.status()).isEqualTo(201);
    String participant = registered.body().get("id").asString();
    HttpClient session =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String link = registered.body().get("accessLink").asString();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> send(session, link).statusCode() == 303);

    // when they download their personal data, once notification-service has written to them
    String export = gateway + "/api/personal-data/" + participant;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> Http.json(send(session, export).body()).at("/parts/notifications").size() > 0);
    HttpResponse<String> download = send(session, export);

    // then it holds both services' parts
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    JsonNode parts = Http.json(download.body()).get("parts");
    assertThat(parts.at("/registration/registration/id").asString()).isEqualTo(participant);
    assertThat(parts.at("/registration/registration/name").asString()).isEqualTo("Mariam Diallo");
    assertThat(parts.at("/notifications/0/participantId").asString()).isEqualTo(participant);
    assertThat(parts.at("/notifications/0/body").asString()).contains(link);
    // and nobody else's
    assertThat(send(session, gateway + "/api/personal-data/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
  }

  private static HttpResponse<String> send(HttpClient client, String url) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
    Map<String, String> merged = new HashMap<>(a);
    merged.putAll(b);
    return merged;
  }
}
