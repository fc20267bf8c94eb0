package org.imrf.notification.delivery;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The channels a participant chose for a kind of message; implemented by the preferences feature. A
 * channel not chosen still gets a delivery, in state {@link DeliveryState#SUPPRESSED}.
 */
public interface ChannelChoices {

  /** Every channel a participant can be reached on, and the defaults: email and in-app. */
  Set<Channel> DEFAULTS = Set.of(Channel.EMAIL, Channel.IN_APP);

  Set<Channel> chosen(UUID participantId, String kind);

  /**
   * Whether this kind of message reaches the participant by email only in their daily digest: its
   * own email delivery is then suppressed, and the digest, a notification of its own, tells it.
   */
  default boolean inDigest(UUID participantId, String kind) {
    return false;
  }

  /**
   * What one participant chose for one kind: its channels, and whether email waits for the digest.
   */
  record Choice(Set<Channel> channels, boolean inDigest) {}

  /**
   * The choices of many participants for one kind, as {@link #chosen} and {@link #inDigest} give
   * them; read in bulk when one transaction tells thousands (an announcement's chunk).
   */
  default Map<UUID, Choice> choices(Collection<UUID> participantIds, String kind) {
    Map<UUID, Choice> choices = new HashMap<>();
    for (UUID participant : participantIds) {
      choices.put(participant, new Choice(chosen(participant, kind), inDigest(participant, kind)));
    }
    return choices;
  }
}
