package org.imrf.registration;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.hearing.HearingApi;
import org.imrf.testing.AuthorizationMatrix;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * What the authorization matrix's hearing rows refer to: a session of imrf-2026 and an accredited
 * stakeholder's request to speak in it.
 */
record HearingMatrixFixture(String session, String request) {

  static HearingMatrixFixture create(RestTestClient http) {
    HearingApi hearing = new HearingApi(http);
    String session = hearing.session("imrf-2026", "Matrix session", "2026-05-04T10:00:00", null);
    JsonNode speaker = hearing.accreditedStakeholder("imrf-2026", "civil-society-ecosoc");
    String request = hearing.request("imrf-2026", speaker, session).get("id").asString();
    return new HearingMatrixFixture(session, request);
  }

  Map<String, Object> newSession() {
    return Map.of("title", "Matrix session " + UUID.randomUUID(), "startsAt", "2026-05-04T11:00");
  }

  /** A request to speak for the fixture's participant (a delegate). */
  Map<String, Object> requestFor(AuthorizationMatrix.Fixture fixture) {
    Map<String, Object> body = HearingApi.requestToSpeak(session, List.of(23), "Matrix");
    body.put("participant", fixture.participant().toString());
    return body;
  }
}
