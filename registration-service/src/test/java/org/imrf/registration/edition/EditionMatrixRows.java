package org.imrf.registration.edition;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.imrf.testing.AuthorizationMatrix.Row;

/** The authorization matrix's rows for editions: anyone reads them, organisers change them. */
public final class EditionMatrixRows {

  private EditionMatrixRows() {}

  public static List<Row> rows() {
    return List.of(
        row(GET, "/editions", f -> request("/editions")).otherwise(200),
        row(GET, "/editions/{id}", f -> request("/editions/imrf-2026")).otherwise(200),
        row(POST, "/editions", f -> request("/editions", newEdition())).onlyOrganisers(201),
        // an unknown time zone: authorised, the change is refused and imrf-2026 stays as it is
        row(
                PUT,
                "/editions/{id}",
                f ->
                    request(
                        "/editions/imrf-2026",
                        Map.of("id", "imrf-2026", "title", "x", "timeZone", "Nowhere/Else")))
            .onlyOrganisers(400));
  }

  /** An edition no other test uses (only the organiser's request creates it). */
  private static Map<String, String> newEdition() {
    String id = "imrf-" + (5000 + ThreadLocalRandom.current().nextInt(5000));
    return Map.of("id", id, "title", "Matrix edition " + id, "timeZone", "Europe/Zurich");
  }
}
