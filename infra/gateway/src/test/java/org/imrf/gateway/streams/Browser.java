package org.imrf.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A browser's connection to the gateway, on a plain socket: from a chosen loopback address (every
 * 127.x.y.z is this machine), reading the answer as an EventSource would, and closing its
 * connection as a closed tab does.
 */
final class Browser implements AutoCloseable {

  /** One server-sent event. */
  record Event(String name, String data) {}

  private final Socket socket;
  private final InputStream in;
  private final boolean reads;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private int status;
  // as an EventSource keeps it: the id of the last event that had one
  private volatile String lastEventId;

  private Browser(Socket socket, boolean reads) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream());
    this.reads = reads;
  }

  /**
   * Sends a request for {@code path} to the gateway from {@code address}, asking for an event
   * stream, without waiting for the answer.
   */
  static Browser request(int port, String address, String path, String... headerLines)
      throws IOException {
    return request(port, address, path, true, 0, headerLines);
  }

  /** Opens {@code path} at the gateway from {@code address}, asking for an event stream. */
  static Browser open(int port, String address, String path, String... headerLines)
      throws IOException {
    return request(port, address, path, headerLines).awaitAnswer();
  }

  /**
   * Opens {@code path} and then never reads the stream, with a receive buffer of {@code
   * receiveBuffer} bytes: a browser whose reader fell behind for good.
   */
  static Browser openWithoutReading(int port, String path, int receiveBuffer) throws IOException {
    return request(port, "127.0.0.1", path, false, receiveBuffer).awaitAnswer();
  }

  private static Browser request(
      int port,
      String address,
      String path,
      boolean reads,
      int receiveBuffer,
      String... headerLines)
      throws IOException {
    Socket socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    StringBuilder request =
        new StringBuilder("GET ")
            .append(path)
            .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
            .append(port)
            .append("\r\nAccept: text/event-stream\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    OutputStream out = socket.getOutputStream();
    out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return new Browser(socket, reads);
  }

  /** Reads the answer's status and headers (within ten seconds), then follows its body. */
  Browser awaitAnswer() throws IOException {
    socket.setSoTimeout(10_000);
    String head = readHead(in);
    socket.setSoTimeout(0); // a stream may stay silent for as long as it likes
    String[] lines = head.split("\r\n");
    status = Integer.parseInt(lines[0].split(" ")[1]);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.merge(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip(),
            (first, second) -> first + ", " + second);
      }
    }
    if (reads) {
      Thread reader = new Thread(this::read, "browser-reader");
      reader.setDaemon(true);
      reader.start();
    }
    return this;
  }

  int status() {
    return status;
  }

  /** A response header by its lower-case name, or null. */
  String header(String name) {
    return headers.get(name);
  }

  /** The next event, within ten seconds. */
  Event next() throws InterruptedException {
    Event event = events.poll(10, TimeUnit.SECONDS);
    assertThat(event).as("an event within ten seconds").isNotNull();
    return event;
  }

  /** The id of the last event received that had one, as EventSource reconnects with it. */
  String lastEventId() {
    return lastEventId;
  }

  /** Whether the gateway ended the answer within ten seconds. */
  boolean endsWithinTenSeconds() throws InterruptedException {
    return ended.await(10, TimeUnit.SECONDS);
  }

  /** The whole body of an answer that is not a stream. */
  String body() throws InterruptedException {
    assertThat(endsWithinTenSeconds()).as("the answer ends").isTrue();
    return body.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private void read() {
    try {
      InputStream content =
          "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))
              ? new Dechunked(in)
              : headers.containsKey("content-length")
                  ? new java.io.ByteArrayInputStream(
                      in.readNBytes(Integer.parseInt(headers.get("content-length"))))
                  : in;
      StringBuilder line = new StringBuilder();
      String name = null;
      String id = null;
      StringBuilder data = new StringBuilder();
      for (int next = content.read(); next >= 0; next = content.read()) {
        body.write(next);
        if (next != '\n') {
          line.append((char) next);
          continue;
        }
        String text = line.toString();
        line.setLength(0);
        if (text.isEmpty()) {
          if (name != null || !data.isEmpty()) {
            if (id != null) {
              lastEventId = id;
            }
            events.add(new Event(name == null ? "message" : name, data.toString()));
          }
          name = null;
          id = null;
          data.setLength(0);
        } else if (text.startsWith("id:")) {
          id = text.substring("id:".length()).strip();
        } else if (text.startsWith("event:")) {
          name = text.substring("event:".length()).strip();
        } else if (text.startsWith("data:")) {
          data.append(text.substring("data:".length()).strip());
        }
      }
    } catch (IOException closed) {
      // the test closed this browser
    } finally {
      ended.countDown();
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (true) {
      int next = in.read();
      if (next < 0) {
        throw new IOException("the gateway closed the connection before answering");
      }
      head.write(next);
      byte[] bytes = head.toByteArray();
      int n = bytes.length;
      if (n >= 4
          && bytes[n - 4] == '\r'
          && bytes[n - 3] == '\n'
          && bytes[n - 2] == '\r'
          && bytes[n - 1] == '\n') {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
    }
  }

  /** A chunked body (RFC 9112, 7.1), ending at its last chunk. */
  private static final class Dechunked extends InputStream {

    private final InputStream in;
    private long left;
    private boolean done;

    Dechunked(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      if (done) {
        return -1;
      }
      if (left == 0) {
        String size = line();
        if (!size.isEmpty() && left == 0) {
          left = Long.parseLong(size.split(";")[0].strip(), 16);
        }
        if (left == 0) {
          done = true;
          return -1;
        }
      }
      int next = in.read();
      if (next < 0) {
        return -1;
      }
      if (--left == 0) {
        line(); // the CRLF after the chunk
      }
      return next;
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int next = in.read(); next >= 0 && next != '\n'; next = in.read()) {
        if (next != '\r') {
          line.append((char) next);
        }
      }
      return line.toString();
    }
  }
}
