package org.imrf.notification.announcement;

import org.imrf.backbone.outbox.Outbox;
import org.imrf.notification.Topics;
import org.springframework.stereotype.Component;

/** Publishes announcements' events on their topic, in the transaction of the change. */
@Component
class AnnouncementEventsOutbox {

  private final Outbox outbox;

  AnnouncementEventsOutbox(Outbox outbox) {
    this.outbox = outbox;
    outbox.publishesTo(Topics.ANNOUNCEMENTS);
  }

  void publish(AnnouncementEvent event) {
    outbox.append(Topics.ANNOUNCEMENTS, event);
  }
}
