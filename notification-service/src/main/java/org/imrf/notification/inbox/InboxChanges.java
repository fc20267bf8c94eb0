package org.imrf.notification.inbox;

import java.util.List;

/**
 * What committed since a poll, for the participants asked about.
 *
 * @param added entries added, in the order of their seq (some perhaps sent already)
 * @param readChanged entries whose read state changed, as they are now
 * @param upto where the next span starts: every transaction before it has ended
 */
public record InboxChanges(List<InboxEntry> added, List<InboxEntry> readChanged, long upto) {}
