package org.imrf.registration.accesslink.messaging;

import java.util.function.Consumer;
import org.imrf.backbone.inbox.EventInbox;
import org.imrf.registration.accesslink.AccessLinkFirstUsed;
import org.imrf.registration.accesslink.AccessLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code supersededLinks-in-0}: identity-service's access-links topic, group
 * registration-service. The first use of a link ends the participant's older ones.
 */
@Configuration
class SupersededLinksConsumer {

  @Bean
  Consumer<Message<byte[]>> supersededLinks(EventInbox inbox, AccessLinks links) {
    return inbox
        .consumer("superseded-links")
        .on(AccessLinkFirstUsed.TYPE, AccessLinkFirstUsed.class, links::supersedeOlderThan)
        .build();
  }
}
