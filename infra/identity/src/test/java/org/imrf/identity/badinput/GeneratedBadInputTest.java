package org.imrf.identity.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imrf.testing.MalformedBodies;
import org.imrf.testing.ServiceTest;
import org.imrf.testing.TestTokens;

/**
 * The staff API's bodies and the provider's forms (sign-in, tokens) with malformed text are refused
 * with 400 before anything reads them: no account is created or changed, nobody is signed in.
 */
@ServiceTest
class GeneratedBadInputTest extends MalformedBodies {

  @Override
  protected List<Endpoint> endpoints(String marker) {
    String username = "chair." + marker.substring(marker.length() - 12);
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("username", username);
    account.put("displayName", "Ambassador of Bangladesh " + marker);
    account.put("email", marker + "@un.example");
    account.put("roles", List.of("chair:round-table-2"));
    Map<String, String> signIn = new LinkedHashMap<>();
    signIn.put("username", "organiser");
    signIn.put("password", "not the password " + marker);
    Map<String, String> token = new LinkedHashMap<>();
    token.put("grant_type", "authorization_code");
    token.put("code", marker);
    token.put("redirect_uri", "http://127.0.0.1:8080/login/oauth2/code/imrf");
    return List.of(
        Endpoint.json("POST", "/staff", "application/json", account, TestTokens.organiser()),
        Endpoint.json(
            "PATCH",
            "/staff/" + username,
            "application/json",
            Map.of("roles", List.of("organiser", marker), "enabled", true),
            TestTokens.organiser()),
        Endpoint.form("POST", "/login", signIn),
        Endpoint.form("POST", "/oauth2/token", token));
  }
}
