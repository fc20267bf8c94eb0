package org.imrf.notification.edition;

import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.notification.Topics;
import org.springframework.stereotype.Component;

/** Keeps this service's copy of each edition (its titles and time zone) from the editions topic. */
@Component
class EditionHandlers implements EventHandlers {

  private final EditionDirectory editions;

  EditionHandlers(EditionDirectory editions) {
    this.editions = editions;
  }

  @Override
  public String topic() {
    return Topics.EDITIONS;
  }

  @Override
  public void register(Registry on) {
    on.on(
            EditionCopies.ScheduledV1.TYPE,
            EditionCopies.ScheduledV1.class,
            scheduled -> editions.rememberFromVersionOne(scheduled.edition()))
        .on(
            EditionCopies.ScheduledV2.TYPE,
            EditionCopies.ScheduledV2.class,
            scheduled -> editions.remember(scheduled.edition()))
        .on(
            EditionCopies.DetailsChangedV1.TYPE,
            EditionCopies.DetailsChangedV1.class,
            changed -> editions.rememberFromVersionOne(changed.edition()))
        .on(
            EditionCopies.DetailsChangedV2.TYPE,
            EditionCopies.DetailsChangedV2.class,
            changed -> editions.remember(changed.edition()));
  }
}
