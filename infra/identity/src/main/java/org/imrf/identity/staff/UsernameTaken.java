package org.imrf.identity.staff;

/** Usernames are unique. */
public class UsernameTaken extends RuntimeException {

  public UsernameTaken(String username) {
    super("There is already a staff account '" + username + "'");
  }
}
