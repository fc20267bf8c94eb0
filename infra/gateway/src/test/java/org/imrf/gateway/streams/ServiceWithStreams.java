package org.imrf.gateway.streams;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A service behind the gateway, on a plain server socket so that the tests see exactly what the
 * gateway does to its connections: every path ending in {@code /stream} is an event stream that
 * sends one {@code opened} event, then whatever the test broadcasts, and ends only when the test
 * ends it or the gateway closes the connection; {@code /flood/stream} sends large events as fast as
 * the gateway takes them; {@code /oauth2/token} plays the provider exchanging access links; {@code
 * /inbox/stream} answers, like notification-service, 404 to a token that speaks for another
 * participant than the one asked for; anything else answers a small JSON document at once.
 */
final class ServiceWithStreams implements AutoCloseable {

  private final ServerSocket server;
  private final List<Stream> streams = new CopyOnWriteArrayList<>();

  ServiceWithStreams() throws IOException {
    server = new ServerSocket(0, 1000, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "service-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** The streams opened so far at {@code path}, open or not. */
  List<Stream> streams(String path) {
    return streams.stream().filter(stream -> stream.path().equals(path)).toList();
  }

  /** How many connections of streams at {@code path} are open now. */
  long open(String path) {
    return streams(path).stream().filter(stream -> !stream.closed()).count();
  }

  /** Sends one event to every open stream at {@code path}. */
  void broadcast(String path, String event, String data) {
    streams(path).stream()
        .filter(stream -> !stream.closed())
        .forEach(stream -> stream.send("event: " + event + "\ndata: " + data + "\n\n"));
  }

  /** The participant a token from this provider speaks for: the access link is its id. */
  static String tokenFor(String participant) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String claims =
        "{\"sub\":\"participant:" + participant + "\",\"participant_id\":\"" + participant + "\"}";
    return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".signature";
  }

  @Override
  public void close() throws IOException {
    server.close();
    streams.forEach(Stream::end);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread connection = new Thread(() -> serve(socket), "service-connection");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      String head = readHead(in);
      String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
      String target = requestLine[1];
      String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
      String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : null;
      Map<String, String> headers = headers(head);
      if (path.equals("/inbox/stream") && !ownInbox(headers, query)) {
        answer(out, 404, "{\"status\":404,\"title\":\"Inbox not found\"}");
        socket.close();
      } else if (path.endsWith("/stream")) {
        Stream stream = new Stream(socket, path, query, headers);
        streams.add(stream);
        stream.send(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                + "Connection: close\r\n\r\nevent: opened\ndata: "
                + path
                + "\n\n");
        if (path.equals("/flood/stream")) {
          stream.flood();
        } else {
          stream.awaitClose(in);
        }
      } else if (path.equals("/oauth2/token")) {
        String form =
            new String(
                in.readNBytes(Integer.parseInt(headers.get("content-length"))),
                StandardCharsets.UTF_8);
        String link = "";
        for (String field : form.split("&")) {
          if (field.startsWith("access_link=")) {
            link =
                URLDecoder.decode(field.substring("access_link=".length()), StandardCharsets.UTF_8);
          }
        }
        answer(
            out,
            "{\"access_token\":\""
                + tokenFor(link)
                + "\",\"expires_in\":900,\"token_type\":\"Bearer\"}");
        socket.close();
      } else {
        answer(out, "{\"ordinary\":true}");
        socket.close();
      }
    } catch (IOException gone) {
      // the gateway closed the connection
    }
  }

  /** Whether the bearer token speaks for the participant whose inbox the query asks for. */
  private static boolean ownInbox(Map<String, String> headers, String query) {
    String authorization = headers.getOrDefault("authorization", "");
    String[] parts = authorization.replaceFirst("^Bearer ", "").split("\\.");
    if (parts.length < 2 || query == null) {
      return false;
    }
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    for (String field : query.split("&")) {
      if (field.startsWith("participant=")) {
        return claims.contains(
            "\"participant_id\":\"" + field.substring("participant=".length()) + "\"");
      }
    }
    return false;
  }

  private static void answer(OutputStream out, String json) throws IOException {
    answer(out, 200, json);
  }

  private static void answer(OutputStream out, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    out.write(
        ("HTTP/1.1 "
                + status
                + (status == 200 ? " OK" : " Not Found")
                + "\r\nContent-Type: "
                + (status == 200 ? "application/json" : "application/problem+json")
                + "\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int next = in.read();
      if (next < 0) {
        throw new IOException("closed before the request's head ended");
      }
      head.write(next);
      matched =
          (next == '\r' && matched % 2 == 0) || (next == '\n' && matched % 2 == 1)
              ? matched + 1
              : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static Map<String, String> headers(String head) {
    Map<String, String> headers = new TreeMap<>();
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && !line.startsWith("GET ") && !line.startsWith("POST ")) {
        headers.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
      }
    }
    return headers;
  }

  /** One stream, as the service sees it. */
  static final class Stream {

    private final Socket socket;
    private final String path;
    private final String query;
    private final Map<String, String> headers;
    private final AtomicLong written = new AtomicLong();
    private volatile boolean closed;

    Stream(Socket socket, String path, String query, Map<String, String> headers) {
      this.socket = socket;
      this.path = path;
      this.query = query;
      this.headers = headers;
    }

    String path() {
      return path;
    }

    String query() {
      return query;
    }

    /** A request header, by its lower-case name. */
    String header(String name) {
      return headers.get(name);
    }

    boolean closed() {
      return closed;
    }

    /** Bytes the service got to write so far. */
    long written() {
      return written.get();
    }

    /** The service ends the stream itself. */
    void end() {
      try {
        socket.close();
      } catch (IOException alreadyClosed) {
        // so be it
      }
      closed = true;
    }

    /** Sends one event with an id, as the inbox does. */
    void event(String id, String name, String data) {
      send("id: " + id + "\nevent: " + name + "\ndata: " + data + "\n\n");
    }

    synchronized void send(String text) {
      try {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        written.addAndGet(bytes.length);
      } catch (IOException gone) {
        closed = true;
      }
    }

    /** Blocks until the gateway closes the connection (the request has no body to read). */
    void awaitClose(InputStream in) {
      try {
        while (in.read() >= 0) {
          // nothing more is expected from the gateway
        }
      } catch (IOException reset) {
        // closed as well
      }
      closed = true;
    }

    /** Writes 16 KB events until a write fails: it blocks whenever the gateway reads no more. */
    void flood() {
      String event = "event: bulk\ndata: " + "x".repeat(16 * 1024) + "\n\n";
      while (!closed) {
        send(event);
      }
    }
  }
}
