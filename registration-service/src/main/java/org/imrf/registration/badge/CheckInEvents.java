package org.imrf.registration.badge;

/** Where badge and check-in events go: the outbox, in the transaction of the change. */
interface CheckInEvents {

  void publish(CheckInEvent event);
}
