package org.imrf.notification.rescheduling.messaging;

import java.util.function.Consumer;
import org.imrf.backbone.inbox.EventInbox;
import org.imrf.notification.rescheduling.EditionRescheduled;
import org.imrf.notification.rescheduling.ReschedulingMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binding {@code editionEvents-in-0}: the editions topic, group notification-service. */
@Configuration
class EditionEventsConsumer {

  @Bean
  Consumer<Message<byte[]>> editionEvents(EventInbox inbox, ReschedulingMessages messages) {
    return inbox
        .consumer("edition-notifications")
        .on(
            EditionRescheduled.TYPE,
            EditionRescheduled.class,
            (rescheduled, event) -> messages.tell(rescheduled, event.id()))
        .build();
  }
}
