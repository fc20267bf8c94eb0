package org.imrf.registration.hearing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.hearing.Balance;
import org.imrf.registration.hearing.ListOfSpeakers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Hearing")
@RestController
class HearingBalanceController {

  private final ListOfSpeakers speakers;

  HearingBalanceController(ListOfSpeakers speakers) {
    this.speakers = speakers;
  }

  /** The balance of the selection beside that of every request. */
  @Schema(name = "HearingBalance")
  record BalanceResponse(
      String edition,
      @Schema(description = "The session counted, or null for the whole hearing") UUID session,
      @Schema(description = "The speakers selected") Tally selection,
      @Schema(description = "Every request, whatever was decided") Tally requests) {

    /** Counts of a group of requests; every possible value is listed, with zero if need be. */
    @Schema(name = "HearingBalanceTally")
    record Tally(
        long total,
        @Schema(description = "By UN M49 region of the speaker's country")
            Map<String, Balance.Share> byRegion,
        @Schema(
                description =
                    "By gender as speakers describe it: woman, man, non-binary, self-described"
                        + " (own words, counted together), prefers-not-to-say, not-given")
            Map<String, Balance.Share> byGender,
        @Schema(description = "By stakeholder category") Map<String, Balance.Share> byCategory,
        @Schema(description = "By self-declared lived experience of migration: yes, no, not-said")
            Map<String, Balance.Share> byLivedExperience) {

      static Tally of(Balance.Tally tally) {
        return new Tally(
            tally.total(),
            tally.byRegion(),
            tally.byGender(),
            tally.byCategory(),
            tally.byLivedExperience());
      }
    }
  }

  @Operation(
      summary = "The balance of the list of speakers",
      description =
          "For the current selection and for every request: counts and shares (percent of the"
              + " group, one decimal) by region, gender, stakeholder category and lived"
              + " experience, e.g. Africa 1 of 8 selected against 6 of 30 requests. Speakers who"
              + " no longer take part are not counted.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The balance")
  @ApiResponse(responseCode = "404", description = "No such edition or session")
  @GetMapping("/editions/{edition}/hearing/balance")
  BalanceResponse balance(
      @PathVariable String edition,
      @Parameter(description = "One session; the whole hearing when left out")
          @RequestParam(required = false)
          UUID session) {
    Balance balance = speakers.balance(edition, session);
    return new BalanceResponse(
        edition,
        session,
        BalanceResponse.Tally.of(balance.selection()),
        BalanceResponse.Tally.of(balance.requests()));
  }
}
