package org.imrf.notification.preference;

import java.util.UUID;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelChoices;

/**
 * The channels each participant chose per kind of message: the defaults unless they said otherwise,
 * for every kind ({@link #EVERY_KIND}) or for one.
 */
public interface ChannelPreferences extends ChannelChoices {

  /** The kind that stands for every kind of message. */
  String EVERY_KIND = "*";

  /** Records a participant's choice of a channel for a kind, or for {@link #EVERY_KIND}. */
  void choose(UUID participantId, String kind, Channel channel, boolean chosen);
}
