package org.imrf.notification.delivery;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sender of each channel: the first by {@code @Order} where two claim one channel, so that a
 * test's own sender can stand in for a real one.
 */
@Component
class ChannelSenders {

  private static final Logger log = LoggerFactory.getLogger(ChannelSenders.class);

  private final Map<Channel, ChannelSender> byChannel = new EnumMap<>(Channel.class);

  ChannelSenders(ObjectProvider<ChannelSender> senders) {
    senders
        .orderedStream()
        .forEach(
            sender -> {
              ChannelSender first = byChannel.putIfAbsent(sender.channel(), sender);
              if (first != null) {
                log.info(
                    "{} sends on {} rather than {}",
                    first.getClass().getName(),
                    sender.channel().code(),
                    sender.getClass().getName());
              }
            });
  }

  Map<Channel, ChannelSender> byChannel() {
    return Collections.unmodifiableMap(byChannel);
  }

  List<ChannelSender> all() {
    return List.copyOf(byChannel.values());
  }
}
