package org.imrf.identity.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs staff in, and lets organisers manage their accounts. Disabling an account or taking a role
 * away ends its sign-ins at once (no code or refresh token issued before gives a token again), and
 * every change is published on the staff topic, so that the gateway ends the account's sessions.
 */
@Service
public class StaffDirectory implements UserDetailsService {

  private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final StaffAccounts accounts;
  private final PasswordEncoder passwords;
  private final StaffAccountEvents events;
  private final StaffSignIns signIns;
  private final Clock clock;

  StaffDirectory(
      StaffAccounts accounts,
      PasswordEncoder passwords,
      StaffAccountEvents events,
      StaffSignIns signIns,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.events = events;
    this.signIns = signIns;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    StaffAccount account =
        accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .disabled(!account.enabled())
        .authorities(account.roles().stream().map(SimpleGrantedAuthority::new).toList())
        .build();
  }

  /**
   * The roles a staff member's tokens carry now, read afresh for every token: empty if the account
   * is disabled or no longer exists, which must then get no token at all.
   */
  @Transactional(readOnly = true)
  public Optional<Set<String>> activeRoles(String username) {
    return accounts.find(username).filter(StaffAccount::enabled).map(StaffAccount::roles);
  }

  /**
   * Creates an account with a generated initial password.
   *
   * @return the account and its initial password, shown once to the organiser who created it
   */
  @Transactional
  public Created create(
      String username, String displayName, String email, Set<String> roles, String createdBy) {
    String password = newPassword();
    StaffAccount account =
        new StaffAccount(
            username,
            displayName,
            email,
            passwords.encode(password),
            roles,
            true,
            Instant.now(clock),
            createdBy);
    accounts.add(account);
    events.publish(StaffAccountCreated.of(account));
    return new Created(account, password);
  }

  /**
   * Sets an account's roles and status. A change that disables the account or takes a role away
   * also ends its sign-ins; a request that changes nothing publishes nothing.
   */
  @Transactional
  public StaffAccount change(
      String username, Set<String> roles, boolean enabled, String changedBy) {
    // locked: the event's previous roles and status are those this change replaced
    StaffAccount before = accounts.lock(username).orElseThrow(() -> new UnknownStaff(username));
    if (before.roles().equals(roles) && before.enabled() == enabled) {
      return before;
    }
    accounts.update(username, roles, enabled);
    StaffAccountChanged changed =
        new StaffAccountChanged(
            username,
            StaffAccountCreated.sorted(new HashSet<>(roles)),
            enabled,
            StaffAccountCreated.sorted(before.roles()),
            before.enabled(),
            changedBy,
            Instant.now(clock));
    if (changed.tookPowerAway()) {
      int ended = signIns.endAll(username);
      log.info(
          "Staff account '{}' {} by {}: {} sign-in(s) ended",
          username,
          enabled ? "lost roles" : "disabled",
          changedBy,
          ended);
    }
    events.publish(changed);
    return accounts.find(username).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<StaffAccount> all() {
    return accounts.all();
  }

  /** Adds an account whose password hash was made elsewhere (the first organiser). */
  @Transactional
  public boolean bootstrap(String username, String passwordHash, Set<String> roles) {
    if (accounts.find(username).isPresent()) {
      return false;
    }
    StaffAccount account =
        new StaffAccount(
            username,
            "Organiser",
            "organiser@localhost",
            passwordHash,
            roles,
            true,
            Instant.now(clock),
            "bootstrap");
    accounts.add(account);
    events.publish(StaffAccountCreated.of(account));
    return true;
  }

  private static String newPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A new account and its initial password. */
  public record Created(StaffAccount account, String initialPassword) {}
}
