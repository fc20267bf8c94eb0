package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrf.edge.accesslinks.AccessLinkHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;

/**
 * The built-in provider, the gateway and a service, each in its own JVM, and a real headless
 * Chromium: staff sign in through the gateway and call a protected API; a participant opens their
 * access link and reads their own registration, and nobody else's; revoking the link ends the
 * session it opened, at once; disabling a staff account ends its sessions, at once; a participant
 * downloads what registration-, notification- and identity-service keep about them, composed by the
 * gateway.
 */
class SigningInThroughTheGatewayTest {

  private static final String PASSWORD = PlatformWithTheProvider.ORGANISER_PASSWORD;
  private static final Pattern CSRF_FIELD =
      Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");

  @RegisterExtension
  static final SharedPlatform<PlatformWithTheProvider> platform = PlatformWithTheProvider.shared();

  static WebDriver browser;
  static String gateway;

  @BeforeAll
  static void startBrowser() throws Exception {
    gateway = platform.get().gateway;
    browser = Chromium.headless();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anOrganiserSignsInThroughTheGatewayAndCallsAProtectedApi() {
    // given a participant
    String participant = register("Ana Souza").get("id");

    // when the organiser signs in through the gateway, on the provider's sign-in page
    browser.manage().deleteAllCookies();
    browser.get(gateway + "/");
    browser.findElement(By.id("sign-in")).click();
    await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().contains("/login"));
    browser.findElement(By.id("username")).sendKeys("organiser");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    // then the gateway knows them, with their role
    await().atMost(Duration.ofSeconds(20)).until(() -> browser.getCurrentUrl().startsWith(gateway));
    assertThat(browser.findElement(By.id("who")).getText()).isEqualTo("organiser");
    assertThat(browser.getPageSource()).contains("(organiser)");

    // and a protected API answers the organiser, through the gateway, with their token
    browser.get(gateway + "/api/registration/participants/" + participant);
    assertThat(browser.getPageSource()).contains(participant, "Ana Souza");

    // and the start page, under its Content-Security-Policy, still signs them out
    browser.get(gateway + "/");
    browser.findElement(By.cssSelector("#sign-out button")).click();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> browser.findElement(By.id("who")).getText().equals("Not signed in."));
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .as("nothing the pages do is refused by their policy")
        .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
  }

  @Test
  void aParticipantsSessionEndsAsSoonAsTheyRevokeTheirLink() throws Exception {
    // given a participant whose client opened their link (without loading the page after it)
    Map<String, String> registered = register("Amina Yusuf");
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> send(client, get(registered.get("accessLink"))).statusCode() == 303);
    assertThat(me(client)).contains("\"kind\":\"participant\"");

    // when they revoke it through the gateway, with the CSRF token their session came with
    String csrf =
        cookies.getCookieStore().getCookies().stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .findFirst()
            .orElseThrow()
            .getValue();
    HttpResponse<String> revoked =
        send(
            client,
            HttpRequest.newBuilder(
                    URI.create(
                        gateway
                            + "/api/registration/participants/"
                            + registered.get("id")
                            + "/access-link"))
                .header("X-XSRF-TOKEN", csrf)
                .DELETE()
                .build());
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
    long revokedAt = System.nanoTime();

    // then registration-service's event reaches the gateway, which ends the session at once
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> me(client).contains("\"kind\":\"anonymous\""));
    System.out.printf(
        "session ended %d ms after the revocation was answered%n",
        (System.nanoTime() - revokedAt) / 1_000_000);
    HttpResponse<String> afterwards =
        send(client, get(gateway + "/api/registration/participants/" + registered.get("id")));
    assertThat(afterwards.statusCode()).isEqualTo(401);
  }

  @Test
  void aStaffMemberAnOrganiserDisablesLosesTheirSessionAtOnce() throws Exception {
    // given a check-in clerk the organiser created, signed in through the gateway
    HttpClient organiser = signedIn("organiser", PASSWORD);
    String clerk = "clerk." + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        send(
            organiser,
            withCsrf(organiser, "POST", "/api/identity/staff")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"username": "%s", "displayName": "Door clerk", "email": "%s@un.example",
                         "roles": ["check-in", "organiser"]}
                        """
                            .formatted(clerk, clerk)))
                .build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String password = Http.json(created.body()).get("initialPassword").asString();
    HttpClient clerkSession = signedIn(clerk, password);
    assertThat(me(clerkSession)).contains("\"kind\":\"staff\"", clerk);
    String participant = register("Lena Petrova").get("id");
    assertThat(
            send(clerkSession, get(gateway + "/api/registration/participants/" + participant))
                .statusCode())
        .isEqualTo(200);

    // when the organiser disables the account
    HttpResponse<String> disabled =
        send(
            organiser,
            withCsrf(organiser, "PATCH", "/api/identity/staff/" + clerk)
                .header("Content-Type", "application/json")
                .method(
                    "PATCH",
                    HttpRequest.BodyPublishers.ofString(
                        "{\"roles\": [\"check-in\", \"organiser\"], \"enabled\": false}"))
                .build());
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    long disabledAt = System.nanoTime();

    // then the clerk's session through the gateway ends at once, long before any token expires
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> me(clerkSession).contains("\"kind\":\"anonymous\""));
    System.out.printf(
        "staff session ended %d ms after the account was disabled%n",
        (System.nanoTime() - disabledAt) / 1_000_000);
    assertThat(
            send(clerkSession, get(gateway + "/api/registration/participants/" + participant))
                .statusCode())
        .isEqualTo(401);
    // and the organiser's own session goes on
    assertThat(me(organiser)).contains("\"kind\":\"staff\"");
  }

  /** A staff member signed in through the gateway on the provider's sign-in form. */
  private static HttpClient signedIn(String username, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpResponse<String> form = send(client, get(gateway + "/oauth2/authorization/imrf"));
    Matcher csrf = CSRF_FIELD.matcher(form.body());
    assertThat(csrf.find()).as(form.body()).isTrue();
    String fields =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        send(
            client,
            HttpRequest.newBuilder(form.uri().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build());
    assertThat(signedIn.uri().toString()).as(signedIn.body()).startsWith(gateway);
    assertThat(me(client)).contains("\"kind\":\"staff\"");
    return client;
  }

  /**
   * A request through the gateway with the session's CSRF token, as the gateway's page sends it.
   */
  private static HttpRequest.Builder withCsrf(HttpClient client, String method, String path)
      throws Exception {
    me(client); // hands the token out again
    CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
    String token =
        cookies.getCookieStore().get(URI.create(gateway)).stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .reduce((first, last) -> last)
            .orElseThrow()
            .getValue();
    return HttpRequest.newBuilder(URI.create(gateway + path)).header("X-XSRF-TOKEN", token);
  }

  private static String me(HttpClient client) throws Exception {
    return send(client, get(gateway + "/me")).body();
  }

  /** The personal-data export, composed by the gateway from every service that keeps some. */
  @Test
  void aParticipantDownloadsWhatEveryServiceKeepsAboutThem() throws Exception {
    // given a participant who registered and opened their access link
    Http.Response registered =
        Http.post(
            gateway + "/api/registration/participants",
            """
            {"edition": "imrf-2026", "name": "Mariam Diallo", "email": "%s@example.org",
             "preferredLanguage": "fr", "organisation": "Permanent Mission of Senegal",
             "country": "SN", "category": "member-state", "attendance": "online"}
            """
                .formatted(UUID.randomUUID()));
    assertThat(registered.status()).isEqualTo(201);
    String participant = registered.body().get("id").asString();
    HttpClient session =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String link = registered.body().get("accessLink").asString();
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> send(session, get(link)).statusCode() == 303);

    // when they download their personal data, once notification-service has written to them
    String export = gateway + "/api/personal-data/" + participant;
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                Http.json(send(session, get(export)).body()).at("/parts/notifications").size() > 0);
    HttpResponse<String> download = send(session, get(export));

    // then it holds every service's part
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    JsonNode parts = Http.json(download.body()).get("parts");
    assertThat(parts.at("/registration/registration/id").asString()).isEqualTo(participant);
    assertThat(parts.at("/registration/registration/name").asString()).isEqualTo("Mariam Diallo");
    assertThat(parts.at("/notifications/0/participantId").asString()).isEqualTo(participant);
    assertThat(parts.at("/notifications/0/body").asString()).contains(link);
    // identity's: the link they opened, with its first use, but never its hash
    assertThat(parts.at("/accessLinks")).hasSize(1);
    assertThat(parts.at("/accessLinks/0/edition").asString()).isEqualTo("imrf-2026");
    assertThat(parts.at("/accessLinks/0").hasNonNull("firstUsedAt")).isTrue();
    assertThat(parts.at("/accessLinks/0").hasNonNull("revokedAt")).isFalse();
    assertThat(download.body())
        .doesNotContain(AccessLinkHash.of(link.substring(link.lastIndexOf('/') + 1)));
    // and nobody else's
    assertThat(send(session, get(gateway + "/api/personal-data/" + UUID.randomUUID())).statusCode())
        .isEqualTo(404);
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aParticipantOpensTheirAccessLinkAndSeesTheirOwnRegistrationOnly() {
    Map<String, String> registered = register("Kofi Mensah");
    browser.manage().deleteAllCookies();

    // the link the registration answered with (and the confirmation carries)
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              browser.get(registered.get("accessLink"));
              return browser.getPageSource().contains("personal access link");
            });
    assertThat(browser.getCurrentUrl()).isEqualTo(gateway + "/");

    browser.get(gateway + "/api/registration/participants/" + registered.get("id"));
    assertThat(browser.getPageSource()).contains("Kofi Mensah");
    browser.get(gateway + "/api/registration/participants/" + UUID.randomUUID());
    assertThat(browser.getPageSource()).contains("Participant not found");
  }

  private Map<String, String> register(String name) {
    Http.Response response =
        Http.post(
            gateway + "/api/registration/participants",
            """
            {"edition": "imrf-2026", "name": "%s", "email": "%s@example.org", "preferredLanguage": "en",
             "organisation": "Permanent Mission of Portugal", "country": "PT", "category": "member-state", "attendance": "online"}
            """
                .formatted(name, UUID.randomUUID()));
    assertThat(response.status()).isEqualTo(201);
    return Map.of(
        "id", response.body().get("id").asString(),
        "accessLink", response.body().get("accessLink").asString());
  }
}
