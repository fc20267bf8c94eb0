package org.imrf.notification.confirmation;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.imrf.notification.notification.Message;
import org.imrf.notification.notification.Notification;
import org.imrf.notification.notification.Notifications;
import org.imrf.notification.notification.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Writes each new participant a confirmation of their registration, in their language. */
@Service
public class RegistrationConfirmations {

  public static final String KIND = "registration-confirmation";
  private static final Set<String> UN_LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");
  private static final Logger log = LoggerFactory.getLogger(RegistrationConfirmations.class);

  private final Notifications notifications;
  private final Templates templates;
  private final Clock clock;

  RegistrationConfirmations(Notifications notifications, Templates templates, Clock clock) {
    this.notifications = notifications;
    this.templates = templates;
    this.clock = clock;
  }

  /**
   * Creates the confirmation; runs in the transaction that records the event as processed.
   *
   * @param eventId the event's id, kept so that one event confirms once
   */
  public void confirm(ParticipantRegistered registered, UUID eventId) {
    String language = registered.preferredLanguage();
    if (!UN_LANGUAGES.contains(language)) {
      // better an English confirmation than none
      log.warn(
          "Participant {} asked for '{}', not a UN language: confirming in English",
          registered.participantId(),
          language);
      language = "en";
    }
    Message message =
        templates.render(KIND, language, registered.name(), registered.editionTitle());
    notifications.add(
        new Notification(
            UUID.randomUUID(),
            registered.participantId(),
            eventId,
            KIND,
            "email",
            registered.email(),
            language,
            message.subject(),
            message.body(),
            Instant.now(clock)));
  }
}
