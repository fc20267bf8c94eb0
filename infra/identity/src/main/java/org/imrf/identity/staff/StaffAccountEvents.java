package org.imrf.identity.staff;

/** Where staff account events go; called inside the transaction of the change. */
interface StaffAccountEvents {

  void publish(StaffAccountEvent event);
}
