package org.imrf.identity.attendee;

/** Where the events of access links' use go; called inside the transaction that records the use. */
interface AccessLinkEvents {

  void firstUsed(AccessLinkFirstUsed event);
}
