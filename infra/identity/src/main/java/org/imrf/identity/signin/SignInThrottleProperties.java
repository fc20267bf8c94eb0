package org.imrf.identity.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@code imrf.identity.sign-in.*}).
 *
 * @param perAccountAndAddress one address guessing one account's password
 * @param perAccount every address together guessing one account's password
 * @param perAddress one address guessing passwords, whatever the accounts
 * @param clientSecretPerAddress one address guessing client secrets at the token endpoint
 */
@ConfigurationProperties("imrf.identity.sign-in")
public record SignInThrottleProperties(
    @DefaultValue PerAccountAndAddress perAccountAndAddress,
    @DefaultValue PerAccount perAccount,
    @DefaultValue PerAddress perAddress,
    @DefaultValue ClientSecretPerAddress clientSecretPerAddress) {

  /**
   * The first {@code freeFailures} failures cost no wait; each further one doubles the wait before
   * the next attempt, from {@code firstBackOff} up to {@code maxBackOff}. A success clears it.
   */
  public record PerAccountAndAddress(
      @DefaultValue("5") int freeFailures,
      @DefaultValue("1s") Duration firstBackOff,
      @DefaultValue("5m") Duration maxBackOff) {

    public PerAccountAndAddress {
      positive("per-account-and-address.free-failures", freeFailures);
      positive("per-account-and-address.first-back-off", firstBackOff);
      if (maxBackOff.compareTo(firstBackOff) < 0) {
        throw new IllegalArgumentException(
            "imrf.identity.sign-in.per-account-and-address.max-back-off is shorter than the first");
      }
    }
  }

  /**
   * {@code failures} failures within {@code window}, from any addresses, lock the account for
   * {@code lock} (short: an attacker must not keep a real organiser out), except from an address it
   * signed in from within {@code knownAddressMemory}.
   */
  public record PerAccount(
      @DefaultValue("20") int failures,
      @DefaultValue("10m") Duration window,
      @DefaultValue("1m") Duration lock,
      @DefaultValue("30d") Duration knownAddressMemory) {

    public PerAccount {
      positive("per-account.failures", failures);
      positive("per-account.window", window);
      positive("per-account.lock", lock);
      positive("per-account.known-address-memory", knownAddressMemory);
    }
  }

  /**
   * At most {@code failures} failed passwords every {@code period}, whatever the accounts: a bucket
   * refilled steadily, so that after a burst one more is allowed every period / failures.
   */
  public record PerAddress(@DefaultValue("30") int failures, @DefaultValue("10m") Duration period) {

    public PerAddress {
      positive("per-address.failures", failures);
      positive("per-address.period", period);
    }
  }

  /** The same cap for failed client secrets (scripts' secrets are long and random). */
  public record ClientSecretPerAddress(
      @DefaultValue("60") int failures, @DefaultValue("10m") Duration period) {

    public ClientSecretPerAddress {
      positive("client-secret-per-address.failures", failures);
      positive("client-secret-per-address.period", period);
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("imrf.identity.sign-in." + name + " must be at least 1");
    }
  }

  private static void positive(String name, Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("imrf.identity.sign-in." + name + " must be positive");
    }
  }
}
