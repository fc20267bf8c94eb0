package org.imrf.notification.preference.web;

import java.util.List;
import java.util.UUID;
import org.imrf.backbone.personaldata.PersonalDataContributor;
import org.imrf.notification.preference.ParticipantPreferences;
import org.springframework.stereotype.Component;

/** What the participant chose to hear, as the preferences API shows it. */
@Component
class PreferencesPersonalData implements PersonalDataContributor {

  private final ParticipantPreferences preferences;

  PreferencesPersonalData(ParticipantPreferences preferences) {
    this.preferences = preferences;
  }

  @Override
  public String part() {
    return "notification-preferences";
  }

  @Override
  public Object exportFor(UUID participantId) {
    return preferences.of(participantId).<Object>map(PreferencesResponse::of).orElse(List.of());
  }
}
