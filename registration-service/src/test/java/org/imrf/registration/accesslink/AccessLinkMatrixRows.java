package org.imrf.registration.accesslink;

import static org.imrf.testing.AuthorizationMatrix.Who.ANONYMOUS;
import static org.imrf.testing.AuthorizationMatrix.Who.ATTENDEE_OTHER;
import static org.imrf.testing.AuthorizationMatrix.Who.ATTENDEE_SELF;
import static org.imrf.testing.AuthorizationMatrix.Who.ORGANISER;
import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.AuthorizationMatrix.Row;

/** The authorization matrix's rows for personal access links. */
public final class AccessLinkMatrixRows {

  private AccessLinkMatrixRows() {}

  public static List<Row> rows() {
    return List.of(
        row(
                POST,
                "/access-links",
                f ->
                    request(
                        "/access-links",
                        Map.of(
                            "edition", "imrf-2026", "email", UUID.randomUUID() + "@example.org")))
            .otherwise(202),
        row(
                POST,
                "/participants/{id}/access-link",
                f -> request("/participants/" + f.participant() + "/access-link"))
            .expect(401, ANONYMOUS)
            .expect(202, ATTENDEE_SELF, ORGANISER)
            .expect(404, ATTENDEE_OTHER)
            .otherwise(403),
        row(
                DELETE,
                "/participants/{id}/access-link",
                f -> request("/participants/" + f.participant() + "/access-link"))
            .expect(401, ANONYMOUS)
            .expect(204, ATTENDEE_SELF, ORGANISER)
            .expect(404, ATTENDEE_OTHER)
            .otherwise(403));
  }
}
