package org.imrf.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A staff member signing in at the provider as the gateway makes them: authorization code with PKCE
 * for the test's browser client, through the provider's sign-in page, then the code exchanged for
 * tokens; and the gateway renewing them with the refresh token.
 */
public final class StaffSignIn {

  public static final String CLIENT = "test-browser";
  private static final String SECRET = "browser-secret";
  private static final String REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/imrf";
  private static final String BASIC =
      "Basic "
          + Base64.getEncoder()
              .encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
  private static final Map<String, String> BROWSER =
      Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
  private static final Pattern CSRF =
      Pattern.compile("<input(?=[^>]*name=\"_csrf\")[^>]*value=\"([^\"]+)\"");

  private StaffSignIn() {}

  /** The tokens of one sign-in or renewal. */
  public record Tokens(String access, String refresh, long expiresIn) {

    public List<String> roles() {
      try {
        return SignedJWT.parse(access).getJWTClaimsSet().getStringListClaim("roles");
      } catch (ParseException e) {
        throw new IllegalStateException(e);
      }
    }

    static Tokens of(JsonNode answer) {
      return new Tokens(
          answer.get("access_token").asString(),
          answer.path("refresh_token").asString(null),
          answer.get("expires_in").asLong());
    }
  }

  /** Signs in with the right password and gets the tokens; fails the test if that does not work. */
  public static Tokens signIn(LoopbackClient browser, String username, String password) {
    String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
    String authorize =
        "/oauth2/authorize?response_type=code&client_id="
            + CLIENT
            + "&scope=openid&state=s1&redirect_uri="
            + encode(REDIRECT)
            + "&code_challenge="
            + challenge(verifier)
            + "&code_challenge_method=S256";
    LoopbackClient.Response toSignIn = browser.get(authorize, BROWSER);
    assertThat(toSignIn.status()).as("the provider asks for a sign-in").isEqualTo(302);
    assertThat(toSignIn.location()).isEqualTo("/login");

    LoopbackClient.Response signedIn = postPassword(browser, username, password, BROWSER);
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location())
        .as("signed in, back to the authorization")
        .startsWith("/oauth2/authorize");

    LoopbackClient.Response toClient = browser.get(signedIn.location(), BROWSER);
    assertThat(toClient.status()).isEqualTo(302);
    assertThat(toClient.header("Location")).startsWith(REDIRECT);
    String code = toClient.header("Location").replaceAll(".*[?&]code=([^&]+).*", "$1");

    LoopbackClient.Response tokens =
        browser
            .sameAddress()
            .postForm(
                "/oauth2/token",
                Map.of(
                    "grant_type",
                    "authorization_code",
                    "code",
                    java.net.URLDecoder.decode(code, StandardCharsets.UTF_8),
                    "redirect_uri",
                    REDIRECT,
                    "code_verifier",
                    verifier),
                Map.of("Authorization", BASIC));
    assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
    return Tokens.of(tokens.json());
  }

  /**
   * Opens the sign-in page and posts the form, as a browser does (or as a script does, with other
   * headers): the answer to the post.
   */
  public static LoopbackClient.Response postPassword(
      LoopbackClient client, String username, String password, Map<String, String> headers) {
    LoopbackClient.Response page = client.get("/login", BROWSER);
    assertThat(page.status()).isEqualTo(200);
    Matcher csrf = CSRF.matcher(page.body());
    assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
    return client.postForm(
        "/login",
        Map.of("username", username, "password", password, "_csrf", csrf.group(1)),
        headers);
  }

  /** What a browser sends. */
  public static Map<String, String> browserHeaders() {
    return BROWSER;
  }

  /** The gateway renewing the tokens: the answer, 200 with tokens or 400 with the OAuth error. */
  public static LoopbackClient.Response refresh(LoopbackClient client, String refreshToken) {
    return client.postForm(
        "/oauth2/token",
        Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
        Map.of("Authorization", BASIC));
  }

  public static Tokens tokens(LoopbackClient.Response answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return Tokens.of(answer.json());
  }

  private static String challenge(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
