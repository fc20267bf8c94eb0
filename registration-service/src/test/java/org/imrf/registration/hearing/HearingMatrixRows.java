package org.imrf.registration.hearing;

import static org.imrf.testing.AuthorizationMatrix.Who.ATTENDEE_OTHER;
import static org.imrf.testing.AuthorizationMatrix.Who.ATTENDEE_SELF;
import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.AuthorizationMatrix;
import org.imrf.testing.AuthorizationMatrix.Row;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix's rows for the hearing, and what they refer to: a session of imrf-2026
 * and an accredited stakeholder's request to speak in it, created by {@link #prepare}.
 */
public final class HearingMatrixRows {

  private static final String HEARING = "/editions/{edition}/hearing/";
  private static final String HEARING_2026 = "/editions/imrf-2026/hearing/";

  private String session;
  private String request;

  /** Creates the session and the request to speak; call it from the matrix's fixture. */
  public void prepare(RestTestClient http) {
    HearingApi hearing = new HearingApi(http);
    session = hearing.session("imrf-2026", "Matrix session", "2026-05-04T10:00:00", null);
    JsonNode speaker = hearing.accreditedStakeholder("imrf-2026", "civil-society-ecosoc");
    request = hearing.request("imrf-2026", speaker, session).get("id").asString();
  }

  public List<Row> rows() {
    return List.of(
        row(GET, HEARING + "sessions", f -> request(HEARING_2026 + "sessions")).otherwise(200),
        row(GET, HEARING + "sessions/{session}", f -> request(HEARING_2026 + "sessions/" + session))
            .otherwise(200),
        row(POST, HEARING + "sessions", f -> request(HEARING_2026 + "sessions", newSession()))
            .onlyOrganisers(201),
        row(
                PATCH,
                HEARING + "sessions/{session}",
                f -> request(HEARING_2026 + "sessions/" + session, Map.of("theme", "Matrix")))
            .onlyOrganisers(200),
        // a participant of the edition reads its running orders; another's is not found
        row(
                GET,
                HEARING + "sessions/{session}/running-order",
                f -> request(HEARING_2026 + "sessions/" + session + "/running-order"))
            .selfOrOrganiser(),
        row(
                PUT,
                HEARING + "sessions/{session}/running-order",
                f ->
                    request(
                        HEARING_2026 + "sessions/" + session + "/running-order",
                        Map.of("speakers", List.of())))
            .onlyOrganisers(200),
        // the participant is a delegate: authorised to ask, but refused
        row(POST, HEARING + "requests", f -> request(HEARING_2026 + "requests", requestFor(f)))
            .selfOrOrganiser(409),
        row(GET, HEARING + "requests", f -> request(HEARING_2026 + "requests")).onlyOrganisers(200),
        // the request is the stakeholder's: any other participant does not find it
        row(GET, HEARING + "requests/{id}", f -> request(HEARING_2026 + "requests/" + request))
            .expect(404, ATTENDEE_SELF, ATTENDEE_OTHER)
            .onlyOrganisers(200),
        row(
                POST,
                HEARING + "requests/{id}/selection",
                f -> request(HEARING_2026 + "requests/" + request + "/selection"))
            .onlyOrganisers(200),
        // after the selection above
        row(
                POST,
                HEARING + "requests/{id}/decline",
                f ->
                    request(
                        HEARING_2026 + "requests/" + request + "/decline",
                        Map.of("reason", "Matrix")))
            .onlyOrganisers(200),
        row(GET, HEARING + "balance", f -> request(HEARING_2026 + "balance")).onlyOrganisers(200));
  }

  private static Map<String, Object> newSession() {
    return Map.of("title", "Matrix session " + UUID.randomUUID(), "startsAt", "2026-05-04T11:00");
  }

  /** A request to speak for the matrix's participant (a delegate). */
  private Map<String, Object> requestFor(AuthorizationMatrix.Fixture fixture) {
    Map<String, Object> body = HearingApi.requestToSpeak(session, List.of(23), "Matrix");
    body.put("participant", fixture.participant().toString());
    return body;
  }
}
