package org.imrf.gateway;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.convert.DurationStyle;

/** One origin for browsers and API clients in front of the platform's services. */
@SpringBootApplication
public class GatewayApplication {

  /** The JDK HTTP client's setting: how long it keeps an idle connection, in whole seconds. */
  static final String CLIENT_KEEP_ALIVE = "jdk.httpclient.keepalive.timeout";

  /** How long the gateway keeps an idle connection to a service, unless said otherwise. */
  static final Duration DEFAULT_SERVICE_KEEP_ALIVE = Duration.ofSeconds(10);

  public static void main(String[] args) {
    keepServiceConnections(System.getenv());
    SpringApplication.run(GatewayApplication.class, args);
  }

  /**
   * Drops connections to the services before the services do. They close a connection idle for
   * {@code IMRF_LIMITS_KEEP_ALIVE_TIMEOUT} (20 s); the JDK client, which forwards the routes, would
   * keep it for 20 minutes, and a POST sent on it just as the service closes it would fail (502): a
   * POST is never retried, it could be applied twice. {@code IMRF_SERVICE_KEEP_ALIVE_TIMEOUT} must
   * stay below the services' timeout.
   *
   * <p>The JDK reads the setting once, when the JVM builds its first HTTP client: hence here,
   * before anything runs, and as a system property (one given with {@code -D} wins). Tests set it
   * in the gateway's pom, for the same reason.
   */
  static void keepServiceConnections(Map<String, String> environment) {
    if (System.getProperty(CLIENT_KEEP_ALIVE) == null) {
      System.setProperty(
          CLIENT_KEEP_ALIVE,
          Long.toString(serviceKeepAlive(environment.get("IMRF_SERVICE_KEEP_ALIVE_TIMEOUT"))));
    }
  }

  /** Whole seconds, at least one, of a duration like {@code 10s}; the default when none. */
  static long serviceKeepAlive(String setting) {
    Duration keepAlive =
        setting == null || setting.isBlank()
            ? DEFAULT_SERVICE_KEEP_ALIVE
            : DurationStyle.detectAndParse(setting.strip());
    if (keepAlive.isNegative() || keepAlive.isZero()) {
      throw new IllegalArgumentException(
          "IMRF_SERVICE_KEEP_ALIVE_TIMEOUT must be a positive duration, like 10s, not " + setting);
    }
    return Math.max(1, keepAlive.toSeconds());
  }
}
