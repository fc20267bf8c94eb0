package org.imrf.registration.directory;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.imrf.testing.AuthorizationMatrix.Row;

/** The authorization matrix's rows for the organisers' lists and the public list. */
public final class DirectoryMatrixRows {

  private DirectoryMatrixRows() {}

  public static List<Row> rows() {
    return List.of(
        row(
                GET,
                "/editions/{edition}/participants",
                f -> request("/editions/imrf-2026/participants"))
            .otherwise(200),
        organisers("/participants", "/participants?edition=imrf-2026&sort=name"),
        organisers("/participants/counts", "/participants/counts?edition=imrf-2026"),
        organisers("/participants/export", "/participants/export?edition=imrf-2026"));
  }

  private static Row organisers(String pattern, String uri) {
    return row(GET, pattern, f -> request(uri)).onlyOrganisers(200);
  }
}
