package org.imrf.registration.edition;

/** Where edition events go; called inside the transaction of the change. */
public interface EditionEvents {

  void publish(EditionEvent event);
}
