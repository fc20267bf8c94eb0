package org.imrf.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Someone calling the gateway as a browser or script would, keeping its cookies, following no
 * redirect on its own.
 */
public final class Caller {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String gateway;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public Caller(String gateway) {
    this.gateway = gateway;
  }

  public record Response(int status, Map<String, List<String>> headers, String body) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .flatMap(entry -> entry.getValue().stream())
          .findFirst()
          .orElse(null);
    }

    public List<String> all(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .flatMap(entry -> entry.getValue().stream())
          .toList();
    }

    public String location() {
      return header("Location");
    }

    public JsonNode json() {
      return JSON.readTree(body);
    }
  }

  public Response get(String pathOrUrl, String... headers) {
    return send("GET", pathOrUrl, null, headers);
  }

  public Response post(String pathOrUrl, String json, String... headers) {
    return send("POST", pathOrUrl, json, headers);
  }

  /** A form posted as a browser posts it. */
  public Response form(String pathOrUrl, String form) {
    return send("POST", pathOrUrl, form, "application/x-www-form-urlencoded", new String[0]);
  }

  /** Sends with the cookies held, and keeps those the answer sets or clears. */
  public Response send(String method, String pathOrUrl, String json, String... headers) {
    return send(method, pathOrUrl, json, "application/json", headers);
  }

  private Response send(
      String method, String pathOrUrl, String body, String contentType, String[] headers) {
    String json = body;
    URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : gateway + pathOrUrl);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    if (!cookies.isEmpty() && uri.toString().startsWith(gateway)) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (uri.toString().startsWith(gateway)) {
        response.headers().allValues("Set-Cookie").forEach(this::keep);
      }
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(uri + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  public void forget(String cookie) {
    cookies.remove(cookie);
  }

  private void keep(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    String name = pair.substring(0, pair.indexOf('=')).trim();
    String value = pair.substring(pair.indexOf('=') + 1).trim();
    boolean cleared = value.isEmpty() || setCookie.toLowerCase().contains("max-age=0");
    if (cleared) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  /**
   * A request written byte by byte, with any {@code Host} header (Java's HTTP clients refuse to
   * send one of their own); the answer's status line and headers.
   */
  public static String raw(int port, String requestHead) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      int end = answer.indexOf("\r\n\r\n");
      return end < 0 ? answer : answer.substring(0, end);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
