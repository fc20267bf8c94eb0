package org.imrf.backbone.inbox;

/**
 * Consulted by every consumer of the service before an event reaches its handlers, in the
 * transaction that would apply it (a backbone facility such as forgetting declares one as a bean).
 */
public interface InboxFilter {

  /**
   * Whether the event may reach the consumer's handlers; one that may not is dropped: counted
   * ({@code imrf.events.dropped}), neither applied nor dead-lettered.
   */
  boolean admits(InboundEvent event);
}
