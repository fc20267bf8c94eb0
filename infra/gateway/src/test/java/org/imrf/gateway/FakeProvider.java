package org.imrf.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity provider as the gateway sees it, in a few endpoints: authorization code with PKCE
 * for staff (the next sign-in is whoever {@link #signsInNext} names), refresh tokens that stop
 * working once an account is {@link #disable disabled}, and access links exchanged for
 * participants' tokens until {@link #revoke revoked}. Tokens are signed JWTs, short-lived enough
 * that the gateway renews them on every use when asked to.
 */
public final class FakeProvider {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final RSAKey key;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, UUID> links = new ConcurrentHashMap<>();
  private final Set<String> disabled = ConcurrentHashMap.newKeySet();
  private final List<String> redirectUris = new ArrayList<>();
  private final AtomicInteger refreshes = new AtomicInteger();
  private volatile Grant next = new Grant("organiser", List.of("organiser"), null);
  private volatile Duration staffTokenLifetime = Duration.ofMinutes(5);
  private volatile Duration participantTokenLifetime = Duration.ofMinutes(15);
  private volatile boolean failing;

  private record Grant(String username, List<String> roles, String nonce) {}

  private FakeProvider() {
    try {
      key = new RSAKeyGenerator(2048).keyID("fake").generate();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/oauth2/authorize", this::authorize);
    server.createContext("/oauth2/token", this::token);
    server.createContext("/oauth2/jwks", this::jwks);
    server.createContext("/userinfo", this::userInfo);
    server.start();
  }

  private static FakeProvider instance;

  /** The one provider of this test JVM. */
  public static synchronized FakeProvider get() {
    if (instance == null) {
      instance = new FakeProvider();
    }
    return instance;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Who the next staff sign-in is, with which roles. */
  public void signsInNext(String username, String... roles) {
    next = new Grant(username, List.of(roles), null);
  }

  /** How long staff access tokens last; under a minute, the gateway renews them on every use. */
  public void staffTokensLast(Duration lifetime) {
    staffTokenLifetime = lifetime;
  }

  /** How long participants' tokens last; under 30 s, the gateway renews them on every use. */
  public void participantTokensLast(Duration lifetime) {
    participantTokenLifetime = lifetime;
  }

  /** The account's refresh tokens are refused from now on, as for a disabled account. */
  public void disable(String username) {
    disabled.add(username);
  }

  /** Whether the token endpoint fails (500) instead of answering. */
  public void failing(boolean failing) {
    this.failing = failing;
  }

  /** A new access link for a participant: the token the link ends with. */
  public String issueLink(UUID participant) {
    String link = UUID.randomUUID().toString().replace("-", "") + "x".repeat(11);
    links.put(link, participant);
    return link;
  }

  /** The link opens nothing from now on. */
  public void revoke(String link) {
    links.remove(link);
  }

  /** The {@code redirect_uri} of each authorization request so far. */
  public synchronized List<String> redirectUris() {
    return List.copyOf(redirectUris);
  }

  public int refreshes() {
    return refreshes.get();
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    synchronized (this) {
      redirectUris.add(query.get("redirect_uri"));
    }
    String code = UUID.randomUUID().toString();
    codes.put(code, new Grant(next.username(), next.roles(), query.get("nonce")));
    String location =
        query.get("redirect_uri")
            + "?code="
            + code
            + "&state="
            + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (failing) {
      answer(exchange, 500, Map.of("error", "server_error"));
      return;
    }
    switch (form.getOrDefault("grant_type", "")) {
      case "authorization_code" -> {
        Grant grant = codes.remove(form.get("code"));
        if (grant == null) {
          answer(exchange, 400, Map.of("error", "invalid_grant"));
          return;
        }
        String refresh = UUID.randomUUID().toString();
        refreshTokens.put(refresh, grant);
        Map<String, Object> tokens = staffTokens(grant);
        tokens.put("refresh_token", refresh);
        tokens.put("id_token", idToken(grant));
        answer(exchange, 200, tokens);
      }
      case "refresh_token" -> {
        refreshes.incrementAndGet();
        Grant grant = refreshTokens.get(form.get("refresh_token"));
        if (grant == null || disabled.contains(grant.username())) {
          answer(exchange, 400, Map.of("error", "invalid_grant"));
          return;
        }
        Map<String, Object> tokens = staffTokens(grant);
        tokens.put("refresh_token", form.get("refresh_token"));
        answer(exchange, 200, tokens);
      }
      case "urn:imrf:params:oauth:grant-type:access-link" -> {
        UUID participant = links.get(form.get("access_link"));
        if (participant == null) {
          answer(exchange, 400, Map.of("error", "invalid_grant"));
          return;
        }
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put(
            "access_token",
            sign(
                claims("participant:" + participant, participantTokenLifetime)
                    .claim("roles", List.of("attendee"))
                    .claim("participant_id", participant.toString())
                    .build()));
        tokens.put("token_type", "Bearer");
        tokens.put("expires_in", participantTokenLifetime.toSeconds());
        answer(exchange, 200, tokens);
      }
      default -> answer(exchange, 400, Map.of("error", "unsupported_grant_type"));
    }
  }

  private Map<String, Object> staffTokens(Grant grant) {
    Map<String, Object> tokens = new LinkedHashMap<>();
    tokens.put(
        "access_token",
        sign(
            claims(grant.username(), staffTokenLifetime)
                .claim("roles", grant.roles())
                .jwtID(UUID.randomUUID().toString())
                .build()));
    tokens.put("token_type", "Bearer");
    tokens.put("expires_in", staffTokenLifetime.toSeconds());
    tokens.put("scope", "openid profile");
    return tokens;
  }

  private String idToken(Grant grant) {
    JWTClaimsSet.Builder claims =
        claims(grant.username(), Duration.ofMinutes(5))
            .audience("gateway")
            .claim("roles", grant.roles())
            .claim("name", grant.username());
    if (grant.nonce() != null) {
      claims.claim("nonce", grant.nonce());
    }
    return sign(claims.build());
  }

  private JWTClaimsSet.Builder claims(String subject, Duration lifetime) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(url())
        .subject(subject)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(lifetime)));
  }

  private String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("fake").build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private void jwks(HttpExchange exchange) throws IOException {
    byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private void userInfo(HttpExchange exchange) throws IOException {
    String token =
        exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
    String subject;
    try {
      subject = SignedJWT.parse(token).getJWTClaimsSet().getSubject();
    } catch (java.text.ParseException e) {
      answer(exchange, 401, Map.of("error", "invalid_token"));
      return;
    }
    answer(exchange, 200, Map.of("sub", subject, "name", subject));
  }

  private static void answer(HttpExchange exchange, int status, Map<String, ?> body)
      throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      int at = pair.indexOf('=');
      String name = at < 0 ? pair : pair.substring(0, at);
      String value = at < 0 ? "" : pair.substring(at + 1);
      values.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }
}
