package org.imrf.identity.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs staff in, and lets organisers manage their accounts. */
@Service
public class StaffDirectory implements UserDetailsService {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final StaffAccounts accounts;
  private final PasswordEncoder passwords;
  private final Clock clock;

  StaffDirectory(StaffAccounts accounts, PasswordEncoder passwords, Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
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

  /** The roles a signed-in staff member's tokens carry. */
  public Set<String> rolesOf(String username) {
    return accounts.find(username).map(StaffAccount::roles).orElse(Set.of());
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
    return new Created(account, password);
  }

  @Transactional
  public StaffAccount change(String username, Set<String> roles, boolean enabled) {
    accounts.find(username).orElseThrow(() -> new UnknownStaff(username));
    accounts.update(username, roles, enabled);
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
    accounts.add(
        new StaffAccount(
            username,
            "Organiser",
            "organiser@localhost",
            passwordHash,
            roles,
            true,
            Instant.now(clock),
            "bootstrap"));
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
