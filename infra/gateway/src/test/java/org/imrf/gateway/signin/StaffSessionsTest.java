package org.imrf.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.imrf.gateway.Caller;
import org.imrf.gateway.FakeProvider;
import org.imrf.gateway.GatewayTest;
import org.imrf.gateway.SignIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Staff sign in at the gateway, and stay signed in only while the provider agrees. */
@GatewayTest
class StaffSessionsTest {

  private final FakeProvider provider = FakeProvider.get();

  @Value("${imrf.gateway.public-url}")
  String gateway;

  @Value("${server.port}")
  int port;

  @AfterEach
  void providerAsUsual() {
    provider.staffTokensLast(Duration.ofMinutes(5));
    provider.failing(false);
  }

  @Test
  void theSignInRedirectComesFromTheConfiguredAddressNotFromTheHostHeader() {
    String answer =
        Caller.raw(
            port,
            "GET /oauth2/authorization/imrf HTTP/1.1\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 302");
    String location =
        answer
            .lines()
            .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
            .findFirst()
            .orElseThrow()
            .substring(9)
            .trim();
    assertThat(location).startsWith(provider.url() + "/oauth2/authorize?");
    assertThat(redirectUri(location)).isEqualTo(gateway + "/login/oauth2/code/imrf");
  }

  @Test
  void afterSignInTheGatewaySendsStaffToItsOwnAddress() {
    // SignIns.staff checks the redirect after sign-in: the configured address, then "/"
    Caller organiser = SignIns.staff(gateway, "staff-home", "organiser");

    assertThat(organiser.get("/me").json().get("kind").asString()).isEqualTo("staff");
  }

  @Test
  void signingInReplacesTheCsrfTokenAndHandsOutTheNewOneWithTheSession() {
    Caller browser = new Caller(gateway);
    browser.get("/");
    String before = browser.cookie("XSRF-TOKEN");
    assertThat(before).isNotBlank();

    SignIns.staff(browser, gateway, "staff-csrf", "organiser");

    assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank().isNotEqualTo(before);
    assertThat(
            browser
                .post(
                    "/api/registration/echo/editions",
                    "{}",
                    "X-XSRF-TOKEN",
                    browser.cookie("XSRF-TOKEN"))
                .status())
        .isEqualTo(200);
    assertThat(
            browser.post("/api/registration/echo/editions", "{}", "X-XSRF-TOKEN", before).status())
        .isEqualTo(403);
  }

  @Test
  void whenTheProviderRefusesToRenewTheTokenTheSessionEndsWithA401() {
    // given a staff member whose tokens are renewed on every use
    provider.staffTokensLast(Duration.ofSeconds(20));
    Caller clerk = SignIns.staff(gateway, "renewed-clerk", "organiser");
    int refreshes = provider.refreshes();
    assertThat(relayedToken(clerk)).startsWith("Bearer ");
    assertThat(provider.refreshes()).as("the token was renewed").isGreaterThan(refreshes);

    // when the account is disabled at the provider, which then refuses the refresh token
    provider.disable("renewed-clerk");
    Caller.Response refused = clerk.get("/api/registration/echo/participants");

    // then the caller is told they are signed out, in problem details, and the session is over
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("title").asString()).isEqualTo("Signed out");
    assertThat(refused.json().get("detail").asString()).contains("session has ended");
    assertThat(clerk.get("/me").json().get("kind").asString()).isEqualTo("anonymous");
    assertThat(relayedToken(clerk)).isNull();
  }

  @Test
  void whenTheProviderCannotBeReachedTheSessionStaysAndTheCallerMayRetry() {
    provider.staffTokensLast(Duration.ofSeconds(20));
    Caller clerk = SignIns.staff(gateway, "patient-clerk", "organiser");

    provider.failing(true);
    Caller.Response unavailable = clerk.get("/api/registration/echo/participants");

    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(unavailable.header("Content-Type")).startsWith("application/problem+json");
    assertThat(unavailable.json().get("detail").asString()).contains("try again");
    provider.failing(false);
    assertThat(clerk.get("/me").json().get("kind").asString()).isEqualTo("staff");
    assertThat(relayedToken(clerk)).startsWith("Bearer ");
  }

  static String relayedToken(Caller caller) {
    var answer = caller.get("/api/registration/echo/participants");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    var authorization = answer.json().get("authorization");
    return authorization == null || authorization.isNull() ? null : authorization.asString();
  }

  private static String redirectUri(String location) {
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      if (pair.startsWith("redirect_uri=")) {
        return URLDecoder.decode(pair.substring("redirect_uri=".length()), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no redirect_uri in " + location);
  }
}
