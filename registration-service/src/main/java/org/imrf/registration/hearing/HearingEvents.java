package org.imrf.registration.hearing;

/** Where hearing events go; called inside the transaction of the change. */
interface HearingEvents {

  void publish(HearingEvent event);
}
