package org.imrf.notification.preference;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.imrf.notification.EventFixtures;
import org.imrf.notification.participant.ParticipantDirectory;

/** Registers participants in this service's directory, as registration-service's events do. */
public final class Participants {

  private Participants() {}

  /** A participant registered in the language, once this service knows them. */
  public static UUID registered(ParticipantDirectory directory, String name, String language) {
    UUID participant = UUID.randomUUID();
    EventFixtures.registered(UUID.randomUUID(), participant, name, language).send();
    await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(participant).isPresent());
    return participant;
  }
}
