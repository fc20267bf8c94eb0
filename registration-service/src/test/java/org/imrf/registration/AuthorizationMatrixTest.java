package org.imrf.registration;

import static org.imrf.testing.AuthorizationMatrix.Who.ANONYMOUS;
import static org.imrf.testing.AuthorizationMatrix.Who.ATTENDEE_OTHER;
import static org.imrf.testing.AuthorizationMatrix.Who.ATTENDEE_SELF;
import static org.imrf.testing.AuthorizationMatrix.Who.CHECK_IN;
import static org.imrf.testing.AuthorizationMatrix.Who.ORGANISER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.accesslink.AccessLinkMatrixRows;
import org.imrf.registration.accreditation.AccreditationMatrixRows;
import org.imrf.registration.directory.DirectoryMatrixRows;
import org.imrf.registration.participant.ParticipantMatrixRows;
import org.imrf.registration.personaldata.PersonalDataMatrixRows;
import org.imrf.testing.AuthorizationMatrix;
import org.imrf.testing.ServiceTest;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Who may call each endpoint. The participant features keep their rows beside them ({@code
 * …MatrixRows} in their test packages); badge, check-in and hearing rows are still listed here.
 */
@ServiceTest
class AuthorizationMatrixTest extends AuthorizationMatrix {

  @Override
  protected Fixture fixture() {
    JsonNode participant =
        http.post()
            .uri("/participants")
            .contentType(MediaType.APPLICATION_JSON)
            // attending in person, so that the participant has a badge
            .body(Registrants.with(ParticipantMatrixRows.registration(), "attendance", "in-person"))
            .exchange()
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();
    hearing = HearingMatrixFixture.create(http);
    return new Fixture(
        UUID.fromString(participant.get("id").asString()), "round-table-2", "side-event-1");
  }

  /** A session of the hearing of imrf-2026 and a stakeholder's request to speak in it. */
  private HearingMatrixFixture hearing;

  @Override
  protected List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(
        List.of(
            row(GET, "/editions", f -> request("/editions")).otherwise(200),
            row(GET, "/editions/{id}", f -> request("/editions/imrf-2026")).otherwise(200),
            row(GET, "/editions/{edition}/programme", f -> request("/editions/imrf-2026/programme"))
                .otherwise(200),
            row(POST, "/editions", f -> request("/editions", newEdition()))
                .expect(401, ANONYMOUS)
                .expect(201, ORGANISER)
                .otherwise(403),
            row(
                    PUT,
                    "/editions/{id}",
                    f ->
                        request(
                            "/editions/imrf-2026",
                            Map.of("id", "imrf-2026", "title", "x", "timeZone", "Nowhere/Else")))
                .expect(401, ANONYMOUS)
                .expect(400, ORGANISER)
                .otherwise(403)));
    rows.addAll(ParticipantMatrixRows.rows());
    rows.addAll(AccessLinkMatrixRows.rows());
    rows.addAll(DirectoryMatrixRows.rows());
    rows.addAll(AccreditationMatrixRows.rows());
    rows.addAll(
        List.of(
            row(
                    GET,
                    "/participants/{id}/badge",
                    f -> request("/participants/" + f.participant() + "/badge"))
                .expect(401, ANONYMOUS)
                .expect(200, ATTENDEE_SELF, ORGANISER, CHECK_IN)
                .expect(404, ATTENDEE_OTHER)
                .otherwise(403),
            row(
                    GET,
                    "/participants/{id}/badge.png",
                    f -> request("/participants/" + f.participant() + "/badge.png"))
                .expect(401, ANONYMOUS)
                .expect(200, ATTENDEE_SELF, ORGANISER, CHECK_IN)
                .expect(404, ATTENDEE_OTHER)
                .otherwise(403),
            row(
                    GET,
                    "/participants/{id}/badge.pdf",
                    f -> request("/participants/" + f.participant() + "/badge.pdf"))
                .expect(401, ANONYMOUS)
                .expect(200, ATTENDEE_SELF, ORGANISER, CHECK_IN)
                .expect(404, ATTENDEE_OTHER)
                .otherwise(403),
            row(
                    POST,
                    "/participants/{id}/badge/reissue",
                    f -> request("/participants/" + f.participant() + "/badge/reissue"))
                .expect(401, ANONYMOUS)
                .expect(200, ORGANISER)
                .otherwise(403),
            // authorised callers are told the code is no badge
            row(POST, "/check-ins", f -> request("/check-ins", Map.of("token", "not-a-badge")))
                .expect(401, ANONYMOUS)
                .expect(400, ORGANISER, CHECK_IN)
                .otherwise(403),
            row(
                    GET,
                    "/editions/{edition}/check-ins/counts",
                    f -> request("/editions/imrf-2026/check-ins/counts"))
                .expect(401, ANONYMOUS)
                .expect(200, ORGANISER, CHECK_IN)
                .otherwise(403),
            // an edition that does not exist: authorised callers get 404 rather than an endless
            // stream
            row(
                    GET,
                    "/editions/{edition}/check-ins/counts/stream",
                    f -> request("/editions/imrf-0001/check-ins/counts/stream"))
                .expect(401, ANONYMOUS)
                .expect(404, ORGANISER, CHECK_IN)
                .otherwise(403)));
    rows.addAll(PersonalDataMatrixRows.rows());
    rows.addAll(
        List.of(
            row(GET, HEARING + "sessions", f -> request(HEARING_2026 + "sessions")).otherwise(200),
            row(
                    GET,
                    HEARING + "sessions/{session}",
                    f -> request(HEARING_2026 + "sessions/" + hearing.session()))
                .otherwise(200),
            row(
                    POST,
                    HEARING + "sessions",
                    f -> request(HEARING_2026 + "sessions", hearing.newSession()))
                .expect(401, ANONYMOUS)
                .expect(201, ORGANISER)
                .otherwise(403),
            row(
                    PATCH,
                    HEARING + "sessions/{session}",
                    f ->
                        request(
                            HEARING_2026 + "sessions/" + hearing.session(),
                            Map.of("theme", "Matrix")))
                .expect(401, ANONYMOUS)
                .expect(200, ORGANISER)
                .otherwise(403),
            // a participant of the edition reads its running orders; another's is not found
            row(
                    GET,
                    HEARING + "sessions/{session}/running-order",
                    f -> request(HEARING_2026 + "sessions/" + hearing.session() + "/running-order"))
                .expect(401, ANONYMOUS)
                .expect(200, ATTENDEE_SELF, ORGANISER)
                .expect(404, ATTENDEE_OTHER)
                .otherwise(403),
            row(
                    PUT,
                    HEARING + "sessions/{session}/running-order",
                    f ->
                        request(
                            HEARING_2026 + "sessions/" + hearing.session() + "/running-order",
                            Map.of("speakers", List.of())))
                .expect(401, ANONYMOUS)
                .expect(200, ORGANISER)
                .otherwise(403),
            // the participant is a delegate: authorised to ask, but refused
            row(
                    POST,
                    HEARING + "requests",
                    f -> request(HEARING_2026 + "requests", hearing.requestFor(f)))
                .expect(401, ANONYMOUS)
                .expect(409, ATTENDEE_SELF, ORGANISER)
                .expect(404, ATTENDEE_OTHER)
                .otherwise(403),
            row(GET, HEARING + "requests", f -> request(HEARING_2026 + "requests"))
                .expect(401, ANONYMOUS)
                .expect(200, ORGANISER)
                .otherwise(403),
            // the request is the stakeholder's: any other participant does not find it
            row(
                    GET,
                    HEARING + "requests/{id}",
                    f -> request(HEARING_2026 + "requests/" + hearing.request()))
                .expect(401, ANONYMOUS)
                .expect(200, ORGANISER)
                .expect(404, ATTENDEE_SELF, ATTENDEE_OTHER)
                .otherwise(403),
            row(
                    POST,
                    HEARING + "requests/{id}/selection",
                    f -> request(HEARING_2026 + "requests/" + hearing.request() + "/selection"))
                .expect(401, ANONYMOUS)
                .expect(200, ORGANISER)
                .otherwise(403),
            // after the selection above
            row(
                    POST,
                    HEARING + "requests/{id}/decline",
                    f ->
                        request(
                            HEARING_2026 + "requests/" + hearing.request() + "/decline",
                            Map.of("reason", "Matrix")))
                .expect(401, ANONYMOUS)
                .expect(200, ORGANISER)
                .otherwise(403),
            row(GET, HEARING + "balance", f -> request(HEARING_2026 + "balance"))
                .expect(401, ANONYMOUS)
                .expect(200, ORGANISER)
                .otherwise(403)));
    // last, in this order: they cancel, then erase, the participant
    rows.addAll(ParticipantMatrixRows.cancellation());
    rows.addAll(PersonalDataMatrixRows.erasure());
    return rows;
  }

  private static final String HEARING = "/editions/{edition}/hearing/";
  private static final String HEARING_2026 = "/editions/imrf-2026/hearing/";

  /** An edition no other test uses (only the organiser's request creates it). */
  private static Map<String, String> newEdition() {
    String id = "imrf-" + (5000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(5000));
    return Map.of("id", id, "title", "Matrix edition " + id, "timeZone", "Europe/Zurich");
  }
}
