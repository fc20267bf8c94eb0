package org.imrf.identity.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, before any password hash is computed, whether a sign-in attempt may go ahead, from the
 * failures so far:
 *
 * <ul>
 *   <li>per account and address: a few failures are free, then each one doubles the wait (an
 *       attacker's address slows to one guess every few minutes; nobody else is affected);
 *   <li>per account, from all addresses: many failures lock it briefly, except for an address it
 *       recently signed in from (a distributed guesser keeps the real owner out for a minute at
 *       most, and not at all from their usual address);
 *   <li>per address, whatever the accounts: a cap (one address trying many accounts).
 * </ul>
 *
 * An admitted attempt takes one unit of its address's cap at once and gets it back if it succeeds,
 * so that a burst of parallel guesses cannot all pass before the first failure is counted. State is
 * kept in memory, per instance, and bounded.
 */
class SignInThrottle {

  /** Which rule refused an attempt. */
  public enum Scope {
    ACCOUNT_AND_ADDRESS("account-and-address"),
    ACCOUNT("account"),
    ADDRESS("address");

    private final String tag;

    Scope(String tag) {
      this.tag = tag;
    }

    /** The name in metrics and logs. */
    public String tag() {
      return tag;
    }
  }

  /** An attempt refused: by which rule, and when the next one may go ahead. */
  public record Throttled(Scope scope, Duration retryAfter) {

    /** Whole seconds, rounded up, at least one: for {@code Retry-After} and people. */
    public long retryAfterSeconds() {
      long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
      return Math.max(1, seconds);
    }
  }

  private static final int MAX_ENTRIES = 100_000;
  private static final int KNOWN_ADDRESSES_PER_ACCOUNT = 16;

  private final SignInThrottleProperties settings;
  private final Clock clock;
  private final Cache<String, Backoff> pairs;
  private final Cache<String, AccountFailures> accounts;
  private final Cache<String, KnownAddresses> knownAddresses;
  private final Cache<String, Bucket> passwordAddresses;
  private final Cache<String, Bucket> clientSecretAddresses;

  public SignInThrottle(SignInThrottleProperties settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    pairs = cache(settings.perAccountAndAddress().maxBackOff().plus(Duration.ofHours(1)));
    accounts = cache(settings.perAccount().window().plus(settings.perAccount().lock()));
    knownAddresses =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(settings.perAccount().knownAddressMemory())
            .build();
    passwordAddresses = cache(settings.perAddress().period());
    clientSecretAddresses = cache(settings.clientSecretPerAddress().period());
  }

  private static <V> Cache<String, V> cache(Duration idle) {
    return Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterAccess(idle).build();
  }

  /**
   * Whether a password attempt for {@code account} from {@code address} may go ahead; if it may, it
   * has taken a unit of the address's cap.
   */
  public Optional<Throttled> admitPassword(String account, String address) {
    Instant now = Instant.now(clock);
    Backoff backoff = pairs.getIfPresent(pairKey(account, address));
    if (backoff != null) {
      Optional<Duration> wait = backoff.wait(now);
      if (wait.isPresent()) {
        return Optional.of(new Throttled(Scope.ACCOUNT_AND_ADDRESS, wait.get()));
      }
    }
    AccountFailures failures = accounts.getIfPresent(account);
    if (failures != null && !known(account, address, now)) {
      Optional<Duration> locked = failures.lockedFor(now);
      if (locked.isPresent()) {
        return Optional.of(new Throttled(Scope.ACCOUNT, locked.get()));
      }
    }
    return take(
        passwordAddresses,
        address,
        now,
        settings.perAddress().failures(),
        settings.perAddress().period());
  }

  /**
   * Counts a failed password.
   *
   * @return whether this failure locked the account
   */
  public boolean passwordFailed(String account, String address) {
    Instant now = Instant.now(clock);
    pairs.get(pairKey(account, address), key -> new Backoff()).fail(now, settings);
    return accounts.get(account, key -> new AccountFailures()).fail(now, settings);
  }

  /** Clears the address's back-off for the account, remembers the address, returns its unit. */
  public void passwordSucceeded(String account, String address) {
    Instant now = Instant.now(clock);
    pairs.invalidate(pairKey(account, address));
    knownAddresses.get(account, key -> new KnownAddresses()).add(address, now);
    giveBack(
        passwordAddresses,
        address,
        now,
        settings.perAddress().failures(),
        settings.perAddress().period());
  }

  /** Whether a client-secret attempt from {@code address} may go ahead (taking a unit if so). */
  public Optional<Throttled> admitClientSecret(String address) {
    return take(
        clientSecretAddresses,
        address,
        Instant.now(clock),
        settings.clientSecretPerAddress().failures(),
        settings.clientSecretPerAddress().period());
  }

  /** A client authenticated: its address gets its unit back. */
  public void clientSecretSucceeded(String address) {
    giveBack(
        clientSecretAddresses,
        address,
        Instant.now(clock),
        settings.clientSecretPerAddress().failures(),
        settings.clientSecretPerAddress().period());
  }

  private boolean known(String account, String address, Instant now) {
    KnownAddresses known = knownAddresses.getIfPresent(account);
    return known != null
        && known.contains(address, now.minus(settings.perAccount().knownAddressMemory()));
  }

  private static Optional<Throttled> take(
      Cache<String, Bucket> buckets, String address, Instant now, int capacity, Duration period) {
    Duration wait =
        buckets.get(address, key -> new Bucket(capacity, now)).take(now, capacity, period);
    return wait.isZero() ? Optional.empty() : Optional.of(new Throttled(Scope.ADDRESS, wait));
  }

  private static void giveBack(
      Cache<String, Bucket> buckets, String address, Instant now, int capacity, Duration period) {
    Bucket bucket = buckets.getIfPresent(address);
    if (bucket != null) {
      bucket.giveBack(now, capacity, period);
    }
  }

  private static String pairKey(String account, String address) {
    return account + '\n' + address;
  }

  /** Consecutive failures of one account from one address. */
  private static final class Backoff {
    private int failures;
    private Instant notBefore = Instant.MIN;

    synchronized Optional<Duration> wait(Instant now) {
      return now.isBefore(notBefore)
          ? Optional.of(Duration.between(now, notBefore))
          : Optional.empty();
    }

    synchronized void fail(Instant now, SignInThrottleProperties settings) {
      var rule = settings.perAccountAndAddress();
      failures++;
      int beyond = failures - rule.freeFailures();
      if (beyond > 0) {
        Duration wait = rule.firstBackOff().multipliedBy(1L << Math.min(beyond - 1, 30));
        notBefore = now.plus(wait.compareTo(rule.maxBackOff()) > 0 ? rule.maxBackOff() : wait);
      }
    }
  }

  /** One account's recent failures from every address, and its lock. */
  private static final class AccountFailures {
    private final Deque<Instant> recent = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;

    synchronized Optional<Duration> lockedFor(Instant now) {
      return now.isBefore(lockedUntil)
          ? Optional.of(Duration.between(now, lockedUntil))
          : Optional.empty();
    }

    synchronized boolean fail(Instant now, SignInThrottleProperties settings) {
      var rule = settings.perAccount();
      Instant windowStart = now.minus(rule.window());
      while (!recent.isEmpty() && recent.peekFirst().isBefore(windowStart)) {
        recent.removeFirst();
      }
      recent.addLast(now);
      if (recent.size() < rule.failures()) {
        return false;
      }
      recent.clear();
      lockedUntil = now.plus(rule.lock());
      return true;
    }
  }

  /** The addresses an account signed in from lately, the latest few. */
  private static final class KnownAddresses {
    private final Map<String, Instant> lastSignIn = new LinkedHashMap<>(16, 0.75f, true);

    synchronized void add(String address, Instant now) {
      lastSignIn.put(address, now);
      if (lastSignIn.size() > KNOWN_ADDRESSES_PER_ACCOUNT) {
        lastSignIn.remove(lastSignIn.keySet().iterator().next());
      }
    }

    synchronized boolean contains(String address, Instant since) {
      Instant last = lastSignIn.get(address);
      return last != null && last.isAfter(since);
    }
  }

  /** A cap refilled steadily: {@code capacity} units every {@code period}. */
  private static final class Bucket {
    private double units;
    private Instant updated;

    Bucket(int capacity, Instant now) {
      units = capacity;
      updated = now;
    }

    /** Takes a unit and returns zero, or returns how long until one is there. */
    synchronized Duration take(Instant now, int capacity, Duration period) {
      refill(now, capacity, period);
      if (units >= 1) {
        units -= 1;
        return Duration.ZERO;
      }
      double nanosPerUnit = period.toNanos() / (double) capacity;
      return Duration.ofNanos((long) Math.ceil((1 - units) * nanosPerUnit));
    }

    synchronized void giveBack(Instant now, int capacity, Duration period) {
      refill(now, capacity, period);
      units = Math.min(capacity, units + 1);
    }

    private void refill(Instant now, int capacity, Duration period) {
      long elapsed = Duration.between(updated, now).toNanos();
      if (elapsed > 0) {
        units = Math.min(capacity, units + elapsed * (double) capacity / period.toNanos());
        updated = now;
      }
    }
  }
}
