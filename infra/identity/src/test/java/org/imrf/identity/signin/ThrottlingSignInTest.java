package org.imrf.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrf.identity.LoopbackClient;
import org.imrf.identity.PasswordChecks;
import org.imrf.identity.StaffSignIn;
import org.imrf.identity.staff.StaffDirectory;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Someone guesses staff passwords (or a client secret): the provider slows them down per account
 * and address, locks an account briefly against many addresses, and caps one address across
 * accounts, each time answering before any hash is computed; the real owner still gets in. The
 * tests' settings are short ({@code config/application.yml}): 3 free failures then 8 s, a 10 s lock
 * after 8 failures, 12 failures a minute per address, 4 client secrets.
 */
@ServiceTest
class ThrottlingSignInTest {

  private static final Map<String, String> SCRIPT = Map.of("Accept", "application/json");

  @Autowired StaffDirectory directory;
  @Autowired PasswordChecks passwordChecks;
  @Autowired RestTestClient http;
  @LocalServerPort int port;

  @Test
  void anAddressThatKeepsGuessingOneAccountWaitsWhileTheOwnerAndOtherAccountsSignIn() {
    String owner = account("organiser-a");
    String other = account("checkin-b");
    LoopbackClient attacker = LoopbackClient.fresh(port);
    double failedBefore =
        metric("imrf_identity_sign_in_failed_total", "password", "bad-credentials");
    double throttledBefore =
        metric("imrf_identity_sign_in_throttled_total", "password", "account-and-address");

    // given four wrong passwords from one address: three are free, the fourth starts a wait
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(attempt(attacker, owner, "guess-" + attempt, SCRIPT).location())
          .isEqualTo("/login?error");
    }

    // when that address tries again at once, even with the right password
    int checksBefore = passwordChecks.count();
    LoopbackClient.Response refused = attempt(attacker, owner, password(owner), SCRIPT);

    // then it is refused before any hash is computed, with 429 problem details and Retry-After
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 8L);
    assertThat(refused.json().get("retryAfterSeconds").asLong()).isBetween(1L, 8L);
    assertThat(passwordChecks.count()).isEqualTo(checksBefore);

    // while another account signs in from that address, and the owner from theirs
    assertThat(attempt(attacker.sameAddress(), other, password(other), SCRIPT).location())
        .isEqualTo("/");
    assertThat(attempt(LoopbackClient.fresh(port), owner, password(owner), SCRIPT).location())
        .isEqualTo("/");

    // and once the wait is over, the right password works from that address too
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> signedIn(attempt(attacker.sameAddress(), owner, password(owner), SCRIPT)));

    // and the dashboards saw it, without names or addresses
    assertThat(metric("imrf_identity_sign_in_failed_total", "password", "bad-credentials"))
        .isEqualTo(failedBefore + 4);
    assertThat(metric("imrf_identity_sign_in_throttled_total", "password", "account-and-address"))
        .isGreaterThanOrEqualTo(throttledBefore + 1);
    assertThat(prometheus()).doesNotContain(owner).doesNotContain(attacker.address());
  }

  @Test
  void manyAddressesGuessingOneAccountLockItBrieflyButNotFromWhereItSignedInBefore() {
    // given the owner signed in once from their usual address
    String owner = account("organiser-c");
    LoopbackClient usual = LoopbackClient.fresh(port);
    assertThat(attempt(usual, owner, password(owner), SCRIPT).location()).isEqualTo("/");

    // when four addresses guess twice each (each within its free failures)
    for (int address = 0; address < 4; address++) {
      LoopbackClient guesser = LoopbackClient.fresh(port);
      for (int attempt = 0; attempt < 2; attempt++) {
        assertThat(attempt(guesser.sameAddress(), owner, "guess", SCRIPT).location())
            .isEqualTo("/login?error");
      }
    }

    // then the account is locked for a short while from a new address, even with its password
    LoopbackClient elsewhere = LoopbackClient.fresh(port);
    LoopbackClient.Response refused = attempt(elsewhere, owner, password(owner), SCRIPT);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 10L);

    // but not from the owner's usual address
    assertThat(attempt(usual.sameAddress(), owner, password(owner), SCRIPT).location())
        .isEqualTo("/");

    // and the lock ends by itself
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> signedIn(attempt(elsewhere.sameAddress(), owner, password(owner), SCRIPT)));
  }

  @Test
  void oneAddressGuessingManyAccountsIsCappedWhileOtherAddressesAreNot() {
    LoopbackClient sprayer = LoopbackClient.fresh(port);
    for (int account = 0; account < 12; account++) {
      assertThat(attempt(sprayer.sameAddress(), "nobody-" + suffix(), "guess", SCRIPT).location())
          .isEqualTo("/login?error");
    }

    String target = "nobody-" + suffix();
    int checksBefore = passwordChecks.count();
    LoopbackClient.Response refused = attempt(sprayer.sameAddress(), target, "guess", SCRIPT);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(passwordChecks.count()).isEqualTo(checksBefore);

    assertThat(attempt(LoopbackClient.fresh(port), target, "guess", SCRIPT).location())
        .isEqualTo("/login?error");
  }

  @Test
  void aThrottledBrowserIsToldOnTheSignInPageHowLongToWait() {
    String owner = account("chair-d");
    LoopbackClient browser = LoopbackClient.fresh(port);
    for (int attempt = 1; attempt <= 4; attempt++) {
      attempt(browser, owner, "guess-" + attempt, StaffSignIn.browserHeaders());
    }

    LoopbackClient.Response refused =
        attempt(browser, owner, password(owner), StaffSignIn.browserHeaders());
    assertThat(refused.status()).isEqualTo(302);
    assertThat(refused.location()).isEqualTo("/login?error");

    LoopbackClient.Response page = browser.get("/login?error", StaffSignIn.browserHeaders());
    Matcher message =
        Pattern.compile("Too many failed sign-ins\\. Please wait (\\d+) s before trying again\\.")
            .matcher(page.body());
    assertThat(message.find()).as(page.body()).isTrue();
    assertThat(Long.parseLong(message.group(1))).isBetween(1L, 8L);
  }

  @Test
  void anAddressGuessingAClientSecretIsCappedBeforeTheSecretIsChecked() {
    LoopbackClient guesser = LoopbackClient.fresh(port);
    for (int attempt = 0; attempt < 4; attempt++) {
      assertThat(clientCredentials(guesser.sameAddress(), "guessed-" + attempt).status())
          .isEqualTo(401);
    }

    int checksBefore = passwordChecks.count();
    LoopbackClient.Response refused = clientCredentials(guesser.sameAddress(), "test-secret");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isNotBlank();
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(passwordChecks.count()).isEqualTo(checksBefore);

    assertThat(clientCredentials(LoopbackClient.fresh(port), "test-secret").status())
        .isEqualTo(200);
    assertThat(metric("imrf_identity_sign_in_throttled_total", "client-secret", "address"))
        .isGreaterThanOrEqualTo(1);
  }

  private final Map<String, String> passwords = new java.util.HashMap<>();

  private String account(String prefix) {
    String username = prefix + "-" + suffix();
    passwords.put(
        username,
        directory
            .create(username, "Staff", "staff@un.example", Set.of("check-in"), "organiser")
            .initialPassword());
    return username;
  }

  private String password(String username) {
    return passwords.get(username);
  }

  private static LoopbackClient.Response attempt(
      LoopbackClient client, String username, String password, Map<String, String> headers) {
    return StaffSignIn.postPassword(client, username, password, headers);
  }

  /** Signed in: sent on to the start page, not back to the sign-in page nor refused. */
  private static boolean signedIn(LoopbackClient.Response response) {
    return response.status() == 302 && "/".equals(response.location());
  }

  private static LoopbackClient.Response clientCredentials(LoopbackClient client, String secret) {
    return client.postForm(
        "/oauth2/token",
        Map.of("grant_type", "client_credentials"),
        Map.of(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(("test-scripts:" + secret).getBytes())));
  }

  private String prometheus() {
    return http.get()
        .uri("/actuator/prometheus")
        .header("Authorization", "Bearer " + TestTokens.ops())
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(String.class)
        .getResponseBody();
  }

  /** A counter's value, by its Prometheus name and its method and reason (or scope) labels. */
  private double metric(String name, String method, String reasonOrScope) {
    return prometheus()
        .lines()
        .filter(line -> line.startsWith(name + "{"))
        .filter(line -> line.contains("method=\"" + method + "\""))
        .filter(
            line ->
                line.contains("reason=\"" + reasonOrScope + "\"")
                    || line.contains("scope=\"" + reasonOrScope + "\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
