package org.imrf.registration.accreditation;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.imrf.testing.AuthorizationMatrix.Row;

/** The authorization matrix's rows for accreditation: organisers only. */
public final class AccreditationMatrixRows {

  private AccreditationMatrixRows() {}

  public static List<Row> rows() {
    return List.of(
        row(
                GET,
                "/participants/{id}/accreditation",
                f -> request("/participants/" + f.participant() + "/accreditation"))
            .onlyOrganisers(200),
        // a Member State delegate needs no accreditation: authorised, the decision is refused
        row(
                POST,
                "/participants/{id}/accreditation/decisions",
                f ->
                    request(
                        "/participants/" + f.participant() + "/accreditation/decisions",
                        Map.of("decision", "confirm")))
            .onlyOrganisers(409),
        row(
                POST,
                "/participants/{id}/accreditation/objections",
                f ->
                    request(
                        "/participants/" + f.participant() + "/accreditation/objections",
                        Map.of("memberState", "FR", "reason", "Matrix")))
            .onlyOrganisers(409));
  }
}
