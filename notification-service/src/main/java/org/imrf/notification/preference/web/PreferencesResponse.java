package org.imrf.notification.preference.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.notification.delivery.Channel;
import org.imrf.notification.preference.AlwaysByEmail;
import org.imrf.notification.preference.Preferences;

/** A participant's preferences as the API shows them. */
@Schema(name = "Preferences")
record PreferencesResponse(
    UUID participantId,
    @Schema(description = "ISO 639-1 code of the UN language messages are written in")
        String language,
    @Schema(description = "Text direction of that language") String direction,
    @Schema(allowableValues = {"immediate", "daily-digest"}) String deliveryMode,
    @Schema(description = "The local hour of the daily digest, 0 to 23") int digestHour,
    @Schema(description = "The time zone of that hour: the participant's") String timeZone,
    @Schema(description = "The channels chosen for every kind (*) and per kind")
        Map<String, List<String>> channels,
    @Schema(description = "Kinds that always go by email immediately, whatever is chosen")
        List<String> alwaysByEmail,
    int version) {

  static PreferencesResponse of(Preferences preferences) {
    Map<String, List<String>> channels = new LinkedHashMap<>();
    preferences
        .channels()
        .forEach(
            (kind, chosen) ->
                channels.put(kind, chosen.stream().sorted().map(Channel::code).toList()));
    return new PreferencesResponse(
        preferences.participantId(),
        preferences.language(),
        UnLanguages.direction(preferences.language()),
        preferences.deliveryMode().code(),
        preferences.digestHour(),
        preferences.timeZone(),
        channels,
        AlwaysByEmail.KINDS.stream().sorted().toList(),
        preferences.version());
  }
}
