package org.imrf.identity.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.imrf.identity.LoopbackClient;
import org.imrf.identity.StaffSignIn;
import org.imrf.identity.staff.StaffDirectory;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Every token grant leaves an authorization in the database; once none of its tokens is valid any
 * more it is purged, while a staff sign-in whose refresh token still works stays.
 */
@ServiceTest
class PurgingAuthorizationsTest {

  @Autowired JdbcAuthorizations authorizations;
  @Autowired StaffDirectory directory;
  @Autowired RestTestClient http;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void authorizationsWhoseTokensAllExpiredArePurgedAndLiveSignInsKept() {
    // given a script's token and a staff member's sign-in
    http.post()
        .uri("/oauth2/token")
        .headers(headers -> headers.setBasicAuth("test-scripts", "test-secret"))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body("grant_type=client_credentials")
        .exchange()
        .expectStatus()
        .isOk();
    String username = "purge-" + UUID.randomUUID().toString().substring(0, 8);
    String password =
        directory
            .create(username, "Staff", "staff@un.example", Set.of("ops"), "organiser")
            .initialPassword();
    StaffSignIn.signIn(LoopbackClient.fresh(port), username, password);
    assertThat(rows("test-scripts")).isPositive();

    // when the purge runs an hour from now (access tokens live 5 minutes, refresh tokens 8 hours)
    authorizations.purgeExpiredBefore(Instant.now().plus(Duration.ofHours(1)));

    // then only the sign-in remains
    assertThat(rows("test-scripts")).isZero();
    assertThat(rows(username)).isEqualTo(1);
  }

  private int rows(String principal) {
    return jdbc.sql("select count(*) from oauth2_authorization where principal_name = :principal")
        .param("principal", principal)
        .query(Integer.class)
        .single();
  }
}
