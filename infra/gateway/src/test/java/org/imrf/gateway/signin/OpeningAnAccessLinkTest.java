package org.imrf.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.imrf.gateway.Caller;
import org.imrf.gateway.FakeProvider;
import org.imrf.gateway.GatewayTest;
import org.imrf.gateway.SignIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** A participant opens their link, and is signed in with what they need to write at once. */
@GatewayTest
class OpeningAnAccessLinkTest {

  private final FakeProvider provider = FakeProvider.get();

  @Value("${imrf.gateway.public-url}")
  String gateway;

  @Value("${server.port}")
  int port;

  @AfterEach
  void providerAsUsual() {
    provider.participantTokensLast(Duration.ofMinutes(15));
  }

  @Test
  void whenTheLinkNoLongerOpensTheSessionEndsAtItsNextRenewalWithA401() {
    // given a participant whose token is renewed from their link on every use
    provider.participantTokensLast(Duration.ofSeconds(20));
    String link = provider.issueLink(UUID.randomUUID());
    Caller client = SignIns.openLink(gateway, link);
    assertThat(StaffSessionsTest.relayedToken(client)).startsWith("Bearer ");

    // when the provider no longer opens the link (and no event said so)
    provider.revoke(link);
    Caller.Response refused = client.get("/api/registration/echo/participants");

    // then the session ends, and the caller is told so
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("title").asString()).isEqualTo("Signed out");
    assertThat(client.get("/me").json().get("kind").asString()).isEqualTo("anonymous");
  }

  @Test
  void aClientThatDoesNotFollowTheRedirectCanWriteAtOnce() {
    // given a participant whose client opens the link but loads no page after it
    Caller client = SignIns.openLink(gateway, provider.issueLink(UUID.randomUUID()));

    // then the session came with its CSRF token, and a first write goes through with it
    assertThat(client.cookie("XSRF-TOKEN")).isNotBlank();
    Caller.Response written =
        client.post(
            "/api/registration/echo/participants/me/details",
            "{}",
            "X-XSRF-TOKEN",
            client.cookie("XSRF-TOKEN"));
    assertThat(written.status()).as(written.body()).isEqualTo(200);
    assertThat(written.json().get("authorization").asString()).startsWith("Bearer ");
  }

  @Test
  void signingInWithALinkReplacesTheCsrfTokenHeldBefore() {
    Caller client = new Caller(gateway);
    client.get("/"); // the start page hands out a token before anyone signs in
    String before = client.cookie("XSRF-TOKEN");
    assertThat(before).isNotBlank();

    assertThat(client.get("/access/" + provider.issueLink(UUID.randomUUID())).status())
        .isEqualTo(303);

    assertThat(client.cookie("XSRF-TOKEN")).isNotBlank().isNotEqualTo(before);
    Caller.Response withTheOldToken =
        client.post("/api/registration/echo/participants/me", "{}", "X-XSRF-TOKEN", before);
    assertThat(withTheOldToken.status()).isEqualTo(403);
  }

  @Test
  void aWriteWithoutTheTokenIsRefusedInProblemDetails() {
    Caller client = SignIns.openLink(gateway, provider.issueLink(UUID.randomUUID()));

    Caller.Response refused = client.post("/api/registration/echo/participants/me", "{}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("status").asInt()).isEqualTo(403);
    assertThat(refused.json().get("detail").asString()).contains("X-XSRF-TOKEN");
  }

  @Test
  void theTokenIsNotTakenFromTheAddress() {
    Caller client = SignIns.openLink(gateway, provider.issueLink(UUID.randomUUID()));

    Caller.Response refused =
        client.post(
            "/api/registration/echo/participants/me?_csrf=" + client.cookie("XSRF-TOKEN"), "{}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void theSignOutFormStillSendsItsTokenAsAField() {
    Caller client = SignIns.openLink(gateway, provider.issueLink(UUID.randomUUID()));
    assertThat(client.form("/logout", "").status()).as("no token, no sign-out").isEqualTo(403);

    Caller.Response signedOut = client.form("/logout", "_csrf=" + client.cookie("XSRF-TOKEN"));

    assertThat(signedOut.status()).isEqualTo(302);
    assertThat(signedOut.location()).isEqualTo(gateway + "/");
    assertThat(client.get("/me").json().get("kind").asString()).isEqualTo("anonymous");
  }

  @Test
  void theRedirectAfterOpeningComesFromTheConfiguredAddressNotFromTheHostHeader() {
    String answer =
        Caller.raw(
            port,
            "GET /access/"
                + provider.issueLink(UUID.randomUUID())
                + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 303");
    assertThat(answer).containsIgnoringCase("Location: " + gateway + "/\r\n");
    assertThat(answer).doesNotContain("evil.example");
  }

  @Test
  void aLinkThatOpensNothingIsAProblemForScriptsAndAPageForBrowsers() {
    Caller client = new Caller(gateway);

    Caller.Response forScripts = client.get("/access/" + "n".repeat(43));
    Caller.Response forBrowsers =
        client.get("/access/" + "n".repeat(43), "Accept", "text/html,*/*;q=0.8");

    assertThat(forScripts.status()).isEqualTo(410);
    assertThat(forScripts.header("Content-Type")).startsWith("application/problem+json");
    assertThat(forScripts.json().has("instance")).as("the link is not repeated").isFalse();
    assertThat(forBrowsers.status()).isEqualTo(410);
    assertThat(forBrowsers.header("Content-Type")).startsWith("text/html");
    assertThat(forBrowsers.body()).contains("This link does not open anything");
    assertThat(forBrowsers.header("Referrer-Policy")).isEqualTo("no-referrer");
  }
}
