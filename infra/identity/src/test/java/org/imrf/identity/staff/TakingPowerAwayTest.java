package org.imrf.identity.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imrf.testing.ContractAssertions.assertSatisfiesContract;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.imrf.identity.LoopbackClient;
import org.imrf.identity.StaffSignIn;
import org.imrf.identity.StaffSignIn.Tokens;
import org.imrf.identity.Topics;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.imrf.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organiser disables a staff account or takes a role away: the account's power ends at once at
 * the provider. Its refresh tokens no longer renew (the gateway's sessions of it end on the event
 * published with the change), it cannot sign in while disabled, and tokens carry only the roles it
 * has now.
 */
@ServiceTest
class TakingPowerAwayTest {

  @Autowired RestTestClient http;
  @Autowired StaffDirectory directory;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void aDisabledAccountCannotRenewItsTokensNorSignInAgain() {
    // given a venue staff member signed in, whose session renews its tokens
    String username = "venue-" + suffix();
    String password =
        directory
            .create(username, "Venue", "v@un.example", Set.of("check-in"), "organiser@un.example")
            .initialPassword();
    LoopbackClient browser = LoopbackClient.fresh(port);
    Tokens signedIn = StaffSignIn.signIn(browser, username, password);
    Tokens renewed =
        StaffSignIn.tokens(StaffSignIn.refresh(browser.sameAddress(), signedIn.refresh()));
    assertThat(renewed.roles()).containsExactly("check-in");

    // when an organiser disables the account
    change(username, List.of("check-in"), false);

    // then the next renewal is refused
    LoopbackClient.Response refused = StaffSignIn.refresh(browser.sameAddress(), renewed.refresh());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("error").asString()).isEqualTo("invalid_grant");

    // and the right password no longer signs in
    LoopbackClient.Response again =
        StaffSignIn.postPassword(
            LoopbackClient.fresh(port), username, password, StaffSignIn.browserHeaders());
    assertThat(again.status()).isEqualTo(302);
    assertThat(again.location()).isEqualTo("/login?error");
  }

  @Test
  void anAccountThatLosesARoleMustSignInAgainAndThenHoldsOnlyTheRolesItKept() {
    // given a staff member signed in with two roles
    String username = "secretariat-" + suffix();
    String password =
        directory
            .create(
                username,
                "Secretariat",
                "s@un.example",
                Set.of("check-in", "ops"),
                "organiser@un.example")
            .initialPassword();
    LoopbackClient browser = LoopbackClient.fresh(port);
    Tokens signedIn = StaffSignIn.signIn(browser, username, password);
    assertThat(signedIn.roles()).containsExactlyInAnyOrder("check-in", "ops");

    // when an organiser takes the ops role away
    change(username, List.of("check-in"), true);

    // then the refresh token issued with ops gives nothing back
    LoopbackClient.Response refused =
        StaffSignIn.refresh(browser.sameAddress(), signedIn.refresh());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("error").asString()).isEqualTo("invalid_grant");

    // and a new sign-in holds the role kept, only
    Tokens again = StaffSignIn.signIn(LoopbackClient.fresh(port), username, password);
    assertThat(again.roles()).containsExactly("check-in");
  }

  @Test
  void aRoleGivenArrivesWithTheNextRenewalWithoutEndingTheSession() {
    String username = "host-" + suffix();
    String password =
        directory
            .create(username, "Host", "h@un.example", Set.of("check-in"), "organiser@un.example")
            .initialPassword();
    LoopbackClient browser = LoopbackClient.fresh(port);
    Tokens signedIn = StaffSignIn.signIn(browser, username, password);

    change(username, List.of("check-in", "host:side-event-7"), true);

    Tokens renewed =
        StaffSignIn.tokens(StaffSignIn.refresh(browser.sameAddress(), signedIn.refresh()));
    assertThat(renewed.roles()).containsExactlyInAnyOrder("check-in", "host:side-event-7");
  }

  @Test
  void anAccountThatNoLongerExistsCannotRenewEvenWithItsSignInStillStored() {
    String username = "gone-" + suffix();
    String password =
        directory
            .create(username, "Gone", "g@un.example", Set.of("check-in"), "organiser@un.example")
            .initialPassword();
    LoopbackClient browser = LoopbackClient.fresh(port);
    Tokens signedIn = StaffSignIn.signIn(browser, username, password);

    // removed from the database behind the directory's back: every grant reads the account afresh
    jdbc.sql("delete from staff_account where username = :username")
        .param("username", username)
        .update();

    LoopbackClient.Response refused =
        StaffSignIn.refresh(browser.sameAddress(), signedIn.refresh());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("error").asString()).isEqualTo("invalid_grant");
  }

  @Test
  void staffTokensAreShortLived() {
    String username = "brief-" + suffix();
    String password =
        directory
            .create(username, "Brief", "b@un.example", Set.of("check-in"), "organiser@un.example")
            .initialPassword();

    Tokens signedIn = StaffSignIn.signIn(LoopbackClient.fresh(port), username, password);

    assertThat(signedIn.expiresIn()).isBetween(Duration.ofMinutes(5).toSeconds() - 1, 300L);
  }

  @Test
  void everyAccountChangeIsPublishedOnTheStaffTopicAsTheContractSays() {
    // given an account an organiser created
    String username = "chair-" + suffix();
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
                List.of("chair:round-table-2", "check-in")))
        .exchange()
        .expectStatus()
        .isCreated();

    // when an organiser sends a change that changes nothing, then disables the account
    change(username, List.of("check-in", "chair:round-table-2"), true);
    change(username, List.of("chair:round-table-2"), false);

    // then the topic holds the creation and the one real change, in order, keyed by username
    List<ConsumerRecord<String, byte[]>> records;
    try (TopicProbe probe = TopicProbe.of(Topics.STAFF)) {
      records = probe.await(TopicProbe.keyed(username), 2, Duration.ofSeconds(20));
    }
    assertThat(records).hasSize(2);
    records.forEach(record -> assertSatisfiesContract(record));
    JsonMapper json = JsonMapper.builder().build();
    assertThat(TopicProbe.header(records.get(0), "ce_type"))
        .isEqualTo("imrf.staff.account-created.v1");
    JsonNode created = json.readTree(records.get(0).value());
    assertThat(created.get("roles").toString()).isEqualTo("[\"chair:round-table-2\",\"check-in\"]");
    assertThat(created.get("createdBy").asString()).isEqualTo("organiser@un.example");
    assertThat(TopicProbe.header(records.get(1), "ce_type"))
        .isEqualTo("imrf.staff.account-changed.v1");
    JsonNode changed = json.readTree(records.get(1).value());
    assertThat(changed.get("username").asString()).isEqualTo(username);
    assertThat(changed.get("roles").toString()).isEqualTo("[\"chair:round-table-2\"]");
    assertThat(changed.get("enabled").asBoolean()).isFalse();
    assertThat(changed.get("previousRoles").toString())
        .isEqualTo("[\"chair:round-table-2\",\"check-in\"]");
    assertThat(changed.get("previouslyEnabled").asBoolean()).isTrue();
    assertThat(changed.get("changedBy").asString()).isEqualTo("organiser@un.example");
    assertThat(changed.has("email")).isFalse();
  }

  private void change(String username, List<String> roles, boolean enabled) {
    http.patch()
        .uri("/staff/{username}", username)
        .header("Authorization", "Bearer " + TestTokens.organiser())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("roles", roles, "enabled", enabled))
        .exchange()
        .expectStatus()
        .isOk();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
