package org.imrf.identity.signin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Optional;
import org.imrf.identity.signin.SignInThrottle.Throttled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every sign-in attempt, with a password or a client secret: admitted or refused by the {@link
 * SignInThrottle}, then failed or succeeded. Counted for the ops dashboards without usernames or
 * addresses (unbounded tag values), which go to the log instead, never with the password.
 */
@Component
public class SignInAttempts {

  /** What was presented. */
  public enum Method {
    PASSWORD("password"),
    CLIENT_SECRET("client-secret");

    private final String tag;

    Method(String tag) {
      this.tag = tag;
    }
  }

  static final String FAILED = "imrf.identity.sign-in.failed";
  static final String THROTTLED = "imrf.identity.sign-in.throttled";
  static final String SUCCEEDED = "imrf.identity.sign-in.succeeded";

  private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);
  private static final int LONGEST_LOGGED_NAME = 64;

  private final SignInThrottle throttle;
  private final MeterRegistry meters;

  SignInAttempts(SignInThrottle throttle, MeterRegistry meters) {
    this.throttle = throttle;
    this.meters = meters;
    // dashboards see zeros from start-up rather than no series at all
    failed(Method.PASSWORD, "bad-credentials");
    failed(Method.PASSWORD, "disabled");
    failed(Method.CLIENT_SECRET, "bad-credentials");
    for (SignInThrottle.Scope scope : SignInThrottle.Scope.values()) {
      throttled(Method.PASSWORD, scope);
    }
    throttled(Method.CLIENT_SECRET, SignInThrottle.Scope.ADDRESS);
    succeeded(Method.PASSWORD);
    succeeded(Method.CLIENT_SECRET);
  }

  /**
   * Whether a password attempt may go ahead.
   *
   * @param username as typed
   */
  public Optional<Throttled> admitPassword(String username, String address) {
    Optional<Throttled> refused = throttle.admitPassword(account(username), address);
    refused.ifPresent(
        throttled -> {
          throttled(Method.PASSWORD, throttled.scope()).increment();
          log.warn(
              "Sign-in for '{}' from {} refused for {} s: too many failures ({})",
              printable(username),
              address,
              throttled.retryAfterSeconds(),
              throttled.scope().tag());
        });
    return refused;
  }

  /**
   * A wrong password, an unknown username or a disabled account.
   *
   * @param reason {@code bad-credentials}, {@code disabled} or {@code other}
   */
  public void passwordFailed(String username, String address, String reason) {
    failed(Method.PASSWORD, reason).increment();
    log.info("Failed sign-in for '{}' from {} ({})", printable(username), address, reason);
    if (throttle.passwordFailed(account(username), address)) {
      log.warn(
          "Staff account '{}' locked briefly: too many failed sign-ins from several addresses",
          printable(username));
    }
  }

  public void passwordSucceeded(String username, String address) {
    succeeded(Method.PASSWORD).increment();
    throttle.passwordSucceeded(account(username), address);
  }

  /** Whether a client-secret attempt may go ahead. */
  public Optional<Throttled> admitClientSecret(String address) {
    Optional<Throttled> refused = throttle.admitClientSecret(address);
    refused.ifPresent(
        throttled -> {
          throttled(Method.CLIENT_SECRET, throttled.scope()).increment();
          log.warn(
              "Client authentication from {} refused for {} s: too many failures",
              address,
              throttled.retryAfterSeconds());
        });
    return refused;
  }

  /** A wrong client secret or an unknown client; its unit of the address's cap stays taken. */
  public void clientSecretFailed(String clientId, String address) {
    failed(Method.CLIENT_SECRET, "bad-credentials").increment();
    log.info("Failed client authentication for '{}' from {}", printable(clientId), address);
  }

  public void clientSecretSucceeded(String address) {
    succeeded(Method.CLIENT_SECRET).increment();
    throttle.clientSecretSucceeded(address);
  }

  private Counter failed(Method method, String reason) {
    return Counter.builder(FAILED)
        .description("Failed sign-ins: wrong password or secret, unknown name, disabled account")
        .tag("method", method.tag)
        .tag("reason", reason)
        .register(meters);
  }

  private Counter throttled(Method method, SignInThrottle.Scope scope) {
    return Counter.builder(THROTTLED)
        .description("Sign-in attempts refused before any check, after too many failures")
        .tag("method", method.tag)
        .tag("scope", scope.tag())
        .register(meters);
  }

  private Counter succeeded(Method method) {
    return Counter.builder(SUCCEEDED)
        .description("Successful sign-ins")
        .tag("method", method.tag)
        .register(meters);
  }

  /** Usernames are lower case; whatever else was typed counts as the same account. */
  private static String account(String username) {
    String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return account.length() > 200 ? account.substring(0, 200) : account;
  }

  /** What was typed, safe for one log line. */
  private static String printable(String typed) {
    if (typed == null) {
      return "";
    }
    String cut =
        typed.length() > LONGEST_LOGGED_NAME
            ? typed.substring(0, LONGEST_LOGGED_NAME) + "…"
            : typed;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
