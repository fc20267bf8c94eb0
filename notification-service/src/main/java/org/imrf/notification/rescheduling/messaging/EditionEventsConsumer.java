package org.imrf.notification.rescheduling.messaging;

import java.util.function.Consumer;
import org.imrf.backbone.inbox.EventInbox;
import org.imrf.notification.edition.EditionCopies;
import org.imrf.notification.edition.EditionDirectory;
import org.imrf.notification.rescheduling.EditionRescheduled;
import org.imrf.notification.rescheduling.EditionRescheduledV2;
import org.imrf.notification.rescheduling.ReschedulingMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code editionEvents-in-0}: the editions topic, group notification-service. Every edition
 * event keeps this service's copy of the edition (its titles); a rescheduling is also told to its
 * participants. Versions 1 and 2 are both read until version 1 records age out of the topic.
 */
@Configuration
class EditionEventsConsumer {

  @Bean
  Consumer<Message<byte[]>> editionEvents(
      EventInbox inbox, EditionDirectory editions, ReschedulingMessages messages) {
    return inbox
        .consumer("edition-notifications")
        .on(
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
            changed -> editions.remember(changed.edition()))
        .on(
            EditionRescheduled.TYPE,
            EditionRescheduled.class,
            (rescheduled, event) -> messages.tell(rescheduled.read(), event.id()))
        .on(
            EditionRescheduledV2.TYPE,
            EditionRescheduledV2.class,
            (rescheduled, event) -> messages.tell(rescheduled.read(), event.id()))
        .build();
  }
}
