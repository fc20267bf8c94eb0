package org.imrf.registration.hearing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.domain.Coded;

/**
 * A stakeholder's request to speak in one session of the hearing, and what organisers decided.
 *
 * @param id assigned when it is made
 * @param editionId the edition
 * @param sessionId the thematic session
 * @param participantId who asks to speak
 * @param objectives the GCM objectives the statement addresses (1 to 23), in the order given
 * @param summary what they will say, in short; null once their personal data is erased
 * @param gender as the speaker describes it (see {@link Genders}); null when not given
 * @param status requested, selected or declined
 * @param position while selected, orders the session's running order (only the order counts)
 * @param speakingTime a time limit of this speaker's own, set in the running order; else null
 * @param requestedBy {@code participant}, or the organiser who asked on their behalf
 * @param requestedAt when
 * @param decidedBy the organiser who selected or declined it
 * @param decidedAt when
 * @param declineReason why it was declined, as the speaker is told
 */
public record SpeakerRequest(
    UUID id,
    String editionId,
    UUID sessionId,
    UUID participantId,
    List<Integer> objectives,
    String summary,
    String gender,
    Status status,
    Integer position,
    Duration speakingTime,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String declineReason) {

  /** The GCM's objectives are numbered 1 to 23. */
  public static final int FIRST_OBJECTIVE = 1;

  public static final int LAST_OBJECTIVE = 23;

  public SpeakerRequest {
    objectives = List.copyOf(objectives);
  }

  /** Where a request stands. */
  public enum Status implements Coded {
    REQUESTED("requested"),
    SELECTED("selected"),
    DECLINED("declined");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }

    /** Open: still to be decided, or on the list of speakers. One per participant and edition. */
    public boolean open() {
      return this != DECLINED;
    }

    /** What organisers may still do with a request that stands here. */
    public List<String> possibleActions() {
      return switch (this) {
        case REQUESTED -> List.of("select", "decline");
        case SELECTED -> List.of("decline");
        case DECLINED -> List.of();
      };
    }
  }

  SpeakerRequest selected(int position, String actor, Instant at) {
    return new SpeakerRequest(
        id,
        editionId,
        sessionId,
        participantId,
        objectives,
        summary,
        gender,
        Status.SELECTED,
        position,
        null,
        requestedBy,
        requestedAt,
        actor,
        at,
        null);
  }

  SpeakerRequest declined(String reason, String actor, Instant at) {
    return new SpeakerRequest(
        id,
        editionId,
        sessionId,
        participantId,
        objectives,
        summary,
        gender,
        Status.DECLINED,
        null,
        null,
        requestedBy,
        requestedAt,
        actor,
        at,
        reason);
  }
}
