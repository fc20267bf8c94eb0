package org.imrf.registration.programme;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.imrf.testing.AuthorizationMatrix.Row;

/** The authorization matrix's row for the public programme page. */
public final class ProgrammeMatrixRows {

  private ProgrammeMatrixRows() {}

  public static List<Row> rows() {
    return List.of(
        row(GET, "/editions/{edition}/programme", f -> request("/editions/imrf-2026/programme"))
            .otherwise(200));
  }
}
