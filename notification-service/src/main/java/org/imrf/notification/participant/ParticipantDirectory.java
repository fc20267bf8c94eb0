package org.imrf.notification.participant;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Keeps this service's copy of each participant up to date from their events. */
@Service
public class ParticipantDirectory {

  private static final Set<String> UN_LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");
  private static final Logger log = LoggerFactory.getLogger(ParticipantDirectory.class);

  private final KnownParticipants known;

  ParticipantDirectory(KnownParticipants known) {
    this.known = known;
  }

  /** Remembers a new participant; runs in the transaction that records the event as processed. */
  public void remember(ParticipantRegistered registered) {
    String language = registered.preferredLanguage();
    if (!UN_LANGUAGES.contains(language)) {
      // better English than silence
      log.warn(
          "Participant {} asked for '{}', not a UN language: writing in English",
          registered.participantId(),
          language);
      language = "en";
    }
    known.save(
        new KnownParticipant(
            registered.participantId(),
            registered.name(),
            registered.email(),
            language,
            registered.editionId(),
            registered.editionTitle()));
  }

  public Optional<KnownParticipant> find(UUID participant) {
    return known.find(participant);
  }

  public List<KnownParticipant> ofEdition(String edition) {
    return known.ofEdition(edition);
  }
}
