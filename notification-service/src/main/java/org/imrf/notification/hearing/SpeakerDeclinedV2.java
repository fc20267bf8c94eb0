package org.imrf.notification.hearing;

import java.util.Objects;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;

/**
 * This service's copy of speaker-declined, version 2: the reason is told to the speaker, the
 * session's title in their language where given.
 */
record SpeakerDeclinedV2(UUID participantId, MultilingualText sessionTitles, String reason) {

  static final String TYPE = "imrf.hearing.speaker-declined.v2";

  SpeakerDeclinedV2 {
    Objects.requireNonNull(participantId, "participantId");
    Objects.requireNonNull(sessionTitles, "sessionTitles");
  }
}
