package org.imrf.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.imrf.devservices.process.Ports;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * identity-service as the provider, registration- and notification-service trusting only it, and
 * the gateway in front, as {@code ./forum up} runs them; shared by the test classes that need the
 * real provider (see {@link SharedPlatform}).
 */
final class PlatformWithTheProvider implements AutoCloseable {

  /** The bootstrapped organiser's password. */
  static final String ORGANISER_PASSWORD = "organiser-password-" + UUID.randomUUID();

  /** The gateway's client secret at the provider. */
  static final String GATEWAY_SECRET = "gateway-secret-" + UUID.randomUUID();

  /** The secret of the {@code links} and {@code organiser-script} clients. */
  static final String CLIENT_SECRET = "links-" + UUID.randomUUID();

  final RunningServices services;
  final String identity;
  final String gateway;

  private PlatformWithTheProvider(RunningServices services, String identity, String gateway) {
    this.services = services;
    this.identity = identity;
    this.gateway = gateway;
  }

  static SharedPlatform<PlatformWithTheProvider> shared() {
    return SharedPlatform.of(
        "the platform with the provider",
        PlatformWithTheProvider.class,
        PlatformWithTheProvider::start);
  }

  private static PlatformWithTheProvider start() {
    int[] ports = Ports.free(4);
    int identityPort = ports[0];
    int gatewayPort = ports[1];
    int registrationPort = ports[2];
    int notificationPort = ports[3];
    String identity = "http://127.0.0.1:" + identityPort;
    String gateway = "http://127.0.0.1:" + gatewayPort;
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    Path organiserHash = Path.of("target", "secrets", "organiser.hash").toAbsolutePath();
    try {
      Files.createDirectories(organiserHash.getParent());
      Files.writeString(organiserHash, "{bcrypt}" + bcrypt.encode(ORGANISER_PASSWORD));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String clients =
        """
        {"imrf": {"identity": {"clients": [
          {"client-id": "gateway", "secret-hash": "{bcrypt}%s",
           "grant-types": ["authorization_code", "refresh_token",
                           "urn:imrf:params:oauth:grant-type:access-link"],
           "redirect-uris": ["%s/login/oauth2/code/imrf"]},
          {"client-id": "links", "secret-hash": "{bcrypt}%s",
           "grant-types": ["urn:imrf:params:oauth:grant-type:access-link"]},
          {"client-id": "organiser-script", "secret-hash": "{bcrypt}%s",
           "grant-types": ["client_credentials"], "roles": ["organiser"]}]}}}
        """
            .formatted(
                bcrypt.encode(GATEWAY_SECRET),
                gateway,
                bcrypt.encode(CLIENT_SECRET),
                bcrypt.encode(CLIENT_SECRET));
    // the services trust the real provider here, not the tests' key
    Map<String, String> trustIdentity = Map.of("OIDC_ISSUER", identity, "OIDC_JWT_PUBLIC_KEY", "");
    RunningServices services =
        RunningServices.start(
            Map.of(
                "identity-service",
                Map.of(
                    "PORT",
                    Integer.toString(identityPort),
                    "OIDC_ISSUER",
                    identity,
                    "OIDC_JWT_PUBLIC_KEY",
                    "",
                    "IMRF_BOOTSTRAP_ORGANISER_HASH_FILE",
                    organiserHash.toString(),
                    "SPRING_APPLICATION_JSON",
                    clients),
                "registration-service",
                merge(
                    trustIdentity,
                    Map.of(
                        "PORT",
                        Integer.toString(registrationPort),
                        "IMRF_ACCESS_LINK_BASE_URL",
                        gateway)),
                "notification-service",
                merge(trustIdentity, Map.of("PORT", Integer.toString(notificationPort))),
                "gateway",
                Map.of(
                    "PORT",
                    Integer.toString(gatewayPort),
                    "IMRF_IDENTITY_URL",
                    identity,
                    "IMRF_GATEWAY_CLIENT_SECRET",
                    GATEWAY_SECRET,
                    "IMRF_REGISTRATION_URL",
                    "http://127.0.0.1:" + registrationPort,
                    "IMRF_NOTIFICATION_URL",
                    "http://127.0.0.1:" + notificationPort)),
            "identity-service",
            "registration-service",
            "notification-service",
            "gateway");
    return new PlatformWithTheProvider(services, identity, gateway);
  }

  String url(String service) {
    return services.url(service);
  }

  @Override
  public void close() {
    services.close();
  }

  private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
    Map<String, String> merged = new HashMap<>(a);
    merged.putAll(b);
    return merged;
  }
}
