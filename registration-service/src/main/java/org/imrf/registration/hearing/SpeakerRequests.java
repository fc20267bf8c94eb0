package org.imrf.registration.hearing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every request to speak. Views ({@link RequestView}, balance, running order) leave out requests of
 * participants who no longer take part (cancelled, refused or erased): they are filtered when read.
 */
interface SpeakerRequests {

  /**
   * Adds a request unless the participant already has an open one for the edition.
   *
   * @return whether it was added
   */
  boolean add(SpeakerRequest request);

  /** The participant's open (requested or selected) request for the edition, if any. */
  Optional<SpeakerRequest> findOpen(String editionId, UUID participantId);

  /** The request, locked until the end of the transaction. */
  Optional<SpeakerRequest> findForChange(UUID id);

  /** The edition's request, if its speaker still takes part. */
  Optional<RequestView> view(String editionId, UUID id);

  SpeakerRequestQuery.Page search(SpeakerRequestQuery query);

  /** The session's selected speakers who still take part, in running order. */
  List<RequestView> selected(UUID sessionId);

  /** The highest place any selected request of the session holds; 0 when none. */
  int lastPosition(UUID sessionId);

  /** Saves a decision taken on a request read with {@link #findForChange}. */
  void save(SpeakerRequest request);

  /**
   * Sets the session's running order: these requests in this order, with these time limits of their
   * own (absent: the session's). Selected requests of speakers who no longer take part keep their
   * relative order after them.
   */
  void reorder(UUID sessionId, List<UUID> order, Map<UUID, Duration> speakingTimes);

  /** What the balance counts: the edition's requests (one session's, if given). */
  List<Balance.Entry> balance(String editionId, UUID sessionId);

  /** Every request the participant made, with its session's title, oldest first. */
  List<RequestView> ofParticipant(UUID participantId);

  /** Forgets what the participant wrote and said of themselves in their requests. */
  void erase(UUID participantId, Instant at);
}
