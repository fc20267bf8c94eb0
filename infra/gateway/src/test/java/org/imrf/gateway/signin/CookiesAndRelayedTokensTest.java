package org.imrf.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.imrf.gateway.Caller;
import org.imrf.gateway.FakeProvider;
import org.imrf.gateway.GatewayTest;
import org.imrf.gateway.SignIns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cookies a browser gets carry the flags that keep them from scripts and other sites, and the
 * services get the signed-in caller's own token, renewed before it expires.
 */
@GatewayTest
class CookiesAndRelayedTokensTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FakeProvider provider = FakeProvider.get();

  @Value("${imrf.gateway.public-url}")
  String gateway;

  @AfterEach
  void providerAsUsual() {
    provider.staffTokensLast(Duration.ofMinutes(5));
  }

  @Test
  void theSessionCookieIsHiddenFromScriptsAndTheCsrfCookieStaysOnThisSite() {
    // when a browser comes, then signs in
    Caller browser = new Caller(gateway);
    List<String> setCookies = new ArrayList<>(browser.get("/").all("Set-Cookie"));
    provider.signsInNext("cookie-keeper", "organiser");
    Caller.Response start = browser.get("/oauth2/authorization/imrf");
    setCookies.addAll(start.all("Set-Cookie"));
    Caller.Response back = browser.get(browser.get(start.location()).location());
    setCookies.addAll(back.all("Set-Cookie"));
    assertThat(back.status()).isEqualTo(302);

    // then the session cookie is never readable by a page's scripts, nor sent with another site's
    // links' writes
    List<String> session = named(setCookies, SecurityConfiguration.SESSION_COOKIE);
    assertThat(session).isNotEmpty();
    assertThat(session)
        .allSatisfy(
            cookie ->
                assertThat(cookie)
                    .containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("; SameSite=Lax")
                    .containsIgnoringCase("; Path=/"));
    // and the CSRF token is for the page's script to read, and is never sent from another site
    List<String> csrf = named(setCookies, "XSRF-TOKEN");
    assertThat(csrf).isNotEmpty();
    assertThat(csrf)
        .allSatisfy(
            cookie ->
                assertThat(cookie)
                    .doesNotContainIgnoringCase("HttpOnly")
                    .containsIgnoringCase("; SameSite=Strict"));
    // (Secure follows IMRF_SECURE_COOKIES, off for this plain-HTTP gateway)
    assertThat(session).noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
  }

  @Test
  void theServicesGetTheCallersOwnTokenAsLongAsItIsValid() {
    // given an organiser signed in with a token valid for minutes
    Caller organiser = SignIns.staff(gateway, "relayed-organiser", "organiser");
    int refreshes = provider.refreshes();

    // when they call a service twice
    String first = StaffSessionsTest.relayedToken(organiser);
    String second = StaffSessionsTest.relayedToken(organiser);

    // then the service gets their token, the same both times, naming them and their roles
    assertThat(first).startsWith("Bearer ").isEqualTo(second);
    JsonNode claims = claims(first);
    assertThat(claims.get("sub").asString()).isEqualTo("relayed-organiser");
    assertThat(claims.get("roles").get(0).asString()).isEqualTo("organiser");
    assertThat(provider.refreshes()).as("no renewal while it is valid").isEqualTo(refreshes);
    // and a token the caller sends of their own (as scripts do) goes in its place, unvouched for:
    // the service checks it
    var own = organiser.get("/api/registration/echo/participants", "Authorization", "Bearer own");
    assertThat(own.json().get("authorization").asString()).isEqualTo("Bearer own");
  }

  @Test
  void aTokenAboutToExpireIsRenewedBeforeItIsRelayed() {
    // given a clerk whose token is within the renewal margin of its expiry (it lasts 20 s)
    provider.staffTokensLast(Duration.ofSeconds(20));
    Caller clerk = SignIns.staff(gateway, "renewing-clerk", "organiser");
    int refreshes = provider.refreshes();

    // when they call a service twice
    String first = StaffSessionsTest.relayedToken(clerk);
    String second = StaffSessionsTest.relayedToken(clerk);

    // then each call got a fresh token from the provider, not one that was about to expire
    assertThat(provider.refreshes()).isGreaterThanOrEqualTo(refreshes + 2);
    assertThat(second).isNotEqualTo(first);
    for (String token : List.of(first, second)) {
      assertThat(claims(token).get("sub").asString()).isEqualTo("renewing-clerk");
      assertThat(Instant.ofEpochSecond(claims(token).get("exp").asLong())).isAfter(Instant.now());
    }
  }

  /** A session that nobody signed in to relays no token. */
  @Test
  void anAnonymousCallerRelaysNoToken() {
    Caller anonymous = new Caller(gateway);

    assertThat(StaffSessionsTest.relayedToken(anonymous)).isNull();
  }

  private static List<String> named(List<String> setCookies, String name) {
    return setCookies.stream().filter(cookie -> cookie.startsWith(name + "=")).toList();
  }

  private static JsonNode claims(String bearer) {
    String jwt = bearer.substring("Bearer ".length());
    return JSON.readTree(
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
  }
}
