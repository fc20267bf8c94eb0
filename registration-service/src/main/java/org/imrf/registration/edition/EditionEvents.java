package org.imrf.registration.edition;

/** Where edition events go; called inside the transaction of the change. */
interface EditionEvents {

  void publish(EditionEvent event);
}
