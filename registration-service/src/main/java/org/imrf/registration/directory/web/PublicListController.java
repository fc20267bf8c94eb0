package org.imrf.registration.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.imrf.registration.directory.ParticipantLists;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Participant lists")
@RestController
class PublicListController {

  private final ParticipantLists lists;

  PublicListController(ParticipantLists lists) {
    this.lists = lists;
  }

  /** One page of the public participant list. */
  @Schema(name = "PublicParticipantList")
  record PublicListResponse(
      String edition,
      List<ParticipantLists.Listed> items,
      int page,
      int size,
      long totalItems,
      long totalPages) {}

  @Operation(
      summary = "The public participant list",
      description =
          "Registered participants who agreed to appear on it: name, organisation, country and"
              + " category only, by name.")
  @GetMapping("/editions/{edition}/participants")
  PublicListResponse publicList(
      @PathVariable
          @Pattern(regexp = "imrf-[0-9]{4}", message = "must be an edition id such as imrf-2026")
          String edition,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
    ParticipantLists.PublicList list = lists.publicList(edition, page, size);
    return new PublicListResponse(
        edition, list.items(), page, size, list.total(), (list.total() + size - 1) / size);
  }
}
