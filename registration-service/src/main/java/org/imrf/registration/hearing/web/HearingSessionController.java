package org.imrf.registration.hearing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.imrf.backbone.language.MultilingualText;
import org.imrf.backbone.language.UnLanguages;
import org.imrf.backbone.security.Caller;
import org.imrf.backbone.web.IfMatch;
import org.imrf.registration.edition.Edition;
import org.imrf.registration.edition.EditionSchedules;
import org.imrf.registration.edition.UnknownEdition;
import org.imrf.registration.hearing.HearingProgramme;
import org.imrf.registration.hearing.HearingSession;
import org.imrf.registration.hearing.ListOfSpeakers;
import org.imrf.registration.hearing.RunningOrder;
import org.imrf.registration.hearing.UnknownHearingSession;
import org.imrf.registration.hearing.web.HearingSessionRequests.NewSession;
import org.imrf.registration.hearing.web.HearingSessionRequests.RunningOrderChange;
import org.imrf.registration.hearing.web.HearingSessionRequests.SessionChange;
import org.imrf.registration.participant.ParticipantLookup;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(
    name = "Hearing",
    description =
        "The informal interactive multi-stakeholder hearing: its thematic sessions, requests to"
            + " speak, the balance of the list of speakers and each session's running order."
            + " Times are shown with the edition's offset.")
@RestController
@RequestMapping("/editions/{edition}/hearing/sessions")
class HearingSessionController {

  static final String IN_READERS_LANGUAGE =
      "In the reader's language (?lang=, else Accept-Language), or in English where it was not"
          + " translated";
  static final String IN_EVERY_LANGUAGE =
      "In each UN language given, keyed by language code; English always";
  static final String LANG = "A UN language: ar, zh, en, fr, ru or es; wins over Accept-Language";

  private final HearingProgramme programme;
  private final ListOfSpeakers speakers;
  private final EditionSchedules editions;
  private final ParticipantLookup registrations;

  HearingSessionController(
      HearingProgramme programme,
      ListOfSpeakers speakers,
      EditionSchedules editions,
      ParticipantLookup registrations) {
    this.programme = programme;
    this.speakers = speakers;
    this.editions = editions;
    this.registrations = registrations;
  }

  /** A thematic session of the hearing. */
  @Schema(name = "HearingSession")
  record SessionResponse(
      UUID id,
      String edition,
      @Schema(description = IN_READERS_LANGUAGE) String title,
      @Schema(description = IN_EVERY_LANGUAGE) MultilingualText titles,
      @Schema(description = IN_READERS_LANGUAGE) String theme,
      @Schema(description = IN_EVERY_LANGUAGE) MultilingualText themes,
      @Schema(description = "When the first speaker takes the floor") OffsetDateTime startsAt,
      @Schema(description = "Each speaker's time limit unless the running order says otherwise")
          String speakingTime,
      @Schema(description = "Demonstration data") boolean demo,
      int version) {

    static SessionResponse of(HearingSession session, ZoneId zone, String language) {
      return new SessionResponse(
          session.id(),
          session.editionId(),
          session.titles().in(language),
          session.titles(),
          session.themes() == null ? null : session.themes().in(language),
          session.themes(),
          HearingTimes.local(session.startsAt(), zone),
          session.speakingTime().toString(),
          session.demo(),
          session.version());
    }
  }

  /** A session's selected speakers in the order they take the floor. */
  @Schema(name = "RunningOrder")
  record RunningOrderResponse(
      UUID session,
      String title,
      OffsetDateTime startsAt,
      @Schema(description = "The session's time limit per speaker") String speakingTime,
      @Schema(description = "When the last speaker is planned to finish")
          OffsetDateTime plannedEndAt,
      List<Turn> speakers) {

    /** One speaker's turn. */
    @Schema(name = "RunningOrderTurn")
    record Turn(
        @Schema(description = "From 1") int position,
        @Schema(description = "The request to speak") UUID request,
        String name,
        String organisation,
        String country,
        String category,
        @Schema(description = "Their time limit") String speakingTime,
        @Schema(description = "Whether the running order gives them a time limit of their own")
            boolean ownSpeakingTime,
        @Schema(
                description =
                    "The session's start plus the time limits of everyone before them: the"
                        + " chair runs the list, so it may come earlier")
            OffsetDateTime plannedStartAt,
        OffsetDateTime plannedEndAt) {}

    static RunningOrderResponse of(RunningOrder order, ZoneId zone, String language) {
      HearingSession session = order.session();
      return new RunningOrderResponse(
          session.id(),
          session.titles().in(language),
          HearingTimes.local(session.startsAt(), zone),
          session.speakingTime().toString(),
          HearingTimes.local(order.plannedEndAt(), zone),
          order.slots().stream()
              .map(
                  slot ->
                      new Turn(
                          slot.place(),
                          slot.request().id(),
                          slot.speaker().name(),
                          slot.speaker().organisation(),
                          slot.speaker().country(),
                          slot.speaker().category().code(),
                          slot.speakingTime().toString(),
                          slot.ownSpeakingTime(),
                          HearingTimes.local(slot.plannedStartAt(), zone),
                          HearingTimes.local(slot.plannedEndAt(), zone)))
              .toList());
    }
  }

  @Operation(summary = "The thematic sessions of an edition's hearing, earliest first")
  @ApiResponse(responseCode = "200", description = "The sessions")
  @ApiResponse(responseCode = "404", description = "No such edition")
  @GetMapping
  ResponseEntity<List<SessionResponse>> sessions(
      @PathVariable String edition,
      @Parameter(description = LANG) @RequestParam(required = false) String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    ZoneId zone = zone(edition);
    String language = UnLanguages.forReader(lang, acceptLanguage);
    return inLanguage(ResponseEntity.ok(), language)
        .body(
            programme.sessions(edition).stream()
                .map(session -> SessionResponse.of(session, zone, language))
                .toList());
  }

  @Operation(summary = "One thematic session; its ETag is its version")
  @ApiResponse(responseCode = "200", description = "Found")
  @ApiResponse(responseCode = "404", description = "No such edition or session")
  @GetMapping("/{session}")
  ResponseEntity<SessionResponse> session(
      @PathVariable String edition,
      @PathVariable UUID session,
      @Parameter(description = LANG) @RequestParam(required = false) String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    ZoneId zone = zone(edition);
    return answer(
        programme.session(edition, session), zone, UnLanguages.forReader(lang, acceptLanguage));
  }

  @Operation(
      summary = "Set up a thematic session of the hearing",
      description =
          "The start may be local to the edition's time zone or carry an offset; the time limit"
              + " per speaker is PT3M unless said (PT1M to PT15M).",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "201", description = "Set up")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each listed under errors")
  @ApiResponse(responseCode = "404", description = "No such edition")
  @PostMapping
  ResponseEntity<SessionResponse> create(
      @PathVariable String edition,
      @Valid @RequestBody NewSession request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    ZoneId zone = zone(edition);
    HearingSession session =
        programme.create(edition, request.toDraft(zone), Caller.current().actor());
    String language = UnLanguages.forReader(null, acceptLanguage);
    return inLanguage(
            ResponseEntity.created(
                ServletUriComponentsBuilder.fromCurrentRequest()
                    .path("/{id}")
                    .buildAndExpand(session.id())
                    .toUri()),
            language)
        .eTag(IfMatch.etag(session.version()))
        .body(SessionResponse.of(session, zone, language));
  }

  @Operation(
      summary = "Change a thematic session",
      description =
          "A JSON merge patch of title, theme, start and time limit per speaker; the speakers'"
              + " planned times follow. Send If-Match with the ETag you read to be sure you change"
              + " what you saw.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Changed")
  @ApiResponse(responseCode = "400", description = "Invalid fields, each listed under errors")
  @ApiResponse(responseCode = "404", description = "No such edition or session")
  @ApiResponse(responseCode = "412", description = "Changed since you read it")
  @PatchMapping(
      path = "/{session}",
      consumes = {"application/merge-patch+json", "application/json"})
  ResponseEntity<SessionResponse> change(
      @PathVariable String edition,
      @PathVariable UUID session,
      @Parameter(description = "The ETag you read")
          @RequestHeader(name = "If-Match", required = false)
          String ifMatch,
      @Valid @RequestBody SessionChange request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    ZoneId zone = zone(edition);
    HearingSession changed =
        programme.change(
            edition,
            session,
            request.toChange(zone),
            IfMatch.version(ifMatch),
            Caller.current().actor());
    return answer(changed, zone, UnLanguages.forReader(null, acceptLanguage));
  }

  @Operation(
      summary = "A session's running order",
      description =
          "Its selected speakers in the order they take the floor, each with their time limit"
              + " and planned start (the session's start plus the time limits before them)."
              + " Organisers see every running order; a participant those of their own edition"
              + " (name, organisation, country and category of each speaker: never gender or"
              + " lived experience). Speakers who no longer take part drop out.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The running order")
  @ApiResponse(
      responseCode = "404",
      description = "No such edition or session, or not one of the caller's edition")
  @GetMapping("/{session}/running-order")
  RunningOrderResponse runningOrder(
      @PathVariable String edition,
      @PathVariable UUID session,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    ZoneId zone = zone(edition);
    Caller caller = Caller.current();
    boolean ofTheirEdition =
        caller.isOrganiser()
            || caller
                .participantId()
                .flatMap(registrations::find)
                .filter(participant -> participant.editionId().equals(edition))
                .filter(participant -> participant.live())
                .isPresent();
    if (!ofTheirEdition) {
      // another edition's running order does not exist for this participant
      throw new UnknownHearingSession(edition, session);
    }
    return RunningOrderResponse.of(
        speakers.runningOrder(edition, session), zone, UnLanguages.forReader(null, acceptLanguage));
  }

  @Operation(
      summary = "Set a session's running order",
      description =
          "Lists every selected speaker of the session (by request id) once, in speaking order,"
              + " optionally with time limits of their own. 409 says who is missing and who is"
              + " not selected. Setting the order it already has changes nothing.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "Set")
  @ApiResponse(
      responseCode = "400",
      description = "A request listed twice, or a time limit out of range")
  @ApiResponse(responseCode = "404", description = "No such edition or session")
  @ApiResponse(
      responseCode = "409",
      description = "The list is not exactly the session's selected speakers")
  @PutMapping("/{session}/running-order")
  RunningOrderResponse setRunningOrder(
      @PathVariable String edition,
      @PathVariable UUID session,
      @Valid @RequestBody RunningOrderChange request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
    ZoneId zone = zone(edition);
    RunningOrder order =
        speakers.setRunningOrder(
            edition, session, request.order(), request.times(), Caller.current().actor());
    return RunningOrderResponse.of(order, zone, UnLanguages.forReader(null, acceptLanguage));
  }

  private ZoneId zone(String edition) {
    return editions
        .find(edition)
        .map(Edition::timeZone)
        .orElseThrow(() -> new UnknownEdition(edition));
  }

  private static ResponseEntity<SessionResponse> answer(
      HearingSession session, ZoneId zone, String language) {
    return inLanguage(ResponseEntity.ok(), language)
        .eTag(IfMatch.etag(session.version()))
        .body(SessionResponse.of(session, zone, language));
  }

  /** Says which language the texts are in, and that the answer depends on the one asked for. */
  private static ResponseEntity.BodyBuilder inLanguage(
      ResponseEntity.BodyBuilder response, String language) {
    return response
        .header(HttpHeaders.CONTENT_LANGUAGE, language)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
  }
}
