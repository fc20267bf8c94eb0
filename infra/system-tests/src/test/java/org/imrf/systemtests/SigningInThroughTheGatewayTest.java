package org.imrf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.imrf.devservices.process.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The built-in provider, the gateway and a service, each in its own JVM, and a real headless
 * Chromium: staff sign in through the gateway and call a protected API; a participant opens their
 * access link and reads their own registration, and nobody else's; revoking the link ends the
 * session it opened, at once.
 */
class SigningInThroughTheGatewayTest {

  private static final String PASSWORD = "organiser-password-" + UUID.randomUUID();
  private static final String GATEWAY_SECRET = "gateway-secret-" + UUID.randomUUID();

  @TempDir static Path secrets;
  static RunningServices platform;
  static WebDriver browser;
  static String gateway;

  @BeforeAll
  static void startPlatformAndBrowser() throws Exception {
    int[] ports = Ports.free(3);
    int identityPort = ports[0];
    int gatewayPort = ports[1];
    int registrationPort = ports[2];
    String identity = "http://127.0.0.1:" + identityPort;
    gateway = "http://127.0.0.1:" + gatewayPort;
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    Path organiserHash = secrets.resolve("organiser.hash");
    Files.writeString(organiserHash, "{bcrypt}" + bcrypt.encode(PASSWORD));
    String clients =
        """
        {"imrf": {"identity": {"clients": [
          {"client-id": "gateway", "secret-hash": "{bcrypt}%s",
           "grant-types": ["authorization_code", "refresh_token",
                           "urn:imrf:params:oauth:grant-type:access-link"],
           "redirect-uris": ["%s/login/oauth2/code/imrf"]}]}}}
        """
            .formatted(bcrypt.encode(GATEWAY_SECRET), gateway);
    // the services trust the real provider here, not the tests' key
    Map<String, String> trustIdentity = Map.of("OIDC_ISSUER", identity, "OIDC_JWT_PUBLIC_KEY", "");
    platform =
        RunningServices.start(
            Map.of(
                "identity-service",
                Map.of(
                    "PORT",
                    Integer.toString(identityPort),
                    "OIDC_ISSUER",
                    identity,
                    "OIDC_JWT_PUBLIC_KEY",
                    "",
                    "IMRF_BOOTSTRAP_ORGANISER_HASH_FILE",
                    organiserHash.toString(),
                    "SPRING_APPLICATION_JSON",
                    clients),
                "registration-service",
                merge(
                    trustIdentity,
                    Map.of(
                        "PORT",
                        Integer.toString(registrationPort),
                        "IMRF_ACCESS_LINK_BASE_URL",
                        gateway)),
                "gateway",
                Map.of(
                    "PORT",
                    Integer.toString(gatewayPort),
                    "IMRF_IDENTITY_URL",
                    identity,
                    "IMRF_GATEWAY_CLIENT_SECRET",
                    GATEWAY_SECRET,
                    "IMRF_REGISTRATION_URL",
                    "http://127.0.0.1:" + registrationPort)),
            "identity-service",
            "registration-service",
            "gateway");
    browser = headlessChromium();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (platform != null) {
      platform.close();
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

  private static String me(HttpClient client) throws Exception {
    return send(client, get(gateway + "/me")).body();
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

  private static WebDriver headlessChromium() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"))
                    .toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(driver, options);
  }

  private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
    Map<String, String> merged = new java.util.HashMap<>(a);
    merged.putAll(b);
    return merged;
  }
}
