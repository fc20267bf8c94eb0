package org.imrf.registration.participant;

/** Where participant events go; called inside the transaction of the change. */
interface ParticipantEvents {

  void publish(ParticipantEvent event);
}
