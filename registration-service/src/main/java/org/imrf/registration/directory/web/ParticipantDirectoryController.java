package org.imrf.registration.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.web.IsoCountry;
import org.imrf.backbone.web.OneOf;
import org.imrf.backbone.web.SortedBy;
import org.imrf.registration.directory.ParticipantLists;
import org.imrf.registration.directory.ParticipantQuery;
import org.imrf.registration.participant.Accreditation;
import org.imrf.registration.participant.Attendance;
import org.imrf.registration.participant.Category;
import org.imrf.registration.participant.RegistrationStatus;
import org.imrf.registration.participant.UnLanguage;
import org.imrf.registration.participant.web.ParticipantResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@Tag(name = "Participant lists", description = "Organisers' lists, counts and exports")
@RestController
class ParticipantDirectoryController {

  private static final String EDITION = "imrf-[0-9]{4}";
  private static final String EDITION_MESSAGE = "must be an edition id such as imrf-2026";

  private final ParticipantLists lists;

  ParticipantDirectoryController(ParticipantLists lists) {
    this.lists = lists;
  }

  /** One page of participants. */
  @Schema(name = "ParticipantPage")
  record PageResponse(
      List<ParticipantResponse> items, int page, int size, long totalItems, long totalPages) {}

  @Operation(
      summary = "Search an edition's participants",
      description =
          "Filters combine (a filter given several times matches any of its values); text is"
              + " looked for in name, email and organisation. Sorted by registration time, newest"
              + " first, unless sort says otherwise (e.g. sort=name or sort=country,desc).",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "One page")
  @GetMapping("/participants")
  PageResponse search(
      @RequestParam @NotNull @Pattern(regexp = EDITION, message = EDITION_MESSAGE) String edition,
      @Parameter(description = "Categories")
          @RequestParam(required = false)
          @OneOf(value = Category.class, message = "must be a participant category")
          List<String> category,
      @Parameter(description = "Statuses")
          @RequestParam(required = false)
          @OneOf(RegistrationStatus.class)
          List<String> status,
      @Parameter(description = "Accreditation states")
          @RequestParam(required = false)
          @OneOf(value = Accreditation.class, message = "must be an accreditation state")
          List<String> accreditation,
      @Parameter(description = "Countries (ISO 3166-1 alpha-2)") @RequestParam(required = false)
          List<@IsoCountry String> country,
      @Parameter(description = "Preferred languages")
          @RequestParam(required = false)
          @OneOf(UnLanguage.class)
          List<String> language,
      @Parameter(description = "Ways of attending")
          @RequestParam(required = false)
          @OneOf(Attendance.class)
          List<String> attendance,
      @Parameter(description = "Text in name, email or organisation")
          @RequestParam(required = false)
          @Size(max = 200)
          String q,
      @Parameter(description = "Field and direction, e.g. name or registeredAt,desc")
          @RequestParam(defaultValue = "registeredAt,desc")
          @SortedBy(ParticipantQuery.Sort.class)
          String sort,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    ParticipantLists.Page found =
        lists.search(
            query(
                edition,
                category,
                status,
                accreditation,
                country,
                language,
                attendance,
                q,
                sort,
                page,
                size));
    return new PageResponse(
        found.items().stream().map(ParticipantResponse::of).toList(),
        found.page(),
        found.size(),
        found.total(),
        (found.total() + found.size() - 1) / found.size());
  }

  /** How many participants an edition has. */
  @Schema(name = "ParticipantCounts")
  record CountsResponse(
      String edition,
      @Schema(description = "Every registration") long total,
      @Schema(description = "Registered or awaiting accreditation") long live,
      @Schema(description = "Every registration, by status") Map<String, Long> byStatus,
      @Schema(description = "Live registrations by category") Map<String, Long> byCategory,
      @Schema(description = "Live registrations by UN M49 region") Map<String, Long> byRegion,
      @Schema(description = "Live registrations by preferred language")
          Map<String, Long> byLanguage,
      @Schema(description = "Live registrations by attendance") Map<String, Long> byAttendance,
      @Schema(description = "Live registrations by accreditation")
          Map<String, Long> byAccreditation) {}

  @Operation(
      summary = "Count an edition's participants",
      description = "By status, category, region, language, attendance and accreditation.",
      security = @SecurityRequirement(name = "bearer"))
  @GetMapping("/participants/counts")
  CountsResponse counts(
      @RequestParam @NotNull @Pattern(regexp = EDITION, message = EDITION_MESSAGE) String edition) {
    ParticipantLists.Counts counts = lists.counts(edition);
    return new CountsResponse(
        edition,
        counts.total(),
        counts.live(),
        counts.byStatus(),
        counts.byCategory(),
        counts.byRegion(),
        counts.byLanguage(),
        counts.byAttendance(),
        counts.byAccreditation());
  }

  @Operation(
      summary = "Export the participant list as CSV",
      description =
          "The participants the filters match who consented to appear on the public list, with"
              + " only what that list shows: name, organisation, country, category. UTF-8 with a"
              + " byte order mark, so that spreadsheets read every script.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The CSV file")
  @GetMapping(path = "/participants/export", produces = "text/csv")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam @NotNull @Pattern(regexp = EDITION, message = EDITION_MESSAGE) String edition,
      @RequestParam(required = false)
          @OneOf(value = Category.class, message = "must be a participant category")
          List<String> category,
      @RequestParam(required = false) List<@IsoCountry String> country,
      @RequestParam(required = false) @OneOf(UnLanguage.class) List<String> language,
      @RequestParam(required = false) @OneOf(Attendance.class) List<String> attendance,
      @RequestParam(defaultValue = "name") @SortedBy(ParticipantQuery.Sort.class) String sort) {
    ParticipantQuery query =
        query(edition, category, null, null, country, language, attendance, null, sort, 0, 1);
    // an unknown edition is answered 404 before the file starts
    lists.counts(edition);
    StreamingResponseBody body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write('\uFEFF');
          writer.write("name,organisation,country,category\r\n");
          lists.export(
              query,
              listed -> {
                try {
                  writer.write(
                      Csv.row(
                          listed.name(),
                          listed.organisation(),
                          listed.country(),
                          listed.category()));
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
          writer.flush();
        };
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(edition + "-participants.csv")
                .build()
                .toString())
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(body);
  }

  private static ParticipantQuery query(
      String edition,
      List<String> category,
      List<String> status,
      List<String> accreditation,
      List<String> country,
      List<String> language,
      List<String> attendance,
      String text,
      String sort,
      int page,
      int size) {
    String[] order = sort.split(",");
    return new ParticipantQuery(
        edition,
        decode(category, code -> Coded.ofCode(Category.class, code).orElseThrow()),
        decode(status, code -> Coded.ofCode(RegistrationStatus.class, code).orElseThrow()),
        decode(accreditation, code -> Coded.ofCode(Accreditation.class, code).orElseThrow()),
        decode(country, Function.identity()),
        decode(language, code -> Coded.ofCode(UnLanguage.class, code).orElseThrow()),
        decode(attendance, code -> Coded.ofCode(Attendance.class, code).orElseThrow()),
        text,
        Coded.ofCode(ParticipantQuery.Sort.class, order[0]).orElseThrow(),
        order.length > 1 && order[1].equals("desc"),
        page,
        size);
  }

  private static <T> Set<T> decode(Collection<String> codes, Function<String, T> decode) {
    return codes == null ? Set.of() : codes.stream().map(decode).collect(Collectors.toSet());
  }
}
