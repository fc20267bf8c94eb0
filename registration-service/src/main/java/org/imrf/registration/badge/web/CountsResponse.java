package org.imrf.registration.badge.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imrf.registration.badge.CheckInCounts;

/** An edition's live check-in counts. */
@Schema(name = "CheckInCounts")
record CountsResponse(
    String edition,
    @Schema(description = "Participants checked in") long checkedIn,
    @Schema(
            description =
                "Participants checked in, plus the registered in-person participants not yet"
                    + " checked in")
        long expected,
    @Schema(description = "The same by category code; every category is listed")
        Map<String, Tally> byCategory,
    Instant countedAt) {

  /** Checked in and expected, for one category. */
  @Schema(name = "CheckInTally")
  record Tally(long checkedIn, long expected) {}

  static CountsResponse of(CheckInCounts counts) {
    Map<String, Tally> byCategory = new LinkedHashMap<>();
    counts
        .byCategory()
        .forEach(
            (category, tally) ->
                byCategory.put(category.code(), new Tally(tally.checkedIn(), tally.expected())));
    return new CountsResponse(
        counts.editionId(),
        counts.total().checkedIn(),
        counts.total().expected(),
        byCategory,
        counts.at());
  }
}
