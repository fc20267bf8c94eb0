package org.imrf.notification.hearing.messaging;

import java.util.function.Consumer;
import org.imrf.backbone.inbox.EventInbox;
import org.imrf.notification.hearing.HearingMessages;
import org.imrf.notification.hearing.SpeakerDeclined;
import org.imrf.notification.hearing.SpeakerDeclinedV2;
import org.imrf.notification.hearing.SpeakerSelected;
import org.imrf.notification.hearing.SpeakerSelectedV2;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code hearingEvents-in-0}: the hearing topic, group notification-service. A speaker's
 * registration arrives on another topic, long before they can be selected; should it not be known
 * yet, the event is retried, then dead-lettered for replay, as on the participants topic. Requests
 * and running orders are skipped.
 */
@Configuration
class HearingEventsConsumer {

  @Bean
  Consumer<Message<byte[]>> hearingEvents(EventInbox inbox, HearingMessages messages) {
    return inbox
        .consumer("hearing-notifications")
        .on(
            SpeakerSelected.TYPE,
            SpeakerSelected.class,
            (selected, event) -> messages.selected(selected.read(), event.id()))
        .on(
            SpeakerSelectedV2.TYPE,
            SpeakerSelectedV2.class,
            (selected, event) -> messages.selected(selected, event.id()))
        .on(
            SpeakerDeclined.TYPE,
            SpeakerDeclined.class,
            (declined, event) -> messages.declined(declined.read(), event.id()))
        .on(
            SpeakerDeclinedV2.TYPE,
            SpeakerDeclinedV2.class,
            (declined, event) -> messages.declined(declined, event.id()))
        .build();
  }
}
