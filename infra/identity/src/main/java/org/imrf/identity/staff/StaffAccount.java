package org.imrf.identity.staff;

import java.time.Instant;
import java.util.Set;

/**
 * Someone who works the forum and signs in.
 *
 * @param username what they sign in with
 * @param displayName their name for people
 * @param email where they are reached
 * @param passwordHash an encoded hash, never the password
 * @param roles roles, scoped ones as {@code chair:<round table>} or {@code host:<side event>}
 * @param enabled whether they may sign in
 * @param createdAt when the account was created
 * @param createdBy who created it ({@code bootstrap} for the first organiser)
 */
public record StaffAccount(
    String username,
    String displayName,
    String email,
    String passwordHash,
    Set<String> roles,
    boolean enabled,
    Instant createdAt,
    String createdBy) {

  public StaffAccount {
    roles = Set.copyOf(roles);
  }
}
