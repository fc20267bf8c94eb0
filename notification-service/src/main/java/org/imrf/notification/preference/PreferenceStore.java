package org.imrf.notification.preference;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imrf.notification.delivery.Channel;

/** The preferences participants chose, where they departed from the defaults. */
interface PreferenceStore {

  /** How often and when a participant hears by email, and the version of their preferences. */
  record Settings(DeliveryMode deliveryMode, int digestHour, int version) {
    static final Settings DEFAULTS =
        new Settings(DeliveryMode.IMMEDIATE, Preferences.DEFAULT_DIGEST_HOUR, 0);
  }

  /** Their settings; the defaults at version 0 if they never chose. */
  Settings settings(UUID participantId);

  /** Their choices of channels, kind by kind. */
  List<ChannelChoice> choices(UUID participantId);

  /** The version of their preferences, which no one else changes until this transaction ends. */
  int lockVersion(UUID participantId);

  /** Replaces all their settings and choices of channels (each kind's channels in full). */
  void replace(UUID participantId, Settings settings, Map<String, Set<Channel>> channelsByKind);

  /** Deletes every preference of an erased participant. */
  void forget(UUID participantId);
}
