package org.imrf.notification.announcement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.domain.StoredAggregate;
import org.imrf.backbone.problems.DomainProblem;

/**
 * One announcement: a draft organisers change until it is sent, once; then written to every
 * recipient a chunk at a time, which its progress records.
 */
final class Announcement extends StoredAggregate<AnnouncementEvent> {

  private final UUID id;
  private Content content;
  private AnnouncementState state;
  private int version;
  private final String createdBy;
  private final Instant createdAt;
  private Instant updatedAt;
  private String sentBy;
  private Instant sentAt;
  private Integer recipients;
  private final Progress progress;

  /**
   * How far the writing got.
   *
   * @param written notifications written so far
   * @param after the last recipient of the last chunk written; null before the first
   * @param at when the last chunk was written (or the announcement sent); null before
   * @param finishedAt when the last was written; null until then
   */
  record Progress(int written, UUID after, Instant at, Instant finishedAt) {
    static final Progress NONE = new Progress(0, null, null, null);
  }

  Announcement(
      UUID id,
      Content content,
      AnnouncementState state,
      int version,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      String sentBy,
      Instant sentAt,
      Integer recipients,
      Progress progress) {
    this.id = id;
    this.content = content;
    this.state = state;
    this.version = version;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.sentBy = sentBy;
    this.sentAt = sentAt;
    this.recipients = recipients;
    this.progress = progress;
  }

  static Announcement draft(UUID id, Content content, String actor, Instant at) {
    return new Announcement(
        id, content, AnnouncementState.DRAFT, 1, actor, at, at, null, null, null, Progress.NONE);
  }

  /** Changes a draft; one already sent stays as it was sent. */
  void edit(Content changed, Integer expectedVersion, Instant at) {
    requireDraft("change");
    requireVersion(expectedVersion);
    content = changed;
    version++;
    updatedAt = at;
  }

  /** Sends the draft to the recipients its filters reach now. */
  void send(Integer expectedVersion, int reached, String actor, Instant at) {
    requireDraft("send");
    requireVersion(expectedVersion);
    state = AnnouncementState.SENDING;
    version++;
    sentBy = actor;
    sentAt = at;
    updatedAt = at;
    recipients = reached;
    Content.Filters filters = content.filters();
    record(
        new AnnouncementSent(
            id,
            content.editionId(),
            content.subject(),
            List.copyOf(content.subject().languages()),
            filters.categories(),
            filters.languages(),
            filters.attendances(),
            filters.regions(),
            reached,
            actor,
            at));
  }

  private void requireDraft(String what) {
    if (state != AnnouncementState.DRAFT) {
      throw new AlreadySent(id, what);
    }
  }

  private void requireVersion(Integer expected) {
    if (expected != null && expected != version) {
      throw new ChangedSinceRead(id, expected, version);
    }
  }

  UUID id() {
    return id;
  }

  Content content() {
    return content;
  }

  AnnouncementState state() {
    return state;
  }

  int version() {
    return version;
  }

  String createdBy() {
    return createdBy;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  String sentBy() {
    return sentBy;
  }

  Instant sentAt() {
    return sentAt;
  }

  Integer recipients() {
    return recipients;
  }

  Progress progress() {
    return progress;
  }

  /** An announcement is sent once: a second send, or a change after the first, is refused. */
  static final class AlreadySent extends DomainProblem.Conflict {
    AlreadySent(UUID id, String what) {
      super(
          "Announcement already sent",
          "Announcement " + id + " has been sent: it can no longer " + what + ".");
    }
  }

  static final class ChangedSinceRead extends DomainProblem.PreconditionFailed {
    ChangedSinceRead(UUID id, int expected, int actual) {
      super(
          "Announcement changed since read",
          "Announcement "
              + id
              + " is at version "
              + actual
              + ", not "
              + expected
              + ": read it again.");
    }
  }
}
