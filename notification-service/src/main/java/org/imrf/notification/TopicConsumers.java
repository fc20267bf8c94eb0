package org.imrf.notification;

import java.util.List;
import java.util.function.Consumer;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.inbox.EventInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * One consumer per topic read, group notification-service, each routing an event to every feature
 * that handles its type ({@link EventHandlers} beans: each feature's {@code …Handlers}). Each
 * consumer's name keys the ids of the events it applied: keep it, or events are applied again.
 */
@Configuration
class TopicConsumers {

  /**
   * Binding {@code participantEvents-in-0}. A participant's events arrive in order, so their
   * registration is known before anything else about them; types no feature handles (requests for
   * accreditation, revoked links) are skipped.
   */
  @Bean
  Consumer<Message<byte[]>> participantEvents(EventInbox inbox, List<EventHandlers> features) {
    return inbox.dispatcher("participant-notifications", Topics.PARTICIPANTS, features);
  }

  /**
   * Binding {@code editionEvents-in-0}. Versions 1 and 2 are both read until version 1 records age
   * out of the topic.
   */
  @Bean
  Consumer<Message<byte[]>> editionEvents(EventInbox inbox, List<EventHandlers> features) {
    return inbox.dispatcher("edition-notifications", Topics.EDITIONS, features);
  }

  /**
   * Binding {@code hearingEvents-in-0}. A speaker's registration arrives on another topic, long
   * before they can be selected; should it not be known yet, the event is retried, then
   * dead-lettered for replay. Requests and running orders are skipped.
   */
  @Bean
  Consumer<Message<byte[]>> hearingEvents(EventInbox inbox, List<EventHandlers> features) {
    return inbox.dispatcher("hearing-notifications", Topics.HEARING, features);
  }
}
