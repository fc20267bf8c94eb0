package org.imrf.identity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.AuthorizationMatrix;
import org.imrf.testing.ServiceTest;

@ServiceTest
class AuthorizationMatrixTest extends AuthorizationMatrix {

  @Override
  protected Fixture fixture() {
    return new Fixture(UUID.randomUUID(), "round-table-2", "side-event-1");
  }

  @Override
  protected List<Row> rows() {
    return List.of(
        row(POST, "/staff", f -> request("/staff", newStaff())).onlyOrganisers(201),
        row(GET, "/staff", f -> request("/staff")).onlyOrganisers(200),
        row(
                PATCH,
                "/staff/{username}",
                f ->
                    request(
                        "/staff/organiser", Map.of("roles", List.of("organiser"), "enabled", true)))
            .onlyOrganisers(404),
        // the backbone's, for the gateway's composed export (identity's part: the access links)
        row(
                GET,
                "/personal-data/{participantId}",
                f -> request("/personal-data/" + f.participant()))
            .selfOrOrganiser(),
        // the provider's pages, for anyone (bearer tokens play no part there)
        row(GET, "/login", f -> request("/login")).otherwise(200),
        row(GET, "/logout", f -> request("/logout")).otherwise(200));
  }

  private static Map<String, Object> newStaff() {
    return Map.of(
        "username",
        "staff-" + UUID.randomUUID().toString().substring(0, 8),
        "displayName",
        "Matrix Staff",
        "email",
        "staff@un.example",
        "roles",
        List.of("check-in"));
  }
}
