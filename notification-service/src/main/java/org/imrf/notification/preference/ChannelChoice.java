package org.imrf.notification.preference;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.delivery.ChannelChoices;

/** One departure from the defaults: a channel chosen or not for a kind, or for every kind. */
record ChannelChoice(String kind, Channel channel, boolean chosen) {

  /**
   * The channels chosen for a kind: the defaults, then what was chosen for every kind, then what
   * was chosen for the kind itself, which wins.
   */
  static Set<Channel> forKind(List<ChannelChoice> choices, String kind) {
    Set<Channel> chosen = EnumSet.copyOf(ChannelChoices.DEFAULTS);
    choices.stream()
        .filter(choice -> choice.kind().equals(ChannelPreferences.EVERY_KIND))
        .forEach(choice -> choice.applyTo(chosen));
    if (!kind.equals(ChannelPreferences.EVERY_KIND)) {
      choices.stream()
          .filter(choice -> choice.kind().equals(kind))
          .forEach(choice -> choice.applyTo(chosen));
    }
    return chosen;
  }

  private void applyTo(Set<Channel> channels) {
    if (chosen) {
      channels.add(channel);
    } else {
      channels.remove(channel);
    }
  }
}
