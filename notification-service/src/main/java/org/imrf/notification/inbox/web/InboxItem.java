package org.imrf.notification.inbox.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.imrf.backbone.language.TextDirection;
import org.imrf.backbone.web.OneOf;
import org.imrf.notification.inbox.InboxEntry;

/** A notification in the inbox, as the API and the stream show it. */
@Schema(name = "InboxItem")
record InboxItem(
    UUID id,
    @Schema(description = "Its place in the order of the inbox: the stream's event id") long seq,
    String kind,
    @Schema(description = "ISO 639-1 code of the UN language it is written in") String language,
    @Schema(description = "Text direction to render it with") @OneOf(TextDirection.class)
        String direction,
    String subject,
    String body,
    Instant createdAt,
    boolean read) {

  static InboxItem of(InboxEntry entry) {
    var notification = entry.notification();
    return new InboxItem(
        notification.id(),
        entry.seq(),
        notification.kind(),
        notification.language(),
        notification.direction(),
        notification.subject(),
        notification.body(),
        notification.createdAt(),
        entry.read());
  }
}
