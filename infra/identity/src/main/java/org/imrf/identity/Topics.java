package org.imrf.identity;

/**
 * Every topic identity-service reads or writes, with its key and payload types. The contracts in
 * {@code infra/contracts} document each one; a test keeps this list and them in step.
 */
public final class Topics {

  /**
   * Read: participant lifecycle, written by registration-service. Key: participant id. Values: the
   * access-link events, of which this service reads its own copies.
   */
  public static final String PARTICIPANTS = "registration.participants";

  /**
   * Written here only, through the outbox: staff accounts created, and their roles or status
   * changed. Key: username. Values: {@link org.imrf.identity.staff.StaffAccountEvent}s.
   */
  public static final String STAFF = "identity.staff";

  /**
   * Written here (outbox): what this service, the only one that sees a link being used, learns of
   * access links. Key: participant id. Values: {@link
   * org.imrf.identity.attendee.AccessLinkFirstUsed}.
   */
  public static final String ACCESS_LINKS = "identity.access-links";

  /** Written by the binder: records this service's consumers gave up on. */
  public static final String DEAD_LETTERS = "identity.dead-letters";

  private Topics() {}
}
