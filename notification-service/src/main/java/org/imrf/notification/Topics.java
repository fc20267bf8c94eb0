package org.imrf.notification;

/**
 * Every topic notification-service reads or writes, with its key and payload types. The contracts
 * in {@code infra/contracts} document each one; a test keeps this list and them in step.
 */
public final class Topics {

  /**
   * Read: participant lifecycle, written by registration-service. Key: participant id. Values:
   * {@code imrf.participant.*} events, of which this service reads its own copies.
   */
  public static final String PARTICIPANTS = "registration.participants";

  /**
   * Read: editions, written by registration-service. Key: edition id. Values: {@code
   * imrf.edition.*} events, of which this service reads its own copy of the rescheduling.
   */
  public static final String EDITIONS = "registration.editions";

  /**
   * Read: the hearing, written by registration-service. Key: edition id. Values: {@code
   * imrf.hearing.*} events, of which this service reads its own copies of speaker-selected,
   * speaker-declined and running-order-set (the turns reminders are due before).
   */
  public static final String HEARING = "registration.hearing";

  /**
   * Written: announcements organisers sent, through the outbox. Key: announcement id. Values:
   * {@code imrf.announcement.*} events.
   */
  public static final String ANNOUNCEMENTS = "notification.announcements";

  /**
   * Written through the outbox: where each delivery of a notification ended (sent, failed, bounced,
   * suppressed), for the dashboards. Key: participant id. Values: {@code imrf.delivery.*} events.
   */
  public static final String DELIVERIES = "notification.deliveries";

  /**
   * Written by the binder: records this service's consumers gave up on, with the failure in
   * headers. Key and value: as received.
   */
  public static final String DEAD_LETTERS = "notification.dead-letters";

  private Topics() {}
}
