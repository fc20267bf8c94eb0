package org.imrf.identity.attendee.messaging;

import java.util.function.Consumer;
import org.imrf.backbone.inbox.EventInbox;
import org.imrf.identity.attendee.AccessLinkIssued;
import org.imrf.identity.attendee.AccessLinkRegistry;
import org.imrf.identity.attendee.AccessLinkRevoked;
import org.imrf.identity.attendee.ParticipantErased;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binding {@code accessLinks-in-0}: the participants topic, group identity-service. */
@Configuration
class AccessLinkConsumer {

  @Bean
  Consumer<Message<byte[]>> accessLinks(EventInbox inbox, AccessLinkRegistry registry) {
    return inbox
        .consumer("access-links")
        .on(AccessLinkIssued.TYPE, AccessLinkIssued.class, registry::accept)
        .on(AccessLinkRevoked.TYPE, AccessLinkRevoked.class, registry::revoke)
        .on(ParticipantErased.TYPE, ParticipantErased.class, registry::forget)
        .build();
  }
}
