package org.imrf.identity.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ServiceTest
class ManagingStaffTest {

  @Autowired RestTestClient http;
  @Autowired StaffAccounts accounts;
  @Autowired PasswordEncoder passwords;

  @Test
  void anOrganiserCreatesAChairWhoseInitialPasswordIsShownOnceAndStoredOnlyAsAHash() {
    String username = "chair-" + UUID.randomUUID().toString().substring(0, 8);

    JsonNode created =
        http.post()
            .uri("/staff")
            .header("Authorization", "Bearer " + TestTokens.organiser())
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "Ambassador of Bangladesh",
                    "email",
                    "chair@un.example",
                    "roles",
                    List.of("chair:round-table-2")))
            .exchange()
            .expectStatus()
            .isCreated()
            .returnResult(JsonNode.class)
            .getResponseBody();

    String password = created.get("initialPassword").asString();
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);
    assertThat(created.get("createdBy").asString()).isEqualTo("organiser@un.example");
    StaffAccount stored = accounts.find(username).orElseThrow();
    assertThat(stored.passwordHash()).doesNotContain(password).startsWith("{bcrypt}");
    assertThat(passwords.matches(password, stored.passwordHash())).isTrue();
    assertThat(stored.roles()).containsExactly("chair:round-table-2");

    // and the list never shows a password
    http.get()
        .uri("/staff")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.username == '" + username + "')].initialPassword")
        .isEmpty()
        .jsonPath("$[?(@.username == '" + username + "')].passwordHash")
        .isEmpty();
  }

  @Test
  void rolesThatDoNotExistOrLackTheirScopeAreRefusedWithEachOneNamed() {
    http.post()
        .uri("/staff")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "username", "someone",
                "displayName", "Someone",
                "email", "someone@un.example",
                "roles", List.of("admin", "chair")))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(2);
    assertThat(accounts.find("someone")).isEmpty();
  }

  @Test
  void anOrganiserCanDisableAnAccount() {
    String username = "checkin-" + UUID.randomUUID().toString().substring(0, 8);
    http.post()
        .uri("/staff")
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "username",
                username,
                "displayName",
                "Venue staff",
                "email",
                "venue@un.example",
                "roles",
                List.of("check-in")))
        .exchange()
        .expectStatus()
        .isCreated();

    http.patch()
        .uri("/staff/{username}", username)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("roles", List.of("check-in"), "enabled", false))
        .exchange()
        .expectStatus()
        .isOk();

    assertThat(accounts.find(username).orElseThrow().enabled()).isFalse();
  }
}
