package org.imrf.notification.announcement;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.AuthorizationMatrix.Row;

/**
 * The authorization matrix's rows for announcements: organisers' alone. Authorised callers meet an
 * announcement that does not exist (404), or a draft that is not one (400), so that nothing is
 * sent.
 */
public final class AnnouncementMatrixRows {

  private AnnouncementMatrixRows() {}

  public static List<Row> rows() {
    String missing = "/announcements/" + UUID.randomUUID();
    Map<String, Object> invalid = Map.of("editionId", "imrf-2026", "subject", Map.of("en", " "));
    return List.of(
        row(POST, "/announcements", f -> request("/announcements", invalid)).onlyOrganisers(400),
        row(PUT, "/announcements/{id}", f -> request(missing, invalid)).onlyOrganisers(400),
        row(GET, "/announcements/{id}", f -> request(missing)).onlyOrganisers(404),
        row(GET, "/announcements/{id}/preview", f -> request(missing + "/preview?language=fr"))
            .onlyOrganisers(404),
        row(GET, "/announcements/{id}/audience", f -> request(missing + "/audience"))
            .onlyOrganisers(404),
        row(POST, "/announcements/{id}/test", f -> request(missing + "/test")).onlyOrganisers(404),
        row(POST, "/announcements/{id}/send", f -> request(missing + "/send")).onlyOrganisers(404));
  }
}
