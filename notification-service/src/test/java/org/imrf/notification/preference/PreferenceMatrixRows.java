package org.imrf.notification.preference;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import org.imrf.testing.AuthorizationMatrix.Row;
import org.imrf.testing.AuthorizationMatrix.Who;

/** Who may read and replace preferences: the participant and organisers; the kinds: anyone. */
public final class PreferenceMatrixRows {

  private PreferenceMatrixRows() {}

  /** The rows; the fixture's participant must be known to this service. */
  public static List<Row> rows() {
    return List.of(
        row(
                GET,
                "/participants/{id}/preferences",
                f -> request("/participants/" + f.participant() + "/preferences"))
            .selfOrOrganiser(),
        row(
                PUT,
                "/participants/{id}/preferences",
                f ->
                    request(
                        "/participants/" + f.participant() + "/preferences",
                        Map.of("deliveryMode", "immediate")))
            .selfOrOrganiser(),
        row(GET, "/preferences/kinds", f -> request("/preferences/kinds"))
            .expect(200, Who.values())
            .otherwise(200));
  }
}
