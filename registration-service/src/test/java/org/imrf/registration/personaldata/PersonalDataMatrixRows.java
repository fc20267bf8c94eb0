package org.imrf.registration.personaldata;

import static org.imrf.testing.AuthorizationMatrix.Who.ANONYMOUS;
import static org.imrf.testing.AuthorizationMatrix.Who.ATTENDEE_OTHER;
import static org.imrf.testing.AuthorizationMatrix.Who.ATTENDEE_SELF;
import static org.imrf.testing.AuthorizationMatrix.Who.ORGANISER;
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
            .expect(401, ANONYMOUS)
            .expect(200, ATTENDEE_SELF, ORGANISER)
            .expect(404, ATTENDEE_OTHER)
            .otherwise(403),
        // the backbone's, for the gateway's composed export
        row(
                GET,
                "/personal-data/{participantId}",
                f -> request("/personal-data/" + f.participant()))
            .expect(401, ANONYMOUS)
            .expect(200, ATTENDEE_SELF, ORGANISER)
            .expect(404, ATTENDEE_OTHER)
            .otherwise(403));
  }

  /** Last in the matrix: it erases the participant (erasing again changes nothing). */
  public static List<Row> erasure() {
    return List.of(
        row(
                POST,
                "/participants/{id}/erasure",
                f -> request("/participants/" + f.participant() + "/erasure"))
            .expect(401, ANONYMOUS)
            .expect(200, ATTENDEE_SELF, ORGANISER)
            .expect(404, ATTENDEE_OTHER)
            .otherwise(403));
  }
}
