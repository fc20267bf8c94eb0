package org.imrf.notification.hearing;

import java.util.Objects;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;

/**
 * This service's copy of speaker-declined, version 1 (no longer published): the reason is told to
 * the speaker; the session is titled in English.
 */
record SpeakerDeclined(UUID participantId, String sessionTitle, String reason) {

  static final String TYPE = "imrf.hearing.speaker-declined.v1";

  SpeakerDeclined {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(sessionTitle, "sessionTitle");
  }

  /** As version 2 carries it. */
  SpeakerDeclinedV2 read() {
    return new SpeakerDeclinedV2(participantId, MultilingualText.english(sessionTitle), reason);
  }
}
