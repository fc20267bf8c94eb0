package org.imrf.identity.staff;

/** No such staff account. */
public class UnknownStaff extends RuntimeException {

  public UnknownStaff(String username) {
    super("There is no staff account '" + username + "'");
  }
}
