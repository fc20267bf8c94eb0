package org.imrf.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 to the service under test from a loopback address of the test's choosing (all of
 * 127.0.0.0/8 is this machine), so that the provider sees different clients as it would in the
 * field ({@code request.getRemoteAddr()}). Keeps cookies like a browser; follows no redirects.
 */
public final class LoopbackClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1 << 16);

  private final String address;
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private LoopbackClient(String address, int port) {
    this.address = address;
    this.port = port;
  }

  /** A client on an address no other client of this test run uses. */
  public static LoopbackClient fresh(int port) {
    return new LoopbackClient(freshAddress(), port);
  }

  /** Another client (no cookies) from the same address. */
  public LoopbackClient sameAddress() {
    return new LoopbackClient(address, port);
  }

  private static String freshAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "127." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (1 + (n & 255) % 254);
  }

  public String address() {
    return address;
  }

  /** One answer. */
  public record Response(int status, Map<String, List<String>> headers, String body) {

    /** The first value of a header, whatever its case; null without it. */
    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    /** The path and query a redirect points to. */
    public String location() {
      URI uri = URI.create(header("Location"));
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public JsonNode json() {
      return JSON.readTree(body);
    }
  }

  public Response get(String target, Map<String, String> headers) {
    return send("GET", target, headers, null);
  }

  public Response postForm(String target, Map<String, String> form, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/x-www-form-urlencoded");
    String body =
        form.entrySet().stream()
            .map(
                entry ->
                    URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send("POST", target, all, body.getBytes(StandardCharsets.UTF_8));
  }

  private Response send(String method, String target, Map<String, String> headers, byte[] body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
      socket.setSoTimeout(30_000);
      StringBuilder request = new StringBuilder();
      request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      request.append("Host: 127.0.0.1:").append(port).append("\r\n");
      request.append("Connection: close\r\n");
      if (!cookies.isEmpty()) {
        request
            .append("Cookie: ")
            .append(
                cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")))
            .append("\r\n");
      }
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (body != null) {
        request.append("Content-Length: ").append(body.length).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target + " from " + address, e);
    }
  }

  private Response read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String raw = new String(all, StandardCharsets.ISO_8859_1);
    int end = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).strip();
      headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
      if (name.equals("set-cookie")) {
        String pair = value.split(";", 2)[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    byte[] payload = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    if ("chunked".equalsIgnoreCase(String.valueOf(first(headers, "transfer-encoding")))) {
      payload = dechunk(payload);
    }
    return new Response(status, headers, new String(payload, StandardCharsets.UTF_8));
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null ? null : values.get(0);
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, at);
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length - 1; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("truncated chunked body");
  }
}
