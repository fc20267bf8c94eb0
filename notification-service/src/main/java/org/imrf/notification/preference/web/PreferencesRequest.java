package org.imrf.notification.preference.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.imrf.notification.preference.PreferencesChange;

/** A participant's whole preferences, as they replace them: what is left out takes its default. */
@Schema(name = "PreferencesChange")
record PreferencesRequest(
    @Schema(
            description =
                "ISO 639-1 code of the UN language to write in; null or left out: the"
                    + " registration's",
            example = "fr")
        String language,
    @Schema(
            description = "immediate (the default) or daily-digest",
            allowableValues = {"immediate", "daily-digest"})
        String deliveryMode,
    @Schema(
            description = "The local hour of the daily digest, 0 to 23; 7 when left out",
            example = "7")
        Integer digestHour,
    @Schema(
            description =
                "The channels (email, in-app, webhook) chosen per kind of message (GET"
                    + " /preferences/kinds), and for every kind under *; a kind's own entry wins"
                    + " over *. Left out: email and in-app.",
            example = "{\"*\": [\"email\", \"in-app\"], \"edition-rescheduled\": [\"in-app\"]}")
        Map<String, List<String>> channels) {

  PreferencesChange toChange() {
    return new PreferencesChange(language, deliveryMode, digestHour, channels);
  }
}
