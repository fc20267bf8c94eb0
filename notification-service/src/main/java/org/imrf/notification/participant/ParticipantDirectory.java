package org.imrf.notification.participant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imrf.backbone.forgetting.ForgetsParticipants;
import org.imrf.backbone.inbox.EventHandlers;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.notification.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps this service's copy of each participant up to date from their events, and deletes it when
 * they are erased. Every method runs in the transaction that records the event as processed.
 */
@Service
public class ParticipantDirectory implements EventHandlers, ForgetsParticipants {

  private static final Set<String> UN_LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");
  private static final Logger log = LoggerFactory.getLogger(ParticipantDirectory.class);

  private final KnownParticipants known;

  ParticipantDirectory(KnownParticipants known) {
    this.known = known;
  }

  @Override
  public void register(Routes routes) {
    routes
        .from(Topics.PARTICIPANTS)
        .on(ParticipantRegistered.TYPE, ParticipantRegistered.class, this::remember)
        .on(ParticipantRegisteredV2.TYPE, ParticipantRegisteredV2.class, this::remember)
        .on(ParticipantRegisteredV3.TYPE, ParticipantRegisteredV3.class, this::remember)
        .on(ParticipantDetailsChanged.TYPE, ParticipantDetailsChanged.class, this::changed);
  }

  /** Remembers a participant registered before registrations said how they attend. */
  private void remember(ParticipantRegistered registered) {
    known.save(
        new KnownParticipant(
            registered.participantId(),
            registered.name(),
            registered.email(),
            null,
            null,
            null,
            language(registered.participantId(), registered.preferredLanguage()),
            registered.editionId(),
            MultilingualText.english(registered.editionTitle()),
            null,
            null,
            null,
            null));
  }

  /** Remembers a participant registered before the edition's title was given per language. */
  private void remember(ParticipantRegisteredV2 registered) {
    known.save(
        new KnownParticipant(
            registered.participantId(),
            registered.name(),
            registered.email(),
            registered.organisation(),
            registered.country(),
            registered.category(),
            language(registered.participantId(), registered.preferredLanguage()),
            registered.editionId(),
            MultilingualText.english(registered.editionTitle()),
            registered.attendance(),
            registered.accreditation(),
            registered.timeZone(),
            null));
  }

  /** Remembers a new participant. */
  private void remember(ParticipantRegisteredV3 registered) {
    known.save(
        new KnownParticipant(
            registered.participantId(),
            registered.name(),
            registered.email(),
            registered.organisation(),
            registered.country(),
            registered.category(),
            language(registered.participantId(), registered.preferredLanguage()),
            registered.editionId(),
            registered.editionTitles(),
            registered.attendance(),
            registered.accreditation(),
            registered.timeZone(),
            null));
  }

  /** Keeps a participant's changed name, language, attendance and time zone. */
  private void changed(ParticipantDetailsChanged changed) {
    KnownParticipant participant = require(changed.participantId());
    known.save(
        participant.with(
            changed.name(),
            language(changed.participantId(), changed.preferredLanguage()),
            changed.attendance(),
            participant.accreditation(),
            changed.timeZone() == null ? participant.timeZone() : changed.timeZone()));
  }

  /** Notes a participant's new accreditation state or attendance (null: unchanged). */
  public KnownParticipant standing(UUID participantId, String accreditation, String attendance) {
    KnownParticipant participant = require(participantId);
    KnownParticipant updated =
        participant.with(
            participant.name(),
            participant.language(),
            attendance == null ? participant.attendance() : attendance,
            accreditation == null ? participant.accreditation() : accreditation,
            participant.timeZone());
    known.save(updated);
    return updated;
  }

  /** Notes that a participant cancelled: they hear nothing more about the edition. */
  public KnownParticipant cancelled(UUID participantId, Instant at) {
    KnownParticipant cancelled = require(participantId).cancelled(at);
    known.save(cancelled);
    return cancelled;
  }

  /**
   * Writes to a participant in the language they chose in their preferences from now on, whatever
   * their registration says; null goes back to their registration's.
   *
   * @return false if the participant is not known
   */
  public boolean chooseLanguage(UUID participantId, String language) {
    if (language != null && !UN_LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("Not a UN language: " + language);
    }
    return known.chooseLanguage(participantId, language);
  }

  /** Deletes this service's copy of a participant whose personal data was erased. */
  @Override
  public void forget(UUID participantId) {
    known.forget(participantId);
  }

  public Optional<KnownParticipant> find(UUID participant) {
    return known.find(participant);
  }

  /** The organisations of those participants who name one, by participant: one query. */
  public Map<UUID, String> organisations(Collection<UUID> participants) {
    return known.organisations(participants);
  }

  /**
   * The participant, whose registration must have been seen: their events arrive in order.
   *
   * @throws IllegalStateException if it was not
   */
  public KnownParticipant require(UUID participant) {
    return known
        .find(participant)
        .orElseThrow(
            () -> new IllegalStateException("No registration seen for participant " + participant));
  }

  /** Everyone still registered for an edition. */
  public List<KnownParticipant> ofEdition(String edition) {
    return known.ofEdition(edition);
  }

  private static String language(UUID participant, String language) {
    if (!UN_LANGUAGES.contains(language)) {
      // better English than silence
      log.warn(
          "Participant {} asked for '{}', not a UN language: writing in English",
          participant,
          language);
      return "en";
    }
    return language;
  }
}
