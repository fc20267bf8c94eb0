package org.imrf.notification.announcement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Announcements and the progress of their sending. */
interface AnnouncementRepository {

  void insert(Announcement announcement);

  /** Saves what a command changed (not the progress, which only {@link #progress} moves). */
  void update(Announcement announcement);

  Optional<Announcement> find(UUID id);

  /** The announcement, its row locked until the transaction ends: one writer at a time. */
  Optional<Announcement> lock(UUID id);

  /**
   * Records a chunk written.
   *
   * @param after the last recipient of the chunk
   * @param written notifications it wrote
   * @param finished whether it was the last: the announcement is then sent
   */
  void progress(UUID id, UUID after, int written, Instant at, boolean finished);

  /** Announcements being sent that have written nothing since {@code before}. */
  List<UUID> stalledSince(Instant before);
}
