package org.imrf.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imrf.registration.accesslink.AccessLinkMatrixRows;
import org.imrf.registration.accreditation.AccreditationMatrixRows;
import org.imrf.registration.badge.BadgeMatrixRows;
import org.imrf.registration.directory.DirectoryMatrixRows;
import org.imrf.registration.edition.EditionMatrixRows;
import org.imrf.registration.hearing.HearingMatrixRows;
import org.imrf.registration.participant.ParticipantMatrixRows;
import org.imrf.registration.personaldata.PersonalDataMatrixRows;
import org.imrf.registration.programme.ProgrammeMatrixRows;
import org.imrf.testing.AuthorizationMatrix;
import org.imrf.testing.ServiceTest;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Who may call each endpoint: every feature keeps its rows beside it ({@code …MatrixRows}). */
@ServiceTest
class AuthorizationMatrixTest extends AuthorizationMatrix {

  private final HearingMatrixRows hearing = new HearingMatrixRows();

  @Override
  protected Fixture fixture() {
    JsonNode participant =
        http.post()
            .uri("/participants")
            .contentType(MediaType.APPLICATION_JSON)
            // attending in person, so that the participant has a badge
            .body(Registrants.with(ParticipantMatrixRows.registration(), "attendance", "in-person"))
            .exchange()
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();
    hearing.prepare(http);
    return new Fixture(
        UUID.fromString(participant.get("id").asString()), "round-table-2", "side-event-1");
  }

  @Override
  protected List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(EditionMatrixRows.rows());
    rows.addAll(ProgrammeMatrixRows.rows());
    rows.addAll(ParticipantMatrixRows.rows());
    rows.addAll(AccessLinkMatrixRows.rows());
    rows.addAll(DirectoryMatrixRows.rows());
    rows.addAll(AccreditationMatrixRows.rows());
    rows.addAll(BadgeMatrixRows.rows());
    rows.addAll(PersonalDataMatrixRows.rows());
    rows.addAll(hearing.rows());
    // last, in this order: they cancel, then erase, the participant
    rows.addAll(ParticipantMatrixRows.cancellation());
    rows.addAll(PersonalDataMatrixRows.erasure());
    return rows;
  }
}
