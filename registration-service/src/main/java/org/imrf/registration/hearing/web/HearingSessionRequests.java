package org.imrf.registration.hearing.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.web.FieldError;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.registration.hearing.HearingProgramme;

/** What organisers send to set up a hearing session, change it, or set its running order. */
final class HearingSessionRequests {

  static final String TITLES =
      "The title in each UN language given, keyed by code (ar, zh, en, fr, ru, es): English"
          + " required, the others optional; each at most 200 characters on one line";
  static final String ENGLISH_TITLE =
      "Instead of titles, for clients written before titles were translated: the English title"
          + " alone";
  static final String THEMES =
      "What it is about, in each UN language given (English required if given at all); each at"
          + " most 1,000 characters";
  static final String ENGLISH_THEME = "Instead of themes: the English theme alone";
  static final int TITLE_LENGTH = 200;
  static final int THEME_LENGTH = 1000;
  static final String LINE = "[^\\p{Cntrl}]*";
  static final String TEXT = "[\\n\\r\\t\\P{Cntrl}]*";
  static final String NO_CONTROL = "must not contain control characters";
  static final String STARTS_AT =
      "When the first speaker takes the floor: local time in the edition's time zone, as the"
          + " programme is printed there (2026-05-04T10:00:00), or with an offset"
          + " (2026-05-04T14:00:00Z)";
  static final String SPEAKING_TIME =
      "Each speaker's time limit, an ISO-8601 duration from PT1M to PT15M";

  private HearingSessionRequests() {}

  /** A new session. */
  @Schema(name = "HearingSessionRequest")
  record NewSession(
      @Schema(
              description = TITLES,
              example =
                  "{\"en\": \"Thematic session 2: safe, orderly and regular migration\","
                      + " \"es\": \"Sesión temática 2: migración segura, ordenada y regular\"}")
          Map<String, String> titles,
      @Schema(description = ENGLISH_TITLE, deprecated = true) String title,
      @Schema(
              description = THEMES,
              example =
                  "{\"en\": \"Objectives 4, 8, 9, 10, 11, 13 and 21, detention in"
                      + " particular\"}")
          Map<String, String> themes,
      @Schema(description = ENGLISH_THEME, deprecated = true) String theme,
      @Schema(description = STARTS_AT, example = "2026-05-04T10:00:00") @NotBlank @Size(max = 40)
          String startsAt,
      @Schema(description = SPEAKING_TIME, example = "PT3M", defaultValue = "PT3M") @Size(max = 20)
          String speakingTime) {

    HearingProgramme.Draft toDraft(ZoneId zone) {
      List<FieldError> errors = new ArrayList<>();
      MultilingualText sessionTitles =
          MultilingualText.readEither(
              "titles", titles, "title", title, TITLE_LENGTH, false, true, errors);
      MultilingualText sessionThemes =
          MultilingualText.readEither(
              "themes", themes, "theme", blankAsNone(theme), THEME_LENGTH, true, false, errors);
      Instant start = HearingTimes.instant(startsAt, zone, "startsAt", errors);
      Duration time =
          speakingTime == null
              ? null
              : HearingTimes.speakingTime(speakingTime, "speakingTime", errors);
      if (!errors.isEmpty()) {
        throw new InvalidFields(errors);
      }
      return new HearingProgramme.Draft(sessionTitles, sessionThemes, start, time, false);
    }
  }

  /** A change to a session, as a JSON merge patch: what is left out stays as it is. */
  @Schema(name = "HearingSessionChange")
  record SessionChange(
      @Schema(
              description =
                  "Texts of the title by language, each replacing that language's; null removes a"
                      + " translation (never English's)",
              example = "{\"fr\": \"Séance thématique 2\", \"ru\": null}")
          Map<String, String> titles,
      @Schema(description = "Instead of titles: the English title alone", deprecated = true)
          String title,
      @Schema(
              description =
                  "Texts of the theme by language, as for titles; English is required if the"
                      + " session has no theme yet")
          Map<String, String> themes,
      @Schema(
              description =
                  "Instead of themes: the English theme alone; an empty string removes the theme",
              deprecated = true)
          String theme,
      @Schema(description = STARTS_AT, example = "2026-05-04T15:00:00") @Size(max = 40)
          String startsAt,
      @Schema(description = SPEAKING_TIME, example = "PT4M") @Size(max = 20) String speakingTime) {

    HearingProgramme.Change toChange(ZoneId zone) {
      List<FieldError> errors = new ArrayList<>();
      Map<String, String> titlesPatch =
          patch("titles", titles, "title", title, TITLE_LENGTH, false, errors);
      boolean removeTheme = theme != null && theme.isBlank() && themes == null;
      Map<String, String> themesPatch =
          removeTheme ? null : patch("themes", themes, "theme", theme, THEME_LENGTH, true, errors);
      Instant start =
          startsAt == null ? null : HearingTimes.instant(startsAt, zone, "startsAt", errors);
      Duration time =
          speakingTime == null
              ? null
              : HearingTimes.speakingTime(speakingTime, "speakingTime", errors);
      if (!errors.isEmpty()) {
        throw new InvalidFields(errors);
      }
      return new HearingProgramme.Change(titlesPatch, themesPatch, removeTheme, start, time);
    }

    /** A merge patch given per language, or (older clients) as the English text alone. */
    private static Map<String, String> patch(
        String perLanguageField,
        Map<String, String> perLanguage,
        String englishField,
        String english,
        int maxLength,
        boolean multiline,
        List<FieldError> errors) {
      if (perLanguage != null && english != null) {
        errors.add(
            new FieldError(
                englishField, "must be left out when " + perLanguageField + " is given"));
        return null;
      }
      if (english != null) {
        MultilingualText read =
            MultilingualText.readEither(
                perLanguageField, null, englishField, english, maxLength, multiline, true, errors);
        return read == null ? null : Map.of(UnLanguages.ENGLISH, read.english());
      }
      return perLanguage == null
          ? null
          : MultilingualText.readPatch(
              perLanguageField, perLanguage, maxLength, multiline, false, errors);
    }
  }

  /** A session's running order, as organisers set it. */
  @Schema(name = "RunningOrderRequest")
  record RunningOrderChange(
      @Schema(
              description =
                  "Every selected request of the session, once each, in the order its speakers"
                      + " take the floor")
          @NotNull
          @Size(max = 500)
          List<@NotNull UUID> speakers,
      @Schema(
              description =
                  "Time limits of their own for some speakers, by request id (ISO-8601, PT1M to"
                      + " PT15M); the others have the session's. What is left out is the"
                      + " session's time limit again.",
              example = "{\"0b6f5a57-2d55-4a7c-9e0b-4f4a3c1f7b11\": \"PT5M\"}")
          @Size(max = 500)
          Map<UUID, @NotNull String> speakingTimes) {

    /** The order, each request once. */
    List<UUID> order() {
      Set<UUID> seen = new LinkedHashSet<>();
      List<UUID> repeated = speakers.stream().filter(id -> !seen.add(id)).distinct().toList();
      if (!repeated.isEmpty()) {
        throw new InvalidFields("speakers", "must list each request once; repeated: " + repeated);
      }
      return List.copyOf(speakers);
    }

    /** The time limits of their own, each for a request in the order. */
    Map<UUID, Duration> times() {
      List<FieldError> errors = new ArrayList<>();
      Map<UUID, Duration> times = new LinkedHashMap<>();
      if (speakingTimes != null) {
        speakingTimes.forEach(
            (id, value) -> {
              String field = "speakingTimes." + id;
              if (!speakers.contains(id)) {
                errors.add(new FieldError(field, "must be for a request listed in speakers"));
              }
              Duration time = HearingTimes.speakingTime(value, field, errors);
              if (time != null) {
                times.put(id, time);
              }
            });
      }
      if (!errors.isEmpty()) {
        throw new InvalidFields(errors);
      }
      return times;
    }
  }

  private static String blankAsNone(String theme) {
    return theme == null || theme.isBlank() ? null : theme;
  }
}
