package org.imrf.notification.inbox;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.UUID;
import org.imrf.testing.AuthorizationMatrix.Row;

/** The authorization matrix's rows for the inbox: the participant's own, and organisers'. */
public final class InboxMatrixRows {

  private InboxMatrixRows() {}

  /**
   * @param inInbox a notification in the matrix participant's inbox
   */
  public static List<Row> rows(UUID inInbox) {
    return List.of(
        row(GET, "/inbox", f -> request("/inbox?participant=" + f.participant())).selfOrOrganiser(),
        // an invalid Last-Event-ID: those allowed get 400 rather than an endless stream
        row(
                GET,
                "/inbox/stream",
                f -> request("/inbox/stream?participant=" + f.participant() + "&lastEventId=x"))
            .selfOrOrganiser(400),
        row(PUT, "/inbox/{notificationId}/read", f -> request("/inbox/" + inInbox + "/read"))
            .selfOrOrganiser(204),
        row(DELETE, "/inbox/{notificationId}/read", f -> request("/inbox/" + inInbox + "/read"))
            .selfOrOrganiser(204),
        row(POST, "/inbox/read", f -> request("/inbox/read?participant=" + f.participant()))
            .selfOrOrganiser(204));
  }
}
