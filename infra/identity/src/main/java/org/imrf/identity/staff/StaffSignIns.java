package org.imrf.identity.staff;

/**
 * What the provider keeps of an account's sign-ins: authorization codes not yet exchanged and
 * refresh tokens.
 */
public interface StaffSignIns {

  /**
   * Forgets every one of them, so that no code or refresh token issued so far gives a token again.
   * Runs in the transaction of the account change.
   *
   * @return how many sign-ins were ended
   */
  int endAll(String username);
}
