package org.imrf.registration.badge;

import static org.imrf.testing.AuthorizationMatrix.Who.CHECK_IN;
import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.imrf.testing.AuthorizationMatrix.Row;

/**
 * The authorization matrix's rows for badges and check-in. The matrix's participant attends in
 * person, so that they have a badge.
 */
public final class BadgeMatrixRows {

  private BadgeMatrixRows() {}

  public static List<Row> rows() {
    return List.of(
        badge("/badge"),
        badge("/badge.png"),
        badge("/badge.pdf"),
        row(
                POST,
                "/participants/{id}/badge/reissue",
                f -> request("/participants/" + f.participant() + "/badge/reissue"))
            .onlyOrganisers(200),
        // authorised callers are told the code is no badge
        row(POST, "/check-ins", f -> request("/check-ins", Map.of("token", "not-a-badge")))
            .expect(400, CHECK_IN)
            .onlyOrganisers(400),
        row(
                GET,
                "/editions/{edition}/check-ins/counts",
                f -> request("/editions/imrf-2026/check-ins/counts"))
            .expect(200, CHECK_IN)
            .onlyOrganisers(200),
        // an edition that does not exist: authorised callers get 404 rather than an endless stream
        row(
                GET,
                "/editions/{edition}/check-ins/counts/stream",
                f -> request("/editions/imrf-0001/check-ins/counts/stream"))
            .expect(404, CHECK_IN)
            .onlyOrganisers(404));
  }

  /** The participant's badge, which check-in staff may also show. */
  private static Row badge(String path) {
    return row(
            GET,
            "/participants/{id}" + path,
            f -> request("/participants/" + f.participant() + path))
        .expect(200, CHECK_IN)
        .selfOrOrganiser();
  }
}
