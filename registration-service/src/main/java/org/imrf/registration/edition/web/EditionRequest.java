package org.imrf.registration.edition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.backbone.web.FieldError;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.backbone.web.OneOf;
import org.imrf.registration.edition.EditionSchedules;
import org.imrf.registration.edition.Schedule;
import org.imrf.registration.edition.Segment;
import org.imrf.registration.edition.SegmentKind;

/**
 * An edition as organisers describe it. Times are local to the edition's time zone (for New York,
 * as the programme is printed there).
 */
@Schema(name = "EditionRequest")
record EditionRequest(
    @Schema(example = "imrf-2026")
        @NotBlank
        @Pattern(regexp = "imrf-[0-9]{4}", message = "must be an edition id such as imrf-2026")
        String id,
    @Schema(
            description = TITLES,
            example =
                "{\"en\": \"International Migration Review Forum 2026\", \"fr\": \"Forum"
                    + " d'examen des migrations internationales de 2026\"}")
        Map<String, String> titles,
    @Schema(description = ENGLISH_ONLY, deprecated = true) String title,
    @Schema(description = "First day, once set") LocalDate startsOn,
    @Schema(description = "Last day, once set") LocalDate endsOn,
    @Size(max = 300) String venue,
    @Schema(example = "America/New_York") @NotBlank @Size(max = 64) String timeZone,
    @Schema(description = "Local time; open from the start when empty")
        LocalDateTime registrationOpensAt,
    @Schema(description = "Local time; open to the end when empty")
        LocalDateTime registrationClosesAt,
    @Size(max = 60) List<@Valid @NotNull SegmentRequest> programme) {

  /** One segment of the programme. */
  @Schema(name = "SegmentRequest")
  record SegmentRequest(
      @NotBlank @OneOf(SegmentKind.class) String kind,
      @Schema(description = TITLES, example = "{\"en\": \"Multi-stakeholder hearing\"}")
          Map<String, String> titles,
      @Schema(description = ENGLISH_ONLY, deprecated = true) String title,
      @Schema(example = "2026-05-04T10:00:00") @NotNull LocalDateTime startsAt,
      @Schema(example = "2026-05-04T18:00:00") @NotNull LocalDateTime endsAt) {}

  static final String TITLES =
      "The title in each UN language given, keyed by code (ar, zh, en, fr, ru, es): English"
          + " required, the others optional; each at most 200 characters";
  static final String ENGLISH_ONLY =
      "Instead of titles, for clients written before titles were translated: the English title"
          + " alone";
  static final int TITLE_LENGTH = 200;

  /**
   * The edition this describes.
   *
   * @throws InvalidFields if its fields do not hold together
   */
  EditionSchedules.Draft toDraft(boolean demo) {
    List<FieldError> errors = new ArrayList<>();
    MultilingualText editionTitles = titles("", titles, title, errors);
    ZoneId zone = null;
    try {
      zone = ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      errors.add(new FieldError("timeZone", "must be a time zone such as America/New_York"));
    }
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      errors.add(new FieldError("endsOn", "must not be before startsOn"));
    }
    if (registrationOpensAt != null
        && registrationClosesAt != null
        && !registrationClosesAt.isAfter(registrationOpensAt)) {
      errors.add(new FieldError("registrationClosesAt", "must be after registrationOpensAt"));
    }
    List<SegmentRequest> segments = programme == null ? List.of() : programme;
    List<MultilingualText> segmentTitles = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      SegmentRequest segment = segments.get(i);
      segmentTitles.add(titles("programme[" + i + "].", segment.titles(), segment.title(), errors));
      if (!segment.endsAt().isAfter(segment.startsAt())) {
        errors.add(new FieldError("programme[" + i + "].endsAt", "must be after startsAt"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFields(errors);
    }
    ZoneId in = zone;
    List<Segment> programme = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      SegmentRequest segment = segments.get(i);
      programme.add(
          new Segment(
              Coded.ofCode(SegmentKind.class, segment.kind()).orElseThrow(),
              segmentTitles.get(i),
              at(segment.startsAt(), in),
              at(segment.endsAt(), in)));
    }
    return new EditionSchedules.Draft(
        id,
        editionTitles,
        new Schedule(Optional.ofNullable(startsOn), Optional.ofNullable(endsOn), programme),
        Optional.ofNullable(venue).map(String::strip).filter(v -> !v.isEmpty()),
        in,
        Optional.ofNullable(registrationOpensAt).map(time -> at(time, in)),
        Optional.ofNullable(registrationClosesAt).map(time -> at(time, in)),
        demo);
  }

  private static MultilingualText titles(
      String path, Map<String, String> titles, String title, List<FieldError> errors) {
    return MultilingualText.readEither(
        path + "titles", titles, path + "title", title, TITLE_LENGTH, false, true, errors);
  }

  private static Instant at(LocalDateTime local, ZoneId zone) {
    return local.atZone(zone).toInstant();
  }
}
