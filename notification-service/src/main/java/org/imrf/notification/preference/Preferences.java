package org.imrf.notification.preference;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imrf.notification.delivery.Channel;

/**
 * What a participant chose to hear, as they read and replace it.
 *
 * @param participantId whose they are
 * @param language the UN language their messages are written in: the one they chose, else their
 *     registration's
 * @param deliveryMode how often they hear by email
 * @param digestHour the local hour of their daily digest, 0 to 23
 * @param timeZone where that hour is (an IANA zone)
 * @param channels the channels chosen for every kind ({@code *}) and for each kind they chose for
 * @param version increases with each change (the ETag)
 */
public record Preferences(
    UUID participantId,
    String language,
    DeliveryMode deliveryMode,
    int digestHour,
    String timeZone,
    Map<String, Set<Channel>> channels,
    int version) {

  /** A digest at 07:00 where the participant is, unless they chose another hour. */
  public static final int DEFAULT_DIGEST_HOUR = 7;
}
