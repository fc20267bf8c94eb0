package org.imrf.registration.participant;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imrf.backbone.domain.StoredAggregate;
import org.imrf.registration.edition.Edition;

/**
 * One person's registration for an edition and the rules of changing it: details change only while
 * it is live and as the caller read it; cancelling or erasing twice changes nothing; an erased one
 * changes no more.
 */
// loaded from its stored state: its events never carry lived experience nor the needs' own words
final class Participation extends StoredAggregate<ParticipantEvent> {

  /**
   * Claims one of the participant's organisation's in-person places (the places feature decides).
   */
  @FunctionalInterface
  interface PlaceClaim {
    Attendance claim(Participant participant, WhenInPersonFull whenFull);
  }

  private final Participant loaded;
  private Participant state;

  /** As stored. */
  Participation(Participant stored) {
    this.loaded = stored;
    this.state = stored;
  }

  /**
   * Someone registers: they take part at once if their category needs no accreditation, else their
   * accreditation is requested.
   *
   * @param email the address, cleaned (lower case)
   * @param organisation the organisation, cleaned
   * @param attendance how they attend, the in-person place claimed already
   */
  static Participation register(
      UUID id,
      Edition edition,
      Registration registration,
      String email,
      String organisation,
      Attendance attendance,
      Instant now) {
    Participant participant =
        new Participant(
            id,
            edition.id(),
            // one form per character, whatever the script or keyboard that typed it
            Normalizer.normalize(registration.name().strip(), Normalizer.Form.NFC),
            email,
            organisation,
            registration.country(),
            registration.category(),
            registration.preferredLanguage(),
            attendance,
            attendance == Attendance.WAITING_LIST ? now : null,
            registration.accessibility(),
            registration.livedExperience(),
            registration.publicListing(),
            registration.timeZone() == null ? edition.timeZone() : registration.timeZone(),
            registration.category().initialAccreditation(),
            null,
            now,
            null,
            null,
            0);
    Participation participation = new Participation(participant);
    participation.record(
        new ParticipantRegistered(
            participant.id(),
            edition.id(),
            edition.titles(),
            participant.name(),
            participant.email(),
            participant.organisation(),
            participant.country(),
            participant.category().code(),
            participant.preferredLanguage().code(),
            participant.attendance().code(),
            participant.accessibility().codes(),
            participant.accreditation().code(),
            participant.timeZone().getId(),
            participant.registeredAt()));
    if (participant.accreditation().undecided()) {
      participation.record(
          new AccreditationRequested(
              participant.id(),
              edition.id(),
              participant.category().track().name().toLowerCase(Locale.ROOT),
              participant.organisation(),
              participant.category().code(),
              now));
    }
    return participation;
  }

  /** The registration as it stands now. */
  Participant participant() {
    return state;
  }

  /** Whether a command changed what is stored (not every change is told to others). */
  boolean changed() {
    return !state.equals(loaded);
  }

  /** Whether the participant held an in-person place when loaded and holds none now. */
  boolean gaveUpInPersonPlace() {
    return loaded.holdsInPersonPlace() && !state.holdsInPersonPlace();
  }

  /**
   * Changes the participant's details; a null field of the change stays as it is. Asking to attend
   * in person claims a place; going online gives one up. Others are told what changed, except lived
   * experience.
   *
   * @param expectedVersion the version the caller read, if they sent one
   * @throws ParticipantChangedMeanwhile if it changed since the caller read it
   * @throws RegistrationClosedForChanges if it was cancelled, refused or erased
   * @throws InPersonPlacesTaken if the claim says so
   */
  void changeDetails(
      DetailsChange change,
      OptionalInt expectedVersion,
      PlaceClaim places,
      String actor,
      Instant now) {
    Participant current = state;
    requireVersion(expectedVersion);
    if (!current.live()) {
      throw new RegistrationClosedForChanges(current.id(), current.status());
    }
    String name =
        change.name() == null
            ? current.name()
            : Normalizer.normalize(change.name().strip(), Normalizer.Form.NFC);
    Participant changed =
        copy(
            current,
            c -> {
              c.name = name;
              c.preferredLanguage =
                  Objects.requireNonNullElse(
                      change.preferredLanguage(), current.preferredLanguage());
              c.accessibility =
                  Objects.requireNonNullElse(change.accessibility(), current.accessibility());
              c.livedExperience =
                  Objects.requireNonNullElse(change.livedExperience(), current.livedExperience());
              c.publicListing =
                  Objects.requireNonNullElse(change.publicListing(), current.publicListing());
              c.timeZone = Objects.requireNonNullElse(change.timeZone(), current.timeZone());
            });
    if (change.attendance() != null && !wants(current, change.attendance())) {
      Attendance attendance =
          change.attendance() == Attendance.IN_PERSON
              ? places.claim(
                  current,
                  Objects.requireNonNullElse(change.whenInPersonFull(), WhenInPersonFull.ASK))
              : Attendance.ONLINE;
      // refused a place, they stay online as they were
      if (attendance != current.attendance()) {
        changed =
            copy(
                changed,
                c -> {
                  c.attendance = attendance;
                  c.waitlistedAt = attendance == Attendance.WAITING_LIST ? now : null;
                });
      }
    }
    List<String> fields = changedFields(current, changed);
    if (fields.isEmpty()) {
      return;
    }
    state = changed;
    // lived experience never leaves this service
    fields.remove("livedExperience");
    if (fields.isEmpty()) {
      return;
    }
    record(
        new ParticipantDetailsChanged(
            changed.id(),
            changed.editionId(),
            fields,
            changed.name(),
            changed.preferredLanguage().code(),
            changed.attendance().code(),
            changed.accessibility().codes(),
            changed.timeZone().getId(),
            changed.publicListing(),
            actor,
            now));
  }

  /**
   * Cancels the registration; cancelling twice changes nothing.
   *
   * @throws ParticipantChangedMeanwhile if it changed since the caller read it
   * @throws RegistrationClosedForChanges if it was erased
   */
  void cancel(String reason, OptionalInt expectedVersion, String actor, Instant now) {
    if (state.status() == RegistrationStatus.CANCELLED) {
      return;
    }
    requireVersion(expectedVersion);
    if (state.status() == RegistrationStatus.ERASED) {
      throw new RegistrationClosedForChanges(state.id(), state.status());
    }
    state = copy(state, c -> c.cancelledAt = now);
    record(
        new ParticipantCancelled(
            state.id(), state.editionId(), actor, reason == null ? null : reason.strip(), now));
  }

  /**
   * Forgets who the participant is: only what the counts need stays (edition, category, country,
   * language, attendance, dates); nothing that names or reaches them. Erasing twice changes
   * nothing.
   */
  void erase(String requestedBy, Instant now) {
    if (state.status() == RegistrationStatus.ERASED) {
      return;
    }
    state =
        copy(
            state,
            c -> {
              c.name = "";
              c.email = null;
              c.organisation = "";
              c.attendance =
                  c.attendance == Attendance.WAITING_LIST ? Attendance.ONLINE : c.attendance;
              c.waitlistedAt = null;
              c.accessibility = AccessibilityNeeds.NONE;
              c.livedExperience = LivedExperience.NOT_SAID;
              c.publicListing = false;
              c.timeZone = ZoneId.of("UTC");
              c.erasedAt = now;
            });
    record(new ParticipantErased(state.id(), state.editionId(), requestedBy, now));
  }

  private void requireVersion(OptionalInt expectedVersion) {
    if (expectedVersion.isPresent() && expectedVersion.getAsInt() != state.version()) {
      throw new ParticipantChangedMeanwhile(state.id());
    }
  }

  /** Whether the participant already has, or is waiting for, what they ask for. */
  private static boolean wants(Participant current, Attendance asked) {
    return current.attendance() == asked
        || (asked == Attendance.IN_PERSON && current.attendance() == Attendance.WAITING_LIST);
  }

  /** A detail a participant may change: its name in the event, and how to read it. */
  private record Detail(String field, Function<Participant, Object> value) {}

  /** The details a participant may change, in the order the event lists them. */
  private static final List<Detail> DETAILS =
      List.of(
          new Detail("name", Participant::name),
          new Detail("preferredLanguage", Participant::preferredLanguage),
          new Detail("attendance", Participant::attendance),
          new Detail("accessibility", Participant::accessibility),
          new Detail("livedExperience", Participant::livedExperience),
          new Detail("publicListing", Participant::publicListing),
          new Detail("timeZone", Participant::timeZone));

  private static List<String> changedFields(Participant before, Participant after) {
    return DETAILS.stream()
        .filter(
            detail -> !Objects.equals(detail.value().apply(before), detail.value().apply(after)))
        .map(Detail::field)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /** A copy of the participant with what {@code change} sets: the one place it is copied. */
  private static Participant copy(Participant from, Consumer<Changeable> change) {
    Changeable changeable = new Changeable(from);
    change.accept(changeable);
    return changeable.participant();
  }

  /**
   * What a participation may change; the rest (edition, category, accreditation, dates of
   * registration) stays as stored.
   */
  private static final class Changeable {
    private final Participant from;
    String name;
    String email;
    String organisation;
    UnLanguage preferredLanguage;
    Attendance attendance;
    Instant waitlistedAt;
    AccessibilityNeeds accessibility;
    LivedExperience livedExperience;
    boolean publicListing;
    ZoneId timeZone;
    Instant cancelledAt;
    Instant erasedAt;

    Changeable(Participant from) {
      this.from = from;
      name = from.name();
      email = from.email();
      organisation = from.organisation();
      preferredLanguage = from.preferredLanguage();
      attendance = from.attendance();
      waitlistedAt = from.waitlistedAt();
      accessibility = from.accessibility();
      livedExperience = from.livedExperience();
      publicListing = from.publicListing();
      timeZone = from.timeZone();
      cancelledAt = from.cancelledAt();
      erasedAt = from.erasedAt();
    }

    Participant participant() {
      return new Participant(
          from.id(),
          from.editionId(),
          name,
          email,
          organisation,
          from.country(),
          from.category(),
          preferredLanguage,
          attendance,
          waitlistedAt,
          accessibility,
          livedExperience,
          publicListing,
          timeZone,
          from.accreditation(),
          from.objectionsUntil(),
          from.registeredAt(),
          cancelledAt,
          erasedAt,
          from.version());
    }
  }
}
