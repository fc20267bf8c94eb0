package org.imrf.edge.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection written byte by byte, as clients that matter to request limits behave:
 * from a chosen loopback address (each {@code 127.0.0.x} is another client to the server), sending
 * a request's head and then its body as slowly as a test likes, reading exactly what comes back.
 */
public final class RawHttp implements Closeable {

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  private RawHttp(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = socket.getInputStream();
  }

  /** A connection to {@code 127.0.0.1:port} from {@code clientAddress} (any of 127.0.0.0/8). */
  public static RawHttp connect(String clientAddress, int port) throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    return new RawHttp(socket);
  }

  /**
   * A request's head: request line, the given headers (each "Name: value"), Host, and the blank
   * line.
   */
  public static String head(String method, String target, String... headers) {
    StringBuilder head =
        new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  public RawHttp send(String text) throws IOException {
    return send(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  public RawHttp send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
    return this;
  }

  /** A whole request: head with Content-Length, then body. */
  public RawHttp request(String method, String target, String contentType, byte[] body)
      throws IOException {
    send(head(method, target, "Content-Type: " + contentType, "Content-Length: " + body.length));
    return send(body);
  }

  /**
   * The next response, waiting at most {@code timeout} for it.
   *
   * @throws SocketTimeoutException if none came in time
   * @throws IOException if the server closed the connection without one
   */
  public Response response(Duration timeout) throws IOException {
    socket.setSoTimeout((int) Math.max(timeout.toMillis(), 1));
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("The server closed the connection without a response");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String line = line(); line != null && !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      headers
          .computeIfAbsent(
              line.substring(0, colon).trim().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
          .add(line.substring(colon + 1).trim());
    }
    byte[] body;
    String length = first(headers, "content-length");
    if (length != null) {
      body = in.readNBytes(Integer.parseInt(length));
    } else if ("chunked".equalsIgnoreCase(first(headers, "transfer-encoding"))) {
      body = chunks();
    } else if (status == 204 || status == 304) {
      body = new byte[0];
    } else {
      body = in.readAllBytes();
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Whether the server closes the connection within {@code timeout} (rather than awaiting more).
   */
  public boolean closedByServer(Duration timeout) throws IOException {
    socket.setSoTimeout((int) Math.max(timeout.toMillis(), 1));
    try {
      return in.read() < 0;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  /** Whether this connection can still send (false once the server reset it). */
  public boolean trySend(byte[] bytes) {
    try {
      send(bytes);
      return true;
    } catch (IOException closed) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing a connection the server may have closed first
    }
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int length = Integer.parseInt(size.split(";")[0].trim(), 16);
      if (length == 0) {
        line();
        return body.toByteArray();
      }
      body.write(in.readNBytes(length));
      line();
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** What came back: status, headers (names in lower case) and body. */
  public record Response(int status, Map<String, List<String>> headers, String body) {

    public String header(String name) {
      return first(headers, name.toLowerCase(Locale.ROOT));
    }
  }
}
