package org.imrf.notification.webhook;

import static org.imrf.testing.AuthorizationMatrix.request;
import static org.imrf.testing.AuthorizationMatrix.row;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import org.imrf.testing.AuthorizationMatrix.Row;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The authorization matrix's rows for webhooks: organisers only, everyone else 403 or 401. */
public final class WebhookMatrixRows {

  private static final String URL = "https://hooks.imrf.invalid/matrix";

  private String kept;
  private String removed;

  /** Registers the endpoints the rows read, change and remove. */
  public void prepare(RestTestClient http) {
    kept =
        WebhookStories.register(http, "Matrix Organisation", URL, List.of("*"))
            .get("id")
            .asString();
    removed =
        WebhookStories.register(http, "Matrix Organisation", URL, List.of("*"))
            .get("id")
            .asString();
  }

  public List<Row> rows() {
    Map<String, Object> endpoint =
        Map.of("organisation", "Matrix Organisation", "url", URL, "kinds", List.of("*"));
    return List.of(
        row(POST, "/webhooks", f -> request("/webhooks", endpoint)).onlyOrganisers(201),
        row(GET, "/webhooks", f -> request("/webhooks?organisation=Matrix%20Organisation"))
            .onlyOrganisers(200),
        row(GET, "/webhooks/{id}", f -> request("/webhooks/" + kept)).onlyOrganisers(200),
        row(
                PATCH,
                "/webhooks/{id}",
                f -> request("/webhooks/" + kept, Map.of("description", "Changed by the matrix")))
            .onlyOrganisers(200),
        row(
                PUT,
                "/webhooks/{id}",
                f ->
                    request(
                        "/webhooks/" + kept,
                        Map.of("url", URL, "kinds", List.of("*"), "enabled", true)))
            .onlyOrganisers(200),
        row(POST, "/webhooks/{id}/secrets", f -> request("/webhooks/" + kept + "/secrets"))
            .onlyOrganisers(200),
        row(DELETE, "/webhooks/{id}", f -> request("/webhooks/" + removed)).onlyOrganisers(204));
  }
}
