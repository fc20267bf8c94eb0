package org.imrf.registration.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.imrf.backbone.language.LocalTimes;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.EditionSchedules;
import org.imrf.registration.edition.Segment;
import org.imrf.registration.edition.UnknownEdition;
import org.imrf.registration.hearing.HearingProgramme;
import org.imrf.registration.hearing.HearingSession;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An edition's programme as a page for people, in the reader's language ({@code ?lang=}, else
 * {@code Accept-Language}, else English): Arabic right to left, times where the forum is held,
 * titles translated where organisers gave a translation and marked as English where they did not.
 * Messages link here, through the gateway's {@code /programme/{edition}}.
 */
@Tag(name = "Editions")
@Controller
class ProgrammePageController {

  static final List<String> KEYS =
      List.of(
          "page.title",
          "skip",
          "languages",
          "programme",
          "column.time",
          "column.segment",
          "column.kind",
          "hearing.heading",
          "hearing.caption",
          "column.starts",
          "column.session",
          "column.theme",
          "empty",
          "demo",
          "venue",
          "footer");
  private static final Map<String, String> AUTONYMS =
      Map.of(
          "ar", "العربية",
          "zh", "中文",
          "en", "English",
          "fr", "Français",
          "ru", "Русский",
          "es", "Español");

  private final EditionSchedules editions;
  private final HearingProgramme hearing;
  private final ITemplateEngine templates;
  private final ResourceBundleMessageSource texts;
  private final String style;
  private final String policy;

  ProgrammePageController(
      EditionSchedules editions, HearingProgramme hearing, ITemplateEngine templates) {
    this.editions = editions;
    this.hearing = hearing;
    this.templates = templates;
    this.texts = new ResourceBundleMessageSource();
    texts.setBasename("i18n/programme");
    texts.setDefaultEncoding("UTF-8");
    texts.setFallbackToSystemLocale(false);
    texts.setAlwaysUseMessageFormat(true);
    this.style = read("templates/programme.css");
    // nothing but this page's own style sheet: no script, no frame, no form
    this.policy =
        "default-src 'none'; style-src '"
            + sha256(style)
            + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  @Operation(
      summary = "An edition's programme as a page for people (HTML)",
      description =
          "In the reader's language (?lang=, else Accept-Language, else English), Arabic right to"
              + " left; times where the forum is held; titles in that language where translated."
              + " Public; the gateway serves it at /programme/{edition}.")
  @ApiResponse(responseCode = "200", description = "The page")
  @ApiResponse(responseCode = "400", description = "lang is not a UN language")
  @ApiResponse(responseCode = "404", description = "No such edition")
  @GetMapping(path = "/editions/{edition}/programme", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(
      @PathVariable String edition,
      @Parameter(description = "A UN language: ar, zh, en, fr, ru or es")
          @RequestParam(required = false)
          String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    String language = UnLanguages.forReader(lang, acceptLanguage);
    Edition found = editions.find(edition).orElseThrow(() -> new UnknownEdition(edition));
    // rendered here rather than by a view, which would set Content-Language from the request
    String html =
        templates.process(
            "programme",
            new Context(
                Locale.forLanguageTag(language),
                Map.of("page", page(found, hearing.sessions(edition), language))));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_LANGUAGE, language)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .header("Content-Security-Policy", policy)
        .body(html);
  }

  private ProgrammePage page(Edition edition, List<HearingSession> sessions, String language) {
    ZoneId zone = edition.timeZone();
    Map<String, String> words = new LinkedHashMap<>();
    for (String key : KEYS) {
      words.put(key, text(key, language));
    }
    words.put("page.title", text("page.title", language, edition.titles().in(language)));
    Map<LocalDate, List<Segment>> byDay = new TreeMap<>();
    edition
        .programme()
        .forEach(
            segment ->
                byDay
                    .computeIfAbsent(
                        segment.startsAt().atZone(zone).toLocalDate(), day -> new ArrayList<>())
                    .add(segment));
    List<ProgrammePage.Day> days = new ArrayList<>();
    byDay.forEach(
        (day, segments) -> {
          String heading = LocalTimes.day(day, language);
          days.add(
              new ProgrammePage.Day(
                  "day-" + day,
                  heading,
                  text("day.caption", language, heading),
                  segments.stream()
                      .map(
                          segment ->
                              new ProgrammePage.Row(
                                  iso(segment.startsAt(), zone),
                                  iso(segment.endsAt(), zone),
                                  LocalTimes.times(
                                      segment.startsAt(), segment.endsAt(), zone, language),
                                  text(segment.titles(), language),
                                  text("kind." + segment.kind().code(), language)))
                      .toList()));
        });
    return new ProgrammePage(
        language,
        UnLanguages.direction(language),
        text(edition.titles(), language),
        edition.startsOn().isPresent() && edition.endsOn().isPresent()
            ? LocalTimes.dates(edition.startsOn().get(), edition.endsOn().get(), language)
            : text("dates.none", language),
        edition.venue().orElse(null),
        text("zone", language, LocalTimes.city(zone, language)),
        days,
        sessions.stream()
            .map(
                session ->
                    new ProgrammePage.Session(
                        iso(session.startsAt(), zone),
                        LocalTimes.dateTime(session.startsAt(), zone, language),
                        text(session.titles(), language),
                        session.themes() == null ? null : text(session.themes(), language)))
            .toList(),
        edition.demo(),
        UnLanguages.CODES.stream()
            .map(
                code -> new ProgrammePage.Language(code, AUTONYMS.get(code), code.equals(language)))
            .toList(),
        words,
        style);
  }

  private static ProgrammePage.Text text(MultilingualText text, String language) {
    MultilingualText.Localized localized = text.localized(language);
    if (!localized.fallback(language)) {
      return new ProgrammePage.Text(localized.text(), null, null);
    }
    String direction = UnLanguages.direction(localized.language());
    return new ProgrammePage.Text(
        localized.text(),
        localized.language(),
        direction.equals(UnLanguages.direction(language)) ? null : direction);
  }

  private String text(String key, String language, Object... arguments) {
    return texts.getMessage(key, arguments, Locale.forLanguageTag(language));
  }

  private static String iso(Instant at, ZoneId zone) {
    return at.atZone(zone).toOffsetDateTime().toString();
  }

  private static String read(String resource) {
    try {
      return new String(
          new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  private static String sha256(String text) {
    try {
      return "sha256-"
          + Base64.getEncoder()
              .encodeToString(
                  MessageDigest.getInstance("SHA-256")
                      .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No SHA-256 in this JVM", e);
    }
  }
}
