package org.imrf.registration.hearing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imrf.backbone.domain.Coded;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.InvalidFields;
import org.imrf.backbone.web.OneOf;
import org.imrf.backbone.web.SortedBy;
import org.imrf.registration.hearing.Genders;
import org.imrf.registration.hearing.ListOfSpeakers;
import org.imrf.registration.hearing.RequestView;
import org.imrf.registration.hearing.SpeakerRequest;
import org.imrf.registration.hearing.SpeakerRequestNotFound;
import org.imrf.registration.hearing.SpeakerRequestQuery;
import org.imrf.registration.hearing.UnknownHearingSession;
import org.imrf.registration.participant.LivedExperience;
import org.imrf.registration.participant.ParticipantNotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Hearing")
@RestController
@RequestMapping("/editions/{edition}/hearing/requests")
class SpeakerRequestController {

  private static final String GENDER =
      "As the speaker describes themselves, if they wish: woman, man, non-binary,"
          + " prefers-not-to-say, or their own words (up to 50 characters). Only the speaker and"
          + " organisers see it, for the balance of the list of speakers; it is never"
          + " published.";

  private final ListOfSpeakers speakers;

  SpeakerRequestController(ListOfSpeakers speakers) {
    this.speakers = speakers;
  }

  /** A request to speak in the hearing. */
  @Schema(name = "RequestToSpeak")
  record RequestToSpeak(
      @Schema(
              description =
                  "Whom an organiser asks for; a participant asks for themselves and leaves it"
                      + " out")
          UUID participant,
      @Schema(description = "The thematic session") @NotNull UUID session,
      @ArraySchema(
              schema = @Schema(minimum = "1", maximum = "23"),
              arraySchema =
                  @Schema(
                      description =
                          "The GCM objectives the statement addresses, 1 to 23, each once",
                      example = "[13, 7]"))
          @NotNull
          @Size(min = 1, max = 23, message = "must list 1 to 23 objectives")
          List<
                  @NotNull
                  @Min(value = SpeakerRequest.FIRST_OBJECTIVE, message = "must be from 1 to 23")
                  @Max(value = SpeakerRequest.LAST_OBJECTIVE, message = "must be from 1 to 23")
                  Integer>
              objectives,
      @Schema(
              description = "What the statement will say, in short; line breaks allowed",
              example = "Community-based alternatives to child immigration detention")
          @NotBlank
          @Size(max = 1000)
          @Pattern(
              regexp = HearingSessionRequests.TEXT,
              message = HearingSessionRequests.NO_CONTROL)
          String summary,
      @Schema(description = GENDER, example = "woman")
          @Size(max = Genders.LONGEST)
          @Pattern(
              regexp = HearingSessionRequests.LINE,
              message = HearingSessionRequests.NO_CONTROL)
          String gender) {

    ListOfSpeakers.NewRequest toRequest(UUID participant) {
      Set<Integer> seen = new LinkedHashSet<>();
      List<Integer> repeated = objectives.stream().filter(o -> !seen.add(o)).distinct().toList();
      if (!repeated.isEmpty()) {
        throw new InvalidFields(
            "objectives", "must name each objective once; repeated: " + repeated);
      }
      return new ListOfSpeakers.NewRequest(
          participant, session, List.copyOf(objectives), text(summary), gender(gender));
    }

    private static String gender(String gender) {
      if (gender == null || gender.isBlank()) {
        return null;
      }
      String given = text(gender);
      String code = given.toLowerCase(Locale.ROOT);
      return Genders.CODES.contains(code) ? code : given;
    }

    private static String text(String text) {
      return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
  }

  /** A request to speak and where it stands. */
  @Schema(name = "SpeakerRequest")
  record RequestResponse(
      UUID id,
      String edition,
      UUID session,
      @Schema(
              description =
                  "In the reader's language (Accept-Language), or in English where it was not"
                      + " translated")
          String sessionTitle,
      Speaker participant,
      List<Integer> objectives,
      @Schema(description = "Null once the speaker's personal data was erased") String summary,
      @Schema(description = GENDER) String gender,
      @OneOf(SpeakerRequest.Status.class) String status,
      @Schema(description = "While selected: their place in the session's running order, from 1")
          Integer position,
      @Schema(description = "A time limit of their own, if the running order gives one")
          String speakingTime,
      @Schema(description = "participant, or the organiser who asked on their behalf")
          String requestedBy,
      Instant requestedAt,
      @Schema(description = "The organiser who selected or declined it (organisers only)")
          String decidedBy,
      Instant decidedAt,
      @Schema(description = "Why it was declined, as the speaker is told") String declineReason,
      @Schema(description = "What organisers may still do: select, decline")
          List<String> possibleActions) {

    /** Who asks to speak, as their registration says. */
    @Schema(name = "HearingSpeaker")
    record Speaker(
        UUID id,
        String name,
        String organisation,
        String country,
        @Schema(description = "UN M49 region of the country") String region,
        String category,
        @Schema(description = "Self-declared lived experience of migration")
            @OneOf(LivedExperience.class)
            String livedExperience) {}

    static RequestResponse of(RequestView view, boolean forOrganiser, String language) {
      SpeakerRequest request = view.request();
      var speaker = view.speaker();
      return new RequestResponse(
          request.id(),
          request.editionId(),
          request.sessionId(),
          view.sessionTitles().in(language),
          new Speaker(
              speaker.participantId(),
              speaker.name(),
              speaker.organisation(),
              speaker.country(),
              speaker.region(),
              speaker.category().code(),
              speaker.livedExperience().code()),
          request.objectives(),
          request.summary(),
          request.gender(),
          request.status().code(),
          view.place(),
          request.speakingTime() == null ? null : request.speakingTime().toString(),
          request.requestedBy(),
          request.requestedAt(),
          forOrganiser ? request.decidedBy() : null,
          request.decidedAt(),
          request.declineReason(),
          request.status().possibleActions());
    }
  }

  /** One page of requests to speak. */
  @Schema(name = "SpeakerRequestPage")
  record PageResponse(
      List<RequestResponse> items, int page, int size, long totalItems, long totalPages) {}

  /** Why organisers decline a request, as the speaker is told. */
  @Schema(name = "SpeakerDecline")
  record DeclineRequest(
      @Schema(example = "The session's time allowed only eight speakers; many asked.")
          @NotBlank
          @Size(max = 1000)
          @Pattern(
              regexp = HearingSessionRequests.TEXT,
              message = HearingSessionRequests.NO_CONTROL)
          String reason) {}

  @Operation(
      summary = "Ask to speak in the hearing",
      description =
          "A participant asks for themselves; an organiser for a participant, named in the body."
              + " Only accredited stakeholders of the edition may (409 says why not, e.g. that"
              + " accreditation is not yet granted, or that Member State delegates speak in the"
              + " plenary), with one open request per edition (409 points at it).",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "201", description = "Requested")
  @ApiResponse(
      responseCode = "400",
      description = "Invalid fields (an unknown session among them), each listed under errors")
  @ApiResponse(responseCode = "404", description = "No such edition or participant")
  @ApiResponse(
      responseCode = "409",
      description = "Not an accredited stakeholder of the edition, or a request is open already")
  @PostMapping
  ResponseEntity<RequestResponse> request(
      @PathVariable String edition, @Valid @RequestBody RequestToSpeak request) {
    Caller caller = Caller.current();
    UUID participant;
    String actor;
    if (caller.isOrganiser()) {
      if (request.participant() == null) {
        throw new InvalidFields(
            "participant", "is required when an organiser asks on a participant's behalf");
      }
      participant = request.participant();
      actor = caller.actor();
    } else {
      participant =
          caller
              .participantId()
              .orElseThrow(() -> new IllegalStateException("An attendee token names nobody"));
      if (request.participant() != null && !request.participant().equals(participant)) {
        // another participant does not exist for you
        throw new ParticipantNotFound(request.participant());
      }
      actor = "participant";
    }
    RequestView made;
    try {
      made = speakers.request(edition, request.toRequest(participant), actor);
    } catch (UnknownHearingSession e) {
      throw new InvalidFields("session", "must be a session of the hearing of " + edition);
    }
    return ResponseEntity.created(
            ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(made.request().id())
                .toUri())
        .body(RequestResponse.of(made, caller.isOrganiser(), readersLanguage()));
  }

  @Operation(
      summary = "An edition's requests to speak",
      description =
          "With each speaker's region, category, lived experience and gender, for a balanced"
              + " list. Filters combine (several statuses match any). Oldest first unless sort says"
              + " otherwise (e.g. sort=name or sort=status,desc). Speakers who no longer take part"
              + " are left out.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "One page")
  @ApiResponse(responseCode = "404", description = "No such edition or session")
  @GetMapping
  PageResponse requests(
      @PathVariable String edition,
      @Parameter(description = "One session's requests") @RequestParam(required = false)
          UUID session,
      @Parameter(description = "Statuses")
          @RequestParam(required = false)
          @OneOf(SpeakerRequest.Status.class)
          List<String> status,
      @Parameter(description = "Field and direction, e.g. name or requestedAt,desc")
          @RequestParam(defaultValue = "requestedAt")
          @SortedBy(SpeakerRequestQuery.Sort.class)
          String sort,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    String[] order = sort.split(",");
    SpeakerRequestQuery.Page found =
        speakers.search(
            new SpeakerRequestQuery(
                edition,
                session,
                statuses(status),
                Coded.ofCode(SpeakerRequestQuery.Sort.class, order[0]).orElseThrow(),
                order.length > 1 && order[1].equals("desc"),
                page,
                size));
    return new PageResponse(
        found.items().stream()
            .map(view -> RequestResponse.of(view, true, readersLanguage()))
            .toList(),
        found.page(),
        found.size(),
        found.total(),
        (found.total() + found.size() - 1) / found.size());
  }

  @Operation(
      summary = "One request to speak",
      description = "For organisers, and for the participant who asks to speak.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Found")
  @ApiResponse(responseCode = "404", description = "No such request, or not the caller's")
  @GetMapping("/{id}")
  RequestResponse request(@PathVariable String edition, @PathVariable UUID id) {
    Caller caller = Caller.current();
    RequestView view = speakers.find(edition, id);
    if (!caller.actsFor(view.request().participantId())) {
      // another participant's request does not exist for you
      throw new SpeakerRequestNotFound(edition, id);
    }
    return RequestResponse.of(view, caller.isOrganiser(), readersLanguage());
  }

  @Operation(
      summary = "Select a speaker",
      description =
          "They join the end of their session's running order and are told, with their place,"
              + " time limit and planned time. 409 says where the request stands and what is"
              + " possible.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Selected")
  @ApiResponse(
      responseCode = "404",
      description = "No such request, or its speaker no longer takes part")
  @ApiResponse(responseCode = "409", description = "Selected or declined already")
  @PostMapping("/{id}/selection")
  RequestResponse select(@PathVariable String edition, @PathVariable UUID id) {
    return RequestResponse.of(
        speakers.select(edition, id, Caller.current().actor()), true, readersLanguage());
  }

  @Operation(
      summary = "Decline a request to speak",
      description =
          "With the reason the speaker is told; a selected speaker leaves the running order. 409"
              + " if it was declined already.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Declined")
  @ApiResponse(responseCode = "400", description = "No reason given")
  @ApiResponse(
      responseCode = "404",
      description = "No such request, or its speaker no longer takes part")
  @ApiResponse(responseCode = "409", description = "Declined already")
  @PostMapping("/{id}/decline")
  RequestResponse decline(
      @PathVariable String edition,
      @PathVariable UUID id,
      @Valid @RequestBody DeclineRequest request) {
    return RequestResponse.of(
        speakers.decline(
            edition,
            id,
            Normalizer.normalize(request.reason().strip(), Normalizer.Form.NFC),
            Caller.current().actor()),
        true,
        readersLanguage());
  }

  private static Set<SpeakerRequest.Status> statuses(Collection<String> codes) {
    return codes == null
        ? Set.of()
        : codes.stream()
            .map(code -> Coded.ofCode(SpeakerRequest.Status.class, code).orElseThrow())
            .collect(Collectors.toSet());
  }

  /** The reader's language, from Accept-Language: session titles come in it. */
  private static String readersLanguage() {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    return UnLanguages.forReader(null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
  }
}
