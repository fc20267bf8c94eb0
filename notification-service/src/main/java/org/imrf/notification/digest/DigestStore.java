package org.imrf.notification.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who gets a digest when, and which digests were done. */
interface DigestStore {

  /** A participant whose digest is due, claimed until the transaction ends. */
  record Due(UUID participantId, int hour) {}

  /** A message whose email waits for the digest. */
  record Held(UUID id, String kind, String subject, Instant createdAt) {}

  /** Gives a participant a daily digest at the local hour, the next one at {@code nextAt}. */
  void schedule(UUID participantId, int hour, Instant nextAt);

  /** No more digests for the participant: whether they had them. */
  boolean unschedule(UUID participantId);

  /**
   * One participant whose digest is due at {@code now}, locked for this transaction; another
   * instance's transaction skips it.
   */
  Optional<Due> claimDue(Instant now);

  /** When the participant's next digest is due. */
  void reschedule(UUID participantId, Instant nextAt);

  /** Until when the participant's last digest covered their messages; empty before the first. */
  Optional<Instant> coveredUntil(UUID participantId);

  /**
   * Records the digest of a participant's local day as done, covering their messages until {@code
   * until}: false if it was already.
   */
  boolean markDone(UUID participantId, LocalDate day, Instant until, int notifications);

  /**
   * The participant's messages written in {@code [since, until)}, oldest first, other than digests
   * and those whose email went out on its own.
   */
  List<Held> held(UUID participantId, Instant since, Instant until);

  /**
   * Records the participant's messages as covered until {@code until} by a digest of {@code
   * notifications} written outside the daily round, on the local {@code day}.
   */
  void markCovered(UUID participantId, LocalDate day, Instant until, int notifications);

  /** Of {@link #held}, only those whose email was held for the digest. */
  List<Held> heldEmails(UUID participantId, Instant since, Instant until);

  /** Deletes every trace of an erased participant's digests. */
  void forget(UUID participantId);
}
