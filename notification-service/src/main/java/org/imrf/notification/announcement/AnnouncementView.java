package org.imrf.notification.announcement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An announcement as organisers read it, with how far its sending got.
 *
 * @param recipients how many participants it reached when sent; null while a draft
 * @param written notifications written so far
 * @param finishedAt when the last was written; null until then
 */
public record AnnouncementView(
    UUID id,
    String editionId,
    Map<String, String> subject,
    Map<String, String> body,
    List<String> categories,
    List<String> languages,
    List<String> attendances,
    List<String> regions,
    String state,
    int version,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    String sentBy,
    Instant sentAt,
    Integer recipients,
    int written,
    Instant finishedAt) {

  static AnnouncementView of(Announcement announcement) {
    Content content = announcement.content();
    Content.Filters filters = content.filters();
    return new AnnouncementView(
        announcement.id(),
        content.editionId(),
        content.subject().asMap(),
        content.body().asMap(),
        filters.categories(),
        filters.languages(),
        filters.attendances(),
        filters.regions(),
        announcement.state().code(),
        announcement.version(),
        announcement.createdBy(),
        announcement.createdAt(),
        announcement.updatedAt(),
        announcement.sentBy(),
        announcement.sentAt(),
        announcement.recipients(),
        announcement.progress().written(),
        announcement.progress().finishedAt());
  }
}
