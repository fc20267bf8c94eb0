package org.imrf.registration.edition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.imrf.registration.edition.Edition;

/** An edition and its programme, times with the edition's offset. */
@Schema(name = "Edition")
record EditionResponse(
    String id,
    String title,
    LocalDate startsOn,
    LocalDate endsOn,
    String venue,
    String timeZone,
    OffsetDateTime registrationOpensAt,
    OffsetDateTime registrationClosesAt,
    @Schema(allowableValues = {"not-yet-open", "open", "closed"}) String registration,
    @Schema(description = "Demonstration data, not a real edition") boolean demo,
    int version,
    List<SegmentResponse> programme) {

  /** One segment of the programme. */
  @Schema(name = "Segment")
  record SegmentResponse(
      String kind, String title, OffsetDateTime startsAt, OffsetDateTime endsAt) {}

  static EditionResponse of(Edition edition, Instant now) {
    ZoneId zone = edition.timeZone();
    return new EditionResponse(
        edition.id(),
        edition.title(),
        edition.startsOn().orElse(null),
        edition.endsOn().orElse(null),
        edition.venue().orElse(null),
        zone.getId(),
        edition.registrationOpensAt().map(at -> at.atZone(zone).toOffsetDateTime()).orElse(null),
        edition.registrationClosesAt().map(at -> at.atZone(zone).toOffsetDateTime()).orElse(null),
        edition.registration(now).name().toLowerCase(Locale.ROOT).replace('_', '-'),
        edition.demo(),
        edition.version(),
        edition.programme().stream()
            .map(
                segment ->
                    new SegmentResponse(
                        segment.kind().code(),
                        segment.title(),
                        segment.startsAt().atZone(zone).toOffsetDateTime(),
                        segment.endsAt().atZone(zone).toOffsetDateTime()))
            .toList());
  }
}
