package org.imrf.registration.edition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.backbone.web.OneOf;
import org.imrf.registration.edition.Edition;

/**
 * An edition and its programme, times with the edition's offset; titles in the reader's language
 * ({@code title}) and in every language given ({@code titles}), which organisers edit.
 */
@Schema(name = "Edition")
record EditionResponse(
    String id,
    @Schema(description = READER_TITLE) String title,
    @Schema(description = ALL_TITLES) MultilingualText titles,
    LocalDate startsOn,
    LocalDate endsOn,
    String venue,
    String timeZone,
    OffsetDateTime registrationOpensAt,
    OffsetDateTime registrationClosesAt,
    @OneOf(Edition.RegistrationWindow.class) String registration,
    @Schema(description = "Demonstration data, not a real edition") boolean demo,
    int version,
    List<SegmentResponse> programme) {

  static final String READER_TITLE =
      "The title in the reader's language (?lang=, else Accept-Language), or in English where it"
          + " was not translated";
  static final String ALL_TITLES =
      "The title in each UN language given, keyed by language code; English always";

  /** One segment of the programme. */
  @Schema(name = "Segment")
  record SegmentResponse(
      String kind,
      @Schema(description = READER_TITLE) String title,
      @Schema(description = ALL_TITLES) MultilingualText titles,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt) {}

  static EditionResponse of(Edition edition, String language, Instant now) {
    ZoneId zone = edition.timeZone();
    return new EditionResponse(
        edition.id(),
        edition.titles().in(language),
        edition.titles(),
        edition.startsOn().orElse(null),
        edition.endsOn().orElse(null),
        edition.venue().orElse(null),
        zone.getId(),
        edition.registrationOpensAt().map(at -> at.atZone(zone).toOffsetDateTime()).orElse(null),
        edition.registrationClosesAt().map(at -> at.atZone(zone).toOffsetDateTime()).orElse(null),
        edition.registration(now).code(),
        edition.demo(),
        edition.version(),
        edition.programme().stream()
            .map(
                segment ->
                    new SegmentResponse(
                        segment.kind().code(),
                        segment.titles().in(language),
                        segment.titles(),
                        segment.startsAt().atZone(zone).toOffsetDateTime(),
                        segment.endsAt().atZone(zone).toOffsetDateTime()))
            .toList());
  }
}
