package org.imrf.notification.delivery.web;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.imrf.testing.AuthorizationMatrix.Row;

/** The authorization matrix's rows for deliveries. */
public final class DeliveryMatrixRows {

  private DeliveryMatrixRows() {}

  /**
   * @param notification a notification to the matrix's participant, known once its fixture is made
   */
  public static List<Row> rows(Supplier<UUID> notification) {
    return List.of(
        row(
                GET,
                "/notifications/{id}/deliveries",
                f -> request("/notifications/" + notification.get() + "/deliveries"))
            .selfOrOrganiser(),
        row(GET, "/deliveries", f -> request("/deliveries?edition=imrf-2026&state=sent"))
            .onlyOrganisers(200),
        row(GET, "/deliveries/counts", f -> request("/deliveries/counts?edition=imrf-2026"))
            .onlyOrganisers(200));
  }
}
