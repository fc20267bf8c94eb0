package org.imrf.notification.announcement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.events.EventType;
import org.imrf.backbone.language.MultilingualText;

/**
 * An organiser sent an announcement: from now on it is written to each participant it reaches.
 *
 * @param announcementId the announcement, also the source of every notification it causes
 * @param editionId the edition whose participants it is for
 * @param subject its subject line in each language given
 * @param languages the languages it was written in, English first among the UN's order
 * @param categories the categories it is limited to; empty for any
 * @param recipientLanguages the recipients' languages it is limited to; empty for any
 * @param attendances the ways of attending it is limited to; empty for any
 * @param regions the UN regional groups it is limited to; empty for any
 * @param recipients how many participants it reached when sent
 * @param sentBy the organiser
 * @param sentAt when
 */
@EventType(name = "imrf.announcement.sent", version = 1)
record AnnouncementSent(
    UUID announcementId,
    String editionId,
    MultilingualText subject,
    List<String> languages,
    List<String> categories,
    List<String> recipientLanguages,
    List<String> attendances,
    List<String> regions,
    int recipients,
    String sentBy,
    Instant sentAt)
    implements AnnouncementEvent {

  @Override
  public String aggregateId() {
    return announcementId.toString();
  }

  @Override
  public Instant occurredAt() {
    return sentAt;
  }
}
