package org.imrf.notification.confirmation.messaging;

import java.util.function.Consumer;
import org.imrf.backbone.inbox.EventInbox;
import org.imrf.notification.confirmation.ParticipantRegistered;
import org.imrf.notification.confirmation.RegistrationConfirmations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binding {@code confirmRegistration-in-0}: the participants topic, group notification-service. */
@Configuration
class ConfirmationConsumer {

  @Bean
  Consumer<Message<byte[]>> confirmRegistration(
      EventInbox inbox, RegistrationConfirmations confirmations) {
    return inbox
        .consumer(RegistrationConfirmations.KIND)
        .on(
            ParticipantRegistered.TYPE,
            ParticipantRegistered.class,
            (registered, event) -> confirmations.confirm(registered, event.id()))
        .build();
  }
}
