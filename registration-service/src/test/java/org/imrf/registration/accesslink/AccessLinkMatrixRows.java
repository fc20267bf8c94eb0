package org.imrf.registration.accesslink;

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
            .selfOrOrganiser(202),
        row(
                DELETE,
                "/participants/{id}/access-link",
                f -> request("/participants/" + f.participant() + "/access-link"))
            .selfOrOrganiser(204));
  }
}
