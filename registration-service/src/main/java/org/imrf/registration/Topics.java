package org.imrf.registration;

/**
 * Every topic registration-service writes or reads, with its key and payload types. The contracts
 * in {@code infra/contracts} document each one; a test keeps this list and them in step.
 */
public final class Topics {

  /**
   * Participant lifecycle. Written here only. Key: participant id. Values: {@link
   * org.imrf.registration.participant.ParticipantEvent}s.
   */
  public static final String PARTICIPANTS = "registration.participants";

  /**
   * Editions: set up, rescheduled, changed. Written here only. Key: edition id. Values: {@link
   * org.imrf.registration.edition.EditionEvent}s.
   */
  public static final String EDITIONS = "registration.editions";

  /**
   * Badges issued and participants checked in at the venue. Written here only. Key: participant id.
   * Values: {@link org.imrf.registration.badge.CheckInEvent}s.
   */
  public static final String CHECK_INS = "registration.check-ins";

  /**
   * The multi-stakeholder hearing: requests to speak, selections, declines and running orders.
   * Written here only. Key: edition id. Values: {@link
   * org.imrf.registration.hearing.HearingEvent}s.
   */
  public static final String HEARING = "registration.hearing";

  /**
   * Read: the first use of each access link, written by identity-service. Key: participant id.
   * Values: {@code imrf.access-link.first-used.v1}, of which this service reads its own copy
   * ({@link org.imrf.registration.accesslink.AccessLinkFirstUsed}).
   */
  public static final String ACCESS_LINKS = "identity.access-links";

  /**
   * Written by the binder: records this service's consumers gave up on, with the failure in
   * headers. Key and value: as received.
   */
  public static final String DEAD_LETTERS = "registration.dead-letters";

  private Topics() {}
}
