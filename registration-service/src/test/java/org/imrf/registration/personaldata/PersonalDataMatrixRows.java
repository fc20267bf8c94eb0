package org.imrf.registration.personaldata;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import org.imrf.testing.AuthorizationMatrix.Row;

/** The authorization matrix's rows for a participant's export and erasure. */
public final class PersonalDataMatrixRows {

  private PersonalDataMatrixRows() {}

  public static List<Row> rows() {
    return List.of(
        row(
                GET,
                "/participants/{id}/personal-data",
                f -> request("/participants/" + f.participant() + "/personal-data"))
            .selfOrOrganiser(),
        // the backbone's, for the gateway's composed export
        row(
                GET,
                "/personal-data/{participantId}",
                f -> request("/personal-data/" + f.participant()))
            .selfOrOrganiser());
  }

  /** Last in the matrix: it erases the participant (erasing again changes nothing). */
  public static List<Row> erasure() {
    return List.of(
        row(
                POST,
                "/participants/{id}/erasure",
                f -> request("/participants/" + f.participant() + "/erasure"))
            .selfOrOrganiser());
  }
}
