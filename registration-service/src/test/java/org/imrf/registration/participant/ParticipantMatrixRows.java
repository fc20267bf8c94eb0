package org.imrf.registration.participant;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.registration.Registrants;
import org.imrf.testing.AuthorizationMatrix.Row;

/** The authorization matrix's rows for registering, reading, changing and cancelling. */
public final class ParticipantMatrixRows {

  private ParticipantMatrixRows() {}

  public static List<Row> rows() {
    return List.of(
        row(POST, "/participants", f -> request("/participants", registration())).otherwise(201),
        row(GET, "/participants/{id}", f -> request("/participants/" + f.participant()))
            .selfOrOrganiser(),
        row(
                PATCH,
                "/participants/{id}",
                f -> request("/participants/" + f.participant(), Map.of("timeZone", "Asia/Amman")))
            .selfOrOrganiser());
  }

  /** Near the end of the matrix: it cancels the participant (cancelling again changes nothing). */
  public static List<Row> cancellation() {
    return List.of(
        row(
                POST,
                "/participants/{id}/cancellation",
                f -> request("/participants/" + f.participant() + "/cancellation"))
            .selfOrOrganiser());
  }

  /** A delegate of a Member State: needs no accreditation. */
  public static Map<String, Object> registration() {
    return Registrants.delegate(
        "imrf-2026", "Matrix Participant", "matrix." + UUID.randomUUID() + "@example.org", "en");
  }
}
