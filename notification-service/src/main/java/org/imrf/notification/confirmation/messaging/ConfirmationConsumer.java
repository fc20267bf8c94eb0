package org.imrf.notification.confirmation.messaging;

import java.util.function.Consumer;
import org.imrf.backbone.inbox.EventInbox;
import org.imrf.notification.confirmation.AccessLinkIssued;
import org.imrf.notification.confirmation.AccessLinkMessages;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.notification.participant.ParticipantRegistered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code participantEvents-in-0}: the participants topic, group notification-service. A
 * participant's events arrive in order, so their registration is known before their link.
 */
@Configuration
class ConfirmationConsumer {

  @Bean
  Consumer<Message<byte[]>> participantEvents(
      EventInbox inbox, ParticipantDirectory participants, AccessLinkMessages links) {
    return inbox
        .consumer("participant-notifications")
        .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, participants::remember)
        .on(
            AccessLinkIssued.TYPE,
            AccessLinkIssued.class,
            (issued, event) -> links.send(issued, event.id()))
        .build();
  }
}
