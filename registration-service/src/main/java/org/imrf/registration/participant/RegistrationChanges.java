package org.imrf.registration.participant;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants change their own details and cancel; organisers may do either for them. Every change
 * is an event, and a place given up goes to the organisation's waiting list.
 */
@Service
public class RegistrationChanges {

  private final ParticipantRepository participants;
  private final ParticipantEvents events;
  private final InPersonPlaces places;
  private final ParticipantAccessLinks accessLinks;
  private final Clock clock;

  RegistrationChanges(
      ParticipantRepository participants,
      ParticipantEvents events,
      InPersonPlaces places,
      ParticipantAccessLinks accessLinks,
      Clock clock) {
    this.participants = participants;
    this.events = events;
    this.places = places;
    this.accessLinks = accessLinks;
    this.clock = clock;
  }

  /**
   * Changes a participant's details.
   *
   * @param expectedVersion the version the caller read, if they sent one
   * @throws ParticipantNotFound if there is no such participant
   * @throws ParticipantChangedMeanwhile if it changed since the caller read it
   * @throws RegistrationClosedForChanges if it was cancelled, refused or erased
   * @throws InPersonPlacesTaken if in person was asked for, the places are taken, and the caller
   *     asked to be told
   */
  @Transactional
  public Participant change(
      UUID id, DetailsChange change, OptionalInt expectedVersion, String actor) {
    Participant current = forChange(id, expectedVersion);
    Instant now = Instant.now(clock);
    String name =
        change.name() == null
            ? current.name()
            : Normalizer.normalize(change.name().strip(), Normalizer.Form.NFC);
    Participant changed =
        current.withDetails(
            name,
            Objects.requireNonNullElse(change.preferredLanguage(), current.preferredLanguage()),
            Objects.requireNonNullElse(change.accessibility(), current.accessibility()),
            Objects.requireNonNullElse(change.livedExperience(), current.livedExperience()),
            Objects.requireNonNullElse(change.publicListing(), current.publicListing()),
            Objects.requireNonNullElse(change.timeZone(), current.timeZone()));
    boolean releasesPlace = false;
    if (change.attendance() != null && !wants(current, change.attendance())) {
      if (change.attendance() == Attendance.IN_PERSON) {
        Attendance granted =
            places.claim(
                current.editionId(),
                current.category(),
                current.organisation(),
                Objects.requireNonNullElse(change.whenInPersonFull(), WhenInPersonFull.ASK));
        changed =
            granted == Attendance.ONLINE
                ? changed
                : changed.withAttendance(granted, granted == Attendance.WAITING_LIST ? now : null);
      } else {
        releasesPlace = current.attendance() == Attendance.IN_PERSON;
        changed = changed.withAttendance(Attendance.ONLINE, null);
      }
    }
    List<String> fields = changedFields(current, changed);
    if (fields.isEmpty()) {
      return current;
    }
    Participant saved = participants.save(changed);
    if (releasesPlace) {
      places.released(saved.editionId(), saved.category(), saved.organisation());
    }
    // lived experience never leaves this service
    fields.remove("livedExperience");
    if (fields.isEmpty()) {
      return saved;
    }
    events.publish(
        new ParticipantDetailsChanged(
            saved.id(),
            saved.editionId(),
            fields,
            saved.name(),
            saved.preferredLanguage().code(),
            saved.attendance().code(),
            saved.accessibility().codes(),
            saved.timeZone().getId(),
            saved.publicListing(),
            actor,
            now));
    return saved;
  }

  /**
   * Cancels a registration: the participant no longer takes part, their access links stop working,
   * and an in-person place goes to the organisation's waiting list. Cancelling twice changes
   * nothing.
   *
   * @throws ParticipantNotFound if there is no such participant
   * @throws ParticipantChangedMeanwhile if it changed since the caller read it
   */
  @Transactional
  public Participant cancel(UUID id, String reason, OptionalInt expectedVersion, String actor) {
    Participant current =
        participants.findForChange(id).orElseThrow(() -> new ParticipantNotFound(id));
    if (current.status() == Participant.Status.CANCELLED) {
      return current;
    }
    checkVersion(current, expectedVersion);
    if (current.status() == Participant.Status.ERASED) {
      throw new RegistrationClosedForChanges(id, current.status());
    }
    Instant now = Instant.now(clock);
    boolean heldPlace = current.holdsInPersonPlace();
    Participant cancelled = participants.save(current.cancelled(now));
    accessLinks.revokeAllOf(id, actor);
    events.publish(
        new ParticipantCancelled(
            id, cancelled.editionId(), actor, reason == null ? null : reason.strip(), now));
    if (heldPlace) {
      places.released(cancelled.editionId(), cancelled.category(), cancelled.organisation());
    }
    return cancelled;
  }

  /**
   * Forgets who a participant is, in the caller's transaction, which found and locked them ({@link
   * Registrations#lockForChange}): only what the counts need stays, and an event tells the other
   * services to forget them too.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Participant erase(Participant current, String requestedBy, Instant now) {
    Participant erased = participants.save(current.erased(now));
    events.publish(new ParticipantErased(current.id(), erased.editionId(), requestedBy, now));
    return erased;
  }

  private Participant forChange(UUID id, OptionalInt expectedVersion) {
    Participant current =
        participants.findForChange(id).orElseThrow(() -> new ParticipantNotFound(id));
    checkVersion(current, expectedVersion);
    if (!current.live()) {
      throw new RegistrationClosedForChanges(id, current.status());
    }
    return current;
  }

  private static void checkVersion(Participant current, OptionalInt expectedVersion) {
    if (expectedVersion.isPresent() && expectedVersion.getAsInt() != current.version()) {
      throw new ParticipantChangedMeanwhile(current.id());
    }
  }

  /** Whether the participant already has, or is waiting for, what they ask for. */
  private static boolean wants(Participant current, Attendance asked) {
    return current.attendance() == asked
        || (asked == Attendance.IN_PERSON && current.attendance() == Attendance.WAITING_LIST);
  }

  private static List<String> changedFields(Participant before, Participant after) {
    List<String> fields = new ArrayList<>();
    if (!before.name().equals(after.name())) {
      fields.add("name");
    }
    if (before.preferredLanguage() != after.preferredLanguage()) {
      fields.add("preferredLanguage");
    }
    if (before.attendance() != after.attendance()) {
      fields.add("attendance");
    }
    if (!before.accessibility().equals(after.accessibility())) {
      fields.add("accessibility");
    }
    if (before.livedExperience() != after.livedExperience()) {
      fields.add("livedExperience");
    }
    if (before.publicListing() != after.publicListing()) {
      fields.add("publicListing");
    }
    if (!before.timeZone().equals(after.timeZone())) {
      fields.add("timeZone");
    }
    return fields;
  }
}
