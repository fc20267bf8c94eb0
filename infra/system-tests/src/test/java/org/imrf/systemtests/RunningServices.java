package org.imrf.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.imrf.devservices.DevServices;
import org.imrf.devservices.process.JavaProcesses;
import org.imrf.devservices.process.Ports;
import org.imrf.launcher.ServiceProcess;
import org.imrf.launcher.ServiceSpec;
import org.imrf.testing.TestInfrastructure;
import org.imrf.testing.TestTokens;

/**
 * Services started from their executable jars, each in its own JVM, against the test JVM's real
 * broker and database: the platform as {@code ./forum up} runs it.
 */
final class RunningServices implements AutoCloseable {

  private static final Path ROOT =
      Path.of(System.getProperty("imrf.home", "../..")).toAbsolutePath();

  /** How long a service may take to become ready; a machine shared with other builds needs more. */
  private static final Duration READY_TIMEOUT =
      Duration.parse(System.getProperty("imrf.ready-timeout", "PT4M"));

  /**
   * A relay back after an outage is tried again within a second or two, and no delivery is given up
   * during one: the fault tests take seconds, not the production backoff's minutes.
   */
  private static final Map<String, String> QUICK_RETRIES =
      Map.of(
          "IMRF_DELIVERY_BACKOFF_INITIAL", "300ms",
          "IMRF_DELIVERY_BACKOFF_MAX", "1s",
          "IMRF_DELIVERY_BREAKER_OPEN_FOR", "1s",
          "IMRF_DELIVERY_MAX_ATTEMPTS", "1000",
          "IMRF_DELIVERY_POLL_INTERVAL", "200ms",
          "IMRF_DELIVERY_LEASE", "15s");

  private final Map<String, ServiceSpec> specs = new LinkedHashMap<>();
  private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> settings = new LinkedHashMap<>();
  private final Path logs;

  private RunningServices(Path logs) {
    this.logs = logs;
  }

  /**
   * Starts the named services (e.g. {@code registration-service}) and waits until all are ready.
   * They trust {@link TestTokens}, and share {@link TestTokens#GATEWAY_KEY} with the gateway.
   */
  static RunningServices start(String... names) {
    return start(Map.of(), names);
  }

  /**
   * Starts services with extra settings per service name, on the ports given there as {@code PORT}
   * (free ones otherwise).
   */
  static RunningServices start(Map<String, Map<String, String>> settings, String... names) {
    Path logs = Path.of("target", "service-logs").toAbsolutePath();
    try {
      Files.createDirectories(logs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RunningServices services = new RunningServices(logs);
    try {
      for (String name : names) {
        Map<String, String> extra = settings.getOrDefault(name, Map.of());
        ServiceSpec spec =
            ServiceSpec.ALL.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .withPort(
                    extra.containsKey("PORT") ? Integer.parseInt(extra.get("PORT")) : Ports.free());
        services.specs.put(name, spec);
        services.settings.put(name, extra);
        services.launch(spec);
      }
      services.specs.keySet().forEach(services::awaitReady);
    } catch (RuntimeException e) {
      // the caller never gets these services to close: without this they outlive the test run
      services.close();
      throw e;
    }
    return services;
  }

  /**
   * registration- and notification-service trusting the tests' tokens, shared by the classes that
   * need just these two.
   */
  static SharedPlatform<RunningServices> registrationAndNotification() {
    return SharedPlatform.of(
        "registration- and notification-service",
        RunningServices.class,
        () ->
            start(
                Map.of(
                    "notification-service",
                    QUICK_RETRIES,
                    // the fault tests register hundreds from the test's one address
                    "registration-service",
                    Map.of("IMRF_RATE_LIMITS_REGISTRATION_PER_ADDRESS_LIMIT", "100000")),
                "registration-service",
                "notification-service"));
  }

  String url(String name) {
    return specs.get(name).url();
  }

  /** Ends a service as a crash would: no graceful shutdown, nothing flushed. */
  void crash(String name) {
    running.remove(name).kill();
  }

  /** Starts a service again on the same port and waits until it is ready. */
  void restart(String name) {
    launch(specs.get(name));
    awaitReady(name);
  }

  private void launch(ServiceSpec spec) {
    DevServices infrastructure = TestInfrastructure.get();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PORT", Integer.toString(spec.port()));
    // the gateway signs forwarded headers with it; every service checks them with it
    environment.put("IMRF_GATEWAY_KEY", TestTokens.GATEWAY_KEY);
    if (spec.stateful()) {
      infrastructure.postgres().ensureDatabase(spec.database());
      environment.put("DB_URL", infrastructure.postgres().jdbcUrl(spec.database()));
      environment.put("DB_USER", infrastructure.postgres().username());
      environment.put("DB_PASSWORD", infrastructure.postgres().password());
      environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
      environment.put("OIDC_ISSUER", TestTokens.ISSUER);
      environment.put("OIDC_JWT_PUBLIC_KEY", TestTokens.publicKey());
      environment.put("IMRF_SEALING_KEY", TestTokens.SEALING_KEY);
      environment.put("IMRF_BADGE_KEY", TestTokens.BADGE_KEY);
      environment.put("IMRF_DEMO_DATA", "true");
    }
    if (spec.name().equals("notification-service")) {
      // its email goes to the tests' real mail server, as under ./forum up to the development one
      environment.put("IMRF_SMTP_HOST", TestInfrastructure.mail().smtpHost());
      environment.put("IMRF_SMTP_PORT", Integer.toString(TestInfrastructure.mail().smtpPort()));
    }
    if (spec.name().equals("gateway")) {
      // it hears the events that end sessions, as under ./forum up
      environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
    }
    environment.putAll(settings.getOrDefault(spec.name(), Map.of()));
    running.put(
        spec.name(),
        ServiceProcess.start(
            spec, spec.jar(ROOT), logs, environment, ServiceProcess.DEFAULT_JVM_OPTIONS));
  }

  private void awaitReady(String name) {
    ServiceProcess process = running.get(name);
    try {
      await()
          .atMost(READY_TIMEOUT)
          .pollInterval(Duration.ofMillis(250))
          .failFast(() -> !process.alive())
          .until(process::ready);
    } catch (ConditionTimeoutException | TerminalFailureException e) {
      throw new IllegalStateException(
          name
              + " did not become ready; its log ends with:\n"
              + JavaProcesses.tail(process.log(), 40),
          e);
    }
  }

  @Override
  public void close() {
    running.values().forEach(process -> process.stop(Duration.ofSeconds(30)));
    running.clear();
  }
}
