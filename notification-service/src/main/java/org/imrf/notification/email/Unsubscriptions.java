package org.imrf.notification.email;

import org.imrf.notification.delivery.Channel;
import org.imrf.notification.participant.ParticipantDirectory;
import org.imrf.notification.preference.ChannelPreferences;
import org.springframework.stereotype.Service;

/** Turns email off for one kind of message, as an unsubscribe link asks. */
@Service
public class Unsubscriptions {

  private final ChannelPreferences preferences;
  private final ParticipantDirectory participants;

  Unsubscriptions(ChannelPreferences preferences, ParticipantDirectory participants) {
    this.preferences = preferences;
    this.participants = participants;
  }

  /**
   * Records the choice; for a participant this service does not know (erased since the email was
   * sent) it records nothing, so that no row about them comes back.
   */
  public void unsubscribe(Unsubscription unsubscription) {
    if (participants.find(unsubscription.participantId()).isEmpty()) {
      return;
    }
    preferences.choose(unsubscription.participantId(), unsubscription.kind(), Channel.EMAIL, false);
  }
}
