package org.imrf.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.imrf.identity.LoopbackClient;
import org.imrf.identity.StaffSignIn;
import org.imrf.identity.staff.StaffDirectory;
import org.imrf.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The provider's sign-in page: it loads with headers that keep it from being framed, fed scripts or
 * sniffed, signs staff in, and speaks their UN language.
 */
@ServiceTest
class SignInPageTest {

  private static final String[] LANGUAGES = {"en", "fr", "es", "ru", "zh", "ar"};

  @Autowired StaffDirectory directory;
  @LocalServerPort int port;

  @Test
  void theSignInPageLoadsWithItsSecurityHeadersAndSignsStaffIn() {
    LoopbackClient browser = LoopbackClient.fresh(port);

    LoopbackClient.Response page = browser.get("/login", StaffSignIn.browserHeaders());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body())
        .contains("<form method=\"post\" action=\"/login\">", "id=\"username\"", "id=\"password\"");
    assertStrictHeaders(page);
    // the form may go to the provider and on to the registered clients' redirect URIs only
    assertThat(page.header("Content-Security-Policy"))
        .contains("form-action 'self' http://127.0.0.1:8080;");
    LoopbackClient.Response stylesheet = browser.get("/sign-in.css", Map.of());
    assertThat(stylesheet.status()).isEqualTo(200);
    assertThat(stylesheet.header("Content-Type")).startsWith("text/css");
    assertThat(stylesheet.header("X-Content-Type-Options")).isEqualTo("nosniff");

    // and the page signs a staff member in, on through the authorization to the client
    String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
    String password =
        directory
            .create(username, "Staff", "staff@un.example", Set.of("ops"), "organiser")
            .initialPassword();
    assertThat(StaffSignIn.signIn(LoopbackClient.fresh(port), username, password).roles())
        .containsExactly("ops");
  }

  @Test
  void theSignOutPageAndTheAuthorizationEndpointCarryTheSameHeaders() {
    LoopbackClient browser = LoopbackClient.fresh(port);

    LoopbackClient.Response signOut = browser.get("/logout", StaffSignIn.browserHeaders());
    assertThat(signOut.status()).isEqualTo(200);
    assertThat(signOut.body()).contains("action=\"/logout\"", "name=\"_csrf\"");
    assertStrictHeaders(signOut);

    LoopbackClient.Response authorize =
        browser.get(
            "/oauth2/authorize?response_type=code&client_id=test-browser&scope=openid",
            StaffSignIn.browserHeaders());
    assertThat(authorize.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
  }

  @Test
  void theSignInPageSpeaksTheBrowsersUnLanguageAndEnglishOtherwise() {
    LoopbackClient browser = LoopbackClient.fresh(port);

    LoopbackClient.Response arabic =
        browser.get("/login", Map.of("Accept", "text/html", "Accept-Language", "ar-EG,en;q=0.5"));
    assertThat(arabic.body())
        .contains("<html lang=\"ar\" dir=\"rtl\">", "كلمة المرور", "منتدى استعراض الهجرة الدولية");
    assertThat(arabic.header("Content-Language")).isEqualTo("ar");

    LoopbackClient.Response french =
        browser.get("/login", Map.of("Accept", "text/html", "Accept-Language", "de-CH,fr;q=0.8"));
    assertThat(french.body()).contains("<html lang=\"fr\" dir=\"ltr\">", "Mot de passe");

    LoopbackClient.Response german =
        browser.get("/login", Map.of("Accept", "text/html", "Accept-Language", "de"));
    assertThat(german.body()).contains("<html lang=\"en\" dir=\"ltr\">", "Password");
  }

  @Test
  void everyUnLanguageHasEveryTextOfThePages() throws IOException {
    Set<Object> english = bundle("en").keySet();
    assertThat(english).isNotEmpty();
    for (String language : LANGUAGES) {
      assertThat(bundle(language).keySet()).as(language).isEqualTo(english);
      assertThat(bundle(language).values())
          .as(language)
          .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }
  }

  private static void assertStrictHeaders(LoopbackClient.Response response) {
    assertThat(response.header("Content-Security-Policy"))
        .contains(
            "default-src 'none'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'")
        .doesNotContain("script-src", "unsafe-inline");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        SignInPageTest.class.getResourceAsStream("/i18n/sign-in_" + language + ".properties")) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
